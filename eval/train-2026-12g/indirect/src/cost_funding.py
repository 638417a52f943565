LABEL = "COST_FUNDING"
S = {"en": """
Burned 70% of the FY budget in Q1.
GPU bill for October came in at four times the estimate.
Finance pulled the second tranche after the half-year results.
Each chatbot conversation costs us more than a human call would.
chat: cloud spend alert fired again, we're at 180% of the monthly cap
Minutes: the grant ended in June and no follow-on funding was identified.
Licence renewal for the vendor platform tripled and procurement balked.
Payback period in the revised business case: 9 years.
The savings assume 40 FTE leave; HR says none will.
Project frozen under the council's spending moratorium.
Token costs scale with document length and our contracts are 200 pages.
Capex was approved, opex for running it was never budgeted.
We spent the contingency on data cleaning.
The board asked for ROI evidence; the pilot saved 1.2 hours a week.
Annotation contract alone would eat the whole year's allocation.
Budget cut by 30% in the mid-year review.
Inference costs per claim exceed the fee we earn on the claim.
Hospital trust is in deficit, all non-clinical spend paused.
The fixed-price contract with the integrator ran out at 60% done.
Retro: we never costed the storage for 10 years of video.
Hiring two engineers would cost more than the benefit the model delivers.
The innovation fund only covers pilots, not production.
Storage and egress fees: nobody looked at them until the invoice.
Status: red, funding request for phase 2 deferred to next fiscal year.
Savings of €200k claimed, run costs of €350k measured.
The cost centre that paid for the POC was closed.
vendor wants 2x for the on-prem version, and we need on-prem
Minutes: CFO will not approve further spend until the benefits are audited.
Hardware for edge inference at 800 stores is unaffordable at current prices.
Final tally for the year: we overran by 2.3 million, mostly consultants and cloud, the board has refused the top-up, and the only option on the table now is to stop after the pilot.
The EU co-funding requires match funding the municipality doesn't have.
Business case assumed cloud prices from 2022.
Each retraining run costs about the same as a month of the team's salaries.
We were told to 'do more with less' — we now have less.
Project charged to three budgets and each owner wants to cut their share.
Finance calculates the break-even at 14,000 users; we have 900.
The premium support tier is not in the budget, so outages wait days.
Funding tied to the digital programme, which lost its appropriation.
Procurement rules force a tender above this amount, and there's no money for one.
We optimised the model to cut cost, still too expensive per query.
The fine-tuning quote came in at six figures for a task a clerk does in a morning.
Budget line shows 'AI pilot' at zero for next year.
Spent the money, got a demo.
The per-seat licence makes rollout to all 5,000 staff a non-starter.
The shared services recharge doubled our hosting cost overnight.
Energy costs for the on-prem GPUs were not in anyone's budget, and at this winter's tariffs the facilities team calculates the cluster costs more to run each month than the whole analytics team's salaries.
ROI slide got one question: 'why is the cost line three times the benefit?'
Budget holder said no to the overspend and the sprint was cancelled.
""", "de": """
Im ersten Quartal sind schon 70 % des Jahresbudgets weg.
Die GPU-Rechnung für Oktober war viermal so hoch wie geplant.
Die Förderung lief im Juni aus, eine Anschlussfinanzierung gibt es nicht.
Der Kämmerer hat eine Haushaltssperre verhängt, das Projekt ist eingefroren.
Die Lizenzkosten haben sich bei der Verlängerung verdreifacht.
jede Chatbot-Anfrage kostet mehr als ein Anruf bei einem Menschen, lol
Amortisation laut neuer Rechnung: neun Jahre.
Investition genehmigt, den laufenden Betrieb hat niemand budgetiert.
Die Pauschale des Integrators war bei 60 % Fertigstellung aufgebraucht.
Das Controlling gibt nichts mehr frei, bis der Nutzen nachgewiesen ist.
Bei 800 Filialen ist die Edge-Hardware schlicht nicht bezahlbar.
Für nächstes Jahr steht im Haushalt null für das KI-Projekt.
""", "fr": """
Dès le premier trimestre, 70 % du budget annuel était consommé.
La facture cloud d'octobre représente quatre fois l'estimation.
la subvention France 2030 s'arrête en juin et rien derrière
Gel des dépenses décidé par la collectivité, projet suspendu.
Chaque conversation du bot coûte plus cher qu'un appel avec un conseiller.
L'investissement est voté, le fonctionnement n'est budgété nulle part.
Le DAF ne signe plus rien tant que les gains ne sont pas audités.
Dépassement de 2,3 millions, essentiellement en prestations.
Le centre de coûts qui finançait le POC a été fermé.
L'hôpital est en déficit, toutes les dépenses non médicales sont gelées.
La version sur site coûte deux fois plus cher et nous n'avons pas le choix.
Seuil de rentabilité à 14 000 utilisateurs, nous en avons 900.
""", "es": """
En el primer trimestre ya se fue el 70 % del presupuesto anual.
los fondos Next Generation se acaban en junio y no hay nada detrás
La renovación de la licencia se triplicó y compras no la aprueba.
Retorno de la inversión estimado en nueve años.
El precio cerrado del integrador se agotó con el 60 % hecho.
El coste por consulta supera el margen que dejamos en cada pedido.
La diputación recortó un 30 % la partida en la revisión de mitad de año.
Solo el contrato de etiquetado se come todo el presupuesto del año.
El ahorro supone que salgan 40 personas y recursos humanos dice que no saldrá ninguna.
Cada reentrenamiento cuesta lo mismo que un mes de sueldos del equipo.
En el borrador de presupuestos la partida del piloto de IA aparece a cero para el año que viene, y sin ella no podemos pagar ni las licencias ni el hosting a partir de enero.
Gastamos el dinero y tenemos una demo.
""", "it": """
Nel primo trimestre è andato il 70% del budget annuale.
i fondi PNRR finiscono a giugno e dopo non c'è niente
Ogni conversazione col bot costa più di una telefonata con un operatore.
Il CFO non approva altra spesa senza verifica dei benefici.
Il costo di inferenza per pratica supera quanto la pratica ci rende.
Le GPU on premise consumano energia che nessuno aveva messo a bilancio.
L'hardware per 800 punti vendita costa troppo ai prezzi attuali.
Il contratto di supporto premium non è a budget, quindi i fermi durano giorni.
La licenza a postazione rende impossibile estenderlo a tutti i 5.000 dipendenti.
Il riaddebito dei servizi condivisi ci ha raddoppiato i costi di hosting.
Sforamento di 2,3 milioni, quasi tutto consulenza.
Il cofinanziamento europeo richiede una quota che il comune non ha.
""", "pt": """
No primeiro trimestre já se foi 70% do orçamento anual.
a fatura da cloud em outubro quadruplicou, o financeiro já ligou
O financiamento do PRR acaba em junho e não há continuidade.
Congelamento de despesas na câmara municipal, projeto parado.
O investimento foi aprovado, o custo de operação ninguém orçamentou.
O preço fixo do integrador acabou com 60% feito.
O conselho pediu prova de retorno; o piloto poupou uma hora por semana.
A poupança de 200 mil euros foi anunciada, os custos medidos são 350 mil.
Contratar dois engenheiros custaria mais do que o benefício do modelo.
Os preços de cloud no caso de negócio eram de 2022.
Cada treino custa o equivalente a um mês de salários da equipa.
O orçamento foi dividido por três centros de custo e cada um quer cortar a sua parte.
""", "nl": """
In het eerste kwartaal was 70% van het jaarbudget al op.
de GPU-rekening van oktober was vier keer de raming, controller is not amused
De subsidie stopte in juni en er is geen vervolgfinanciering.
Bestedingsstop bij de gemeente, project bevroren.
De licentieverlenging verdrievoudigde en inkoop ligt dwars.
Terugverdientijd volgens de herziene business case: negen jaar.
Het vaste bedrag van de integrator was op bij 60% gereed.
De inferentiekosten per dossier zijn hoger dan wat het dossier oplevert.
Het ziekenhuis zit in de rode cijfers, alle niet-zorggebonden uitgaven staan stil.
Opslag- en egresskosten heeft niemand bekeken tot de factuur kwam.
Bij 800 winkels is de edge-hardware gewoon onbetaalbaar.
De CFO keurt niets meer goed tot de baten zijn getoetst.
"""}
