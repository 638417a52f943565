LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """
What went wrong: the board expected 95% accuracy on handwritten forms; after four iterations we plateaued at 71%.
Retro: the defect detector could not reliably see hairline cracks under the lighting on the line, no matter how we tuned it.
Audit finding 2.6: the model never met the precision threshold agreed in the business case, yet the pilot was extended twice.
We first blamed the data volume, but even with triple the data the forecast error stayed above what planners could use.
Post-mortem: predicting component failure 30 days ahead turned out to be impossible with the signals available.
Lessons learned: some problems are just hard. Predicting individual customer intent from two clicks was one of them.
Quarterly portfolio review: Auto-Coding stopped, clinical coding accuracy stuck at 64% against a 90% target.
Vendor status attached. Model performance below the contractual KPI for the third consecutive month, and no idea left to try.
The retrospective agreed expectations were set by a vendor demo on clean data, not by our reality.
What went wrong: the LLM hallucinated policy terms in about one answer in twelve, which is unacceptable for customer advice.
Post-mortem: demand for spare parts is so intermittent that no model beat the simple moving average.
Finding: false positive rate of 40% made the fraud alerts unusable for investigators.
Status red. Recall for rare faults still below 30% after all the feature work; data science recommends stopping at the gate.
Retro comment: we tried everything, the signal just isn't there. Recommending we stop at the next gate.
Initially we thought the users were the problem, but the model really did get a third of the routings wrong.
Lessons-learned register: the promise of "fully automated" claims decisions was unrealistic from the start.
Audit observed that the model's validation performance collapsed on out-of-time data.
Post-mortem: the speech recognition could not cope with dialects and background noise in the depots.
Quarterly review: yield prediction abandoned, weather variability dominates and no model explained it.
What went wrong: the translation quality for legal texts was never good enough to remove human review.
Retro: the vision model worked in the lab and failed on the dusty, vibrating production line.
Post-mortem: the target behaviour was essentially random at the individual level; the business expected certainty.
Finding 3.2: the model was only marginally better than the existing rule set, 2 points of AUC.
Vendor report Q2: the requested latency of 10 ms cannot be achieved with the model size required for quality.
The first suspect was bad labels; after relabelling, accuracy moved from 68% to 70%. The task is simply hard.
Lessons learned: test feasibility with a two-week spike before promising a date to the board. We promised first, and the model never got there.
Status: stopped, extraction accuracy on scanned contracts did not exceed 60% for key clauses.
Post-mortem: the chatbot could not handle multi-turn questions about tariffs without giving wrong prices.
What went wrong: we needed to predict price spikes that are driven by political decisions, which no model can foresee.
Retro: the model overfit the pilot store and failed everywhere else.
Audit note: performance claims in the steering deck were based on the training set, not on holdout data.
The quarterly portfolio review notes Early Sepsis was halted: sensitivity too low to be clinically safe.
Post-mortem: the physics of the process changed with every batch of raw material, and the model could not keep up.
Lessons learned: the vendor's 98% was measured on a benchmark; on our documents it was 75%.
What went wrong: explaining the model's decisions to the required level cost so much accuracy that it was no longer useful.
Retro: generative summaries of case files missed critical details too often to be trusted.
Finding: the expectation of zero false negatives for safety incidents was technically impossible.
Post-mortem: three modelling approaches tested, none exceeded the baseline by a meaningful margin.
Study report is in the shared folder. Conclusion: the problem cannot be solved at acceptable error rates with anything we tried.
We blamed the annotation team first, but inter-annotator agreement was only 0.5, so the task itself was ill-defined for a model.
Quarterly review: Smart Sorting closed, mixed waste images too variable to classify reliably.
Lessons-learned register: management wanted a crystal ball, we could offer a weather forecast.
Retro: the forecast horizon requested (18 months at SKU level) is beyond what any method can do.
Post-mortem: the anomaly model flagged 2,000 events a day, of which maybe five were real.
Minutes from Monday below. What went wrong, in one line: the OCR could not read the carbon-copy delivery slips.
Vendor Q3: quality targets renegotiated downward twice; client has now rejected the deliverable.
Audit finding: the model degraded to chance level when tested on the new product range.
Retro notes, short. Every time we improved precision, recall fell off a cliff, and the business needed both.
The post-mortem describes the goal as "automate expert judgement" without any evidence that it could be automated.
Sprint retro was short. Main point: after 6 sprints the matching still only finds 55% of duplicates, and the business wants 95.
Thanks everyone for the long hours in autumn. Lessons learned: not every process with data behind it is predictable, and this one wasn't.
Finding 6.4: pilot results were not reproducible across sites.
Post-mortem: the rare event we wanted to predict happened 11 times in ten years.
Quarterly portfolio review: Legal Drafting assistant stopped, outputs required full rewrite in most cases.
What went wrong: the robot's grasp detection failed on transparent packaging, which is 30% of the assortment.
""", "fr": """
""", "de": """
""", "es": """
""", "nl": """
"""}
S["fr"] = """
REX : la lecture automatique des anciens plans cadastraux butait sur l'écriture du XIXe siècle, moins de 50 % de champs corrects.
Le modèle devait estimer la performance énergétique d'un logement à partir d'une photo de façade, ce qui s'est révélé illusoire.
Revue trimestrielle : prévision du risque d'avalanche par couloir abandonnée, l'erreur restait du même ordre que celle des prévisionnistes.
Dans l'eau trouble des bassins, la caméra ne permettait pas de mesurer la taille des poissons avec une précision utile.
Bilan : la détection d'humidité dans les murs par image thermique donnait trop de faux positifs pour envoyer un technicien.
L'assistant se trompait dans les calculs de barèmes dès qu'il y avait plus de deux tranches, inacceptable pour les allocataires.
Les pics de fréquentation au Mont-Saint-Michel dépendaient de publications virales, impossibles à anticiper.
Constat d'audit : le gain présenté comme « 30 % de précision en plus » tombait à 3 points sur des données récentes.
La résolution des scans des aubes de turbine était trop faible pour voir les microfissures recherchées.
Campagne terminée, merci aux viticulteurs testeurs. Le modèle de mildiou n'a pas fait mieux que le bulletin de la chambre d'agriculture, parfois pire.
Rapport du prestataire : la latence exigée pour le tri postal est incompatible avec la taille de modèle nécessaire.
La détection de contrefaçon de vins sur photo d'étiquette ne dépassait pas le hasard sur les grands crus récents.
Même avec trois fois plus d'exemples, le classement des déclarations manuscrites restait sous le seuil demandé.
On a vendu au comité un système qui « comprend » les contrats ; au mieux il repère quelques clauses standard.
Le signal annonçant une panne de compresseur apparaît quelques minutes avant, trop tard pour intervenir.
Les prédictions de décrochage scolaire reposaient sur si peu d'indicateurs qu'elles changeaient d'un mois à l'autre.
Démo sympa, bons retours. Reste que la traduction en langue des signes générée était incompréhensible pour les testeurs sourds.
"""
S["de"] = """
Lessons Learned: Den Mykotoxin-Gehalt von Getreide aus Kamerabildern abzuleiten, war physikalisch nicht möglich.
Die Kamera erreichte bei der Maßprüfung nie die geforderte Toleranz von einem Hundertstel Millimeter.
Das Sprachmodell konnte Gerichtsakten mit über 2.000 Seiten nicht zuverlässig zusammenfassen, wichtige Anlagen fehlten regelmäßig.
Abschlussbericht: Die Text-zu-SQL-Lösung für das Controlling erzeugte in jeder dritten Abfrage falsche Verknüpfungen.
Quartalsreview: Wildunfall-Erkennung nachts eingestellt, Infrarotbilder zu unscharf für eine sichere Unterscheidung.
Die Stromprognose für einzelne Haushalte mit Wärmepumpe lag im Rauschen, auch mit Smart-Meter-Daten.
Die Transkription der Kirchenbücher in Sütterlin kam über 40 % korrekte Wörter nicht hinaus.
Prüfbericht: Die erwartete Vorhersage des Schrottpreises auf Monatssicht war von Anfang an unrealistisch.
Die Emotionserkennung aus Anrufen wertete ruhige, aber verärgerte Kunden durchweg als zufrieden.
Statusbericht Dienstleister: Die geforderte Antwortzeit unter 50 Millisekunden ist mit der benötigten Modellgröße nicht erreichbar.
Exkursion in den Forst war super. Fachlich aber ernüchternd: Die Holzqualität lässt sich aus Fotos der Rinde nicht zuverlässig bestimmen.
Der Pflegebedarf ließ sich aus den Abrechnungsdaten nur sehr grob schätzen, für die Einsatzplanung zu ungenau.
Das Modell für Staus bei Ferienbeginn lag bei Baustellen und Unfällen regelmäßig völlig daneben.
Der Vorstand erwartete eine fehlerfreie Vertragsprüfung, erreichbar war eine Vorsortierung mit vielen Fehlalarmen.
Die Geschmacksprognose für neue Rezepturen aus Inhaltsstoffen erwies sich als reines Raten.
Danke für das Feedback zur Präsentation. Fachlich bleibt es dabei: Die gewünschte Ausfallprognose auf Bauteilebene gibt die Datenlage physikalisch nicht her.
"""
S["es"] = """
Lecciones aprendidas: predecir la calidad del aceite a partir de fotos de la aceituna en el árbol no dio mejor resultado que el azar.
El modelo de detección de incendios con cámaras confundía la niebla del valle con humo a diario. Se probó todo el verano.
Informe trimestral: previsión de demanda eléctrica por vivienda abandonada, el error seguía siendo del 40 %.
La detección acústica de fugas no distinguía una fuga del ruido del tráfico en las calles del centro.
Hallazgo de auditoría: el modelo de fraude en ayudas agrícolas no mejoraba el muestreo aleatorio de inspecciones.
El chatbot tributario confundía los tramos autonómicos del IRPF y daba importes erróneos a los contribuyentes.
Informe del proveedor: clasificar las piezas de jamón por calidad desde la imagen no alcanza ni de lejos a un cortador experto.
Resultado de las pruebas de julio. Detectar grietas en la fachada desde drones no funcionó con la resolución que se podía volar legalmente.
Se pretendía anticipar la llegada de medusas a las playas con una semana de antelación, y el modelo no acertaba ni a dos días.
Las imágenes de satélite no daban la resolución necesaria para estimar la madurez de la uva parcela a parcela.
Revisión de sprint correcta. Pero tras cinco sprints el bot sigue sin entender las consultas que mezclan dos trámites distintos.
"""
S["nl"] = """
Evaluatie: een dijkverschuiving weken vooraf voorspellen bleek met de beschikbare metingen niet mogelijk.
Zwerfafval herkennen op camerabeelden lukte overdag redelijk, maar 's nachts en bij regen vrijwel niet.
Kwartaalrapportage: de automatische samenvatting van raadsvergaderingen verwisselde steeds sprekers en standpunten.
Bladziekte in tomatenplanten herkennen voordat die zichtbaar werd, bleek met gewone camera's niet haalbaar.
Uitkomst van de proef met het team Bezwaar. Bezwaarschriften automatisch beoordelen vraagt juridische afwegingen die het model niet betrouwbaar maakte.
Auditbevinding: de gerapporteerde nauwkeurigheid was gemeten op een testset die uit dezelfde week kwam als de trainingsdata.
De schadeherkenning aan containers bij de gate faalde bij mist en tegenlicht, zo'n derde van de tijd.
De verwachting van het MT dat het model leegstand per pand kon voorspellen, was niet realistisch. Dat hadden we eerder moeten zeggen.
Leveranciersrapport: de vereiste nauwkeurigheid van 95 % is na drie iteraties niet benaderd, we blijven rond 70 %.
Extreme neerslag komt zo weinig voor dat het model juist de gevallen die ertoe doen niet kon leren.
Fijne demo, de stuurgroep was positief over het team. Alleen haalt de tekstherkenning op de oude bouwtekeningen nog steeds geen bruikbaar niveau.
"""
