LABEL = "DATA_READINESS"
S = {"en": """
ok back from lunch. ugh the claims extract from PolSys has like 40% null in loss_date again. no point retraining on that
tbh we still dont have access to the SAP BW tables, ticket with basis team open since june
fwiw the labels from the call center are garbage, half of them are just "other"
anyone know who owns the meter readings lake? asked three ppl and nobody can grant read
so the training set is all from the 2 big warehouses, the rural depots look nothing like it
quick q - do we have any labelled scans at all? radiology says they never tagged them
lol the sensor timestamps are in 3 different timezones and nobody documented which
honestly churn model is blocked until someone fixes the customer id mapping between crm and billing
morning all. still waiting on the data dump from the vendor. they now say mid next month
found out the fraud flags were only backfilled for 2024, everything before is blank
cant train on 300 rows tbh, need the full history and archive team says its on tape
the pharmacy dispensing data sits in each hospital's own db, no central copy, so weeks of work per site
fyi the dedupe on supplier master made it worse, now 12k dupes instead of 8k
ugh. images from line 3 are all overexposed since the camera swap, cant use any of it
sorry missed standup, dentist. been cleaning the grid outage logs for 3 weeks, still finding free text in the cause column
ok so turns out "returned" means 4 different things depending on which store system wrote it
branch data only comes monthly in excel, no way we get daily forecasts out of that
legal said fine but IT still hasnt given us a service account for the DWH. week 5
call with the coop went ok-ish. the yield data is self reported and half the farms didnt report at all last season. tbh not sure we can model anything
nobody tagged the maintenance tickets w/ failure mode, we'd need a tech to go thru 20k of them
sample is 90% male patients, model would be useless for the women's clinic
had a look at the transcripts - speech to text so bad you cant even tell which product they mean
re pricing pilot: competitor price feed died in march and nobody noticed. 5 month hole
standup: anna on leave. TMS pipeline still broken, no shipment events since the 14th. retro moved to thu
thx for the notes jan. fwiw ground truth only exists for claims that went to court, which is like 2%. so the rest we're guessing
Stopped: training data not available in required quality
On hold – source data locked in legacy mainframe, no extract
Closed. Labelled dataset never delivered by business
Parked; data access request pending with Group IT since 03/2026
Paused pending cleansing of asset register
Cancelled – historical records incomplete, under 18 months usable
Halted: sensor data not representative of production sites
Waiting for data-sharing agreement with subsidiary
Stopped – no ground truth labels for defect types
On hold, customer master data migration goes first
Closed: data siloed across 14 regional systems
Deprioritised until HR data is onboarded to the lake
Blocked: image archive unreadable, format conversion unfunded
Parked – no data owner for transaction history
Cancelled. Input data below quality threshold after audit
On hold pending annotation vendor contract
Closed – too few confirmed fraud cases to learn from
Stopped after data audit: 60% of records unusable
Waiting on clean extract from billing (ticket DS-4411)
On hold: telemetry only retained 30 days
Parked. Survey data skewed to urban customers
Closed; needed features never captured in source system
Paused until MDM delivers golden customer record
Suspended – label noise too high, relabelling required
On hold – weather feed licence lapsed, no history
""", "de": """
die smart-meter-werte aus netzgebiet nord kommen nur als tagessumme, für die lastprognose viel zu grob
servus zusammen. kurze frage: wer speichert im werk 2 die spindeldaten? die steuerung überschreibt alles nach 48h
ugh, im jobcenter-export fehlt bei einem drittel der fälle die maßnahmennummer
fwiw die befunde im klinikum gibts nur als diktat, nix strukturiert
die schadenfotos der kfz-gutachter liegen beim dienstleister und der rückt sie ohne vertragsänderung nicht raus
Ruht seit 08/2026: Zugang zum SCADA-Historian nicht erteilt
Zurückgestellt – Materialstamm muss erst bereinigt werden (Projekt MDG)
Eingestellt. Schadenhistorie vor 2022 bei Migration verloren
Gestoppt, nur 140 gelabelte Störfälle vorhanden
Pausiert bis QS die Prüfberichte annotiert hat
On hold – Stichprobe nur aus Filialen West, nicht repräsentativ
""", "fr": """
bon les feuilles de soins scannées avant 2019 sont illisibles, on perd 5 ans d'historique
qqn sait pourquoi les capteurs d'essieux de la ligne 4 remontent des zéros depuis l'été ?
les codes rayon ont changé trois fois dans l'année, impossible de relier les ventes
franchement à la mairie chaque service a son excel des demandes, aucun identifiant commun
ugh le prestataire d'étiquetage a livré 2000 images au lieu de 20000
Suspendu : historique de maintenance saisi en texte libre
En attente d'accès à l'infocentre adhérents (demande n°7781)
Abandonné – passages en caisse agrégés à la semaine seulement
Clôturé, échantillon biaisé vers les grandes agences
Gelé jusqu'à la reprise des données de l'ancien logiciel RH
Arrêté : étiquettes incohérentes entre les deux équipes d'annotation
""", "es": """
los tickets de averías de fibra tienen el campo de causa vacío en casi todos
oye las reservas de los hoteles franquiciados no llegan al data lake, solo las propias
la verdad el padrón y el registro de ayudas no casan, cada uno guarda el dni a su manera
volví de jaén, buen aceite por cierto. las básculas de la almazara guardan los datos en local y se borran cada campaña
uf, el proveedor de etiquetado nos devolvió las imágenes mal clasificadas, toca repetir
En pausa: logs de red solo se conservan 7 días
Cancelado – histórico de reservas anterior a 2023 perdido en la migración
Suspendido hasta que informática habilite acceso al CRM de franquicias
Cerrado, muestra de clientes sin representación rural
Parado por falta de etiquetas de baja fiables
Bloqueado: datos de básculas no centralizados
""", "it": """
i dati delle presse della linea pasta secca stanno su chiavette usb, nessuno li raccoglie
raga le taglie nei resi dei negozi sono scritte in tre formati diversi
l'asl ci ha mandato le schede di dimissione senza codice diagnosi, metà inutili
al porto i timestamp dei container arrivano dal terminal con ore di ritardo e spesso doppi
tbh le etichette delle frodi le ha messe un tirocinante in due settimane, non mi fido
Sospeso: storico vendite outlet non disponibile prima del 2024
In attesa delle credenziali per il data lake di gruppo (ticket IT-5520)
Chiuso – dataset di addestramento troppo piccolo, 300 casi
Fermo, sensori della linea 3 con letture mancanti per settimane
Annullato: campione di pazienti non rappresentativo dell'utenza
Rinviato in attesa della bonifica dell'anagrafica clienti
""", "pt": """
o histórico de produtividade por talhão só existe nos cadernos dos agrônomos
ainda sem acesso à base de transações de cartão, pedido parado no compliance de dados
Suspenso: cadastro de cooperados desatualizado e duplicado
Parado – imagens de satélite com nuvens em 70 % da safra
Encerrado, rótulos de inadimplência inconsistentes entre agências
""", "nl": """
de meetgegevens van de gemalen staan nog in het oude scada-archief, niemand kan exporteren
eerlijk gezegd heeft elke afdeling van de gemeente een eigen zaaknummer, koppelen lukt niet
fwiw de veilingklokdata bevat geen kwaliteitscodes van voor 2023
de reparatieverzoeken van huurders zijn vrije tekst zonder categorie, en de helft dubbel
ugh de containerposities van de terminal komen binnen met gaten van uren
Geparkeerd: toegang tot BRP-gegevens niet geregeld
On hold tot opschoning van het vastgoedregister (Q1)
Gestopt – te weinig gelabelde lekkages om van te leren
Afgesloten, historie verloren bij overstap naar nieuw ERP
Wacht op datalevering door terminaloperator
Beëindigd: steekproef alleen uit de Randstad, niet representatief
"""}
