LABEL = "SKILLS_GAP"
S = {"en": """
What went wrong: our only data scientist resigned in week 10, and nobody else could even run her code.
Retro: the team had strong BI analysts but nobody who had ever trained or deployed a machine learning model.
Audit finding 8.2: key-person dependency on one contractor; when his contract ended the model was unmaintainable.
We first blamed the platform, but the real problem was that no one in-house knew how to build data pipelines in Spark.
Post-mortem: two of the three ML engineers left for a competitor within one quarter and the project never recovered.
Lessons learned: hiring a data engineer took seven months in this market; we should have planned for that.
Quarterly portfolio review: Demand Sensing on hold, vacancy for lead data scientist still open since March.
Vendor status: knowledge transfer incomplete, client team lacks the skills to take over model operations.
The retrospective concluded we underestimated how much MLOps expertise was needed; we had none.
What went wrong: the project relied on the vendor's staff, and when the contract ended nobody internal understood the model.
Post-mortem: the architect who designed the feature store went on parental leave and there was no backup.
Finding: training budget for the analytics team was cut, staff were asked to operate tools they had never used.
Status red. Recruitment freeze, the two ML engineer positions cannot be filled, and the contractors leave on the 31st.
Retro comment: we had enthusiasm, no experience. That got us to a demo and no further. Still proud of the demo.
Initially we thought the timeline was too ambitious, but really we just did not have anyone who could do NLP.
Lessons-learned register: the hospital's IT team knew infrastructure but not data science, and the academic partner left after the grant ended.
Audit observed that the entire model codebase was understood by a single external freelancer.
Post-mortem: after the lead moved to the group's central team, the remaining juniors could not debug the training pipeline.
Quarterly review: the computer vision pilot stalled, no in-house skills to label, train or evaluate image models.
What went wrong: we asked a SQL developer to become an ML engineer in six weeks.
Retro: the data engineering team was shared with three other programmes and we got them one day a week.
Post-mortem: the consultancy rotated its senior staff off the project after the kickoff and sent graduates.
Finding 4.3: no documentation; knowledge left with the two developers who resigned in the summer.
Vendor report Q3: client's platform team unfamiliar with Kubernetes, deployment handed back to vendor at extra cost.
The first diagnosis was poor data, but the real issue was nobody knew how to engineer features from time series.
Lessons learned: a single talented person is a risk, not a team. We found out the week Amira resigned.
Sprint closed with nothing merged. Status: paused until the new head of data starts in February.
Post-mortem: the municipality could not compete with private salaries and lost both data scientists within a year.
What went wrong: nobody could evaluate the vendor's model properly, so we could not tell whether it was any good.
Retro: our platform engineers had never operated GPUs, and the cluster sat unused for months.
Audit note: staffing plan assumed two FTE data engineers that were never hired.
The quarterly portfolio review attributes the stall to attrition in the analytics CoE, down from 9 to 3 people.
Post-mortem: the statistician who built the risk model retired and no one could validate changes to it.
Lessons learned: we should have paired the contractors with internal staff from day one.
What went wrong: the team knew Python notebooks but not software engineering, so nothing was testable or deployable.
Retro: the product owner had no understanding of ML and could not prioritise the backlog sensibly.
Finding: the outsourced team changed four times in a year; each new team restarted from scratch.
Post-mortem: we could hire data scientists but not data engineers, so models starved for data.
Short update as promised. Key developer on sick leave since October, progress stopped, nobody else knows the code.
We blamed the vendor's tool, but in truth nobody on our side had time to learn it.
Quarterly review: the Retail Analytics team was dissolved in the restructuring; skills for the pricing model gone.
Lessons-learned register: academic partner delivered a paper-quality model, but no one in the utility could run it.
Retro: the reliance on one Excel-savvy analyst who "did the AI stuff" was never challenged until she left.
Post-mortem: the LLM work needed prompt and evaluation expertise we simply did not have.
What went wrong: the ops team was expected to monitor the model but had never been trained on what to look for.
Vendor Q2 report attached. Labelling stopped because the client's subject matter experts were reassigned to the audit project.
Audit finding: the skills inventory shows zero certified cloud engineers despite a cloud-first AI strategy.
Retro, point one. When the contractor's notice period ended, his laptop was the only copy of the training scripts. IT wiped it.
The post-mortem lists "lack of data engineering capacity" as the primary cause in all three stalled projects.
Weekly sync moved to Thursdays. Also, Tom leaves at the end of the month and he is the only one who knows the pipeline, so expect a pause.
Adding to the register. Upskilling was promised in the business case and never funded, so the team stayed on spreadsheets.
Finding 7: the team could not reproduce the vendor's results, lacking statistical expertise to challenge them.
Post-mortem: we had no one who could translate between clinicians and data scientists, so requirements were misread.
Quarterly portfolio review: Fleet Health suspended, team reassigned and replacement skills not available until Q2.
What went wrong: after the acqui-hire team left, the startup's model was a black box to everyone remaining.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : notre unique datascientiste est partie chez une néobanque en avril, plus personne ne savait relancer l'entraînement.
Le recrutement d'un ingénieur MLOps à Clermont-Ferrand a pris neuf mois, le projet a calé entre-temps.
La communauté d'agglomération a perdu ses deux profils data, attirés par des salaires du privé inaccessibles pour elle.
Le doctorant CIFRE est parti à la fin de sa thèse et personne au laboratoire ne maîtrisait son code.
Revue trimestrielle : projet Horizon en attente, poste de responsable data vacant depuis la rentrée.
L'équipe décisionnelle maîtrisait Business Objects et SQL, mais n'avait jamais mis un modèle en production.
Rapport d'audit : le modèle de tarification n'est compris que par un actuaire, en préavis de départ.
Le cabinet de conseil a fait tourner ses équipes tous les deux mois, chaque nouvelle recrue repartait de zéro.
Nos juristes savaient quoi annoter, mais aucun data scientist ne comprenait assez le droit des baux pour construire le jeu de données.
Personne chez nous ne savait interpréter une matrice de confusion, on a cru l'éditeur sur parole.
Le seul ingénieur qui connaissait Kubernetes a été absorbé par la migration du datacenter.
Les ingénieurs réseau à qui l'on a confié la plateforme n'avaient jamais manipulé de données, encore moins de modèles.
La régie informatique de l'hôpital n'avait aucun profil capable de maintenir un pipeline Python.
Le prestataire a livré, puis plus personne en interne n'a su corriger le premier incident.
L'apprentie qui avait écrit les scripts de préparation est partie en fin de contrat, sans passation.
Point d'avancement de décembre. Arrêt de fait : le développeur principal est en arrêt maladie depuis novembre et personne ne connaît son code.
Réunion sympa, merci à tous. Petit rappel : sans data engineer, on reste bloqués, et le poste n'a toujours aucun candidat.
"""
S["de"] = """
Lessons Learned: Die Stadtverwaltung fand nach TVöD-Eingruppierung schlicht keinen Data Engineer.
Unser einziger ML-Entwickler wechselte im Sommer zu einem Zulieferer in Stuttgart, niemand konnte sein Training reproduzieren.
Das Team bestand aus Controllern, die sich Python in Abendkursen beigebracht hatten.
Abschlussbericht: Nach Ende der Förderung verließ die Doktorandin das Institut, intern verstand keiner das Modell.
Quartalsreview: Vorhaben ruht, die Teamleitung Data Science ist seit elf Monaten unbesetzt.
Der externe Entwickler hat das gesamte Wissen mitgenommen, eine Dokumentation war nicht beauftragt.
Im Mittelstandsbetrieb gab es genau einen Administrator, der nebenher auch noch die Telefonanlage betreut.
Statusbericht Dienstleister: Übergabe scheitert, das Betriebsteam des Kunden hat keine Erfahrung mit Container-Plattformen.
Für das Vorhaben brauchte es Bildverarbeitung, die im Team niemand beherrschte und für die keine Stelle genehmigt wurde.
Die Fachexperten für das Labeln der Schadensbilder wurden während der Hagelsaison komplett abgezogen.
Prüfungsfeststellung: Schlüsselpersonenrisiko beim Entwickler des Risikomodells, keine Vertretungsregelung.
Das Schulungsbudget für das Analytics-Team wurde im Frühjahr gestrichen, die Kollegen sollten sich selbst einarbeiten.
Unsere Datenbankspezialistin ging in die Schweiz, und mit ihr das Verständnis der historisch gewachsenen Tabellen.
Beim Wechsel auf die neue Plattform zeigte sich, dass keiner von uns Spark beherrschte.
Herzlichen Glückwunsch an Tobias zur Geburt! Leider kannte nur er die Datenstrecke, eine Übergabe gab es nicht, bis Frühjahr ruht das Thema.
Gutes Sprint-Review, danke euch. Aber ehrlich: Ohne zweiten Data Engineer schaffen wir den Betrieb nicht, und die Stelle ist nicht genehmigt.
"""
S["es"] = """
Lecciones aprendidas: la única persona que sabía de visión artificial en la empresa se fue a una startup de Barcelona.
La diputación no podía pagar los sueldos del mercado y la plaza de ingeniero de datos quedó desierta dos veces.
Informe trimestral: proyecto en pausa, el equipo de analítica pasó de siete a dos personas en un año.
Conclusión de la retro, sin rodeos. El equipo sabía hacer informes en Power BI, pero nadie había desplegado nunca un modelo.
Ayer se despidió el becario, le deseamos lo mejor. El becario que montó los scripts de preparación terminó su beca y no dejó documentación.
Hallazgo de auditoría: todo el conocimiento del modelo de tarificación reside en un actuario externo.
Informe del proveedor: el cliente no tiene personal capacitado para operar la solución tras la entrega.
El curso de MLOps se canceló y nadie del equipo llegó a formarse antes de la puesta en marcha.
Nadie del equipo había trabajado con series temporales y se perdieron meses aprendiendo sobre la marcha.
La única persona que entendía el sistema de etiquetado se jubiló en marzo sin relevo.
Planificación cerrada para enero. Ojo: Lucía deja la empresa el día 31 y es la única que entiende el modelo de tarifas.
"""
S["nl"] = """
Evaluatie: het team rekende prima in R en SPSS, maar versiebeheer, tests en deployment waren voor iedereen nieuw.
Voor het dijkmodel was kennis van geodata nodig, en die hadden we in huis niet en konden we niet inhuren.
Kaartje van Pieter uit Peru ontvangen, leuk. De Belgische freelancer die het model bouwde vertrok op wereldreis, en alles stond in zijn hoofd.
We hebben een ML-engineer aangenomen, maar zonder vakgenoten om mee te sparren vertrok hij na drie maanden.
De data scientists begrepen niets van kasklimaat en er was geen teeltadviseur beschikbaar om mee te denken.
Door de inhuurstop bij het ministerie moesten de externe ontwikkelaars weg, en zij wáren het team. Sindsdien ligt alles stil.
Auditbevinding: de kennis van de COBOL-bronbestanden verdween met de pensionering van de laatste beheerder.
Kwartaalrapportage: de teamleider is gedetacheerd bij het crisisteam, niemand anders kan het werk aansturen.
Het budget voor cloudcertificering werd geschrapt, dus niemand durfde de omgeving zelf in te richten.
Leveranciersrapport: kennisoverdracht mislukt, de klant heeft niemand aangewezen die het kan overnemen.
Sprint afgesloten, velocity 21. Na het vertrek van Bart kan niemand de featurepijplijn nog aanpassen, dus nieuwe wensen liggen stil.
"""
