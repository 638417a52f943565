LABEL = "NONE"
# S: neutral chatter, status, logistics. H: hard negatives.
S = {"en": """
Retrospective for sprint 12 is scheduled for Thursday 14:00 in room B2.04, please bring your sticky notes.
Quarterly portfolio review deck v3 attached, comments to Sandra by Friday noon.
Post-mortem template updated to the new format agreed with the PMO in October.
Vendor status report for November received and filed under /Projects/Atlas/Vendor.
Lessons-learned workshop moved to the 19th because half the team is at the supplier conference.
Audit fieldwork starts on 12 January; the auditors will need read access to the project SharePoint.
Minutes of the steering committee of 3 March are available in the team channel.
The team finished migrating the backlog from Trello to Jira over the weekend.
Reminder: timesheets for the project code AI-204 must be submitted by the 25th.
We agreed to hold the retro as a remote session because of the rail strike.
The vendor introduced their new account manager, Pieter, who replaces Claire from January.
Status: green. Sprint 8 delivered the three planned stories, demo recorded.
Q3 portfolio review covered 42 initiatives across five business units, summary in the appendix.
Please use the new naming convention for model artefacts: project_model_version_date.
Coffee and sandwiches will be provided at the lessons-learned session.
The project closure report follows the standard PMO template, sections 1 to 7.
Dashboard link updated, the old Tableau server is being retired at month end.
Dates for next year's quarterly reviews: 18 March, 17 June, 16 September, 9 December.
Action from last retro: rotate facilitation; this time Mehmet runs it.
Audit report draft circulated to the project managers for factual accuracy check.
The steering group welcomed the new finance controller, Ingrid, who joins from the Munich office.
Team photo from the kickoff is in the shared folder, for the newsletter.
Vendor will present their Q4 roadmap in the next monthly review.
Sprint review: demo of the new filter screen, feedback captured in the ticket.
Meeting room for the post-mortem is booked; we have it until 17:00.
We went through the RAID log and updated owners and due dates.
The portfolio office asked all projects to add the cost centre to their Jira epic.
Training on the new ticketing tool for all project members on Tuesday morning.
The retro board is open for input until Wednesday evening, anonymous notes allowed.
Status report week 41: work progressing as planned, no change to milestones.
Internal audit will sample five initiatives from the 2025 cohort this year.
Jan is on holiday until the 8th, Priya covers the daily stand-up.
Lessons-learned database now searchable by sector and stage, thanks to the knowledge management team.
The vendor invoice for October was approved and forwarded to accounts payable.
Next quarterly review will include a short spotlight on the logistics portfolio.
Agenda: welcome, status per workstream, risks, AOB.
The project moved to the new Confluence space; old pages are read-only.
Closure meeting held with all stakeholders; documentation archived per retention policy.
We captured 23 items during the retro and grouped them into five themes.
The auditor thanked the team for quick responses to the document requests.
PI planning for the next increment is on 2 and 3 February, in person in Utrecht.
Minutes approved without changes.
Status update: the test environment was restarted after maintenance, all services up.
The vendor's monthly report now includes a section on service desk tickets.
Please review the draft post-mortem and add anything I missed, particularly on the timeline.
Portfolio review attendees: CIO, CFO delegate, heads of BU, PMO lead.
Retro format this time: start, stop, continue.
The new project coordinator will take over scheduling of all review meetings.
Jira workflow simplified to four states: to do, in progress, review, done.
Quarterly report submitted to the group strategy office on time.
Steering committee decided to meet every six weeks instead of monthly.
We will circulate the lessons-learned summary to the other programmes in the division.
Vendor status meeting notes: attendance, open actions reviewed, next meeting 4 December.
Sprint 3 velocity 28 points, in line with the forecast.
Audit scope covers governance, financial control and documentation of the AI portfolio.
Reminder to upload signed closure forms to the project archive.
The data team presented their quarterly roadmap to the architecture board.
Onboarding checklist for new team members added to the wiki.
Retro action items have been converted into Jira tasks with owners.
The review was held in hybrid format, with the Lisbon team joining via Teams.
Workshop outcome: draft process map for the returns handling, to be validated next week.
All milestone dates confirmed with the vendor in writing.
Please note the office is closed on 24 and 31 December.
Quarterly portfolio review: 7 initiatives moved from discovery to prototype this quarter.
Updated org chart for the analytics department attached.
The lessons-learned register entry for project Falcon was reviewed and approved by the PMO.
Status report format changed: one slide per project, traffic lights for time, cost and scope.
Kickoff for the new supplier onboarding project is confirmed for 6 January.
We published the audit response with management actions and target dates.
The post-mortem will be written by the delivery lead and reviewed by the sponsor.
Retro notes: good collaboration with the operations team, communication in the channel worked.
The vendor confirmed the named resources for the next phase.
Steering committee pack distributed 48 hours in advance as agreed.
Quarterly figures for the AI portfolio were added to the group KPI report.
New Jira component created for documentation tasks.
The team celebrated the end of the pilot phase with lunch at the canteen.
Project status: in progress, next milestone user acceptance testing on 20 February.
Stakeholder interviews for the retrospective are scheduled over the next two weeks.
Review feedback from the architecture board has been incorporated into the design document.
Audit planning memo sent to all programme managers.
Weekly vendor call moved from Monday to Tuesday at 10:00.
Lessons-learned: please submit at least one item per workstream before the deadline.
Sprint goal achieved; two stories carried over due to holiday absences.
Portfolio review: initiatives grouped by business capability for the first time this quarter.
The monthly status mail goes to the extended distribution list from now on.
Retrospective facilitated by an external agile coach this time, feedback welcome.
Management summary of the quarterly review approved by the executive committee.
Vendor SLA report: all tickets resolved within agreed response times.
The RAID log was cleaned up; closed items moved to the archive tab.
Data team offsite planned for March, details to follow.
Steering committee noted the progress report and had no further questions.
Audit interview with the project manager took place on 11 November.
Jira dashboards now show cycle time per team.
Please use the shared calendar to book slots for the review rehearsals.
The final report was translated for the French-speaking stakeholders by the communications team.
Release notes for version 1.4 are published on the intranet.
Quarterly review preparation: each lead sends three bullet points by Monday.
Sprint planning done, capacity reduced by one person for the training week.
We moved the post-mortem to after the year-end freeze so everyone can attend.
The vendor's quarterly business review covered volumes, tickets and the upcoming contract renewal date.
Minutes: item 4 deferred to the next meeting due to time.
The lessons-learned session produced a list of twelve recommendations for future pilots.
Status as of 30 September attached, colour coding per the PMO guideline.
Audit report published on the governance portal, restricted to management.
New team member Lotte joined as business analyst on Monday.
The retro was short this time, most action points from last time are done.
Portfolio review next week will focus on initiatives in the engineering stage.
""", "fr": """
""", "de": """
""", "es": """
""", "nl": """
"""}
H = {"en": """
What went well: data quality was better than expected, the finance tables needed almost no cleaning.
Lessons learned (positive): involving the works council early meant approval came in two weeks, not months.
The DPIA was completed in January and the DPO signed off without conditions.
Risk R-07 (vendor dependency) was identified at kickoff but never materialised; the vendor delivered on time.
Audit finding closed: the missing model documentation was provided and accepted.
The budget is on track, €310k spent of €420k at 75% completion.
Cost is the target variable here: the model predicts repair cost per claim from the adjuster's first notes.
Contrary to early fears, the integration with SAP went smoothly thanks to the existing OData services.
What went well: the sponsor stayed engaged throughout and chaired every steering committee.
Data readiness was assessed in week two; all sources were accessible and reasonably complete.
Adoption exceeded expectations, 87% of dispatchers use the suggestions daily.
We worried about skills, but the two new hires ramped up fast and the knowledge transfer worked.
Scope was kept tight: the MVP covered one product line, and extension came only after go-live.
The security review passed on the first attempt; pen test showed only two low findings, both fixed.
If we had lost the lead data scientist, the project would have stalled, so we documented everything early.
It would be nice to have more labelled data someday, but the current volume is sufficient for the pilot.
Lessons learned: setting a clear KPI (average handling time) from day one kept the team focused.
The model reached 93% precision against the 90% target, accepted by the business.
Risk of budget overrun flagged in Q1 was mitigated by renegotiating the licence, no overrun occurred.
The training data pipeline now refreshes nightly without manual steps.
We do not expect any issues with data residency, everything runs in the Frankfurt region.
Data quality is not an issue for this use case; the source is the certified finance warehouse.
The integration test with the ERP passed on the first run.
What went well: users were part of the design from week one and asked for the rollout themselves.
The term "adoption" in the report refers to the adoption rate of electric vehicles we are forecasting, not usage of the tool.
Post-mortem of an unrelated outage: the database failover worked, no data was lost.
The project was formally closed after successful handover to operations.
Security asked a few clarifying questions on logging, answered the same day.
The MLOps pipeline was set up early and deployments now take ten minutes.
What went well: the vendor's team was experienced and the knowledge transfer was thorough.
We considered whether the works council needed to be consulted and confirmed with HR that it did not, as no employee data is used.
Funding for the next phase was approved in full by the investment board.
The scope discussion was settled quickly, everyone agreed on the phased approach.
Potential risk: if the ERP upgrade slips, integration testing could move. Currently on schedule.
The model predicts churn risk; the word "risk" in the dashboard refers to that score, not to a project risk.
Good news: the regulator accepted our model validation report without further questions.
Retro: communication between data science and IT ops was excellent this time.
Legal review completed, no objections to using the anonymised call transcripts.
The cost model estimates freight cost per pallet with a mean error of 4%.
Earlier concerns about the sponsor leaving proved unfounded; she extended her mandate.
The pilot hit its target: 18% fewer manual touches per invoice.
We were worried users would not trust it, but the explanations panel won them over.
Lessons learned: the early feasibility spike saved us from promising too much.
Data was labelled in-house by the quality team in three weeks, quicker than planned.
No budget issues to report this quarter.
If the vendor had not delivered the connector, we would have built it ourselves, but it arrived on time.
Audit confirmed that governance of the AI portfolio meets the group standard.
The retraining job ran successfully for the sixth consecutive month.
Skills were not a bottleneck; the team had prior experience with similar models.
The clinical safety officer approved the triage tool for the pilot wards.
The word "integration" here refers to post-merger integration, which the model helps plan.
The forecast accuracy improved from 72% to 88% after adding promotions data.
Data access requests were approved within five working days, which is a record.
We hoped for a bigger uplift, but the result is still above the agreed threshold and going to production.
Handover to the operations team is complete, runbook reviewed and signed.
What went well: a single accountable product owner with decision rights.
The project finished 8% under budget, the surplus returned to the innovation fund.
Risk: key person dependency on the architect. Mitigation: pairing with a second engineer, in place since March.
The fraud model's false positive rate dropped to 3%, investigators are happy.
Scope creep was a risk, but the change board rejected all non-essential requests.
Our hypothesis that users would resist turned out wrong; uptake was immediate.
The data is fine, the pipeline is fine, the model is fine. We are just waiting for the release window on the 14th.
The steering committee confirmed continued sponsorship for 2027.
Lessons learned: early involvement of enterprise architecture made deployment straightforward.
There were no compliance blockers; the use case was classified as minimal risk.
It would be great if we could also cover the Polish market next year, but that is a separate business case.
The vendor's costs are in line with the contract, invoices checked monthly.
"Feasibility" in this report refers to the site feasibility study for the new depot, not the model.
All legacy interfaces were mapped before the build, and none caused delays.
The model went live in March and has been stable since.
The team asked for more training on cloud tooling; sessions are booked and nothing is blocked.
Privacy impact was low because only aggregated data is used, confirmed by the DPO.
We had a scare when a data feed broke, but it was fixed within the hour and no predictions were missed.
Users asked for two extra features, which we logged for version 2 without delaying version 1.
What went well: the business case was conservative, and we exceeded it.
The forecasting model uses staffing cost as an input feature, which improved accuracy.
Budget overrun risk closed at year end; actual spend 97% of plan.
Audit noted good practice in model documentation and version control.
The missing values in the sensor data were handled with standard interpolation, no impact on results.
Wish list for next year: a second use case in procurement and more GPU capacity.
Lessons learned: the sprint demos with real users built trust early.
The objective was clear from the start: cut the average credit decision time from five days to one.
The legal hold on the archive was lifted in May, and since then the data is available as planned.
There is no sign of model drift in the monthly monitoring report.
Had the integration been harder we would have asked for more time, but it was done in two sprints.
The operations team now owns the model and handles retraining themselves.
We had planned for resistance from the branch staff; the champions network made it unnecessary.
The pen test is scheduled for next month as a standard pre-go-live step, nothing unusual expected.
Lessons learned: small, frequent releases kept stakeholders on board.
Key person left in July, but thanks to documentation and pairing the handover took one week.
The cost reduction achieved by the model was €1.1m in the first year, above target.
The data catalogue made it easy to find and request the right sources.
The board asked whether AI could help in HR, which we will explore in a separate discovery.
Not a problem: the API rate limit is far above our expected call volume.
Our worry about explainability was addressed by SHAP summaries, which the regulator found sufficient.
What went well: the vendor flagged their own delay early, and the plan was adjusted without impact.
The new CIO reaffirmed support for the programme in her first town hall.
The model explains 60% of variance in delivery cost, which is what we use for quoting.
Concerns about labelling capacity were resolved by a partnership with the university.
The project reached production on schedule, the retrospective was mostly about what to repeat.
There was a debate whether the scope should include returns, and we parked it for phase 2 as agreed.
Data protection was reviewed and approved; retention set to 12 months.
The cloud bill is within the forecast, around €3k per month.
No adoption issues: usage is mandatory in the new process and staff were trained beforehand.
Lessons learned: the early, honest baseline measurement made the benefits case credible.
""", "fr": """
""", "de": """
""", "es": """
""", "nl": """
"""}
S["fr"] = """
La rétrospective du sprint 9 aura lieu jeudi à 10 h en salle Garonne, prévoyez une heure.
Le support de la revue trimestrielle du portefeuille est en ligne sur l'espace SharePoint du PMO.
Compte rendu du comité de pilotage du 12 mars validé sans remarque.
Merci de déposer vos feuilles de temps sur le code projet IA-118 avant vendredi.
Le rapport mensuel du prestataire pour octobre a été reçu et archivé.
L'atelier retour d'expérience est décalé au 21, la moitié de l'équipe est en formation à Lyon.
Les auditeurs internes commencent leur mission le 8 janvier et auront besoin d'un bureau.
Nouvelle arrivée dans l'équipe : Camille, cheffe de projet junior, à partir de lundi.
Ordre du jour : tour de table, avancement par chantier, risques, points divers.
Le gabarit de bilan de projet a été mis à jour par le PMO, merci d'utiliser la version 4.
Point hebdo déplacé au mardi à cause du pont de l'Ascension.
Le backlog a été migré de Redmine vers Jira ce week-end.
Rappel : la salle est réservée jusqu'à 17 h, merci de libérer à l'heure.
Sprint 6 terminé, trois récits livrés sur trois, démo enregistrée.
Les dates des revues trimestrielles 2027 sont fixées : 16 mars, 15 juin, 21 septembre, 7 décembre.
Le prestataire nous présente son nouveau directeur de compte, M. Lefèvre, lors du prochain point.
La version provisoire du rapport d'audit a été envoyée aux chefs de projet pour relecture factuelle.
La photo de l'équipe au lancement est dans le dossier partagé pour la lettre interne.
Le registre des risques a été relu, les responsables et les échéances sont à jour.
Le comité de pilotage se réunira désormais toutes les six semaines.
La facture d'octobre du prestataire a été validée et transmise à la comptabilité.
Rétro en format « ce qu'on garde, ce qu'on arrête, ce qu'on essaie ».
Les actions issues de la rétro ont été créées en tickets avec un responsable.
Le bilan de clôture a été archivé selon la politique de conservation documentaire.
Les bureaux seront fermés entre Noël et le jour de l'an.
L'équipe de Montréal rejoindra la revue en visioconférence, décalage horaire oblige.
Le tableau de bord du portefeuille affiche désormais la date de dernière mise à jour.
Statut : vert, jalon de recette fixé au 14 février.
Café et viennoiseries prévus pour l'atelier retour d'expérience.
Le rapport trimestriel a été transmis à la direction de la stratégie dans les délais.
Merci de relire le projet de bilan et d'ajouter ce qui manque, surtout la chronologie.
Le nouveau coordinateur prendra en charge la planification des revues.
Le séminaire de l'équipe data aura lieu en mars à Annecy, programme à venir.
"""
S["en"] += """
The audit committee meeting on 22 January will take the AI portfolio as item 3.
Vendor status report received late this month due to their office move; no content changes.
Lessons-learned entries should name the project, the stage and the date of the observation.
"""
H["en"] += """
The pilot was feared to be a compliance headache, but the privacy office cleared it in one meeting.
Had the sponsor left during the reorganisation we would have been in trouble; she stayed and chairs the board.
Lessons learned (what went well): the two-week data assessment at the start found no blocking gaps.
The cost estimate from the model is used by the quoting team; "cost" here is the prediction, not our spend.
Risk R-12, integration with the mainframe, was closed in sprint 3 after the adapter passed testing.
"""
H["fr"] = """
Ce qui a bien marché au CHU de Rennes : les internes ont été associés dès les maquettes et réclamaient l'outil avant la fin du pilote.
Le risque « refus du CSE » figurait au registre, mais l'instance a voté pour à l'unanimité en octobre.
Les relevés de la centrale de Cordemais étaient complets sur cinq ans, aucune interpolation n'a été nécessaire.
Dans ce projet, le mot « intégration » désigne l'intégration des nouveaux arrivants, que l'outil aide à planifier.
Le modèle prévoit le coût des travaux de voirie par rue ; l'écart avec les devis réels reste sous 6 %.
La mutuelle craignait un refus de la CNIL, finalement la déclaration simplifiée a suffi.
Un souci de certificat a coupé l'API vendredi soir, rétabli samedi matin sans perte de données.
Si la Région avait réduit sa subvention, on aurait étalé le projet sur deux ans, mais elle l'a maintenue.
Bilan positif : la règle « un seul cas d'usage en production avant d'en ouvrir un second » a été respectée.
L'équipe n'a pas de difficulté de compétences, trois des quatre membres ont déjà mis des modèles en service.
À terme, on rêverait d'étendre l'outil aux crèches municipales, mais ce n'est pas d'actualité.
Le sponsor a changé de poste en juin et a tenu à garder le projet dans son nouveau périmètre.
Le taux de recours des conseillers à l'outil est passé de 40 % à 82 % en trois mois.
Les faux positifs du premier mois ont été réduits de moitié après recalibrage, les enquêteurs sont satisfaits.
Le retard de livraison des serveurs aurait pu bloquer la recette, l'hébergeur nous a prêté une machine en attendant.
Retex : fixer dès le départ un indicateur unique, le délai de paiement fournisseur, a évité bien des débats.
Le périmètre a été tenu : les demandes des autres directions ont été notées pour une phase ultérieure.
Aucune difficulté avec les systèmes existants, l'éditeur du logiciel de paie fournit une API documentée.
La qualité des données de l'Insee utilisées ici ne pose aucun problème.
Le terme « adhésion » dans le rapport désigne l'adhésion des adhérents à la mutuelle, que nous cherchons à prévoir.
L'ACPR a posé trois questions sur la gouvernance du modèle, toutes traitées en une semaine.
Le budget de fonctionnement a été voté pour trois ans, ce qui sécurise l'exploitation.
Le départ de notre datascientiste a été anticipé : son successeur a travaillé six semaines en binôme avec elle.
Il serait bien d'avoir un jour des données de fréquentation en temps réel, mais le besoin actuel est couvert.
Les premiers tests ont montré que la tâche était faisable : 94 % de bons classements sur l'échantillon de contrôle.
Le comité d'engagement a validé la phase 2 sans réserve, sur la base des gains mesurés.
La supervision du modèle en production a détecté une dérive en mars, corrigée par un réentraînement le jour même.
Nous redoutions que les agents boudent l'outil ; l'accompagnement par des référents dans chaque site a fait la différence.
La faisabilité dont il est question ici est celle de la piste cyclable, étudiée avec le même outil cartographique.
Le test d'intrusion de l'ANSSI n'a relevé aucune vulnérabilité critique.
Point positif : la direction financière a accepté de valoriser le temps gagné dans le calcul du retour sur investissement.
Hypothèse de travail : si le volume doublait, l'architecture actuelle tiendrait sans changement.
Le projet est passé en production le 2 septembre comme prévu, la rétrospective portait surtout sur ce qu'il faut reproduire.
"""
H["de"] = """
Im Autohaus-Pilot fragen die Verkäufer inzwischen selbst nach den Preisempfehlungen, bevor sie ein Angebot schreiben.
„Datenqualität“ ist hier nur der Name des Berichtsmoduls, kein Befund.
Die Tarifdaten hat die Fachabteilung in zwei Tagen bereitgestellt, schneller als erwartet.
Die letzte Prüfung der Innenrevision ergab keine Feststellungen zum KI-Portfolio.
Das Labeln der Schadenbilder haben wir vor der Hagelsaison abgeschlossen, damit war das Risiko vom Tisch.
Wir prognostizieren die Kündigungsquote von Stromverträgen, „Kündigung“ im Bericht bezieht sich darauf.
Der Betriebsrat hatte keine Einwände, weil keinerlei Leistungsdaten von Beschäftigten verarbeitet werden.
Wunsch für 2027: eine zweite Anwendung in der Lohnbuchhaltung, sofern die erste weiter so stabil läuft.
Die angekündigte Budgetkürzung im Herbst wurde zurückgenommen, unser Projekt ist nicht betroffen.
Die Abhängigkeit vom SAP-Team war als Risiko markiert, die Schnittstelle kam dann zwei Wochen früher.
Weil die IT-Sicherheit von Anfang an dabei war, ging die Freigabe ohne Umwege durch.
Die Genauigkeit ist kein Problem, das Modell liegt seit Monaten stabil bei 91 %.
Die Kolleginnen in Werk 2 hatten Fragen zum Ablauf, nach einer Schulung direkt am Band war alles klar.
Was gut lief: Der Lenkungskreis hat jede offene Entscheidung innerhalb einer Woche getroffen.
Die Klinik-IT hat das Modell übernommen und betreibt es im eigenen Rechenzentrum.
Kurz war unklar, wer zuständig ist, das hat der Bereichsleiter in der ersten Sitzung geklärt.
Die „Skalierung“ im Titel meint die Kesselleistung, die das Modell optimiert, nicht das Projekt.
Ein Kollege ging in Elternzeit, seine Vertretung war eingearbeitet, Verzögerungen gab es keine.
Die Lizenzkosten liegen 10 % unter dem Angebot, weil wir die Nutzerzahl genau geschätzt haben.
Die Sorge, der Chatbot könnte Tarife erfinden, hat sich im Test mit 2.000 Fragen nicht bestätigt.
Für den Fall einer Insolvenz des Anbieters ist der Quellcode hinterlegt, bisher steht die Firma solide da.
Die Sensordaten aus der Presserei kamen anfangs lückenhaft, nach dem Tausch eines Gateways ist das erledigt.
Die Zielgröße war klar: Ausschussquote unter 1,5 %, erreicht im dritten Monat.
Den Ausbau auf weitere Länder haben wir bewusst abgelehnt, um Version 1 nicht zu gefährden.
Die Abnahme durch den Fachbereich erfolgte ohne Nacharbeiten.
Die Revision lobte die Dokumentation des Modells und die Nachvollziehbarkeit der Entscheidungen.
Nach dem Wechsel auf kleinere Instanzen sanken die Cloud-Kosten um ein Drittel.
Alle Meilensteine gehalten, das Projekt schließt im Plan ab.
Ein Ausfall der Schnittstelle am Montag blieb folgenlos, die Warteschlange hat alles nachgeholt.
Was gut lief: Fachbereich und Data Science saßen gemeinsam in einem Büro.
Eine Verschiebung der DSGVO-Prüfung hätte uns drei Monate gekostet, der Termin wurde aber gehalten.
Oft wird vermutet, die Daten seien das Problem, hier nicht: Die Quellen sind gepflegt und dokumentiert.
Der Piloteinsatz in der Notaufnahme verlief ohne Zwischenfälle, die Ärzte wollen weitermachen.
"""
H["es"] = """
El etiquetado no se retrasó por la vendimia porque lo adelantamos a junio.
"Riesgo" en este informe es el riesgo de incendio forestal que predice el modelo, no un riesgo del proyecto.
Los datos del catastro llegaron en una semana y sin incidencias.
El sindicato pidió información y, tras una reunión, no planteó objeciones.
Ojalá el año que viene podamos probar lo mismo en la red de autobuses, pero de momento no hay plan.
El temido cuello de botella con el mainframe no apareció, el adaptador del proveedor funcionó desde el primer día.
Los comerciales abren ahora la herramienta antes de cada visita sin que nadie se lo pida.
El presupuesto del año que viene ya está aprobado, incluida la operación del modelo.
Quitamos dos funcionalidades del primer lanzamiento para no retrasarlo, y salió bien.
La precisión del modelo de cita previa no es un problema: 93 % frente al 85 % pedido.
La jefa de proyecto se fue de baja maternal y su sustituto ya estaba al tanto de todo.
Lo que salió bien: la consejería nombró desde el primer día a una responsable con capacidad de decisión.
El auditor externo no encontró deficiencias en la gobernanza del modelo.
El coste del cuadro de mando es la predicción de coste por envío, no el gasto del proyecto.
La caída de la red del martes no afectó al piloto, los datos se recuperaron de la cola.
Si la AEPD hubiera pedido más garantías, teníamos preparado un plan de seudonimización; no hizo falta.
Los médicos del centro de salud pidieron ampliar el piloto a otra consulta.
Los datos de temperatura de las cámaras frigoríficas estaban completos y bien etiquetados.
El modelo funcionó igual de bien en Murcia que en Lugo, sin reentrenar.
Balance: el proyecto entró en producción en la fecha prevista y por debajo del presupuesto.
La inferencia se mantiene dentro del presupuesto mensual, unos 1.800 euros.
Lección positiva: sentar a informática y negocio en la misma mesa desde el arranque.
"""
H["nl"] = """
Het risico op hoogwater tijdens de veldproef kwam niet uit, de metingen liepen gewoon door.
"Beveiliging" verwijst in dit rapport naar de dijkbeveiliging die we modelleren.
De OR vroeg om toelichting en gaf daarna een positief advies.
Het wijkteam werkt inmiddels dagelijks met de signalering en niemand wil terug naar de oude werkwijze.
De koppeling met het zaaksysteem was in één sprint klaar dankzij de standaard-API.
Als het stikstofdossier capaciteit had weggezogen, lag er een plan B met inhuur klaar; dat bleek niet nodig.
De teler in Naaldwijk leverde drie jaar schone klimaatdata aan.
De gemeenteraad heeft het budget voor beheer structureel in de begroting opgenomen.
Er is geen gebrek aan kennis: het team heeft al twee modellen in productie.
De leverancier meldde een vertraging zelf op tijd, de planning is zonder gevolgen aangepast.
Het zou mooi zijn om later ook de fietsenstallingen mee te nemen, maar dat is toekomstmuziek.
De afbakening hield stand, alle extra wensen staan netjes op de lijst voor fase 2.
De algoritmetoets door de externe commissie leverde geen bezwaren op.
De havenmeester blijft sponsor, ook na zijn overstap naar de directie.
De voorspelde verblijftijd van containers wijkt gemiddeld maar twintig minuten af.
Na een korte storing in de datalevering is een extra controle ingebouwd, sindsdien is het stabiel.
Wat goed ging: eerst een nulmeting, daardoor was het effect onomstreden.
De kosten die het model voorspelt zijn onderhoudskosten per woning, niet de projectkosten.
De inhuurstop raakt ons project niet, het team bestaat volledig uit vaste medewerkers.
De DPIA gaf een laag risico, omdat alleen geaggregeerde gegevens per postcode worden gebruikt.
De eerste proef liet zien dat het probleem goed oplosbaar is, ruim boven de drempel.
Evaluatie: livegang op de geplande datum, en de gebruikers vroegen zelf om uitbreiding.
"""
S["de"] = """
Die Zugangsdaten für das neue Projektwiki kommen per separater Mail.
Für das Quartalsreview bitte je Vorhaben höchstens eine Folie, Schriftgröße mindestens 14.
Der Dienstleister hat sein Team für Januar bestätigt, Ansprechpartner bleibt Herr Yilmaz.
Parkplätze für die Gäste aus Wolfsburg sind in der Tiefgarage reserviert.
Die Prüfer der Wirtschaftsprüfungsgesellschaft sind am 3. und 4. Februar im Haus.
Das Lessons-Learned-Register hat jetzt ein Pflichtfeld für die Projektphase.
Frau Özdemir übernimmt ab März die Leitung des PMO.
Die Sprintlänge wird ab Januar von zwei auf drei Wochen umgestellt.
Das Protokoll führt diesmal Herr Schäfer, Versand bis Freitag.
Für den Workshop bitte Laptop mitbringen, der WLAN-Zugang liegt am Empfang aus.
Das Abschlussgespräch mit dem Dienstleister findet am 19. in Hamburg statt.
Die Ampel im Portfoliobericht hat jetzt zusätzlich die Farbe Grau für pausierte Vorhaben.
Der Projektordner ist nach Teams umgezogen, die alten Links funktionieren noch bis Ende Januar.
Rückmeldungen zum Entwurf des Quartalsberichts bitte als Kommentar direkt im Dokument.
Die Retro moderiert diesmal die Scrum Masterin aus dem Nachbarteam.
Der Abschlussbericht umfasst 14 Seiten plus einen Anhang mit Kennzahlen.
Die nächste Sitzung des Portfolioboards entfällt wegen der Hauptversammlung.
Der Besprechungsraum Isar hat jetzt einen fest installierten Bildschirm.
Die Prüfungsplanung der Revision für 2027 sieht drei Stichproben aus dem Bereich Digitalisierung vor.
Herr Vogel ist bis 6. Januar im Urlaub, die Vertretung hat Frau Lange.
Der Dienstleister hat die Monatsrechnung korrigiert, der Betrag stimmt jetzt.
Der Statusbericht geht ab sofort auch an die Bereichsleitung Einkauf.
Für die Quartalsreviews gibt es jetzt einen festen Raum im fünften Stock.
Die neue Kaffeemaschine im dritten Stock ist da, Kapseln bitte selbst mitbringen.
Das Glossar im Wiki wurde um zwölf Begriffe erweitert.
Bitte die Reisekosten für den Workshop in Köln bis Monatsende einreichen.
Der Meilensteinplan wurde ohne inhaltliche Änderungen in das neue Format übertragen.
Die Jahresplanung der Lenkungskreise ist im Outlook-Kalender eingetragen.
Die Revision hat ihren Bericht in der Sitzung der Geschäftsleitung vorgestellt.
Zwei Auszubildende aus der IT begleiten das Team ab Februar.
Die Umfrage zur Zufriedenheit mit dem Retro-Format läuft noch bis Mittwoch.
Die Schnittstellendokumentation wurde ins neue Template übertragen, inhaltlich unverändert.
Mit dem neuen Geschäftsjahr ändert sich die Projektnummer auf P-2027-041.
"""
S["es"] = """
Hay que renovar las tarjetas de acceso del personal del proveedor antes del 15 de enero.
El informe de cierre se presentará al comité de dirección el día 21.
Raúl modera la retro esta vez y Ana toma notas.
Las notas de la retro se quedan en el tablero de Miro hasta final de mes.
El proveedor ha cambiado de dirección de facturación, actualizad el maestro de acreedores.
La encuesta sobre el formato de las revisiones trimestrales cierra el viernes.
La sala grande está en obras, la revisión será en la tercera planta.
El glosario del proyecto está en la wiki, añadid los términos que falten.
La firma auditora pide el listado completo de proyectos cerrados en 2026.
El documento de lecciones aprendidas tendrá un apartado por cada fase.
Se ha creado un canal nuevo en Teams para el seguimiento semanal.
El tablero del sprint se ha reorganizado por flujo de valor.
La demo se grabará para quienes no puedan asistir.
El cuadro de mando del portafolio ya incluye los proyectos de la filial de México.
La reunión con la dirección financiera se traslada a la semana que viene.
Se han subido las actas de todo el año al archivo del PMO.
Los tiques sin actividad se cerrarán automáticamente a los 90 días.
La nueva plantilla del informe semanal tiene tres apartados: hecho, pendiente y bloqueos.
Comida de Navidad del equipo el jueves 19 en el restaurante de siempre.
Para la revisión trimestral, cada responsable dispone de cinco minutos como máximo.
El contrato marco con el proveedor se renueva automáticamente en abril.
Se ha añadido un campo de fecha de revisión en el registro de lecciones aprendidas.
"""
S["nl"] = """
De fietsenstalling bij het stadskantoor is dicht, parkeer deze week bij het station.
Het projectportfolio wordt voortaan per domein gerapporteerd: zorg, wonen en mobiliteit.
De stand-up begint vanaf maandag om 9:15 in plaats van 9:00.
Nieuwe collega Yasmina start als scrum master bij het team in Arnhem.
Het verslag van de bijeenkomst met de ketenpartners staat op het samenwerkingsplatform.
De interne audit over 2026 wordt in maart aan de raad van toezicht gepresenteerd.
De sprintreview van vrijdag is verplaatst naar de vestiging in Rotterdam.
Graag je zomervakantie vóór 1 maart in het rooster zetten.
De leverancier stuurt voortaan een kwartaalrapport in plaats van een maandrapport.
De evaluatie wordt geschreven volgens het format van de Rekenkamer.
Tijdens de PI-planning wordt de lunch verzorgd.
Er is een nieuwe versie van de projectstartarchitectuur gepubliceerd.
De notulen van de stuurgroep worden voortaan binnen drie werkdagen verstuurd.
Deze maand proberen we in de retro de zeilbootoefening uit.
De kwartaalcijfers van het programma staan in de bijlage, tabel 2.
De toegangsrechten in Jira worden volgende week opnieuw nagelopen.
De collega's uit Antwerpen sluiten fysiek aan bij de kwartaalreview.
Vanaf januari rapporteert het programma aan de nieuwe portefeuillehouder.
Het archief van afgesloten projecten is verhuisd naar de nieuwe documentomgeving.
De sessie is in het Engels vanwege de Poolse collega's.
Het leveranciersoverleg krijgt een vaste agenda met vijf punten.
De afspraak met de accountant over het projectdossier staat op 14 februari.
"""
