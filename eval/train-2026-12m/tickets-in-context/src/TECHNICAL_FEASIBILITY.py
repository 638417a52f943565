LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """
Best model after 6 iterations: recall 0.41 on the rare failures. The business needs 0.9. We don't see a path.
Blocked: the defect is barely visible on the images, even the senior inspectors disagree on 30% of cases.
Resolution: Won't Do. Forecast error is no better than last year's actuals copied forward.
Spike result: the LLM hallucinates article numbers in 1 of 8 answers. Unacceptable for order entry.
Comment: the signal just isn't there - churn in this segment looks random in every feature we tried.
Handwriting on the old forms can't be read reliably, OCR accuracy stuck at 70%.
Sales expected 99% accuracy on next-month demand per SKU per store. That's not a realistic target.
The vibration sensors sample too slowly to catch the bearing fault signature. Physics problem, not a model problem.
Benchmarked three vendors' models, none beats the current manual rules on our data.
Backtest over 2020-2024 shows the model breaks on every regime change. Can't be trusted.
Comment from Yusuf: the problem is basically predicting when customers will call - too many outside factors.
False positive rate of 12% means 400 extra checks per day, ops can handle 20.
The model can't distinguish the two tumour types better than chance on the external hospital's data.
Demand for spare parts is so intermittent that no method we tried beats the naive forecast.
Stuck at 78% accuracy since August. Every new feature adds nothing.
Speech recognition fails on the dialect spoken in the southern depots, WER above 40%.
Moving to Won't Do: translation quality for legal text is not good enough for the lawyers to sign off.
Expectation was full automation of claims decisions, realistic ceiling looks like 20% straight-through.
The chatbot can't handle multi-step questions, it loses context after the second turn.
The optimisation problem doesn't solve in the 5-minute window for more than 30 vehicles.
Pilot result: model precision drops to 0.3 as soon as we move to the new product line.
Prediction horizon of 6 months is too long, accuracy after month 2 is useless.
The model performs well on clean lab samples and falls apart on field samples.
Comment: we've tried gradient boosting, LSTMs, and a transformer. None gets under 20% MAPE.
Anomaly detector flags every maintenance day as an anomaly. We can't separate real faults from normal work.
Too few events to learn from: 7 pipe bursts in 10 years in this district.
The summaries miss key clauses in about one in five contracts. Legal won't accept that error rate.
Image quality from drones in rain makes detection impossible for half the year.
The model needs to generalise to new suppliers, but each supplier's invoices look completely different.
Vendor promised 95% extraction accuracy; on our documents it's 62%.
Results don't reproduce - same code, different seed, 10 points difference in F1.
Management expected the model to predict supplier bankruptcies a year ahead. No data scientist thinks that's doable.
Root-cause analysis from sensor data alone isn't possible, the faults don't leave a trace in what we measure.
Recommendation quality doesn't beat 'bestsellers' in the A/B test.
Comment: even with perfect data the problem has too much noise - human experts agree only 55% of the time.
The OCR can't cope with the stamps and signatures covering the key fields.
Latency and accuracy can't both be met - the big model is accurate but 4 s, the small one is fast but wrong.
Crop disease images from phones vary too much; the model only works with studio photos.
The matching of free-text addresses to parcels stays at 68%, the land registry needs near 100.
Every fix for one failure mode breaks another one. We're going in circles.
Six months of tuning and the predicted arrival is still 40 minutes off on average.
The model can't explain its reasoning at the level the auditors need, and simpler models don't perform.
Accuracy on Portuguese and Greek documents is half of English. The LLM just isn't good at those.
The forecast was supposed to reach hour-level accuracy on a wind park. Weather uncertainty makes that impossible.
""", "de": """
Die Erkennung von Haarrissen in Betonbrücken liegt bei 0,55 Precision, die Bauwerksprüfer brauchen mindestens 0,9.
Nach vier Monaten Versuch: Die Ankunftszeit der Regionalzüge lässt sich nicht genauer vorhersagen als mit dem Fahrplan.
Das Sprachmodell erfindet Paragraphen, die es im Landesrecht nicht gibt. Für die Bürgerauskunft ausgeschlossen.
Selbst unsere erfahrensten Sortierer erkennen den Unterschied zwischen den beiden Kunststoffen nicht sicher.
Die Käferbefallserkennung auf Satellitenbildern funktioniert erst, wenn der Baum schon tot ist. Zu spät.
Erwartet war eine vollautomatische Schadensregulierung, realistisch sind vielleicht 15 % Dunkelverarbeitung.
Die Handschrift in den alten Grundbuchakten schafft die Texterkennung nur zu 60 %.
Ergebnis A/B-Test: Die Empfehlungen sind nicht besser als 'Meistverkauft'.
Die Ausfallprognose für Weichen scheitert daran, dass die relevanten Effekte im Messsignal gar nicht vorkommen.
Mit jedem neuen Lieferanten sehen die Rechnungen anders aus, das Modell lernt das nicht.
Die Lastprognose für einzelne Trafostationen bleibt bei über 30 % Fehler, egal welches Verfahren.
Im Regen sieht die Kamera an der Schranke nichts, damit ist das halbe Jahr weg.
Kommentar Dr. Sommer: Zwei Gutachter kommen bei denselben Röntgenbildern nur in 55 % der Fälle zum gleichen Ergebnis.
Das Modell ist genau, aber braucht fünf Sekunden pro Anfrage, das kleinere ist schnell, aber unbrauchbar.
Die Zusammenfassungen übersehen in jedem fünften Gutachten den entscheidenden Absatz.
Die Bodenfeuchte lässt sich aus den Satellitendaten in unserer Auflösung nicht zuverlässig ableiten.
Niemand im Team glaubt, dass man Lieferanteninsolvenzen ein Jahr vorher erkennen kann, trotzdem wurde es versprochen.
""", "fr": """
La détection de fissures sur les ouvrages d'art plafonne à 0,55 de précision, les inspecteurs exigent 0,9.
Après quatre mois, on ne prévoit pas mieux l'heure d'arrivée des TER que la grille horaire.
Le modèle de langage cite des articles du code qui n'existent pas. Hors de question pour le service public.
Même nos meilleurs trieurs ne distinguent pas à coup sûr les deux plastiques.
La détection des scolytes sur images satellite ne voit l'arbre que lorsqu'il est déjà mort.
On espérait une gestion des sinistres sans intervention humaine, le plafond réaliste est autour de 15 %.
La reconnaissance de l'écriture des anciens registres fonciers ne dépasse pas 60 %.
Test A/B : les recommandations ne font pas mieux que « meilleures ventes ».
Les défauts d'aiguillage ne laissent aucune trace dans les signaux que nous mesurons.
Les factures de chaque nouveau fournisseur ont une mise en page différente, le modèle ne suit pas.
La prévision de charge par poste de transformation reste au-dessus de 30 % d'erreur.
Par temps de pluie la caméra ne voit rien, soit la moitié de l'année.
Deux radiologues ne sont d'accord que dans 55 % des cas sur les mêmes clichés.
Les résumés ratent le paragraphe décisif dans un rapport d'expertise sur cinq.
L'humidité des sols n'est pas estimable de façon fiable à la résolution des images dont on dispose.
On a promis de prédire les défaillances fournisseurs un an à l'avance, aucun data scientist n'y croit.
Le solveur de planification des blocs opératoires ne converge pas au-delà de 12 salles.
""", "es": """
La detección de grietas en puentes se queda en 0,55 de precisión y los inspectores piden 0,9.
Tras cuatro meses, no predecimos la llegada de los trenes de cercanías mejor que el horario oficial.
El modelo de lenguaje se inventa artículos de leyes autonómicas que no existen.
Ni nuestros mejores clasificadores distinguen con seguridad los dos tipos de plástico.
La detección de plagas por satélite solo ve el árbol cuando ya está muerto.
Se esperaba tramitar siniestros sin intervención humana y el techo real ronda el 15 %.
La transcripción de los libros parroquiales manuscritos no pasa del 60 %.
Test A/B: las recomendaciones no mejoran a 'lo más vendido'.
Con lluvia la cámara del peaje no ve nada, y aquí llueve medio año.
Dos radiólogos solo coinciden en el 55 % de las mismas placas.
Los resúmenes se saltan el párrafo clave en uno de cada cinco informes periciales.
""", "it": """
Il modello non riesce a distinguere i difetti di tessitura dalle variazioni naturali del lino.
La previsione della resa per vigneto sbaglia del 35% nelle annate con grandinate, cioè quelle che contano.
Bloccato: la lettura dei codici container al porto non supera il 70% con la nebbia.
Nota di passaggio: dopo due mesi di esperimenti il riconoscimento delle frodi non batte le regole esistenti.
I tempi di percorrenza in autostrada dipendono da incidenti che nessun modello può prevedere.
L'LLM traduce male i termini tecnici delle polizze, i legali rifiutano le bozze.
Il solver dei turni non trova soluzioni ammissibili con più di 40 persone.
Commento di Elisa: anche gli esperti non sono d'accordo su cosa sia un difetto grave.
La diagnosi dai suoni del motore funziona in laboratorio e fallisce in officina col rumore di fondo.
L'obiettivo del 98% era irrealistico fin dall'inizio, siamo fermi all'81%.
I dati sono puliti, ma il segnale semplicemente non c'è.
""", "pt": """
O modelo não distingue defeito de tecelagem da variação natural do algodão.
A previsão de produtividade erra 35% nos anos de seca, justamente os que importam.
Bloqueado: a leitura dos códigos de contêiner não passa de 70% com neblina.
Nota de passagem: depois de dois meses, a detecção de fraude não supera as regras atuais.
O LLM traduz mal os termos técnicos das apólices e o jurídico recusa as minutas.
O otimizador de escala não acha solução viável com mais de 40 pessoas.
Comentário da Elaine: nem os especialistas concordam sobre o que é defeito grave.
O diagnóstico pelo som do motor funciona no laboratório e falha na oficina por causa do barulho.
A meta de 98% era irreal desde o começo, estamos parados em 80%.
Os dados estão limpos, mas o sinal simplesmente não existe.
"""}
