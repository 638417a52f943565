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
Records of processing were never updated for the new purpose, so the privacy team blocked the nightly feed until the register, the notice to customers and the legitimate-interest assessment are done.
Legal team still arguing about who owns the IP of fine-tuned weights.
Our ISO 27001 auditors want every training data source classified, a retention rule agreed for each, and an access log produced before the model may leave the test environment; go-live is off.
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
Le CSE doit rendre son avis, prochaine séance en février.
le juridique a bloqué : les CGU ne couvrent pas l'usage des photos clients pour l'entraînement
Classement « haut risque » au titre de l'AI Act, et rien n'est prévu pour la conformité.
L'ACPR attend une documentation du modèle qu'on ne sait pas produire.
Pas de clauses contractuelles types pour le transfert vers l'équipe au Maroc.
Le référent déontologie de l'hôpital veut un avis du comité d'éthique avant tout essai.
Homologation RGS non obtenue, le service ne peut pas ouvrir aux usagers.
La commission d'accès aux documents administratifs doit se prononcer sur les données des élèves.
La clé d'API aurait été stockée dans une appli que l'audit a épinglée.
Le fournisseur refuse de signer la clause de non-réutilisation de nos données, et sans cette clause le service juridique interdit tout envoi de dossiers clients vers sa plateforme, même pseudonymisés.
""", "es": """
La evaluación de impacto sigue en manos del delegado de protección de datos desde mayo.
El comité de empresa tiene que aprobarlo y no se reúne hasta febrero.
jurídico dice que el consentimiento de la app no cubre usar los audios para entrenar
Compras devolvió el contrato porque faltaba el acuerdo de encargo de tratamiento.
El Esquema Nacional de Seguridad exige una certificación que el proveedor no tiene.
El Banco de España espera una documentación del modelo que no tenemos.
Auditoría interna frenó el despliegue por falta de trazabilidad de las decisiones.
El comité de ética del hospital exige ensayo con consentimiento informado.
No podemos usar las cámaras, los carteles no informan de ese uso.
La transferencia a los servidores en Estados Unidos no tiene cláusulas tipo firmadas.
Ciberseguridad encontró que el asistente revela datos de otros clientes con un prompt sencillo.
El sindicato denunció el sistema de turnos ante inspección de trabajo.
""", "it": """
La DPIA è ferma dal DPO da maggio.
Serve l'accordo sindacale per l'articolo 4 dello Statuto dei lavoratori.
il Garante ha aperto un'istruttoria su un caso simile e il legale ha detto di aspettare
Il contratto col fornitore è tornato indietro senza nomina a responsabile del trattamento.
La Banca d'Italia chiede una documentazione del modello che non abbiamo.
AgID: il servizio cloud non è qualificato, non possiamo usarlo per la PA.
Il comitato etico vuole un audit sui bias prima dell'uso sui pazienti.
Il penetration test ha trovato l'endpoint aperto a tutta la rete, go-live sospeso.
L'audit ha trovato dati sanitari senza base giuridica nel dataset.
La licenza del modello open source vieta l'uso commerciale, dice l'ufficio legale.
La sicurezza non approva l'invio delle registrazioni a un'API negli Stati Uniti.
IVASS richiede che ogni rifiuto di polizza sia motivato, il modello non lo permette.
""", "pt": """
A avaliação de impacto está com o encarregado de dados desde maio.
A CNPD ainda não respondeu à consulta prévia.
LGPD: o jurídico diz que o consentimento do app não cobre treino de modelo
Compras devolveu o contrato por falta do acordo de tratamento de dados.
O Banco Central exige documentação do modelo que não temos.
A ANVISA trata isto como dispositivo médico, e o registo leva meses.
A comissão de trabalhadores tem de dar parecer e só reúne em fevereiro.
O pentest encontrou o endpoint aberto para toda a rede, go-live congelado.
A segurança da informação proibiu colar documentos de clientes no chatbot.
Os dados pessoais iriam para servidores fora da UE sem cláusulas contratuais.
A auditoria interna travou o projeto por falta de registo das decisões.
O comitê de ética pede auditoria de viés antes de usar com pacientes.
""", "nl": """
De DPIA ligt sinds mei bij de FG.
De ondernemingsraad heeft instemmingsrecht en vergadert pas in februari.
de FG zegt dat de toestemming in de app niet geldt voor het trainen van een model
Inkoop stuurde het contract terug zonder verwerkersovereenkomst.
DNB verwacht modeldocumentatie die we niet hebben.
Na de toeslagenaffaire wil de gemeenteraad eerst een algoritme-audit.
Het algoritmeregister vraagt een toelichting die juridische zaken niet durft te geven.
De pentest vond het model-endpoint open voor het hele netwerk, livegang bevroren.
Security keurt het versturen van gespreksopnames naar een Amerikaanse API af.
De ethische commissie wil eerst een bias-audit voordat patiënten het zien.
De BIO-toets is niet gehaald, dus geen productie.
De audit vond gezondheidsgegevens zonder grondslag in de trainingsset.
"""}
