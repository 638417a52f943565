LABEL = "SKILLS_GAP"
S = {"en": """
Our only data scientist left for a fintech in May; the repo hasn't had a commit since.
Steering minutes: recruitment for the two ML engineer posts failed again, no suitable applicants at grade 9.
Post-mortem: the team knew SQL and Excel; nobody could maintain a gradient-boosting pipeline.
chat: does anyone here actually know Spark? the contractor who wrote this left last week
Closure reason: "key personnel departed; knowledge not transferred".
email: "IT can host it but nobody there has ever run a Python service"
The hospital's analytics team is one person and she is on maternity leave until September.
Portfolio review: vacancy for data engineer open for 14 months, salary band not competitive.
The vendor's consultant did the build and rolled off; our people can't retrain it.
Minutes: the shipping line's IT is outsourced to a firm that doesn't offer ML support.
chat: we googled how to deploy it. that's the plan
Post-mortem bullet: we assumed the BI team could take it over; BI team had never seen a notebook.
The municipality can't pay market rates; three offers declined this year.
The intern who built the crop-yield model went back to university.
Nobody in the newsroom tech team has worked with embeddings.
email pasted: "we have no one who can read the vendor's model documentation, let alone challenge it"
Registry: on hold until a platform engineer is hired (req #4410).
The data team spends 90 % on regulatory reports; nobody left to do the model work.
Minutes: the external partner's staff rotated three times; each new team relearned the data.
The plant has great process engineers and zero people who can code.
Post-mortem: when the lead engineer resigned, the pipeline broke in two weeks and stayed broken.
chat: onboarding doc for the pipeline = "ask Tom". Tom left.
Our MLOps capacity is half an FTE shared with four other projects.
The bank froze hiring in Q1; the two open data science seats were cancelled.
Training budget for the analysts was cut, so the upskilling plan never started.
Closure: "could not staff the run team".
The agency's statisticians are excellent at surveys and have never trained a classifier.
Minutes: the only person who understood the feature logic retired in June.
Post-mortem: we hired juniors and expected them to design the architecture.
chat: anyone who knows Airflow please DM me, ours is on fire and the author is in Bali permanently
Three contractors in a row quit after one month each.
The utility's data team was centralised and the two people who knew the grid data left rather than move to Madrid.
email: "we can operate dashboards, we cannot operate models - please don't hand it over like this"
Portfolio note: dependent on one external freelancer; contract not renewed by procurement.
The pharma QA team has no one trained to validate machine-learning software.
Post-mortem bullet: every question about the model ended with "we'll need to ask the consultant".
Staff turnover in the analytics unit was 60 % over the year.
The school board's IT is two technicians who also fix the printers.
chat: the new hire is great but it'll take her months to understand what Lars built
Minutes: we could not find anyone internally able to write the monitoring jobs.
Our data engineer was reassigned to the ERP migration full-time.
Post-mortem: the university partner's PhD student finished and left; nobody else knew the code.
Closure reason: "no in-house capability to maintain; vendor support too costly".
The farm co-op's "IT department" is the treasurer's nephew.
""", "es": """
Nuestra única científica de datos se fue a un banco online en abril y el repositorio no se ha tocado desde entonces.
Acta: quedó desierta otra vez la plaza de ingeniero de datos, nadie se presenta con ese sueldo público.
chat: ¿alguien aquí sabe Kubernetes? el de la consultora que lo montó ya no está
Cierre: "salida del personal clave sin traspaso de conocimiento".
Post-mortem: el equipo sabía de informes, nadie podía mantener el modelo.
La consultora hizo el piloto y se fue; no sabemos ni reentrenarlo.
Revisión de cartera: congelación de contrataciones, las dos plazas de analítica anuladas.
correo: "Sistemas puede alojarlo pero nunca han operado un servicio en Python"
El becario que hizo el modelo de cosecha volvió a la universidad en septiembre.
Acta: la persona que entendía la lógica de variables se jubiló en junio.
El manual de la cadena de datos dice "preguntar a Iñaki". Iñaki se fue.
Los tres contratistas de la bolsa se marcharon al mes cada uno.
El departamento de estadística es buenísimo en encuestas y nunca ha entrenado un clasificador.
Post-mortem: contratamos perfiles junior y esperábamos que diseñaran la arquitectura.
chat: la doctoranda de la universidad terminó la tesis y se llevó todo el conocimiento
La rotación en el equipo de datos fue del 55 % en el año.
La única ingeniera de plataforma comparte su tiempo con cinco proyectos.
""", "it": """
Al consorzio di bonifica nessuno sa leggere il codice lasciato dalla società esterna.
Verbale: concorso per due funzionari informatici andato deserto, nessun candidato idoneo.
chat: qualcuno sa mettere le mani su Airflow? quello che l'ha scritto è andato via
Chiusura: "uscita di personale chiave senza passaggio di consegne".
mail: "i sistemisti possono ospitarlo, ma non hanno mai gestito un servizio Python"
L'ufficio statistica sa fare indagini campionarie, non modelli predittivi.
Post-mortem: il dottorando dell'università ha discusso la tesi ed è sparito con il codice in testa.
La squadra dati passa il 90 % del tempo sulle segnalazioni di vigilanza.
chat: la nuova assunta è brava ma ci metterà mesi a capire cosa ha fatto Luca
Tre consulenti esterni in un anno, ognuno ha ricominciato da capo a studiare i dati.
L'informatica della scuola sono due tecnici che aggiustano anche le stampanti.
Il budget di formazione degli analisti è stato tagliato, il piano di riqualificazione non è partito.
Il nostro ingegnere dati è stato spostato a tempo pieno sulla migrazione del gestionale.
Con le tabelle retributive pubbliche nessun ingegnere ML accetta, tre rinunce quest'anno.
La qualità farmaceutica non ha nessuno formato per convalidare software che apprende.
Il fornitore ha ruotato il team tre volte, ogni gruppo nuovo ripartiva dalla lettura dei dati.
Il capo progetto tecnico si è licenziato a marzo e la pipeline si è rotta due settimane dopo.
""", "pt": """
A única pessoa que sabia subir o modelo no servidor entrou de licença e ninguém cobriu.
Ata: o concurso para analista de dados não teve aprovados.
Encerramento: "saída de pessoal-chave sem repasse".
O TI da cooperativa é o sobrinho do tesoureiro.
chat: a documentação do pipeline é "pergunta pro Paulo". o Paulo saiu.
Nossa engenheira de dados foi remanejada para a migração do ERP.
A consultoria trocou a equipe três vezes e cada turma recomeçou do zero.
Com o teto salarial da estatal ninguém aceita a vaga de engenheiro de ML.
O bolsista do projeto com a universidade defendeu o mestrado e foi embora.
A área de estatística sabe fazer pesquisa amostral, não modelo preditivo.
O plano de capacitação dos analistas foi cortado antes de começar.
""", "nl": """
Het team bestaat uit drie stagiairs en één senior die twee dagen per week werkt.
Notulen: de vacature voor data-engineer staat al veertien maanden open, salarisschaal te laag.
Afsluitreden: "sleutelpersonen vertrokken, kennis niet overgedragen".
Post-mortem: we namen aan dat het BI-team het kon overnemen, maar die hadden nooit een notebook gezien.
chat: de nieuwe collega is prima, maar het duurt maanden voor ze snapt wat Wouter bouwde
De IT van de school bestaat uit twee man die ook de printers repareren.
De enige die de koppeling met het glastuinbouwcluster snapte is met pensioen.
Het waterschap heeft hydrologen genoeg, maar niemand die een model in productie kan houden.
Het opleidingsbudget voor de analisten is geschrapt, dus van omscholing kwam niets.
mail: "beheer kan dashboards draaien, geen modellen - graag niet zo overdragen"
Onze platformengineer is voor 0,2 fte beschikbaar, gedeeld met vijf andere trajecten.
""", "de": """
Im Vermessungsamt gibt es GIS-Fachleute, aber keinen, der je ein Modell trainiert hat.
Protokoll: die Stellen für zwei ML-Ingenieure konnten erneut nicht besetzt werden, TVöD-Gruppe zu niedrig.
Abschlussgrund: "Schlüsselpersonen ausgeschieden, Wissen nicht übergeben".
Der Werkstudent, der das Modell geschrieben hat, ist zurück an der Uni.
Chat: die Doku zur Pipeline lautet "frag Jens". Jens ist weg.
Der Mittelständler hat hervorragende Verfahrenstechniker und niemanden, der programmieren kann.
Der Dienstleister hat das Team dreimal ausgetauscht, jedes neue Team fing bei null an.
Die Qualitätssicherung hat niemanden, der lernende Software validieren könnte.
Mail: "unser Rechenzentrum kann VMs, aber keinen Python-Dienst betreiben"
Das Fortbildungsbudget wurde gestrichen, die geplante Qualifizierung fiel aus.
"""}
