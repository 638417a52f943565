LABEL = "NONE"
# neutral project chatter: status, meetings, demos, code review, holidays, releases going fine
S = {"en": """
Sprint 14 closed with all stories done.
Moved the weekly sync to Thursdays at 10.
Demo to the claims team went well, they asked for the slides.
PR #482 approved, merging after lunch.
I'm off from the 23rd to the 2nd, Tom covers.
Release 2.3 deployed to prod at 06:10, no incidents.
Minutes of the 4 March steering committee attached.
Updated the Confluence page with the new diagram.
Can someone book a room for the retro?
Team lunch on Friday, vote in the channel.
Renamed the repo to match the naming convention.
Welcome to Aisha, who joins the team today as analyst.
The monthly report is out, see the link.
Please fill in your timesheets by Friday.
Standup cancelled tomorrow because of the all-hands.
Rebased onto main, conflicts resolved.
Added unit tests for the date parser.
Jira board cleaned up, closed 40 stale tickets.
Thanks everyone for the great sprint!
Deck for the quarterly business review is in the shared drive.
Coffee machine on floor 3 is fixed.
Pilot kickoff with the Lyon depot scheduled for 12 May.
Version 1.4.2 tagged.
Changed the Slack channel name to #fraud-model.
Nightly build green for the whole week.
Retro action items are in the board's 'Done' column.
Meeting notes: agreed next review date, no other business.
Please review my PR when you have a minute.
The interns presented their summer projects today, very good.
Office closed on Monday for the public holiday.
I've shared the recording of yesterday's demo.
Linting rules updated, run the formatter before pushing.
Status: green, on track for the June milestone.
Swapped the chart colours to the corporate palette.
All tickets for the sprint have estimates now.
We hit the milestone two days early.
Workshop with the warehouse supervisors went smoothly.
Sent the invitation for the January planning session.
Code freeze starts Wednesday as planned.
Hotfix 3.1.1 out, the typo in the footer is gone.
Documentation for the API is published on the portal.
New laptop arrived, setting up today.
Reminder: quarterly security training is due end of month.
The steering committee approved the minutes without changes.
Board presentation rehearsal at 3pm.
Fixed the flaky test in the ingestion module.
The tenant portal release went live on schedule.
Thanks to Ravi for covering the on-call shift.
Moved ticket to QA.
Backlog refinement done for next two sprints.
Our team photo is on the intranet now, lol.
Customer newsletter mentions the new self-service page.
Uploaded the final version of the user guide.
Sprint goal met; velocity steady at 34.
Dependabot bumped the logging library.
Let's do the handover call at 9.
The dashboards load faster since Tuesday's release.
Planning poker tomorrow, bring your estimates.
Christmas party on the 18th at the harbour restaurant.
The new hire onboarding checklist is updated.
Closed as duplicate of LM-221.
Project wiki migrated to the new space.
Release notes drafted for 5.0.
No blockers today.
Merged the feature branch; CI passed.
Daily standup notes: everyone on track.
Go-live at the Ghent branch completed, users logged in fine.
I'll be at the conference in Berlin Tuesday and Wednesday.
Quarterly OKR review booked for the 15th.
Small UI change: button label now says 'Submit'.
Retro format this time: start, stop, continue.
Agenda for Monday: roadmap, staffing, AOB.
The model card has been added to the repo.
Week 32 status report sent to stakeholders.
Deployment window confirmed with the ops team.
Changelog updated.
Training session for the branch staff held on Tuesday, 24 attended.
Pipeline run #1045 succeeded.
Server maintenance Saturday night went as planned.
Ticket reassigned to Lena.
Added the hospital's logo to the login page.
The pilot evaluation report is finalised and shared.
Migrated the build to Java 17, all tests pass.
Next demo: 3 July, 14:00, room Atlas.
The team is growing, two new developers start in March.
Accessibility fixes merged.
Kudos to the data team for the smooth cut-over.
Call with the vendor moved to next week.
Review comments addressed, ready for another look.
Out sick today, back tomorrow.
The quarterly newsletter features our route-planning app.
Customer feedback session recording is on SharePoint.
Stakeholder update sent; no questions came back.
Moving standup 15 minutes later for the school run week.
Upgraded Postgres to 16 over the weekend.
Sprint review attended by both regional managers.
Released the Android app update to the store.
All acceptance tests green on staging.
Archived the old project channel.
Pair programming session with Kim this afternoon.
Summer schedule: one standup per week in August.
The farm cooperative pilot wrapped up and the report is with the board.
Added a README to the scripts folder.
Bumped the version in pom.xml.
I've sent the purchase order for the monitors.
Team offsite booked for the spring.
Logo files are in the brand folder.
Thursday's town hall will be streamed.
Checked the translations, French and German look good.
Moved the meeting to Teams since half the team is remote.
New sprint starts Monday, goal is the export feature.
Migrated tickets from the old tracker.
The school district demo went fine and they want a follow-up.
Confirmed the venue for the user conference.
Code review guidelines updated with the new checklist.
The port authority signed the extension of the maintenance contract.
Minutes approved by email.
Quick reminder that the office is closed on Good Friday.
Great turnout at the lunch-and-learn.
Renamed the config key, no behaviour change.
The library app release passed app-store review.
Happy birthday Jonas!
Grafana panels tidied up.
Branch protection enabled on main.
Quarter closed, all milestones reported.
Sorry, wrong channel.
See you all at the retro.
Dispatch dashboard v2 shipped to the control room yesterday.
Approved the design mock-ups.
Thanks for the quick turnaround on the fix.
Handed out the new badges at reception.
Poll closed: pizza wins for Friday.
""", "de": """
Sprint 14 abgeschlossen, alle Stories erledigt.
Das Jour fixe ist ab jetzt donnerstags um 10 Uhr.
Die Demo für die Fachabteilung lief gut.
Pull Request gemergt, Pipeline grün.
Ich bin vom 23. bis zum 2. im Urlaub, Vertretung macht Tom.
Release 2.3 ist seit heute früh produktiv, keine Störungen.
Das Protokoll der Lenkungsausschusssitzung hängt an.
Kann jemand einen Raum für die Retro buchen?
Herzlich willkommen an Lena, die heute im Team anfängt.
Stundenzettel bitte bis Freitag ausfüllen.
Daily fällt morgen wegen der Betriebsversammlung aus.
Unit-Tests für den Datumsparser ergänzt.
Der Monatsbericht ist verschickt.
Code Freeze startet wie geplant am Mittwoch.
Die Doku zur Schnittstelle ist im Wiki.
Montag ist Feiertag, das Büro bleibt zu.
Status grün, Meilenstein im Juni steht.
Schulung für die Filialmitarbeiter am Dienstag, 20 Teilnehmende.
Ticket an QA übergeben.
Weihnachtsfeier am 18. im Hafenrestaurant.
Die Wartung am Samstag lief wie geplant.
Nächste Demo am 3. Juli um 14 Uhr.
Review-Kommentare eingearbeitet.
Bin heute krank, morgen wieder da.
Das Stadtwerk hat die Verlängerung des Wartungsvertrags unterschrieben.
Changelog aktualisiert.
Go-live in der Filiale Köln abgeschlossen, alle konnten sich anmelden.
Das Protokoll wurde per Umlauf genehmigt.
Danke für den schnellen Fix!
Backlog-Refinement für die nächsten zwei Sprints erledigt.
Teamfoto ist jetzt im Intranet.
Die Übersetzungen ins Französische sind geprüft.
Quartal abgeschlossen, alle Meilensteine berichtet.
""", "fr": """
Sprint 14 terminé, toutes les stories livrées.
Le point hebdo passe au jeudi 10 h.
La démo à l'équipe sinistres s'est bien passée.
PR validée, je merge après le déjeuner.
Je suis en congés du 23 au 2, Thomas me remplace.
Version 2.3 en production ce matin, aucun incident.
Le compte rendu du comité de pilotage est en pièce jointe.
Quelqu'un peut réserver une salle pour la rétro ?
Bienvenue à Inès qui rejoint l'équipe aujourd'hui.
Merci de remplir vos feuilles de temps avant vendredi.
Pas de daily demain à cause de la réunion générale.
Tests unitaires ajoutés pour le parseur de dates.
Le rapport mensuel est parti.
Le gel du code démarre mercredi comme prévu.
La documentation de l'API est publiée sur le portail.
Bureau fermé lundi, jour férié.
Statut vert, le jalon de juin tient.
Formation des agents de guichet mardi, 22 participants.
Ticket passé en recette.
Repas de fin d'année le 18 au restaurant du port.
La maintenance de samedi s'est déroulée comme prévu.
Prochaine démo le 3 juillet à 14 h.
Commentaires de revue pris en compte.
Malade aujourd'hui, de retour demain.
La métropole a signé l'avenant au contrat de maintenance.
Journal des modifications mis à jour.
Mise en service à l'agence de Nantes terminée, tout le monde a pu se connecter.
Compte rendu validé par mail.
Merci pour la correction rapide !
Affinage du backlog fait pour les deux prochains sprints.
La photo d'équipe est sur l'intranet.
Traductions allemandes relues, rien à signaler.
Trimestre clôturé, tous les jalons remontés.
""", "es": """
Sprint 14 cerrado con todas las historias hechas.
La reunión semanal pasa a los jueves a las 10.
La demo al equipo de siniestros salió bien.
PR aprobada, la mergeo después de comer.
Estoy de vacaciones del 23 al 2, me cubre Tomás.
Versión 2.3 en producción desde esta mañana, sin incidencias.
Adjunto el acta del comité de dirección.
¿Alguien puede reservar sala para la retro?
Bienvenida a Lucía, que se incorpora hoy al equipo.
Por favor, rellenad las hojas de horas antes del viernes.
Mañana no hay daily por la reunión general.
Añadidos tests unitarios para el parser de fechas.
El informe mensual ya está enviado.
La congelación de código empieza el miércoles como estaba previsto.
La documentación de la API está publicada en el portal.
El lunes es festivo, la oficina cierra.
Estado verde, llegamos al hito de junio.
Formación para el personal de oficinas el martes, 25 asistentes.
Ticket pasado a QA.
Cena de Navidad el 18 en el restaurante del puerto.
El mantenimiento del sábado fue según lo previsto.
Próxima demo el 3 de julio a las 14:00.
Comentarios de la revisión resueltos.
Hoy estoy malo, mañana vuelvo.
El puerto firmó la prórroga del contrato de mantenimiento.
Changelog actualizado.
Puesta en marcha en la oficina de Valencia completada, todos pudieron entrar.
Acta aprobada por correo.
¡Gracias por el arreglo tan rápido!
Refinamiento del backlog hecho para los dos próximos sprints.
La foto del equipo ya está en la intranet.
Revisé las traducciones al portugués, todo correcto.
Trimestre cerrado, todos los hitos reportados.
""", "it": """
Sprint 14 chiuso con tutte le storie completate.
La riunione settimanale si sposta al giovedì alle 10.
La demo al team sinistri è andata bene.
PR approvata, faccio il merge dopo pranzo.
Sono in ferie dal 23 al 2, mi copre Tommaso.
Versione 2.3 in produzione da stamattina, nessun problema.
In allegato il verbale del comitato guida.
Qualcuno può prenotare una sala per la retrospettiva?
Benvenuta a Chiara, che entra nel team oggi.
Compilate i fogli ore entro venerdì, grazie.
Domani niente daily per l'assemblea generale.
Aggiunti i test unitari per il parser delle date.
Il report mensile è stato inviato.
Il code freeze parte mercoledì come previsto.
La documentazione dell'API è pubblicata sul portale.
Lunedì è festivo, ufficio chiuso.
Stato verde, il traguardo di giugno regge.
Formazione per il personale di sportello martedì, 21 presenti.
Ticket passato in collaudo.
Cena di Natale il 18 al ristorante del porto.
La manutenzione di sabato è andata come previsto.
Prossima demo il 3 luglio alle 14.
Commenti della revisione sistemati.
Oggi sono malato, torno domani.
Il comune ha firmato il rinnovo del contratto di manutenzione.
Changelog aggiornato.
Avvio nella filiale di Torino completato, tutti sono riusciti ad accedere.
Verbale approvato via email.
Grazie per la correzione veloce!
Refinement del backlog fatto per i prossimi due sprint.
La foto del team è sulla intranet.
Ho controllato le traduzioni in spagnolo, tutto a posto.
Trimestre chiuso, tutti i traguardi rendicontati.
""", "pt": """
Sprint 14 fechado com todas as histórias concluídas.
A reunião semanal passa para quinta às 10h.
A demo para a equipa de sinistros correu bem.
PR aprovado, faço merge depois do almoço.
Estou de férias de 23 a 2, o Tomás cobre.
Versão 2.3 em produção desde hoje de manhã, sem incidentes.
Segue em anexo a ata do comité de direção.
Alguém pode reservar uma sala para a retro?
Boas-vindas à Beatriz, que entra hoje na equipa.
Preencham as folhas de horas até sexta, por favor.
Amanhã não há daily por causa da reunião geral.
Acrescentei testes unitários ao parser de datas.
O relatório mensal já foi enviado.
O congelamento de código começa na quarta, como previsto.
A documentação da API está publicada no portal.
Segunda é feriado, o escritório fecha.
Estado verde, o marco de junho mantém-se.
Formação para o pessoal dos balcões na terça, 23 presentes.
Ticket passado para QA.
Jantar de Natal dia 18 no restaurante do porto.
A manutenção de sábado correu como previsto.
Próxima demo a 3 de julho às 14h.
Comentários da revisão tratados.
Hoje estou doente, amanhã volto.
A prefeitura assinou a prorrogação do contrato de manutenção.
Changelog atualizado.
Arranque na agência do Porto concluído, todos conseguiram entrar.
Ata aprovada por e-mail.
Obrigado pela correção rápida!
Refinamento do backlog feito para os dois próximos sprints.
A foto da equipa já está na intranet.
Revi as traduções para italiano, está tudo certo.
Trimestre fechado, todos os marcos reportados.
""", "nl": """
Sprint 14 afgesloten, alle stories af.
Het weekoverleg verschuift naar donderdag 10 uur.
De demo voor het schadeteam ging goed.
PR goedgekeurd, ik merge na de lunch.
Ik ben met vakantie van 23 tot 2, Tom neemt waar.
Release 2.3 staat sinds vanochtend live, geen incidenten.
Het verslag van de stuurgroep zit in de bijlage.
Kan iemand een ruimte boeken voor de retro?
Welkom aan Fleur, die vandaag in het team begint.
Graag je urenbriefje voor vrijdag invullen.
Morgen geen stand-up vanwege de personeelsbijeenkomst.
Unittests toegevoegd voor de datumparser.
Het maandrapport is verstuurd.
De code freeze begint woensdag zoals gepland.
De API-documentatie staat op het portaal.
Maandag is een feestdag, kantoor dicht.
Status groen, de mijlpaal van juni blijft staan.
Training voor de baliemedewerkers dinsdag, 19 deelnemers.
Ticket doorgezet naar test.
Kerstborrel op de 18e in het havenrestaurant.
Het onderhoud van zaterdag verliep volgens plan.
Volgende demo op 3 juli om 14 uur.
Reviewopmerkingen verwerkt.
Vandaag ziek, morgen weer terug.
De gemeente heeft de verlenging van het onderhoudscontract getekend.
Changelog bijgewerkt.
Livegang bij het kantoor in Utrecht afgerond, iedereen kon inloggen.
Verslag per mail vastgesteld.
Bedankt voor de snelle fix!
Backlog-refinement gedaan voor de komende twee sprints.
De teamfoto staat op intranet.
Duitse vertalingen nagekeken, niets bijzonders.
Kwartaal afgesloten, alle mijlpalen gerapporteerd.
"""}
