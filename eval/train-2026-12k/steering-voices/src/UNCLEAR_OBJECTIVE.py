LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """
SteerCo could not agree what 'success' would look like for the chatbot, so the item was parked pending clarity.
Closure reason: no measurable benefit was defined at intake and none emerged during the pilot.
The vendor delivered what was asked for; it is just not clear anyone knew what to ask for.
Minutes 02/09: members asked which KPI the forecasting tool moves. No answer was available. Returned to the sponsor.
Status grey. The team has a working model and is now looking for a process it could improve.
Portfolio review: initiated because a competitor announced something similar; business case was never written.
Deprioritised. Three different baselines were presented in three meetings and none of them matched finance's numbers.
Per the sponsor, the aim was 'to do something with GenAI this year'. That has been achieved, hence closure.
Parked. Business users say the real pain is the approval queue, not the document reading the model automates.
The pilot met its technical targets, but nobody had agreed beforehand what improvement would justify a rollout.
Closing: after six workshops the problem statement still changes depending on who is in the room.
Hi team, honest question before Thursday: what decision is this dashboard supposed to change? I have asked Ops twice and got two answers.
Registry note - solution looking for a problem; initiative closed at gate 2.
Finance controller: I cannot sign off savings that nobody has quantified. Please come back with a baseline.
Moved to ideation backlog. It turned out the call centre's target is first-contact resolution, not handling time, which is what the model optimises.
Minutes item 6: the committee observed that the acceptance criteria were written after the demo, to fit the demo.
Outcome: stopped. The predicted 'risk score' had no agreed action attached to it, so nobody could say what to do with it.
Board update: the initiative is being re-scoped from scratch as the original objective proved to be a misreading of the regulator's request.
Vendor comment: we were briefed on reducing scrap, then on energy, then on throughput. Happy to help once a target is chosen.
Status report: no progress; sponsor and business owner disagree on whether the goal is cost reduction or customer experience.
The routing optimiser works, but dispatchers were never short of routes; their issue was driver availability.
We built a demand forecast at SKU-week level. Planning works at category-month. Nobody checked that before we started.
Thanks for the deck. Still missing: what number are we trying to move and by how much? Without that I'd hold.
Closure: initiative was technology-led ('we have licences for the platform') and no business area adopted the question.
Minutes: the pilot's success criterion, 'positive user feedback', was judged too vague to base an investment decision on.
Parked pending a problem owner willing to state what the current process costs.
The sentiment model was delivered, and we are still discussing what the marketing team would do differently with it.
Decision deferred: benefits case relies on 'efficiency gains' with no baseline measurement taken before the pilot.
From the business: 'we thought it would tell us why customers leave, not just who'. Expectations were never aligned at kickoff.
Deprioritised at the portfolio board. Objective was restated four times in nine months.
Not progressed - the team optimised for accuracy on a metric the claims department does not track.
Hey, quick sync after the review. Nobody in the room could explain which process step this replaces. I'd pause it.
Closure reason: initial request was a reporting need mis-labelled as AI; a standard BI report now covers it.
Status: amber turning red. No baseline figures for manual review time were ever collected, so the pilot cannot show a saving.
The steering group noted that the use case was defined by the vendor's product catalogue rather than by a business need.
Minutes: legal ops asked for 'contract intelligence' but could not name one question they want answered.
Item closed. The pilot answered a question the network planners stopped asking two years ago.
Sponsor asked for a target before any further spend. Three weeks later no target, so on hold.
Let's be candid: we agreed to a POC before agreeing to a problem. That is why we are here.
Outcome review: the model predicts late deliveries accurately, but the contract penalties are on early arrivals. Mismatch discovered at UAT.
Business owner says the goal was always 'insight'. Committee asked for something measurable; none offered.
Parked. It emerged at demo that underwriters wanted a pricing aid, whereas we had built a triage tool.
Registry: closed as the hypothesis behind the use case was never stated and could not be tested.
Program office: no KPI, no owner of the KPI, no baseline. Recommend stopping until all three exist.
""",
"es": """
El ayuntamiento pidió 'un sistema inteligente para la movilidad' y tras cuatro meses nadie ha concretado qué decisión quiere tomar con él.
Motivo de cierre: el piloto de visión en los viñedos no tenía indicador de éxito; se medía 'interés de los técnicos'.
Acta: la dirección de la mutua presentó el proyecto como 'transformación digital del siniestro' sin ninguna cifra asociada.
Aparcado. Marketing quería segmentar clientes, Riesgos quería puntuar impagos; el modelo intenta hacer las dos cosas y no sirve para ninguna.
Hola, ¿alguien tiene claro si el objetivo es reducir llamadas o mejorar la nota de satisfacción? Porque el diseño cambia totalmente.
El comité de cartera preguntó por la línea base del tiempo de tramitación actual y resultó que nunca se había medido.
Estado gris: el caso de uso nació de una charla del proveedor en un congreso, no de una necesidad de la planta.
Se despriorizó porque nadie supo explicar qué haría el departamento de compras con la previsión de precios del acero.
El director de operaciones dice que lo que falla es el proceso de pedidos, no la previsión; el modelo resolvía el problema equivocado.
Cerrado en la puerta 1: la ficha de la iniciativa pone 'explorar posibilidades de la IA' como objetivo.
El proveedor entregó un clasificador de correos perfecto para un buzón que recibe 40 mensajes al día.
Tras la demo, negocio dijo que en realidad necesitaba saber cuándo reponer, no cuánto vender. Vuelta a empezar.
Nadie fijó qué porcentaje de acierto haría rentable el piloto, así que no se puede decidir si seguir.
Buenas tardes. Revisando el acta: seguimos sin saber qué KPI del hospital mueve el chatbot de citas. Propongo no seguir gastando.
La mesa de dirección aprobó la iniciativa por 'visibilidad ante el consejo', sin objetivo operativo.
El modelo de rutas se optimizó para kilómetros y el sindicato de transportistas cobra por horas; el ahorro no existía.
Se mide el éxito en 'número de documentos procesados', que no dice nada del valor para el cliente.
Informe trimestral: el alcance funcional está claro, el problema de negocio no.
La hipótesis inicial era que los clientes se iban por el precio; el equipo nunca lo contrastó y ahora nadie sabe qué predecir.
Queda en espera hasta que el área comercial defina qué es un 'cliente de alto valor'.
El prototipo de visión artificial contaba coches en el aparcamiento; nadie sabe para qué se necesitaba ese dato.
Sin criterio de salida definido, el piloto lleva ya tres prórrogas.
""",
"it": """
Alla domanda 'come capiremo che ha funzionato?' lo sponsor ha risposto 'lo vedremo'. Il comitato ha chiesto di sospendere.
Il modello prevede con precisione chi chiuderà il conto, ma la banca non ha nessuna leva per trattenere quei clienti; manca il perché del progetto.
Verbale 12/06: il documento dei requisiti ha la sezione 'benefici attesi' ancora vuota alla terza revisione.
Il target è stato scelto perché era la colonna più pulita del database, non perché interessasse a qualcuno.
Ciao a tutti, dopo l'incontro con il reparto acquisti: quello che chiedono si risolve con una regola in Excel. Non serve un modello.
Chiusura: l'obiettivo dichiarato, 'migliorare la qualità', non è stato tradotto in nessun indicatore misurabile dal reparto.
Lo stabilimento misura l'OEE, il team ha ottimizzato il consumo di vernice; nessuno ha collegato le due cose prima di partire.
Il CdA voleva 'un progetto di intelligenza artificiale nel piano industriale'; il caso d'uso è stato scelto dopo.
Dopo il pilota il business ha cambiato idea su cosa volesse misurare e i risultati non servono più.
L'ente regolatore chiedeva un controllo a campione, noi abbiamo costruito un sistema di scoring completo. Richiesta letta male.
Stato grigio: il progetto non ha ancora una domanda di business, solo una piattaforma acquistata.
Il beneficio dipendeva da un cambio di processo negli sportelli che nessuno ha mai definito.
Nota del controller: senza sapere quante ore richiede oggi la verifica manuale non posso stimare nessun risparmio.
Depriorizzato perché il valore atteso non è mai stato scritto da nessuna parte, nemmeno a voce.
Il pilota di visione per il magazzino ha risposto a una domanda che nessuno aveva fatto: quanti bancali sono impilati male.
Il business parla di 'esperienza cliente', IT di 'automazione', finanza di 'costi'. Nessuna sintesi in tre comitati.
Consegna avvenuta, ma la previsione è a livello nazionale e le decisioni si prendono per provincia.
Buongiorno, prima di proseguire: chi ha definito che 85% di accuratezza è sufficiente, e su cosa? Non trovo traccia.
Chiuso dal portafoglio: l'iniziativa voleva dimostrare la tecnologia, non risolvere un problema.
La richiesta iniziale era 'capire i clienti'. Dopo otto mesi siamo ancora lì.
L'output del modello è una probabilità, ma il processo richiede un sì o un no e nessuno ha stabilito la soglia.
Si è scoperto tardi che i tempi di attesa al pronto soccorso dipendono dai posti letto, non dal triage che volevamo accelerare.
""",
"pt": """
A administração pediu 'um ChatGPT nosso' sem dizer para que serviria; a equipa ainda anda a adivinhar.
O KPI do piloto foi definido depois de vistos os resultados, para os justificar. O comité não aceitou.
O protótipo produziu 'insights' interessantes que nenhuma área soube transformar numa decisão.
Nasceu num hackathon e foi promovido a projeto sem que alguém escrevesse qual era o problema.
A dor real no armazém de Azambuja é falta de pessoal ao fim de semana; a previsão de volumes não resolve isso.
Motivo de encerramento: o único critério de sucesso era o número de utilizadores registados.
O business case foi copiado de um comunicado de imprensa de outro banco.
Oi, alguém sabe dizer se as recomendações são para clientes empresa ou particulares? Já perguntei três vezes.
O objetivo mudava sempre que o patrocinador lia um artigo novo sobre IA.
Ninguém definiu o que é um 'lead qualificado', por isso a pontuação não tem como ser avaliada.
Justificação no registo: 'todos os concorrentes estão a fazer'. Sem mais.
Pediram à equipa para 'ver o que os dados dizem'. Seis meses depois os dados não disseram nada de útil.
O piloto foi comparado com nada; a melhoria anunciada não tem linha de base.
Ao terceiro sprint o product owner ainda escrevia histórias do tipo 'como utilizador quero inteligência artificial'.
A poupança assumia reduzir pessoas que o acordo coletivo não permite dispensar; o benefício nunca existiu.
Ata: o painel de previsão de vendas de gelados está pronto, mas nenhuma decisão depende dele.
O público-alvo do assistente era 'os utentes' em geral; sem um grupo concreto não se desenhou nada de útil.
Nas Lojas do Cidadão o agendamento prévio já resolveu as filas que o modelo devia prever.
O comité resumiu assim: o projeto responde ao 'o quê' mas nunca ao 'e depois?'.
Os clientes queixam-se dos prazos de entrega, não das sugestões de produto, que foi o que construímos.
Boa tarde. Sinceramente, ainda ninguém me explicou que problema da frota isto resolve. Sugiro parar até alguém explicar.
Parado em discovery: três áreas propuseram três problemas diferentes e nenhuma abdicou do seu.
"""}
