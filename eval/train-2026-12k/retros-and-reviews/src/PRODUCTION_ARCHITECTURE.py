LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """
What went wrong: the POC lived in a data scientist's Jupyter notebook and there was no path to get it into production.
Retro: the model worked in the lab, but nobody had planned how it would be served, monitored or retrained.
Audit finding 3.4: no model monitoring in place; drift since go-live cannot be assessed because nothing is logged.
We first blamed the cloud vendor, but the real gap was that we had no CI/CD pipeline for models at all.
Post-mortem: the pilot ran on a laptop in the depot office, and when it was time to scale there was no serving infrastructure.
Lessons learned: design for production from day one; we rebuilt the feature pipeline twice because the POC code was unusable.
Quarterly portfolio review: Predictive Maintenance paused, no MLOps platform approved for the plants.
Vendor status for October. Model delivered as a pickle file; the client has no environment to host it, so it sits on a share.
The retrospective concluded the handover from the data science team to IT operations simply never happened.
Post-mortem: retraining was a manual script run by one person every month, and after she moved teams it stopped.
Finding: the model in production was 14 months old and nobody knew how to retrain it.
What went wrong: the feature engineering relied on a one-off SQL export that cannot run on a schedule.
Status red: inference takes 40 minutes per batch in the prototype, the nightly window is 2 hours for 30 batches.
Retro: we spent the budget on model accuracy and had nothing left for packaging, API and monitoring.
Initially we thought it was a testing delay; in reality there was no deployment target, the platform team had not been asked.
The lessons-learned register says: "POC built without production in mind" for the third project in a row.
Lesson: without versioning of data and models, we could not reproduce the result the business signed off on.
Audit observed that scoring ran from a scheduled task on a desktop PC under a personal account.
Post-mortem: the model degraded quietly for six months because no alerting was ever configured.
Quarterly review: the triage model is on hold until the enterprise ML platform goes live, now expected Q3.
Vendor report: the containerised model cannot run in the client's on-prem cluster, GPU drivers are not supported.
Retro comment: demo was great, then ops asked who gets paged at 3am when it fails. Nobody had an answer.
What went wrong: the R code from the pilot had to be rewritten in Java by IT, and that rewrite never got prioritised.
Finding 9: no rollback procedure for model releases, change board therefore refused the production deployment.
We blamed users for stale recommendations, but the truth was the feature store had no refresh job in production.
Post-mortem: no staging environment existed, so every test of the model touched live data and was forbidden.
The route optimiser stayed a prototype because nobody built the real-time pipeline it depended on.
Lessons learned: budget for MLOps is not optional, we learned that expensively.
Status update: production readiness review failed, no logging, no health checks, no runbook.
Retrospective: the prototype pulled data from a sandbox copy that is refreshed quarterly, useless for daily scoring.
Audit note: model artefacts are stored on a shared drive with no version control.
What went wrong: we had a great model and no way to get predictions to the warehouse scanners in under a second.
The pilot ended when the cloud sandbox was decommissioned and there was no production account to move to.
Post-mortem: latency was fine for 100 test requests and collapsed under the 20k/hour of real traffic.
Vendor Q3: retraining pipeline descoped by the client, model accuracy has since dropped below contract threshold.
Retro: data scientists threw the notebook over the wall, and the platform team did not know what to do with it.
Lessons-learned: we should have involved the architecture board before the pilot, not after it was "done". They rejected the hosting design in one meeting.
Finding: the churn score in production is computed with different feature logic than the one validated in development.
Quarterly portfolio review: fraud scoring in limbo, nobody owns model operations after go-live.
Post-mortem: the edge devices in the stores could not run the model, and we had assumed they could.
What went wrong: batch scoring was designed, but the call-centre use case needed real-time, and the architecture could not do that.
Retro, short version. Every release meant someone copying files by hand onto three servers, so after March releases simply stopped happening.
The first diagnosis was model drift; actually the production job had been failing silently for weeks.
Same as last month, I'm afraid. Still awaiting a decision on serving infrastructure, Kubernetes versus the legacy app server, four months now.
Closing the epic today. Lesson for the register: a POC that cannot be operated is just a demo, and ours never got further.
Audit finding: no documented owner for monitoring, no SLA, no incident process for the credit model.
Post-mortem: the model relied on a Python library version that conflicted with the production image.
Retro: moving from the hackathon prototype to something maintainable would have taken a full rebuild.
Quick one before the holidays. The forecasting engine was never scheduled; planners got a CSV by email whenever the analyst remembered.
Monthly vendor note attached. Headline: MLOps tooling procurement delayed, deployment blocked until it lands.
What went wrong: no feature pipeline in prod, so the model got nulls for half its inputs and we pulled it.
Sprint review ok, retro ok. Main blocker as before: there is no way to deploy this thing, the platform is still being built.
Lessons learned: we had model cards and accuracy reports but no monitoring dashboard, so trust eroded after the first incident.
Post-mortem: the pilot's infrastructure was a single VM with no backup, and when it died we lost two weeks.
Audit close-out tomorrow at 10. Finding stays open: models retrained ad hoc on analysts' laptops, results not reproducible.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : le modèle de prévision des crues tournait sur le poste de Julien à Toulouse, personne n'avait pensé à son exploitation 24 h/24.
Audit interne, constat n°5 : le score d'octroi en production n'a pas de tableau de bord de suivi, on ignore sa dérive.
Bilan : l'équipe data a livré un notebook, l'exploitation attendait un service avec une API documentée et des tests.
Revue de portefeuille : projet Argos en attente de la plateforme MLOps groupe, reportée au second semestre.
Rapport du prestataire : le conteneur livré exige des GPU que le datacenter de Vélizy ne possède pas.
Les prédictions de fréquentation étaient recalculées à la main chaque lundi, ce qui ne tient pas pour un usage quotidien.
Le service de détection de défauts n'avait aucune file d'attente : quand le convoyeur accélérait, les images étaient perdues.
Mise en production refusée par le comité des changements : aucune procédure de bascule vers la version précédente.
Les variables du modèle étaient calculées dans Dataiku par l'équipe d'étude, rien de tout ça n'existait dans la chaîne de prod.
Personne n'avait prévu comment récupérer les vérités terrain pour réentraîner, donc le modèle n'a jamais été mis à jour.
Le pilote utilisait un compte cloud personnel, supprimé à la fin de la mission du consultant.
L'API de scoring ne tenait pas plus de dix appels simultanés, la campagne de fin de mois l'a fait tomber.
Le modèle de chiffrage n'était versionné nulle part, impossible de savoir lequel avait servi aux devis de mars.
Il aurait fallu réécrire tout le traitement en Scala pour la plateforme Hadoop de la DSI, personne ne l'a planifié.
Point hebdo, version courte. Recette d'exploitabilité échouée : pas de supervision ni d'alerte quand le batch de nuit plante.
Le prototype a été pensé pour un lot par mois, l'usage réel demandait une réponse à chaque appel entrant.
Démo réussie en comité, bravo. Ensuite la production a demandé où était le plan de déploiement, il n'y en avait pas.
"""
S["de"] = """
Lessons Learned: Das Prognosemodell für den Fernwärmebedarf lief nur auf dem Laptop eines Werkstudenten.
Für den Betrieb im Rechenzentrum der Sparkasse fehlte jede Freigabe für Python-Laufzeiten, nur Java war zugelassen.
Abschlussbericht: Niemand hatte eingeplant, wie neue Labels aus der Sachbearbeitung zurück ins Training fließen.
Im Werk gab es keine Möglichkeit, ein Modell-Update ohne Linienstillstand auf die Industrie-PCs zu spielen.
Quartalsreview: Vorhaben Pegel wartet auf die Bereitstellung der zentralen MLOps-Umgebung, frühestens im dritten Quartal.
Prüfbericht 4.1: Das produktive Modell ist nicht versioniert, die Ergebnisse vom März lassen sich nicht nachvollziehen.
Statusbericht Dienstleister: Modell übergeben, beim Kunden gibt es jedoch keinen Kubernetes-Cluster und keine Alternative.
Der Prototyp las aus einer Excel-Datei auf einem Netzlaufwerk, für den Produktivbetrieb völlig ungeeignet.
Das Scoring dauerte im Test pro Antrag 20 Sekunden, am Schalter der Zulassungsstelle ist das nicht vermittelbar.
Es gab keinen Prozess, um Drift zu erkennen, und nach der Tarifreform lag das Modell monatelang daneben.
Danke für die schnelle Hilfe gestern. Trotzdem: Die Ergebnisse landen weiter in einer Testdatenbank, die jede Nacht zurückgesetzt wird.
Die Merkmalsberechnung steckte in SAS-Skripten der Fachabteilung, die nach der SAS-Abschaltung niemand ersetzt hat.
In der Lackiererei gab es nur einen Nachtlauf, die Qualität musste aber während der laufenden Schicht bewertet werden.
Der Die Modelle gingen als Zip-Datei per E-Mail an den Betrieb, einen definierten Auslieferungsweg gab es nicht.
Nach jedem Windows-Update der Leitstandsrechner lief die Inferenz nicht mehr, für die Laufzeitumgebung war niemand zuständig.
Sprint-Review war gut, Demo lief stabil. Für den Rollout gibt es aber nach wie vor keine Zielplattform, das Thema liegt bei der Konzern-IT.
"""
S["es"] = """
Lecciones aprendidas: la previsión de afluencia a urgencias dependía de un script que alguien lanzaba a mano en la reunión de los lunes.
El banco exigía que todo pasara por su motor de reglas, que no sabe ejecutar modelos de aprendizaje automático.
El piloto se alojó en la cuenta de pruebas de la universidad colaboradora, sin equivalente en la nube corporativa.
Informe trimestral: proyecto en espera de la plataforma corporativa de despliegue, prevista para el segundo semestre. Sin ella no hay forma de ponerlo en producción.
Hallazgo de auditoría: el modelo en producción no tiene versión registrada ni se sabe con qué datos se entrenó.
Informe del proveedor: la solución requiere GPU y el centro de datos del cliente no dispone de ellas.
Lo comentamos ayer en la retro. El piloto leía un fichero CSV que alguien copiaba a mano cada lunes desde el ERP.
Cada actualización del modelo obligaba a parar el sistema de reservas, así que nunca se actualizó.
Con la renovación de la flota de trenes cambiaron los datos de entrada y nadie lo vio, porque no había monitorización.
Nadie definió quién reentrenaría el modelo al entrar productos nuevos en el catálogo, y nunca se hizo.
Entorno de pruebas restaurado tras el corte. Eso sí, seguimos sin pipeline de despliegue y cada versión se copia a mano al servidor.
"""
S["nl"] = """
Evaluatie: het model stond in de acceptatieomgeving, maar voor dataproducten bestond geen OTAP-straat naar productie.
De haven wilde elk kwartier nieuwe ligplaatsvoorspellingen, terwijl de oplossing als nachtelijke batch was gebouwd.
Conclusie van de architectuursessie. De features werden berekend in DAX-formules in Power BI, daar viel geen productiepijplijn van te maken.
Kwartaalrapportage: project Sluis gepauzeerd, de architectuurboard heeft nog geen referentiearchitectuur voor AI vastgesteld.
Het model draaide in de Azure-tenant van de leverancier, en bij einde contract was er geen exitplan.
Hypotheekachterstanden worden pas na anderhalf jaar zichtbaar, en niemand had een pijplijn gebouwd om die uitkomsten terug te halen.
Na het hernoemen van een brontabel scoorde het model wekenlang op lege velden zonder dat er een alarm afging.
Auditbevinding: productieservers mogen geen pakketten van internet halen, de afhankelijkheden van het model konden dus niet geïnstalleerd worden.
De licentie van de notebookomgeving gold alleen voor ontwikkeling, niet voor productiegebruik.
Kort verslag retro. Elke release vergde een wijzigingsverzoek met drie weken doorlooptijd, bijsturen van het model was daardoor onmogelijk.
Leuke kerstborrel gisteren. Over het project: de overdracht naar beheer is opnieuw uitgesteld, er is nog steeds geen draaiboek of monitoring.
"""
