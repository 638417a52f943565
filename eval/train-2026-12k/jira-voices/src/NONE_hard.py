LABEL = "NONE"
# hard negatives: solved or avoided problems, good news, hypotheticals, risks not materialised, cause words in another sense
S = {"en": """Data quality is not an issue here; the DQ checks on the claims feed have been green for 6 months.
The access request for the PAS extract (DATA-412) was approved yesterday, pipeline running since this morning.
The model predicts repair cost per claim; MAE on holdout is €310, within target.
Budget is on track: €140k spent of €300k at the halfway mark.
Risk register item R7 "key person leaves" reviewed, no change, mitigation (pairing) in place.
DPIA signed off by the DPO on 2 Oct, no conditions.
Went live in all 12 depots on Monday. Planners are using the suggestions for 90% of routes.
Integration with SAP via the standard OData service worked first time, nice.
If the sponsor ever changes we'd need to re-pitch, but Markus is committed through 2027.
Pen test done, two low findings, both fixed in release 2.1.
We considered a transformer model but the gradient-boosted tree is good enough and cheaper to run.
Hypothetically, if the vendor raised prices we'd move to the open-source stack. Not the case now.
Cost feature (unit cost per SKU) added to the forecast model, improves MAPE by 2 points.
The data scientists joined from the Berlin team last week, onboarding went smoothly.
Scope for v1 frozen at the 5 document types, extra types go to v2 backlog. Everyone agreed.
Works council approved the roster assistant unanimously after the info session.
Usage up to 78% of agents in week 3, feedback mostly positive.
Retraining pipeline ran automatically on the 1st, new model promoted after passing checks.
There was a concern about label noise; the re-annotation resolved it, kappa now 0.84.
Would be great to have real-time scoring one day, but batch meets today's needs.
Finance confirmed the funding for next year in the budget letter of 14 Nov.
The "adoption" in the ticket title refers to the new IFRS 17 standard, not to the users.
Legal review done, no objections to using the anonymised call transcripts.
Latency is 40 ms p95, well under the 200 ms requirement.
We had feared the mainframe interface would be a problem; it turned out there's a REST wrapper already.
Objective confirmed at the kickoff: reduce manual triage time by 30%, baseline measured in Q2.
Turnover in the ops team was mentioned as a risk, but nobody has left and the team is stable.
The model's accuracy on the new plant is the same as on the pilot plant. Good news for rollout.
Security review passed with no findings. Green light for production.
If data volumes double, we might need to scale the cluster. Monitoring it.
Security is a feature in the model: the vulnerability score per asset.
The churn model was handed over to the run team with full runbook and alerting. Closed.
Key user training completed for all 4 regions, attendance 96%.
The integration test with the ERP passed on the first run.
No skills gap: two engineers completed the Kubernetes certification this quarter.
Savings validated by controlling at €1.2M per year, ahead of plan.
Data lineage documented end to end, auditors happy.
We briefly discussed expanding scope to returns, decided not to, v1 stays lean.
The steerco confirmed the KPI and the target on 5 March; no changes since.
The stakeholder misalignment we worried about in Q1 didn't materialise; both BUs signed the charter.
Risk: the LLM vendor could change terms. Mitigation: abstraction layer already in place.
Cost of goods sold is the target variable for this model, not a project cost.
Data access granted, schema documented, owner confirmed. We're unblocked.
Feature store migration done over the weekend, zero downtime.
The compliance officer joined the demo and was happy with the audit trail.
Wish list for 2027: voice input, mobile app, more languages. Not committed.
Nurses on ward 5 asked whether the tool could also be rolled out to ward 6. Nice sign.
Model card and validation report approved by model risk on first submission.
Even if the budget is cut next year, the run costs are covered by the ops budget.
Pilot results: 22% fewer stock-outs, no increase in inventory. Moving to rollout.
The data team fixed the timestamp drift on Line 3, data now aligned to the second.
We hired the ML engineer, she starts in January.
The term "integration" here means the numerical integration in the physics module, unrelated to systems.
Retention of users after onboarding: 81% at week 4, above target.
Architecture board approved the deployment pattern, no changes requested.
Could we also do this for the Spanish subsidiary? Let's discuss after go-live.
Vendor lock-in was listed as a risk; contract allows export of all models and data.
Go-live rehearsal went without issues.
Drift monitoring alert fired once, turned out to be a holiday effect, no action needed.
Model explains its decision per case, underwriters find the reasons useful.
"Ownership" column in the dataset = vehicle ownership type (lease/owned), one of the features.
Change management plan approved, champions nominated in every branch.
We were worried about the API rate limit, but 100 calls/min is plenty for our volume.
Post-launch survey: 4.3 out of 5 satisfaction from the dispatchers.
Training data covers all regions proportionally after the stratified resampling.
Business case signed off by the CFO, payback 14 months.
The labelled set reached 10k images last week, more than we need.
No privacy concerns since the model only uses aggregated, non-personal sensor data.
Budget variance this month is -2%, explained by the delayed licence invoice.
Sprint goal met, all stories accepted by the PO.
We thought the OCR would struggle with handwriting, but accuracy is 97% on the test forms.
Consultancy handover went well; our team can retrain and deploy without help.
Adoption is not a problem, the tool is mandatory in the workflow and widely liked.
Forecast for Q1 delivered to the planners on time.
Cost estimate for the cloud run: €3k per month, approved.
Compliance training for the team done, certificates uploaded.
The objective is clear and measured weekly: first-time-fix rate, currently 82%.
Scenario planning: if the regulator tightens rules we'd add human review. No sign of that yet.
Customer data was migrated to the new CRM without loss, checksums match.
Sponsor renewed commitment in the QBR, asks for monthly updates.
Feasibility spike successful: the model hits 0.91 F1 on the held-out month.
Funding approved for phase 2, PO raised.
Internal audit closed finding IA-2025-17, logging in place.
We could lose the intern in March, but the pipeline is documented and owned by the team.
The engineers asked for a dark mode. Added to the backlog.
Production deployment via the standard CI/CD template, took half a day.
The team is fully staffed for 2026.
Works with the legacy billing system via the existing nightly file; timing suits the use case.
No scope changes since the baseline in June.
Hospital ethics committee approved the retrospective study.
The data drift we saw in August came from a broken sensor, replaced, metrics back to normal.
Monitoring dashboards live, on-call rota set up with the run team.
Proud of the team: shipped v1 two weeks early.
If adoption stalls we'll run refresher sessions; so far usage is steady.
Licence renewal negotiated at the same price for three years.
The word "risk" in this epic refers to the credit risk score we produce, not project risk.
Legal confirmed the scraped data is public and licensed; no issue.
Model outperforms the manual process by 18% on the pilot sample.
We don't need more data, learning curves flatten at 60% of what we have.
Second opinion from the vendor's architect: the design is sound for production.
Stakeholder interviews done, problem statement agreed by all three departments.
Pilot funding covers the first six months of operations too.
Our only dependency on the SAP team is a read-only user, which we got within a day.
Training attendance was great, agents are already asking for advanced features.
Capacity for Q1 confirmed by all squads.
The model is cheap to run: under €0.01 per prediction.
Closing as Done. Delivered, adopted, monitored.
Interface to the EHR certified by the vendor last week.
We nearly lost the Q4 slot on the data platform, but the platform team made room. On schedule.
The dispatchers were sceptical at first; after two weeks of side-by-side runs they asked to keep it.""",
"de": """An den Daten liegt es nicht, die Zählerstände sind vollständig und plausibilisiert.
Der Lesezugriff auf die MES-Datenbank kam heute, wir können loslegen.
Zielgröße des Modells sind die Stornokosten je Vertrag; der Fehler liegt bei 4 %.
Der Betriebsrat hat die Betriebsvereinbarung zur Schichtplanung unterschrieben.
Go-live im Bürgeramt Mitte hat geklappt, die Wartezeiten sind um ein Drittel gesunken.
Nachtrag: Die befürchtete Lücke in den Sensordaten von Werk 2 gab es nicht, es war ein Anzeigefehler im Dashboard.
Falls der Dienstleister abspringt, übernimmt das interne Team. Momentan kein Anlass dafür.
Die Datenschutzprüfung ist ohne Auflagen durch, Protokoll im Anhang.
Im Risikoregister steht "Akzeptanz in der Pflege", bisher sind die Rückmeldungen durchweg positiv.
"Budget" ist hier eine Spalte im Datensatz, das geplante Werbebudget je Filiale.
Schnittstelle zum SAP PM steht, Aufträge werden automatisch angelegt.
Wäre schön, wenn das Modell irgendwann auch Ersatzteile vorschlägt. Kein Muss.
Die neue Data Engineerin hat sich super eingearbeitet und betreut jetzt die Pipelines.
Umfang für das erste Release ist abgestimmt und bleibt so.
Das Nachtraining läuft automatisch jeden Sonntag, bisher ohne Ausfall.
Die Sicherheitsprüfung hat zwei kleine Hinweise ergeben, beide bereits umgesetzt.
Kosten im Plan, die Cloudrechnung liegt unter dem Budget.
Die Stadtwerke haben Phase 2 freigegeben und die Mittel bereitgestellt.
Technisch machbar: Der Spike erreicht 0,93 F1 auf den Testdaten.
Die Leitstellendisponenten nutzen die Vorschläge inzwischen bei fast jedem Einsatz.
Ohne die Kollegin aus dem Controlling hätten wir die Kennzahlen nicht so schnell festgelegt, danke!
Sollte die Aufsicht die Anforderungen verschärfen, sind wir mit der Dokumentation gut vorbereitet.
Die Migration ins neue Rechenzentrum lief ohne Unterbrechung.
Die KPI steht seit dem Kickoff fest: Durchlaufzeit je Antrag, Ausgangswert 11 Tage.
Modellrisiko hat die Validierung ohne Nachforderungen abgeschlossen.
Bei den Annotationen sind sich die Prüfer inzwischen zu 92 % einig.
Wir hatten Sorge wegen der Latenz, gemessen sind 50 ms im Mittel.
Der Vorstand hat das Projekt in der Strategieklausur ausdrücklich gelobt.
Kein Engpass bei Fachkräften: das Team ist bis Ende 2026 voll besetzt.
Die Schulungen für die Außendienstler sind durch, Teilnahme fast vollständig.
Das Wort "Adoption" im Ticket meint die Übernahme des neuen Kontenrahmens.
Rückmeldung aus dem Werk: weniger Ausschuss seit dem Start, Meister zufrieden.
Ein Sponsorenwechsel war als Risiko notiert; Herr Brandt bleibt aber bis zum Projektende.
Der Export aus dem Altsystem war sauberer als gedacht, kaum Nacharbeit.
Die Integration mit dem Ticketsystem hat auf Anhieb funktioniert.
Business Case vom Controlling bestätigt, Amortisation nach 16 Monaten.
Hypothetisch könnten wir auch die Schweiz anbinden, aktuell nicht geplant.
Monitoring meldet keine Drift seit dem letzten Release.
Die Rechtsabteilung hat den Vertrag mit dem Anbieter ohne Änderungen freigegeben.
Keine Scope-Änderungen seit dem Steering im Mai.
Der Anbieter hat den Preis für die Verlängerung sogar gesenkt.
Im Werk Süd läuft das Modell genauso gut wie im Pilotwerk.
Alles im grünen Bereich, Übergabe an den Betrieb diese Woche.
Abgeschlossen, Ziel erreicht, Nutzung stabil.""",
"fr": """Les données de télérelève sont complètes depuis la correction du concentrateur, plus aucun trou.
Avis favorable de la CNIL sur le dossier de recherche, on peut démarrer l'étude.
Le modèle estime le coût d'une hospitalisation ; l'écart moyen est de 6 %, conforme au cahier des charges.
Le CSE a salué la démarche de concertation, aucun blocage sur l'outil de planification.
Mise en service à la caisse de Nantes réussie, les conseillers l'utilisent au quotidien.
On s'attendait à des soucis avec le vieux logiciel de paie, l'export s'est fait sans accroc.
Si un jour l'éditeur disparaissait, on pourrait reprendre le code source grâce à l'entiercement.
La revue de sécurité n'a relevé que des points mineurs, tous corrigés.
« Risque » dans ce ticket désigne le score de risque de chute, pas un risque projet.
Le branchement sur la GMAO fonctionne, les ordres de travail se créent tout seuls.
Ce serait bien d'ajouter la voix un jour, mais ce n'est pas prévu.
La nouvelle recrue a repris la chaîne de données en deux semaines, bravo.
Périmètre de la V1 arrêté et tenu depuis juin.
Réentraînement automatique chaque mois, aucun incident depuis le lancement.
Le budget est respecté à 3 % près.
Le financement de l'année prochaine est inscrit au budget, c'est acté.
Faisabilité confirmée : rappel de 0,9 sur le trimestre de test.
Les pharmaciens ont demandé à garder l'outil après le pilote.
Le risque de turnover identifié en début de projet ne s'est pas concrétisé.
Validation de la direction des risques obtenue sans réserve.
Les annotateurs sont maintenant d'accord dans 90 % des cas après la nouvelle consigne.
Latence mesurée à 60 ms, très en dessous de la limite.
Le directeur général a cité le projet en exemple lors de la convention.
L'équipe est au complet jusqu'à fin 2026.
Le mot « intégration » ici renvoie à l'intégration des nouveaux arrivants, pas aux interfaces.
Moins de rebuts depuis la mise en service, les chefs d'atelier sont contents.
Le business case est validé par la DAF, retour sur investissement en 14 mois.
Hypothèse : si le volume double, il faudra un second serveur. Pas d'actualité.
Aucune dérive détectée depuis la dernière version.
Aucun changement de périmètre depuis le copil de mai.
L'éditeur a maintenu son tarif pour trois ans.
Transfert à l'exploitation effectué, documentation complète.
Projet clos avec succès, objectif atteint.""",
"nl": """Gisteren kwam de export uit het EPD binnen: volledig, geen ontbrekende velden.
Ik dacht eerst dat de labels niet klopten, maar het was een fout in mijn eigen join. Opgelost.
Het veld "eigenaar" in deze dataset is de kentekenhouder, een van de features.
Tevreden gezichten bij de dispatch: de nieuwe routes schelen gemiddeld 14 minuten per rit.
De toezichthouder heeft het model ingezien en had geen vragen.
De koppeling met Exact was dankzij de nette API in een middag klaar.
Mocht de subsidie stoppen, dan neemt de provincie de kosten over; zo staat het in de overeenkomst.
De feature "klantwaarde" is de verwachte omzet per klant, geen kostenpost.
Overstap naar een groter model geparkeerd, het huidige doet precies wat het moet doen.
Sinds maandag draait het model in alle 40 filialen, tot nu toe zonder klachten.
Securityscan van de container: nul kwetsbaarheden met hoge ernst.
Nieuwe collega Sarah komt van een bank en heeft veel MLOps-ervaring, mooie versterking.
Er werd gevreesd dat de telers het advies zouden negeren; inmiddels volgt 80% het.
Geen privacyprobleem: we werken alleen met geaggregeerde data per viercijferig postcodegebied.
De bezuinigingsronde is aan ons voorbijgegaan, budget blijft gelijk.
De KPI, het aantal herhaalbezoeken van monteurs, is door de directie bevestigd.
Retro: alles binnen tijd en budget, twee kleine lessen genoteerd.
Droomscenario is realtime advies op de kraan; voorlopig volstaat het uurinterval prima.
Migratie naar het nieuwe datawarehouse klaar, alle tabellen gevalideerd.
Het tijdzoneprobleem in de logs is opgelost in release 1.7.
Stuurgroep akkoord met uitrol naar de tweede regio.
Leverancier heeft het ISO 27001-certificaat overlegd, inkoop is akkoord.
Het model haalt op de nieuwe productielijn dezelfde nauwkeurigheid als op de oude.
Dankzij een vaste product owner worden beslissingen snel genomen.
Grootste risico, de beschikbaarheid van onze mainframe-specialist, is afgedekt met een tweede collega.
"Scope" in dit ticket gaat over de OAuth-scope van de API, niet over projectomvang.
Gebruikerstevredenheid na drie maanden: een 8,1.
Monitoring vangt de nachtelijke fout af en herstart de job automatisch.
Alle drie de leveranciers in de aanbesteding haalden de minimumeisen ruim.
De OR-vergadering was kort: geen bezwaren.
Het datavolume past makkelijk in het huidige cluster, geen uitbreiding nodig.
Na de livegang geen enkel P1-incident.
Feedback uit de kas: het advies klopt vaker dan de telers verwachtten."""}
