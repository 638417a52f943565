LABEL = "SKILLS_GAP"
S = {"en": """Our only ML engineer resigned in August, the pipeline code is undocumented and nobody else can run it.
Closing. We never managed to hire a data engineer; the req was open for 9 months.
Team is three BI analysts doing their best with scikit-learn tutorials. Not enough for a production model.
Blocked: nobody in the team knows Kubernetes and the platform team won't hand-hold.
The consultancy rolled off end of Q2 and took all the knowledge with them. Handover was a 40-minute call.
We're a SQL shop. The model needs streaming feature engineering in Spark and no one here has done that.
Key person dependency: Marta built the whole thing, Marta is on maternity leave until next autumn.
Hiring freeze since March. Two open data science roles cancelled.
Nobody in-house can evaluate whether the vendor's model is any good. We'd be signing blind.
Paused, lead data scientist poached by a bank, her replacement starts in April at the earliest.
The contractor who wrote the feature code left and it's in Scala, which no one else reads.
Ops team has zero experience running ML; they asked for training, training budget was cut.
We underestimated how much NLP expertise the contract extraction needs. Two juniors can't close that gap.
The university partnership ended when the PhD student finished. Model and know-how went with him.
Skills matrix says we have 0.5 FTE of MLOps. That half person is also the DBA.
Status: stuck. The team's Python skills aren't at the level needed to refactor the POC.
Lost two of three data engineers to the cloud migration programme. Pipeline work stopped.
We can't find anyone with both clinical coding knowledge and ML skills; the labelling spec is therefore wrong.
The team was built from reassigned reporting staff who'd never trained a model. Honest effort, not enough.
After the layoffs in June, data team is down from 8 to 3. This was the first thing to be dropped.
The vendor trained our people for two days. Not sufficient to maintain a recommender.
Nobody knows how to debug the GPU memory errors. We've been stuck on it for three sprints.
Closing, the skills required (computer vision + PLC integration) do not exist in the organisation.
We had one person who understood the optimisation solver. He left in May. Model frozen since.
The centre of excellence can lend us a data scientist for 2 days a month. Not a team.
No one on staff can write the data contracts for the lake, so sources keep breaking.
Recruitment pipeline: 4 candidates for the ML engineer role in 6 months, none accepted the salary band.
We're relying on an intern for the model monitoring. Internship ends Friday.
Tried to follow the wiki page "how to retrain". It is blank. Author left in 2024 and nobody here knows the steps.
Handing the model over to the country team failed; they don't have anyone who can read the code.
Capacity issue: the two people who can build features are booked on regulatory reporting through March.
The team knows tabular models; the use case turned out to need time-series expertise we don't have.
Team lead quit during the POC, the rest of the team were juniors on their first project.
We've had four different data scientists rotate through this in a year. No continuity, no memory.
Nobody here can do the statistical validation the risk function requires.
The offshore team changed entirely in the last contract renewal, new people starting from zero.
Platform team lacks people who understand ML serving, so every request sits in their queue.
Honestly we don't have the people. Backlog is fine, the model is fine, there's just nobody to do the work.
Welcome back from leave, Sam! Quick catch-up: ticket is on hold until the new hire starts, notice period 3 months, nobody else can pick up the feature pipeline.
Only one person has access and knowledge of the labelling tool. She's overloaded with the audit.
Key-person risk materialised: Jonas left, and the scripts only run on his machine with his credentials.
Data literacy in the business team is too low to specify or test what they need.
We don't have anyone who can maintain the Airflow DAGs after the contractor's end date.
Went with an in-house build, but our team had never shipped an LLM app; prompt work went in circles for months.
Can't staff it. The AI team is 100% allocated to the customer-service bot until 2027.
The model needs to be re-implemented in Java for the platform and no Java devs are free.
The retirement of the two senior process engineers took away the domain knowledge that the features were based on.
Our vendor's data scientist was reassigned to another client; we got a new one who needed two months to ramp up.
Closing. We tried to upskill the analysts, the course was postponed twice, the project can't wait.
There is no data engineering function. Data scientists are spending 80% on plumbing they're not trained for.
Missing skills: MLOps, feature store admin, and anyone who's run a model in prod before.
Lost the only person who understood the legacy data model; nobody can build the training set now.
The team that built the POC was disbanded after the innovation lab closed.
Hired a senior ML engineer in July, she left in October. Back to zero.
Update from chapter lead: no one available with the geospatial skills the routing model needs.""",
"de": """Der einzige Kollege mit Erfahrung in Zeitreihenmodellen ist zum Wettbewerber gewechselt.
Unser Stadtwerk hat keine Data-Engineering-Stelle, die Datenaufbereitung macht nebenbei die Netzplanung.
Die Ausschreibung für den ML-Engineer blieb bei dem Tarifgefüge im öffentlichen Dienst erfolglos.
Ohne Kenntnisse in Bildverarbeitung kommen wir über das Tutorial-Niveau nicht hinaus.
Der Dienstleister hat das Team ausgetauscht, die neuen Leute kennen weder Daten noch Code.
Projekt pausiert, weil beide Entwickler in die SAP-Migration abgezogen wurden.
Im Betrieb versteht niemand die Modelle, bei jedem Fehlalarm wird das Data-Science-Team angerufen.
Der Doktorand, der das Verfahren entwickelt hat, ist nach der Promotion nach München gegangen.
Wir haben niemanden, der Airflow betreiben kann; die Pipelines laufen nur, solange der Freelancer da ist.
Die Fachexperten für die Rezepturen sind in Rente, ihr Wissen steckt nirgendwo dokumentiert.
Nach dem Sparprogramm ist das Analytics-Team halbiert.
Weiterbildung zum Thema MLOps wurde zweimal verschoben, das Projekt kann nicht warten.
Unsere Leute können Berichte bauen, aber kein Modell betreiben.
Kandidaten springen wegen der Homeoffice-Regelung ab, die Stelle ist seit zehn Monaten offen.
Die Tochtergesellschaft soll das Modell übernehmen, dort gibt es aber niemanden mit Python-Kenntnissen.
Wissensträger Jens ist seit März krankgeschrieben, die Skripte laufen nur mit seinen Zugängen.
Das Innovationslabor wurde geschlossen, das Team auf andere Bereiche verteilt.
Für die Validierung fehlen uns Statistiker, die das Risikocontrolling akzeptieren würde.
Im Projekt arbeiten zwei Werkstudenten und ein Teamleiter mit 20 % Zeitanteil.
Die neue Data Scientist hat nach drei Monaten wieder gekündigt.
Die Migration der Modelle nach Java scheitert, weil keine Java-Entwickler frei sind.
Ohne Kollegen mit Erfahrung im Produktivbetrieb traut sich niemand den Go-live zu.""",
"fr": """On a un seul profil capable de faire du deep learning, et il est partagé entre quatre projets.
Les actuaires savent modéliser mais personne ne sait déployer, et la DSI n'a pas de compétences Python.
Le centre de services partagés ne sait pas maintenir un pipeline Databricks, ils ne font que du SQL Server.
L'équipe projet a été montée avec des volontaires du contrôle de gestion, sans expérience en apprentissage automatique.
Notre architecte data part à la retraite en janvier et n'a formé personne.
Départ de Léa au 1er décembre : c'est elle qui avait écrit toute la partie géospatiale.
Les médecins de l'équipe n'ont pas de temps pour annoter, et on n'a pas de codeurs médicaux formés.
L'ESN nous propose des juniors sortis d'école pour remplacer le consultant senior.
Personne dans l'équipe ne maîtrise les séries temporelles multi-échelles nécessaires ici.
On a besoin d'un ingénieur MLOps, le poste n'a même pas été ouvert au budget.
La connaissance du modèle de tarification est dans la tête d'une seule personne, absente six mois.
Recrutement à Clermont : aucun candidat data engineer en dix mois.
Les équipes métier ne savent pas formuler une règle de gestion exploitable, il manque un business analyst.
L'équipe d'exploitation refuse de prendre un outil qu'elle ne comprend pas, et aucune formation n'est budgétée.
Le code de l'alternant est en Julia, personne d'autre ne connaît ce langage.
Sur les trois data scientists recrutés en 2024, il n'en reste aucun.
Gel des recrutements dans la fonction publique hospitalière, le poste de data scientist est supprimé.""",
"nl": """Er is bij ons één persoon die ooit een model in productie heeft gezet, en die werkt parttime.
Onze analisten kunnen prima dashboards bouwen, maar van feature engineering hebben ze nooit gehoord.
De externe specialist vertrok na drie maanden, de overdracht was een README van twee regels.
Geen enkele data engineer in de regio wil voor een waterschap werken tegen deze schaal.
Het team kent Azure, het platform is AWS. Niemand heeft daar ervaring mee.
Marloes bouwde de hele ETL en gaat per 1 januari met sabbatical.
Onze enige geoloog met programmeerkennis is naar Noorwegen verhuisd.
Voor het annoteren van röntgenbeelden hebben we radiologen nodig, en die hebben geen tijd.
Bij het leveranciersteam is iedereen vervangen door junioren zonder domeinkennis.
Niemand weet hoe je een LLM-toepassing evalueert, dus we hebben geen idee of het goed genoeg is.
De productowner heeft geen datakennis en kan niet beoordelen wat het team oplevert.
Vacaturestop sinds de zomer, twee openstaande plekken geschrapt.
De MLOps-kennis zat bij het consultancybureau, het contract is niet verlengd.
Na het vertrek van Wouter kan niemand de optimalisatiemodellen nog aanpassen.
Teamcapaciteit gaat tot april volledig naar de nieuwe toezichtrapportages.
We hebben wel de data en de use case, maar niet de mensen om het te bouwen."""}
