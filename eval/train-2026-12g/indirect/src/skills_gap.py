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
Team of four on paper: two are on long-term sick leave, one leaves in January, and the fourth is a graduate who started last month and has never touched a production system.
nobody knows how the embeddings were built tbh, guy who did it is gone
The cooperative's IT is one part-time admin.
Can't staff a second shift of ML support, so the rollout stops at one region.
Our SQL developers were re-badged as ML engineers without training.
The lead architect quit mid-migration, the two contractors who knew the data model were not renewed, and the remaining team of three is learning Spark from online courses in the evenings.
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
Le poste d'ingénieur ML est ouvert depuis sept mois sans candidat sérieux.
on est des gens de la BI, le deep learning on découvre
Le prestataire est parti et personne ne comprend son code Scala.
Avec les grilles de la fonction publique territoriale, impossible de recruter des profils MLOps.
Le transfert de compétences s'est résumé à un PowerPoint.
L'équipe infra n'a jamais fait tourner de GPU.
Le stagiaire qui a construit le prototype est reparti à l'école.
Trois des cinq membres de l'équipe sont encore en intégration.
On dépend d'un freelance à l'autre bout du monde pour chaque modification.
Personne en interne ne sait évaluer ce que livre le prestataire d'IA.
Le seul qui maîtrise le pipeline est en congé paternité jusqu'en mars.
""", "es": """
Nuestra única científica de datos ha presentado su dimisión.
aquí todos somos de informes y Excel, Python lo justo
Con los sueldos de la administración no hay manera de fichar perfiles de MLOps.
El equipo de sistemas de la cooperativa es una persona a media jornada.
Los consultores se fueron y el equipo interno no sabe mantener lo que dejaron.
Contratamos un 'científico de datos' que resultó ser diseñador de cuadros de mando.
Nadie sabe ajustar el OCR, aceptamos lo que sale.
El arquitecto principal se fue a mitad de la migración.
Congelación de contrataciones, la plaza de ingeniero de datos sigue vacía.
La gente que conocía el almacén de datos antiguo ya se jubiló.
Siete personas han pasado por tres puestos en un año.
El plan de proyecto decía seis personas a tiempo completo y tenemos una y media, porque los dos perfiles de datos que íbamos a contratar se fueron a una consultora que paga el doble.
""", "it": """
La nostra unica data scientist si è dimessa.
Nessuno nel team ha mai messo in produzione un modello.
siamo tutti gente da report, di machine learning sappiamo poco
La posizione di ML engineer è aperta da sette mesi senza candidati validi.
L'esperto che conosceva le feature è stato assunto da una banca.
Il partner di outsourcing non ha competenze di IA, propone di 'imparare facendo'.
Il dottorando che seguiva il progetto ha finito la borsa ed è tornato all'università.
Solo una persona ha accessi e competenze per toccare l'ETL.
Blocco delle assunzioni, il posto da data engineer resta vuoto.
Chi conosceva il vecchio data warehouse è andato in pensione.
Il team di quattro ha due persone in malattia e una in uscita a gennaio.
Per ogni modifica dipendiamo da un freelance in un altro fuso orario.
""", "pt": """
A nossa única cientista de dados pediu demissão.
aqui todo mundo é de BI, machine learning a gente tá aprendendo
A vaga de engenheiro de ML está aberta há sete meses sem candidatos.
Os nossos melhores engenheiros foram para as big techs de Lisboa.
O consultor que fez o pipeline saiu e ninguém entende o código.
Os atuários sabem fazer o modelo, mas ninguém sabe pô-lo atrás de uma API.
O gestor de produto nunca trabalhou com ML e trata isto como um site.
A equipa de infraestrutura nunca trabalhou com GPUs.
Esperamos há quatro meses por um engenheiro de dados do pool partilhado.
Quem conhecia o data warehouse antigo já se reformou.
Com os salários da função pública não conseguimos contratar MLOps.
Dependemos de um freelancer noutro fuso horário para qualquer alteração.
""", "nl": """
Onze enige data scientist heeft ontslag genomen.
we zijn allemaal BI-mensen, python is nieuw voor ons
De vacature voor ML-engineer staat al zeven maanden open.
Met de cao-schalen van de overheid vinden we geen MLOps-mensen.
De leverancier is vertrokken en het eigen team kan niet onderhouden wat er gebouwd is.
De afstudeerder die de PoC bouwde is klaar en weg.
Niemand in huis kan de modeldocumentatie van de leverancier beoordelen.
Onze SQL-ontwikkelaars zijn zonder opleiding omgedoopt tot ML-engineer.
De enige die de features snapt is tot maart met ouderschapsverlof.
Wie het oude datawarehouse kende, is met pensioen.
De IT van de coöperatie is één parttime beheerder.
Het plan zegt zes fte, we hebben er anderhalf.
"""}
