LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """Best model after 5 months: AUC 0.61. The business needed 0.80 to replace the manual check. Closing.
The defects we need to catch are 0.3 mm scratches on reflective surfaces; no camera setup we tested resolves them reliably.
Forecast MAPE stuck at 38% for long-tail SKUs no matter what we tried. Planners need under 15.
Closing as infeasible: demand for spare parts is essentially random at the item level.
The LLM hallucinates policy clauses in about 1 in 12 answers. For legal advice that's unacceptable.
Management expected 99% automation of invoice coding; we plateaued at 71%.
We can predict the failure, but only 2 hours ahead. Maintenance needs 3 days to react.
Speech recognition on the shop floor: WER above 40% with the noise levels in hall B.
Precision at the required recall is 4%. Investigators would drown in false positives.
Expectations were set by a vendor slide promising "near-perfect" fraud detection. Reality: not close.
The problem is chaotic beyond a few hours; weather-driven load can't be forecast at the granularity asked.
Model can't distinguish benign from malignant on these scanner models; sensitivity 0.72, clinicians require 0.95.
Tried gradient boosting, LSTM, transformers, ensembles. None beat the naive seasonal baseline.
Status: research problem, not an engineering one. Nobody has solved handwritten form extraction at this quality for these layouts.
The optimisation problem doesn't solve within the 10-minute window for more than 80 vehicles.
Turns out the signal simply isn't in the data; customer churn is driven by things we don't observe.
The chatbot can't reliably do multi-step reasoning over the tariff tables. Every fix breaks another case.
Closing: we confirmed the accuracy ceiling is set by label noise, which is inherent to the task.
Expected result was "the model tells us which ads to buy". That's not something a model can know.
The image model works on studio photos and fails on customer phone pictures, 30 points lower.
Accuracy dropped to chance level when tested on the second plant. Physics differ per line.
The OCR + extraction chain tops out at 83% field accuracy. Finance requires 99.5% for automated posting.
Real-time translation of medical consultations isn't reliable enough; critical errors in 6% of segments.
Sponsor expected the model to replace expert judgement entirely. Best case it's an aid.
Thanks Jo for the GPU hours. We spent 3 sprints on hyperparameters and the curve hasn't moved; it's not a tuning problem, the task is just harder than the slide said.
The simulation needed to generate training data takes 9 hours per scenario; we need thousands.
Predicting individual employee attrition with any precision turned out not to be possible; base rate too low, causes too personal.
Results from the paper didn't replicate on our data. Nowhere near.
The anomaly detector flags every maintenance window and misses the real incidents.
Closing. The model can't meet the latency and accuracy targets at the same time on available hardware.
Generative answers look fluent but the numbers in them are wrong often enough that someone has to check all of them.
Leaf disease detection works in the lab, fails in the field because of lighting and occlusion.
We hit the wall at 0.55 F1; the classes are not separable with the information in the text.
Pilot shows the model is right in 8 of 10 cases, but the two wrong ones are exactly the expensive ones.
Expectation was to predict equipment failure with no failure history. Can't learn what never happened.
Voice biometrics false accept rate too high for banking use; vendor can't tune it down further.
The requirement "explain every decision in plain language" isn't achievable with the model class that reaches the accuracy.
Camera-based counting of fish in murky water: error ±35%. Not usable for quota reporting.
Tested three foundation models; none handle our low-resource dialect acceptably.
Update after tech review: problem is NP-hard at the scale they want, heuristics too far from optimal.
Overpromised in the kickoff; the tech doesn't do what was presented to the board.
Prediction horizon of 12 months for commodity prices is wishful thinking.
The model keeps confusing the two product families that differ only in an internal component.
Benchmarks show no improvement over the rule engine after 6 months of work. Stopping.
The extraction works on 60% of document templates; the rest are too varied to generalise.
Forecast accuracy degrades to useless beyond day 3. Business wanted a 6-week plan.
Closing: technical spike concluded the approach isn't viable with current methods.
Retro notes attached. Main finding from the spike: sensor noise on the bearings is larger than the signal we're trying to detect. Team agreed to stop.
It was never going to work. Matching free-text complaints to root causes needs knowledge that isn't written anywhere.
Quality plateaued in the pilot; every added feature made it worse on holdout.
The autonomous scheduling can't handle the 200 soft constraints; solutions are infeasible half the time.
Summaries missed the key clinical finding in 1 of 7 discharge letters. Too risky.
Our target of zero false negatives is not achievable by any model.
Recognition of damaged parcel labels: 58% success. Manual fallback for everything else, so no point.
Three vendors, three POCs, none met the minimum accuracy in the tender.""",
"de": """Nach vier Modellgenerationen liegt die Erkennungsrate für Haarrisse in Gussteilen bei 64 %, gefordert sind 98 %.
Die Lastprognose für einzelne Ortsnetzstationen ist zu verrauscht, Fehler über 40 %.
Die Erwartung, dass die KI die Gutachten selbst schreibt, war zu keinem Zeitpunkt realistisch.
Handschriftliche Lieferscheine aus 200 Speditionen lassen sich nicht zuverlässig auslesen.
Das Sprachmodell rechnet bei Tarifberechnungen falsch, jede Antwort müsste geprüft werden.
Ausfälle kündigen sich im Signal erst Minuten vorher an, für die Instandhaltung nutzlos.
Auch mit allen verfügbaren Merkmalen schlagen wir die Vorjahresmethode nicht.
Die Spracherkennung versteht den Dialekt der Anrufer in der Hotline nicht.
Bei realistischer Falschalarmquote erkennen wir nur ein Drittel der Betrugsfälle.
Laborergebnisse gut, im Stall mit Staub und wechselndem Licht unbrauchbar.
Das Planungsproblem ist für die geforderte Größe nicht in akzeptabler Zeit lösbar.
Die Bildqualität der Bestandskameras reicht für die Erkennung von Kennzeichen nicht aus.
Die Kündigungsgründe stehen nicht in unseren Daten, das Modell rät.
Der Hersteller versprach 99 % Genauigkeit, im eigenen Test waren es 71 %.
Zusammenfassungen von Gerichtsakten lassen wesentliche Fristen weg.
Die Vorhersage über sechs Wochen ist bei Rohstoffpreisen schlicht nicht möglich.
Technische Machbarkeitsstudie negativ, Ansatz wird nicht weiterverfolgt.
Jede neue Merkmalsgruppe verschlechterte das Ergebnis auf den Testdaten.
Die Messunsicherheit der Waagen ist größer als die Abweichung, die wir erkennen wollen.
Zwei Produktvarianten unterscheiden sich nur im Inneren, von außen kann das kein Modell trennen.
Die geforderte Erklärbarkeit und die geforderte Genauigkeit schließen sich bei diesem Problem aus.
Nach einem halben Jahr kein Modell über der Schwelle der Ausschreibung. Beendet.""",
"fr": """Prévoir la fréquentation du musée jour par jour : l'erreur reste à 40 %, la météo et les grèves dominent tout.
Les radiographies dentaires sont trop hétérogènes entre cabinets, le modèle s'effondre hors du cabinet pilote.
Le client pensait qu'on pourrait deviner l'intention d'achat à partir de trois clics, ce n'est pas possible.
La reconnaissance des plaques sur les péniches échoue la nuit et sous la pluie.
Les résumés de jugements inventent parfois des références d'articles de loi.
Aucune méthode ne parvient à anticiper les pannes des ascenseurs plus de quelques heures avant.
L'algorithme de tournées ne trouve pas de solution faisable avec les créneaux de livraison imposés.
Même avec tous les signaux disponibles, la détection de blanchiment reste à peine meilleure que le hasard.
L'analyse de sentiment se trompe sur l'ironie, omniprésente dans les avis clients.
Le vin ne se goûte pas par spectrométrie, l'écart avec le panel de dégustateurs reste énorme.
Le taux de reconnaissance de l'écriture manuscrite des ordonnances plafonne à 62 %.
La promesse de remplacer les contrôleurs par la vision n'était pas tenable techniquement.
Les bruits de roulement se confondent avec ceux du ventilateur, impossible de séparer les signatures.
Le modèle atteint la précision voulue uniquement sur les données d'entraînement, pas sur le trimestre suivant.
Le temps de calcul de la simulation rend l'apprentissage par renforcement impraticable.
Verdict de la revue technique : problème ouvert, pas de solution connue à ce niveau de qualité.
Après cinq itérations, toujours sous le minimum exigé par la direction médicale.""",
"nl": """Kalvingen voorspellen met de halsbandsensoren lukt niet, het signaal verschilt te weinig van normaal gedrag.
Automatisch coderen van zorgactiviteiten blijft steken op 68% correct, de norm is 95%.
Asbestdaken herkennen op de luchtfoto's gaat niet, de resolutie is te laag.
Zonnestroom per dak op kwartierbasis voorspellen faalt op de bewolking, die is zo ver vooruit niet te zien.
De oorzaken van schulden (scheiding, ziekte, baanverlies) zitten niet in onze data, het model raadt dus.
Optimaliseren van de containerstapeling kost uren rekentijd, de kraan wacht maar seconden.
Het taalmodel vat notulen samen maar laat af en toe "niet" weg, waardoor besluiten omdraaien.
De bestuurder verwachtte dat bezwaarschriften volledig automatisch beoordeeld zouden worden. Onrealistisch.
Vogels bij de windturbines detecteren met de radar geeft zoveel ruis dat het onbruikbaar is.
Bij kaasrijping weet je pas na acht maanden of de voorspelling klopte; het model leert te traag.
Vissoorten scheiden met de camera op de band haalt 70%, door overlap en glans.
Benchmark van vandaag: het oude regelsysteem wint nog steeds op alle metrics.
De eis "fraude honderd procent uitsluiten" kan geen enkel model waarmaken.
Lasnaden beoordelen op beeld is niet betrouwbaar genoeg voor certificering, spike gesloten.
Het model blijft de twee pompvarianten verwarren, ze klinken vrijwel identiek.
Na zes modelrondes nog altijd onder de ondergrens uit het bestek, gestopt."""}
