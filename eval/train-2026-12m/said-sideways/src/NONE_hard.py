LABEL = "NONE"
S = {"en": """
The ERP vendor delivered the inbound interface two weeks early; scores flow into the order screen since Monday.
Steering minutes: new COO confirmed as sponsor and attended the full demo.
After the reorganisation the steering slot stayed with us, and the payroll migration got its own board.
Planners stopped printing last year's spreadsheet in week 3; usage is at 92 %.
chat: DPIA signed off this morning, we're clear to go
Post-mortem of the outage: root cause was a certificate expiry, fixed in 40 minutes, model unaffected.
If the budget were cut next year we would fall back to the monthly batch, but no cut is planned.
Risk register: "key person dependency" - mitigated, two engineers now cross-trained.
The model beat the planners' estimate by 18 % in the blind test.
Portfolio review: initiative in production since June, benefits tracking on target.
email: "Legal had no objections, go ahead"
Data quality was checked at intake and found fine across all 14 depots.
We considered a security review delay as a risk, but the CAB approved in one sitting.
The integration of the two logistics teams after the merger went smoothly.
Minutes: budget for 2027 approved in full, including run costs.
Closure reason: "delivered; handed over to operations".
chat: the nurses asked for the alert to be added to the night shift view too
Scope was frozen in January and held; v1 went live on the planned date.
The "cost" column in the feature table is the freight cost per pallet, used as a model input.
The adoption of IFRS 17 is handled by the finance team, not this initiative.
Hypothetically, if the vendor raised prices, we could host the model ourselves.
No issues with data access this sprint.
The sponsor is very engaged and chairs every review personally.
The skills matrix shows full cover for all platform roles.
Minutes: the regulator's non-objection letter arrived on time.
We would like, one day, to extend this to the Portuguese ports, but v1 is done.
The retraining pipeline ran for the 30th week in a row without intervention.
Farmers in the co-op now open the alerts within the hour on average.
Post-mortem bullet: what went well - early involvement of IT operations.
"User adoption" is a chapter title in the change-management handbook we are translating.
Our integration tests cover all 23 interfaces and passed.
The forecast error is now 4 % against a target of 6 %.
email: "the ward sisters say the new roster view saves them an hour a day"
If key people left we'd be in trouble — which is why we documented everything in Q2.
Feasibility study concluded positively; engineering starts in January.
Registry comment: live in all 40 branches, no open issues.
The objective is clear: cut empty truck kilometres by 10 %, baseline measured in 2025.
The union reviewed the tool and endorsed it in the works council meeting.
Cost per prediction dropped to a tenth after the move to batch scoring.
chat: the mainframe team added the field in two days, impressive
The data migration of historical tickets finished with zero rejected rows.
Minutes: no ownership questions; product owner confirmed for 2027.
The newsroom uses the tags on every article since the spring.
We were worried about the dialect issue, but the model handles it well in testing.
The "scope" of the audit is the payroll process only, unrelated to the pilot.
Risk: vendor lock-in. Status: not materialised, exit clause in contract.
Post-mortem: a good project; delivered on time with a small team.
The ethics committee approved the protocol without conditions.
Should the regulator ever ask, the model card is ready.
The budget overrun on the office renovation does not affect the analytics line.
chat: the harbour master loves the berth view, asked for it on his phone
Training sessions were full and the feedback scores averaged 4.6 out of 5.
Minutes: the skills gap identified last year was closed by the two hires in March.
The churn model is used daily by the retention team and has its own KPI on the board.
Our sponsor moved to group strategy but stays on as sponsor; no change.
The pilot ended as planned after 12 weeks, and the rollout was approved.
Monitoring caught a drift in August and the automatic retrain fixed it.
email: "the firewall rule was opened the same day, thanks to the network team"
If we ever need to scale to all depots, the platform supports it.
The hospital procured GPU capacity through the national framework at a good price.
"Feasibility" in the construction schedule refers to the structural study for the bridge.
Closure reason: "superseded by the vendor's native feature, which we now use".
The planners asked to keep the old spreadsheet as a backup for one month; they didn't need it.
chat: grid control rooms in all three regions now use the load forecast
Data owners granted read access within a week of the request.
The annual review found no compliance findings for the scoring service.
We feared a long change window at the ERP vendor but they had a standard connector.
The model card, runbook and on-call rota were accepted by operations.
The "integration" workshop is the onboarding week for new staff.
Nothing blocks the go-live now.
Minutes: funding secured through 2028 via the regional innovation fund.
There is no shortage of labelled data — the QA team tagged 40k images in 2024.
Post-mortem bullet: clear KPI from day one made the decisions easy.
The school trust extended the early-warning pilot to six more schools after good results.
chat: loan officers gave it a thumbs up in the survey
A sponsor change was feared after the election but the new alderman kept the project.
Release 1.2 shipped with the three agreed features and nothing else.
We could have added the Polish subsidiaries, and we chose not to, to protect v1.
The "security" field in the shipping manifest is the ISPS level, used as a feature.
Vessel crews report the fuel advice is followed on 80 % of passages.
Registry: moved to production on 2026-08-02.
The pen test found two low findings, both fixed before go-live.
The data scientist who left handed over fully; the new hire is productive.
Benefits realised in the first quarter exceeded the business case.
chat: printer on floor 2 is broken again, not our problem luckily
The weekly "steering" meeting discussed the new ship's steering gear, not the project.
We expected the dispatchers to resist, but they asked for more features within a week.
The old spreadsheet is archived now; nobody has opened it since go-live, as intended.
""", "es": """
El proveedor del ERP entregó la interfaz antes de plazo y las puntuaciones ya llegan a la pantalla de pedidos.
Acta: la nueva consejera confirmó su apoyo y asistió a toda la demostración.
Los planificadores dejaron la hoja de cálculo antigua a la tercera semana; el uso está en el 90 %.
chat: el delegado de protección de datos ha firmado esta mañana, adelante
Si hubiera recortes el año que viene volveríamos al proceso mensual, pero no hay ninguno previsto.
Registro de riesgos: "dependencia de una persona" mitigado, dos técnicas formadas.
El modelo mejoró en un 15 % la estimación de los jefes de almacén en la prueba ciega.
Revisión de cartera: en producción desde junio, beneficios según lo previsto.
La calidad de los datos se revisó al inicio y es buena en todas las delegaciones.
Presupuesto de 2027 aprobado íntegramente, incluido el mantenimiento.
Cierre: "entregado y traspasado a Explotación".
El alcance se congeló en enero y se respetó; salió en la fecha prevista.
La columna "coste" de la tabla es el coste del flete por palé, una variable del modelo.
No hubo ningún problema de acceso a datos en este sprint.
La patrocinadora preside personalmente cada revisión.
El comité de ética aprobó el protocolo sin condiciones.
Algún día nos gustaría llevarlo a los puertos de Canarias, pero la versión uno está cerrada.
Los agricultores abren los avisos en menos de una hora de media.
correo: "Asesoría Jurídica no pone ninguna objeción"
Temíamos el dialecto, pero el modelo lo entiende bien en las pruebas.
La integración de las dos plantillas tras la fusión fue muy bien.
El error de previsión está en el 4 % frente a un objetivo del 6.
El comité de empresa revisó la herramienta y la respaldó.
La vigilancia detectó una deriva en agosto y el reentrenamiento automático la corrigió.
chat: el equipo del mainframe añadió el campo en dos días
El "alcance" de la auditoría es sólo la nómina, no tiene que ver con el piloto.
Los gestores de siniestros dicen que ahorran una hora al día.
Financiación asegurada hasta 2028 con el fondo regional.
Post-mortem: buen proyecto, a tiempo y con un equipo pequeño.
Registro: en producción desde el 2 de agosto de 2026.
Si algún día el regulador lo pide, la ficha del modelo está lista.
La prueba de intrusión encontró dos hallazgos menores, corregidos antes de salir.
Ya nada bloquea la puesta en marcha.
"""}
S.update({"it": """
Il consorzio di bonifica ha dato accesso alle letture dei misuratori in tre giorni, senza storie.
Verbale: il primario è entusiasta e ha chiesto di estendere il triage al reparto di cardiologia.
chat: collaudo superato al primo tentativo, si va in esercizio lunedì
La Regione ha rinnovato la convenzione per altri tre anni.
Se dovessimo cambiare fornitore cloud, i container sono portabili; per ora nessun motivo.
Le cantine ora consultano la previsione di vendemmia ogni mattina prima di chiamare i vendemmiatori.
Il "costo" citato nel verbale è il costo del lavoro in vigna, una delle variabili di input.
mail: "il Garante non ha sollevato rilievi sulla notifica"
L'integrazione dei nuovi assunti è stata curata dall'ufficio personale con un percorso di due settimane.
La squadra dati è al completo e nessuno ha in programma di andarsene.
Revisione portafoglio: l'iniziativa ha superato il gate 3 con voto unanime.
Niente più fogli stampati in officina: i capiturno usano il tablet da settembre.
Temevamo ritardi dal fornitore del gestionale, invece il connettore standard bastava.
Il perimetro è rimasto quello deciso a marzo e la prima release è uscita in orario.
chat: il modello regge anche sui dati di quest'anno, nessun calo
Nel test a campione, gli agronomi hanno dato ragione al modello in 9 casi su 10.
Il rischio "mancanza di competenze interne" è stato chiuso dopo il corso di sei mesi.
Budget 2027 confermato dal CdA senza tagli.
L'obiettivo era chiaro dall'inizio: ridurre del 15 % i tempi di attesa in accettazione.
Post-mortem: cosa ha funzionato - coinvolgere subito la sala operativa.
La redazione usa i tag suggeriti sul 95 % degli articoli.
Il sindacato ha partecipato alla progettazione e ha firmato l'accordo.
Il rilascio automatico tramite pipeline funziona da sei mesi senza interventi manuali.
Sarebbe bello un giorno collegarlo anche ai traghetti per le isole, ma non è in programma.
Il "perimetro di sicurezza" del cantiere riguarda le recinzioni, non il software.
Registro: chiuso con esito positivo, in esercizio dal 1° luglio.
Il DPO ha chiuso la valutazione d'impatto senza prescrizioni.
Gli operatori del porto chiedono la vista anche sul palmare: buon segno.
Chiusura: "sostituito dalla funzione nativa del fornitore, ora in uso".
Nessuna deviazione dalla pianificazione nel trimestre.
Il modello ha ridotto i falsi allarmi del 40 % rispetto alle vecchie regole.
L'assessore nuovo ha confermato il progetto nel piano annuale.
Ormai niente blocca l'avvio in tutte le scuole della provincia.
""", "pt": """
A distribuidora liberou o acesso às leituras dos medidores em dois dias.
Ata: a diretora clínica pediu para levar o modelo também para a UTI pediátrica.
chat: homologação aprovada de primeira, produção na segunda
Os cafeicultores passaram a consultar a previsão antes de contratar a colheita.
O "custo" citado no relatório é o custo do diesel por rota, uma variável do modelo.
A ANPD não fez nenhuma exigência sobre o projeto.
A integração dos novos colaboradores foi feita pelo RH em duas semanas.
O time de dados está completo e estável desde 2024.
Revisão de portfólio: passou no gate 3 por unanimidade.
chat: o modelo segue bem com os dados deste ano, sem queda
O risco de falta de competência interna foi encerrado após o curso de seis meses.
O objetivo foi claro desde o início: reduzir em 12 % a quilometragem vazia.
Post-mortem: o que deu certo foi envolver a operação desde o começo.
Seria ótimo um dia ligar com a balsa de Santos, mas não está no plano.
O "escopo" da auditoria é a folha de pagamento, não tem a ver com o piloto.
Registro: encerrado com sucesso, em produção desde 1º de julho.
Os atendentes pediram a sugestão também no aplicativo: bom sinal.
Nenhum desvio de cronograma no trimestre.
O modelo reduziu os falsos alarmes em 35 % em relação às regras antigas.
O novo prefeito manteve o projeto no plano plurianual.
O deploy é automático pela esteira há seis meses, sem intervenção manual.
O sindicato participou do desenho e assinou o acordo.
""", "nl": """
De woningcorporatie koppelde het onderhoudsadvies binnen een sprint aan het planningssysteem; monteurs zien het sinds maandag.
Notulen: de nieuwe bestuurder van het waterschap neemt het opdrachtgeverschap over en zat de hele demo uit.
chat: de FG heeft de DPIA vanochtend afgetekend, we mogen door
Als de subsidie ooit zou stoppen, kan de gemeente het zelf dragen; dat is doorgerekend.
Register: sinds 2 augustus 2026 in productie bij alle zes de veilingen.
De "kosten" in de tabel zijn de havengelden per schip, een van de invoervariabelen.
De telers vroegen zelf om het advies ook per sms te krijgen.
Risico "vertrek sleutelpersoon" is afgesloten: twee collega's zijn ingewerkt.
De integratie van de nieuwe collega's liep via het inwerkprogramma van HR.
We vreesden een lange wachttijd bij de EPD-leverancier, maar er bleek een standaardkoppeling te zijn.
De scope is in januari bevroren en we hebben ons eraan gehouden.
Het model voorspelt de bezetting van de spoedpost binnen 5 %, ruim binnen het doel.
mail: "de OR heeft ingestemd, dank voor de zorgvuldige voorbereiding"
Het beheerteam heeft het runbook en de piketdienst overgenomen zonder opmerkingen.
De datakwaliteit van de meetpalen bleek bij controle uitstekend.
Ooit willen we het ook voor de veerdienst naar Vlieland, maar dat staat nergens gepland.
De "adoptie" in het verslag gaat over de adoptie van een zeehond door het personeelsfonds.
Post-mortem van de storing: verlopen certificaat, binnen een uur opgelost, model niet geraakt.
De begroting 2027 is vastgesteld inclusief de beheerkosten.
chat: de haven wil de ligplaatsplanner nu ook op de tablets van de roeiers
Niets houdt de livegang nog tegen.
Het doel stond vanaf dag één vast: 10 % minder lege ritten, nulmeting in 2025.
""", "de": """
Die Genossenschaft hat die Ertragsprognose an ihr Warenwirtschaftssystem angebunden, problemlos in drei Wochen.
Protokoll: der neue Werkleiter übernimmt die Patenschaft und war beim ganzen Review dabei.
Chat: der DSB hat die Folgenabschätzung heute früh freigegeben
Sollte die Förderung je wegfallen, trägt der Kreis den Betrieb; das ist im Haushalt abgesichert.
Register: seit 1. Juli in allen neun Filialen produktiv.
Die Spalte "Kosten" enthält die Trassenentgelte je Zug, eine Eingangsgröße des Modells.
Die Stationsleitungen haben von sich aus um die Ansicht auf dem Tablet gebeten.
Risiko "Abgang Schlüsselperson" geschlossen, zwei Kollegen sind eingearbeitet.
Die Integration der Auszubildenden organisiert die Personalabteilung mit einer Einführungswoche.
Wir hatten ein langes Änderungsfenster beim Klinik-IT-Anbieter befürchtet, es gab aber einen Standardadapter.
Der Umfang wurde im Januar eingefroren und eingehalten.
Die Prognose trifft den Wasserbedarf auf 3 % genau, besser als gefordert.
Mail: "der Betriebsrat hat zugestimmt, danke für die frühe Einbindung"
Der Betrieb hat Runbook und Rufbereitschaft ohne Nachforderungen übernommen.
Die Daten der Messstellen waren bei der Prüfung in Ordnung.
Irgendwann wäre eine Ausweitung auf die Binnenhäfen schön, geplant ist sie nicht.
Mit "Akzeptanz" ist im Bauantrag die Abnahme der Statik gemeint, nicht die Software.
Post-mortem zum Ausfall: abgelaufenes Zertifikat, nach 40 Minuten behoben, Modell nicht betroffen.
Wirtschaftsplan 2027 beschlossen, Betriebskosten enthalten.
Chat: die Lotsen wollen die Liegeplatzplanung jetzt auch auf dem Handy
Nichts blockiert den Go-live mehr.
Das Ziel war von Anfang an klar: 10 % weniger Leerfahrten, Ausgangswert aus 2025.
"""})
