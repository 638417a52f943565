"""Hand-written spec of the 60 initiatives of blind set 2026-12p.

Sites: A = Skyhaven Technics (airline MRO, English, Jira Cloud REST v3 /search/jql pages with changelog),
       B = Laboratoires Saône-Rhône (pharma manufacturing, French Jira CSV),
       C = Bibliotheeknet Zuidrand (public library network, Dutch Jira CSV).
Stages: D discovery, S strategy, P prototype, E engineering, Y deployment, O operation.
Evidence placement: c = comment on the furthest stage's stories (round robin), d = description of the furthest
stage's first story, p = comment on the previous stage's last story, e = comment on the furthest epic.
Flags: hold (on hold), lag (registry stage one behind Jira), nokpi, noaudit, nosponsor, over (budget overrun),
label (linked only by label initiative:<id> in the site's shared project), epickeys (linked by epic keys in the
shared project), chatty (four chatter comments), good (a good-news comment), retired.
"""

def I(id, site, key, name, subj, bu, tech, bob, out, stage, cause, idle, shape, ev=(), closure="", acc=(), flags=""):
    return dict(id=id, site=site, key=key, name=name, subj=subj, bu=bu, tech=tech, bob=bob, out=out,
                stage=stage, cause=cause, idle=idle, shape=shape, ev=list(ev), closure=closure,
                acc=list(acc), flags=set(flags.split()))

IP, AC, ST, CA = "IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"

SPEC = [
# ---------------- Site A: Skyhaven Technics (MRO, English) ----------------
I("BP-01", "A", "BSTR", "Borescope image triage", "borescope triage", "Engine Shop", "computer-vision", "build",
  IP, "O", None, 9, "e1", flags="good"),
I("BP-02", "A", "DDRS", "Deferred defect risk scoring", "deferred defect scoring", "Line Maintenance", "classification", "build",
  ST, "P", "DATA_READINESS", 131, "e2", ev=[
   ("c", "Pulled the MEL deferral history. ~40% of entries before the AMOS upgrade have no ATA chapter and the rectification text is mostly 'IAW AMM'. Can't build features off that."),
   ("c", "Asked Tech Records again for the paper-era deferral logs - they're in boxes at the Fairford store, no date for scanning.")],
  flags="noaudit"),
I("BP-03", "A", "HSPA", "Hangar slot planning assistant", "hangar slot planning", "Base Maintenance", "optimisation", "build",
  CA, "S", "UNCLEAR_OBJECTIVE", 210, "e1", ev=[
   ("c", "Steering 14/3: Base Maint wants fewer slot overruns, Commercial wants more third-party slots sold. Those pull in opposite directions and nobody picked one."),
   ("c", "Still no baseline for overrun hours, every number in the deck is a guess.")],
  closure="Closed at the strategy gate - no agreed problem statement, no measurable target.", flags="nokpi"),
I("BP-04", "A", "MROAI", "Component removal forecast", "component removals", "Component Services", "forecasting", "build",
  AC, "E", None, 12, "e1", flags="epickeys"),
I("BP-05", "A", "TCDF", "Tool crib demand forecast", "tool crib forecast", "Materials & Logistics", "forecasting", "build",
  ST, "Y", "PRODUCTION_ARCHITECTURE", 120, "e1", ev=[
   ("c", "Rollout blocked: the forecast comes out of a notebook Kev runs by hand on Mondays. Line stations want it daily and there is nothing to schedule it on."),
   ("e", "IT Ops: no hosting for Python services in the MRO estate, would need a new platform request (6-9 months).")]),
I("BP-06", "A", "ETMA", "Engine trend monitoring anomaly alerts", "engine trend alerts", "Engine Shop", "anomaly-detection", "partner",
  IP, "O", None, 4, "e2"),
I("BP-07", "A", "TCGA", "Task card assistant (GenAI)", "task card assistant", "Base Maintenance", "genai-assistant", "buy",
  CA, "Y", "USER_ADOPTION", 160, "e2", ev=[
   ("c", "Night shift in Hangar 3 has gone back to the printed work packs; the tablets just sit in the charging rack."),
   ("c", "Feedback from certifying staff: 'I'm signing for the work, not the app.' Nobody wants to lean on its step suggestions.")],
  closure="Withdrawn after the pilot - certifying staff would not use it on shift, no uptake after 10 weeks."),
I("BP-08", "A", "AOGR", "AOG parts sourcing recommender", "AOG sourcing", "Materials & Logistics", "recommendation", "build",
  ST, "E", "INTEGRATION", 104, "flat", ev=[
   ("c", "SPEC2000 feed from the stores system is batch at 23:00 only, so the recommender is always a day behind the AOG desk."),
   ("c", "Stores system vendor won't quote a real-time interface before their 2027 release."),
   ("c", "Tried reading the stores DB replica directly instead - DBA says no app access from outside the SAP landscape.")]),
I("BP-09", "A", "CFCL", "Corrosion finding classifier", "corrosion classifier", "Base Maintenance", "computer-vision", "build",
  CA, "P", "TECHNICAL_FEASIBILITY", 190, "e1", ev=[
   ("c", "Round 3: precision 0.41 on the Level 2 class. Hangar lighting varies too much, it keys on shadows."),
   ("c", "Compared against two senior inspectors - they agree with each other 93% of the time, the model agrees with them 55%.")],
  closure="Stopped after PoC - classifier accuracy far below inspection standard, no realistic way to close the gap."),
I("BP-10", "A", "TROC", "Legacy logbook OCR", "logbook OCR", "Technical Records", "document-ai", "buy",
  AC, "P", None, 30, "one"),
I("BP-11", "A", "APUR", "Predictive APU removals", "APU removals", "Line Maintenance", "forecasting", "build",
  ST, "Y", "SECURITY_COMPLIANCE", 25, "e1", ev=[
   ("c", "Quality: any tool that influences a maintenance decision has to go into the MOE and past the CAA surveyor. Surveyor visit not before January."),
   ("e", "On hold until Compliance Monitoring gives the go. Do not deploy to line stations.")],
  flags="hold"),
I("BP-12", "A", "MROAI", "Shift roster optimiser", "shift roster", "Base Maintenance", "optimisation", "build",
  ST, "E", "SKILLS_GAP", 140, "e1", ev=[
   ("c", "Dmitri's last day was Friday. He built the solver and the constraint model; no handover beyond the README."),
   ("c", "Nobody left in Eng Systems who can read the OR-Tools code. Agency reckons 3 months to find someone.")],
  flags="epickeys"),
I("BP-13", "A", "LSSP", "Line station spares positioning", "spares positioning", "Materials & Logistics", "optimisation", "build",
  IP, "O", None, 21, "e1"),
I("BP-14", "A", "CDTM", "Cabin defect text mining", "cabin defect mining", "Line Maintenance", "nlp", "build",
  ST, "E", "SCOPE_CREEP", 105, "e2", ev=[
   ("c", "Now Cabin wants IFE faults in as well, and Product wants passenger complaints mapped to defects. Original ask was lav and galley write-ups."),
   ("c", "Backlog went from 19 to 64 stories since April; release 1 has moved three times.")]),
I("BP-15", "A", "ESTP", "Engine shop turnaround prediction", "shop turnaround", "Engine Shop", "regression", "build",
  IP, "O", None, 15, "flat"),
I("BP-16", "A", "FNIV", "Fuel nozzle inspection vision", "fuel nozzle inspection", "Engine Shop", "computer-vision", "partner",
  CA, "P", "COST_FUNDING", 175, "e1", ev=[
   ("c", "Camera rig quote is $212k plus the vendor's per-inspection fee. More than the whole innovation pot for the year."),
   ("e", "Finance review: payback over 6 years at current shop volumes. Not approved for 2027.")],
  closure="Cancelled in the budget round - hardware and per-use fees exceed the benefit, no funding for 2027.", flags="over"),
I("BP-17", "A", "MPDO", "Maintenance programme escalation analytics", "MPD escalation", "Technical Services", "analytics", "build",
  CA, "E", "OWNERSHIP_SPONSORSHIP", 150, "e1", ev=[
   ("c", "Head of Engineering who sponsored this left in July. The interim hasn't picked up any of his projects."),
   ("c", "Reliability and Planning both say it's the other team's tool. Steering slot dropped from the agenda twice.")],
  closure="Closed - sponsor gone and no department willing to own it.", flags="nosponsor"),
I("BP-18", "A", "WBWF", "Wheel and brake wear forecast", "wheel & brake wear", "Line Maintenance", "forecasting", "build",
  AC, "Y", None, 45, "e1"),
I("BP-19", "A", "BSDR", "Bird-strike damage reporting assistant", "bird-strike reporting", "Line Maintenance", "genai-assistant", "buy",
  ST, "P", "UNKNOWN", 130, "e1", flags="chatty"),
I("BP-20", "A", "AHMT", "Aircraft health monitoring alert triage", "AHM alert triage", "Maintenance Control", "classification", "partner",
  IP, "O", None, 60, "e1", flags="retired"),
# ---------------- Site B: Laboratoires Saône-Rhône (pharma, French) ----------------
I("BP-21", "B", "LYOD", "Prédiction de dérive des lyophilisateurs", "lyophilisateurs", "Production stériles", "anomaly-detection", "build",
  IP, "O", None, 11, "e1"),
I("BP-22", "B", "RDLA", "Revue assistée des dossiers de lot", "revue dossiers de lot", "Assurance qualité", "document-ai", "build",
  ST, "P", "DATA_READINESS", 150, "e2", ev=[
   ("c", "Les dossiers de lot 2022-2024 sont des PDF scannés avec annotations manuscrites, l'extraction sort n'importe quoi sur les zones de visa."),
   ("c", "Aucun référentiel des écarts acceptables pour annoter : chaque pharmacien a ses propres critères, on ne peut pas constituer de jeu d'apprentissage.")],
  flags="noaudit"),
I("BP-23", "B", "MPCO", "Maintenance prédictive des compresseurs", "compresseurs", "Maintenance & utilités", "anomaly-detection", "build",
  ST, "E", "INTEGRATION", 110, "e1", ev=[
   ("c", "Le modèle est prêt mais notre Maximo n'accepte pas la création d'OT par API, version trop ancienne."),
   ("c", "Montée de version Maximo repoussée à 2027 par la DSI, donc pas d'ordres de travail automatiques d'ici là.")],
  flags="lag"),
I("BP-24", "B", "ARDV", "Assistant de rédaction des déviations", "rédaction des déviations", "Assurance qualité", "genai-assistant", "buy",
  CA, "S", "UNCLEAR_OBJECTIVE", 200, "e1", ev=[
   ("c", "Comité du 12/05 : la qualité veut réduire le délai de clôture, la production veut moins de déviations ouvertes. Ce n'est pas le même projet."),
   ("p", "Aucun chiffre de départ sur le temps de rédaction, on ne sait pas chiffrer le gain.")],
  closure="Arrêté au stade stratégie : objectif jamais stabilisé, pas d'indicateur de référence.", flags="nokpi"),
I("BP-25", "B", "CVFL", "Contrôle visuel des flacons", "contrôle flacons", "Production stériles", "computer-vision", "partner",
  IP, "O", None, 6, "e2", flags="good"),
I("BP-26", "B", "NEPO", "Optimisation du planning NEP", "planning NEP", "Production formes sèches", "optimisation", "build",
  ST, "Y", "SECURITY_COMPLIANCE", 100, "e1", ev=[
   ("c", "L'AQ exige une validation complète QI/QO/QP du logiciel avant tout usage en zone GMP, le protocole n'est même pas rédigé."),
   ("e", "Inspection ANSM prévue en novembre : la direction qualité refuse toute mise en service d'ici là.")]),
I("BP-27", "B", "PDAP", "Prévision de la demande en principes actifs", "demande API", "Supply chain", "forecasting", "build",
  AC, "E", None, 20, "e1"),
I("BP-28", "B", "DASB", "Détection d'anomalies en salle blanche", "salle blanche", "Production stériles", "anomaly-detection", "build",
  CA, "E", "PRODUCTION_ARCHITECTURE", 170, "e2", ev=[
   ("c", "Le POC tournait sur un export mensuel des compteurs de particules. En réel il faut du flux continu et on n'a aucune infra pour ça."),
   ("c", "Rien de prévu pour suivre le modèle ni le ré-entraîner, l'exploitation refuse de le prendre en charge en l'état.")],
  closure="Abandonné : prototype non industrialisable, ni plateforme de déploiement ni supervision prévues."),
I("BP-29", "B", "JNGR", "Jumeau numérique du granulateur", "jumeau granulateur", "Production formes sèches", "simulation", "partner",
  ST, "S", "OWNERSHIP_SPONSORSHIP", 30, "e1", ev=[
   ("c", "Depuis le départ de M. Ferrand, plus personne ne tranche sur ce sujet."),
   ("c", "La direction industrielle a d'autres priorités avec la nouvelle ligne injectables. Mis en attente.")],
  flags="hold nosponsor"),
I("BP-30", "B", "TRCL", "Tri automatique des réclamations clients", "réclamations clients", "Affaires pharmaceutiques", "classification", "build",
  IP, "O", None, 27, "one"),
I("BP-31", "B", "PRFE", "Prédiction du rendement de fermentation", "rendement fermentation", "Biotechnologies", "regression", "build",
  CA, "P", "TECHNICAL_FEASIBILITY", 185, "e1", ev=[
   ("c", "Quatrième itération, R² à 0,32 sur les lots de validation. La variabilité vient des matières premières, qu'on ne mesure pas."),
   ("c", "L'équipe bioprocédés confirme : avec les capteurs actuels on ne fera pas mieux que la moyenne historique.")],
  closure="Arrêt après POC : performance du modèle insuffisante, la variable clé n'est pas mesurable.", acc=["DATA_READINESS"]),
I("BP-32", "B", "ETNO", "Génération des notices multi-pays", "notices multi-pays", "Affaires réglementaires", "genai-assistant", "build",
  ST, "E", "SCOPE_CREEP", 115, "e2", ev=[
   ("c", "Au départ : 3 pays, notices FR/DE/IT. Maintenant les affaires réglementaires veulent les 28 marchés plus la gestion des variations."),
   ("c", "Le lot 1 a été redécoupé quatre fois, toujours pas de date de première livraison.")]),
I("BP-33", "B", "LSRDATA", "Planification des campagnes de production", "campagnes de production", "Supply chain", "optimisation", "build",
  AC, "P", None, 40, "flat", flags="label"),
I("BP-34", "B", "ASLI", "Assistant de saisie LIMS", "assistant LIMS", "Contrôle qualité", "genai-assistant", "buy",
  ST, "Y", "USER_ADOPTION", 101, "e1", ev=[
   ("c", "Les techniciens du labo CQ ressaisissent tout à la main, ils disent que l'assistant leur fait perdre du temps."),
   ("c", "Sur le pilote : 4 utilisateurs actifs sur 35. Pas de formation prévue, pas de référent dans les équipes.")]),
I("BP-35", "B", "AUTP", "Prévision des pannes d'autoclaves", "pannes autoclaves", "Maintenance & utilités", "forecasting", "build",
  CA, "E", "SKILLS_GAP", 140, "e1", ev=[
   ("c", "Julie, notre data scientist, a quitté le groupe fin avril ; le prestataire est parti en même temps."),
   ("c", "Plus personne en interne pour reprendre le code, recrutement gelé jusqu'à nouvel ordre.")],
  closure="Arrêté : plus de compétences en interne pour poursuivre, poste non remplacé."),
I("BP-36", "B", "ATST", "Analyse des tendances de stabilité", "tendances stabilité", "Contrôle qualité", "analytics", "buy",
  CA, "E", "COST_FUNDING", 160, "flat", ev=[
   ("c", "Le contrôle de gestion dit non : licence doublée au renouvellement, 60 % au-dessus du budget initial et aucun gain chiffré.")],
  closure="Stoppé en révision budgétaire : coût de licence et dépassement jugés inacceptables.", flags="over"),
I("BP-37", "B", "RCFO", "Rapprochement des certificats fournisseurs", "certificats fournisseurs", "Achats", "document-ai", "build",
  CA, "E", "INTEGRATION", 125, "e1", ev=[
   ("d", "SAP QM ne renvoie pas le numéro de lot fournisseur dans l'IDoc, impossible de rapprocher sans développement spécifique côté SAP."),
   ("c", "L'intégrateur annonce 45 jours de dev et rien avant le gel de fin d'année.")],
  closure="Abandonné : intégration SAP QM trop lourde, pas de créneau chez l'intégrateur."),
I("BP-38", "B", "PCUT", "Prévision des consommations d'utilités", "consommations utilités", "Maintenance & utilités", "forecasting", "build",
  IP, "O", None, 18, "e1"),
I("BP-39", "B", "ADSO", "Recherche documentaire SOP", "recherche SOP", "Assurance qualité", "genai-assistant", "buy",
  ST, "E", "UNKNOWN", 125, "e1", flags="chatty"),
I("BP-40", "B", "PREM", "Prévision des ruptures d'articles de conditionnement", "ruptures conditionnement", "Supply chain", "forecasting", "build",
  AC, "Y", None, 15, "e2"),
# ---------------- Site C: Bibliotheeknet Zuidrand (public libraries, Dutch) ----------------
I("BP-41", "C", "AAC", "Aanschafadvies collectie", "aanschafadvies", "Collectie", "forecasting", "build",
  IP, "O", None, 13, "e1"),
I("BP-42", "C", "LOM", "Leesadvies op maat in de app", "leesadvies app", "Dienstverlening", "recommendation", "build",
  ST, "P", "DATA_READINESS", 108, "e1", ev=[
   ("c", "Uitleenhistorie wordt na 30 dagen geanonimiseerd, dus per lid hebben we hooguit een maand aan gegevens. Daar valt niets uit te leren."),
   ("c", "Bij een kwart van de jeugdtitels uit de centrale catalogus ontbreekt het genre, dus ook op inhoud matchen gaat niet.")],
  acc=["SECURITY_COMPLIANCE"], flags="noaudit"),
I("BP-43", "C", "CBB", "Chatbot voor baliezaken", "chatbot baliezaken", "Dienstverlening", "genai-assistant", "buy",
  ST, "S", "UNCLEAR_OBJECTIVE", 160, "e1", ev=[
   ("c", "Drie sessies met de vestigingen gehad, iedereen noemt een ander probleem: openingstijden, reserveringen, printen. Geen use case gekozen."),
   ("c", "Wat moet de bot opleveren? Minder telefoontjes? Tevredener leden? Niemand durft er een getal op te zetten.")],
  flags="nokpi"),
I("BP-44", "C", "BDV", "Bezoekersdrukte per vestiging", "bezoekersdrukte", "Bedrijfsvoering", "forecasting", "build",
  IP, "O", None, 7, "e2", flags="good"),
I("BP-45", "C", "TTA", "Automatische trefwoorden bij aanwinsten", "trefwoorden aanwinsten", "Collectie", "nlp", "build",
  ST, "E", "PRODUCTION_ARCHITECTURE", 130, "e1", ev=[
   ("c", "Het model draait nog steeds op de laptop van Bas; de catalogiseerders mailen hem een lijstje en krijgen een Excel terug."),
   ("e", "Geen server, geen beheerpartij, geen monitoring. De ICT-leverancier doet alleen werkplekbeheer.")],
  acc=["SKILLS_GAP"]),
I("BP-46", "C", "SLJ", "Signalering leesachterstand jeugdleden", "leesachterstand jeugd", "Educatie", "classification", "build",
  ST, "Y", "SECURITY_COMPLIANCE", 20, "e1", ev=[
   ("c", "De FG wil eerst een DPIA en toestemming van ouders, het gaat om gegevens van minderjarigen."),
   ("c", "Uitrol in de wacht tot de privacytoets rond is, geen datum bekend.")],
  flags="hold"),
I("BP-47", "C", "RBB", "Route-optimalisatie bibliobus", "bibliobusroutes", "Bedrijfsvoering", "optimisation", "buy",
  IP, "O", None, 33, "flat"),
I("BP-48", "C", "SRS", "Sorteerstraat met beeldherkenning", "sorteerstraat", "Bedrijfsvoering", "computer-vision", "partner",
  CA, "P", "TECHNICAL_FEASIBILITY", 220, "e1", ev=[
   ("c", "Herkenning van de rugetiketten lukt in 62% van de gevallen; versleten en beplakte ruggen gaan steeds fout."),
   ("c", "Leverancier van de sorteermachine geeft toe dat 95% met deze camera's niet haalbaar is.")],
  closure="Gestopt na de PoC: herkenning blijft ver onder wat de sorteerstraat nodig heeft."),
I("BP-49", "C", "TVW", "Doorverwijzing Taalhuis", "Taalhuis doorverwijzing", "Educatie", "classification", "build",
  AC, "P", None, 25, "e1"),
I("BP-50", "C", "CAA", "Afvoeradvies collectie", "afvoeradvies", "Collectie", "recommendation", "build",
  ST, "Y", "USER_ADOPTION", 99, "e2", ev=[
   ("c", "In Oosterhout en Dongen worden de afvoerlijsten genegeerd, de collectiemedewerkers wieden op gevoel zoals altijd."),
   ("c", "Niemand heeft uitgelegd hoe het advies tot stand komt, dus men vertrouwt het niet.")],
  flags="lag"),
I("BP-51", "C", "EBK", "Koppeling e-books en leesadvies", "e-books koppeling", "Dienstverlening", "recommendation", "build",
  CA, "E", "INTEGRATION", 145, "e1", ev=[
   ("c", "Wise biedt alleen een leesinterface; aanbevelingen terugschrijven in het ledenprofiel kan niet."),
   ("p", "De API van het landelijke e-bookplatform levert geen uitleengegevens per vestiging, de twee kanten komen niet bij elkaar.")],
  closure="Gestopt: koppeling met Wise en het e-bookplatform niet te realiseren."),
I("BP-52", "C", "OTA", "Openingstijdenadvies op basis van bezoek", "openingstijdenadvies", "Bedrijfsvoering", "analytics", "build",
  CA, "S", "OWNERSHIP_SPONSORSHIP", 180, "e1", ev=[
   ("c", "Sinds het vertrek van de directeur-bestuurder ligt alles stil, de interim heeft dit niet op haar lijstje."),
   ("c", "De vestigingsmanagers willen het niet, het bestuur durft het niet aan: niemand trekt het.")],
  closure="Geen opdrachtgever meer na de bestuurswissel; project afgesloten.", flags="nosponsor"),
I("BP-53", "C", "RWR", "Voorspelling reserveringswachtrijen", "reserveringswachtrijen", "Dienstverlening", "forecasting", "build",
  IP, "O", None, 19, "one"),
I("BP-54", "C", "ASC", "Automatische samenvattingen catalogus", "samenvattingen catalogus", "Collectie", "genai-assistant", "buy",
  CA, "P", "COST_FUNDING", 165, "e1", ev=[
   ("c", "Gemeente heeft de subsidie voor digitale innovatie voor 2027 geschrapt."),
   ("e", "Tokenkosten voor de volledige catalogus geschat op EUR 38.000 per jaar, meer dan ons hele innovatiebudget.")],
  closure="Stopgezet na de gemeentelijke bezuiniging; doorlopende kosten niet te dragen.", flags="over"),
I("BP-55", "C", "BZDATA", "Dashboard leesbevordering scholen", "leesbevordering scholen", "Educatie", "analytics", "build",
  ST, "E", "SKILLS_GAP", 115, "flat", ev=[
   ("c", "Onze enige data-analist is sinds 1 juni weg, vervanging is niet gevonden."),
   ("c", "Niemand anders weet hoe de Power BI-datasets en de Python-scripts in elkaar zitten."),
   ("e", "Vacature data-analist staat stil tot de begroting 2027 rond is.")],
  flags="label"),
I("BP-56", "C", "STY", "Slim inkopen tijdschriften", "tijdschriften inkoop", "Collectie", "forecasting", "build",
  CA, "E", "UNKNOWN", 150, "e1", flags="chatty"),
I("BP-57", "C", "AGA", "Automatische indeling activiteitenagenda", "activiteitenagenda", "Programmering", "optimisation", "build",
  ST, "E", "SCOPE_CREEP", 112, "e2", ev=[
   ("d", "Begonnen met alleen de lezingenagenda; nu moeten ook cursussen, Makerspace-reserveringen en de zaalverhuur erin."),
   ("c", "Elke stuurgroep komt met nieuwe wensen, de eerste versie is al drie keer verschoven.")]),
I("BP-58", "C", "DLM", "Detectie dubbele lidmaatschappen", "dubbele leden", "Bedrijfsvoering", "entity-resolution", "build",
  CA, "D", "DATA_READINESS", 240, "e1", ev=[
   ("c", "De ledenbestanden van de vijf voormalige bibliotheken zijn nooit samengevoegd: adressen in drie formaten, bij de helft geen geboortedatum."),
   ("c", "Vooraf opschonen kost naar schatting een half jaar en daar is niemand voor.")],
  closure="Afgebroken in de verkenning: ledengegevens te vervuild en versnipperd om mee te werken.", flags="noaudit"),
I("BP-59", "C", "IBL", "Vraagvoorspelling interbibliothecair leenverkeer", "IBL-vraag", "Collectie", "forecasting", "build",
  AC, "E", None, 50, "e1"),
I("BP-60", "C", "SAS", "Spraakassistent voor slechtzienden", "spraakassistent", "Dienstverlening", "genai-assistant", "partner",
  AC, "Y", None, 8, "e1"),
]
