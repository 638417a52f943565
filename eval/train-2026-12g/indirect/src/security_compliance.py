LABEL = "SECURITY_COMPLIANCE"
S = {"en": """
DPIA submitted in May, still 'under review' with the DPO.
InfoSec won't sign off on sending call recordings to a US-hosted API.
Works council has to approve anything that scores employees, next meeting is in February.
The pen test found the model endpoint open to the whole corporate network; go-live frozen.
Legal says the training data includes customer emails we never had consent to reuse.
CISO: no production data outside the EU region, full stop.
Model risk management wants a validation pack we don't know how to produce.
Art. 22 concerns: the credit decision can't be fully automated, so the pilot is paused.
chat: procurement sent the vendor contract back, no DPA attached
Ethics board asked for a bias audit across age bands before any patient sees it.
Regulator expects explainability for each denied claim; the gradient boosting model can't give one we can defend.
Third-party risk questionnaire for the LLM vendor: 212 questions, 40 unanswered.
The EU AI Act classification came back 'high risk' and the conformity work isn't planned.
We can't use the CCTV footage; signage never said it would be used for analytics.
Security architecture review board meets quarterly and we missed the slot.
Union objected to the shift-prediction tool under the collective agreement.
Data sharing agreement between the two health boards is stuck with their solicitors.
Status: blocked, awaiting records-retention sign-off from the archivist.
The bank's model governance committee rejected the submission for lack of documentation.
Pseudonymisation wasn't enough for the privacy office; they want full anonymisation, which kills the signal.
FDA pathway unclear, so the clinical decision support feature is parked.
API keys to the cloud model would sit in an app the auditors flagged last year.
Prompt injection finding from the red team: assistant can leak other customers' orders.
Minutes: compliance requires a human in the loop for every flagged transaction; the business case assumed none.
The export control office won't clear the defect images to leave the site.
Legal hold on the email archive means we can't process it for training.
Children's data: the education authority's legal team says no, not in this form.
Cookie consent covers analytics, not profiling, according to counsel.
SOC 2 report from the startup vendor expired and they won't share the new one.
Can't put the model in the cloud: the defence client's clauses forbid it.
Audit found the training set includes health data categories without a legal basis.
Access to the prisoner records needs security vetting the contractors don't have.
GDPR erasure requests: nobody knows how to remove a person from a trained model, so legal paused it.
The clinical safety officer hasn't signed the hazard log.
Central bank guidelines on model risk apply; the documentation would take a quarter.
our firewall team won't open port 443 to the vendor's inference endpoint
Telemetry from the vehicles counts as location data, so the DPO wants a fresh consent round.
The insurance regulator wants pricing models frozen for 12 months after approval.
Pilot on hold while the anti-discrimination review of the tenant-screening score finishes.
Accessibility audit failed: the assistant can't be used with screen readers, which public bodies must support.
Nobody is allowed to paste client documents into the chatbot per the new acceptable-use policy.
Infosec flagged that the open-source model licence forbids commercial use.
Steering committee: the procurement law review means the vendor contract can't be extended.
Cross-border transfer to the Indian support team isn't covered by SCCs.
The pharmacovigilance process requires validated systems; the model isn't.
Records of processing not updated, so the privacy team blocked the data feed.
Legal team still arguing about who owns the IP of fine-tuned weights.
Our ISO 27001 auditors want the training data classified first.
""", "de": """
Die Datenschutz-Folgenabschätzung liegt seit Mai beim DSB.
Der Betriebsrat muss zustimmen, die nächste Sitzung ist im Februar.
Die IT-Sicherheit lehnt die Übertragung von Gesprächsaufzeichnungen in eine US-Cloud ab.
Pentest: Der Modell-Endpunkt war im ganzen Konzernnetz erreichbar, Go-live gestoppt.
BaFin-Anforderungen an das Modellrisiko sind noch nicht erfüllt.
Die Rechtsabteilung sagt, für diese E-Mails gibt es keine Einwilligung zur Weiterverwendung.
Keine Produktionsdaten außerhalb der EU, sagt der CISO.
der AV-Vertrag mit dem Anbieter fehlt immer noch, Einkauf blockt
Laut Ethikkommission muss erst ein Bias-Audit über Altersgruppen gemacht werden.
Nach KI-Verordnung als Hochrisiko eingestuft, die Konformitätsbewertung ist nicht eingeplant.
Die Videodaten dürfen wir nicht nutzen, die Beschilderung deckt das nicht ab.
Die Revision hat die fehlende Rechtsgrundlage für Gesundheitsdaten bemängelt.
""", "fr": """
L'AIPD est chez le DPO depuis mai, toujours « en revue ».
La RSSI refuse d'envoyer les enregistrements d'appels vers une API hébergée aux États-Unis.
Le CSE doit donner son avis, prochaine séance en février.
Le test d'intrusion a trouvé l'API du modèle ouverte à tout le réseau, mise en production gelée.
Le juridique dit qu'on n'a pas le consentement pour réutiliser ces courriels.
la CNIL va poser des questions, le juridique préfère attendre
Classement « haut risque » au titre de l'AI Act, et rien n'est prévu pour la conformité.
Le comité d'éthique exige un audit de biais avant tout usage patient.
Les images de vidéosurveillance ne peuvent pas servir à l'analyse, l'affichage ne le prévoit pas.
L'ACPR attend une documentation du modèle qu'on ne sait pas produire.
Pas de clauses contractuelles types pour le transfert vers l'équipe au Maroc.
Le contrat fournisseur est revenu des achats sans accord de sous-traitance.
""", "es": """
La evaluación de impacto sigue en manos del delegado de protección de datos desde mayo.
Seguridad no autoriza enviar grabaciones de llamadas a una API en Estados Unidos.
El comité de empresa tiene que aprobarlo y no se reúne hasta febrero.
El pentest encontró el endpoint abierto a toda la red, paramos la salida.
Jurídico dice que no tenemos consentimiento para reutilizar esos correos.
la AEPD, el DPO, el comité de ética... el piloto lleva dos meses parado
Según el reglamento europeo de IA es alto riesgo y no hay plan de conformidad.
El comité de ética pide una auditoría de sesgo antes de usarlo con pacientes.
No podemos usar las cámaras, los carteles no informan de ese uso.
El Banco de España espera una documentación del modelo que no tenemos.
Compras devolvió el contrato porque faltaba el acuerdo de encargo de tratamiento.
La auditoría detectó datos de salud sin base legal en el conjunto de entrenamiento.
""", "it": """
La DPIA è ferma dal DPO da maggio.
La sicurezza non approva l'invio delle registrazioni a un'API negli Stati Uniti.
Serve il parere delle RSU, la prossima riunione è a febbraio.
Il penetration test ha trovato l'endpoint aperto a tutta la rete, go-live sospeso.
L'ufficio legale dice che manca il consenso per riusare quelle email.
il Garante privacy, il DPO, il comitato etico... siamo fermi da due mesi
Con l'AI Act risulta ad alto rischio e la conformità non è pianificata.
Il comitato etico vuole un audit sui bias prima dell'uso sui pazienti.
Le immagini delle telecamere non si possono usare, l'informativa non lo prevede.
La Banca d'Italia chiede una documentazione del modello che non abbiamo.
Il contratto col fornitore è tornato indietro senza nomina a responsabile del trattamento.
L'audit ha trovato dati sanitari senza base giuridica nel dataset.
""", "pt": """
A avaliação de impacto está com o encarregado de dados desde maio.
A segurança não autoriza enviar gravações de chamadas para uma API nos EUA.
A comissão de trabalhadores tem de dar parecer e só reúne em fevereiro.
O pentest encontrou o endpoint aberto para toda a rede, go-live congelado.
O jurídico diz que não há consentimento para reutilizar esses e-mails.
LGPD, DPO, comitê de ética... o piloto tá parado há dois meses
Pelo AI Act é alto risco e ninguém planeou a conformidade.
O comitê de ética pede auditoria de viés antes de usar com pacientes.
Não podemos usar as imagens das câmaras, a sinalização não prevê esse uso.
O Banco Central exige documentação do modelo que não temos.
Compras devolveu o contrato por falta do acordo de tratamento de dados.
A auditoria encontrou dados de saúde sem base legal no treino.
""", "nl": """
De DPIA ligt sinds mei bij de FG.
Security keurt het versturen van gespreksopnames naar een Amerikaanse API af.
De ondernemingsraad moet instemmen, volgende vergadering in februari.
De pentest vond het model-endpoint open voor het hele netwerk, livegang bevroren.
Juridische zaken zegt dat er geen toestemming is om die e-mails te hergebruiken.
AP, FG, ethische commissie... de pilot staat al twee maanden stil
Volgens de AI-verordening hoog risico, en conformiteit is niet gepland.
De ethische commissie wil eerst een bias-audit voordat patiënten het zien.
De camerabeelden mogen niet gebruikt worden, de bebording dekt dat niet.
DNB verwacht modeldocumentatie die we niet hebben.
Inkoop stuurde het contract terug zonder verwerkersovereenkomst.
De audit vond gezondheidsgegevens zonder grondslag in de trainingsset.
"""}
