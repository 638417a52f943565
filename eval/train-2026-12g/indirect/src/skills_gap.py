LABEL = "SKILLS_GAP"
S = {"en": """
Our only data scientist handed in her notice on Monday.
Nobody on the team has ever deployed a model; we're all BI people.
Job ad for an ML engineer has been open for seven months, zero qualified applicants.
Kubernetes? We had to google it during the architecture review.
The contractor who wrote the pipeline left and nobody can read his Scala.
chat: does anyone here actually know how to fine-tune? asking for the whole team
Minutes: the vendor's consultants rolled off and the in-house team can't maintain what they built.
We have one person who understands the feature engineering and he's on paternity leave till March.
The hospital IT team is three people looking after 400 applications.
Training budget approved, but the course starts after the deadline.
Analysts are great with Excel, lost with Python.
Bus factor of one: Priya.
We can't find anyone who knows both the plant processes and machine learning.
Recruitment freeze means the data engineer role stays empty.
Our platform team has never run GPUs in production.
Retro: we assumed the vendor would transfer knowledge; they transferred a PDF.
Key developer poached by a bank, took the context with him.
Nobody can evaluate whether the LLM answers are good, we lack clinicians with time and tech literacy.
The public-sector pay scale can't compete for MLOps engineers.
Status amber: statistician seconded to the census team for six months.
The team learned PyTorch on this project, and it shows.
Hired a 'data scientist' who turned out to be a dashboard designer.
Only one person has the rights and the know-how to touch the ETL.
IT outsourcing partner has no AI practice; they offered to 'learn on the job'.
We have domain experts and coders but nobody who speaks both languages.
The grad who built the POC went back to university.
Three of five team members are new joiners still on onboarding.
We keep losing people to the big tech offices downtown.
No one in-house can read the vendor's model documentation, let alone validate it.
The data engineering chapter was cut in the last reorg.
Skill matrix: Spark 0, MLflow 0, Airflow 1 (part time).
Our actuaries could build the model, but nobody can put it behind an API.
The product manager has never worked on an ML product and treats it like a website.
Everyone who knew the old warehouse schema has retired.
We depend on a freelancer in another time zone for every model change.
Support desk can't troubleshoot the assistant, so every ticket goes to the two developers.
The university partnership ended and took the PhD students with it.
Team of four, two on sick leave, one leaving in January.
nobody knows how the embeddings were built tbh, guy who did it is gone
The cooperative's IT is one part-time admin.
Can't staff a second shift of ML support, so the rollout stops at one region.
Our SQL developers were re-badged as ML engineers without training.
The lead architect quit mid-migration.
Nobody can tune the OCR; we just accept what comes out.
Minutes: the agency lacks in-house capability to supervise the AI supplier.
Hiring plan says 6 FTE, we have 1.5.
We've been waiting four months for a data engineer from the shared pool.
Churn on the team: 7 people through 3 roles in a year.
""", "de": """
Unsere einzige Data Scientistin hat gekündigt.
Niemand im Team hat je ein Modell in Betrieb genommen, wir kommen alle aus dem Reporting.
Die Stelle für den ML-Engineer ist seit sieben Monaten unbesetzt.
Der Externe, der die Pipeline gebaut hat, ist weg, und keiner versteht seinen Code.
Wissenstransfer vom Dienstleister: ein PDF mit 12 Seiten.
im Team kann keiner Python, nur Excel und ein bisschen SQL
Mit dem Tarif im öffentlichen Dienst finden wir keine MLOps-Leute.
Der einzige, der das Feature-Engineering versteht, ist bis März in Elternzeit.
Unsere Statistikerin wurde für ein halbes Jahr an die Zensus-Gruppe ausgeliehen.
Einstellungsstopp, die Data-Engineer-Stelle bleibt frei.
Wer das alte Data Warehouse kannte, ist inzwischen in Rente.
Das Stadtwerk hat für die ganze IT zwei Administratoren.
""", "fr": """
Notre seule data scientist a donné sa démission.
Personne dans l'équipe n'a jamais mis un modèle en production.
Le poste d'ingénieur ML est ouvert depuis sept mois sans candidat sérieux.
Le prestataire est parti et personne ne comprend son code Scala.
Le transfert de compétences s'est résumé à un PowerPoint.
on est des gens de la BI, le deep learning on découvre
Avec les grilles salariales de la fonction publique, impossible de recruter des profils MLOps.
Le seul qui maîtrise le pipeline est en congé paternité jusqu'en mars.
L'équipe infra n'a jamais fait tourner de GPU.
Gel des embauches : le poste de data engineer reste vacant.
Tous ceux qui connaissaient l'ancien entrepôt de données sont partis en retraite.
On dépend d'un freelance à l'autre bout du monde pour chaque modification.
""", "es": """
Nuestra única científica de datos ha presentado su dimisión.
Nadie en el equipo ha desplegado nunca un modelo.
La vacante de ingeniero de ML lleva siete meses abierta sin candidatos válidos.
El consultor que montó el pipeline se fue y nadie entiende su código.
La transferencia de conocimiento del proveedor fue un PDF de diez páginas.
aquí todos somos de informes y Excel, Python lo justo
Con los sueldos de la administración no hay manera de fichar perfiles de MLOps.
El único que entiende las variables está de baja hasta marzo.
El equipo de sistemas nunca ha gestionado GPUs.
Congelación de contrataciones, la plaza de ingeniero de datos sigue vacía.
La gente que conocía el almacén de datos antiguo ya se jubiló.
Dependemos de un freelance en otra zona horaria para cualquier cambio.
""", "it": """
La nostra unica data scientist si è dimessa.
Nessuno nel team ha mai messo in produzione un modello.
La posizione di ML engineer è aperta da sette mesi senza candidati validi.
Il consulente che ha scritto la pipeline se n'è andato e nessuno capisce il codice.
Il passaggio di consegne del fornitore è stato un PDF.
siamo tutti gente da report, di machine learning sappiamo poco
Con gli stipendi della PA non troviamo profili MLOps.
L'unico che conosce le feature è in congedo fino a marzo.
Il team infrastruttura non ha mai gestito GPU.
Blocco delle assunzioni, il posto da data engineer resta vuoto.
Chi conosceva il vecchio data warehouse è andato in pensione.
Per ogni modifica dipendiamo da un freelance in un altro fuso orario.
""", "pt": """
A nossa única cientista de dados pediu demissão.
Ninguém na equipa alguma vez pôs um modelo em produção.
A vaga de engenheiro de ML está aberta há sete meses sem candidatos.
O consultor que fez o pipeline saiu e ninguém entende o código.
A transferência de conhecimento do fornecedor foi um PDF.
aqui todo mundo é de BI, machine learning a gente tá aprendendo
Com os salários da função pública não conseguimos contratar MLOps.
O único que percebe as features está de licença até março.
A equipa de infraestrutura nunca trabalhou com GPUs.
Congelamento de contratações, a vaga de engenheiro de dados continua vazia.
Quem conhecia o data warehouse antigo já se reformou.
Dependemos de um freelancer noutro fuso horário para qualquer alteração.
""", "nl": """
Onze enige data scientist heeft ontslag genomen.
Niemand in het team heeft ooit een model in productie gebracht.
De vacature voor ML-engineer staat al zeven maanden open.
De externe die de pipeline bouwde is weg en niemand snapt zijn code.
De kennisoverdracht van de leverancier was één pdf.
we zijn allemaal BI-mensen, python is nieuw voor ons
Met de cao-schalen van de overheid vinden we geen MLOps-mensen.
De enige die de features snapt is tot maart met ouderschapsverlof.
Het infrateam heeft nog nooit GPU's beheerd.
Vacaturestop, de data-engineerplek blijft leeg.
Wie het oude datawarehouse kende, is met pensioen.
We zijn voor elke wijziging afhankelijk van een freelancer in een andere tijdzone.
"""}
