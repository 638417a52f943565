LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """
ugh best we got is 61% accuracy, the manual team does 85
tbh the signal just isnt there, demand for spare parts is basically random
fwiw the ocr cant read handwritten delivery notes, tried 3 engines
so the sponsor expected 99% and we're at 78 after 5 iterations
honestly predicting which patients no-show from the data we have is a coin flip
ok the defect is 0.2mm and the camera resolution cant resolve it, physics problem
the llm hallucinates policy numbers, legal says unusable for customer answers
standup: precision still stuck under 40, too many false alarms for the plant. tom presenting options thu
fwiw the forecast beats naive by 1%, not worth running
tbh the problem is way harder than the vendor pitched, every store behaves differently
the summariser gets the clinical meaning wrong in 1 of 10 notes, cant ship that
we tried gbm, lstm, transformers. none generalise to the new product lines
the fraud patterns change faster than we can retrain, model decays in weeks
back from the regional office. ugh the speech model cant handle the dialects in the south, wer over 40%
management wanted fully autonomous scheduling. not possible with these constraints
fwiw false positive rate at 30% means the investigators would drown
field test yesterday, coffee was terrible. the recognition works in the lab but not in rain or dark, so useless for yard cameras
retro: we overpromised. the task needs reasoning the model simply doesnt have
the churn model is basically predicting tenure, no real lift
cant get under 200ms with a model that big on the hardware we have
the generated code compiles maybe half the time, devs gave up on it
last experiment finished overnight. ok so after 4 months, auc 0.58. calling it
the crop disease classifier confuses 3 of the 5 diseases all the time
tbh nobody could tell us it wasnt doable, and it wasnt
the matching model cant beat the existing fuzzy rules, so no point
Stopped: model accuracy below required threshold
On hold – target performance not achievable
Closed. Insufficient predictive signal in data
Cancelled – problem too complex for current approach
Parked after POC: 62% accuracy vs 90% needed
Stopped – expectations unrealistic, no viable model
Closed – hallucination rate unacceptable for customer use
Paused pending research on alternative methods
Cancelled; false positive rate too high for operations
Closed, model does not generalise to new sites
Stopped. Physical limits of sensor resolution
On hold: latency target infeasible
Closed – no improvement over baseline heuristic
Cancelled after 4 iterations, AUC 0.6
Stopped – dialect recognition not feasible
Parked; technology not mature enough
Closed – performance degrades too quickly in production conditions
Suspended, results not reproducible outside lab
On hold – quality bar set by business unreachable
Cancelled: OCR of handwriting failed
Stopped. Could not beat existing rules engine
Closed – autonomy level expected not technically possible
Paused: model unstable across seasons
Cancelled – accuracy plateaued below manual process
Closed after feasibility study: not solvable with available methods
""", "de": """
die einspeiseprognose für die kleinen pv-anlagen ist nicht besser als "wie gestern"
ehrlich gesagt erkennt die kamera die haarrisse im guss nicht, die sind unter der auflösung
ugh der sprachassistent versteht im jobcenter kaum jemanden mit akzent, fehlerquote über 30 prozent
fwiw das llm erfindet in den arztbriefen medikamente, das ist für die klinik ein ausschlusskriterium
Ruht: Trefferquote 58 % bei geforderten 90 %
Eingestellt – Modell schlägt die bestehende Heuristik nicht
Zurückgestellt, Verfahren für Gussfehler technisch nicht ausgereift
Gestoppt, Prognose ohne Mehrwert gegenüber Naivmodell
Pausiert – Ergebnisse im Labor nicht auf Serienbetrieb übertragbar
On hold, Erwartungen des Vorstands technisch nicht erfüllbar
Beendet: Halluzinationen im medizinischen Kontext nicht beherrschbar
""", "fr": """
bilan du mois. la prévision d'affluence en gare ne tient pas les jours de grève, et c'est justement là qu'on en a besoin
franchement le modèle confond les actes dentaires proches, 40 % d'erreurs de codage
ugh la détection de ruptures en rayon par caméra ne marche pas avec les reflets des frigos
le chatbot de la mairie donne des réponses juridiques fausses une fois sur cinq
Suspendu : précision plafonnée à 64 %
En attente d'une piste technique alternative
Abandonné – problème trop complexe pour les données disponibles
Arrêté, taux de fausses alertes inacceptable
Gelé, modèle instable d'une saison à l'autre
Clôturé – étude de faisabilité négative
Clôture : attentes de la direction irréalistes
""", "es": """
el modelo de averías de fibra no distingue un corte real de un router apagado
ugh la previsión de ocupación se rompe cada vez que hay un evento en la ciudad
la verdad el clasificador de aceitunas no diferencia variedades parecidas
el asistente municipal se inventa plazos que no existen en la ordenanza
Parado: acierto del 55 %, muy por debajo del objetivo
En espera de nuevas técnicas, problema sin resolver
Cancelado – el modelo no supera a la regla actual
Suspendido, demasiadas falsas alarmas para los técnicos
Cerrado: no generaliza a otros hoteles
En pausa, expectativas de dirección inalcanzables
Descartado tras dos pruebas de concepto fallidas
""", "it": """
il modello di visione non riconosce le crepe sulla pasta secca, troppo sottili
onestamente la domanda dei capi di moda non si prevede, dipende dai social e basta
ugh l'algoritmo di triage sbaglia proprio sui casi gravi, inaccettabile
al porto i tempi di sbarco dipendono da troppi fattori esterni, errore medio di 9 ore
Sospeso: accuratezza ferma al 60 %
Fermo, nessun modello batte la stagionalità semplice
Chiuso – problema troppo complesso con i dati disponibili
In pausa, troppi falsi negativi sui casi critici
Annullato: risultati di laboratorio non replicabili in linea
Rinviato in attesa di tecnologie più mature
Archiviato, aspettative del management irrealistiche
""", "pt": """
o modelo não consegue separar ferrugem de outras manchas nas folhas do café
a previsão de inadimplência não passa de 0,6 de auc, pior que o score atual
Parado: desempenho abaixo do mínimo exigido
Suspenso, modelo não se sustenta fora do piloto
Encerrado – problema tecnicamente inviável
""", "nl": """
het model voorspelt waterstanden goed bij droog weer, maar juist bij extreme regen niet
eerlijk gezegd haalt de prijsvoorspelling voor rozen het niet van de handelaar met twintig jaar ervaring
testset van 500 foto's doorgelopen. de herkenning van vocht op foto's van huurders is een gok, belichting te wisselend
de chatbot van de gemeente geeft bij bezwaarschriften verkeerde termijnen
Gestopt: nauwkeurigheid blijft onder de norm
On hold – te veel vals-positieven voor handhaving
Geparkeerd, model faalt bij extreme omstandigheden
Afgesloten: niet beter dan huidige werkwijze
Gepauzeerd tot betere beeldtechniek beschikbaar is
Beëindigd – verwachtingen technisch onhaalbaar
Wacht op uitkomst tweede haalbaarheidsstudie
"""}
