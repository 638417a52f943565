LABEL = "SCOPE_CREEP"
S = {"en": """Started as a churn score for postpaid. Now it's churn, upsell, next-best-action and a customer 360 dashboard. Nothing shipped in 14 months.
Closing. Every steerco added a country, we're at 9 countries and zero in production.
The MVP was invoice classification. Then someone asked for extraction, then validation, then auto-posting to SAP. Still no MVP.
Re-scoped four times, each time bigger. We never got a first version out the door.
Epic now has 212 stories. It had 18 at kickoff.
"While you're at it, can it also do..." has become the project's motto.
We kept adding document types to the classifier (from 5 to 43) instead of launching with the first 5.
Pilot ward was cardiology; now scope is the whole hospital plus outpatients. Timeline unchanged, budget unchanged.
The forecast was supposed to cover fresh produce. Now it's all categories, all stores, and promotions too.
Gold-plating: we spent 3 sprints on a UI nobody asked for in v1.
Status: release 1 postponed again because the chatbot now needs to handle claims, billing and complaints, not just FAQs.
Requirements doc grew from 6 pages to 58. Team is building v3 requirements before v1 exists.
Closing as Won't Do, scope ballooned after the merger when both companies' processes had to be covered.
Each department that joined the steerco brought its own use case into the same project.
We should have shipped the predictive part for pumps. Instead we're building a full digital twin of the plant.
Product owner keeps adding "just one more" integration; we're at 7 source systems for what was a one-source POC.
The first deployable version was ready in March; then leadership wanted it multilingual before launch. Then with voice.
Scope went from one warehouse to the European network before the first warehouse went live.
We never froze scope. Every demo generated new must-haves.
The MVP definition has been rewritten in every PI planning since 2025.
It's turned into a platform programme. Originally it was one model for one decision.
Parked: no agreed v1 boundary, new asks from compliance, sales and service keep coming in.
Started with English emails. Now: 11 languages, PDFs, scans and WhatsApp. Nothing live.
Ticket DEV-880 "add explainability dashboard" was added to v1 scope in week 20. Release moved out again.
Sponsor wanted the pilot to cover all product lines "to be representative". It never finished.
Adding real-time on top of batch, plus mobile, plus the partner portal. Team of four.
The model is done for the use case we started with. But the use case has changed so much that it's no longer enough.
We're now building our own labelling tool, our own feature store and our own monitoring, on top of the actual model.
Every time we got close to go-live, someone added a "critical" requirement.
The backlog has become a wishlist from every team in the division.
Closing. Scope kept expanding, deliverables kept slipping, steerco lost patience.
Phase 1 became phases 1 to 5 without phase 1 ever going live.
Release scope doubled after the workshop in Hamburg. Nobody pushed back.
The "simple" triage assistant now needs to book appointments, write discharge letters and code diagnoses.
Going from one product to the full assortment added 30k SKUs and a year.
We said yes to too much. Nine months in, the first usable piece is still three months away.
Project charter had three out-of-scope items. All three are now in scope.
Stakeholders wanted it to replace the whole planning system instead of advising planners.
Still no production release; the list of "needed before launch" items grows faster than we close them.
Added fraud detection to the claims triage scope in sprint 11. That was the end of the timeline.
What was supposed to be a two-month spike is now an 18-month programme with a PMO.
The MVP kept getting bigger until it wasn't minimal or viable.
Every country lead wanted their local rules in the first release. Release 1 never happened.
Scope crept from predicting late trucks to optimising the whole network.
Backlog grooming is now mostly triaging new asks from the steerco; delivery stalled.
We were about to go live with the alerting feature, then the brief changed to full root-cause analysis.
Started as a single KPI model; the sponsor asked to add every KPI in the balanced scorecard.
Change requests: 37 so far, approved without re-planning.
Closing as too big. Needs to be split into something that can actually ship.
PI objectives for this quarter list 14 capabilities for the first release. Originally 2.
The assistant was to summarise tickets. Now it should also resolve them automatically and update the CMDB.
We added the supplier side "because the data is there". Doubled the integration work.
We never had a cut line. Everything was must-have.
Scope expanded to include the three acquired companies before we finished with our own.
Keep getting asked to include edge cases that are 0.5% of volume before any launch.""",
"de": """Angefangen mit der Vorhersage für eine Abfüllanlage, jetzt soll es das ganze Werk plus Energiemanagement abdecken.
Zum Piloten im Bürgeramt kamen erst Kfz-Zulassung, dann Bauamt, dann Sozialamt dazu. Live ist noch nichts.
Das Lastenheft wächst jede Woche, die erste Version rückt immer weiter weg.
Der Sponsor möchte vor dem Start unbedingt noch eine App für den Außendienst.
Aus "Rechnungseingang klassifizieren" wurde ein kompletter Purchase-to-Pay-Umbau.
Jede Tochtergesellschaft hat Sonderwünsche angemeldet, alle wurden ins erste Release übernommen.
Es gibt keine Schnittlinie zwischen Muss und Kann, alles ist Muss.
Mit der Fusion kam der komplette Produktkatalog der anderen Firma in den Umfang.
Im Review wurde beschlossen, auch gleich die Lieferanten zu bewerten. Zeitplan neu, Team gleich.
Die Anforderung Mehrsprachigkeit kam drei Wochen vor dem geplanten Go-live.
Über 40 Change Requests, keiner wurde zurückgestellt.
Wir bauen inzwischen eigene Annotations-, Monitoring- und Berechtigungstools, alles vor dem ersten Modell.
Der erste Anwendungsfall war fertig, dann wollte man erst noch zwei weitere dazunehmen, bevor es losgeht.
Die Pilotregion wurde auf ganz Deutschland ausgeweitet, bevor der Pilot lief.
Zusätzlich zur Erkennung soll das System jetzt auch die Ursache finden und den Auftrag anlegen.
Der Projektauftrag hatte klare Ausschlüsse, die inzwischen alle im Umfang stehen.
Phase 1 wird seit einem Jahr nachgeschärft, ohne dass sie je in Betrieb ging.
Wir haben Randfälle mit 0,3 % Volumen gebaut statt die Standardfälle zu liefern.
Gold Plating: drei Sprints für eine Oberfläche, die in Version 1 niemand braucht.
Aus einem Lastprognose-Modell wurde ein Energiehandels-Cockpit. Nichts davon in Produktion.
Aus dem Projekt ist ein Plattformprogramm geworden, das erste Modell ist dabei untergegangen.
Geschlossen, der Umfang war nicht mehr beherrschbar.""",
"fr": """L'outil de prévision des colis devait couvrir le tri de Roissy ; il couvre désormais 14 plateformes et l'international.
À chaque copil, un nouveau service demande « sa » fonctionnalité dans la version 1.
On a ajouté la gestion des litiges fournisseurs en cours de route, sans toucher au planning.
Le cahier des charges de l'assistant juridique fait maintenant 90 pages, il en faisait 12.
Le bureau d'études veut que l'outil gère aussi les nomenclatures, la planification et les achats.
Au lieu de livrer le score, on a passé deux mois à construire un portail complet autour.
La MOA a demandé de couvrir les 40 types de contrats avant d'en ouvrir un seul.
Lot 1 repoussé quatre fois, chaque fois avec de nouveaux besoins intégrés.
Le projet ne sait plus dire non : toutes les idées du séminaire ont été ajoutées au backlog priorisé.
On devait prédire l'absentéisme, on nous demande maintenant de refaire toute la planification RH.
Extension aux DOM-TOM décidée alors que la métropole n'était pas encore en service.
L'ajout d'une couche d'explication pour chaque décision a doublé le volume de travail de la V1.
La liste des « prérequis au lancement » compte 63 points contre 9 au cadrage.
Le sponsor veut une application mobile, un tableau de bord et des alertes SMS avant la mise en service.
On a intégré trois nouvelles sources de données « puisqu'on y est ».
Chaque démonstration produit un nouveau lot d'exigences obligatoires.
Le périmètre a tellement grossi qu'aucune première version livrable ne se dessine.""",
"nl": """Gestart met het voorspellen van no-shows op de poli, nu ook OK-planning, beddenbezetting en personeelsinzet.
Drone-inspectie van de dijken moest eerst scheuren vinden, daarna ook begroeiing, muskusratten en zettingen.
Bij de woningcorporatie is het onderhoudsmodel uitgebreid met huurachterstand en leefbaarheid. Eerste versie nooit opgeleverd.
Elke sprintreview komt er een nieuwe doelgroep bij.
Nog even de Belgische vestigingen meenemen, zei de directeur. Dat was in mei.
De provincie wilde het verkeersmodel ineens ook voor fietsers en OV. Oplevering opgeschoven naar volgend jaar.
Voor livegang moest ook nog een koppeling met drie extra bronsystemen, "anders is het niet compleet".
Prioritering bestaat niet meer, alles staat op hoog.
Wat begon als een veilingprijsadvies voor tulpen is nu een advies voor het hele sierteeltassortiment.
Na elke demo een lijst met nieuwe wensen, en niemand die nee zegt.
De epic had bij de start twaalf stories, nu ruim tweehonderd.
De business wil eerst alle uitzonderingen afgedekt zien, ook die van één klant per jaar.
MVP is drie keer opnieuw gedefinieerd, elke keer groter.
Naast de voorspelling moet het systeem nu ook automatisch inkooporders aanmaken en leveranciers beoordelen.
Uitbreiding naar alle energielabels en alle woningtypen voordat de pilotwijk af was.
Te breed geworden. Voorstel: sluiten en klein opnieuw beginnen."""}
