LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """
Third refinement session and we still can't say what 'better routing' means in numbers. Parking the epic.
Asked the business for a baseline - they don't know today's forecast error, so we can't show any improvement.
Epic description just says 'use GenAI for claims'. Which claims, what outcome? Nobody in the room could answer.
Blocked: success criteria TBD since June. PO says 'we'll know it when we see it'.
Steerco closed it. The model works, but nobody could say which decision it was supposed to change.
We built the churn score, then learned sales doesn't act on churn at all, they wanted upsell leads.
Comment from Anna: we've been optimising accuracy for months and the business actually cares about false alarms per shift.
Resolution: Won't Do. This started as 'we need an AI project for the annual report' and never found a real problem.
Demo went fine, then the head of ops asked what problem it solves for his planners. Silence.
Hand-off note: there is no agreed KPI. Finance wants cost per case, ops wants turnaround, the PO hasn't picked.
Stories keep getting rewritten because the target changes every review - first delivery time, then stock level, now margin.
We solved the wrong problem. Fraud team needed help triaging alerts, we built a detector that creates more alerts.
The chatbot was a solution looking for a problem. Call volume on those topics is 2% of the total.
Can't define acceptance criteria, the sponsor says any improvement is fine but won't say improvement of what.
Moved to On Hold until the business case exists. Right now it's 'because competitors have one'.
The pilot 'succeeded' according to the deck but there was never a number to compare against.
Workshop outcome: four departments, four definitions of a 'late' shipment. No model until that's settled.
Honestly nobody asked for this. The vendor pitched it to IT and IT started building.
Still no answer on what the forecast feeds into - is it for purchasing, staffing, or just the dashboard?
Closing as obsolete. Turned out the planners already had a rule that works, the real issue was the morning meeting.
PO on leave, no one else can tell us if precision or recall matters more for the triage use case.
The ask was 'predict maintenance'. Predict what, failure, remaining life, next visit? Three months in, still not decided.
We reported 0.91 AUC and the board asked how many euros that is. We don't know.
Epic description copied from the innovation portal: 'Leverage AI to transform customer experience'. That's it.
Blocked on definition of the target. 'High-value customer' means something different in every market.
Reviewed with the clinic lead: they never had a problem with appointment no-shows, they had a problem with overbooking rules.
Comment: we need someone to tell us what 'good enough' is before we tune further.
The use case was picked from a vendor's top-10 list, not from our backlog of actual pain points.
Deliverable accepted, never used. The question it answers wasn't the question the team had.
There's no owner of the metric. We can show lift vs. random but nobody will say if that's worth it.
Spike result: the 'problem' is a reporting lag, not a prediction problem. Proposing to close the ML epic.
Moving back to discovery. Interviews showed dispatchers want better maps, not an ETA model.
Acceptance criteria rewritten for the 5th time. Still reads 'model should be accurate'.
Dropped from PI planning - the team couldn't articulate the value in the one-pager.
Anomaly detection on what, exactly? The request lists 'all plant data'. We need a failure mode to target.
We were told to 'do something with the IoT data'. Did something. Nobody knows if it helped.
Baseline measurement was skipped to save time, so now the pilot results can't be interpreted.
Per steerco minutes, the goal moved from cost reduction to customer satisfaction mid-pilot. Metrics don't cover that.
Closing. Legal wanted to know which clauses are risky; we summarised contracts instead because that's what the tool does.
Marketing asked for 'AI personalisation' but there is no campaign process that could consume segments.
The Q3 review slide says 'explore use cases'. We are in Q4 of year two.
Waiting for the business to confirm what counts as a resolved ticket. Without it the label is meaningless.
We measured time saved per document and got 4 seconds. Nobody checked upfront if that mattered.
The decision the model supports happens twice a year. Why are we building a real-time service?
""", "de": """
Im Auftrag steht 'KI-gestützte Netzplanung'. Auf Nachfrage konnte der Bereich kein einziges konkretes Planungsproblem nennen.
Wir haben Herrn Albrecht gefragt, woran er den Erfolg im Pilot misst. Antwort: 'Das sehen wir dann.'
Das Projekt entstand nach einer Messe, auf der der Geschäftsführer einen Chatbot gesehen hat.
Nach zwei Monaten stellt sich raus: Die Sachbearbeiter brauchen keine Prognose, sie brauchen weniger Medienbrüche.
Blockiert, bis jemand entscheidet, ob wir Leerfahrten oder CO2 minimieren sollen. Beides geht nicht.
Der Fachbereich will 'mehr Transparenz'. Über was, für wen, mit welchem Ziel, bleibt offen.
Review-Feedback: schöne Ergebnisse, aber wofür genau? Der Einkauf hatte das nie bestellt.
Übergabe: Die Zielgröße 'kritischer Kunde' ist nirgends definiert, jeder Vertriebler versteht was anderes darunter.
Die Frage der Landesregierung war eigentlich, warum Anträge so lange liegen, nicht welche Anträge abgelehnt werden.
Kein Mensch weiß, wie hoch die Ausschussquote heute ist. Also auch nicht, ob das Modell hilft.
Die Anforderung lautet wörtlich 'irgendwas mit Predictive'.
Wir haben Genauigkeit berichtet, die Leitstelle interessiert sich aber nur für die Zeit bis zur Alarmierung.
Epic wird eingestellt: Der Nutzen wurde nie beschrieben, nur die Technologie.
Bisher hat kein Termin geklärt, welche Entscheidung die Prognose vorbereiten soll.
Die Vorgabe kam von oben: 'Wir brauchen auch ein KI-Projekt.' Mehr Briefing gab es nicht.
Das Problem, das wir lösen sollten, existiert seit dem neuen Schichtmodell gar nicht mehr.
Keiner hat festgelegt, ab welcher Trefferquote der Pilot als bestanden gilt.
""", "fr": """
La demande initiale tenait en une ligne : « mettre de l'IA dans le service client ».
On a demandé au directeur d'agence comment il jugerait le pilote. Réponse : « on verra bien ».
Le projet est né après un salon où le PDG a vu une démo de jumeau numérique.
Deux mois plus tard on comprend que les gestionnaires ne veulent pas de score, ils veulent moins de ressaisies.
Bloqué tant que personne ne tranche entre minimiser les kilomètres et minimiser les retards.
Le métier réclame « plus de visibilité ». Sur quoi, pour qui, personne ne sait.
Note de passation : la notion de « client à risque » n'est définie nulle part.
La vraie question de la mairie, c'était les délais de traitement, pas la prédiction des refus.
Personne ne connaît le taux de rebut actuel, impossible de dire si le modèle améliore quoi que ce soit.
Le besoin exprimé : « quelque chose de prédictif ». Rien de plus.
On a présenté l'AUC, le SAMU ne s'intéresse qu'au délai de décroché.
Epic abandonné : la valeur n'a jamais été décrite, seulement la techno.
Depuis le nouveau planning des équipes, le problème qu'on devait résoudre n'existe plus.
Aucun seuil n'a été fixé pour dire que le pilote est réussi.
Le directeur voulait « un projet IA à montrer au conseil », c'est tout le cahier des charges.
Trois mois de travail et on ne sait toujours pas quelle décision ce score est censé éclairer.
Chaque service a sa propre idée du livrable, aucune n'est écrite.
""", "es": """
La petición inicial era una línea: 'meter IA en atención al ciudadano'.
Preguntamos a la gerente cómo mediría el éxito del piloto y dijo que ya se vería.
El proyecto nació después de una feria donde el consejero delegado vio un asistente virtual.
Bloqueado hasta que alguien decida si optimizamos kilómetros o puntualidad.
Nota de traspaso: nadie ha definido qué es un 'cliente en riesgo', cada comercial lo entiende a su manera.
Nadie sabe cuál es el porcentaje de piezas defectuosas hoy, así que no podemos comparar.
La pregunta real del ayuntamiento era por qué tardan los expedientes, no cuáles se deniegan.
Épica cerrada: nunca se describió el beneficio, solo la tecnología.
El requisito literal es 'algo con predictivo'.
Con el nuevo cuadrante de turnos el problema que íbamos a resolver ya no existe.
Cada departamento espera un entregable distinto y ninguno lo ha puesto por escrito.
""", "it": """
La richiesta dell'ufficio stile era 'usare l'IA per la collezione'. Per le tendenze, le taglie, i tessuti? Non l'hanno chiarito.
Abbiamo consegnato le previsioni di traffico autostradale, ma nessuno sa se servono ai turni dei casellanti o ai cantieri.
Il direttore commerciale dice che il modello è 'interessante' ma non sa dirci cosa deciderebbe diversamente.
Bloccato: manca una misura di partenza del tempo medio di sdoganamento, senza quella non possiamo dimostrare nulla.
Il progetto è nato perché la capogruppo ha chiesto a ogni controllata 'almeno un caso IA'.
Nota di passaggio: nessuno ha mai deciso se il target sono le disdette o i cali di consumo.
La cantina voleva prevedere la qualità della vendemmia, poi ha detto che in realtà le serve sapere quando vendemmiare.
Dopo tre sprint scopriamo che il problema del call center era il menu telefonico, non lo smistamento.
Il documento di avvio dice 'migliorare l'esperienza del cliente' e basta.
Commento di Paolo: ogni volta che presentiamo un numero ci chiedono un altro numero.
Chiusura: il valore per il business non è mai stato quantificato e l'epic non ha più senso.
""", "pt": """
O pedido da diretoria agrícola foi 'usar IA na safra'. Para plantio, colheita, logística? Ninguém respondeu.
Entregamos a previsão de demanda do SUS regional, mas ninguém sabe se é para escala médica ou compra de insumos.
O gerente comercial achou o modelo 'interessante', mas não soube dizer que decisão ele mudaria.
Bloqueado: não existe medida atual do tempo de desembaraço, sem isso não há como mostrar ganho.
O projeto nasceu porque a holding pediu 'pelo menos um case de IA' de cada empresa.
Nota de passagem: nunca decidiram se o alvo é cancelamento ou queda de consumo.
Depois de três sprints descobrimos que o problema da URA era o menu, não a triagem.
O termo de abertura diz 'melhorar a experiência do cliente' e mais nada.
Comentário da Luana: cada vez que mostramos um número pedem outro número.
Fechando: o valor para o negócio nunca foi quantificado.
"""}
