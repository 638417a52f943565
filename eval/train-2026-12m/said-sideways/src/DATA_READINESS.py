LABEL = "DATA_READINESS"
S = {"en": """
Half the pallets in the 2024 history have no scan-out timestamp, so dwell time is a guess.
Steering minutes: the lab results sit in six hospital databases and the DPO-approved extract covers one.
Post-mortem: we discovered in week 9 that the "failure" label meant "technician visited", not "asset failed".
chat: the sensor on line 3 reported 0.0 for eleven months and nobody noticed
Closure reason: "insufficient labelled examples; manual tagging not funded".
email: "the historical claims before 2019 are on microfiche, sorry"
Farm yield records are self-reported once a year, in bushels in one region and tonnes in the other.
Portfolio review: waiting since March for the archive team to digitise the inspection reports.
The churn model trained on a customer table where cancelled accounts had been purged.
The ship AIS feed has gaps of days whenever vessels pass through the strait.
Only 212 confirmed fraud cases in five years; the rest were never investigated to a conclusion.
Minutes: the pharmacy stock counts are entered as free text ("approx 2 boxes").
Post-mortem bullet: the training set came entirely from the flagship store and didn't look like any other branch.
chat: 38 % of postcodes in the donor file are blank or "N/A"
We need soil moisture per field; the co-op has it per district.
Every depot codes delay reasons differently; "OTHER" is 61 % of the column.
The annotation vendor delivered 40k images, 9k of them labelled by someone who misread the guideline.
Email: "the data warehouse was rebuilt in 2023 and nothing before that was migrated"
Student attendance is recorded on paper registers in 40 of the 112 schools.
Registry: stalled, "source tables owned by a subsidiary that will not grant read access".
The meter readings are estimated on two out of three bills, so the target is mostly our own guess.
Post-mortem: the news archive tags were applied by three generations of editors with three taxonomies.
The well logs from before the acquisition were never loaded; the vendor kept them.
Ticket DATA-733: duplicate patient IDs, same person appears up to four times with different birth dates.
Grid outage history starts in 2022; anything older was overwritten by the SCADA upgrade.
Minutes: labelling 5,000 site photos would take the two surveyors a full year.
chat: the CRM has "email opened" for 2025 only, the tracking pixel was turned off before
The maintenance logs say "fixed" on 90 % of entries, no detail on what was fixed.
Container weights in the manifest are declared, not measured; they're off by up to 30 %.
Crop disease examples: 14 photos of blight, 6,000 of healthy leaves.
Portfolio note: the data owner in Finance asks for a business case per table before any extract.
Post-mortem: the test year was the pandemic year, nothing in it resembled normal demand.
email pasted: "yes we have the transactions, no we don't have the refunds linked to them"
Every time the ERP was customised the product codes changed and nobody kept the mapping.
The complaints are in the call recordings, not transcribed, not searchable.
Construction defects are logged as photos in a WhatsApp group per site.
Registry comment: on hold until the master data clean-up project finishes (no date).
The trial-site enrolment data is held by the CRO and our contract gives us quarterly PDFs.
chat: timestamps are local time in half the plants and UTC in the rest, no flag saying which
Only nine positive cases a year; we would need to wait a decade for a test set.
Post-mortem: the ground truth was the old rule engine's decision, so the model learnt the old rules.
Loan files scanned as images; key fields would need manual re-entry.
Minutes: the broadcaster's audience data is licensed and our licence forbids modelling on it.
The footfall counters were recalibrated three times without marking it in the data.
""", "es": """
En la cooperativa la producción por parcela se apunta en una libreta y se pasa a Excel cuando hay tiempo.
Acta: las altas hospitalarias anteriores a 2020 están en el sistema antiguo y nadie tiene la clave de exportación.
chat: el campo "motivo de baja" está vacío en el 70 % de los contratos de telefonía
Post-mortem: la etiqueta de impago se definía distinto en cada sucursal, el modelo aprendió el criterio de cada director.
Cierre: "sin histórico suficiente de incidencias en red de alta tensión".
Los partes de obra llegan escaneados a mano y con letra ilegible.
correo: "los datos de la pesca por especie los tiene la cofradía y no los comparte"
Tres formatos de fecha distintos en la misma columna de pedidos.
El inventario del almacén regulador no se cuadra desde la última auditoría.
Revisión de cartera: bloqueado hasta que Catastro entregue las referencias depuradas.
Las notas de los tutores se guardan en Word en carpetas personales.
Sólo tenemos 40 casos confirmados de fraude en subvenciones en diez años.
chat: las coordenadas GPS de los camiones tienen huecos de horas en la sierra
El histórico de ventas sólo cubre tiendas propias, las franquicias no reportan.
Acta: las fotos de defectos de fachada nunca se clasificaron.
Post-mortem: entrenamos con el año de la DANA y todo lo demás parecía normal en comparación.
Los contadores de agua se leen a ojo y muchos meses se estiman.
""", "it": """
Il catasto vigneti è aggiornato al 2019, metà dei filari non esiste più.
Verbale: i referti di anatomia patologica sono PDF scansionati, non testo.
chat: nel gestionale magazzino la giacenza negativa è la norma, nessuno la corregge
Chiusura: "storico dei sinistri pre-2018 non recuperabile dal vecchio sistema".
Il registro delle presenze in metà delle scuole è ancora cartaceo.
mail: "i dati di sbarco del pescato li ha la capitaneria, non ce li danno"
Ogni stabilimento chiama lo stesso materiale con un codice diverso, e la tabella di raccordo non c'è.
Revisione portafoglio: fermo finché la bonifica dell'anagrafica clienti non finisce.
Solo 23 casi di frode accertata nelle pratiche di rimborso in sei anni.
chat: i contatori di passaggio ai varchi sono stati ricalibrati senza annotarlo
Le foto dei difetti sulle travi stanno nei telefoni dei capicantiere.
Il dataset di addestramento veniva tutto dal punto vendita di Milano centro, il resto d'Italia non gli somiglia.
I dati di ascolto sono di un istituto terzo e la licenza non ne permette l'uso per modelli.
La qualità del latte viene registrata solo quando c'è una contestazione.
Il campo "causale intervento" è a testo libero e metà delle righe dice "vedi sopra".
Le perizie dei sinistri grandine sono nei faldoni dei periti, mai digitalizzate.
Per avere le letture dei pozzi serve chiederle una per una ai singoli comuni.
""", "pt": """
O romaneio das fazendas chega em papel e é digitado só no fim da safra.
Ata: os laudos de imagem são PDFs escaneados, não dá para extrair nada.
Encerramento: "histórico de falhas de transformadores insuficiente".
O estoque do centro de distribuição não bate desde o inventário de 2024.
e-mail: "os dados de desembarque estão com a Marinha e não são compartilhados"
As coordenadas dos caminhões somem por horas na serra, sem sinal.
chat: o CPF do cliente aparece com três formatações diferentes e metade sem dígito
Revisão de portfólio: travado até o saneamento do cadastro de clientes.
A leitura dos hidrômetros é estimada em metade dos meses.
As notas dos professores ficam em cadernetas, cada escola num formato.
O histórico de pragas da lavoura está nas anotações do agrônomo, à caneta.
""", "nl": """
De kasklimaatdata zijn per teler opgeslagen op een USB-stick in het ketelhuis.
Notulen: de ontslagbrieven van voor 2021 zitten in het oude EPD en niemand heeft een exportlicentie.
Afsluitreden: "onvoldoende gelabelde voorbeelden van dijkschade".
De aanvoergegevens van de visafslag worden pas na drie maanden gecorrigeerd.
Portfoliooverleg: wacht op opschoning van de BAG-koppeling door de gemeente.
Bouwgebreken worden als foto's in een appgroep per project bijgehouden.
We hebben zeventien bevestigde fraudegevallen in zes jaar.
De sensoren in de rioolgemalen stonden maandenlang op nul zonder dat iemand het zag.
chat: in het leerlingvolgsysteem heeft elke school eigen codes voor verzuim
De melkcontroledata van de coöperatie komen als pdf per bedrijf.
mail: "de verkeerstellingen van vóór de herindeling zijn bij de oude gemeente gebleven"
""", "de": """
Die Ernteerträge melden die Betriebe einmal im Jahr, teils in Doppelzentnern, teils in Tonnen.
Protokoll: die Befunde vor 2020 liegen im Altsystem, für den Export fehlt die Lizenz.
Abschlussgrund: "zu wenige bestätigte Schadensfälle für ein Training".
Jedes Werk nennt dasselbe Material anders, eine Zuordnungstabelle gibt es nicht.
Die Zählerstände sind bei jeder zweiten Rechnung geschätzt.
Portfolio-Review: wartet auf die Stammdatenbereinigung, Termin offen.
Die Mängelfotos von den Baustellen liegen auf den Diensthandys der Bauleiter.
Die Zeitstempel sind je nach Werk Ortszeit oder UTC, ohne Kennzeichnung.
Chat: die Pegelstände vor 2015 gibt es nur als Schreiberstreifen im Keller des Wasserwirtschaftsamts
Mail: "die Kassendaten der Franchise-Filialen bekommen wir nicht, die gehören uns nicht"
"""}
