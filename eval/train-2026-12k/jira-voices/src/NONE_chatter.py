LABEL = "NONE"
# neutral project chatter, status updates, meeting logistics
S = {"en": """Moved the sprint review to Thursday 14:00, room 3.12 is booked.
Assigned to Kai for review. Please update the story points before planning.
Sprint 14 closed, velocity 31. Retro notes in Confluence.
Linking DATA-412 and DATA-415 as duplicates, keeping the older one.
Updated the README with the new env variables.
Who has the link to the steerco deck? Can't find it in Teams.
Standup cancelled tomorrow, half the team is at the offsite.
Reassigning to the platform squad as discussed in the sync.
Transitioned to In Review. PR #284 is up.
Thanks Anna, merged.
Demo recording uploaded to the project channel.
Can someone add me to the ml-ops-alerts distribution list?
Rebased on main, tests pass locally.
Updated due date to 15 Jan per PM.
Attached minutes of the kickoff on 3 March.
Story split into two: UI part in FRONT-221, backend stays here.
Pinging @marco on this, he owns the config.
Reminder: timesheets due Friday.
Label changed from "ml" to "analytics" to match the board filter.
Closing as duplicate of CX-118.
Meeting invite sent for the quarterly review, 2 hours, hybrid.
Moved to next sprint, no capacity this one.
Documentation updated, see page "Model card v2".
Added acceptance criteria from the refinement session.
Holiday schedule: team mostly out 23 Dec to 2 Jan, on-call list attached.
Renamed epic to match the new naming convention (AREA-Topic-Year).
Please use the new Jira component "Forecasting" from now on.
Fixed typo in the ticket title.
Sharing the agenda for Wednesday's workshop: intros, walkthrough, Q&A.
Priority set to Medium after triage.
Waiting for Pieter's review, he's back Monday.
Story estimated at 5 points in planning poker.
New team member Jana joins on the 4th, please add her to the repos.
Moved the dashboard to the new BI workspace, old link will redirect until end of month.
Updated the RACI in the project charter.
Subtasks created for testing and docs.
Changelog for release 2.3.1 attached.
Please review the draft status report by EOD.
Weekly sync moved to Tuesdays starting next week.
FYI I'll be out Thursday afternoon for a dentist appointment.
Link to the Miro board from the discovery session.
Ticket converted from bug to task.
Parent changed to the new epic LM-77.
Sprint goal: finish the data pipeline refactor and update the tests.
Pair programming session with Ali booked for 10:00.
Budget report for October uploaded to the finance folder as requested.
Monthly status: on track, next milestone 20 Feb.
Adding the architecture diagram from the whiteboard photo.
Can we get a quick call on this before Friday?
Resolved, fixed in build 1187.
Quarter planning: please submit your team's capacity by the 10th.
Dependency ticket created in the infra project.
New Slack channel #proj-lastmile-dev created, old one archived.
Cleaned up stale branches older than 90 days.
Steerco slides v3 attached, changes marked in yellow.
Component owner updated to Data Platform.
Release notes drafted, please check the wording.
Assigning back to reporter for more info.
We'll demo the new filter in the town hall next month.
Meeting notes: attendees Sven, Lara, Moritz. Decisions: none. Actions: see below.
Please fill in the Doodle for the retro date.
Access request for the test tenant submitted, ref RITM0044718.
Code freeze starts 15 Dec, hotfixes only after that.
PO approved the story for the upcoming sprint.
Switched the pipeline to the shared runner pool.
Logged 4h on this for the analysis.
I've added the KPI definitions page to the space sidebar.
Moved to Done. Nothing further needed.
Rescheduling the architecture review to 9 Oct because of the public holiday.
Welcome to the team, Ravi! Onboarding checklist is in the wiki.
Board filter adjusted so blocked items show in red.
Vendor call notes attached, next call in two weeks.
Added the ticket to the release 3.0 fix version.
Monthly newsletter item on the project submitted to comms.
Jira automation now transitions subtasks when the parent closes.
Please keep comments on this ticket in English for the offshore colleagues.
Office move: we'll be on floor 4 from 1 February.
Test plan reviewed with QA, no comments.
Sprint 9 demo went fine, slides in the usual folder.
Updated the Gantt chart for the steering committee.
Travel to the Lyon site approved for the workshop on 12 Nov.
Discussed in refinement, story ready for dev.
Daily standup now at 9:15 instead of 9:30.
Lunch and learn on Friday: intro to the new BI tool, everyone welcome.
Adding Sophie as watcher.
Closing this subtask, covered by the parent.
Next steering committee: 28 Jan, 10:00 to 11:30, agenda to follow.
Renaming the repository to lastmile-forecast-api, please update your remotes.
Please log your hours against the new project code from 1 Jan.
I'll take this one.
All action items from last week are done.
Confluence space reorganised, old pages moved to the archive.
Sprint capacity reduced due to the public holiday on Monday.
Screenshots of the new layout added.
Team photo from the offsite is on SharePoint.
Status: green. Nothing to escalate this week.
Uploaded the signed SOW to the contract folder.
Release 1.4 deployed to test, smoke tests passed.
Calendar invite for the go-live rehearsal sent to all.
Updated stakeholder list with the new contact in Finance.
Please reply in thread to keep the channel clean.
Ran the linter, fixed the warnings.
Q3 OKR check-in scheduled for the 2nd.
Merged the two backlogs into one board as agreed.
Ticket moved from the intake board to the team board.
Agenda for the retro: what went well, what didn't, action items.
Minutes approved without changes.
Out of office next week, Ben covers the tickets.
Moved the epic to the 2026 roadmap board.
The vendor visit is confirmed for 18 March, parking passes requested.""",
"de": """Kann jemand den Raum im 3. OG für Mittwoch blocken? Der große ist belegt.
Habe die Jira-Filter für das Dashboard angepasst, jetzt sind auch die Unteraufgaben drin.
Rückmeldung von Herrn Yilmaz: Termin passt, er bringt zwei Kollegen aus dem Einkauf mit.
Weihnachtsfeier am 18.12., bitte bis Freitag zu- oder absagen.
Die Präsentation für die Bereichsversammlung liegt im Ordner "Kommunikation", Folie 4 bitte prüfen.
Ticket an das Team Datenplattform weitergeleitet, die sind zuständig.
Merge Request 412 bitte noch reviewen, Kleinigkeit.
Jour fixe diese Woche ausnahmsweise per Teams.
Neuer Zugang für die Praktikantin ist eingerichtet.
Die Abnahme von Sprint 11 ist erfolgt, Protokoll anbei.
Wiki-Seite "Glossar" angelegt, bitte ergänzen.
Status unverändert, warten auf Rückmeldung aus der Fachabteilung zu den Feldnamen.
Bitte beim nächsten Mal die Vorlage für Fehlermeldungen verwenden.
Ich habe Urlaub vom 3. bis 14. März, Vertretung macht Jonas.
Testdaten für die Abnahme wurden wie gewünscht bereitgestellt.
Termin für die Sicherheitsunterweisung im Werk: 9.10., 8 Uhr, Treffpunkt Pforte.
Die Folien vom Lenkungskreis wurden an den Verteiler geschickt.
Kommentar hier nur zur Info, keine Aktion nötig.
Ticket aus Versehen angelegt, schließe es wieder.
Besprechungsnotiz: nächster Termin in zwei Wochen, gleiche Uhrzeit.
Bitte die Zeitbuchungen auf das Projekt-PSP-Element 4711 umstellen.
Swimlanes nach Teams sortiert.
Dokumentation der Schnittstellenfelder ist jetzt in Confluence verlinkt.
Habe die Wiederholungstermine für das Daily bis Ende Juni verlängert.
Kurzer Hinweis: Die VPN-Wartung am Samstag betrifft auch die Testumgebung.
Besuch der Fachhochschule am 21.11., wir stellen zwei Projekte vor.
Backlog-Refinement morgen fällt aus, wir holen es Donnerstag nach.
Neue Vorlage für den Statusbericht im Teams-Kanal.
Ticket priorisiert nach Rücksprache mit dem PO.
Ich übernehme das Protokoll für das nächste Meeting.
Ergebnisse des Team-Workshops in Miro zusammengefasst.
Das Epic ist jetzt mit dem Quartalsziel verknüpft.
Zugang zum Besprechungsraum nur mit neuem Ausweis, bitte bei der Pforte abholen.
Danke für die schnelle Rückmeldung!
Kalender für Januar ist freigegeben, Abwesenheiten bitte eintragen.
Abstimmung mit dem Einkauf zum Rahmenvertrag läuft, Termin nächste Woche.
Kommentar gelöscht, war im falschen Ticket.
Version 2.2 steht im Download-Bereich.
Daily bitte pünktlich, wir haben nur 15 Minuten.
Fotoprotokoll vom Workshop in Kassel hochgeladen.
Aufgabe erledigt, Nachweis im Anhang.
Onboarding für zwei neue Kollegen aus Leipzig am Montag.
Feedback-Runde zur Retro-Methode: bitte im Formular abstimmen.
Meilenstein M3 im Plan als erreicht markiert.""",
"fr": """Point avec l'éditeur décalé à 15 h, même lien.
La salle de créativité est en travaux jusqu'au 10, on se replie au 2e.
Je mets le lien Teams dans l'invitation.
Estimation revue en planning poker : 8 points.
Ajout d'Amandine en observatrice sur le ticket.
Visio avec le site de Brest confirmée pour le 12.
Matrice RACI mise à jour après le départ de Paul vers l'équipe paiements.
Les captures sont dans le ticket parent.
Relu, quelques coquilles corrigées dans la note.
Le comité de pilotage est avancé d'une heure, 9 h au lieu de 10 h.
Bienvenue à Yanis qui rejoint l'équipe data lundi.
Fiche de poste du stagiaire envoyée aux RH.
Dossier partagé renommé selon la nouvelle charte de nommage.
On fait la rétro au resto jeudi midi ?
Le tableau Kanban a une nouvelle colonne « À valider ».
Lien vers la vidéo de la démo ajouté en commentaire.
Réunion de lancement fixée au 6 janvier.
Version 3.1 taggée dans Git.
Numéro de bon de commande ajouté au ticket.
Merci de passer vos tickets en « En cours » quand vous commencez.
Étiquette « urgent » retirée après discussion avec le PO.
Note de cadrage v2 diffusée aux parties prenantes.
Je suis en télétravail demain, joignable sur Teams.
Le prestataire a envoyé son planning d'intervention pour décembre.
Doublon fermé, on suit dans INFRA-88.
Bilan du trimestre présenté au comité, pas de question particulière.
Compte de service créé pour le job nocturne.
Changement de nom du projet validé par la communication interne.
On démarre le sprint 15 lundi.
Invitation au webinaire de l'éditeur transmise à l'équipe.
Les badges visiteurs sont à demander 48 h avant.
Passé en « Terminé » après validation du PO.
Diagramme de séquence ajouté en pièce jointe.""",
"nl": """Koffie-overleg met de leverancier verplaatst naar 11:00.
Hoe heet dat Confluence-template ook alweer voor architectuurbesluiten?
Ik heb de sprintdoelen op het fysieke bord gehangen.
Nieuwe labels toegevoegd: frontend, backend, data.
Jeroen is vanaf volgende week onze scrum master.
Link naar de opname van de townhall staat in de chat.
PR goedgekeurd, mag gemerged worden.
Ticket heropend, er ontbrak een bijlage.
Retro dit keer met het zeilbootformat.
Laptopwissel voor het team gepland op dinsdag.
Demo voor de directie staat op 3 februari.
Kanbanbord opgeschoond, alles ouder dan een jaar gearchiveerd.
Ilse is vrijdag jarig, taart om 15:00 bij de pantry.
Werkafspraken bijgewerkt op de teampagina.
Projectstartarchitectuur versie 2 verspreid onder de architecten.
Doorlooptijdgrafiek toegevoegd aan het dashboard.
Verslag van de gebruikersdag is gepubliceerd op intranet.
De parkeerplaats bij gebouw B is volgende week dicht.
Wie neemt er vrijdag de pizza's mee voor de hackathon?
Nieuwe collega's: de IT-handleiding staat onder Teamafspraken.
Mijn Teams doet raar, bel me maar even op mijn mobiel.
Story points van vorige sprint bijgewerkt in de velocity-grafiek.
Morgen rond 10 uur staat er een ontruimingsoefening gepland.
Zijn er nog opmerkingen op het concept voor de nieuwsbrief?
Vanaf volgende week werken we met tweewekelijkse releases.
Kan iemand mij uitleggen hoe de nieuwe urenregistratie werkt?
Het jaarplan van het team is gedeeld in de groepsapp.
De heidag gaat dit jaar naar een boerderij in de Achterhoek.
Cateraar bevestigd voor de klantendag.
Het staande overleg is verhuisd naar de pantry op de tweede.
Graag je vakantiedagen voor de zomer voor 1 april invoeren.
Epic gekoppeld aan het kwartaaldoel, zie roadmap.
Top, dank je wel!"""}
