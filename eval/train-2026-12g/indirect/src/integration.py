LABEL = "INTEGRATION"
S = {"en": """
The mainframe only takes fixed-width files at 2am, so the score arrives a day late.
Claims system has no API; the vendor quotes nine months for one.
The predictions sit in a dashboard nobody opens because dispatchers live in the CAD screen.
SAP change request for a single extra field: 14 weeks.
chat: the EHR interface engine rejects our HL7 messages again, segment PID-3
We can read from the warehouse system but writing back needs the supplier, who went bust.
Agents would have to alt-tab between Salesforce and our tool for every call.
Minutes: the ticketing platform's API is rate limited to 100 calls an hour.
The booking engine is a 1998 COBOL app; nobody can add a hook to it.
Single sign-on doesn't work with the library's legacy catalogue, so staff must log in twice.
The ERP vendor's licence forbids third-party read access to the pricing tables.
Our model outputs JSON, the plant's MES only understands OPC-UA tags.
Status: blocked on the middleware team, the ESB queue is full every morning.
The recommendation has to appear inside the POS terminal, which can't render anything new until the 2027 upgrade.
Nobody can map our case IDs to the court's docket numbers.
The council's planning portal exports PDFs only.
Outlook plugin approved, but the mail gateway strips the add-in.
Write-back to Maximo failed on schema validation for the third sprint running.
The loan origination system is hosted by a bureau that charges per integration change.
The model flags risky shipments but the customs broker software has no field to receive the flag.
Retro: underestimated the effort to get data out of and back into the HR suite.
Each of the 27 hospitals runs a different PACS version.
We ended up with a CSV drop on an SFTP share because the API is 'coming'.
the CRM integration broke again after their release, fields renamed without notice
The workflow engine can't call external services, so the triage score is copied manually.
Legacy billing system uses account numbers with a check digit we can't reproduce.
Tried to embed it in the field-service app; the app is frozen while vendor migrates.
There is no event bus; we'd poll the database every minute and DBA said no.
The voice platform won't pass the transcript to anything outside the contact centre suite.
Student information system only exports once a term.
Integration test environment for the core banking system is booked until March.
The robots' controller firmware can't accept setpoints from outside the PLC.
Our API returns results; the intranet page that should show them can't make outbound calls.
Signal interlocking system is closed; no data leaves it except a printed log.
The document management system locks files, so the classifier can't tag them in place.
Two-week sprint spent on date formats between the scheduling tool and our service.
Each of the eleven insurance partners needs its own EDI mapping, two of them still send faxes, and the broker platform can only accept our risk flag as a free-text note.
The tablet app used by inspectors works offline, our service needs online calls.
IT says the old AS/400 can take a new screen field in 'about a year'.
Webhook from the ERP fires before the transaction commits, so we score half-written orders.
The assistant can answer, but it can't create the ticket in ServiceNow.
The GIS team uses a projection our pipeline mangles, so assets land in the sea.
Vendor said the LIMS has an API, it's read-only and undocumented.
Every integration with the telecom's OSS stack needs a formal interface agreement.
Pilot output was emailed; production needs it inside the dispatcher's workflow and there's no hook.
The payroll system runs a single overnight batch window that is already full, the vendor will not add new jobs before the 2027 upgrade, and without it the absence forecast cannot be written back anywhere useful.
The smart-meter head-end only speaks a proprietary protocol.
We're screen-scraping the legacy portal because it's the only way in.
""", "de": """
Das Altsystem nimmt nur Dateien mit fester Satzlänge, nachts um zwei.
Für das Schadenssystem gibt es keine Schnittstelle, der Hersteller schätzt neun Monate.
Die Prognose landet in einem Dashboard, die Disponenten arbeiten aber im Leitstellensystem.
Änderungsantrag für ein zusätzliches Feld in SAP: 14 Wochen Durchlaufzeit.
Das KIS lehnt unsere HL7-Nachrichten ab.
Zurückschreiben ins Lagerverwaltungssystem geht nur über den Dienstleister, und der ist teuer.
Sachbearbeiter müssten für jeden Fall zwischen zwei Anwendungen hin und her springen.
die API vom Ticketsystem ist auf 100 Aufrufe pro Stunde begrenzt, sinnlos
Das Kassensystem kann vor dem Upgrade 2027 nichts Neues anzeigen.
Jede Klinik hat eine andere PACS-Version.
Wir holen die Daten per Screen-Scraping aus dem alten Portal.
Die Steuerung der Anlage akzeptiert keine Sollwerte von außen.
""", "fr": """
Le logiciel de gestion des HLM n'expose aucun service web, seulement un export nocturne.
La prédiction existe, mais les régulateurs du SAMU ne quittent jamais leur écran de régulation.
l'API du transporteur renvoie du XML en ISO-8859-1 et notre service plante dessus
Le DPI de l'hôpital rejette nos messages HL7 depuis la montée de version.
Compte rendu : la passerelle ESB sature tous les matins à 8 h.
Impossible d'écrire le résultat dans le progiciel de paie sans passer par l'éditeur.
Le portail de la préfecture ne produit que des PDF, sans aucun flux structuré, donc chaque décision doit être ressaisie à la main avant que notre service puisse la classer.
Chaque caisse régionale a sa propre version de l'outil de gestion des prêts.
Les conseillers doivent copier-coller le score d'un onglet à l'autre.
On dépose un CSV sur un SFTP parce que l'API est « en cours ».
Le logiciel des contrôleurs fonctionne hors ligne, notre service a besoin du réseau.
L'automate de la ligne d'embouteillage n'accepte aucune consigne venant de l'extérieur.
""", "es": """
El programa de gestión de la comunidad de regantes no tiene API, solo un export en dBase.
Los operadores del 112 trabajan en su pantalla de despacho y nuestra predicción está en otra web.
la integración con el CRM se rompió otra vez después de su release, cambiaron los campos
Para escribir en el ERP de la cooperativa hay que llamar al proveedor, que cobra por hora.
Acta: el bus de integración tiene la cola llena cada mañana.
El sistema de reservas del hotel es de 2004 y no admite conexiones externas.
Tenemos que hacer scraping del portal antiguo porque no hay otra forma de entrar.
Los identificadores de paciente no coinciden entre atención primaria y el hospital.
El TPV no puede mostrar nada nuevo hasta la migración de 2027.
El motor de flujos no puede llamar a servicios externos.
El sistema de señalización ferroviaria es cerrado, solo saca un log impreso.
La API de la aseguradora admite 100 llamadas por hora.
""", "it": """
Il gestionale delle farmacie comunali esporta solo file di testo a tracciato fisso.
La cartella clinica elettronica rifiuta i nostri messaggi HL7.
boh il connettore per il protocollo informatico non esiste, dobbiamo caricare a mano
Gli operatori del call center dovrebbero passare da un'applicazione all'altra per ogni chiamata.
Verbale: il fornitore del sistema di bigliettazione chiede sei mesi per aprire un'interfaccia.
Il PLC della linea non accetta parametri dall'esterno.
Ogni ASL ha una versione diversa del software dei referti.
Il sistema dei varchi ZTL parla un protocollo proprietario.
Il campo nuovo su SAP richiede una change request da quattordici settimane.
La PEC in entrata non si può intercettare prima che arrivi al protocollo.
Il tablet dei verificatori funziona offline e non può chiamare il nostro servizio.
Il codice cliente del vecchio AS/400 ha una cifra di controllo che non sappiamo ricalcolare.
""", "pt": """
O sistema de gestão da autarquia só exporta relatórios em PDF.
Os operadores do despacho trabalham no sistema de emergência e a nossa previsão fica num painel à parte.
a API da transportadora devolve timeout acima de 50 pedidos, inútil
Para escrever no sistema de faturação é preciso passar pela empresa que o mantém, a preço de ouro.
Ata: o barramento de integração fica entupido todas as manhãs.
O prontuário eletrônico rejeita as nossas mensagens HL7.
O sistema de portagens usa um protocolo proprietário.
Cada agência do banco corre uma versão diferente do software de crédito.
Fazemos scraping do portal antigo porque não há outra entrada.
O software da balança da cooperativa não liga a nada.
O motor de workflow não consegue chamar serviços externos.
O chatbot responde, mas não consegue abrir o pedido no sistema de atendimento.
""", "nl": """
Het zaaksysteem van de gemeente heeft geen API, alleen een nachtelijke export.
Het EPD weigert onze HL7-berichten sinds de upgrade.
de koppeling met het roostersysteem van de school werkt alleen als iemand handmatig een bestand uploadt
Terugschrijven naar het ERP kan alleen via de leverancier, tegen meerwerk.
Verslag: de servicebus zit elke ochtend vol.
De centralisten werken in het meldkamersysteem, onze voorspelling staat in een los dashboard.
Het kassasysteem kan niets nieuws tonen tot de upgrade.
De slimme meters praten een eigen protocol dat we niet kunnen lezen.
Het klantnummer in het oude systeem heeft een controlecijfer dat we niet kunnen reproduceren.
We scrapen het oude portaal omdat er geen andere ingang is.
De inspecteurs werken offline op een tablet, onze service vraagt om een verbinding.
De assistent kan antwoorden, maar geen melding aanmaken in TOPdesk.
"""}
