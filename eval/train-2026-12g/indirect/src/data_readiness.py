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
Legal hold means the 2020 emails are frozen and cannot leave the archive.
Only the pilot depot logs GPS at 1 Hz; the rest send a ping every 15 minutes.
Dedup found 38% of 'unique' donors are the same person at a different address.
Training images are all daylight; the night shift cameras see a different world.
Status: amber, the tenant history export from the housing system truncates at 65,535 rows.
Mortgage default examples: 212 in ten years. That's the whole positive class.
chat: anyone know who owns the meter-read table? its not in the catalogue
Steering committee noted that the school attendance records are held by 14 separate municipalities.
Annotators disagreed on 1 in 3 contract clauses, so the labels are basically coin flips.
The feature store is fed by a nightly job that has silently failed since the 4th.
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
Zugriff auf das Patientenregister: Antrag liegt seit acht Wochen beim Datenschutz.
Labels gibt es nur für 400 Bilder, und die hat ein Praktikant im Sommer gemacht.
Die Zählerstände aus den Stadtwerken haben Lücken von mehreren Monaten.
Jede Filiale pflegt die Artikelstammdaten anders, ein gemeinsamer Schlüssel fehlt.
ehrlich gesagt wissen wir nicht mal, welche Tabelle im DWH die richtige ist
Die Trainingsdaten stammen nur aus dem Werk Ingolstadt, das Werk in Ungarn fehlt komplett.
Protokoll: Die Einsatzdaten der Feuerwehr werden erst nach dem Jahresabschluss freigegeben.
Retouren-Gründe sind zu 60 % leer oder stehen auf 'Sonstiges'.
Die Sensoren haben bis letztes Jahr nur Tageswerte gespeichert.
Wir haben 12 Ausfälle in fünf Jahren, daraus lernt kein Modell etwas.
Kundendaten doppelt und dreifach im CRM, Bereinigung läuft seit März.
""", "fr": """
Les dossiers sinistres d'avant 2020 sont sur papier, archivés à Angers.
On attend toujours l'extraction de la DSI, ils ont envoyé uniquement le mois de janvier.
Les étiquettes de défauts ont été saisies par trois équipes avec trois nomenclatures différentes.
Moins de 2 % des transactions sont marquées frauduleuses, et encore, seulement celles contestées.
les données capteurs sont en heure locale pour certains sites et en UTC pour d'autres, super
Le registre des patients est hébergé chez le CHU et aucune convention d'accès n'est signée.
Compte rendu : les données de fréquentation des bibliothèques n'existent que pour Lyon et Lille.
La moitié des adresses clients ne passe pas le géocodage.
Les comptes rendus d'intervention sont des photos de feuilles manuscrites.
Historique des prix perdu lors de la migration SAP de 2019.
Le jeu d'entraînement ne contient que des images prises l'été.
Personne ne sait qui est propriétaire de la table des contrats dans le datalake.
""", "es": """
Los partes de averías de antes de 2021 están en papel en un archivo de Zaragoza.
Solo tenemos etiquetas para 250 facturas y las hizo un becario en agosto.
El histórico de ventas está repartido en cinco ERPs regionales sin un código de cliente común.
seguimos esperando que sistemas nos pase el volcado, ya van tres semanas
Los datos del contador inteligente tienen huecos de meses en las zonas rurales.
Acta: la consejería de salud aún no ha firmado el convenio de cesión de datos.
El 45 % de los motivos de baja aparece como 'otros'.
Las fotos de entrenamiento se tomaron con luz de día, las cámaras nocturnas ven otra cosa.
La tabla de clientes tiene duplicados por cada cambio de domicilio.
Los sensores de la planta guardaban solo promedios diarios hasta 2023.
Nadie sabe qué columna del almacén de datos tiene el importe correcto.
Hay 18 casos positivos en seis años, con eso no se entrena nada.
""", "it": """
Le pratiche di sinistro prima del 2020 sono solo cartacee, in un archivio a Bologna.
Aspettiamo ancora l'estrazione dal gestionale, finora è arrivato solo gennaio.
Le etichette dei difetti le ha messe un tirocinante, con criteri tutti suoi.
I dati dei contatori hanno buchi di settimane nelle zone di montagna.
Verbale: l'ASL non ha ancora autorizzato l'accesso al registro pazienti.
metà degli indirizzi non si geocodifica, e gli altri sono scritti a caso
Ogni filiale tiene l'anagrafica clienti in un file Excel diverso.
Lo storico dei prezzi si è perso con la migrazione del 2019.
Solo il 3% delle transazioni è etichettato, e solo quelle contestate.
I verbali di manutenzione sono foto di moduli compilati a mano.
Il dataset del fornitore copre solo le città, la provincia non c'è.
Non si sa chi sia il responsabile della tabella contratti nel data lake.
""", "pt": """
Os processos de sinistro anteriores a 2020 estão só em papel.
Continuamos à espera da extração do sistema de faturação, já lá vão quatro semanas.
Os rótulos de defeito foram feitos por três turnos com critérios diferentes.
Ata: a secretaria de saúde ainda não liberou o acesso ao prontuário eletrônico.
os dados dos sensores têm buracos enormes no inverno, ninguém sabe porquê
Metade dos CEPs da base de clientes está errada ou vazia.
O histórico de preços sumiu na migração do ERP.
Temos 30 exemplos de falha em oito anos de operação.
Cada agência guarda o cadastro de clientes numa planilha diferente.
As imagens de treino são todas de verão, e a câmara noturna vê outra coisa.
Os motivos de cancelamento estão 70% como 'outros'.
Ninguém sabe quem é dono da tabela de contratos no data lake.
""", "nl": """
De schadedossiers van voor 2020 bestaan alleen op papier.
We wachten nog steeds op de export uit het facturatiesysteem, al vier weken.
De labels voor de defecten zijn door een stagiair gemaakt, zonder vaste definities.
Verslag: de GGD heeft de toegang tot het patiëntenregister nog niet goedgekeurd.
de sensordata heeft gaten van weken in de winter, geen idee waarom
Elk filiaal houdt de klantgegevens bij in een eigen Excel.
De prijshistorie is bij de migratie naar het nieuwe ERP verloren gegaan.
We hebben 15 storingen in zes jaar, daar leert geen model iets van.
De helft van de adressen valt niet te geocoderen.
Trainingsbeelden zijn allemaal overdag gemaakt, de nachtcamera ziet iets heel anders.
Opzegredenen staan voor 65% op 'overig'.
Niemand weet wie eigenaar is van de contractentabel in het datalake.
"""}
