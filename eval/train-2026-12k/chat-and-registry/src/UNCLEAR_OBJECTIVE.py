LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """
tbh i still dont know what problem the genai pilot is supposed to solve, we just got told "do something with llms"
back from the workshop. so what's the kpi for the routing model? asked marketing twice, got two different answers
ugh another demo where the board loved it and nobody could say what it saves
fwiw we never measured handling time before, so we cant show any improvement now
wait are we predicting churn or upsell? the brief says both lol
the ask changed from "reduce stockouts" to "better planning" to "insights". which one
honestly feels like we bought the vision platform first and are now looking for a use case
nobody agreed what a "good" forecast is, finance wants mape under 5, ops says anything beats excel
sprint review: model is fine, but product owner couldnt tell us what decision it feeds. parked till they know
had the call with claims. turns out they dont actually have a triage problem, backlog is 2 days
re the chatbot: what's success? deflection? csat? nobody wrote it down and now everyone's disappointed
we built the anomaly detector and then realised nobody knew what counts as an anomaly for them
fwiw the original problem statement was one slide with the word "AI" on it
so the sponsor wanted "predictive maintenance" but they meant a dashboard of current alarms
read the intake form finally. the business case just says efficiency gains, no number, no baseline, nothing. how do we ever call this done
morning. workshop with hr went in circles again, still no agreed target for the attrition thing
ugh we optimised for precision and now they tell us recall was what mattered all along
lol the "problem" was solved by a rule in the ERP last year, nobody told us
i think we misunderstood what the nurses needed, they wanted fewer alerts not smarter ones
honestly we're 4 months in and the success criteria doc is still a template
slides for thursday are in the folder. question tho: what does the pilot need to show to get go-ahead? no idea, steerco never said
thing is nobody knows what the baseline fill rate is, so 'improve it' means nothing
anyone free for a coffee? need to vent. the energy trading team said "just make it smart". thats the whole spec
we keep adding metrics to the dashboard because nobody can pick the one that matters
not sure who asked for the sentiment model or why tbh, found it in the backlog w/o a description
Closed: no measurable business objective defined
Stopped – solution in search of a problem
On hold until business defines success KPI
Cancelled; use case not validated with business
Parked: baseline never established, benefits not provable
Closed – problem statement unclear after 3 workshops
Paused pending agreement on target metric
Stopped. Business need did not materialise
Cancelled – technology-led, no owner of the problem
On hold: acceptance criteria undefined
Closed, benefit case could not be quantified
Parked – conflicting objectives between sales and ops
Stopped: requirement misunderstood, rework not justified
Closed; value hypothesis rejected at gate 2
Withdrawn – no decision process would consume the output
On hold – KPI and baseline TBD
Cancelled: existing rule already covers the need
Closed – pilot outcome not assessable, no criteria
Parked; objectives to be redefined by new product lead
Stopped after discovery: no clear pain point found
On hold. Scope of problem never agreed
Closed – expected benefit not defined in business case
Cancelled, POC answered a question nobody asked
Paused: target state not described
Closed: success criteria missing at stage gate
""", "de": """
der vorstand wollte "was mit ki" für die hauptversammlung, ein problem dazu gabs nie
ehrlich, im stadtwerk weiß keiner, ob wir verluste senken oder den kundendienst entlasten sollen
fwiw die prüfzeiten im jobcenter wurden nie erhoben, also kein vorher-nachher möglich
ugh, nach dem dritten termin mit der kfz-sparte reden wir immer noch über "mehrwert"
im werk dachten wir, es geht um ausschuss, die wollten aber eigentlich bessere schichtplanung
Ruht: Zielgröße zwischen Netz und Vertrieb strittig
Eingestellt – Lösung gesucht, Problem nie gefunden
Zurückgestellt bis Erfolgskriterien durch Fachbereich vorliegen
Gestoppt, Nutzenhypothese in Gate 1 nicht belegt
Pausiert: kein Prozess, der das Ergebnis nutzen würde
Beendet – Anforderung des Klinikums grundlegend missverstanden
""", "fr": """
à la mutuelle on nous a demandé "un usage de l'ia générative" pour la convention, c'est tout
franchement personne ne sait si le modèle doit réduire les retards ou mieux informer les voyageurs
on a livré la prévision aux chefs de rayon et ils voulaient en fait un outil de planning des équipes
la mairie n'a jamais mesuré les délais de réponse aux administrés, pas de base de comparaison
merci pour les croissants ce matin. ugh encore un atelier sans décision sur l'indicateur à suivre
Suspendu : indicateur de succès non arrêté
Abandonné – technologie choisie avant le besoin
Clôturé, le besoin réel était un simple reporting
En attente : objectifs divergents entre siège et régions
Arrêté, gain non démontrable faute de mesure initiale
Gelé jusqu'à formalisation du problème métier
""", "es": """
en la operadora nos pidieron "un copiloto" para la tienda online, nadie dijo para qué
la verdad no está claro si el modelo de hoteles tiene que subir ocupación o precio medio
al final el ayuntamiento no tenía un problema de colas, tenía un problema de citas previas
no hay medición inicial de tiempos en la almazara, así que ningún ahorro se puede demostrar
ugh cada director regional define el éxito a su manera
Cancelado: caso de negocio sin métrica de éxito
En pausa hasta que marketing defina objetivo
Suspendido – tecnología elegida antes que el problema
Cerrado, la necesidad del banco era un informe, no un modelo
Parado por objetivos contradictorios entre áreas
Descartado tras discovery, sin dolor de negocio claro
""", "it": """
nel pastificio volevano "l'intelligenza artificiale" ma nessuno ha mai scritto per risolvere cosa
onestamente non si sa se il modello moda deve ridurre le giacenze o aumentare il sell-through
al porto pensavamo servisse prevedere gli arrivi, in realtà il collo di bottiglia sono le dogane
il comune non ha mai misurato i tempi delle pratiche, non c'è un punto di partenza
ugh quarta riunione e ancora nessuno ha deciso il kpi
Sospeso: nessun criterio di successo concordato
Chiuso – soluzione cercava un problema
Fermo, business case privo di obiettivo misurabile
In pausa per obiettivi divergenti tra marketing e vendite
Annullato: il bisogno reale era diverso dal prototipo
Rinviato finché l'area sinistri non definisce la baseline
""", "pt": """
na cooperativa pediram "usar ia" no app dos produtores, mas ninguém sabe qual problema resolver
nunca medimos o tempo de análise de crédito, então não dá pra provar ganho nenhum
Encerrado: objetivo de negócio nunca definido
Suspenso até o hospital definir critérios de sucesso
Parado – solução escolhida antes do problema
""", "nl": """
de gemeente wilde "iets met ai" voor de begroting, maar wat precies is nooit gezegd
eerlijk, het waterschap weet niet of het om kostenbesparing of veiligheid gaat
bij de veiling bleek het probleem de logistiek, niet de prijsvoorspelling die wij maakten
de woningcorporatie heeft nooit gemeten hoe lang een reparatie duurt, dus geen nulpunt
notulen staan online. ugh alweer een sessie zonder afspraak over wat succes is
Gestopt: geen meetbaar doel geformuleerd
Geparkeerd tot directie het vraagstuk scherp heeft
Afgesloten, oplossing gezocht bij een technologie
On hold – tegenstrijdige doelen tussen afdelingen
Beëindigd: vraag verkeerd begrepen, prototype onbruikbaar
Wacht op succescriteria van de opdrachtgever
"""}
