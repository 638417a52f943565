LABEL = "SKILLS_GAP"
S = {"en": """
the farewell drinks were fun. ugh but raj left last friday and he was the only one who understood the feature pipeline
tbh none of us have done nlp before, we're learning from youtube
hr sent the quarterly hiring report. fwiw the data engineer req has been open 8 months, salary band too low. no movement
so the contractor's gone and took all the knowledge with him, no docs
we have one data scientist for 14 use cases. do the math
honestly no one here knows kubernetes and the platform team wont help
the vendor consultants rolled off in june and internal staff cant maintain what they built
ok so both ml engineers resigned same week. project effectively frozen
nobody on the team can write spark, and the data doesnt fit in pandas
hiring freeze means we cant replace sara, and she was the whole model team
retro: we underestimated how much mlops skill this needs. we have zero
the analysts know sql and excel, not python, and training budget got cut
fwiw the only person who knows the old forecasting code is retiring in feb
the offshore team changed for the 3rd time, every new crew needs 2 months ramp up
cant find anyone with computer vision experience who'll move to the plant location
congrats to dev on the baby! but yeah our one ml guy is on paternity leave til march, nothing moves
tbh the grad we hired is great but cant own a production model alone
recruiting says gpu/llm engineers are asking 2x our max, lost 3 candidates
standup: no progress, still no data engineer. interview on thu if anyone wants to join
the bi team was told to "do ai" with no training. predictable outcome
sprint review moved to 11. key dev resigned mid-sprint, handover was a 20 min call. so expect a low velocity
we keep borrowing people from the analytics team part time, which means nothing gets finished
nobody knows how to validate a model properly, risk bounced it twice
fwiw the partner's junior staff rotate every few weeks, no continuity at all
so the architect left and nobody can make the platform decisions
Stopped: key data scientist left, no replacement
On hold – ML engineering capacity not available
Parked. Hiring freeze, team of one
Closed – lack of in-house ML skills
Paused pending recruitment of data engineer
Cancelled; vendor rolled off, internal team unable to maintain
On hold: both ML engineers resigned
Suspended – knowledge lost with departing contractor
Stopped – no MLOps expertise in team
Parked until team staffed (req open since 02/2026)
Closed, platform skills missing for production build
On hold – sole developer on leave
Deprioritised due to staff shortage in analytics
Cancelled – could not hire CV specialists
Paused: team reassigned, no capacity
Stopped. Required NLP expertise not available
On hold pending training of BI staff
Closed – key person dependency, owner of code retired
Parked; offshore team turnover
Blocked: no Spark skills to process data volumes
Stopped – salary band insufficient to hire
On hold – architect position vacant
Closed, capability gap in model validation
Paused until contractor budget approved for ML skills
Parked – no data engineering resources
""", "de": """
unser einziger mit spark-erfahrung ist zur netztochter gewechselt, seitdem steht die pipeline
ehrlich gesagt können die kollegen im werk plc programmieren, aber kein python
ugh die stelle für die datenwissenschaftlerin im jobcenter ist wegen tarif e11 unbesetzbar
fwiw der berater, der das modell gebaut hat, ist seit september bei einem anderen kunden
im klinikum gibt es genau eine person, die das ganze versteht, und die ist in elternzeit
Ruht: Data Engineer seit 10 Monaten nicht besetzt
Eingestellt – Know-how ging mit externem Dienstleister
Zurückgestellt, Team an S/4-Migration ausgeliehen
Gestoppt, niemand im Haus kann das Modell warten
Pausiert bis Weiterbildung der BI-Kollegen abgeschlossen
On hold – Architektenstelle vakant
""", "fr": """
le seul data engineer de la mutuelle est parti chez un éditeur, plus personne pour les flux
franchement nos analystes font du sas depuis 20 ans, personne ne sait déployer un modèle
pot de rentrée jeudi. sinon le stagiaire qui avait fait le prototype est reparti à l'école, et personne ne sait le relancer
à la mairie on n'a pas de profil technique, tout dépend du prestataire qui change tous les trois mois
Suspendu : départ de la cheffe de projet data
En attente du recrutement d'un ML engineer (poste ouvert depuis mars)
Abandonné – compétences cloud absentes en interne
Arrêté, équipe mobilisée sur la migration du SI
Gelé, transfert de compétences du prestataire jamais fait
Clôturé – gel des recrutements 2026
Clôture : personne en interne pour reprendre le code R
""", "es": """
se nos fue el arquitecto de datos de la operadora a una fintech y no hay quien lo sustituya
ugh en los hoteles el equipo de bi sabe hacer informes, no modelos
la verdad el único que entendía el código era un becario y ya acabó las prácticas
la consultora cambió tres veces de equipo y cada uno empezaba de cero
Parado: sin perfiles de MLOps en plantilla
En espera de cubrir vacante de ingeniero de datos
Cancelado – dependencia total de una persona que se marchó
Suspendido, equipo asignado al proyecto regulatorio
Cerrado: la consultora terminó y nadie sabe mantenerlo
En pausa por congelación de plantilla
Bloqueado, faltan conocimientos de visión artificial
""", "it": """
il nostro unico data scientist si è licenziato a luglio, il codice è rimasto lì
onestamente nel pastificio nessuno sa cosa sia un modello, abbiamo solo l'it di base
ugh la software house ha spostato il suo sviluppatore migliore su un altro cliente
al porto cerchiamo un ingegnere dati da un anno, Genova non attira nessuno
Sospeso: persona chiave uscita dall'azienda
Fermo in attesa di assunzione
Chiuso – mancano competenze di machine learning interne
In pausa, team dirottato sul progetto SAP
Annullato: formazione del personale mai finanziata
Rinviato, consulenti esterni usciti senza passaggio di consegne
Bloccato, nessuno sa gestire la piattaforma cloud
""", "pt": """
o único engenheiro de dados da cooperativa saiu e ninguém sabe manter os pipelines
no banco a equipe é toda de relatórios, ninguém com experiência em modelos
Parado: vaga de cientista de dados aberta há 9 meses
Suspenso, consultoria saiu sem transferir conhecimento
Encerrado – falta de competências internas
""", "nl": """
onze enige data engineer is naar het rijk vertrokken, het salaris daar is hoger
eerlijk gezegd kan bij het waterschap niemand de python-code lezen die de student heeft achtergelaten
fijn weekend allemaal. ugh de externe is na zes maanden weg en heeft de sleutels van de omgeving meegenomen
de corporatie heeft geen it-afdeling van betekenis, alles gaat via één man
Gestopt: kennis vertrokken met gedetacheerde
On hold – vacature ML-engineer niet vervulbaar
Geparkeerd, team ingezet op migratie zaaksysteem
Afgesloten: te afhankelijk van één medewerker
Gepauzeerd tot opleiding analisten afgerond
Beëindigd – geen capaciteit voor data-engineering
Wacht op inhuur via raamcontract
"""}
