LABEL = "COST_FUNDING"
S = {"en": """
SteerCo noted that €180k of the €200k envelope has been consumed at sprint 6; no further drawdown approved.
Closure reason: funding withdrawn in the FY25 budget round.
Status amber. Inference costs in the pilot ran at £0.40 per document; at full volume that is £1.2m a year against £300k of savings.
Minutes 14/01: the CFO froze all discretionary IT spend for H1. Initiative parked pending clarity on the budget.
Parked. The GPU reservation alone exceeds the department's annual cloud allowance.
Portfolio review: ROI fell below the hurdle rate once licence costs for the production tier were quoted.
Hi all, finance has just told us the second tranche isn't coming. We have money until end of month.
Deprioritised. Vendor's production pricing came in at four times the pilot rate.
Registry: stopped - business case no longer positive after the revised run-cost estimate.
Vendor comment: the engagement was suspended by the client for budgetary reasons after phase 1.
Outcome: not progressed. Savings of 0.5 FTE do not justify the €90k annual platform fee.
Finance controller: actuals are 160% of plan and we are only at the prototype. I cannot support a further request.
Minutes: the committee declined to approve the capex for the edge devices; project closed at design stage.
Status red. Budget exhausted; remaining work unfunded.
On hold until next year's planning cycle; no funding line exists for the rollout.
Sponsor update: the cost-reduction programme has taken back all unspent innovation money, including ours.
Closure note: cloud bill for training runs reached 3x the estimate within two months; the committee halted spending.
Hey, quick one: procurement won't renew the licence at the new price. Without it the pilot stops in April.
The steering group noted that the payback period had grown to 7 years and recommended closure.
Portfolio note: funding was approved for the POC only; no money was ever set aside for scaling.
Registry closure: cost overrun of 75% with no production date in sight.
Minutes item 2: annotation costs exceeded the total project budget on their own.
Parked. The group-wide spend freeze applies to all projects not yet in production.
Status report: burn rate implies the budget runs out two months before the planned go-live.
Outcome review: the per-call pricing of the LLM made the customer service case uneconomic at our volumes.
Thanks, everyone. Hard news from the finance review: zero budget for this next year. We'll document and close.
Deprioritised after cost-benefit reassessment; the benefits are real but small and the running costs are not.
Not progressed: hardware costs for cameras at 240 stores were not in the original estimate and could not be absorbed.
Vendor escalation: invoices unpaid for 90 days; work suspended pending payment.
Closure: the business unit could not cover its share of the run costs after the price increase.
Minutes: committee noted that total spend to date (£1.1m) already exceeds the five-year benefit estimate.
Status: amber. Contingency used up; every change request now requires new money.
Hi Ravi, can you confirm whether the Q3 top-up was approved? If not, the contractors roll off on Friday.
The committee acknowledged that the unit economics do not work below 50,000 transactions a month, and we have 12,000.
Registry: cancelled in the budget cut following the profit warning.
Outcome: run costs of the forecasting service were higher than the stock savings it produced.
On ice. Funding was tied to a grant that was not renewed.
Portfolio board: initiative was over budget at each gate and the last variance was not accepted.
Minutes: the license model changed to per-user and the bill for 4,000 staff killed the case.
Status update - we are paying for the vendor environment month by month with no budget line behind it. Finance has flagged this.
Deprioritised: hospital trust is under a financial recovery plan; no new digital spend.
Vendor note: client requested a fixed-price quote; at fixed price the project no longer fits their envelope.
Closing. Annual cost to operate €340k, measurable benefit €110k.
Status report: budget holder has asked us to stop spending until the year-end forecast is clearer.
""",
"es": """
Los fondos Next Generation había que justificarlos antes de junio y el proyecto no llegó; se devuelve la parte no ejecutada.
Motivo de cierre: con el presupuesto prorrogado, el ayuntamiento no puede comprometer gasto nuevo.
Estado ámbar. La factura de la nube se paga en dólares y con el cambio actual nos comemos la partida en ocho meses.
Acta: las licencias por usuario del asistente costarían 1,2 millones al año para toda la plantilla; se descarta el despliegue.
Hola, el consorcio no ha aportado su parte de la financiación y nosotros solos no llegamos. ¿Lo llevamos al comité?
La revisión de precios del proveedor por IPC supera lo que teníamos en el plan.
Etiquetar las imágenes con radiólogos a 90 euros la hora dispara el coste por encima de cualquier ahorro.
Aparcado: la instalación de sensores en las 300 estaciones de bombeo exige una inversión que no está aprobada.
El hospital cierra el año con déficit y la gerencia ha paralizado cualquier gasto no asistencial.
Tras la caída de ventas del segundo trimestre, Dirección Financiera recortó un 30 % todos los proyectos de innovación.
El coste por consulta del modelo grande es diez veces el del agente humano de nivel 1.
Solo teníamos margen para un contrato menor y la segunda fase ya no cabe.
El retorno calculado con costes reales es negativo durante los cinco primeros años.
Buenas, Control de Gestión dice que la partida de este año ya está comprometida y no hay nada para el piloto hasta enero.
La subvención del PERTE se denegó y con ella desaparece el 60 % de la financiación.
Con el precio de la luz, entrenar en nuestro propio centro de datos sale más caro que el ahorro esperado.
Se despriorizó: el coste de mantener el modelo al año iguala lo que ahorra en personal.
El proveedor pidió un 40 % más para la fase de despliegue y Compras no lo aprobó.
Llevamos el 130 % del presupuesto y falta la mitad del trabajo.
Cerrado en la revisión anual de inversiones; no supera el umbral de rentabilidad.
Las horas extra del equipo para cumplir fechas se han comido la contingencia entera.
Sin dinero para la fase dos, el piloto se apaga el 31 de diciembre.
""",
"it": """
La rendicontazione PNRR scadeva a giugno e il progetto non era pronto; la quota non spesa va restituita.
Chiusura: il bando regionale che finanziava il 70% non è stato rinnovato.
Stato rosso. Con il comune in esercizio provvisorio non si possono impegnare spese nuove.
Verbale: il costo dell'energia per far girare le GPU in sede ha superato il risparmio atteso.
Ciao, le licenze per utente costerebbero 900 mila euro l'anno per tutti i dipendenti. Fuori discussione.
Ciao, hanno spostato il nostro budget sul rinnovo dei PC. Ci restano 8 mila euro per tre mesi.
Far etichettare le immagini dai dermatologi costa più di quanto il modello farebbe risparmiare.
Depriorizzato: i sensori per i vigneti richiedono un investimento che il CdA non ha approvato.
Dopo il trimestre in perdita la direzione ha tagliato del 40% tutti i progetti non obbligatori.
Il costo per chiamata dell'API supera quello della lavorazione manuale della pratica.
La procedura sotto soglia non basta per la seconda fase e una gara costerebbe tempo e soldi che non abbiamo.
Con la spending review dell'ente il progetto è stato definanziato.
Il cambio euro-dollaro ha fatto salire del 15% la bolletta cloud rispetto al piano.
Ciao Fabio, il controllo di gestione dice che la voce è esaurita e non si sblocca nulla fino al nuovo esercizio.
Il preventivo di manutenzione annua arrivato dopo il pilota ha fatto saltare il business case.
L'azienda è in cassa integrazione e ogni spesa non essenziale è bloccata.
Il business case con i costi reali di esercizio dà un rientro dopo otto anni.
Il fornitore ha presentato un preventivo per il rilascio doppio rispetto all'accordo quadro.
Verbale 30/09: ogni pratica automatizzata costa 2,10 euro contro 1,40 del processo attuale.
La fondazione che cofinanziava ha cambiato linee guida e il progetto non è più ammissibile.
Il pilota era stato pagato con i fondi marketing dell'anno scorso; quest'anno quei fondi non ci sono più.
La casa madre ha fissato un tetto di spesa cloud per paese e il nostro progetto da solo lo supera.
""",
"pt": """
A candidatura ao Portugal 2030 foi recusada e com ela foi-se 60% do financiamento.
Motivo de encerramento: o organismo está a funcionar em duodécimos e não pode assumir despesa nova.
Estado amarelo. As cativações do Ministério das Finanças bloquearam a verba destinada à segunda fase.
Ata: o preço da cloud é em dólares e a variação cambial já consumiu a margem do projeto.
Oi, as licenças por utilizador para os 5.000 colaboradores custariam mais do que o orçamento de TI inteiro.
Oi pessoal, a direção financeira pediu para justificarmos cada euro até ao fecho. Na prática o projeto parou.
A anotação clínica feita por médicos custa tanto que o modelo nunca se pagaria.
Despriorizado: as balanças inteligentes para os 40 armazéns exigem investimento que não foi aprovado.
Depois de um ano de prejuízo, a administração cortou todos os projetos de inovação a meio.
O custo por token das respostas longas tornou o assistente mais caro do que o atendimento humano.
O ajuste direto não cobre a fase seguinte e um concurso público não tem verba.
O TCO a cinco anos ficou três vezes acima do estimado no business case.
Bom dia, o controlo de gestão confirmou que a rubrica deste ano está esgotada. Nada até janeiro.
Os custos de armazenamento das imagens em alta resolução cresceram dez vezes acima do previsto.
Com o custo atual por processo, fazer à mão continua a ser mais barato.
O município vizinho desistiu da partilha de custos e sozinhos não temos escala para pagar a plataforma.
A seguradora decidiu que só financia projetos com retorno dentro do próprio ano.
O orçamento de gestão da mudança foi o primeiro a ser cortado e depois cortaram o resto.
O mecenas da fundação retirou o apoio e não há outra fonte de financiamento.
O prazo do PRR acabou antes de o projeto estar pronto e a parte não executada vai ser devolvida.
O payback passou de dois para seis anos quando entraram os custos de operação reais.
Ata: cada pedido ao modelo custa 0,30 euros e temos 2 milhões de pedidos por mês.
"""}
