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
Only the pilot depot logs GPS at 1 Hz; the other 43 depots send a ping every 15 minutes, which is useless for predicting arrival times at stops that are two minutes apart.
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
Retro note: we spent three sprints trying to rebuild journey times, but the bus AVL units lose GPS in the tunnel and the depots overwrite the raw logs every week, so the history we need simply isn't there.
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
Die Sensoren an den Pumpen haben bis letztes Jahr nur Tageswerte gespeichert, deshalb sehen wir die kurzen Druckspitzen vor einem Rohrbruch in den historischen Daten überhaupt nicht.
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
el histórico de reservas del hotel empieza en 2022, lo anterior se perdió con el PMS viejo
La almazara apunta el rendimiento de la aceituna en una libreta.
Acta: los juzgados siguen sin poder exportar las sentencias en formato texto.
Los aerogeneradores del parque norte registran cada diez minutos y los del sur cada hora.
Las fugas de agua se anotan por calle, no por tubería, así que no sabemos cuál falla.
Para el abandono escolar solo tenemos datos de los institutos públicos, ninguno de los concertados.
Los tickets del metro no llevan identificador, así que no hay trayectos, solo entradas.
La farmacia hospitalaria registra las devoluciones en papel.
Nadie ha etiquetado qué llamadas acabaron en baja del cliente.
El campo 'provincia' mezcla nombres en castellano, catalán y euskera.
""", "it": """
I resi dell'e-commerce hanno il motivo compilato solo nel 20% dei casi.
I container del porto sono registrati con tre formati di codice diversi a seconda del terminal.
lo storico delle presenze al museo è su dei registri a mano fino al 2020
Il consorzio del formaggio ha le analisi di laboratorio solo per le forme scartate.
Verbale: l'Agenzia delle Entrate fornisce i dati con due anni di ritardo.
I sensori dei binari salvano solo gli allarmi, non le misure continue.
Le recensioni degli hotel sono in sei lingue e nessuno le ha mai etichettate.
Le schede del soccorso alpino sono compilate a mano e scansionate storte.
Per i posti letto abbiamo solo la fotografia di mezzanotte, niente di quello che succede di giorno.
Il dataset della banca ha i clienti dormienti mescolati con quelli chiusi.
Le foto delle vigne sono tutte di agosto, in primavera il modello non ha mai visto una foglia.
Nessuno sa quale tabella del gestionale ha il prezzo vero, ce ne sono quattro.
""", "pt": """
As amostras da cortiça só foram classificadas numa fábrica, as outras três não registam defeitos.
O histórico de atrasos dos voos está num sistema que exporta só os últimos 90 dias.
os dados do SUS chegam agregados por município, não por paciente
A vinícola anota a data da vindima num caderno, não no sistema.
Ata: os CTT ainda não enviaram a base de moradas, prometida para setembro.
Os incêndios florestais estão registados por freguesia, sem coordenadas.
Na base da universidade, metade dos alunos tem o curso antigo e o novo ao mesmo tempo.
O supermercado só guarda os talões de fidelização, as compras sem cartão não existem para nós.
As gravações do call center duram 30 dias e depois são apagadas.
Os contadores de água da zona antiga são lidos a olho, com erros de digitação.
Não há nenhum exemplo rotulado de fraude em seguros agrícolas.
Cada hospital da rede usa o seu próprio código de especialidade e a tabela de correspondência que nos deram foi feita em 2017, por isso um terço das consultas fica sem especialidade.
""", "nl": """
De waterstanden van de gemalen zijn pas sinds 2021 digitaal opgeslagen.
Van 5.000 bezwaarschriften hebben er 150 een gecodeerde reden.
de veilingdata van de bloemen hebben per klok een andere kolomindeling
De dijkinspecties staan als pdf-rapport per jaar, niet als meetreeks.
Stand van zaken: de melkveehouders leveren hun gegevens per kwartaal aan, handmatig.
In de politiedata is 'locatie' soms een adres, soms een wijk en soms leeg.
De OV-chipdata bevat alleen in- en uitchecks, geen overstappen.
Het netbeheerder-archief heeft de storingen van vóór 2018 niet meer.
Bij de woningcorporatie heeft elke regio eigen codes voor onderhoudsklachten.
Er is geen enkel gelabeld voorbeeld van uitkeringsfraude dat niet al door een rechter is beoordeeld.
Scores van de eindtoets zijn er alleen voor leerlingen die de toets hebben gemaakt, niet voor vroege uitstromers.
De camerabeelden van de fietsenstalling zijn allemaal overdag, 's nachts staat de camera uit.
"""}
