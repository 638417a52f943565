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
Accuracy on the test set 92%, on live data 64%.
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
Expectations were set by a YouTube demo.
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
Generated code compiles about half the time.
The 'autonomous' scheduling still needs a human for every third shift.
Predicting individual patient no-shows: AUC 0.58 after six months of trying.
The chatbot can't do arithmetic on the tariff tables reliably.
""", "de": """
Bestes Modell bisher: 61 % Präzision, gebraucht werden 95.
Die Texterkennung scheitert an handschriftlichen Rezepten.
Die Prognose ist schlechter als 'wie letzte Woche'.
das LLM erfindet Aktenzeichen, die es gar nicht gibt
Die Kratzer sind 0,2 mm, die Kamera löst 0,5 mm auf.
Auf dem Testset 91 %, im Echtbetrieb 63 %.
Mit Dialekt kommt die Spracherkennung nicht klar, und unsere Kunden sprechen Dialekt.
Die Erwartung war Vollautomatisierung, realistisch sind vielleicht 30 %.
Wir sollen Ausfälle vorhersagen, die es zweimal in zehn Jahren gab.
Die Machbarkeitsstudie sagt: mit heutigen Methoden nicht in der nötigen Güte.
Unter diesem Licht unterscheidet kein Modell einen Riss von einer Spiegelung.
Bei der Fehlalarmquote kämen 3.000 Meldungen am Tag auf zwölf Leute.
""", "fr": """
Meilleur modèle : 61 % de précision, le métier en exige 95.
L'OCR ne lit pas les ordonnances manuscrites.
La prévision fait pire que « comme la semaine dernière ».
le LLM invente des numéros de contrat qui n'existent pas
Sur le jeu de test 90 %, en réel 62 %.
La reconnaissance vocale ne comprend pas les accents du Sud-Ouest.
On attendait une automatisation complète ; au mieux le modèle trie 30 %.
Il faut prédire des pannes survenues deux fois en dix ans.
L'étude de faisabilité conclut que la qualité requise est hors de portée.
Les tableaux des contrats scannés ressortent en bouillie.
Avec ce taux de faux positifs, ce serait 3 000 alertes par jour.
Le signal n'est tout simplement pas dans les données, l'AUC plafonne à 0,56.
""", "es": """
Mejor modelo hasta ahora: 61 % de precisión, negocio pide 95.
El OCR no lee las recetas escritas a mano.
La previsión es peor que repetir la semana pasada.
el LLM se inventa números de póliza que no existen
En test 91 %, con datos reales 63 %.
El reconocimiento de voz no entiende los acentos andaluces.
Se esperaba automatizar todo; como mucho el modelo clasifica un 30 %.
Queremos predecir averías que han pasado dos veces en diez años.
El estudio de viabilidad concluye que no se alcanza la calidad necesaria.
Con esa tasa de falsos positivos serían 3.000 alertas diarias.
La señal no está en los datos, el AUC no pasa de 0,56.
Los drones a esa altura no distinguen plantas individuales.
""", "it": """
Miglior modello finora: 61% di precisione, ne servono 95.
L'OCR non legge le ricette scritte a mano.
La previsione è peggio di 'come la settimana scorsa'.
l'LLM si inventa numeri di polizza che non esistono
Sul test 90%, sui dati reali 62%.
Il riconoscimento vocale non capisce i dialetti, e i nostri clienti parlano dialetto.
Ci si aspettava l'automazione totale; il modello smista al massimo il 30%.
Dovremmo prevedere guasti capitati due volte in dieci anni.
Lo studio di fattibilità dice che la qualità richiesta non è raggiungibile.
Con quei falsi positivi sarebbero 3.000 allarmi al giorno.
Il segnale nei dati non c'è, l'AUC resta a 0,56.
Sotto queste luci nessun modello distingue una crepa da un riflesso.
""", "pt": """
Melhor modelo até agora: 61% de precisão, o negócio precisa de 95.
O OCR não lê receitas manuscritas.
A previsão é pior do que repetir a semana passada.
o LLM inventa números de apólice que não existem
No teste 91%, com dados reais 63%.
O reconhecimento de voz não entende os sotaques do Nordeste.
Esperavam automação total; no máximo o modelo tria 30%.
Queremos prever avarias que aconteceram duas vezes em dez anos.
O estudo de viabilidade conclui que a qualidade exigida não é alcançável.
Com essa taxa de falsos positivos seriam 3.000 alertas por dia.
O sinal não está nos dados, a AUC fica em 0,56.
Os drones a essa altitude não distinguem plantas individuais.
""", "nl": """
Beste model tot nu toe: 61% precisie, de business wil 95.
De OCR kan handgeschreven recepten niet lezen.
De voorspelling is slechter dan 'zelfde als vorige week'.
het LLM verzint polisnummers die niet bestaan
Op de testset 91%, in het echt 63%.
De spraakherkenning snapt de Limburgse en West-Vlaamse uitspraak niet.
Men verwachtte volledige automatisering; hooguit 30% kan het model voorsorteren.
We moeten storingen voorspellen die twee keer in tien jaar voorkwamen.
De haalbaarheidsstudie concludeert dat de vereiste kwaliteit buiten bereik ligt.
Met dit aantal valse positieven zijn het 3.000 meldingen per dag.
Het signaal zit gewoon niet in de data, AUC blijft op 0,56.
Drones op die hoogte zien geen losse planten.
"""}
