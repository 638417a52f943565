LABEL = "COST_FUNDING"
S = {"en": """
Steering minutes: Phase 2 not in the 2026 budget; Finance says resubmit in the autumn round.
Post-mortem: GPU bill for the pilot was €41k a month against a projected saving of €9k.
chat: the cloud credits ran out in August and nobody wants the invoice on their cost centre
Closure reason: "funding withdrawn in the mid-year spending review".
email: "the grant covered the prototype only; there is no money for anything after March"
Portfolio review: spent 180 % of the approved envelope, remaining work frozen.
The licence quote for the vision platform came in at three times the pilot price.
Minutes: the ministry cut the digital line by 30 %, all pilots without a statutory basis stopped.
Post-mortem bullet: running cost per prediction exceeded the margin on the product it was predicting for.
chat: procurement says no PO until the new fiscal year, so the annotators go home
The payback period came out at 11 years; the board's ceiling is 3.
The hospital is in a deficit recovery plan; anything that isn't patient-facing is paused.
Registry: on hold, "awaiting reallocation of capex after the port expansion overran".
The vendor's per-API-call pricing makes the full rollout more expensive than the team it was meant to help.
email pasted: "the pilot was paid from the innovation pot, which has been folded into the cost-cutting programme"
Minutes: Q3 forecast shows €2.1m overspend on the programme; the AI workstream is the first to go.
The EU co-funding ended and the region did not pick up its share.
chat: they approved the build but not the run. who pays for the servers from January?
Post-mortem: the business case assumed 40 stores, only 6 could afford the hardware.
Shipping rates collapsed and with them every discretionary project at the line.
The co-op members voted against a levy to continue the yield service.
Closure: "cost-benefit negative after revised estimates".
The media group's cost programme removed the data team's external budget entirely.
Minutes: the renewal of the annotation contract was declined by the CFO.
The school trust can't justify €80k a year when they're cutting teaching assistants.
Portfolio note: project paused; overspend on integration consumed the contingency.
email: "we'll have to shut down the inference cluster at the end of the month, no budget code"
Post-mortem bullet: nobody costed the retraining and monitoring; the annual run bill surprised everyone.
chat: hiring freeze + budget freeze = project freeze
The energy company's capex went to grid reinforcement after the storm; nothing left for analytics.
Minutes: the board asked for a 20 % saving on all change projects; this one could not absorb it.
The model pays off only above 2 million claims a year; we process 300k.
Registry comment: unfunded since FY25; retained on list for reference.
Post-mortem: our estimate was €400k, final cost €1.3m, still not live.
The pharma division's R&D budget was reprioritised to the late-stage pipeline.
chat: SaaS renewal went up 70 %, no one will sign it
The council's budget consultation removed "smart city" from the priority list.
Licence for the planning optimiser costs more than the planners' combined overtime.
Minutes: bank-wide cost reduction; all initiatives without a 12-month payback closed.
email: "can we run it on the old server? we can't afford the new one"
Post-mortem bullet: the funding was annual and the project needed two years.
The bid for the national innovation fund was rejected; no plan B.
Closure reason: "terminated for budgetary reasons".
Extending the pilot would cost more than the losses it is designed to prevent.
""", "es": """
Acta: la fase dos no entra en los presupuestos de 2026; Hacienda dice que se vuelva a pedir en otoño.
Post-mortem: la factura de GPU era de 38.000 € al mes para un ahorro previsto de 7.000.
chat: se acabaron los créditos de la nube en julio y nadie quiere la factura en su centro de coste
Cierre: "retirada de financiación en la revisión presupuestaria de mitad de año".
La subvención europea cubría el prototipo; después de marzo no hay un euro.
Revisión de cartera: gastado el 170 % de lo aprobado, trabajo restante congelado.
El presupuesto de la licencia triplicaba el precio del piloto.
El hospital está en plan de contención del gasto; todo lo que no es asistencial, parado.
correo: "aprobaron construirlo pero no mantenerlo; ¿quién paga los servidores desde enero?"
Los socios de la cooperativa votaron no a la cuota para seguir con el servicio.
El periodo de retorno salió de nueve años y el consejo exige tres.
chat: congelación de contratación más congelación de gasto igual a proyecto congelado
La renovación del contrato de etiquetado la rechazó el director financiero.
Post-mortem: nadie presupuestó el reentrenamiento ni la monitorización y la factura anual sorprendió a todos.
El ayuntamiento quitó "ciudad inteligente" de las prioridades del presupuesto participativo.
La naviera recortó todo lo discrecional cuando se hundieron los fletes.
Cierre: "finalizado por motivos presupuestarios".
""", "it": """
La Ragioneria non ha dato copertura alla seconda annualità, il contratto non si può firmare.
Post-mortem: la licenza per telecamera costava più dei furti che doveva evitare.
chat: la fattura del cloud è quattro volte la stima e il controllo di gestione chiede chi l'ha acceso
Chiusura: "contributo regionale revocato, quota di cofinanziamento non sostenibile".
Dopo il bilancio in rosso dell'armatore sono state tagliate tutte le spese non obbligatorie.
Il GAL non ha rifinanziato il servizio di consulenza irrigua per la seconda stagione.
mail: "i costi di esercizio da gennaio non sono in nessun piano"
Dalla consuntivazione risulta che la gestione si mangia tutto il risparmio.
La multiutility ha dirottato gli investimenti sulle reti dopo l'alluvione, per l'analisi dati non resta niente.
Revisione portafoglio: fondi 2026 esauriti, si riparte solo dopo l'approvazione del bilancio.
Il conto economico del caso d'uso regge solo sopra i due milioni di pratiche; noi ne facciamo trecentomila.
Il preventivo della piattaforma per la produzione era il triplo del pilota.
Il bando PNRR copriva solo il prototipo, dopo la rendicontazione non c'è più un euro.
L'azienda ospedaliera è in piano di rientro, tutto ciò che non è assistenza è fermo.
Il rinnovo del contratto di etichettatura è stato bocciato dal direttore finanziario.
chat: blocco assunzioni più blocco spese uguale progetto bloccato
Chiusura: "terminato per motivi di bilancio".
""", "pt": """
A prefeitura contingenciou a rubrica de inovação no segundo quadrimestre.
Post-mortem: a licença por câmera custava mais do que o furto que deveria evitar.
chat: a fatura da AWS veio quatro vezes o previsto e a controladoria quer saber quem ligou isso
Encerramento: "convênio não renovado, contrapartida inviável".
Depois do prejuízo da usina no ano, todo projeto não obrigatório foi cortado.
e-mail: "a sustentação a partir de janeiro não está em nenhum orçamento"
Pelas contas finais, o custo de operação come toda a economia.
Revisão de portfólio: verba de 2026 esgotada, só volta depois da LOA.
A cooperativa preferiu usar o caixa para o novo armazém graneleiro.
O hospital suspendeu investimentos até fechar o balanço.
A renovação do SaaS subiu 60 % e ninguém assina.
""", "nl": """
De gemeenteraad schrapte bij de kadernota de post voor datagedreven handhaving.
Post-mortem: de licentie per camera was duurder dan de diefstal die we ermee wilden voorkomen.
chat: de Azure-rekening is vier keer de raming, de controller wil weten wie dit heeft aangezet
Afsluitreden: "subsidie vervallen, eigen bijdrage niet op te brengen".
Na het slechte jaar van de rederij zijn alle niet-verplichte projecten geschrapt.
De provincie verlengde de bijdrage voor het tweede teeltseizoen niet.
mail: "voor de beheerkosten vanaf januari is nergens geld gereserveerd"
Volgens de nacalculatie eet de exploitatie de hele besparing op.
Het waterschap moest na de dijkversterking bezuinigen, dit project ging als eerste.
Portfoliooverleg: middelen 2026 zijn op, verder pas na vaststelling van de begroting.
Het ziekenhuis heeft een investeringsstop afgekondigd tot de jaarrekening rond is.
""", "de": """
Die Kämmerei hat die Verpflichtungsermächtigung für 2027 nicht freigegeben, Vergabe gestoppt.
Post-mortem: die Lizenz für die Bildanalyse kostete pro Kamera mehr als der Schaden, den sie verhindern sollte.
Chat: Rechnung vom Hyperscaler ist 4x so hoch wie geplant, Controlling fragt, wer das bestellt hat
Abschlussgrund: "Förderbescheid widerrufen, Eigenanteil nicht darstellbar".
Nach dem Gewinneinbruch der Reederei wurden alle Vorhaben ohne Pflichtcharakter gestrichen.
Die Landwirtschaftskammer hat den Zuschuss für die zweite Saison nicht verlängert.
Mail: "Betriebskosten ab Januar sind in keinem Wirtschaftsplan eingestellt"
Die Stadtwerke mussten nach dem Preisschock sparen, Analytik war der erste Posten.
Laut Nachkalkulation frisst der Betrieb die gesamte Einsparung auf.
Portfolio-Review: Mittel für 2026 ausgeschöpft, Weiterarbeit erst nach Haushaltsbeschluss.
"""}
