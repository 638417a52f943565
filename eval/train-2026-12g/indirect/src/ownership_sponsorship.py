LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """
Our sponsor moved to the Singapore office and the new COO hasn't heard of us.
Who signs off the go-live? Three emails, three 'not me'.
Since the reorg the project reports to nobody in particular.
Steering committee cancelled for the third month running.
Ops think it's an IT project, IT thinks it's an ops project.
The director who championed it retired in June; the budget line survived, the interest didn't.
New CEO's first memo lists six priorities and AI isn't one.
chat: anyone know who our product owner is now that Dana left?
Minutes: the two business units disagree on whether the pilot should continue; decision deferred.
The ward managers never asked for this; it was pushed from the digital directorate.
We're nobody's KPI.
Mandate letter expired at year-end and wasn't renewed.
Project parked while the merger integration takes all management attention.
The customer-service VP and the CIO are fighting over who owns the chatbot.
Priorities shifted to the ERP migration; our sprint capacity was 'borrowed' and never returned.
Nobody from the business turned up to the sprint review, again.
Sponsor delegated to a deputy who delegated to an intern.
The council election changed the cabinet member and the new one wants housing repairs, not analytics.
There's no one with authority to decide between the two pricing approaches.
Decision on pilot extension is waiting for a meeting nobody will schedule.
The innovation team built it, then the innovation team was dissolved.
Business owner field on the initiative: vacant.
Head office and the regions each think the other is paying attention.
status: on hold pending 'alignment' (since August)
The plant manager tolerates the project but won't give his engineers time for it.
The board endorsed it; nobody below the board was asked.
When the model flagged the first batch, no department would take responsibility for acting on it.
Our exec sponsor now also runs three other transformations and cancels our 1:1s.
The trust's chief nurse and chief medical officer can't agree whose workflow it is.
Retro: we had a steering committee of twelve and no single decision maker.
The programme director who pushed this through is on indefinite leave.
Funding is there but no one will put their name on the benefits.
After the restructuring, the fraud team was split and the model has no home.
We are an orphan project, to put it bluntly.
Logistics and procurement keep sending us contradictory requirements and nobody arbitrates.
Strategy refresh moved the company's focus to cost cutting; we were 'deprioritised'.
Ministerial change means the digital agenda is being reviewed; no new commitments.
The key user group got reassigned to the winter crisis plan.
Stakeholder map has 14 boxes and no owner.
Not clear whether the hospital group or the individual clinics own the rollout.
The country managers never signed up to a global template.
No one from legal, HR or ops attended the decision meeting, so nothing was decided.
The sponsor asked for the pilot then stopped replying to emails.
IT director says it's 'not in this year's portfolio', business says it is.
After handover the model belongs to no department; each says it's the other's.
Chairman's pet project, and the chairman just stepped down.
Regional directors voted it down because it came from HQ.
The priority list was reshuffled after the profit warning; we're now number 11 of 12.
""", "de": """
Unser Sponsor ist in die Konzernzentrale gewechselt, der Nachfolger kennt das Projekt nicht.
Wer gibt den Go-live frei? Keiner fühlt sich zuständig.
Seit der Umorganisation berichtet das Projekt an niemanden.
Der Lenkungsausschuss ist zum dritten Mal ausgefallen.
Fachbereich und IT schieben sich die Verantwortung gegenseitig zu.
Der neue Vorstand hat andere Prioritäten, KI steht nicht auf der Liste.
wer ist eigentlich noch product owner seit Tanja weg ist?
Das Projekt ruht, solange die Fusion alle Kräfte bindet.
Die Stationsleitungen haben das nie bestellt, es kam von der Digitalabteilung.
Nach der Landtagswahl will der neue Minister erst alles prüfen.
Die Werksleitung duldet das Projekt, gibt aber keine Leute dafür frei.
Niemand will für die Nutzenziele unterschreiben.
""", "fr": """
Notre sponsor est parti au siège et son successeur ne connaît pas le projet.
Qui valide la mise en production ? Personne ne se sent concerné.
Depuis la réorganisation, le projet ne rapporte plus à personne.
Le comité de pilotage a encore été annulé ce mois-ci.
Les métiers pensent que c'est un projet DSI, la DSI pense l'inverse.
Le nouveau directeur général a d'autres priorités, l'IA n'en fait pas partie.
c'est qui le PO maintenant que Claire est partie ?
Projet en pause tant que la fusion mobilise la direction.
Le changement de ministre remet tout le programme numérique à plat.
Les directeurs régionaux n'ont jamais adhéré à un projet venu du siège.
Aucun responsable métier n'est désigné dans la fiche projet.
Personne ne veut signer pour les gains annoncés.
""", "es": """
Nuestro patrocinador se fue a la sede central y su sustituto no conoce el proyecto.
¿Quién aprueba la puesta en producción? Nadie se da por aludido.
Desde la reorganización el proyecto no depende de nadie.
El comité de dirección se ha cancelado por tercera vez.
Negocio cree que es cosa de sistemas y sistemas cree que es cosa de negocio.
El nuevo consejero delegado tiene otras prioridades y la IA no está entre ellas.
oye quién es el PO ahora que se fue Marta??
Proyecto congelado mientras la fusión absorbe a toda la dirección.
Con el cambio de gobierno municipal se revisa toda la agenda digital.
Los directores regionales nunca se sumaron a algo que venía de la sede.
La ficha del proyecto no tiene responsable de negocio.
Nadie quiere firmar los beneficios comprometidos.
""", "it": """
Il nostro sponsor è passato alla capogruppo e il successore non conosce il progetto.
Chi approva il go-live? Nessuno si sente responsabile.
Dopo la riorganizzazione il progetto non riporta più a nessuno.
Il comitato guida è saltato per il terzo mese.
Il business pensa che sia un progetto IT, l'IT pensa il contrario.
Il nuovo amministratore delegato ha altre priorità, l'IA non c'è.
ma chi è il PO adesso che Giulia se n'è andata?
Progetto in pausa finché la fusione assorbe tutta la direzione.
Con il cambio di giunta tutta l'agenda digitale è in revisione.
I direttori di area non hanno mai sposato un'iniziativa calata dalla sede.
Nessun referente di business indicato nella scheda progetto.
Nessuno vuole firmare sui benefici attesi.
""", "pt": """
O nosso patrocinador mudou-se para a sede e o sucessor não conhece o projeto.
Quem aprova o go-live? Ninguém se sente responsável.
Desde a reestruturação o projeto não reporta a ninguém.
O comité de direção foi cancelado pela terceira vez.
O negócio acha que é projeto de TI e a TI acha que é do negócio.
O novo CEO tem outras prioridades e IA não está na lista.
quem é o PO agora que a Joana saiu??
Projeto parado enquanto a fusão ocupa toda a diretoria.
Com a troca de secretário, a agenda digital voltou à estaca zero.
Os diretores regionais nunca aderiram a algo vindo da sede.
A ficha do projeto não tem responsável de negócio.
Ninguém quer assinar os benefícios prometidos.
""", "nl": """
Onze sponsor is naar het hoofdkantoor vertrokken en de opvolger kent het project niet.
Wie keurt de livegang goed? Niemand voelt zich aangesproken.
Sinds de reorganisatie rapporteert het project aan niemand.
De stuurgroep is voor de derde keer afgelast.
De business denkt dat het een IT-project is, IT denkt het omgekeerde.
De nieuwe CEO heeft andere prioriteiten, AI staat er niet bij.
wie is eigenlijk PO nu Eva weg is?
Project ligt stil zolang de fusie alle aandacht opslokt.
Na de wethouderswissel wordt de hele digitale agenda herzien.
De regiodirecteuren hebben nooit ingestemd met iets van het hoofdkantoor.
Er staat geen business-eigenaar op de projectkaart.
Niemand wil tekenen voor de beloofde baten.
"""}
