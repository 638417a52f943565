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
Insurance partners each need their own EDI mapping.
The tablet app used by inspectors works offline, our service needs online calls.
IT says the old AS/400 can take a new screen field in 'about a year'.
Webhook from the ERP fires before the transaction commits, so we score half-written orders.
The assistant can answer, but it can't create the ticket in ServiceNow.
The GIS team uses a projection our pipeline mangles, so assets land in the sea.
Vendor said the LIMS has an API, it's read-only and undocumented.
Every integration with the telecom's OSS stack needs a formal interface agreement.
Pilot output was emailed; production needs it inside the dispatcher's workflow and there's no hook.
Payroll system batch window is closed to new jobs.
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
Le mainframe n'accepte que des fichiers à plat déposés la nuit.
Pas d'API sur l'outil de gestion des sinistres, l'éditeur annonce neuf mois.
Les scores sont dans un tableau de bord que les agents n'ouvrent jamais, ils vivent dans leur logiciel métier.
Demande d'évolution SAP pour un champ : quatre mois.
Le DPI de l'hôpital rejette nos messages HL7.
On dépose un CSV sur un SFTP parce que l'API est « en cours ».
l'intégration CRM a encore cassé après leur mise à jour, champs renommés
Le logiciel de caisse ne peut rien afficher de nouveau avant la refonte.
Chaque agence utilise une version différente de l'outil de planification.
Le moteur de workflow ne sait pas appeler un service externe.
Le prestataire facture chaque modification d'interface.
L'automate ne reçoit aucune consigne venant de l'extérieur.
""", "es": """
El host solo acepta ficheros de ancho fijo a las dos de la mañana.
El sistema de siniestros no tiene API y el proveedor habla de nueve meses.
Las predicciones están en un panel, pero los operadores trabajan en la pantalla del CAD.
Un campo nuevo en SAP son catorce semanas de petición de cambio.
La historia clínica electrónica rechaza nuestros mensajes HL7.
la integración con el CRM se rompió otra vez después de su release
Dejamos un CSV en un SFTP porque la API 'está en camino'.
El TPV no puede mostrar nada nuevo hasta la migración de 2027.
Cada hospital tiene una versión distinta del PACS.
El motor de flujos no puede llamar a servicios externos.
Tenemos que hacer scraping del portal antiguo porque no hay otra forma de entrar.
El autómata de la línea no acepta consignas desde fuera.
""", "it": """
Il mainframe accetta solo file a tracciato fisso di notte.
Il gestionale sinistri non ha API, il fornitore parla di nove mesi.
Le previsioni stanno in una dashboard, ma gli operatori lavorano dentro il sistema di centrale.
Una modifica SAP per un solo campo: quattordici settimane.
La cartella clinica elettronica rifiuta i nostri messaggi HL7.
l'integrazione col CRM si è rotta di nuovo dopo il loro rilascio
Usiamo un CSV su SFTP perché l'API è 'in arrivo'.
Il software di cassa non può mostrare nulla di nuovo fino all'aggiornamento.
Ogni ospedale ha una versione diversa del PACS.
Il motore di workflow non può chiamare servizi esterni.
Facciamo scraping del vecchio portale perché non c'è altro accesso.
Il PLC della linea non accetta parametri dall'esterno.
""", "pt": """
O mainframe só aceita ficheiros de largura fixa às duas da manhã.
O sistema de sinistros não tem API e o fornecedor fala em nove meses.
As previsões estão num painel, mas os operadores trabalham no sistema de despacho.
Um campo novo no SAP leva catorze semanas de pedido de mudança.
O prontuário eletrônico rejeita as nossas mensagens HL7.
a integração com o CRM quebrou de novo depois da release deles
Deixamos um CSV num SFTP porque a API 'está a caminho'.
O sistema de caixa não mostra nada novo até à atualização de 2027.
Cada hospital tem uma versão diferente do PACS.
O motor de workflow não consegue chamar serviços externos.
Fazemos scraping do portal antigo porque não há outra entrada.
O controlador da máquina não aceita comandos de fora.
""", "nl": """
Het mainframe accepteert alleen vaste-lengtebestanden om twee uur 's nachts.
Het schadesysteem heeft geen API, de leverancier noemt negen maanden.
De voorspellingen staan in een dashboard, maar de centralisten werken in het meldkamersysteem.
Eén extra veld in SAP kost veertien weken change-procedure.
Het EPD weigert onze HL7-berichten.
de CRM-koppeling is weer stuk na hun release
We zetten een CSV op een SFTP-server omdat de API 'eraan komt'.
Het kassasysteem kan niets nieuws tonen tot de upgrade.
Elk ziekenhuis draait een andere PACS-versie.
De workflow-engine kan geen externe services aanroepen.
We scrapen het oude portaal omdat er geen andere ingang is.
De PLC van de lijn accepteert geen setpoints van buitenaf.
"""}
