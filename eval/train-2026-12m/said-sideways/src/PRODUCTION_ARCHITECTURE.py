LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """
The model still runs from Priya's notebook every Monday morning; when she's on leave there are no forecasts.
Post-mortem: the POC lived on a laptop under a desk in the Rotterdam office.
Steering minutes: IT operations will not take over "a Python script with a cron job".
chat: who retrains it? last retrain was the one we did for the demo in 2024
Closure reason: "no hosting environment approved for model serving".
The scores drifted for five months before anyone looked; there was nothing watching them.
Portfolio review: pilot done, but there is no pipeline to take it from the sandbox to anything else.
email: "the container works on my machine, the platform team says it needs a full rewrite for Kubernetes"
Every release means copying pickle files to a shared drive and emailing the ops desk.
Post-mortem bullet: we built for accuracy and never asked how it would be deployed.
The dashboard is refreshed by hand from a Jupyter export.
chat: batch job failed Saturday, no alert, the planners worked from Friday's numbers until Wednesday
Minutes: the data science sandbox has internet access and prod does not; half the libraries can't be installed.
Nobody can rebuild the model: the training data snapshot and the random seed are lost.
Registry: stalled after POC; "industrialisation estimated at 3x the build effort".
The features are computed in a SQL view that only exists in the dev database.
Inference takes 40 minutes per run on the VM we were given; the use case needs it in seconds.
Post-mortem: twelve notebooks, no tests, no version control; nobody dared touch it after the author left.
The vessel routing engine would need to run on board, but it was built for a GPU cluster.
Ops asked for a runbook, an owner on call and monitoring; we had none of the three.
chat: the pilot API is a Flask dev server on port 5000, exposed through a colleague's VPN
Portfolio note: "model ready; platform not ready" - fourth quarter in a row.
The quarterly retrain is a 37-step Word document.
Minutes: no separate test environment, so every change goes straight to the only instance.
The scoring service fell over at month-end volumes and there was no way to scale it.
Email: "we can't promote it, there's no approved CI/CD path for R code in this bank"
Post-mortem: the demo used yesterday's data dumped by hand; live feeds were never wired in.
The model file is 14 GB and the serving platform caps artifacts at 2 GB.
The crop model needs daily weather runs; nobody scheduled anything, it ran while the intern was here.
chat: rollback plan? we don't even have the previous version
Hospital IT requires on-prem hosting; the prototype depends on three cloud services.
Registry comment: POC succeeded 2024-06; no production target environment defined since.
Post-mortem bullet: accuracy in the lab, then nobody noticed the input schema changed in September.
There's no feature store, so each consumer recomputes things slightly differently.
The prediction job and the ETL both run at 03:00 and whichever finishes first wins.
Minutes: the vendor SaaS pilot ended; moving it in-house would mean rebuilding everything.
chat: the only person with the deploy credentials is on sabbatical
Logs go to stdout on a VM that gets wiped weekly.
We never planned for the model to be versioned; there are four "final" copies.
Post-mortem: prototype built in a desktop AutoML tool that has no export to any server.
The service has no health check, the load balancer keeps sending traffic to a dead pod.
Closure: "no path to production within the programme's platform roadmap".
Every new store means a manual copy of the model and its config; after 12 stores we gave up.
Minutes: monitoring "to be designed in phase 2"; phase 2 never funded.
""", "es": """
El modelo de demanda lo lanza Andrés a mano desde su portátil los lunes; en agosto no hubo previsiones.
Acta: Explotación no acepta "un script con un cron" en sus servidores.
chat: ¿cuándo se reentrenó por última vez? creo que para la demo del comité de 2024
Cierre: "sin entorno aprobado para desplegar modelos".
Post-mortem: pasamos seis meses con predicciones desviadas sin ninguna alarma.
El piloto quedó en el sandbox; no hay forma de llevarlo a ningún otro sitio.
correo: "en producción no hay salida a internet y el paquete necesita descargarse pesos"
Para publicar una versión copiamos ficheros a una carpeta compartida y avisamos por correo.
Nadie sabe reconstruir el modelo: se perdió la extracción con la que se entrenó.
chat: la API del piloto es un servidor de desarrollo en el puerto 8080 detrás de la VPN de un compañero
Revisión de cartera: "modelo listo, plataforma no" por tercer trimestre.
El reentrenamiento trimestral es un documento de 30 pasos que sólo entiende su autora.
Acta: no hay entorno de preproducción, cada cambio va directo al único servidor.
Post-mortem: prototipo hecho en una herramienta de escritorio sin exportación a servidor.
El proceso de puntuación se cae a fin de mes y no escala.
chat: ¿plan de vuelta atrás? ni siquiera guardamos la versión anterior
Los registros se escriben en una máquina virtual que se borra cada semana.
""", "it": """
Il modello delle maree per le paratoie è un foglio R che qualcuno esegue quando si ricorda.
Verbale: l'esercizio IT non prende in carico codice senza test né documentazione.
Chiusura: "nessuna piattaforma disponibile per l'erogazione del modello".
Il prototipo dipende da tre servizi cloud, ma l'ospedale vuole tutto on-premise.
mail: "per andare in produzione va riscritto tutto in Java, è la regola della banca"
Il modello pesa 12 GB e la piattaforma accetta al massimo 2 GB.
chat: le credenziali di rilascio le ha solo Fabio, che è in aspettativa
Revisione portafoglio: industrializzazione stimata al triplo del costo del prototipo.
Le feature sono calcolate in una vista che esiste solo nel database di sviluppo.
Ogni nuovo punto vendita richiede una copia manuale del modello, dopo otto abbiamo smesso.
Verbale: il monitoraggio "sarà progettato in fase due", mai finanziata.
Il job notturno e l'ETL partono alla stessa ora e vince chi finisce prima.
Post-mortem: dodici notebook senza controllo di versione, nessuno ha osato toccarli dopo che l'autore è andato via.
Nessun health check: il bilanciatore continua a mandare traffico a un'istanza morta.
Registro: POC riuscito a giugno 2024, nessun ambiente di destinazione definito da allora.
chat: il modello gira su una VM sotto la scrivania del laboratorio di Pisa
La nave dovrebbe eseguirlo a bordo senza connessione, ma è stato pensato per un cluster GPU a terra.
""", "pt": """
O modelo de previsão de chuva para a colheita está num Colab pessoal que expira a cada 12 horas.
Encerramento: "sem ambiente homologado para servir o modelo".
e-mail: "não tem esteira de CI/CD aprovada pra código R aqui no banco"
O painel é atualizado à mão a partir de uma exportação do Jupyter.
Post-mortem: ninguém consegue reconstruir o modelo, a base de treino se perdeu.
chat: plano de rollback? a gente nem guardou a versão anterior
A colhedora precisaria rodar o modelo offline, mas ele só existe numa API na nuvem.
Cada nova loja exige copiar modelo e configuração à mão; paramos na nona.
Ata: o monitoramento fica "para a fase dois", que nunca foi aprovada.
Existem quatro cópias do modelo chamadas "final" e ninguém sabe qual está valendo.
A inferência leva quarenta minutos na VM que nos deram; o caso de uso precisa de segundos.
""", "nl": """
Het bezettingsmodel voor de parkeergarages is een Excel-macro op een gedeelde schijf die niemand mag aanraken.
Notulen: beheer neemt geen Python-script met een cronjob over.
Afsluitreden: "geen goedgekeurde omgeving om modellen te hosten".
Post-mortem: het inputschema veranderde in september en niemand merkte het.
chat: de enige met deploy-rechten is met sabbatical
De features worden berekend in een view die alleen in de ontwikkeldatabase bestaat.
Het gemaal zou het model lokaal moeten draaien, maar het is gebouwd voor een GPU-cluster in de cloud.
De kwartaalhertraining is een Word-document van 37 stappen dat alleen de auteur snapt.
Logs gaan naar een VM die elke week wordt gewist.
De dienst heeft geen health check, de loadbalancer blijft verkeer naar een dode pod sturen.
Portfoliooverleg: "model klaar, platform niet" voor het derde kwartaal op rij.
""", "de": """
Die Glättevorhersage für den Winterdienst ist ein Skript auf einem Rechner im Streugutlager, ohne Backup.
Abschlussgrund: "keine freigegebene Umgebung für den Modellbetrieb".
Mail: "für Produktion muss alles in Java neu geschrieben werden, das ist Hausvorgabe"
Chat: Rollback? wir haben nicht mal die Vorgängerversion aufgehoben
Der Batchjob ist am Samstag abgestürzt, ohne Alarm; die Disposition hat bis Mittwoch mit Freitagszahlen gearbeitet.
Das Modell ist 14 GB groß, die Plattform nimmt höchstens 2 GB.
Die Features entstehen in einer View, die nur in der Entwicklungsdatenbank existiert.
Das Stellwerk bräuchte das Modell lokal, gebaut wurde es für einen GPU-Cluster in der Cloud.
Für jede neue Filiale wird Modell samt Konfiguration von Hand kopiert; nach der zwölften war Schluss.
Post-mortem: zwölf Notebooks, keine Tests, keine Versionsverwaltung.
"""}
