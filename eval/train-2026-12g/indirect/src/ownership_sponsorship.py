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
The key user group got reassigned to the winter crisis plan, the director who asked for the tool has moved to the regional authority, and no one has been named to pick it up.
Stakeholder map has fourteen boxes, three of them marked 'accountable', and when the model's first recommendation needed a decision none of the three would make it, so it went back to the steering group and died there.
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
Depuis les municipales, l'adjoint au numérique a changé et le dossier dort.
c'est qui le PO maintenant que Claire est partie ?
Le comité de pilotage a encore été annulé ce mois-ci.
La direction des soins et la direction médicale se renvoient la responsabilité du déploiement.
Le directeur d'usine laisse faire mais ne libère aucun technicien.
Aucun responsable métier n'est désigné dans la fiche projet.
Avec le plan d'économies, le projet est passé de priorité 2 à priorité 9.
Le siège a lancé le projet sans demander l'avis des régions.
Personne ne veut signer pour les gains annoncés.
L'équipe innovation qui portait le sujet a été dissoute en septembre.
Décision reportée : aucun des trois directeurs présents n'avait mandat pour trancher.
""", "es": """
La directora que impulsó el proyecto se jubiló y nadie recogió el testigo.
¿Quién aprueba la puesta en producción? Nadie se da por aludido.
oye quién es el PO ahora que se fue Marta??
Con el cambio de gobierno municipal se revisa toda la agenda digital.
Comercial y operaciones piden cosas opuestas y nadie arbitra.
Tras la fusión el proyecto quedó en tierra de nadie.
El consejero delegado nuevo tiene cinco prioridades y ninguna es esta.
El comité de dirección se ha cancelado por tercera vez.
Nadie de negocio vino a la revisión del sprint, otra vez.
El patrocinador delegó en un adjunto que delegó en un becario.
La ficha del proyecto no tiene responsable de negocio.
Las delegaciones nunca se sumaron a algo que venía de la sede.
""", "it": """
Il nostro sponsor è passato alla capogruppo e il successore non conosce il progetto.
Chi approva il go-live? Nessuno si sente responsabile.
ma chi è il PO adesso che Giulia se n'è andata?
Con il cambio di giunta tutta l'agenda digitale è in revisione.
Il primario e la direzione sanitaria non sono d'accordo su chi debba guidare il progetto.
Dopo la riorganizzazione il progetto non riporta più a nessuno.
Il nuovo piano industriale ha spostato tutte le risorse sulla riduzione dei costi.
Alla demo non si è presentato nessun referente del business.
I direttori di area non hanno mai sposato un'iniziativa calata dalla sede.
Il progetto era un'idea del presidente, che si è appena dimesso, e nel nuovo consiglio nessuno sembra sapere chi debba decidere se continuare il pilota o chiuderlo.
Il comitato guida è saltato per il terzo mese.
Nessuno vuole firmare sui benefici attesi.
""", "pt": """
O nosso patrocinador mudou-se para a sede e o sucessor não conhece o projeto.
quem é o PO agora que a Joana saiu??
Com a troca de secretário, a agenda digital voltou à estaca zero.
O negócio acha que é projeto de TI e a TI acha que é do negócio.
O projeto ficou parado enquanto a fusão ocupa toda a diretoria.
A diretora clínica e o diretor de enfermagem discordam sobre quem lidera a implementação.
Ninguém do negócio apareceu à revisão do sprint.
O conselho aprovou, mas ninguém abaixo do conselho foi consultado.
Desde a reestruturação o projeto não reporta a ninguém.
Os diretores regionais nunca aderiram a algo vindo da sede.
A decisão sobre a extensão do piloto espera uma reunião que ninguém marca.
Ninguém quer assinar os benefícios prometidos.
""", "nl": """
Onze sponsor is naar het hoofdkantoor vertrokken en de opvolger kent het project niet.
wie is eigenlijk PO nu Eva weg is?
Na de wethouderswissel wordt de hele digitale agenda herzien.
De stuurgroep is voor de derde keer afgelast.
De afdelingshoofden hebben hier nooit om gevraagd, het kwam van de CIO.
De business denkt dat het een IT-project is, IT denkt het omgekeerde.
Sinds de reorganisatie rapporteert het project aan niemand.
De nieuwe CEO heeft andere prioriteiten, AI staat er niet bij.
Niemand van de business kwam naar de sprintreview.
Het was het stokpaardje van de voorzitter, en die is net afgetreden.
Er staat geen business-eigenaar op de projectkaart.
Niemand wil tekenen voor de beloofde baten.
"""}
