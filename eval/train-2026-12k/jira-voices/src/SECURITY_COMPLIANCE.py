LABEL = "SECURITY_COMPLIANCE"
S = {"en": """DPIA came back with 9 high risks; DPO won't sign until we drop the voice recordings. Without them there's no use case.
Blocked by infosec: the LLM vendor can't show where prompts are stored. SEC-311.
Closing. Legal says using employee chat logs for the attrition model needs works council consent, which was refused on 12 May.
Model risk management classified the scorecard as tier 1; the validation queue is 7 months.
Pen test found the inference endpoint exposed without auth in staging. Go-live cancelled pending re-review.
Data residency: the vendor only hosts in us-east, our patient data must stay in the EU. Dead end.
The AI Act assessment puts the CV screening tool in high-risk. Nobody budgeted for the conformity work.
Compliance flagged that the pricing model uses postcode, which proxies ethnicity in two of our regions. Paused.
Legal hold on the 2022 claims data because of the class action. We can't touch it for training.
Still waiting on the third-party risk assessment for the annotation vendor, 14 weeks and counting.
CISO rejected the architecture: customer PII would leave the tenant for embedding.
Privacy team: purpose limitation. Data was collected for billing, not for marketing propensity. End of discussion.
The regulator's guidance on explainability for credit decisions means a gradient-boosted model isn't acceptable as-is.
Ethics board asked for a bias audit across age groups before any pilot. We never got the funding for it.
The Betriebsrat wants full transparency on whether the productivity model can evaluate individuals. Talks stalled in August.
Export control review: the defect images contain drawings of a dual-use component. Can't send them to the cloud labeling service.
Audit finding from internal audit (IA-2025-17): no access logging on the training data store. Project frozen until remediated.
Consent for secondary use of the lab samples was never collected, so the research ethics committee said no.
Closing as Won't Do. Records management says recordings must be deleted after 90 days, model needs a year.
The bank's model governance policy requires a challenger model and independent validation. We had neither.
Cloud security baseline says no public endpoints. The vendor's SaaS has only public endpoints.
Can't use production data in dev per policy ISP-4.2, and masked data kills the signal.
Security review flagged prompt injection risk on the customer-facing assistant; no mitigation we could agree on.
Procurement's vendor due diligence found the startup has no ISO 27001 or SOC 2. Contract blocked.
Legal won't approve scraping competitor prices; terms of service and database rights. Whole use case rests on it.
Under the new supervisory statement we'd need to register the model and document the training data lineage. Not possible with what we have.
DPO asked: can a patient object? We couldn't design an opt-out that works. On hold.
The penetration test report lists 3 criticals, the fix requires re-architecting auth. Parked.
Data sharing agreement with the municipality expired and the new one is stuck with their lawyers since March.
Works council veto on camera-based picking quality checks. Cameras were considered employee monitoring.
Model is done. Just can't get the security sign-off to connect it to the HR system.
The AI governance committee meets quarterly and sent it back twice for missing documentation.
Encryption at rest isn't supported by the GPU cluster we were given, infosec says no sensitive data on it.
Telco regulator rules on traffic data mean we can't use location pings for churn. Found out at the legal review in week 10.
Closing: the insurer's actuarial function refused to certify the pricing model for Solvency II purposes.
The clinical safety officer classified it as a medical device under MDR. CE marking is not something we can do as an IT project.
No one could answer whether the training data includes children's data. Privacy said stop until we know.
Vendor contract says they may use our data to improve their models. Legal said absolutely not, vendor won't change it.
Retention policy forced deletion of half the training history mid-project.
Storing free-text complaints in the lake violated the classification policy; data had to be purged.
Our FRIA (fundamental rights impact assessment) stalled because no one in the org owns that process yet.
Model uses gender as a feature, which the anti-discrimination review rejected outright; without it performance collapses.
Update from the risk committee: approved in principle, subject to 14 conditions. Half are unachievable this year.
Can't get a security exception for the Python packages, they need to be scanned and approved individually. 340 packages.
GDPR Art. 22 concern: automated decision with legal effect. Legal wants a human in the loop for every case, which kills the business case.
Third attempt at the DPIA, DPO still unhappy with the retention section.
The FCA-style model inventory requirement means we need a named model owner, validation report and monitoring plan before any go-live.
Blocked by the "no GenAI with customer data" interim policy from the board, issued 3 Sept.
The central bank inspection is next quarter and compliance froze all new scoring models until it's over.
The supplier's LLM is hosted in a country not covered by an adequacy decision; SCCs not accepted by legal.
Cybersecurity says OT data may not leave the plant network under the NIS2 programme. No exceptions.
Audit trail requirement: every prediction must be explainable to the customer on request. We can't deliver that with this model.
We need a legal basis for processing health data for this purpose. Legal says there isn't one.
Closing. Governance approval never came through, security review queue too long for the pilot window.
The union asked for an independent assessment of the scheduling algorithm. Management chose to pause rather than commission it.""",
"de": """Die Datenschutz-Folgenabschätzung ist nach der dritten Überarbeitung immer noch nicht abgenommen.
Konzernbetriebsrat will eine Betriebsvereinbarung zu KI, bis dahin keine Pilotierung mit Mitarbeiterdaten.
Die Informationssicherheit hat den SaaS-Anbieter im Lieferantenaudit durchfallen lassen, kein ISMS-Nachweis.
Der KI-Verordnung nach ist die Bewerberauswahl ein Hochrisikosystem, Konformitätsbewertung nicht eingeplant.
Rechtsabteilung sieht für die Auswertung der Gesprächsnotizen keine Rechtsgrundlage.
Die Aufsicht hat im Prüfungsbericht Mängel im Modellrisikomanagement festgestellt, alle neuen Modelle ruhen.
Die Stadtverwaltung darf Meldedaten nicht an externe Rechenzentren übermitteln.
Pentest-Befund: Modell-Endpunkt ohne Authentifizierung aus dem Intranet erreichbar. Freigabe zurückgezogen.
Ohne Einwilligung der Versicherten keine Nutzung der Gesundheitsdaten für die Tarifierung.
Der Auftragsverarbeitungsvertrag mit dem Sprachmodell-Anbieter scheitert an der Drittlandübermittlung.
Interne Revision verlangt ein vollständiges Berechtigungskonzept, bevor Trainingsdaten kopiert werden.
Exportkontrolle: Konstruktionszeichnungen dürfen nicht an den Annotationsdienstleister in Indien.
Datenschutzbeauftragte moniert fehlende Löschkonzepte, Projekt gestoppt bis zur Nachbesserung.
Die Ethikkommission der Uniklinik hat den Antrag zurückgestellt, Nachforderungen zum Studienprotokoll.
NIS2-Vorgaben: Betriebstechnik-Daten dürfen das Leitsystem-Netz nicht verlassen.
Compliance sieht ein Diskriminierungsrisiko, weil die Postleitzahl im Modell als Ersatzmerkmal wirkt.
Das Modell ist als Medizinprodukt einzustufen, eine Zertifizierung ist für uns nicht leistbar.
Freigabe durch das KI-Gremium steht aus, Sitzung wurde zweimal verschoben.
Laut Informationssicherheitsrichtlinie keine Produktionsdaten in der Entwicklungsumgebung, anonymisiert ist das Signal weg.
Durch das Kartellverfahren liegt eine Aufbewahrungsanordnung auf den Vertriebsdaten.
Die Aufsichtsbehörde fordert Erklärbarkeit jeder Ablehnung, das kann unser Modell nicht.
Sicherheitsabnahme offen seit KW 28, ohne sie kein Anschluss ans Personalsystem.""",
"fr": """La CNIL a été saisie par un syndicat sur la vidéo en entrepôt, direction juridique demande de tout suspendre.
Les données de santé doivent rester chez un hébergeur certifié HDS, notre fournisseur ne l'est pas.
Le comité d'éthique de l'établissement a rejeté l'usage des dossiers de mineurs.
La direction des risques classe le modèle de tarification en critique, validation indépendante obligatoire, pas de ressources pour la faire.
Clause du contrat éditeur : droit de réutilisation des prompts. Le juridique bloque la signature.
Audit RGPD interne : finalité initiale incompatible avec le ciblage marketing, arrêt du projet.
Les représentants du personnel contestent l'outil de planification, vu comme un contrôle de productivité.
Notre RSSI interdit tout appel à une API d'IA publique depuis le réseau interne.
Secret bancaire : les libellés de virements ne peuvent pas être envoyés en dehors de la banque.
Le test d'intrusion a révélé une fuite possible des données d'autres clients via l'assistant.
La revue de conformité AI Act demande une documentation technique que personne n'a le temps de rédiger.
Archivage légal : les enregistrements doivent être détruits après six mois.
Procédure contentieuse en cours, les données des dossiers concernés sont gelées.
Le juridique refuse la collecte de prix sur les sites concurrents, conditions d'utilisation et droit des bases de données.
En attente de l'avis du DPO depuis la mi-septembre, relancé trois fois.
L'analyse de biais demandée par le comité de gouvernance n'a jamais pu être financée.
Dossier d'homologation sécurité refusé, trop d'écarts par rapport au référentiel interne.""",
"nl": """Legal: voor het koppelen van schuldgegevens aan klantprofielen is geen grondslag, einde verhaal.
De FG accepteert geen profilering van huurders op basis van betalingsgedrag.
Privacy officer: BSN mag niet in de trainingsset, zonder BSN kunnen we de bronnen niet koppelen.
Gemeentelijke CISO staat geen verwerking buiten de Nederlandse overheidscloud toe.
Modelrisicocommissie eist een challengermodel en onafhankelijke validatie, daar is geen capaciteit voor.
De cao verplicht overleg met de vakbond bij algoritmisch roosteren, dat overleg loopt vast.
Dataverwerkersovereenkomst met de Amerikaanse leverancier is niet rond te krijgen.
Na de toeslagenaffaire wil het bestuur geen risicomodellen meer op burgers, ongeacht de kwaliteit.
Compliance vindt de uitlegbaarheid onvoldoende voor kredietbeslissingen.
Het algoritmeregister vraagt een impacttoets die we niet kunnen invullen zonder juridisch advies.
Penetratietest toonde dat medewerkers via de chatbot bij HR-dossiers konden. Direct uitgezet.
Bewaartermijnen van de Archiefwet botsen met het langer bewaren van trainingsdata.
Beveiligingsbeleid: geen open-source modellen van onbekende herkomst op het interne netwerk.
Het ethisch beraad in het ziekenhuis wil eerst een bias-analyse op leeftijd en herkomst. Niet gefinancierd.
In afwachting van goedkeuring door de AI-commissie, die pas in maart weer vergadert.
Inspectie kondigde onderzoek aan naar geautomatiseerde besluitvorming, nieuwe modellen opgeschort."""}
