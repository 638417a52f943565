LABEL = "SCOPE_CREEP"
S = {"en": """
Started as invoice classification for one BU. Now the epic covers contracts, emails and purchase orders for all 14 countries.
Steerco added 'and also predict supplier risk' to the MVP. That's a second model.
Hand-over: the release was ready in May; since then 23 new stories were added as 'must have for go-live'.
Every demo ends with 'could it also do…'. Backlog tripled since kick-off.
Blocked: PO wants multi-language support before the Dutch-only version ships.
Resolution: Won't Do. The pilot kept expanding until it needed the budget of a full programme.
The MVP definition was reopened at the last three sprint reviews.
Comment: we now also need a mobile app, a dashboard and an API for partners. None of that was in the charter.
Originally one depot. Then the region. Then 'we might as well do the whole network'. Still not live anywhere.
Go-live moved for the fourth time because marketing wants the recommender to cover in-store too.
Scope change request #7 approved: add explanations, add audit trail, add feedback loop. Date unchanged, obviously.
We keep adding edge cases instead of shipping the 80% that works.
Sprint review feedback: 'great, now add the other 9 document types before we release'.
The chatbot was supposed to handle password resets. Now it's supposed to handle every HR question.
Moved go-live to Q3 after the decision to include all product lines in v1.
Comment from Sara: we never agreed what v1 is, so v1 became everything.
Stakeholders asked for real-time scoring on top of the batch version that was already signed off.
Epic split into 6 sub-epics after the workshop. None of them is small enough to release.
The forecast now needs to cover promotions, weather, events and competitor pricing before anyone will use it.
New requirement from the director: integrate with the new CRM that isn't live yet. Release blocked on that.
Each country lead added their own special rules. We have 40 exceptions and counting.
Demo to the board went well, they asked for generative summaries too. Team diverted for two sprints.
PI objective changed from 'pilot in one clinic' to 'rollout ready for all 12 clinics'.
Definition of MVP keeps moving. Last week it got a multilingual UI.
Stuck in pilot because the pilot keeps getting bigger.
We were almost done when the steerco added 'predict the cause too, not just the failure'.
Roadmap now has 3 phases inside 'phase 1'.
Comment: the requirements doc went from 4 pages to 38 since January.
Everyone wants their KPI in the dashboard. Dashboard has 60 tiles and isn't done.
The accuracy target was fine, now they want it for every SKU including the long tail before launch.
The 'small' add-on for supplier onboarding turned into its own workflow engine.
First release blocked: sales wants the lead scoring to include partner channels too.
Phase 2 items keep being pulled into phase 1.
Original ask was a classifier. Now it's a platform.
After the user workshop, 47 new feature requests. PO accepted all of them as in-scope.
The pilot region was extended twice before it produced a single result.
Release candidate rejected - the new head asked for three extra data sources first.
Comment: we should ship the triage part now; the summarisation and translation can come later. Nobody agrees.
Go-live date slipped from March to November, each slip came with more scope.
Auditors' nice-to-haves became blockers for the first version.
The OCR use case grew into a full document digitisation programme.
Twelve new user stories added yesterday, all tagged 'MVP'.
We keep saying 'while we're at it'. That's the problem.
Scope now includes migrating the old rules engine. That was never part of this.
""", "de": """
Ursprünglich ging es nur um die Erkennung von Schlaglöchern auf Bundesstraßen. Jetzt sollen Radwege, Schilder und Bäume dazu.
Im Review hat der Bereichsleiter 'nur noch' eine Anbindung an das Beschwerdeportal dazugewünscht. Release verschoben.
Die Version für den Standort Ulm war abnahmereif, dann kam die Vorgabe, alle Standorte gleichzeitig einzuführen.
Kommentar Birgit: In den letzten drei Sprints sind 19 neue Stories reingekommen, keine ist rausgegangen.
Der Chatbot sollte Öffnungszeiten beantworten, jetzt soll er auch Anträge entgegennehmen.
Das Zielbild umfasst inzwischen Prognose, Optimierung und automatische Bestellung. Geliefert ist nichts davon.
Der Auftraggeber besteht darauf, dass vor dem Start auch Sonderfahrten abgebildet werden.
Jede Abteilung durfte Wünsche anmelden, und alle Wünsche sind Pflicht geworden.
Go-live verschoben, weil jetzt zusätzlich eine englische Oberfläche gebraucht wird.
Aus 'ein Dashboard für den Einkauf' wurde ein konzernweites Reporting-Programm.
Der MVP wurde im Steuerkreis um Erklärbarkeit, Feedbackschleife und Mandantenfähigkeit erweitert.
Die Liste der zu erkennenden Dokumenttypen ist von 4 auf 31 gewachsen.
Wir wollten mit Weizen anfangen, jetzt sollen auch Mais, Raps und Zuckerrüben in die erste Version.
Übergabe: Version 1 ist nie fertig geworden, weil jedes Review neue Muss-Kriterien erzeugt hat.
Der Piloteinsatz in einer Station wurde erst auf die Klinik, dann auf den ganzen Verbund ausgeweitet.
Die Schnittstelle zu den Partnern war ursprünglich Phase 3, jetzt ist sie Voraussetzung für Phase 1.
Jedes Mal 'wenn wir schon dabei sind'. Genau da liegt das Problem.
""", "fr": """
Au départ il s'agissait de repérer les nids-de-poule sur les routes départementales. Maintenant il faut aussi la signalisation et les arbres.
À la revue, le directeur a demandé « juste » un lien avec le portail de réclamations. Mise en service reportée.
La version pour le site de Nantes était recettée, puis on nous a demandé de lancer tous les sites en même temps.
Commentaire de Brigitte : 22 nouvelles histoires en trois sprints, aucune livrée.
Le chatbot devait donner les horaires d'ouverture, il doit maintenant instruire les demandes d'aide.
La cible inclut désormais prévision, optimisation et commande automatique. Rien n'est livré.
Le client tient à ce que les trajets exceptionnels soient gérés dès la première version.
Chaque service a pu exprimer ses souhaits et tous sont devenus obligatoires.
Mise en production décalée car il faut maintenant une interface en anglais et en espagnol.
« Un tableau de bord pour les achats » est devenu un programme de reporting groupe.
La liste des types de documents à reconnaître est passée de 5 à 28.
On voulait commencer par le blé, on nous demande aussi le maïs, le colza et la betterave en V1.
Note de passation : la V1 n'a jamais été livrée, chaque revue ajoutait des critères bloquants.
Le pilote dans un service a été étendu à l'hôpital, puis à tout le groupement.
L'API partenaires prévue en phase 3 est devenue un prérequis de la phase 1.
Le comité a ajouté l'explicabilité, la boucle de retour et le multi-entité au MVP.
On n'arrête pas d'ajouter des cas particuliers au lieu de livrer ce qui marche déjà.
""", "es": """
Al principio era detectar baches en las carreteras provinciales, ahora también señales, árboles y marcas viales.
En la revisión el director pidió 'solo' conectarlo con el portal de quejas. Puesta en marcha aplazada.
La versión para Zaragoza estaba validada y entonces nos pidieron arrancar en todas las sedes a la vez.
El chatbot iba a dar horarios y ahora tiene que tramitar solicitudes.
Cada departamento pudo pedir lo suyo y todo pasó a ser obligatorio.
La lista de tipos de documento pasó de 4 a 30.
Queríamos empezar por el trigo y ahora quieren también maíz, girasol y remolacha en la primera versión.
Nota de traspaso: la versión 1 nunca se terminó porque cada revisión añadía requisitos obligatorios.
El piloto en una planta se amplió al hospital entero y luego a toda la red.
La API para socios, prevista en la fase 3, es ahora requisito de la fase 1.
Seguimos añadiendo casos especiales en vez de entregar lo que ya funciona.
""", "it": """
Il modello doveva prevedere le vendite delle sole borse, ora la maison vuole anche scarpe, accessori e profumi.
In porto si partiva dalla lettura dei codici container, poi sono stati aggiunti targhe, sigilli e danni.
Bloccato: la direzione vuole anche la versione in tedesco e francese prima del primo rilascio in Italia.
Nota di passaggio: la lista dei requisiti è cresciuta da 12 a 64 voci, nessuna è stata tolta.
L'assistente virtuale doveva rispondere sulle bollette, ora deve anche gestire i reclami e le volture.
Dopo ogni comitato arriva una nuova fonte dati da includere 'già nella prima versione'.
La cantina voleva un modello per il Barolo, adesso vogliono tutti i vini della tenuta in un colpo.
Commento di Simone: nessuno ha scritto cosa resta fuori, quindi tutto è dentro.
Il pilota su un casello è diventato un progetto su tutta la tratta Milano-Napoli.
Il rilascio è slittato quattro volte e a ogni slittamento si è aggiunto qualcosa.
Il cruscotto ha già 55 indicatori e ne chiedono altri.
""", "pt": """
O modelo era só para prever venda de calçados, agora querem bolsas, roupas e perfumes junto.
No porto a ideia era ler o código do contêiner, depois entraram placa, lacre e avaria.
Bloqueado: a diretoria quer a versão em espanhol antes do primeiro lançamento no Brasil.
Nota de passagem: a lista de requisitos foi de 12 para 61 itens e nenhum saiu.
O assistente virtual ia responder sobre fatura, agora tem que tratar reclamação e troca de titularidade.
A cada comitê entra uma fonte de dados nova 'já para a primeira versão'.
Comentário do Felipe: ninguém escreveu o que fica de fora, então tudo ficou dentro.
O piloto numa praça de pedágio virou projeto para a rodovia inteira.
A entrega atrasou quatro vezes e a cada atraso entrou mais coisa.
O painel já tem 50 indicadores e pedem mais.
"""}
