#!/usr/bin/env python3
"""Training sentences for lastmile's learned cause pass, slice es-it-pt-chat.

Languages: Spanish (es), Italian (it), Portuguese (pt), terse English chat (en).
Every sentence is hand-written below, one per line inside each block. Running this
script rewrites sentences.csv byte-identically and asserts counts, uniqueness and codes.
Training material only: never score the product on it.
"""
import csv
import io
import os
import sys

SLICE = "es-it-pt-chat"
CAUSES = [
    "DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
    "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
    "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY",
]
LANGS = ["es", "it", "pt", "en"]
# per cause: 80 positives; per language share es 30 %, it 25 %, pt 20 %, en 25 %
POS_PER_LANG = {"es": 24, "it": 20, "pt": 16, "en": 20}
# negatives: 220 neutral + 200 near misses
NEUTRAL_PER_LANG = {"es": 0, "it": 0, "pt": 0, "en": 0}  # first half: positives only
NEAR_PER_LANG = {"es": 0, "it": 0, "pt": 0, "en": 0}  # first half

BLOCKS = []  # (label, lang, subkind, [texts]) in file order


def add(label, lang, block, subkind="positive"):
    lines = [ln.strip() for ln in block.strip("\n").split("\n")]
    lines = [ln for ln in lines if ln]
    BLOCKS.append((label, lang, subkind, lines))

#!/usr/bin/env python3
"""Training sentences for lastmile's learned cause pass, slice es-it-pt-chat.

Languages: Spanish (es), Italian (it), Portuguese (pt), terse English chat (en).
Every sentence is hand-written below, one per line inside each block. Running this
script rewrites sentences.csv byte-identically and asserts counts, uniqueness and codes.
Training material only: never score the product on it.
"""
import csv
import io
import os
import sys

SLICE = "es-it-pt-chat"
CAUSES = [
    "DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
    "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
    "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY",
]
LANGS = ["es", "it", "pt", "en"]
# per cause: 80 positives; per language share es 30 %, it 25 %, pt 20 %, en 25 %
POS_PER_LANG = {"es": 24, "it": 20, "pt": 16, "en": 20}
# negatives: 220 neutral + 200 near misses
NEUTRAL_PER_LANG = {"es": 0, "it": 0, "pt": 0, "en": 0}  # first half: positives only
NEAR_PER_LANG = {"es": 0, "it": 0, "pt": 0, "en": 0}  # first half

BLOCKS = []  # (label, lang, subkind, [texts]) in file order


def add(label, lang, block, subkind="positive"):
    lines = [ln.strip() for ln in block.strip("\n").split("\n")]
    lines = [ln for ln in lines if ln]
    BLOCKS.append((label, lang, subkind, lines))

# ---------------------------------------------------------------- DATA_READINESS
add("DATA_READINESS", "es", """
El extracto que nos pasaron acaba en 2021 y faltan la mitad de las plantas de Zaragoza.
Las etiquetas ya están bien, pero el feed de los almacenes sigue cayéndose cada fin de semana.
Seguimos sin acceso a la base de siniestros; el área de seguros dice que "la semana que viene".
Los historiales clínicos están en PDF escaneado, no hay forma de sacar los campos sin OCR.
Nadie ha etiquetado las llamadas del call center, y sin etiquetas no entrenamos nada.
Cerrado: los datos de consumo de los contadores llegan con huecos de hasta tres meses.
¿Alguien sabe quién tiene el CSV bueno de clientes? Hay cuatro versiones y ninguna cuadra.
El dataset de fraude tiene 40 positivos en dos años. Así no hay modelo que aprenda.
Los datos de venta de las tiendas de México vienen en otro formato y con SKU distintos.
la tabla de pedidos tiene fechas en tres formatos distintos y la mitad de los códigos postales vacíos
Informe de estado: bloqueados a la espera de que sistemas nos abra el data lake de producción.
Las fotos de las grietas se hicieron todas en verano; en invierno el modelo no ve nada.
Los registros de mantenimiento los rellenan a mano y el 30 % dice "varios".
El histórico de cosechas solo cubre dos fincas de las doce de la cooperativa.
Pedimos los logs de red en marzo. Estamos en octubre y seguimos esperando.
Cada hospital codifica los diagnósticos a su manera y no hay tabla de equivalencias.
Los datos de RR. HH. están repartidos en tres sistemas que no se hablan y con IDs distintos.
Retro: subestimamos lo sucia que estaba la data de cobranzas, se nos fue el trimestre limpiándola.
Los expedientes del juzgado están en papel en un 60 %, digitalizar lleva un año mínimo.
El proveedor de telemetría de los camiones solo guarda 30 días, no tenemos histórico.
Muestra sesgada: solo hay reclamaciones de clientes de Madrid y Barcelona.
La muestra que nos dieron de pólizas no incluye rechazadas, o sea que no sirve para predecir rechazos.
En la planta de Monterrey los sensores estuvieron mal calibrados todo 2023 y nadie lo anotó.
Comentario de cierre: sin un maestro de productos limpio no hay nada que hacer, lo retomaremos cuando MDM esté.
""")
add("DATA_READINESS", "it", """
L'estrazione che ci hanno dato si ferma al 2021 e mancano metà degli stabilimenti.
I dati dei sensori arrivano a buchi, a volte mancano intere settimane.
Ancora nessun accesso al datawarehouse della banca, il ticket è fermo da due mesi.
Le etichette le ha fatte uno stagista in un pomeriggio, metà sono sbagliate.
Le cartelle cliniche sono in dieci formati diversi, una per ogni ASL.
Chiuso: il dataset dei sinistri non contiene i casi respinti, quindi non serve a niente.
Abbiamo solo 200 immagini di difetti, servirebbero almeno diecimila.
I dati di vendita dei negozi del Sud sono in un Excel che aggiorna a mano la signora Rossi.
nessuno sa dove stanno i log delle chiamate prima del 2022
Il fornitore della telemetria dei treni ci manda i dati solo su chiavetta USB, una volta al mese.
Le anagrafiche clienti sono duplicate tre volte con codici diversi nei tre CRM.
Nota SteerCo: il campione è tutto di clienti premium, non rappresenta la base reale.
I verbali delle ispezioni in cantiere sono scritti a mano e scansionati storti.
La qualità del dato anagrafico è pessima: il 40 % degli indirizzi non è geocodificabile.
Aspettiamo ancora il dump del gestionale della produzione, promesso per settembre.
Gli agronomi registrano le rese su quaderni, non esiste uno storico digitale.
I dati delle presenze HR stanno in un silo del fornitore esterno e non ce li danno.
Retro: abbiamo passato l'80 % del tempo a pulire i dati invece di fare il modello.
Le etichette sono ok adesso, ma il flusso dal magazzino di Piacenza si blocca ogni weekend.
Il contatore non registra i consumi notturni, quindi il modello non vede i picchi.
""")
add("DATA_READINESS", "pt", """
O extrato que recebemos para em 2021 e faltam metade das filiais do Nordeste.
Ainda sem acesso à base de sinistros, o pedido está parado no TI há seis semanas.
Os prontuários estão em papel em metade dos hospitais da rede.
Ninguém rotulou os chamados do atendimento, e sem rótulo não tem treino.
Os dados das lojas vêm num ficheiro Excel enviado por e-mail todas as segundas, quando vem.
Encerrado: a base de clientes tem 35% de CPFs inválidos ou duplicados.
Os sensores da linha 3 ficaram desligados metade do ano e ninguém avisou.
Só temos fotos de pragas tiradas em dias de sol; com chuva o modelo não acerta nada.
a tabela de entregas tem coordenadas trocadas em metade das linhas
Relatório de estado: a aguardar que a equipa de dados abra o acesso ao data lake.
Os dados de RH estão espalhados por três sistemas com matrículas diferentes.
A amostra de apólices só tem clientes de São Paulo, não serve para o resto do país.
Retro: subestimamos o tempo de limpeza dos dados de cobrança, foi o trimestre inteiro nisso.
Os processos judiciais antigos estão digitalizados como imagem, sem texto pesquisável.
O fornecedor de telemetria só guarda 15 dias de histórico dos camiões.
As etiquetas já estão boas, mas o feed das farmácias continua a falhar todas as noites.
""")
add("DATA_READINESS", "en", """
extract stops in 2021 and half the plants are missing
still no read access to the claims db ticket open since march
labels are fine now but the plant feed still dies every weekend
who has the good customer csv there are 4 versions and none match
only 60 fraud cases in 2 yrs not enough to train anything
call recordings never got labelled so no training set
store sales for latam come in a diff format with diff skus
jira: blocked waiting on dwh access from IT
patient notes are scanned pdfs no structured fields
half the postcodes empty dates in 3 formats
sample is all premium customers not representative
maintenance logs are free text and 30pct say misc
sensor data has gaps of weeks nobody knows why
closing - no usable history for the crops only 2 farms of 12
telematics vendor keeps 30 days only no backfill possible
steerco: data cleansing ate the whole quarter
hr data sits in 3 systems with diff employee ids
we only have summer photos model is blind in winter
dupes everywhere in the crm same customer 3 times
court records mostly paper still waiting on digitisation
""")
# ---------------------------------------------------------------- UNCLEAR_OBJECTIVE
add("UNCLEAR_OBJECTIVE", "es", """
Seguimos sin saber qué número quiere ver moverse finanzas.
Nadie ha definido qué significa "éxito" para este piloto, ni siquiera el sponsor.
El caso de uso salió de una demo de un proveedor, no de un problema del negocio.
¿Cuál es el KPI? Tres reuniones y cada área dice uno distinto.
No hay línea base: no sabemos cuánto tardan hoy en clasificar los expedientes.
Cierre: el piloto funcionaba, pero nadie pudo decir si era mejor que lo que ya teníamos.
Empezamos por "hagamos algo con IA generativa" y ahí seguimos, buscando problema.
Comité: se pide aclarar el objetivo antes de aprobar la fase 2.
El área de logística quería reducir kilómetros; ahora resulta que lo que les duele son los retrasos.
construimos un chatbot y luego preguntamos para qué lo querían
Los criterios de aceptación del POC cambian en cada demo.
Negocio pide "más precisión" pero no dice precisión en qué ni cuánta.
Entendimos mal el problema: el cuello de botella no era la previsión, era el transporte.
Ninguna métrica de éxito acordada con el hospital, así que el piloto no se puede cerrar.
Informe trimestral: no se ha podido medir el impacto porque no hay objetivo cuantificado.
El director quería "un modelo predictivo" sin decir qué predecir.
Ahora que el modelo está, nos preguntan qué decisión van a tomar con él. Buena pregunta.
En el banco cada gerente entiende el proyecto de forma distinta.
La hipótesis de ahorro nunca se escribió; nadie sabe contra qué compararnos.
Pasamos dos sprints afinando un modelo para un problema que el cliente no tenía.
El objetivo del proyecto de energía sigue siendo "explorar el potencial de la IA".
¿Para qué queremos predecir la rotación si RR. HH. no va a hacer nada distinto con el dato?
Sin criterio de salida del piloto, el piloto lleva 14 meses abierto.
Acta: se acuerda parar hasta que el área usuaria defina qué problema quiere resolver.
""")
add("UNCLEAR_OBJECTIVE", "it", """
Non sappiamo ancora quale numero vuole vedere muoversi la finanza.
Nessuno ha definito cosa vuol dire successo per questo pilota.
Il progetto è nato da una demo del fornitore, non da un problema reale.
Qual è il KPI? Ogni funzione ne propone uno diverso.
Manca una baseline: oggi quanto ci mettono a smistare i reclami? Nessuno lo sa.
Chiusura: il modello funzionava ma non si è capito se fosse meglio del processo attuale.
Siamo partiti dalla soluzione, "facciamo un chatbot", e stiamo ancora cercando il problema.
Lo SteerCo chiede di chiarire l'obiettivo prima di finanziare la fase due.
abbiamo scoperto a metà che il problema vero era il magazzino non la previsione
I criteri di accettazione della PoC cambiano a ogni demo.
Il business vuole "più accuratezza" senza dire su cosa.
Nessuna metrica concordata con l'ospedale, il pilota resta aperto da un anno.
Ci hanno chiesto di "esplorare il potenziale dell'IA" nel settore energia. Tutto qui.
Adesso che il modello c'è, ci chiedono che decisione dovrebbe supportare.
In assicurazione ognuno ha in testa un progetto diverso con lo stesso nome.
L'ipotesi di risparmio non è mai stata scritta, quindi non c'è niente da misurare.
Abbiamo ottimizzato per due sprint una cosa che al cliente non interessava.
Verbale: sospeso finché l'area utente non definisce il problema da risolvere.
Il direttore voleva un modello predittivo, non ha mai detto di cosa.
A cosa serve prevedere il turnover se HR non cambia nulla in base alla previsione?
""")
add("UNCLEAR_OBJECTIVE", "pt", """
Ainda não sabemos que número a área financeira quer ver mexer.
Ninguém definiu o que é sucesso neste piloto.
O caso de uso nasceu de uma demo do fornecedor, não de uma dor do negócio.
Qual é o KPI? Cada diretoria fala um diferente.
Não há linha de base: quanto tempo leva hoje para triar os pedidos? Ninguém sabe.
Encerramento: o modelo funcionava, mas não deu para dizer se era melhor do que o processo atual.
Começámos por "vamos fazer algo com IA" e ainda andamos à procura do problema.
Comitê pediu para clarificar o objetivo antes de aprovar a fase 2.
entendemos errado o problema o gargalo era o frete e não a previsão
Os critérios de aceite da PoC mudam a cada demo.
O negócio quer "mais precisão" mas não diz em quê.
Nenhuma métrica de sucesso acordada com o hospital, piloto aberto há 11 meses.
Agora que o modelo está pronto perguntam que decisão ele vai apoiar.
A hipótese de poupança nunca foi escrita, não há com o que comparar.
Ata: suspenso até a área usuária dizer qual problema quer resolver.
Para que prever o churn se o comercial não vai fazer nada diferente com isso?
""")
add("UNCLEAR_OBJECTIVE", "en", """
still dont know what number finance wants to see move
nobody defined what success looks like for the pilot
usecase came from a vendor demo not from the business
whats the kpi again each team says a diff one
no baseline so we cant say if its better than today
solution first - lets do genai - now looking for a problem
steerco asks to clarify the objective before phase 2
turned out the real pain was dispatch not forecasting
poc acceptance criteria change every demo
biz wants more accuracy but accuracy of what
closure: worked technically but couldnt show any benefit vs current process
model is done and now they ask what decision it supports lol
no agreed success metric with the hospital so pilot never closes
every manager has a diff idea of what the project is
savings hypothesis never written down
2 sprints tuning something the client didnt care about
objective still reads explore potential of ai
why predict attrition if hr wont act on it
pilot open 14 months no exit criteria
parking it until ops tells us what problem they actually want solved
""")
# ---------------------------------------------------------------- PRODUCTION_ARCHITECTURE
add("PRODUCTION_ARCHITECTURE", "es", """
Funciona cuando Jorge arranca el notebook los lunes; si Jorge está de vacaciones, no hay previsión.
El modelo vive en el portátil de la científica de datos. No hay otro sitio donde corra.
No tenemos pipeline de despliegue: cada versión se copia a mano al servidor.
Nadie monitoriza el modelo; nos enteramos de que fallaba porque se quejó una tienda.
El POC se hizo en Colab y pasarlo a producción es rehacerlo entero.
Cierre: sin plataforma de MLOps no hay forma de mantener esto vivo.
Reentrenamiento: "cuando alguien se acuerde". Última vez, hace once meses.
La API de scoring es un Flask en una VM sin balanceo ni alta disponibilidad.
No hay entorno de preproducción para modelos, solo desarrollo y "ya veremos".
el modelo se degradó con la inflación y nadie lo vio porque no hay alertas
Seguimos sin CI/CD para los modelos; cada despliegue es un ticket manual a infraestructura.
La demo iba bien pero nunca se pensó cómo servir 2 millones de predicciones al día.
El notebook tiene rutas locales del tipo C:\\Users\\ana\\Desktop por todas partes.
Para producción nos piden contenedor, logs y rollback; no tenemos ninguna de las tres cosas.
Los pesos del modelo están en un USB en el cajón de Luis. No es broma.
Retro: construimos el piloto sin pensar en operar, y operar era el 80 % del trabajo.
No existe un registro de modelos: nadie sabe qué versión está en la planta de Puebla.
El scoring batch lo lanza un cron en un servidor que se va a apagar en enero.
Acta: pasar a producción requiere rehacer la arquitectura; se pospone.
La latencia del modelo en el call center es de 9 segundos, imposible en tiempo real.
¿Quién reentrena esto cuando cambien las tarifas? Nadie lo tiene asignado.
El piloto de mantenimiento predictivo no tiene ruta de despliegue a las subestaciones.
Hay drift evidente desde agosto, pero no tenemos cómo medirlo ni reentrenar.
La versión en producción no coincide con ninguna del repositorio.
""")
add("PRODUCTION_ARCHITECTURE", "it", """
Gira solo quando Marco lancia il notebook il lunedì mattina.
Il modello sta sul portatile della data scientist, non esiste altrove.
Nessuna pipeline di rilascio, ogni versione la copiamo a mano sul server.
Nessun monitoraggio: abbiamo scoperto il degrado perché si è lamentato un cliente.
La PoC è fatta in un notebook Colab, portarla in produzione vuol dire riscriverla.
Chiuso: senza piattaforma MLOps non riusciamo a mantenerlo.
Il retraining lo facciamo quando qualcuno se ne ricorda, l'ultimo a gennaio.
L'API è un Flask su una VM senza alta affidabilità né log.
manca un ambiente di collaudo per i modelli
Il modello è peggiorato con l'aumento dei prezzi e nessuno se n'è accorto per mesi.
Per andare in produzione servono container, log e rollback: non abbiamo niente.
La demo andava bene ma nessuno aveva pensato a servire milioni di richieste al giorno.
Retro: abbiamo costruito il pilota senza pensare a come gestirlo in esercizio.
Non c'è un registro dei modelli, non sappiamo quale versione gira in stabilimento.
Lo scoring batch parte da un cron su un server che verrà dismesso a fine anno.
La latenza è di otto secondi, inutilizzabile allo sportello.
Chi lo riaddestra quando cambiano le tariffe? Non è assegnato a nessuno.
Il drift è evidente da agosto ma non abbiamo modo di misurarlo.
Verbale: il passaggio in produzione richiede di rifare l'architettura, rinviato.
I pesi del modello sono su una chiavetta nel cassetto di Luca.
""")
add("PRODUCTION_ARCHITECTURE", "pt", """
Só corre quando o Rui abre o notebook às segundas.
O modelo mora no portátil da cientista de dados, mais nenhum sítio.
Não temos pipeline de deploy, cada versão é copiada à mão para o servidor.
Ninguém monitora o modelo; descobrimos a queda porque uma loja reclamou.
A PoC foi feita no Colab, levar para produção é refazer tudo.
Encerrado: sem plataforma de MLOps não dá para manter isto vivo.
O retreino acontece quando alguém lembra, o último foi há dez meses.
a API de scoring é um flask numa VM sem log nem alta disponibilidade
Para ir a produção pedem container, logs e rollback, não temos nada disso.
A demo foi ótima mas ninguém pensou em servir dois milhões de previsões por dia.
Não há registo de modelos, ninguém sabe que versão está na fábrica de Braga.
O batch é disparado por um cron num servidor que vai ser desligado em janeiro.
Latência de 7 segundos no atendimento, inviável.
Quem retreina quando mudarem as tarifas? Ninguém assumiu.
Há drift desde agosto e nenhuma forma de medir.
Retro: fizemos o piloto sem pensar em operação.
""")
add("PRODUCTION_ARCHITECTURE", "en", """
runs when priya starts the notebook on mondays
model lives on a laptop nowhere else
no deploy pipeline we scp the pickle to the box
nobody monitors it found out from an angry store manager
poc was in colab going to prod means rewrite
retraining is whenever someone remembers last time jan
scoring api is one flask vm no ha no logs
no staging env for models
drift since aug no alerts no way to measure it
prod asks for container logs rollback we have none
demo fine but never designed for 2m calls a day
no model registry nobody knows which version is at the plant
batch runs off a cron on a box being decommissioned
latency 9s unusable at the counter
who retrains when tariffs change nobody owns that
closure: no mlops platform cant keep it alive
retro - built the pilot with zero thought for running it
steerco: prod needs rearchitecture deferred
weights on a usb stick in a drawer not kidding
prod version matches nothing in git
""")
# ---------------------------------------------------------------- INTEGRATION
add("INTEGRATION", "es", """
El modelo da la predicción, pero no hay forma de meterla en SAP sin un desarrollo de seis meses.
El sistema de reservas es un mainframe de los 80 y no expone ninguna API.
Los agentes tienen que copiar el resultado del modelo a mano en Salesforce.
La historia clínica electrónica del hospital no acepta datos de terceros.
Bloqueado: el proveedor del ERP cobra por cada interfaz nueva y tarda un trimestre.
No conseguimos enganchar el motor de recomendación al e-commerce sin romper el checkout.
El WMS solo lee ficheros planos a las 3 de la mañana; la predicción llega tarde.
cada sucursal del banco tiene una versión distinta del core y ninguna habla REST
El flujo de aprobación de siniestros está en Lotus Notes. Sí, Lotus Notes.
La centralita del call center no deja pasar la transcripción en tiempo real.
Cierre: la integración con el sistema de facturación no era viable en el plazo.
El servicio de scoring funciona, lo que no funciona es que alguien lo llame.
Para conectar con el SCADA necesitamos una pasarela que nadie ha homologado.
Los técnicos trabajan con una app offline que no sincroniza con nada nuestro.
La plataforma de nóminas es SaaS y el proveedor no abre webhooks.
Acta: el cuello de botella es la interfaz con el sistema legado de expedientes judiciales.
¿Cómo metemos las alertas en el flujo del operador si el GIS no permite plugins?
La API del TMS limita a 100 llamadas por hora; necesitamos 20 000.
En la aseguradora de Chile el core de pólizas cambia de versión y rompe los conectores cada vez.
Integrar con el sistema de la aduana exige un certificado que tarda meses en emitirse.
El modelo está listo desde junio esperando el conector con el CRM.
Las predicciones se quedan en un dashboard que nadie abre porque no están en la herramienta de trabajo.
El middleware de la telco no soporta el formato de mensajes que generamos.
Obra: el software de planificación de la constructora solo importa Excel con macros.
""")
add("INTEGRATION", "it", """
La previsione c'è, ma inserirla in SAP richiede un progetto di sei mesi.
Il sistema di prenotazione è un mainframe degli anni 80 senza API.
Gli operatori devono ricopiare a mano il risultato nel CRM.
La cartella clinica elettronica non accetta dati esterni.
Bloccato: il fornitore del gestionale vuole un trimestre e un preventivo per ogni interfaccia.
il WMS legge solo file piatti alle tre di notte
Il flusso di liquidazione sinistri gira su un sistema legacy che nessuno osa toccare.
Il centralino non lascia passare l'audio in tempo reale.
Chiusura: integrazione con la fatturazione non fattibile nei tempi.
Il servizio di scoring funziona, è che nessun sistema lo chiama.
Per collegarci allo SCADA serve un gateway non ancora certificato.
I tecnici usano un'app offline che non sincronizza con i nostri sistemi.
La piattaforma paghe è SaaS e il fornitore non espone webhook.
Il TMS ha un limite di cento chiamate all'ora, ce ne servono ventimila.
Ogni aggiornamento del core assicurativo rompe i connettori.
Il modello è pronto da giugno, aspetta il connettore verso il portale agenti.
Le previsioni restano in una dashboard separata, fuori dallo strumento che usano ogni giorno.
Il middleware dell'operatore telefonico non gestisce il nostro formato di messaggi.
Verbale: collo di bottiglia l'interfaccia con il sistema documentale del tribunale.
Come mettiamo gli alert nel GIS se non accetta plugin?
""")
add("INTEGRATION", "pt", """
A previsão existe, mas pôr isso no SAP é um projeto de meio ano.
O sistema de reservas é um mainframe sem API nenhuma.
Os atendentes copiam o resultado do modelo à mão no CRM.
O prontuário eletrônico do hospital não aceita dados de terceiros.
Bloqueado: o fornecedor do ERP cobra e demora um trimestre por cada interface.
o WMS só lê arquivo texto de madrugada e a previsão chega atrasada
Cada agência tem uma versão diferente do core bancário.
Encerramento: integração com o faturamento inviável no prazo.
O serviço de scoring funciona, o problema é que ninguém o chama.
Os técnicos de campo usam uma app offline que não sincroniza com nada.
O TMS limita a 100 chamadas por hora; precisamos de vinte mil.
Modelo pronto desde junho à espera do conector com o portal dos corretores.
As previsões ficam num dashboard à parte que ninguém abre porque não está na ferramenta do dia a dia.
Ata: o gargalo é a interface com o sistema legado da alfândega.
O software de obra só importa planilhas com macro.
Como é que pomos os alertas no fluxo do operador se o sistema dele não aceita plugins?
""")
add("INTEGRATION", "en", """
predictions exist but getting them into sap is a 6 month project
booking system is a mainframe no api
agents copy the score by hand into salesforce
ehr wont accept third party data
erp vendor wants a quarter and a quote per interface
wms only reads flat files at 3am so forecast lands late
every branch runs a diff core version none speak rest
claims workflow is in lotus notes yes really
switchboard cant stream audio out
scoring svc works nobody calls it
scada needs a gateway that isnt certified yet
field techs app is offline only no sync
payroll saas vendor wont expose webhooks
tms rate limit 100 per hr we need 20k
each core upgrade breaks our connectors
model ready since june waiting on crm connector
alerts sit in a separate dashboard outside the tool they actually use
jira comment: blocked on legacy interface to customs system
closing - billing integration not feasible in timeline
how do we get alerts into gis if it takes no plugins
""")
# ---------------------------------------------------------------- SECURITY_COMPLIANCE
add("SECURITY_COMPLIANCE", "es", """
El DPO no firma la evaluación de impacto hasta que sepamos dónde se guardan los audios.
Seguridad de la información lleva dos meses revisando el proveedor del LLM.
Jurídico dice que con el RGPD no podemos usar los correos de clientes para entrenar.
Bloqueado por el comité de ética del hospital, próxima sesión en febrero.
No podemos sacar datos de pacientes fuera de la UE y el servicio está en EE. UU.
Cierre: el regulador bancario pidió explicabilidad que el modelo no puede dar.
La auditoría interna marcó el piloto como riesgo alto; parado hasta nueva revisión.
en brasil la LGPD nos obliga a anonimizar y la anonimización rompe el modelo
El pentest salió con tres vulnerabilidades críticas en la API del chatbot.
Compliance no aprueba que el modelo decida sobre créditos sin intervención humana.
Los sindicatos pidieron ver el algoritmo de turnos y legal congeló el despliegue.
No hay base legal para usar las grabaciones de las cámaras de la tienda.
Ciberseguridad no deja abrir el puerto que necesita el conector a la nube.
La AEPD ha abierto consultas sobre sistemas parecidos; dirección prefiere esperar.
El contrato con el proveedor no cubre el tratamiento de datos personales, hay que renegociarlo.
¿Quién firma la DPIA? Tres áreas y ninguna quiere.
Gobierno de datos exige clasificación de todos los campos antes de dar acceso.
El AI Act clasifica esto como alto riesgo y no tenemos la documentación que pide.
Acta: suspendido por dictamen desfavorable de la asesoría jurídica.
La revisión de arquitectura de seguridad está en cola detrás de 40 proyectos.
Los datos de menores del ministerio de educación requieren autorización expresa que no tenemos.
En la farmacéutica, validación GxP exige trazabilidad que el piloto no tiene.
No se pueden mandar los contratos a un modelo externo por confidencialidad con clientes.
El CISO vetó el uso de APIs públicas de IA en toda la compañía.
""")
add("SECURITY_COMPLIANCE", "it", """
Il DPO non firma la DPIA finché non chiariamo dove finiscono le registrazioni.
La sicurezza sta valutando il fornitore dell'LLM da due mesi.
L'ufficio legale dice che col GDPR non possiamo usare le mail dei clienti per l'addestramento.
Bloccato dal comitato etico dell'ospedale, prossima seduta a febbraio.
I dati dei pazienti non possono uscire dall'UE e il servizio è negli Stati Uniti.
Chiuso: la vigilanza bancaria ha chiesto una spiegabilità che il modello non può dare.
L'audit interno ha classificato il pilota ad alto rischio.
il pentest ha trovato tre vulnerabilità critiche nell'API
La compliance non accetta decisioni sul credito senza intervento umano.
I sindacati hanno chiesto di vedere l'algoritmo dei turni e il legale ha congelato tutto.
Non c'è base giuridica per usare le immagini delle telecamere nei negozi.
La cybersecurity non apre la porta che serve al connettore cloud.
Il Garante ha aperto istruttorie su sistemi simili, la direzione preferisce aspettare.
Chi firma la valutazione d'impatto? Tre uffici, nessuno vuole.
Con l'AI Act questo è alto rischio e ci manca tutta la documentazione richiesta.
Verbale: sospeso per parere negativo dell'ufficio legale.
La revisione di sicurezza è in coda dietro a quaranta progetti.
Nel farmaceutico la convalida GxP richiede una tracciabilità che il pilota non ha.
I contratti non possono essere inviati a un modello esterno per riservatezza.
Il CISO ha vietato le API pubbliche di IA in tutta l'azienda.
""")
add("SECURITY_COMPLIANCE", "pt", """
O DPO não assina o relatório de impacto enquanto não soubermos onde ficam os áudios.
Segurança da informação está há dois meses a rever o fornecedor do LLM.
O jurídico diz que pela LGPD não podemos usar os e-mails dos clientes para treino.
Parado pelo comitê de ética do hospital até fevereiro.
Encerrado: o Banco Central pediu explicabilidade que o modelo não oferece.
a auditoria interna classificou o piloto como risco alto
O pentest encontrou vulnerabilidades críticas na API do chatbot.
Compliance não aprova decisão de crédito sem revisão humana.
Não há base legal para usar as imagens das câmaras das lojas.
A cibersegurança não libera a porta que o conector precisa.
Quem assina o RIPD? Três áreas e nenhuma quer.
Com o RGPD os dados dos doentes não podem sair da UE, e o serviço está nos EUA.
Ata: suspenso por parecer desfavorável da assessoria jurídica.
A revisão de segurança está numa fila de 40 projetos.
Os contratos não podem ir para um modelo externo por cláusula de confidencialidade.
O CISO proibiu APIs públicas de IA na empresa inteira.
""")
add("SECURITY_COMPLIANCE", "en", """
dpo wont sign the dpia until we know where the audio is stored
infosec reviewing the llm vendor for 2 months now
legal says gdpr means no training on customer emails
blocked by hospital ethics board next slot feb
patient data cant leave the eu service is us hosted
closure: regulator wants explainability model cant give
internal audit flagged it high risk on hold
pentest found 3 criticals in the chatbot api
compliance wont allow credit decisions without a human
unions asked to see the rostering algo legal froze rollout
no legal basis for using store cctv
cyber wont open the port for the cloud connector
who signs the dpia three depts nobody wants it
ai act says high risk and we have none of the docs
security arch review queue is 40 deep
gxp validation needs traceability the pilot doesnt have
cant send contracts to an external model confidentiality
ciso banned public ai apis companywide
steerco: paused pending legal opinion
lgpd anonymisation kills the signal in the brazil data
""")
# ---------------------------------------------------------------- OWNERSHIP_SPONSORSHIP
add("OWNERSHIP_SPONSORSHIP", "es", """
Desde que se fue la directora de operaciones nadie contesta los correos del proyecto.
El sponsor cambió de puesto en la reorganización y el nuevo ni sabe que existimos.
¿De quién es esto? TI dice que de negocio y negocio dice que de TI.
Cerrado: sin dueño de negocio que asuma el resultado.
El comité de dirección ha movido las prioridades a la integración de la adquisición.
Cada vez que pedimos una decisión nos mandan a otra persona.
El proyecto lo impulsaba el CEO anterior; con el nuevo, silencio.
Marketing y ventas quieren cosas opuestas y nadie arbitra.
Nadie firma la puesta en producción porque nadie quiere ser el responsable si falla.
La reunión de seguimiento se ha cancelado cuatro veces seguidas por falta de sponsor.
Producto dice que no es su roadmap; datos dice que no es su presupuesto.
Tras la fusión el piloto quedó huérfano.
las decisiones se quedan en el aire porque el comité no se ha vuelto a reunir desde marzo
En el hospital jefe de servicio y gerencia no se ponen de acuerdo en quién manda.
Este trimestre todo el foco está en el ERP nuevo; la IA queda para "más adelante".
El responsable de negocio se jubiló en junio y no se nombró sustituto.
Ningún gerente regional quiere pilotarlo en su zona.
Informe: prioridad bajada de alta a baja sin explicación en el último QBR.
La aseguradora cambió de estrategia y ahora el canal digital ya no es prioritario.
Hay tres "dueños" en el organigrama del proyecto y ninguno decide.
El sponsor sigue ahí en el papel, pero no ha venido a ningún comité este año.
Patrocinador perdido después del cambio de gobierno en la consejería.
Retro: el proyecto nunca tuvo a alguien de negocio con tiempo y autoridad.
La obra se paró y el jefe de proyecto que lo pidió se fue a otra constructora.
""")
add("OWNERSHIP_SPONSORSHIP", "it", """
Da quando è andato via il direttore operativo nessuno risponde più alle mail del progetto.
Lo sponsor è stato spostato nella riorganizzazione, il nuovo non sa nemmeno che esistiamo.
Di chi è questo progetto? L'IT dice del business, il business dice dell'IT.
Chiuso: manca un responsabile di business che si prenda il risultato.
Il board ha spostato tutte le priorità sull'integrazione della società acquisita.
Ogni volta che serve una decisione ci rimbalzano a qualcun altro.
Lo voleva il vecchio AD; con quello nuovo, silenzio totale.
Commerciale e marketing vogliono cose opposte e nessuno fa da arbitro.
nessuno firma il go live perché nessuno vuole essere responsabile se va male
Dopo la fusione il pilota è rimasto orfano.
Il primario e la direzione sanitaria non si mettono d'accordo su chi decide.
Questo trimestre tutto il focus è sul nuovo ERP, l'IA può aspettare.
Il referente di business è andato in pensione e non è stato sostituito.
Nessun responsabile di area vuole fare da pilota nella sua zona.
Priorità abbassata senza spiegazioni nell'ultima revisione trimestrale.
Nell'organigramma ci sono tre owner e nessuno decide niente.
Lo sponsor esiste sulla carta ma non si è mai visto a uno SteerCo quest'anno.
Sponsor perso dopo il cambio di giunta in regione.
Retro: nessuno dal business aveva tempo e autorità per portarlo avanti.
Lo SteerCo è stato annullato quattro volte di fila.
""")
add("OWNERSHIP_SPONSORSHIP", "pt", """
Desde que a diretora de operações saiu ninguém responde aos e-mails do projeto.
O patrocinador mudou de cargo na reestruturação e o novo nem sabe que existimos.
De quem é isto? TI diz que é do negócio e o negócio diz que é da TI.
Encerrado: sem dono de negócio para assumir o resultado.
A diretoria mudou as prioridades para a integração da empresa comprada.
o projeto era do CEO antigo, com o novo ninguém fala dele
Comercial e marketing querem coisas opostas e ninguém decide.
Depois da fusão o piloto ficou órfão.
Este trimestre o foco todo é o ERP novo, IA fica para depois.
O responsável de negócio reformou-se em junho e não houve substituto.
Nenhum gerente regional quer ser piloto na sua região.
Prioridade rebaixada sem explicação no último comitê.
Há três donos no organograma e nenhum decide.
O sponsor existe no papel mas não aparece a um comitê desde março.
Patrocínio perdido depois da troca de secretário na prefeitura.
Retro: faltou alguém do negócio com tempo e autoridade.
""")
add("OWNERSHIP_SPONSORSHIP", "en", """
since the coo left nobody answers project emails
sponsor moved in the reorg new one doesnt know we exist
whose is this - it says biz biz says it
closure: no business owner willing to own the outcome
board moved everything to the acquisition integration
every decision gets bounced to someone else
old ceo pushed it new ceo silence
sales and marketing want opposite things nobody arbitrates
nobody signs go live nobody wants to own it if it breaks
orphaned after the merger
clinical lead and mgmt cant agree who decides
all focus on the new erp this q ai can wait
biz lead retired no replacement named
no regional manager wants to pilot it in their area
priority dropped hi to lo at last qbr no reason given
3 owners on the chart zero decisions
sponsor on paper only hasnt attended a steerco this yr
lost sponsor after the election
steerco cancelled 4x in a row
retro - never had anyone from the business with time and authority
""")
# ---------------------------------------------------------------- SKILLS_GAP
add("SKILLS_GAP", "es", """
Se fue Marta, la única que entendía el pipeline, y nadie sabe tocarlo.
No tenemos ingenieros de datos; el científico de datos está haciendo de todo y no llega.
El equipo sabe Excel y algo de SQL, pero Python y Spark les suenan a chino.
Cerrado: sin perfiles de MLOps en la casa ni presupuesto para contratarlos.
La consultora se llevó el conocimiento al acabar el contrato; no hubo traspaso.
Tenemos media FTE para un proyecto que pide cuatro.
Llevamos cinco meses intentando contratar un ML engineer en Guadalajara. Nada.
nadie del equipo ha puesto nunca un modelo en producción
El único que sabía Kubernetes se cambió de equipo en septiembre.
La formación en IA se canceló y ahora esperan que el equipo aprenda solo.
¿Alguien aquí sabe de series temporales? Porque yo no.
Los analistas del banco no saben interpretar las probabilidades del modelo.
Informe: la ejecución depende de una sola persona, riesgo alto de continuidad.
RR. HH. no tiene una categoría salarial para científicos de datos, así que no podemos ofertar.
El becario que montó el prototipo terminó la beca en julio.
En la cooperativa no hay nadie con perfil técnico; el proveedor tampoco da soporte.
Retro: subestimamos la curva de aprendizaje de la plataforma nueva.
El equipo de la planta no sabe mantener las cámaras ni reetiquetar imágenes.
Dos de los tres ingenieros se fueron a la competencia en el mismo mes.
Dependemos de un freelance que factura por horas y está en otros tres proyectos.
El proveedor de nube ofrece los servicios, pero no tenemos a nadie que sepa configurarlos.
Falta gente de datos en Lima; todo lo hace el equipo de Madrid a ratos.
Acta: se pide reforzar el equipo con dos perfiles de ingeniería antes de seguir.
La persona que hablaba con los médicos y entendía los datos clínicos se jubiló.
""")
add("SKILLS_GAP", "it", """
Se n'è andata Giulia, l'unica che capiva la pipeline, e nessuno sa metterci mano.
Non abbiamo data engineer, il data scientist fa tutto e non ce la fa.
Il team conosce Excel e un po' di SQL, Python e Spark sono un altro mondo.
Chiuso: nessun profilo MLOps in azienda e niente budget per assumerne.
La società di consulenza si è portata via il know-how a fine contratto.
Mezzo FTE su un progetto che ne richiede quattro.
Cerchiamo un ML engineer da cinque mesi, zero candidati validi.
nessuno nel team ha mai messo un modello in produzione
L'unico che sapeva usare Kubernetes ha cambiato gruppo.
Hanno tagliato la formazione e ora si aspettano che impariamo da soli.
Qualcuno qui sa qualcosa di serie storiche? Io no.
Rapporto: tutto dipende da una persona sola, rischio di continuità alto.
Lo stagista che aveva fatto il prototipo ha finito lo stage a luglio.
Retro: abbiamo sottovalutato la curva di apprendimento della nuova piattaforma.
Due ingegneri su tre sono passati alla concorrenza nello stesso mese.
Dipendiamo da un freelance che lavora su altri tre progetti.
Il cloud ha i servizi, ma nessuno qui sa configurarli.
Verbale: serve rinforzare il team con due ingegneri prima di proseguire.
Gli operatori di stabilimento non sanno mantenere le telecamere né rietichettare le immagini.
La persona che parlava con i medici e capiva i dati clinici è andata in pensione.
""")
add("SKILLS_GAP", "pt", """
A Joana saiu e era a única que percebia o pipeline.
Não temos engenheiros de dados; o cientista de dados faz tudo e não dá conta.
A equipa sabe Excel e um pouco de SQL, Python é outra conversa.
Encerrado: sem perfis de MLOps na casa nem orçamento para contratar.
A consultoria levou o conhecimento embora quando acabou o contrato.
meio FTE para um projeto que precisa de quatro
Há cinco meses tentando contratar um engenheiro de ML em Recife, nada.
Ninguém da equipe já colocou um modelo em produção.
O único que sabia Kubernetes mudou de área.
O estagiário que fez o protótipo saiu em julho.
Retro: subestimámos a curva de aprendizagem da plataforma nova.
Dois dos três engenheiros foram para a concorrência no mesmo mês.
Dependemos de um freelancer que está em mais três projetos.
Relatório: execução depende de uma só pessoa, risco alto.
O RH não tem faixa salarial para cientista de dados, não conseguimos fazer proposta.
Ata: reforçar a equipe com dois engenheiros antes de continuar.
""")
add("SKILLS_GAP", "en", """
marta left she was the only one who understood the pipeline
no data engineers ds is doing everything
team knows excel and some sql python is a stretch
closure: no mlops skills inhouse no budget to hire
consultancy took the knowledge with them no handover
0.5 fte on a 4 fte job
5 months trying to hire an ml eng zero decent cvs
nobody here has ever shipped a model to prod
only k8s person moved teams in sept
ai training budget cancelled learn it yourself
anyone know time series cause i dont
bus factor of one on the whole thing
intern who built the proto finished in july
underestimated the learning curve on the new platform
2 of 3 engineers went to a competitor same month
relying on a freelancer split across 3 projects
cloud has the services nobody knows how to set them up
steerco: add 2 eng profiles before continuing
plant staff cant maintain the cameras or relabel images
hr has no pay band for data scientists cant make offers
""")
# ---------------------------------------------------------------- SCOPE_CREEP
add("SCOPE_CREEP", "es", """
Empezó siendo un clasificador de correos y ahora quieren que responda, traduzca y resuma.
Cada comité añade un país más al alcance del piloto.
Ya van 14 casos de uso en el backlog de la "primera versión".
Cerrado: el alcance creció tanto que nunca hubo una versión desplegable.
Nos pidieron "solo un dashboard más" seis veces.
La fase 1 ahora incluye lo que antes era la fase 3.
no salimos a producción porque siempre falta "una cosita más"
El MVP tiene ya más requisitos que el sistema que iba a sustituir.
Marketing pidió añadir recomendaciones personalizadas a la previsión de demanda. ¿Por qué no?
Al piloto del hospital se le sumaron urgencias, quirófanos y farmacia.
La lista de requisitos pasó de 12 a 87 en tres meses.
Acta: se aprueba ampliar el alcance a todas las líneas de negocio antes del primer despliegue.
Cada vez que enseñamos algo, sale una idea nueva que "no puede faltar".
Queríamos una planta, ahora son todas las plantas de LatAm y la de Portugal.
El chatbot de RR. HH. ahora también tiene que gestionar vacaciones, nóminas y formación.
Retro: no supimos decir que no; el primer entregable se movió cuatro veces.
Pasamos de predecir averías en trenes a optimizar todo el mantenimiento de la red.
La versión 1 se replanificó para incluir el módulo de precios.
Van a querer la app móvil también, ya lo verás.
El contrato decía un piloto en una región; ahora el cliente exige cobertura nacional.
Nadie congeló el alcance y el proyecto se convirtió en una plataforma.
En la obra añadieron control de calidad, seguridad y planificación al modelo de plazos.
Cambio de alcance número nueve, y seguimos sin usuarios reales.
El asistente legal tiene que cubrir ahora derecho laboral, mercantil y penal desde el día uno.
""")
add("SCOPE_CREEP", "it", """
Era un classificatore di email, ora deve rispondere, tradurre e riassumere.
A ogni SteerCo si aggiunge un paese al pilota.
Siamo a quattordici casi d'uso nella "prima versione".
Chiuso: lo scope è cresciuto così tanto che non c'è mai stata una versione rilasciabile.
"Solo un'altra dashboard", ce l'hanno chiesto sei volte.
non andiamo mai in produzione perché manca sempre una cosina
L'MVP ha più requisiti del sistema che doveva sostituire.
Al pilota del pronto soccorso hanno aggiunto sale operatorie e farmacia.
I requisiti sono passati da 12 a 87 in tre mesi.
Verbale: si approva l'estensione a tutte le linee di business prima del primo rilascio.
Ogni demo genera un'idea nuova che non può mancare.
Dovevamo partire da uno stabilimento, ora sono tutti quelli europei.
Retro: non abbiamo saputo dire di no, il primo rilascio è slittato quattro volte.
Da previsione guasti sui treni siamo passati a ottimizzare tutta la manutenzione.
La versione 1 è stata ripianificata per includere il modulo prezzi.
Vedrai che vorranno anche l'app mobile.
Nessuno ha congelato lo scope e il progetto è diventato una piattaforma.
Nono change request, e ancora nessun utente vero.
L'assistente legale deve coprire subito diritto del lavoro, commerciale e penale.
La fase uno adesso contiene anche quella che era la fase tre.
""")
add("SCOPE_CREEP", "pt", """
Começou como um classificador de e-mails, agora querem que responda, traduza e resuma.
Cada comitê acrescenta mais um país ao piloto.
Já são 14 casos de uso na "primeira versão".
Encerrado: o escopo cresceu tanto que nunca houve versão para produção.
Pediram "só mais um dashboard" seis vezes.
o MVP já tem mais requisitos que o sistema que ia substituir
Requisitos passaram de 12 para 87 em três meses.
Cada demo gera uma ideia nova que "não pode faltar".
Era uma fábrica, agora são todas as fábricas do Brasil e a de Aveiro.
O chatbot de RH agora também tem de tratar férias, folha e formação.
Retro: não soubemos dizer não; a primeira entrega mudou quatro vezes.
Nono pedido de mudança e ainda nenhum utilizador real.
Ninguém congelou o escopo e o projeto virou plataforma.
O contrato dizia uma região, agora o cliente quer o país inteiro.
A fase 1 agora inclui o que era a fase 3.
Vão querer o app também, pode apostar.
""")
add("SCOPE_CREEP", "en", """
started as an email classifier now it has to reply translate and summarise
every steerco adds another country
14 use cases in the first version
closure: scope grew so much there was never a shippable v1
just one more dashboard asked six times
never go live theres always one more small thing
mvp has more reqs than the system it replaces
reqs went from 12 to 87 in 3 months
each demo spawns a must have
was one plant now its all of emea
hr bot now also does leave payroll and training
couldnt say no first release slipped 4 times
change request 9 still no real users
nobody froze scope it became a platform
contract said one region client now wants national
phase 1 now includes what was phase 3
theyll want the mobile app too watch
went from train fault prediction to optimising all maintenance
v1 replanned to include the pricing module
legal assistant must cover labour commercial and criminal law day one
""")
# ---------------------------------------------------------------- USER_ADOPTION
add("USER_ADOPTION", "es", """
Las enfermeras imprimen la lista y la marcan a mano de todas formas.
Los comerciales siguen usando su Excel; la herramienta tiene 3 usuarios activos de 200.
Los despachadores no se fían de la ruta sugerida y la cambian siempre.
Cerrado: nadie lo usaba después del primer mes.
Los médicos dicen que el sistema "no conoce a sus pacientes" y lo ignoran.
Los agentes del call center cierran la ventana de sugerencias nada más abrirse.
No hubo formación ni comunicación; la gente se enteró del piloto por un correo genérico.
los jefes de almacén hacen el pedido como siempre y luego dicen que el modelo se equivocó
Las sucursales pidieron volver al proceso anterior a las dos semanas.
Uso real del asistente: 4 % de las consultas. El resto llama por teléfono al compañero.
Los ajustadores de seguros lo ven como una amenaza a su trabajo.
Los profesores no abren la plataforma de recomendaciones; prefieren sus apuntes.
Ninguna gestión del cambio prevista en el plan; se asumió que lo adoptarían solos.
En la planta lo apodaron "el adivino" y nadie le hace caso.
Los abogados revisan todo lo que propone la herramienta desde cero, así que no ahorra nada.
Acta: baja adopción en todas las regiones salvo Valencia.
¿Para qué lo vamos a usar si el encargado de turno decide igual?
Los técnicos de campo apagan la app porque les gasta la batería.
El sindicato recomendó no usar la herramienta de planificación de turnos.
Los agricultores siguen mirando el cielo; las alertas de riego les llegan y las borran.
Los operadores de red crearon una hoja paralela para "corregir" las alertas del modelo.
Retro: entregamos la herramienta sin preguntar a los usuarios cómo trabajan.
Se usa, sí: para hacer capturas y mandarlas por WhatsApp al jefe, que decide a ojo.
Tras la auditoría se vio que los operadores aceptaban sin leer o rechazaban sin leer.
""")
add("USER_ADOPTION", "it", """
Gli infermieri stampano l'elenco e lo spuntano a mano lo stesso.
I commerciali continuano con il loro Excel, 3 utenti attivi su 200.
I dispatcher non si fidano del percorso suggerito e lo cambiano sempre.
Chiuso: dopo il primo mese nessuno lo usava più.
I medici dicono che il sistema non conosce i loro pazienti e lo ignorano.
Gli operatori del call center chiudono il pannello dei suggerimenti appena si apre.
nessuna formazione nessuna comunicazione, lo hanno saputo da una mail generica
Le filiali hanno chiesto di tornare al vecchio processo dopo due settimane.
I periti assicurativi lo vedono come una minaccia al loro lavoro.
Nessuna gestione del cambiamento nel piano, si dava per scontato che lo avrebbero adottato.
In stabilimento lo chiamano "il mago" e nessuno gli dà retta.
Gli avvocati rifanno da capo tutto quello che propone lo strumento.
Verbale: adozione bassa ovunque tranne in Emilia.
Perché dovremmo usarlo se il capoturno decide comunque a modo suo?
I tecnici spengono l'app perché consuma la batteria.
I docenti non aprono la piattaforma, preferiscono i loro appunti.
Gli operatori di rete hanno un foglio parallelo per "correggere" gli alert.
Retro: abbiamo consegnato lo strumento senza chiedere agli utenti come lavorano.
Lo usano, sì: per fare screenshot da mandare al capo, che poi decide a occhio.
Uso effettivo dell'assistente: 4 % delle richieste.
""")
add("USER_ADOPTION", "pt", """
As enfermeiras imprimem a lista e marcam à mão na mesma.
Os vendedores continuam no Excel deles, 3 usuários ativos de 200.
Os despachantes não confiam na rota sugerida e mudam sempre.
Encerrado: ninguém usava depois do primeiro mês.
Os médicos dizem que o sistema não conhece os doentes deles e ignoram.
os atendentes fecham a janela de sugestões assim que abre
Não houve formação nem comunicação nenhuma.
As agências pediram para voltar ao processo antigo em duas semanas.
Os peritos de seguros veem a ferramenta como ameaça ao emprego.
Na fábrica chamam-lhe "o adivinho" e ninguém liga.
Ata: adoção baixa em todas as regionais menos no Sul.
Para que usar se o chefe de turno decide do mesmo jeito?
Os técnicos desligam a app porque gasta bateria.
Os agricultores recebem os alertas de rega e apagam.
Retro: entregámos a ferramenta sem perguntar como os utilizadores trabalham.
Usam sim, para tirar print e mandar no WhatsApp para o chefe decidir no olho.
""")
add("USER_ADOPTION", "en", """
nurses print the list and tick it by hand anyway
reps stay in their excel 3 active users of 200
dispatchers dont trust the suggested route and override it
closure: nobody used it after month one
doctors say it doesnt know their patients and ignore it
agents close the suggestions panel as soon as it opens
no training no comms they heard about it from a generic email
branches asked to go back to the old process after 2 wks
adjusters see it as a threat to their jobs
no change mgmt in the plan assumed theyd just adopt it
plant calls it the fortune teller nobody listens
lawyers redo everything it proposes from scratch so zero savings
adoption low everywhere except one region
why use it if the shift lead decides anyway
techs turn the app off it drains the battery
teachers dont open the platform
netops keep a side sheet to correct the alerts
retro - shipped without asking users how they work
they use it to screenshot and whatsapp the boss who decides by gut
assistant handles 4pct of queries rest still phone a colleague
""")
# ---------------------------------------------------------------- COST_FUNDING
add("COST_FUNDING", "es", """
La renovación de la licencia cuesta el triple de lo presupuestado.
Finanzas ha congelado todo el gasto discrecional hasta el año que viene.
Cerrado: el coste de inferencia por consulta supera lo que ahorra.
El presupuesto de la fase 2 se lo llevó el proyecto del ERP.
Solo en GPUs nos estamos gastando 40 000 € al mes para un piloto.
No hay partida para el año próximo; el proyecto muere el 31 de diciembre.
El ROI sale negativo a cinco años incluso en el escenario optimista.
nos recortaron un 50 % el presupuesto a mitad de proyecto
La consultora ya facturó el doble del presupuesto inicial y no hemos salido del POC.
Con la subida del dólar, la factura de la nube en Argentina se volvió impagable.
Acta: no se aprueba la financiación de la siguiente fase.
El coste de etiquetar las imágenes es mayor que el ahorro esperado en inspección.
La fundación que financiaba el piloto educativo no renovó la subvención.
¿Quién paga el mantenimiento? Nadie lo incluyó en el caso de negocio.
El hospital tiene que elegir entre el modelo y dos enfermeras más; eligió las enfermeras.
Los tokens del LLM se comieron el presupuesto anual en cuatro meses.
Compras pide tres ofertas y un ahorro del 20 % que no vamos a poder justificar.
El piloto se pagó con fondos de innovación que se acabaron en junio.
Ahorro estimado: 80 000 al año. Coste de operación: 120 000. Hagan cuentas.
Informe: sobrecoste del 70 % sobre lo aprobado.
El proveedor cambió el modelo de precios a por usuario y se multiplicó todo.
Dirección quiere recuperar la inversión en un año; con estos números son cinco.
En la aseguradora de Colombia recortaron el gasto en TI un 30 %.
No hay plata para la segunda ola; se queda como está.
""")
add("COST_FUNDING", "it", """
Il rinnovo della licenza costa il triplo di quanto avevamo a budget.
La finanza ha congelato tutte le spese discrezionali fino a marzo.
Chiuso: il costo di inferenza per richiesta supera il risparmio.
Il budget della fase 2 l'ha assorbito il progetto ERP.
Spendiamo 40 mila euro al mese di GPU per un pilota.
Nessuno stanziamento per l'anno prossimo, il progetto finisce il 31 dicembre.
ROI negativo a cinque anni anche nello scenario migliore.
budget tagliato del 50 % a metà progetto
La consulenza ha già fatturato il doppio del previsto e siamo ancora alla PoC.
Verbale: non viene approvato il finanziamento della fase successiva.
Etichettare le immagini costa più di quanto si risparmia nelle ispezioni.
Il bando regionale che finanziava il pilota non è stato rinnovato.
Chi paga la manutenzione? Non era nel business case.
L'ospedale ha dovuto scegliere tra il modello e due infermieri: ha scelto gli infermieri.
I token dell'LLM si sono mangiati il budget annuale in quattro mesi.
Il pilota era pagato con fondi PNRR finiti a giugno.
Risparmio stimato 80 mila l'anno, costo di esercizio 120 mila. Fate voi.
Rapporto: extracosto del 70 % rispetto all'approvato.
Il fornitore è passato al prezzo per utente e la spesa è esplosa.
La direzione vuole il rientro dell'investimento in un anno, qui ne servono cinque.
""")
add("COST_FUNDING", "pt", """
A renovação da licença custa o triplo do orçado.
O financeiro congelou todos os gastos não essenciais até o ano que vem.
Encerrado: o custo por consulta é maior do que a poupança.
O orçamento da fase 2 foi para o projeto do ERP.
Gastamos 200 mil reais por mês em GPU para um piloto.
sem verba para o próximo ano o projeto acaba em dezembro
ROI negativo em cinco anos mesmo no cenário otimista.
Cortaram metade do orçamento a meio do projeto.
A consultoria já faturou o dobro e ainda estamos na PoC.
Com o dólar a subir, a fatura da nuvem ficou impagável.
Ata: não aprovado o financiamento da fase seguinte.
Quem paga a manutenção? Ninguém pôs isso no business case.
Os tokens do LLM comeram o orçamento anual em quatro meses.
O piloto foi pago com fundos do PRR que acabaram em junho.
Relatório: derrapagem de 70 % face ao aprovado.
O fornecedor mudou para preço por utilizador e a conta multiplicou.
""")
add("COST_FUNDING", "en", """
licence renewal is 3x what we budgeted
finance froze discretionary spend till next fy
closure: inference cost per query exceeds the saving
phase 2 budget went to the erp program
40k a month on gpus for a pilot
no funding line next year project dies dec 31
roi negative over 5 yrs even best case
budget cut 50pct mid project
consultancy billed 2x and were still at poc
steerco: next phase funding not approved
labelling costs more than the inspection savings
grant not renewed
who pays for maintenance wasnt in the business case
llm token spend ate the annual budget in 4 months
pilot funded from innovation pot that ran out in june
savings 80k opex 120k do the math
70pct over approved budget
vendor switched to per seat pricing bill exploded
mgmt wants payback in 1 yr numbers say 5
cloud bill doubled with the fx rate
""")
# ---------------------------------------------------------------- TECHNICAL_FEASIBILITY
add("TECHNICAL_FEASIBILITY", "es", """
Después de seis meses el modelo no pasa del 62 % de precisión y negocio necesita el 95 %.
Cerrado: el problema no es predecible con las señales disponibles.
El OCR no lee las recetas manuscritas de los médicos, ni el mejor modelo del mercado.
Esperaban que la IA previera la demanda de un producto que nunca se ha vendido.
Los falsos positivos en fraude siguen en el 40 %, inasumible para la operación.
El chatbot se inventa cláusulas que no existen en los contratos.
con tantas clases raras el modelo solo acierta las tres más comunes
La dirección quería que el modelo acertara el precio del cobre a seis meses. Claro.
El reconocimiento de defectos falla con piezas brillantes; el reflejo lo confunde todo.
Ningún enfoque supera a la regla simple que ya usaban en el almacén.
Acta: se concluye que con la tecnología actual no se alcanza la precisión exigida.
Las transcripciones del call center con acento andaluz tienen un 35 % de error de palabra.
El modelo de rotación predice lo mismo que tirar una moneda.
El resumen automático de historias clínicas omite alergias; no se puede usar así.
¿De verdad alguien pensaba que íbamos a predecir averías sin tener ni una avería registrada en el sensor?
Retro: las expectativas eran de ciencia ficción; el problema era mucho más difícil de lo vendido.
En agricultura la variabilidad del clima hace que el error de rendimiento sea del 30 %.
El modelo de visión no distingue entre óxido y suciedad en las torres.
La traducción jurídica automática cambia el sentido de las cláusulas de responsabilidad.
Probamos tres arquitecturas distintas y todas se quedan en el mismo techo.
Pedían tiempo real en el borde con un dispositivo que no tiene ni GPU.
El modelo funciona en el laboratorio y se hunde con datos de la planta real.
Informe: la tasa de alucinación del asistente sigue por encima del 10 %.
El recall de cáncer de piel en pieles oscuras es bajísimo; no se puede desplegar.
""")
add("TECHNICAL_FEASIBILITY", "it", """
Dopo sei mesi il modello è fermo al 62 % e il business ne vuole il 95 %.
Chiuso: il fenomeno non è prevedibile con i segnali che abbiamo.
L'OCR non legge le ricette scritte a mano, neanche il miglior modello sul mercato.
Si aspettavano che l'IA prevedesse la domanda di un prodotto mai venduto.
I falsi positivi sulle frodi restano al 40 %, ingestibile.
il chatbot si inventa clausole che non esistono
Il riconoscimento difetti sbaglia sulle parti lucide, i riflessi confondono tutto.
Nessun approccio batte la regola semplice che usavano già.
Verbale: con la tecnologia attuale la precisione richiesta non è raggiungibile.
Le trascrizioni con accento napoletano hanno il 35 % di errori.
Il modello di churn è come tirare una moneta.
Il riassunto automatico delle cartelle omette le allergie.
Retro: aspettative da fantascienza, problema molto più difficile del previsto.
Il modello di visione non distingue ruggine e sporco sui tralicci.
Abbiamo provato tre architetture, tutte si fermano allo stesso tetto.
Volevano tempo reale su un dispositivo edge senza GPU.
In laboratorio funziona, in stabilimento crolla.
Rapporto: tasso di allucinazione ancora sopra il 10 %.
Pensavano davvero che avremmo previsto i guasti senza un solo guasto registrato?
Il direttore voleva il prezzo del gas a sei mesi con un margine del 2 %.
""")
add("TECHNICAL_FEASIBILITY", "pt", """
Depois de seis meses o modelo não passa dos 62 % e o negócio precisa de 95 %.
Encerrado: o fenômeno não é previsível com os sinais que temos.
O OCR não lê receitas escritas à mão.
Esperavam que a IA previsse a procura de um produto que nunca foi vendido.
falsos positivos de fraude continuam em 40 % inviável para a operação
O chatbot inventa cláusulas que não existem.
Nenhuma abordagem bate a regra simples que já usavam.
Ata: com a tecnologia atual não se atinge a precisão exigida.
As transcrições com sotaque do interior têm 35 % de erro.
O resumo automático dos prontuários omite alergias.
Retro: expectativas de ficção científica, problema muito mais difícil.
Testámos três arquiteturas e todas batem no mesmo teto.
No laboratório funciona, na fábrica real afunda.
Relatório: taxa de alucinação ainda acima de 10 %.
O modelo de visão não distingue ferrugem de sujidade nas torres.
Queriam tempo real num dispositivo sem GPU.
""")
add("TECHNICAL_FEASIBILITY", "en", """
6 months in model stuck at 62pct biz needs 95
closure: not predictable from the signals we have
ocr cant read handwritten prescriptions
they expected demand forecasts for a product never sold
fraud false positives still 40pct ops cant absorb that
chatbot invents clauses that dont exist
nothing beats the simple rule they already had
steerco: required accuracy not reachable with current tech
asr word error 35pct on regional accents
churn model is a coin flip
auto summaries drop allergies unusable
retro - sci fi expectations problem way harder than sold
vision cant tell rust from dirt on the towers
3 architectures same ceiling
wanted realtime on an edge box with no gpu
great in the lab falls apart on the shop floor
hallucination rate still above 10pct
predict failures with zero recorded failures really
recall on darker skin tones way too low to deploy
yield error 30pct weather noise dominates
""")


def main():
    rows = []
    seen = {}
    counts = {}
    for label, lang, subkind, lines in BLOCKS:
        assert label in CAUSES or label == "NONE", label
        assert lang in LANGS, lang
        assert subkind in ("positive", "neutral", "near"), subkind
        assert (label == "NONE") == (subkind != "positive"), (label, subkind)
        for text in lines:
            assert "\t" not in text and "\r" not in text, text
            key = " ".join(text.lower().split())
            assert key not in seen, "duplicate text: %r" % text
            seen[key] = True
            n = len(text.split())
            assert 2 <= n <= 45, (n, text)
            counts[(label, lang, subkind)] = counts.get((label, lang, subkind), 0) + 1
            kind = "positive" if subkind == "positive" else "negative"
            rows.append((label, kind, lang, text))
    for cause in CAUSES:
        for lang, want in POS_PER_LANG.items():
            got = counts.get((cause, lang, "positive"), 0)
            assert got == want, (cause, lang, got, want)
    for sub, table in (("neutral", NEUTRAL_PER_LANG), ("near", NEAR_PER_LANG)):
        for lang, want in table.items():
            got = counts.get(("NONE", lang, sub), 0)
            assert got == want, ("NONE", sub, lang, got, want)
    want_total = 11 * 80 + sum(NEUTRAL_PER_LANG.values()) + sum(NEAR_PER_LANG.values())
    assert len(rows) == want_total, len(rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["id", "expected_cause", "kind", "text"])
    per_lang = {}
    for label, kind, lang, text in rows:
        per_lang[lang] = per_lang.get(lang, 0) + 1
        w.writerow(["%s-%s-%04d" % (SLICE, lang, per_lang[lang]), label, kind, text])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    summary = {}
    for label, kind, lang, _ in rows:
        summary[(label, lang)] = summary.get((label, lang), 0) + 1
    for label in CAUSES + ["NONE"]:
        parts = " ".join("%s=%d" % (lg, summary.get((label, lg), 0)) for lg in LANGS)
        print("%-24s %s" % (label, parts))
    print("total", len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
