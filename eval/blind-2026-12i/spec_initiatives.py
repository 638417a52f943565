# -*- coding: utf-8 -*-
"""Hand-written specification of blind set 2026-12i (100 initiatives BI-001..BI-100).

One holding registry (Meridian Holdings) and three Jira sites:
  EN  Harbourline Group   ports, airports, couriers, water utility, mining   Jira Cloud CSV
  FR  Groupe Vérane       theatres, public libraries, dairies, zoos, universities   REST v3 /search/jql
  IT  Gruppo Lagune       dental clinics, game studios, olive-oil mills, marble quarries   REST v2 bare arrays
Site by id: last digit 1,2,5,8 -> EN; 3,6,9 -> FR; 4,7,0 -> IT.

work: epics in order, one token each: stage letter D S P E L O (discovery, strategy, prototype,
engineering, deployment, operation) + status: '.' to do, '~' in progress, 'r' in review,
'!' blocked, '+' done. The last started epic gets one story that carries the comments `com`
(last comment = last activity). For CANCELLED initiatives that epic and its story end as
won't-do on the last activity day.
age = days from the last Jira activity to 2026-10-01; span = days from start_date to it.
prod = days before 2026-10-01 of the registry production_date; 'jira' = production shown only in Jira.
"""

SPECS = []

def X(n, outcome, stage, cause, name, bu, tech, bob, reg, status, work, age, span, com, **kw):
    d = dict(n=n, outcome=outcome, stage=stage, cause=cause, name=name, bu=bu, tech=tech, bob=bob,
             reg=reg, status=status, work=work, age=age, span=span, com=com)
    d.update(kw)
    SPECS.append(d)

IP, A, S, C = "IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"

# ---------------------------------------------------------------- EN: Harbourline Group
X(1, IP, "", "", "Container dwell-time prediction", "Ports", "forecasting", "build", "Live", "in production",
  "P+ E+ L+ O~", 6, 520, ["Dwell-time predictions feed the yard planning board every 15 minutes now.",
  "Monitoring dashboard shows MAE steady at 3.1 h since go-live.", "Retraining job ran on Sunday, no alerts."],
  key="DWELL", prod=140, kpi="average container dwell hours")
X(2, S, "PROTOTYPE", "DATA_READINESS", "Crane failure early warning", "Ports", "anomaly-detection", "build",
  "Prototype", "active", "D+ P~", 160, 300, ["First notebook with vibration features is up.",
  "The spreader sensors log at 1 Hz on cranes 1-4 and once a minute on 5-9, and nobody kept the failure dates except in the shift diaries.",
  "We're trying to rebuild the failure list from work-order texts; about a third just say 'fixed'."],
  key="CRANE", kpi="unplanned crane downtime", audit="no",
  why="sensor logs inconsistent, failure history only in shift diaries")
X(5, C, "ENGINEERING", "INTEGRATION", "Gate appointment slot optimiser", "Ports", "optimisation", "partner",
  "Engineering", "cancelled", "S+ P+ E~", 40, 420, ["POC showed 18% fewer trucks queuing in the simulation.",
  "The TOS vendor will only take slot changes through their batch import at 02:00. Anything we compute during the day lands the next night.",
  "Vendor quote for a real-time interface: 14 months, no committed date."],
  key="GATE", kpi="truck turnaround time", closure="Stopped: no way to feed the terminal operating system in time.",
  why="terminal operating system accepts only a nightly batch; real-time interface 14 months")
X(8, A, "", "", "Lost-baggage image matching", "Airports", "computer-vision", "build", "Prototype", "active",
  "D+ P~", 12, 150, ["Matching accuracy on the test set is 0.88 top-5, good enough for the pilot.",
  "Lost & found desk in T2 agreed to try it in November."], key="BAGMT", kpi="bags reunited within 48 h")
X(11, S, "DEPLOYMENT", "SECURITY_COMPLIANCE", "Turnaround delay prediction", "Airports", "forecasting", "build",
  "Deployment", "active", "P+ E+ L!", 130, 480, ["Model shadow-ran for 6 weeks; mean error under 4 minutes.",
  "The aerodrome safety office wants every tool that touches turnaround decisions in our SMS, with a hazard log. We've never written one for software.",
  "Sent the draft hazard log in May. No reply from the safety office, rollout frozen."],
  key="TURN", kpi="on-time departures", why="safety management approval (hazard log) blocks rollout")
X(12, C, "PROTOTYPE", "COST_FUNDING", "Parcel damage detection at hubs", "Couriers", "computer-vision", "buy",
  "POC", "cancelled", "D+ P+", 90, 250, ["POC cameras at the Daventry hub caught 7 of 9 crushed boxes.",
  "Quote for the other 11 hubs: £1.4m for cameras and edge boxes, plus £160k a year in licences. Damaged-parcel claims cost us about £90k a year."],
  link="epic", base=87, kpi="damage claims per 10k parcels", closure="Payback not achievable.", budget=(150000, 142000),
  why="roll-out cost far above the claims it would save")
X(15, S, "ENGINEERING", "UNKNOWN", "Driver shift forecast", "Couriers", "forecasting", "build", "Build", "active",
  "P+ E~", 200, 400, ["Feature store tables created.", "Moved the repo to the new GitLab group."],
  link="label", base=140, kpi="overtime hours", why="idle since the last commit notes; no reason anywhere")
X(18, IP, "", "", "Leak detection from night-flow data", "Water utility", "anomaly-detection", "build", "Operation",
  "in production", "P+ E+ L+", 25, 600, ["Crews confirmed 23 of the first 30 alerts as real leaks.",
  "Running cost is tiny, one small VM."], key="LEAK", prod=300, kpi="litres lost per day")
X(21, C, "STRATEGY", "UNCLEAR_OBJECTIVE", "GenAI assistant for the customer contact centre", "Water utility",
  "genai-assistant", "buy", "Strategy", "cancelled", "D+ S~", 60, 200,
  ["Workshop 3 done. Each team lead wrote a different problem on the board: call volume, complaint tone, billing errors, 'modernise'.",
   "Steering asked which of those we'd measure. We couldn't pick one.", "Vendor demo was nice though."],
  key="WCCAI", closure="No agreed use case after 6 months.", why="no agreed problem or measure")
X(22, S, "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "Ore sorting with hyperspectral imaging", "Mining", "computer-vision",
  "partner", "Prototype", "active", "D+ P~", 180, 330, ["Partner delivered the first sorted-batch results, promising.",
  "The mine manager who sponsored this moved to the Chile operation in March. The new one asked what it was, twice.",
  "Two steering slots cancelled since April; decisions on the pilot belt are waiting."],
  key="ORESRT", kpi="waste rock sent to the mill", why="sponsor moved away, successor not interested")
X(25, IP, "", "", "Tailings dam piezometer anomaly alerts", "Mining", "anomaly-detection", "build", "Operation",
  "retired", "P+ E+ L+", 100, 700, ["Alerts went to the geotech team daily for over a year.",
  "Replaced by the vendor's monitoring suite that came with the new sensors; switched ours off today."],
  key="TDAM", prod=520, closed=95, kpi="anomalies caught before inspection", notes="Retired after 14 months in production.")
X(28, S, "ENGINEERING", "INTEGRATION", "Parcel ETA notifications", "Couriers", "forecasting", "build",
  "Engineering", "active", "P+ E!", 150, 380, ["ETA model is done: 80% of predictions within a 30 min window.",
  "The customer notification platform is a hosted product from 2016; we can only push a fixed template with 3 variables, ETA isn't one of them.",
  "Vendor says a new variable needs their product roadmap. Q3 2027 maybe."],
  key="ETA", kpi="where-is-my-parcel calls", why="notification platform cannot take the ETA")
X(31, A, "", "", "Water demand forecast for pumping schedules", "Water utility", "forecasting", "build",
  "Engineering", "active", "P+ E~", 5, 260, ["Integration with the SCADA historian is done and tested.",
  "Next: night-tariff scenarios."], key="WDEM", kpi="pumping energy cost")
X(32, C, "ENGINEERING", "SKILLS_GAP", "Drill bit wear prediction", "Mining", "classification", "build", "Build",
  "cancelled", "P+ E~", 30, 360, ["POC holds up on 2 rigs.",
  "Rahul, who built the POC, left for a battery startup in June. Nobody else on site writes Python.",
  "Asked group IT for someone. Answer: maybe next year."], key="DBIT", kpi="bits changed before failure",
  closure="Team gone.", why="the only developer left, nobody else can code")
X(35, S, "DEPLOYMENT", "USER_ADOPTION", "Stand allocation assistant", "Airports", "optimisation", "build",
  "Deployment", "active", "P+ E+ L~", 140, 500, ["Live in the ops room test position since February.",
  "Allocators open it at the start of the shift, then go back to the magnetic board. One said 'it doesn't know that Gate 14 floods'.",
  "Adoption stats: 6 sessions in April, all under 2 minutes."], key="STAND", kpi="remote stand usage",
  why="allocators ignore it and use the magnetic board")
X(38, C, "DISCOVERY", "DATA_READINESS", "Predictive maintenance for sewage pumps", "Water utility",
  "anomaly-detection", "build", "Discovery", "cancelled", "D~", 120, 110, ["Asked the 5 depots for pump run-time logs.",
  "Result: 2 depots have telemetry, 2 have paper run sheets, 1 sent photos of a whiteboard.",
  "Without failure history for the other 60 pumps there is nothing to train on."], key="SPUMP",
  kpi="pump call-outs", audit="no", why="no usable run-time or failure data")
X(41, IP, "", "", "Customs document classifier", "Ports", "classification", "build", "Deployment", "active",
  "P+ E+ L+", 15, 400, ["Deployed on 4 June: the classifier is running in production on all inbound manifests.",
  "Brokers report fewer manual re-keys."], key="CUSTD", prod="jira", kpi="documents re-keyed by hand",
  why="go-live epic done, comment says it runs in production; registry not updated")
X(42, S, "ENGINEERING", "PRODUCTION_ARCHITECTURE", "Fuel burn optimiser for harbour tugs", "Ports", "optimisation",
  "build", "Engineering", "active", "P+ E~ L.", 250, 420, ["The optimiser works on last year's voyages, 6% less fuel on paper.",
  "It runs as an R script on the marine superintendent's PC every Monday. Nothing else exists: no server, no scheduler, no tests.",
  "IT asked us to move it to the platform; that's a rewrite in Python nobody has planned."], key="TUGS",
  kpi="litres of fuel per tug move", why="script on a PC, no deployment path; rollout epic never started")
X(45, C, "PROTOTYPE", "TECHNICAL_FEASIBILITY", "Bird-strike risk from radar", "Airports", "classification", "partner",
  "Prototype", "cancelled", "D+ P~", 70, 300, ["Partner's radar classifier separates birds from rain clutter about 58% of the time.",
  "Wildlife control needs 90%+ to act on it; after four rounds of tuning we're at 61%.",
  "Physics of the old radar is the ceiling, according to the partner."], key="BIRD", kpi="bird strikes per 10k movements",
  closure="Could not reach the detection quality needed.", why="accuracy ceiling far below need")
X(48, A, "", "", "Courier route re-planning on the day", "Couriers", "optimisation", "build", "Prototype", "active",
  "D+ P~", 20, 140, ["Re-planning takes 40 s for a depot, fine.", "Depot managers in Leeds keen to try it."],
  link="label", base=160, kpi="missed delivery windows")
X(51, S, "PROTOTYPE", "SCOPE_CREEP", "Smart meter anomaly triage", "Water utility", "anomaly-detection", "build",
  "Prototype", "active", "S+ P~", 170, 380, ["Triage prototype covers the 3 anomaly types billing asked for.",
  "Billing now also wants tamper detection, leak hints for customers, and a customer-facing app. The prototype plan has 5 new epics.",
  "Release target moved for the third time."], key="SMART", kpi="billing exceptions handled per day",
  why="requirements keep growing, no first release")
X(52, C, "STRATEGY", "OWNERSHIP_SPONSORSHIP", "Mine site energy forecast", "Mining", "forecasting", "build",
  "Strategy", "cancelled", "D+ S~", 150, 200, ["Business case draft shared.",
  "Energy and Operations each assume the other one pays and decides. Nobody signed the business case.",
  "Closing after the group restructure: the energy desk no longer exists."], key="MINEN",
  kpi="peak demand charges", why="no owner between two departments, then restructure")
X(55, IP, "", "", "Cargo manifest anomaly screening", "Ports", "anomaly-detection", "buy", "Live", "live",
  "P+ L+", 40, 300, ["Vendor model screening all manifests since go-live.", "Customs team happy with the hit rate."],
  key="MANI", prod=150, kpi="manifests flagged and confirmed")
X(58, S, "ENGINEERING", "DATA_READINESS", "Passenger flow forecast at security", "Airports", "forecasting", "build",
  "Prototype", "active", "P+ E!", 210, 420, ["Model beat the planners' spreadsheet in the POC.",
  "For the production version we need boarding-pass scans per lane. The lane counters are only kept 7 days by the screening contractor and they won't send the archive.",
  "Everything after the POC is blocked on that feed."], key="PAXF", kpi="queue time over 15 min",
  why="the needed data is not kept / not shared; registry still says Prototype, engineering epic started")
X(61, C, "PROTOTYPE", "SECURITY_COMPLIANCE", "Driver behaviour scoring from telematics", "Couriers", "classification",
  "build", "Prototype", "cancelled", "D+ P~", 55, 260, ["Scores look sensible on the first 200 drivers.",
  "Employee reps raised it at the consultation forum: scoring individual drivers needs a full consultation and a data protection assessment, plus union agreement.",
  "HR and legal advised stopping rather than going through that for a pilot."], key="DRVSC",
  kpi="harsh braking events", closure="Stopped on legal and employee-relations advice.",
  why="data protection / consultation requirements")
X(62, S, "ENGINEERING", "COST_FUNDING", "Water quality soft sensors", "Water utility", "forecasting", "build",
  "Engineering", "active", "P+ E~", 190, 450, ["Soft sensor for turbidity within 0.2 NTU of the lab.",
  "AMP8 capital plan came out: the digital line got cut by 40% and this wasn't on the protected list.",
  "No spend approved after March."], key="WQSS", kpi="lab samples per week", why="capital plan cut")
X(65, A, "", "", "Conveyor belt rip detection", "Mining", "computer-vision", "buy", "Deployment", "active",
  "P+ E+ L~", 9, 330, ["Cameras installed on belt CV-3; first alerts look right.",
  "Maintenance crew trained last week, they're using it on night shift."], key="BELT", kpi="belt downtime hours")
X(68, C, "PROTOTYPE", "UNCLEAR_OBJECTIVE", "AI for airport retail", "Airports", "recommendation", "build",
  "Prototype", "cancelled", "D+ P~", 80, 280, ["Built a recommender on duty-free receipts.",
  "Commercial asked if it should raise basket size, dwell time or concession rent. Answer from the director: 'yes'.",
  "Without a target, nobody could say if the pilot worked."], key="RETAI", why="no target chosen")
X(71, S, "PROTOTYPE", "UNKNOWN", "Sediment dredging planner", "Ports", "optimisation", "build", "Prototype",
  "active", "D+ P~", 300, 420, ["Bathymetry files loaded.", "Meeting notes are in the Teams channel."],
  link="epic", base=101, kpi="dredged volume per year", why="idle, only chatter")
X(72, IP, "", "", "Parcel address correction", "Couriers", "classification", "build", "Operation",
  "in production", "P+ E+ L+", 3, 500, ["Address fixes now applied automatically before sorting.",
  "Returned parcels down 11% since spring."], key="ADDR", prod=220, kpi="returned parcels")
X(75, C, "DEPLOYMENT", "INTEGRATION", "Reservoir release advisor", "Water utility", "optimisation", "build",
  "Deployment", "cancelled", "P+ E+ L~", 100, 520, ["Advisor is ready; operators reviewed it in the test room.",
  "Control room network is isolated from everything else. The only route in is a USB stick and a change form.",
  "Neither OT nor the SCADA integrator could offer any supported way to feed it live levels."],
  key="RESV", acc="INTEGRATION;SECURITY_COMPLIANCE", kpi="spill events",
  why="cannot connect to the isolated SCADA network (security partly involved)")
X(78, S, "PROTOTYPE", "SKILLS_GAP", "Blast fragmentation analysis", "Mining", "computer-vision", "build",
  "Prototype", "active", "D+ P~", 220, 340, ["Photos from 40 blasts labelled.",
  "We still have nobody who can train a segmentation model. The geologists tried a tutorial, it didn't go well.",
  "Recruitment ad for a CV engineer: 0 applicants willing to move to site."], key="BLAST",
  kpi="oversize boulders per blast", why="no one able to build the model, hiring failed")
X(81, A, "", "", "Airside vehicle ETA", "Airports", "forecasting", "build", "Engineering", "active",
  "P+ E~", 30, 200, ["API contract with the ground handler agreed.", "Load test next sprint."],
  link="epic", base=120, kpi="late pushback tugs")
X(82, C, "ENGINEERING", "TECHNICAL_FEASIBILITY", "Handwritten proof-of-delivery reader", "Couriers", "document-ai",
  "buy", "Engineering", "cancelled", "P+ E~", 45, 330, ["The vendor's OCR handles typed PODs fine.",
  "Our couriers' handwriting: character error rate 27% on the pilot sample, and signatures confuse it completely.",
  "Vendor confirmed it won't get much better with their engine."], key="PODOCR", kpi="POD disputes",
  why="OCR quality on handwriting far too low")
X(85, S, "ENGINEERING", "SECURITY_COMPLIANCE", "Face-based boarding", "Airports", "computer-vision", "buy",
  "Engineering", "on hold", "P+ E~", 25, 380, ["Vendor integration with the boarding gates tested OK.",
  "Privacy: the ICO consultation and our DPIA aren't done; DPO says no biometric processing until both are.",
  "Put on hold pending the DPIA."], key="FACEB", kpi="boarding time per flight",
  why="on hold pending DPIA / regulator consultation")
X(88, IP, "", "", "Ship arrival ETA model", "Ports", "forecasting", "build", "Live", "in production",
  "P+ E+ L+ O~", 50, 650, ["ETA error down to 47 minutes on average.", "The pilots' station uses it for boarding schedules."],
  key="SHIPETA", prod=400, kpi="ETA error minutes")
X(91, S, "ENGINEERING", "SCOPE_CREEP", "Mine fleet dispatch optimiser", "Mining", "optimisation", "partner",
  "Engineering", "active", "P+ E~", 140, 470, ["Haul truck dispatching worked in the sim.",
  "Since June the requirement list added shovels, drills, fuel trucks and shift rosters. The partner's SOW was rewritten twice.",
  "Nothing deployable yet, 'phase 1' now covers everything."], key="FLEET", kpi="truck queue minutes",
  why="scope grew to everything")
X(92, C, "DEPLOYMENT", "USER_ADOPTION", "Next-day delivery slot nudges", "Couriers", "recommendation", "build",
  "Deployment", "cancelled", "P+ E+ L~", 35, 420, ["Rolled out to the customer service desk in two regions.",
  "Agents skipped the suggested slots in 9 of 10 calls; they said reading them out made calls longer.",
  "No training or briefing had been planned for the desk."], key="SLOTN", kpi="failed first deliveries",
  closure="Not used by agents.", why="agents do not use it, no change management")
X(95, S, "ENGINEERING", "OWNERSHIP_SPONSORSHIP", "Quay crane productivity analytics", "Ports", "forecasting", "build",
  "Engineering", "on hold", "P+ E~", 45, 360, ["Pipeline from the crane PLCs done.",
  "Since the terminal was sold to the new JV, nobody in the new management knows whose project this is.",
  "On hold until an owner is named."], key="QCPA", owner="", kpi="moves per crane hour",
  why="no owner after the sale of the terminal")
X(98, IP, "", "", "Mill throughput soft-sensor", "Mining", "forecasting", "build", "Operation", "in production",
  "P+ E+ L+", 12, 540, ["Throughput prediction on the control room screen since January.",
  "Metallurgists asked for one more variable; added in sprint 31."], key="MILL", prod=260, kpi="tonnes per hour")

# ---------------------------------------------------------------- FR: Groupe Vérane
X(3, IP, "", "", "Prévision de la fréquentation des spectacles", "Théâtres", "forecasting", "build", "Operation",
  "in production", "P+ E+ L+", 20, 500, ["La prévision est utilisée par la billetterie pour ouvrir les balcons.",
  "Erreur moyenne de 6 % sur la saison, conforme à l'objectif."], key="FREQ", prod=200, kpi="taux de remplissage")
X(6, S, "PROTOTYPE", "DATA_READINESS", "Détection des mammites par capteurs de traite", "Laiteries", "classification",
  "build", "Prototype", "active", "D+ P~ E.", 200, 330, ["Premier modèle entraîné sur la ferme pilote de Saint-Flour.",
  "Les éleveurs ne notent les cas de mammite que sur un cahier, et seulement quand le vétérinaire passe. On a 37 cas datés sur deux ans.",
  "Les robots de traite des deux marques exportent des fichiers qui ne se recoupent pas (heure locale contre UTC, identifiants de vache différents)."],
  key="MAMM", kpi="cas de mammite détectés tôt", audit="no", why="labels on paper, two incompatible sources")
X(9, A, "", "", "Recommandations de lecture pour le portail des médiathèques", "Médiathèques", "recommendation",
  "build", "Engineering", "active", "P+ E~", 14, 260, ["Connexion au SIGB faite via l'API OAI, tout remonte bien.",
  "Tests utilisateurs prévus avec la médiathèque de Rezé en octobre."], key="RECO", kpi="prêts issus d'une recommandation")
X(13, C, "DISCOVERY", "UNCLEAR_OBJECTIVE", "IA générative pour les programmes de salle", "Théâtres", "genai-assistant",
  "buy", "Discovery", "cancelled", "D~", 150, 120, ["Atelier avec les équipes de communication.",
  "Personne n'a su dire ce que l'outil devait améliorer : le temps de rédaction ? les ventes ? le ton ? La direction voulait « faire quelque chose avec ChatGPT ».",
  "On arrête tant qu'il n'y a pas de besoin formulé."], key="PROGIA", closure="Pas de besoin métier identifié.",
  why="solution-first, no need defined")
X(16, S, "ENGINEERING", "PRODUCTION_ARCHITECTURE", "Prévision de la collecte de lait", "Laiteries", "forecasting",
  "build", "Prototype", "active", "P+ E~", 180, 450, ["Le modèle bat la prévision des ramasseurs de 9 points.",
  "Il tourne sur le PC du responsable collecte, lancé à la main le lundi. Pas de serveur, pas de planification, pas de suivi des écarts.",
  "La DSI demande un plan d'exploitation avant de l'héberger ; personne ne l'a écrit."], key="COLL",
  kpi="écart de prévision de collecte", why="manual script on a PC, no run plan; registry Prototype, engineering epic started")
X(19, IP, "", "", "Tri automatique des retours de prêt", "Médiathèques", "computer-vision", "buy", "Operation",
  "in production", "P+ L+", 60, 400, ["Le trieur reconnaît les couvertures et range dans les bacs par secteur.",
  "Plus de 95 % de bons tris selon les agents."], key="TRI", prod=210, kpi="temps de rangement")
X(23, S, "DEPLOYMENT", "INTEGRATION", "Planification des soins vétérinaires du zoo", "Parcs zoologiques",
  "optimisation", "build", "Deployment", "active", "P+ E+ L!", 160, 480,
  ["Planificateur validé par l'équipe vétérinaire sur les données 2025.",
   "Le logiciel de gestion des animaux (ZIMS) ne permet pas d'écrire les rendez-vous par API ; on ne peut que lire.",
   "L'export manuel vers les soigneurs a été refusé : trop de ressaisie."], key="VETO", kpi="soins reportés",
  why="animal management software is read-only")
X(26, C, "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "Chatbot d'orientation pour les étudiants", "Universités",
  "genai-assistant", "buy", "Prototype", "cancelled", "D+ P~", 90, 300,
  ["Prototype branché sur la FAQ de la scolarité, réponses correctes à 80 %.",
   "Le vice-président numérique qui portait le projet n'a pas été reconduit après les élections du conseil. Son successeur a d'autres priorités.",
   "Plus personne ne vient aux points projet côté scolarité."], key="ORIENT", kpi="appels à la scolarité",
  closure="Plus de porteur après le changement de gouvernance.", why="sponsor gone after election")
X(29, S, "PROTOTYPE", "UNKNOWN", "Comptage des visiteurs par caméra", "Parcs zoologiques", "computer-vision", "build",
  "Prototype", "active", "D+ P~", 250, 350, ["Caméras installées à l'entrée nord.",
  "Photos de l'installation dans le dossier partagé."], link="epic", base=11, kpi="écart de comptage",
  why="idle, no reason")
X(33, A, "", "", "Prévision des ventes de fromages affinés", "Laiteries", "forecasting", "build", "Prototype",
  "active", "D+ P~", 8, 160, ["Les données des caves d'affinage sont complètes depuis 2019.",
  "Premier modèle prometteur sur le comté 18 mois."], key="AFFIN", kpi="invendus de fromage")
X(36, C, "PROTOTYPE", "TECHNICAL_FEASIBILITY", "Reconnaissance des partitions anciennes", "Médiathèques",
  "document-ai", "partner", "Prototype", "cancelled", "D+ P~", 120, 280,
  ["Le partenaire a testé trois moteurs OMR sur le fonds ancien.",
   "Sur les manuscrits du XVIIIe, moins d'une note sur deux est juste ; les portées abîmées font tout dérailler.",
   "Conclusion du partenaire : l'état de l'art ne suffit pas pour ce fonds."], key="PARTI",
  kpi="partitions numérisées et indexées", closure="Qualité de reconnaissance insuffisante.", why="OMR quality too low")
X(39, S, "PROTOTYPE", "SCOPE_CREEP", "Assistant de tarification des abonnements", "Théâtres", "optimisation", "build",
  "Prototype", "en pause", "S+ P~", 30, 320, ["Premier prototype de tarif dynamique sur une salle.",
  "Depuis juin on y a ajouté les trois autres salles, la restauration, le mécénat et maintenant les tournées. La maquette n'est plus livrable.",
  "Mis en pause le temps de redéfinir un premier lot."], key="TARIF", kpi="recette par abonnement",
  why="scope grew; on hold (en pause)")
X(43, IP, "", "", "Détection des fraudes aux bourses étudiantes", "Universités", "classification", "build",
  "Operation", "in production", "P+ E+ L+", 35, 600, ["Le modèle signale les dossiers à contrôler chaque semaine.",
  "Les contrôleurs confirment 40 % des signalements, contre 8 % avant."], key="BOURS", prod=330, kpi="taux de fraude confirmé")
X(46, C, "ENGINEERING", "SECURITY_COMPLIANCE", "Analyse vidéo du comportement des grands singes", "Parcs zoologiques",
  "computer-vision", "partner", "Engineering", "cancelled", "P+ E~", 70, 390,
  ["Le modèle de reconnaissance des postures fonctionne bien sur les vidéos de test.",
   "Les caméras filment aussi les visiteurs devant la vitre. Le DPO exige une AIPD et un floutage certifié avant tout stockage ; le partenaire héberge hors UE.",
   "Le service juridique a refusé de signer le contrat en l'état."], key="SINGE", kpi="signes de stress détectés",
  closure="Blocage juridique (données des visiteurs).", why="DPO / legal block")
X(49, S, "STRATEGY", "OWNERSHIP_SPONSORSHIP", "Stratégie IA des bibliothèques universitaires", "Universités",
  "genai-assistant", "build", "Strategy", "active", "D+ S~", 300, 260, ["Note de cadrage envoyée aux directions des BU.",
  "Trois directeurs de BU, trois visions, et aucun arbitrage de la présidence depuis janvier.",
  "Le comité de pilotage n'a pas été réuni depuis la rentrée dernière."], link="label", base=50, owner="",
  kpi="services numériques utilisés", why="stakeholders misaligned, no arbitration")
X(53, C, "ENGINEERING", "INTEGRATION", "Recommandation de spectacles sur la billetterie", "Théâtres", "recommendation",
  "build", "Engineering", "cancelled", "P+ E~", 50, 380, ["Moteur de recommandation prêt, testé hors ligne.",
  "The ticketing vendor's widget can't display anything we send it; their API only accepts orders, not content.",
  "L'éditeur propose un développement spécifique livrable dans 18 mois. Trop tard pour la saison."],
  key="BILLR", kpi="billets vendus par recommandation", why="ticketing system cannot display recommendations")
X(56, A, "", "", "Suivi de la santé des troupeaux par IA", "Laiteries", "anomaly-detection", "partner", "Deployment",
  "active", "P+ E+ L~", 18, 420, ["Déploiement dans 12 exploitations sur 20.",
  "Les éleveurs consultent les alertes tous les matins, retours très positifs."], key="TROUP", kpi="vaches traitées à temps")
X(59, S, "ENGINEERING", "SKILLS_GAP", "Prédiction du décrochage en licence", "Universités", "classification", "build",
  "Engineering", "active", "P+ E~", 170, 400, ["POC validé par la commission pédagogique.",
  "Notre seule data scientist est partie chez un éditeur en mai ; le code est sur son compte GitLab perso, pas documenté.",
  "Le poste est ouvert depuis quatre mois, aucune candidature retenue."], key="DECRO", kpi="taux de réussite en L1",
  why="only data scientist left")
X(63, C, "DEPLOYMENT", "COST_FUNDING", "Billetterie : détection des reventes frauduleuses", "Théâtres", "classification",
  "buy", "Deployment", "cancelled", "P+ E+ L~", 25, 380, ["Solution éditeur déployée sur la salle principale.",
  "Le devis pour l'étendre aux trois salles est à 240 k€ par an, soit plus que les pertes dues aux reventes.",
  "Arbitrage budgétaire de septembre : non reconduit."], key="REVEN", kpi="billets revendus au noir",
  closure="Coût annuel supérieur au gain.", why="cost above benefit, not renewed")
X(66, S, "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "Prévision des besoins en fourrage", "Parcs zoologiques",
  "forecasting", "build", "Deployment", "active", "P+ E+ L~", 140, 500,
  ["Prévision validée par les soigneurs sur l'hiver dernier.",
   "Le déploiement suppose un serveur et une relance quotidienne ; aujourd'hui c'est un notebook Colab que Julie lance quand elle y pense.",
   "Personne ne sait qui surveillerait les erreurs si ça tournait la nuit."], key="FOURR", kpi="fourrage jeté",
  why="notebook run by hand, no server or monitoring")
X(69, A, "", "", "Catalogage assisté des dons de livres", "Médiathèques", "genai-assistant", "build", "Prototype",
  "active", "D+ P~", 40, 150, ["Les notices proposées sont validées à 85 % sans correction.",
  "Le budget de la phase 2 a été confirmé."], link="epic", base=30, kpi="dons catalogués par semaine")
X(73, C, "ENGINEERING", "SCOPE_CREEP", "Plateforme d'aide à l'orientation lycée-université", "Universités",
  "recommendation", "partner", "Engineering", "cancelled", "P+ E~", 110, 480,
  ["Premier lot : suggestions de licences pour un bac donné.",
   "Puis on a ajouté les masters, les BTS, l'alternance, les bourses et un chatbot. Le premier lot n'est jamais sorti.",
   "On arrête : quatre ans de demandes, zéro version livrée."], key="ORILY", kpi="réorientations en L1",
  why="scope kept growing, nothing delivered")
X(76, S, "PROTOTYPE", "TECHNICAL_FEASIBILITY", "Identification individuelle des girafes par photo",
  "Parcs zoologiques", "computer-vision", "partner", "Prototype", "active", "D+ P~", 130, 300,
  ["Jeu de test : 1 800 photos de 41 girafes.",
   "Précision d'identification 64 % ; les soigneurs se trompent moins de 5 % du temps à l'œil.",
   "Les motifs changent trop avec l'angle et la lumière, on ne voit pas comment progresser."], key="GIRAF",
  kpi="temps de suivi individuel", why="accuracy far below keepers")
X(79, IP, "", "", "Prévision des appels au standard universitaire", "Universités", "forecasting", "build", "Live",
  "live", "P+ E+ L+", 28, 380, ["Planning du standard basé sur la prévision depuis la rentrée.",
  "Temps d'attente moyen passé de 6 à 2 minutes."], key="STDU", prod=150, kpi="temps d'attente au standard")
X(83, C, "PROTOTYPE", "UNCLEAR_OBJECTIVE", "IA pour les laiteries : projet exploratoire", "Laiteries",
  "classification", "build", "Prototype", "cancelled", "D+ P~", 140, 300,
  ["On a entraîné un classifieur sur les données qualité du lait, pour voir.",
   "En revue : « qu'est-ce qu'on attend de ce modèle ? » — silence. Ni indicateur, ni cible, ni utilisateur identifié.",
   "Classé sans suite."], key="LAITX", why="no objective, KPI or user")
X(86, S, "DEPLOYMENT", "USER_ADOPTION", "Borne de conseil de lecture", "Médiathèques", "recommendation", "build",
  "Deployment", "on hold", "P+ E+ L~", 40, 400, ["Bornes installées dans quatre médiathèques.",
  "Les usagers passent devant sans s'arrêter ; les bibliothécaires préfèrent conseiller eux-mêmes et ont débranché deux bornes.",
  "Aucune formation ni communication n'avait été prévue. Suspendu."], key="BORNE", kpi="conseils consultés",
  why="users and librarians ignore it; on hold")
X(89, A, "", "", "Optimisation des tournées de collecte", "Laiteries", "optimisation", "buy", "Engineering",
  "active", "P+ E~", 22, 210, ["Les tournées optimisées économisent 7 % de kilomètres en simulation.",
  "Le connecteur avec l'ERP est livré et testé."], key="TOURN", kpi="kilomètres par litre collecté")
X(93, C, "PROTOTYPE", "INTEGRATION", "Détection des places libres dans les parkings du zoo", "Parcs zoologiques",
  "computer-vision", "buy", "Prototype", "cancelled", "D+ P~", 200, 260, ["Les caméras comptent correctement les places.",
  "Impossible de pousser l'info vers les panneaux d'entrée : le fournisseur des panneaux n'a pas d'interface, seulement une télécommande.",
  "Abandon."], key="PARKZ", kpi="attente à l'entrée du parking", why="display panels cannot be connected")
X(96, IP, "", "", "Transcription des cours en amphi", "Universités", "speech", "buy", "Operation",
  "in production", "P+ L+", 10, 300, ["Sous-titres automatiques disponibles sur toutes les vidéos de cours.",
  "Les étudiants sourds ou malentendants l'utilisent systématiquement."], key="TRANS", prod=120, kpi="cours sous-titrés")
X(99, A, "", "", "Analyse du lait par spectrométrie et IA", "Laiteries", "forecasting", "build", "Prototype",
  "active", "D+ P~", 16, 120, ["Données spectrales complètes pour les 3 laiteries, merci au labo.",
  "Premières prédictions du taux protéique à ±0,05 point."], link="label", base=70, kpi="analyses de labo évitées")

# ---------------------------------------------------------------- IT: Gruppo Lagune
X(4, IP, "", "", "Richiamo automatico dei pazienti per l'igiene", "Cliniche dentali", "classification", "build",
  "Operation", "in production", "P+ E+ L+", 18, 500, ["Il modello sceglie ogni settimana i pazienti da richiamare.",
  "Appuntamenti di igiene +14% rispetto all'anno scorso."], key="RICH", prod=250, kpi="sedute di igiene prenotate")
X(7, S, "PROTOTYPE", "DATA_READINESS", "Rilevamento carie su radiografie bitewing", "Cliniche dentali",
  "computer-vision", "build", "Prototype", "attivo", "D+ P~ E.", 190, 330, ["Primo modello addestrato su 600 radiografie.",
  "Le radiografie delle 38 cliniche hanno tre formati diversi e metà non hanno il referto collegato: il dentista scrive la diagnosi nella cartella, non sull'immagine.",
  "Per etichettarle servirebbero due odontoiatri a tempo pieno per mesi."], key="CARIE", audit="no",
  kpi="carie individuate precocemente", why="images in 3 formats, half without labels")
X(10, A, "", "", "Bilanciamento della difficoltà nei livelli", "Studi di videogiochi", "optimisation", "build",
  "Engineering", "attivo", "P+ E~", 11, 230, ["L'agente gioca 10.000 partite a notte, i level designer usano i report.",
  "Integrazione nella pipeline di build completata."], link="label", base=60, kpi="abbandoni al livello 3")
X(14, C, "STRATEGY", "UNCLEAR_OBJECTIVE", "IA generativa per lo studio", "Studi di videogiochi", "genai-assistant",
  "buy", "Strategy", "annullato", "D+ S~", 160, 210, ["Abbiamo provato tre strumenti di generazione di asset.",
  "Nel comitato nessuno ha saputo dire quale problema dovesse risolvere: tempi di produzione? costi? Il CEO voleva solo 'esserci'.",
  "Chiuso senza un caso d'uso."], key="GENAI", closure="Nessun obiettivo definito.", why="no problem defined")
X(17, S, "ENGINEERING", "SKILLS_GAP", "Previsione della resa delle olive", "Frantoi", "forecasting", "build",
  "Engineering", "attivo", "P+ E~", 240, 420, ["Il prototipo prevede la resa in olio con un errore del 2%.",
  "Marco, l'unico che sapeva mettere le mani sul modello, è tornato all'università a settembre. Nessun altro nel frantoio sa programmare.",
  "Sentiti due consulenti, nessuno dei due conosce i dati di spremitura."], key="RESA", kpi="errore di resa",
  why="the only person who knew the model left")
X(20, IP, "", "", "Rilevamento delle crepe nei blocchi di marmo", "Cave di marmo", "computer-vision", "partner",
  "Operation", "in production", "P+ E+ L+", 45, 520, ["Le telecamere sul carroponte segnalano le crepe prima del taglio.",
  "Scarti ridotti del 9% nel primo semestre."], key="CREPE", prod=280, kpi="blocchi scartati")
X(24, C, "DEPLOYMENT", "SECURITY_COMPLIANCE", "Trascrizione automatica delle visite", "Cliniche dentali", "speech",
  "buy", "Deployment", "annullato", "P+ E+ L~", 60, 400, ["Il fornitore ha installato la trascrizione in due cliniche pilota.",
  "Il DPO ha bloccato tutto: le registrazioni delle visite sono dati sanitari e il fornitore li elabora su server negli Stati Uniti, senza DPIA.",
  "L'ufficio legale non firma l'accordo sul trattamento dei dati."], key="TRASC", kpi="minuti di scrittura per visita",
  closure="Bloccato dalla privacy.", why="DPO / legal block")
X(27, S, "ENGINEERING", "UNKNOWN", "Classificazione automatica dei bug report", "Studi di videogiochi",
  "classification", "build", "Engineering", "attivo", "P+ E~", 280, 400, ["Schema del dataset aggiornato.",
  "Spostato il repository nel nuovo gruppo."], link="epic", base=5, kpi="tempo di smistamento dei bug", why="idle, no reason")
X(30, A, "", "", "Selezione automatica delle olive al nastro", "Frantoi", "computer-vision", "buy", "Deployment",
  "attivo", "P+ E+ L~", 6, 300, ["Installato al frantoio di Bitonto, gli operatori lo usano dal primo giorno.",
  "Il fornitore ha risolto il problema di integrazione con il PLC."], key="SELOL", kpi="olive difettose in molitura")
X(34, S, "DEPLOYMENT", "USER_ADOPTION", "Suggerimento del piano di trattamento", "Cliniche dentali", "recommendation",
  "build", "Deployment", "attivo", "P+ E+ L~", 150, 460, ["Rilasciato nelle prime 10 cliniche.",
  "I dentisti lo aprono, guardano il suggerimento e poi scrivono il loro piano come prima. Un primario l'ha definito 'un tirocinante che non ascolta'.",
  "Nessun incontro di formazione è mai stato fatto; utilizzo sotto il 5%."], key="PIANO", kpi="piani accettati al primo colpo",
  why="dentists ignore it, no training")
X(37, C, "ENGINEERING", "COST_FUNDING", "NPC conversazionali con LLM", "Studi di videogiochi", "genai-assistant",
  "build", "Engineering", "annullato", "P+ E~", 40, 300, ["La demo dei dialoghi è piaciuta molto al publisher.",
  "Costo di inferenza stimato: 0,40 € per ora di gioco per giocatore. Su un gioco da 20 € non sta in piedi.",
  "Il publisher non finanzia la fase due."], key="NPC", kpi="ore di gioco per giocatore",
  closure="Costi di inferenza insostenibili.", why="running cost too high, no funding")
X(40, IP, "", "", "Previsione della domanda di olio per la GDO", "Frantoi", "forecasting", "build", "Deployment",
  "attivo", "P+ E+ L+", 25, 420, ["Messo in produzione il 3 marzo: gli ordini ai clienti della GDO sono calcolati dal modello ogni lunedì.",
  "Il commerciale conferma meno rotture di stock."], key="GDO", prod="jira", kpi="rotture di stock",
  why="rollout epic done, comment says it is in production; registry not updated")
X(44, S, "PROTOTYPE", "TECHNICAL_FEASIBILITY", "Stima della qualità del marmo dalla superficie", "Cave di marmo",
  "computer-vision", "build", "Prototype", "attivo", "D+ P~", 200, 300,
  ["Raccolte 3.000 foto di lastre con la classe assegnata dal perito.",
   "Il modello arriva al 52% di accordo con il perito; tra due periti l'accordo è dell'88%.",
   "Le venature che contano non si vedono in foto: servirebbero misure interne, non immagini."], key="QUAL",
  kpi="lastre declassate dopo la vendita", why="model far below experts; signal not in images")
X(47, C, "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "Previsione dei guasti delle seghe a filo", "Cave di marmo",
  "anomaly-detection", "build", "Prototype", "annullato", "D+ P~", 100, 280, ["Primi segnali utili dai sensori delle seghe.",
  "Il responsabile di cava che aveva chiesto il progetto è andato in pensione a giugno; il nuovo dice che non è una sua priorità.",
  "Nessuno firma più le ore del team."], key="SEGHE", kpi="fermi macchina non programmati",
  closure="Nessun responsabile dopo il pensionamento del promotore.", why="sponsor retired, successor not interested")
X(50, S, "PROTOTYPE", "COST_FUNDING", "Generazione procedurale di terreni", "Studi di videogiochi", "generative-model",
  "build", "Prototype", "sospeso", "D+ P~", 35, 260, ["I primi terreni generati sono buoni per i livelli secondari.",
  "Con il taglio del 30% al budget dello studio dopo il rinvio del titolo, le GPU a noleggio non sono più coperte.",
  "Sospeso fino al prossimo esercizio."], key="TERR", kpi="ore di level design per mappa",
  why="budget cut; on hold (sospeso)")
X(54, IP, "", "", "Promemoria intelligenti per gli appuntamenti", "Cliniche dentali", "classification", "buy", "Live",
  "live", "P+ L+", 70, 330, ["Le assenze agli appuntamenti sono scese dal 12% al 7%.",
  "Il costo del servizio è in linea con il preventivo."], key="PROM", prod=200, kpi="appuntamenti mancati")
X(57, C, "ENGINEERING", "PRODUCTION_ARCHITECTURE", "Controllo qualità dell'olio con naso elettronico", "Frantoi",
  "classification", "partner", "Engineering", "annullato", "P+ E~", 85, 380,
  ["Il prototipo distingue extravergine e vergine nel 91% dei campioni.",
   "Il modello esiste solo sul portatile del partner universitario; per usarlo in frantoio servirebbero un servizio, un aggiornamento del modello a ogni campagna e un monitoraggio, e nessuno li aveva previsti.",
   "Rifarlo da zero per la produzione costerebbe più del prototipo; chiuso."], key="NASO",
  acc="PRODUCTION_ARCHITECTURE;COST_FUNDING", kpi="campioni mandati al laboratorio",
  why="no production path; rebuilding costs too much")
X(60, S, "ENGINEERING", "DATA_READINESS", "Ottimizzazione dei turni delle cave", "Cave di marmo", "optimisation",
  "build", "Engineering", "attivo", "P+ E!", 130, 400, ["L'ottimizzatore funziona sui dati di prova.",
  "I fogli presenza delle cave sono cartacei e li ricopiamo a mano: mancano interi mesi del 2025.",
  "Bloccato finché l'ufficio personale non digitalizza le presenze."], key="TURNI", kpi="ore di straordinario",
  why="attendance data on paper, months missing")
X(64, A, "", "", "Analisi automatica delle recensioni dei giocatori", "Studi di videogiochi", "nlp", "build",
  "Prototype", "attivo", "D+ P~", 27, 120, ["Classificatore delle recensioni con F1 0,86, sopra l'obiettivo.",
  "Il community team vuole il report settimanale."], link="epic", base=20, kpi="tempo di risposta alle recensioni")
X(67, S, "DISCOVERY", "UNCLEAR_OBJECTIVE", "IA per le cliniche", "Cliniche dentali", "genai-assistant", "build",
  "Discovery", "attivo", "D~", 260, 150, ["Raccolte idee da 12 direttori di clinica.",
  "Dodici idee diverse, nessuna con un numero da migliorare. La direzione non ha scelto.",
  "In attesa di capire cosa vogliamo ottenere."], key="CLIIA", why="no objective chosen")
X(70, C, "PROTOTYPE", "SKILLS_GAP", "Matchmaking dei giocatori", "Studi di videogiochi", "recommendation", "build",
  "Prototype", "annullato", "D+ P~", 75, 250, ["Primo modello di matchmaking testato in beta chiusa.",
  "Il team è di tre sviluppatori gameplay: nessuno ha mai fatto machine learning e il corso online non è bastato.",
  "Il lead ML che dovevamo assumere ha rifiutato l'offerta."], key="MATCH", kpi="partite abbandonate",
  why="no ML skills, hire declined")
X(74, S, "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "Pianificazione del taglio dei blocchi", "Cave di marmo",
  "optimisation", "build", "Engineering", "attivo", "P+ E+ L!", 180, 500,
  ["Il piano di taglio ottimizzato fa risparmiare l'8% di materiale.",
   "Gira come macro Excel sul PC del capocava; per metterlo sulle macchine CNC servirebbe un servizio con log e controlli, che nessuno ha progettato.",
   "Il rilascio è fermo: non c'è un ambiente dove farlo girare."], key="TAGLIO", kpi="materiale sprecato",
  why="Excel macro, no serving; registry Engineering, rollout epic started (blocked)")
X(77, C, "DEPLOYMENT", "USER_ADOPTION", "Ordini automatici di materiale dentale", "Cliniche dentali", "forecasting",
  "buy", "Deployment", "annullato", "P+ L~", 30, 300, ["Attivato in 15 cliniche.",
  "Le assistenti cancellano gli ordini proposti e li rifanno a mano: 'non sa che il venerdì facciamo implantologia'.",
  "Dopo tre mesi l'80% degli ordini era ancora manuale."], key="ORDIN", kpi="ordini urgenti",
  closure="Non utilizzato dal personale.", why="staff redo orders by hand")
X(80, IP, "", "", "Anti-cheat con rilevamento delle anomalie", "Studi di videogiochi", "anomaly-detection", "build",
  "Operation", "in production", "P+ E+ L+", 5, 600, ["Ban automatici confermati dal team di moderazione nel 97% dei casi.",
  "Riaddestramento settimanale senza interventi."], key="CHEAT", prod=360, kpi="segnalazioni di cheating")
X(84, S, "ENGINEERING", "SCOPE_CREEP", "Tracciabilità dell'olio con IA", "Frantoi", "classification", "partner",
  "Engineering", "attivo", "P+ E~", 160, 450, ["Il primo obiettivo era solo riconoscere la cultivar dal profilo chimico.",
  "Poi sono arrivate l'origine geografica, la blockchain per la filiera, l'app per i consumatori e l'export negli USA. La prima versione non esiste ancora.",
  "Ogni riunione con i soci aggiunge qualcosa."], key="TRACC", kpi="lotti certificati", why="scope grew")
X(87, C, "PROTOTYPE", "TECHNICAL_FEASIBILITY", "Stima della maturazione delle olive dal colore", "Frantoi",
  "computer-vision", "build", "Prototype", "annullato", "D+ P~", 220, 250, ["Foto raccolte in tre campagne.",
  "Il colore dipende più dalla cultivar e dalla luce che dalla maturazione: il modello non supera il 48% di accuratezza.",
  "Gli esperti dicono che dal colore non si può fare, e i dati gli danno ragione."], key="MATUR",
  kpi="data di raccolta ottimale", why="problem not solvable from colour")
X(90, IP, "", "", "Pulizia automatica delle anagrafiche doppie", "Cliniche dentali", "classification", "build",
  "Live", "in production", "P+ E+ L+", 90, 400, ["Il modello unisce i pazienti duplicati ogni notte.",
  "Nessun errore segnalato dalle segreterie da aprile."], key="DUPL", prod=240, kpi="anagrafiche duplicate")
X(94, C, "PROTOTYPE", "UNKNOWN", "Previsione delle vendite dei DLC", "Studi di videogiochi", "forecasting", "build",
  "Prototype", "annullato", "D+ P~", 130, 230, ["Dataset delle vendite caricato.", "Aggiornata la board."],
  link="label", base=40, kpi="ricavi DLC", why="cancelled without any reason given")
X(97, A, "", "", "Manutenzione predittiva delle gramole", "Frantoi", "anomaly-detection", "buy", "Engineering",
  "attivo", "P+ E~", 19, 250, ["I sensori delle gramole mandano dati completi.", "Il fornitore ha rispettato il budget."],
  key="GRAM", kpi="fermi durante la campagna")
X(100, IP, "", "", "Stima dei volumi estratti da drone", "Cave di marmo", "computer-vision", "buy", "Operation",
  "in production", "P+ L+", 55, 350, ["Rilievi con drone ogni mese, volumi calcolati in automatico.",
  "Il geometra ha smesso di fare i conteggi a mano."], key="DRONE", prod=180, kpi="errore sui volumi estratti")

# Chatter and near misses put into issues before their last comment (mixed languages on purpose).
EXTRA = {
    2: ["Budget is fine for this phase, finance confirmed."],
    5: ["Ops team loves the simulation screens."],
    11: ["Data feed from the AODB is complete and clean."],
    21: ["Costs so far are within the discovery budget."],
    28: ["The model itself is accurate enough, that part is solved."],
    35: ["Integration with the AODB works, allocations show up in real time."],
    42: ["Data from the tug engines is complete since 2023."],
    58: ["Zoals afgesproken: de workshop is verplaatst naar donderdag."],
    62: ["Security review passed in January."],
    78: ["Le labo nous a envoyé les photos, merci."],
    91: ["Sponsor still fully behind it, came to the last demo."],
    6: ["Le budget de la phase prototype est largement suffisant."],
    16: ["Les ramasseurs utilisent déjà les prévisions de test avec plaisir."],
    23: ["The vets are happy with the schedules, they just can't get them into ZIMS."],
    36: ["Les données sont complètes : tout le fonds est numérisé depuis 2022."],
    46: ["Le budget n'est pas un sujet, le mécénat couvre tout."],
    59: ["Les données des inscriptions sont propres et complètes."],
    73: ["The partner's team is strong, no staffing issue on their side."],
    86: ["L'intégration avec le SIGB fonctionne sans souci."],
    93: ["Le modèle de comptage est fiable à 98 %."],
    7: ["Il budget per la fase di prototipo è confermato."],
    17: ["I dati di spremitura sono completi dal 2018."],
    24: ["Il modello trascrive bene anche il gergo odontoiatrico."],
    34: ["L'integrazione con la cartella clinica funziona."],
    37: ["Nessun problema tecnico: i dialoghi sono credibili."],
    44: ["Sponsor molto presente, viene a tutte le demo."],
    60: ["Team completo, due sviluppatori e una data scientist."],
    84: ["Per ora i costi sono sotto controllo."],
    15: ["Stand-up moved to 9:15 for the summer."],
    71: ["Nos vemos en el taller del jueves."],
    29: ["Sprint review reportée à mardi."],
    27: ["Aggiornato il diagramma dell'architettura."],
    94: ["Riunione spostata a giovedì."],
}
