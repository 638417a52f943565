LABEL = "UNCLEAR_OBJECTIVE"
S = {"en": """
Nobody could tell me what number this model is supposed to move.
Kickoff deck says 'leverage GenAI across claims' and that's the whole brief.
We built the chatbot first and are now looking for a department that has a question for it.
Retro: three months in and we still argue about whether success means fewer calls or shorter calls.
There's no baseline, so when the model hits 81% we can't say if that's better than what the nurses do now.
board wanted 'something with AI' for the annual report
The use case changed from demand forecasting to pricing to 'insights' in six weeks.
Acceptance criteria field on the epic: TBD.
Minutes: the committee could not agree what 'improved citizen experience' means in measurable terms.
We solved route optimisation, turns out the depots' problem was loading time at the dock.
Product owner keeps asking for 'smarter' without saying smarter at what.
The KPI we were given is 'engagement', which nobody in the library service actually tracks.
The vendor proposed computer vision before anyone looked at why the returns happen.
Q: what decision will this score feed into? A: we'll figure that out after the pilot.
Our north star is 'AI maturity', which isn't a thing you can measure on a farm.
Demo went fine, then the CFO asked what it saves and the room went quiet.
The charter never says what 'done' looks like, only that the model should be 'accurate'.
we're optimising for F1 but the business actually cares about missed high-value orders, found out yesterday
Hypothesis doc was never written; we went straight to model selection.
The grid operator asked for 'predictive something' for substations.
Success criteria will be defined 'once we see what the model can do'.
Turns out the planners didn't want a forecast, they wanted to know which forecast to ignore.
Problem statement is three paragraphs about the technology and one line about the tenants.
The target was changed from arrears to 'tenant wellbeing' halfway, with no data definition.
Status: green on delivery, nobody can say green against what.
Team built a sentiment dashboard; the brief was actually about complaint resolution time.
Nobody measured how long the manual triage takes today, so the time saving is a guess.
Use-case canvas left blank under 'who benefits'.
Leadership asked for 'an LLM strategy' and we delivered a proof of concept looking for a problem.
Nobody can say which of the twelve pain points in the workshop this is meant to fix.
Ministry wants to 'modernise with AI' — that was the entire RFP.
The model predicts machine failure; maintenance says they already know, they just can't get the parts.
We asked the steering group a simple question, what does the pilot prove if it passes and what happens if it doesn't, and after twenty minutes of discussion nobody in the room could answer it.
Business case has a benefits line of 'efficiency (tbc)'.
Went solution-first: picked the recommender, then asked the shop what to recommend.
Steering minutes: objective restated for the fourth time, still no target value.
The ask was 'reduce no-shows' but the clinic measures utilisation, which the model doesn't touch.
No one agreed on the unit: per patient, per visit or per episode.
We still can't say which customer decision the lead score is meant to change.
lol the requirement literally says 'make it intelligent'
We misunderstood the problem: dispatch wasn't slow, the address data was.
The ROI slide has arrows and no numbers.
Nobody can point to a current process the model replaces.
Objective: 'explore possibilities' — for the third quarter running.
The pilot was judged by how the demo looked, because there were no exit criteria.
Asked three managers what failure looks like and got three answers.
Idea came from a conference keynote, not from the ports team.
Minutes: when asked where the 95% accuracy target came from, the programme lead explained it had been picked for the kickoff deck because it sounded good, and no one has checked what the clerks achieve today.
""", "de": """
Was genau das Modell verbessern soll, konnte mir bisher niemand sagen.
Im Lenkungskreis wurde wieder nicht festgelegt, woran der Pilot gemessen wird.
Wir haben erst den Chatbot gebaut und suchen jetzt eine Abteilung, die ihn braucht.
Die Zielgröße wechselte von Absatzprognose zu 'Insights' innerhalb eines Quartals.
Akzeptanzkriterien im Epic: noch offen.
Vorstand wollte 'irgendwas mit KI' für den Geschäftsbericht.
Eine Baseline gibt es nicht, also wissen wir nicht, ob 80 % gut sind.
Der Nutzen im Business Case steht als 'Effizienz (tbd)'.
Die Disponenten wollten gar keine Prognose, sondern wissen, welcher Auftrag brennt.
Auftrag aus dem Ministerium: 'Verwaltung mit KI modernisieren', mehr stand nicht drin.
hab gefragt, woran wir merken, dass es geklappt hat – keiner wusste es
Wir haben die Lösung gewählt, bevor wir das Problem verstanden hatten.
""", "fr": """
La lettre de mission dit « explorer le potentiel de l'IA générative », rien de plus.
On a demandé à la mairie ce qu'elle voulait mesurer : silence radio.
Le pilote sera jugé « sur impression », faute d'indicateur.
on a un super modèle de prévision mais personne sait quelle décision il doit éclairer
Le vrai souci des urgences, c'était les lits d'aval, pas le tri à l'accueil.
Compte rendu : l'objectif a été reformulé pour la quatrième fois, toujours sans cible chiffrée.
Personne n'a mesuré le temps de traitement actuel, donc le gain est inventé.
L'idée vient d'une keynote au salon, pas des agents de terrain.
Le taux de 95 % a été choisi parce que ça sonnait bien.
Le modèle prédit les pannes, mais l'atelier savait déjà ; il manque les pièces.
La colonne « bénéficiaire » du canevas est restée vide.
Fin du POC : on ne sait pas s'il a réussi, il n'y avait pas de critère de sortie.
""", "es": """
El encargo de la consejería decía 'aplicar IA a la gestión educativa' y nada más.
Preguntamos qué cifra tenía que mover el modelo y nadie contestó.
el piloto se va a valorar 'a ojo' porque no hay ningún indicador
Resulta que en urgencias el cuello de botella eran las camas, no el triaje.
La cadena hotelera quería 'un asistente inteligente' pero no sabía para qué tipo de huésped.
Nadie sabe si el éxito es vender más seguros o reclamar menos siniestros.
Montamos el modelo de precios antes de preguntar a la bodega qué le preocupaba.
Acta: se pospone de nuevo la definición de métricas de éxito.
No existe una medición de cuántas incidencias resuelve hoy el servicio técnico.
La propuesta de la consultora empieza por la tecnología y el problema aparece en la página 30.
En la diapositiva de retorno hay flechas pero ningún número.
El objetivo del proyecto es 'ser referentes en IA', literalmente.
""", "it": """
La delibera parla di 'sperimentare soluzioni innovative basate sull'IA', senza un obiettivo.
Chiesto all'ufficio tributi cosa volessero misurare: nessuna risposta.
il pilota lo giudicheranno 'a sensazione', non c'è un KPI
Il cliente voleva prevedere le vendite, ma il problema vero era la rottura di stock in un solo magazzino.
Non abbiamo una misura di quanto ci mettono oggi gli operatori a classificare le PEC.
L'IA generativa è stata scelta prima di sapere cosa avrebbe dovuto scrivere.
Lo scopo del pilota cambia a seconda di chi presenta in comitato.
Criterio di successo: 'che piaccia alla direzione'.
Verbale: rinviata ancora la definizione degli indicatori.
Il modello prevede guasti che l'officina conosce già, mancano i ricambi.
Nel business case la voce benefici è 'da quantificare'.
Abbiamo ottimizzato l'accuratezza, ma al cliente interessava solo non perdere gli ordini grandi.
""", "pt": """
O despacho do ministério pedia 'explorar a IA na administração pública' e mais nada.
ninguém sabe dizer se o chatbot devia reduzir chamadas ou vender mais
A startup vendeu visão computacional à lota antes de alguém perceber o que a lota precisava.
Não há linha de base para o tempo de atendimento nos balcões, então não há como mostrar ganho.
Ata: a equipa pediu uma meta quantificada, a direção respondeu 'melhorar'.
O problema do porto não era a previsão de navios, era a falta de gruas.
A métrica de sucesso da prova de conceito é 'impressionar a administração'.
Construímos um classificador de e-mails; ninguém disse o que fazer com as classes.
O pedido original era 'usar IA nos dados da universidade'.
No fim da prova de conceito ninguém sabe se correu bem, não havia critério de saída.
Os benefícios no caso de negócio estão como 'a quantificar'.
Escolhemos o modelo antes de saber qual decisão ele ia apoiar.
""", "nl": """
In het collegebesluit staat 'experimenteren met AI in de dienstverlening', verder geen doel.
We vroegen de afdeling belastingen wat ze wilden meten: geen antwoord.
de pilot wordt beoordeeld op 'gevoel', er is geen KPI
Achteraf bleek het probleem bij de veiling niet de prijsvoorspelling maar de logistiek.
Niemand weet of de chatbot het aantal telefoontjes moet verlagen of de klanttevredenheid moet verhogen.
De opdracht aan het bureau was 'kijk eens wat AI voor ons kan doen'.
Er is nooit een nulmeting gedaan van de doorlooptijd van vergunningen.
Verslag: succescriteria opnieuw doorgeschoven naar het volgende overleg.
We hebben de techniek gekozen en zoeken nu het probleem erbij.
Op de ROI-slide staan pijlen maar geen getallen.
De gebruikersvraag is nooit opgehaald: het idee kwam van een leverancier op een beurs, en toen we de teamleiders vroegen welk probleem het oplost, kregen we vooral vragen terug.
Wat moet een medewerker anders doen met deze score? Dat weet niemand.
"""}
