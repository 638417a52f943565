LABEL = "INTEGRATION"
S = {"en": """
What went wrong: the claims model scored fine, but the 1998 mainframe policy system had no API to receive the scores.
Retro: we lost three months waiting for the SAP team to expose the order data, and then the interface only worked in batch.
Audit finding 5.3: the model output is re-keyed by hand into the case management system because no interface was built.
We first blamed the model's latency, but the real block was the ERP's middleware, which queues messages for up to an hour.
Post-mortem: the recommendation engine could not be embedded in the web shop because the shop platform vendor refused custom plugins.
Lessons learned: map the target systems and their interfaces before building; the EHR turned out to be closed to third parties.
Quarterly portfolio review: Dispatch Assist stalled, integration with the legacy telephony platform not feasible this year.
Vendor status: connector to the client's Oracle Forms application still not specified, blocking go-live.
The retrospective concluded that the model fitted nowhere in the clerks' workflow; it lived in a separate screen nobody opened.
What went wrong: the warehouse management system only accepts flat files at 2am, so real-time slotting was impossible.
Post-mortem: the integration partner quoted 9 months to build the interface to the core banking system.
Finding: scores are exported to Excel and emailed to branches since the CRM interface was never delivered.
Initially we thought the users were slow to adopt, but the forecast never even reached the planning tool because of a broken feed.
Status amber: the HL7 interface to the lab system fails on 30% of messages, the vendor is investigating.
Retro: the billing platform is a black box from an outsourcing contract, and changes require a change request priced at €60k.
Lesson: "we'll just call their API" was the single most expensive sentence of the project. Their API turned out to be a nightly file drop.
Audit observed that the model's outputs were not traceable in the downstream loan system, which has no field to store them.
The quarterly review parked the chatbot because it could not authenticate against the legacy customer portal.
What went wrong: three different ID schemes across MES, ERP and the quality database, and no master data service to join them.
Post-mortem: the document classifier worked, but the DMS could not be triggered to route documents automatically.
Vendor report Q2: API rate limits on the client's ticketing system allow only 100 calls per minute, insufficient for scoring.
Retro comment: model ready in April. Still ready. Still not connected to anything.
We blamed the data team first; the true issue was that the point-of-sale system could only be read once per day through a batch export.
Lessons-learned register: integration effort was estimated at two weeks and took the rest of the year.
Finding 6: the interface between the AI service and the dispatch system was never tested end to end.
The field service app is a vendor product and could not show the predicted failure without a new release, due in 2027.
What went wrong: the workflow engine in the contact centre would have needed a full reconfiguration to add a routing step.
Post-mortem: each hospital in the group runs a different EHR version, so we needed six integrations instead of one.
Sorry for the late report. Go-live postponed again, the ESB team has no capacity to build the new message route before Q2.
Retro: the plant's PLCs were not networked, so sensor data could never reach the model in real time.
Added to the register. Involve the enterprise architects when you start, not when you are trying to go live and the core system won't talk to you.
Quarterly review: document extraction closed, output could not be written back to the AS/400 accounting system.
The first explanation was a licensing question; the real blocker was the closed API of the HR suite.
Audit note: predictions from the pricing model reach the shelf labels through a manual copy-paste step.
Post-mortem: the GIS platform could not consume the model outputs without a custom adaptor nobody wanted to own.
What went wrong: single sign-on with the intranet never worked, so agents needed a second login and stopped using it.
Vendor Q4: integration with the client's mainframe via MQ delayed, mapping of COBOL copybooks not yet agreed.
Retro: every upstream system change broke our pipeline; there was no contract for the interfaces.
The pilot ended when the TMS vendor announced they would not open their routing module to external optimisers.
Audit wrap-up call went fine. Main finding for us: no integration test environment exists for the policy admin system, so nothing could be tested end to end.
Lessons learned: we built a standalone web app, but the underwriters live in their workbench and would not switch windows.
Post-mortem: data flowed in, but writing decisions back to the claims system required an upgrade planned for 2028.
Updated the tracker. Status: technically done, functionally blocked by the interface with the municipal case system. No date from their side yet.
What went wrong: the voice bot could not transfer context to the human agent's desktop, so customers repeated everything.
Quarterly portfolio review: spare parts forecasting parked pending the S/4HANA migration, the old ECC interfaces are frozen.
Retro: we underestimated how much the legacy batch chain constrained us; everything ran on a 24-hour cycle.
Audit finding: API credentials for the core system were shared by email because no service integration was set up properly.
The route model was correct but the drivers' handhelds run on an app that cannot be updated remotely.
Post-mortem: the loan decision engine only accepts rules, not model scores, and changing that was out of scope.
Nice closing drinks yesterday. For the record: the hard part was not the AI, it was the plumbing into forty-year-old systems.
Sprint demo went well. Then we tried to push the scores into Guidewire and found out the extension points are locked by the vendor.
We thought the cloud was the issue, but the on-prem firewall rules to the ERP took five months to open.
Finding: the reconciliation between model output and the general ledger is done manually every Friday.
Vendor status red. The client's legacy interface documentation does not match actual behaviour, and every mapping has to be reverse-engineered.
Retro: no one could tell us which of the four customer databases was the system of record to write back into.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : le score de fraude était prêt, mais le progiciel de gestion des allocations ne sait recevoir aucune donnée d'un système tiers.
Les conseillers recopient à la main la recommandation dans Siebel, le flux vers le poste de travail n'a jamais été développé.
L'éditeur du dossier patient a refusé d'ouvrir une API, et le contrat du GHT ne lui en imposait aucune.
Revue trimestrielle : projet Aiguillage arrêté, le serveur vocal interactif des années 2000 ne permet pas d'insérer une étape de tri.
Le WMS de la plateforme de Cavaillon n'accepte que des fichiers plats déposés à 3 h du matin.
Rapport du prestataire : le connecteur vers l'application Cobol de la caisse n'est toujours pas spécifié, semaine 12.
Les terminaux des facteurs tournent sur une application qu'on ne peut pas mettre à jour à distance, le modèle n'y arrivera jamais.
Désolé pour le retard du point. Le logiciel de paie externalisé ne propose toujours aucun point d'entrée pour les anomalies détectées, donc rien ne part en production.
Constat d'audit : le résultat du moteur de tarification transite par une clé USB entre deux réseaux isolés.
Le format d'échange avec les transporteurs est un EDI maison de 1996, aucun partenaire n'a voulu le faire évoluer.
Nos prévisions de production devaient alimenter le logiciel de l'usine de Dunkerque, qui n'accepte que des saisies manuelles.
La mairie a trois logiciels d'état civil selon les annexes, et aucun ne sait échanger avec notre service.
Le chatbot ne pouvait pas consulter l'état d'une commande, le système de gestion des commandes n'exposant rien.
L'intégration au portail fournisseur dépendait d'une migration vers la nouvelle version, repoussée deux fois.
Chiffrage de l'intégrateur pour brancher le moteur sur l'outil des experts sinistres : 14 mois et 600 k€.
Bilan : techniquement au point, mais isolé du parcours des gestionnaires qui travaillent dans un autre outil.
Le point mensuel a surtout porté sur les congés. Pour le reste, on attend toujours le flux de l'ERP vers notre API.
"""
S["de"] = """
Lessons Learned: Das Leitsystem der Verkehrsbetriebe kann keine externen Vorschläge entgegennehmen, nur manuelle Eingaben des Disponenten.
Das Modell lieferte Dispositionsvorschläge, aber das Transportmanagementsystem ist ein Eigenbau von 2004 ohne Schnittstellen.
Im Klinikum sprach das Radiologie-PACS kein DICOM-SR in der erwarteten Form, Befunde kamen nie im KIS an.
Quartalsreview: Vorhaben Weiche pausiert, die Anbindung an das Stellwerk ist sicherheitstechnisch ausgeschlossen.
Prüfungsfeststellung: Die Ergebnisse werden per CSV-Export aus dem Modell und Import in die Kreditakte übertragen, fehleranfällig und unprotokolliert.
Statusbericht Dienstleister: Die versprochene REST-Schnittstelle des Kunden-ERP existiert nur in der Dokumentation.
Die Steuerungen der Spritzgussmaschinen sind nicht vernetzt, Echtzeitdaten für das Modell gibt es also nicht.
Der Hersteller der Kassensoftware verlangt für jede Erweiterung ein Projekt mit eigener Preisliste, frühestens 2027.
Die Anbindung an das Dokumentenmanagement der Landesverwaltung scheiterte an einer veralteten SOAP-Schnittstelle.
Post-Mortem: Die Bordcomputer der Lkw stammen von drei Herstellern, nur einer erlaubte das Aufspielen unserer Empfehlungen.
Das Zurückschreiben der Prüfhinweise in SAP FI war nur über einen Z-Report möglich, den niemand anpassen durfte.
Bei der Genossenschaftsbank laufen Kernbankprozesse über das Rechenzentrum der Gruppe, eigene Anbindungen sind nicht vorgesehen.
Workshop am Dienstag war produktiv. Offen bleibt: Zeiterfassung und Schichtplanung haben unterschiedliche Personalnummern, ein Abgleich ist nicht möglich.
Retro: Die Prognose ging per Faxserver an die Filialen, eine digitale Strecke dorthin gab es nicht.
Das Gateway zum Bestandssystem verarbeitet nur EBCDIC-Dateien mit fester Satzlänge, der Umbau wurde nie beauftragt.
Die Testdaten sind da, danke an Jana. Offen bleibt das Wesentliche: Das Kassensystem nimmt unsere Preise nur per nächtlichem Dateiimport an.
"""
S["es"] = """
Lecciones aprendidas: el sistema de cita previa del servicio de salud no admitía sugerencias externas de huecos, solo altas manuales.
El modelo de rutas para los camiones de reparto no podía enviar nada a las PDA, que usan un protocolo propietario del fabricante.
Informe trimestral: proyecto Brújula detenido, la pasarela con la plataforma de pagos exige una certificación de seis meses.
La aseguradora externalizó su core a un proveedor en Portugal y cada cambio de interfaz cuesta una orden de trabajo.
Las predicciones de rotura de stock se quedaban en una base de datos aparte; el programa de compras nunca las leyó. Lo vimos tarde.
Hallazgo de auditoría: el resultado del modelo se transfiere al expediente mediante copiar y pegar, sin trazabilidad.
El sistema de control de la depuradora es un SCADA aislado y no se puede escribir en él desde fuera por diseño.
Informe del proveedor: la API del ERP documentada por el cliente devuelve errores en la mitad de las llamadas.
En cada comunidad autónoma el sistema de historia clínica es distinto, y solo conseguimos integrarnos con uno.
Acta de la reunión técnica adjunta. La tarificación en el call center seguía en un AS/400 que solo acepta ficheros por la noche.
Buen ambiente en la retro, gracias. El bloqueo sigue siendo el mismo: no hay forma de meter la recomendación en la pantalla del gestor.
"""
S["nl"] = """
Evaluatie: het zaaksysteem van de gemeente kent geen veld voor een risicoscore, dus de uitkomst belandde in een notitie die niemand las.
Bezoek aan de bedieningscentrale gedaan. De brugwachters werken met een bediensysteem dat bewust van het netwerk is afgesloten, aansluiten was uitgesloten.
Kwartaalrapportage: project Loods geparkeerd, het terminal operating system van de haven geeft alleen leesrechten.
De roosterapplicatie van het ziekenhuis accepteert geen import, alleen handmatige invoer per dienst.
Leveranciersrapport: de StUF-koppeling met de basisregistratie faalt bij adressen met huisnummertoevoeging.
Het klantportaal van de energieleverancier is een pakket van een Deense partij die geen maatwerk toestaat.
Auditbevinding: voorspellingen gaan via een gedeelde map met csv-bestanden naar het planningssysteem, zonder controle.
De weegbruggen in de afvalverwerking schrijven naar een lokale pc per locatie, centraal ophalen lukte niet. We zijn na drie locaties gestopt.
Voor de koppeling met het landelijke systeem van de sociale zekerheid was een aansluitprocedure van negen maanden nodig.
De tool draaide los van Topdesk, en de servicedesk weigerde naast hun eigen scherm nog een tweede te openen.
Nieuwe testomgeving staat klaar. Het echte probleem blijft dat het planningspakket van de leverancier geen enkele externe invoer toestaat.
"""
