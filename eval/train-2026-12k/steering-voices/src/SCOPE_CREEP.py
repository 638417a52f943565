LABEL = "SCOPE_CREEP"
S = {"en": """
SteerCo noted that the invoice classifier now covers 14 document types against the 3 originally agreed; MVP date has moved four times.
Closure reason: the pilot grew into a platform programme and was closed in favour of a separate funding request.
Status amber. Each demo produces a new list of 'must haves' from the business and the release keeps sliding.
Minutes 18/04: committee asked why the churn model now includes a CLV module, a next-best-action engine and a dashboard. No agreed answer.
Parked pending a re-baselined scope; the current one no longer fits any single release.
Portfolio review: what began as one depot's forecast is now the whole EMEA network plus returns and spare parts. Nothing has shipped.
Hi all, the sponsor has added French and German to the chatbot before we finished English. I've pushed back but it's in the plan now.
Deprioritised. The requirement list went from 22 to 180 items after the business workshops.
Registry: stopped in engineering - scope expanded to all product lines before the pilot line was live.
Vendor comment: we have raised 11 change requests against the original SOW; none of the delivered increments has been accepted as final.
Outcome: not progressed. Every steerco added one more country and one more integration, and a first version was never released.
Finance controller: the scope now includes hardware upgrades for the plants, which was never part of the approved envelope.
Minutes: the team was asked to 'also cover' the supplier risk use case within the same timeline. Delivery date no longer credible.
Status red. Go-live blocked until the model handles all 40 claim types; the business will not accept a partial release.
On hold while the programme office decides whether this is still one project or three.
Sponsor update: we have decided to wait until the tool can also do the reporting, the planning and the alerts. Target date TBC.
Closure note: the 'quick win' became an 18-month roadmap and the original problem was never solved.
Hey, FYI the 'small addition' from legal is a whole second model. Nobody's adjusted the dates. Just saying.
The steering group acknowledged that the ambition kept increasing and the first deployable slice was repeatedly redefined.
Portfolio note: gold-plating - the UI has been redesigned three times while the model has sat ready since May.
Registry closure: scope no longer matches the approved business case; to be resubmitted as a programme.
Minutes item 3: business asked to include real-time optimisation for all vessels, not just the pilot route. Re-plan required.
Parked. Each region added its own exception rules and the logic is now untestable.
Status report: functional scope +300% since kickoff, team unchanged, date unchanged on paper only.
Outcome review: the MVP was never defined narrowly enough to release; every feature was treated as essential.
Thanks for today. Before adding the voice channel, can we please ship the text one? We have been 'almost done' since July.
Deprioritised until the scope is frozen. There have been 47 new requirements since the last gate.
Not progressed: the pilot was extended to include procurement, then HR, then legal documents, and lost focus.
Vendor escalation: acceptance criteria are being expanded at each UAT round; we cannot reach sign-off.
Closure: a contained fraud alert pilot turned into an enterprise case-management replacement. Too big to fund as it stood.
Minutes: request to add predictive maintenance for the turbines to the existing energy forecast project. Committee notes this is a separate use case, yet it was merged.
Status: amber. Release 1 now carries what was planned for releases 1 through 4.
Hi Lena, where are we with the first drop? Asking because I keep seeing new epics being added to it.
The committee noted that the pilot could have gone live in Q1 if scope had been held at the two original stores.
Registry: cancelled. After two years the initiative still had no first release; every quarter brought new requirements.
Outcome: the roadmap was rewritten after each executive visit and the team never completed a version.
On ice pending a decision on whether to include the subsidiaries. Meanwhile nothing goes live.
Portfolio board: recommend splitting the initiative; the current form tries to solve pricing, stock and promotions at once.
Minutes: sponsor insisted that the assistant must handle every query type from day one. Phased approach rejected.
Status update - we've started building the multilingual layer even though the core matching is not finished.
Deprioritised. The business treats the pilot as the final product and keeps adding to it.
Vendor note: 'while you're at it' requests have consumed the budget for the deployment phase.
Closing. The first deployable version was never agreed; the definition of done moved every sprint.
Status report: scope now includes the data warehouse rebuild the model was supposed to sit on top of.
""",
"es": """
El asistente del ayuntamiento iba a responder dudas del padrón; ahora se le pide gestionar tasas, citas y quejas, y no ha salido ni la primera parte.
Motivo de cierre: el triaje de urgencias se fue ampliando a propuesta de diagnóstico y la fecha de entrega perdió sentido.
Estado ámbar. Cada director que pasa por la demo añade una funcionalidad 'imprescindible'.
Acta: se acordó incluir también los informes regulatorios trimestrales dentro del mismo proyecto, sin mover la fecha.
Hola, ahora quieren que también funcione en gallego y en valenciano. Seguimos sin la versión en castellano cerrada.
Lo que era un piloto con 20 camiones se ha convertido en la flota entera más los remolques.
Aparcado hasta redefinir el producto mínimo; el actual ya ocupa tres épicas y 90 historias.
El área comercial pidió añadir gamificación para los vendedores antes del primer lanzamiento.
Se decidió que debía servir para las filiales de Latinoamérica desde el primer día, con sus monedas y normativas.
La tienda piloto pasó a ser 80 tiendas antes de validar los resultados de la primera.
'Ya que estamos, metemos un cuadro de mando': van cinco cuadros de mando y el modelo sigue sin desplegarse.
El proveedor acumula 14 peticiones de cambio y el presupuesto del contrato original se agotó en la tercera.
Buenas, ¿podemos cerrar alcance? Cada semana entra algo nuevo al sprint y ya no sé qué estamos entregando.
Se despriorizó porque nadie quería lanzar una versión sin todas las excepciones por provincia.
El requisito de integrarse con todos los sistemas del grupo apareció en el quinto mes.
La versión 1 ha ido absorbiendo la 2 y la 3; ahora es un proyecto de dos años.
El comité pidió añadir predicción de demanda a un proyecto que solo era de clasificación de incidencias.
Ningún entregable se ha dado por bueno porque siempre falta 'una cosita más'.
Informe de cartera: de un caso de uso a siete en la misma iniciativa, con el mismo equipo.
El alcance inicial cabía en tres meses; el actual no cabe en el presupuesto de este año ni del siguiente.
El patrocinador insiste en la solución completa y rechaza cualquier lanzamiento por fases.
Cerrado en la puerta 3: el proyecto se había convertido en una plataforma corporativa sin mandato para serlo.
""",
"it": """
Il modello doveva riguardare una sola linea di confezionamento, ora si chiede di coprire tutti e sette gli stabilimenti prima di partire.
Chiusura: al progetto sono stati aggiunti la previsione meteo, la gestione fornitori e un modulo ESG; non è mai uscito niente.
Stato giallo. L'app per gli agenti è diventata anche portale clienti e area riservata per i broker.
Verbale: richiesta di estendere il pilota a tutte le 20 regioni prima di chiudere la prima.
Ciao, serve anche il tedesco per l'Alto Adige e lo sloveno per Trieste, dicono. L'italiano non è ancora in collaudo.
Ogni comitato aggiunge un indicatore alla dashboard, siamo a 64.
Depriorizzato: il business non vuole rilasciare finché il modello non gestisce ogni variante di prodotto, anche le più rare.
Si è deciso di includere anche i punti vendita in franchising, con regole commerciali diverse.
Il perimetro del contratto con il fornitore è stato superato alla seconda milestone e ora ogni richiesta è una variante a pagamento.
Il progetto di classificazione delle email è diventato un CRM interno.
Ciao Giorgio, la lista dei requisiti 'minimi' è arrivata a 140 righe. Possiamo parlarne prima del comitato?
Chiuso: quello che doveva essere un pilota di tre mesi era diventato un programma pluriennale senza un primo rilascio.
La direzione ha chiesto di aggiungere anche la pianificazione dei turni, che è tutt'altro problema.
Il modello è pronto da maggio ma si aspetta che sia pronta anche la nuova interfaccia, richiesta ad agosto.
Il business ha chiesto la gestione di tutte le eccezioni regionali prima della prima versione.
In sospeso: il pilota si è allargato a ogni tipo di documento e nessuno riesce più a collaudarlo.
Ogni sprint il product owner aggiunge storie nuove e toglie quelle finite dalla definizione di rilascio.
Il piano originale prevedeva un magazzino, la versione attuale tutto il network europeo.
La richiesta dell'amministratore delegato di avere anche una versione vocale ha spostato tutto di sei mesi.
Il rilascio minimo non è mai stato concordato, ogni proposta è stata giudicata 'troppo povera'.
Si è aggiunto l'obbligo di funzionare anche offline sui tablet dei tecnici, mai previsto nella stima.
Revisione di portafoglio: dieci casi d'uso dentro la stessa iniziativa, con lo stesso budget di uno.
""",
"pt": """
Começou como chatbot de perguntas frequentes e agora pedem que faça transferências, reclamações e alterações de morada.
Motivo de encerramento: o piloto de um hospital foi alargado a toda a região de saúde antes de se ter resultados.
Estado amarelo. Pediram também português do Brasil e inglês; o português europeu ainda não está fechado.
Ata: decidiu-se estender o projeto do terminal de contentores a toda a cadeia logística do grupo.
Oi, agora querem que o modelo também produza o relatório de carbono. Não sei de onde veio isto.
Cada agência pediu as suas regras próprias e o motor de regras passou de 30 para 400 entradas.
Despriorizado: só se admite lançar a 'versão final', nunca uma versão parcial.
Foi acrescentada uma app móvel para os clientes, além do portal interno que estava planeado.
O âmbito passou a incluir integração com todos os sistemas do grupo, descoberto ao sexto mês.
A lista de requisitos mínimos passou de 15 para 130 depois das sessões com as lojas.
O fornecedor já vai no décimo pedido de alteração e cada um empurra a data.
Bom dia a todos. O Rui voltou da feira em Barcelona com mais três ideias para o assistente, e já estão no backlog da próxima versão. Outra vez.
O piloto de previsão de vendas passou a incluir promoções, preços e sortido, tudo ao mesmo tempo.
Os testes de aceitação ganham critérios novos em cada ronda e a assinatura nunca chega.
Encerrado: a ideia de servir também as seguradoras parceiras triplicou o trabalho e nunca houve primeira versão.
O MVP foi redefinido quatro vezes e cada versão era maior que a anterior.
A administração pediu que o assistente funcionasse também por telefone antes de lançar a versão escrita.
O âmbito inicial cabia num trimestre; o atual já não cabe no orçamento de dois anos.
Acrescentou-se a previsão de manutenção das gruas a um projeto que era só de planeamento de turnos.
O modelo está pronto há meses, mas espera por um novo ecrã pedido a meio do projeto.
A câmara quer que a app cubra também as juntas de freguesia antes de abrir ao público.
Ata: o módulo de faturação foi acrescentado 'porque já temos os dados', sem rever prazos.
"""}
