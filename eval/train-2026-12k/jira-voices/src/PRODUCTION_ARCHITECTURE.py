LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """Model works in the notebook. There is no path from the notebook to anything the call centre can use.
Closing: the POC ran on a data scientist's laptop with local CSVs; rebuilding it for prod was estimated at 9 months.
Blocked, no serving infrastructure for Python models on the OT network. Platform team says maybe 2027.
We have no MLOps at all. Retraining means Priya running a script by hand every month, and Priya is on leave.
The scoring job has no monitoring; it silently returned zeros for three weeks in October before anyone noticed.
Pilot ended. Nobody planned how the model would be retrained once the tariff structure changes in January.
Deployment to the bank's OpenShift needs a hardened base image we don't have. PLAT-902 open since April.
Everything was built in a vendor sandbox that gets deleted at the end of the trial. No export path.
The model is a 4GB pickle, our inference API has a 512MB memory limit. Nobody checked that early on.
We never set up CI/CD for the pipeline, every release is a manual copy to the server via WinSCP.
Prototype was Streamlit on a VM under someone's desk. Ops refused to take it over.
No feature store and no way to compute the features in real time; batch-only model for a real-time use case.
Handover to run team failed: no runbook, no alerts, no rollback. They won't accept it into operations.
Drift detection was "on the roadmap". Model degraded after the price change and we found out from customer complaints.
Closing as stuck in POC. There was no production environment for GPU workloads and none was budgeted.
Retraining pipeline never existed; the model in prod is from March 2024 and nobody knows how it was trained.
We can't reproduce the training run, the notebook depends on a package version that was removed from the internal mirror.
The container runs fine in dev, but prod has no outbound internet and the model downloads embeddings at startup.
Status: model ready since July, still waiting for an environment to deploy it to. INFRA-233.
The POC was built without thinking about latency; 7 seconds per prediction is useless at the checkout.
Nobody owns the model registry, so there is no way to promote a version from staging to prod.
We demoed from Colab. Turns out there is no approved way to run Colab-style workloads in production.
Batch job failed silently over the Easter weekend, orders were routed with stale scores. Pulled it back out.
No A/B or shadow mode infrastructure, so ops wouldn't let us switch over blind.
The data pipeline feeding the model is a chain of 11 cron jobs on one VM. Can't be put into production as-is.
Monitoring consists of me checking a dashboard when I remember. That's not a production setup.
Moved to Done-Not-Deployed. Model artefact exists, deployment path does not.
The pilot used manually exported features; automating the feature pipeline turned out to be a full project.
Security wouldn't be the problem, the problem is there's no platform to run it on at all.
Rolled back after go-live: scoring service had no autoscaling and fell over at the 8am peak.
We wrote the training code in R, the production platform only supports Java and Python. Rewrite not planned.
No versioning of data or models, so when results changed in week 3 nobody could explain why.
POC was built to impress the steerco, not to be run by IT. Now IT is asked to run it. They said no.
The edge devices in the warehouses can't run the model, and sending images to the cloud isn't architected.
Inference service exists but is not wired into any alerting; we only learn of outages from the business.
The model needs retraining every two weeks because of seasonality and there is no automated pipeline for it.
Closing. Without a deployment pipeline we would be hand-carrying models to prod forever.
Dependencies pinned to CUDA 11 on the POC box, cluster runs CUDA 12, nothing works.
We had a nice accuracy number but no plan for where predictions get written, who reads them and when.
The pilot is still running from a Jupyter server that restarts every night. Not sustainable.
Handover doc says "deployment: see Tom". Tom left.
The whole thing depended on a scheduled notebook in a personal workspace; when the account was disabled it stopped.
No staging environment exists for ML; we'd be testing in production.
Update after the architecture board: the solution isn't operable in its current form, no logging, no health checks, no SLAs.
Proof of concept done in Q1. Productionisation effort was never estimated, and the estimate now is 3x the POC.
Model drift monitoring wasn't part of the scope, the model went stale within two months and was switched off.
The API was a Flask dev server. It worked for 5 users in the pilot, not for 2,000.
No rollback plan, so change management refused the release window.
We can train it, we just can't run it. Infra for online scoring doesn't exist here.
Stuck between teams: data science says it's done, platform says it's not deployable.
Closing per steerco 03/11: prototype not designed for production, restart would be needed.
Feature engineering lives in a SQL script someone runs in DBeaver. Nobody will put that in a nightly pipeline.
Serving the LLM on-prem needs GPUs we don't have; cloud serving wasn't designed in either.
Alerting went to a distribution list that was deleted. Nobody saw the failures.
The model worked on historic snapshots, but there's no live feed architecture to score new cases.""",
"de": """Im Werk gibt es keine Laufzeitumgebung für Container, das Modell müsste auf einem Büro-PC in der Halle laufen.
Der Prototyp ist ein Excel-Makro mit eingebettetem Python-Aufruf. Für den Dauerbetrieb lehnt die IT das ab.
Für das Nachtraining gibt es keine Pipeline, die Saisonalität macht aber monatliches Training nötig.
Nach dem Release lief der Scoring-Job zwei Wochen mit veralteten Merkmalen, niemand hat es gemerkt, weil es kein Monitoring gibt.
Plattformteam: Modelle werden frühestens nach dem Aufbau der MLOps-Strecke in 2027 betrieben.
Die Pilotumgebung war eine gemietete GPU-Instanz auf Kreditkarte, Produktion ist dort nicht erlaubt.
Betrieb verweigert die Übernahme, es fehlen Logging, Alarmierung und eine Rollback-Strategie.
Feature-Berechnung nur im Batch möglich, der Anwendungsfall an der Pforte braucht Sekundenantworten.
Kein Modellregister, keine Versionierung; wir wissen nicht, welche Version gerade Vorhersagen liefert.
Die Lösung hängt an einem Cronjob auf dem Rechner eines Werkstudenten.
Das Modell braucht 14 GB Arbeitsspeicher, die Standard-VM im Rechenzentrum hat 8.
POC ohne Blick auf den Betrieb entwickelt, für Produktion wäre eine komplette Neuentwicklung nötig.
Ein Test- und Abnahmesystem für Modelle gibt es nicht, Change Management gibt kein Wartungsfenster frei.
Nach dem Update der Bibliotheken lässt sich das Training nicht mehr reproduzieren.
Wir haben ein Dashboard für den Vorstand gebaut, aber keinen automatischen Datenfluss dahinter. Jede Woche Handarbeit.
Die Auslieferung erfolgt per USB-Stick an die Außenstellen. So kann man kein Modell pflegen.
Lastspitze am Monatsende hat den Inferenzdienst lahmgelegt, es gibt keine Skalierung.
Zielbild für den Betrieb wurde im Architekturboard abgelehnt, Alternativen gibt es nicht.
Drift wird nicht überwacht; nach der Tarifreform lag das Modell monatelang daneben.
Status: Modell fertig, Infrastruktur nicht. INFRA-455 seit dem Frühjahr offen.
Die Modelle laufen nur mit einer GPU-Bibliothek, die auf den Produktionsservern nicht zugelassen ist.
Keine Trennung zwischen Entwicklung und Produktion, jede Änderung am Notebook wirkt sofort live.""",
"fr": """Le prototype tourne sur un poste Windows sous le bureau du chef d'atelier, l'exploitation refuse de le reprendre.
Aucun moyen d'héberger un modèle Python dans le SI de l'hôpital, seule la plateforme Java est autorisée.
Le réentraînement n'a jamais été pensé ; après le changement de nomenclature, le modèle est devenu inutilisable.
L'API de démonstration n'avait ni authentification ni journalisation, à reconstruire entièrement.
Le modèle attend ses variables dans un format que seule la chaîne du POC produisait, et cette chaîne a été démontée.
Le POC a été réalisé sur les serveurs du prestataire, qui ne les fournit pas pour l'exploitation.
Personne ne surveille les prédictions : elles étaient fausses depuis un mois quand un client l'a signalé.
La production exige une réponse en moins d'une seconde, notre chaîne met plusieurs minutes.
Aucun registre de modèles, on ne sait plus quelle version a servi aux résultats présentés au comité.
Le modèle dépend d'un export manuel fait chaque lundi par une assistante.
Rien n'est conteneurisé, et le seul serveur de calcul sera décommissionné en mars.
Mise en production refusée en CAB faute de plan de retour arrière.
Industrialiser coûterait plus cher que tout le prototype, personne ne l'avait chiffré.
La chaîne tombe à chaque montée de version du système d'exploitation.
Le pilote utilisait des données figées ; rien n'est prévu pour alimenter le modèle en flux.
Impossible de reproduire l'entraînement, les scripts ont été écrasés sur le poste du stagiaire.
Clôture : livré comme démonstrateur, jamais conçu pour tourner en continu.""",
"nl": """Het prototype draait op één pc in de meldkamer, en als die herstart staat alles stil.
In het datacenter van de gemeente mag geen Python draaien, alleen .NET-applicaties.
Er is geen plan om het model bij te trainen als de tarieven volgend jaar wijzigen.
Het model past niet op de edge-kastjes in de gemalen en een verbinding naar de cloud is nooit ontworpen.
Kubernetes-cluster voor data science bestaat alleen op de roadmap, zie PLAT-77.
De hele POC hing aan een proefaccount bij een cloudleverancier dat na 30 dagen verliep.
Voorspellingen werden niet bewaakt; pas na een klacht zagen we dat ze al weken niet klopten.
Nachtelijke batch duurt zeven uur, het venster is vier uur.
Wie zet het model in productie? Volgens het datateam beheer, volgens beheer het datateam.
Feature-pipeline bestaat uit twaalf Excel-stappen die Fatima elke week met de hand doorloopt.
De modelbestanden worden via e-mail naar de regio's gestuurd. Dat is geen deployment.
Na livegang bleek de scoringservice geen health check te hebben; bij een crash merkte niemand iets tot de volgende ochtend.
De POC gebruikte features die pas na afloop van de dossiers bestaan, dus in productie zijn ze er niet.
Training alleen reproduceerbaar op de laptop van Ruben, die inmiddels is ingeleverd.
Resolutie: blijft steken in POC-fase, geen route naar productie gevonden.
Live-data komt nergens binnen; het model werkt alleen op een vaste dump van vorig jaar."""}
