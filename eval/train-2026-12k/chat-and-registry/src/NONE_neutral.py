LABEL = "NONE"
# neutral project chatter, status updates, meeting logistics
S = {"en": """
morning all, standup moved to 9:45 today, room 3b
anyone got the link for the sprint review? teams invite is broken
fwiw i pushed the refactor to the feature branch, pls review when u can
lunch at the thai place thu? celebrating nina's 5 yrs
ok merged. pipeline green. going offline for the dentist
quick q who has the admin login for the confluence space
retro is friday at 2, bring your sticky notes lol
tbh the new jira board layout is growing on me
heads up im ooo mon-wed, marco covers the on-call
can someone update the risk register before the monthly report
i'll send the minutes after the call, give me 10 min
new joiner starts monday, ines, she'll sit with the claims squad
fwiw the training on the new laptop image is at 11 in the big room
demo went fine, next one 14 jan
sprint 18 closed, velocity 34, carry-over 2 stories
pls fill in the timesheet by friday, finance is chasing
reminder: quarterly all-hands tomorrow, livestream link in the channel
ugh my vpn keeps dropping, joining from phone
the steerco deck is in the shared folder, v4 is the latest
moving the backlog grooming to wednesdays from next week
just renamed the repo to lastmile-forecast, update your remotes
coffee machine on 4th floor fixed finally
can we do the handover notes async? im in workshops all day
updated the readme with the new env vars
who's taking the minutes today? i did last 3 times
ok so the ticket numbers changed after the jira migration, old links redirect
invite sent for the kickoff with the supplier, 16th at 10
im on the train, will join late
the dashboard refresh now runs at 6am instead of 5
holiday calendar for december is pinned, add your days off
fwiw the q1 planning template is out, due end of month
tagged v2.3.1, release notes in the wiki
the meeting with procurement is a teams call not onsite
ping me if the build breaks, im around til 6
presentation to the ward managers went ok, they asked for a copy
swapped the standup host rotation, its priya this week
stats for november attached, same format as last month
moving to the new office floor on the 20th, pack your desks
draft agenda for the offsite: roadmap, team health, budget walk-through
just fyi the wiki is read only tonight for maintenance
yes the estimate is in story points not days
closing the old channel, use #lastmile-ops from now on
status: discovery interviews 6 of 8 done, 2 scheduled next week
pairing with tom on the api tests this afternoon
the board pack deadline is the 12th, send me your slides by the 10th
ok added everyone to the distribution list
sorry for the noise, wrong channel
we're renaming the epic to "Claims triage v2" to match the roadmap
weekly update sent to the sponsor, no questions back
new sprint starts tomorrow, planning at 10
In progress – sprint 7 of 12
Active; next milestone UAT on 15 Feb
Status green, on track for Q2 go-live
In production since 03/2026
Discovery phase, interviews ongoing
Moved to new Jira project CLM
Renamed from "Smart Routing" to "Route Advisor"
Owner changed to A. Berger (handover complete)
Planned start Q1, kickoff scheduled
Live in 4 regions, rollout continues
Monitoring weekly, no action needed
Retired 2026-09, replaced by v2
Duplicate entry, see INIT-0442
Merged with INIT-0318 per portfolio review
Budget line transferred to cost centre 4410
Stage gate 2 passed
Pilot running in Lyon depot
Steering committee monthly, next 12 Jan
Registry entry updated after audit of fields
Awaiting kickoff, team assigned
Model v3 promoted to production
In hypercare until end of month
Handover to run team completed
Business case approved at gate 1
Quarterly review scheduled for 14 Mar
Active – data pipeline built, modelling started
Go-live completed 2 Dec, hypercare 4 weeks
Completed; benefits tracking by finance
Status amber per last report, recovery plan agreed
Transferred to Nordics portfolio
Archive entry, information only
KPI dashboard published to sponsors
Phase 2 approved, starts March
Running in parallel with legacy for 6 weeks
Jira keys updated after project split
Closed – delivered and in BAU
Sponsor: COO office, PO: J. Lindqvist
Release 1.4 deployed to all branches
Waiting for next planning increment, no blockers
Pilot complete, scaling to 3 more plants
Regular retraining monthly, automated
Decommissioned old model, v5 active
Entry created from intake form 2026-04
Stage: engineering, sprint cadence 2 weeks
Replaced by enterprise platform initiative, scope fully migrated
Delivered ahead of schedule
In operation, owned by claims ops
Reporting cadence changed to bi-weekly
Re-baselined plan approved, no issues
Registry clean-up: status field normalised
""", "de": """
moin, das weekly mit dem netzbetrieb ist heute in raum lichtenberg, nicht online
wer übernimmt am freitag die rufbereitschaft? ich tausche gern
die präsentation für den werksleiter liegt unter /projekte/ausschuss/praesentation_v5
kurze info: der jira-export läuft ab jetzt nachts um zwei
hab den merge request für die neuen testdaten gestellt, bitte reviewen
betriebsausflug am 14. ist bestätigt, anmeldung bis montag
ich bin morgen im homeoffice, telefonisch erreichbar
neue kollegin im team sozialdaten, heißt ayşe, sagt mal hallo
das template für den quartalsbericht hat sich geändert, bitte das neue nehmen
retro verschoben auf dienstag 14 uhr wegen betriebsversammlung
Aktiv – Sprint 9, Abnahmetest ab 03.02.
In Produktion seit 11/2025, Nachtraining quartalsweise
Status grün laut Monatsbericht
Verantwortung übergeben an Team Netzanalytik
Doppelte Erfassung, siehe STW-0117
Umbenannt in "Einspeiseprognose PV"
Gate 3 bestanden, Rollout Werk Plauen geplant
Pilot im Klinikum Nord läuft, Auswertung im März
Regelbetrieb, Eigentümer Schadenservice Kfz
Abgeschlossen, Nutzen durch Controlling bestätigt
Nächste Sitzung Lenkungskreis am 21.01.
Kick-off mit Dienstleister am 9. Februar
""", "fr": """
le point d'avancement de la ligne R passe en visio cette semaine
qqn peut relire ma note pour le comité de direction de la mutuelle ?
rappel : inventaire des licences à remonter avant le 15
j'ai créé le canal #prevision-affluence, rejoignez-le
le jeu de test v2 est dans le bucket recette
le séminaire d'équipe aura lieu à Tours les 5 et 6 mars
je pose mon vendredi, corinne gère les demandes
la démo au conseil municipal est calée au 28
mise à jour de la charte graphique des dashboards, merci de l'appliquer
les badges pour le nouveau bâtiment sont à l'accueil
En cours – phase de recette
En production depuis le 2 septembre, suivi hebdomadaire
Statut vert selon le rapport mensuel
Reprise par l'équipe data du réseau
Fiche en doublon, voir MUT-0261
Renommé « Affluence Gares Ouest »
Jalon 3 franchi, déploiement dans 12 magasins
Pilote à la mairie annexe, bilan en avril
Exploitation courante, propriétaire direction des sinistres
Terminé, gains suivis par le contrôle de gestion
Comité de pilotage le 18 février
Atelier de lancement avec l'éditeur le 3 mars
""", "es": """
buenas, la daily con el equipo de red pasa a las 9:15
alguien puede revisar mi pull request de los tests de carga?
recordad que el jueves hay simulacro de incendio a las 11
he creado la carpeta del trimestre en el drive, subid ahí las actas
el jefe de revenue de los hoteles viene el martes a ver la demo
mañana teletrabajo, estoy en el móvil si hace falta
ya está publicada la nueva plantilla del informe mensual
la cena de navidad del departamento es el 18, apuntaos
la reunión con el ayuntamiento se pasa a la semana que viene
nuevo compañero en datos, se llama iker, viene de bilbao
En curso – fase de pruebas con usuarios
En producción desde febrero, reentrenamiento trimestral
Estado verde según el último informe
Traspasado al equipo de analítica de red
Registro duplicado, ver TEL-0309
Renombrado a "Precio Dinámico Costa"
Hito 3 superado, despliegue en 8 hoteles
Piloto en la almazara de Jaén, evaluación en mayo
En operación, propietario el área de clientes
Finalizado, beneficios validados por finanzas
Comité de seguimiento el 27 de enero
Reunión de arranque con el proveedor el 6 de marzo
""", "it": """
lo stand-up del team porto slitta alle 9:45
qualcuno mi rivede la pull request sui test di carico?
giovedì c'è la prova di evacuazione alle 11
ho creato la cartella del trimestre su sharepoint, caricate lì i verbali
domani lavoro da remoto, sono raggiungibile su teams
pubblicato il nuovo template del report mensile
la cena di natale del reparto è il 19
la riunione con la direzione sanitaria è spostata a mercoledì
nuova collega nel team dati del pastificio, si chiama chiara
venerdì presentiamo la demo ai buyer della collezione
In corso – collaudo con gli utenti
In produzione da marzo, riaddestramento trimestrale
Stato verde secondo l'ultimo report
Passato al team analytics del porto
Scheda duplicata, vedi POR-0412
Rinominato "Previsione Sbarchi"
Gate 3 superato, estensione a 5 stabilimenti
Pilota in corso all'ospedale di Cremona, verifica a giugno
In esercizio, responsabile l'ufficio sinistri
Concluso, benefici certificati dal controllo di gestione
Comitato guida il 29 gennaio
Kick-off con il fornitore il 10 marzo
""", "pt": """
bom dia, a reunião com os cooperados muda pra quinta às 14h
alguém revisa meu pull request dos testes de carga?
subi a ata do comitê de crédito na pasta do projeto
amanhã estou em home office, me chamem no teams
nova colega no time de dados do hospital, a renata
Em andamento – testes com usuários
Em produção desde abril, retreino trimestral
Status verde conforme relatório mensal
Registro duplicado, ver COOP-0218
Comitê de acompanhamento dia 30 de janeiro
""", "nl": """
de standup van team waterbeheer is vandaag om kwart over negen
kan iemand mijn pull request voor de laadtesten reviewen?
donderdag om 11 uur is er een ontruimingsoefening
ik heb een map voor het kwartaal aangemaakt, zet de notulen daar
morgen werk ik thuis, bereikbaar via teams
de nieuwe sjabloon voor de maandrapportage staat op intranet
kerstborrel van de afdeling is op de 19e
het overleg met de wethouder is verplaatst naar woensdag
nieuwe collega bij het datateam van de veiling, ze heet fleur
vrijdag laten we de demo zien aan de huurdersvereniging
Lopend – gebruikerstest
In productie sinds april, elk kwartaal hertraind
Status groen volgens laatste rapportage
Overgedragen aan team data van het waterschap
Dubbele registratie, zie GEM-0533
Hernoemd naar "Prijsadvies Rozen"
Fasepoort 3 gehaald, uitrol naar 6 wijken
Pilot in wijk Oost loopt, evaluatie in juni
In beheer, eigenaar afdeling vastgoed
Afgerond, baten bevestigd door control
Stuurgroep op 28 januari
Kick-off met de leverancier op 11 maart
"""}
