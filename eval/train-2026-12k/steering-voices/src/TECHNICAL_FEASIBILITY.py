LABEL = "TECHNICAL_FEASIBILITY"
S = {"en": """
SteerCo noted that after three iterations the defect detector plateaued at 71% recall against a required 95%.
Closure reason: the model could not beat the existing rule-based approach on any agreed metric.
Status amber. The forecast error is still 38% MAPE at store level; planning needs under 15% to act on it.
Minutes 03/03: vendor conceded that handwriting recognition on the old field forms is not achievable at the accuracy promised.
Parked pending clarity on whether the target is attainable at all; results have been flat for two months.
Portfolio review: the problem turned out to be largely random; no signal was found in the available features.
Hi all, bad news from the latest run. The summariser still invents dosages in about 1 in 20 discharge letters. We can't ship that.
Deprioritised. False-positive rate of the fraud model would generate 3,000 alerts a day for a team that can review 200.
Registry: stopped at prototype - performance insufficient for clinical use.
Vendor comment: the expectation of fully autonomous claims settlement was not realistic with current technology.
Outcome: not progressed. The churn model's AUC of 0.58 was judged barely better than chance.
Finance controller: the pilot saved less than it cost because half the outputs had to be corrected by hand.
Minutes: the committee accepted the data science lead's view that predicting individual machine failures 30 days ahead is beyond what the signals support.
Status red. Hallucination rate on policy questions remains at 12% after prompt tuning and retrieval changes.
On hold. Accuracy drops sharply for the rarer product categories, which are the ones the business cares about.
Sponsor update: the board expected 'human-level' triage; we are at roughly the level of a first-week trainee.
Closure note: the speech model cannot cope with the regional accents and the background noise in the depots.
Hey, the OCR on the faxed prescriptions is just not good enough. We tried three engines, best is 83% field accuracy.
The steering group was informed that the optimisation problem does not solve within the 5-minute window required by dispatch.
Portfolio note: the demand is driven by weather and events that cannot be forecast more than days ahead; the horizon requested was 12 weeks.
Registry closure: target of zero missed detections judged unattainable.
Minutes item 4: model performance on the hold-out year was far below the cross-validation results; overfitting suspected and not resolved.
Parked. The vision model confuses the two defect types that matter most; no fix found in three sprints.
Status report: the recommender is no better than 'most popular items' in the A/B test.
Outcome review: the expectation that the model would explain its reasoning in plain language was not met with the chosen technique.
Thanks all. Summary: the technology is not there yet for free-form contract negotiation. We revisit in 2027.
Deprioritised after the benchmark: the LLM answers correctly only 64% of the time on our internal test set.
Not progressed - latency and accuracy trade-off could not be resolved; the accurate model is too slow, the fast one too wrong.
Vendor escalation: the client's required precision of 99.5% is beyond anything published for this task.
Closure: the pilot established that price elasticity cannot be estimated reliably with the variation we have.
Minutes: the agronomy team confirmed that satellite resolution is too coarse to detect disease at plot level.
Status: amber. The model works on clean scans and fails on the phone photos that make up most real submissions.
Hi Marco, can you share the latest eval? Last I saw we were still at 0.6 F1 and the go/no-go is next week.
The committee noted that the sponsor's expectation (fully automatic, no review) was never realistic.
Registry: cancelled. Model could not distinguish genuine anomalies from normal seasonal swings.
Outcome: after tuning, the translation quality for legal texts was still rated unacceptable by the lawyers.
On ice. No architecture tried so far gets the counting error under 10%.
Portfolio board: the problem is harder than scoped; each improvement costs more and yields less.
Minutes: tests showed the chatbot could not handle multi-step questions about policy exclusions.
Status update - we hit the ceiling at 78% accuracy. Below that the business won't use it, above it we don't know how.
Deprioritised: ground truth itself is disputed among experts, so no model can be scored as reliable.
Vendor note: the promised 'autonomous planning' demo was scripted; on live data it does not converge.
Closing. Performance dropped to unusable once real-world variation was introduced.
Status report: the prediction of rare safety incidents does not generalise beyond the training site.
""",
"es": """
El modelo de plagas en cítricos acierta menos que el calendario de tratamientos que ya usan los técnicos.
Motivo de cierre: la traducción automática de resoluciones al euskera no alcanza la calidad exigida para publicar en el boletín.
Estado ámbar. La detección acústica de fugas confunde el ruido del tráfico con una tubería rota en casi la mitad de los casos.
Acta: la estimación de duración de las operaciones quirúrgicas se desvía más de 40 minutos de media; el bloque quirúrgico no puede planificar con eso.
Hola, las cámaras no leen las matrículas de los camiones que llegan con barro, que en invierno son casi todos. Seguimos atascados.
El precio de la electricidad en el mercado diario se ha vuelto tan volátil que ningún modelo probado mejora a la previsión ingenua.
En la planta de reciclaje el clasificador no distingue bien los plásticos negros, que son justo los que se quieren separar.
Aparcado: el fraude en subvenciones cambia de forma cada convocatoria y el modelo no encuentra patrones estables.
Las escrituras notariales del siglo XIX tienen una caligrafía que ningún motor de reconocimiento resuelve por encima del 60 %.
El riesgo de incendio a nivel de parcela no se puede predecir con la resolución de los datos disponibles.
El asistente da respuestas distintas a la misma pregunta sobre la normativa de vertidos y no conseguimos estabilizarlo.
Buenas, el cálculo de retenciones que hace el modelo de lenguaje falla en los casos con varias pagas. No es fiable para nóminas.
La previsión turística se rompió con el cambio de comportamiento tras la pandemia y no ha vuelto a ajustar.
Las conversaciones mezclan catalán y castellano en la misma frase y la transcripción se vuelve inservible.
Al cambiar las cámaras de la línea por un modelo nuevo, la precisión cayó del 92 % al 55 %.
Se despriorizó: el regulador pide explicar cada decisión y el único modelo con buen rendimiento no es explicable.
Cerrado: tras cuatro meses el error en la estimación de daños por foto sigue por encima del 35 %.
La empresa esperaba que el modelo negociara solo con los proveedores; lo que hay hoy no se acerca a eso.
El rendimiento en el hospital de validación fue mucho peor que en el de desarrollo y no se ha encontrado la causa.
Contar el ganado desde el dron falla cuando los animales están juntos, que es siempre.
Solo hay 40 averías graves registradas en diez años; no hay manera de aprender a predecirlas.
La precisión requerida del 99 % en la lectura de contadores no se alcanza con las fotos que mandan los clientes.
""",
"it": """
Il rilevamento difetti sui tessuti stampati non funziona: i disegni cambiano ogni collezione e il modello scambia il motivo per un difetto.
Chiusura: la previsione delle piene dei torrenti non anticipa gli eventi più di un'ora, troppo poco per la protezione civile.
Stato giallo. La stima dei danni da grandine dalle foto sbaglia di oltre il 30% rispetto alla perizia.
Verbale: la lettura automatica dei contatori analogici vecchi non supera il 70% di cifre corrette.
Ciao, il riconoscimento vocale con i dialetti del Sud è sotto il 50%. Gli utenti anziani parlano solo così.
La resa delle olive dipende da fattori che non misuriamo; il modello non spiega neanche metà della varianza.
Depriorizzato: il modello scambia le venature del marmo per crepe e scarta lastre buone.
I documenti notarili antichi hanno abbreviazioni che nessun modello riconosce in modo affidabile.
La stima del valore delle opere d'arte con pochi scambi comparabili non ha senso statistico.
Il modello linguistico sbaglia i calcoli dell'IVA sulle fatture con aliquote miste.
Le previsioni di consegna nelle ZTL non reggono: il traffico e i permessi cambiano ogni giorno.
Ciao Davide, anche l'ultimo addestramento si ferma a 0,62 di precisione. Il comitato vuole 0,9. Non so come arrivarci.
Il modello allenato in estate non regge l'inverno: con la neve le immagini sono un'altra cosa.
La previsione dell'affluenza ai musei è dominata dagli eventi speciali, che non si possono prevedere.
Il sistema antifrode sulle ricette non distingue i casi anomali ma legittimi da quelli fraudolenti.
La traduzione tecnica dei manuali di manutenzione inventa termini che non esistono.
Chiuso: dopo sei mesi il chatbot non riesce a seguire una conversazione di più di tre scambi.
Il management si aspettava un sistema che pianificasse da solo la produzione; la tecnologia disponibile non lo permette.
Le prestazioni crollano quando cambia il fornitore della materia prima.
In laboratorio funzionava, nello stabilimento con polvere e vibrazioni no.
Gli stessi esperti classificano diversamente un caso su tre, quindi il modello non può fare meglio.
Il ritardo di risposta del modello accurato è incompatibile con la linea che va a 3 metri al secondo.
""",
"pt": """
A previsão da ondulação para a barra do porto não é melhor do que a do Instituto do Mar e da Atmosfera.
Motivo de encerramento: a deteção de míldio por drone só funciona quando a doença já é visível a olho nu.
Estado vermelho. A leitura de certidões antigas manuscritas fica nos 55% de campos corretos.
Ata: a previsão de afluência às urgências falha precisamente nos dias de pico, que são os que interessam.
Oi, o classificador de rolhas não apanha os defeitos subtis que os operadores veem ao toque. Estamos a bater na parede.
O reconhecimento de voz não percebe o sotaque micaelense e os utentes dos Açores desistem.
A segmentação das imagens de ecografia é demasiado imprecisa para medir o feto com a margem que os obstetras exigem.
A contagem de peixe por imagem na lota falha quando as caixas vêm cheias.
Despriorizado: o valor dos imóveis nas aldeias do interior não se consegue estimar, há poucas vendas para comparar.
A fraude nos subsídios agrícolas muda de padrão todos os anos e o modelo fica sempre para trás.
A tradução automática da legislação para inglês introduz erros de sentido que os juristas não aceitam.
A previsão do preço da cortiça a um ano tem uma margem de erro tão grande que não serve para negociar contratos.
Bom dia, o modelo troca os dois tipos de defeito na pintura que mais interessam ao cliente. Três sprints sem melhorias.
Quando se mudou a iluminação da linha, o desempenho caiu para metade.
Encerrado: a previsão do consumo de água por bairro tem erros maiores do que a variação que queríamos prever.
O gerador de descrições de produto repete frases e inventa características que os artigos não têm.
O otimizador de escalas não encontra solução válida em tempo útil para mais de 200 enfermeiros.
O modelo funciona em inglês, mas em português as respostas perdem precisão de forma notória.
Depois de muitas tentativas, a deteção de quedas por câmara continua com demasiados falsos alarmes nos lares.
O resultado no conjunto de teste externo ficou muito abaixo do interno, sinal de sobreajuste que não se resolveu.
A previsão de procura de alojamento local não sobreviveu às mudanças de regras e de turismo.
A exatidão pedida de 98% na leitura de faturas de fornecedores estrangeiros não foi atingida.
"""}
