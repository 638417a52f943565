LABEL = "SECURITY_COMPLIANCE"
S = {"en": """
The DPIA has been with the DPO's office since February; no comments, no sign-off.
Steering minutes: Legal will not let patient notes leave the trust's tenant, even pseudonymised.
Post-mortem: pen test found the scoring API open to the internet; go-live pulled, never rescheduled.
chat: infosec wants a full vendor questionnaire for the OCR library, 212 questions
Closure reason: "unable to obtain regulator's non-objection within the programme window".
email: "the works council has to approve anything that touches employee performance data, next sitting is in March"
The model validation unit asked for an explainability report under SR 11-7; we don't know how to write one.
Portfolio review: on hold pending the outcome of the EU AI Act classification exercise.
The GxP validation package for a learning model was estimated at 8 months by QA.
Minutes: export-control review needed because the vessel data includes sanctioned routes.
The cloud region we need isn't on the group's approved list; exception request denied twice.
Post-mortem bullet: we collected consent for "service improvement", not for profiling.
chat: CAB rejected the release again, missing threat model
Student records can't be used without parental consent forms; the district never sent them out.
The ethics committee sent the protocol back with 34 questions.
Registry: stalled, "awaiting records management approval for retention schedule".
Health authority wants the diagnostic aid registered as a medical device before any clinical use.
The broadcaster's legal team says training on archive footage may breach talent contracts.
email pasted: "we can't share the meter data with the DSO, our licence conditions forbid it"
Audit flagged that the training extract contained full card numbers; everything frozen since.
Minutes: the bank's second line asks for a model risk tier before the pilot; tiering committee meets twice a year.
The data sharing agreement with the municipality has been in legal review for 11 months.
Post-mortem: the vendor's SOC 2 report was expired; procurement refused to sign.
chat: the DPO says the retention of call recordings for training is not covered
Pharmacovigilance insists every model change is a controlled document change; 6-week cycle each time.
The farm data belongs to the growers under the co-op statutes and they voted against sharing.
Closure: "legal basis for processing could not be established".
Security architecture board wants the model hosted in the restricted zone, which has no GPUs.
Minutes: anti-discrimination review requested after the pilot's approval rates differed by postcode.
The public tender rules mean the pilot vendor can't continue without a new procurement.
email: "our insurer says automated decisions on claims need a human in the loop documented per case"
Port security declared the camera feeds classified; no one can label them outside the port.
Post-mortem: the app was flagged for storing location data on the device unencrypted.
Registry comment: blocked by group policy on generative tools (memo IT-SEC-2025-14).
The privacy notice would need to be re-sent to 2.1 million customers before we could score them.
chat: the CISO asked who approved the S3 bucket. nobody. pilot paused.
The accreditation body questioned whether the lab could still claim ISO 17025 with an automated step.
Minutes: no agreement with the union on surveillance concerns around the yard cameras.
The transfer impact assessment for the US-hosted annotation service came back negative.
Post-mortem bullet: we discovered late that the sector regulator requires a 90-day notification.
The ministry's legal service classified the risk model as a decision on citizens; new legal act needed.
Pen test retest failed on session handling; the fix needs a platform upgrade scheduled for next year.
chat: "can't give you prod data, even masked" — final word from data governance
Ethics approval covered retrospective use only; prospective deployment needs a new application.
""", "es": """
La evaluación de impacto lleva desde marzo en el despacho del delegado de protección de datos.
Acta: la asesoría jurídica no permite que los informes clínicos salgan del hospital, ni anonimizados.
chat: ciberseguridad pide rellenar un cuestionario de 180 preguntas por cada librería
Cierre: "no se obtuvo el visto bueno del supervisor dentro del plazo".
El comité de ética devolvió el protocolo con 28 observaciones.
correo: "sin convenio firmado con el ayuntamiento no podemos tocar el padrón"
El convenio de cesión de datos con la comunidad autónoma lleva diez meses en revisión.
Post-mortem: la prueba de intrusión encontró la API abierta a internet y se canceló la puesta en marcha.
Auditoría interna encontró números de tarjeta completos en el extracto y se congeló todo.
La mesa de contratación dice que el proveedor del piloto no puede seguir sin nuevo concurso.
chat: el comité de cambios rechazó el pase otra vez, falta el análisis de amenazas
Los datos de la cooperativa son de los socios y votaron en contra de compartirlos.
El Banco de España pide documentación de gobierno del modelo antes de cualquier uso.
Revisión de cartera: parado hasta saber cómo encaja en el reglamento europeo de IA.
El consentimiento recogido era para "mejorar el servicio", no para perfilar.
La representación sindical no acepta cámaras que analicen el ritmo de trabajo en el muelle.
Registro: "bloqueado por la política corporativa sobre herramientas generativas".
""", "it": """
La cooperativa sociale non può ricevere i dati dei comuni senza una nomina a responsabile esterno, mai firmata.
Verbale: l'ufficio legale non autorizza l'uso dei referti fuori dal perimetro aziendale.
Chiusura: "mancato nulla osta dell'autorità di vigilanza nei tempi del programma".
Il comitato etico ha restituito il protocollo con 40 richieste di chiarimento.
mail: "le RSU devono approvare qualsiasi cosa tocchi i dati di produttività, prossima riunione a marzo"
La validazione GMP del modello è stata stimata in otto mesi dalla qualità.
La normativa sugli appalti impedisce di proseguire con il fornitore del pilota senza nuova gara.
La Banca d'Italia chiede la documentazione di governo del modello prima di qualsiasi uso.
L'informativa andrebbe rimandata a un milione e mezzo di clienti prima di poterli valutare.
Le telecamere del porto sono state classificate riservate, nessuno può etichettarle all'esterno.
Registro: bloccato dalla circolare interna sugli strumenti generativi.
chat: l'ufficio privacy dice che le registrazioni del call center non si possono tenere oltre 30 giorni
Il Garante ha chiesto chiarimenti sul trattamento e tutto è sospeso in attesa della risposta.
Il dispositivo di supporto alla diagnosi va marcato CE come dispositivo medico prima dell'uso in corsia.
Audit interno: l'estratto di addestramento conteneva codici fiscali in chiaro, tutto congelato.
Il responsabile della conservazione non ha approvato il piano di scarto dei documenti usati per l'addestramento.
La regione chiede un parere dell'Avvocatura prima di usare i dati delle aziende sanitarie.
""", "pt": """
A distribuidora não pode compartilhar as leituras com a parceira sem aditivo aprovado pela agência reguladora.
Encerramento: "sem autorização do regulador dentro do prazo do programa".
O Banco Central exige documentação de governança do modelo antes de usar em crédito.
A LGPD exige base legal que ninguém conseguiu definir para esse uso.
chat: a auditoria achou CPF sem máscara no arquivo de treino, tudo parado
O Tribunal de Contas questionou a contratação direta do fornecedor do piloto.
A ANVISA quer o software registrado como dispositivo médico antes de ir para a enfermaria.
e-mail: "o sindicato não aceita câmera analisando ritmo de trabalho no pátio"
O jurídico da emissora diz que treinar com o acervo pode violar contrato de imagem dos artistas.
Registro: "bloqueado pela política corporativa de IA generativa".
O termo de consentimento falava em "melhoria do serviço", não em perfilamento.
""", "nl": """
De verwerkersovereenkomst met het annotatiebureau in India is door de jurist afgekeurd.
Notulen: Juridische Zaken staat niet toe dat dossiers buiten de eigen omgeving komen, ook niet gepseudonimiseerd.
Afsluitreden: "geen toestemming van de toezichthouder binnen de programmaperiode".
mail: "de OR moet instemmen met alles wat prestatiedata raakt, volgende vergadering in maart"
Het gegevensdelingsconvenant met de gemeente ligt al elf maanden bij juristen.
De aanbestedingsregels verbieden doorgaan met de pilotleverancier zonder nieuwe aanbesteding.
De CISO vroeg wie de opslagbucket had goedgekeurd; niemand, dus pilot gepauzeerd.
chat: de BIO-toets voor de cloudleverancier is na zes maanden nog niet af
De Inspectie wil dat de beslisondersteuning als medisch hulpmiddel wordt gecertificeerd.
Na de toeslagenaffaire wil de directie geen enkel risicomodel op burgers meer zonder wetswijziging.
De archiefwet staat niet toe dat de gescande bouwdossiers buiten het e-depot worden verwerkt.
""", "de": """
Die Gemeinde darf die Meldedaten ohne landesrechtliche Grundlage nicht weitergeben, der Erlass fehlt.
Protokoll: die Rechtsabteilung lässt Arztbriefe nicht aus der Klinikumgebung, auch nicht pseudonymisiert.
Abschlussgrund: "keine Freigabe durch die Aufsicht im Programmzeitraum".
Mail: "der Betriebsrat muss allem zustimmen, was Leistungsdaten berührt, nächste Sitzung im März"
Die BaFin-Vorgaben zur Modellrisikosteuerung verlangen eine Dokumentation, die niemand schreiben kann.
Das Vergaberecht erlaubt keine Fortsetzung mit dem Pilotanbieter ohne neue Ausschreibung.
Chat: das BSI-Grundschutz-Audit für den Cloud-Anbieter hängt seit einem halben Jahr
Die Exportkontrolle hat die Schiffsdaten wegen Routen durch sanktionierte Gewässer gesperrt.
Der Datenschutzbeauftragte des Landes hält die Einwilligung der Eltern für unwirksam.
Register: "blockiert durch die Konzernrichtlinie zu generativen Werkzeugen".
"""}
