LABEL = "INTEGRATION"
S = {"en": """
The ERP vendor quotes a 9-month change window for the inbound interface.
Scores are ready every night at 02:00 but the dispatch screen in TRAXIS can only be changed in the annual release.
Steering minutes: the mainframe team can offer a flat-file drop once a week, not the real-time call we designed for.
Post-mortem: the model worked; getting its output into the EHR order-entry screen took 14 months and never landed.
chat: the HL7 feed from the lab system drops the specimen id on half the messages, can't match anything
Vendor of the terminal operating system will not expose an API without a new support contract.
Closure reason: "output could not be surfaced in the branch teller application".
email: "the core banking batch runs at 23:00, your scores arrive at 01:00, so they're a day stale by design"
The SCADA network is air-gapped; predictions are being typed in by hand from a printout.
Portfolio review: blocked on a middleware upgrade owned by the shared-services centre, ETA unknown.
The newsroom CMS plugin interface was deprecated by the vendor the month we went live in test.
We can read from Maximo but writing back work orders requires a licence module nobody has bought.
Planners would have to alt-tab between the forecast web page and JDA for every SKU.
Minutes: the payroll provider refuses custom fields in their SaaS, so the flag has nowhere to live.
Pharmacovigilance DB only accepts E2B XML uploads; our pipeline writes JSON and nobody owns the mapping.
chat: INT-412 still open, the SOAP service times out at anything over 50 records
Each of the 14 farms runs a different milking-robot firmware with its own export format.
Post-mortem bullet: we assumed the ticketing tool had webhooks. It did not, on our version.
The land registry system is a COBOL batch; changes go through a tender process.
Registry comment: stalled - awaiting interface spec from the EDI provider since April.
Three different customer IDs across CRM, billing and the app; every join loses a fifth of the rows.
The GIS platform team says the scoring layer must be rebuilt in their proprietary format.
email pasted: "the TMS vendor says our request is in their backlog, priority low"
Dashboards exist; the claims handlers never see them because the handling screen is a Citrix app from 2009.
Steering: the plant historian export can only run once per shift without overloading the server.
Change request CR-2291 to add a field in the student information system rejected by the supplier.
We ended up emailing CSVs to the contact centre every Monday.
The booking engine is hosted by a third party that charges per interface change.
Post-mortem: the routing output had to be re-keyed into the carrier portal, drivers never got it on the handheld.
Three months lost waiting for a firewall opening between the cloud tenant and the on-prem DWH.
chat: SAP PI team says new IDoc type = next release train, October at the earliest
The MES upgrade changed the tag naming and broke every feed we had.
Closure: "no feasible way to write decisions back into the legacy underwriting workbench".
Portfolio note: works in the sandbox, but the production ESB only allows pre-approved message schemas.
The radio-planning tool reads Excel only; our recommendations arrive as an API nobody calls.
Vendor lock: the ward-management suite contract forbids third-party extensions.
Minutes: interface budget was assumed to be on the supplier's side; supplier disagrees.
the ship-to-shore link is 256 kbps on a good day, model updates never reach the vessels
Scores land in a table nobody's application reads.
Post-mortem: ten weeks of work on a connector for a system that was decommissioned a month after.
The ticket for the single sign-on hook into the intranet has been with the outsourcer for 200 days.
Manual upload to the regulator portal each quarter because it has no machine-to-machine channel.
registry note: "waiting for the AS/400 team, who are two people and both on the tax-year change"
email: "the broadcaster's scheduling system is closed, we can only feed it by XML drop at midnight"
"""}
S.update({"es": """
El sistema de citas del servicio de salud es de 2006 y solo admite cambios en la ventana anual de marzo.
Acta: Aduanas sólo acepta la declaración por su portal web, así que el clasificador no tiene por dónde entrar.
chat: la centralita no deja enviar datos al CRM salvo por un conector que el proveedor cobra aparte
Post-mortem: la predicción de averías llegaba a un buzón; el GMAO del taller nunca la recogió.
El banco corresponsal manda los movimientos en un formato MT940 recortado que rompe el emparejamiento.
Cierre: "no existe forma de volcar la propuesta en el programa de nóminas externalizado".
Los repartidores trabajan con una app del operador logístico que no podemos tocar.
Seis meses esperando a que el integrador publique el servicio en el bus corporativo.
correo: "la plataforma de licitaciones no tiene API, habría que hacer scraping y legal no lo permite"
Cada centro de salud exporta la lista de espera con columnas distintas y fechas en texto.
El sistema de riego es de un fabricante israelí que cerró el protocolo en la última versión.
chat: SIS-310 bloqueado, el AS/400 de contabilidad sólo lee ficheros de ancho fijo
Revisión de cartera: nadie en Sistemas puede tocar el módulo de reservas sin pasar por el contrato de mantenimiento.
La salida del modelo la vuelcan a mano dos becarias en el Navision cada viernes.
El gestor documental de la redacción no acepta metadatos nuevos sin una actualización de pago.
La pasarela con el puerto se cae cada vez que el sistema de la terminal reinicia, y nadie sabe relanzarla.
Tres identificadores de cliente distintos entre el CRM, la facturación y la app; cada cruce pierde registros.
"""})
S.update({"it": """
Il sistema di prenotazione traghetti è di un consorzio armatori e non espone nulla verso l'esterno.
Chiusura: "l'esito non è visualizzabile nel terminale di sportello della filiale".
chat: il LIS del laboratorio perde il codice provetta su metà dei messaggi HL7
Verbale: il fornitore del gestionale di cantina vuole un nuovo contratto per ogni campo in più.
Il modello gira, ma per usarlo gli agenti dovrebbero aprire un secondo browser fuori dalla VDI.
Post-mortem: abbiamo costruito il connettore per un sistema dismesso un mese dopo.
Lo SCADA dell'acquedotto è isolato dalla rete, le previsioni vengono stampate e portate a mano.
mail: "il protocollo informatico accetta solo PDF firmati, niente dati strutturati"
Tre mesi per una regola di firewall verso il datacenter della regione.
Nel sistema di palinsesto la scheda programma ha campi fissi dal 2011, nessuno può aggiungerne.
Ogni stalla ha un robot di mungitura con firmware diverso e formati di esportazione propri.
chat: il team SAP dice che un nuovo IDoc entra solo nel treno di rilascio di ottobre
Il software della motorizzazione è gestito da un ente terzo e le modifiche passano da una convenzione.
Registro: fermo da aprile in attesa delle specifiche del tracciato EDI dal fornitore.
Gli scarti segnalati dal modello finiscono in un CSV che qualcuno importa quando si ricorda.
Il portale fornitori della GDO accetta solo caricamenti manuali da interfaccia web.
I dati di rete arrivano via FTP una volta a settimana, troppo tardi per intervenire.
""", "pt": """
O sistema de agendamento da rede municipal só aceita mudanças na janela anual do fornecedor.
Ata: a Receita só recebe a declaração pelo portal, o classificador não tem onde entrar.
O banco correspondente manda o extrato num CNAB cortado que quebra a conciliação.
Os motoristas usam o aplicativo da transportadora, que não podemos alterar.
chat: o AS/400 da contabilidade só lê arquivo posicional, INT-52 parado
A saída do modelo é digitada à mão no Protheus por dois estagiários toda sexta.
Cada cooperativa manda o romaneio num layout diferente.
Encerramento: "sem forma de carregar a proposta na folha de pagamento terceirizada".
A balança rodoviária da usina grava num banco Access que ninguém consegue ler de fora.
O sistema do pedágio é do consórcio e só exporta relatório em PDF.
e-mail: "a integradora diz que o conector do SAP sai no próximo pacote, sem data"
""", "nl": """
Het afsprakensysteem van de GGD accepteert alleen wijzigingen in de jaarlijkse releaseperiode.
Post-mortem: de storingsvoorspelling ging naar een mailbox, het onderhoudssysteem heeft hem nooit opgepikt.
De uitkomst wordt elke vrijdag met de hand in Exact overgetypt.
Elke veiling levert de aanvoerdata in een ander formaat aan.
Het redactiesysteem accepteert geen nieuwe metadata zonder betaalde upgrade.
De koppeling met de containerterminal valt om bij elke herstart en niemand weet hoe je hem opstart.
chat: Suwinet-koppeling aangevraagd in maart, BKWI zegt op zijn vroegst na de zomer
Het roostersysteem van de hogeschool is een SaaS-pakket zonder schrijfrechten voor derden.
De stuwen van het waterschap hangen aan een telemetrienet waar alleen de leverancier bij kan.
mail: "Topdesk kan geen velden van buitenaf laten vullen in onze licentievorm"
Portfoliooverleg: geblokkeerd op de middleware-upgrade van het shared service center.
""", "de": """
Das Terminsystem des Klinikverbunds nimmt Änderungen nur im jährlichen Releasefenster an.
Protokoll: der Zoll nimmt Anmeldungen nur über das Portal an, das Modell hat keinen Einstiegspunkt.
Das Ergebnis wird jeden Freitag von Hand in Navision übertragen.
Das Redaktionssystem nimmt keine neuen Metadaten ohne kostenpflichtiges Update.
Chat: die AS/400 der Buchhaltung liest nur Dateien mit fester Satzlänge
Das Stellwerk ist ein geschlossenes System des Herstellers, Eingriffe nur über dessen Service.
Mail: "das Fachverfahren der Kommune ist von Dataport betrieben, Änderungen dauern ein Jahr"
Die Melkroboter der Betriebe exportieren jeweils in ihrem eigenen Format.
Register: ruht seit April, wartet auf die EDI-Spezifikation des Lieferanten.
Abschlussgrund: "keine Möglichkeit, den Vorschlag in die ausgelagerte Lohnbuchhaltung einzuspielen".
"""})
