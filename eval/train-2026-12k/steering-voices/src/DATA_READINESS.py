LABEL = "DATA_READINESS"
S = {"en": """
SteerCo noted that the claims history prior to 2022 could not be located in a usable form; the churn pilot is parked pending clarity on what the archive actually holds.
Closure reason: the training set supplied by Ops covered only two of the nine depots, so results could not be generalised to the network.
Vendor reports that 38% of the meter reads delivered were duplicates or blank; phase 2 has been deprioritised until the source is cleaned.
Action for K. Moreau: chase the labelled scan sample promised by Radiology in June. Until it arrives the workstream remains on hold.
Status amber. Supplier master in SAP still has four spellings of the same vendor and the matching model keeps tripping on it.
The pilot was paused after it became apparent that most defect photos were taken on one line with one camera.
Per finance controller, the invoice extracts we were given stop in March and nobody can say where the rest of FY24 sits.
Parked. The readings from the Elmhurst substations were never timestamped consistently, so the forecasting team spent the quarter reconciling clocks.
Portfolio review: the fraud use case did not progress because confirmed-fraud labels exist for fewer than 300 cases in five years.
Minutes 14/03: business users confirmed the 'reason for return' field is free text and mostly left empty. Item moved to backlog.
From the vendor side we are still waiting on read access to the policy warehouse, week 7 now. Nothing to train on yet.
The demand model was signed off in principle, but the store-level sales feed turned out to exclude promotions, which is most of the volume.
Registry note: closed - source data owned by three regional entities, no agreement to pool it.
We were told the CRM data was clean. It is not; roughly a third of contacts have no segment and the pilot numbers are meaningless.
Sponsor update: the triage pilot was stood down after the annotators agreed on under half of the cases.
Hi all, short one. The export from Hermes arrived but the patient IDs are hashed differently per ward, so we can't join anything. Back to square one.
Timeline slipped by two quarters while Data Office worked out who is allowed to copy the SCADA history out of the plant network.
Steering committee accepted the recommendation to halt; sample sizes for the rarer fault classes were too small to be meaningful.
Deprioritised: the historic contracts sit as scanned PDFs in a shared drive and digitising them is not funded.
Finance flagged that the GL mappings changed twice in the period, so the anomaly model was learning reorganisations, not anomalies.
Business owner comment: the data we have describes the customers we lost, not the ones we want. Not worth continuing on this basis.
Status red. Telemetry from the older trucks is sampled every 15 minutes, the newer ones every second. Model cannot be trained on a mix like that.
The vendor POC used their own demo dataset; once run on our tickets the accuracy collapsed because half the categories are 'Other'.
Closing this. Six months in and we still cannot get the lab results out of the LIMS in anything other than PDF printouts.
Minutes: Procurement confirmed that spend categories were never coded below level 2. Classification use case returned to ideation.
Update from the controller: the cost-centre data for Italy and Iberia is kept in separate ledgers with different calendars. Harmonising it is out of our hands.
Pilot halted after the audit showed that sensor calibration logs were missing for most of 2023.
We keep being told the labels exist somewhere in the quality team's spreadsheets. After three requests, nothing.
Parked pending clarity on the customer consent flags; roughly half the records have no flag at all.
Per the chat with Datalake team: the tables are there but nobody has documented the columns, and the person who built them left in 2021.
Good session yesterday, thanks to everyone. On the risk model itself: default events are too rare in the SME book to learn from. We agreed to stop.
Closure note - the crop yield history is kept per farm cooperative in different formats and units; consolidation would be a project on its own.
The proof of concept looked fine on the sample, but the sample was hand-picked by the business and not representative of real traffic.
Status report Q3: no movement; call transcripts are retained for 30 days only, so there is no history to work from.
Vendor escalation: the image set delivered by the client has no ground truth. We can build the pipeline but not the model.
Agreed to put on ice until the new ERP is live and the item master has been cleansed.
Action closed without result: Ops could not supply failure records, since breakdowns were logged on paper in most depots.
Can someone from BI confirm whether the churn flag is reliable? It seems to be set manually and only some branches do it.
Minutes, item 4: the team showed that 60% of the transaction descriptions are truncated at 20 characters. Decision: no further spend this year.
Outcome: not progressed. Training data from the pilot hospital was not comparable with the other sites after the coding change.
The recommender is on hold; we only have purchase data for loyalty card holders, which is a skewed slice of the customer base.
Ugh, the weather join again. Station data has gaps of days at a time and we cannot backfill. Raising at steerco.
Deferred to 2027 planning: the document archive is not indexed and retrieval testing could not begin.
Registry closure: insufficient historical volume in the new product line to support any forecast.
""",
"es": """
El comité acordó congelar el modelo de lista de espera: las fechas de derivación de atención primaria vienen mezcladas con las de urgencias y no hay forma de separarlas.
Motivo de cierre: el padrón municipal y el censo de vados usan direcciones escritas de forma distinta y el cruce sale en un 40 %.
Los caudalímetros de riego de la comunidad de regantes mandan datos solo cuando hay cobertura, y en verano falla justo en las parcelas que importan.
Estado ámbar. Los expedientes hipotecarios antiguos están en microfichas en el archivo de Alcobendas.
Acta 08/10: Red confirma que los logs de las antenas solo se guardan agregados por hora; para detectar cortes necesitábamos el detalle.
Se aparca el modelo de devoluciones de textil hasta que Logística empiece a registrar el motivo real en lugar de marcar siempre 'otros'.
Nos pasaron un Excel con 3.000 siniestros de la mutua y resulta que son todos de Madrid capital. No sirve para el resto.
Buenas, sigo esperando que Sistemas me abra la réplica de la base de datos de contenedores del puerto. Tres semanas ya y el proveedor cobrando.
El histórico de producción de las plantas solares tiene meses enteros a cero por cambios de inversor que nadie anotó.
Informe de cartera: el caso de mantenimiento de autobuses no avanza; las órdenes de taller se cierran sin indicar la pieza cambiada.
Despriorizado. Cada delegación comercial codifica los productos a su manera y no existe un catálogo común.
El proveedor avisa de que en el conjunto de facturas escaneadas hay una mezcla de tres idiomas y la mitad están torcidas o cortadas.
La etiqueta de 'cliente moroso' la pone cada gestor cuando le parece; para entrenar no vale.
Cerrado en el registro: no existen datos previos a la fusión de las dos cajas con un formato común.
El comité pidió pausar: la muestra de imágenes de la línea de envasado no incluye ninguna botella defectuosa real, solo simuladas.
Según Control de Gestión, el reparto de costes por centro cambió en 2023 y la serie no es comparable.
Nadie sabe qué significan los códigos de la columna ESTADO_2 del sistema de expedientes y el autor ya no está.
Los partes de incidencias de la red de agua llevan la ubicación como texto libre, tipo 'junto a la farmacia'.
Hola a todos: el extracto del CRM que nos mandaron tiene las fechas en tres formatos distintos y los teléfonos mezclados con los correos. Lo llevo al comité.
Aplazado hasta que el área clínica revise las etiquetas; dos especialistas discrepan en casi la mitad de las radiografías.
El proyecto de predicción de fuga de alumnos está parado porque las notas de los institutos concertados no se recogen en el sistema.
Acta: los datos de tráfico de la web solo se conservan 14 meses y el modelo de estacionalidad necesita al menos tres años.
""",
"it": """
Il comitato ha preso atto che le schede di collaudo dei telai sono compilate a penna e scansionate in bassa risoluzione; il progetto visione resta sospeso.
Chiusura: il gestionale degli hotel del gruppo registra le prenotazioni OTA senza il canale di provenienza, quindi la previsione per canale non è possibile.
Nel caseificio le temperature delle vasche vengono annotate su un quaderno; dal 2022 ne abbiamo solo le foto.
Stato giallo. Le misure di spessore della verniciatura si sovrascrivono ogni 24 ore sul PLC, non esiste uno storico.
Verbale 17/09: la rete agenti assicurativi usa ancora tre codifiche dei rami diverse e il modello di cross-selling mescola prodotti che non c'entrano.
Per lo stilista serviva lo storico dei riassortimenti per taglia, ma fino al 2023 si registrava solo il totale per modello.
Ciao, l'estrazione dal sistema pratiche edilizie è arrivata in 47 file Excel, ognuno con colonne diverse. Ci vorrà un mese solo per metterli insieme.
Depriorizzato: le foto dei danni grandine sono scattate dai periti con telefoni diversi e senza metadati di data e luogo.
Il fornitore ha ricevuto solo il 15% dei verbali di ispezione ferroviaria, gli altri sono negli archivi dei singoli compartimenti.
Gli scarti di produzione sono registrati a fine turno come numero complessivo, senza il tipo di difetto.
Revisione di portafoglio: i dati delle presenze turistiche comunali arrivano con sei mesi di ritardo e con correzioni retroattive.
Il modello sulle frodi nei rimborsi spese si basa su note spese in cui la categoria è scelta liberamente dal dipendente.
In sospeso: i codici ATECO dei clienti corporate sono aggiornati solo all'apertura del rapporto e molti sono vecchi di vent'anni.
L'azienda sanitaria ha fornito dati già aggregati per distretto, impossibile lavorare a livello di paziente.
Nota del controller: i listini storici dei fornitori non sono mai stati salvati, esiste solo il prezzo corrente.
I valori di laboratorio dei vini sono nei registri delle singole cantine sociali, ognuna con il proprio software.
Buongiorno a tutti. Abbiamo scoperto che il 'cliente perso' nel datamart include anche chi ha solo cambiato filiale. Le etichette vanno rifatte da capo.
Il pilota sui ricambi auto è fermo: le distinte base del sistema vecchio non corrispondono più ai pezzi reali.
Chiuso: le trascrizioni dei verbali di consiglio comunale esistono solo dal 2021 e non bastano per l'addestramento.
I dati di consumo gas dei condomini sono letture stimate per la maggior parte dei mesi, non misure vere.
Le immagini termografiche delle cabine elettriche sono state raccolte da tre ditte con impostazioni diverse e non sono confrontabili.
Il database dei reclami è stato migrato male nel 2020 e metà dei testi è troncata.
""",
"pt": """
O comité tomou nota de que as leituras de humidade das rolhas na fábrica de cortiça só são guardadas em papel; projeto suspenso.
Motivo de encerramento: o sistema das farmácias da rede não guarda o histórico de ruturas de stock, apenas o stock atual.
Na lota, os pesos do pescado são registados por espécie só desde 2024; para trás está tudo em totais diários.
Estado vermelho. O registo de alunos da universidade mudou de sistema em 2022 e o histórico ficou num dump que ninguém sabe abrir.
Ata 02/12: as adegas da cooperativa medem o grau de açúcar em momentos diferentes da vindima, os valores não se comparam.
O modelo de churn da operadora móvel precisa das reclamações, mas o call center só guarda o motivo em texto livre com metade dos campos vazios.
Olá a todos, os ficheiros das portagens chegaram sem a classe do veículo. Sem isso a previsão não faz sentido.
Despriorizado: as plantas das redes de esgoto da câmara estão em CAD antigo, sem coordenadas.
A seguradora de saúde só nos deu as faturas dos prestadores, sem diagnósticos associados.
Os tempos de carga nos cais de Leixões são registados à mão pelos capatazes e muitos turnos ficam por preencher.
Revisão de portfólio: o caso de previsão de faltas ao trabalho não avança porque as baixas estão num sistema de RH a que ninguém tem acesso analítico.
O histórico de preços da concorrência que o marketing comprou tem lacunas de meses em metade das categorias.
Em espera: as fichas de manutenção dos elétricos estão no sistema antigo da oficina, que já nem arranca.
O parceiro logístico entrega os dados de entregas agregados por semana e precisávamos do detalhe por encomenda.
Nota do controller: as notas de crédito aparecem no ERP como faturas negativas sem ligação à fatura original.
Os rótulos de 'fraude confirmada' dependem de processos em tribunal que demoram anos, a maioria ainda está em aberto.
Bom dia equipa. Descobrimos que o campo 'data de instalação' dos contadores é preenchido com a data de migração para quase todos. Voltamos ao início.
O projeto de visão para as linhas de montagem parou: as câmaras existentes estão mal posicionadas e não apanham a peça toda.
Encerrado: os questionários de satisfação dos utentes do hospital são em papel e só uma parte foi digitada.
As leituras da qualidade do ar dos sensores municipais têm derivas de calibração que ninguém corrigiu desde 2021.
Os dados de produção das explorações leiteiras chegam por email em PDF, uma por uma.
Na rede de supermercados, os cartões de cliente só existem em metade das lojas; o resto das vendas é anónimo.
"""}
