#!/usr/bin/env python3
"""Training slice es-it-pt-nl for lastmile's learned cause pass (training material only).

Every sentence below is hand-written; nothing is generated from templates or at random.
Each line of a block is "<lang>|<text>" with lang in es, it, pt, nl. Running this script
rewrites sentences.csv next to it, byte for byte, and asserts the counts.
"""
import csv
import io
import os
from collections import Counter

CAUSES = [
    "DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
    "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
    "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY",
]
LANGS = ["es", "it", "pt", "nl"]
POS = {}
NEG = []

POS["DATA_READINESS"] = """
es|El área de siniestros todavía no nos ha pasado el histórico de 2019 a 2022, sin eso no podemos entrenar.
es|nadie ha etiquetado las imágenes de la línea 3, siguen en la carpeta tal cual salieron de la cámara
es|Acta comité 14/03: el 40 % de los registros de clientes tiene el NIF vacío o duplicado; se paraliza el modelo hasta limpiar la base.
es|Motivo de cierre: los datos de consumo por contador nunca se pudieron extraer del sistema de la distribuidora.
es|Ojo que el dataset solo tiene pacientes de un hospital, no sirve para las otras regiones.
es|pendiente accesos a la BD de ventas desde hace 6 semanas, seguimos con un excel de muestra
es|Lección aprendida: arrancamos el piloto sin auditar la calidad de los datos y el 30 % de las etiquetas resultaron erróneas.
es|La tabla de transacciones tiene huecos de meses enteros en 2021, no hay forma de reconstruirlos.
es|Che, los datos del CRM vienen con las fechas en tres formatos distintos y la mitad de los campos en null.
es|Compras guarda los pedidos en un Access local que no comparte con nadie, así que no tenemos datos de proveedores.
es|No contamos con ejemplos de fraude suficientes: 37 casos positivos en dos años.
es|Los sensores de la planta de Monterrey registran cada 15 minutos y el modelo necesita datos por segundo, no existen.
es|Bloqueado: el export de facturas llega truncado a 65.000 filas cada vez.
es|Correo a dirección: sin una fuente única de datos de inventario el proyecto no puede avanzar, cada almacén lleva su propia hoja.
es|las transcripciones de las llamadas no se guardaron nunca, solo tenemos la duración y el código de cierre
es|Se detectó que las etiquetas de 'cliente perdido' las ponía cada comercial a su criterio, el target no es fiable.
es|ticket DAT-212: faltan las coordenadas GPS en el 60 % de las incidencias de reparto
es|El histórico de precios se borró en la migración de 2020 y no hay copia.
es|Los datos del piloto eran de temporada baja y no representan la demanda real de diciembre.
es|Nos dieron acceso de lectura al data lake pero las tablas de morosidad están vacías desde marzo.
it|I dati storici delle vendite non sono mai stati consegnati dal reparto commerciale.
it|nessuno ha ancora etichettato le 12mila foto dei difetti, il modello non può partire
it|Verbale comitato guida: il dataset dei sinistri contiene il 35 % di duplicati, si sospende l'addestramento finché non viene bonificato.
it|Motivo chiusura: impossibile ottenere i dati dei contatori, restano nel sistema del fornitore e non li esportano.
it|raga il csv dei clienti ha le date a caso, metà righe senza codice fiscale
it|Lezione appresa: abbiamo scoperto troppo tardi che le etichette erano state messe da tre operatori con criteri diversi.
it|I log delle macchine vengono sovrascritti ogni 7 giorni, non abbiamo lo storico per addestrare niente.
it|Bloccato: aspettiamo da due mesi l'accesso al database della logistica.
it|Il campione contiene solo pazienti lombardi, non è rappresentativo per le altre regioni.
it|Mail al responsabile: senza i dati di magazzino unificati non ha senso proseguire, ogni filiale usa un suo foglio Excel.
it|Casi di frode etichettati: 22 in tre anni. Troppo pochi per qualsiasi modello.
it|Le trascrizioni delle chiamate non sono mai state salvate, esiste solo la durata.
it|La qualità dei dati anagrafici è pessima: indirizzi incompleti nel 50 % dei record.
it|i dati meteo li abbiamo solo da aprile, manca tutto l'inverno
it|Ticket DATA-88: l'estrazione dal gestionale si interrompe a metà e perde le righe successive.
it|Ogni stabilimento codifica i guasti in modo diverso, non si riesce a costruire una variabile target unica.
it|Il reparto HR non ci fornisce i dati sulle assenze per questioni interne, il progetto è fermo.
it|Dopo la migrazione al nuovo ERP lo storico ordini precedente al 2021 è andato perso.
it|Le immagini radiografiche sono in formati proprietari diversi e metà non hanno il referto associato.
it|Non esiste un dizionario dei dati: nessuno sa cosa significhino le colonne della tabella FLG_X.
pt|Os dados de sinistros anteriores a 2020 nunca foram entregues pela área de operações.
pt|ninguém rotulou as imagens das peças com defeito, estão todas cruas no bucket
pt|Ata da reunião de direção: 45 % dos registos de clientes têm o NIF em falta; o modelo fica suspenso até limpar a base.
pt|Motivo de encerramento: não foi possível extrair os dados dos contadores do sistema do fornecedor.
pt|gente, a planilha de vendas veio com as datas todas zoadas e metade das colunas vazias
pt|Lição aprendida: começámos o piloto sem validar a qualidade dos dados e descobrimos que as etiquetas estavam erradas em 30 % dos casos.
pt|A base de inadimplência só tem clientes do Sudeste, não representa o Nordeste.
pt|Bloqueado: há 7 semanas à espera do acesso à base de dados de logística.
pt|Temos só 18 casos de fraude confirmados em dois anos, não dá para treinar nada.
pt|As gravações das chamadas nunca foram guardadas, só temos a duração e o motivo de fecho.
pt|Cada loja mantém o seu stock numa folha de Excel própria e não há fonte única.
pt|O histórico de preços foi apagado na migração do ERP e não existe backup.
pt|Ticket DADOS-41: o export das notas fiscais vem truncado em 100 mil linhas.
pt|Os sensores da fábrica só gravam de hora a hora, e o modelo precisa de dados ao minuto.
pt|A equipa de RH recusa-se a partilhar os dados de absentismo, o projeto parou.
pt|os dados do piloto eram só da época baixa, não servem para prever o Natal
pt|Não há dicionário de dados e ninguém sabe o que significa o campo STATUS_2 da tabela de contratos.
pt|O data lake tem as tabelas de cobrança, mas estão vazias desde março.
pt|As etiquetas de churn eram preenchidas por cada vendedor como lhe apetecia, o alvo não é confiável.
pt|E-mail para a diretoria: sem dados de entrega com geolocalização o projeto de rotas não avança.
nl|De historische schadedata is nooit aangeleverd door de afdeling claims.
nl|niemand heeft de foto's van de lasnaden gelabeld, ze staan nog ongesorteerd op de share
nl|Notulen stuurgroep: 40 % van de klantrecords heeft geen geldig postcode-veld; het model wordt stilgelegd tot de data is opgeschoond.
nl|Reden afsluiting: de meterstanden konden nooit uit het systeem van de netbeheerder gehaald worden.
nl|de export uit het ERP kapt af bij 65k regels, we missen dus de helft van de orders
nl|Geleerde les: we zijn gestart zonder datakwaliteitscheck en achteraf bleek een derde van de labels fout.
nl|De dataset bevat alleen patiënten uit één ziekenhuis in Limburg en is niet representatief.
nl|Geblokkeerd: wachten al zes weken op leesrechten op de logistieke database.
nl|We hebben maar 25 bevestigde fraudegevallen in twee jaar, daar train je niks mee.
nl|De gesprekken van het klantcontactcentrum werden nooit opgenomen, alleen de duur staat in de logging.
nl|Elke vestiging houdt zijn voorraad bij in een eigen Excel, er is geen centrale bron.
nl|Bij de migratie in 2020 is de prijshistorie verloren gegaan.
nl|Ticket DATA-77: in 60 % van de meldingen ontbreken de gps-coördinaten.
nl|De sensoren in de fabriek in Gent loggen per kwartier terwijl het model secondedata nodig heeft.
nl|HR wil de verzuimcijfers niet delen, dus het project ligt stil.
nl|de pilotdata kwam alleen uit het laagseizoen, zegt niks over december
nl|Er is geen datadictionary en niemand weet wat kolom FLG_3 betekent.
nl|De tabellen met betalingsachterstanden in het datalake zijn sinds maart leeg.
nl|Het label 'opgezegd' werd door elke accountmanager anders ingevuld, de target is onbetrouwbaar.
nl|Mail aan de directie: zonder gekoppelde leveringsdata kunnen we de routeplanning niet voorspellen.
"""

POS["UNCLEAR_OBJECTIVE"] = """
es|Nadie ha definido qué KPI tiene que mejorar el chatbot, cada área pide una cosa distinta.
es|Acta del comité: no existe línea base del tiempo de tramitación, así que no sabremos si el modelo aporta algo.
es|Motivo de cierre: se compró la plataforma de IA antes de saber qué problema de negocio queríamos resolver.
es|¿alguien sabe cuál es el criterio de éxito de la PoC? xq yo no lo tengo claro y la demo es el viernes
es|Lección aprendida: empezamos por la tecnología y no por el problema; al final nadie supo decir para qué servía el modelo.
es|El objetivo del proyecto cambió tres veces en dos meses: primero retención, luego upselling, ahora 'experiencia cliente'.
es|Negocio no sabe qué decisión tomaría con la predicción de demanda, así que el modelo no tiene uso.
es|Nos pidieron 'meter IA en atención al cliente' sin más detalle.
es|En la revisión de fase nadie pudo explicar qué ahorro se esperaba del proyecto.
es|El caso de uso se definió como 'explorar el potencial de los datos', sin una pregunta concreta.
es|Resolvimos un problema que el área comercial no tenía: ellos ya priorizaban bien los leads a mano.
es|Ticket sin criterio de aceptación: 'mejorar el modelo'. ¿Mejorar qué? ¿Hasta cuánto?
es|La dirección quería 'un ChatGPT propio' pero nunca dijo para qué proceso.
es|No hay meta cuantificada: el registro tiene el campo success_kpi vacío desde el arranque.
es|Se entendió mal el problema: el cuello de botella no era la clasificación de correos sino la falta de personal para responderlos.
es|mail de la PM: seguimos sin saber si el éxito se mide en precisión, en horas ahorradas o en NPS
es|Cada patrocinador entiende el proyecto de manera diferente y no hay un documento de objetivos firmado.
es|Después de seis meses de piloto nadie sabe si funcionó, porque no se fijó ninguna métrica antes de empezar.
es|Pa' qué queremos predecir el abandono si no hay ninguna acción prevista cuando sale alto?
es|El problema a resolver nunca se formuló por escrito; solo había una diapositiva con la palabra 'IA'.
it|Non è mai stato definito un KPI di successo per l'assistente virtuale.
it|Verbale: manca una baseline dei tempi di lavorazione delle pratiche, impossibile misurare il beneficio.
it|Motivo chiusura: soluzione in cerca di un problema, il business non ha mai espresso un'esigenza reale.
it|ma qual è l'obiettivo della PoC?? nessuno me l'ha detto e venerdì c'è la demo
it|Lezione appresa: siamo partiti dall'algoritmo invece che dal processo, e alla fine il modello non rispondeva a nessuna domanda.
it|L'obiettivo è stato cambiato quattro volte in un trimestre.
it|Il marketing non sa che cosa farebbe con il punteggio di propensione, quindi non lo usa nessuno.
it|Richiesta della direzione: 'fare qualcosa con l'intelligenza artificiale', senza altro.
it|Alla revisione di fase nessuno ha saputo quantificare il risparmio atteso.
it|Il problema era stato capito male: i ritardi non dipendevano dalle previsioni ma dai fornitori.
it|Criteri di accettazione assenti nel ticket: c'è scritto solo 'rendere il modello più intelligente'.
it|Il campo KPI nel registro è vuoto dal giorno dell'avvio.
it|Ogni sponsor ha in mente un caso d'uso diverso e non esiste un documento di obiettivi condiviso.
it|Dopo sei mesi di pilota non sappiamo se ha funzionato perché nessuno aveva fissato una soglia di successo.
it|Abbiamo costruito un classificatore per un problema che l'ufficio acquisti non aveva.
it|La domanda di business non è mai stata formulata: c'era solo la voglia di provare la GenAI.
it|mail del PM: non è chiaro se misuriamo accuratezza, ore risparmiate o soddisfazione clienti
it|Si è scelto lo strumento prima del caso d'uso, ora cerchiamo dove applicarlo.
it|Nessuna azione è prevista quando il modello segnala un cliente a rischio, quindi a cosa serve?
it|Il perimetro del valore atteso non è stato mai concordato con la linea di business.
pt|Ninguém definiu qual é o indicador de sucesso do assistente virtual.
pt|Ata do comité: não existe linha de base do tempo de atendimento, logo não conseguimos provar ganho.
pt|Motivo de encerramento: compraram a ferramenta de IA antes de saber qual problema queriam resolver.
pt|alguém sabe qual é o critério de sucesso da PoC? pq eu não faço ideia e a demo é sexta
pt|Lição aprendida: começámos pela tecnologia e não pelo problema de negócio.
pt|O objetivo mudou três vezes em dois meses, de retenção para cross-sell e depois para 'experiência'.
pt|A área comercial não sabe que decisão tomaria com a previsão, então o modelo não tem utilidade.
pt|O pedido da diretoria foi 'colocar IA no atendimento', sem mais nada.
pt|Na revisão de fase ninguém soube dizer quanto dinheiro o projeto devia poupar.
pt|O problema foi mal entendido: o gargalo não era a triagem dos e-mails, era a falta de gente para responder.
pt|O campo success_kpi do registo está vazio desde o arranque.
pt|Cada patrocinador entende o projeto de um jeito e não há documento de objetivos assinado.
pt|Depois de seis meses de piloto ninguém sabe se funcionou porque não havia meta definida.
pt|Ticket sem critério de aceitação, só diz 'melhorar o modelo'.
pt|Construímos um modelo de previsão para um problema que o armazém não tinha.
pt|e-mail da PM: continuamos sem saber se medimos precisão, horas poupadas ou NPS
pt|A pergunta de negócio nunca foi escrita, havia só um slide com a palavra 'GenAI'.
pt|Nenhuma ação está prevista quando o score de churn dá alto, então pra que serve?
pt|Escolheu-se a solução antes do caso de uso e agora anda-se à procura de onde a aplicar.
pt|O valor esperado nunca foi acordado com a área de negócio.
nl|Niemand heeft ooit vastgelegd welke KPI de chatbot moet verbeteren.
nl|Notulen: er is geen nulmeting van de doorlooptijd, dus we kunnen geen effect aantonen.
nl|Reden afsluiting: oplossing op zoek naar een probleem, de business had geen concrete vraag.
nl|wat is eigenlijk het succescriterium vd PoC? ik weet het niet en vrijdag is de demo
nl|Geleerde les: we begonnen bij de techniek en niet bij het bedrijfsprobleem.
nl|Het doel is in één kwartaal vier keer veranderd.
nl|Marketing weet niet wat ze met de churnscore zouden doen, dus niemand gebruikt hem.
nl|De vraag van de directie was 'doe iets met AI', zonder verdere toelichting.
nl|Bij de fasereview kon niemand zeggen welke besparing het project moest opleveren.
nl|Het probleem is verkeerd begrepen: de vertraging zat niet in de voorspelling maar bij de leveranciers.
nl|Het KPI-veld in het register is sinds de start leeg gebleven.
nl|Elke sponsor heeft een ander beeld van het doel en er is geen ondertekend doelendocument.
nl|Na zes maanden pilot weet niemand of het gewerkt heeft, omdat vooraf geen succesmaat is afgesproken.
nl|Ticket zonder acceptatiecriteria, er staat alleen 'model slimmer maken'.
nl|We hebben een classificatiemodel gebouwd voor een probleem dat inkoop niet had.
nl|mail van de PM: het is nog steeds niet duidelijk of we op nauwkeurigheid, bespaarde uren of NPS sturen
nl|De businessvraag werd nooit opgeschreven, er was alleen een slide met 'GenAI' erop.
nl|Er hangt geen actie aan de risicoscore, dus waarvoor dient die eigenlijk?
nl|Het tool is gekocht voordat er een use case was, nu zoeken we waar we het kunnen inzetten.
nl|De verwachte waarde is nooit met de lijnorganisatie afgestemd.
"""

POS["PRODUCTION_ARCHITECTURE"] = """
es|El modelo vive en el portátil de Javier y nadie sabe cómo llevarlo a producción.
es|No hay pipeline de despliegue: cada versión se copia a mano al servidor por SFTP.
es|Acta: la PoC se construyó en notebooks sin pensar en producción y habría que reescribirla entera.
es|Motivo de cierre: no existía plataforma de MLOps ni equipo que la mantuviera, el piloto no pudo pasar a explotación.
es|nadie monitoriza el modelo, se degradó tres meses y nos enteramos por una queja del cliente
es|No tenemos forma de reentrenar: el script de entrenamiento depende de rutas locales y de un CSV que ya no existe.
es|Sistemas dice que no hay dónde servir un modelo de Python, todo su entorno es Java on-premise.
es|El endpoint de inferencia tarda 9 segundos por petición y el canal web exige menos de 300 ms.
es|Lección aprendida: el paso de piloto a producción no estaba planificado ni presupuestado.
es|Bloqueado en DEVOPS-77: no hay runner de CI con GPU para construir la imagen.
es|Los features se calculan en un notebook a mano cada lunes; no hay feature store ni job programado.
es|El modelo de scoring sigue en la versión de la demo, sin control de versiones ni registro de modelos.
es|Cuando se cae el contenedor nadie se entera hasta que llega el batch vacío.
es|Correo de arquitectura: el piloto corre en una cuenta de pruebas de nube que no está homologada para producción.
es|Falta el plan de rollback; operaciones no acepta un despliegue sin él.
es|El pase a producción requiere empaquetar el modelo en un servicio y nadie ha hecho ese trabajo.
es|No hay alertas de drift, la precisión cayó del 91 al 70 % sin que nadie lo viera.
es|Se entregó el modelo como un pickle en un correo y así no lo pone nadie en producción.
es|El batch nocturno tarda 11 horas y la ventana de explotación es de 4.
es|Ninguno de los entornos (dev, pre, pro) está montado para el servicio de recomendación.
it|Il modello gira solo sul portatile di Marco e nessuno sa come metterlo in produzione.
it|Non c'è una pipeline di rilascio: ogni versione viene copiata a mano sul server.
it|Verbale: il prototipo è fatto tutto in notebook Jupyter, andrebbe riscritto da capo per l'esercizio.
it|Motivo chiusura: mancava una piattaforma MLOps e il pilota non è mai passato in produzione.
it|nessuno monitora il modello, è peggiorato per mesi e ce ne siamo accorti dai reclami
it|Non riusciamo a riaddestrare: lo script punta a percorsi locali che non esistono più.
it|L'IT dice che non c'è un'infrastruttura per servire modelli Python, solo Java on-prem.
it|L'API di inferenza risponde in 8 secondi e il sito ne tollera al massimo mezzo.
it|Lezione appresa: il passaggio dal pilota alla produzione non era né pianificato né finanziato.
it|Bloccato su OPS-31: manca un runner CI con GPU per buildare l'immagine.
it|Le feature vengono calcolate a mano ogni lunedì in un notebook, nessun job schedulato.
it|Nessun model registry, nessun versionamento: in produzione non si saprebbe quale modello gira.
it|Quando il container si ferma nessuno riceve un allarme.
it|Mail dell'architettura: il pilota sta su un account cloud di test non certificato per la produzione.
it|Manca il piano di rollback e l'esercizio non accetta il rilascio senza.
it|Nessuno ha impacchettato il modello come servizio, è ancora uno script lanciato a mano.
it|Non ci sono alert sul drift: l'accuratezza è scesa dal 90 al 68 % senza che nessuno se ne accorgesse.
it|Il modello è stato consegnato come file pickle via mail, così non va in produzione.
it|Il batch notturno dura 10 ore, la finestra operativa è di 3.
it|Gli ambienti di collaudo e produzione per il servizio di raccomandazione non esistono ancora.
pt|O modelo só corre no portátil do Rui e ninguém sabe como pô-lo em produção.
pt|Não há pipeline de deploy, cada versão é copiada à mão para o servidor.
pt|Ata: a PoC foi toda feita em notebooks sem pensar em produção, teria de ser reescrita.
pt|Motivo de encerramento: não havia plataforma de MLOps e o piloto nunca passou para operação.
pt|ninguém monitora o modelo, ele degradou por 3 meses e só soubemos por reclamação de cliente
pt|Não conseguimos retreinar, o script depende de caminhos locais e de um CSV que já não existe.
pt|A TI diz que não tem onde servir um modelo em Python, o ambiente deles é todo Java on-premise.
pt|O endpoint de inferência leva 7 segundos por pedido e o app exige menos de 300 ms.
pt|Lição aprendida: a passagem de piloto para produção não estava planeada nem orçamentada.
pt|Bloqueado no DEVOPS-19: não existe runner de CI com GPU.
pt|As features são calculadas à mão num notebook toda segunda-feira, sem job agendado.
pt|Sem registo de modelos nem versionamento, ninguém saberia que versão está em produção.
pt|Quando o container cai ninguém recebe alerta, só se nota quando o relatório vem vazio.
pt|E-mail da arquitetura: o piloto está numa conta cloud de testes que não é homologada para produção.
pt|Falta o plano de rollback e a operação não aceita deploy sem ele.
pt|Ninguém empacotou o modelo como serviço, continua a ser um script corrido à mão.
pt|Não há alertas de drift, a acurácia caiu de 89 para 66 % sem ninguém ver.
pt|O modelo foi entregue como pickle por e-mail, assim ninguém o põe em produção.
pt|O batch noturno demora 12 horas e a janela de processamento é de 4.
pt|Os ambientes de homologação e produção do motor de recomendação nunca foram montados.
nl|Het model draait alleen op de laptop van Pieter en niemand weet hoe het naar productie moet.
nl|Er is geen deploymentpipeline, elke versie wordt handmatig naar de server gekopieerd.
nl|Notulen: de PoC is volledig in notebooks gebouwd zonder aan productie te denken en moet herschreven worden.
nl|Reden afsluiting: er was geen MLOps-platform en de pilot is nooit in beheer genomen.
nl|niemand monitort het model, het is maanden slechter geworden en we hoorden het pas via klachten
nl|Hertrainen lukt niet, het script verwijst naar lokale paden die niet meer bestaan.
nl|IT zegt dat er geen plek is om een Python-model te hosten, hun omgeving is volledig Java on-prem.
nl|De inferentie-API doet er 9 seconden over en het portaal eist minder dan 300 ms.
nl|Geleerde les: de overgang van pilot naar productie was niet gepland en niet begroot.
nl|Geblokkeerd op OPS-54: er is geen CI-runner met GPU om de image te bouwen.
nl|De features worden elke maandag met de hand in een notebook berekend, er is geen geplande job.
nl|Geen model registry, geen versiebeheer: in productie weet niemand welk model er draait.
nl|Als de container omvalt krijgt niemand een melding.
nl|Mail van architectuur: de pilot staat in een testaccount in de cloud dat niet is goedgekeurd voor productie.
nl|Er is geen rollbackplan en beheer neemt niets in productie zonder.
nl|Niemand heeft het model als service verpakt, het blijft een script dat iemand handmatig start.
nl|Er zijn geen driftalerts; de precisie zakte van 90 naar 65 % zonder dat iemand het zag.
nl|Het model is als pickle-bestand gemaild, zo gaat dat nooit live.
nl|De nachtelijke batch duurt 11 uur terwijl het verwerkingsvenster 4 uur is.
nl|De test- en productieomgeving voor de aanbevelingsservice zijn er nog steeds niet.
"""

POS["INTEGRATION"] = """
es|El mainframe de pólizas no expone ninguna API y el proveedor pide 9 meses para desarrollarla.
es|No conseguimos que el modelo escriba la predicción en SAP, la BAPI devuelve error de autorización de interfaz.
es|Acta: la integración con el sistema de gestión hospitalaria quedó fuera del alcance del proveedor y nadie la asumió.
es|Motivo de cierre: imposible conectar el recomendador con el TPV de las tiendas, el software es de 2004.
es|ahorita el score sale en un csv que alguien tiene que subir a mano al CRM, así no escala
es|El ERP solo acepta ficheros planos a las 2 de la mañana; una predicción en tiempo real no cabe en ese flujo.
es|Bloqueado: el bus de integración corporativo no tiene conector para el servicio de inferencia.
es|La respuesta del modelo no encaja en el flujo de trabajo de los tramitadores, tendrían que abrir otra pantalla.
es|Salesforce no deja crear el campo personalizado que necesitamos sin una licencia de otro nivel.
es|El sistema de nóminas está externalizado y el proveedor no permite llamadas entrantes.
es|Ticket INT-340: el webservice del core bancario corta la conexión a los 30 s y el lote de scoring tarda 2 min.
es|Lección aprendida: debimos hablar con el equipo del legacy antes de construir el modelo, no después.
es|La API del proveedor de mapas cambió de versión y rompió toda la cadena de rutas.
es|El chatbot no se pudo conectar con el sistema de citas porque este no tiene interfaz externa.
es|Los códigos de producto del modelo no cuadran con los del almacén y no hay tabla de equivalencias.
es|Para meter las alertas en el sistema de incidencias hay que pasar por el equipo de middleware, que tiene cola hasta junio.
es|La aplicación de los comerciales es nativa y cerrada, no podemos mostrar ahí la recomendación.
es|el conector del data warehouse con el motor de reglas sigue sin funcionar, llevamos 3 sprints
es|El piloto funcionaba con datos exportados, pero engancharlo al sistema de órdenes en vivo resultó inviable.
es|Correo: el fabricante del SCADA no autoriza que un sistema externo lea sus variables.
it|Il mainframe delle polizze non ha API e il fornitore chiede nove mesi per svilupparle.
it|La previsione non arriva in SAP: l'interfaccia IDoc va in errore a ogni invio.
it|Verbale: nessuno si è preso in carico l'integrazione con il gestionale ospedaliero.
it|Motivo chiusura: il motore di raccomandazione non si collega alle casse dei negozi, software del 2003.
it|il punteggio adesso lo carichiamo a mano nel CRM da un excel, non sta in piedi
it|Il sistema legacy accetta solo file a tracciato fisso una volta al giorno, niente tempo reale.
it|Bloccato: l'ESB aziendale non ha un connettore verso il servizio di inferenza.
it|Gli operatori dovrebbero aprire un'altra applicazione per vedere il suggerimento, non è integrato nel loro flusso.
it|Il CRM non permette di aggiungere il campo che ci serve senza cambiare licenza.
it|Ticket INT-92: il web service del sistema contabile va in timeout dopo 20 secondi.
it|Lezione appresa: dovevamo coinvolgere il team del sistema legacy prima, non a modello finito.
it|Il fornitore del software di magazzino non concede accesso alle sue API.
it|I codici articolo del modello non corrispondono a quelli del gestionale e manca una tabella di raccordo.
it|Per scrivere gli alert nel sistema di ticketing serve il team middleware, che ha una coda fino a giugno.
it|L'app della forza vendita è chiusa, non si può mostrare lì la raccomandazione.
it|Il connettore tra data warehouse e motore regole non funziona da tre sprint.
it|Il pilota andava con dati esportati, ma agganciarlo al sistema ordini in tempo reale si è rivelato impossibile.
it|Il produttore dello SCADA non autorizza letture da sistemi esterni.
it|Dopo l'aggiornamento del portale fornitori le chiamate al modello restituiscono tutte errore 500.
it|L'assistente virtuale non riesce a prenotare appuntamenti perché l'agenda non ha interfaccia esterna.
pt|O sistema central de apólices não tem API e o fornecedor pede 9 meses para a fazer.
pt|A previsão não entra no SAP, a interface devolve erro a cada envio.
pt|Ata: a integração com o sistema hospitalar ficou fora do âmbito do fornecedor e ninguém a assumiu.
pt|Motivo de encerramento: impossível ligar o recomendador aos POS das lojas.
pt|hoje o score sai num csv que alguém sobe na mão pro CRM, isso não escala
pt|O ERP só aceita arquivos texto de madrugada, não há forma de encaixar previsão em tempo real.
pt|Bloqueado: o barramento de integração não tem conector para o serviço de inferência.
pt|Os analistas teriam de abrir outro ecrã para ver a sugestão, não está no fluxo deles.
pt|O Salesforce não deixa criar o campo de que precisamos sem mudar de licença.
pt|Ticket INT-58: o webservice do core bancário corta a ligação aos 30 segundos.
pt|Lição aprendida: devíamos ter falado com a equipa do legado antes de construir o modelo.
pt|A API do parceiro de logística mudou de versão sem aviso e partiu toda a integração.
pt|Os códigos de produto do modelo não batem com os do armazém e não existe tabela de correspondência.
pt|Para pôr os alertas no sistema de tickets é preciso a equipa de middleware, que tem fila até junho.
pt|O app dos vendedores é fechado, não dá para mostrar lá a recomendação.
pt|o conector entre o DW e o motor de regras continua quebrado, já são 3 sprints
pt|O piloto funcionava com dados exportados mas ligar ao sistema de encomendas ao vivo revelou-se inviável.
pt|O fabricante do SCADA não autoriza que sistemas externos leiam as variáveis.
pt|O sistema de folha de pagamento é terceirizado e o fornecedor não aceita chamadas de fora.
pt|O chatbot não consegue marcar consultas porque a agenda não tem interface externa.
nl|Het polissysteem op de mainframe heeft geen API en de leverancier vraagt negen maanden om er een te bouwen.
nl|De voorspelling komt niet in SAP terecht, de interface geeft bij elke aanlevering een fout.
nl|Notulen: de koppeling met het ziekenhuisinformatiesysteem viel buiten de scope van de leverancier en niemand heeft ze opgepakt.
nl|Reden afsluiting: de aanbeveler kon niet gekoppeld worden aan de kassasystemen in de winkels.
nl|nu zet iemand de score met de hand vanuit een csv in het CRM, dat houdt geen stand
nl|Het ERP accepteert alleen 's nachts platte bestanden, real-time scoring past daar niet in.
nl|Geblokkeerd: de enterprise service bus heeft geen connector naar de inferentieservice.
nl|Behandelaars moeten een apart scherm openen om het advies te zien, het zit niet in hun werkproces.
nl|Het CRM laat ons het benodigde veld niet toevoegen zonder duurdere licentie.
nl|Ticket INT-17: de webservice van het kernbankensysteem verbreekt de verbinding na 30 seconden.
nl|Geleerde les: we hadden het legacyteam eerder moeten betrekken, niet pas toen het model af was.
nl|De leverancier van het magazijnsysteem geeft geen toegang tot zijn API's.
nl|De artikelcodes van het model komen niet overeen met die van het magazijn en er is geen mappingtabel.
nl|Om meldingen in het ticketsysteem te krijgen is het middlewareteam nodig, en die hebben een wachtrij tot juni.
nl|De app van de buitendienst is gesloten, de aanbeveling kan daar niet getoond worden.
nl|de koppeling tussen DWH en regelengine werkt al drie sprints niet
nl|De pilot liep op geëxporteerde data, maar aansluiten op het live ordersysteem bleek onhaalbaar.
nl|De SCADA-leverancier staat niet toe dat externe systemen zijn tags uitlezen.
nl|Sinds de update van het leveranciersportaal geven alle calls naar het model een 500-fout.
nl|De chatbot kan geen afspraken inplannen, want de agenda heeft geen externe interface.
"""

POS["SECURITY_COMPLIANCE"] = """
es|Nadie del DPO ha aprobado la evaluación de impacto y sin ella no podemos tocar datos de salud.
es|Ciberseguridad rechazó el despliegue: el modelo llama a una API externa fuera de la UE.
es|Acta del comité: Asesoría Jurídica considera que el scoring de empleados vulnera el Estatuto de los Trabajadores; se detiene.
es|Motivo de cierre: la CNMV exige explicabilidad que el modelo no puede dar.
es|seguimos esperando el ok de seguridad para abrir el puerto, ya van 5 semanas
es|El pentest encontró inyección de prompts y el asistente no puede salir hasta corregirlo.
es|El contrato con el proveedor no incluye cláusula de encargado del tratamiento, legal lo ha bloqueado.
es|Compliance no permite usar las grabaciones de llamadas porque los clientes no dieron consentimiento.
es|Lección aprendida: implicar a protección de datos desde el primer día; nos pararon en la fase final.
es|El comité de riesgos de modelos no ha validado el modelo de crédito y el regulador lo va a pedir.
es|La ley de IA lo clasifica como sistema de alto riesgo y no tenemos la documentación técnica exigida.
es|La revisión de arquitectura de seguridad está en cola desde agosto.
es|Los datos no pueden salir del país según la normativa bancaria local y el modelo se entrena en una nube de EE. UU.
es|correo de legal: no se puede usar la foto de los clientes para reconocimiento facial sin base jurídica
es|El sindicato pidió informe previo y RR. HH. congeló el proyecto de predicción de rotación.
es|No hay aprobación del comité de ética para usar historias clínicas anonimizadas.
es|El auditor interno marcó el modelo como no conforme por falta de trazabilidad de decisiones.
es|Ticket SEC-1203: el contenedor tiene 14 vulnerabilidades críticas y no pasa el escaneo.
es|La superintendencia financiera no autorizó el uso del modelo para decidir créditos.
es|Seguridad no da credenciales de servicio para el robot, solo cuentas nominativas.
it|Il DPO non ha mai approvato la valutazione d'impatto e senza non si toccano i dati sanitari.
it|La sicurezza informatica ha respinto il rilascio perché il modello chiama un servizio fuori dall'UE.
it|Verbale: l'ufficio legale ritiene che il punteggio sui dipendenti violi lo Statuto dei lavoratori; progetto sospeso.
it|Motivo chiusura: il Garante privacy ha chiesto chiarimenti e il progetto è stato congelato.
it|siamo ancora in attesa del via libera della security per aprire la porta, 5 settimane
it|Il penetration test ha trovato una vulnerabilità di prompt injection e l'assistente non può uscire.
it|Manca la nomina a responsabile del trattamento nel contratto col fornitore, il legale ha bloccato tutto.
it|La compliance non permette di usare le registrazioni perché manca il consenso dei clienti.
it|Lezione appresa: coinvolgere subito la protezione dati, ci hanno fermati alla fine.
it|Il comitato di validazione dei modelli non ha approvato il modello di rating interno.
it|L'AI Act lo classifica ad alto rischio e non abbiamo la documentazione tecnica richiesta.
it|La revisione di sicurezza dell'architettura è in coda da agosto.
it|I dati non possono lasciare il territorio nazionale e il training avviene in un cloud americano.
it|Mail del legale: non si possono usare le foto dei clienti per il riconoscimento facciale senza base giuridica.
it|I sindacati hanno chiesto un accordo preventivo e l'HR ha congelato il modello sull'assenteismo.
it|Il comitato etico non ha dato il parere favorevole per le cartelle cliniche.
it|L'audit interno ha segnalato il modello come non conforme per mancanza di tracciabilità.
it|Ticket SEC-411: l'immagine ha 12 vulnerabilità critiche e non passa la scansione.
it|La Banca d'Italia ha chiesto di sospendere l'uso del modello finché non viene validato.
it|La sicurezza non concede utenze di servizio al bot, solo nominative.
pt|O encarregado de proteção de dados nunca aprovou a avaliação de impacto, não podemos usar os dados de saúde.
pt|A cibersegurança rejeitou o deploy porque o modelo chama uma API fora da UE.
pt|Ata: o jurídico entende que o scoring de colaboradores viola a legislação laboral; projeto suspenso.
pt|Motivo de encerramento: a LGPD não permite o tratamento das imagens sem consentimento e não havia base legal.
pt|ainda tamo esperando o ok da segurança pra liberar a porta, já são 5 semanas
pt|O pentest encontrou prompt injection e o assistente não pode ir para produção.
pt|O contrato com o fornecedor não tem cláusula de subcontratante, o jurídico bloqueou.
pt|O compliance não deixa usar as gravações porque os clientes não deram consentimento.
pt|Lição aprendida: envolver a proteção de dados desde o início; fomos travados na fase final.
pt|A validação independente de modelos não aprovou o modelo de crédito e o Banco de Portugal vai pedir.
pt|O AI Act classifica o sistema como de alto risco e falta a documentação técnica.
pt|A revisão de segurança da arquitetura está na fila desde agosto.
pt|O Banco Central não permite que os dados saiam do país e o treino é feito numa cloud americana.
pt|e-mail do jurídico: não dá para usar foto de cliente para reconhecimento facial sem base legal
pt|O sindicato pediu parecer prévio e os RH congelaram o modelo de rotatividade.
pt|A comissão de ética não aprovou o uso dos processos clínicos.
pt|A auditoria interna marcou o modelo como não conforme por falta de rastreabilidade.
pt|Ticket SEG-77: a imagem tem 11 vulnerabilidades críticas e não passa no scan.
pt|A ANPD abriu processo e a diretoria mandou parar o projeto até segunda ordem.
pt|A segurança não libera conta de serviço para o robô, só contas nominais.
nl|De FG heeft de DPIA nooit goedgekeurd, dus we mogen niet aan de medische data komen.
nl|Security heeft de release afgekeurd omdat het model een API buiten de EU aanroept.
nl|Notulen: juridische zaken vindt de medewerkersscore in strijd met de arbeidswetgeving; project on hold.
nl|Reden afsluiting: de toezichthouder eiste uitlegbaarheid die het model niet kan bieden.
nl|nog altijd wachten op akkoord van security om die poort open te zetten, 5 weken nu
nl|De pentest vond prompt injection en de assistent mag niet live tot dat opgelost is.
nl|Er is geen verwerkersovereenkomst met de leverancier, legal heeft alles stilgezet.
nl|Compliance staat het gebruik van de opnames niet toe, de klanten hebben geen toestemming gegeven.
nl|Geleerde les: privacy meteen betrekken; we werden in de laatste fase tegengehouden.
nl|Het modelvalidatiecomité heeft het kredietmodel niet goedgekeurd.
nl|Onder de AI-verordening valt het als hoog risico en de verplichte technische documentatie ontbreekt.
nl|De security architecture review staat sinds augustus in de wachtrij.
nl|De data mag het land niet uit en het trainen gebeurt in een Amerikaanse cloud.
nl|mail van legal: gezichtsherkenning op klantfoto's mag niet zonder rechtsgrond
nl|De ondernemingsraad heeft zijn instemming niet gegeven en HR heeft het verzuimmodel bevroren.
nl|De medisch-ethische commissie heeft geen toestemming gegeven voor het gebruik van de dossiers.
nl|Interne audit heeft het model als niet conform gemarkeerd wegens gebrekkige traceerbaarheid.
nl|Ticket SEC-230: de image heeft 13 kritieke kwetsbaarheden en komt niet door de scan.
nl|De Autoriteit Persoonsgegevens stelde vragen en de directie heeft het project gepauzeerd.
nl|Security geeft geen serviceaccount voor de bot, alleen persoonlijke accounts.
"""

POS["OWNERSHIP_SPONSORSHIP"] = """
es|Desde que se fue la directora de operaciones el proyecto no tiene patrocinador.
es|Nadie firma como responsable del modelo en producción: negocio dice que es de IT e IT dice que es de negocio.
es|Acta comité de dirección: el proyecto se despriorizó en favor de la migración a S/4HANA.
es|Motivo de cierre: cambio de CEO y nuevas prioridades estratégicas; la iniciativa ya no está en el plan.
es|quién es el owner de esto ahora? le escribí a tres personas y ninguna responde
es|Marketing y Riesgos no se ponen de acuerdo en quién decide el umbral, llevamos dos comités sin decisión.
es|La reunión de seguimiento con el sponsor se canceló cuatro veces seguidas.
es|Tras la fusión, el área que pidió el proyecto desapareció y nadie lo heredó.
es|El product owner se reasignó a otro proyecto y no se nombró sustituto.
es|Lección aprendida: sin un dueño de negocio con poder de decisión el piloto se quedó huérfano.
es|La gerencia regional de Chile no quiere el modelo que impulsa la casa matriz en Madrid.
es|El vicepresidente que lo patrocinaba se jubiló en marzo y la iniciativa quedó en el limbo.
es|Las prioridades cambiaron: este trimestre todo el presupuesto de TI va a ciberseguridad.
es|Nadie ha tomado la decisión de pasar a producción; el comité la aplaza cada mes.
es|Correo del PMO: la iniciativa no tiene responsable asignado en el registro desde hace 5 meses.
es|Los dos directores implicados tienen objetivos opuestos y el proyecto está atrapado en medio.
es|Al reorganizar la dirección digital, el proyecto pasó a un área que no lo había pedido.
es|El sponsor aprobó el piloto pero nunca volvió a aparecer por las revisiones.
es|Negocio no asigna a nadie para validar los resultados, así que nada avanza.
es|el jefe nuevo dijo que esto no es prioridad y nos pasó al proyecto de la app
it|Da quando il direttore commerciale se n'è andato il progetto non ha più uno sponsor.
it|Nessuno vuole essere il responsabile del modello in produzione: il business dice IT e l'IT dice business.
it|Verbale del comitato di direzione: il progetto è stato depriorizzato a favore del nuovo ERP.
it|Motivo chiusura: cambio del vertice aziendale e nuove priorità, l'iniziativa non rientra più nel piano.
it|ma chi è l'owner adesso? ho scritto a tre persone e nessuno risponde
it|Rischi e Marketing non si mettono d'accordo su chi decide la soglia, due comitati senza decisione.
it|La riunione con lo sponsor è stata annullata quattro volte di fila.
it|Dopo la fusione la funzione che aveva chiesto il progetto non esiste più.
it|Il product owner è stato spostato su un'altra iniziativa e nessuno l'ha sostituito.
it|Lezione appresa: senza un referente di business con potere decisionale il pilota è rimasto orfano.
it|Le filiali estere non vogliono il modello spinto dalla capogruppo e lo boicottano nei comitati.
it|Lo sponsor è andato in pensione a marzo e da allora l'iniziativa è ferma.
it|Le priorità sono cambiate: quest'anno tutto il budget IT va sulla cybersecurity.
it|Nessuno ha preso la decisione di andare in produzione, il comitato rimanda ogni mese.
it|Mail del PMO: l'iniziativa non ha un owner nel registro da cinque mesi.
it|I due direttori coinvolti hanno obiettivi opposti e il progetto è bloccato nel mezzo.
it|Con la riorganizzazione il progetto è passato a una direzione che non l'aveva chiesto.
it|Lo sponsor ha approvato il pilota ma non si è più visto alle revisioni.
it|Il business non assegna nessuno alla validazione dei risultati, così nulla si muove.
it|il nuovo capo ha detto che non è una priorità e ci ha spostati sul progetto app
pt|Desde que a diretora de operações saiu o projeto ficou sem patrocinador.
pt|Ninguém assume o modelo em produção: o negócio diz que é da TI e a TI diz que é do negócio.
pt|Ata da comissão executiva: o projeto foi despriorizado em favor da migração do core.
pt|Motivo de encerramento: mudança de administração e novas prioridades estratégicas.
pt|quem é o dono disso agora? mandei msg pra três pessoas e ninguém responde
pt|Risco e Marketing não chegam a acordo sobre quem decide o limiar, já foram dois comités sem decisão.
pt|A reunião de acompanhamento com o sponsor foi cancelada quatro vezes seguidas.
pt|Depois da fusão, a área que pediu o projeto deixou de existir e ninguém o herdou.
pt|O product owner foi realocado e não foi nomeado substituto.
pt|Lição aprendida: sem um dono de negócio com poder de decisão o piloto ficou órfão.
pt|A operação no Brasil não quer o modelo imposto pela sede em Lisboa.
pt|O administrador que patrocinava a iniciativa reformou-se em março e ela ficou no limbo.
pt|As prioridades mudaram, este ano o orçamento de TI vai todo para a migração cloud.
pt|Ninguém tomou a decisão de passar a produção, a comissão adia todos os meses.
pt|E-mail do PMO: a iniciativa não tem responsável atribuído no registo há cinco meses.
pt|Os dois diretores envolvidos têm objetivos opostos e o projeto está preso no meio.
pt|Com a reorganização o projeto passou para uma direção que não o tinha pedido.
pt|O sponsor aprovou o piloto mas nunca mais apareceu nas revisões.
pt|O negócio não destaca ninguém para validar os resultados e nada avança.
pt|o chefe novo disse que isso não é prioridade e mandou a gente pro projeto do app
nl|Sinds de directeur operations vertrokken is heeft het project geen sponsor meer.
nl|Niemand wil eigenaar zijn van het model in productie: de business wijst naar IT en IT naar de business.
nl|Notulen MT: het project is gedeprioriteerd ten gunste van de ERP-migratie.
nl|Reden afsluiting: nieuwe raad van bestuur, andere strategische prioriteiten.
nl|wie is hier nu eigenlijk eigenaar van? drie mensen gemaild, niemand antwoordt
nl|Risk en Marketing worden het niet eens over wie de drempel bepaalt, al twee stuurgroepen zonder besluit.
nl|Het overleg met de sponsor is vier keer op rij afgezegd.
nl|Na de fusie bestaat de afdeling die het project aanvroeg niet meer en niemand heeft het overgenomen.
nl|De product owner is naar een ander project gegaan en er is geen vervanger aangewezen.
nl|Geleerde les: zonder een business-eigenaar met beslissingsbevoegdheid werd de pilot een weeskind.
nl|De Vlaamse vestigingen willen het model van het hoofdkantoor in Utrecht niet.
nl|De sponsor is in maart met pensioen gegaan en sindsdien ligt het initiatief stil.
nl|De prioriteiten zijn verschoven: dit jaar gaat het hele IT-budget naar cybersecurity.
nl|Niemand heeft besloten om naar productie te gaan, de stuurgroep stelt het elke maand uit.
nl|Mail van het PMO: er staat al vijf maanden geen eigenaar bij dit initiatief in het register.
nl|De twee betrokken directeuren hebben tegengestelde doelen en het project zit ertussen geklemd.
nl|Bij de reorganisatie is het project bij een directie beland die er nooit om gevraagd had.
nl|De sponsor heeft de pilot goedgekeurd maar is daarna nooit meer op een review verschenen.
nl|De business wijst niemand aan om de resultaten te valideren, dus er beweegt niks.
nl|de nieuwe baas zei dat dit geen prioriteit is en zette ons op het app-project
"""

POS["SKILLS_GAP"] = """
es|El único científico de datos del equipo se fue a la competencia y nadie entiende su código.
es|No tenemos a nadie que sepa Kubernetes, y el proveedor cobra por hora para cada cambio.
es|Acta: la vacante de ingeniero de ML lleva siete meses abierta sin candidatos válidos.
es|Motivo de cierre: el equipo interno no tenía experiencia en visión artificial y la consultora terminó su contrato.
es|che, acá nadie sabe hacer el pipeline de datos, el que lo armaba renunció en agosto
es|Lección aprendida: subestimamos la curva de aprendizaje de un equipo que venía de BI tradicional.
es|Los analistas saben SQL pero nadie ha desplegado nunca un modelo.
es|Con la baja de María el proyecto se quedó sin la única persona que conocía el dominio y los datos.
es|RR. HH. no aprueba contratar perfiles de ciencia de datos con la banda salarial actual.
es|El partner que desarrollaba el modelo se llevó el conocimiento y no dejó documentación.
es|Faltan ingenieros de datos: el backlog de ingestas lleva cuatro meses parado.
es|Tenemos un solo ML engineer repartido entre seis iniciativas.
es|Nadie del equipo había trabajado con LLMs y la formación prometida nunca llegó.
es|El área de TI no sabe operar modelos y no quiere hacerse cargo de algo que no entiende.
es|Se fueron los dos desarrolladores senior en el mismo mes y el proyecto no se recuperó.
es|La consultora rotó al equipo tres veces; cada nuevo perfil empezaba de cero.
es|En la planta de Guadalajara no hay nadie con conocimientos para mantener las cámaras y el modelo.
es|ticket bloqueado: falta alguien que sepa Spark para reescribir el cálculo de features
es|Dependemos de un becario para todo lo de machine learning.
es|El equipo de plataforma no tiene experiencia con GPUs y la instalación lleva dos meses.
it|L'unico data scientist del team si è dimesso e nessuno capisce il suo codice.
it|Nel gruppo nessuno conosce MLOps, ogni rilascio dipende dal consulente esterno.
it|Verbale: la posizione di ML engineer è scoperta da otto mesi, nessun candidato idoneo.
it|Motivo chiusura: mancano competenze interne di NLP e il fornitore è uscito dal progetto.
it|ragazzi chi sa mettere le mani sul job Airflow? quello che l'ha scritto è andato via
it|Lezione appresa: abbiamo sopravvalutato la capacità di un team nato per fare reportistica.
it|Dopo le dimissioni di Giulia non c'è più nessuno che conosca sia i dati sia il processo.
it|L'HR non autorizza assunzioni di profili data con la fascia retributiva attuale.
it|Il partner ha chiuso il contratto senza lasciare documentazione né passaggio di consegne.
it|Abbiamo un solo data engineer condiviso tra sette progetti.
it|Nessuno in azienda ha mai messo in produzione un modello di deep learning.
it|La formazione sulle tecnologie cloud promessa al team non è mai partita.
it|L'esercizio IT non sa gestire i modelli e rifiuta di prenderli in carico.
it|Sono usciti due sviluppatori senior nello stesso mese, il progetto non si è più ripreso.
it|Il fornitore ha cambiato tre volte le persone assegnate, ogni volta si ricominciava da zero.
it|Nello stabilimento di Brescia manca chi sappia mantenere il sistema di visione.
it|ticket fermo: serve qualcuno che conosca Spark per riscrivere il calcolo delle feature
it|Tutta la parte di machine learning è affidata a uno stagista.
it|Il team piattaforma non ha esperienza con le GPU e l'installazione va avanti da due mesi.
it|Non abbiamo le competenze per valutare se il modello del fornitore è buono o no.
pt|A única cientista de dados da equipa saiu para a concorrência e ninguém percebe o código dela.
pt|Não há ninguém que saiba Kubernetes e o fornecedor cobra à hora por cada alteração.
pt|Ata: a vaga de engenheiro de ML está aberta há sete meses sem candidatos válidos.
pt|Motivo de encerramento: a equipa interna não tinha experiência em visão computacional.
pt|galera, ninguém aqui sabe mexer no pipeline, o cara que montou pediu demissão
pt|Lição aprendida: subestimámos a curva de aprendizagem de uma equipa vinda de BI.
pt|Com a saída do Tiago ficou sem ninguém que conhecesse o negócio e os dados ao mesmo tempo.
pt|O RH não aprova contratar cientistas de dados com a faixa salarial atual.
pt|A consultoria levou o conhecimento embora e não deixou documentação.
pt|Faltam engenheiros de dados, o backlog de ingestão está parado há quatro meses.
pt|Temos um único engenheiro de ML dividido entre seis iniciativas.
pt|Ninguém da equipa tinha trabalhado com LLMs e a formação prometida nunca aconteceu.
pt|A TI não sabe operar modelos e não quer assumir algo que não entende.
pt|Saíram os dois programadores seniores no mesmo mês e o projeto não recuperou.
pt|O parceiro trocou a equipa três vezes e cada novo perfil recomeçava do zero.
pt|Na fábrica de Manaus não há quem saiba manter as câmeras e o modelo.
pt|ticket travado: falta alguém que saiba Spark para reescrever o cálculo das features
pt|Dependemos de um estagiário para tudo o que é machine learning.
pt|A equipa de plataforma não tem experiência com GPUs e a instalação já leva dois meses.
pt|Não temos competência interna para avaliar se o modelo do fornecedor presta.
nl|De enige data scientist van het team is vertrokken en niemand snapt haar code.
nl|Niemand hier kan met Kubernetes overweg en de leverancier rekent per uur voor elke wijziging.
nl|Notulen: de vacature voor ML-engineer staat al zeven maanden open zonder geschikte kandidaten.
nl|Reden afsluiting: het interne team had geen ervaring met computer vision.
nl|wie kan er aan die Airflow-job? degene die hem gebouwd heeft is weg
nl|Geleerde les: we hebben de leercurve van een team dat uit de BI-hoek kwam onderschat.
nl|Na het vertrek van Sanne is er niemand meer die zowel de data als het proces kent.
nl|HR keurt geen data scientists goed binnen de huidige salarisschalen.
nl|De partner is vertrokken zonder documentatie of overdracht.
nl|Er zijn te weinig data engineers, de backlog met koppelingen ligt al vier maanden stil.
nl|We hebben één ML-engineer voor zes initiatieven.
nl|Niemand in het team had ooit met LLM's gewerkt en de beloofde opleiding kwam er nooit.
nl|IT-beheer weet niet hoe je een model beheert en wil het niet overnemen.
nl|De twee senior developers zijn in dezelfde maand vertrokken en het project heeft zich nooit hersteld.
nl|Het consultancybureau heeft het team drie keer gewisseld, telkens begon men opnieuw.
nl|In de fabriek in Roeselare is er niemand die de camera's en het model kan onderhouden.
nl|ticket staat stil: we hebben iemand nodig die Spark kent om de featureberekening te herschrijven
nl|Alles rond machine learning hangt aan één stagiair.
nl|Het platformteam heeft geen ervaring met GPU's en de installatie loopt al twee maanden.
nl|We hebben de kennis niet om te beoordelen of het model van de leverancier deugt.
"""

POS["SCOPE_CREEP"] = """
es|Empezó como un clasificador de correos para un departamento y ahora quieren que cubra los 14 países.
es|Cada comité añade un caso de uso nuevo; ya van nueve y no hemos entregado el primero.
es|Acta: se amplía el alcance para incluir también la predicción de bajas, el fraude y la tarificación.
es|Motivo de cierre: el alcance creció hasta convertirse en una plataforma corporativa que nadie podía entregar.
es|otra vez piden 'una cosita más' antes de salir a prod, van 6 cositas este mes
es|Lección aprendida: no congelamos el alcance del MVP y el piloto nunca terminó.
es|El chatbot tenía que responder 20 preguntas frecuentes; ahora se espera que gestione reclamaciones, ventas y citas.
es|Ventas pidió añadir los datos de redes sociales y eso retrasó la entrega otro trimestre.
es|El backlog pasó de 40 a 310 historias sin que se quitara ninguna.
es|Antes de ir a producción, dirección quiere que el modelo funcione también en portugués, francés y catalán.
es|La primera versión estaba lista en junio, pero se decidió esperar a tener todas las líneas de producto.
es|Cada revisión con el cliente acaba con requisitos nuevos y ninguno se prioriza contra los anteriores.
es|Se añadió un módulo de explicaciones, luego un dashboard y luego una app móvil; el núcleo sigue sin desplegar.
es|No hay versión mínima acordada: todo es 'imprescindible para el lanzamiento'.
es|Ticket épico IA-1: pasó de 'predecir demanda de pan' a 'optimizar toda la cadena de suministro'.
es|El proyecto se ha convertido en un cajón de sastre donde cada área mete lo suyo.
es|Tras el piloto en Lima se decidió abarcar toda la región andina antes de estabilizar nada.
es|Queríamos OCR de facturas y ahora también contratos, albaranes y pedidos, todo a la vez.
es|El alcance se redefine en cada sprint review, imposible cerrar una release.
es|Sumaron la integración con los cinco ERP del grupo como requisito del MVP.
it|Era nato come classificatore di mail per un ufficio e ora deve coprire tutte le società del gruppo.
it|Ogni comitato aggiunge un caso d'uso, siamo a otto e il primo non è ancora uscito.
it|Verbale: il perimetro viene esteso anche a churn, frodi e pricing.
it|Motivo chiusura: il perimetro è cresciuto fino a diventare una piattaforma che nessuno poteva consegnare.
it|di nuovo 'un'ultima cosa' prima del rilascio, questo mese sono sei ultime cose
it|Lezione appresa: non abbiamo congelato il perimetro dell'MVP e il pilota non è mai finito.
it|L'assistente doveva rispondere a 20 FAQ, ora dovrebbe gestire reclami, vendite e appuntamenti.
it|Il commerciale ha chiesto di aggiungere i dati social e la consegna è slittata di un trimestre.
it|Il backlog è passato da 35 a 280 storie e non ne è stata tolta nessuna.
it|Prima di andare live la direzione vuole il modello anche in inglese, tedesco e francese.
it|La prima versione era pronta a giugno ma si è deciso di aspettare tutte le linee di prodotto.
it|Ogni demo col cliente termina con requisiti nuovi che nessuno prioritizza.
it|Si è aggiunto un modulo di spiegabilità, poi una dashboard, poi un'app; il nucleo non è ancora in esercizio.
it|Non c'è una versione minima concordata, tutto è 'indispensabile per il lancio'.
it|L'epica è passata da 'prevedere i resi' a 'ottimizzare tutta la logistica inversa'.
it|Il progetto è diventato un contenitore in cui ogni direzione infila le sue richieste.
it|Dopo il pilota a Bologna si è voluto estendere a tutta Italia prima di stabilizzare.
it|Volevamo l'OCR delle fatture, ora anche contratti, DDT e ordini tutti insieme.
it|Il perimetro viene ridefinito a ogni sprint review, impossibile chiudere una release.
it|Hanno messo come requisito dell'MVP l'integrazione con i quattro ERP del gruppo.
pt|Começou como classificador de e-mails para um departamento e agora querem que cubra as 12 empresas do grupo.
pt|Cada comité acrescenta um caso de uso novo, já vamos em nove e o primeiro não saiu.
pt|Ata: o âmbito é alargado para incluir também churn, fraude e pricing.
pt|Motivo de encerramento: o âmbito cresceu até virar uma plataforma corporativa impossível de entregar.
pt|de novo pediram 'só mais uma coisinha' antes de subir pra prod, já são 6 esse mês
pt|Lição aprendida: não congelámos o âmbito do MVP e o piloto nunca terminou.
pt|O chatbot devia responder a 20 perguntas frequentes, agora esperam que trate reclamações, vendas e marcações.
pt|O comercial pediu para juntar dados de redes sociais e a entrega escorregou mais um trimestre.
pt|O backlog passou de 40 para 300 histórias sem que nenhuma fosse retirada.
pt|Antes de ir para produção a direção quer o modelo também em espanhol, inglês e francês.
pt|A primeira versão estava pronta em junho mas decidiu-se esperar por todas as linhas de produto.
pt|Cada reunião com o cliente termina com requisitos novos que ninguém prioriza.
pt|Acrescentou-se um módulo de explicabilidade, depois um dashboard, depois uma app; o núcleo continua sem deploy.
pt|Não há versão mínima acordada, tudo é 'obrigatório para o lançamento'.
pt|O épico passou de 'prever a procura de pão' para 'otimizar toda a cadeia de abastecimento'.
pt|O projeto virou um saco onde cada área mete os seus pedidos.
pt|Depois do piloto em Campinas quiseram estender para o Brasil inteiro antes de estabilizar.
pt|Queríamos OCR de faturas e agora também contratos, guias de remessa e encomendas, tudo junto.
pt|O âmbito é redefinido a cada sprint review, não se consegue fechar uma release.
pt|Puseram a integração com os cinco ERPs do grupo como requisito do MVP.
nl|Het begon als mailclassificatie voor één afdeling en nu moet het alle twaalf werkmaatschappijen bedienen.
nl|Elke stuurgroep voegt een use case toe, we zitten op negen en de eerste is nog niet live.
nl|Notulen: de scope wordt uitgebreid met churn, fraude en prijsstelling.
nl|Reden afsluiting: de scope groeide uit tot een concernplatform dat niemand kon opleveren.
nl|weer 'nog één dingetje' voor de release, dit zijn er al zes deze maand
nl|Geleerde les: we hebben de scope van de MVP nooit bevroren en de pilot is nooit afgerond.
nl|De chatbot moest 20 veelgestelde vragen beantwoorden, nu moet hij ook klachten, verkoop en afspraken doen.
nl|Sales wilde er ook social-mediadata bij en dat kostte weer een kwartaal.
nl|De backlog ging van 40 naar 290 stories en er is er niet één geschrapt.
nl|Voor livegang wil de directie het model ook in het Frans, Duits en Engels.
nl|De eerste versie was in juni klaar maar er werd besloten te wachten op alle productlijnen.
nl|Elke demo bij de klant levert nieuwe eisen op die niemand tegen de oude afweegt.
nl|Er kwam een uitlegmodule bij, toen een dashboard, toen een app; de kern draait nog steeds niet.
nl|Er is geen afgesproken minimale versie, alles is 'must have voor de lancering'.
nl|Het epic ging van 'retouren voorspellen' naar 'de hele retourlogistiek optimaliseren'.
nl|Het project is een vergaarbak geworden waar elke afdeling haar wensen in gooit.
nl|Na de pilot in Antwerpen wilde men meteen heel Vlaanderen en Wallonië meenemen.
nl|We wilden factuurherkenning en nu moeten contracten, pakbonnen en orders er tegelijk bij.
nl|De scope wordt elke sprintreview opnieuw bepaald, een release afsluiten lukt niet.
nl|De koppeling met de vijf ERP-systemen van de groep is als eis voor de MVP opgenomen.
"""

POS["USER_ADOPTION"] = """
es|Los agentes del call center siguen usando su Excel y no abren la herramienta de recomendación.
es|Nadie usa el asistente: 11 accesos en el último mes para 400 usuarios.
es|Acta: los médicos no confían en la alerta de sepsis porque no explica por qué salta.
es|Motivo de cierre: baja adopción, los comerciales ignoraron el scoring y siguieron con su intuición.
es|los de almacén dicen que el sistema 'se equivoca' y lo saltan, meten los pedidos a mano igual
es|Lección aprendida: no hubo gestión del cambio ni formación a los usuarios finales.
es|Los tramitadores copian la sugerencia del modelo y luego la cambian por la suya en el 90 % de los casos.
es|El sindicato de conductores se niega a usar la app de rutas optimizadas.
es|Los jefes de tienda desactivaron las notificaciones del modelo de reposición en la primera semana.
es|La encuesta muestra que el 70 % del personal no sabe para qué sirve la nueva pantalla.
es|Los usuarios crearon un proceso paralelo en papel para no depender de la predicción.
es|Enfermería pidió volver al sistema anterior; dice que el nuevo añade clics y no ayuda.
es|Nadie abrió el informe automático después de las dos primeras semanas.
es|Los analistas de crédito sienten que el modelo amenaza su puesto y no colaboran.
es|El piloto se lanzó sin hablar con quienes iban a usarlo y lo rechazaron.
es|Vos sabés que los vendedores no lo abren ni en pedo, prefieren llamar al cliente como siempre.
es|La tasa de aceptación de las recomendaciones se quedó en el 4 %.
es|Los operarios ponen cinta sobre la pantalla de la cámara para que no salte la alarma.
es|Correo del jefe de planta: mi gente no va a cambiar su forma de trabajar por un algoritmo.
es|Tras el lanzamiento, las consultas al chatbot cayeron un 80 % y los clientes vuelven al teléfono.
it|Gli operatori del call center continuano a usare il loro Excel e non aprono lo strumento.
it|Nessuno usa l'assistente: 9 accessi nell'ultimo mese su 350 utenti.
it|Verbale: i medici non si fidano dell'allerta perché non spiega il motivo.
it|Motivo chiusura: scarsa adozione, la rete commerciale ha ignorato il punteggio.
it|quelli del magazzino dicono che il sistema 'sbaglia' e lo scavalcano, inseriscono tutto a mano
it|Lezione appresa: nessuna gestione del cambiamento e nessuna formazione per gli utenti finali.
it|I liquidatori sovrascrivono il suggerimento del modello nel 90 % delle pratiche.
it|Gli autisti si rifiutano di seguire i percorsi proposti dall'app.
it|I capi negozio hanno disattivato le notifiche del riordino automatico dopo una settimana.
it|Dal sondaggio emerge che il 65 % del personale non sa a cosa serva la nuova schermata.
it|Gli utenti hanno creato un processo parallelo su carta per non dipendere dalla previsione.
it|Gli infermieri hanno chiesto di tornare al vecchio sistema, dicono che il nuovo aggiunge solo clic.
it|Il report automatico non lo apre più nessuno dopo le prime due settimane.
it|Gli analisti del credito vedono il modello come una minaccia al loro lavoro e non collaborano.
it|Il pilota è stato lanciato senza coinvolgere chi doveva usarlo ed è stato respinto.
it|il tasso di accettazione dei suggerimenti è fermo al 3 %
it|Gli operai coprono lo schermo della telecamera per non far scattare l'allarme.
it|Mail del capo reparto: i miei non cambieranno modo di lavorare per un algoritmo.
it|Dopo il lancio le conversazioni col chatbot sono crollate e i clienti tornano al telefono.
it|I commerciali aprono la dashboard solo quando glielo chiede il capo.
pt|Os operadores do call center continuam no Excel deles e não abrem a ferramenta.
pt|Ninguém usa o assistente: 12 acessos no último mês para 380 utilizadores.
pt|Ata: os médicos não confiam no alerta porque não explica porque dispara.
pt|Motivo de encerramento: baixa adoção, a força de vendas ignorou o scoring.
pt|o pessoal do armazém diz que o sistema 'erra' e passa por cima, lança tudo na mão
pt|Lição aprendida: não houve gestão da mudança nem formação dos utilizadores finais.
pt|Os peritos substituem a sugestão do modelo pela deles em 90 % dos processos.
pt|Os motoristas recusam-se a seguir as rotas da aplicação.
pt|Os gerentes de loja desligaram as notificações de reposição na primeira semana.
pt|O inquérito mostra que 70 % do pessoal não sabe para que serve o novo ecrã.
pt|Os utilizadores criaram um processo paralelo em papel para não depender da previsão.
pt|A enfermagem pediu para voltar ao sistema antigo, diz que o novo só acrescenta cliques.
pt|Ninguém abriu o relatório automático depois das duas primeiras semanas.
pt|Os analistas de crédito veem o modelo como ameaça ao emprego e não colaboram.
pt|O piloto foi lançado sem falar com quem o ia usar e foi rejeitado.
pt|os vendedores não abrem aquilo nem a pau, preferem ligar pro cliente como sempre
pt|A taxa de aceitação das recomendações ficou nos 5 %.
pt|Os operários tapam a câmara com fita para o alarme não disparar.
pt|E-mail do chefe de fábrica: a minha equipa não vai mudar a forma de trabalhar por causa de um algoritmo.
pt|Depois do lançamento as conversas com o chatbot caíram 80 % e os clientes voltaram ao telefone.
nl|De medewerkers van het klantcontactcentrum blijven hun eigen Excel gebruiken en openen de tool niet.
nl|Niemand gebruikt de assistent: 10 logins vorige maand op 420 gebruikers.
nl|Notulen: de artsen vertrouwen de waarschuwing niet omdat niet duidelijk is waarom hij afgaat.
nl|Reden afsluiting: lage adoptie, de verkopers hebben de score genegeerd.
nl|ze zeggen in het magazijn dat het systeem 'ernaast zit' en gaan eromheen, alles weer handmatig
nl|Geleerde les: er was geen verandermanagement en geen training voor de eindgebruikers.
nl|De schadebehandelaars overschrijven het advies van het model in 90 % van de dossiers.
nl|De chauffeurs weigeren de routes uit de app te volgen.
nl|De filiaalmanagers hebben de meldingen van het bestelmodel in week één uitgezet.
nl|Uit de enquête blijkt dat 70 % van het personeel niet weet waar het nieuwe scherm voor dient.
nl|De gebruikers hebben een parallel proces op papier opgezet om niet van de voorspelling af te hangen.
nl|De verpleging wil terug naar het oude systeem, het nieuwe kost alleen extra klikken.
nl|Na de eerste twee weken heeft niemand het automatische rapport nog geopend.
nl|De kredietanalisten zien het model als bedreiging voor hun baan en werken niet mee.
nl|De pilot is uitgerold zonder de gebruikers te spreken en werd afgewezen.
nl|de verkopers doen dat ding nooit open, die bellen de klant gewoon zoals altijd
nl|Het acceptatiepercentage van de aanbevelingen bleef steken op 4 %.
nl|De operators plakken tape over de camera zodat het alarm niet afgaat.
nl|Mail van de ploegbaas: mijn mensen gaan hun manier van werken niet aanpassen voor een algoritme.
nl|Na de lancering daalde het gebruik van de chatbot met 80 % en bellen klanten weer.
"""

POS["COST_FUNDING"] = """
es|El presupuesto del proyecto se recortó a la mitad en la revisión de octubre.
es|La factura de GPUs en la nube triplicó lo previsto y finanzas ha congelado el gasto.
es|Acta: el coste por consulta del asistente (0,40 EUR) supera el ahorro que genera; se suspende.
es|Motivo de cierre: retorno de la inversión negativo a cinco años según el business case revisado.
es|nos quedamos sin plata para el segundo trimestre, el piloto se para en marzo
es|Lección aprendida: no se presupuestó la fase de industrialización y el dinero se acabó en el piloto.
es|Llevamos gastado el 180 % del presupuesto aprobado y no hay ampliación.
es|La licencia de la plataforma cuesta más que el equipo humano que queríamos apoyar.
es|Compras no aprueba la renovación del contrato con el proveedor del modelo.
es|Con el plan de ahorro del grupo todas las iniciativas de innovación quedan sin financiación.
es|El etiquetado externo de las imágenes costaba 200.000 euros y nadie quiso pagarlo.
es|El mantenimiento anual estimado hace inviable el caso de negocio.
es|La subvención europea no se renovó y el proyecto dependía de ella.
es|Correo de control de gestión: no hay partida para el entorno de producción en el presupuesto de 2025.
es|El coste de inferencia por cliente es mayor que el margen del producto.
es|El comité de inversiones rechazó la segunda fase por falta de retorno.
es|Se congelaron todas las contrataciones externas, incluido el equipo del proveedor de IA.
es|Los costes de la nube se dispararon con el reentrenamiento diario: 45.000 euros al mes.
es|ticket FIN-09: sin orden de compra para las licencias, el entorno se apaga el día 30
es|El proyecto superó en 300.000 dólares lo aprobado y la junta no autorizó más fondos.
it|Il budget del progetto è stato dimezzato nella revisione di ottobre.
it|La bolletta cloud delle GPU è tripla rispetto al previsto, la finanza ha bloccato la spesa.
it|Verbale: il costo per interazione dell'assistente supera il risparmio generato; sospeso.
it|Motivo chiusura: ROI negativo a cinque anni secondo il business case aggiornato.
it|finiti i soldi per il Q2, il pilota si ferma a marzo
it|Lezione appresa: la fase di industrializzazione non era a budget e i fondi sono finiti nel pilota.
it|Abbiamo speso il 170 % del budget approvato e non ci sono integrazioni.
it|La licenza della piattaforma costa più del team che dovrebbe supportare.
it|Gli acquisti non approvano il rinnovo del contratto con il fornitore.
it|Con il piano di contenimento costi di gruppo le iniziative di innovazione restano senza fondi.
it|L'etichettatura esterna delle immagini costava 180 mila euro e nessuno ha voluto pagarla.
it|Il costo di manutenzione annuo stimato rende il business case insostenibile.
it|Il finanziamento PNRR non è stato rinnovato e il progetto dipendeva da quello.
it|Mail del controllo di gestione: nel budget 2025 non c'è una voce per l'ambiente di produzione.
it|Il costo di inferenza per cliente è superiore al margine del prodotto.
it|Il comitato investimenti ha respinto la seconda fase per mancanza di ritorno.
it|Sono state congelate tutte le consulenze esterne, incluso il fornitore del modello.
it|I costi cloud sono esplosi con il riaddestramento giornaliero: 40 mila euro al mese.
it|ticket FIN-12: manca l'ordine d'acquisto per le licenze, l'ambiente si spegne il 30
it|Lo sforamento di 250 mila euro ha portato il CdA a non autorizzare altri fondi.
pt|O orçamento do projeto foi cortado para metade na revisão de outubro.
pt|A fatura das GPUs na cloud triplicou face ao previsto e as finanças congelaram a despesa.
pt|Ata: o custo por conversa do assistente é maior do que a poupança que gera; suspenso.
pt|Motivo de encerramento: ROI negativo a cinco anos segundo o business case revisto.
pt|acabou a grana pro segundo trimestre, o piloto para em março
pt|Lição aprendida: a fase de industrialização não estava orçamentada e o dinheiro acabou no piloto.
pt|Já gastámos 175 % do orçamento aprovado e não há reforço.
pt|A licença da plataforma custa mais do que a equipa que devia apoiar.
pt|As compras não aprovam a renovação do contrato com o fornecedor do modelo.
pt|Com o plano de contenção de custos do grupo, as iniciativas de inovação ficaram sem financiamento.
pt|A rotulagem externa das imagens custava 900 mil reais e ninguém quis pagar.
pt|O custo anual de manutenção estimado torna o business case inviável.
pt|O financiamento do PRR não foi renovado e o projeto dependia dele.
pt|E-mail do controlo de gestão: não há rubrica para o ambiente de produção no orçamento de 2025.
pt|O custo de inferência por cliente é superior à margem do produto.
pt|O comité de investimentos recusou a segunda fase por falta de retorno.
pt|Foram congeladas todas as contratações externas, incluindo a do fornecedor de IA.
pt|Os custos de cloud dispararam com o retreino diário, 40 mil euros por mês.
pt|ticket FIN-31: sem pedido de compra para as licenças o ambiente desliga no dia 30
pt|O estouro de 2 milhões de reais fez o conselho negar mais verba.
nl|Het projectbudget is bij de herziening in oktober gehalveerd.
nl|De cloudrekening voor GPU's is drie keer hoger dan begroot en finance heeft de uitgaven bevroren.
nl|Notulen: de kosten per gesprek van de assistent zijn hoger dan de besparing; project gepauzeerd.
nl|Reden afsluiting: negatieve ROI over vijf jaar volgens de herziene business case.
nl|geen geld meer voor Q2, de pilot stopt in maart
nl|Geleerde les: de industrialisatiefase was niet begroot en het geld ging op aan de pilot.
nl|We zitten op 180 % van het goedgekeurde budget en er komt geen aanvulling.
nl|De licentie van het platform kost meer dan het team dat het moest ondersteunen.
nl|Inkoop keurt de verlenging van het contract met de leverancier niet goed.
nl|Door het besparingsplan van de groep hebben alle innovatie-initiatieven geen financiering meer.
nl|Het extern laten labelen van de beelden kostte twee ton en niemand wilde dat betalen.
nl|De geschatte jaarlijkse beheerkosten maken de business case onhaalbaar.
nl|De subsidie werd niet verlengd en het project hing daarvan af.
nl|Mail van control: in de begroting 2025 is geen post voor de productieomgeving.
nl|De inferentiekosten per klant zijn hoger dan de marge op het product.
nl|Het investeringscomité heeft fase twee afgewezen wegens onvoldoende rendement.
nl|Alle externe inhuur is bevroren, inclusief het team van de AI-leverancier.
nl|De cloudkosten liepen op tot 45.000 euro per maand door het dagelijkse hertrainen.
nl|ticket FIN-08: geen inkooporder voor de licenties, de omgeving gaat de 30e uit
nl|Na een overschrijding van 300.000 euro gaf de raad van bestuur geen extra middelen meer.
"""

POS["TECHNICAL_FEASIBILITY"] = """
es|Después de 40 experimentos el modelo no pasa del 62 % de precisión y el proceso exige un 95 %.
es|El OCR no es capaz de leer las recetas manuscritas de los médicos, ni con ajuste fino.
es|Acta: se concluye que con la tecnología actual no es posible predecir averías con dos semanas de antelación.
es|Motivo de cierre: el modelo no alcanzó la calidad mínima exigida en ninguna de las tres iteraciones.
es|el LLM se inventa los números de póliza, así no lo podemos poner delante de un cliente
es|Lección aprendida: prometimos a dirección una precisión que ningún sistema del mercado consigue.
es|La demanda de productos nuevos no tiene ningún patrón aprovechable: el modelo no mejora a la media móvil.
es|La cámara no distingue los defectos de 0,1 mm con la resolución disponible.
es|Los falsos positivos del detector de fraude saturaron al equipo: 300 alertas diarias, dos reales.
es|El reconocimiento de voz falla con los acentos regionales y el ruido de la planta.
es|Se esperaba que el asistente respondiera cualquier consulta legal sin revisión humana; no es realista.
es|El modelo funciona en el laboratorio pero se desploma con la luz natural del almacén.
es|Ningún enfoque probado (árboles, redes, reglas) supera la línea base de los expertos.
es|El sistema tarda más en corregir los errores del modelo que en hacer el trabajo a mano.
es|Con tan pocos eventos de fallo, el problema es estadísticamente irresoluble.
es|ticket ML-77: el recall de la clase minoritaria se queda en 0,18 tras todos los ajustes
es|El traductor automático destroza la terminología técnica y los ingenieros lo tienen que rehacer.
es|Dirección esperaba eliminar el 100 % de la revisión manual; el modelo solo cubre el 20 % de los casos.
es|La variable que queremos predecir depende sobre todo del clima a tres meses, que nadie puede prever.
es|El resumen automático omite cláusulas críticas en uno de cada cinco contratos.
it|Dopo 40 esperimenti il modello non supera il 60 % di precisione e il processo ne richiede il 95 %.
it|L'OCR non riesce a leggere le ricette scritte a mano, nemmeno dopo il fine-tuning.
it|Verbale: con la tecnologia attuale non è possibile prevedere i guasti con due settimane di anticipo.
it|Motivo chiusura: il modello non ha raggiunto la qualità minima in nessuna delle tre iterazioni.
it|l'LLM si inventa i numeri di polizza, così non possiamo metterlo davanti ai clienti
it|Lezione appresa: abbiamo promesso alla direzione un'accuratezza che nessun sistema sul mercato raggiunge.
it|Le vendite dei prodotti nuovi non hanno alcun pattern sfruttabile, il modello non batte la media mobile.
it|La telecamera non distingue difetti da 0,1 mm con la risoluzione disponibile.
it|I falsi positivi dell'antifrode hanno sommerso il team: 250 allarmi al giorno, uno vero.
it|Il riconoscimento vocale sbaglia con i dialetti e con il rumore del reparto.
it|Ci si aspettava che l'assistente rispondesse a qualsiasi domanda legale senza revisione umana, irrealistico.
it|Il modello funziona in laboratorio ma crolla con la luce naturale del magazzino.
it|Nessun approccio provato supera la baseline degli esperti umani.
it|Correggere gli errori del modello richiede più tempo che fare il lavoro a mano.
it|Con così pochi guasti registrati il problema è statisticamente irrisolvibile.
it|ticket ML-140: la recall della classe rara resta a 0,2 dopo ogni tentativo
it|La traduzione automatica rovina la terminologia tecnica e gli ingegneri devono rifarla.
it|La direzione voleva eliminare tutta la revisione manuale, il modello ne copre il 15 %.
it|La variabile da prevedere dipende dal meteo a tre mesi, che nessuno sa prevedere.
it|Il riassunto automatico tralascia clausole critiche in un contratto su cinque.
pt|Depois de 40 experiências o modelo não passa de 61 % de precisão e o processo exige 95 %.
pt|O OCR não consegue ler as receitas manuscritas, nem com fine-tuning.
pt|Ata: conclui-se que com a tecnologia atual não é possível prever avarias com duas semanas de antecedência.
pt|Motivo de encerramento: o modelo não atingiu a qualidade mínima em nenhuma das três iterações.
pt|o LLM inventa número de apólice, assim não dá pra colocar na frente do cliente
pt|Lição aprendida: prometemos à direção uma precisão que nenhum sistema do mercado atinge.
pt|As vendas de produtos novos não têm padrão aproveitável, o modelo não bate a média móvel.
pt|A câmara não distingue defeitos de 0,1 mm com a resolução disponível.
pt|Os falsos positivos do antifraude afogaram a equipa: 280 alertas por dia, um verdadeiro.
pt|O reconhecimento de voz falha com os sotaques do Nordeste e com o barulho da fábrica.
pt|Esperava-se que o assistente respondesse a qualquer dúvida jurídica sem revisão humana, o que não é realista.
pt|O modelo funciona no laboratório mas desaba com a luz natural do armazém.
pt|Nenhuma abordagem testada supera a baseline dos especialistas.
pt|Corrigir os erros do modelo demora mais do que fazer o trabalho à mão.
pt|Com tão poucos eventos de falha, o problema é estatisticamente insolúvel.
pt|ticket ML-55: o recall da classe minoritária fica em 0,17 depois de todos os ajustes
pt|A tradução automática estraga a terminologia técnica e os engenheiros têm de a refazer.
pt|A diretoria esperava eliminar toda a revisão manual, o modelo só cobre 20 % dos casos.
pt|A variável a prever depende sobretudo do clima a três meses, que ninguém consegue prever.
pt|O resumo automático deixa de fora cláusulas críticas em um de cada cinco contratos.
nl|Na 40 experimenten komt het model niet boven 63 % precisie en het proces vraagt 95 %.
nl|De OCR kan de handgeschreven recepten niet lezen, ook niet na finetuning.
nl|Notulen: met de huidige techniek is het niet mogelijk storingen twee weken vooraf te voorspellen.
nl|Reden afsluiting: het model haalde in geen van de drie iteraties de minimale kwaliteit.
nl|het LLM verzint polisnummers, zo kunnen we het niet op klanten loslaten
nl|Geleerde les: we hebben de directie een nauwkeurigheid beloofd die geen enkel systeem haalt.
nl|De verkoop van nieuwe producten heeft geen bruikbaar patroon, het model verslaat het voortschrijdend gemiddelde niet.
nl|De camera ziet de defecten van 0,1 mm niet met de beschikbare resolutie.
nl|De fout-positieven van de fraudedetectie overspoelden het team: 300 meldingen per dag, twee terecht.
nl|De spraakherkenning faalt bij West-Vlaamse en Limburgse dialecten en bij het lawaai in de hal.
nl|Er werd verwacht dat de assistent elke juridische vraag zonder menselijke controle zou beantwoorden, dat is niet realistisch.
nl|In het lab werkt het model, maar bij daglicht in het magazijn stort het in.
nl|Geen enkele geprobeerde aanpak doet het beter dan de baseline van de experts.
nl|Het corrigeren van de modelfouten kost meer tijd dan het werk met de hand doen.
nl|Met zo weinig storingen in de historie is het probleem statistisch niet op te lossen.
nl|ticket ML-62: de recall van de zeldzame klasse blijft na alle pogingen op 0,19 hangen
nl|De automatische vertaling verhaspelt de technische termen en de ingenieurs moeten alles overdoen.
nl|Het management verwachtte dat alle handmatige controle zou verdwijnen; het model dekt 20 % van de gevallen.
nl|Wat we willen voorspellen hangt vooral af van het weer over drie maanden, en dat voorspelt niemand.
nl|De automatische samenvatting laat in één op de vijf contracten cruciale clausules weg.
"""

NEG_ES = """
es|Daily: ayer terminé el endpoint de salud, hoy sigo con los tests de contrato, sin bloqueos.
es|Despliegue de la versión 2.4.1 en preproducción completado a las 18:05.
es|Se mueve la reunión de seguimiento al jueves a las 10:30, sala Tajo.
es|QA: paso 3, abrir el formulario de alta, rellenar el NIF y comprobar que aparece el mensaje de validación.
es|Notas de la versión: se corrige el orden de las columnas en el informe mensual.
es|Acta del comité 12/05: el piloto cumple los objetivos y se aprueba el pase a producción.
es|Motivo de cierre: objetivo cumplido, el modelo de previsión está en producción desde mayo.
es|Lección aprendida: involucrar a los usuarios desde el primer sprint funcionó muy bien y la adopción fue alta.
es|Los datos de ventas ya están cargados y validados, podemos empezar a entrenar.
es|El DPO aprobó la evaluación de impacto ayer, seguimos según el plan.
es|Resuelto: el acceso a la BD de logística quedó habilitado esta mañana.
es|La integración con SAP pasó las pruebas de extremo a extremo sin incidencias.
es|El presupuesto para 2025 está aprobado e incluye el entorno de producción.
es|Tenemos sponsor confirmado: la directora financiera asume el proyecto y preside el comité.
es|El equipo está completo, se incorporaron los dos ingenieros de datos el lunes.
es|El alcance del MVP está congelado y firmado por todas las áreas.
es|Los agentes usan la herramienta a diario: 380 usuarios activos de 400.
es|El modelo alcanzó un 94 % de precisión en el conjunto de validación, por encima del objetivo.
es|El KPI está definido: reducir el tiempo medio de tramitación de 12 a 8 días.
es|Monitorización y alertas de drift configuradas en Grafana, el runbook está en Confluence.
es|Si el proveedor no entrega a tiempo podríamos retrasarnos, pero de momento va según calendario.
es|No hay problemas de calidad de datos en el último lote, el informe de validación salió limpio.
es|Ninguna objeción de seguridad: el pentest salió sin hallazgos críticos.
es|La migración de los datos de clientes al nuevo CRM es un proyecto aparte, no nos afecta.
es|Recordatorio: mañana cortan la luz en la oficina de Sevilla de 8 a 10.
es|¿Alguien tiene el enlace a la grabación de la demo del martes?
es|Subo el PR con el fix del parser de fechas, ¿me lo revisáis?
es|Motivo de cierre: duplicado de IA-233.
es|Actualizada la versión de Python a 3.11 en la imagen base.
es|Nunca habíamos tenido los tests de regresión tan estables: todo en verde en main.
es|Vacaciones: estaré fuera del 22 al 31, Lucía me cubre.
es|Sprint review: se mostraron el nuevo dashboard y la exportación a PDF, buen feedback.
es|Lección aprendida: revisar los requisitos con marketing en cada sprint evitó retrabajo en el informe.
es|Ticket IA-301: cambiar el color del botón 'Enviar' a azul corporativo.
es|La retrospectiva será el viernes en remoto, enlace en la invitación.
es|Lección aprendida: documentar en el README cómo lanzar el entrenamiento en local nos ahorró muchas preguntas.
es|El coste mensual de la nube bajó un 20 % tras apagar los entornos de prueba por la noche.
es|La formación a usuarios se completó en las tres sedes con buena asistencia.
es|El alcance de la auditoría financiera anual no incluye este proyecto.
es|Se etiquetaron las 5.000 imágenes restantes, el dataset está completo.
es|El patrocinador renovó su compromiso en el comité y pidió ampliar a otra región el año que viene.
es|Hubo un corte de red en el CPD pero se recuperó en 10 minutos, sin impacto.
es|Lo hablamos en la call de las 4, traé los números del piloto porfa.
es|ok, ya quedó el deploy en prod, gracias a todos 🙌
es|Pregunta: ¿las pruebas de carga se hacen con 500 o con 1.000 usuarios concurrentes?
es|Ticket DAT-19: renombrada la tabla stg_pedidos a stg_orders para seguir la convención.
es|El informe trimestral de riesgos de la empresa menciona la inflación, no este proyecto.
es|Nos reunimos con legal solo para revisar la plantilla del contrato de licencia, todo correcto.
es|El modelo anterior se retiró porque el nuevo lo sustituye con mejores métricas.
es|Motivo de cierre: tarea completada, el repositorio viejo quedó archivado y el código vive en el monorepo.
es|Consulta de un cliente sobre su factura derivada al equipo de facturación.
es|Acta: se aprueba el cambio de horario del job nocturno a las 2:00.
es|El escaneo de vulnerabilidades de la imagen no reporta nada crítico.
es|Las métricas del A/B test muestran una mejora del 7 % en conversión, significativa.
es|ticket FE-88: actualizar las dependencias de npm del frontend antes del viernes
es|Planificación del sprint 14: 32 puntos comprometidos, capacidad completa.
es|El nuevo product owner ya está nombrado y tiene agenda con el equipo el lunes.
es|El usuario reporta que el botón de descarga no funciona en Safari; reproducido y corregido.
es|Pasamos de 3 a 5 réplicas del servicio para la campaña de Navidad, todo estable.
es|Nadie ha reportado incidencias en producción esta semana.
es|Los datos de prueba para QA están en el bucket qa-fixtures.
es|Checklist de go-live firmado por operaciones, seguridad y negocio.
es|El comité de ética dio su visto bueno sin condiciones.
es|Correo a todo el equipo: confirmada la fecha de la formación de Spark, el 3 de marzo.
es|Cambio menor: los logs ahora salen en JSON.
es|La demo con el cliente de Bogotá salió bárbara, quieren firmar la fase dos.
es|Se libera el entorno de sandbox para que lo use el equipo de pagos.
es|Los objetivos del trimestre están publicados en la wiki de la dirección.
es|El integrador entregó el conector y ya está en producción.
es|Reunión de kick-off el 9 de enero con todos los interesados.
es|Hoy no hay daily por el festivo, nadie tiene que conectarse; retomamos el lunes.
es|La API de tipos de cambio responde en 40 ms, dentro del SLA.
es|Motivo de cierre: implementado el test unitario para importes negativos.
es|Los comerciales piden más filtros en el dashboard porque lo usan todos los días.
es|Se mantiene el calendario: salida a producción el 15 de abril.
es|Nota: la tabla de clientes se llama 'cli_maestro' en el entorno nuevo.
es|Motivo de cierre: resuelto, el usuario confirma que ya puede acceder.
es|Gracias por la revisión, incorporé los comentarios en el último commit.
es|Correo de administración: el proveedor mandó la factura de noviembre, la paso a cuentas a pagar.
es|Acta 02/04: asisten Marta, Diego y Paula; orden del día: estado del sprint, riesgos y próximos hitos.
es|Los datos personales están seudonimizados y el DPO lo validó.
es|Si en algún momento hiciera falta más presupuesto, el comité tiene una reserva, pero hoy no es el caso.
es|No hace falta integrar con el ERP: el proceso usa solo el portal web.
es|La curva de aprendizaje del equipo fue rápida, en dos semanas todos desplegaban solos.
es|Nadie se opuso a la propuesta de arquitectura en el comité técnico.
es|La precisión baja un poco los fines de semana pero sigue dentro de la tolerancia acordada.
es|El equipo de datos ya publicó el diccionario de datos del dominio de ventas.
es|Los usuarios valoran la herramienta con un 4,6 sobre 5 en la encuesta.
es|El retorno del piloto se estimó en 1,2 millones al año, por encima del business case.
es|El alcance geográfico del piloto es Andalucía, tal como se acordó desde el inicio.
es|Nadie ha revisado todavía el PR 418 del cambio de logs, pero no es urgente.
es|Mañana hay simulacro de incendio a las 11, salimos por la escalera B.
es|Dejo el enlace a las diapositivas del comité en el canal.
es|Se actualizó el certificado TLS del balanceador, caducaba el domingo.
es|El cliente pidió mover la demo a la semana que viene por agenda, no hay problema.
es|La ingesta diaria terminó a las 05:12 con 1,3 millones de filas; no ha fallado nunca desde que cambiamos el conector.
es|Tenemos capacidad de GPU suficiente en el clúster compartido hasta fin de año.
es|Confirmo que el modelo está registrado en MLflow con el alias champion.
es|La adopción del nuevo uniforme en tiendas empieza en enero, según comunicó RR. HH.
es|El equipo de seguridad nos felicitó por la documentación del modelo.
es|Todo listo para la release del jueves, solo falta el changelog.
es|Se aprobaron los criterios de aceptación con negocio en la sesión de refinamiento.
es|El dueño del local de la oficina de Valencia sube el alquiler en marzo, lo lleva Servicios Generales.
es|El piloto en Monterrey terminó según lo previsto y se escala a Puebla.
es|Acta: sin comentarios adicionales, se levanta la sesión a las 12:40.
es|Los datos de enero llegaron completos y sin duplicados.
es|El ticket de acceso al repositorio ya está resuelto.
es|Creada la rama feature/exportar-csv a partir de develop.
es|Mañana a primera hora subo los cambios del parser a la rama de integración.
es|El ancho de banda entre sedes se amplió, la sincronización va más rápida.
"""

NEG_IT = """
it|Stand-up: ieri ho chiuso il refactoring del loader, oggi faccio i test, nessun blocco.
it|Rilascio della versione 3.2.0 in collaudo completato alle 17:40.
it|La riunione di avanzamento è spostata a giovedì alle 11, sala Arno.
it|Collaudo, passo 4: inserire una data futura e verificare che compaia il messaggio di errore.
it|Note di rilascio: corretto l'ordinamento delle colonne nel report mensile.
it|Verbale del comitato: il pilota ha raggiunto gli obiettivi, si approva il passaggio in produzione.
it|Motivo chiusura: obiettivo raggiunto, il modello è in esercizio da aprile.
it|Lezione appresa: coinvolgere gli utenti dal primo sprint ha funzionato benissimo.
it|I dati di vendita sono caricati e validati, si può iniziare l'addestramento.
it|Il DPO ha approvato la DPIA ieri, procediamo come da piano.
it|Risolto: l'accesso al database della logistica è attivo da stamattina.
it|L'integrazione con SAP ha superato i test end-to-end senza anomalie.
it|Il budget 2025 è approvato e comprende l'ambiente di produzione.
it|Lo sponsor è confermato: il CFO segue il progetto e presiede il comitato.
it|Il team è al completo, i due data engineer sono entrati lunedì.
it|Il perimetro dell'MVP è congelato e firmato da tutte le direzioni.
it|Gli operatori usano lo strumento ogni giorno: 340 utenti attivi su 350.
it|Il modello ha raggiunto il 93 % di precisione sul set di validazione, sopra l'obiettivo.
it|Il KPI è definito: ridurre il tempo medio di gestione pratica da 10 a 7 giorni.
it|Monitoraggio e alert sul drift configurati, il runbook è su Confluence.
it|Se il fornitore ritardasse potremmo slittare, ma per ora siamo in linea col calendario.
it|Nessun problema di qualità nell'ultimo lotto, il report di validazione è pulito.
it|Nessun rilievo dalla sicurezza: il penetration test non ha trovato vulnerabilità critiche.
it|La migrazione anagrafica al nuovo CRM è un progetto separato, non ci riguarda.
it|Promemoria: domani manca la corrente nella sede di Torino dalle 8 alle 10.
it|Qualcuno ha il link alla registrazione della demo di martedì?
it|Ho aperto la PR con il fix sul parsing delle date, me la guardate?
it|Motivo chiusura: duplicato di AI-188.
it|Aggiornato Python alla 3.11 nell'immagine base.
it|Non abbiamo mai avuto i test di regressione così stabili: tutto verde su main.
it|Ferie: sono fuori dal 22 al 31, mi sostituisce Chiara.
it|Sprint review: mostrati la nuova dashboard e l'export in PDF, feedback positivo.
it|Lezione appresa: rivedere i requisiti con il marketing a ogni sprint ha evitato rilavorazioni sul report.
it|Ticket AI-402: cambiare il colore del pulsante 'Invia' nel blu aziendale.
it|La retrospettiva sarà venerdì da remoto, link nell'invito.
it|Lezione appresa: documentare nel README come lanciare l'addestramento in locale ci ha risparmiato tante domande.
it|Il costo mensile del cloud è sceso del 18 % spegnendo gli ambienti di test di notte.
it|La formazione agli utenti si è conclusa in tutte le sedi con buona partecipazione.
it|Il perimetro della revisione contabile annuale non include questo progetto.
it|Etichettate le ultime 4.000 immagini, il dataset è completo.
it|Lo sponsor ha rinnovato l'impegno e ha chiesto di estendere a un'altra regione l'anno prossimo.
it|C'è stato un calo di rete nel data center ma è rientrato in 10 minuti, nessun impatto.
it|ne parliamo alla call delle 16, porta i numeri del pilota per favore
it|ok il deploy in prod è andato, grazie a tutti 👏
it|Domanda: i test di carico li facciamo con 500 o 1.000 utenti contemporanei?
it|Ticket DAT-27: rinominata la tabella stg_ordini in stg_orders per seguire la convenzione.
it|Il report trimestrale sui rischi aziendali parla di inflazione, non di questo progetto.
it|Incontro con l'ufficio legale solo per rivedere il modello di contratto di licenza, tutto a posto.
it|Il vecchio modello è stato ritirato perché il nuovo lo sostituisce con metriche migliori.
it|Motivo chiusura: attività completata, il vecchio repository è archiviato e il codice sta nel monorepo.
it|Richiesta di un cliente sulla fattura girata all'ufficio fatturazione.
it|Verbale: si approva lo spostamento del job notturno alle 2:00.
it|La scansione delle vulnerabilità non segnala nulla di critico.
it|Il test A/B mostra un aumento del 6 % di conversione, statisticamente significativo.
it|ticket FE-41: aggiornare le dipendenze npm del frontend entro venerdì
it|Pianificazione sprint 9: 30 punti presi in carico, capacità piena.
it|Il nuovo product owner è stato nominato e lunedì incontra il team.
it|L'utente segnala che il download non funziona su Safari; riprodotto e corretto.
it|Passati da 3 a 6 repliche del servizio per il Black Friday, tutto stabile.
it|Nessun incidente aperto in produzione questa settimana.
it|I dati di prova per il collaudo sono nel bucket qa-fixtures.
it|Checklist di go-live firmata da esercizio, sicurezza e business.
it|Il comitato etico ha dato parere favorevole senza condizioni.
it|Mail a tutto il team: confermata la data del corso Spark, il 3 marzo.
it|Modifica minore: i log ora escono in formato JSON.
it|La demo col cliente di Napoli è andata alla grande, vogliono firmare la fase due.
it|L'ambiente sandbox viene liberato per il team pagamenti.
it|Gli obiettivi del trimestre sono pubblicati sulla wiki della direzione.
it|Il system integrator ha consegnato il connettore ed è già in produzione.
it|Kick-off il 9 gennaio con tutti gli stakeholder.
it|Oggi niente stand-up per la festa del patrono, nessuno deve collegarsi; riprendiamo lunedì.
it|L'API dei cambi risponde in 35 ms, dentro lo SLA.
it|Motivo chiusura: implementato il test unitario per gli importi negativi.
it|I commerciali chiedono più filtri sulla dashboard perché la usano tutti i giorni.
it|Calendario confermato: go-live il 15 aprile.
it|Nota: nel nuovo ambiente la tabella clienti si chiama 'anag_clienti'.
it|Motivo chiusura: risolto, l'utente conferma che ora riesce ad accedere.
it|Grazie per la review, ho recepito i commenti nell'ultimo commit.
it|Mail dell'amministrazione: il fornitore ha inviato la fattura di novembre, la giro alla contabilità.
it|Verbale del 2 aprile: presenti Luca, Sara e Paolo; ordine del giorno: stato sprint, rischi, prossime milestone.
it|I dati personali sono pseudonimizzati e il DPO ha validato la soluzione.
it|Se mai servisse altro budget il comitato ha una riserva, ma oggi non è il caso.
it|Non serve integrarsi con l'ERP: il processo passa solo dal portale web.
it|Il team ha imparato in fretta, dopo due settimane tutti rilasciavano in autonomia.
it|Nessuno si è opposto alla proposta di architettura nel comitato tecnico.
it|L'accuratezza cala un po' nel fine settimana ma resta nella tolleranza concordata.
it|Il team dati ha pubblicato il dizionario dati del dominio vendite.
it|Gli utenti danno allo strumento 4,5 su 5 nel sondaggio.
it|Il ritorno del pilota è stimato in 1,1 milioni l'anno, sopra il business case.
it|Il perimetro geografico del pilota è la Toscana, come concordato dall'inizio.
it|Nessuno ha ancora guardato la PR 233 sui log, ma non è urgente.
it|Domani prova di evacuazione alle 11, si esce dalla scala B.
it|Lascio nel canale il link alle slide del comitato.
it|Rinnovato il certificato TLS del bilanciatore, scadeva domenica.
it|Il cliente ha chiesto di spostare la demo alla prossima settimana per impegni, nessun problema.
it|L'ingestion giornaliera è terminata alle 05:20 con 1,1 milioni di righe; da quando abbiamo cambiato connettore non è mai fallita.
it|Abbiamo capacità GPU sufficiente sul cluster condiviso fino a fine anno.
it|Confermo che il modello è registrato in MLflow con alias champion.
it|Lo sponsor della maratona aziendale regala le magliette ai partecipanti.
it|La sicurezza ci ha fatto i complimenti per la documentazione del modello.
it|Tutto pronto per il rilascio di giovedì, manca solo il changelog.
it|I criteri di accettazione sono stati approvati col business nel refinement.
it|L'integrazione dei nuovi assunti prevede una giornata di affiancamento in filiale.
it|Il pilota a Verona è finito come previsto e si estende a Padova.
it|Verbale: nessun'altra osservazione, la seduta è tolta alle 12:40.
it|I dati di gennaio sono arrivati completi e senza duplicati.
it|Il ticket per l'accesso al repository è risolto.
it|Creato il branch feature/export-csv da develop.
it|È stata ampliata la banda tra le sedi, la sincronizzazione è più veloce.
it|Domattina carico le modifiche del parser sul branch di integrazione.
"""

NEG_PT = """
pt|Daily: ontem fechei a revisão do schema, hoje sigo com os testes de integração, sem impedimentos.
pt|Deploy da versão 1.8.0 em homologação concluído às 16h20.
pt|A reunião de acompanhamento passa para quarta às 14h, sala Douro.
pt|Teste QA passo 2: fazer login com o perfil gestor e confirmar que o menu Relatórios aparece.
pt|Notas da versão: corrigido o arredondamento dos valores no relatório de comissões.
pt|Ata da reunião de 3 de junho: o piloto cumpriu as metas e aprova-se a entrada em produção.
pt|Motivo de encerramento: projeto concluído com sucesso, modelo em produção desde julho.
pt|Lição aprendida: ter um analista de negócio dentro da equipa acelerou muito as decisões.
pt|A base de sinistros já foi carregada e validada, podemos começar o treino.
pt|O encarregado de proteção de dados deu parecer favorável, seguimos conforme o plano.
pt|Resolvido: o acesso ao banco de logística foi liberado hoje de manhã.
pt|A integração de novos colaboradores acontece na segunda-feira, com almoço de boas-vindas.
pt|O orçamento de 2025 foi aprovado e já inclui o ambiente de produção.
pt|Temos patrocinador confirmado: a diretora comercial assume o projeto.
pt|A equipa está completa desde que entraram as duas engenheiras de dados.
pt|O âmbito do MVP está fechado e assinado por todas as áreas.
pt|Os vendedores usam o app todo dia, 310 utilizadores ativos de 320.
pt|O modelo chegou a 92 % de precisão na validação, acima da meta.
pt|O KPI está definido: reduzir o prazo médio de resposta de 5 para 3 dias.
pt|Monitorização e alertas de drift ativos, runbook publicado na wiki.
pt|Se o fornecedor atrasar a entrega podemos escorregar uma semana, mas por agora está tudo no prazo.
pt|Sem problemas de qualidade no último lote, o relatório de validação veio limpo.
pt|O pentest terminou sem achados críticos.
pt|O segurança do prédio pede que todos usem o crachá à entrada a partir de amanhã.
pt|Lembrete: amanhã há corte de energia no escritório do Porto das 8h às 10h.
pt|Alguém tem o link da gravação da demo de terça?
pt|Abri o PR com a correção do parser de datas, podem rever?
pt|Motivo de encerramento: duplicado de IA-77.
pt|Atualizado o Java para 21 na imagem base.
pt|Nunca tivemos os testes de regressão tão estáveis, tudo verde na main.
pt|Férias: fico fora de 22 a 31, a Inês cobre.
pt|Sprint review: apresentámos o novo dashboard e a exportação para Excel, bom feedback.
pt|Lição aprendida: rever os requisitos com o marketing em cada sprint evitou retrabalho no relatório.
pt|Ticket IA-512: mudar o ícone da página inicial.
pt|A retrospectiva é sexta, remota, link no convite.
pt|Lição aprendida: documentar no README como correr o treino localmente poupou-nos muitas perguntas.
pt|O custo do almoço de equipa fica por conta da empresa este mês.
pt|A formação dos utilizadores terminou nas três lojas com boa presença.
pt|O âmbito da auditoria financeira anual não abrange este projeto.
pt|Foram rotuladas as últimas 3.000 imagens, o dataset está completo.
pt|O sponsor reforçou o apoio no comité e quer levar o modelo a Espanha no próximo ano.
pt|Houve uma falha de rede no datacenter mas voltou em 8 minutos, sem impacto.
pt|falamos na call das 15h, traz os números do piloto pfv
pt|deploy em prod feito, valeu pessoal 🚀
pt|Pergunta: o teste de carga é com 500 ou 2.000 utilizadores em simultâneo?
pt|Ticket DADOS-12: renomeada a tabela stg_encomendas para stg_orders, segundo a convenção.
pt|O relatório de riscos da empresa fala de câmbio e juros, não deste projeto.
pt|Reunimos com o jurídico só para rever a minuta do contrato de licença, está tudo certo.
pt|O modelo antigo foi desativado porque o novo o substitui com métricas melhores.
pt|Motivo de encerramento: tarefa concluída, o repositório antigo foi arquivado e está tudo no monorepo.
pt|Pedido de uma cliente sobre a fatura encaminhado para a faturação.
pt|Ata: aprovada a mudança do job noturno para as 2h.
pt|O scan de vulnerabilidades da imagem não aponta nada crítico.
pt|O teste A/B mostra 8 % a mais de conversão, estatisticamente significativo.
pt|ticket FE-23: atualizar as dependências do frontend até sexta
pt|Planeamento do sprint 11: 28 pontos, capacidade total.
pt|O novo product owner já foi nomeado e reúne com a equipa na segunda.
pt|Utilizador reporta que o download falha no Safari; reproduzido e corrigido.
pt|Subimos de 3 para 6 réplicas para a Black Friday, tudo estável.
pt|Ninguém reportou incidentes em produção esta semana.
pt|Os dados de teste para QA estão no bucket qa-fixtures.
pt|Checklist de go-live assinada pela operação, segurança e negócio.
pt|A comissão de ética deu parecer favorável sem condições.
pt|E-mail para toda a equipa: confirmada a data do curso de Spark, 3 de março.
pt|Alteração menor: os logs passam a sair em JSON.
pt|A demo com o cliente de Recife foi show, eles querem assinar a fase dois.
pt|O ambiente sandbox fica livre para a equipa de pagamentos.
pt|As metas do trimestre estão publicadas na intranet.
pt|O integrador entregou o conector e ele já está em produção.
pt|Kick-off dia 9 de janeiro com todas as partes interessadas.
pt|Hoje não há daily por ser feriado, ninguém precisa de entrar; retomamos segunda.
pt|A API de câmbio responde em 45 ms, dentro do SLA.
pt|Motivo de encerramento: implementado o teste unitário para valores negativos.
pt|Os comerciais pedem mais filtros no dashboard porque o usam todos os dias.
pt|Calendário mantido: entrada em produção a 15 de abril.
pt|Nota: no ambiente novo a tabela de clientes chama-se 'cli_mestre'.
pt|Motivo de encerramento: resolvido, a utilizadora confirma que já consegue entrar.
pt|Obrigado pela revisão, incorporei os comentários no último commit.
pt|E-mail da contabilidade: o fornecedor enviou a fatura de novembro, passo para contas a pagar.
pt|Ata de 2 de abril: presentes Joana, Pedro e Rita; ordem de trabalhos: estado do sprint, riscos e próximos marcos.
pt|Os dados pessoais estão pseudonimizados e o DPO validou.
pt|Caso um dia falte orçamento, o comité tem uma reserva, mas hoje não é o caso.
pt|Não é preciso integrar com o ERP: o processo usa só o portal.
pt|A equipa aprendeu depressa, em duas semanas todos faziam deploy sozinhos.
pt|Ninguém se opôs à proposta de arquitetura no comité técnico.
pt|A precisão desce um pouco ao fim de semana mas fica dentro da tolerância acordada.
pt|A equipa de dados publicou o dicionário de dados de vendas.
pt|Os utilizadores dão nota 4,7 de 5 à ferramenta no inquérito.
pt|O retorno do piloto foi estimado em 900 mil euros por ano, acima do business case.
pt|O piloto cobre só o Alentejo, como ficou combinado desde o início.
pt|Ninguém olhou ainda para o PR 301 dos logs, mas não é urgente.
pt|Amanhã há simulacro de incêndio às 11h, saída pela escada B.
pt|Deixo no canal o link dos slides do comité.
pt|Renovado o certificado TLS do balanceador, expirava domingo.
pt|O cliente pediu para adiar a demo uma semana por agenda, sem problema.
pt|A ingestão diária terminou às 05h15 com 1,4 milhões de linhas; nunca mais falhou desde que trocámos o conector.
pt|Temos capacidade de GPU suficiente no cluster partilhado até ao fim do ano.
pt|Confirmo que o modelo está registado no MLflow com o alias champion.
pt|A adoção do novo logótipo da empresa entra em vigor em janeiro.
pt|A segurança elogiou a documentação do modelo.
pt|Tudo pronto para a release de quinta, falta só o changelog.
pt|Os critérios de aceitação foram aprovados com o negócio no refinamento.
pt|O inquérito de clima da equipa fecha sexta.
pt|O piloto em Braga terminou como previsto e estende-se a Guimarães.
pt|Ata: nada mais havendo a tratar, encerrou-se a reunião às 12h40.
pt|Os dados de janeiro chegaram completos e sem duplicados.
pt|O ticket de acesso ao repositório está resolvido.
pt|Criada a branch feature/exportar-csv a partir da develop.
pt|O custo do estacionamento no escritório novo já está incluído no contrato de arrendamento.
pt|Amanhã cedo subo as alterações do parser para a branch de integração.
"""

NEG_NL = """
nl|Stand-up: gisteren de loader gerefactord, vandaag tests schrijven, geen blokkades.
nl|Versie 2.7.0 staat sinds 17:10 op de acceptatieomgeving.
nl|Het voortgangsoverleg is verzet naar donderdag 10:30, zaal Maas.
nl|Teststap 5: een datum in de toekomst invullen en controleren dat de foutmelding verschijnt.
nl|Releasenotes: de kolomvolgorde in het maandrapport is gecorrigeerd.
nl|Notulen stuurgroep 12 mei: de pilot haalt de doelen, overgang naar productie goedgekeurd.
nl|Reden afsluiting: doel bereikt, het voorspelmodel draait sinds mei in productie.
nl|Geleerde les: de gebruikers vanaf sprint één betrekken werkte uitstekend.
nl|De verkoopdata is aangeleverd en gevalideerd, we kunnen beginnen met trainen.
nl|De FG heeft de DPIA gisteren goedgekeurd, we gaan verder volgens planning.
nl|Opgelost: de leesrechten op de logistieke database zijn vanochtend toegekend.
nl|De data van de volgende stuurgroepen staan nu in de gedeelde agenda.
nl|Het budget voor 2025 is goedgekeurd, inclusief de productieomgeving.
nl|We hebben een sponsor: de CFO neemt het project onder zijn hoede en zit de stuurgroep voor.
nl|Het team is compleet, de twee data engineers zijn maandag begonnen.
nl|De scope van de MVP is bevroren en door alle afdelingen getekend.
nl|De agenten gebruiken de tool dagelijks: 390 actieve gebruikers van de 400.
nl|Het model haalt 94 % precisie op de validatieset, boven het doel.
nl|De KPI staat vast: de gemiddelde doorlooptijd van 12 naar 8 dagen.
nl|Monitoring en driftalerts staan aan, het runbook staat op Confluence.
nl|Als de leverancier te laat levert kunnen we uitlopen, maar voorlopig ligt alles op schema.
nl|Geen datakwaliteitsproblemen in de laatste batch, het validatierapport is schoon.
nl|De pentest leverde geen kritieke bevindingen op.
nl|De eigenaar van het pand komt dinsdag de airco nakijken.
nl|Herinnering: morgen is de stroom af op kantoor Eindhoven van 8 tot 10.
nl|Heeft iemand de link naar de opname van de demo van dinsdag?
nl|PR staat klaar met de fix voor het datumformaat, wil iemand reviewen?
nl|Reden afsluiting: duplicaat van AI-145.
nl|Python in de base image bijgewerkt naar 3.11.
nl|De regressietests zijn nog nooit zo stabiel geweest, alles groen op main.
nl|Verlof: ik ben weg van 22 tot 31 december, Joris neemt waar.
nl|Sprintreview: nieuw dashboard en export naar PDF gedemonstreerd, positieve reacties.
nl|Geleerde les: elke sprint de wensen met marketing doornemen voorkwam dubbel werk aan het rapport.
nl|Ticket AI-620: kleur van de knop 'Verzenden' aanpassen naar de huisstijl.
nl|De retro is vrijdag online, link staat in de uitnodiging.
nl|Geleerde les: in de README uitleggen hoe je lokaal een training start scheelde veel vragen.
nl|De maandelijkse cloudkosten zijn 20 % gedaald sinds de testomgevingen 's nachts uitgaan.
nl|De gebruikerstraining is op alle drie de locaties gegeven met goede opkomst.
nl|De scope van de jaarlijkse accountantscontrole omvat dit project niet.
nl|De laatste 5.000 beelden zijn gelabeld, de dataset is compleet.
nl|Onze bedrijfsvoetbalploeg heeft een nieuwe sponsor gevonden voor de shirts.
nl|Er was een netwerkstoring in het datacenter, na 10 minuten hersteld, geen impact.
nl|bespreken we om 4 uur in de call, neem je de pilotcijfers mee aub
nl|deploy naar prod is gelukt, bedankt allemaal 🎉
nl|Vraag: doen we de loadtest met 500 of met 1.000 gelijktijdige gebruikers?
nl|Ticket DATA-31: tabel stg_bestellingen hernoemd naar stg_orders volgens de conventie.
nl|Het kwartaalrapport over bedrijfsrisico's gaat over inflatie, niet over dit project.
nl|Met legal alleen het sjabloon van het licentiecontract doorgenomen, alles in orde.
nl|Het oude model is uitgefaseerd omdat het nieuwe betere scores haalt.
nl|Reden afsluiting: taak afgerond, de oude repository is gearchiveerd en alles staat in de monorepo.
nl|Vraag van een klant over haar factuur doorgezet naar de facturatie.
nl|Notulen: akkoord om de nachtelijke job naar 2:00 te verschuiven.
nl|De kwetsbaarheidsscan van de image meldt niets kritieks.
nl|De A/B-test laat 7 % meer conversie zien, significant.
nl|ticket FE-65: frontend-dependencies updaten voor vrijdag
nl|Sprintplanning 16: 34 punten gecommit, volledige capaciteit.
nl|De nieuwe product owner is benoemd en heeft maandag een kennismaking met het team.
nl|Gebruiker meldt dat de downloadknop niet werkt in Safari; gereproduceerd en opgelost.
nl|Voor de feestdagen opgeschaald van 3 naar 5 replica's, alles stabiel.
nl|Niemand heeft deze week een incident in productie gemeld.
nl|De testdata voor QA staat in de bucket qa-fixtures.
nl|Go-live-checklist getekend door beheer, security en business.
nl|De ethische commissie heeft zonder voorwaarden ingestemd.
nl|Mail aan het hele team: de Spark-training is bevestigd op 3 maart.
nl|Kleine wijziging: de logs worden nu in JSON geschreven.
nl|De demo bij de klant in Gent ging goed, ze willen fase twee tekenen.
nl|De sandbox-omgeving wordt vrijgegeven voor het betalingenteam.
nl|De kwartaaldoelen staan op de wiki van de directie.
nl|De integrator heeft de connector opgeleverd en die draait al in productie.
nl|Kick-off op 9 januari met alle belanghebbenden.
nl|Vandaag geen stand-up vanwege Hemelvaart, niemand hoeft in te loggen; maandag gaan we verder.
nl|De wisselkoers-API antwoordt in 40 ms, binnen de SLA.
nl|Reden afsluiting: unittest voor negatieve bedragen is toegevoegd.
nl|De verkopers vragen om meer filters in het dashboard omdat ze het elke dag gebruiken.
nl|Planning blijft staan: livegang op 15 april.
nl|Let op: in de nieuwe omgeving heet de klantentabel 'klant_stam'.
nl|Reden afsluiting: opgelost, de gebruiker bevestigt dat inloggen weer lukt.
nl|Dank voor de review, de opmerkingen zitten in de laatste commit.
nl|Mail van de administratie: de leverancier heeft de factuur van november gestuurd, die gaat naar crediteuren.
nl|Notulen 2 april: aanwezig Eva, Bram en Lotte; agenda: sprintstatus, risico's, volgende mijlpalen.
nl|De persoonsgegevens zijn gepseudonimiseerd en de FG heeft dat bekrachtigd.
nl|Mocht er ooit extra budget nodig zijn, dan heeft de stuurgroep een reserve, maar nu is dat niet aan de orde.
nl|Koppelen met het ERP is niet nodig: het proces loopt alleen via het portaal.
nl|Het team leerde snel, na twee weken deployde iedereen zelfstandig.
nl|Niemand had bezwaar tegen het architectuurvoorstel in de technische board.
nl|De precisie zakt in het weekend iets maar blijft binnen de afgesproken marge.
nl|Het datateam heeft de datadictionary van het verkoopdomein gepubliceerd.
nl|Gebruikers geven de tool een 8,6 in de enquête.
nl|Het rendement van de pilot wordt op 1,2 miljoen per jaar geschat, boven de business case.
nl|De pilot beperkt zich tot Noord-Brabant, zoals vanaf het begin afgesproken.
nl|Niemand heeft PR 512 over de logging nog bekeken, maar er is geen haast.
nl|Morgen om 11 uur is er een ontruimingsoefening, we gaan via trap B naar buiten.
nl|Link naar de slides van de stuurgroep staat in het kanaal.
nl|Het TLS-certificaat van de loadbalancer is vernieuwd, het verliep zondag.
nl|De klant wil de demo een weekje opschuiven vanwege zijn agenda, geen probleem.
nl|De dagelijkse ingest was om 05:10 klaar met 1,2 miljoen rijen; sinds de nieuwe connector is hij nooit meer mislukt.
nl|Er is genoeg GPU-capaciteit op het gedeelde cluster tot het einde van het jaar.
nl|Bevestigd: het model staat in MLflow met de alias champion.
nl|Allee, de demo is goed verlopen, den baas was content.
nl|Security gaf een compliment voor de modeldocumentatie.
nl|Alles klaar voor de release van donderdag, alleen de changelog nog.
nl|De acceptatiecriteria zijn in de refinement met de business afgestemd.
nl|De teamenquête sluit vrijdag.
nl|De pilot in Leuven is volgens plan afgerond en wordt uitgebreid naar Mechelen.
nl|Notulen: geen verdere opmerkingen, de vergadering wordt om 12:40 gesloten.
nl|De data van januari is volledig en zonder dubbelingen binnengekomen.
nl|Het ticket voor toegang tot de repository is afgehandeld.
nl|Branch feature/export-csv aangemaakt vanaf develop.
nl|De adoptie van de nieuwe huisstijl gaat in januari in, laat communicatie weten.
nl|Morgenvroeg zet ik de parserwijzigingen op de integratiebranch.
"""

NEG_BLOCKS = [NEG_ES, NEG_IT, NEG_PT, NEG_NL]

N_POS_PER_CAUSE = 80
N_POS_PER_CAUSE_LANG = 20
N_NEG = 440
N_NEG_PER_LANG = 110


def parse(block):
    rows = []
    for line in block.splitlines():
        line = line.strip()
        if not line:
            continue
        lang, sep, text = line.partition("|")
        assert sep and lang in LANGS, "bad line: " + line
        text = text.strip()
        assert text and "\n" not in text and "\r" not in text, line
        rows.append((lang, text))
    return rows


def build():
    rows = []  # (lang, cause, kind, text)
    assert sorted(POS) == sorted(CAUSES), sorted(POS)
    for cause in CAUSES:
        items = parse(POS[cause])
        assert len(items) == N_POS_PER_CAUSE, (cause, len(items))
        per_lang = Counter(lang for lang, _ in items)
        for lang in LANGS:
            assert per_lang[lang] == N_POS_PER_CAUSE_LANG, (cause, lang, per_lang[lang])
        rows.extend((lang, cause, "positive", text) for lang, text in items)
    neg = []
    for block in NEG_BLOCKS:
        neg.extend(parse(block))
    assert len(neg) == N_NEG, len(neg)
    per_lang = Counter(lang for lang, _ in neg)
    for lang in LANGS:
        assert per_lang[lang] == N_NEG_PER_LANG, (lang, per_lang[lang])
    rows.extend((lang, "NONE", "negative", text) for lang, text in neg)
    seen = {}
    for lang, cause, kind, text in rows:
        key = " ".join(text.casefold().split())
        assert key not in seen, "duplicate: " + text
        seen[key] = cause
    return rows


def main():
    rows = build()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "expected_cause", "kind", "text"])
    for i, (_lang, cause, kind, text) in enumerate(rows, 1):
        w.writerow(["ib-%04d" % i, cause, kind, text])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    # re-read: one physical line per record, counts as asserted above
    with open(out, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "" and len(lines) - 2 == len(rows) == 1320, len(lines)
    with open(out, encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    kinds = Counter(r["kind"] for r in back)
    assert kinds == {"positive": 880, "negative": 440}, kinds
    causes = Counter(r["expected_cause"] for r in back)
    assert all(causes[c] == 80 for c in CAUSES) and causes["NONE"] == 440, causes
    langs = Counter(lang for lang, *_ in rows)
    print("wrote %s: %d rows" % (out, len(rows)))
    print("per language:", dict(sorted(langs.items())))
    print("per kind:", dict(kinds))


if __name__ == "__main__":
    main()
