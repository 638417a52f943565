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
Status for the week: green overall, the June milestone is on track, the two open defects are cosmetic and scheduled for the next sprint, and nothing needs escalation.
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
Changelog updated for the 2.4 release.
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
Minutes of the October steering committee were approved by email without comments; the next meeting stays on 12 November, with the roadmap and the Q1 staffing plan on the agenda.
Quick reminder that the office is closed on Good Friday.
Great turnout at the lunch-and-learn.
Renamed the config key, no behaviour change.
The library app release passed app-store review.
Happy birthday Jonas!
Grafana panels tidied up.
Branch protection enabled on main.
Quarter closed, all milestones reported.
Sorry, wrong channel, that message was meant for the facilities team about the parking permits.
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
Review-Kommentare sind alle eingearbeitet.
Bin heute krank, morgen wieder da.
Das Stadtwerk hat die Verlängerung des Wartungsvertrags unterschrieben.
Changelog für Version 2.4 aktualisiert.
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
PR validée, je merge après le déjeuner.
Je suis en congés du 23 au 2, Thomas me remplace.
Version 2.3 en production ce matin, aucun incident.
Bienvenue à Inès qui rejoint l'équipe aujourd'hui.
Merci de remplir vos feuilles de temps avant vendredi.
La démo au service des archives départementales a plu, ils veulent les slides.
Quelqu'un a le lien de la visio de 14 h ?
Ordre du jour du comité : point d'avancement, calendrier, questions diverses.
J'ai renommé les colonnes du rapport pour coller à la charte.
La mise à jour de l'appli mobile est passée en validation sur les stores.
Galette des rois vendredi à 16 h en salle Loire.
Revue de code faite, deux petites remarques sur les noms de variables.
Les badges pour l'atelier de jeudi sont à l'accueil.
Compte rendu de la réunion de lancement diffusé hier soir.
Le serveur de recette redémarre ce soir à 20 h pour maintenance planifiée.
Les tests de non-régression sont tous verts.
Je prends le ticket des libellés manquants.
La newsletter interne parle de notre outil de planification des tournées.
Atelier utilisateurs avec les agents d'accueil mardi matin, 15 inscrits.
Pont de l'Ascension : le bureau sera fermé vendredi.
Le tableau de suivi est à jour.
Bravo à toute l'équipe pour la mise en service à Rennes.
Le prochain comité de pilotage est fixé au 14 mars.
J'ai ajouté la doc d'installation dans le wiki.
Merci pour la relecture !
Réunion déplacée en salle B, la A est prise.
La démo de fin de sprint aura lieu en visio.
Mise à jour des dépendances faite, rien de cassé.
Rétro : on garde le format « ce qui a marché / à améliorer ».
Le photographe passe jeudi pour le trombinoscope.
Les chiffres du mois sont en ligne sur l'intranet.
""", "es": """
Sprint cerrado, todo entregado.
Mañana la daily es a las 9:30 en vez de a las 9.
¿Alguien revisa mi PR antes de las 5?
Estoy de vacaciones la semana de Reyes.
La versión 4.1 salió anoche, sin incidencias.
Damos la bienvenida a Jorge, que entra hoy en el equipo de datos.
El informe trimestral ya está en la carpeta compartida.
Demo para la mutua el jueves a las 11, sala Goya.
He actualizado la página de Confluence con el diagrama nuevo.
Comida de equipo el viernes, votad en el canal.
Acta de la reunión de seguimiento adjunta.
El martes es festivo local, la oficina estará cerrada.
Merge hecho, la pipeline pasó en verde.
El servidor de pruebas se reinicia esta noche por mantenimiento.
He cerrado 30 tickets viejos del tablero.
La formación para los técnicos de campo fue bien, vinieron 18.
Próxima revisión con el cliente el 12 de mayo.
Cambio menor: el botón ahora dice 'Enviar'.
Hoy no tengo bloqueos.
Gracias por cubrir la guardia el fin de semana.
La app de la biblioteca pasó la revisión de la tienda.
Hemos movido la retro al miércoles.
Las notas de la versión 5.0 están en borrador.
Ya tenemos sala para el taller de planificación.
He pasado el ticket a pruebas.
Hoy trabajo desde casa, conectado toda la mañana.
La presentación al consejo es el lunes, ensayo el viernes.
Actualizado el changelog.
La puesta en marcha en la delegación de Bilbao fue sin problemas.
Feliz cumpleaños, Nuria.
El boletín interno menciona nuestra nueva web de citas.
Alguien se dejó un paraguas en la sala de reuniones.
Trimestre cerrado y reportado.
""", "it": """
Sprint chiuso, tutte le storie consegnate.
Lo stand-up di domani slitta alle 9:45 per la visita del prefetto.
ragazzi la sala Dolomiti è prenotata fino alle 12, spostiamoci in cucina
Ho ricevuto il badge nuovo, quello vecchio lo riconsegno in portineria.
Rilascio 3.2 andato in produzione stanotte senza intoppi.
Diamo il benvenuto a Luca, da oggi nel team sviluppo.
Il verbale della riunione di avanzamento è in allegato.
La demo per l'ufficio anagrafe è giovedì alle 11.
Pranzo di squadra venerdì in trattoria, votate entro mercoledì.
Venerdì c'è lo sciopero dei treni, chi può lavora da casa.
La presentazione al CdA è lunedì, prova generale venerdì.
Auguri di buon compleanno a Marco!
Il caffè della macchinetta al secondo piano adesso costa 50 centesimi.
Ho rinominato i file della cartella condivisa secondo la nuova convenzione.
La revisione del codice è fatta, solo due commenti sui nomi delle variabili.
Chi va al convegno di Bologna mi mandi la ricevuta del treno.
Il nuovo stagista arriva lunedì, gli ho preparato il portatile.
Aggiornato lo schema dell'architettura nella wiki.
Le ferie di agosto vanno inserite nel portale entro il 30 giugno.
I test di regressione sono tutti verdi.
L'ufficio resta chiuso il 2 giugno per la Festa della Repubblica.
Ho creato il canale per il progetto dei parcheggi, iscrivetevi.
La newsletter del mese parla della nostra app per le prenotazioni delle visite.
Il fotografo passa giovedì per le foto del team.
Video della demo caricato su SharePoint per chi non c'era.
Mancano ancora due fogli presenze di novembre.
Ho chiuso il ticket, era un refuso nell'intestazione.
Retrospettiva: teniamo il formato 'cosa è andato bene / cosa migliorare'.
La release del portale del cittadino è uscita come da calendario.
Grazie a tutti per il lavoro di questo trimestre, ottimo risultato.
Ho spostato la call con il fornitore a martedì.
Le slide per la riunione di lunedì sono nella cartella del progetto.
Qualcuno ha lasciato le chiavi in sala riunioni.
""", "pt": """
A daily de amanhã passa para as 9h30 por causa da visita da auditoria externa.
Alguém tem o link da chamada das 15h?
Estou de férias na semana do Carnaval, a Sofia fica com os meus tickets.
A versão 4.1 saiu ontem à noite sem incidentes.
Damos as boas-vindas ao Pedro, que entra hoje na equipa de dados.
Reservei a sala Tejo para o workshop de quinta.
o café da máquina do terceiro andar voltou a funcionar :)
Revi o código do serviço de notificações, está limpo.
Os crachás novos chegaram, levantem na receção.
Hoje estou em teletrabalho por causa da greve dos transportes.
A apresentação ao conselho é na segunda, ensaio na sexta.
Santo António é feriado em Lisboa, o escritório fecha.
Passei o ticket para QA.
A documentação da API já está no portal interno.
Alguém pode levar o bolo para a reunião de sexta? É a despedida da Lúcia.
A nova versão da app do município passou na revisão da loja.
Atualizei o diagrama de arquitetura na wiki.
As fotos do evento de equipa estão na pasta partilhada.
Chamada com o fornecedor remarcada para terça.
Fechei o sprint no Jira, 34 pontos entregues.
Os testes de regressão passaram todos.
Relatório mensal enviado à direção.
Sessão de formação para os técnicos de campo correu bem, vieram 18.
Obrigado por cobrires o plantão no fim de semana.
O portátil novo chegou, estou a configurar.
A reunião de planeamento passa para a sala grande, somos muitos.
O boletim interno fala da nossa nova página de marcações.
Lembrete: entregar as despesas de deslocação até dia 5.
Mudámos a retro para quarta-feira.
A pipeline noturna está verde há uma semana.
Almoço de Natal dia 19, confirmem presença.
O estagiário apresentou o trabalho de verão, muito bom.
Alguém deixou um guarda-chuva na sala de reuniões.
""", "nl": """
De stand-up van morgen schuift naar 9.45 uur vanwege de brandoefening.
Wil iemand mijn PR reviewen voor vijf uur?
Ik ben de week van Koningsdag vrij, Joost neemt mijn tickets over.
Versie 4.1 is vannacht uitgerold zonder incidenten.
Welkom aan Daan, die vandaag bij het datateam begint.
Demo voor de waterschappen donderdag om 11 uur.
Vrijdagmiddag borrel op het dakterras als het droog blijft.
de koffieautomaat op de derde doet het weer
Morgen is er een NS-staking, werk thuis als dat kan.
De nieuwe parkeerpassen liggen bij de receptie.
De presentatie voor de raad van bestuur is maandag, generale repetitie vrijdag.
Taart bij de koffieautomaat, ik ben jarig.
Ik heb de mappen in Teams opgeschoond en archief gemaakt van 2024.
Codereview gedaan, alleen wat opmerkingen over naamgeving.
Wie naar de conferentie in Gent gaat: treinkaartjes graag declareren voor de 5e.
De stagiair van de hogeschool start maandag, laptop ligt klaar.
Architectuurplaat bijgewerkt op de wiki.
Vakantieplanning voor de zomer graag invullen voor 1 mei.
Alle regressietests zijn groen.
Op 5 mei is het kantoor dicht.
Nieuw kanaal aangemaakt voor het parkeerproject.
De opname van de demo staat op SharePoint voor wie er niet bij was.
Ticket gesloten, het was een typfout in de koptekst.
Retro-vorm deze keer: start, stop, doorgaan.
De release van het bewonersportaal ging volgens planning live.
Dank aan iedereen voor dit kwartaal, mooi resultaat.
Overleg met de leverancier verzet naar dinsdag.
De sheets voor maandag staan in de projectmap.
Sinterklaasviering voor de kinderen van collega's op 30 november.
De fotograaf komt donderdag voor de teamfoto's.
Sprint gesloten, 34 punten opgeleverd.
Iemand heeft een paraplu laten staan in de vergaderruimte.
Kwartaal afgesloten en gerapporteerd.
"""}
