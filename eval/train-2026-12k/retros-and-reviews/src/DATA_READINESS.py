LABEL = "DATA_READINESS"
S = {"en": """
We first blamed the vendor's model, but the real problem was that two years of claims history had no outcome field filled in.
What went wrong: the maintenance logs from Plant 3 were scanned PDFs, so we never had usable failure records to train on.
Audit finding 4.2: the churn model was trained on a customer table that excluded all prepaid accounts, roughly 38% of the base.
The demand forecast pilot stopped in week 9 because store-level sales before 2024 were only kept as monthly totals.
Root cause was not the algorithm; the radiology reports had never been linked to the image IDs, and nobody could label 40k studies.
Lesson learned: we assumed the CRM had clean contact histories, and discovered in sprint 4 that half the fields were free text.
Vendor status Q3: blocked, the client has still not provided the meter reading extract promised for 15 June.
The retrospective agreed the delay came from waiting eleven weeks for access to the finance data warehouse.
Fraud labels existed only for cases that went to court, so the model learned what lawyers pursue, not what fraud looks like.
Post-mortem: the sensor feed dropped readings every night between 01:00 and 03:00 and nobody noticed until the model was already trained.
Initially we thought the team was too slow, but actually each depot exported its stock counts in a different format.
Quarterly review: Returns Prediction parked, product master data contains 14 different spellings of the same supplier.
Thanks Priya for chasing the plant again. We still have roughly 300 labelled defect images against the 5,000 the supplier says a decent detector needs.
Finding: training data came entirely from the Lyon branch and did not represent rural customers at all.
The pilot failed because the historical tickets were closed with "other" in 70% of cases, making the categories meaningless.
Data owner for the HR system refused to release extracts without a signed request from each country, and only two ever signed.
What went wrong: the call transcripts had been deleted after 30 days under the retention policy, so there was nothing to learn from.
Our initial diagnosis was model drift, but the inputs had simply changed units from kg to tonnes in March without notice.
The lessons-learned register notes that nobody checked coverage before kick-off; 60% of parcels had no delivery scan at all.
Harvest is done, so back to this. The crop yield model stays on hold until the agronomy team digitises the field notebooks from 2019 to 2023.
Audit observed that the inventory table used for training had been overwritten every night, so no history survived.
Post-mortem note: duplicated patient records (same person, three MRNs) inflated readmissions and made the labels unreliable.
Retro notes from Tuesday, sorry for the delay. The team spent most of the budget cleaning addresses instead of building anything. Next retro in two weeks.
Retro: we never got a joined view of policies and claims, the two systems use different customer keys and no mapping exists.
Vendor report: model accuracy cannot be assessed because the client's ground-truth labels arrived with 25% missing values.
Contrary to the first steering note, the slip was not a resourcing issue; the SCADA historian only kept 90 days of data.
The invoice classifier stalled because invoices were stored as images in the DMS with no extracted text and no OCR budget.
What went wrong: the fault codes were entered by technicians from memory, so the same failure had five different codes.
Key lesson: the dataset looked big, 2 million rows, but only 1,200 of them were actual positive cases.
Internal audit: the credit model used data from a period with a government payment holiday, so defaults were not representative.
We lost two months because the data lake copy of the billing system was three releases behind production.
Status report week 22: still no access to the POS data, IT Security has the request in the queue since April.
Retrospective: labelling was outsourced, but the annotators had no medical training and the labels were mostly wrong.
The pricing pilot ended because competitor prices were scraped irregularly and had gaps of several weeks.
Portfolio review Q2: Document Triage stopped, archive contains no reliable link between letters and their case outcome.
The first suspect was the cloud platform, but the true bottleneck was that every region kept its own siloed copy of customer data.
We learned too late that the "complete" maintenance history only covered the newer turbines.
Audit note: training sample drawn from approved loans only, so the model never saw what happened to rejected applicants.
The energy theft detector was shelved; smart meter data for the target districts simply had not been collected yet.
Lessons learned: a data quality assessment should have been done before the business case, not in month five.
Moving this to red. Timestamps in the logistics feed are local time in some hubs and UTC in others, and nobody can tell which. Will raise it at Thursday's call.
Retro comment: honestly the model was fine, the garbage going in was the problem. Same as last year, different project.
Shelf-image project cancelled, store photos were taken with different phones, angles and lighting and were never annotated.
Root cause analysis showed the labels were created after the fact from complaints, which biased them toward loud customers.
Vendor Q4 report: the free-text field for incident description is empty in most records before 2022.
The recruitment screening pilot stopped once we saw the historical hiring data reflected only one site's applicants.
We blamed the tooling at first; the actual issue was that no one owned the reference data and it kept changing underneath us.
Key lesson: check that the data exists before promising a model. It did not, for the most part. Slides from the session are on the drive.
The quality team only logged defects above a threshold, so small defects never appeared in the training set.
Post-mortem: the mainframe extract truncated addresses at 30 characters and geocoding failed for a third of customers.
Sprint review went fine, demo was nice. But the underlying call-centre data has no reason codes, so we cannot go further.
Lessons-learned, item 3. We lost three weeks arguing whose budget pays for cleaning the supplier master, and it is still not clean.
The audit flagged that the test set overlapped heavily with training data because of duplicated transactions.
Customer service intent model stalled: the chat logs are spread over four tools and two of them cannot export history.
Thanks for joining the closure call. Conclusion: not enough data, and what we had was wrong in ways we only found out after the pilot.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX projet Quai : les bons de livraison 2021-2023 dorment encore dans des cartons à l'entrepôt de Rungis, rien n'a été numérisé.
Au départ on a accusé l'algorithme du prestataire ; en fait, les codes INSEE des communes étaient faux dans un tiers des dossiers.
Bilan du CHU : les comptes rendus opératoires ne sont reliés à aucun identifiant patient exploitable, impossible d'étiqueter quoi que ce soit.
Point hebdo rapide, je suis en congé demain. On attend toujours l'extraction de la base paie, la DSI l'a promise trois fois depuis mai.
Revue trimestrielle : projet Étiage suspendu, les sondes des stations d'épuration renvoient des zéros la moitié de la nuit.
Dans les fiches d'intervention des ascensoristes, la cause de panne est un champ libre rempli « RAS » neuf fois sur dix.
Pour les vignobles du Médoc, les photos de parcelles n'avaient ni date ni coordonnées GPS, aucune série exploitable.
Comité de pilotage : les courbes de charge des quartiers ciblés ne seront collectées qu'en 2027, la détection de fraude attend.
On pensait manquer de GPU ; le vrai frein, ce sont les milliers de sinistres dupliqués lors de la migration de 2019.
Rapport du prestataire : les annotations des défauts de peinture fournies par l'atelier de Sochaux changent d'une équipe à l'autre.
Le relevé des compteurs d'eau mélange mètres cubes et litres selon la commune, et personne ne sait plus lesquels.
Constat d'audit n°6 : le jeu d'entraînement du score d'impayés a été figé pendant la période du prêt garanti, donc hors norme.
Les plannings des infirmières étaient tenus sur des tableaux blancs photographiés, jamais saisis dans un logiciel.
La base des réclamations a été purgée lors du changement de prestataire de relation client, il ne reste que dix-huit mois.
Le référentiel articles de la coopérative compte quatre codes différents pour le même sac d'engrais.
Les agences belges et suisses n'ont jamais transmis leurs historiques, le modèle n'a vu que la France.
Belle démo au comex, merci à tous. Mais sans fichiers fournisseurs propres on ne peut pas aller plus loin, et ils ne le sont pas.
"""
S["de"] = """
Lessons Learned Stadtwerke Kassel: Die Zählerwechsel der letzten zehn Jahre sind nur in Papierakten dokumentiert, eine Zeitreihe ließ sich nicht bauen.
Im Klinikum wurden Dekubitus-Fälle erst ab 2023 strukturiert erfasst, für das Modell viel zu kurz.
Prüfungsfeststellung 2.3: Die Trainingsdaten enthielten nur Verträge aus dem Direktvertrieb, Maklergeschäft fehlte vollständig.
Die Brauerei hat Absatzzahlen nur auf Gebindeebene, nicht pro Getränkemarkt, damit war die Filialprognose erledigt.
Abschlussbericht: Die Schweißnaht-Bilder aus Werk Zwickau und Werk Ingolstadt haben unterschiedliche Auflösungen und Beschriftungen.
Erst dachten wir an ein Performanceproblem, dann stellte sich heraus, dass die Lieferscheinnummern bei jedem Spediteur anders aufgebaut sind.
Der Datenschutz war gar nicht das Thema; die Fachabteilung Einkauf hat die Bestellhistorie einfach nie herausgegeben.
Quartalsbericht: Vorhaben Weiche ruht, die Weichenheizungs-Sensorik liefert seit Monaten lückenhafte Werte.
Im Landratsamt liegen die Bauanträge als eingescannte TIFFs ohne Volltext, für eine Klassifikation unbrauchbar.
Statusbericht Dienstleister: Annotation der Kundenbriefe ausgesetzt, zu viele Briefe ohne eindeutigen Geschäftsvorfall.
Die Ausfallursachen der Förderbänder wurden von den Schichtleitern mal als Code, mal als Kommentar eingetragen.
Bei der Genossenschaftsbank wurden Kreditausfälle nach der Fusion nicht rückwirkend übernommen, die Historie beginnt 2022.
Retro: Die Kundennummern aus dem alten Onlineshop und dem Filial-Kassensystem ließen sich nicht zusammenführen.
Die Wetterdaten für die Ertragsprognose stammten von einer Station 60 km entfernt, für die Hanglagen nicht aussagekräftig.
Kurzer Stand vor dem Urlaub. Wir haben den Großteil des Budgets für das Abgleichen von Adressen und Hausnummern verbraucht, für das Modell bleibt kaum etwas.
Demo im Lenkungskreis kam gut an. Trotzdem: Ohne saubere Materialstammdaten geht es nicht weiter, und die bekommen wir dieses Jahr nicht.
"""
S["es"] = """
Lecciones aprendidas: en la almazara, los registros de acidez del aceite se apuntaban en una libreta y solo los últimos dos años están en Excel.
Las historias clínicas de atención primaria y las del hospital usan identificadores distintos y no hay tabla de correspondencia.
Informe trimestral: proyecto Faro parado, el ayuntamiento sigue sin entregar el padrón actualizado.
En la aseguradora, la causa del siniestro se codificó con un catálogo que cambió en 2021 sin conversión de los datos antiguos.
Vuelvo del puente con novedades. Los sensores de los contenedores de basura dejaron de transmitir en varios barrios durante meses y nadie lo detectó.
Al principio culpamos al algoritmo, pero la mitad de los pedidos del canal mayorista no tenía fecha de entrega real.
Informe del proveedor: las imágenes de las placas solares entregadas no tienen etiqueta de defecto ni fecha de inspección.
Hallazgo de auditoría: la muestra de entrenamiento del modelo de morosidad solo incluía clientes de Madrid y Barcelona.
El histórico de averías del puerto se perdió al cambiar de software de mantenimiento en 2020. Sin él no hay con qué entrenar.
Las transcripciones de las llamadas estaban en castellano y catalán mezclados, sin marca de idioma ni de motivo.
Buena reunión, gracias a todos. Pero sin acceso a los datos de ventas de las franquicias, el modelo no puede ir más allá de la demo.
"""
S["nl"] = """
Evaluatie waterschap: de peilbuismetingen van vóór 2018 staan alleen op papieren formulieren in het archief in Zwolle.
Even een update na de datasessie. Bij de woningcorporatie zijn reparatieverzoeken vastgelegd als vrije tekst, vaak alleen "zie mail", zonder categorie.
Kwartaalrapportage: project Dijkwacht staat stil, Rijkswaterstaat levert de sensordata nog steeds niet aan.
In de kassen in het Westland registreerde elke teler de oogst in een eigen spreadsheet met eigen eenheden.
De klantnummers van de zorgverzekeraar zijn na de fusie dubbel uitgegeven, koppelen met declaraties lukte niet.
We dachten eerst dat de rekenkracht tekortschoot, maar de containerbewegingen in de haven misten voor een derde een tijdstempel.
Leveranciersrapport: de gemeente heeft slechts 300 van de beloofde 5.000 gelabelde meldingen openbare ruimte aangeleverd.
Auditbevinding: de trainingsdata van het re-integratiemodel bevatte geen cliënten uit Vlaanderen, alleen uit Brussel.
De schadeclaims van vóór de systeemmigratie zijn alleen als pdf bewaard en zonder OCR onbruikbaar.
Retro: Inkoop gaf de leveranciersdata pas vrij na vijf maanden en drie escalaties. Notulen volgen.
Fijne sessie gisteren, dank voor de taart. Maar zolang de meetdata van de gemalen niet compleet is, kunnen we het model niet trainen.
"""
