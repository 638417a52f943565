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
Honest summary after eight months: we have a model that scores well on last year's data, but we don't have a service, a pipeline, monitoring or any way to update it once it's live.
The serving stack is a pile of bash scripts with no health checks.
Canary, shadow mode, A/B: none of it exists, so the switch-over is all or nothing.
MLOps is on the roadmap for next year, the model is due in March.
No feature store, so each team recomputes features differently at inference time.
Every hotfix to the fraud model needs a change board slot two weeks out.
After the OS upgrade the scheduled retrain job silently stopped.
ok so the 'deployment' is a shared notebook that ops press run on every monday
Nobody planned for GPU capacity outside the proof-of-concept subscription.
The model was never versioned alongside the code that produced its features.
Logs from the scoring job go to stdout and vanish, so when the branch managers complained about odd scores last Tuesday we had no way to reconstruct what the model actually received or returned.
The pilot never had to handle a second tenant, production has 31 councils.
""", "de": """
Nachtraining heißt: Jonas startet das Notebook, wenn er dran denkt.
Das Modell läuft auf einer VM unter einem Schreibtisch im Labor.
Der Betrieb nimmt nur Java-Services, für ein Python-Modell gibt es keinen Weg in die Produktion.
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
Le modèle de tri du courrier tourne dans un notebook que personne n'ose fermer.
Pour mettre à jour le modèle, Karim copie un fichier .pkl sur le serveur par clé USB.
la prod n'a pas de GPU et personne n'avait posé la question pendant le POC
Aucune alerte ne s'est déclenchée quand les prévisions sont passées à zéro.
Compte rendu : la DSI refuse de reprendre un prototype sans supervision ni journalisation.
Le modèle n'a plus été réentraîné depuis le changement de tarif.
On ne sait pas reproduire le modèle en service, le jeu d'entraînement a été effacé.
Le POC traitait 50 dossiers ; il en faudrait 40 000 par nuit.
Chaque correctif du modèle attend un créneau du comité des changements.
Les scores sont produits une fois par mois, exportés en CSV et envoyés par mail.
Le démonstrateur était une appli Streamlit, tout est à réécrire.
Pas d'environnement de préproduction : chaque nouvelle version part directement chez les agents.
""", "es": """
El modelo de previsión de demanda eléctrica se lanza a mano cada lunes desde un Jupyter.
Para actualizar el modelo, Raúl copia el fichero al servidor con un pendrive.
en producción no hay GPU y nadie lo preguntó durante la prueba de concepto
El clasificador de correos lleva meses sin reentrenar porque el proceso no está automatizado.
Acta: sistemas no acepta el traspaso sin logs, alertas ni manual de operación.
El prototipo dependía de una carpeta compartida que en producción no existe.
Nadie sabe con qué datos se entrenó la versión que está dando servicio.
Las cajas de los autobuses no pueden recibir un modelo nuevo sin pasar por taller.
El servicio de puntuación se cae en cada parcheo mensual y no hay failover.
No existe registro de modelos, hay una carpeta llamada definitivo_v3_bueno.
Las métricas del modelo en producción no las mira nadie porque no se recogen.
Cuando hubo que volver a la versión anterior tardamos dos días, no había marcha atrás automática.
""", "it": """
Il modello sta su un server in sala macchine che nessuno ha messo sotto backup.
Il riaddestramento richiede tre persone e un fine settimana.
nessuno ha pensato a come portare le previsioni dentro il turno delle 6, il PoC girava il pomeriggio
Il modello è calato di 10 punti dopo il cambio listino e lo abbiamo scoperto a fine mese.
Verbale: manca una pipeline CI/CD, ogni rilascio è fatto a mano dal fornitore.
Le feature del notebook e quelle del job notturno non coincidono più.
In produzione dovrebbe servire 60 comuni, il pilota ne aveva uno solo.
Il container del fornitore non si può aggiornare senza rifarlo da zero.
Latenza ok con dieci richieste, a duecento va in timeout.
Nessun log delle predizioni, quindi non possiamo ricostruire cosa ha deciso il modello.
Il prototipo usava l'account cloud del laboratorio innovazione, che chiude a giugno, e nessuno ha previsto dove far girare il modello dopo, né chi lo riaddestrerà quando cambiano i listini.
L'MLOps è nella roadmap dell'anno prossimo, il modello serve a marzo.
""", "pt": """
As previsões de ocupação hospitalar são geradas no portátil da Inês e enviadas por WhatsApp.
Não há versionamento: o modelo em produção é 'o último que funcionou'.
ops o job de retreino parou quando mudaram o servidor e ninguém viu durante dois meses
A prova de conceito foi feita sem pensar em como chegaria aos 300 postos de saúde.
Ata: a equipa de plataforma só suporta serviços Java, o modelo é em Python.
Para cada nova versão é preciso pedir uma janela de mudança com três semanas de antecedência.
Os sensores das turbinas não conseguem receber atualizações do modelo remotamente.
Sem testes automáticos, cada alteração ao pipeline parte alguma coisa.
As features são calculadas de forma diferente no treino e na inferência.
Não temos ambiente de staging, testamos diretamente com os clientes.
O modelo perdeu 15 pontos de precisão depois da mudança de tarifário e ninguém foi alertado.
A demonstração corria num Colab gratuito.
""", "nl": """
Het voorspelmodel voor de afvalroutes draait in een notebook dat Bas elke maandag start.
Modelgewichten staan in iemands persoonlijke OneDrive.
geen idee welke versie er nu live staat, er is geen register
De pilot verwerkte één gemeente; voor alle 28 gemeenten is nooit iets ontworpen.
Verslag: beheer weigert overdracht, er is geen runbook en geen rollback.
Elke hotfix moet langs de wijzigingsraad, volgende slot over twee weken.
De scoringservice heeft geen SLA en ligt plat bij elke patchronde.
Drift merken we pas als de klachten binnenkomen.
Het prototype las een eenmalige export; in productie levert niets die data dagelijks aan.
De voorspellingen worden in een gedeelde Excel geplakt en rondgemaild.
Na de OS-upgrade draait de hertrainingsjob stilletjes niet meer.
De PoC draaide in de sandbox van het innovatielab, dat wordt opgeheven.
"""}
