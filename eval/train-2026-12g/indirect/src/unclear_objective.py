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
Two sponsors, two definitions of done: one wants accuracy, the other wants headcount reduction.
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
We keep re-scoping because nobody can say which of the twelve pain points we're fixing.
Ministry wants to 'modernise with AI' — that was the entire RFP.
The model predicts machine failure; maintenance says they already know, they just can't get the parts.
What does the pilot prove if it passes? Nobody in the room could answer.
Business case has a benefits line of 'efficiency (tbc)'.
Went solution-first: picked the recommender, then asked the shop what to recommend.
Steering minutes: objective restated for the fourth time, still no target value.
The ask was 'reduce no-shows' but the clinic measures utilisation, which the model doesn't touch.
No one agreed on the unit: per patient, per visit or per episode.
Marketing wanted personalisation; sales wanted lead scoring; we built both halfway.
lol the requirement literally says 'make it intelligent'
We misunderstood the problem: dispatch wasn't slow, the address data was.
The ROI slide has arrows and no numbers.
Nobody can point to a current process the model replaces.
Objective: 'explore possibilities' — for the third quarter running.
The pilot was judged by how the demo looked, because there were no exit criteria.
Asked three managers what failure looks like and got three answers.
Idea came from a conference keynote, not from the ports team.
Our accuracy target of 95% was picked because it sounded good.
""", "de": """
Was genau das Modell verbessern soll, konnte mir bisher niemand sagen.
Im Lenkungskreis gab es keine Einigung, woran Erfolg gemessen wird.
Wir haben erst den Chatbot gebaut und suchen jetzt eine Abteilung, die ihn braucht.
Die Zielgröße wechselte von Absatzprognose zu 'Insights' innerhalb eines Quartals.
Akzeptanzkriterien im Epic: noch offen.
Vorstand wollte 'irgendwas mit KI' für den Geschäftsbericht.
Eine Baseline gibt es nicht, also wissen wir nicht, ob 80 % gut sind.
Der Nutzen im Business Case steht als 'Effizienz (tbd)'.
Die Disponenten wollten gar keine Prognose, sondern wissen, welcher Auftrag brennt.
Auftrag aus dem Ministerium: 'Verwaltung mit KI modernisieren', mehr stand nicht drin.
hab drei Bereichsleiter gefragt was das Ziel ist, drei verschiedene Antworten
Wir haben die Lösung gewählt, bevor wir das Problem verstanden hatten.
""", "fr": """
Personne n'a su me dire quel indicateur ce modèle est censé améliorer.
Le cahier des charges tient en une phrase : « mettre de l'IA dans la relation client ».
On a construit l'assistant d'abord, on cherche maintenant un service qui en a l'usage.
Comité de pilotage : pas d'accord sur ce que veut dire « réussite » pour le pilote.
Aucune mesure de référence, donc impossible de dire si 78 % c'est mieux qu'avant.
le besoin a changé trois fois depuis septembre, là on est sur 'des insights'
Les critères d'acceptation sont « à définir après le POC ».
La direction voulait une démo IA pour le salon, pas une réponse à un problème précis.
On optimise la précision alors que le métier compte les retards de livraison.
Le problème réel n'était pas la prévision mais le manque de pièces en stock.
Le business case indique « gains de productivité » sans chiffre.
Trois directeurs, trois définitions du succès.
""", "es": """
Nadie me ha sabido decir qué indicador tiene que mejorar este modelo.
El encargo de dirección fue 'hacer algo con IA' para la memoria anual.
Construimos el asistente primero y ahora buscamos un área que lo quiera.
Acta: no hubo acuerdo sobre cómo se mide el éxito del piloto.
No hay línea base, así que un 82 % no nos dice nada.
los criterios de aceptación están en 'pendiente' desde junio
El objetivo pasó de reducir impagos a 'bienestar del inquilino' sin definir cómo medirlo.
Resultó que el problema del almacén no era la previsión sino la falta de muelles.
El caso de negocio pone 'eficiencia' sin ninguna cifra.
Elegimos la tecnología antes de entender qué le dolía al cliente.
Cada patrocinador tiene su propia idea de qué significa terminado.
La licitación del ayuntamiento solo decía 'modernizar con inteligencia artificial'.
""", "it": """
Nessuno ha saputo dirmi quale numero dovrebbe migliorare il modello.
Il mandato era 'fare qualcosa con l'IA', punto.
Abbiamo costruito il chatbot e ora cerchiamo un reparto che lo voglia usare.
Comitato: nessun accordo su come si misura il successo del pilota.
Manca una baseline, quindi l'85% non significa niente.
criteri di accettazione: 'da definire' dal kickoff
L'obiettivo è passato dalle previsioni di vendita agli 'insight' in sei settimane.
Il vero problema del magazzino erano le banchine, non la previsione.
Nel business case c'è scritto 'efficienza' senza un numero.
Abbiamo scelto la soluzione prima di capire il problema.
Tre dirigenti, tre definizioni di risultato.
Il bando della regione chiedeva solo di 'innovare con l'intelligenza artificiale'.
""", "pt": """
Ninguém me soube dizer que indicador o modelo deve melhorar.
O pedido da diretoria foi 'fazer algo com IA' para o relatório anual.
Construímos o assistente primeiro e agora procuramos quem o queira usar.
Ata: não houve consenso sobre como medir o sucesso do piloto.
Não existe linha de base, então 80% não quer dizer nada.
critério de aceite tá como 'a definir' desde o kickoff
O objetivo mudou de previsão de demanda para 'insights' em dois meses.
O problema real do armazém era a falta de docas, não a previsão.
O business case diz 'ganho de eficiência' sem número nenhum.
Escolhemos a tecnologia antes de perceber o problema.
Cada patrocinador tem uma definição diferente de pronto.
O edital da prefeitura pedia apenas 'modernizar com inteligência artificial'.
""", "nl": """
Niemand kon me vertellen welk getal dit model moet verbeteren.
De opdracht van de directie was 'iets met AI', verder niets.
We hebben eerst de chatbot gebouwd en zoeken nu een afdeling die hem wil.
Stuurgroep: geen overeenstemming over hoe succes gemeten wordt.
Er is geen nulmeting, dus 79% zegt niks.
acceptatiecriteria staan nog op 'nader te bepalen'
Het doel verschoof van vraagvoorspelling naar 'inzichten' in zes weken.
Het echte probleem bij het magazijn waren de laaddocks, niet de prognose.
In de business case staat 'efficiëntie' zonder getal.
We kozen de oplossing voordat we het probleem begrepen.
Drie managers, drie definities van geslaagd.
De aanbesteding van de gemeente vroeg alleen om 'vernieuwen met AI'.
"""}
