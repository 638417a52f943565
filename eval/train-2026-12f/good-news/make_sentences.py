#!/usr/bin/env python3
"""Writes sentences.csv for the good-news training slice (eval/train-2026-12f/good-news).

Every sentence below was written by hand, one per line, as "lang|text". Nothing is generated:
the script only parses the blocks, numbers the rows, checks the counts and writes the CSV.
Negatives (NONE) use a cause's vocabulary to report good news, solved problems, approvals,
risks that did not happen, plans, questions or neutral facts. Positives are the contrast:
real trouble told in words that usually sound positive or neutral.

Training material only: never score the product on these files.
"""
import csv
import io
import os
from collections import Counter

CAUSES = [
    "DATA_READINESS",
    "UNCLEAR_OBJECTIVE",
    "PRODUCTION_ARCHITECTURE",
    "INTEGRATION",
    "SECURITY_COMPLIANCE",
    "OWNERSHIP_SPONSORSHIP",
    "SKILLS_GAP",
    "SCOPE_CREEP",
    "USER_ADOPTION",
    "COST_FUNDING",
    "TECHNICAL_FEASIBILITY",
]
LANGS = ["en", "de", "fr", "es", "nl", "it", "pt"]
NEG = {}
POS = {}

NEG["DATA_READINESS"] = """
en|The labelled training set arrived on Tuesday, two days ahead of plan.
en|Data access to the claims warehouse was granted this morning, thanks Priya.
en|Data quality checks passed on all 14 source tables.
en|We no longer need the manual CSV exports; the nightly feed covers everything now.
en|Missing values in the customer table dropped from 12% to under 1% after the upstream fix.
en|The labelling vendor delivered 40k annotated images and the spot check found no errors worth mentioning.
en|Great news: the data sharing agreement with the hospitals is signed and the extracts start Monday.
en|Data profiling report attached, no anomalies found.
en|The siloed sales data is now in the lakehouse alongside finance and ops.
en|Closing this ticket: the duplicate records were removed and the dedup job runs daily.
en|Historical data goes back to 2014, which is more than the model needs.
en|If the vendor feed is late we can fall back on last month's snapshot, but so far it has always arrived on time.
en|Could someone confirm whether the 2019 data uses the same product codes as 2020?
en|Steering minutes: data readiness rated green for the third month running.
en|Release notes 2.3: added schema validation on ingest; zero rejected rows in the first week.
en|The representativeness check showed all regions in proportion to live traffic.
en|Labels from the second annotator agree with the first on 96% of samples.
en|We stopped copying spreadsheets by hand once the pipeline went live.
en|Data catalogue entry created for the sensor dataset, owner and refresh schedule filled in.
en|Status: extracts complete, cleaned and versioned in DVC.
en|The gap in the March telemetry turned out to be a display bug; the data itself is complete.
en|Good to know that the CRM data is already deduplicated at source.
en|Plan for Q2: add weather data as an extra feature source.
en|Nothing was lost in the migration, row counts match to the record.
en|We would need more labels only if we extend to Spanish, which is not planned.
en|Access request for the HR dataset approved by the data owner within a day.
en|The sample we got is big enough for training and a clean hold-out set.
en|Annotation guidelines v2 are out and the labelling team says they are much clearer.
en|Data freshness SLA met every day this sprint.
en|Is the anonymised export ready yet, or should I use the test extract for now?
en|Email from data office: the master data cleanup finished early and all open items are closed.
en|Label noise measured at 2%, well within what the model tolerates.
en|Retro: the data onboarding went smoothly, credit to the platform team.
en|Old manual data pulls are gone; the team has not touched Excel in weeks.
en|The bias audit found the training data balanced across age groups.
en|Thanks to the new API we finally have the complete order history in one place.
en|Data readiness checklist: 12 of 12 items ticked.
en|We expect the second batch of labelled data by the 15th, as agreed with the vendor.
en|Closure note: data issue from INC-2231 fixed at source, no recurrence since.
en|The data looks good, let's start training.
de|Die gelabelten Trainingsdaten sind vollständig angekommen, danke an das Annotationsteam.
de|Datenzugriff auf das Data Warehouse wurde heute freigegeben.
de|Die Datenqualitätsprüfung ergab keine Auffälligkeiten.
de|Wir brauchen keine manuellen Excel-Exporte mehr, die Schnittstelle liefert alles automatisch.
de|Fehlende Werte in der Kundentabelle wurden bereinigt, die Quote liegt jetzt unter einem Prozent.
de|Lenkungsausschuss: Datenlage ist grün, keine offenen Punkte.
de|Falls die Daten aus dem Altsystem unvollständig wären, hätten wir noch die Archivkopie.
de|Die Historie reicht bis 2015 zurück, das genügt für das Modell locker.
de|Wann kommen die anonymisierten Daten aus dem Werk Nord?
fr|Les données annotées ont été livrées en avance, merci à l'équipe.
fr|L'accès à l'entrepôt de données a été accordé ce matin.
fr|Le contrôle qualité des données n'a relevé aucune anomalie.
fr|Nous n'avons plus besoin des extractions manuelles depuis la mise en place du flux quotidien.
fr|Les doublons ont été supprimés et le taux de valeurs manquantes est désormais négligeable.
fr|COPIL : la préparation des données est au vert, rien à signaler.
fr|Si jamais le fournisseur livrait en retard, nous aurions l'extraction du mois précédent.
fr|L'historique disponible couvre dix ans, largement suffisant pour l'entraînement.
fr|Est-ce que le jeu de test anonymisé est déjà disponible ?
es|Los datos etiquetados llegaron completos y antes de lo previsto.
es|Cerrado: el fallo de zona horaria en los registros de sensores era de la vista; los datos brutos están bien.
es|La revisión de calidad de datos no encontró ningún problema.
es|Ya no hacemos extracciones manuales: el flujo diario lo cubre todo.
es|Los registros duplicados se eliminaron y la tabla de clientes está limpia.
es|Correo de Marta: el proveedor de etiquetado repasó las 2.000 imágenes dudosas y ya están corregidas.
es|¿Alguien sabe si los datos de 2018 usan la misma codificación?
es|El histórico cubre ocho años, más que suficiente para entrenar.
nl|De gelabelde dataset is compleet binnengekomen, top werk van het team.
nl|Ticket gesloten: de leesrechten op de sensortabellen zijn toegekend en door Ruben getest.
nl|De datakwaliteitscontrole leverde geen bevindingen op.
nl|We hoeven niet meer handmatig te exporteren sinds de koppeling draait.
nl|Ontbrekende waarden zijn opgeschoond, nog geen half procent over.
nl|Mail van het datateam: de koppeling met het klantsysteem levert sinds vrijdag volledige records, ook voor de oude klantnummers.
nl|Mochten de brondata ooit vertraagd zijn, dan hebben we nog de snapshot van vorige maand.
nl|Wanneer komt de tweede batch gelabelde data binnen?
it|I dati etichettati sono arrivati completi e in anticipo.
it|Il fornitore ci ha passato anche lo storico meteo, gratis, e i timestamp combaciano con i nostri.
it|Il controllo di qualità dei dati non ha rilevato anomalie.
it|Non facciamo più estrazioni manuali da quando il flusso notturno è attivo.
it|I duplicati sono stati rimossi e i valori mancanti sono quasi zero.
it|Ragazzi, il dump delle fatture 2022 è completo, niente buchi questa volta.
it|Lo storico copre dieci anni, più che sufficiente per il modello.
it|Quando arriva il secondo lotto di dati annotati?
pt|Os dados rotulados chegaram completos e antes do prazo.
pt|Boa notícia: a equipa de campo recolheu as 500 amostras que faltavam e já estão rotuladas.
pt|A verificação de qualidade dos dados não encontrou problemas.
pt|Deixámos de fazer extrações manuais desde que o fluxo diário entrou em produção.
pt|Os registos duplicados foram removidos e a tabela de clientes está limpa.
pt|Nota de fecho: o problema dos códigos postais inválidos foi corrigido na origem e não voltou a aparecer.
pt|O histórico cobre nove anos, o que chega perfeitamente para o treino.
pt|Dá para confirmar se o ficheiro de março já inclui as lojas novas? Se sim, fechamos o ticket.
"""

POS["DATA_READINESS"] = """
en|Data access was approved in principle in June; we still cannot query a single table.
en|The labelled set arrived on time, but half the labels turned out to be copied from the default value.
en|The data is all there, just spread across nine systems nobody can join.
en|Great turnout at the labelling workshop, and then nobody labelled anything after it.
en|We have plenty of data, only none of it from the plants where the model is supposed to run.
en|The data quality dashboard is green because it only checks that the files exist.
en|The feed runs every night without fail; it has been sending the same stale snapshot since March.
en|Good news is we found the historical records; bad news is they are scanned PDFs.
en|Data sharing agreement signed; the extracts that arrived cover one of the five hospitals.
en|The training data was perfect for 2021 customers, which is not who buys from us anymore.
en|We got 200k rows, of which 180k are test records someone forgot to delete.
en|Labels are consistent, consistently wrong on the rare classes we actually care about.
en|Everyone agrees the data is valuable; it is still locked in the plant historians with no export.
en|The vendor delivered exactly what we ordered, which was the wrong month.
en|The migration kept every row, and every broken date format with it.
en|Status green on data, except that the customer IDs do not match between CRM and billing.
en|Closure note: the model was fine, it just never got enough clean examples to learn from.
en|The extract looked complete until we noticed it stops at the first 65k rows.
de|Die Daten sind vorhanden, nur fehlen bei der Hälfte der Datensätze die Zeitstempel.
de|Zugriff grundsätzlich genehmigt, die Tabellen sind aber nach drei Monaten immer noch leer.
de|Die Labels kamen pünktlich, leider zur Hälfte falsch.
de|Viele Daten, aber keine aus den Filialen, in denen das Modell laufen soll.
fr|Les données existent bien, mais dispersées dans six silos que personne ne sait relier.
fr|Accès accordé sur le papier, toujours aucune table lisible trois mois plus tard.
fr|L'annotation a été livrée à temps, avec un tiers d'étiquettes erronées.
fr|Beaucoup de données, aucune provenant des sites où le modèle doit tourner.
es|Los datos existen, pero nadie consigue cruzarlos entre los cinco sistemas.
es|El acceso se aprobó en principio y seguimos sin poder leer una sola tabla.
es|El etiquetado llegó a tiempo, con la mitad de las etiquetas mal puestas.
es|Tenemos muchísimos datos, pero ninguno de las tiendas donde tiene que funcionar el modelo.
nl|De nachtelijke feed draait trouw, alleen stuurt hij sinds maart steeds dezelfde verouderde snapshot.
nl|Mooi dat de historische dossiers terecht zijn, jammer dat het ingescande pdf's zijn.
nl|De labels kwamen op tijd, helaas voor een derde fout.
nl|Het dashboard staat op groen omdat het alleen controleert of het bestand er is.
it|La migrazione ha conservato ogni riga, e con loro ogni data nel formato sbagliato.
it|Accesso approvato in linea di principio, ma dopo tre mesi non leggiamo ancora nulla.
it|Le etichette sono arrivate puntuali, ma metà erano sbagliate.
pt|Recebemos 200 mil linhas, das quais 180 mil são registos de teste que alguém se esqueceu de apagar.
pt|Acesso aprovado em princípio, e três meses depois ainda não conseguimos ler nenhuma tabela.
pt|Os dados de treino eram perfeitos para os clientes de 2021, que já não são quem nos compra.
"""

NEG["UNCLEAR_OBJECTIVE"] = """
en|The success criterion is agreed: cut average handling time by 15% against the Q1 baseline.
en|Baseline measured over six weeks and signed off by the business owner.
en|Steering minutes: the KPI definition was approved without changes.
en|The business problem is clear and written on the first page of the charter.
en|We stopped arguing about what success means once finance put a number on it.
en|Objective confirmed with the ops director: fewer missed deliveries, nothing else.
en|The target of 90% recall came from the fraud team and they still stand by it.
en|Workshop outcome: everyone left with the same definition of done.
en|We no longer measure vanity metrics; the dashboard shows only the three agreed KPIs.
en|The problem statement was refined once and has not changed since March.
en|If the pilot beats the baseline by 5%, we go to rollout, as agreed.
en|Could you share the baseline numbers so I can put them in the status report?
en|Release notes: KPI tracking added to the admin page, matching the success criteria in the charter.
en|Good call to start from the business problem rather than the model.
en|The KPI moved from 71% to 84% in the first month, ahead of target.
en|Charter reviewed, objective and measures unchanged, no action needed.
en|The sponsor confirmed the use case is still the top priority for the claims team.
en|Acceptance criteria for the pilot are written down and everyone has read them.
en|Plan: revisit the success criteria at the end of Q3, as we do for every product.
en|Email from Lisa: the baseline study is finished and the numbers are in the shared folder.
en|We know exactly which decision the forecast feeds into, the weekly replenishment run.
en|The value case was validated by controlling and the benefits are booked in the plan.
en|Retro: having a single measurable goal kept the team focused all quarter.
en|Nothing unclear about the goal: reduce false alarms on line 3.
en|What would be a good stretch target for next year, given we already hit this one?
en|Success criteria met, closing the pilot epic and opening the rollout epic.
en|Problem framing session went well, the users described the pain point in their own words.
en|The old goal of a chatbot for everything was dropped in favour of one clear use case.
en|Hypothesis for the A/B test is documented in the experiment brief.
en|Status: objectives green, KPI owner named, baseline frozen.
en|We measured the before state properly this time, so the comparison will be fair.
en|Steering confirmed that the business outcome, not model accuracy, is the measure of success.
en|The KPI is simple enough that the floor staff can explain it.
en|Before we start, let's agree on what we would call a win; I suggest the numbers in the charter.
en|The baseline was slightly lower than expected, which makes the target easier to hit.
en|Closure note: the pilot reached its stated objective and the business signed it off.
en|No disagreement on the goal in today's review.
en|I think the objective is well understood by the team now, thanks for the walkthrough.
en|Benefit tracking: savings of 120k realised against the 100k in the business case.
en|The use case was picked by the business, not by the data science team, which helped a lot.
de|Das Erfolgskriterium ist vereinbart: 15 % weniger Bearbeitungszeit gegenüber der Baseline.
de|Die Baseline wurde über sechs Wochen gemessen und vom Fachbereich abgenommen.
de|Lenkungsausschuss: KPI-Definition ohne Änderungen freigegeben.
de|Das Geschäftsproblem ist klar beschrieben und seit dem Kick-off unverändert.
de|Wir haben aufgehört, über Erfolg zu diskutieren, seit das Controlling eine Zahl festgelegt hat.
de|Der KPI ist im ersten Monat von 70 auf 83 % gestiegen, besser als geplant.
de|Wenn der Pilot die Baseline um 5 % schlägt, geht es in den Rollout.
de|Kannst du mir die Baseline-Zahlen für den Statusbericht schicken?
de|Ziel erreicht, der Pilot wird abgeschlossen und der Rollout beantragt.
fr|Le critère de succès est validé : moins 15 % sur le temps de traitement.
fr|La baseline a été mesurée sur six semaines et validée par le métier.
fr|COPIL : la définition du KPI est approuvée sans modification.
fr|Le problème métier est clair et n'a pas bougé depuis le lancement.
fr|L'objectif est atteint avec un mois d'avance.
fr|Si le pilote dépasse la baseline de 5 %, on passe au déploiement, comme convenu.
fr|Peux-tu m'envoyer les chiffres de référence pour le rapport ?
fr|Atelier de cadrage réussi : tout le monde repart avec la même définition du succès.
fr|On a abandonné l'idée d'un assistant universel au profit d'un seul cas d'usage bien défini.
es|El criterio de éxito está acordado: reducir un 15 % el tiempo de gestión.
es|La línea base se midió durante seis semanas y el negocio la validó.
es|Correo del director de operaciones: el objetivo sigue siendo reducir las devoluciones y la cifra de partida ya la tenemos.
es|El objetivo se cumplió un mes antes de lo previsto.
es|Si el piloto supera la línea base en un 5 %, pasamos al despliegue.
es|¿Me pasas los números de la línea base para el informe?
es|El problema de negocio está claro y no ha cambiado desde el arranque.
es|Dejamos de perseguir métricas de vanidad y solo medimos los tres KPI acordados.
nl|Het succescriterium staat: 15 % minder doorlooptijd ten opzichte van de nulmeting.
nl|De nulmeting is zes weken lang gedaan en door de business goedgekeurd.
nl|We weten nu precies welk besluit het model ondersteunt: de weekplanning van de monteurs.
nl|Het doel is een maand eerder gehaald dan gepland.
nl|Als de pilot de baseline met 5 % verslaat, gaan we uitrollen.
nl|Welk streefdoel zetten we voor volgend jaar, nu we dit jaar al gehaald hebben?
nl|Het bedrijfsprobleem is helder en sinds de start niet veranderd.
nl|Goede workshop: iedereen heeft nu dezelfde definitie van succes.
it|Il criterio di successo è concordato: meno 15 % sui tempi di lavorazione.
it|La baseline è stata misurata per sei settimane e approvata dal business.
it|Nota di chiusura: il pilota ha raggiunto l'obiettivo dichiarato e il business l'ha firmato.
it|Obiettivo raggiunto con un mese di anticipo.
it|Il beneficio misurato dal controllo di gestione è di 120 mila euro, contro i 100 mila del business case.
it|Mi mandi i numeri della baseline per il report?
it|Il problema di business è chiaro e non è cambiato dall'avvio.
it|Abbiamo smesso di inseguire metriche di facciata, ora contano solo i tre KPI concordati.
pt|O critério de sucesso está acordado: menos 15 % no tempo de tratamento.
pt|A linha de base foi medida durante seis semanas e validada pelo negócio.
pt|O caso de uso foi escolhido pela área de sinistros, não pela equipa de dados, e isso ajudou muito.
pt|Objetivo atingido um mês antes do previsto.
pt|Boa sessão com os utilizadores: descreveram o problema com as palavras deles e bate certo com o que medimos.
pt|Podes enviar-me os números da linha de base para o relatório?
pt|O problema de negócio está claro e não mudou desde o arranque.
pt|Workshop de enquadramento correu bem, todos saíram com a mesma definição de sucesso.
"""

POS["UNCLEAR_OBJECTIVE"] = """
en|The pilot was a technical success; nobody could say what business number it was supposed to move.
en|Everyone loved the demo, and three months later we still have no agreed KPI.
en|The charter says improve customer experience, which every team reads differently.
en|We hit every target we set, but the targets were model metrics nobody in the business cares about.
en|Success criteria were approved, then quietly rewritten each time a result came in.
en|Great enthusiasm from leadership for using AI somewhere in claims; the somewhere was never decided.
en|The baseline was never measured, so the 20% improvement is a guess.
en|We built a very accurate model for a question the sales team was not asking.
en|Steering was happy with progress, but the minutes show four different goals across four meetings.
en|The use case was chosen because the vendor had a ready demo, not because anyone had the problem.
en|All stakeholders agreed it was important; none agreed on what done looks like.
en|Closure note: delivered as specified, but the specification never said what problem it solves.
en|The forecast is accurate to 2%, and it turns out the planners already knew those numbers.
en|Kick-off went smoothly, mainly because we avoided the question of what we are measuring.
en|The business case was signed off with the benefit line left as TBD.
en|Management wants an AI story for the annual report; the team is still looking for the problem.
en|The KPI improves nicely every quarter; it is a different KPI every quarter.
en|The model works; what the users should do differently because of it has never been defined.
de|Der Pilot war technisch ein Erfolg, nur konnte niemand sagen, welche Kennzahl er verbessern sollte.
de|Alle fanden die Demo toll, ein vereinbartes Erfolgskriterium gibt es bis heute nicht.
de|Die Baseline wurde nie gemessen, die 20 % Verbesserung sind geschätzt.
de|Wir haben ein sehr genaues Modell für eine Frage gebaut, die der Vertrieb gar nicht stellt.
fr|Le pilote est un succès technique, mais personne ne sait quel indicateur il devait améliorer.
fr|Tout le monde a adoré la démo ; trois mois après, toujours aucun KPI convenu.
fr|Le cas d'usage a été choisi parce que l'éditeur avait une démo prête, pas parce qu'il répondait à un besoin.
fr|Objectif validé en COPIL, puis reformulé à chaque nouveau résultat.
es|El piloto fue un éxito técnico, pero nadie supo decir qué indicador debía mejorar.
es|A todos les encantó la demo y seguimos sin un KPI acordado.
es|La línea base nunca se midió, así que la mejora del 20 % es una suposición.
es|Todos coinciden en que es importante; nadie coincide en qué significa terminado.
nl|De pilot was technisch geslaagd, maar niemand kon zeggen welk getal beter moest worden.
nl|Iedereen was enthousiast over de demo, een afgesproken KPI is er nog steeds niet.
nl|Elke stuurgroep noemt een ander doel: vier vergaderingen, vier doelen.
nl|We hebben een heel nauwkeurig model gebouwd voor een vraag die niemand stelde.
it|Il pilota è stato un successo tecnico, ma nessuno sa quale indicatore dovesse migliorare.
it|La demo è piaciuta a tutti, ma un KPI condiviso non esiste ancora.
it|Il business case è stato firmato con la riga dei benefici ancora a «da definire».
pt|O piloto foi um sucesso técnico, mas ninguém soube dizer que indicador devia melhorar.
pt|Todos adoraram a demo e continuamos sem um KPI acordado.
pt|A direção quer uma história de IA para o relatório anual; a equipa ainda anda à procura do problema.
"""

NEG["PRODUCTION_ARCHITECTURE"] = """
en|The model is deployed to production behind the standard API gateway and serving traffic.
en|CI/CD pipeline for the model is green; every merge now builds, tests and deploys automatically.
en|Monitoring dashboards are live and drift alerts go to the on-call channel.
en|We no longer deploy by copying notebooks to the server; everything goes through the pipeline.
en|Retraining runs monthly on the MLOps platform without anyone touching it.
en|Release notes 1.4: model registry integration, canary deployment and automatic rollback.
en|Zero serving incidents since go-live six weeks ago.
en|The POC code was thrown away and rebuilt properly for production, as planned from day one.
en|Latency in production is 40 ms at p95, well under the 200 ms target.
en|Steering minutes: production readiness review passed, go-live approved for the 12th.
en|Feature store is in place, so training and serving use the same feature code.
en|The old batch scoring script was retired once the real-time service went live.
en|If the canary shows a regression, the pipeline rolls back on its own; it has not needed to yet.
en|Can someone add the new model version to the monitoring config?
en|Platform team confirmed the Kubernetes namespace and the GPU quota are ready.
en|Closure note: deployment path delivered, runbook written, handed over to ops.
en|The model has been running in production for a year with two planned retrainings.
en|Drift check last night: nothing unusual, inputs look like the training data.
en|We stopped retraining by hand after the scheduled pipeline proved stable.
en|Deployment took eleven minutes end to end, mostly waiting for the image scan.
en|Status: MLOps setup complete, green across the board.
en|Plan for next sprint: add shadow mode for the new model before switching traffic.
en|The ops team signed off the runbook and the alerting thresholds.
en|Good to see the blue-green deployment working exactly as designed.
en|Architecture review: the production design was accepted with two minor comments, both fixed.
en|Autoscaling handled the Black Friday peak without a single timeout.
en|Model versions are tracked in the registry, and we can reproduce any of them.
en|Would it make sense to move the scoring service to the shared cluster next year?
en|The serving container passed the performance test at three times the expected load.
en|Production monitoring caught a data schema change and paged us before users noticed, as intended.
en|Email from ops: the handover went well and they are comfortable running the service.
en|We built the POC on the production stack from the start, so there was nothing to rewrite.
en|Uptime for the recommendation service last quarter: 99.97%.
en|Rollback was tested in staging and takes under a minute.
en|Retro: having a deployment pipeline from sprint one paid off.
en|The model endpoint is now registered in the service catalogue with an owner and SLO.
en|Nothing left on the production readiness checklist.
en|Logging of predictions is in place for audit and later retraining.
en|Infrastructure as code for the whole stack was merged today.
en|A retraining job finished overnight and the new model was promoted after passing the checks.
de|Das Modell läuft produktiv hinter dem Standard-API-Gateway.
de|Die CI/CD-Pipeline ist grün, jeder Merge wird automatisch getestet und ausgerollt.
de|Monitoring ist eingerichtet, Drift-Alarme gehen an die Rufbereitschaft.
de|Wir kopieren keine Notebooks mehr auf den Server, alles läuft über die Pipeline.
de|Das monatliche Retraining läuft ohne manuelles Eingreifen.
de|Seit dem Go-live vor sechs Wochen keine einzige Störung im Betrieb.
de|Lenkungsausschuss: Produktionsabnahme bestanden, Go-live am 12. freigegeben.
de|Falls der Canary schlechter ist, rollt die Pipeline automatisch zurück.
de|Der Betrieb hat das Runbook abgenommen und übernimmt den Service.
fr|Le modèle est en production derrière la passerelle API standard.
fr|La chaîne CI/CD est au vert : chaque fusion est testée et déployée automatiquement.
fr|Le monitoring est en place et les alertes de dérive arrivent à l'astreinte.
fr|Nous ne déployons plus à la main depuis que la chaîne MLOps est opérationnelle.
fr|Le réentraînement mensuel tourne sans intervention.
fr|Aucun incident en production depuis la mise en service.
fr|COPIL : revue de mise en production passée, go-live validé.
fr|Le POC a été réécrit proprement pour la production, comme prévu dès le départ.
fr|L'exploitation a validé le runbook et reprend le service.
es|El modelo está en producción detrás de la pasarela API estándar.
es|El pipeline de CI/CD está en verde y despliega automáticamente.
es|La monitorización está activa y las alertas de deriva llegan a guardia.
es|Ya no desplegamos a mano; todo pasa por el pipeline.
es|Ya tenemos el feature store, así que entrenamiento y servicio usan el mismo código de variables.
es|El autoescalado aguantó el pico del Black Friday sin un solo timeout.
es|El reentrenamiento mensual funciona solo, sin intervención.
es|Operaciones aprobó el runbook y se hace cargo del servicio.
nl|Het model draait in productie achter de standaard API-gateway.
nl|De CI/CD-pipeline is groen en rolt automatisch uit.
nl|Monitoring staat aan en driftmeldingen gaan naar de piketdienst.
nl|We zetten geen notebooks meer handmatig op de server.
nl|Nul incidenten in productie sinds de livegang.
nl|Rollback getest in de acceptatieomgeving: duurt minder dan een minuut.
nl|Het maandelijkse hertrainen loopt zonder handwerk.
nl|Beheer heeft het runbook goedgekeurd en neemt de dienst over.
it|Il modello è in produzione dietro il gateway API standard.
it|La pipeline CI/CD è verde e rilascia in automatico.
it|Il monitoraggio è attivo e gli allarmi di drift arrivano alla reperibilità.
it|Non rilasciamo più copiando notebook sul server.
it|Il controllo di drift di stanotte non ha segnalato nulla, gli input somigliano ai dati di training.
it|Note di rilascio 2.1: registro dei modelli, deploy canary e rollback automatico.
it|Il riaddestramento mensile gira da solo.
it|Le operations hanno approvato il runbook e prendono in carico il servizio.
pt|O modelo está em produção atrás do gateway de API padrão.
pt|O pipeline de CI/CD está verde e faz o deploy automaticamente.
pt|A monitorização está ativa e os alertas de drift vão para o piquete.
pt|Deixámos de fazer deploy à mão desde que o pipeline ficou pronto.
pt|Zero incidentes em produção desde o go-live.
pt|Uptime do serviço de recomendação no último trimestre: 99,97 %.
pt|O retreino mensal corre sozinho, sem intervenção.
pt|A equipa de operações aprovou o runbook e assumiu o serviço.
"""

POS["PRODUCTION_ARCHITECTURE"] = """
en|The POC was a great success on Maria's laptop, and that is still the only place it runs.
en|Accuracy is excellent in the notebook; there is simply no way to get it in front of users.
en|We celebrated the model in October and have been waiting for a server ever since.
en|Deployment is fully automated, except for the six manual steps Tom does on Fridays.
en|Monitoring is in place in the sense that someone looks at the output when they remember.
en|The pilot worked beautifully because a data scientist reran it by hand every morning.
en|Production readiness was approved on the condition of a serving platform that does not exist yet.
en|The model has never been retrained since launch, and the business has changed twice.
en|Everyone was happy with the demo until ops asked how to deploy it.
en|Closure note: strong prototype, no path from prototype to production was ever planned.
en|The container builds fine; no environment will run it.
en|Drift monitoring showed all green for months because it was pointing at the test data.
en|The model went live, in the sense that a CSV is emailed to the team each week.
en|We have a model registry, a feature store and a pipeline, none of them connected to each other.
en|Status green for modelling, red for everything needed to run it.
en|The POC was built for speed and rebuilding it properly would take longer than the original project.
en|Handover to ops was scheduled three times; they still do not have a runbook.
en|The scores are correct, they just arrive two days after the decision has been made.
de|Der Prototyp läuft hervorragend, aber nur auf einem Laptop im Team.
de|Das Modell wurde gefeiert und wartet seitdem auf eine Betriebsumgebung.
de|Seit dem Go-live wurde das Modell nie nachtrainiert, obwohl sich die Daten verändert haben.
de|Der Pilot lief gut, weil jemand ihn jeden Morgen von Hand gestartet hat.
fr|Le POC fonctionne très bien, mais uniquement sur le poste d'un data scientist.
fr|Modèle validé en octobre, toujours en attente d'un environnement de production.
fr|Le pilote a tourné parce que quelqu'un le relançait à la main chaque matin.
fr|Aucun réentraînement depuis le lancement, alors que les données ont beaucoup changé.
es|El prototipo funciona de maravilla, pero solo en el portátil de una persona.
es|Celebramos el modelo en octubre y desde entonces esperamos un entorno productivo.
es|El piloto salió bien porque alguien lo relanzaba a mano cada mañana.
es|Las predicciones son correctas; solo llegan dos días después de que se haya tomado la decisión.
nl|Het prototype werkt prima, maar alleen op de laptop van één collega.
nl|De driftmonitoring stond maandenlang op groen, want hij keek naar de testdata.
nl|De pilot liep goed omdat iemand hem elke ochtend met de hand opnieuw startte.
nl|Sinds de livegang is het model nooit opnieuw getraind.
it|Il prototipo funziona benissimo, ma solo sul portatile di un collega.
it|Il modello è andato live, nel senso che ogni settimana qualcuno manda un CSV per mail.
it|Il pilota è andato bene perché qualcuno lo rilanciava a mano ogni mattina.
pt|O protótipo funciona muito bem, mas só no portátil de uma pessoa.
pt|Temos registo de modelos, feature store e pipeline, e nenhum deles ligado aos outros.
pt|O piloto correu bem porque alguém o relançava à mão todas as manhãs.
"""

NEG["INTEGRATION"] = """
en|The SAP connector went live on Monday and orders are flowing into the model.
en|API integration with the CRM passed end-to-end testing with no defects.
en|We no longer rekey the predictions into the mainframe; the interface does it automatically.
en|The legacy system's team delivered the endpoint a week early.
en|Integration test report: 212 cases, 212 passed.
en|The scores now show up directly in the agents' case screen, which is what they asked for.
en|Closing: the authentication issue with the ERP API was a wrong certificate, replaced and working.
en|Release notes 3.1: webhook into ServiceNow, tickets are tagged automatically.
en|Steering minutes: integration workstream green, all interfaces in place.
en|The middleware team confirmed the message format and we matched it on the first try.
en|If the mainframe interface were unavailable, the batch file route would still work; it has not been needed.
en|Does the new API version still accept the old date format?
en|Zero failed messages on the ESB queue since the cutover.
en|The workflow engine picks up the model's recommendation and routes the case, exactly as designed.
en|We stopped using the Excel bridge between the model and the billing system last sprint.
en|The vendor opened their API for us, documentation is good and the sandbox works.
en|Status: interfaces to CRM, ERP and the data lake all live.
en|Plan: connect the second warehouse system in Q3 using the same adapter.
en|The old file drop was retired once the REST interface proved stable.
en|Good news from the integration team: the Salesforce sync handles 50k records in four minutes.
en|Contract testing between our service and the policy system caught nothing new this week.
en|The call centre software vendor confirmed the plugin works with their current release.
en|Email from IT: the firewall rule for the scoring API is in place.
en|The integration with Outlook means users see suggestions without opening another app.
en|Retro: integration was the part we were most worried about and it went smoothly.
en|The legacy batch window was enough to fit our scoring job, no changes needed on their side.
en|Single sign-on works, users land in the tool from the portal without logging in again.
en|Nothing to report on interfaces this week, all running.
en|Would it be worth adding the HR system later, or is the current scope enough?
en|The ERP upgrade did not affect our interface; regression tests all passed.
en|Mapping between the two product catalogues is complete and reviewed.
en|Closure note: all three systems connected, handed over to integration support.
en|The message broker handled the peak without backlog.
en|We expected trouble with the AS/400 connection, but the existing adapter just worked.
en|Upstream and downstream teams signed the interface agreement.
en|Our predictions are written back to the core banking system within a second.
en|The plugin for the document management system passed the vendor's certification.
en|Test data flowed through all interfaces in the dress rehearsal without manual fixes.
en|The API rate limit is ten times what we need.
en|Integration with the ticketing tool means no more copy-paste for the service desk.
de|Die SAP-Schnittstelle ist seit Montag produktiv, die Aufträge kommen automatisch an.
de|Der Integrationstest mit dem CRM ist ohne Fehler durchgelaufen.
de|Wir müssen die Ergebnisse nicht mehr von Hand ins Altsystem eintippen.
de|Die Schnittstelle zum Großrechner wurde eine Woche früher geliefert.
de|Lenkungsausschuss: Integration im grünen Bereich, alle Schnittstellen stehen.
de|Null fehlgeschlagene Nachrichten seit der Umstellung.
de|Falls die Schnittstelle ausfällt, gibt es noch den Dateiweg, der bisher nie gebraucht wurde.
de|Akzeptiert die neue API-Version noch das alte Datumsformat?
de|Die Excel-Brücke zwischen Modell und Abrechnung wurde im letzten Sprint abgeschaltet.
fr|Le connecteur SAP est en service depuis lundi et les commandes arrivent automatiquement.
fr|Les tests d'intégration avec le CRM sont passés sans anomalie.
fr|Plus besoin de ressaisir les résultats dans l'ancien système.
fr|L'équipe du système historique a livré l'API avec une semaine d'avance.
fr|COPIL : volet intégration au vert, toutes les interfaces sont en place.
fr|Aucun message en échec depuis la bascule.
fr|La recommandation s'affiche directement dans l'écran des conseillers, comme demandé.
fr|La nouvelle version de l'API accepte-t-elle toujours l'ancien format de date ?
fr|L'éditeur a ouvert son API et le bac à sable fonctionne bien.
es|El conector con SAP está en producción y los pedidos llegan solos.
es|Las pruebas de integración con el CRM pasaron sin defectos.
es|Ya no hay que volver a teclear los resultados en el sistema antiguo.
es|Pensábamos que la conexión con el AS/400 daría guerra y el adaptador existente funcionó a la primera.
es|Cero mensajes fallidos desde el cambio.
es|La recomendación aparece directamente en la pantalla del agente.
es|¿La nueva versión de la API sigue aceptando el formato de fecha antiguo?
es|El proveedor abrió su API y la documentación es buena.
nl|De SAP-koppeling is live en de orders komen automatisch binnen.
nl|De integratietest met het CRM is zonder fouten doorlopen.
nl|We hoeven de uitkomsten niet meer over te typen in het oude systeem.
nl|Na de ERP-upgrade werkt onze koppeling gewoon door, alle regressietests groen.
nl|Nul mislukte berichten sinds de overstap.
nl|Het advies verschijnt direct in het scherm van de medewerker.
nl|Sluiten we het HR-systeem later nog aan, of is de huidige scope genoeg?
nl|De leverancier heeft de API opengezet en de testomgeving werkt goed.
it|Il connettore SAP è in produzione e gli ordini arrivano in automatico.
it|I test di integrazione con il CRM sono passati senza difetti.
it|Non serve più ridigitare i risultati nel vecchio sistema.
it|Il broker di messaggi ha retto il picco senza accumulare code.
it|Zero messaggi falliti dal passaggio.
it|La raccomandazione compare direttamente nella schermata dell'operatore.
it|Ha senso collegare anche il magazzino di Verona nel secondo trimestre, con lo stesso adattatore?
it|Il fornitore ha aperto la sua API e la sandbox funziona bene.
pt|O conector SAP está em produção e as encomendas chegam automaticamente.
pt|Os testes de integração com o CRM passaram sem defeitos.
pt|Já não é preciso voltar a digitar os resultados no sistema antigo.
pt|Com o SSO, os utilizadores entram na ferramenta a partir do portal sem voltar a fazer login.
pt|Zero mensagens falhadas desde a migração.
pt|A recomendação aparece diretamente no ecrã do operador.
pt|A nova versão da API ainda aceita o formato de data antigo?
pt|O fornecedor abriu a API e a documentação é boa.
"""

POS["INTEGRATION"] = """
en|The model is ready and approved; it just cannot talk to the mainframe.
en|Integration tests all pass, against a mock of the ERP that the real ERP does not resemble.
en|The vendor promised an open API; what we got is a nightly FTP of PDFs.
en|Scores are excellent and live, in a separate portal the agents would have to alt-tab to.
en|The interface was delivered on time, and the legacy team will only schedule the change for 2027.
en|Everything works end to end as long as someone copies the file from one share to the other.
en|The SAP team is very supportive; they just have no capacity to build the connector this year.
en|Status green, apart from the fact that nothing reaches the core system yet.
en|The API exists, but the policy system only calls out, it never takes anything in.
en|We stopped waiting for the interface and started emailing the results, which nobody reads.
en|The plugin was certified for version 8 of the CRM; the company runs version 6.
en|Closure note: great model, no way into the workflow where the decisions are made.
en|Every integration meeting ends with a friendly agreement to meet again.
en|Message volume looks healthy because the same failed messages are retried all day.
en|The connection to the warehouse system works, one direction only, and the wrong one.
en|Single sign-on works fine; the case data behind it is in a system we have no access path to.
en|The middleware team approved our design and then froze all changes until the migration is done.
en|Demo went perfectly because the integration was faked with a spreadsheet.
de|Das Modell ist fertig, es kommt nur nicht an den Großrechner heran.
de|Die Schnittstelle ist geliefert, aber das Altsystem-Team plant die Umstellung erst für 2027.
de|Alles funktioniert, solange jemand die Datei von Hand von einem Laufwerk aufs andere kopiert.
de|Das SAP-Team ist sehr kooperativ, hat aber dieses Jahr keine Kapazität für den Konnektor.
fr|Le modèle est prêt et validé, il ne sait simplement pas parler au mainframe.
fr|L'éditeur promettait une API ouverte ; nous recevons un export PDF par FTP chaque nuit.
fr|Tout fonctionne de bout en bout, à condition que quelqu'un copie le fichier à la main.
fr|Les scores sont bons, mais dans un portail à part que les conseillers n'ouvrent pas.
es|El modelo está listo, solo que no consigue hablar con el sistema central.
es|El proveedor prometió una API abierta y recibimos un PDF por FTP cada noche.
es|El equipo de middleware aprobó el diseño y luego congeló todos los cambios hasta terminar la migración.
es|La interfaz se entregó a tiempo, pero el equipo del sistema antiguo no la programa hasta 2027.
nl|Het model is klaar, het kan alleen niet met het mainframe praten.
nl|De integratietests zijn allemaal groen, tegen een mock van het ERP die niets op het echte ERP lijkt.
nl|Alles werkt, zolang iemand het bestand met de hand van de ene map naar de andere kopieert.
nl|Het SAP-team denkt graag mee, maar heeft dit jaar geen tijd om de koppeling te bouwen.
it|Il modello è pronto, solo che non riesce a parlare con il mainframe.
it|Il plugin è certificato per la versione 8 del CRM; in azienda gira la 6.
it|Funziona tutto finché qualcuno copia a mano il file da una cartella all'altra.
pt|O modelo está pronto, só não consegue falar com o mainframe.
pt|A ligação ao sistema do armazém funciona, só num sentido, e é o sentido errado.
pt|Funciona tudo desde que alguém copie o ficheiro à mão de uma pasta para a outra.
"""

NEG["SECURITY_COMPLIANCE"] = """
en|The DPIA was signed off by the data protection officer on Friday.
en|Pen test completed: no findings above low, and the two lows are already fixed.
en|Legal approved the use of customer emails for training under the existing consent.
en|Security review passed on the first submission.
en|Zero security incidents since go-live.
en|The works council agreed to the pilot after a short presentation, no conditions.
en|We no longer store raw personal data; everything is pseudonymised at ingest.
en|Steering minutes: compliance workstream green, all approvals in hand.
en|The model risk committee approved the model for production use.
en|The vulnerability scan on the container image came back clean.
en|If the regulator asked, we could show the full audit trail; it is all logged.
en|Do we need a new DPIA for the extra field, or does the existing one cover it?
en|The AI Act classification came out as minimal risk, so no extra obligations apply.
en|Release notes: added role-based access control, as agreed with the security team.
en|Information security signed the risk acceptance for the cloud hosting.
en|The privacy notice was updated and published, legal is happy with the wording.
en|Audit of the model's access logs found nothing unusual.
en|We expected the security review to take months; it took nine days.
en|Closing: the secrets in the old repository were rotated and the history cleaned.
en|Status: legal, privacy and security sign-offs all received.
en|The external auditor's report on the model governance had no findings.
en|Plan: submit the DPIA update together with the Q3 release.
en|The GDPR deletion process was tested and removes the person from training data too.
en|Good news from compliance: the use case falls under legitimate interest.
en|Email from the CISO office: your exception was granted for twelve months.
en|The red team exercise found no way to extract training data from the model.
en|Data residency requirement met, everything stays in the EU region.
en|Retro: involving the DPO in week one made the approval painless.
en|Nothing blocking on the compliance side.
en|The supplier's security questionnaire was reviewed and accepted.
en|Encryption at rest and in transit confirmed by the security architect.
en|Would a second legal opinion be useful, or is the first one enough?
en|The bias assessment required by the governance board was completed and accepted.
en|The old shared password for the data share was retired when SSO went live.
en|Regulator feedback on the explainability documentation was positive.
en|The consent flag is respected in the pipeline; tests confirm excluded customers are dropped.
en|All threat model actions closed before launch.
en|The works council asked two questions, both answered in the same meeting.
en|The ethics board reviewed the use case and had no objections.
en|Compliance sign-off arrived earlier than planned, so we moved the launch forward.
de|Die DSFA wurde am Freitag vom Datenschutzbeauftragten freigegeben.
de|Penetrationstest abgeschlossen, keine kritischen Befunde.
de|Der Betriebsrat hat dem Pilotbetrieb ohne Auflagen zugestimmt.
de|Das Sicherheitsreview wurde beim ersten Anlauf bestanden.
de|Seit dem Go-live kein einziger Sicherheitsvorfall.
de|Wir speichern keine Klardaten mehr, alles wird beim Einlesen pseudonymisiert.
de|Lenkungsausschuss: Compliance grün, alle Freigaben liegen vor.
de|Brauchen wir für das zusätzliche Feld eine neue DSFA oder deckt die alte das ab?
de|Die Rechtsabteilung hat die Nutzung der Kundendaten für das Training genehmigt.
fr|L'AIPD a été validée vendredi par le DPO.
fr|Test d'intrusion terminé : aucune vulnérabilité critique.
fr|Le CSE a donné un avis favorable sans réserve.
fr|La revue de sécurité a été validée du premier coup.
fr|Aucun incident de sécurité depuis la mise en production.
fr|Nous ne conservons plus de données personnelles en clair, tout est pseudonymisé.
fr|COPIL : conformité au vert, toutes les validations obtenues.
fr|Faut-il une nouvelle AIPD pour ce champ, ou l'actuelle suffit-elle ?
fr|Le juridique a confirmé que l'usage relève de l'intérêt légitime.
es|La EIPD quedó aprobada el viernes por el delegado de protección de datos.
es|Prueba de penetración terminada, sin hallazgos críticos.
es|El comité de empresa aprobó el piloto sin condiciones.
es|La revisión de seguridad se superó a la primera.
es|Ningún incidente de seguridad desde la puesta en producción.
es|El análisis de vulnerabilidades de la imagen del contenedor salió limpio.
es|¿Necesitamos una nueva EIPD para el campo adicional?
es|Asesoría jurídica aprobó el uso de los datos de clientes para entrenar.
nl|De DPIA is vrijdag door de privacy officer goedgekeurd.
nl|Pentest afgerond, geen kritieke bevindingen.
nl|De ondernemingsraad heeft zonder voorwaarden ingestemd met de pilot.
nl|Het security review is in één keer goedgekeurd.
nl|Geen enkel beveiligingsincident sinds de livegang.
nl|Mail van het CISO-office: jullie uitzondering is voor twaalf maanden toegekend.
nl|Zou een tweede juridisch advies nog iets toevoegen, of volstaat het eerste?
nl|Juridische zaken heeft het gebruik van klantdata voor training goedgekeurd.
it|La DPIA è stata approvata venerdì dal DPO.
it|Penetration test concluso, nessuna vulnerabilità critica.
it|Le rappresentanze sindacali hanno approvato il pilota senza condizioni.
it|La revisione di sicurezza è stata superata al primo colpo.
it|Nessun incidente di sicurezza dal go-live.
it|La classificazione secondo l'AI Act è rischio minimo, quindi nessun obbligo aggiuntivo.
it|Se aggiungiamo il campo età basta aggiornare la DPIA esistente? Chiedo prima di aprire il ticket.
it|L'ufficio legale ha approvato l'uso dei dati clienti per l'addestramento.
pt|A AIPD foi aprovada na sexta-feira pelo encarregado de proteção de dados.
pt|Teste de intrusão concluído, sem vulnerabilidades críticas.
pt|A comissão de trabalhadores aprovou o piloto sem condições.
pt|A revisão de segurança foi aprovada à primeira.
pt|Nenhum incidente de segurança desde o go-live.
pt|O exercício de red team não encontrou forma de extrair dados de treino do modelo.
pt|Precisamos de uma nova AIPD para o campo adicional?
pt|O jurídico aprovou o uso dos dados de clientes para treino.
"""

POS["SECURITY_COMPLIANCE"] = """
en|Approved in principle by legal, still waiting for the actual sign-off after five months.
en|The pen test went well; the security team still will not let it onto the network until the review board meets in spring.
en|The DPO was very positive in the meeting and then sent eleven pages of conditions.
en|Everything is ready for launch except the privacy approval, which has no date.
en|The works council liked the idea but asked for a full agreement first, and talks have not started.
en|Security review passed for the pilot only; production needs a new review that has been queued since June.
en|Status green on delivery, red on compliance: the DPIA is still with legal.
en|The model risk committee loved the results and deferred the decision to next quarter, again.
en|We did everything the checklist asked; the checklist changed after the AI policy update.
en|Closure note: technically done, never allowed to process real customer data.
en|Legal has no objection, as long as we do not use the only data that makes the model useful.
en|The exception was granted for the test environment and refused for production.
en|The vendor passed our questionnaire, but the cloud region question sent everything back to the start.
en|Great support from compliance, who are now in month four of reading the architecture.
en|The regulator has not said no; they have not said anything since the submission in March.
en|No security findings, because the assessment has not been scheduled yet.
en|The pilot ran happily on synthetic data; real data needs an approval nobody can give.
en|Governance board approval is a formality, we were told in January.
de|Die Rechtsabteilung hat grundsätzlich zugestimmt, die eigentliche Freigabe fehlt nach fünf Monaten noch.
de|Der Betriebsrat findet die Idee gut, will aber erst eine Betriebsvereinbarung, und die Gespräche haben nicht begonnen.
de|Alles ist startklar, nur die Datenschutzfreigabe hat noch keinen Termin.
de|Der Pilot lief mit synthetischen Daten, echte Daten dürfen wir nicht anfassen.
fr|Validé sur le principe par le juridique, toujours pas de signature cinq mois plus tard.
fr|Le DPO était très positif en réunion, puis a envoyé onze pages de conditions.
fr|Tout est prêt, sauf l'avis de la CNIL qui n'a pas de date.
fr|Le CSE est favorable sur le fond mais exige un accord préalable qui n'est pas à l'ordre du jour.
es|Aprobado en principio por jurídico y seguimos esperando la firma real tras cinco meses.
es|El delegado de protección de datos fue muy positivo y luego mandó once páginas de condiciones.
es|El regulador no ha dicho que no; no ha dicho nada desde que enviamos el expediente en marzo.
es|El piloto funcionó con datos sintéticos; para datos reales falta un permiso que nadie concede.
nl|In principe akkoord van juridische zaken, de echte handtekening ontbreekt na vijf maanden nog.
nl|De ondernemingsraad is positief, maar wil eerst een convenant en daar is nog niet over gepraat.
nl|Het security review is geslaagd voor de pilot; voor productie staat een nieuw review sinds juni in de wachtrij.
nl|Pilot draaide op synthetische data, echte data mogen we niet gebruiken.
it|Approvato in linea di principio dal legale, la firma vera manca ancora dopo cinque mesi.
it|L'eccezione è stata concessa per l'ambiente di test e negata per la produzione.
it|Il pilota girava con dati sintetici, per quelli veri serve un'autorizzazione che nessuno firma.
pt|Aprovado em princípio pelo jurídico, e a assinatura real ainda falta cinco meses depois.
pt|O comité de risco de modelos adorou os resultados e adiou a decisão para o próximo trimestre, outra vez.
pt|O piloto correu com dados sintéticos; para dados reais falta uma autorização que ninguém dá.
"""

NEG["OWNERSHIP_SPONSORSHIP"] = """
en|New sponsor confirmed: Anna Weber takes over from Mark and has already joined the steering call.
en|The product owner role is filled and she starts on Monday.
en|Steering minutes: sponsor reaffirmed the initiative as a top-three priority for next year.
en|The business owner signed the RACI and is accountable for the rollout.
en|Mark was promoted to COO and is keeping the sponsorship, which gives us even more backing.
en|We no longer have two competing sponsors; the merger of the programmes settled that.
en|All stakeholders aligned on the rollout plan in today's workshop.
en|The CFO attended the demo and asked how soon it can go to the other regions.
en|Priorities were re-ranked at the portfolio board and our initiative moved up.
en|Ownership of the model in production is agreed: the claims operations team.
en|If the sponsor moves on, the deputy is named in the charter to take over.
en|Who should I invite from the business to the sprint review?
en|The reorganisation did not affect the project; same sponsor, same team, same budget line.
en|Email from the sponsor: thanks for the update, fully behind the plan.
en|Handover from the old owner to the new one went smoothly, with a joint session and written notes.
en|Status: sponsorship green, steering meets monthly and is well attended.
en|Decision made at steering, no escalation needed.
en|The division head asked to be the sponsor herself after seeing the pilot results.
en|Stakeholder map updated; nobody is opposed and two new supporters joined.
en|The open question about who owns the data pipeline was settled: the data platform team.
en|Closing the risk about sponsor turnover, the new VP has committed for two years.
en|The owner's calendar is tight, but she has never missed a steering meeting.
en|Good alignment between IT and business in the planning session.
en|Plan: present the results to the executive committee in February.
en|The business line took over the product after the pilot, as agreed in the charter.
en|Retro: having a sponsor who answered within a day made decisions fast.
en|The old steering committee was dissolved because the initiative is now run as a normal product.
en|We stopped reporting to three committees once a single owner was appointed.
en|Management reconfirmed the initiative in the annual planning round.
en|Nothing escalated this month.
en|The strategy refresh kept AI for claims on the list of funded priorities.
en|Both regional heads agreed on a common rollout order.
en|Would the sponsor like a monthly one-pager or is the steering deck enough?
en|The project owner role passed to Ahmed while Julia is on leave, and he is fully briefed.
en|Business ownership was clarified in the kick-off, no open points.
en|The board approved the initiative with the sponsor present to answer questions.
en|Priorities for Q2 unchanged, we stay on the roadmap.
en|The new head of operations met the team on her first day and asked for a full briefing.
en|Everyone knows who decides, which has made the last three months much easier.
en|Sponsor feedback on the pilot: keep going, exactly what the business needed.
de|Neue Sponsorin bestätigt, Frau Weber übernimmt und war schon im Lenkungskreis dabei.
de|Die Product-Owner-Stelle ist besetzt, Start am Montag.
de|Lenkungsausschuss: Der Sponsor bestätigt das Vorhaben als Top-Priorität.
de|Herr Braun wurde befördert und bleibt Sponsor, das gibt uns noch mehr Rückendeckung.
de|Alle Stakeholder sind sich über den Rollout-Plan einig.
de|Die Umorganisation hat das Projekt nicht berührt, gleicher Sponsor, gleiches Budget.
de|Falls der Sponsor wechselt, ist die Vertretung in der Projektcharta benannt.
de|Wen aus dem Fachbereich soll ich zum Sprint-Review einladen?
de|Die Übergabe an den neuen Verantwortlichen lief reibungslos.
fr|Nouveau sponsor confirmé : Mme Leroy reprend et participait déjà au COPIL.
fr|Le poste de product owner est pourvu, arrivée lundi.
fr|COPIL : le sponsor confirme le projet parmi les trois priorités de l'an prochain.
fr|Notre sponsor a été promu et garde le parrainage du projet.
fr|Toutes les parties prenantes sont alignées sur le plan de déploiement.
fr|La réorganisation n'a rien changé pour le projet : même sponsor, même budget.
fr|Si le sponsor change de poste, son adjoint est désigné dans la charte.
fr|Qui faut-il inviter côté métier à la revue de sprint ?
fr|La passation entre l'ancien et le nouveau responsable s'est très bien passée.
es|Nuevo patrocinador confirmado, ya participó en el comité de esta semana.
es|El puesto de product owner está cubierto y empieza el lunes.
es|La directora de la división pidió ser ella la patrocinadora después de ver los resultados del piloto.
es|A nuestra patrocinadora la ascendieron y sigue al frente del proyecto.
es|Todos los interesados están de acuerdo con el plan de despliegue.
es|La reorganización no afectó al proyecto: mismo patrocinador, mismo presupuesto.
es|¿A quién de negocio invito a la revisión del sprint?
es|El traspaso al nuevo responsable fue muy ordenado.
nl|Nieuwe sponsor bevestigd, ze was deze week al bij de stuurgroep.
nl|De rol van product owner is ingevuld, ze begint maandag.
nl|Bij de portfolioraad zijn de prioriteiten herschikt en ons initiatief is gestegen.
nl|Onze sponsor is gepromoveerd en blijft het project trekken.
nl|Alle belanghebbenden zijn het eens over het uitrolplan.
nl|De reorganisatie heeft het project niet geraakt, zelfde sponsor, zelfde budget.
nl|Wil de sponsor een maandelijkse one-pager, of is het stuurgroepdeck genoeg?
nl|De overdracht aan de nieuwe eigenaar ging soepel.
it|Nuovo sponsor confermato, era già presente al comitato di questa settimana.
it|Il ruolo di product owner è coperto, inizia lunedì.
it|Mail dello sponsor: grazie dell'aggiornamento, pienamente d'accordo con il piano.
it|Il nostro sponsor è stato promosso e resta alla guida del progetto.
it|Tutti gli stakeholder sono allineati sul piano di rilascio.
it|La riorganizzazione non ha toccato il progetto: stesso sponsor, stesso budget.
it|Chi del business invito alla sprint review?
it|Il passaggio di consegne al nuovo responsabile è andato liscio.
pt|Novo patrocinador confirmado, já esteve no comitê desta semana.
pt|A função de product owner está preenchida, começa na segunda-feira.
pt|A questão de quem é dono do pipeline ficou resolvida: é da equipa de plataforma de dados.
pt|A nossa patrocinadora foi promovida e continua à frente do projeto.
pt|Todas as partes interessadas estão alinhadas com o plano de rollout.
pt|A reorganização não afetou o projeto: mesmo patrocinador, mesmo orçamento.
pt|Terminado o piloto, a área comercial assumiu o produto, tal como previsto na carta do projeto.
pt|A passagem de testemunho ao novo responsável correu muito bem.
"""

POS["OWNERSHIP_SPONSORSHIP"] = """
en|The sponsor was promoted in March and nobody picked the project up after that.
en|Everyone supports the initiative in principle; no one will put their name on it as owner.
en|Steering meetings are very friendly, mostly because the decision makers stopped attending.
en|The reorganisation went well for everyone except our project, which now belongs to no department.
en|The business owner is enthusiastic and also on a twelve-month secondment abroad.
en|Priorities were refreshed at the portfolio board, and we were quietly left off the new list.
en|Strong interest from three divisions, each of which expects one of the others to lead.
en|Our sponsor moved on to a great new role; her replacement has not replied to two invitations.
en|The handover was formally done: an email with the slide deck and no follow-up meeting.
en|Decisions are made quickly, then reversed at the next meeting by whoever was not there.
en|Closure note: the pilot was a success, but after the merger nobody owned it.
en|The steering committee approved the rollout and then did not meet again for seven months.
en|IT and business agree it is valuable and still disagree on who should lead it.
en|Management reconfirmed AI as a strategic priority while moving our sponsor to the new data centre project.
en|The product owner role is filled, by a colleague who has 5% of her time for it.
en|Status green except sponsorship, which has been amber for so long nobody reads it.
en|The CEO loved the demo, which was the last time anyone senior asked about it.
en|Ownership in production was agreed in principle and never written down, so ops will not take it.
de|Der Sponsor wurde im März befördert und seitdem kümmert sich niemand mehr um das Projekt.
de|Alle finden das Vorhaben gut, aber niemand will die Verantwortung übernehmen.
de|Nach der Umorganisation gehört das Projekt keinem Bereich mehr.
de|Der Lenkungsausschuss hat den Rollout beschlossen und dann sieben Monate nicht mehr getagt.
fr|Le sponsor a été promu en mars, et plus personne n'a repris le projet depuis.
fr|Tout le monde soutient l'initiative, mais personne ne veut en être responsable.
fr|Depuis la réorganisation, le projet n'est rattaché à aucune direction.
fr|Le COPIL a validé le déploiement puis ne s'est plus réuni pendant sept mois.
es|Ascendieron al patrocinador en marzo y desde entonces nadie ha recogido el proyecto.
es|Todos apoyan la iniciativa, pero nadie quiere poner su nombre como responsable.
es|Las decisiones se toman rápido y se revocan en la reunión siguiente por quien no estuvo.
es|Nuestra patrocinadora se fue a un puesto estupendo y su sustituto no contesta.
nl|De sponsor is in maart gepromoveerd en sindsdien heeft niemand het project opgepakt.
nl|Iedereen steunt het initiatief, maar niemand wil eigenaar worden.
nl|De overdracht is formeel gedaan: één mail met de slides en daarna niets meer.
nl|De stuurgroep keurde de uitrol goed en kwam daarna zeven maanden niet meer bijeen.
it|Lo sponsor è stato promosso a marzo e da allora nessuno ha ripreso in mano il progetto.
it|Tutti sostengono l'iniziativa, ma nessuno vuole esserne il responsabile.
it|Tre divisioni sono molto interessate, e ognuna aspetta che sia un'altra a guidare.
pt|O patrocinador foi promovido em março e desde então ninguém pegou no projeto.
pt|Todos apoiam a iniciativa, mas ninguém quer ser o responsável.
pt|O CEO adorou a demo, e foi a última vez que alguém da direção perguntou pelo projeto.
"""

NEG["SKILLS_GAP"] = """
en|Recruitment for the ML engineer role was successful; he starts on the 1st.
en|The two data engineers we hired in spring are fully onboarded and productive.
en|Training on the MLOps platform is complete for the whole team.
en|We no longer depend on the consultancy; the internal team runs everything now.
en|Knowledge transfer from the vendor finished, with recorded sessions and a handbook.
en|Steering minutes: staffing green, all roles filled.
en|When Jan left, Sara took over the pipeline without a hitch thanks to the documentation.
en|The team passed the cloud certification, all five of them.
en|We found the Spark skills in-house, in the finance analytics team, and they joined the squad.
en|If we lose a data scientist, the pairing rota means someone else knows every component.
en|Does anyone know a good course on model monitoring for the new joiners?
en|The upskilling programme for analysts had a waiting list, so we opened a second cohort.
en|Status: capacity sufficient for the rollout phase.
en|Retro: the mix of domain experts and engineers worked really well.
en|Closing the staffing risk, the contractor was converted to a permanent role.
en|The new MLOps lead has already automated the deployment we used to do by hand.
en|Email from HR: the offer for the platform engineer was accepted.
en|Everyone on the team can now deploy a model without help.
en|We stopped outsourcing the labelling QA once our own reviewers were trained.
en|Plan: hire one more data engineer in Q3 as the second region comes on board.
en|The internal academy trained 40 people in prompt engineering last quarter.
en|No single point of failure left; every service has two people who know it.
en|The vendor's experts are available on call if we ever need them, included in the contract.
en|The graduates we took on in September are already handling the retraining runs.
en|Onboarding of the new data scientist took one week instead of the usual four.
en|Our team has strong experience with exactly this kind of time-series problem.
en|Would it help to send two people to the Databricks training next month?
en|Skills matrix updated, all critical areas covered at least twice.
en|The departure of the lead architect was planned, and her successor shadowed her for two months.
en|Hiring went faster than expected, three strong candidates for one role.
en|The business analysts learned enough SQL to pull their own data, which frees up the engineers.
en|Nothing missing in the team for the next phase.
en|The consultancy handed over on schedule and the team is confident running it alone.
en|We brought in a data engineering specialist for the migration and it went smoothly.
en|Mentoring sessions with the central data science team are weekly and well attended.
en|Closure note: team capability built as planned, no external dependency left.
en|Good news, the ML engineer position was filled internally.
en|The team lead returned from parental leave and picked up where she left off.
en|Knowledge sharing session on the feature store had every engineer attending.
en|The course budget was approved, so everyone gets a cloud certification this year.
de|Die Stelle für den ML-Engineer ist erfolgreich besetzt, Start am Ersten.
de|Die beiden neuen Data Engineers sind voll eingearbeitet.
de|Die Schulung zur MLOps-Plattform ist für das ganze Team abgeschlossen.
de|Wir sind nicht mehr auf die Beratung angewiesen, das interne Team betreibt alles selbst.
de|Wissenstransfer vom Dienstleister abgeschlossen, mit Aufzeichnungen und Handbuch.
de|Lenkungsausschuss: Personalsituation grün, alle Rollen besetzt.
de|Als Jan gegangen ist, hat Sara die Pipeline dank guter Doku problemlos übernommen.
de|Kennt jemand eine gute Schulung zum Modell-Monitoring für die Neuen?
de|Falls jemand ausfällt, kennt dank Pairing immer eine zweite Person jede Komponente.
fr|Le recrutement de l'ingénieur ML est bouclé, il arrive le 1er.
fr|Les deux data engineers recrutés au printemps sont pleinement opérationnels.
fr|La formation à la plateforme MLOps est terminée pour toute l'équipe.
fr|Nous ne dépendons plus du cabinet de conseil, l'équipe interne gère tout.
fr|Transfert de compétences terminé, avec enregistrements et guide.
fr|COPIL : effectifs au vert, tous les postes pourvus.
fr|Après le départ de Jean, Sophie a repris la chaîne de données sans difficulté.
fr|Quelqu'un connaît une bonne formation sur le suivi des modèles ?
fr|Le programme de montée en compétences affichait complet, on ouvre une deuxième session.
es|La contratación del ingeniero de ML salió bien, empieza el día 1.
es|Los dos ingenieros de datos nuevos ya están plenamente integrados.
es|La formación en la plataforma MLOps está completada para todo el equipo.
es|Ya no dependemos de la consultora; el equipo interno lo lleva todo.
es|Transferencia de conocimiento terminada, con grabaciones y manual.
es|Los becarios que entraron en septiembre ya se encargan de los reentrenamientos.
es|Cuando se fue Javier, Lucía asumió el pipeline sin problemas gracias a la documentación.
es|¿Alguien conoce un buen curso de monitorización de modelos?
nl|De vacature voor ML-engineer is ingevuld, hij begint de eerste.
nl|De twee nieuwe data engineers zijn volledig ingewerkt.
nl|De training voor het MLOps-platform is voor het hele team afgerond.
nl|We zijn niet meer afhankelijk van het adviesbureau, het eigen team draait alles.
nl|Kennisoverdracht afgerond, inclusief opnames en handboek.
nl|De analisten hebben genoeg SQL geleerd om zelf hun data op te halen, dat scheelt de engineers veel tijd.
nl|Toen Jan vertrok, nam Sanne de pipeline zonder problemen over.
nl|Zullen we volgende maand twee mensen naar de Databricks-training sturen?
it|L'assunzione dell'ingegnere ML è andata a buon fine, inizia il primo del mese.
it|I due nuovi data engineer sono pienamente operativi.
it|La formazione sulla piattaforma MLOps è completata per tutto il team.
it|Non dipendiamo più dalla società di consulenza, il team interno gestisce tutto.
it|Passaggio di competenze concluso, con registrazioni e manuale.
it|Il contratto del consulente è stato trasformato in un'assunzione a tempo indeterminato.
it|Quando Luca è andato via, Giulia ha preso in carico la pipeline senza intoppi.
it|Qualcuno conosce un buon corso sul monitoraggio dei modelli?
pt|O recrutamento do engenheiro de ML correu bem, começa no dia 1.
pt|Os dois novos engenheiros de dados já estão totalmente integrados.
pt|A formação na plataforma MLOps está concluída para toda a equipa.
pt|Já não dependemos da consultora, a equipa interna trata de tudo.
pt|Transferência de conhecimento concluída, com gravações e manual.
pt|A matriz de competências foi atualizada e todas as áreas críticas têm pelo menos duas pessoas.
pt|Quando o João saiu, a Ana assumiu o pipeline sem problemas graças à documentação.
pt|A academia interna formou 40 pessoas em engenharia de prompts no último trimestre.
"""

POS["SKILLS_GAP"] = """
en|Recruitment for the ML engineer was a success, until he accepted a better offer in week two.
en|The consultancy delivered a great model and left; nobody here knows how to retrain it.
en|Training was completed by everyone, and nobody has used the platform since.
en|We are fully staffed on paper, with three of the five roles held by people on other projects.
en|Knowledge transfer is officially done, meaning one recorded call and an empty wiki page.
en|The team is very motivated; it has just never built anything that runs in production.
en|Priya did a brilliant job on the pipeline, and since she left it has not run once.
en|Hiring is progressing, in the sense that the role has been open for nine months.
en|Status green on staffing, because the vacancy was removed from the plan.
en|The internal team took over from the vendor and has been firefighting ever since.
en|We have excellent data scientists and not a single engineer who can deploy anything.
en|Closure note: the only person who understood the model retired in June.
en|Upskilling is going well; the first analyst should be ready to help in about a year.
en|The new joiner is very promising and will be productive once someone has time to train him.
en|Our graduates are doing their best with a problem that needs senior experience.
en|The budget for a platform engineer was approved, nobody applied.
en|Everyone can run the notebook; nobody can explain what it does.
en|The pairing rota worked well until both people in the pair left in the same month.
de|Die Stelle war erfolgreich besetzt, bis der Kollege in der zweiten Woche ein besseres Angebot angenommen hat.
de|Der Dienstleister hat ein gutes Modell geliefert und ist weg, niemand hier kann es nachtrainieren.
de|Das Team ist hochmotiviert, hat aber noch nie etwas in Produktion gebracht.
de|Seit Frau Keller gegangen ist, ist die Pipeline kein einziges Mal gelaufen.
fr|Le recrutement s'était bien passé, jusqu'à ce que l'ingénieur accepte une meilleure offre au bout de deux semaines.
fr|Le cabinet a livré un bon modèle puis est parti ; personne ici ne sait le réentraîner.
fr|L'équipe est très motivée mais n'a jamais mis un modèle en production.
fr|Le poste est ouvert depuis neuf mois, le recrutement « avance ».
es|La contratación fue un éxito hasta que el ingeniero aceptó otra oferta a las dos semanas.
es|La consultora entregó un buen modelo y se fue; aquí nadie sabe reentrenarlo.
es|La transferencia de conocimiento está oficialmente hecha: una llamada grabada y una página de wiki vacía.
es|Desde que se fue la única persona que entendía el modelo, nadie lo toca.
nl|De werving was geslaagd, tot de engineer na twee weken een beter aanbod aannam.
nl|Het adviesbureau leverde een goed model en vertrok, niemand hier kan het hertrainen.
nl|De opleiding is door iedereen afgerond en sindsdien heeft niemand het platform nog gebruikt.
nl|De vacature staat al negen maanden open, de werving loopt nog.
it|L'assunzione era andata bene, finché l'ingegnere non ha accettato un'altra offerta dopo due settimane.
it|La società di consulenza ha consegnato un buon modello ed è andata via; qui nessuno sa riaddestrarlo.
it|Abbiamo ottimi data scientist e nemmeno un ingegnere capace di mettere qualcosa in esercizio.
pt|O recrutamento correu bem até o engenheiro aceitar outra proposta ao fim de duas semanas.
pt|A consultora entregou um bom modelo e foi-se embora; aqui ninguém o sabe retreinar.
pt|O orçamento para um engenheiro de plataforma foi aprovado, mas ninguém se candidatou.
"""

NEG["SCOPE_CREEP"] = """
en|Scope was frozen at the end of discovery and has held for six months.
en|The change request for the extra language was rejected at steering, and the business accepted it.
en|Release 1 shipped with exactly the five features in the original plan.
en|We stopped adding nice-to-haves once the product owner started keeping a parking lot.
en|New requests go to the backlog for version 2, as agreed in the charter.
en|Steering minutes: scope unchanged, no new change requests this month.
en|The MVP went live on the date set in January.
en|If the business wants the second product line, it will be a separate project with its own budget.
en|Could we look at adding the French interface after go-live, not before?
en|Status: scope stable, delivery on track.
en|Closing CR-114 as won't do; agreed with the requester to revisit next year.
en|The requirement for real-time scoring was dropped, so the first version stays batch.
en|We kept the pilot to one site and one product, and it worked.
en|Release notes 1.0: the features planned for the first release, nothing more.
en|Retro: saying no to the extra dashboards early saved us at least a month.
en|The wish list from the workshop was prioritised and only the top three made the cut.
en|Plan: extend to the other regions in phase 2, once phase 1 is stable.
en|The scope document was signed by all three department heads.
en|No scope changes since the baseline was set.
en|The team delivered the agreed scope two weeks early.
en|Email from the PO: the extra reports can wait, let's ship what we have.
en|The backlog for phase 2 is long, which is fine, because phase 1 is done.
en|We trimmed the first release to the core use case and it shipped in eight weeks.
en|What would it take to add the chatbot in a later release?
en|The sponsor agreed that the first deployable version is the priority.
en|The extra KPI requested by marketing was added to the phase 2 list, not the current sprint.
en|Change control worked as intended: two requests, both assessed, both deferred.
en|The minimal version was live before anyone asked for more.
en|Good discipline on scope this quarter, thank you all.
en|The integration with the second ERP was always planned for year two and still is.
en|Scope creep risk closed, no new requirements since the freeze.
en|The team stopped gold-plating the UI once the users said it was good enough.
en|The first version covers one claim type, as the charter says.
en|Nothing new was added to the release after the feature freeze.
en|Feature requests are welcome, they go through the monthly intake like everything else.
en|The roadmap shows the bigger vision, but the release in front of us is small and fixed.
en|Closure note: phase 1 delivered on scope, phase 2 approved as a separate initiative.
en|The pilot stayed a pilot: one team, eight weeks, one question.
en|The extra languages were descoped and nobody complained.
en|Deadline met because the scope stayed put.
de|Der Umfang wurde nach der Discovery eingefroren und hat sechs Monate gehalten.
de|Der Änderungsantrag für die zusätzliche Sprache wurde im Lenkungsausschuss abgelehnt, der Fachbereich hat das akzeptiert.
de|Release 1 enthält genau die fünf geplanten Funktionen.
de|Neue Wünsche landen im Backlog für Version 2, wie vereinbart.
de|Lenkungsausschuss: Umfang unverändert, keine neuen Änderungsanträge.
de|Das MVP ist zum geplanten Termin live gegangen.
de|Falls die zweite Produktlinie kommen soll, wird das ein eigenes Projekt.
de|Könnten wir die französische Oberfläche nach dem Go-live angehen?
de|Die Echtzeit-Anforderung wurde gestrichen, die erste Version bleibt Batch.
fr|Le périmètre a été figé après le cadrage et n'a pas bougé depuis six mois.
fr|La demande d'évolution pour une langue de plus a été refusée en COPIL, le métier l'a accepté.
fr|La version 1 contient exactement les cinq fonctionnalités prévues.
fr|Les nouvelles demandes vont au backlog de la version 2.
fr|COPIL : périmètre inchangé, aucune nouvelle demande ce mois-ci.
fr|Le MVP est sorti à la date fixée en janvier.
fr|Si le métier veut la deuxième gamme, ce sera un projet séparé.
fr|Peut-on envisager l'interface anglaise après la mise en service ?
fr|Le temps réel a été retiré du périmètre, la première version reste en batch.
es|El alcance se congeló tras el descubrimiento y se ha mantenido seis meses.
es|La petición de cambio del idioma adicional se rechazó en el comité y negocio lo aceptó.
es|La versión 1 salió con las cinco funciones previstas, ni una más.
es|Las nuevas peticiones van al backlog de la versión 2.
es|Cerramos la CR-114 como descartada; lo hablamos con quien la pidió y se revisa el año que viene.
es|El MVP salió en la fecha fijada en enero.
es|¿Podríamos ver la interfaz en inglés después del lanzamiento?
es|Se eliminó el requisito de tiempo real; la primera versión sigue siendo batch.
nl|De scope is na de verkenning bevroren en heeft zes maanden standgehouden.
nl|Het wijzigingsverzoek voor een extra taal is in de stuurgroep afgewezen en de business ging akkoord.
nl|Release 1 bevat precies de vijf geplande functies.
nl|Nieuwe wensen gaan naar de backlog voor versie 2.
nl|Goede discipline op scope dit kwartaal, dank jullie wel.
nl|Het MVP ging live op de datum die in januari was afgesproken.
nl|Kunnen we de Engelse interface na de livegang oppakken?
nl|De realtime-eis is geschrapt, de eerste versie blijft batch.
it|Il perimetro è stato congelato dopo l'analisi e tiene da sei mesi.
it|La richiesta di modifica per la lingua aggiuntiva è stata respinta in comitato e il business l'ha accettato.
it|La release 1 contiene esattamente le cinque funzioni previste.
it|Le nuove richieste finiscono nel backlog della versione 2.
it|Il pilota è rimasto un pilota: un team, otto settimane, una domanda.
it|L'MVP è andato live alla data fissata a gennaio.
it|Cosa servirebbe per aggiungere il chatbot in una release successiva?
it|Il requisito del tempo reale è stato tolto, la prima versione resta batch.
pt|O âmbito foi congelado depois da fase de descoberta e mantém-se há seis meses.
pt|O pedido de alteração para a língua adicional foi recusado no comitê e o negócio aceitou.
pt|A versão 1 saiu com as cinco funcionalidades previstas, nem mais uma.
pt|Os novos pedidos vão para o backlog da versão 2.
pt|As línguas extra saíram do âmbito e ninguém se queixou.
pt|O MVP entrou em produção na data marcada em janeiro.
pt|Podemos ver a interface em inglês depois do go-live?
pt|O requisito de tempo real foi retirado, a primeira versão continua em batch.
"""

POS["SCOPE_CREEP"] = """
en|Scope was frozen in January, and re-frozen in March, May and August with more in it each time.
en|Great engagement from the business: every review brings three new must-have features.
en|The MVP is nearly done, it just needs the other four countries first.
en|Each change request was approved on its own merits, and together they doubled the project.
en|The pilot was a success, so steering asked for it to cover every product line before launch.
en|We never said no to the users, which is why version 1 has not shipped after two years.
en|Phase 1 keeps absorbing phase 2 items because they are small.
en|The requirements are stable now, after the fifth rewrite.
en|Status green on features delivered; the list of features needed for launch grew faster.
en|The chatbot for HR questions became a chatbot for every internal question.
en|Closure note: the first deployable version kept moving further away.
en|Everyone was excited, and every excited stakeholder added something.
en|The business agreed to a small first release and then asked for real-time, mobile and three languages in it.
en|We kept the scope under control by renaming additions as clarifications.
en|The deadline held, because the launch was redefined as the end of the extended scope.
en|One more report, one more integration, one more region; each was a small yes.
en|The demo went so well that the board asked for the full platform instead of the pilot.
en|The backlog for the first release is still growing in month fourteen.
de|Der Umfang wurde im Januar eingefroren und seitdem dreimal mit mehr Inhalt neu eingefroren.
de|Der Pilot war ein Erfolg, also soll er vor dem Start gleich alle Produktlinien abdecken.
de|Jede Änderung war einzeln vernünftig, zusammen haben sie das Projekt verdoppelt.
de|Das MVP ist fast fertig, es fehlen nur noch die anderen vier Länder.
fr|Le périmètre a été figé en janvier, puis refigé trois fois avec davantage dedans.
fr|Le pilote a si bien marché qu'on nous demande de couvrir toutes les gammes avant le lancement.
fr|Chaque demande d'évolution se justifiait seule ; ensemble, elles ont doublé le projet.
fr|Le MVP est presque prêt, il ne manque que quatre pays de plus.
es|El alcance se congeló en enero y se ha vuelto a congelar tres veces, cada vez más grande.
es|El piloto salió tan bien que ahora debe cubrir todas las líneas antes de lanzarse.
es|Nunca les dijimos que no a los usuarios, y por eso la versión 1 lleva dos años sin salir.
es|El MVP está casi listo, solo le faltan otros cuatro países.
nl|De scope is in januari bevroren en daarna nog drie keer, telkens groter.
nl|De pilot was zo'n succes dat hij eerst alle productlijnen moet dekken voor de lancering.
nl|Elk wijzigingsverzoek was op zich redelijk, samen verdubbelden ze het project.
nl|Geweldige betrokkenheid van de business: elke review levert drie nieuwe must-haves op.
it|Il perimetro è stato congelato a gennaio e poi ricongelato tre volte, sempre più grande.
it|Il pilota è andato così bene che ora deve coprire tutte le linee prima del lancio.
it|La fase 1 continua ad assorbire pezzi della fase 2, perché tanto sono piccoli.
pt|O âmbito foi congelado em janeiro e voltou a ser congelado três vezes, sempre maior.
pt|O piloto correu tão bem que agora tem de cobrir todas as linhas antes do lançamento.
pt|O chatbot para perguntas de RH passou a ser um chatbot para todas as perguntas internas.
"""

NEG["USER_ADOPTION"] = """
en|Staff stopped using the old spreadsheet once the tool went live.
en|Weekly active users grew from 40 to 310 in the first two months.
en|Every training session this month was fully booked, we added two more.
en|The agents switched from the legacy search to the assistant within a week.
en|We no longer get calls asking how to use it; the in-app guide answers most questions.
en|Usage is still climbing in month six, no sign of a plateau.
en|Steering minutes: adoption green, 92% of target users active.
en|The planners trust the forecast enough that they stopped adjusting it by hand.
en|Feedback survey: 4.5 out of 5, and most comments ask for more of the same.
en|The old paper checklist was dropped by the night shift on their own initiative.
en|Change management plan delivered: champions in every branch, newsletters, drop-in sessions.
en|If usage dips after the holidays, the champions will run refresher sessions.
en|How many users logged in last week? I need the figure for the board pack.
en|Release notes: shortcut keys added, the most requested feature from users.
en|Zero complaints to the service desk since the update.
en|The sales team asked to keep the tool after the pilot ended.
en|Users no longer work around the system; the shadow Excel files have disappeared.
en|Status: rollout to region 2 done, users onboarded, support tickets low.
en|Retro: involving users from the first sprint made the launch easy.
en|The override rate fell from 30% to 6% as users got used to the recommendations.
en|Closing the adoption risk; usage has been stable above target for a quarter.
en|The works council reported positive feedback from employees.
en|Clinicians now open the risk score before the ward round without being reminded.
en|Plan: bring the remaining two teams on board in January.
en|The champions network meets monthly and has 25 volunteers.
en|Email from the branch manager: my team would not go back to the old way.
en|Users stopped printing the reports once the dashboard was on their tablets.
en|Nobody asked for the old screen back.
en|Would a short video help the new joiners, or is the live demo enough?
en|Adoption in the pilot team reached 100% in week three.
en|The call handlers trust the suggestions and accept most of them.
en|The help-desk queue for the tool is empty this week.
en|The legacy tool was switched off with no objections from users.
en|Daily use is now part of the standard operating procedure, written by the team itself.
en|We measured it: time to first use after training is under a day.
en|Good turnout at the lunch-and-learn, 60 people and lots of questions.
en|The warehouse staff asked for the app on their own phones.
en|Closure note: handed over to the business with healthy usage and a trained super-user group.
en|The drop in manual overrides shows people rely on the model.
en|Users report they save about an hour a day.
de|Die Mitarbeitenden nutzen die alte Excel-Liste nicht mehr, seit das Tool live ist.
de|Die Zahl der aktiven Nutzer ist in zwei Monaten von 40 auf 310 gestiegen.
de|Alle Schulungstermine waren ausgebucht, wir haben zwei zusätzliche angeboten.
de|Die Sachbearbeiter sind innerhalb einer Woche vom Altsystem umgestiegen.
de|Lenkungsausschuss: Akzeptanz grün, 92 % der Zielgruppe aktiv.
de|Seit dem Update keine einzige Beschwerde beim Service Desk.
de|Falls die Nutzung nach den Feiertagen sinkt, bieten die Key User Auffrischungen an.
de|Wie viele Nutzer waren letzte Woche angemeldet?
de|Niemand hat die alte Maske zurückverlangt.
fr|Les équipes n'utilisent plus l'ancien fichier Excel depuis la mise en service.
fr|Les utilisateurs actifs sont passés de 40 à 310 en deux mois.
fr|Toutes les sessions de formation étaient complètes, on en a ajouté deux.
fr|Les conseillers ont abandonné l'ancien outil en une semaine.
fr|COPIL : adoption au vert, 92 % des utilisateurs cibles actifs.
fr|Aucune réclamation au support depuis la mise à jour.
fr|Si l'usage baisse après les fêtes, les relais organiseront des rappels.
fr|Combien d'utilisateurs se sont connectés la semaine dernière ?
fr|Personne n'a redemandé l'ancien écran.
es|El personal dejó de usar la hoja de cálculo antigua en cuanto salió la herramienta.
es|Los usuarios activos pasaron de 40 a 310 en dos meses.
es|Todas las sesiones de formación se llenaron y añadimos dos más.
es|Los agentes abandonaron el buscador antiguo en una semana.
es|El equipo comercial pidió quedarse con la herramienta cuando terminó el piloto.
es|Ni una queja al soporte desde la actualización.
es|¿Cuántos usuarios entraron la semana pasada?
es|Nadie ha pedido volver a la pantalla antigua.
nl|De medewerkers gebruiken de oude spreadsheet niet meer sinds de tool live is.
nl|Het aantal actieve gebruikers groeide in twee maanden van 40 naar 310.
nl|Alle trainingen zaten vol, we hebben er twee bij gepland.
nl|De behandelaars stapten binnen een week over van het oude systeem.
nl|De nachtdienst is uit zichzelf gestopt met de papieren checklist.
nl|Geen enkele klacht bij de servicedesk sinds de update.
nl|Zou een korte video helpen voor nieuwe collega's, of is de live demo genoeg?
nl|Niemand heeft om het oude scherm gevraagd.
it|Il personale ha smesso di usare il vecchio foglio Excel appena lo strumento è andato live.
it|Gli utenti attivi sono passati da 40 a 310 in due mesi.
it|Tutte le sessioni di formazione erano piene, ne abbiamo aggiunte due.
it|Gli operatori hanno abbandonato il vecchio strumento in una settimana.
it|Il tasso di override è sceso dal 30 al 6 % man mano che gli utenti ci hanno preso la mano.
it|Nessun reclamo all'help desk dall'aggiornamento.
it|Quanti utenti si sono collegati la settimana scorsa?
it|Nessuno ha chiesto di tornare alla vecchia schermata.
pt|As equipas deixaram de usar a folha de Excel antiga quando a ferramenta entrou em produção.
pt|Os utilizadores ativos passaram de 40 para 310 em dois meses.
pt|Todas as sessões de formação esgotaram e acrescentámos mais duas.
pt|Os operadores abandonaram a ferramenta antiga numa semana.
pt|Os enfermeiros já abrem o score de risco antes da ronda sem ninguém lembrar.
pt|Nenhuma reclamação no suporte desde a atualização.
pt|O pessoal do armazém pediu a app nos próprios telemóveis.
pt|Ninguém pediu o ecrã antigo de volta.
"""

POS["USER_ADOPTION"] = """
en|Usage peaked in week one and never came back.
en|The training sessions were full; the tool was empty a month later.
en|The planners like the forecast and then overwrite it with their own numbers every time.
en|Launch was a big success, 800 logins on day one and 30 by the end of the month.
en|Users say the tool is great and keep using the old spreadsheet anyway.
en|Feedback was polite and positive, and nobody changed how they work.
en|Adoption is at 100% because logging in is mandatory; nobody reads the recommendations.
en|The champions network exists on paper; most champions have not opened the app since training.
en|Zero complaints, mostly because nobody uses it.
en|The clinicians trust their own judgement more than the score and have said so politely.
en|The override rate is 95%, which the team reports as high engagement.
en|Status green on rollout, all branches live, usage in most of them close to nothing.
en|The agents found a clever shortcut that skips the assistant entirely.
en|Closure note: technically fine, users quietly went back to the old process.
en|Everyone attended the demo, nobody asked for access afterwards.
en|The new screen is faster, the warehouse staff still print the old pick list.
en|Logins are up, because the old tool now redirects to ours, and people close it straight away.
en|Change management was planned for phase 2, which never came.
de|Die Nutzung erreichte in der ersten Woche ihren Höhepunkt und kam nie zurück.
de|Die Schulungen waren ausgebucht, das Tool einen Monat später leer.
de|Die Disponenten finden die Prognose gut und überschreiben sie trotzdem jedes Mal.
de|Keine Beschwerden, vor allem weil niemand das Tool benutzt.
fr|L'usage a culminé la première semaine et n'est jamais revenu.
fr|Les formations étaient pleines, l'outil était vide un mois plus tard.
fr|Les utilisateurs trouvent l'outil très bien et continuent sur leur ancien Excel.
fr|Aucune réclamation, surtout parce que personne ne s'en sert.
es|El uso tocó techo la primera semana y nunca volvió.
es|Las formaciones se llenaron y la herramienta estaba vacía un mes después.
es|Los usuarios dicen que la herramienta es estupenda y siguen con la hoja de cálculo.
es|La tasa de override es del 95 %, y el equipo lo presenta como mucho compromiso.
nl|Het gebruik piekte in week één en kwam daarna nooit meer terug.
nl|De trainingen zaten vol, een maand later gebruikte niemand de tool.
nl|Gebruikers vinden de tool mooi en blijven hun eigen Excel gebruiken.
nl|De adoptie is 100 %, want inloggen is verplicht; de adviezen leest niemand.
it|L'utilizzo ha toccato il picco la prima settimana e non è più tornato.
it|Le sessioni di formazione erano piene, lo strumento vuoto un mese dopo.
it|Gli operatori hanno trovato una scorciatoia furba che salta del tutto l'assistente.
pt|O uso atingiu o pico na primeira semana e nunca mais voltou.
pt|As formações esgotaram e a ferramenta estava vazia um mês depois.
pt|A rede de embaixadores existe no papel; a maioria não abriu a app desde a formação.
"""

NEG["COST_FUNDING"] = """
en|Budget for the rollout was approved at the November board.
en|We finished the pilot 8% under budget.
en|Funding for next year is confirmed in the annual plan.
en|Cloud costs dropped by a third after we moved scoring to spot instances.
en|The ROI case was reviewed by finance and they were happy with the assumptions.
en|Steering minutes: cost green, spend in line with forecast.
en|Planning table: estimated running cost 4,200 EUR per month, training cost 12,000 EUR one-off.
en|We no longer pay for the old licence; it was cancelled when the new tool went live.
en|The business case pays back in 14 months according to controlling.
en|If costs ever rise above the threshold, the autoscaler caps the cluster; it has not triggered yet.
en|What is the cost centre for the GPU hours, so I can book them correctly?
en|Realised savings passed the business case target in month nine.
en|Closing the cost risk: the vendor agreed to a fixed price for three years.
en|Release notes: token usage per request reduced by 40% with prompt caching.
en|Finance released the second tranche on schedule.
en|Status: budget spent 61% with 65% of the work done.
en|Retro: the cost dashboard helped us spot waste early.
en|The inference bill for October was lower than the estimate.
en|Email from the CFO office: funding for phase 2 is approved in full.
en|Plan: request the operating budget in the spring planning round.
en|We cut the storage bill by deleting old experiment artefacts.
en|The licence negotiation went well, 25% below list price.
en|No budget overrun this quarter.
en|The cost per prediction is a fraction of a cent.
en|Would it be cheaper to reserve the instances for a year? Worth checking.
en|Benefit tracking shows 300k saved in the first year against 180k total cost.
en|The innovation fund covered the pilot, and the business line takes over the running cost, as agreed.
en|The budget cut announced for IT does not touch our project, it is ring-fenced.
en|We stopped paying the consultancy day rates once the internal team took over.
en|Cost estimate attached for the steering pack: 150k capex, 40k opex per year.
en|The procurement process was quick, contract signed within the budget.
en|Controlling confirmed the savings are real and already visible in the P&L.
en|The running cost came in under what we promised in the business case.
en|Cost overrun on the data migration was avoided by reusing the existing pipeline.
en|The board asked whether more funding would speed things up, which was nice to hear.
en|Spend to date is on forecast, no variance to explain.
en|The GPU reservation was cheaper than expected.
en|Closure note: delivered on budget, benefits tracked by finance from now on.
en|The total cost of ownership compares well with the outsourced alternative.
en|We have budget headroom for an extra sprint if we need it.
de|Das Budget für den Rollout wurde in der Vorstandssitzung im November genehmigt.
de|Der Pilot wurde 8 % unter Budget abgeschlossen.
de|Die Finanzierung für nächstes Jahr ist im Jahresplan bestätigt.
de|Die Cloud-Kosten sind um ein Drittel gesunken.
de|Lenkungsausschuss: Kosten grün, Ausgaben im Plan.
de|Planungstabelle: geschätzte Betriebskosten 4.200 EUR pro Monat.
de|Wir zahlen die alte Lizenz nicht mehr, sie wurde mit dem Go-live gekündigt.
de|Auf welche Kostenstelle buche ich die GPU-Stunden?
de|Die realisierten Einsparungen übertreffen den Business Case.
fr|Le budget du déploiement a été validé au comité de direction de novembre.
fr|Le pilote s'est terminé 8 % sous le budget.
fr|Le financement de l'an prochain est confirmé dans le plan annuel.
fr|Les coûts cloud ont baissé d'un tiers.
fr|COPIL : coûts au vert, dépenses conformes aux prévisions.
fr|Tableau de chiffrage : coût de fonctionnement estimé à 4 200 EUR par mois.
fr|Nous ne payons plus l'ancienne licence, résiliée à la mise en service.
fr|Sur quel centre de coûts faut-il imputer les heures GPU ?
fr|Les économies réalisées dépassent déjà celles du business case.
es|El presupuesto del despliegue se aprobó en el consejo de noviembre.
es|El piloto terminó un 8 % por debajo del presupuesto.
es|La financiación del año que viene está confirmada en el plan anual.
es|Los costes de nube bajaron un tercio.
es|La negociación de la licencia fue bien: un 25 % por debajo del precio de lista.
es|Ya no pagamos la licencia antigua; se canceló con la puesta en marcha.
es|¿A qué centro de coste imputo las horas de GPU?
es|Los ahorros reales superan los del caso de negocio.
nl|Het budget voor de uitrol is in de directievergadering van november goedgekeurd.
nl|De pilot is 8 % onder budget afgerond.
nl|De financiering voor volgend jaar staat in het jaarplan.
nl|De cloudkosten zijn met een derde gedaald.
nl|De aangekondigde bezuiniging op IT raakt ons project niet, het budget is geoormerkt.
nl|We betalen de oude licentie niet meer, die is bij de livegang opgezegd.
nl|Het innovatiefonds betaalde de pilot en de business neemt de lopende kosten over, zoals afgesproken.
nl|De gerealiseerde besparingen liggen boven de business case.
it|Il budget per il rilascio è stato approvato nel consiglio di novembre.
it|Il pilota si è chiuso l'8 % sotto budget.
it|Il finanziamento per l'anno prossimo è confermato nel piano annuale.
it|I costi cloud sono scesi di un terzo.
it|Converrebbe prenotare le istanze per un anno? Vale la pena fare due conti.
it|Non paghiamo più la vecchia licenza, disdetta al go-live.
it|Il costo per previsione è una frazione di centesimo.
it|I risparmi realizzati superano quelli del business case.
pt|O orçamento do rollout foi aprovado na reunião de administração de novembro.
pt|O piloto terminou 8 % abaixo do orçamento.
pt|O financiamento do próximo ano está confirmado no plano anual.
pt|Os custos de cloud desceram um terço.
pt|Cortámos a fatura de armazenamento apagando artefactos de experiências antigas.
pt|Já não pagamos a licença antiga, foi cancelada com o go-live.
pt|Em que centro de custo registo as horas de GPU?
pt|As poupanças realizadas já ultrapassam as do business case.
"""

POS["COST_FUNDING"] = """
en|The pilot was a success but nobody will pay for the rollout.
en|Budget approved in principle; the money itself has not been released after two quarters.
en|We came in under budget on the build, and the running cost turned out to be three times the saving.
en|Finance loved the results and moved the funding to next year's plan, which was then frozen.
en|Cloud costs are perfectly under control since we switched the service off.
en|The business case was strong until controlling added the licence costs.
en|Funding is confirmed for development only; there is no operating budget to run it.
en|The innovation fund paid for the pilot, and the business line declined to take over the cost.
en|Status green on spend, because spending stopped when the budget ran out in August.
en|Everyone agrees the tool is valuable; nobody has a cost centre for it.
en|The inference bill was fine in the pilot and eye-watering at full volume.
en|Closure note: delivered what was asked; the savings never justified the monthly bill.
en|The vendor's introductory price was great, the renewal quote ended the project.
en|Second tranche approved, subject to a cost review that has been postponed twice.
en|ROI looked good on the slide, and disappeared when someone counted the manual checks.
en|The budget cut spared the build and removed the money for running the service.
en|We are on budget, with a budget that covers half of the plan.
en|The board asked for more savings before releasing more money, and the savings need the money.
de|Der Pilot war ein Erfolg, aber niemand will den Rollout bezahlen.
de|Budget grundsätzlich genehmigt, das Geld ist nach zwei Quartalen aber nicht freigegeben.
de|Die Betriebskosten sind dreimal so hoch wie die Einsparung.
de|Entwicklung ist finanziert, für den Betrieb gibt es kein Budget.
fr|Le pilote est un succès, mais personne ne veut payer le déploiement.
fr|Budget validé sur le principe, les fonds ne sont toujours pas débloqués.
fr|Le coût de fonctionnement représente trois fois l'économie attendue.
fr|Le développement est financé, l'exploitation n'a aucun budget.
es|El piloto fue un éxito, pero nadie quiere pagar el despliegue.
es|Presupuesto aprobado en principio y el dinero sigue sin liberarse.
es|La factura de inferencia era razonable en el piloto y desorbitada a volumen completo.
es|El precio de lanzamiento del proveedor era estupendo; la renovación acabó con el proyecto.
nl|De pilot was een succes, maar niemand wil de uitrol betalen.
nl|Budget in principe goedgekeurd, het geld is na twee kwartalen nog niet vrijgegeven.
nl|De exploitatiekosten zijn drie keer zo hoog als de besparing.
nl|De cloudkosten zijn keurig onder controle sinds we de dienst hebben uitgezet.
it|Il pilota è stato un successo, ma nessuno vuole pagare il rilascio.
it|Budget approvato in linea di principio, i fondi non sono ancora stati sbloccati.
it|Il business case reggeva finché il controllo di gestione non ha aggiunto le licenze.
pt|O piloto foi um sucesso, mas ninguém quer pagar o rollout.
pt|Orçamento aprovado em princípio, e o dinheiro continua por libertar.
pt|O fundo de inovação pagou o piloto e a área de negócio recusou assumir o custo.
"""

NEG["TECHNICAL_FEASIBILITY"] = """
en|The model reached 94% precision on the hold-out set, above the 90% target.
en|Accuracy on the live data matches what we saw in validation.
en|The feasibility study concluded the problem is solvable with the data we have.
en|We no longer need the rule-based fallback; the model beats it on every segment.
en|Recall on the rare class improved from 0.41 to 0.78 after adding the new features.
en|Steering minutes: model quality green, acceptance criteria met.
en|If the model underperforms on the new region, we can fine-tune with local data; so far it has not.
en|What accuracy did the benchmark model get on the same test set?
en|The hallucination rate in the evaluation was below 1%.
en|Release notes 2.0: new model version, 12% fewer false positives.
en|The proof of concept answered the question: yes, it can be done.
en|Error analysis found no systematic failure pattern.
en|Closing the quality risk, the model held up in the three-month shadow run.
en|The forecast error is lower than the planners' own estimates.
en|Status: model performance stable, no degradation since launch.
en|Retro: starting with a simple baseline showed early that the problem was tractable.
en|Expectations were realistic from the start, and we met them.
en|The OCR accuracy on handwritten forms was better than the vendor promised.
en|Latency and accuracy both within spec on the target hardware.
en|The model handles the edge cases the experts listed, all 40 of them.
en|Plan: try a larger model next year to see whether we can gain a few more points.
en|Email from the quality lead: the model passed the acceptance test.
en|We stopped hand-tuning thresholds once the calibrated model was in place.
en|Benchmark results are in and the model is in the top quartile.
en|Nothing surprising in the test results, everything as expected.
en|The experts compared the model's answers with their own and agreed on 97%.
en|Would a second model for the night shift data be worth trying?
en|The problem turned out to be easier than we feared; a gradient-boosted model was enough.
en|The A/B test showed a clear, significant improvement.
en|Performance on the unseen test year was as good as on the training years.
en|Closure note: technical targets achieved, model in production.
en|The vision model detects 99% of the defects the inspectors catch, and a few they miss.
en|We hit the quality bar with room to spare.
en|Validation by the clinical team confirmed the model is safe for the intended use.
en|The speech recognition handles the regional accents well in the field test.
en|No false negatives on the critical class in the last 10,000 cases.
en|The model generalises to the new product line without retraining.
en|Quality gate passed on the first attempt.
en|The feasibility spike took two days and showed the approach works.
en|Model quality is good enough for full automation of the simple cases, as planned.
de|Das Modell erreicht 94 % Präzision auf dem Testset, über dem Ziel von 90 %.
de|Die Genauigkeit auf Live-Daten entspricht der Validierung.
de|Die Machbarkeitsstudie kam zu dem Ergebnis, dass das Problem lösbar ist.
de|Wir brauchen den regelbasierten Fallback nicht mehr, das Modell ist überall besser.
de|Lenkungsausschuss: Modellqualität grün, Abnahmekriterien erfüllt.
de|Falls das Modell in der neuen Region schwächer ist, trainieren wir mit lokalen Daten nach.
de|Welche Genauigkeit hatte das Vergleichsmodell auf demselben Testset?
de|Die Fehleranalyse hat kein systematisches Muster gefunden.
de|Die Qualitätsprüfung wurde im ersten Anlauf bestanden.
fr|Le modèle atteint 94 % de précision sur le jeu de test, au-dessus de l'objectif.
fr|La précision en production correspond à celle de la validation.
fr|L'étude de faisabilité conclut que le problème est soluble avec nos données.
fr|Nous n'avons plus besoin des règles de secours, le modèle fait mieux partout.
fr|COPIL : qualité du modèle au vert, critères d'acceptation atteints.
fr|Si le modèle était moins bon sur la nouvelle région, on le réentraînerait localement.
fr|Quelle précision avait le modèle de référence sur le même jeu ?
fr|L'analyse des erreurs n'a révélé aucun biais systématique.
fr|Les experts sont d'accord avec le modèle dans 97 % des cas.
es|El modelo alcanza un 94 % de precisión en el conjunto de prueba, por encima del objetivo.
es|La precisión con datos reales coincide con la validación.
es|El estudio de viabilidad concluyó que el problema tiene solución con nuestros datos.
es|Ya no necesitamos las reglas de respaldo; el modelo es mejor en todo.
es|El test A/B mostró una mejora clara y significativa.
es|¿Qué precisión tenía el modelo de referencia en el mismo conjunto?
es|El análisis de errores no encontró ningún patrón sistemático.
es|Los expertos coinciden con el modelo en el 97 % de los casos.
nl|Het model haalt 94 % precisie op de testset, boven het doel.
nl|De nauwkeurigheid op live data komt overeen met de validatie.
nl|De haalbaarheidsstudie concludeert dat het probleem oplosbaar is.
nl|De regelgebaseerde terugval is niet meer nodig, het model is overal beter.
nl|Het probleem bleek makkelijker dan gevreesd, een gradient boosting-model was genoeg.
nl|Is een tweede model voor de data van de nachtdienst het proberen waard?
nl|De foutenanalyse vond geen systematisch patroon.
nl|De experts zijn het in 97 % van de gevallen met het model eens.
it|Il modello raggiunge il 94 % di precisione sul test set, sopra l'obiettivo.
it|L'accuratezza sui dati reali corrisponde alla validazione.
it|Lo studio di fattibilità conclude che il problema è risolvibile con i nostri dati.
it|Non servono più le regole di riserva, il modello è migliore ovunque.
it|Il riconoscimento vocale gestisce bene gli accenti regionali nel test sul campo.
it|Nota di chiusura: obiettivi tecnici raggiunti, modello in produzione.
it|L'analisi degli errori non ha trovato schemi sistematici.
it|Gli esperti concordano con il modello nel 97 % dei casi.
pt|O modelo atinge 94 % de precisão no conjunto de teste, acima do objetivo.
pt|A precisão com dados reais coincide com a validação.
pt|O estudo de viabilidade concluiu que o problema tem solução com os nossos dados.
pt|Já não precisamos das regras de recurso; o modelo é melhor em tudo.
pt|O modelo generaliza para a nova linha de produto sem retreino.
pt|Que precisão tinha o modelo de referência no mesmo conjunto?
pt|A análise de erros não encontrou nenhum padrão sistemático.
pt|Os especialistas concordam com o modelo em 97 % dos casos.
"""

POS["TECHNICAL_FEASIBILITY"] = """
en|Accuracy was excellent in the lab and fell to coin-flip level on real shop-floor images.
en|The model reached 94% overall, and 40% on the defects that actually matter.
en|The feasibility study was positive, written before anyone looked at the data.
en|Great progress every sprint, each time a point or two, still nowhere near the 99% the business needs.
en|The demo answered every question perfectly because we picked the questions.
en|Expectations were set by the vendor's keynote, and no model we tried comes close.
en|The proof of concept succeeded on the easy half of the cases; the hard half is the whole point.
en|Status green on modelling effort, red on model quality for the sixth month in a row.
en|Validation looked great until we realised the test set leaked from training.
en|The chatbot is fluent and confident, and wrong about a third of the policy questions.
en|Closure note: the team did everything right; the signal is simply not in the data.
en|We beat the baseline comfortably; the baseline was a coin toss, and the target was expert level.
en|The forecast is very stable, it predicts the same flat line every week.
en|The experts agreed with the model on the routine cases and on none of the difficult ones.
en|Every new architecture we try gives the same ceiling of 70%.
en|The model works, as long as the lighting is exactly like the lab.
en|The accuracy target was agreed before anyone checked whether it was possible.
en|After a year of tuning, the model still cannot tell the two fault types apart.
de|Im Labor war die Genauigkeit hervorragend, an der Linie liegt sie beim Raten.
de|Insgesamt 94 %, aber nur 40 % bei den Fehlern, auf die es ankommt.
de|Jeder Sprint bringt ein, zwei Punkte, von den geforderten 99 % sind wir weit entfernt.
de|Das Modell funktioniert, solange das Licht genau wie im Labor ist.
fr|Excellente précision en laboratoire, au niveau du hasard sur les images réelles.
fr|94 % au global, mais 40 % sur les défauts qui comptent vraiment.
fr|L'assistant est fluide et sûr de lui, et se trompe sur un tiers des questions.
fr|Après un an de réglages, le modèle ne distingue toujours pas les deux types de panne.
es|En el laboratorio la precisión era excelente; con imágenes reales, como tirar una moneda.
es|La previsión es muy estable: cada semana predice la misma línea plana.
es|Cada sprint sumamos un punto o dos y seguimos lejísimos del 99 % exigido.
es|Después de un año ajustando, el modelo sigue sin distinguir los dos tipos de avería.
nl|In het lab was de nauwkeurigheid uitstekend, op echte beelden is het gokken.
nl|De validatie zag er prachtig uit, tot bleek dat de testset uit de trainingsdata lekte.
nl|De chatbot klinkt vlot en zeker, en zit er bij een derde van de vragen naast.
nl|Na een jaar tunen kan het model de twee storingstypen nog steeds niet uit elkaar houden.
it|In laboratorio l'accuratezza era ottima, sulle immagini reali è come tirare a indovinare.
it|Ogni nuova architettura che proviamo si ferma allo stesso tetto del 70 %.
it|Dopo un anno di tuning il modello non distingue ancora i due tipi di guasto.
pt|No laboratório a precisão era excelente; com imagens reais é como atirar uma moeda ao ar.
pt|A meta de precisão foi acordada antes de alguém verificar se era possível.
pt|Depois de um ano de afinação, o modelo continua sem distinguir os dois tipos de avaria.
"""

NEG_PER_CAUSE = 90
POS_PER_CAUSE = 40
# per cause (area): about 45 % English, the rest spread over the six other languages
NEG_LANGS = Counter(en=40, de=9, fr=9, es=8, nl=8, it=8, pt=8)
POS_LANGS = Counter(en=18, de=4, fr=4, es=4, nl=4, it=3, pt=3)


def parse(block, where):
    rows = []
    for line in block.strip("\n").split("\n"):
        lang, sep, text = line.partition("|")
        assert sep and lang in LANGS, f"{where}: bad line {line!r}"
        text = text.strip()
        assert text and "\n" not in text and "\r" not in text, f"{where}: bad text {line!r}"
        rows.append((lang, text))
    return rows


def build():
    assert sorted(NEG) == sorted(CAUSES) and sorted(POS) == sorted(CAUSES)
    rows = []  # (expected_cause, kind, lang, text)
    for cause in CAUSES:
        neg = parse(NEG[cause], f"NEG {cause}")
        pos = parse(POS[cause], f"POS {cause}")
        assert len(neg) == NEG_PER_CAUSE, f"NEG {cause}: {len(neg)}"
        assert len(pos) == POS_PER_CAUSE, f"POS {cause}: {len(pos)}"
        assert Counter(l for l, _ in neg) == NEG_LANGS, f"NEG {cause} languages"
        assert Counter(l for l, _ in pos) == POS_LANGS, f"POS {cause} languages"
        rows += [("NONE", "negative", lang, text) for lang, text in neg]
        rows += [(cause, "positive", lang, text) for lang, text in pos]
    seen = {}
    for cause, kind, lang, text in rows:
        key = text.casefold()
        assert key not in seen, f"duplicate: {text!r} ({seen[key]} and {cause})"
        seen[key] = cause
    assert len(rows) == len(CAUSES) * (NEG_PER_CAUSE + POS_PER_CAUSE)
    assert sum(1 for r in rows if r[1] == "negative") == 990
    assert sum(1 for r in rows if r[1] == "positive") == 440
    langs = Counter(r[2] for r in rows)
    assert langs == Counter(en=638, de=143, fr=143, es=132, nl=132, it=121, pt=121), langs
    return rows


def main():
    rows = build()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "expected_cause", "kind", "text"])
    for i, (cause, kind, _lang, text) in enumerate(rows, 1):
        w.writerow([f"gn-{i:04d}", cause, kind, text])
    data = out.getvalue()
    assert data.count("\n") == len(rows) + 1, "one line per text"
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sentences.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)

    langs = Counter(r[2] for r in rows)
    print(f"wrote {len(rows)} rows to {path}")
    print("language  " + "  ".join(f"{l}:{langs[l]}" for l in LANGS))
    for kind in ("negative", "positive"):
        c = Counter(r[2] for r in rows if r[1] == kind)
        print(f"{kind:9} " + "  ".join(f"{l}:{c[l]}" for l in LANGS))
    for cause in CAUSES:
        n = [r for r in rows if (r[1] == "positive" and r[0] == cause)]
        print(f"{cause:24} positive {len(n)}  " + " ".join(f"{l}:{sum(1 for r in n if r[2] == l)}" for l in LANGS))


if __name__ == "__main__":
    main()
