LABEL = "DATA_READINESS"
S = {"en": """
Half the claim forms from 2019-2021 are scanned PDFs with no OCR, so the training set stops at 2022.
Labelling backlog: 14k radiology images, one annotator, part time.
we only have 300 defect photos and 290 of them are from line 3
Sales history lives in four regional CRMs and none of them agree on what a customer is.
The churn model was trained on pre-pandemic subscriptions; nobody has renewed that way since.
Access request to the patient registry is on day 61 with the data steward.
Timestamps in the SCADA extract are local time in some plants and UTC in others, nobody knows which.
Fraud labels only exist for cases that went to court, so 97% of the rows say 'not fraud' by default.
Ticket text is 40% empty because agents pick a category and skip the description.
Still waiting for the warehouse team to export the pick logs, they keep sending March only.
Minutes: the vendor dataset covers urban branches only; rural footfall is basically absent.
the 'clean' table from finance has 11% null cost centres lol
Ground truth for crop yield comes from farmer self-reports filled in months later.
Retailer said we can have POS data 'after the audit', which was supposed to end in Q2.
Sensor 7 dropped out for six weeks last winter and the gap got forward-filled with the last reading.
Each ward codes falls differently, so the incident labels are not comparable across the hospital.
Product master has 3 spellings of every SKU and no key between ERP and the webshop.
Retro: we spent sprint 4 through 7 cleaning addresses instead of modelling.
The call transcripts we got are the summaries, not the transcripts.
The 2020 emails sit in an archive format nothing we own can open.
Only the pilot depot logs GPS at 1 Hz; the rest send a ping every 15 minutes.
Dedup found 38% of 'unique' donors are the same person at a different address.
Training images are all daylight; the night shift cameras see a different world.
Status: amber, the tenant history export from the housing system truncates at 65,535 rows.
Mortgage default examples: 212 in ten years. That's the whole positive class.
chat: anyone know who owns the meter-read table? its not in the catalogue
Steering committee noted that the school attendance records are held by 14 separate municipalities.
Annotators disagreed on 1 in 3 contract clauses, so the labels are basically coin flips.
Half the meter IDs in the outage log don't exist in the asset register.
Lab results arrive as free-text faxes from the partner clinics.
Survey responses were collected in English only, so the Spanish-speaking customer base is missing.
We have the invoices but not the reasons they were disputed.
Policy admin system purges quotes after 90 days, so declined quotes are gone.
The shipping dataset mixes kg and lbs in the same column depending on the origin port.
Half our 'positive' maintenance events are actually scheduled services entered as breakdowns.
Marketing owns the clickstream and says we can have a 1% sample, anonymised, eventually.
The spreadsheet that counts as our ground truth is on Piotr's laptop.
Customer IDs were reissued after the 2021 migration so history cannot be joined across it.
Bullet: pricing data - Excel dumps per region, different column orders, no dates.
Weather feed only goes back 18 months, the seasonality model needs five years.
The case notes are in Welsh and English and the OCR garbles both.
Data from the bus AVL units has holes wherever the route goes through the tunnel.
Got the extract — 2.1M rows, 2.0M with 'UNKNOWN' in the reason code.
The toxicology reports are behind a mainframe screen nobody can query, only print.
Our benchmark set came from the vendor demo and looks nothing like real dispatch calls.
Ops team rewrites the asset register every quarter and keeps no history.
No one has tagged which of the 9,000 loan files were manual overrides.
Passenger counts are estimated from ticket sales, so the target variable is itself a guess.
""", "de": """
Die Schadensmeldungen liegen nur als eingescannte PDFs vor, ohne Texterkennung.
Die Auftragsdaten aus dem Altsystem kommen nur als Ausdruck, nicht als Datei.
Labels gibt es nur für 400 Bilder, und die hat ein Praktikant im Sommer gemacht.
Die Zählerstände aus den Stadtwerken haben Lücken von mehreren Monaten.
Jede Filiale pflegt die Artikelstammdaten anders, ein gemeinsamer Schlüssel fehlt.
ehrlich gesagt wissen wir nicht mal, welche Tabelle im DWH die richtige ist
Die Trainingsdaten stammen nur aus dem Werk Ingolstadt, das Werk in Ungarn fehlt komplett.
Protokoll: Die Einsatzberichte der Feuerwehr existieren für 2019 bis 2021 nur auf Papier.
Retouren-Gründe sind zu 60 % leer oder stehen auf 'Sonstiges'.
Die Sensoren haben bis letztes Jahr nur Tageswerte gespeichert.
Wir haben 12 Ausfälle in fünf Jahren, daraus lernt kein Modell etwas.
Kundendaten doppelt und dreifach im CRM, Bereinigung läuft seit März.
""", "fr": """
Les relevés de compteurs d'eau de la régie n'ont été numérisés qu'à partir de 2021.
Sur 8 000 courriers d'usagers, à peine 300 ont une catégorie renseignée.
les photos des voies ferrées sont toutes prises par beau temps, aucune sous la neige
Le référentiel produits compte trois codes différents pour le même article selon l'entrepôt.
Point d'étape : l'extraction des données de paie arrive tronquée à 65 536 lignes.
Les diagnostics des vétérinaires sont saisis en texte libre, sans codification.
Les notes de la cantine scolaire ne sont tenues que dans deux collèges sur quinze.
L'historique des pannes d'ascenseurs a été écrasé à chaque changement de prestataire.
Les étiquettes « fraude » ne couvrent que les dossiers passés au contentieux.
La table des tournées mélange kilomètres et miles selon le pays du chauffeur.
Le fichier de référence, c'est un Excel sur le bureau de Mireille.
Depuis la fusion des caisses, les identifiants adhérents ne se recoupent plus.
""", "es": """
Las lecturas de los pluviómetros tienen meses enteros a cero que en realidad son fallos del sensor.
De 9.000 expedientes de becas solo 200 indican el motivo de denegación.
el histórico de la flota de autobuses empieza en 2022, antes no se guardaba nada
Cada almacén da de alta los artículos con su propia referencia y nadie las cruza.
Acta: la extracción de nóminas llega cortada a 65.536 filas.
Las notas de enfermería son texto libre con abreviaturas de cada turno.
Los datos de pesca solo los declaran las cofradías grandes, las pequeñas no.
Cada vez que cambiamos de empresa de mantenimiento se perdía el historial de ascensores.
La 'verdad de referencia' es un Excel en el escritorio de Paco.
Desde la fusión de las cajas, los números de socio no casan entre sí.
Las fotos de las vías del tren son todas de días soleados, ninguna con niebla.
El 45 % de las reclamaciones tiene el campo motivo vacío o en 'otros'.
""", "it": """
Le letture dei contatori dell'acqua sono digitalizzate solo dal 2021.
Su 7.000 segnalazioni dei cittadini, appena 250 hanno una categoria.
le foto delle vigne sono tutte di agosto, in primavera il modello non ha mai visto niente
Ogni cantina codifica i lotti a modo suo, non c'è una chiave comune.
Stato avanzamento: l'estrazione delle buste paga arriva troncata.
Le diagnosi veterinarie sono testo libero senza codifica.
Lo storico dei guasti degli ascensori si è perso a ogni cambio di manutentore.
Le etichette di frode esistono solo per le pratiche finite in tribunale.
Il file di riferimento è un Excel sul desktop di Franca.
Dopo la fusione delle casse i codici socio non combaciano più.
Le schede di intervento dei tecnici sono foto di moduli scritti a penna.
Il 60% dei resi ha il motivo vuoto o 'altro'.
""", "pt": """
As leituras dos pluviómetros têm meses inteiros a zero que afinal são avarias do sensor.
De 6.000 pedidos de apoio social, só 180 indicam porque foram recusados.
o histórico da frota só começa em 2022, antes ninguém guardava nada
Cada armazém cadastra os produtos com um código próprio e ninguém cruza.
Ponto de situação: a extração da folha de pagamento vem cortada.
As notas de enfermagem são texto livre com abreviaturas de cada turno.
A cada troca de empresa de manutenção perdia-se o histórico dos elevadores.
As etiquetas de fraude só existem para os casos que foram a tribunal.
A 'verdade' é uma planilha no computador do seu Manuel.
Depois da fusão das cooperativas, os números de associado não batem.
As fotos das linhas de transmissão são todas de dias de sol.
Metade dos motivos de reclamação está vazia ou como 'outros'.
""", "nl": """
De waterstanden van de gemalen zijn pas sinds 2021 digitaal opgeslagen.
Van 5.000 bezwaarschriften hebben er 150 een gecodeerde reden.
de foto's van de kassen zijn allemaal in de zomer gemaakt, winterbeelden hebben we niet
Elk distributiecentrum gebruikt eigen artikelcodes en niemand koppelt ze.
Stand van zaken: de salarisexport wordt afgekapt bij 65.536 regels.
Verpleegkundige notities zijn vrije tekst vol afkortingen per dienst.
Bij elke wissel van onderhoudspartij raakte de storingshistorie van de liften kwijt.
Fraudelabels bestaan alleen voor dossiers die bij de rechter kwamen.
De 'waarheid' is een Excelletje op de laptop van Henk.
Sinds de fusie van de woningcorporaties kloppen de huurdernummers niet meer.
Werkbonnen van de monteurs zijn foto's van handgeschreven formulieren.
De helft van de klachten heeft als reden 'overig' of niets.
"""}
