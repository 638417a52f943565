LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """
marco's off sick today. which is a problem because the model lives in a jupyter notebook on his laptop, thats the "deployment"
tbh nobody planned how this gets served, poc was all batch csv in and out
fwiw theres no pipeline to retrain, we did it by hand once in april and never again
so who's on call when the scoring job dies at 3am? nobody, thats who
platform team says no gpu nodes in prod cluster until next fiscal, so the model just sits there
we have no monitoring at all, model drifted for 2 months before anyone noticed
honestly the poc was built in a sandbox with copies of data, theres no path to the real env
ci/cd for models doesnt exist here, every release is a zip file emailed to ops
ok so the demo ran in databricks community edition lol. prod is on-prem only
model registry? we have a shared drive folder called models_final_v3
ugh the serving latency is 4s because it's a flask app on a single vm, checkout needs under 200ms
hand over to IT failed, they wont run anything python, only java services
retro note: feature engineering is done in excel before scoring. cannot automate as is
fwiw the vendor's model only exists as a demo in their portal, no way to call it from our prod stack
priya's on holiday next week, heads up. nobody built the batch scheduler bit, it still runs when she presses a button
happy friday all. still no container image that passes the platform checks, 3rd attempt failed on base image. trying again monday
tbh we should have thought about prod on day one, now its a rewrite
the features used in training arent available at prediction time. whole thing needs redoing
mlops backlog is 40 tickets and no one assigned, meanwhile the pilot is frozen
quick one - is there any env where we can run scheduled inference? ops says not their problem
we cant roll back model versions, so risk wont let us deploy updates
heads up: the edge devices in the stores cant run the model, too big, and nobody planned for that
infra says the poc architecture doesnt meet HA requirements, start over on the k8s platform
cab meeting done. we never wrote the drift alerts, so prod owners refused to take it. back to the backlog
standup: demo ok, prod rollout blocked bc no deployment pipeline exists yet. lunch at 12:30
Stopped: no deployment path beyond POC
On hold – MLOps platform not available
Parked. Model not production-ready, rebuild required
Closed – POC architecture not supportable by IT Ops
Paused pending serving infrastructure
Cancelled; no monitoring or retraining capability
On hold: awaiting CI/CD pipeline for models
Stopped – runtime environment not approved for prod
Parked until GPU capacity in production cluster
Closed, handover to operations rejected
Suspended – model cannot meet latency SLA in prod setup
On hold pending model registry rollout
Cancelled: notebook prototype, no industrialisation plan
Stopped after ops review: no run-book, no on-call
Parked – batch scoring job never automated
Closed; retraining pipeline out of scope, model decayed
On hold, waiting for platform team to build serving layer
Blocked – edge deployment not feasible on store hardware
Paused: no production environment for Python workloads
Stopped. Industrialisation cost not planned, POC only
Closed – vendor model only runs in vendor sandbox, no prod route
On hold: feature store not in place
Parked pending target architecture decision
Cancelled – pilot never left sandbox
Stopped; model ops ownership and tooling missing
""", "de": """
das lastprognose-modell läuft als r-skript auf dem arbeitsplatzrechner im netzleitstand, sonst nirgends
ehrlich gesagt hat beim poc keiner an den betrieb gedacht, jetzt sagt das rechenzentrum nein
termin mit der ot-security war heute. in der fertigung darf nix ins ot-netz, was nicht zertifiziert ist, und wir haben nur ein docker-image
fwiw das nachtraining macht seit monaten keiner, das modell kennt die neuen tarife nicht
Ruht: kein Betriebskonzept, keine Rufbereitschaft
Zurückgestellt bis Kubernetes-Plattform in Produktion verfügbar (Q3)
Eingestellt – Prototyp in Cloud-Sandbox, Produktion nur im eigenen RZ
Gestoppt, Modell ohne Monitoring nicht betreibbar
Pausiert: Feature-Berechnung nur manuell in Excel
On hold – Abnahme durch IT-Betrieb verweigert
Beendet, Neuentwicklung für Produktion nicht eingeplant
""", "fr": """
le modèle de prévision voyageurs tourne sur un poste de la salle de crise, c'est tout
franchement la dsi ne sait pas héberger du python, que du java
bon aucune alerte de dérive n'existe, on l'a découvert quand les prévisions de rayon sont devenues absurdes
le poc chez l'éditeur utilisait des données copiées, rien n'est prévu pour brancher la prod
Suspendu : pas de chaîne de mise en production des modèles
En attente de la plateforme MLOps groupe
Abandonné – notebook non industrialisable
Gelé, exploitation refuse de reprendre sans runbook
Arrêté : réentraînement manuel jamais automatisé
Clôturé, latence incompatible avec le parcours client
En pause : pas d'environnement de prod pour l'inférence
""", "es": """
el modelo de abandono corre en el portátil de un analista de la operadora y ya
ugh en los hoteles el piloto se lanzaba a mano cada lunes, nunca se automatizó
la verdad nadie pensó en monitorizar, el modelo lleva meses fuera de datos nuevos
en sistemas dicen que sin contenedor aprobado no entra nada en producción
Parado: sin infraestructura para servir el modelo
Suspendido – prueba de concepto sin plan de puesta en producción
En espera de pipeline de CI/CD para modelos
Cerrado, explotación rechaza hacerse cargo
Cancelado: no hay reentrenamiento ni alertas de deriva
Bloqueado, entorno productivo solo admite Java
En pausa hasta disponer de GPUs en el CPD
""", "it": """
domani sono in ferie, occhio. il modello per le giacenze gira su un pc sotto la scrivania in magazzino, se si spegne addio
onestamente al porto nessuno sa come metterlo in esercizio h24
ugh il prototipo dell'asl era su colab, la produzione è tutta on-prem certificata
nessuno ha previsto il riaddestramento, con i nuovi tessuti le previsioni non valgono più
Sospeso: nessuna pipeline di rilascio per modelli
Fermo in attesa del cluster GPU di produzione
Chiuso – prototipo costruito senza pensare all'esercizio
In pausa, manca il monitoraggio delle prestazioni
Annullato: l'IT non gestisce applicazioni Python
Rinviato finché non esiste un registro dei modelli
Bloccato, runbook e reperibilità assenti
""", "pt": """
o modelo de previsão de safra roda num notebook do agrônomo, não há servidor pra ele
ninguém monitora o modelo de crédito em produção, ninguém nem sabe onde ele roda
Parado: sem pipeline de implantação
Suspenso até existir ambiente de inferência
Encerrado – operação recusou assumir o piloto
""", "nl": """
het model voor waterstanden draait op één laptop bij de dijkwacht, dat is alles
eerlijk gezegd heeft niemand bij de pilot aan beheer gedacht, nu moet alles opnieuw
ugh de gemeente mag alleen applicaties op het eigen platform draaien en ons model past daar niet op
fwiw hertrainen gebeurt handmatig en dat is sinds de zomer niet meer gedaan
Gestopt: geen weg van proof of concept naar productie
On hold – wachten op MLOps-straat van centrale IT
Geparkeerd, geen monitoring of alerting ingericht
Afgesloten: beheer weigert notebook-oplossing
Gepauzeerd tot GPU-capaciteit in datacenter beschikbaar is
Beëindigd – latency in productie te hoog voor veilingklok
Wacht op containerplatform (Q2)
"""}
