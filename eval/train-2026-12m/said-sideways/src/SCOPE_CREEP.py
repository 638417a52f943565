LABEL = "SCOPE_CREEP"
S = {"en": """
Started as next-day demand for bread in 20 stores; now it is every SKU, every channel, every hour.
SteerCo 09/05: the board asked to add the Belgian entities "while we're at it".
Post-mortem: each review added one more country; release 1 never shipped.
chat: apparently it now also needs to do supplier risk, since it "already has the data"
Requirements document v1 had 12 pages, v7 has 140.
Closure reason: "programme absorbed into enterprise-wide transformation; original deliverable abandoned".
email: "can we also get the sentiment piece in before go-live? Marketing asked"
Minutes: pilot scope extended from one ward to the whole hospital trust before the pilot ended.
Portfolio note: go-live moved a sixth time to accommodate the new IFRS 17 reports.
We were asked for a churn flag and we're now building a full customer-360 platform.
The harbour berth planner has to handle tugs, pilots and bunkering too since the last review.
Post-mortem bullet: "just one more use case" was said in eleven consecutive sprints.
The MVP list had 9 items in January; it has 41 in October, none dropped.
chat: product wants multilingual too. the Dutch version was supposed to be phase 3
The crop forecast now has to cover pests, irrigation and price as well, per the minister's office.
Minutes: every ministry department got to add "a small requirement" during consultation.
Nobody was allowed to release until the mobile app, the web portal and the call-centre screen were all ready.
The fraud model turned into a case-management system with its own workflow engine.
Registry comment: scope redefined three times; baseline budget no longer comparable.
email pasted: "the committee likes it, but could it also cover the subsidiaries in Poland and Czechia?"
Post-mortem: we kept saying yes; 18 months in we had a dozen half-features and nothing live.
The reporting tool now needs to support every historical product since 1998.
Newsroom asked to extend auto-tagging from text to video and podcasts before the text version was live.
chat: another epic added to the MVP board, that's 14 since the freeze
The site-safety detection now covers PPE, scaffolding, cranes and traffic; initial ask was hard hats.
SteerCo: pilot region changed from "one depot" to "all of Iberia".
Minutes: the tender document gained three annexes of "nice to have" that became mandatory.
We got asked to also replace the legacy scheduling tool while we're in there.
Each new stakeholder joining brought their own KPI to be supported in v1.
The dispatch optimiser was supposed to do vans; then trucks; then bikes; then drones "for the pitch".
Post-mortem bullet: no one had the authority to say "that's v2".
Release planning: v1 now includes what was v1, v2 and half of v3.
email: "since the model is almost ready, the CFO wants it to also produce the budget"
Portfolio review: deliverables list doubled after the Q2 workshop.
The energy-trading tool grew from day-ahead prices to intraday, balancing and gas.
chat: we're building a data lake now? I thought we were forecasting patient no-shows
Scope change requests approved: 27. Scope change requests rejected: 0.
The pharmacy reorder pilot now has to handle controlled drugs, cold chain and clinical trials stock.
Minutes: the pilot for one school district is now a national rollout blueprint, not yet piloted.
Each demo ended with a wishlist, and each wishlist landed in the current sprint.
Closure: "scope unmanageable; restart with a narrower proposal recommended".
Post-mortem: by the time we had all the features, the original problem had been solved by a new hire.
The loan scoring now also has to explain, appeal, audit and print letters before v1.
The planned 3-month pilot turned into a two-year programme with four workstreams.
""", "es": """
Empezó como previsión de pan para veinte panaderías y ahora abarca toda la cadena de frío.
Acta 12/04: la dirección pide incluir Portugal y Marruecos "ya que estamos".
chat: ahora también quieren que detecte fraude en proveedores, "que ya tiene los datos"
Post-mortem: en cada comité se añadía una provincia más y la primera versión no salió nunca.
El documento de requisitos pasó de 15 a 130 páginas en un año.
Cierre: "proyecto absorbido por la transformación digital global; entregable inicial abandonado".
El piloto de una planta del hospital se amplió a todo el área sanitaria antes de terminar.
correo: "¿podéis meter también el módulo de sentimiento antes de salir? lo pide Marketing"
Lo que era un aviso de impago es ya una plataforma de cliente 360.
La lista del producto mínimo tenía 8 puntos en enero y 37 en octubre.
Cada consejería metió "un pequeño requisito" en la fase de alegaciones.
No se podía publicar nada hasta tener la app, la web y la pantalla del call center.
chat: otra épica al MVP, ya van doce desde la congelación
La detección en obra empezó con cascos y ahora incluye andamios, grúas y tráfico.
Solicitudes de cambio aprobadas: 23; rechazadas: ninguna.
El piloto de una comarca se ha convertido en el plan nacional de regadío.
Post-mortem: nadie tenía autoridad para decir "eso va en la versión dos".
""", "it": """
Doveva prevedere i ritiri di una sola piattaforma logistica, ora copre tutta la rete nazionale e l'estero.
Verbale: il comitato chiede di aggiungere anche le controllate in Romania, "visto che ci siamo".
chat: adesso deve fare pure la previsione dei prezzi, oltre alle rese
Post-mortem: a ogni steering si aggiungeva un reparto, la prima versione non è mai uscita.
Il capitolato è passato da 20 a 160 pagine tra una gara e l'altra.
Chiusura: "iniziativa confluita nel programma di trasformazione, obiettivo originario abbandonato".
Il sistema antifrode è diventato una piattaforma di gestione pratiche con un suo workflow.
mail: "il CFO chiede se già che c'è il modello può fare anche il budget"
L'elenco dell'MVP aveva 10 voci a gennaio, 44 a ottobre, nessuna tolta.
Ogni nuovo stakeholder è arrivato con il suo KPI da supportare nella prima release.
Dal traffico delle navi siamo passati a rimorchiatori, piloti e bunkeraggio.
La redazione vuole il tagging anche per video e podcast prima che funzioni quello sul testo.
chat: stiamo costruendo un data lake? pensavo facessimo le mancate presentazioni alle visite
Richieste di modifica approvate: 31. Respinte: zero.
Il pilota triennale in una scuola è diventato il modello per tutta la regione, senza pilota.
Ogni demo finiva con una lista dei desideri che entrava nello sprint in corso.
Il rilascio 1 contiene ormai quello che era previsto per la 1, la 2 e metà della 3.
""", "pt": """
Começou com previsão de demanda para o café da manhã em dez hotéis e virou a rede inteira, com eventos.
Ata: a diretoria quer incluir Argentina e Chile "já que o modelo está pronto".
chat: agora também tem que calcular o frete de retorno
Post-mortem: cada secretaria pôs "só um requisito pequeno" na consulta pública.
Encerramento: "escopo ingerenciável; recomenda-se recomeçar com proposta menor".
O alerta de inadimplência virou uma plataforma de relacionamento completa.
O edital ganhou três anexos de desejáveis que viraram obrigatórios.
e-mail: "dá pra colocar o módulo de voz antes do go-live? o SAC pediu"
A safra de soja virou soja, milho, algodão e pecuária no mesmo modelo.
O go-live ficou esperando o app e o portal ficarem prontos juntos.
Ninguém tinha autoridade para dizer "isso fica para a fase dois".
""", "nl": """
Wat begon als roosterhulp voor één huisartsenpost is nu een planningssysteem voor de hele regio.
Notulen: de RvC wil er ook een scenariomodel voor energieprijzen bij.
chat: nu moeten ook de stagiairs in het rooster, dat stond nergens
Post-mortem: iedere afdeling mocht bij de consultatie "één kleine wens" toevoegen.
Afsluitreden: "opgegaan in het bredere transformatieprogramma".
De melkproductievoorspelling moet nu ook voer en dierenartskosten doen.
Livegang uitgesteld tot ook het klantportaal en de app klaar zijn.
mail: "als jullie toch bezig zijn, kunnen jullie de rapportages meteen vernieuwen?"
De dijkinspectie moest opeens ook kades, gemalen en sluizen meenemen.
De bezorgplanner moest ineens ook de retourstromen van de webwinkel afhandelen.
Elke demo eindigde met een wensenlijst die meteen in de lopende sprint belandde.
""", "de": """
Aus der Einsatzplanung für eine Rettungswache wurde ein Leitstellenprojekt für den ganzen Landkreis.
Protokoll: der Aufsichtsrat wünscht sich zusätzlich eine Szenariorechnung für die Energiepreise.
Chat: jetzt sollen auch noch die Azubis im Schichtplan auftauchen, stand nie im Konzept
Post-mortem: jede Abteilung durfte in der Anhörung "nur eine kleine Anforderung" ergänzen.
Abschlussgrund: "Vorhaben im Digitalisierungsprogramm aufgegangen, ursprüngliches Ziel aufgegeben".
Das Lastenheft ist inzwischen dicker als das des ERP-Projekts.
Die Milchleistungsprognose soll nun auch Futterplanung und Tierarztkosten abdecken.
Der Go-live wurde verschoben, weil erst noch das Kundenportal und die App fertig werden sollen.
Mail: "wenn ihr schon dran seid, könnt ihr auch gleich das Berichtswesen neu machen?"
Niemand durfte sagen: das kommt in Version 2.
"""}
