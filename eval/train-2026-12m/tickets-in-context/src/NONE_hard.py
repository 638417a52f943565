LABEL = "NONE"
S = {"en": """
Goal of this phase: validate that the forecast reduces stock-outs in the two pilot stores.
Scope: ingestion of claims data, feature pipeline, baseline model. Out of scope: UI.
Acceptance criteria: model is retrained weekly via the pipeline and results are logged.
Definition of done: code reviewed, tests green, runbook updated, deployed to acceptance.
Part of epic LM-12 'Predictive maintenance for pumps'.
AC: the API responds within 200 ms for 95% of requests.
AC: data quality checks run on every load and failures raise an alert.
Risk: key data engineer could leave. Mitigation: pair programming and documentation. (Not occurred.)
Risk register item R-07 'vendor API changes' - closed, no change happened during the project.
Budget for phase 2 was approved at yesterday's steerco.
Data quality checks pass for all 14 tables since the fix in DS-300.
The DPIA was signed off on Monday, we can start with production data.
Security review completed with no findings.
Blocker resolved: access to the HR warehouse was granted this morning.
The integration with SAP works end-to-end in acceptance, 1,200 orders processed without errors.
Users in the pilot asked when they can get it for the other depots. Good sign.
Adoption in week 4: 87% of planners use the suggestions daily.
Sponsor confirmed her commitment for next year in the QBR.
We hired a second ML engineer, she starts in January.
The cost per prediction dropped by 60% after moving to batch scoring.
Model recall improved from 0.71 to 0.88 with the new features.
If the vendor ever changes the schema, we'd need to update the mapping. Nothing planned.
In case the budget is not approved, we would fall back to the open-source stack. It was approved.
Would be nice to have a dashboard for drift later, not needed for v1.
Scope of this story is limited to the NL market; other markets follow as separate epics.
We deliberately kept the MVP small: one product line, one region.
No security concerns raised by infosec for the internal-only deployment.
Data readiness assessment: all required sources available and documented.
Objective: reduce manual triage time by 30% (baseline measured in Q2: 11 min per ticket).
Success criterion: forecast MAPE below 15% on the holdout, measured monthly.
KPI and baseline agreed with finance on 4 March.
Legal confirmed the training data licence allows commercial use.
The works council approved the pilot with two small conditions, both implemented.
Hand-over to ops completed, runbook and alerting in place.
Retraining pipeline runs nightly, last 30 runs successful.
The 'adoption' column in the report refers to IFRS 17 adoption, not to this tool.
Cost model predicts repair cost per claim; it's a regression target, not a budget topic.
Integration of the new team members went smoothly.
The model owns the ranking, the PO owns the thresholds - ownership clear and documented.
No scope changes since the baseline plan, nice.
Risk: low label quality. Assessment after labelling: inter-annotator agreement 0.92, risk closed.
Originally flagged as blocked, turned out to be a misconfigured VPN. Unblocked within an hour.
We were worried the LLM costs would explode, but actual spend is 12% of the estimate.
The feasibility spike succeeded: 0.93 F1 on the held-out sites.
What if the sponsor leaves? Succession is covered by the deputy, already attending steercos.
Hypothetically, if we add the Belgian stores the data volume doubles - still fine for the cluster.
Please make sure the acceptance criteria mention the privacy notice.
Goal: deploy the first version to 3 stores by end of Q1.
Out of scope for this epic: real-time scoring, mobile app, partner API.
Assumption: the DWH refresh stays daily. Verified with the DWH team.
Dependency on PLAT-90 is resolved, endpoint available since last sprint.
Lessons learned: involving users early paid off, the pilot had no resistance.
Story: As a planner I want to see the predicted demand per week so that I can order in time.
Story: As a claims handler I want suspicious claims highlighted so that I can review them first.
The approval meeting went fine, all four approvers signed.
Migration of the model to the new platform is done; monitoring is live.
There's no shortage of data here - 6 years of clean sensor history.
Skills: the team completed the cloud certification, all five passed.
The old system did not have an API, the new one does, so integration took two days.
Steerco asked us to keep the scope as is. We agree.
Data quality is not the issue, the numbers reconcile with finance to the cent.
Security is not blocking anything at the moment.
Funding is secured until 2028 through the group programme.
The model is not the problem - it's doing what it should.
We have both a product owner and a business sponsor, both active.
Risk R-12 'users may not trust the model' - mitigated with explanations, trust survey 4.3/5.
Part of the initiative 'Smart Grid 2027', workstream 3.
Phase 1 deliverables: data pipeline, baseline model, evaluation report.
DoD includes: model card, monitoring dashboard, rollback procedure.
The vendor email confirms they'll keep the API stable for three years.
Last week's failed load was a one-off network glitch; reran fine.
Note: 'cost' in the model name refers to the cost-to-serve target variable.
'Scope' here means the OAuth scope for the service account.
The resistance measurement in the sensor data is within tolerance.
Integration tests added for the new endpoint, all green.
If the quality dips below 0.8 we'd retrain, but it has been stable at 0.86 for months.
Ethics board feedback was positive, no conditions.
Maybe later we could extend to invoices, but that's a separate decision.
Cloud costs for November: within budget, 7% under forecast.
Regulator's feedback on the model documentation: accepted without remarks.
Acceptance criterion 4: users can overrule the suggestion and the reason is logged.
Nobody left the team this year, knowledge is shared across four people.
Compliance confirmed no licence is required for the advisory use.
We considered a bigger scope but decided against it, MVP stays one site.
Audit finding from 2025 closed, evidence attached.
The executive sponsor presented the results at the town hall, lots of enthusiasm.
The labelling backlog is cleared, all 40k images labelled and reviewed.
Target architecture review passed; the serving pattern is the standard one from the platform catalogue.
""", "de": """
Ziel dieser Phase: Pilot der Schlaglocherkennung auf 120 km Kreisstraße, Auswertung mit dem Bauhof.
Umfang: Anbindung Leitstellendaten, Modell für Einsatzaufkommen, Wochenbericht. Nicht enthalten: Personalplanung.
Abnahmekriterien: Vorschlagsliste liegt jeden Morgen um 6 Uhr im Postfach der Disposition.
Definition of Done: Pairing-Review, Unit-Tests, Eintrag im Modellinventar, Freigabe durch Fachbereich.
Teil von Epic NETZ-7 'Lastprognose Ortsnetzstationen'.
Risiko R-04 'Verzögerung bei der Datenlieferung des Netzbetreibers' – nicht eingetreten, geschlossen.
Gute Nachricht: Der Kämmerer hat die Mittel für 2027 bestätigt.
Der Betriebsrat hat der Dienstvereinbarung heute einstimmig zugestimmt.
Behoben: Der Ladefehler lag an einem abgelaufenen Zertifikat, seit Dienstag läuft alles.
Die Schnittstelle zum Maximo ist live, seit zwei Wochen keine einzige Fehlbuchung.
Die Schichtleiter fragen inzwischen selbst nach dem Vorschlag, wenn er mal später kommt.
Wenn wir irgendwann auch Gasnetze abdecken wollen, bräuchten wir neue Daten. Steht aber nicht an.
Hätte man den Pilot größer gemacht, wäre es teurer geworden, deshalb bewusst nur zwei Reviere.
Messgröße und Ausgangswert sind festgelegt: 14 Minuten Durchlaufzeit pro Vorgang, gemessen im Juni.
Der Datenschutz hat die DSFA ohne Auflagen freigegeben.
Von den Klassifikationsergebnissen ist der Fachbereich begeistert, 93 % stimmen mit den Experten überein.
Die 'Akzeptanz' im Bericht meint die Akzeptanzprüfung der Bauleistung, nicht das Tool.
'Integration' bezieht sich hier auf die numerische Integration im Lastmodell.
Die Kosten des Modells hängen nicht vom Volumen ab, der Vertrag ist pauschal und längst bezahlt.
Die neue Kollegin ist eingearbeitet und übernimmt ab Januar das Nachtraining.
Ursprünglich als blockiert markiert, war aber nur ein falscher Filter im Board.
Keine Änderung am Umfang seit dem Kick-off, das MVP ist stabil.
Die Sponsorin bleibt, auch nach der Umorganisation ist sie für den Bereich zuständig.
Mögliches Risiko: Akzeptanz in den Außenstellen. Nach der Einführung: Nutzung bei 90 %.
Die Datenlage ist gut, zehn Jahre Messreihen ohne Lücken.
Hinweis: 'Scope' meint in diesem Ticket den OAuth-Scope für den Dienstaccount.
Abnahmekriterium: Übersteuerungen durch Anwender werden mit Grund gespeichert.
Die Machbarkeitsstudie ist positiv ausgefallen, die Genauigkeit übertrifft das Ziel.
Sollte die Rechenleistung nicht reichen, gäbe es einen Plan B mit Batch-Verarbeitung. War nicht nötig.
Übergabe an den Betrieb erledigt, Bereitschaft ist eingewiesen.
Die Revision hat die Modelldokumentation ohne Anmerkungen abgenommen.
Story: Als Bauhofleiter möchte ich die zehn dringendsten Schäden sehen, um die Kolonne einzuteilen.
Nicht Ziel dieser Phase: Anbindung weiterer Landkreise.
""", "fr": """
Objectif de la phase : piloter la prévision des appels au 15 sur deux départements pendant l'hiver.
Périmètre : données de régulation, modèle de volume horaire, restitution hebdomadaire. Hors périmètre : planning des équipes.
Critère d'acceptation : la liste des interventions prioritaires est disponible chaque matin à 7 h.
Définition de terminé : revue croisée, tests unitaires, fiche modèle, validation métier.
Rattaché à l'epic RESEAU-9 « Prévision de charge des postes HTA/BT ».
Risque R-06 « retard de livraison des données du gestionnaire de réseau » : non survenu, clos.
Bonne nouvelle : le conseil d'administration a voté le financement de la deuxième année.
Le CSE a rendu un avis favorable à l'unanimité.
Corrigé : l'échec de chargement venait d'un certificat expiré, tout refonctionne depuis mardi.
Le lien avec la GMAO est en production, aucune anomalie en quinze jours.
Les chefs d'équipe réclament la liste quand elle arrive en retard, signe qu'ils s'en servent.
Si un jour on étend au réseau de chaleur, il faudra d'autres données. Pas à l'ordre du jour.
Indicateur et point de départ fixés : 12 minutes de traitement par dossier, mesuré en juin.
La DPO a validé l'analyse d'impact sans réserve.
Le métier est ravi : 94 % d'accord avec les experts sur l'échantillon de contrôle.
Ici « adoption » désigne l'adoption du budget primitif par l'assemblée, pas l'usage de l'outil.
Le mot « intégration » renvoie à l'intégration numérique dans le calcul de charge.
La licence est forfaitaire et déjà payée, le coût ne dépend pas du volume.
La nouvelle recrue est formée et reprend le réentraînement à partir de janvier.
Ticket marqué bloqué par erreur, c'était un filtre mal réglé sur le tableau.
Aucun changement de périmètre depuis le lancement.
La sponsor reste en poste malgré la réorganisation.
Risque envisagé : faible usage en agence. Constat après déploiement : 91 % d'utilisation.
Les données sont abondantes : dix ans de mesures sans trou.
L'étude de faisabilité est concluante, l'objectif de précision est dépassé.
Si la puissance de calcul manquait, on passerait en traitement par lots. Ça n'a pas été nécessaire.
Reprise par l'exploitation faite, l'astreinte est formée.
L'audit interne a accepté la documentation du modèle sans remarque.
Récit : en tant que chef de centre, je veux voir les dix chantiers les plus urgents pour répartir les équipes.
Hors objectif de cette phase : l'ouverture aux autres départements.
Critère de succès : moins de 10 % d'écart entre prévu et réalisé sur les pics du lundi.
Les jeux de données sont prêts, documentés et accessibles à toute l'équipe.
Rien ne bloque côté sécurité, l'homologation a été prononcée la semaine dernière.
""", "es": """
Objetivo de la fase: probar la previsión de llamadas al 112 en dos provincias durante el invierno.
Alcance: datos del centro de coordinación, modelo horario e informe semanal. Fuera de alcance: turnos.
Criterio de aceptación: la lista de prioridades está disponible cada mañana a las 7.
Definición de hecho: revisión cruzada, pruebas unitarias, ficha del modelo y visto bueno de negocio.
Parte de la épica RED-4 'Previsión de carga en centros de transformación'.
Riesgo R-03 'retraso en la entrega de datos de la distribuidora': no ocurrió, cerrado.
Buena noticia: el consejo aprobó la financiación del segundo año.
Resuelto: el fallo de carga era un certificado caducado, desde el martes todo funciona.
Los jefes de turno piden la lista si llega tarde, señal de que la usan.
Si algún día ampliamos a la red de gas harían falta otros datos, pero no está previsto.
Indicador y punto de partida fijados: 13 minutos por expediente, medido en junio.
El DPO validó la evaluación de impacto sin condiciones.
Aquí 'adopción' se refiere a la adopción de la norma contable, no a la herramienta.
La licencia es una tarifa plana ya pagada, el coste no depende del volumen.
La nueva compañera ya está formada y se encarga del reentrenamiento desde enero.
Marcado como bloqueado por error, era un filtro mal puesto en el tablero.
Ningún cambio de alcance desde el arranque.
Riesgo previsto: poco uso en oficinas. Tras el despliegue: 90 % de uso.
Hay datos de sobra, diez años de mediciones sin huecos.
Traspaso a operaciones hecho, la guardia está formada.
Auditoría interna aceptó la documentación del modelo sin observaciones.
Historia: como jefe de brigada quiero ver las diez averías más urgentes para repartir el trabajo.
""", "it": """
Obiettivo di questa fase: verificare che la previsione delle taglie riduca i resi del 10% nei negozi di Roma.
Perimetro: immagini delle banchine, modello di lettura codici, report giornaliero. Esclusi: varchi doganali.
Criteri di accettazione: il riassortimento suggerito arriva entro le 6 nel gestionale dei negozi.
DoD: test automatici, scheda modello, approvazione del responsabile qualità.
Fa parte dell'epic VINO-2 'Previsione rese vendemmia'.
Rischio: mancata consegna dei dati dei caselli. Stato: dati ricevuti a ottobre, rischio chiuso.
Ottima notizia, la Regione ha confermato il contributo anche per il 2027.
Il blocco sull'accesso al gestionale è stato risolto ieri sera, grazie a Michele.
Il Garante ha risposto positivamente, possiamo procedere con il pilota in porto.
L'integrazione con il WMS funziona, 2.000 righe d'ordine senza errori.
Gli agenti chiedono quando arriva nelle altre agenzie, ottimo segnale.
Se un giorno volessimo estendere ai profumi, servirebbero altre fonti. Per ora no.
Baseline misurata: 9 giorni medi di sdoganamento, obiettivo 7.
La qualità dei dati non è un tema, abbiamo confrontato con la contabilità e torna tutto.
Qui 'integrazione' è l'integrazione salariale del personale stagionale, non un'interfaccia.
Il costo della soluzione è già coperto dal contratto quadro esistente.
Il collega nuovo ha preso in mano la pipeline senza problemi.
Nessun cambiamento di perimetro dall'avvio, l'MVP resta la sola linea borse.
Rischio 'rifiuto da parte dei negozi' valutato basso, uso effettivo all'88%.
Lo studio di fattibilità ha superato l'obiettivo di accuratezza con margine.
Storia: come responsabile di negozio voglio sapere quali taglie riordinare ogni lunedì.
Fuori dall'obiettivo di questa fase: il canale e-commerce.
""", "pt": """
Objetivo desta fase: verificar se a previsão por talhão reduz o desperdício de insumo em 10% em três fazendas.
Escopo: imagens do cais, modelo de leitura de código, relatório diário. Fora: portões da alfândega.
Critérios de aceite: a sugestão de reposição chega até as 6h no sistema das lojas.
DoD: testes automatizados, ficha do modelo, aprovação da qualidade.
Faz parte do épico SAFRA-2 'Previsão de produtividade'.
Risco: falta de dados das praças de pedágio. Situação: dados recebidos em outubro, risco encerrado.
Ótima notícia, a Finep confirmou o recurso também para 2027.
O bloqueio de acesso ao ERP foi resolvido ontem à noite, valeu Márcio.
A ANPD respondeu favoravelmente, podemos seguir com o piloto no porto.
A integração com o WMS funciona, 2 mil linhas de pedido sem erro.
Os corretores perguntam quando vai chegar nas outras filiais, ótimo sinal.
Se um dia quisermos incluir café, vamos precisar de outras fontes. Por enquanto não.
Linha de base medida: 9 dias de desembaraço em média, meta 7.
Qualidade de dados não é problema, conferimos com a contabilidade e bate.
Aqui 'integração' é a integração dos novos funcionários na equipe, não uma interface.
O custo da solução já está coberto pelo contrato guarda-chuva.
O colega novo assumiu o pipeline sem dificuldade.
Nenhuma mudança de escopo desde o início, o MVP segue só com calçados.
Risco 'rejeição pelas lojas' avaliado como baixo, uso real em 88%.
O estudo de viabilidade superou a meta de acurácia com folga.
História: como gerente de loja quero saber que tamanhos repor toda segunda.
Fora do objetivo desta fase: o canal de e-commerce.
"""}
