LABEL = "USER_ADOPTION"
S = {"en": """
SteerCo noted that usage of the scheduling assistant dropped to 6% of planners after the first month; most revert to the spreadsheet.
Closure reason: branch staff continued to approve loans manually and ignored the recommended limits.
Status amber. The night-shift nurses keep typing the old codes by hand rather than accepting the suggestions.
Minutes 09/05: field engineers report they do not trust the predicted failure dates and schedule visits as before.
Parked pending a change management plan; training was never budgeted and the rollout stalled at two sites.
Portfolio review: the tool is live but unused; logins per week are in single digits.
Hi all, talked to the warehouse leads. They print the picks the old way and the optimised routes are ignored. They say the system 'doesn't know the floor'.
Deprioritised. Underwriters override 80% of the model's referrals and the business case assumed 20%.
Registry: stopped at operation - users worked around the tool by exporting to Excel.
Vendor comment: the software is deployed and functioning; the client has not mandated its use and adoption is negligible.
Outcome: not progressed. Doctors felt the alerts added clicks and turned them off where they could.
Finance controller: savings did not materialise because collectors still call every account, not the prioritised list.
Minutes: union representatives reported staff are suspicious of the tool and avoid entering data into it.
Status red. Store managers receive the replenishment proposals and re-enter their own quantities in nine cases out of ten.
On hold; the pilot users asked to go back to the previous process after two weeks.
Sponsor update: adoption is the issue, not the model. Agents find the suggested replies robotic and rewrite them from scratch.
Closure note: the planning team kept its own forecast alongside the model's and only ever used theirs.
Hey, so the reps stopped opening the next-best-offer panel around week 3. When asked, 'too many irrelevant offers'.
The steering group acknowledged that no one explained to the dispatchers why the tool recommends what it does.
Portfolio note: rollout went ahead without super-users or floor walkers; complaints spiked and usage collapsed.
Registry closure: business users did not accept the system; reverted to manual triage.
Minutes item 6: the sales force sees the lead scores as a management surveillance tool and is boycotting them.
Parked. Radiologists would only use it as a second read after signing the report, which defeats the purpose.
Status report: the chatbot deflects 2% of contacts; customers ask for a human at the first message.
Outcome review: pilot accurate but ignored. Nobody changed the team's targets, so nothing rewarded using it.
Thanks all. Feedback from the regional sessions is blunt: people don't believe the numbers and won't use them until someone they trust vouches for it.
Deprioritised following the pilot survey: 71% of respondents said they prefer the old screen.
Not progressed: control room operators disabled the anomaly alerts after a week of false alarms.
Vendor escalation: we delivered training material in July; it was never rolled out to the end users.
Closure: the contract reviewers continued to read every clause themselves, so the tool added time rather than saving it.
Minutes: HR business partners declined to use the attrition scores with managers, citing trust concerns.
Status: amber. Adoption at 3 of 12 plants; the others say their process is different and carry on as before.
Hi Noor, do we have any usage figures from the branches? Anecdotally nobody is opening it.
The committee noted that the tool was deployed as an extra screen, not in the tellers' workflow, and was bypassed.
Registry: cancelled after six months of near-zero use despite go-live.
Outcome: the farmers preferred the cooperative agronomist's advice and the app was abandoned after the season.
On ice. Staff were told about the new tool by email the day before go-live; resistance was predictable.
Portfolio board agreed to retire the pilot: users keep asking the old analyst team for the report instead.
Minutes: claims handlers paste the AI summary into the file but then read the whole file anyway.
Status update - engagement has fallen off a cliff after the novelty wore off. Daily actives down 85%.
Deprioritised; the end-user reference group was consulted only at UAT and rejected the design.
Vendor note: client's staff keep the old system open in parallel and treat ours as optional.
Closing. The model is fine; the people it was meant for do not want it.
Status report: drivers switch off the route app and follow their usual rounds.
""",
"es": """
Los funcionarios de ventanilla siguen consultando la normativa en la carpeta de siempre; el buscador inteligente tiene 15 usos al mes.
Motivo de cierre: los médicos de atención primaria desactivaron las alertas de riesgo cardiovascular a las dos semanas.
Estado ámbar. Los técnicos de ascensores dejan la tableta en la furgoneta y rellenan el parte como antes.
Acta: los comerciales de seguros consideran que las propuestas del sistema no conocen a sus clientes y las descartan.
Hola, en la planta de Vigo los operarios dicen que 'lo hacen más rápido a mano'. No he conseguido que nadie pruebe la pantalla nueva.
Los cajeros saltan la recomendación de producto porque alarga la cola.
Un error grave en la primera semana y la confianza no volvió: los jefes de obra no miran la herramienta.
Aparcado: los abogados internos revisan igualmente todo el contrato y el resumen automático no les ahorra nada.
Los conductores de autobús apagan el aviso de conducción eficiente porque 'pita demasiado'.
Las tabletas para los agricultores siguen en las cajas en la cooperativa.
Cerrado tras el piloto: los agentes del centro de llamadas preferían su chuleta en papel a las respuestas sugeridas.
El personal de más edad no se ha registrado en la aplicación y nadie se ha sentado con ellos a explicarla.
Buenas, en la oficina de Córdoba tienen un Excel paralelo con sus propios cálculos y es lo que usan de verdad.
Los profesores no usan el sistema de alerta de abandono; dicen que ya conocen a sus alumnos.
La herramienta no se presentó a los gestores hasta el día del lanzamiento y la recibieron como una imposición.
Los operadores de grúa no se fían de la propuesta de secuencia de carga y siguen con la suya.
El comité de empresa trasladó quejas de la plantilla sobre la herramienta y el uso cayó a casi cero.
Los jefes de sección piden los informes al analista de siempre en lugar de mirar el panel.
Se despriorizó: la encuesta de usuarios dice que la pantalla es confusa y nadie la entiende sin ayuda.
Los gestores de banca privada no comparten las propuestas del sistema con los clientes por miedo a quedar mal.
Nadie midió el uso hasta el sexto mes, y entonces se vio que lo abrían cuatro personas.
Los médicos residentes lo usan, los adjuntos no, y son los adjuntos los que deciden.
""",
"it": """
I medici di base ricevono l'indicazione del modello ma non la aprono; dicono che è l'ennesima notifica.
Chiusura: gli insegnanti non hanno mai usato la piattaforma di supporto alla valutazione.
Stato giallo. I capisquadra in cantiere preferiscono il loro quaderno alla pianificazione suggerita.
Verbale: gli ispettori ferroviari segnalano che il percorso proposto non tiene conto delle loro esigenze e lo ignorano.
Ciao, i magazzinieri di Piacenza hanno smesso di usare il terminale dopo che ha sbagliato due ordini. La fiducia è andata.
Gli agenti assicurativi continuano a calcolare i preventivi con il vecchio programma.
Gli avvocati dello studio non si fidano della ricerca automatica di precedenti e rifanno tutto.
Depriorizzato: gli addetti agli sportelli dicono che il suggerimento arriva quando il cliente se n'è già andato.
I farmacisti ritengono le segnalazioni di interazione troppo frequenti e le chiudono senza leggerle.
I tablet consegnati ai periti sono rimasti nei cassetti.
Gli operatori del 118 seguono il protocollo cartaceo e non guardano il punteggio.
Il reparto usa ancora il foglio condiviso e inserisce i dati nel nuovo sistema solo a fine mese, per obbligo.
Ciao Serena, in filiale a Bari nessuno lo usa. Dicono che nessuno ha spiegato a cosa serve.
Nessun piano di comunicazione, nessun formatore sul campo: dopo un mese l'uso era sparito.
I capi reparto non credono alle previsioni finché non le conferma il loro responsabile storico.
Le spiegazioni del modello sono in un linguaggio che i commerciali non capiscono.
Il sindacato ha suggerito ai dipendenti di non usare lo strumento finché non c'è un accordo; l'adesione è bassissima.
Chiuso dopo sei mesi: utilizzo medio due minuti a settimana per utente.
I periti vedono il punteggio di frode come un'accusa alle loro pratiche e non lo considerano.
I camerieri non inseriscono le ordinazioni nel tablet, quindi la previsione delle scorte non funziona.
Il gruppo pilota ha chiesto di tornare indietro dopo tre settimane.
Nell'indagine interna il 65% dice di non sapere nemmeno dove si trova lo strumento.
""",
"pt": """
Os inspetores da ASAE imprimem a lista de visitas sugerida e depois escolhem os estabelecimentos pelo instinto.
Motivo de encerramento: os oficiais de justiça continuaram a distribuir processos à mão.
Estado amarelo. Na lota de Matosinhos os compradores ignoram a previsão de preços e licitam como sempre.
Ata: os técnicos do gás desligam as notificações da app porque interrompem o trabalho.
Oi, os rececionistas do hotel não usam a sugestão de upgrade; acham que incomoda os hóspedes.
Os gestores de conta empresas preferem telefonar ao cliente a olhar para a pontuação de risco.
Os carteiros deixaram de seguir a rota otimizada ao fim de uma semana porque não contava com as ruas estreitas.
Despriorizado: os enólogos provam as barricas como sempre e a previsão de maturação nunca é aberta.
Os médicos de família dizem que o resumo automático do processo tem informação a mais e não o leem.
Nos ecrãs táteis da fábrica quase ninguém carrega no botão da recomendação.
Os agentes imobiliários continuam a fazer as avaliações de cabeça.
Ninguém explicou à equipa de cobranças porque é que a lista vinha por aquela ordem e voltaram ao alfabético.
Bom dia, na delegação de Braga há um ficheiro paralelo com as contas deles e é esse que usam de facto.
O piloto com os vendedores de seguros acabou com um abaixo-assinado a pedir o sistema antigo.
Os utilizadores mais velhos nunca fizeram login e nenhuma formação foi marcada para eles.
O primeiro erro visível do modelo correu a empresa inteira por WhatsApp e ninguém mais confiou.
Os chefes de equipa continuam a pedir o mapa semanal ao analista em vez de usar o painel.
Encerrado: após seis meses em produção, a ferramenta tinha menos de 20 utilizadores ativos em 600.
Os operadores do call center leem a resposta sugerida e depois escrevem a sua.
A ferramenta foi anunciada por circular e ninguém foi ouvido antes; a resistência foi imediata.
Os diretores de loja aceitam a proposta de encomenda no sistema e depois corrigem por telefone ao armazém.
O inquérito mostrou que a maioria nem sabe que a funcionalidade existe.
"""}
