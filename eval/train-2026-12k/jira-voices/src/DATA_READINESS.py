LABEL = "DATA_READINESS"
S = {"en": """Closing as won't do: the claims history in ORCA only goes back to 2023 and half the loss codes are blank.
Blocked on DATA-412, we still have no read access to the PAS extract and nobody can tell us who owns the schema.
Labelled set is 340 images, we estimated 8k needed. Annotation vendor contract never signed.
We found that 61% of the meter readings from the 2024 rollout are estimated, not actual. Model trains on guesses.
Parking this. Sensor timestamps from Line 3 drift up to 40 min and nobody logged the clock resets.
FYI the customer master in SAP and the one in Salesforce disagree on 18% of records, dedup is a project on its own.
The radiology reports are scanned PDFs, OCR quality is bad enough that the labels are basically noise.
Status: still waiting for the DWH team to expose the shipment events table. Third request, see DATA-509.
Sampling shows the fraud flag was only set when a case went to court, so the positives are wildly under-counted.
Training data is all from the Rotterdam depot, Antwerp volumes look completely different. Won't generalise.
Resolution: Won't Fix. Source data for churn reasons is a free-text field that agents fill in with "other" 70% of the time.
We can't join call logs to accounts, the CRM ID was only introduced in March and there is no mapping for older calls.
Data for the yield model sits in 14 Excel files on a shared drive, each farm uses its own column layout.
No ground truth. Nobody recorded whether the predicted maintenance was actually needed.
The ticket texts are 90% Dutch with German mixed in, and the category labels changed twice in 2025. Retraining pointless until relabelled.
Honestly the dataset is tiny: 212 defective parts out of 1.4M. We'd need a year more of production to say anything.
Moved to On Hold. Historic prices were overwritten in place, so we cannot reconstruct what the customer actually saw.
Data team confirms: patient IDs in LabSys are re-used after 10 years. Linking to outcomes is not reliable.
DQ report attached, 23% null in tariff_code, 9% negative durations. We stop here until upstream fixes it.
We asked for 3 years of transaction data and got 6 weeks because of retention settings in the old Kafka cluster.
The supplier feed has been broken since the EDI migration, half the SKUs have no lead time at all.
It turns out the "resolved" flag in ServiceNow is set by a bot after 14 days, so our target variable is meaningless.
Closing: we could never get a representative sample of rural branches, the pilot data is 95% city stores.
Data access request to the HR data lake rejected twice for formal reasons, meanwhile the quarter is over.
Nobody knows what status 7 means in the legacy WMS. The guy who built it retired in 2019.
The labels we got from the call centre were set after the fact by team leads, not by the agents. Garbage in.
Update from Tue standup: images from the new cameras are 4K, old ones 720p, mixed set performs terribly on the old lines.
Blocked by missing lineage, nobody can confirm that the revenue column in FIN_MART is net and not gross.
We only have outage data for storms that made the news, smaller incidents were never logged centrally.
Extract from Guidewire keeps timing out above 2M rows; we've been working on a 10% sample for two months now.
Feature store has been empty since the ingestion job was decommissioned in Q2, see PLAT-1183.
Nice work on the dashboard, Lars. Unfortunately the weather data we licensed is daily and demand is hourly; interpolating makes the model worse, not better.
Ticket history before the 2022 Jira migration was lost, so we have 18 months of data for a seasonal problem.
Label drift: the definition of "late delivery" changed from 24h to 48h in August and nobody flagged it.
Half the equipment tags in Maximo don't match the tags on the SCADA side. Manual mapping estimated at 400h.
We spent sprint 4 to 7 cleaning addresses. Still 30% unmatched to the grid connection register.
Closing with reason "data not available": the municipalities won't share their parcel data before 2027.
Can't train a complaint classifier on 600 examples spread over 45 categories, most have under 5 samples.
Sales data is aggregated weekly per region in the only source we're allowed to use. Store-level forecasting not possible.
Still no answer from the lab on which of the 4 export files is the master. They contradict each other.
The dataset is biased toward day shift, night incidents are logged on paper and scanned weekly.
Re the POC: everything looked good until we realised the test set had leakage from the post-event fields. Real features are too sparse.
We've got 5 years of maintenance logs but the failure mode field is free text in three languages with no taxonomy.
Pausing. The data warehouse refresh is monthly and the use case needs at least daily.
Good meeting with ops yesterday. Bad news though: the scanner data we planned to use was never stored, only the aggregates. Back to square one.
Feature coverage for SME customers is basically zero, they don't have the bureau scores we built the model on.
Access to the production CDR tables still pending (DATA-388, DATA-391). We've built the pipeline against synthetic data only.
The annotation team disagreed on 40% of cases, kappa 0.31. We don't have a usable label definition.
CMDB is so out of date that a third of the servers we'd predict failures for don't exist anymore.
The policy documents are on three SharePoint sites with different permissions and no metadata. Search index would be a guess.
Siloed: the stores' footfall data belongs to the property company and they won't give it to us.
Data arrives as nightly CSV by SFTP with changing column orders; every second night the load fails.
For the record: the project ended because the input data never reached the quality needed, not because of the model.
We have consumption data only for smart-meter customers, which skews young and urban. Not representative for the tariff decision.
Won't Do. The only labelled outcomes are the ones the old rules flagged, so the model would just learn the rules.""",
"de": """Die Zählerstände der Stadtwerke kommen aus drei Abrechnungssystemen mit unterschiedlichen Tarifschlüsseln, eine Harmonisierung ist nicht in Sicht.
Leitstelle hat Einsatzdaten erst ab 2023 elektronisch, davor Funkprotokolle auf Papier.
Die Krankenkasse liefert uns nur pseudonymisierte Quartalsdaten, Verläufe über Jahre lassen sich nicht bilden.
Rückmeldung vom Fachbereich: Die Ausschussgründe an der Presse 4 werden per Drop-down erfasst, 80 % stehen auf "Sonstiges".
Beim Abgleich fehlen bei jeder dritten Sendung die Scans am Umschlagpunkt. Das Modell würde Lücken lernen.
Datenlieferung aus dem Landesamt kommt als PDF-Tabellen, Spaltenüberschriften jedes Jahr anders.
Schadensfotos wurden bis 2024 nach 6 Monaten gelöscht, wir haben also kaum historische Bilder.
Wir haben das Ticket auf "Blockiert" gesetzt: ohne Lesezugriff auf die MES-Datenbank geht nichts, Antrag liegt bei der IT seit Kalenderwoche 31.
Die Wetterstation auf dem Werksgelände ist seit Frühjahr defekt, die Temperaturwerte sind Interpolationen.
Kurzer Stand: Das Feld Kündigungsgrund wurde im Callcenter nie verpflichtend gemacht, ist also zu 90 % leer.
Die Zielvariable "Betrug bestätigt" wird nur gesetzt, wenn die Staatsanwaltschaft ermittelt. Viel zu wenige Fälle.
Artikelstammdaten: gleiche Schraube unter sieben verschiedenen Nummern angelegt.
Seit der Migration auf das neue Lagerverwaltungssystem fehlen die Bewegungsdaten von Januar bis April.
Die Schichtbücher sind handschriftlich, eingescannt, schwer lesbar. Kein Trainingsmaterial.
Für Kleinbetriebe haben wir praktisch keine Bonitätsmerkmale, das Modell wäre dort blind.
Messwerte der Netzstationen werden nur 14 Tage vorgehalten, die historische Ablage wurde nie eingerichtet.
Die Annotationen aus dem ersten Batch sind unbrauchbar, die Prüfer waren sich bei der Hälfte uneinig.
Abteilung Vertrieb gibt ihre Besuchsberichte nicht heraus, "das sind unsere Daten".
Im Data Lake liegt alles, aber niemand kann sagen, welche der vier Kundentabellen aktuell ist.
Projekt geschlossen, weil die Qualitätsdaten der Zulieferer nie in auswertbarer Form geliefert wurden.
Die Störungstickets sind erst seit der Umstellung im Herbst mit Anlagennummer versehen; davor keine Zuordnung möglich.
Die Prüfstandsdaten liegen als Binärformat eines Herstellers vor, für das wir keinen Konverter haben.""",
"fr": """Les fiches d'intervention des pompiers sont saisies dans un logiciel qui écrase l'historique à chaque modification.
Les relevés de la station d'épuration sont saisis à la main dans un tableur, avec des trous les week-ends.
Côté SNCF Réseau, les données d'incidents sont codées différemment selon les régions, aucun dictionnaire commun.
Les étiquettes RFID des palettes ne sont lues qu'à l'entrée, jamais à la sortie : pas de durée de séjour calculable.
Le motif de refus de prêt n'est saisi que depuis 2024, avant c'était en commentaire libre.
Au CHU, les comptes rendus d'imagerie ne sont pas rattachés au bon séjour dans 15 % des cas.
Point bloquant : la collectivité n'a pas d'inventaire à jour de ses bâtiments, la moitié des surfaces sont fausses.
Les photos de défauts n'ont jamais été annotées et les anciens contrôleurs qualité sont partis.
Aucune trace des interventions réalisées par les sous-traitants, elles ne remontent pas dans la GMAO.
La base fournisseurs a été fusionnée après le rachat sans dédoublonnage, on a 3 fiches par fournisseur en moyenne.
Demande d'accès aux données de télérelève déposée en avril, toujours en attente de la DSI.
Les capteurs de vibration n'ont été posés que sur deux machines, on ne peut rien généraliser.
Les étiquettes de gravité ont été attribuées après coup par un stagiaire, personne ne les a relues.
Projet arrêté : les données de la filiale espagnole restent dans leur ERP et aucun flux n'est prévu.
Nos séries de ventes sont polluées par les promotions non tracées, on ne sait pas ce qui est promo ou pas.
Le champ date de livraison vaut 01/01/1900 pour un tiers des commandes.
Seulement 40 exemples de pannes majeures en six ans sur tout le parc, ça ne suffit pas.""",
"nl": """Het waterschap meet peilen elk uur, maar de meetreeksen van vóór 2021 zijn bij een serverwissel verloren gegaan.
De gemeente registreert meldingen openbare ruimte in twee systemen met elk een eigen indeling.
Zorgverzekeraar levert declaratiedata pas na negen maanden aan, te laat voor het voorspelmodel.
De melkrobots van de leden schrijven elk een eigen exportformaat, drie merken, geen standaard.
Bij de netbeheerder staat een kwart van de aansluitingen op het verkeerde adres in het register.
Tuinders vullen de oogstregistratie wekelijks in op papier, en niet allemaal.
Het havenbedrijf deelt de AIS-data alleen geaggregeerd per dag.
Onze labels voor "klacht terecht" zijn door drie teams verschillend geïnterpreteerd.
De onderhoudshistorie van de pompen bestaat uit vrije tekst als "gedaan" en "ok".
Wachten op de DBA van het ziekenhuis, de views op het EPD zijn nog steeds niet aangemaakt (DATA-702).
Na de fusie zijn de klantnummers opnieuw uitgegeven, oude en nieuwe historie zijn niet te koppelen.
Er zijn maar 60 bevestigde lekkages in vijf jaar, te weinig om een model op te bouwen.
Energielabels van de woningen in de dataset zijn voor de helft geschat door een oud rekenmodel.
Scans van ingevulde formulieren zijn zo slecht dat de OCR er niets mee kan.
Sensoren in kas 7 zijn maandenlang verkeerd gekalibreerd geweest zonder dat iemand het merkte.
Gesloten: de gegevens van de ketenpartners komen er niet, er is geen uitwisselingsafspraak."""}
