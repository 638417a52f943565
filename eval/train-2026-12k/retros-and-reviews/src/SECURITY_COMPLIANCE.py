LABEL = "SECURITY_COMPLIANCE"
S = {"en": """
What went wrong: the DPIA was started in month five, and the DPO's conclusion was that we had no lawful basis for the voice recordings.
Retro: the pilot was ready in March but the works council did not approve monitoring of warehouse pickers, and it never went live.
Audit finding 1.2: the credit model was deployed without independent model risk validation, so it was switched off pending review.
We first blamed the cloud migration, but the real holdup was data residency; patient data could not leave the EU region.
Post-mortem: the penetration test found prompt injection paths into the HR chatbot, and the CISO withdrew approval.
Lessons learned: get Legal in at kickoff. The contract with the vendor allowed them to train on our customer data.
Quarterly portfolio review: Face Check stopped, classified as high-risk under the AI Act and not worth the conformity work.
Vendor status, week 14. Security questionnaire (412 questions) still under review by client InfoSec, no work can start until it clears.
The retrospective noted that consent captured in the app did not cover use of photos for model training.
What went wrong: the regulator asked for explainability of every declined claim, and the gradient-boosted model could not provide it.
Post-mortem: a legal hold on the email archive meant we could not touch the training data for the duration of the litigation.
Finding 4: no record of processing activities entry for the churn model; GDPR Article 30 breach raised.
Status red, sorry. Model Risk Committee deferred approval again and wants more back-testing on stressed periods, so no launch this year.
Retro comment: three months of waiting for a yes from the privacy office, then a no. Moving the team to the next use case.
Initially we said it was a procurement delay, but the vendor failed the third-party risk assessment on encryption at rest.
Lessons-learned register: the model used postcode as a feature, and compliance flagged it as a proxy for ethnicity.
Audit observed that production access was granted to the external data scientists without a signed NDA or access review.
Post-mortem: the bank's outsourcing policy requires notifying the supervisor for material cloud use, and nobody had done it.
Quarterly review: the LLM assistant remains blocked; Group Security has banned sending client data to external APIs.
What went wrong: the US-hosted transcription service was not allowed under our public sector data classification.
Retro: the ethics board asked for a bias assessment across age groups, which we could not produce in time.
Post-mortem: pharmacovigilance rules meant every model output would have had to be validated as a GxP system.
Finding: the automated decision on benefit applications falls under Article 22 and lacked human review.
Vendor report Q3: go-live blocked, awaiting client's sign-off of the data processing agreement.
The first suspect was the slow vendor, the actual cause was the SOC 2 report they could not provide.
Lessons learned: the works council has co-determination rights on any tool that can measure performance, we ignored that and lost a year.
Nothing new from the team side this week. Status: on hold until the DPO completes the legitimate interest assessment.
Post-mortem: model training on production data was forbidden by the data classification policy, and synthetic data was not ready.
Audit note: no model inventory entry, no risk tiering, no validation report; the fraud model does not meet SR 11-7 expectations.
What went wrong: the insurer's legal team concluded that using social media data for underwriting was reputationally and legally unacceptable.
Retro: the security architecture review took 19 weeks and demanded a private deployment we could not afford.
The quarterly portfolio review closed the CV screening pilot after legal advice on discrimination risk.
Post-mortem: customers had not been informed that calls were analysed by AI, so the privacy notice had to be rewritten and the project paused.
Finding 3.1: the vendor's model is hosted outside the EEA, no transfer impact assessment was done.
Retro: IT security would not open the firewall to the vendor SaaS, and there was no exception process.
Lessons learned: in a hospital, the medical device regulation applies sooner than you think; our triage tool was a medical device.
We thought the business had lost interest, but it was actually the compliance officer who kept it off the release calendar.
Status update: the internal audit recommendation to stop scoring until explainability is documented has been accepted.
Post-mortem: the telco's lawful intercept rules meant call content could not be processed by third parties.
What went wrong: the model's training data included children's records, which the privacy board ruled out immediately.
Vendor Q2 report, page 3. Delivery paused because the client's legal department has not approved the IP clauses.
Retro: the access review found 40 people with raw data access; everything was frozen until permissions were cleaned up.
Audit close-out meeting is booked for the 9th. Open finding: the AI Act transparency obligations for the chatbot were never assessed, so launch stays frozen.
Post-mortem: the pension fund's board did not accept a black-box model for member communications after the regulator's letter.
Lessons-learned: the red-team exercise showed the assistant would leak salary data, so it was pulled the day before launch.
The quarterly review notes Anonymise-It was stopped: re-identification risk could not be brought below the DPO's threshold.
Retro: the data sharing agreement between the two municipalities was never signed, legal disagreed on controller roles.
Status amber. Security accreditation for the air-gapped network will take at least two more quarters, and we cannot deploy before it.
Steerco went through budget first, fine. Then Compliance said the emotion recognition feature is prohibited, and that was the end of it.
What went wrong: export control classification of the engineering drawings prevented sending them to the vendor's model.
Audit finding: model decisions are not logged, making regulatory audit trails impossible.
Post-mortem: the telemetry from cars counted as personal data and the OEM's privacy team blocked the use.
Lessons learned: we should have booked the DPIA slot in January. The privacy team's queue was six months long and we joined it in July.
Finding 2: vendor failed the pen test twice, and contract terms did not oblige them to fix findings.
""", "fr": "", "de": "", "es": "", "nl": ""}
S["fr"] = """
REX : l'AIPD a conclu que la reconnaissance des plaques en parking privé n'avait pas de base légale, fin du pilote.
Le RSSI a refusé l'ouverture d'un flux sortant vers l'API du fournisseur de LLM, aucune dérogation possible.
Bilan : l'hébergeur retenu n'était pas certifié HDS, les comptes rendus d'imagerie ne pouvaient pas quitter le GHT.
La clause de propriété intellectuelle sur les modèles entraînés a bloqué la signature pendant cinq mois.
Revue trimestrielle : outil d'aide à la rédaction des jugements suspendu après avis du Conseil supérieur de la magistrature.
La CNIL a été saisie par un syndicat, le projet de vidéo intelligente en gare est gelé.
Constat d'audit : aucune analyse de risque modèle pour le score d'octroi, la direction des risques exige un gel.
L'ACPR a demandé la documentation complète du modèle de provisionnement, que nous n'avions pas.
Le registre des traitements ne mentionnait pas l'usage des courriels des clients, le DPO a stoppé l'entraînement.
Le marché public prévoyait un hébergement SecNumCloud, l'offre retenue ne l'était pas.
Le test d'intrusion a permis d'extraire le prompt système et des extraits de contrats, le RSSI a retiré son accord.
Les données des mineurs suivis par l'aide sociale à l'enfance ne pouvaient légalement pas servir à entraîner quoi que ce soit.
Le service juridique a estimé que l'usage des avis Google des concurrents violait leurs conditions d'utilisation.
La validation par le médecin responsable de l'information médicale n'a jamais été obtenue.
Avis défavorable du CSE sur le suivi de la productivité des téléconseillers, conformément à son droit de consultation.
Rien de neuf côté équipe. Homologation de sécurité repoussée, le dossier de risques doit être refait avec l'ANSSI, donc pas de pilote avant l'automne.
Tout était prêt techniquement. Mais la géolocalisation des agents relève du droit du travail, et le juridique a dit non.
"""
S["de"] = """
Lessons Learned: Die Personalvertretung des Landesamts hat die Auswertung der Bearbeitungszeiten nach dem Personalvertretungsgesetz abgelehnt.
Die BaFin-Prüfung nach MaRisk ergab, dass unser Modell nicht in das Modellinventar aufgenommen war, Einsatz sofort untersagt.
Die Datenschutzaufsicht des Landes hat die Nutzung der Videoaufnahmen aus den Bussen für das Training untersagt.
Abschlussbericht: Der C5-Nachweis des Cloud-Anbieters fehlte, ohne ihn durften Sozialdaten nicht verarbeitet werden.
Quartalsreview: Sprachassistent gestoppt, die Informationssicherheit stuft jede Eingabe in externe Modelle als Datenabfluss ein.
Im Klinikum war das Tool als Medizinprodukt der Klasse IIa einzustufen, die Zertifizierung hätte Jahre gedauert.
Die Rechtsabteilung sah in der automatischen Kündigungsprüfung eine unzulässige automatisierte Einzelentscheidung.
Statusbericht Dienstleister, Kalenderwoche 47. Wir warten seit zehn Wochen auf das Ergebnis der ISMS-Prüfung beim Kunden und dürfen bis dahin nicht starten.
Der Einsatz von Gesundheitsdaten der Mitarbeitenden für die Schichtplanung wurde vom Betriebsarzt und dem Datenschutz gestoppt.
Die Ausfuhrkontrolle stufte die Simulationsdaten als Dual-Use ein, eine Verarbeitung beim US-Anbieter war damit ausgeschlossen.
Beim Pentest ließ sich das Dashboard ohne Anmeldung aus dem Gastnetz aufrufen, damit war die Freigabe vom Tisch.
Das Steuergeheimnis verhinderte, dass die Finanzverwaltung die Belege einem externen Dienstleister zum Labeln gab.
Laut Gutachten zur KI-Verordnung hätte die Bonitätsprüfung eine Konformitätsbewertung gebraucht, für die niemand Kapazität hatte.
Die Auftragsverarbeitung mit dem Schweizer Anbieter scheiterte an ungeklärten Unterauftragnehmern.
Der Konzerndatenschutz verlangte eine Anonymisierung der Telematikdaten, die das Modell unbrauchbar gemacht hätte.
Lenkungskreis war konstruktiv, Budget passt. Leider hat der Betriebsrat die Mitbestimmung geltend gemacht, bis zur Einigung steht alles.
"""
S["es"] = """
Lecciones aprendidas: la AEPD respondió a nuestra consulta que el reconocimiento facial para fichar no era proporcional.
El comité de ética del hospital no autorizó usar historias clínicas sin consentimiento específico para el estudio.
Informe trimestral: asistente para abogados parado, el colegio profesional advirtió sobre el secreto profesional.
El Esquema Nacional de Seguridad exigía categoría alta para el sistema y el proveedor solo tenía certificación media.
Hallazgo de auditoría: el modelo de scoring se usó para denegar créditos sin revisión humana, contra lo previsto en el RGPD.
Los representantes de los trabajadores denunciaron ante la Inspección de Trabajo el uso del algoritmo para asignar turnos.
Informe del proveedor: contrato de encargado del tratamiento pendiente de firma por el departamento legal del cliente. Hasta entonces no podemos tocar datos.
Ciberseguridad prohibió que los datos de clientes salieran hacia un modelo alojado fuera del Espacio Económico Europeo.
La prueba de penetración descubrió que el bot devolvía datos de otras pólizas con preguntas bien formuladas.
Mal día. El Banco de España exigió documentación de validación del modelo que no se había preparado.
Todo listo técnicamente, buena demo. Pero el delegado de protección de datos no ha firmado la evaluación de impacto y sin eso no arrancamos.
"""
S["nl"] = """
Evaluatie: de Autoriteit Persoonsgegevens liet weten dat het gebruik van wifi-tracking in het station niet zonder toestemming mocht.
Na de toeslagenaffaire wilde het college geen enkel risicomodel meer zonder externe toets, en die toets kwam er niet.
Kwartaalrapportage: de ondernemingsraad heeft zijn instemmingsrecht ingeroepen op het inzetten van sensoren in de magazijnen.
De bank mocht het model van DNB pas gebruiken na een onafhankelijke validatie, die niet begroot was.
Auditbevinding: het algoritme stond niet in het algoritmeregister en er was geen IAMA uitgevoerd.
Slecht nieuws uit het securityoverleg. De CISO verbood het versturen van dossiers naar een taalmodel buiten de eigen tenant.
Leveranciersrapport: de verwerkersovereenkomst ligt al vier maanden bij Juridische Zaken zonder reactie. Zonder handtekening mogen we niet starten.
De beveiligingstoets liet zien dat de leverancier met één gedeeld beheerwachtwoord werkte, de CISO weigerde akkoord.
Het medisch-ethisch comité oordeelde dat het gebruik van dossiers onder de WMO valt, met een traject van een jaar.
Voor overheidsgebruik moest de hosting voldoen aan de BIO, en de leverancier kon dat niet aantonen.
De kwartaalcijfers zijn binnen. Verder vindt Juridische Zaken dat de klantgesprekken zonder nieuwe toestemming niet gebruikt mogen worden, dus we staan stil.
"""
S["en"] += """
Retro: the insurer's model risk team classed the pricing model as tier 1, which meant a validation queue of nine months we had not planned for.
"""
