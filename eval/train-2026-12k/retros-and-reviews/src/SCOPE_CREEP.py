LABEL = "SCOPE_CREEP"
S = {"en": """
What went wrong: it started as a churn score for mobile contracts and grew into a "customer 360 AI platform" that never shipped.
Retro: every steering committee added a new country, and after four countries and nine product lines we had no first release.
Audit finding 3.3: change requests increased the scope by an estimated 180% without re-baselining time or budget.
We first blamed the data, but actually we never froze the requirements long enough to build anything.
Post-mortem: the invoice extraction pilot was extended to contracts, delivery notes and emails before invoices worked.
Lessons learned: define an MVP and defend it. Ours was renegotiated in every sprint review.
Quarterly portfolio review: Smart Scheduling stalled, scope expanded from one clinic to the whole network plus staff rostering.
Vendor status: 27 open change requests from client, original milestones no longer meaningful.
The retrospective noted the chatbot had to handle 140 intents at launch; the pilot plan had 12.
What went wrong: the sponsor kept asking for "one more feature" to impress the board, and the board never saw a working version.
Post-mortem: the forecasting tool was supposed to cover fresh produce; it ended up covering all 40k SKUs, and failed on most.
Finding: no change control board; scope additions were agreed verbally in workshops.
Status amber. Go-live moved again to incorporate the new requirement for multi-language support. Third move this year.
Retro comment: we were 80% done with version one when version two got merged into it. Nobody remembers who decided.
Initially we thought it was a resourcing issue, but the team was always chasing the newest requirement.
Lessons-learned register: "while we are at it" turned a six-month project into two years with nothing live.
Audit observed that the pilot's acceptance criteria were rewritten three times, each time broader.
Post-mortem: legal, HR and procurement all joined the document AI pilot, each with their own document types.
Quarterly review: the predictive maintenance pilot grew from 5 pumps to all assets in three regions before validation.
What went wrong: we promised real-time, explainable, multilingual and mobile in the first release.
Retro: the product owner accepted every request to avoid conflict, and the backlog hit 600 items.
Post-mortem: integration with four additional systems was added mid-project as "small extensions".
Finding 5.2: initial budget of €300k for one use case; by closure, seven use cases were in scope with the same budget.
Vendor report Q1. Release 1 postponed to include features originally planned for release 3, at the client's request.
The first story was technical trouble; the real story is that requirements kept growing until nothing could be finished.
Thanks for a frank session. Lessons learned: a pilot that tries to please every department pleases none, and ours tried to please nine.
Replanning again, sorry all. Scope now includes the supplier portal as well, so the March date is gone.
Post-mortem: the route optimiser also had to plan driver breaks, vehicle maintenance and customer time windows before day one.
What went wrong: gold-plating; the team kept polishing the UI and adding dashboards instead of going live with the score.
Retro: each new regional manager added their local exceptions to the rules, and the model was never good enough for all of them.
Audit note: project charter lacked out-of-scope statement; every stakeholder assumed their need was included.
The quarterly portfolio review notes that Claims Assist was merged with two other initiatives and lost its focus.
Post-mortem: the first release had to support every product line "to be fair", so it took forever.
Lessons learned: we should have shipped the simple rules-plus-model version in month three.
What went wrong: the hospital asked for discharge prediction, then bed management, then staffing, all in one tool.
Retro: 14 stakeholders each got one must-have, which meant 14 must-haves.
Finding: timeline extended five times, each extension linked to new functional scope.
Post-mortem: we were asked to also automate the reporting, the billing and the customer letters around the model.
Status update: MVP definition reopened after the CFO requested forecasting of cash as well as volume.
We blamed the vendor for slow delivery, but we had changed the specification eleven times.
Quarterly review: Knowledge Bot parked, scope widened to all internal documents before HR policies were done.
Lessons-learned register, entry 12: we never said no. Not once. Everything went into release one.
Retro: marketing joined late and added personalisation to a project that was about fraud detection.
Post-mortem: the project was redefined as a "platform" to serve future use cases and lost its immediate use case.
What went wrong: the pilot region was expanded to the whole country before the first region was stable.
Vendor Q3: scope of phase 1 now exceeds the fixed-price contract, renegotiation ongoing.
Audit finding: success criteria were continuously extended, making closure of phase 1 impossible.
Retro done, notes in Confluence. One-liner: the perfect became the enemy of the deployed.
The post-mortem counted 43 "small" additions after the design freeze.
Sprint 14 done. Demo postponed again because the new OCR requirement for handwritten forms came in on Monday.
Lessons learned: the urge to cover edge cases first delayed the 90% case by a year.
Thanks for the quick document turnaround. Finding 6 stands though: there is no version-one definition in any project document.
Post-mortem: each workshop ended with more requirements than it started with.
Quarterly portfolio review: Yield Advisor restarted as a broader farm management suite, original pilot abandoned.
What went wrong: we added a second model, then a third, then an orchestration layer, before any model had a user.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : le projet de prévision de fréquentation des bus est devenu un projet bus, tram, métro et vélos en libre-service.
Au fil des comités, on a ajouté la Belgique, puis la Suisse, puis le Luxembourg avant d'avoir fini la France.
Le simple tri des courriers d'une caisse devait finalement traiter aussi les mails, les appels et les réseaux sociaux.
Revue trimestrielle : projet Cap Nord rebaptisé « socle IA », la première version n'est jamais sortie.
On devait prévoir à J+7, puis on nous a demandé J+30, puis J+90 et la même précision partout.
Relevé de décisions en pièce jointe. Chaque direction régionale exige désormais son propre tableau de bord avant la mise en service, on repousse encore.
Les exigences d'accessibilité RGAA et la version hors ligne ont été ajoutées au lot 1 six semaines avant la livraison.
Constat d'audit : trente avenants au contrat, aucun n'a fait l'objet d'une nouvelle estimation de délai.
Après les données de vente, il a fallu intégrer la météo, puis le trafic, puis les événements sportifs.
Le modèle de relance des impayés devait aussi rédiger les courriers, puis gérer les échéanciers.
Chaque ajout paraissait petit, mais au bout d'un an on avait un produit différent et toujours rien en production.
Le pilote dans une seule usine est devenu un programme couvrant les onze sites du groupe avant la première validation.
La direction juridique a demandé qu'on couvre aussi les baux commerciaux, qui n'avaient rien à voir avec le besoin initial.
Rapport du prestataire : le lot 1 contient désormais l'essentiel du lot 3 et dépasse le forfait.
Les utilisateurs ont obtenu une interface mobile, une tablette et un portail avant même que le moteur fonctionne.
On voulait d'abord traiter tous les cas particuliers, le cas courant n'a jamais été livré.
Point sympa sur l'équipe ce matin. En revanche la recette est repoussée, on a ajouté la gestion des avoirs au dernier moment.
"""
S["de"] = """
Lessons Learned: Aus der Prognose für eine Buslinie wurde die Planung des gesamten Verkehrsverbunds inklusive Rufbussen.
Jede Sitzung des Lenkungskreises brachte eine neue Produktsparte in den Pilot, am Ende waren es sieben.
Der Rechnungseingang sollte zunächst nur Strom- und Gasrechnungen abdecken, später alle Kreditoren des Konzerns.
Abschlussbericht: Die Anforderungsliste wuchs von 40 auf über 300 Punkte, ohne dass eine erste Version ausgeliefert wurde.
Quartalsreview: Vorhaben Kompass hat inzwischen fünf Teilprojekte, aber keines davon ist abgeschlossen.
Der Einkauf forderte noch vor dem Start eine Lieferantenbewertung, die mit dem ursprünglichen Ziel nichts zu tun hatte.
Statusbericht Dienstleister: Der Kunde bestellt jede Woche neue Auswertungen, die ursprünglichen Arbeitspakete ruhen.
Für die erste Version sollte das Modell zusätzlich jede Entscheidung in ganzen Sätzen begründen, das hat alles um Monate verschoben.
Zur Ausschussprognose kamen Energieoptimierung und Wartungsplanung hinzu, alles im selben Sprintzyklus.
Der Fachbereich bestand darauf, dass alle Sonderverträge von Anfang an abgebildet werden.
Prüfbericht: Der Projektauftrag wurde elfmal ergänzt, jede Ergänzung ohne neue Aufwandsschätzung.
Die Geschäftsführung wünschte zusätzlich ein Management-Dashboard, eine App und eine Schnittstelle zum Lieferantenportal.
Die Mehrsprachigkeit für die Werke in Polen und Tschechien wurde in die erste Version gezogen.
Die Werkleitung wollte zusätzlich eine Simulation für künftige Produktionslinien, bevor die bestehende Linie überhaupt lief.
Danke für die Geduld. Aus einem Klassifikator für Kundenmails soll jetzt plötzlich ein vollständiges Ticketsystem werden, der Plan ist hinfällig.
Retro war kurz und freundlich. Trotzdem verschiebt sich die Abnahme wieder, weil nun auch Reisekostenabrechnungen mit hinein sollen.
"""
S["es"] = """
Lecciones aprendidas: empezó como previsión de ocupación de un hotel y acabó queriendo gestionar precios, personal y compras de toda la cadena.
Cada comité añadía un tipo de siniestro más al piloto: hogar, luego autos, luego salud.
Informe trimestral: la iniciativa absorbió otros dos proyectos del área y perdió su foco original.
La cooperativa pidió incluir el riego, las plagas y la trazabilidad antes de tener la previsión de cosecha funcionando.
Hallazgo de auditoría: el documento de alcance de 2023 y el de 2024 no comparten ni un solo requisito.
Informe del proveedor: el cliente ha pedido meter la app para clientes finales dentro de la primera entrega.
Se exigió que la primera versión funcionara en castellano, catalán, gallego y euskera a la vez. Ahí se nos fue el año.
El piloto en una sola tienda se amplió a toda Andalucía antes de validar nada.
Novedad de esta semana. Recursos humanos se sumó tarde y quiso añadir la evaluación del desempeño al proyecto de planificación de turnos.
Cada nueva dirección que se incorporaba traía sus excepciones, y el caso general nunca llegó a producción.
¿Podemos cerrar ya el alcance de la fase 1? Esta semana han llegado otras tres peticiones y el equipo no termina nada.
"""
S["nl"] = """
Evaluatie: de dijkmonitoring moest uiteindelijk ook het hele waterbeheer en de communicatie naar bewoners omvatten.
De check op subsidieaanvragen werd uitgebreid met bezwaren, beroepen en Woo-verzoeken, nog voordat de check zelf werkte.
Kwartaalrapportage: naast de verblijftijd van containers kwamen er douane-inspecties en truckslots bij, oplevering voor onbepaalde tijd uitgesteld.
Update na de stuurgroep. Halverwege kwam de eis dat het model ook rapportages voor de toezichthouder moest genereren.
Leveranciersrapport: het MVP is in de loop van het jaar een "end-to-end ketenoplossing" geworden, buiten het contract.
De brieven aan burgers moesten ineens ook op B1-niveau automatisch worden uitgelegd.
Auditbevinding: wijzigingen werden in de wandelgangen toegezegd en nooit in planning of begroting verwerkt.
Eerst één teelt, toen alle teelten van de coöperatie, en toen ook nog de afzetplanning. Er draait nog steeds niets.
Elke sprint kreeg er wel een "kleinigheidje" bij, na een jaar stond er niets in productie.
Ook de tolk- en vertaaldienst moest ineens via hetzelfde systeem lopen, naast de oorspronkelijke klantvragen.
Sprintdemo ging goed. Livegang schuift toch weer op, want nu moeten ook de Engelstalige klanten meteen mee.
"""
