LABEL = "NONE"
S = {"en": """
Minutes of the portfolio review, 14 October, room 3.12 and Teams.
Attendees: JM, RK, SvD, PL (chair); apologies from Finance.
Next steering committee moved to Thursday 10:00 because of the bank holiday.
chat: can someone share the link to the new Confluence space?
Action: RK to circulate the updated slide deck before Friday.
Sprint 23 closed, velocity 31 points, retro notes on the wiki.
email: "please find attached the agenda for next week's review"
Registry entry created for initiative AGR-014, owner field filled.
Reminder: timesheets for November are due on the 28th.
Post-mortem template v3 uploaded to the PMO folder.
chat: I'm out tomorrow afternoon, dentist
Demo recording is on the SharePoint under /demos/2026-10.
Minutes approved without amendment.
Ticket moved from "In review" to "Done" after QA sign-off.
Portfolio dashboard refreshed with September figures.
Lunch for the workshop is booked for 12 people.
chat: anyone else's VPN dropping this morning?
The training room on the second floor has a new projector.
Item 3: update from the harbour pilot team, see slide 7.
Quarterly newsletter draft attached, comments by Wednesday please.
The vendor's account manager has changed; new contact is in the CRM.
Retro: good collaboration with the warehouse team, keep the Tuesday stand-up.
SteerCo noted the progress report and had no questions.
chat: thanks all, great session today
Meeting minutes will be shared by Monday.
Jira project renamed from LOGI to LOGX to match the new naming convention.
The review for the school analytics initiative is scheduled for 3 December.
Release notes for version 2.4 are published.
We welcomed two new analysts to the team this month.
Registry: initiative moved to stage ENGINEERING on 2026-09-12.
email: "looping in Karin, who will take notes today"
Room booking confirmed for the January planning day.
chat: coffee machine on 4 is fixed
The pharma site visit is on 18 November; bring safety shoes.
Portfolio review deck v5 attached, changes highlighted in yellow.
Minutes: no other business; meeting closed at 11:40.
Updated RACI uploaded to the project folder.
Sprint planning moved to the big room.
chat: here's the Miro board from the workshop
The board pack for December goes out on the 5th.
Monthly status: green on schedule, green on budget, amber on resourcing forecast for Q1 hiring plan.
We will present the harvest dashboard at the farmers' open day.
Note: the registry export now includes the business-unit column.
email: "apologies, I sent the wrong version, correct file attached"
Steering committee photo for the intranet article taken after the meeting.
The depot in Zaragoza hosted the quarterly team day.
chat: who's bringing the cake for Pieter's farewell?
Initiative renamed from "Project Heron" to "Berth Planner".
Action closed: slide template shared with all workstreams.
The hospital innovation day had 140 visitors this year.
Status unchanged since last week; next update on Monday.
Ticket DATA-908 duplicated DATA-907, closed as duplicate.
Minutes: welcome to Joana, who joins from the Lisbon office.
The newsroom's product meeting now happens on Wednesdays.
chat: calendar invite updated with the dial-in
Portfolio owner asked everyone to update the RAG status by Thursday.
Two-day offsite in Utrecht confirmed for March.
Weekly report attached; no changes to milestones.
The construction site induction is compulsory for all visitors.
chat: is the 3pm still on?
Meeting rescheduled at the request of the chair.
New intern starts Monday, please add her to the distribution list.
The grid-operations showcase is booked for the town hall.
Registry field "technique" added; please fill it in for active initiatives.
email: "see you all at the kickoff next Tuesday"
Sprint review went well, the farm team liked the new map view.
SteerCo decisions log updated.
chat: pushed the README changes, pls review
The bank's internal hackathon is on 12-13 February.
Agenda item 5 moved to the next meeting due to time.
Project code for timesheets is PRJ-2291.
The school holidays start on the 20th; expect lower attendance at stand-ups.
Minutes circulated; corrections to the secretary by Friday.
We added a glossary page to the wiki.
chat: merged, thanks
Budget line reference for Q1 travel: 4410-22.
The ferry company hosted us for a site tour of the terminal.
Quarter closed; all milestone dates confirmed in the plan.
Please use the new ticket template from today.
chat: good morning all
Registry: no changes this week.
Demo day format: 10 minutes per team plus questions.
The post-mortem meeting will be facilitated by the PMO.
Steering committee composition unchanged for 2027.
email: "thanks for the quick turnaround on the slides"
The ward manager will join the January session.
chat: uploading the photos from the workshop now
Next review in six weeks.
""", "es": """
Acta de la reunión de seguimiento del 14 de octubre, sala 2 y Teams.
Asistentes: MG, JR, LP; excusa su ausencia Finanzas.
El próximo comité de dirección se traslada al jueves por el festivo.
chat: ¿alguien me pasa el enlace a la carpeta compartida?
Acción: JR enviará la presentación actualizada antes del viernes.
Sprint cerrado, notas de la retrospectiva en la wiki.
correo: "adjunto el orden del día para la revisión de la semana que viene"
Recordatorio: los partes de horas de noviembre se entregan el día 28.
La grabación de la demo está en SharePoint.
Acta aprobada sin enmiendas.
chat: mañana por la tarde no estoy, médico
Se ha renombrado el proyecto en Jira para seguir la nueva nomenclatura.
Bienvenida a Carmen, que se incorpora desde la oficina de Sevilla.
La visita a la planta es el 18 de noviembre; traed calzado de seguridad.
Informe semanal adjunto; sin cambios en los hitos.
chat: gracias a todos, buena sesión
La jornada de equipo trimestral será en la bodega de Haro.
Punto 4 aplazado a la próxima reunión por falta de tiempo.
El comité tomó nota del informe de avance sin preguntas.
correo: "perdón, envié la versión equivocada, va adjunta la buena"
Nueva plantilla de tickets disponible a partir de hoy.
chat: ¿sigue en pie lo de las cinco?
El cuadro de mando de la cartera se ha actualizado con los datos de septiembre.
Se ha reservado la sala grande para la planificación de enero.
Acta distribuida; correcciones a secretaría antes del viernes.
La comida del taller está reservada para quince personas.
Registro: sin cambios esta semana.
chat: subo ahora las fotos del taller
El hackathon interno del banco será en febrero.
La próxima revisión será dentro de seis semanas.
Se ha añadido un glosario en la wiki.
El código de proyecto para imputar horas es PRJ-118.
chat: buenos días a todos
""", "it": """
Verbale della riunione di avanzamento del 14 ottobre, sala Verdi e Teams.
Presenti: AB, CR, FM; assente giustificato l'ufficio acquisti.
Il prossimo comitato guida è spostato a giovedì per il ponte dei Santi.
Azione: CR invia la presentazione aggiornata entro venerdì.
Verbale approvato senza modifiche.
chat: qualcuno ha il numero del centralino della sede di Ancona?
Benvenuto a Davide, che arriva dalla sede di Bari.
La giornata di team si terrà in una cantina in Franciacorta.
Il punto 5 è rinviato alla prossima seduta per mancanza di tempo.
mail: "vi giro il calendario delle visite in stabilimento per dicembre"
Il parcheggio interno sarà chiuso martedì per la pulizia.
chat: il Wi-Fi in sala riunioni 2 va e viene, portatevi il cavo
Il convegno regionale sulla sanità digitale è a Bologna il 22.
Aggiornato l'elenco dei referenti per ogni linea di attività.
Il codice commessa per le trasferte è COM-7712.
Prossima revisione tra sei settimane, data da confermare.
chat: buon appetito, ci vediamo alle due
Il fornitore della mensa cambia da gennaio.
La newsletter interna di novembre parla del nuovo magazzino di Piacenza.
Il corso sulla sicurezza sul lavoro è obbligatorio per i nuovi assunti.
Caricato il modulo ferie aggiornato sull'intranet.
mail: "grazie per la puntualità nel mandare i dati di ottobre"
Il direttore saluterà i partecipanti all'apertura del workshop.
chat: ho spostato la call alle 16, scusate
Le foto della cena aziendale sono sul drive.
Il progetto su Jira è stato rinominato secondo la nuova convenzione.
La riunione di lunedì sarà in presenza a Mestre.
Stato invariato, prossimo aggiornamento giovedì.
chat: qualcuno va al mercatino di Natale dopo il lavoro?
Il registro delle iniziative è stato esportato in Excel per il controllo di gestione.
È arrivata la nuova stampante al terzo piano.
Lo sprint si chiude mercoledì con la demo alle 11.
Il verbale sarà inviato entro lunedì.
""", "pt": """
Ata da reunião de acompanhamento de 14 de outubro, sala 5 e Teams.
O próximo comitê foi para quinta por causa do feriado de Finados.
chat: alguém sabe se o estacionamento do prédio B reabriu?
Boas-vindas à Fernanda, que vem do escritório de Recife.
A confraternização de fim de ano será numa churrascaria em Campinas.
Lembrete: apontamento de horas de novembro até o dia 28.
O painel do portfólio foi atualizado com setembro.
e-mail: "segue em anexo a apresentação da reunião de ontem"
A visita à usina é dia 18; levem botina.
chat: bom dia a todos, café na copa do 7º andar
O treinamento de brigada de incêndio é obrigatório este mês.
O código do projeto para reembolso de viagem é PJ-3307.
Reunião com a cooperativa confirmada para terça às 9h.
chat: quem vai no amigo secreto precisa se inscrever até sexta
O relatório mensal foi enviado à diretoria sem comentários.
A sala grande está reservada para o planejamento de janeiro.
Atualizamos a lista de contatos dos pontos focais.
chat: a reunião das 15h virou videochamada
O portal interno ganhou uma página de perguntas frequentes.
Item renomeado no Jira para seguir o novo padrão.
Próxima revisão em seis semanas.
Foto da equipe para a intranet será tirada na quinta.
""", "nl": """
Verslag van het voortgangsoverleg van 14 oktober, zaal 2 en Teams.
Afgemeld: Financiën en de teamleider Inkoop.
Het volgende overleg is verplaatst vanwege de herfstvakantie.
chat: weet iemand of de lift in gebouw C het weer doet?
Welkom aan Fleur, die overkomt van het kantoor in Zwolle.
De teamdag is dit jaar bij een kaasboerderij in de Alblasserwaard.
Herinnering: urenregistratie november uiterlijk de 28e.
mail: "hierbij de planning van de kennissessies tot de kerst"
De parkeergarage is dinsdag dicht voor onderhoud.
chat: koffie staat klaar in de kantine
De nieuwsbrief van november gaat over het nieuwe distributiecentrum in Venlo.
Projectcode voor de reiskosten is PRJ-5521.
Het bezoek aan de kwekerij is op 18 november, laarzen mee.
chat: de vergadering van drie uur wordt online
Portfoliodashboard bijgewerkt met de cijfers van september.
Contactpersonenlijst per domein geactualiseerd.
Verslag ongewijzigd vastgesteld.
De bedrijfshulpverleningscursus is verplicht voor nieuwe medewerkers.
chat: wie doet er mee met de sinterklaasloterij?
Groepsfoto voor intranet donderdag om 12 uur.
Volgende review over zes weken.
Status ongewijzigd, volgende update vrijdag.
""", "de": """
Protokoll des Statustermins vom 14. Oktober, Raum 3 und Teams.
Entschuldigt: Controlling und die Leitung Einkauf.
Der nächste Lenkungskreis ist wegen des Feiertags auf Donnerstag verschoben.
Chat: weiß jemand, ob die Kantine am Brückentag offen hat?
Willkommen an Lena, die aus dem Standort Bremen zu uns kommt.
Der Teamtag findet dieses Jahr auf einem Weingut an der Mosel statt.
Erinnerung: Stundenzettel für November bis zum 28.
Mail: "anbei der Terminplan für die Lunch-and-Learn-Reihe bis Weihnachten"
Die Tiefgarage ist am Dienstag wegen Reinigung gesperrt.
Chat: Kaffee steht in der Teeküche im 2. OG
Der Newsletter im November stellt das neue Logistikzentrum in Erfurt vor.
Kostenstelle für Reisekosten ist 4711-20.
Der Werksbesuch ist am 18. November, bitte Sicherheitsschuhe mitbringen.
Chat: die Runde um drei findet online statt
Ansprechpartnerliste je Fachbereich aktualisiert.
Protokoll ohne Änderungen genehmigt.
Die Brandschutzunterweisung ist für neue Mitarbeitende verpflichtend.
Chat: wer macht beim Wichteln mit? Anmeldung bis Freitag
Gruppenfoto fürs Intranet am Donnerstag um 12 Uhr.
Nächstes Review in sechs Wochen.
Status unverändert, nächstes Update am Freitag.
TOP 4 wird auf die nächste Sitzung vertagt.
"""}
