LABEL = "NONE"
# Two halves: NEUTRAL = routine chatter, status updates, meeting logistics;
# HARD = problems solved or avoided, good news, hypotheticals, risks not materialised,
# cause words used in another sense, negations.
NEUTRAL = {"en": """
SteerCo moved to Thursday 10:00, room 4.12 or Teams link in the invite.
Minutes of the October portfolio board attached; please send corrections by Friday.
Status green. Sprint 14 closed with all stories accepted.
Reminder: quarterly status reports are due to the PMO by the 5th.
Apologies for today, I am at the site visit in Rotterdam. Sanjay will cover.
Agenda item 1: approval of last meeting's minutes. Approved without changes.
Please find the updated RAID log on the SharePoint, version 0.9.
Hi all, the vendor demo is confirmed for 14 March, 2pm CET.
Action closed: K. Moreau circulated the revised project charter.
Next steering committee will be the last one of the year; dial-in details to follow.
Status report week 32: build on track, UAT environment refreshed, no new risks.
Thanks everyone for the productive workshop yesterday.
Could someone share the slides from the kickoff? I missed the first half.
FYI the finance review has been brought forward a week.
Portfolio dashboard refreshed with September figures.
Welcome to Inês, who joins the team as business analyst from Monday.
Decision log updated; entries 41 to 44 added.
Minutes: attendees introduced themselves; the chair outlined the objectives of the session.
Status: on track. Next milestone is the architecture review on 12/11.
I'll be on leave from 23 Dec to 6 Jan; Aoife is the contact in the meantime.
Vendor weekly report attached, nothing unusual.
Please accept the calendar hold for the Q1 planning day.
The registry entry has been updated with the new business unit code.
Hi Tom, can you add the Lisbon team to the distribution list?
Sponsor approved the Gantt as presented.
AOB: the canteen on floor 3 is closed next week, lunch will be in the atrium.
Retro notes are in Confluence under Team Orca.
Status amber on the timeline only because of the Easter holidays; content unchanged.
Reminder that timesheets must be submitted by 5pm Friday.
Moving this ticket to the correct project board.
Minutes approved by written procedure on 3 June.
Thanks, received. Will review and come back by Wednesday.
The monthly steering pack now includes a one-page summary at the front, as requested.
Updated the owner field in the registry after the team rename.
The data platform team has its town hall on Tuesday, all welcome.
Demo recording is available for those who could not attend.
Quick poll: would 9:30 or 11:00 work better for the weekly sync?
Pilot phase 2 started on 1 April as planned.
Please use the new template for change requests from now on.
Status report Q2 published on the intranet.
Invoice from the vendor for October received and forwarded to AP.
Hi all, reminder of the fire drill at 11:00, meeting will pause for 15 minutes.
PMO note: all initiatives must have a registry ID by end of quarter.
Training session for the new ticketing tool scheduled for next Wednesday.
Chair thanked the outgoing secretary for her contribution.
The committee noted the report from the platform team.
Sprint review moved to the big meeting room because of numbers.
Can we please keep comments on the ticket rather than in chat? Easier to trace.
Attached: the one-pager for the board, version 3.
Status green, no blockers. Team focusing on documentation this week.
We will circulate the draft agenda 48 hours before the meeting.
Kickoff held on 9 Jan with all workstream leads present.
I've renamed the epic to match the new naming convention.
Coffee and pastries will be provided at the offsite.
Reminder: the Jira migration happens on Saturday, expect read-only mode in the morning.
Minutes item 8: date of next meeting agreed as 21 November.
The business analyst will share the process maps by end of week.
Hi Lena, can you send me the link to the risk register template?
Status: release 2.3 deployed to test, regression suite running overnight.
Steering pack circulated; please review slides 4 to 7 in advance.
Vendor account manager changes from 1 March; handover meeting arranged.
Monthly report attached. Let me know if you need the underlying numbers.
Please confirm attendance for the quarterly review by replying to this thread.
Update: the team has moved to the 6th floor, desks 40 to 52.
Business users joined the sprint demo and asked good questions about the roadmap.
Meeting notes from the architecture forum are now in the shared folder.
The PMO will send the portfolio heatmap after the board.
Status: milestones M3 and M4 completed.
OK from my side, please go ahead and book the room.
Added the new cost centre code to the project record.
Reminder: the code freeze for the holiday period starts on 18 December.
Two new user stories created for the reporting screens.
Summary of the call with procurement sent to all participants.
Action: J. Okafor to set up the Teams channel for the workstream.
Minutes: the committee welcomed the new finance representative.
Status update posted on the project page.
Thanks for the quick turnaround on the slides.
The registry now shows the initiative under the Operations portfolio.
Weekly sync cancelled due to the public holiday.
Please note the change of project manager from next month.
Onboarding checklist for the new contractors shared.
The PMO has archived the 2023 steering packs.
Hi, just checking you got my email about the workshop dates.
Status report: work continues as planned; next update in two weeks.
Updated the RACI after the team changes.
The vendor will present their roadmap at the next meeting.
Reminder to log your hours against the new project code.
Closing this sub-task, duplicate of PRJ-2281.
""",
"es": """
Convocatoria: comité de seguimiento del martes 12, de 9:30 a 11:00, sala Guadalquivir.
Se adjunta el orden del día; si alguien quiere añadir un punto, que lo diga antes del lunes.
Estado verde, sin novedades respecto a la semana pasada.
Recordatorio: el jueves es festivo local en Valencia, la daily se mueve al viernes.
Perdonad el retraso en el acta, la subo esta tarde a la carpeta compartida.
Hola a todos, os presento a Álvaro, que viene del equipo de Canarias y nos ayudará con las pruebas.
Acta del 3 de octubre: asistentes, Dirección de Clientes, Sistemas, PMO y el proveedor.
El proveedor pide que le enviemos los contactos de cada área para las entrevistas.
¿Alguien tiene el enlace a la grabación de la sesión de ayer?
Se actualiza la ficha de la iniciativa con la nueva fecha de revisión.
Punto 3: la PMO presenta el nuevo formato del informe mensual.
La reunión con Compras se pasa a las 12:00 por coincidencia con el consejo.
Hito 2 alcanzado el 15 de mayo, se envía nota a los interesados.
Gracias por el resumen, Marta. Todo claro.
Queda pendiente enviar la presentación final al comité de dirección.
Se abre un nuevo canal de Teams para el proyecto, os llegará la invitación.
El sprint 6 empieza el lunes; la planificación será a las 10:00.
Recordad actualizar el estado de vuestras tareas antes de la reunión del jueves.
Hoy teletrabajo, cualquier cosa por chat.
Adjunto el cronograma actualizado con las vacaciones de agosto.
La auditoría anual de la PMO revisará las fichas del registro en noviembre.
El equipo de Sevilla se conectará en remoto.
Pasamos la revisión mensual a la primera semana del mes para alinearla con el cierre.
Cambio de sala: la reunión será en la 4B, la 2A está en obras.
He subido la versión 2.1 del documento de requisitos.
Buenas, ¿quién lleva el acta hoy? Yo la hice la última vez.
El consultor del proveedor estará en nuestras oficinas martes y miércoles.
Informe semanal enviado a las 17:00, como siempre.
Se cierra la incidencia de acceso a la VPN, ya funciona.
Próximo comité: 14 de enero. Se enviará convocatoria.
La comida de fin de proyecto será el viernes 20 en el restaurante de siempre.
Agradecemos a Luis su trabajo en la fase anterior; pasa al equipo de pagos.
Se añade a Beatriz como revisora del documento funcional.
El registro de riesgos está en la pestaña 3 del Excel del proyecto.
Os recuerdo que el formulario de evaluación del taller cierra mañana.
Comité: se revisan los puntos abiertos del acta anterior, todos cerrados salvo el 4.
La demo del viernes se graba para quien no pueda venir.
Para la reunión con el consejo, máximo diez diapositivas.
Movemos el ticket a 'En revisión'.
Ha llegado el pedido de portátiles para los nuevos compañeros.
Actualizada la lista de distribución del informe mensual.
Nos vemos en la sala de siempre a las 16:00.
Esta semana el equipo se centra en preparar las pruebas de usuario.
El proveedor ha enviado el certificado de finalización de la formación.
""",
"it": """
Il SAL mensile è fissato per giovedì alle 14:30, collegamento Teams nel calendario.
Delibera del CdA protocollata, numero 112/2026, in allegato per conoscenza.
Ho inoltrato la PEC del fornitore all'ufficio contratti.
Chi va a Roma martedì? Prenoto il Frecciarossa delle 7:10 per tutti.
Ricordo di caricare le note spese della trasferta entro il 10.
Il ticket Remedy per l'abilitazione al repository è stato aperto, numero INC0048812.
La call con il team di Bangalore slitta di mezz'ora per il fuso.
Settimana del 25 aprile: molti in ponte, il SAL si fa il 29.
A Ferragosto l'ufficio resta chiuso, il presidio è garantito da Gianni.
Aggiornata la pagina Confluence con la nuova mappa dei referenti.
Inventario degli asset del progetto consegnato all'ufficio patrimonio.
La determina dirigenziale per l'incarico è stata firmata ieri.
Buongiorno, ricordo che da lunedì servono i badge nuovi per entrare al terzo piano.
Il parcheggio interno è chiuso per lavori fino a fine mese.
Rinviato il workshop con le filiali al 12 per indisponibilità della sala grande.
Caricato il cruscotto mensile sul portale della direzione.
Il fornitore ha chiesto l'elenco aggiornato dei partecipanti al corso.
Nuovo membro del comitato: il responsabile acquisti subentra al posto di Bruno.
Le slide per la convention commerciale vanno consegnate entro venerdì.
Ho spostato le user story completate nella colonna 'Fatto'.
Allineamento con la PMO di gruppo confermato per il 4 novembre.
Sul drive trovate il template aggiornato per le richieste di cambio.
Il fornitore ha rinnovato il referente commerciale, nuovo contatto in allegato.
Il verbale del comitato di ottobre è stato approvato via mail.
Anticipo che mercoledì sarò dal cliente a Bergamo tutto il giorno.
Domani c'è l'assemblea dei lavoratori dalle 10 alle 12, riunione posticipata.
Mancano ancora due firme sul documento di avvio.
Ricevuta la fattura del secondo acconto, girata all'amministrazione.
Comitato di Natale con panettone il 18 dicembre, sala grande.
Ci sono ancora posti per la formazione su Power BI di giovedì.
La demo di fine sprint è alle 16, invitati anche i colleghi dell'assistenza.
Aggiornamento: la checklist di avvio è completa al 90%.
La nuova collega dell'ufficio legale si presenterà al prossimo incontro.
Ho condiviso il diario delle decisioni nella cartella del programma.
Il fornitore chiede conferma dell'indirizzo di fatturazione.
Riunione breve oggi, solo punti aperti.
Le foto del workshop sono nella cartella condivisa.
Mi confermate la partecipazione al pranzo di kickoff entro mercoledì?
Tutti i documenti di progetto sono stati spostati nel nuovo archivio.
Il CdA si riunisce il 22, il nostro punto è il quinto in agenda.
Aggiornato l'organigramma di progetto con i nuovi referenti di area.
Domani chiusura anticipata degli uffici alle 15 per manutenzione impianti.
Ecco il link al modulo per prenotare le postazioni.
Report trimestrale consegnato all'ufficio pianificazione.
""",
"pt": """
Ponto de situação do projeto na quarta às 11h, sala Tejo ou Teams.
Segue o ofício da entidade parceira para conhecimento.
Quem vai ao Porto na terça? Reservo o Alfa Pendular das 8h para todos.
Lembrete: os pedidos de ajudas de custo da deslocação a Coimbra fecham dia 10.
A minha senha do Citrix expirou, hoje só respondo por telemóvel.
Com a ponte dos Santos Populares, a reunião passa para dia 16.
Enviada a ordem de trabalhos para o conselho de administração de dia 22.
O crachá novo é obrigatório a partir de segunda no edifício B.
Nota interna: a fotocopiadora do piso 4 está avariada, usem a do piso 3.
O pedido de compra das licenças de Jira já tem número de nota de encomenda.
A equipa muda-se para o Parque das Nações em março, mais detalhes em breve.
Criámos uma caixa de correio partilhada para o projeto.
Boas-vindas aos três estagiários que começam hoje na equipa de sistemas.
Reunião com a equipa de Madrid às 15h, hora de Lisboa.
Documento de arranque assinado pelas duas partes.
O jantar de Natal da equipa é dia 12, confirmem presença à Sofia.
Foi criada a página do projeto na intranet.
O fornecedor enviou a fatura-recibo do primeiro marco.
Ata de dia 3 aprovada por email sem alterações.
Amanhã há simulacro de evacuação às 10h30, a daily passa para as 11h.
Atualizei a matriz de responsabilidades com os nomes novos.
Partilho o link para a gravação da formação de ontem.
O helpdesk fechou o pedido de acesso à pasta partilhada.
Apresentação ao conselho agendada para a primeira semana de dezembro.
Alguém tem o contacto do gestor de conta novo do fornecedor?
A revisão trimestral foi antecipada uma semana por causa do fecho de contas.
A sala grande está reservada das 14h às 17h para o workshop.
Obrigada pelas notas, está tudo claro do meu lado.
Não há quórum para a reunião de hoje, remarcamos para quinta.
O relatório mensal segue em anexo no formato habitual.
Lembro que o backup do servidor de ficheiros é feito no domingo à noite.
Os slides têm de chegar ao gabinete da administração até sexta às 12h.
Movi as tarefas concluídas para a coluna 'Feito'.
O jornal interno vai publicar uma nota sobre o arranque do projeto.
A equipa de Faro liga-se por videoconferência.
Marcos do segundo trimestre atualizados no plano.
Vou estar de baixa até quarta, o Pedro acompanha as reuniões.
O contrato com o fornecedor foi arquivado na pasta jurídica.
A inscrição na conferência de dados de novembro está aberta.
Próximo comité: 19 de janeiro, convocatória segue.
Hoje a reunião é curta, só pontos pendentes.
O estacionamento do edifício fica fechado no sábado por obras.
Envio a lista de presenças da sessão de ontem.
Mudámos o nome do épico para seguir a convenção nova.
"""}
HARD = {"en": """
Data quality is not an issue for this use case; the feed has been stable for two years.
The model predicts repair cost per claim with a mean error of 6%, well within the target.
Risk R-07 (key data engineer leaving) was logged at kickoff but did not materialise.
Good news: the DPIA was signed off last week and we can start with live data.
Budget is on track, 48% spent at 50% of the timeline.
The integration with the billing system went live on Monday without incident.
If funding were cut next year we would still have enough to finish phase 1.
Works council briefed in advance and raised no objections.
The sponsor reconfirmed her commitment at today's steerco.
Adoption is above plan: 92% of planners used the tool every day in week 4.
Security review passed with two minor findings, both closed.
We considered whether the scope might grow too much, and agreed a strict MVP list to prevent it.
The cost of a false negative is about three times that of a false positive; thresholds were set accordingly.
Previous blocker on the SAP interface has been resolved by the integration team.
Hi all, the new data scientist starts Monday, so the skills gap we worried about is closed.
Accuracy now exceeds the 90% threshold agreed with the business.
Legal confirmed there is no issue using the anonymised tickets for training.
The forecast helps the finance team plan cash, which was the stated objective; KPIs met.
Minutes: the committee noted that user feedback was overwhelmingly positive.
There is no shortage of labelled data; the quality team has reviewed 40,000 cases.
Risk of vendor lock-in noted as low; exit clause agreed.
The model was retrained on schedule and drift is within tolerance.
Cost per prediction came in lower than estimated thanks to batching.
Had we not secured the platform slot in March, the release would have slipped. It did not.
Status green: monitoring, alerting and retraining pipelines all in place ahead of go-live.
Registry: moved to production on 14/06.
The business owner is fully engaged and attends every sprint review.
The earlier concern about missing history was unfounded; the archive goes back to 2015.
Ideally we would also cover the Nordic entities, but that is a future phase, not a blocker.
Controller confirmed the savings in the Q3 close: €420k against €350k planned.
Penetration test: no critical or high findings.
The objective and success criteria were agreed at kickoff and remain unchanged.
We feared the nurses would resist, but the ward champions made the rollout smooth.
Capacity question resolved; two engineers transferred from the platform team.
The budget request for next year was approved in full.
Hypothetically, if the regulator changed the rules, we could switch to the interpretable model within a sprint.
The data lake migration was completed over the weekend, no impact on the pilot.
Minutes item 3: scope remains frozen at the agreed MVP; two new requests deferred to backlog by consensus.
We don't have any issue with the API; latency is 40 ms at p95.
The 'data' workstream is simply the name of the reporting team in this programme.
Hi Priya, great news: the risk forum approved the model without conditions.
The expected cost overrun did not happen; we closed 5% under budget.
Training for branch staff completed; attendance 97%.
In the unlikely event the vendor exits the market, the code escrow applies.
Ownership transferred smoothly from the innovation lab to Claims Operations.
Model risk validation completed in six weeks, faster than expected.
Pilot extended by two weeks at the business's request because results were so encouraging.
There is no dependency on the legacy mainframe; all inputs come from the new platform.
Users asked for more features, which we will consider after go-live; the MVP shipped as planned.
The outlier detection flagged cost anomalies in 14 invoices, all confirmed by AP.
Finance is happy with the ROI; payback expected within 11 months.
The concern raised about GPU availability was addressed by the cloud reservation.
Nothing is blocking us right now. Next step is the production cutover on the 21st.
Would be nice to have a Spanish version one day, but no one is asking for it yet.
The churn model's lift in the holdout test was 2.8x, above expectations.
Minutes: no new risks; two existing risks downgraded from amber to green.
Retrospective: what went well - early involvement of security and legal.
Even without the extra budget, phase 1 remains fully funded.
The team has the skills needed; the vendor's training covered the gaps.
Our 'legacy' customer segment is a marketing label, not a reference to old systems.
Hi, quick confirmation that the HL7 interface tests passed end-to-end.
Stakeholders are aligned on the rollout order after the workshop.
We avoided scope creep by agreeing a change control board early.
Status green: the model beats the manual process on both speed and accuracy.
The union reps asked good questions at the briefing and are supportive.
Adoption dashboards show steady growth, 300 new users this month.
Had the data been poor we would have stopped, but the profiling showed 99% completeness.
Estimated cost per claim is the target variable of the model, not a project cost.
The auditors reviewed the model documentation and had no comments.
Next year's roadmap includes three new use cases building on this success.
The Kubernetes cluster is ready and the model is served with autoscaling.
If adoption lags we have a change plan ready, but so far usage is above target.
Risk: possible delay from the ERP upgrade. Mitigation in place; no impact so far.
Go-live completed; hypercare ends on Friday.
The data owner granted access within a day.
Project closed successfully; benefits tracking handed to Finance.
We wish we had started this sooner, results are excellent.
There were fears about the integration effort, but the standard connector worked out of the box.
Minutes: the committee congratulated the team on delivering on time and within budget.
The performance of the recommender in the A/B test was 12% uplift in basket size.
Status: no issues with data access, privacy or infrastructure to report this period.
The model's cost function penalises late deliveries more heavily, as the business asked.
Vendor delivered all milestones on schedule and the contract was extended.
Customers rated the new assistant 4.5 out of 5 in the first month.
Key person dependency removed after pairing sessions and documentation sprint.
Scope, budget and timeline all confirmed at the stage gate; proceed to deployment.
The sample was checked against the full population and is representative; no bias found.
We were worried about the works council, but the agreement was signed in two meetings.
""",
"es": """
La calidad de los datos de contadores es buena; el perfilado no encontró huecos relevantes.
El modelo predice el coste de la obra por kilómetro de tubería con un error aceptable para Ingeniería.
El SEPE nos cedió los datos de empleo agregados en el plazo previsto.
Riesgo R-12 (retraso en la integración con el ERP) cerrado: la interfaz ya funciona en preproducción.
Hola, buenas noticias: Riesgos ha validado el modelo sin observaciones.
No es un problema de presupuesto: tenemos fondos aprobados hasta 2027.
Si algún día el proveedor subiera precios, el contrato nos permite salir sin penalización.
Los usuarios de las oficinas piloto valoran la herramienta con un 8,7 sobre 10.
El retraso de la semana pasada se recuperó sin afectar a la fecha final.
La deriva del modelo está vigilada y dentro de límites desde el lanzamiento.
El DPD dio el visto bueno a la evaluación de impacto sin pedir cambios.
La 'integración' del título es la integración de dos equipos comerciales tras la fusión, no técnica.
Aunque el alcance podría crecer, se acordó dejar las nuevas peticiones para la versión 2.
Se incorporan dos ingenieros de datos, con lo que el equipo queda completo.
El piloto se amplía a diez oficinas más porque los resultados son mejores de lo esperado.
No detectamos sesgos en la muestra; es representativa de toda la cartera.
El ahorro real del primer trimestre supera en un 20 % lo comprometido.
La patrocinadora sigue muy implicada y ha pedido acelerar el despliegue.
El cuello de botella de la carga nocturna se resolvió cambiando el orden de los procesos.
El recurso al concurso se desestimó y el contrato sigue adelante.
La mutua ha pedido replicar el piloto en sus clínicas de Aragón, señal de que ha gustado.
En el panel, 'abandono' es el nombre de la métrica de carritos sin pagar, no un problema del proyecto.
Si en algún momento hubiera que atender en portugués, el proveedor ya tiene el idioma disponible.
Los técnicos de campo usan la app a diario y han pedido más funciones.
El entorno de producción está listo con monitorización y alertas.
Sin bloqueos esta semana.
No faltan perfiles: el equipo tiene la experiencia necesaria en visión y en datos.
El presupuesto cerró con un 3 % de margen.
Se consideró el riesgo de falta de datos históricos y resultó infundado.
Buenas, confirmo que la conexión con el sistema de citas ya funciona en real.
La precisión en producción es del 94 %, por encima del objetivo.
Aprobado el paso a producción en el comité de cambios sin condiciones.
La duda de Jurídico sobre los datos de menores se aclaró: no se tratan datos de menores.
Paso a producción realizado el sábado; todo estable.
Los objetivos y el indicador principal están acordados y firmados por negocio.
Si la adopción bajara, hay un plan de formación de refuerzo, aunque por ahora no hace falta.
Las alertas de fraude del modelo evitaron pérdidas de 300.000 euros en el trimestre.
La migración del almacén de datos terminó sin afectar al piloto.
Había preocupación por la latencia, pero las pruebas dan 30 ms de media.
Iniciativa cerrada con éxito y traspasada a operación.
La formación a los gestores se completó con un 95 % de asistencia.
La 'arquitectura' de la que habla el acta es la del edificio nuevo, no la técnica.
No hay dependencia de personas clave; todo está documentado y lo conocen tres personas.
Alcance, coste y plazo se mantienen según lo aprobado.
""",
"it": """
La gara si è chiusa senza ricorsi e il contratto è firmato.
Il comitato etico ha dato parere favorevole alla prima richiesta.
Il 'debito tecnico' citato nel report è il nome di un indicatore del cruscotto, non un problema del progetto.
Lo sforamento è stato evitato chiudendo in anticipo due attività non necessarie.
In caso di sciopero dei trasporti il collaudo si farà da remoto; finora non è servito.
Il modello prevede il costo energetico orario dello stabilimento con un errore del 3%.
La vecchia interfaccia con l'AS400 è stata dismessa senza intoppi e ora tutto passa dalle API.
L'affluenza al corso è stata altissima, alcuni hanno chiesto una seconda edizione.
Nessun rilievo dall'audit interno sul processo di rilascio.
Il Legale ha chiarito che le licenze open source usate non pongono vincoli.
Ottimo riscontro dai capi turno: dicono che la previsione li aiuta davvero a organizzare la squadra.
Il rischio di perdere il consulente chiave era alto, ma ha rinnovato per un altro anno.
Se la Regione cambiasse il formato dei flussi, l'adattatore è già predisposto.
Il modello è stato riaddestrato con i dati di ottobre e le metriche sono stabili.
Le prestazioni restano sopra soglia anche dopo il cambio di fornitore della materia prima.
L'IVASS ha preso atto della comunicazione senza osservazioni.
La direzione ha confermato il finanziamento anche per il 2027.
Gli agenti hanno adottato il suggeritore in due settimane, più in fretta del previsto.
Le richieste extra del marketing sono state messe in coda per la fase 2, il rilascio resta invariato.
Ciao a tutti, il go-live di ieri è andato liscio, zero ticket aperti stamattina.
La questione privacy sollevata a maggio è stata chiusa con il parere favorevole del DPO.
Non ci sono problemi di qualità sui dati meteo, le stazioni sono tutte calibrate.
Il 'modello' di cui parla il verbale è il modello organizzativo, non quello predittivo.
Abbiamo formato quattro colleghi interni e il passaggio dal fornitore è completato.
Il timore che i medici ignorassero gli avvisi non si è concretizzato: il tasso di presa visione è dell'88%.
Consegna del primo rilascio avvenuta nei tempi e nel budget previsti.
Ipotizzando un raddoppio dei volumi, l'infrastruttura regge senza interventi.
Lo sponsor ha presentato i risultati al CdA, accolti con favore.
Nessun sindacato ha sollevato obiezioni al nuovo strumento.
Il calcolo del ROI è stato rivisto dal controllo di gestione e confermato.
Il costo delle licenze è già incluso nel canone esistente, nessuna spesa aggiuntiva.
Tutti i test di integrazione con SAP sono verdi.
Il riaddestramento automatico gira ogni domenica senza interventi manuali.
Il perimetro concordato a gennaio è stato rispettato fino alla fine.
Il campione di etichette è stato verificato da due esperti con accordo del 95%.
Abbiamo valutato l'ipotesi di un secondo fornitore, ma non è stato necessario.
L'ispezione della Banca d'Italia si è chiusa senza rilievi sul modello.
L'adozione nelle 12 sedi è uniforme, nessuna filiale resta indietro.
Il pilota ha raggiunto l'obiettivo di riduzione dei tempi di attesa del 25%.
Il 'rischio' nel nome del progetto si riferisce al rischio idrogeologico che il modello stima.
Nessuna criticità segnalata dal team di esercizio nel primo mese.
Se servisse più capacità di calcolo, il contratto cloud prevede l'aumento immediato.
Il comitato ha chiuso l'iniziativa come completata con benefici verificati.
Il dataset è completo per tutti i 36 mesi richiesti.
""",
"pt": """
O visto do Tribunal de Contas chegou e o contrato pode avançar.
A CNPD arquivou a queixa sem recomendações.
A Câmara aprovou o projeto por unanimidade na reunião de ontem.
O 'custo' que o modelo prevê é o custo marginal da energia por hora.
A 'integração' referida na ata é o acolhimento dos novos colaboradores, não integração de sistemas.
Não houve qualquer resistência por parte dos utentes; o número de marcações pela app duplicou.
O modelo acertou no pico de procura do Natal com um desvio de 4%.
A equipa de dados ganhou o prémio interno de inovação.
Se a fibra falhar, há uma ligação redundante; nos testes a troca foi automática.
A auditoria da DGS ao piloto terminou sem reparos.
A comissão de trabalhadores elogiou a forma como o projeto foi apresentado.
A migração do SAP correu sem impacto nas previsões.
Temíamos falta de dados de 2020, mas afinal o arquivo está completo.
O patrocinador renovou o apoio para o próximo ciclo de planeamento.
O orçamento fechou abaixo do previsto e a poupança volta ao centro de custo.
Oi pessoal, o modelo passou em todos os testes de equidade. Boa!
Nenhum dos riscos do registo se materializou neste trimestre.
Caso o volume triplique, a arquitetura escala horizontalmente sem mudanças.
Os comerciais pediram acesso à ferramenta antes da data prevista.
A vaga de engenheiro de dados foi preenchida em três semanas.
A latência medida em produção está abaixo dos 50 ms em 99% dos pedidos.
O Banco de Portugal não levantou objeções ao modelo na última inspeção.
O 'legado' de que fala o relatório é o património histórico do museu, não sistemas antigos.
As novas exigências de âmbito foram recusadas em comité e a data manteve-se.
A precisão do classificador de documentos está nos 96% e estável há seis meses.
O fornecedor cumpriu todos os marcos e o contrato foi prolongado.
Os dados de consumo têm qualidade suficiente; o perfil mostrou menos de 1% de valores em falta.
O piloto atingiu a redução de 30% no tempo de resposta prometida.
Se um dia for preciso explicar cada decisão, o modelo já guarda as variáveis usadas.
A ligação com o sistema de faturação está ativa desde segunda sem erros.
O treino da equipa interna terminou e já não dependemos do fornecedor.
A adoção passou os 80% dos gestores de loja no primeiro mês.
A DPIA foi aprovada à primeira.
Nenhuma limitação de orçamento, o projeto está totalmente financiado.
O receio de que as enfermeiras rejeitassem a ferramenta não se confirmou.
Produção estável desde o arranque, zero incidentes críticos.
O objetivo do projeto é claro: reduzir as ruturas de stock em 15%, medido mensalmente.
O modelo de risco de cheia é usado pela proteção civil todos os dias.
A monitorização alertou a tempo para uma mudança nos dados e o retreino resolveu.
O comité encerrou a iniciativa com benefícios confirmados pelas finanças.
Gostaríamos de alargar ao Brasil um dia, mas não está no plano.
Apesar do atraso inicial da TI, a interface ficou pronta antes do prazo.
As regras do 'modelo de governação' foram aprovadas; refere-se às reuniões, não a modelos de IA.
Testes de intrusão concluídos sem vulnerabilidades de risco elevado.
"""}
S = [NEUTRAL, HARD]
