LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """
Steering minutes: asked what decision the model would change, the room went quiet.
Post-mortem: we had a model looking for a problem; the board wanted "something with AI" for the annual report.
chat: what's the success metric again? I've heard three different ones this month
Closure reason: "benefits could not be articulated; no baseline".
email: "I still don't understand what the planners are supposed to do differently on Monday"
Portfolio review: business case field reads "innovation"; no KPI, no target.
The brief was "use our data better". Twelve workshops later it still is.
Minutes: sales and ops gave opposite definitions of a "late delivery".
Post-mortem bullet: we started from the vendor's demo, not from a pain anyone had.
chat: are we predicting no-shows or trying to reduce them? those are different projects
Nobody measured how long the manual process takes today, so nobody can say if we improved it.
The hospital asked for "an AI triage" without saying which patients, which ward, which outcome.
Registry comment: objective to be refined — refined 5 times, never fixed.
The acceptance criteria are "users are happy".
Minutes: after the demo, the director asked what the numbers on the screen meant for his budget.
email pasted: "we bought the licence first, now looking for a use case"
The problem the pilot solved turned out to be the wrong problem; the delays come from customs, not the port.
Post-mortem: target variable changed four times as we found out what the business actually meant.
chat: the sponsor says "it should just be smarter". smarter at what
Portfolio note: value estimate ranges from €0 to €14m depending on who you ask.
The education authority wants "insight into learning"; nobody can say what they'd do with it.
Minutes: the KPI chosen in January was abolished by Finance in March.
Post-mortem bullet: we optimised on-time delivery; the customers cared about delivery windows.
The newsroom never agreed whether "engagement" meant clicks, time spent or subscriptions.
Closure: "no agreed definition of success between the parties".
chat: the spec literally says "leverage ML to drive efficiencies"
Nobody could tell us how a good forecast would be used in the ordering process.
Post-mortem: the energy trading desk wanted a price signal, we built a load forecast because that's what we had data for.
The pilot was judged "promising" without any number attached.
email: "the minister wants a chatbot. for what is not yet decided"
Minutes: three workshops spent debating what the initiative is for.
The construction firm wanted "predictive safety" and couldn't name one incident type it meant.
Portfolio review: solution selected before the problem statement was written.
chat: we keep demoing accuracy and they keep asking "so what"
The farm advisory pilot had no answer to "what would a farmer do differently with this".
Post-mortem: the baseline turned out to be already good enough; nothing to gain.
The bank wanted "customer insights" but the product teams didn't have a question to ask them.
Registry: cancelled at gate 2, "hypothesis unclear".
Minutes: the pharma brand team could not say which prescriber behaviour they wanted to change.
No one agreed what counts as a "resolved" ticket, so the model had nothing to learn.
email: "they want AI in the title because the funding call mentions AI"
Post-mortem bullet: we solved a problem the shipping desk had in 2021.
chat: honestly I think the goal was to have a project
The ask changed from "reduce churn" to "understand churn" to "a churn dashboard".
""", "es": """
Acta: cuando se preguntó qué decisión cambiaría el modelo, nadie supo contestar.
Post-mortem: la dirección quería "algo de inteligencia artificial" para la memoria anual.
chat: ¿cuál era la métrica de éxito? este mes he oído tres distintas
Cierre: "no se pudieron concretar los beneficios; sin línea base".
correo: "sigo sin saber qué tienen que hacer distinto los gestores el lunes"
El encargo era "sacar partido a los datos". Diez talleres después sigue siendo eso.
Comercial y Operaciones dan definiciones opuestas de "pedido retrasado".
Nadie midió cuánto tarda hoy el proceso manual, así que no hay con qué comparar.
La consejería pidió "un triaje con IA" sin decir qué pacientes ni qué resultado.
Criterio de aceptación: "que los usuarios estén contentos".
Compramos la licencia primero y ahora buscamos un caso de uso.
Post-mortem: los retrasos venían de la aduana, no del puerto; resolvimos el problema equivocado.
La variable objetivo cambió cuatro veces a medida que entendíamos qué quería negocio.
chat: el patrocinador dice que "tiene que ser más listo". ¿más listo en qué?
La estimación de valor va de cero a doce millones según a quién preguntes.
El piloto se calificó de "prometedor" sin ningún número detrás.
La cooperativa no supo decir qué haría un agricultor distinto con la recomendación.
""", "it": """
Verbale: si è discusso per un'ora se l'obiettivo fosse ridurre gli scarti o aumentare la resa.
Post-mortem: l'amministratore voleva "un progetto di intelligenza artificiale" da citare al convegno.
chat: qual è il KPI? ne ho sentiti quattro diversi in due settimane
Chiusura: "benefici non quantificabili, manca una baseline".
Commerciale e produzione non concordano su cosa sia un "ordine in ritardo".
L'ASL ha chiesto "un'intelligenza artificiale per le liste d'attesa" senza dire per fare cosa.
mail: "prima abbiamo comprato la piattaforma, adesso cerchiamo a cosa serve"
Il KPI scelto a gennaio è stato abolito dal controllo di gestione a marzo.
La redazione non ha mai deciso se "coinvolgimento" volesse dire clic, tempo di lettura o abbonamenti.
chat: facciamo vedere l'accuratezza e loro chiedono "e quindi?"
Il capitolato dice testualmente "sfruttare l'IA per efficientare i processi".
Abbiamo ottimizzato la puntualità, ma ai clienti interessava la fascia oraria.
Il consorzio del parmigiano voleva "capire meglio le stagionature", senza una domanda precisa.
Dopo la demo il direttore ha chiesto cosa significassero quei numeri per il suo budget.
Il pilota è stato giudicato "interessante" senza alcun numero a supporto.
Nessuno ha saputo dire cosa farebbe di diverso un ispettore con la graduatoria.
Abbiamo risolto il problema che l'ufficio noli aveva nel 2021.
""", "pt": """
Ata: o diretor pediu "um modelo de IA" e, quando perguntamos para quê, disse que a gente saberia melhor.
Post-mortem: a presidência queria "algo com IA" para o relatório anual.
chat: qual é a métrica de sucesso mesmo? ouvi três diferentes este mês
Encerramento: "benefícios não definidos; sem linha de base".
O edital pedia IA no título, então colocamos IA no título.
O agrônomo perguntou o que o produtor faria de diferente com o alerta, e ninguém soube dizer.
A secretaria de educação queria "inteligência sobre a aprendizagem" sem dizer para quê.
O critério de aceite é "usuário satisfeito".
A meta mudou de "reduzir inadimplência" para "entender inadimplência" e depois para "um painel".
Cada diretoria tinha uma definição diferente de "cliente ativo".
A mesa de energia queria um sinal de preço e nós entregamos previsão de carga.
""", "nl": """
Notulen: een uur gediscussieerd of het ging om minder uitval of om meer instroom.
Afsluitreden: "baten niet te benoemen; geen nulmeting".
De opdracht was "meer halen uit onze data". Na tien sessies is dat nog steeds de opdracht.
Eerst de licentie gekocht, nu zoeken we een toepassing.
Post-mortem: de vertraging zat bij de douane, niet in de haven; we losten het verkeerde probleem op.
De waterschapsbestuurder wilde "slimme dijken" zonder te zeggen wat dat moest opleveren.
chat: voorspellen we no-shows of willen we ze verminderen? dat zijn twee verschillende projecten
Sales en logistiek hanteren elk een andere definitie van "te laat geleverd".
De schatting van de opbrengst loopt van nul tot tien miljoen, afhankelijk van wie je het vraagt.
De pilot werd "veelbelovend" genoemd zonder één cijfer erbij.
Het ministerie wil een chatbot; waarvoor is nog niet besloten.
""", "de": """
Protokoll: der Auftraggeber konnte nicht sagen, woran man nach sechs Monaten Erfolg erkennen würde.
Abschlussgrund: "Nutzen nicht bezifferbar; keine Ausgangsbasis".
Erst die Lizenz gekauft, jetzt wird ein Anwendungsfall gesucht.
Das Förderprogramm verlangte KI im Titel, also steht KI im Titel.
Chat: der Sponsor sagt, es soll "einfach schlauer" werden. schlauer worin?
Vertrieb und Werk definieren "verspätete Lieferung" jeweils anders.
Die Kammer wollte "Einblicke in den Fachkräftemarkt", ohne zu sagen, was sie damit vorhat.
Im Pilotbericht steht "vielversprechend", aber keine einzige Zahl.
Wir haben die Pünktlichkeit optimiert, den Kunden ging es um das Zeitfenster.
Post-mortem: wir sind von der Demo des Anbieters ausgegangen, nicht von einem echten Problem.
"""}
