LABEL = "NONE"
# hard negatives: solved/avoided problems, good news, hypotheticals, unmaterialised risks, other senses, negations
S = {"en": """
good news, the dpia came back approved yesterday, we can start the pilot
fwiw data quality turned out fine, the null rate was a bug in my query
the sap interface finally works, first batch went through clean this morning
tbh i was worried about adoption but the planners asked for more features, they love it
budget's fine, we're at 60% spend with 70% done
ok the model predicts repair cost per claim, mae down to 140 eur
raj left but the handover was solid, lena owns the pipeline now and its running
if we ever lose the vendor we'd have to rebuild, but theyre signed till 2029
risk log: possible works council objection. update: they agreed in the first meeting
the security review was quick for once, two minor findings, both fixed
would be nice to have gpu nodes someday, not needed for this use case though
cost forecasting model is live, finance uses it for the monthly close
we thought scope would explode but the po held the line, v1 shipped as planned
data access was granted in 3 days, must be a record
the sponsor changed but the new one is even more keen, got extra headcount
ugh i wish we had more labelled data, but 40k is enough for the pilot
accuracy is at 93%, target was 90. nice
the integration risk didnt materialise, vendor api was exactly as documented
feature "data_quality_score" is just an input column name, ignore the alert in the log
no data quality issues found in the audit, all checks passed
drift alerts fired once, retraining job handled it automatically
the mlops pipeline we set up last quarter made this release a 10 min job
tbh hiring went better than expected, both ml roles filled
we feared the nurses would ignore it, but override rate is only 8%
the legal hold was on a different archive, not ours. all clear
if funding gets cut next year we could shrink to run mode, but nothing suggests that
the churn model's top feature is "contract_cost", makes sense for telco
got the ok from the ciso, llm vendor approved with eu hosting
ok so the "skills gap" slide is from the hr analytics use case, its what the model predicts, not our problem
the pilot store users are asking when the other stores get it
what if the regulator asks for explainability? we have shap reports ready anyway
kpi agreed at kickoff: cut average handling time from 7.5 to 6 min. baseline measured
the ownership question got settled in one email, ops owns it
ugh nearly forgot, the pen test is scheduled, no findings expected since nothing changed
model is at 0.91 auc on the holdout, business happy
we kept scope tight, one warehouse, one sku family, live in 10 weeks
data engineering capacity is fine now that the platform team joined
the budget model estimates marketing spend per channel, its an input not our budget lol
nobody's complaining about latency, p95 is 80ms
fwiw the old mainframe extract still works fine, no reason to touch it
we could have had data issues with the merger, but both crm systems used the same ids
security sign-off in hand, go-live monday
the integration tests passed on first try in uat
honestly this is the smoothest rollout ive seen here
"ownership" in our dataset means vehicle ownership, for the insurance pricing feature
usage is up 30% month on month since the training sessions
good call doing the data audit upfront, saved us weeks
if we had a bigger budget id add a second region, but current scope is right
the spend dashboard shows 4k per month on cloud, well under plan
the retraining worked, precision back to 0.88
Risk of data gaps in legacy archive – mitigated, extract complete
DPIA approved 12/05, no conditions
Budget on track, 55% spent at 60% progress
In production; adoption above target (82% active users)
Integration with SAP PM completed and tested
Works council informed, no objection
Risk closed: key-person dependency resolved by second engineer
Security review passed, minor findings fixed
Data quality audit completed, no blockers
KPI and baseline agreed at gate 1
Scope frozen for release 1, change requests deferred to v2
New sponsor confirmed, continuity ensured
Model meets accuracy target (0.92 vs 0.90)
Pen test clean, go-live approved
Hiring complete, team fully staffed
MLOps pipeline live, monthly retraining automated
Cost model in production, used in budgeting cycle
Legal review done, consent covers use case
Funding for 2027 confirmed
Vendor API integration ahead of schedule
No data residency issue: hosted in Frankfurt region
User feedback positive after pilot, rollout approved
Risk "budget overrun" downgraded to low
Contingency not used, project closed under budget
Predicts staff turnover risk for HR, live since June
Cost-to-serve model delivered to logistics finance
Closed successfully, benefits realised
Potential integration risk with ERP – not materialised
Ownership clarified: claims operations
Model risk validation passed first round
Skills transfer from vendor complete, internal team runs it
In production, no open issues
Data access granted, pipeline running daily
Scope reduced to single site by design; on track
Adoption campaign complete, 9 of 10 branches using daily
Explainability report accepted by regulator
Low risk: labelled data sufficient for pilot
Steering confirmed priority after reorg
Funding secured through 2028
No compliance concerns identified in review
Change requests handled via v2 backlog, v1 unaffected
Performance stable in production for 6 months
Architecture review passed; serving on group platform
Label quality checked: agreement 0.87 between annotators
Pilot KPIs met, scale-up approved
Risk register: all items green
Latency target met in load test
Backup owner named, no single point of failure
Cost savings 1.2M EUR confirmed by controlling
Audit finding from 2025 closed
""", "de": """
gute nachricht, der personalrat hat der dienstvereinbarung gestern zugestimmt
die lücken in den zählerdaten waren ein anzeigefehler im dashboard, die daten sind vollständig
ehrlich gesagt dachte ich, die monteure meckern, aber die wollen die app jetzt auf allen tablets
das modell schätzt die wartungskosten pro turbine, abweichung liegt bei 6 prozent
falls der förderbescheid nicht kommt, müssten wir kürzen, aber er ist seit montag da
budget passt, 40 prozent verbraucht bei halber laufzeit
ugh fast vergessen: der pentest hatte nur zwei niedrige befunde, beide behoben
das wort "ausfall" in der tabelle heißt hier zahlungsausfall, nicht systemausfall
Risiko Schlüsselperson – entschärft, zweite Entwicklerin eingearbeitet
DSFA ohne Auflagen freigegeben (12.11.)
Schnittstelle zum Leitstand abgenommen
Trefferquote 0,94, Ziel übertroffen
Förderung bis 2028 gesichert
Anwender im Pilot sehr zufrieden, Ausweitung beschlossen
Kein Datenschutzthema, Hosting im eigenen RZ
Scope Release 1 eingefroren, Wünsche im Backlog v2
Modell prognostiziert Personalkosten je Station, produktiv
Nachfolge für Product Owner geregelt, keine Lücke
Risiko Datenqualität geprüft und geschlossen
Lenkungskreis bestätigt Priorität nach Umstrukturierung
Erfolgreich in Betrieb, Nutzen 800 T€ p.a.
Integrationsrisiko mit MES nicht eingetreten
""", "fr": """
bonne nouvelle, le cse a rendu un avis favorable ce matin
les trous dans les données de validation étaient un bug d'export, tout est revenu
les chefs de rayon en redemandent, ils veulent la prévision sur les produits frais aussi
le modèle estime le coût moyen d'un séjour hospitalier, erreur autour de 5 %
si la subvention n'était pas renouvelée on réduirait la voilure, mais elle vient d'être votée
on est à 45 % du budget pour 60 % de l'avancement
le mot « risque » dans la table désigne le risque assuré, pas un risque projet
franchement la reprise du code par l'équipe interne s'est super bien passée
Risque de dépendance au prestataire – levé, compétences transférées
AIPD validée par le DPO sans réserve
Interface avec le logiciel de caisse recettée
Précision de 0,92, objectif dépassé
Financement assuré jusqu'en 2028
Retours très positifs des agents, généralisation décidée
Pas d'enjeu RGPD, données anonymisées à la source
Périmètre figé pour la V1, demandes reportées en V2
Modèle de coût de maintenance des rames en production
Successeur du sponsor nommé, projet confirmé
Audit qualité des données : aucun point bloquant
Comité confirme la priorité malgré la réorganisation
En production, gains de 1,1 M€ par an constatés
Risque d'intégration avec l'ERP non avéré
""", "es": """
buenas noticias, el comité de empresa dio el visto bueno ayer
los huecos en las lecturas eran un fallo del informe, los datos estaban completos
la verdad pensaba que recepción no lo usaría, pero ya piden la versión móvil
el modelo estima el coste de mantenimiento por antena, error del 6 %
si no renuevan la subvención habría que recortar, pero ya está concedida
vamos por el 40 % del presupuesto con la mitad del proyecto hecho
en la tabla "baja" significa baja de cliente, no baja médica
el traspaso de conocimiento de la consultora salió muy bien
Riesgo de dependencia del proveedor – mitigado
EIPD aprobada sin condiciones por el DPD
Integración con el PMS probada y aceptada
Acierto del 93 %, objetivo superado
Financiación asegurada hasta 2028
Muy buena acogida en los hoteles piloto, se amplía
Sin problemas de privacidad, datos anonimizados
Alcance de la primera versión congelado, resto a la v2
Modelo de coste de personal por tienda en producción
Nuevo patrocinador nombrado, continuidad garantizada
Auditoría de datos sin incidencias
Comité confirma la prioridad tras la reorganización
En producción, ahorro de 900 mil euros anuales
El riesgo de integración con el ERP no se materializó
""", "it": """
buone notizie, le rsu hanno firmato l'accordo ieri sera
i buchi nei dati delle presse erano un errore del report, i dati ci sono tutti
onestamente pensavo che i medici lo rifiutassero, invece chiedono di estenderlo
il modello stima il costo di manutenzione per gru, errore medio del 7 %
se il bando non venisse rinnovato dovremmo ridurre, ma è appena stato confermato
siamo al 35 % del budget con metà del lavoro fatto
nella tabella "sinistro" è il tipo di evento assicurato, non un problema del progetto
il passaggio di consegne dalla software house è andato benissimo
Rischio dipendenza dal fornitore – mitigato
DPIA approvata dal DPO senza rilievi
Integrazione con il sistema doganale collaudata
Accuratezza del 92 %, obiettivo superato
Finanziamento garantito fino al 2028
Ottimo riscontro nei negozi pilota, si estende a tutta la rete
Nessun problema privacy, dati anonimizzati all'origine
Perimetro della prima release congelato, richieste nella v2
Modello del costo energetico per linea in produzione
Nuovo sponsor nominato, progetto confermato
Audit sulla qualità dei dati senza criticità
Il comitato conferma la priorità dopo la riorganizzazione
In produzione, risparmi per 700 mila euro l'anno
Rischio di integrazione con SAP non verificatosi
""", "pt": """
boa notícia, o encarregado de dados aprovou o relatório de impacto
os buracos nos dados de safra eram erro do relatório, os dados estão completos
os gerentes de agência gostaram e pediram mais funcionalidades
o modelo estima o custo de frete por rota, erro médio de 5 %
se o edital não fosse renovado teríamos que cortar, mas já saiu a aprovação
Risco de dependência do fornecedor – mitigado
Integração com o ERP da cooperativa concluída
Acurácia de 91 %, meta superada
Financiamento garantido até 2028
Encerrado com sucesso, ganhos confirmados pela controladoria
""", "nl": """
goed nieuws, de ondernemingsraad heeft gisteren positief geadviseerd
de gaten in de meetdata waren een fout in het dashboard, de data is compleet
eerlijk gezegd dacht ik dat de handhavers zouden dwarsliggen, maar ze willen het nu overal
het model schat de onderhoudskosten per woning, afwijking rond 6 procent
als de subsidie niet verlengd wordt moeten we versoberen, maar die is net toegekend
we zitten op 40 procent van het budget bij de helft van de doorlooptijd
in de tabel betekent "uitval" uitval van pompen, niet van het project
de kennisoverdracht van de externe is prima verlopen, wij draaien het zelf
Risico afhankelijkheid leverancier – gemitigeerd
DPIA goedgekeurd door FG zonder voorwaarden
Koppeling met zaaksysteem getest en geaccepteerd
Nauwkeurigheid 0,93, doel ruim gehaald
Financiering tot en met 2028 geregeld
Zeer positieve reacties van kwekers, uitrol besloten
Geen privacyrisico, data geanonimiseerd bij de bron
Scope eerste release bevroren, wensen naar v2
Kostenmodel voor dijkonderhoud in productie
Nieuwe opdrachtgever benoemd, project loopt door
Data-audit zonder bevindingen afgerond
Stuurgroep bevestigt prioriteit na reorganisatie
In productie, besparing van 600 duizend euro per jaar
Integratierisico met ERP niet opgetreden
"""}
