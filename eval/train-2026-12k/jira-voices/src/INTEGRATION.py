LABEL = "INTEGRATION"
S = {"en": """Blocked: the mainframe policy system has no API, only a nightly flat file, and the use case needs answers during the call.
Closing. We couldn't get the score into the Epic workflow; the vendor wants 14 months and a change request fee.
The SAP team says a custom BAdI for the prediction field needs a release slot in Q3 2027.
Model is done, but there's no way to push results into the dispatch tool; it only accepts manual entry.
The legacy WMS only talks EDIFACT over a VAN. Our service speaks REST. Middleware team is fully booked.
Still waiting on ESB-77, the integration team needs a schema freeze from us and from the CRM side.
Agents would have to alt-tab into a separate web page to see the recommendation. Genesys integration not possible this year.
The core banking vendor charges per API call and their sandbox doesn't match prod. Integration stalled.
We can read from Maximo but writing work orders back requires a connector that's not licensed.
Stuck at the interface. The PLC network is air-gapped and OT won't allow any inbound connection.
The EHR exposes HL7v2 feeds only, and the interface engine team can't add a new outbound channel before spring.
Our prediction needs to arrive in the TMS before 05:00, but the TMS imports once a day at 02:00. Timing doesn't fit.
Closing as Won't Fix: the ERP upgrade froze all interface changes until 2027.
The claims workbench is a 20-year-old Delphi app, there's literally nowhere to display a score.
Good news first: the pilot metrics look fine. Bad news: integration with the billing system needs the vendor's professional services and their earliest slot is in six months.
Two systems, two customer IDs, no shared key. Every integration attempt ends in a mapping workshop.
Minutes 14/05, item 3: model accuracy accepted. Item 4: the POS terminals run an embedded OS that can't call external services, so the offer never reaches the till. Item 5: AOB.
Re: go-live, ops can't use the output because it lands in a separate dashboard nobody opens during their shift. Needs to be in the planning tool.
SOAP endpoint from the policy admin system returns 500 on any payload over 1MB. Vendor ticket open since June.
API rate limit on the CRM is 100 calls per minute, we'd need 4,000 for the nightly batch.
The workflow engine (Pega) can't consume our JSON format without a rebuild of the case type.
We need the model inside the SCADA HMI and that's a vendor-certified platform, no custom code allowed.
Parking, dependency on INT-540 (middleware upgrade) which keeps slipping.
The mobile app for field techs is offline-first and can't call the model from the field.
Nobody could get the identity federation between our platform and the hospital's AD working.
Output files are dropped on a share; the downstream system's import job was never built. Predictions unused.
The vendor of the quality system refused to open an interface, they want to sell their own "AI module".
The document management system only exports via a GUI, no bulk API. Integration would be screen scraping.
We tried the RPA route to put scores into the old loan system; bots broke on every UI update.
Closing. Real-time hook into the order flow needs a change to the checkout service owned by another department, no capacity.
The integration team estimated 11 interfaces to touch. That's the project, not the model.
Our scores exist, but the case management tool overwrites custom fields on every sync.
Can't get the event stream from the telecom switches, the OSS vendor holds the keys.
The routing app needs a change in the Navision customisation and the partner who wrote it went bankrupt.
Update: ERP can't store a probability, only an integer priority 1 to 3. Business won't accept the binning.
Everything works in isolation. Wiring it into the 4 legacy systems is where it died.
Downstream consumer (the pricing engine) only reads from Oracle, our output is in Delta on the lake. No bridge agreed.
IT says the mainframe batch window is full. We can't add another step before the morning run.
Closing: the forecast can't be loaded into the planning tool without a custom ABAP report, nobody will build it.
The interface spec from the vendor is a 2011 PDF and the actual system behaves differently.
Email triage model ready, but Exchange on-prem can't route to it without a transport rule change the messaging team refuses.
Call-centre agents would need the score in Siebel. Siebel is frozen until decommission in 2028.
The integration layer (MuleSoft) licences are per-flow and we ran out.
Connection from the cloud tenant to the on-prem ERP requires a VPN that network team won't set up for a pilot.
The robot controllers accept only proprietary commands; no way to feed in a predicted grasp point.
We kept getting timeouts from the legacy policy API, 30% of lookups failed. Unusable in the workflow.
Can't embed the recommendation in the ServiceNow form without their paid integration hub.
Our model reads from the lab system fine, but results have to go into the clinical record and that interface is read-only for third parties.
No event on "order created" exists in the legacy OMS, we'd have to poll a database we're not allowed to touch.
The mainframe team quoted 8 weeks just to add one field to the copybook.
Sorry for the late reply, I was at the Hamburg depot all week. Short version: the workflow still lives in Lotus Notes and there is no way to hook our scores into it. Parking.
The fleet telematics provider gives us data but won't accept anything back, so drivers never see the advice.
The ticketing system upgrade broke our webhook and the vendor says custom webhooks aren't supported anymore.
It's not the model, it's the plumbing: three hops through file shares before data reaches the ERP.
Resolved as Won't Do: integration into the claims platform deprioritised by the platform owner.""",
"de": """Die Prognose müsste in die Leitstellensoftware, der Hersteller verlangt dafür ein kostenpflichtiges Zusatzmodul.
Das Krankenhausinformationssystem lässt keine Rückschreibung von Fremdsystemen zu.
Seit dem Wechsel auf das neue Dokumentenmanagement gibt es keine Schnittstelle mehr, nur noch Export über die Oberfläche.
Die Stadtwerke-Abrechnung (SAP IS-U) kann den Score nicht speichern, ein Zusatzfeld bräuchte ein Upgrade.
Das Scoring liefert Ergebnisse, aber das Außendienst-Tablet ist offline und synchronisiert nur nachts.
Der Mainframe verarbeitet Aufträge im Tageslauf, eine Einzelfallabfrage ist nicht vorgesehen.
Wir hängen an INT-302: Die Middleware-Gruppe hat keinen Slot bis nach dem Jahreswechsel.
Der Lieferant der Maschinensteuerung gibt die Protokollspezifikation nicht heraus.
Schnittstelle zum Bestandssystem liefert bei mehr als 50 Anfragen pro Minute Timeouts.
Integrationsaufwand laut Schätzung: zwölf Schnittstellen in fünf Systemen. Das ist das eigentliche Projekt.
Die Empfehlung erscheint in einem eigenen Fenster, die Sachbearbeiter müssten zwischen drei Anwendungen wechseln.
Die Kassensoftware wird von einem Franchise-Dienstleister betrieben, Anpassungen sind vertraglich ausgeschlossen.
Der Abgleich der Identitäten zwischen unserem Portal und dem Active Directory des Kunden funktioniert nicht.
Aufträge für die Instandhaltung lassen sich nur per Hand im SAP PM anlegen, eine automatische Übergabe fehlt.
Die Partnerfirma, die die Navision-Anpassungen gebaut hat, existiert nicht mehr.
Das alte Vertragssystem kennt keine Ereignisse, wir müssten eine Datenbank abfragen, auf die wir nicht dürfen.
Das Ergebnis kommt per CSV, der Import im Warenwirtschaftssystem wurde nie programmiert.
Im Telematikportal der Flotte gibt es keinen Rückkanal zu den Fahrern.
Abgebrochen: die Anbindung an das Kernbankensystem war im Rahmen des Projekts nicht lösbar.
Der Webhook im Ticketsystem funktioniert seit dem Update nicht mehr, der Hersteller unterstützt ihn nicht.
Kundennummern im Shop und im ERP passen nicht zusammen, ohne gemeinsame ID keine Anbindung.
Der Host-Bereich will für ein neues Feld acht Wochen und einen Change-Antrag.""",
"fr": """Le tri bagages de l'aéroport est piloté par un automate propriétaire, aucune entrée externe acceptée.
On ne peut pas injecter nos prévisions dans l'outil d'horaires du tram, format d'import figé depuis 2009.
L'extranet courtiers est maintenu par une agence web qui facture chaque champ ajouté.
Le logiciel d'état civil de la commune ne propose ni API ni export automatisé.
Point du 4/11 : la coopérative utilise trois logiciels de silo différents, aucun ne sait recevoir une consigne.
L'OSS télécom appartient à l'équipe réseau, qui refuse qu'un service tiers écrive dans les tickets.
La prédiction existe dans le lac de données, mais le CRM ne lit que sa propre base Oracle.
Connecteur Salesforce livré, mais le champ cible est écrasé à chaque synchronisation nocturne.
Le SI achats est en fin de vie et gelé, aucun développement accepté avant son remplacement.
Les agents du centre d'appels ont un poste bloqué, impossible d'ajouter un onglet avec la recommandation.
Le flux EDI avec les transporteurs ne prévoit aucun champ pour une date estimée.
Notre service REST ne parle pas au bus historique en MQ, et personne ne maîtrise le bus.
Il faudrait un développement spécifique dans l'ERP pour afficher le score, refusé par le comité des évolutions.
Blocage sur la fédération d'identité : le SSO de l'hôpital ne reconnaît pas notre application.
L'éditeur du logiciel de gestion locative propose son propre module, pas d'ouverture pour le nôtre.
Le fichier de résultats arrive sur un serveur FTP que plus aucune application ne consulte.
Clôturé : brancher le modèle sur la chaîne de traitement des sinistres était hors de portée.""",
"nl": """De verkeerscentrale werkt met een gesloten systeem van de leverancier, externe adviezen kunnen er niet in.
In HiX kunnen we de risicoscore niet tonen zonder een dure maatwerkaanvraag bij ChipSoft.
De veilingklok accepteert geen externe prijsadviezen, de software is van een Frans bedrijf dat niet reageert.
De zuivelcoöperatie registreert melkophaal in een systeem zonder koppelmogelijkheden.
Gemeentelijke zaaksysteem kan geen velden van buitenaf ontvangen, alleen handmatige invoer.
Het advies staat in het datawarehouse, maar het klantsysteem leest alleen uit zijn eigen database.
Koppeling met Viewpoint vergt een licentie op de API-module die niet begroot is.
Wacht op de integratieafdeling (INT-233), die zit vol met de overstap naar de nieuwe ESB.
De treinplanning draait op een mainframe-applicatie waar al jaren niets meer aan verandert.
De servicedesktool overschrijft onze labels bij elke synchronisatie.
Monteurs werken in een app die alleen 's nachts synchroniseert, het advies komt een dag te laat.
Identiteitskoppeling tussen ons platform en de omgeving van de zorgverzekeraar krijgen we niet werkend.
Voor de havenapplicatie moeten we via een VPN van de terminaloperator, die zegt al maanden "volgende week".
De leverancier van het kassasysteem wil alleen koppelen tegen een jaarlijks bedrag dat hoger is dan de besparing.
Bij de test met Exact liep de import vast op de decimaaltekens, en de partner die het beheert rekent per uur.
Gestopt: aansluiten op de kernapplicatie voor uitkeringen bleek binnen dit project onhaalbaar."""}
