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
NEUTRAL_PER_LANG = {"es": 66, "it": 55, "pt": 44, "en": 55}
NEAR_PER_LANG = {"es": 60, "it": 50, "pt": 40, "en": 50}

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
Nadie ha etiquetdo las llamadas del call center, y sin etiquetas no entrenamos nada.
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
Hola a todos, os resumo lo de ayer: la muestra de reclamaciones que nos pasó atención al cliente solo tiene casos de Madrid y Barcelona, así que cualquier cosa que entrenemos va a fallar en el resto de provincias.
La muestra que nos dieron de pólizas no incluye rechazadas, o sea que no sirve para predecir rechazos.
En la planta de Monterrey los sensores estuvieron mal calibrados todo 2023 y nadie lo anotó.
Comentario de cierre: sin un maestro de productos limpio no hay nada que hacer, lo retomaremos cuando MDM esté.
""")
add("DATA_READINESS", "it", """
Lo storico dei guasti parte dal 2019 perché prima si segnava tutto su carta.
Abbiamo chiesto i dati di traffico della rete mobile a giugno, siamo a novembre e il ticket è ancora "in valutazione".
Chiuso: il 60 % delle bolle di consegna non ha l'orario di arrivo compilato.
il campo "motivo reso" è libero e ci trovi di tutto, anche "boh"
I dati delle serre arrivano da tre centraline di marche diverse con unità di misura diverse.
Nessuno ha mai classificato le segnalazioni dei cittadini, sono 80 mila testi grezzi.
I dati di laboratorio sono nel sistema dell'ospedale, noi vediamo solo un export trimestrale.
Il tracciato dei pagamenti cambia formato ogni volta che la banca aggiorna il sistema.
Le foto dei danni le scattano i periti col telefono, metà sono sfocate.
L'anagrafica prodotti ha 12 mila codici doppi dopo la fusione.
Di eventi di frode etichettati ne abbiamo 35. In cinque anni.
Il datalake c'è, ma i dati del magazzino di Verona non ci sono mai arrivati.
Le misure dei contatori intelligenti hanno un orologio sbagliato di un'ora metà dell'anno.
Verbale: il progetto attende la bonifica dell'anagrafica fornitori.
Il dataset di addestramento è tutto del Nord, al Sud il comportamento dei clienti è diverso.
Le trascrizioni delle udienze sono incomplete e senza indicazione di chi parla.
Abbiamo i dati dei corsi ma non gli esiti, quindi non sappiamo chi ha superato l'esame.
Rapporto: accesso ai dati HR negato in attesa di un accordo con il fornitore paghe.
I codici ATECO nei dati dei clienti sono vecchi di dieci anni.
Buone notizie sul modello, meno sui dati: l'export di ottobre è arrivato con le colonne scambiate.
""")
add("DATA_READINESS", "pt", """
O histórico de avarias só começa em 2019 porque antes era tudo em papel.
Pedimos os dados de tráfego da rede móvel em junho e o pedido continua "em análise".
Encerrado: 60 % dos comprovantes de entrega não têm hora de chegada.
o campo motivo da devolução é texto livre e tem de tudo até "sei lá"
As estufas usam três marcas de sensores com unidades diferentes.
Ninguém classificou as reclamações dos cidadãos, são 80 mil textos em bruto.
Os exames de laboratório estão no sistema do hospital; nós só vemos um export trimestral.
As fotos dos danos são tiradas pelos peritos no telemóvel e metade está desfocada.
O cadastro de produtos tem 12 mil códigos duplicados depois da fusão.
Eventos de fraude rotulados: 35. Em cinco anos.
O data lake existe, mas os dados do armazém de Campinas nunca chegaram lá.
Os contadores inteligentes têm o relógio errado uma hora durante meio ano.
Ata: o projeto aguarda a limpeza do cadastro de fornecedores.
A base de treino é toda do Sudeste, no Norte o comportamento é outro.
Temos os dados dos cursos mas não os resultados, não sabemos quem passou.
O modelo está ótimo, os dados nem por isso: o export de outubro veio com colunas trocadas.
""")
add("DATA_READINESS", "en", """
gps pings from the vans drop out in the tunnels so half the routes have holes
asked for the billing extract in may still says pending with dba team
defect images are mostly from line 2 line 4 has like 30
closing this one nobody can give us ground truth for the claims outcome
the churn flag in the dwh is just whoever cancelled by phone online cancels arent there
labels done by 3 vendors with 3 diff guidelines
we have the tickets but not the resolution codes after 2020
patient ids change when people move hospital so no longitudinal view
weather data is fine the yield data is the problem only 2 seasons
price history got overwritten every night no snapshots
csv from the stores uses comma decimals in spain dot in uk and nobody says which
model looks good on paper but trained on a sample with zero rural customers
meter readings estimated not actual for 40pct of accounts
blocked again waiting on a data sharing agreement with the carrier
free text notes in 4 languages nobody translated
timestamps in local time no tz across 6 countries
student outcomes live at each school on paper
legal docs are scans of faxes ocr gives garbage
sku master out of sync with whats actually on the shelves
steerco data cleansing ate the whole quarter
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
El modelo va fino y los datos están limpios, pero seguimos sin saber qué decisión tiene que mejorar.
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
Il documento di progetto dice "migliorare l'efficienza", senza dire quale né di quanto.
Chiuso: a fine pilota nessuno sapeva quale risultato avremmo dovuto dimostrare.
il CIO ha comprato le licenze e poi ci ha chiesto di trovare un caso d'uso
Tre stakeholder, tre definizioni diverse di "cliente a rischio".
Il risparmio promesso nella slide non è collegato a nessun numero del conto economico.
Abbiamo costruito un modello di churn ma il problema della banca era l'acquisizione.
In ospedale volevano ridurre le attese, poi si è scoperto che il collo di bottiglia sono i letti, non il triage.
Nessuno sa quanto dura oggi la pratica di rimborso, quindi non possiamo dire se siamo migliorati.
Verbale: si chiede al business di indicare una metrica di successo entro il prossimo comitato.
La PoC è stata giudicata "interessante", che in azienda vuol dire niente.
Ogni demo finisce con "bello, ma a cosa ci serve?".
Il problema l'abbiamo capito al contrario: volevano meno scorte, non meno rotture di stock.
Rapporto: obiettivi del progetto ancora in definizione dopo otto mesi.
Il KPI scelto si muove per mille motivi, non si riesce ad attribuire niente al modello.
Il bando chiedeva "un progetto di intelligenza artificiale" e ne abbiamo fatto uno. Per cosa, non si sa.
Retro: siamo partiti dalla tecnologia e non dal processo.
Quale decisione cambia se il modello dice 0,7 invece di 0,4? Nessuno ha saputo rispondere.
Il committente continua a spostare l'obiettivo tra ricavi, costi e soddisfazione.
L'assicurazione voleva "usare l'IA sui sinistri". Quali sinistri, per fare cosa?
Senza una baseline il pilota può solo "sembrare utile".
""")
add("UNCLEAR_OBJECTIVE", "pt", """
O documento do projeto diz "melhorar a eficiência", sem dizer qual nem quanto.
Encerrado: no fim do piloto ninguém sabia que resultado tínhamos de demonstrar.
o CIO comprou as licenças e depois pediu para acharmos um caso de uso
Três áreas, três definições diferentes de "cliente em risco".
A poupança prometida no slide não está ligada a nenhum número do P&L.
Fizemos um modelo de churn, mas o problema do banco era captação.
Ninguém sabe quanto tempo demora hoje um reembolso, logo não dá para dizer se melhorámos.
Ata: pede-se ao negócio uma métrica de sucesso até ao próximo comitê.
A PoC foi considerada "interessante", que aqui quer dizer nada.
Toda demo acaba com "legal, mas serve para quê?".
Percebemos o problema ao contrário: queriam menos stock, não menos ruturas.
Relatório: objetivos ainda em definição depois de oito meses.
O KPI escolhido mexe por mil motivos; não se consegue atribuir nada ao modelo.
Retro: partimos da tecnologia e não do processo.
Que decisão muda se o modelo disser 0,7 em vez de 0,4? Ninguém respondeu.
A seguradora queria "usar IA nos sinistros". Quais sinistros, para fazer o quê?
""")
add("UNCLEAR_OBJECTIVE", "en", """
what are we actually trying to improve here asking for a friend
no one can tell me the current handling time so no baseline
pilot finished everyone liked it nobody could say what it saved
genai budget came first use case second
ops wants fewer late trucks finance wants lower fuel we optimised neither
success criterion in the charter literally says tbd
turned out the bottleneck was approvals not the scoring
built a fraud model for cards their problem was wire transfers
kpi keeps changing between revenue margin and nps
steerco asked again what does good look like no answer
poc rated interesting which means nothing
we answered a question nobody on the ward was asking
savings slide has no link to any pnl line
vendor showed a cool demo and now we have a project
closure couldnt show any benefit vs current process
three stakeholders three definitions of at risk customer
no decision changes if the score is 0.4 or 0.7
objective still reads explore potential of ai
parking it until ops tells us what problem they actually want solved
8 months in and the goals are still being defined
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
Il modello gira in uno script Python schedulato sul PC sotto la scrivania di Marco.
Ogni mese qualcuno deve ricordarsi di lanciare il notebook di riaddestramento, e spesso non succede.
L'infrastruttura ci ha chiesto come facciamo il rollback: non lo sappiamo.
Per il go live mancano logging, alert e un runbook; la PoC non li prevedeva.
La PoC l'ha scritta un fornitore in R, in produzione da noi si usa solo Java.
Chiuso: nessun percorso di deploy verso gli impianti, il modello resta in laboratorio.
Il modello non è versionato, quindi nessuno sa quale file pickle sia quello buono.
i punteggi li carichiamo a mano nel gestionale ogni venerdì con un CSV
Quando il server del reparto si è riavviato, il servizio non è ripartito e nessuno se n'è accorto per dieci giorni.
Abbiamo un'accuratezza ottima, ma nessuno ha pensato a come servirlo a 300 filiali.
Verbale: la messa in esercizio richiede un team di piattaforma che oggi non esiste.
Il container pesa 14 GB e il cluster di produzione non lo accetta.
Le feature si calcolano con query diverse in sviluppo e in produzione, i risultati non tornano.
Da marzo le previsioni peggiorano piano piano e non c'è nessun cruscotto che lo mostri.
La banca richiede alta disponibilità su due data center, la PoC gira su una sola VM.
Dopo ogni aggiornamento delle librerie il modello va rimesso in piedi a mano.
Rapporto: nessun processo di retraining definito, il modello ha già 18 mesi.
Come lo monitoriamo in produzione? Domanda fatta tre volte, zero risposte.
La demo era bella ma era tutto cablato sui dati di esempio.
Il job notturno fallisce una volta su tre e lo rilanciamo a mano la mattina.
""")
add("PRODUCTION_ARCHITECTURE", "pt", """
O modelo corre num script agendado no computador da Inês, que se desliga às sete.
Cada atualização é um zip enviado por e-mail para a equipa de infraestrutura.
A produção pediu runbook, alertas e plano de rollback; a PoC não tinha nada disso.
Encerrado: não existe caminho de deploy para as subestações, o modelo ficou no laboratório.
as previsões são carregadas à mão no ERP todas as sextas com um csv
Quando o servidor reiniciou o serviço não voltou e ninguém percebeu durante dez dias.
A precisão é ótima, mas ninguém pensou em como servir 300 agências.
O container tem 12 GB e o cluster de produção recusa.
As features são calculadas de um jeito no notebook e de outro no sistema, os números não batem.
Desde março as previsões pioram devagar e não há painel nenhum que mostre isso.
O banco exige alta disponibilidade em dois data centers; a PoC está numa VM só.
Relatório: nenhum processo de retreino, o modelo já tem ano e meio.
Como vamos monitorar isso em produção? Perguntei três vezes.
A demo estava linda, mas estava tudo amarrado aos dados de exemplo.
O job noturno falha uma em cada três noites e alguém relança de manhã.
O modelo foi escrito em R pelo fornecedor e cá em produção só corre Java.
""")
add("PRODUCTION_ARCHITECTURE", "en", """
it only runs when priya kicks off the notebook on mondays
model file is called final_v3_REAL.pkl and lives on a shared drive
every release is a zip emailed to infra
no rollback plan because theres no deploy plan
poc was a streamlit app on someones laptop
found out from an angry store manager that scores stopped in sept
retrain is manual and the guy who knows how is on leave
features computed differently in prod and in the notebook numbers dont match
prod wants ha across 2 dcs poc is one vm
container is 14gb cluster rejects it
nightly job fails 1 in 3 someone reruns it by hand at 8am
no monitoring no alerts no dashboard just vibes
built for a demo dataset hardcoded paths everywhere
steerco prod needs rearchitecture deferred
who retrains when tariffs change nobody owns that
latency 9s unusable at the counter
no model registry nobody knows which version is at the plant
closure no mlops platform cant keep it alive
accuracy great but nobody planned how to serve 300 branches
drift since aug no way to measure it
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
Il punteggio c'è, ma l'operatore deve aprire un'altra finestra, copiarlo e incollarlo nel gestionale.
Il sistema di cassa dei negozi è del 2004 e accetta solo file a tracciato fisso.
Il portale dei medici di base non ha API, solo un export PDF.
Per collegarci al sistema di turnazione serve un'interfaccia che il fornitore quota 80 mila euro.
I dati del modello non arrivano alla centrale operativa perché il protocollo è proprietario.
chiuso perché il MES non accetta comandi dall'esterno
L'app funziona in test, ma in produzione il firewall tra le reti OT e IT blocca tutto.
Ogni filiale ha personalizzato il CRM a modo suo, un connettore unico non basta.
L'integrazione con il protocollo informatico del ministero richiede un accreditamento ancora in corso.
Lo strumento produce il suggerimento, ma il flusso di approvazione del credito non ha un passo dove mostrarlo.
Il sistema di biglietteria manda i dati una volta al giorno, noi ci servono ogni cinque minuti.
Il fornitore del gestionale paghe dice che l'integrazione è "in roadmap" dal 2022.
Verbale: bloccati dal team SAP, nessuna finestra di rilascio libera prima di giugno.
L'SSO aziendale non supporta l'applicazione del fornitore, gli utenti dovrebbero avere un'altra password.
Il connettore si rompe ogni volta che il CRM cambia nome a un campo.
I camion hanno tre tipi di scatola nera diversi, ognuno col suo formato.
Il modello è pronto, ma non sappiamo come farlo parlare con il sistema di prenotazione delle sale operatorie.
Lo scanner dei documenti salva su una cartella di rete che il servizio non può leggere.
Nessuno ha mappato come la previsione entra nel processo di riordino.
La centrale di allarme usa ancora messaggi via modem, non c'è modo di inviarci notifiche.
""")
add("INTEGRATION", "pt", """
O atendente tem de abrir outra janela, copiar o score e colar no sistema antigo.
O PDV das lojas é de 2005 e só aceita arquivo posicional.
O portal dos médicos não tem API nenhuma, só exporta PDF.
A interface com o sistema de escalas custa 300 mil reais segundo o fornecedor.
encerrado porque o MES não aceita comandos externos
Em teste funciona, em produção a firewall entre a rede fabril e a corporativa bloqueia tudo.
Cada concessionária personalizou o CRM à sua maneira.
A integração com o sistema da Receita exige credenciamento que ainda não saiu.
O fluxo de aprovação de crédito não tem um passo onde mostrar a sugestão do modelo.
A bilhética manda os dados uma vez por dia e nós precisamos de cinco em cinco minutos.
Ata: bloqueados pela equipa SAP, sem janela de mudança até junho.
O SSO da empresa não suporta a aplicação do fornecedor.
O modelo está aprovado pelo negócio, mas o conector parte sempre que o CRM muda o nome de um campo.
Os camiões têm três tipos de caixa negra, cada um com o seu formato.
O scanner grava numa pasta de rede que o serviço não consegue ler.
Ninguém desenhou como a previsão entra no processo de reposição.
""")
add("INTEGRATION", "en", """
score exists but agents have to alt tab and paste it into the old system
pos in the stores only takes fixed width files from 2004
gp portal has no api just a pdf export
vendor quotes 80k for the rostering interface
booking sytem is a mainframe no api
ot and it networks firewalled so the plant cant reach the service
each dealer customised the crm differently one connector wont do
customs system needs accreditation still pending
credit approval flow has no step to show the suggestion
ticketing feed is daily we need 5 min
sap team has no change window till june
sso doesnt support the vendor app users would need another password
connector breaks every time the crm renames a field
three kinds of black box on the trucks three formats
scanner writes to a network share the service cant read
nobody mapped how the forecast enters the replenishment process
model accuracy is great but still waiting on the crm connector since june
ehr wont accept third party data
erp vendor wants a quarter and a quote per interface
alarm centre still on modem messages cant push alerts
""")
# ---------------------------------------------------------------- SECURITY_COMPLIANCE
add("SECURITY_COMPLIANCE", "es", """
El DPO no firma la evaluación de impacto hasta que sepamos dónde se guardan los audios.
Seguridad de la informacion lleva dos meses revisando el proveedor del LLM.
Jurídico dice que con el RGPD no podemos usar los correos de clientes para entrenar.
Bloqueado por el comité de ética del hospital, próxima sesión en febrero.
No podemos sacar datos de pacientes fuera de la UE y el servicio está en EE. UU.
Cierre: el regulador bancario pidió explicabilidad que el modelo no puede dar.
La auditoría interna marcó el piloto como riesgo alto; parado hasta nueva revisión.
en brasil la LGPD nos obliga a anonimizar y la anonimización rompe el modelo
El pentest salió con tres vulnerabilidades críticas en la API del chatbot.
Compliance no aprueba que el modelo decida sobre créditos sin intervención humana.
Los sindicatos pidieron ver el algoritmo de turnos y legal congeló el despliegue.
Buenas tardes, después de la reunión con jurídico nos confirman que no hay base legal para usar las grabaciones de las cámaras de la tienda, ni siquiera pixeladas, así que el piloto de aforo queda en pausa indefinida.
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
Il DPO vuole sapere se le trascrizioni restano in Italia, il fornitore non risponde.
La valutazione del rischio sul fornitore cloud è ferma in procurement da novembre.
Dal legale: i consensi raccolti non coprono l'uso dei dati per addestrare modelli.
Il comitato etico ha chiesto un nuovo protocollo, si ricomincia da capo.
Chiuso: Banca d'Italia ha chiesto di documentare ogni decisione automatica e non siamo in grado.
la security non ci dà l'accesso a internet dal cluster quindi niente modelli esterni
I sindacati hanno impugnato l'uso dei dati di produttività dei magazzinieri.
Il vulnerability assessment ha trovato prompt injection sull'assistente clienti.
Le immagini delle telecamere stradali non si possono usare senza autorizzazione della prefettura.
Il regolamento interno vieta di inviare documenti classificati a servizi SaaS.
Serve una DPIA nuova per ogni ospedale della rete, sono dodici.
Il Garante potrebbe considerarlo profilazione, il legale dice di aspettare il parere.
Con l'AI Act il sistema di selezione del personale è ad alto rischio, ci manca la documentazione tecnica.
Verbale: rinvio in attesa del parere del comitato di governance dei dati.
L'audit ha scoperto che i dati sanitari erano in un bucket pubblico, progetto sospeso.
I certificati di cifratura richiesti dalla sicurezza non sono supportati dalla piattaforma.
Il fornitore del modello non firma l'accordo sul trattamento dei dati.
La farmacovigilanza richiede validazione formale di ogni versione del modello.
Il CISO chiede un pentest esterno prima del go live, prossima finestra a maggio.
Nessuno sa se i contratti dei clienti ci permettono di usare i loro documenti.
""")
add("SECURITY_COMPLIANCE", "pt", """
O encarregado de dados quer saber se as gravações ficam no Brasil; o fornecedor não responde.
A avaliação de risco do fornecedor de nuvem está parada em compras desde novembro.
Jurídico: os consentimentos recolhidos não cobrem o uso para treino de modelos.
O comité de ética pediu um protocolo novo, voltamos à estaca zero.
a segurança não libera internet no cluster então nada de modelos externos
O sindicato contestou o uso dos dados de produtividade dos operadores do armazém.
Os utilizadores gostam do assistente, mas o teste de intrusão encontrou prompt injection.
Encerrado: o regulador de seguros exige justificação de cada recusa automática.
A política interna proíbe enviar documentos classificados para SaaS.
Precisamos de um RIPD novo para cada hospital da rede, são doze.
A ANPD pode entender isto como perfilamento; o jurídico manda esperar.
Ata: adiado até ao parecer do comité de governação de dados.
A auditoria achou dados de saúde num bucket público, projeto suspenso.
O fornecedor do modelo recusa assinar o acordo de tratamento de dados.
O CISO quer pentest externo antes do go live, próxima janela em maio.
Ninguém sabe se os contratos dos clientes nos deixam usar os documentos deles.
""")
add("SECURITY_COMPLIANCE", "en", """
dpo wants to know if transcripts stay in the eu vendor not answering
vendor risk assessment stuck in procurement since nov
consent we collected doesnt cover model training per legal
ethics board wants a new protocol back to square one
cluster has no internet per security so no hosted models
union challenged use of picker productivity data
pen test found prompt injection on the customer bot
cant use traffic cam footage without police authorisation
policy says no classified docs to saas
new dpia per hospital 12 of them
regulator may see it as profiling legal says wait
ai act high risk for the hiring tool we have none of the tech docs
health data found in a public bucket project suspended
vendor refuses to sign the dpa
ciso wants external pentest before go live next slot may
nobody knows if client contracts let us use their docs
gxp validation needs traceability the pilot doesnt have
users like the bot but infosec review has been open 2 months
closure regulator wants explainability model cant give
steerco paused pending legal opinion
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
Los datos y el modelo están listos; lo que no hay es un gerente regional que quiera pilotarlo en su zona.
Informe: prioridad bajada de alta a baja sin explicación en el último QBR.
La aseguradora cambió de estrategia y ahora el canal digital ya no es prioritario.
Hay tres "dueños" en el organigrama del proyecto y ninguno decide.
El sponsor sigue ahí en el papel, pero no ha venido a ningún comité este año.
Patrocinador perdido después del cambio de gobierno en la consejería.
Retro: el proyecto nunca tuvo a alguien de negocio con tiempo y autoridad.
El jefe de obra que pidió el piloto y lo defendía en el comité se fue a otra constructora; desde entonces nadie lo reclama.
""")
add("OWNERSHIP_SPONSORSHIP", "it", """
Il direttore commerciale che aveva chiesto il progetto è passato alla concorrenza, e con lui l'interesse.
Tre mesi senza uno SteerCo: l'ultimo è stato annulato e non riprogrammato.
Chi approva il passaggio in produzione? L'IT dice il business, il business dice la compliance.
Chiuso: nessun owner di processo disposto a firmare.
Dopo l'acquisizione il gruppo ha altre priorità e nel nuovo management nessuno conosce il progetto.
il progetto lo seguiva l'assessore precedente, con la nuova giunta è sparito dall'agenda
Finanza e operations vogliono due cose diverse e lo sponsor non sceglie.
Ogni riunione c'è una persona diversa del business, nessuno ha il mandato per decidere.
Lo sponsor ci ha detto di "andare avanti", poi non ha più risposto per sei settimane.
Priorità aziendale di quest'anno: costi. Il nostro progetto non compare nella lista.
Il responsabile di stabilimento non vuole che il progetto parta da lui, e gli altri nemmeno.
Nel nuovo organigramma la data unit risponde a un'altra direzione e il progetto non ha più casa.
Verbale: in assenza di un referente di business il progetto viene messo in pausa.
La direttrice sanitaria aveva promesso un referente clinico, mai nominato.
Con il cambio di CEO il piano digitale è stato rivisto e il nostro pilota non c'è più.
Rapporto: decisioni rinviate da quattro comitati di fila.
Marketing l'ha lanciato, poi l'ha passato all'IT, che non l'ha mai voluto.
Lo sponsor firma le slide ma non viene mai alle review.
Retro: nessuno dal lato business si è sentito proprietario del risultato.
Chi paga e chi decide non sono la stessa persona, e non si parlano.
""")
add("OWNERSHIP_SPONSORSHIP", "pt", """
O diretor comercial que pediu o projeto foi para a concorrência e levou o interesse com ele.
Três meses sem comitê; o último foi cancelado e nunca remarcado.
Quem aprova a ida para produção? TI diz negócio, negócio diz compliance.
Encerrado: nenhum dono de processo quis assinar.
depois da aquisição o grupo tem outras prioridades e ninguém na nova direção sabe do projeto
Financeiro e operações querem coisas diferentes e o patrocinador não escolhe.
Em cada reunião vem uma pessoa diferente do negócio, nenhuma com mandato para decidir.
O sponsor disse "podem avançar" e depois sumiu por seis semanas.
Prioridade da empresa este ano é custo; o nosso projeto nem aparece na lista.
No novo organograma a área de dados passou para outra diretoria e o projeto ficou sem casa.
Ata: dados e equipa prontos, mas sem interlocutor de negócio o projeto fica em pausa.
A diretora clínica prometeu um responsável médico que nunca foi nomeado.
Relatório: decisões adiadas em quatro comitês seguidos.
O marketing lançou, passou para a TI, e a TI nunca quis.
O patrocinador assina os slides mas não aparece nas revisões.
Retro: ninguém do lado do negócio se sentiu dono do resultado.
""")
add("OWNERSHIP_SPONSORSHIP", "en", """
sales director who asked for this left for a competitor
no steerco in 3 months last one cancelled never rescheduled
who approves go live it says biz biz says compliance
closure no process owner willing to sign
after the acquisition nobody in the new mgmt knows the project
previous mayor backed it new council dropped it
finance and ops want different things sponsor wont pick
different biz person at every meeting none can decide
sponsor said go ahead then ghosted for 6 weeks
company priority this year is cost were not on the list
reorg moved data unit under another vp project has no home
clinical lead was promised never named
decisions deferred 4 steerco in a row
marketing launched it handed to it who never wanted it
sponsor signs the slides never shows up to reviews
whoever pays and whoever decides arent the same person and dont talk
plant manager doesnt want it in his plant nor does anyone else
data and team ready but no business counterpart so paused
old ceo pushed it new ceo silence
retro never had anyone from the business with time and authority
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
El proveedor de nube nos ofrece todos los servicios gestionados que queramos, el problema es que en el equipo no hay nadie que sepa configurarlos ni mantenerlos, y la formación que pedimos en mayo sigue sin fecha.
Falta gente de datos en Lima; todo lo hace el equipo de Madrid a ratos.
Acta: se pide reforzar el equipo con dos perfiles de ingeniería antes de seguir.
La persona que hablaba con los médicos y entendía los datos clínicos se jubiló.
""")
add("SKILLS_GAP", "it", """
Il tizio che aveva scritto tutta la feature engineering è andato in Germania, il codice non lo capisce nessuno.
Abbiamo un solo data scientist condiviso tra sei progetti.
Nessuno in casa sa gestire una GPU, il server acquistato è ancora nell'imballo.
Chiuso: il fornitore ha ritirato il team e internamente non c'erano competenze per proseguire.
Gli annunci per MLOps engineer restano aperti da mesi, lo stipendio che offriamo è fuori mercato.
il team BI sa fare report ma di modelli non sa niente
Il passaggio di consegne dalla consulenza è stato un pomeriggio con dieci slide.
Rapporto: risorsa chiave in maternità, attività ferme fino a settembre.
Chi sa riaddestrarlo? Solo Andrea, ed è in ferie tre settimane.
Gli ingegneri di processo non hanno tempo di affiancarci per etichettare.
Abbiamo comprato la piattaforma, ma nessuno ha fatto il corso.
Il data engineer è stato spostato sul progetto ERP a tempo pieno.
Le competenze sul dominio assicurativo ce le ha solo un attuario vicino alla pensione.
Retro: abbiamo assunto profili junior senza nessuno senior a guidarli.
In ospedale nessuno del SIA sa cosa sia un endpoint di inferenza.
Il turnover nel team dati è stato del 50 % quest'anno.
Servirebbe qualcuno che sappia Spark, noi siamo tutti analisti Excel.
Verbale: senza almeno un ML engineer dedicato non si riparte.
La documentazione non esiste, era tutto nella testa di chi è andato via.
Il partner tecnologico ha cambiato il team tre volte in sei mesi.
""")
add("SKILLS_GAP", "pt", """
O rapaz que fez toda a engenharia de features foi para a Alemanha e ninguém entende o código.
Temos um único cientista de dados partilhado por seis projetos.
Ninguém em casa sabe operar uma GPU; o servidor ainda está na caixa.
Encerrado: o fornecedor retirou a equipa e internamente não havia competência para continuar.
as vagas de engenheiro de MLOps estão abertas há meses e o salário está fora do mercado
A passagem de conhecimento da consultoria foi uma tarde com dez slides.
Relatório: a pessoa-chave do projeto está de licença de maternidade, atividades paradas até setembro.
Quem sabe retreinar? Só o André, e está de férias três semanas.
Compramos a plataforma, mas ninguém fez o curso.
O engenheiro de dados foi realocado a tempo inteiro no projeto do ERP.
Retro: contratámos juniores sem nenhum sénior para os orientar.
Rotatividade de 50 % na equipe de dados este ano.
Precisávamos de alguém que saiba Spark; aqui somos todos analistas de Excel.
Ata: sem um engenheiro de ML dedicado não se retoma.
Não há documentação, estava tudo na cabeça de quem saiu.
O parceiro trocou a equipe três vezes em seis meses.
""")
add("SKILLS_GAP", "en", """
guy who wrote all the feature eng moved to berlin nobody gets the code
one ds shared across 6 projects
bought a gpu server its still in the box nobody knows how to run it
vendor pulled their team and we had nobody inhouse to continue
mlops reqs open for months our salary band is way below market
bi team does reports not models
handover from the consultancy was one afternoon and 10 slides
key person on mat leave work paused till sept
only andrea can retrain and hes off 3 wks
process engineers have no time to help label
we bought the platform nobody did the training
our only de got pulled onto the erp full time
claims domain knowledge sits with one actuary about to retire
hired juniors with no senior to guide them
50pct attrition in the data team this year
need someone who knows spark were all excel analysts
no docs it was all in the head of whoever left
partner rotated their team 3 times in 6 months
5 months tryng to hire an ml eng zero decent cvs
infra is fine now but the only k8s person moved teams in sept
""")
# ---------------------------------------------------------------- SCOPE_CREEP
add("SCOPE_CREEP", "es", """
Empezó siendo un clasificador de correos y ahora quieren que responda, traduzca y resuma.
Cada comité añade un país más al alcance del piloto.
Ya van 14 casos de uso en el backlog de la "primera versión".
Cerrado: el alcance creció tanto que nunca hubo una versión desplegable.
Nos pideron "solo un dashboard más" seis veces.
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
Según el contrato firmado en enero el piloto era en una sola región, pero desde la última reunión el cliente exige cobertura nacional, integración con los tres call centers y reportes diarios por sucursal antes de cualquier salida.
Nadie congeló el alcance y el proyecto se convirtió en una plataforma.
En la obra añadieron control de calidad, seguridad y planificación al modelo de plazos.
Cambio de alcance número nueve, y seguimos sin usuarios reales.
El asistente legal tiene que cubrir ahora derecho laboral, mercantil y penal desde el día uno.
""")
add("SCOPE_CREEP", "it", """
Doveva essere un assistente per una sola linea di prodotto, adesso le copre tutte e dodici.
Ad ogni revisione arriva una nuova lingua da supportare, siamo a sette.
Chiuso: il perimetro si è allargato fino a diventare un programma pluriennale senza un primo rilascio.
la lista delle funzionalità "indispensabili" per il go live è lunga quattro pagine
Abbiamo aggiunto la previsione dei resi, poi dei prezzi, poi del personale. Il modello di partenza è ancora in test.
Il cliente ha chiesto anche l'analisi del sentiment, "visto che ci siete".
Lo SteerCo ha approvato tre nuovi casi d'uso prima di chiudere il primo.
Il prototipo per un reparto è diventato il progetto per tutta l'azienda sanitaria.
La data del rilascio slitta a ogni nuova richiesta del marketing.
Verbale: si inseriscono nel perimetro anche le filiali estere.
Rapporto: backlog triplicato da gennaio, zero funzionalità in produzione.
Nessuno ha il coraggio di dire "questo va nella versione 2".
Dalla classificazione dei ticket siamo arrivati a voler rifare tutto l'help desk.
Retro: il perimetro non è mai stato fissato per iscritto.
Adesso vogliono anche la dashboard per il CdA, con drill down per regione.
Il chatbot doveva rispondere su orari e tariffe, ora deve gestire anche i reclami e i rimborsi.
Il pilota agricolo è passato da una coltura a venti.
Le demo vanno bene e gli utenti sono contenti, ma ognuna genera un'idea nuova che non può mancare.
Dovevamo fare un modello, alla fine stiamo costruendo una piattaforma.
Dieci change request in due mesi, tutte approvate.
""")
add("SCOPE_CREEP", "pt", """
Era para ser um assistente para uma linha de produto; agora cobre as doze.
A cada revisão entra mais uma língua, já vamos em sete.
Encerrado: o perímetro cresceu até virar um programa plurianual sem primeira entrega.
a lista de funcionalidades "obrigatórias" para o go live tem quatro páginas
Acrescentámos previsão de devoluções, depois de preços, depois de pessoal; o modelo inicial continua em teste.
O cliente pediu também análise de sentimento, "já que estão aí".
O comitê aprovou três casos de uso novos antes de fechar o primeiro.
O protótipo para uma ala virou projeto para o hospital inteiro.
A data de entrega escorrega a cada pedido novo do marketing.
Relatório: backlog triplicou desde janeiro, nada em produção.
Ninguém tem coragem de dizer "isto fica para a versão 2".
Da classificação de tickets passámos a querer refazer o service desk todo.
Agora querem também o painel para o conselho com drill down por estado.
O chatbot devia responder sobre horários, agora tem de tratar reclamações e reembolsos.
O piloto agrícola passou de uma cultura para vinte.
Dez pedidos de mudança em dois meses, todos aprovados.
""")
add("SCOPE_CREEP", "en", """
was meant for one product line now covers all 12
every review adds a language were at 7
closure scope grew into a multi year programme with no first release
go live must haves list is 4 pages
added returns forecast then pricing then staffing the original model is still in test
client also wants sentiment since youre there anyway
steerco approved 3 new use cases before the first one shipped
one ward prototype became the whole hospital trust
release date slips with every marketing ask
backlog tripled since jan nothing in prod
nobody dares say that goes in v2
from ticket tagging to rebuilding the whole helpdesk
now they want a board dashboard with drill down by region
bot was for opening hours now handles complaints and refunds
farm pilot went from one crop to twenty
10 crs in 2 months all approved
scope never written down so it never stopped growing
theyll want the mobile app too watch
demos go well users happy and each one spawns another must have
mvp has more reqs than the system it replaces
""")
# ---------------------------------------------------------------- USER_ADOPTION
add("USER_ADOPTION", "es", """
Las enfermeras imprimen la lista y la marcan a mano de todas formas.
Los comerciales siguen usando su Excel; la herramienta tiene 3 usuarios activos de 200.
Los despachadores no se fian de la ruta sugerida y la cambian siempre.
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
I capisquadra stampano ancora il piano turni dal vecchio sistema e lo appendono in bacheca.
Su 150 agenti, 12 hanno fatto login almeno una volta il mese scorso.
I geometri dicono che lo strumento "non conosce il cantiere" e tirano dritto.
Chiuso: gli utenti hanno continuato a lavorare come prima, lo strumento è rimasto inutilizzato.
gli insegnanti dicono che il sistema di suggerimenti è una perdita di tempo
I call center hanno imparato a cliccare "ignora" senza leggere.
Nessuno ha spiegato agli sportellisti perché dovrebbero usarlo.
Le infermiere del turno di notte non lo aprono, dicono che rallenta il giro letti.
I magazzinieri fanno il contrario di quello che suggerisce, per principio.
I venditori lo vivono come un controllo dall'alto e lo evitano.
Verbale: adozione al 9 % dopo tre mesi dal rilascio.
Il pilota funziona, ma i capiarea hanno chiesto di tornare al file Excel.
Gli agronomi ricevono gli alert via mail e li archiviano senza aprirli.
Retro: nessun piano di change management, abbiamo solo mandato una mail.
Perché dovrei fidarmi di un numero che non so da dove viene? Cit. un perito.
I tecnici di rete hanno creato un gruppo WhatsApp parallelo per decidere gli interventi.
Ufficialmente lo usano tutti, di fatto lo apre solo il responsabile per il report mensile.
Nei negozi hanno coperto il tablet con i volantini.
I medici di pronto soccorso lo trovano troppo lento e decidono prima che risponda.
Le segretarie dello studio legale lo chiamano "il giocattolo" e continuano a archiviare a mano.
""")
add("USER_ADOPTION", "pt", """
Os chefes de equipa ainda imprimem a escala do sistema antigo e penduram no quadro.
De 150 corretores, 12 entraram pelo menos uma vez no mês passado.
Os engenheiros de obra dizem que a ferramenta "não conhece a obra" e seguem em frente.
Encerrado: os utilizadores continuaram a trabalhar como antes.
os professores dizem que as sugestões são perda de tempo
No call center aprenderam a clicar em "ignorar" sem ler.
Ninguem explicou aos caixas porque deveriam usar aquilo.
As enfermeiras da noite não abrem, dizem que atrasa a ronda.
Os vendedores veem a ferramenta como vigilância e fogem dela.
Ata: adoção de 9 % três meses depois do lançamento.
Os agrónomos recebem os alertas por e-mail e arquivam sem abrir.
Por que eu confiaria num número que não sei de onde vem? Palavras de um perito.
Oficialmente todos usam; na prática só o gestor abre para o relatório mensal.
Nas lojas taparam o tablet com folhetos.
Os médicos da urgência acham lento e decidem antes de ele responder.
Retro: nenhum plano de gestão da mudança, só um e-mail.
""")
add("USER_ADOPTION", "en", """
shift leads still print the old roster and pin it on the board
12 of 150 brokers logged in last month
site engineers say it doesnt know the site and ignore it
closure users kept working as before tool unused
teachers say the suggestions are a waste of time
agents learned to click dismiss without reading
nobody told the tellers why they should use it
night nurses dont open it says it slows the round
pickers do the opposite of what it suggests on principle
reps see it as surveillance and avoid it
adoption 9pct 3 months after launch
agronomists get the alerts by email and archive them unread
why would i trust a number i cant explain quote from an adjuster
netops run a parallel whatsapp group to decide dispatches
officially everyone uses it in practice only the manager opens it for the monthly report
stores covered the tablet with flyers
ed doctors decide before it even answers
paralegals call it the toy and keep filing by hand
no change mgmt in the plan assumed theyd just adopt it
app is stable and integrated but techs switch it off cause it drains the battery
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
Informe: el modelo cumple los objetivos técnicos, pero vamos un 70 % por encima del coste aprobado.
El proveedor cambió el modelo de precios a por usuario y se multiplicó todo.
Dirección quiere recuperar la inversión en un año; con estos números son cinco.
En la aseguradora de Colombia recortaron el gasto en TI un 30 %.
No hay plata para la segunda ola; se queda como está.
""")
add("COST_FUNDING", "it", """
Il preventivo per portarlo in produzione è arrivato: 600 mila euro. Il CFO ha riso.
A budget 2025 la voce IA è passata da 1,2 milioni a zero.
Ogni chiamata al modello ci costa 4 centesimi, su 3 milioni di pratiche l'anno non sta in piedi.
Chiuso: il caso di business non regge con i costi di esercizio reali.
la nuvola ci costa più del personale che doveva sostituire
Il contributo regionale copriva solo il pilota, per l'esercizio non c'è un euro.
Spending review: tutti i progetti non obbligatori rinviati al 2026.
Il fornitore ha radoppiato il canone al rinovo, prendere o lasciare.
Per etichettare le radiografie servono radiologi a 120 euro l'ora.
Siamo già al 140 % del budget approvato e la PoC non è finita.
Il payback calcolato è di sette anni, la soglia aziendale è due.
Verbale: la fase di industrializzazione non trova copertura nel piano triennale.
I costi di storage dei video delle telecamere sono esplosi dopo tre mesi.
Chi paga il supporto 24/7? Non era previsto da nessuna parte.
La controllata brasiliana ha tagliato gli investimenti con il cambio sfavorevole.
Il comune ha chiuso il bilancio in rosso, niente fondi per la seconda fase.
Con quello che costa l'hardware edge per 400 punti vendita, conviene tenere il processo manuale.
Rapporto: sforamento di 300 mila euro su licenze e consulenza.
La direzione ha chiesto un ROI al primo anno, impossibile con questi numeri.
Finanziamento sospeso in attesa del nuovo piano industriale.
""")
add("COST_FUNDING", "pt", """
Chegou o orçamento para ir a produção: 3 milhões de reais. O CFO riu.
No orçamento do próximo ano a linha de IA passou de 1,2 milhões para zero.
Cada chamada ao modelo custa 20 centavos; em 3 milhões de processos por ano não fecha a conta.
Encerrado: o business case não se aguenta com os custos reais de operação.
a nuvem custa mais do que a equipa que ia substituir
O fundo europeu pagava só o piloto, para operar não há um euro.
O fornecedor dobrou a mensalidade na renovação, é pegar ou largar.
Para rotular as radiografias precisamos de radiologistas a 100 euros à hora.
Já estamos em 140 % do orçamento aprovado e a PoC não acabou.
Payback calculado de sete anos; a política da empresa pede dois.
Ata: a fase de industrialização não tem cabimento no plano plurianual.
Quem paga o suporte 24/7? Não estava previsto em lado nenhum.
A prefeitura fechou as contas no vermelho, sem verba para a segunda fase.
Com o preço do hardware para 400 lojas, compensa manter o processo manual.
Relatório: estouro de 300 mil em licenças e consultoria.
Financiamento suspenso à espera do novo plano estratégico.
""")
add("COST_FUNDING", "en", """
quote to productionise came in at 600k cfo laughed
ai line in next years budget went from 1.2m to zero
4 cents a call times 3m cases a yr doesnt add up
closure business case doesnt survive real running costs
cloud bill higher than the team it was meant to replace
eu grant covered the pilot only nothing for run
vendor doubled the subscription at renewal take it or leave it
labelling xrays needs radiologists at 120 an hour
140pct of approved budget and poc not done
payback 7 yrs policy says 2
no room in the 3 yr plan for industrialisation
who pays for 24/7 support nobody budgeted it
council finished the yr in the red no money for phase 2
edge hardware for 400 stores costs more than doing it by hand
300k overrun on licences and consulting
funding on hold pending new strategic plan
licence renewal is 3x what we budgeted
llm token spend ate the annual budget in 4 months
finance froze discretionary spend till next fy
brazil unit cut capex after the fx hit
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
Los datos son buenos y abundantes, y aun así tres arquitecturas distintas se quedan en el mismo techo.
Pedían tiempo real en el borde con un dispositivo que no tiene ni GPU.
En el laboratorio el modelo de visión detecta el 97 % de los defectos, pero en la línea real, con polvo, vibración y luz cambiante, baja al 55 % y ninguna de las pruebas que hicimos lo mejora.
Informe: la tasa de alucinación del asistente sigue por encima del 10 %.
El recall de cáncer de piel en pieles oscuras es bajísimo; no se puede desplegar.
""")
add("TECHNICAL_FEASIBILITY", "it", """
Anche con tutti i dati del mondo, il ritardo dei fornitori dipende da cose che non vediamo.
L'accuratezza è ferma al 71 %, l'obiettivo concordato era 90 e non ci arriviamo.
Chiuso: il segnale nei dati è troppo debole per prevedere i guasti con anticipo utile.
il riconoscimento vocale in cantiere col rumore dei martelli non capisce una parola
Ci avevano chiesto di prevedere le vendite del nuovo prodotto senza nessuno storico.
Il modello di estrazione dalle fatture sbaglia le tabelle su più pagine.
Troppi falsi allarmi: su cento alert, novantadue sono inutili.
L'assistente confonde normative regionali diverse e cita articoli abrogati.
Le radiografie pediatriche sono troppo poche e troppo diverse, il modello non generalizza.
Il traduttore automatico rovina la terminologia farmaceutica, inutilizzabile per i foglietti illustrativi.
Il benchmark pubblico dava 95 %, sui nostri documenti siamo al 60.
Verbale: il problema, così come posto, non è risolvibile con l'apprendimento automatico.
Volevano prevedere le frane con una settimana d'anticipo. Magari.
Rapporto: dopo quattro iterazioni nessun miglioramento significativo.
La segmentazione dei campi agricoli da satellite fallisce con le nuvole, cioè mezzo anno.
Non riusciamo a distinguere una frode vera da un errore di digitazione.
Il modello non sa dire "non lo so" e risponde sicuro anche quando sbaglia.
Il sistema di raccomandazione consiglia sempre gli stessi cinque prodotti.
La previsione della domanda elettrica sbaglia proprio nei giorni di picco, quelli che contano.
Su 40 classi di difetto ne riconosce bene 6.
""")
add("TECHNICAL_FEASIBILITY", "pt", """
Mesmo com todos os dados do mundo, o atraso dos fornecedores depende de coisas que não vemos.
A acuracia travou em 71% e a meta combinada era 90.
Encerrado: o sinal nos dados é fraco demais para prever falhas com antecedência útil.
o reconhecimento de voz na obra com barulho de martelo não percebe nada
A extração de notas fiscais erra as tabelas que passam de uma página.
Falsos alarmes demais: de cada cem alertas, noventa e dois são inúteis.
O assistente mistura legislação de estados diferentes e cita artigos revogados.
As radiografias pediátricas são poucas e muito diferentes, o modelo não generaliza.
O benchmark público dava 95 %, nos nossos documentos ficamos nos 60.
Ata: o problema, tal como está posto, não se resolve com aprendizagem automática.
Queriam prever deslizamentos com uma semana de antecedência. Quem dera.
Relatório: quatro iterações sem melhoria significativa.
Não conseguimos distinguir fraude de erro de digitação.
O modelo não sabe dizer "não sei" e responde com confiança mesmo errado.
A previsão de carga elétrica falha justamente nos dias de pico.
De 40 classes de defeito reconhece bem 6.
""")
add("TECHNICAL_FEASIBILITY", "en", """
even with perfect data supplier delays depend on stuff we cant see
stuck at 71 target was 90 not getting there
closure signal too weak to predict failures early enough to matter
voice recognition on site with jackhammers cant catch a word
invoice extraction breaks on tables that span pages
92 of 100 alerts are noise
assistant mixes up state regulations and cites repealed articles
paediatric xrays too few and too varied model doesnt generalise
public benchmark said 95 on our docs its 60
steerco problem as framed isnt solvable with ml
they wanted landslides predicted a week ahead sure
4 iterations no meaningful gain
cant tell real fraud from a typo
model never says i dont know confidently wrong
recommender pushes the same 5 products to everyone
load forecast misses exactly on peak days the ones that matter
recognises 6 of 40 defect classes
ocr cant read handwriten prescriptions
chatbot invents clauses that dont exist
great in the lab falls apart on the shop floor
""")
# ---------------------------------------------------------------- NONE: neutral (es)
add("NONE", "es", """
Paso 1: iniciar sesión como administrador. Paso 2: abrir Pedidos. Resultado: la lista carga en orden.
Criterio de aceptación: al pulsar "Guardar" aparece el mensaje de confirmación en verde.
Texto del botón: "Descargar informe en PDF".
Versión 2.4.1 publicada: corrige el cálculo del IVA en facturas rectificativas.
Reunión de seguimiento movida al jueves a las 10:30, sala Mar Menor.
Avance semanal: terminadas las pantallas de alta de proveedor, pendiente la de baja.
Bug: el campo fecha de nacimiento acepta el 31 de febrero.
¿El campo "centro" es obligatorio en el formulario de ingreso o solo recomendado?
Hola, ¿alguna novedad con este ticket?
Probado en Chrome y Firefox; en Safari el desplegable se ve cortado.
Se actualiza la dependencia de la librería de PDF a la última versión estable.
Adjunto captura del error 404 al abrir el enlace del correo de bienvenida.
Cambiado el color del encabezado al azul corporativo según guía de estilo.
La demo para el área de logística queda el martes 14 por Teams.
Añadida paginación a la tabla de envíos, 50 filas por página.
Duplicado de PROY-482, cierro este.
El informe de ventas mensual ya incluye la columna de devoluciones.
Recordatorio: mañana no hay daily por el festivo en Madrid.
Revisado el texto legal del pie de página; sin cambios.
Se renombró la variable fechaAlta a fecha_alta para seguir la convención.
El botón "Siguiente" queda deshabilitado hasta completar los campos obligatorios.
Caso de prueba 12: introducir un código postal de 4 dígitos. Esperado: mensaje de error.
¿Quién puede revisar el PR de hoy? Son tres líneas.
El mapa de rutas se carga en 2 segundos en la red de la oficina.
El error de redondeo en los importes de la póliza queda corregido en la rama principal.
Acta: asistentes Lucía, Andrés, Pilar. Próxima reunión el día 3.
Subido el manual de usuario actualizado a la carpeta compartida.
Cuando el paciente no tiene segundo apellido, el informe muestra "null". Corregir.
La exportación a Excel mantiene ahora el formato de fecha dd/mm/aaaa.
Sprint 18 cerrado con 34 puntos completados.
Gracias, lo reviso después de comer.
Se agregó el logo nuevo en la pantalla de inicio de la app de la tienda.
Texto de ayuda: "Introduce el número de expediente sin guiones".
En la vista de agenda, los turnos de noche aparecen en el día siguiente. Revisar zona horaria.
Traducción al portugués del menú principal pendiente de revisión.
El filtro por fecha de la lista de facturas no incluye el último día del rango.
Asigno a Diego para que lo mire esta semana.
¿Esta tarea va en el sprint actual o en el siguiente?
Actualizado el diagrama de flujo del proceso de devoluciones.
El PDF del certificado sale con márgenes distintos en impresoras HP.
Notas de la versión: nuevo filtro por almacén, mejora de rendimiento en búsquedas.
Cambio el estado a "En revisión".
La plantilla del correo de cita médica ahora incluye la dirección del centro.
Reproducido en preproducción con el usuario de pruebas 07.
Falta el acento en "Configuración" en el menú lateral.
La formación a los usuarios clave será presencial en la sede de Bogotá.
Validado por QA, listo para pasar a la siguiente versión.
Enviado el calendario de vacaciones del equipo para diciembre.
El contador de notificaciones no se reinicia al marcar todas como leídas.
Se ha añadido el campo "matrícula" al formulario de entregas.
Commit: refactor del servicio de tarifas, sin cambios funcionales.
Checklist de despliegue revisado con operaciones.
La tabla de tarifas de roaming se actualiza el día 1 de cada mes.
¿Puedes compartir la grabación de la demo de ayer?
Bug menor: el tooltip del icono de descarga dice "Descaragr".
El listado de alumnos se ordena ahora por apellido.
Hecho. Cierro el ticket.
El endpoint de consulta de stock devuelve 200 con lista vacía si no hay productos.
Resultado de la prueba de carga: 500 usuarios concurrentes sin errores.
En la app de obra, la foto se guarda con la fecha y la geolocalización.
Actualizamos la portada de la intranet con la noticia del aniversario.
Pendiente de confirmar el horario del taller con el proveedor.
La nueva versión del contrato tipo ya está en la plantilla.
Corregido el typo en la etiqueta "Teléfono de contaco".
Se reemplazó el icono de la papelera por uno más visible.
Mañana sincronizamos con el equipo de Lisboa sobre el calendario del Q1.
""", "neutral")
# ---------------------------------------------------------------- NONE: near misses (es)
add("NONE", "es", """
Sin problemas de datos por ahora: el histórico está completo y validado.
Acceso al CRM concedido el lunes; desbloqueado.
Si recortan el presupuesto pararíamos, pero no es el caso: la fase 2 está aprobada.
Los usuarios están encantados con la nueva vista de triaje.
Se añadió el campo "centro de coste" al formulario de compras.
El campo "propietario" es obligatorio en la ficha del activo.
Alcance de este ticket: solo la página de login.
La suite de pruebas de integración está en verde.
Nuevo grupo de seguridad creado para el bucket de logs de pruebas.
La función objetivo del optimizador de rutas minimiza kilómetros; revisada y correcta.
El DPO revisó la evaluación de impacto y la aprobó sin comentarios.
El sponsor estuvo en el comité y confirmó la financiación hasta 2027.
Contratamos dos ingenieros de datos en octubre; el equipo ya está completo.
El modelo supera el 94 % de precisión en el conjunto de validación, por encima del objetivo.
Despliegue automático vía CI/CD funcionando desde la semana pasada.
El KPI está acordado con finanzas: reducción del 10 % en el tiempo de cierre.
El conector con SAP quedó operativo ayer por la tarde.
No hubo cambios de alcance en este sprint.
La adopción en las sucursales supera el 80 % a los dos meses.
La auditoría de seguridad no encontró vulnerabilidades.
Revisado el coste de la nube: por debajo de lo presupuestado.
En caso de que falte el sponsor, el plan B es que asuma la directora de ventas; de momento no hace falta.
La calidad de los datos de sensores mejoró mucho tras el cambio de proveedor.
¿Hay algún riesgo de RGPD? Jurídico confirma que no, los datos están anonimizados.
El monitoreo del modelo ya está activo en Grafana con alertas de drift.
Los agentes usan las sugerencias en el 70 % de las llamadas.
La dueña del proceso de siniestros firmó el paso a producción.
El equipo de la planta aprendió a reetiquetar imágenes en una tarde.
Integración continua configurada para el repo de la app móvil.
El presupuesto del evento de Navidad se cerró en 3 000 €.
La seguridad del edificio pide registrar las visitas en recepción.
El objetivo de la reunión es repasar la agenda del trimestre.
Las etiquetas de los productos se imprimen bien en la nueva impresora.
Se migraron los datos del ERP sin incidencias.
El piloto del hospital salió a producción y los médicos lo usan a diario.
Nada de deuda técnica pendiente en el servicio de scoring.
Riesgo identificado en marzo (acceso a datos) ya mitigado y cerrado.
La latencia bajó a 120 ms, dentro del SLA.
El comité aprobó la ampliación del equipo sin objeciones.
No se detectaron sesgos relevantes en la revisión del modelo de crédito.
El proveedor bajó el precio de la licencia un 15 % en la renovación.
La API del core bancario respondió bien en la SIT.
El cliente validó el MVP en la UAT sin pedir cambios.
La migración del sistema legado a la nube terminó según plan.
La formación de usuarios se completó y las valoraciones son muy buenas.
Pregunta de examen del curso: ¿qué es el sobreajuste? Respuesta en la diapositiva 12.
El owner del repositorio es el equipo de plataforma, según el fichero CODEOWNERS.
Permisos de lectura en el data lake concedidos a todo el equipo.
Si la precisión bajara del 90 % reentrenaríamos, pero está estable en 93 %.
El campo "presupuesto" del formulario acepta ahora decimales.
El equipo de datos entregó el dataset etiquetado completo antes de plazo.
Las enfermeras pidieron más funciones porque ya lo usan en cada turno.
La seguridad alimentaria del almacén de Valencia pasó la inspección anual.
El alcance de la prueba de carga es solo el módulo de pagos.
El director general presentó el proyecto como caso de éxito en la convención.
La integración del nuevo empleado en el equipo fue muy fácil, bienvenido Tomás.
Cumplimiento normativo revisó el texto del consentimiento y lo dio por bueno.
El coste por consulta está por debajo de un céntimo, dentro del caso de negocio.
La demanda de la app creció un 30 % tras el lanzamiento.
Ningún bloqueo esta semana; todo según plan.
""", "near")
# ---------------------------------------------------------------- NONE: neutral (it)
add("NONE", "it", """
Passi: accedere con utente di test, aprire Pratiche, filtrare per stato "Aperta". Esito: 14 righe come atteso.
Criterio di accettazione: l'utente può scaricare la fattura in formato XML.
Etichetta del campo: "Codice fiscale del beneficiario".
Versione 4.0.2: risolto il crash all'apertura della mappa delle fermate.
La call di allineamento di domani è spostata alle 15.
Questa settimana: completato il modulo prenotazione visite, iniziato quello delle disdette.
Bug: la ricerca per cognome non trova i nomi con l'apostrofo, tipo D'Angelo.
Il campo "piano" nella scheda dell'immobile è numerico o testo?
Ci sono aggiornamenti?
Su iPhone la tastiera copre il pulsante "Conferma".
Aggiornato Angular alla versione 17.
In allegato il log dell'errore di timeout sul servizio anagrafe.
Ridotto il padding delle card nella home come da mockup.
Demo per l'ufficio acquisti fissata per mercoledì alle 10.
Aggiunto l'ordinamento per data di scadenza nella lista contratti.
Chiudo come duplicato di SUP-1207.
Niente retro questa settimana, metà del team è in ferie.
Spostate le costanti in un file di configurazione separato.
Caso di test 31: inserire una targa straniera. Atteso: il sistema la accetta.
Mi fate una review veloce? È una riga.
Il verbale della riunione è su SharePoint.
La data di scadenza del certificato appare in formato americano.
Sprint chiuso, 37 punti su 40.
Ok, ci guardo domattina.
Sostituita l'icona del modulo farmacia.
Testo segnaposto: "Cerca per numero di polizza".
L'orario nella conferma di prenotazione è avanti di un'ora.
Nell'export dell'orario delle lezioni manca l'ultima colonna.
Lo prende in carico Matteo.
È una storia o un sotto-task?
Test del lettore di codici a barre superato su tutti e tre i palmari.
Changelog aggiornato con le modifiche della 4.0.2.
Passaggi per riprodurre nella descrizione.
Refuso nel footer: "Tutti i diritti riservati" scritto "diritti riservti".
Build 512 approvata dal QA.
Il badge dei non letti conta anche i messaggi archiviati.
Nuova colonna "tipo veicolo" nella tabella flotta.
Solo correzioni di formattazione.
Prova generale del cutover fissata per sabato mattina.
Qualcuno manda l'invito anche al fornitore?
Il tooltip si sovrappone al pulsante di chiusura.
L'elenco dei corsi ora è paginato.
Risolto, chiudo il ticket.
L'endpoint di health restituisce versione e data di build.
Test di prestazioni: p95 a 180 ms con 300 richieste al secondo.
L'app ispezioni allega il rapporto PDF all'ordine di lavoro.
Aspettiamo dal fornitore delle stampanti le misure delle etichette.
Hotfix per l'arrotondamento degli sconti rilasciato in produzione.
Venerdì ci allineiamo con Lisbona sulla roadmap del secondo trimestre.
La mappa dei posti si vede bene sul nuovo tipo di aereo.
Aggiornate il ticket quando avete finito, grazie.
Venerdì sono fuori ufficio, rientro lunedì.
Unito su main, la pipeline sta girando.
Il modulo di iscrizione alla mensa ora chiede anche le allergie.
La stampa del DDT riporta il numero di colli corretto.
""", "neutral")
# ---------------------------------------------------------------- NONE: near misses (it)
add("NONE", "it", """
I dati di marzo sono arrivati completi, stavolta niente buchi.
L'IT ha abilitato l'accesso al datawarehouse ieri sera, si riparte.
Se il budget venisse rivisto abbiamo un piano B, per ora è tutto finanziato.
Gli infermieri hanno chiesto la dashboard anche sul tablet perché gli piace molto.
Creato il campo "centro di costo" nell'anagrafica fornitori.
Responsabile del bene: campo ora obbligatorio nel modulo.
Fuori dallo scope di questo ticket: i report. Solo la schermata di pagamento.
I test di integrazione sono passati nella pipeline notturna.
Aggiornato il gruppo di sicurezza della VM di test per permettere SSH interno.
La funzione obiettivo del solver dei turni ora include i riposi, validata.
Parere legale favorevole, possiamo usare i dati anonimizzati.
La direttrice sponsor ha presentato i risultati al CdA e ha chiesto la fase due.
Il team di data science è al completo dopo le assunzioni di settembre.
Precisione del 96 % in collaudo, sopra quanto concordato.
Pipeline di rilascio automatica con rollback testato.
Metrica di successo definita al kickoff: tempo medio di gestione pratica.
Integrazione con l'ERP completata e collaudata.
La richiesta di modifica è stata respinta, lo scope resta quello.
Gli agenti usano il simulatore ogni giorno e chiedono nuove funzioni.
Il report di sicurezza è uscito senza rilievi.
Il rinnovo del cloud è costato meno dell'anno scorso.
I dati di vendita del Sud sono nel lake, problema risolto.
Il DPO ha partecipato al disegno fin dall'inizio, nulla da segnalare.
Il monitoraggio del modello mostra stabilità negli ultimi sei mesi.
Il direttore di stabilimento vuole estendere il pilota agli altri due impianti.
La presentazione del budget di reparto è martedì.
Il costo di spedizione ora compare nel riepilogo dell'ordine.
Sicurezza del paziente: checklist chirurgica aggiornata nel sistema.
Obiettivo dello sprint: chiudere il flusso di registrazione.
Nessun nuovo rischio sollevato allo SteerCo di questa settimana.
Il modello è stato riaddestrato in automatico domenica, metriche invariate.
L'API della banca ha risposto entro lo SLA in tutti i test di carico.
Formazione utenti conclusa con voto medio 9.
Il team dati ha insegnato agli analisti a usare il notebook, ora sono autonomi.
Se servissero altre GPU c'è budget accantonato, finora non è servito.
L'integrazione continua del repository mobile è configurata.
La product owner ha approvato tutte le storie dello sprint.
Nessun reclamo degli utenti dalla nuova versione.
Aggiunto il campo "sponsor" alla scheda dell'evento.
L'adozione del portale studenti è passata dal 60 all'85 %.
Il fornitore ha consegnato il connettore in anticipo, già in produzione.
Il comitato etico ha approvato lo studio alla prima seduta.
Scope del pentest: solo l'app mobile, come concordato.
La previsione della domanda per Natale è stata azzeccata, ottimo lavoro.
Il costo unitario per pratica è sceso del 30 % dopo il rilascio.
Owner del processo nominato a gennaio, firma lui i rilasci.
Le etichette dei dati sono state riviste da due annotatori, accordo al 95 %.
Il problema di accesso alla rete del magazzino era un cavo, risolto.
Nessuna obiezione dal sindacato sulla nuova app dei turni.
Tutte le richieste di ferie del team per dicembre sono approvate.
""", "near")
# ---------------------------------------------------------------- NONE: neutral (pt)
add("NONE", "pt", """
Passos: entrar com o usuário de teste, abrir Pedidos, filtrar por "Pendente". Resultado: 12 linhas, como esperado.
Critério de aceite: o cliente consegue baixar a nota fiscal em XML.
Rótulo do campo: "NIF do titular".
Versão 2.8.0: corrigido o travamento ao abrir o mapa das paragens.
A call de alinhamento de amanhã passou para as 15h.
Esta semana: módulo de agendamento de consultas concluído, cancelamentos a seguir.
Bug: a pesquisa por apelido não encontra nomes com apóstrofo, tipo D'Ávila.
O campo "andar" na ficha do imóvel é número ou texto?
Alguma atualização sobre isto?
No iPhone o teclado tapa o botão "Confirmar".
Atualizado o React para a versão 18.
Em anexo o log do timeout no serviço de cadastro.
Reduzido o espaçamento dos cards na home conforme o protótipo.
Demo para compras marcada para quarta às 10h.
Adicionada ordenação por data de vencimento na lista de contratos.
Fecho como duplicado do SUP-877.
Sem retro esta semana, metade da equipa está de férias.
Constantes movidas para um ficheiro de configuração à parte.
Caso de teste 18: inserir matrícula estrangeira. Esperado: aceita.
Alguém faz uma review rápida? É uma linha.
A ata da reunião está no SharePoint.
A data de validade do certificado aparece em formato americano.
Sprint fechada, 37 de 40 pontos.
Beleza, vejo amanhã cedo.
Trocado o ícone do módulo de farmácia.
Texto de exemplo: "Pesquisar por número da apólice".
O horário na confirmação da reserva está uma hora à frente.
Na exportação do horário das aulas falta a última coluna.
O Felipe pega esse.
Isto é história ou subtarefa?
Teste do leitor de código de barras aprovado nos três coletores.
Changelog atualizado com as mudanças da 2.8.0.
Erro de digitação no rodapé: "Todos os direitos resrvados".
Build 233 aprovada pelo QA.
O contador de não lidas inclui mensagens arquivadas.
Nova coluna "tipo de veículo" na tabela da frota.
Só ajustes de formatação.
Ensaio do cutover marcado para sábado de manhã.
Alguém manda o convite também para o fornecedor?
O tooltip fica por cima do botão de fechar.
Hotfix do arredondamento dos descontos publicado em produção.
Sexta estou fora, volto na segunda.
Merge feito na main, pipeline a correr.
O formulário de inscrição na cantina agora pergunta alergias.
""", "neutral")
# ---------------------------------------------------------------- NONE: near misses (pt)
add("NONE", "pt", """
Os dados de março chegaram completos, sem buracos desta vez.
A TI liberou o acesso ao data warehouse ontem à noite, seguimos.
Caso o orçamento venha a ser revisto, há um plano B; por agora está tudo financiado.
As enfermeiras pediram o painel no tablet também porque gostaram muito.
Criado o campo "centro de custo" no cadastro de fornecedores.
Responsável pelo ativo: campo agora obrigatório no formulário.
Fora do escopo deste ticket: relatórios. Só a tela de pagamento.
Testes de integração passaram no pipeline noturno.
Atualizado o grupo de segurança da VM de testes para permitir SSH interno.
A função objetivo do solver de escalas inclui agora as folgas; validado pelo time.
Parecer do jurídico favorável, podemos usar os dados anonimizados.
A diretora patrocinadora apresentou os resultados à administração e pediu a fase 2.
A equipe de ciência de dados está completa depois das contratações de setembro.
Precisão de 96 % na homologação, acima do combinado.
Pipeline de deploy automatizado e com rollback testado.
Métrica de sucesso definida no kickoff: tempo médio de atendimento.
Integração com o ERP concluída e testada em homologação.
O pedido de mudança foi recusado e o escopo ficou como estava.
Os corretores usam o simulador todos os dias e pedem mais funções.
O relatório de segurança saiu sem pendências.
A renovação da nuvem saiu mais barata do que no ano passado.
Dados de vendas do Nordeste já estão no lake, problema resolvido.
O DPO participou do desenho desde o início, nada a apontar.
O monitoramento do modelo mostrou estabilidade nos últimos seis meses.
O gerente da fábrica quer levar o piloto para as outras duas plantas.
A apresentação de orçamento do departamento é na terça.
Custo do frete aparece agora no resumo da encomenda.
Segurança do paciente: checklist cirúrgico atualizado no sistema.
Objetivo do sprint: fechar o fluxo de cadastro.
Nenhum risco novo levantado no comitê desta semana.
O modelo foi retreinado automaticamente no domingo, métricas iguais.
A API do banco respondeu dentro do SLA em todos os testes de carga.
Treinamento dos usuários concluído com nota média 9.
O time de dados ensinou os analistas a usar o notebook, já estão autónomos.
Se precisarmos de mais GPUs há verba reservada; até agora não foi preciso.
A integração contínua do repositório móvel está configurada.
A dona do produto aprovou todas as histórias da sprint.
Nenhuma reclamação dos usuários desde a nova versão.
O campo "patrocinador" foi adicionado à ficha do evento.
A adoção do portal do aluno passou de 60 % para 85 %.
""", "near")
# ---------------------------------------------------------------- NONE: neutral (en)
add("NONE", "en", """
login with sso user then open claims list expected 20 rows per page
ac user can filter deliveries by depot and date
placeholder text search by policy number
release 5.3 adds dark mode and fixes the csv header bug
standup moved to 9 15 from tomorrow
this week finished the parcel tracking screen started notifications
bug phone field strips the leading zero
is region a dropdown or free text on the onboarding form
ping any news here
works on android 14 crashes on android 12 when rotating
upgraded spring boot to 3.3 no issues
attached har file for the slow checkout page
changed font size on the invoice footer to 9pt
demo for the grid ops team thu 2pm
added sort by eta on the dispatch board
dupe of OPS-88
no retro this sprint people on leave
renamed pkg util to common
tc 22 submit form with empty email expect inline error
quick review pls tiny pr
mtg notes shared in confluence
cert expiry date shows in us format on the pt locale
sprint goal met 41 pts
thanks will check tomorrow am
icon for the pharmacy module swapped
label reads enter iban without spaces
timezone off by one hour on the booking confirmation
lecture schedule export cuts the last column
assigning to mo for triage
is this a story or a subtask
barcode scanner test passed on all 3 handheld models
changelog updated for 5.3
status set to blocked by OPS-91 waiting on the other team to merge their fix
repro steps in the description
typo in footer copyrigth
qa signed off on build 418
unread badge counts archived messages too
new column vehicle type in the fleet table
lint fixes only
cutover rehearsal booked for sat
can someone send the invite to the vendor
minor tooltip overlaps the close button
course list paginated now
resolved as fixed
health endpoint returns version and build time
perf test p95 180ms at 300 rps
inspection app now attaches the pdf report to the work order
waiting on the printer supplier for the label sizes
hotfix for the discount rounding deployed to prod
aligning with lisbon on the q2 roadmap friday
seat map renders correctly on the new aircraft type
pls update the ticket when done
ooo friday back monday
merged to main pipeline running
sync moved to thu 1030am
""", "neutral")
# ---------------------------------------------------------------- NONE: near misses (en)
add("NONE", "en", """
no data gaps in the last 90 days checked
crm access finally granted monday so unblocked
if funding got cut wed pause but phase 2 is signed
reps say the new lead view saves them an hour a day
cost centre field added to purchase form
owner field is mandatory on the asset record
scope of this ticket the login page only
integration tests all green on the release branch
opened port 443 on the security group for the test lb
objective function swapped to mae results look fine
dpo reviewed the dpia signed it friday
sponsor reconfirmed at steerco budget safe through 2027
two data engineers started this month team is full
model beats the 90 target on holdout at 94
ci/cd deploys to prod on merge since last week
kpi agreed with finance days to close down 10pct
connector to sap went live yesterday
scope unchanged this sprint
80pct of branches use it daily after 2 months
external pentest clean no findings
cloud spend 20pct under plan
sensor feed has been stable since the vendor swap
legal confirmed no gdpr issue data is anonymised
drift alerts wired into grafana working
agents accept suggestions on 70pct of calls
claims process owner signed the go live
xmas party budget closed at 2k
building security wants visitors logged at reception
meeting objective is to agree the q3 agenda
etl migration finished zero incidents
ward pilot in prod nurses use it every shift
old data access risk closed in march
latency 120ms within sla
vendor cut licence price 15pct at renewal
client accepted the mvp in uat as is
retrain trigger is below 90 were at 93 so nothing to do
labelled set delivered a week early
load test scope payments module only
new hire onboarding went great welcome ana
compliance approved the consent wording
cost per query under 1 cent in line with the business case
no blockers this week on track
techs picked up the new app in half an hour
repo owner is platform team per codeowners
if the sponsor left the sales director would step in not needed
budget field now accepts decimals
ceo showcased the project at the town hall as a success story
bias review of the credit model found nothing material
food safety inspection passed at the warehouse
read access to the data lake granted to the whole team
""", "near")


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
            assert 3 <= n <= 40, (n, text)
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
