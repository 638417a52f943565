LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """
After six months the forecast is still worse than "same week last year".
Steering minutes: target was 95 % recall on defects; best we got was 61 % and it's not moving.
Post-mortem: the sales director expected it to predict individual orders a quarter ahead; that was never possible.
chat: tried three architectures, all plateau at the same AUC as the logistic baseline
Closure reason: "required accuracy not achievable with available signals".
email: "the radiologists need false negatives below 1 %; we're at 9 % on the good days"
The weather drives 80 % of the variance and the model can't see tomorrow's weather any better than the Met Office.
Portfolio review: pilot stopped; predictions no better than the planners' own estimate.
The rare-event rate is 1 in 40,000; precision collapses at any usable threshold.
Minutes: the vision model can't tell a crack from a shadow on wet concrete.
Post-mortem bullet: promised "autonomous scheduling", delivered a suggestion that's wrong half the time.
chat: the OCR on handwritten delivery notes is 58 % character accuracy. we need 99
The speech model fails on the regional dialects the call centre actually hears.
Vessel arrival prediction error is still ±18 hours; the terminal needs ±2.
The board expected the chatbot to answer legal questions unsupervised; it hallucinated statutes in testing.
Registry comment: discontinued - results in back-testing did not beat the naive model.
Minutes: model works in the lab lighting; in the plant it fails every time the sun comes through the roof.
The yield model explains 12 % of the variance; agronomists say the rest is the farmer.
email pasted: "we cannot predict a disease that 40 people had in ten years, I'm sorry"
Post-mortem: each gain on one hospital lost as much on the next.
The anomaly detector flags 300 alerts a day, five of them real.
chat: leakage fixed, and now accuracy dropped from 97 to 64. so it was never 97
The price model breaks every time the market regime changes, which is every few weeks.
Minutes: the translation quality for the legal texts wasn't acceptable to any of the reviewers.
Closure: "problem more complex than anticipated; no viable approach found after three iterations".
Management asked for zero missed fraud cases and zero false alarms.
The seabed classification can't separate sand from gravel from the sonar we have.
Post-mortem bullet: the target was a human judgement with 40 % inter-rater agreement.
The headline-click model did worse than the editor's choice in every A/B test.
chat: it's fine on last year's data and useless on this year's
Forecast errors are largest exactly in the weeks that matter (promotions, holidays).
Minutes: we reached 78 % and the business case needed 93 %.
The generative summary invented dosages in 3 of 50 test documents; clinical team stopped the trial.
Post-mortem: the physics of the furnace change with every batch of scrap; the model can't keep up.
email: "the sponsor thinks it will read any invoice from any supplier; it reads the big five"
Portfolio note: proof of concept inconclusive; signal too weak.
The soil sensor readings are too noisy to tell irrigation need from sensor drift.
chat: the mechanic says the vibration patterns are different on every pump. he's right
The churn signal only appears two days before cancellation; too late for any retention action.
The demand spike from the TV campaign is unpredictable by design.
Minutes: solver takes 9 hours for one day's routes; dispatch needs it in 10 minutes.
Post-mortem: tried for a year to forecast a random walk.
The skin-lesion model drops to coin-toss on darker skin tones in the test set.
Closure: "expectations set in the business case were unrealistic".
""", "es": """
Tras ocho meses, la previsión de llegadas a urgencias sigue peor que repetir la semana anterior.
Acta: el objetivo era detectar el 95 % de las fugas de agua y no pasamos del 55 %.
chat: probamos tres arquitecturas y todas se quedan en el mismo AUC que la regresión
Cierre: "no es posible alcanzar la precisión exigida con las señales disponibles".
La dirección esperaba que adivinara los pedidos de cada cliente con un trimestre de antelación.
Post-mortem: el reconocimiento de voz no entiende el andaluz cerrado que oyen en el centro de llamadas.
correo: "los oncólogos necesitan menos de un 1 % de falsos negativos; estamos en el 8"
La cámara no distingue una grieta de una sombra cuando el hormigón está mojado.
Revisión de cartera: el modelo no mejora la estimación que ya hacían los jefes de almacén.
chat: arreglado el fallo de fuga de datos y la precisión cae del 96 al 63. o sea que nunca fue 96
El modelo de precios se rompe cada vez que cambia el mercado, o sea cada pocas semanas.
El resumen automático se inventó dosis en cuatro de cincuenta informes.
El optimizador tarda siete horas en planificar un día de rutas.
Post-mortem: la etiqueta era un juicio humano en el que dos expertos coincidían sólo el 60 % de las veces.
El rendimiento del olivar depende del clima de un año y el modelo no ve el futuro.
Las alertas de anomalía son 250 al día y de verdad, cuatro.
Acta: llegamos al 74 % y el caso de negocio pedía el 92.
""", "it": """
La stima delle rese del grano duro sbaglia di più del tecnico che passa in campo a maggio.
Verbale: richiesta una precisione del 98 % sul riconoscimento targhe di notte, siamo al 70.
chat: cambiati tre algoritmi, stessa AUC della regressione logistica, il segnale semplicemente non c'è
Chiusura: "livello di affidabilità richiesto non raggiungibile".
Il direttore commerciale pensava di prevedere ogni singolo ordine a tre mesi, non è mai stato realistico.
Post-mortem: il riconoscimento vocale non capisce il napoletano stretto dei clienti.
mail: "i dermatologi vogliono meno dell'1 % di falsi negativi, siamo al 10"
Il modello delle frane ha dieci eventi storici su cui imparare, troppo pochi per qualsiasi cosa.
Revisione portafoglio: nessun miglioramento rispetto alle stime dei capireparto.
Il modello vendemmia funziona sull'annata scorsa e non su questa.
La traduzione automatica degli atti notarili non ha convinto nessun revisore.
Post-mortem: la fisica del forno cambia a ogni carica di rottame e il modello non tiene il passo.
L'errore sull'orario di arrivo delle navi è ancora di più o meno diciotto ore.
Le allerte sono trecento al giorno, quelle vere cinque.
chat: l'OCR sulle bolle scritte a mano è al 55 %, serve il 99
Il riassunto automatico delle cartelle cliniche ha inventato una terapia in due casi su trenta.
Il segnale di abbandono compare due giorni prima della disdetta, troppo tardi per fare qualcosa.
""", "pt": """
A previsão de preço da arroba erra mais do que o corretor da praça.
Ata: meta de 97 % na leitura de placas à noite, chegamos a 68 %.
chat: testamos três arquiteturas e todas travam no mesmo AUC da regressão, não tem sinal
Encerramento: "confiabilidade exigida não alcançável".
A diretoria achava que o modelo ia prever cada pedido com um trimestre de antecedência.
O reconhecimento de voz não entende o sotaque do interior que o SAC atende.
Post-mortem: o sensor de umidade do solo é ruidoso demais para separar irrigação de defeito.
O roteirizador leva oito horas para resolver um dia de entregas.
chat: corrigido o vazamento e a acurácia caiu de 95 para 62
Temos onze deslizamentos registrados em vinte anos, pouco demais para aprender qualquer coisa.
Revisão de portfólio: prova de conceito inconclusiva, sinal fraco demais.
""", "nl": """
De voorspelling van de bloemenprijs op de veiling is niet beter dan die van de ervaren inkoper.
Notulen: het doel was 99 % correcte kentekenherkenning 's nachts; we halen 71 %.
chat: de stroomstoring-voorspeller vindt vooral storingen die al gemeld zijn
Afsluitreden: "vereiste nauwkeurigheid niet haalbaar met beschikbare signalen".
De directie verwachtte dat het model ziekteverzuim per medewerker kon voorspellen; dat was nooit realistisch.
Post-mortem: de spraakherkenning snapt het Limburgs van de bellers niet.
Het aankomsttijdmodel voor binnenvaartschepen zit er nog steeds uren naast.
chat: lek gedicht en de score zakt van 96 naar 61
De oogstvoorspelling verklaart 15 % van de variatie, de rest is de teler zelf.
Het aantal meldingen is 280 per dag, waarvan vier echt.
Voor dijkdoorbraken zijn er drie historische gevallen; daar leer je niets van.
""", "de": """
Die Schweinepreisprognose liegt weiter daneben als der Viehhändler aus dem Bauch heraus.
Protokoll: Ziel 99 % Kennzeichenerkennung bei Nacht, erreicht 72 %.
Chat: die Störungsprognose findet vor allem Störungen, die schon gemeldet sind
Abschlussgrund: "geforderte Genauigkeit mit den verfügbaren Signalen nicht erreichbar".
Der Vertrieb erwartete Auftragsprognosen je Kunde ein Quartal im Voraus, das war nie drin.
Post-mortem: die Spracherkennung versteht das Schwäbisch der Anrufer nicht.
Die Kamera unterscheidet keinen Riss von einem Schatten auf nassem Beton.
Chat: Leckage behoben, jetzt fällt die Trefferquote von 97 auf 63
Der Tourenplaner rechnet neun Stunden für einen Tag Touren.
Für Hangrutschungen gibt es vier dokumentierte Fälle, damit lernt kein Modell etwas.
"""}
