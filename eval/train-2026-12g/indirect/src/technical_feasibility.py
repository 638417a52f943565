LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """
Best model so far: 61% precision. Business needs 95 before anyone will look at it.
The OCR can't read handwritten prescriptions, and that's most of them.
Forecast error is worse than the naive 'same as last week' baseline.
chat: the LLM keeps inventing policy numbers that don't exist
Defects are 0.2 mm scratches and the camera resolution sees 0.5 mm.
Minutes: the vendor's promise of 'human-level' translation of legal Dutch did not survive the pilot.
We tried five architectures; none beats a coin flip on next-month churn.
Hallucination rate on the benchmark: 18%. Acceptable rate for medical advice: zero.
The demand is driven by weather we can't forecast two weeks out.
Sarcasm in customer reviews breaks the sentiment model every time.
Expectation was full automation; realistically the model can pre-sort 30%.
Retro: the problem needs causal inference and we've been doing correlation.
Even the best of five vendors' models misses a third of the tumours the radiologists find.
Speech recognition fails on regional accents, which is the whole customer base.
Latency needs to be under 50 ms on the line, the model needs 900.
The signal just isn't in the data: tried every feature, AUC stays at 0.56.
The sponsor expected the AI to predict stock prices.
Detecting intent from a three-word SMS is harder than the slides suggested.
Summaries drop the one sentence that matters in a discharge letter.
No model can tell a cracked weld from a reflection under these lights.
The chatbot answers confidently and wrongly about 1 time in 5.
Rare classes (the ones that matter) have recall under 10%.
We need to predict failures that have happened twice in a decade.
Tables in the scanned contracts come out as soup.
The agents loop forever on multi-step tasks.
Face matching works in the lab and fails in the rain.
It's essentially asking the model to read the doctor's mind.
False positive rate would mean 3,000 alerts a day for 12 analysts.
Nobody had told management that 'understand any document' isn't a solved problem.
The robot arm grasps 70% of parcels; the target was 99.5%.
The model can't handle products it hasn't seen, and half the catalogue changes each season.
We benchmarked three vendors; none gets Arabic handwriting above 50%.
Long documents exceed the context window, chunking loses the cross-references.
Expectations were set by a YouTube demo of a general-purpose assistant, so management assumed it would read any insurance form in any layout without training, which no model on the market can actually do.
The physics of the kiln aren't observable from the sensors we have.
Precision/recall trade-off: either we miss fraud or we block half the customers.
Every tweak that helps one plant makes another plant worse.
ok so the model is great at predicting yesterday
Trying to classify tickets into 400 categories with 3 examples each.
We can't get the error below the measurement noise of the scales.
Drone images at that altitude don't resolve individual plants.
The translation of technical terms is wrong often enough that engineers stopped trusting it.
Model confuses the 14 grades of steel that look identical on camera.
Minutes: the feasibility study concluded the task is beyond current methods at acceptable error.
After six weeks of prompt tuning the generated code compiles about half the time, passes the unit tests about a fifth of the time, and the reviewers spend longer fixing it than writing it themselves.
The 'autonomous' scheduling still needs a human for every third shift.
Predicting individual patient no-shows: AUC 0.58 after six months of trying.
The chatbot can't do arithmetic on the tariff tables reliably.
""", "de": """
Bestes Modell bisher: 61 % Präzision, gebraucht werden 95.
Die Texterkennung scheitert an handschriftlichen Rezepten.
Die Prognose ist schlechter als 'wie letzte Woche'.
das LLM erfindet Aktenzeichen, die es gar nicht gibt
Die Kratzer sind 0,2 mm, die Kamera löst 0,5 mm auf.
Selbst mit allen Merkmalen erkennt das Modell Betrugsfälle kaum besser als Zufall.
Mit Dialekt kommt die Spracherkennung nicht klar, und unsere Kunden sprechen Dialekt.
Die Erwartung war Vollautomatisierung, realistisch sind vielleicht 30 %.
Wir sollen Ausfälle vorhersagen, die es zweimal in zehn Jahren gab.
Die Machbarkeitsstudie sagt: mit heutigen Methoden nicht in der nötigen Güte.
Unter diesem Licht unterscheidet kein Modell einen Riss von einer Spiegelung.
Bei der Fehlalarmquote kämen 3.000 Meldungen am Tag auf zwölf Leute.
""", "fr": """
Meilleur modèle : 61 % de précision, le métier en exige 95.
L'OCR ne lit pas les ordonnances manuscrites.
le LLM invente des numéros de contrat qui n'existent pas
Même le meilleur modèle confond un pneu usé et un pneu sale une fois sur trois.
La reconnaissance vocale ne comprend pas les accents du Sud-Ouest.
On attendait une automatisation complète ; au mieux le modèle trie 30 %.
Les tableaux des contrats scannés ressortent en bouillie.
Avec ce taux de faux positifs, ce serait 3 000 alertes par jour pour douze analystes.
Le signal n'est tout simplement pas dans les données, l'AUC plafonne à 0,56.
Le robot de préparation saisit 70 % des colis, l'objectif était 99,5 %.
Les résumés oublient justement la phrase importante de la lettre de sortie.
La direction pensait que « comprendre n'importe quel document » était un problème résolu.
""", "es": """
Mejor modelo hasta ahora: 61 % de precisión, negocio pide 95.
la previsión es peor que repetir la semana pasada, tal cual
El reconocimiento de voz no entiende los acentos andaluces.
Queremos predecir averías que han pasado dos veces en diez años.
El estudio de viabilidad concluye que no se alcanza la calidad necesaria.
Los drones a esa altura no distinguen plantas individuales.
El asistente contesta con seguridad y se equivoca una de cada cinco veces.
No hay modelo que distinga los 14 tipos de acero que se ven iguales en cámara.
La latencia tiene que ser de 50 ms en la línea y el modelo tarda 900.
Las expectativas salieron de un vídeo de demostración en YouTube.
El chatbot no sabe hacer cuentas con las tablas de tarifas.
Clasificar 400 categorías de incidencias con tres ejemplos cada una no funciona.
""", "it": """
Miglior modello finora: 61% di precisione, ne servono 95.
l'LLM si inventa numeri di polizza che non esistono
Il riconoscimento vocale non capisce i dialetti, e i nostri clienti parlano dialetto.
Lo studio di fattibilità dice che la qualità richiesta non è raggiungibile.
Sotto queste luci nessun modello distingue una crepa da un riflesso.
I graffi sono di 0,2 mm e la telecamera ne vede 0,5.
Il sarcasmo nelle recensioni manda in tilt il modello di sentiment.
Le classi rare, quelle che contano, hanno recall sotto il 10%.
Il codice generato compila una volta su due.
Ogni ritocco che migliora lo stabilimento di Brescia peggiora quello di Taranto, e dopo sei mesi di tentativi nessuna versione del modello supera la soglia concordata in entrambi.
Il riconoscimento facciale funziona in laboratorio e sbaglia sotto la pioggia.
La domanda dipende dal meteo a due settimane, che nessuno sa prevedere.
""", "pt": """
Melhor modelo até agora: 61% de precisão, o negócio precisa de 95.
o OCR não lê receitas manuscritas, e são quase todas
Nem o melhor modelo distingue uma fissura estrutural de uma simples mancha no betão.
O reconhecimento de voz não entende os sotaques do Nordeste.
Esperavam automação total; no máximo o modelo tria 30%.
Com essa taxa de falsos positivos seriam 3.000 alertas por dia.
Os documentos longos não cabem na janela de contexto e os cortes perdem as referências.
A física do forno não é observável com os sensores que temos.
Ou deixamos passar a fraude ou bloqueamos metade dos clientes.
O modelo é ótimo a prever o dia de ontem.
Prever faltas de pacientes individuais: AUC de 0,58 depois de seis meses.
Os agentes entram em loop nas tarefas de vários passos.
""", "nl": """
Beste model tot nu toe: 61% precisie, de business wil 95.
het LLM verzint polisnummers die niet bestaan
De spraakherkenning snapt de Limburgse en West-Vlaamse uitspraak niet.
We moeten storingen voorspellen die twee keer in tien jaar voorkwamen.
De haalbaarheidsstudie concludeert dat de vereiste kwaliteit buiten bereik ligt.
Drones op die hoogte zien geen losse planten.
De vertaling van vaktermen is zo vaak fout dat de monteurs het niet meer vertrouwen.
De meetfout van de weegschalen is groter dan wat we willen voorspellen.
De verwachting kwam uit een filmpje op YouTube.
Het model kan niet omgaan met producten die het nooit gezien heeft, en het assortiment wisselt elk seizoen.
De 'autonome' roosterplanning heeft nog steeds bij elke derde dienst een mens nodig.
Hoe je ook draait aan de features, de AUC blijft rond 0,55.
"""}
