LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """
Retraining = Marta runs the notebook when she remembers.
The model lives in a Jupyter kernel on a data scientist's VM and dies when the VM reboots.
POC scored nicely on a CSV; nobody asked how it gets scores to the call centre at 8am.
There is no staging environment, so every model update goes straight to the branch managers.
Drift? We'd notice when the complaints start.
Deployment plan: email the pickle file to IT.
Chat: who restarted the scoring server? predictions have been stale since Friday
The pilot ran on a laptop in the depot; production needs 400 depots and nobody has designed that.
Model weights are in a personal Google Drive folder.
No CI pipeline, no tests, no version tags; we don't know which model is live.
Inference takes 40 seconds per document on the demo GPU box, and there is no plan for scale.
Retro: we built for the demo, then discovered there's no way to serve it inside the hospital network.
Feature code in the notebook and in the nightly job diverged, scores don't match.
Batch scoring runs from cron on a machine under Jens's desk.
No monitoring; we found out the model was returning all zeros from a customer.
The vendor handed over a Docker image and no documentation on how to update it.
Handover to ops rejected: no runbook, no alerts, no rollback.
Forecast model was last retrained in January 2024 and nobody owns that job.
Minutes: the platform team cannot host Python models; only Java services are supported in prod.
The POC was built on the innovation lab's cloud account, which is being closed.
We can't reproduce the model that's in production — the training seed and data snapshot are gone.
Going live means rewriting the whole thing because the prototype was a Streamlit app.
model registry? we have a folder called final_v3_REAL
No SLA for the scoring API and it goes down every patch Tuesday.
Retraining requires three people and a weekend.
The edge devices on the trucks cannot receive model updates over the air.
Pilot-to-prod gap: nothing about logging, auth or failover was in the original design.
Every release of the ranking model is a manual copy through a jump host.
The predictions are generated once, pasted into Excel and sent around.
Model accuracy dropped 12 points after the tariff change and no alert fired.
Nobody built a way to feed new labelled cases back into training.
Status: red, no path from the sandbox to the production cluster approved by infra.
The hackathon prototype became 'the product' with no rewrite.
Scoring latency is fine for 10 requests, falls over at 200.
Dependencies pinned to a Python version the production image doesn't have.
The POC read from a one-off extract; in prod there is no pipeline delivering that data daily.
We have a model, we don't have a service.
The serving stack is a pile of bash scripts with no health checks.
Canary, shadow mode, A/B: none of it exists, so the switch-over is all or nothing.
MLOps is on the roadmap for next year, the model is due in March.
No feature store, so each team recomputes features differently at inference time.
Every hotfix to the fraud model needs a change board slot two weeks out.
After the OS upgrade the scheduled retrain job silently stopped.
ok so the 'deployment' is a shared notebook that ops press run on every monday
Nobody planned for GPU capacity outside the proof-of-concept subscription.
The model was never versioned alongside the code that produced its features.
Logs from the scoring job go to stdout and vanish.
The pilot never had to handle a second tenant, production has 31 councils.
""", "de": """
Nachtraining heißt: Jonas startet das Notebook, wenn er dran denkt.
Das Modell läuft auf einer VM unter einem Schreibtisch im Labor.
Es gibt keinen Weg vom Prototyp in den Betrieb, der Betrieb nimmt nur Java-Services.
Protokoll: Monitoring und Alarmierung sind im Konzept nicht vorgesehen.
Welche Modellversion produktiv ist, kann keiner sagen.
Der PoC lief auf einer CSV-Datei, für den Echtbetrieb fehlt jede Datenstrecke.
Rollout auf 200 Filialen? Der Prototyp war nie dafür gebaut.
Abnahme durch den IT-Betrieb abgelehnt: kein Runbook, kein Rollback.
die Vorhersagen kommen als Excel per Mail, jede Woche von Hand
Seit dem Tarifwechsel ist die Genauigkeit eingebrochen, gemerkt hat es niemand.
Die Streamlit-Demo muss für die Produktion komplett neu geschrieben werden.
Keine CI/CD-Pipeline, jedes Update wird per Hand auf den Server kopiert.
""", "fr": """
Le réentraînement, c'est Julien qui relance le notebook quand il y pense.
Le modèle tourne sur le poste d'un data scientist, pas sur un serveur.
Aucune chaîne de déploiement prévue : le POC a été fait pour la démo.
Pas de supervision, on a appris la panne par un client.
L'équipe d'exploitation refuse la reprise sans procédure ni rollback.
personne sait quelle version du modèle est en prod, c'est grave
Le prototype lisait un export ponctuel, en production aucun flux n'alimente les données.
Le passage à l'échelle sur 150 agences n'a jamais été pensé.
Les prédictions sont copiées à la main dans un tableur partagé chaque lundi.
La plateforme de production n'accepte pas les conteneurs Python.
Depuis la mise à jour du système, le job de réentraînement ne tourne plus.
Le compte cloud du lab d'innovation ferme en juin et le modèle est dessus.
""", "es": """
Reentrenar significa que Lucía lanza el notebook cuando se acuerda.
El modelo vive en el portátil del científico de datos.
No hay ruta a producción: el piloto se hizo solo para la demo del comité.
Sin monitorización, nos enteramos del fallo por una queja.
Operaciones rechazó el traspaso: no hay runbook ni plan de marcha atrás.
nadie sabe qué versión está en producción, hay tres carpetas 'final'
El prototipo leía un CSV puntual y en producción no existe esa carga diaria.
Desplegar en 300 tiendas nunca estuvo en el diseño.
Las predicciones se pegan a mano en un Excel y se mandan por correo.
La plataforma corporativa solo admite servicios Java, el modelo está en Python.
El job de reentrenamiento dejó de funcionar tras la actualización y nadie lo vio.
Cada actualización del modelo es una copia manual por un servidor de salto.
""", "it": """
Il riaddestramento lo fa Marco lanciando il notebook quando se ne ricorda.
Il modello gira sul portatile di un analista.
Non esiste un percorso verso la produzione, il PoC era pensato per la demo.
Nessun monitoraggio: il guasto l'abbiamo scoperto da un reclamo.
L'esercizio IT non prende in carico senza runbook né rollback.
boh nessuno sa che versione c'è in produzione
In produzione manca il flusso dati che nel prototipo era un export una tantum.
Portarlo su 120 punti vendita non era mai stato previsto.
Le previsioni vengono incollate a mano in un foglio condiviso.
La piattaforma aziendale ospita solo servizi Java.
Dopo l'aggiornamento del server il job di retraining si è fermato.
Ogni rilascio del modello è una copia manuale via jump host.
""", "pt": """
Retreinar é a Ana correr o notebook quando se lembra.
O modelo roda no portátil de um cientista de dados.
Não há caminho para produção, o piloto foi feito para a demonstração.
Sem monitorização, soubemos da falha por um cliente.
A operação recusou assumir sem runbook nem rollback.
ninguém sabe qual versão tá em produção, tem três pastas 'final'
Em produção não existe o fluxo de dados que no piloto era um export pontual.
Escalar para 250 lojas nunca esteve no desenho.
As previsões são coladas à mão numa folha de cálculo partilhada.
A plataforma da empresa só aceita serviços Java.
Depois da atualização o job de retreino parou e ninguém reparou.
Cada atualização do modelo é copiada à mão para o servidor.
""", "nl": """
Hertrainen betekent dat Sanne het notebook draait als ze eraan denkt.
Het model draait op de laptop van een data scientist.
Er is geen pad naar productie, de PoC was alleen voor de demo.
Geen monitoring: we hoorden van de storing via een klant.
Beheer weigert de overdracht zonder runbook en rollback.
niemand weet welke versie live staat
In productie ontbreekt de datastroom die in de pilot een eenmalige export was.
Uitrollen naar 90 vestigingen is nooit ontworpen.
De voorspellingen worden met de hand in een gedeelde sheet geplakt.
Het platform accepteert alleen Java-services.
Na de serverupdate draait de hertrainingsjob niet meer.
Elke modelupdate is een handmatige kopie via een jumphost.
"""}
