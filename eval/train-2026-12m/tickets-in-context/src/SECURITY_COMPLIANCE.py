LABEL = "SECURITY_COMPLIANCE"
S = {"en": """
DPIA submitted in April, privacy office still hasn't signed. Nothing moves until then.
Blocked: infosec review flagged that the vendor's LLM API stores prompts for 30 days. Not allowed for customer data.
The DPO said no to using call recordings for training, consent doesn't cover it.
Legal opinion came back: automated credit decisions need an explanation we can't produce with this model.
Pen test found the inference API accepts unauthenticated requests. Go-live cancelled pending fix and re-test.
Security architecture board meets monthly and has deferred us twice.
Hand-over: the model risk management validation is still pending, 2nd line wants full documentation before any use.
Works council has not approved the use of shift data for the staffing model. Meeting postponed to January.
Resolution: Won't Do. Data can't leave the EU and the only capable vendor hosts in the US.
Clinical safety sign-off required under MDR, the regulatory team estimates 12-18 months.
Comment: CISO won't allow production data in the cloud sandbox, so we're stuck with synthetic data.
The AI Act classification came back as high-risk. Conformity assessment is a whole project on its own.
Ethics committee asked for a bias audit across age groups before they'd even discuss a pilot.
Access request for PII columns rejected by data governance, 'purpose not specific enough'.
Auditors flagged the model as undocumented in the model inventory, freeze until that's resolved.
Regulator letter received - we have to notify them before using ML in AML screening. Waiting.
Third-party risk assessment of the annotation vendor failed, they subcontract to a country we can't send data to.
The privacy notice on the website doesn't mention profiling, legal says we can't score customers until it's updated and re-consented.
Blocked on the records retention policy: we're only allowed to keep the CCTV footage for 72 hours.
Security found that the open-source model weights came without a licence we can use commercially. Legal says stop.
Sandbox access revoked after an internal audit, no ETA.
Legal wants a DPA with the vendor, vendor won't sign our template. Five weeks of back and forth.
Compliance stopped the pilot after a customer complained about the chatbot giving advice it isn't licensed for.
Patient data can only be processed inside the hospital network, and the GPU server isn't there.
Pending: approval from the model validation unit, queue is currently 4 months.
The union filed an objection against performance-based monitoring; the productivity model is on ice.
Comment from compliance: the model uses postcode, which is a proxy for ethnicity in our market. Not acceptable.
Infosec requires a full SBOM and vulnerability scan for every container; ours has 140 criticals from the base image.
Approval meeting with the DPO was cancelled again, she's covering two roles.
Data residency clause in the customer contracts forbids processing outside the country. Our cloud region isn't in it.
Blocked until legal reviews the copyright status of the training texts we scraped.
Internal audit wants traceability from every prediction back to the input data. We don't have that and can't add it quickly.
The banking supervisor's guidance on explainability came out last month and our model doesn't meet it.
Pilot halted: the photos of employees used for the safety cameras need individual consent forms.
The GDPR deletion requests can't be honoured in the trained model - legal says we can't deploy it that way.
Risk committee declined the use case: reputational risk too high for automated rejection letters.
Comment: procurement says the vendor must pass ISO 27001 first, their certificate expired in March.
Firewall exception needed for the API call out, security says no outbound traffic from that zone, ever.
Legal review of the terms of the LLM provider is in its 7th week.
We may not combine the insurance data with the health data, the purpose limitation forbids it.
Still no sign-off from the medical ethics board on retrospective use of the scans.
Model stopped in acceptance. The 2nd line found it treats female applicants worse at the same income.
DPIA came back with 14 open points, including a retention period we can't technically enforce.
Export control: the defence customer's data can't be touched by anyone without clearance, and the DS team has none.
""", "de": """
Die Landesdatenschutzbehörde hat auf unsere Anfrage zur Videoanalyse in Bahnhöfen noch nicht geantwortet.
Die Rechtsabteilung prüft seit Wochen, ob Sprachaufnahmen aus der Hotline unter die Einwilligung fallen. Vermutlich nicht.
Der Informationssicherheitsbeauftragte verweigert den Zugriff auf das Produktionsnetz von der Analyseplattform aus.
Die BaFin-Anforderungen an Modellvalidierung sind für uns neu, die zweite Linie hat noch keine Methodik.
Blockiert: Die Personalvertretung besteht auf einer Dienstvereinbarung, Entwurf liegt beim Justiziariat.
Im Sicherheitsscan wurden 87 kritische Schwachstellen in den Bibliotheken gefunden, Freigabe verweigert.
Übergabe: Ohne Löschkonzept für die Trainingsdaten gibt der Datenschutz die Verarbeitung nicht frei.
Die Lizenz des verwendeten Sprachmodells schließt kommerzielle Nutzung aus, sagt die Rechtsabteilung.
Der Krankenhausträger erlaubt keine Verarbeitung von Patientendaten außerhalb des eigenen Rechenzentrums.
Das Modell fällt nach Einschätzung der Regulatorik unter Medizinprodukt Klasse IIa.
Die Auftragsverarbeitung mit dem Cloudanbieter ist nicht unterschrieben, weil er keine Prüfrechte zulässt.
Einwilligungen der Kunden decken nur Werbung ab, kein Profiling. Damit ist die Segmentierung gestoppt.
Die interne Revision verlangt Nachvollziehbarkeit jeder Einzelentscheidung, die wir nicht liefern können.
Die Datenschutz-Folgenabschätzung kam mit 12 offenen Punkten zurück.
Der Freigabetermin beim Konzerndatenschutz wurde auf Februar verschoben.
Ergebnis Fairnessprüfung: Antragstellerinnen werden bei gleichem Einkommen schlechter bewertet, Einsatz untersagt.
Die Sicherheitsfreigabe für das Rüstungsprojekt hat im Team niemand, also darf keiner an die Daten.
""", "fr": """
La CNIL n'a pas répondu à notre demande de conseil sur l'analyse vidéo en gare.
Le juridique se demande depuis un mois si les enregistrements de la hotline sont couverts par le consentement.
Le RSSI interdit toute connexion de la plateforme analytique vers le réseau de production.
Les exigences de l'ACPR sur la validation des modèles sont nouvelles pour nous, la deuxième ligne n'a pas de méthode.
Bloqué : les représentants du personnel exigent un accord d'entreprise avant le pilote.
Le scan de sécurité a relevé 90 vulnérabilités critiques dans les dépendances, validation refusée.
Note de passation : sans politique d'effacement des données d'entraînement, la DPO ne valide pas le traitement.
La licence du modèle de langage interdit l'usage commercial selon le service juridique.
Le GHT refuse que des données patients soient traitées hors de son hébergeur certifié HDS.
Selon les affaires réglementaires, l'outil relève du dispositif médical de classe IIa.
Le contrat de sous-traitance avec l'hébergeur cloud n'est pas signé, il refuse les audits.
Les consentements clients couvrent la prospection, pas le profilage : segmentation stoppée.
L'audit interne exige de pouvoir justifier chaque décision individuelle, ce qu'on ne sait pas faire.
L'AIPD est revenue avec une douzaine de points ouverts.
Le passage en comité données personnelles groupe est reporté à février.
Test d'équité : à revenu égal les femmes obtiennent de moins bons scores, usage interdit.
Aucun membre de l'équipe n'a l'habilitation défense requise pour toucher aux données du client.
""", "es": """
La AEPD todavía no ha contestado a nuestra consulta sobre análisis de vídeo en estaciones.
Jurídico lleva un mes dudando si las grabaciones del call center entran en el consentimiento.
El responsable de seguridad prohíbe conectar la plataforma analítica a la red de producción.
Bloqueado: la representación sindical exige un acuerdo antes de empezar el piloto.
El escaneo de seguridad encontró 80 vulnerabilidades críticas en las librerías.
La licencia del modelo de lenguaje no permite uso comercial según jurídico.
El servicio de salud no permite tratar datos de pacientes fuera de su propio CPD.
Los consentimientos de los clientes cubren publicidad pero no perfilado, segmentación parada.
La prueba de equidad muestra peores puntuaciones para mujeres con igual renta, uso prohibido.
El comité de protección de datos del grupo ha aplazado la revisión a febrero.
El contrato con el proveedor cloud no se firma porque no acepta auditorías.
""", "it": """
Il Garante ha chiesto chiarimenti sulla videosorveglianza intelligente in porto, tutto fermo fino alla risposta.
La compagnia assicurativa non ci autorizza a usare i dati delle scatole nere oltre la finalità tariffaria.
Bloccato: la valutazione d'impatto privacy è nel cassetto del DPO da luglio, lui è l'unico per cinque società.
L'ufficio legale dice che le foto delle modelle nel catalogo non possono essere usate per addestrare senza nuove liberatorie.
La certificazione come dispositivo medico del software di triage richiede almeno un anno.
Il comitato etico dell'ospedale non ha ancora dato parere sull'uso retrospettivo delle TAC.
Nota di passaggio: la funzione antiriciclaggio vuole poter spiegare ogni segnalazione, il modello non lo permette.
Il penetration test ha trovato credenziali in chiaro nel repository, rilascio sospeso.
I dati dei clienti non possono essere trattati dal fornitore cloud perché i server sono fuori UE.
Il sindacato ha impugnato l'accordo sul monitoraggio dei tempi in magazzino.
La Banca d'Italia ha chiesto la documentazione del modello prima dell'uso nelle decisioni di fido.
""", "pt": """
A ANPD pediu esclarecimentos sobre o reconhecimento facial nas catracas, tudo parado até responder.
A seguradora não autoriza usar os dados de telemetria fora da finalidade de precificação.
Bloqueado: o relatório de impacto está na mesa do DPO desde julho e ele atende cinco empresas.
O jurídico diz que as fotos do catálogo não podem ser usadas para treino sem novo termo de cessão.
O registro na Anvisa como software de dispositivo médico leva mais de um ano.
O comitê de ética em pesquisa ainda não liberou o uso retrospectivo das tomografias.
Nota de passagem: o compliance de PLD quer explicar cada alerta e o modelo não permite.
O pentest achou credenciais em texto puro no repositório, liberação suspensa.
O sindicato contestou o acordo de monitoramento de produtividade no armazém.
Os dados dos correntistas não podem ir para o provedor porque os servidores ficam fora do país.
"""}
