LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """
The model lives in Kai's notebook. There is no pipeline, no registry, nothing we could hand to ops.
Blocked: platform team says there is no approved way to serve Python models in the DMZ.
POC was built on a laptop with a CSV export. Rebuilding it for production is basically a new project.
No monitoring means we found out about the drift from a customer complaint, six weeks after it started.
Hand-over note: retraining is manual, Sven ran it every month, Sven is on parental leave. Model is stale since August.
Ops refused the hand-over: no runbook, no alerting, no rollback.
We have no CI/CD for models. Every release is someone copying a pickle file to the server.
Resolution: Won't Fix. The prototype depends on a GPU box under a desk in building C.
The scoring job takes 9 hours on the batch cluster and the window is 4. Nobody designed for volume.
Deployment blocked, the container image is 14 GB and the registry rejects anything over 2 GB.
Feature engineering is done in a notebook that reads from prod tables directly. Can't be scheduled as is.
PLAT-441 still open: we need a model serving endpoint and there is no platform for it yet.
The pilot ran on the vendor's sandbox. Moving to our tenant means re-doing the whole setup.
Model went live without drift checks; accuracy dropped to 60% and nobody noticed for a quarter.
Stuck: the features used in training aren't available at inference time, they come from a month-end batch.
We never wrote down the preprocessing steps, so the production copy gives different scores than the notebook.
Infra estimate came back: 5 months to build the MLOps stack before the first model can go live.
Comment: every environment has a different library version, model loads in dev and crashes in acc.
Paused until there's a feature store. Right now every model recomputes the same features differently.
The POC skipped logging entirely, audit wants prediction logs, we have none.
No one owns the retraining schedule, the model hasn't been refreshed since launch and it's drifting.
Can't go to prod: the model needs the latest 24h of data and the DWH loads once a week.
Latency on the prototype is 3 s per request, the checkout flow allows 100 ms. Architecture needs a rethink.
Hand-over rejected by IT run, they want Java services and we delivered R scripts.
We built it for a demo. There's no versioning of models or data, so we can't reproduce last month's results.
Blocked because the on-prem Kubernetes cluster doesn't have GPU nodes and won't get them this year.
The batch job fails silently when an input file is late, nothing alerts anyone.
Deployment path unclear: the cloud landing zone isn't approved for workloads yet, so the model has nowhere to run.
Story moved back: scaling test showed the API falls over at 40 concurrent users.
The rules engine in production can't call an external model, and there's no plan to change that.
Retro note: we proved the model works but never thought about how it would run every night.
Comment from Lars: we have three copies of the model on three servers, none match what's in git.
Monitoring dashboard was a Jupyter cell. It's not running anymore.
The prototype pulled features from a dev database that gets wiped weekly.
Need an approved serving pattern for LLM calls; architecture board hasn't defined one, so nothing can go beyond POC.
Epic on hold. The model needs to move from Databricks trial workspace to the enterprise one, and nobody has scoped that.
Rollback plan missing, change advisory board won't schedule the release.
No SLA possible: the scoring runs on a single VM without failover.
We trained on a snapshot; production data comes in a different schema. Pipeline would need full rewrite.
Model refresh takes two weeks of manual steps. Business needs weekly updates. Not sustainable.
The edge devices in the stores can't run the model, it was designed for a cloud GPU.
Waiting on the platform squad to provide a scheduler - cron on the DS laptop is not an option.
Three pilots, zero in prod. Each one stopped at the point where someone had to run it for real.
Post-go-live: model silently returned defaults for a month because a feature column was renamed upstream.
""", "de": """
Der Prototyp läuft auf einer VM, die der Werkstudent angelegt hat. Die VM hat keinen Eigentümer und kein Backup.
Das Rechenzentrum betreibt nur freigegebene Java-Anwendungen, für Python gibt es weder Laufzeit noch Support.
Die Bildauswertung lief im Pilot in der Cloud-Testumgebung des Anbieters, bei uns gibt es kein Pendant.
Drei Monate nach dem Start lieferte das Modell still nur noch Standardwerte, niemand hat es gemerkt.
Übergabe: Das Nachtraining besteht aus elf manuellen Schritten in einer Word-Anleitung.
Das Modell braucht Lagerbestände von heute früh, das DWH liefert sie mit drei Tagen Verzug.
Blockiert: Für Modelle gibt es weder Registry noch Freigabeprozess, der Change Manager weiß nicht, was er abnehmen soll.
Abnahme durch den IT-Betrieb abgelehnt: keine Logs, keine Metriken, keine Wiederanlaufprozedur.
Die Feature-Logik steht in drei Notebooks, die jeweils eine andere Version der Kundentabelle lesen.
Das Container-Image enthält das komplette Trainingsdatenset, 19 GB. So kommt das nicht durch die Pipeline.
Beim Lasttest ist der Dienst bei 30 gleichzeitigen Anfragen umgekippt.
Niemand hat geplant, wie das Modell auf die 400 Filialrechner kommt.
Die Fehlerursache: Im Vorsystem wurde ein Spaltenname geändert, und es gibt keinen Schemacheck.
Für die Anlagen im Werk bräuchten wir Edge-Hardware, der Prototyp lief auf einer Cloud-GPU.
Der Scheduler für die Modelle ist ein Cronjob auf dem Rechner von Dr. Weiß.
Seit dem Go-live gab es keine Neuberechnung, die Genauigkeit sinkt jeden Monat.
Architekturboard hat kein Muster für LLM-Aufrufe beschlossen, also kommt nichts über den PoC hinaus.
""", "fr": """
Le prototype tourne sur une VM créée par un stagiaire parti depuis, sans sauvegarde ni propriétaire.
La production n'héberge que des applications Java homologuées, il n'existe aucun socle Python.
Le pilote d'analyse d'images tournait dans l'environnement de démo du fournisseur, on n'a pas d'équivalent chez nous.
Trois mois après le lancement le modèle renvoyait des valeurs par défaut, personne ne l'a vu.
Note de passation : le réentraînement, ce sont douze étapes manuelles dans un document Word.
Le modèle a besoin des stocks du matin, l'infocentre les fournit avec trois jours de décalage.
Bloqué : pas de registre de modèles ni de circuit de validation, le CAB ne sait pas quoi valider.
La recette d'exploitation a échoué : pas de journaux, pas de métriques, pas de procédure de reprise.
Les variables sont calculées dans trois notebooks qui ne lisent pas la même version de la table clients.
L'image du conteneur fait 17 Go parce qu'elle embarque les données d'entraînement.
Le service a lâché au test de charge dès 25 utilisateurs simultanés.
Personne n'a prévu comment déployer le modèle sur les 350 caisses des magasins.
Un nom de colonne a changé en amont et aucune vérification de schéma ne l'a détecté.
Le modèle ne peut pas tourner sur les automates de l'usine, il a été conçu pour un GPU dans le cloud.
L'ordonnancement, c'est une tâche planifiée sur le poste de Sophie.
Aucun réentraînement depuis la mise en service, la performance baisse tous les mois.
Le comité d'architecture n'a validé aucun schéma pour appeler un LLM, tout reste au stade POC.
""", "es": """
El prototipo corre en una máquina virtual que creó un becario que ya no está, sin copias de seguridad.
El centro de datos solo opera aplicaciones Java homologadas, no hay entorno para Python.
El piloto de visión se hizo en el entorno de demo del proveedor y no tenemos nada equivalente.
El modelo llevaba tres meses devolviendo valores por defecto y nadie se dio cuenta.
Nota de traspaso: reentrenar son catorce pasos manuales descritos en un Word.
El modelo necesita el stock de la mañana y el DWH lo carga con tres días de retraso.
Explotación rechazó la entrega: sin logs, sin métricas, sin procedimiento de recuperación.
La imagen del contenedor pesa 18 GB porque lleva dentro los datos de entrenamiento.
Nadie pensó cómo llevar el modelo a los 300 terminales de las tiendas.
La planificación de ejecuciones es un cron en el portátil de Raúl.
Desde la puesta en marcha no se ha recalculado nada y el acierto baja cada mes.
""", "it": """
Il modello di previsione delle taglie gira ancora sul PC di Federica in ufficio stile, se lei spegne il PC si ferma tutto.
Il sistema informativo dell'autostrada accetta solo servizi certificati su WebSphere, il nostro è un container Python.
Bloccato: non esiste un ambiente di pre-produzione per i modelli, solo sviluppo e produzione.
Il punteggio antifrode era calcolato su dati del mese precedente, in produzione servirebbe ogni ora.
Nota di passaggio: nessun allarme se il job notturno non parte, ce ne accorgiamo dal cliente.
Il modello per la cantina è stato addestrato su Colab, nessuno sa ricostruire l'ambiente.
Dopo il go-live la precisione è scesa per mesi perché nessuno monitorava la distribuzione dei dati.
L'infrastruttura del porto non ha GPU e il modello di visione non gira su CPU in tempo utile.
Il reparto IT chiede un pacchetto installabile, noi abbiamo consegnato un notebook.
Commento di Andrea: ogni rilascio è una chiamata su Teams in cui qualcuno copia file a mano.
Per passare dal pilota alla produzione servirebbe riscrivere tutta la pipeline, stimati cinque mesi.
""", "pt": """
O modelo de previsão de safra roda no notebook do agrônomo, se ele viaja o modelo para.
O ambiente da operadora só aceita serviços em Java homologados, o nosso é Python em contêiner.
Bloqueado: não existe ambiente de homologação para modelos, só desenvolvimento e produção.
O score antifraude usa dados do mês anterior e em produção precisaria ser por hora.
Nota de passagem: nenhum alerta se o job noturno não roda, a gente descobre pelo cliente.
O modelo foi treinado no Colab e ninguém consegue reconstruir o ambiente.
Depois do go-live a acurácia caiu por meses porque ninguém monitorava os dados de entrada.
A TI pediu um pacote instalável e nós entregamos um notebook.
Comentário do Marcelo: cada deploy é uma chamada no Teams com alguém copiando arquivo na mão.
Para sair do piloto seria preciso reescrever o pipeline inteiro, estimativa de cinco meses.
"""}
