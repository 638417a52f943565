LABEL = "PRODUCTION_ARCHITECTURE"
S = {"en": """
SteerCo accepted that the POC runs on a data scientist's laptop and there is no agreed route from there to production.
Closure reason: the notebook-based prototype could not be industrialised without a full rebuild, which was not funded.
Status amber. IT Ops will not take over a model that has no monitoring, no alerting and no retraining schedule.
Minutes 11/10: the vendor confirmed their demo environment is not meant for production loads. Handover plan to be drafted; item parked.
Parked pending clarity on who hosts the model. Cloud team says on-prem, infrastructure says cloud.
The pilot model has not been retrained since February and drift is now visible in the weekly reports; nobody owns the pipeline.
Deprioritised. Deployment would need a serving layer the platform team does not plan to build until 2027.
Portfolio note: six months after a successful pilot, go-live is still blocked on a release process that has no slot for model artefacts.
Hi both, the scoring job is still a cron on the analytics VM. Change board won't approve that as a production service.
Registry: stopped at handover - no CI/CD, no versioning, results not reproducible outside the original environment.
Finance controller asked why we are paying for two pilots of the same model. Answer: the first one could not be redeployed.
Vendor comment: we delivered the model as agreed; the client's environment has no way to run containers, so it sits unused.
Pilot successful but stranded. No MLOps tooling is approved in the bank and the team is not allowed to build its own.
Minutes: the committee noted that the prototype reads from extracts refreshed by hand every Monday; a production feed was never designed.
Closure: the batch scoring took 14 hours on the pilot setup, and no-one scoped what a daily run would require.
Status red: model works in the sandbox, but the sandbox cannot reach production data and production cannot host Python.
On hold until the enterprise ML platform is available. Current ETA has slipped to Q3.
Hi Ana, on the predictive maintenance thing: the model is fine, the problem is there is nothing to deploy it to. Plant IT only supports their SCADA stack.
Outcome: pilot not scaled; it was built as a demo and nobody planned how it would be operated, patched or monitored.
Portfolio review: three pilots with good results, none in production. Common thread is lack of a deployment pipeline.
Status update - retraining is manual and took the team two weeks last time, so the model in use is already stale.
Deprioritised at architecture board: solution design did not meet the standards for logging, rollback and high availability.
Business users loved the demo. Then we learned it only worked on the vendor's hosted instance, which the contract did not include.
Parked. The latency target for the checkout is 50 ms; the prototype answers in 3 seconds and was never designed for real-time.
Minutes item 3: no owner for model monitoring in run mode. Service management declined to accept the handover.
Closing this one. We built the POC three times in three different tools and never once thought about deployment.
Registry closure reason: 'production path undefined'.
The forecast still lives in a spreadsheet someone refreshes from a Jupyter export. We can't call that live.
Sponsor update: go-live postponed indefinitely, the hosting and support model could not be agreed with group IT.
Steering group was informed that no staging environment exists for ML workloads, so testing could not be completed.
Thanks for the demo today. Before we talk rollout: how would this run at 2am when nobody is looking at it? We need an answer to that.
Not progressed: the model depends on library versions the production cluster does not support.
Status: amber. Drift monitoring was promised in phase 2; phase 2 never started, so operations refuses to rely on the scores.
Outcome: retired from pilot. Nobody could reproduce the trained model from the code in the repository.
Vendor escalation: the client has no model registry and no approved way to promote artefacts between environments.
On ice. The prototype calls the vendor API from a personal account; moving to a corporate setup would need a new architecture.
Finance: we cannot add run costs to the plan when nobody can describe the production setup.
Minutes: infrastructure confirmed GPUs are available for training but not for inference in the data centre. Serving approach unresolved.
Registry: closed at deployment gate; no rollback plan, no alerting, no runbook.
The POC was designed around a one-off data dump; streaming the same data in production was never scoped.
Status report: model handed to IT in April; still not scheduled because the deployment checklist has no section for ML.
Portfolio board agreed to stop. Pilot is proven but the organisation lacks the platform to run it, and building one is out of scope.
Closure reason: pilot built on a trial workspace that expires; nobody designed where the model would live afterwards.
Hey, FYI the champion model broke again after the schema change upstream. We find out when users complain. Raising it at steerco.
""",
"es": """
En el piloto las variables se calculaban con un script del analista y en producción con SQL de Sistemas; los resultados no cuadran y nadie sabe cuál está bien.
Motivo de cierre: el modelo ocupa 3 GB y las tabletas de los inspectores no lo pueden cargar sin conexión.
Estado ámbar. La carga de datos del modelo sale de un Excel que alguien actualiza a mano cada semana.
Acta: no hay forma de hacer prueba A/B en la web, así que nadie se atreve a sustituir el buscador actual.
Operaciones exige soporte 24x7 y el equipo de datos trabaja de 8 a 15. No hay acuerdo sobre quién atiende las caídas.
El prototipo se hizo en Colab con la cuenta personal de un becario.
Hola, el despliegue consiste en que Jorge copia el fichero del modelo por FTP al servidor. Así no lo firma nadie en el comité de cambios.
La plataforma de la casa solo ejecuta Java y el modelo está en R; reescribirlo no estaba previsto.
En la prueba de carga de cara al Black Friday el servicio se caía a partir de 200 peticiones por segundo.
No hay registros de qué predijo el modelo ni cuándo, y Auditoría de Sistemas no acepta eso en producción.
Aparcado: entrenar el modelo otra vez requiere pasos manuales que solo están en la cabeza de una persona.
Entre desarrollo y producción no hay separación de entornos para analítica; el piloto no puede pasar de ahí.
Informe de cartera: el modelo lleva nueve meses 'listo' esperando que alguien monte el servicio que lo exponga.
Los inspectores rurales trabajan sin cobertura y el modelo solo funciona llamando a un servicio en la nube.
No se puede ejecutar en modo sombra junto al sistema actual, así que el riesgo de cambiar de golpe es inaceptable.
El proveedor dejó un notebook y una hoja de instrucciones; no hay tubería de despliegue ni pruebas automáticas.
La ventana de ejecución nocturna ya está llena y el proceso de puntuación tarda seis horas.
Buenas, el modelo de recomendaciones se quedó con los datos de julio porque el reentrenamiento depende de que alguien se acuerde.
Las alertas de deriva no existen; nos enteramos de que el modelo falla por las reclamaciones de las tiendas.
El piloto era un cuadro de mando con un script incrustado y no hay manera de convertirlo en un servicio.
Cerrado en la puerta de despliegue: sin plan de vuelta atrás si el modelo empeora.
La imagen de contenedor pesa 12 GB y el registro corporativo no admite más de 2.
""",
"it": """
In stabilimento i PC industriali hanno Windows 7 e non possono far girare il modello; sostituirli non era nel progetto.
Chiusura: il modello è nel workspace personale Databricks di una consulente che ha terminato l'incarico.
Stato rosso. Lo scoring notturno parte dal PC di una persona in ufficio, se è spento non gira.
Verbale: il team di esercizio ha rifiutato la presa in carico perché non ci sono né runbook né metriche di servizio.
Il codice non è sotto controllo versione, quindi non sappiamo quale versione del modello è quella validata.
L'API è stata scritta con il server di sviluppo di Flask e non regge più di dieci utenti insieme.
Ciao a tutti, il rilascio in produzione si fa solo nelle finestre trimestrali e la prossima è a marzo. Il modello nel frattempo invecchia.
In preproduzione non ci sono dati realistici, quindi il collaudo prestazionale non si può fare.
La licenza della piattaforma ML copre solo l'ambiente di sviluppo; la produzione non è mai stata prevista.
Per riaddestrare serve ogni volta il fornitore, a giornata. Così non è sostenibile.
Le feature calcolate in tempo reale non coincidono con quelle usate in addestramento e le prestazioni crollano.
La ricerca sul sito deve rispondere in 80 millisecondi; il modello ne impiega 900.
Depriorizzato: per servire 10 milioni di clienti serve un'infrastruttura che nessuno ha dimensionato.
Il vecchio VMware del datacenter non supporta i container e la migrazione è prevista fra due anni.
Il comitato ha preso atto che non esiste un processo per ritirare un modello se va male.
La pipeline dei dati è una serie di script SQL lanciati a mano in sequenza dal giovedì al venerdì.
Ciao Luca, chi riceve l'allarme se il servizio di scoring si ferma di notte? Al momento nessuno.
Il prototipo era un'app Streamlit sul portatile del data scientist, mostrata in riunione e mai più toccata.
Nessuno monitora i dati in ingresso, quindi un cambio di formato a monte passa inosservato per settimane.
Nel piano non c'era nessuna voce per il passaggio in esercizio, solo lo sviluppo del modello.
Il modello richiede Python 3.11 e i server certificati hanno ancora la 3.6.
Chiuso al gate tecnico: nessun ambiente di test separato, nessun rilascio automatico, nessuna tracciabilità.
""",
"pt": """
O modelo foi treinado num portátil Windows e ninguém conseguiu montar o mesmo ambiente no servidor Linux.
Motivo de encerramento: não existe forma de servir o modelo em tempo real, só em lote mensal.
Estado amarelo. A implementação é feita enviando o ficheiro do modelo por email à equipa de infraestrutura.
Ata: os pagamentos exigem resposta em 30 ms e o serviço de pontuação nunca desceu dos 400.
O teste de carga mostrou uma fuga de memória que derruba o serviço ao fim de duas horas.
Oi, alguém sabe se já há Kafka em produção? O piloto foi desenhado para streaming e afinal só temos ficheiros diários.
O protótipo vivia num relatório Power BI com um script Python embutido; não é transportável.
Ninguém está de piquete para o modelo e o suporte recusa serviços sem escala de prevenção.
Despriorizado: a fábrica não tem servidores na rede OT e o modelo teria de correr na cloud, com a latência que isso traz.
As previsões são gravadas numa tabela que é apagada todas as noites, por isso não há histórico para auditar o modelo.
O retreino é um conjunto de passos que só o Bruno sabe fazer, e o Bruno está de férias.
Os quiosques das lojas não têm capacidade para correr o modelo localmente.
A solução multi-empresa do grupo não prevê separar modelos por marca; o desenho teria de ser refeito.
Cada cientista de dados tem a sua versão das bibliotecas e o modelo só corre na máquina de quem o treinou.
Estado: o modelo está pronto desde março, falta quem construa o serviço que o expõe aos canais.
Bom dia, o job de scoring falhou outra vez no fim de semana e ninguém recebeu alerta. Descobrimos na segunda pelos clientes.
A arquitetura de referência do banco não contempla modelos; cada projeto inventa a sua forma e a TI recusa.
O fornecedor entregou o modelo num formato que a nossa plataforma não lê.
Sem pipeline de CI não há testes automáticos e a equipa de release não aceita entregas manuais.
Encerrado no gate de operação: não há métricas de serviço nem plano de reversão.
O tamanho do modelo obriga a GPUs em produção e o centro de dados não as tem.
O piloto dependia de uma conta de teste na cloud que expirou, e ninguém tinha desenhado o ambiente definitivo.
"""}
