LABEL = "OWNERSHIP_SPONSORSHIP"
S = {"en": """
Following the reorganisation the initiative no longer has a sponsor at ExCo level; parked pending clarity on ownership.
Closure reason: business owner moved to the Lisbon hub in March and no successor was nominated.
SteerCo has not met since the COO left; decisions on phase 2 are pending.
Status grey. The new divisional head has different priorities and the item was deprioritised in the Q3 refresh.
Minutes 05/12: Ops and Commercial each expected the other to fund and run the tool. No resolution reached.
Parked. Nobody in the business is willing to be named as product owner.
Portfolio review: initiative lost its champion when the CDO role was removed in the restructuring.
Hi all, just flagging that our sponsor is on extended leave and her delegate says he has no mandate to decide. We're in limbo.
Deprioritised following the merger; the combined group is reviewing all innovation spend and this was not carried over.
Registry: closed - orphaned after the retail banking reorganisation.
Vendor comment: we have had four different client contacts in six months and each one restarted the requirements.
Outcome: not progressed. Country managers never agreed whose P&L the pilot would sit in.
Finance controller: no cost centre owner will sign the run costs, so the PO cannot be raised.
Minutes: the committee observed that the project was championed by IT, but no business area accepted accountability for the outcome.
Status red. Key decisions have waited on the sponsor for seven weeks; last three steercos cancelled.
Sponsor update (sent by PMO): the sponsor has asked to step back given other commitments. Seeking a replacement.
On hold. Group strategy now emphasises cost control and the customer-experience programme this belonged to was folded.
Closure note: with the new CEO's 'back to core' plan, discretionary AI projects outside the top five were stopped.
Hey, real talk - Marketing wants it, Sales doesn't, and neither will own the model once the vendor leaves. Who decides?
The committee agreed to suspend; the plant manager who requested the pilot has left and the successor has not engaged.
Portfolio note: competing priorities with the ERP rollout; business users were pulled onto that and the initiative lost its slot.
Registry closure: no accountable owner identified after the handover from the innovation lab.
Minutes item 7: regional directors disagree on the roll-out order; without a tie-break the programme is stuck.
Parked pending the outcome of the operating model review.
Status report: the product owner role has been vacant since June and backlog decisions are not being made.
Outcome review: pilot success did not translate into adoption because no business unit would take ownership of the run phase.
Deprioritised at the January portfolio board in favour of regulatory projects.
Thanks everyone for today. It was clear nobody in the room can actually approve going live. We need a decision-maker at the next one.
Not progressed: initiative was set up under the previous strategy and is no longer aligned with current objectives.
Vendor escalation: statement of work expired, client has not nominated who renews it.
Closure: the sponsor's budget authority moved to the transformation office, which has not picked the project up.
Minutes: IT and the business each presented a different scope and neither could commit on behalf of the other.
Status amber. Since the divisional split, the data belongs to one division and the use case to another. Nobody brokers it.
The steering group noted repeated absence of the business representatives; attendance has been IT only since April.
Parked. The initiative was personal to the former MD and lost momentum after his departure.
Hi Julien, who is the owner for the predictive pricing work now? I've been sent to three people and none think it's theirs.
Registry: stopped. Strategic priorities shifted to cost take-out after the H1 results.
Portfolio board: sponsor changed three times in the year; each new sponsor asked for a fresh business case.
Outcome: closed by PMO after 120 days without a steering decision.
Minutes: the CFO withdrew sponsorship pending the group-wide AI governance set-up; no interim owner.
Status: the initiative sits between two programmes and each considers it out of scope.
On ice - management attention is on the carve-out and nothing new is being decided until it closes.
Closing the ticket. Executive sponsor retired at year end and the item was not transferred.
Deprioritised; the new head of claims prefers to wait for the vendor's packaged solution.
""",
"es": """
Tras las elecciones municipales el nuevo equipo de gobierno no ha retomado el proyecto; nadie en la concejalía lo reclama.
Motivo de cierre: el jefe de servicio que lo impulsó se jubiló y la plaza sigue sin cubrir.
La matriz alemana decidió que los casos de uso de IA se deciden en Múnich y el piloto local quedó sin padrino.
Acta: las direcciones generales de Clientes y de Operaciones presentan el proyecto como propio en público y como ajeno cuando toca pagarlo.
Estado gris. El comité de seguimiento no se convoca desde marzo y nadie tiene autoridad para pedirlo.
Hola, el nuevo gerente del hospital quiere revisar todos los proyectos heredados antes de decidir nada. Estamos en pausa.
Con la compra por parte del fondo, todo lo que no sea recorte de costes ha quedado en el aire.
El piloto nació en el área de innovación, que se disolvió en la última reestructuración; nadie lo ha adoptado.
Nadie firma el acta de aceptación porque ninguna dirección quiere hacerse responsable del modelo.
Despriorizado: la compañía ha puesto todo el foco en la migración a S/4 y el resto espera.
Los franquiciados no apoyan la herramienta y la central no quiere imponerla.
El nuevo CIO ha congelado todo lo que aprobó su antecesor hasta revisar la cartera.
Buenas Carmen, ¿sabes quién ha heredado la iniciativa de previsión tras el cambio de organigrama? En el registro sigue apareciendo Luis, que ya no está.
La estrategia se ha reorientado a sostenibilidad y este proyecto no encaja en ninguno de los ejes nuevos.
El patrocinador ha sido nombrado director en México y nadie ha recogido el testigo.
La consejería cambió de titular y el convenio con la universidad se quedó sin firmar.
El comité de dirección aplazó la decisión por tercera vez; no hay fecha nueva.
Cerrado: el proyecto no tenía dueño de negocio desde que salió la responsable de Experiencia de Cliente.
Las oficinas regionales piden el modelo, Servicios Centrales no lo prioriza, y la discusión no sube a nadie que pueda resolverla.
Informe de cartera: iniciativa sin responsable asignado tras la fusión de las dos cajas.
Los socios de la cooperativa votaron otras prioridades en la asamblea y el proyecto quedó fuera.
Se pidió al director comercial que asumiera el proyecto y declinó por falta de tiempo.
""",
"it": """
Con il cambio di giunta regionale il progetto sulla sanità territoriale non ha più un assessore di riferimento.
Chiusura: il nuovo direttore generale dell'ASL ha avviato una ricognizione di tutti i progetti e questo non è stato confermato.
Nel passaggio generazionale dell'azienda di famiglia il figlio del fondatore ha altre priorità.
Ciao a tutti, il responsabile IT va in pensione a fine mese e nessuno sa a chi passare il progetto.
Marketing e rete vendita si rimpallano la responsabilità del modello da tre comitati.
Depriorizzato: le risorse sono state spostate sui progetti PNRR con scadenza vincolante.
La business unit che doveva usare lo strumento è stata ceduta a giugno.
Il consulente che spingeva l'iniziativa è uscito dall'azienda e con lui l'interesse del vertice.
Il nuovo amministratore delegato ha chiesto di concentrarsi sul core business; il progetto è stato accantonato.
Con la fusione delle due popolari si è deciso di rinviare ogni nuova iniziativa digitale.
Stato grigio: le decisioni vengono rinviate di comitato in comitato e lo sponsor non si presenta.
Le filiali estere non riconoscono l'autorità del team italiano e non partecipano.
La direzione finanza lo considera un progetto IT, l'IT lo considera un progetto della finanza.
In sospeso finché il consiglio non approva il nuovo piano industriale.
Chiuso dalla PMO: nessun responsabile di business dopo le dimissioni del direttore commerciale.
Il direttore di stabilimento ha accettato il progetto per educazione ma non ha mai messo persone a disposizione.
La holding ha deciso che i casi d'uso di IA si approvano solo a livello di gruppo, e a livello di gruppo nessuno l'ha preso in carico.
Verbale: il nuovo socio di maggioranza ha chiesto di congelare ogni spesa non legata alle vendite.
Al collaudo non si presenta nessun responsabile di business a firmare; il pilota resta in un limbo.
Ciao Andrea, hai idea di chi abbia ereditato il pilota sui consumi? Chi l'aveva chiesto ha cambiato divisione e non risponde.
Il consiglio ha spostato le priorità sulla quotazione in borsa e ogni progetto non essenziale è in pausa.
La sponsor è stata distaccata sul progetto di integrazione con l'acquisita e non ha più tempo per il comitato.
""",
"pt": """
A universidade parceira mudou de reitor e o protocolo caducou sem que ninguém o renovasse.
O projeto era da direção de inovação, que passou a reportar ao CFO, e o CFO não o reconhece como seu.
As duas marcas do grupo discutem qual fica com o modelo de recomendação e não há quem arbitre.
Motivo de encerramento: a responsável de negócio está em quatro comités ao mesmo tempo e não responde há cinco semanas.
Depois da OPA, a nova gestão suspendeu todas as decisões de investimento até nova ordem.
Ata: o processo é dos sinistros, os dados são do atuariado e o orçamento é da TI. Ninguém lidera.
O patrocinador pediu para tirar o projeto do seu orçamento porque a direção dele foi reduzida a metade.
Estado cinzento: este é ano de inspeção do regulador e tudo o resto passou para segundo plano.
O piloto arrancou pelo entusiasmo do diretor regional do Norte; o do Sul nunca aderiu e a sede não decidiu.
Nas demonstrações só aparece a TI; do negócio não vem ninguém desde a primavera.
Oi, a comissão executiva ainda não respondeu ao pedido de decisão que enviámos em setembro.
O projeto passou de mão em mão em três reorganizações seguidas e perdeu-se pelo caminho.
A presidente da junta que apoiava a iniciativa perdeu o mandato e o sucessor tem outras ideias.
Despriorizado: a prioridade passou para a abertura das lojas em Espanha.
O comité de investimento só volta a discutir quando houver um patrocinador executivo nomeado.
O product owner designado é um estagiário sem poder para decidir nada.
Sem patrocinador desde a reforma do administrador executivo em dezembro.
Todos os trimestres a administração muda o top 3 de prioridades e o projeto nunca lá entra.
Ficou numa terra de ninguém entre a direção digital e a TI.
Bom dia, alguém sabe se isto ainda tem dono? A área que o pediu já nem existe com esse nome.
O grupo decidiu esperar pela estratégia corporativa de IA antes de aprovar qualquer iniciativa local.
A diretora de negócio foi de licença sem vencimento e ninguém ficou com as decisões dela.
"""}
