"""Hand-written spec of blind set 2026-12m (90 initiatives BM-01..BM-90).

Three organisations, one sector each:
  keystone  Keystone Regional Rail (passenger rail operator, English)      BM-01..BM-30
  zeewind   Zeewind Energie (onshore/offshore wind operator, Dutch+English) BM-31..BM-60
  riviera   Gruppo Alberghi Riviera (hotel group, Italian)                 BM-61..BM-90

Per initiative: id, project key, name, business unit, technique, build/buy, outcome, furthest stage,
primary cause (None for IN_PRODUCTION/ACTIVE), extra acceptable causes, idle days (as-of minus last
Jira activity), shape, evidence pieces, closure reason, success KPI, flags.

shape: 'epic' = one epic per stage with stories under it; 'flat' = no epics, stage in labels /
components / sprint / fix version only; 'one' = one epic for the whole initiative, stage words in the
story summaries. The digits after the shape are the stories per stage (discovery first), e.g.
'epic:1213' = 1, 2, 1, 3 stories.

Evidence pieces: plain text = a comment on a furthest-stage story (pieces go round-robin over the
furthest-stage stories); 'd:' = in the description of the first furthest-stage story; 'e:' = a
comment on the last story of the stage before; 'x:' = a comment on the furthest-stage epic (or on
the first furthest story when the shape has no epic there).

flags: hold (registry status on hold), paused (status 'Paused'), lag (registry stage one behind
the work), live (status 'Live' instead of 'In production'), stopped (status 'Stopped' instead of
'Cancelled'), retired (production reached, later retired), label:KEY (issues only in shared project
KEY, linked by label initiative:BM-xx), epickeys:KEY (registry lists the epic keys, in shared project
KEY), nosponsor, noowner, overrun (budget_spent > planned), noaudit (data_audit_completed no).
"""

D, S, P, E, DP, O = "DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"
DR, UO, PA, INT, SEC, OWN, SK, SC, UA, CF, TF, UNK = (
    "DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
    "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION",
    "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN")

INITIATIVES = []


def I(id, key, name, subj, bu, tech, bob, outcome, stage, cause, idle, shape, ev=(), closure=None,
      kpi="", acc=(), flags="", extra=()):
    INITIATIVES.append(dict(id=id, key=key, name=name, subj=subj, bu=bu, tech=tech, bob=bob,
                            outcome=outcome, stage=stage, cause=cause, idle=idle, shape=shape,
                            ev=list(ev), closure=closure, kpi=kpi, acc=list(acc),
                            flags=flags.split(), extra=list(extra)))


# ---------------------------------------------------------------- keystone (rail, English)
I("BM-01", "DOORS", "Door fault prediction – Class 331 fleet", "door fault prediction", "Fleet Engineering",
  "classification", "build", "IN_PRODUCTION", O, None, 6, "epic:111122",
  kpi="door-related delay minutes -20% vs 2024",
  extra=["Access to the fault-code warehouse approved by IT today, unblocked."])
I("BM-02", "HABD", "Hot axle box anomaly detection", "axle temperature anomalies", "Fleet Engineering",
  "anomaly-detection", "build", "STALLED", P, DR, 140, "epic:112",
  ev=["d:Known gap: HABD history before 2025 is only in the vendor's portal as daily PDFs, no raw readings.",
      "Trackside detectors on the western corridor were swapped in March and the new units log in a different unit. Nobody has the conversion for the old ones.",
      "Tried to stitch Jan–Jun anyway: 38% of readings have no train id attached. Can't tie an alarm to a vehicle, so no labels to train on."],
  kpi="hot axle incidents detected before the alarm threshold", flags="noaudit")
I("BM-03", "LOADS", "Carriage loading forecast for the Coast line", "carriage loading forecast",
  "Customer & Revenue", "forecasting", "build", "ACTIVE", E, None, 12, "flat:1122",
  kpi="crowding complaints -15%")
I("BM-04", "CRGPT", "Control room GenAI assistant", "control room assistant", "Operations Control",
  "genai-assistant", "partner", "CANCELLED", D, UO, 70, "one:3",
  ev=["Workshop 3 notes: controllers asked what it would answer that the incident manual doesn't. We didn't have a good reply.",
      "Still no agreement on whether this is about incident logging, passenger comms or training new controllers — each stakeholder picks a different one."],
  closure="Stopped at the discovery gate: after six workshops there was still no agreed problem statement or measure of benefit for the control room. Re-submit only with a defined use case.")
I("BM-05", "TTREC", "Timetable recovery recommender", "timetable recovery", "Operations Control",
  "optimisation", "build", "STALLED", E, PA, 180, "epic:1212",
  ev=["The solver runs in Rahul's Azure ML compute instance. No service account, no scheduled job, nothing that would survive him logging off.",
      "Asked the platform team about hosting: they only support containers on the OpenShift cluster and ours is a conda env with 2GB of pickles. No route from here to there at the moment.",
      "x:Nobody has looked at how we would know if recommendations go bad once it runs unattended. There is no logging of inputs at all."],
  kpi="recovery time after perturbation -10 min")
I("BM-06", "QUEUE", "Ticket office queue forecasting", "ticket office queues", "Stations",
  "forecasting", "build", "IN_PRODUCTION", O, None, 19, "flat:111111",
  kpi="queue > 5 min occurrences -30%", flags="live")
I("BM-07", "PHEAT", "Predictive points heater control", "points heater control", "Infrastructure",
  "forecasting", "build", "STALLED", DP, INT, 120, "epic:11121",
  ev=["Pilot model is ready, but the heater panels are managed through the Siemens remote monitoring box and there's no write path for set-points from outside.",
      "Siemens came back: opening the remote-control interface to a third-party system needs a firmware upgrade at every site — not before the 2027 framework.",
      "So for now the prediction goes out as an email to the MOM at 05:00 and nothing acts on it automatically."],
  kpi="points failures in frost -25%")
I("BM-08", "WFLAT", "Wheel-flat detection from onboard accelerometers", "wheel-flat detection",
  "Fleet Engineering", "anomaly-detection", "partner", "CANCELLED", E, CF, 40, "epic:1111",
  ev=["Supplier's revised quote for the retrofit kits is in — more than triple the number in the business case."],
  closure="Closed at Gate 3. Fitting the accelerometer kits to the remaining 58 units was re-quoted at £2.1m against £600k in the business case; the savings on wheel lathe time cannot carry it.",
  kpi="wheel lathe hours -12%", flags="overrun")
I("BM-09", "DATA", "Lost property matching", "lost property matching", "Stations",
  "genai-assistant", "build", "ACTIVE", P, None, 33, "epic:121",
  kpi="items returned to owner +40%", flags="epickeys:DATA")
I("BM-10", "CROWD", "Platform crowding detection from CCTV", "platform crowding from CCTV", "Stations",
  "computer-vision", "partner", "STALLED", DP, SEC, 210, "epic:11111",
  ev=["DPO review came back: platform cameras are signed for safety and crime prevention only. Counting people for service planning is a new purpose — fresh DPIA and new signage at 41 stations.",
      "Also BTP have to be consulted because some feeds are theirs. Their information governance lead hasn't replied in two months."],
  kpi="platform overcrowding events flagged < 2 min")
I("BM-11", "DELAY", "Delay attribution text classifier", "delay attribution", "Operations Control",
  "classification", "build", "IN_PRODUCTION", O, None, 2, "one:111112",
  kpi="manual attribution effort -50%",
  extra=["Accuracy on the autumn holdout beat the target (0.91 vs 0.85)."])
I("BM-12", "FLEETP", "Fleet maintenance demand planning", "maintenance demand planning",
  "Fleet Engineering", "forecasting", "build", "STALLED", S, OWN, 160, "epic:12",
  ev=["Business case v2 sent to the Fleet Director for sign-off. No answer — he's now covering the franchise handover as well.",
      "Chased again. The Fleet Director role is being split into two posts from January and neither is appointed. Nobody can approve the BC until then."],
  kpi="depot overtime -8%", flags="nosponsor")
I("BM-13", "DMSG", "Customer disruption messaging assistant", "disruption messaging", "Customer & Revenue",
  "genai-assistant", "build", "CANCELLED", P, SC, 55, "flat:112",
  ev=["Comms now want the same engine to drive the station PIS screens and the on-train announcements. Adding to backlog…",
      "e:Customer board asked for app push and the other operators' services to be covered 'while we're at it'.",
      "Prototype backlog is at 187 items. We have not put a single message in front of a passenger yet."],
  closure="Cancelled by the Customer board: what began as automated delay tweets for the Coast line grew into a multi-channel, multi-operator comms platform (app push, PIS, on-train announcements) and no first release shipped in 14 months.",
  kpi="time to first disruption message < 3 min")
I("BM-14", "RUL", "Rolling stock component remaining useful life", "component remaining life",
  "Fleet Engineering", "forecasting", "build", "STALLED", E, SK, 130, "epic:1111",
  ev=["Mehmet leaves end of month (moving to Network Rail). He wrote the degradation model and all the feature jobs.",
      "Handover attempt: nobody in the fleet data team has used PyMC before, they've been trying to rerun the fits for two weeks without success.",
      "Recruitment for a replacement is on hold until the new financial year."],
  kpi="unplanned component changes -15%", flags="lag")
I("BM-15", "REVP", "Revenue protection hotspot model", "revenue protection hotspots",
  "Customer & Revenue", "classification", "build", "IN_PRODUCTION", O, None, 25, "epic:111111",
  kpi="fare evasion rate -1.5 pts")
I("BM-16", "TGEO", "Track geometry deterioration prediction", "track geometry deterioration",
  "Infrastructure", "forecasting", "build", "CANCELLED", D, DR, 95, "one:2",
  ev=["Geometry runs from 2019–2024 use the old ELR mileages; after the re-survey nobody can map them to current track positions.",
      "Asked the measurement train team for the raw channel files — they only kept the exceedance reports."],
  closure="Withdrawn. Measurement train runs were not stored consistently before 2025 and cannot be aligned to track positions after the mileage re-survey; nothing can be trained until a clean history exists (earliest 2028).",
  kpi="speed restrictions from geometry faults -20%", flags="noaudit")
I("BM-17", "CLEAN", "Station cleaning roster optimisation", "cleaning roster", "Stations",
  "optimisation", "buy", "ACTIVE", DP, None, 5, "epic:11121", kpi="cleaning audit score > 90%",
  flags="lag")
I("BM-18", "DAS", "Driver advisory energy-saving prompts", "driver advisory prompts",
  "Operations Control", "optimisation", "partner", "STALLED", DP, UA, 115, "epic:11112",
  ev=["Pilot on 12 units since May. Telemetry says the advisory panel is minimised on 80% of journeys.",
      "Talked to drivers at Ashford: 'it tells me to coast where I know the signal will go red'. They don't believe it and nobody explained how it works.",
      "x:ASLEF rep asked for it to be taken out of the pilot cabs until there's been a proper briefing."],
  kpi="traction energy -6%")
I("BM-19", "FHELP", "Fault code triage bot for the fleet helpdesk", "fault triage bot", "Fleet Engineering",
  "genai-assistant", "build", "IN_PRODUCTION", O, None, 11, "flat:111111",
  kpi="helpdesk calls resolved first time +20%",
  extra=["Security review passed with two minor actions, both closed."])
I("BM-20", "POSS", "Automated possession planning suggestions", "possession planning", "Infrastructure",
  "optimisation", "build", "CANCELLED", E, INT, 65, "epic:1111",
  ev=["Infrastructure manager's IT confirmed: no API access for operators to the possession planning tool, only the weekly PDF extract.",
      "We could re-key the suggestions by hand into their tool but that's 3 hours per week of a planner, which was the thing we were supposed to save."],
  closure="Stopped: possession plans live in the infrastructure manager's national planning system and we have no sanctioned way to read from or write to it. Manual re-keying defeats the purpose.",
  kpi="possession overruns -10%")
I("BM-21", "PANTO", "Pantograph damage detection from roof cameras", "pantograph damage detection",
  "Fleet Engineering", "computer-vision", "partner", "STALLED", P, TF, 150, "epic:113",
  ev=["Night captures are mostly black, and with spray in wet weather the carbon strip is invisible. Precision on the wet set: 0.22.",
      "Tried the thermal camera set the vendor lent us — better at night, but strip wear just isn't visible in thermal.",
      "Honestly the 'catch every damaged strip before it tears the OLE' goal isn't something these cameras can deliver."],
  kpi="dewirements from pantograph damage: zero", acc=[DR])
I("BM-22", "DATA", "Seat reservation demand nowcast", "seat reservation nowcast", "Customer & Revenue",
  "forecasting", "build", "ACTIVE", E, None, 58, "epic:1121", kpi="reserved-seat conflicts -25%",
  flags="epickeys:DATA")
I("BM-23", "SIGDX", "Signalling fault diagnosis helper", "signalling fault diagnosis", "Infrastructure",
  "classification", "build", "STALLED", E, UNK, 105, "epic:1121",
  kpi="signalling fault fix time -15%")
I("BM-24", "FOOTF", "Station retail footfall model", "retail footfall", "Stations", "forecasting", "build",
  "CANCELLED", P, OWN, 30, "flat:111",
  ev=["Who is picking this up after the reorg? Retail says it's stations, stations say it's retail."],
  closure="After the Stations & Property reorganisation no department accepted the project; the new Property Partnerships director declined to take it over.",
  kpi="retail income per passenger +5%", flags="noowner")
I("BM-25", "CATER", "Catering trolley load planning", "trolley load planning", "Customer & Revenue",
  "forecasting", "buy", "IN_PRODUCTION", O, None, 30, "epic:111111", kpi="catering waste -30%",
  flags="live")
I("BM-26", "TRESP", "Trespass incident prediction", "trespass prediction", "Infrastructure",
  "classification", "build", "CANCELLED", P, TF, 85, "epic:112",
  ev=["Tried gradient boosting, then a spatial model. Neither beats just ranking last year's hotspots."],
  closure="Closed after the prototype review: the model could not predict trespass better than the existing hotspot list (precision 0.07 at useful recall). Events are too rare and random at line-section level.",
  kpi="trespass delay minutes -10%", flags="stopped")
I("BM-27", "VEGSAT", "Vegetation risk from satellite imagery", "vegetation risk", "Infrastructure",
  "computer-vision", "partner", "ACTIVE", P, None, 21, "one:112", kpi="leaf-fall delay minutes -8%")
I("BM-28", "ETAFR", "Freight path ETA model", "freight path ETA", "Operations Control", "forecasting",
  "build", "STALLED", P, UNK, 20, "epic:111", kpi="ETA error < 10 min", flags="hold")
I("BM-29", "ROSTR", "Crew roster disruption forecasting", "crew roster disruption", "Operations Control",
  "forecasting", "build", "CANCELLED", E, UNK, 45, "flat:1111", kpi="uncovered turns -20%")
I("BM-30", "DATA", "Complaint routing classifier", "complaint routing", "Customer & Revenue",
  "classification", "build", "IN_PRODUCTION", O, None, 14, "flat:111111",
  kpi="complaint first response < 5 days", flags="label:DATA")

# ---------------------------------------------------------------- zeewind (wind, Dutch + English)
I("BM-31", "YAW", "Yaw misalignment detection", "yaw-misalignment detectie", "Asset Management",
  "anomaly-detection", "build", "IN_PRODUCTION", O, None, 4, "epic:111112",
  kpi="AEP +0,8% op NZO")
I("BM-32", "BLADE", "Blade erosion prediction from inspection photos", "bladerosie voorspelling",
  "Asset Management", "computer-vision", "build", "STALLED", D, DR, 200, "one:3",
  ev=["De inspectiefoto's van 2022 en 2023 staan bij drie verschillende drone-leveranciers, elk met een eigen naamgeving. Niemand weet welke foto bij welk blad hoort.",
      "Asked Skyspecs for the raw images + GPS — under our current contract they only hand over the PDF reports.",
      "Zonder koppeling foto → blad → turbine kunnen we geen enkele schade labelen."],
  kpi="leading edge repairs planned instead of reactive", flags="noaudit")
I("BM-33", "DAF", "Day-ahead production forecast v2", "day-ahead forecast", "Trading", "forecasting",
  "build", "ACTIVE", E, None, 8, "epic:1221", kpi="imbalance costs -12%")
I("BM-34", "ICING", "Icing detection Delfzijl onshore park", "ijsdetectie Delfzijl", "Operations Centre",
  "classification", "build", "CANCELLED", P, PA, 60, "flat:112",
  ev=["PoC draait op de laptop van Joost, data komt via een handmatige CSV-export uit de historian.",
      "Nobody scoped how this would run next to SCADA. IT says there's no environment for it in the OT zone."],
  closure="Gestopt na PoC-review: het model bestaat alleen als notebook, zonder pipeline, monitoring of plek om het naast SCADA te draaien; bij de opzet is nooit aan productie gedacht.",
  kpi="stilstand door ijs -20%")
I("BM-35", "OILP", "Gearbox oil particle alerting", "olie-deeltjes alerting", "Asset Management",
  "anomaly-detection", "build", "STALLED", DP, PA, 110, "epic:11121",
  ev=["Model validated on 2 years of data, ready. But who runs it? The ops centre monitoring stack can't host Python models and IT won't run containers on the OT network.",
      "Nu draait het elke ochtend handmatig; als Lotte ziek is krijgt niemand meldingen. Geen alerting, geen hertraining geregeld."],
  kpi="gearbox replacements -2 per jaar", acc=[SK])
I("BM-36", "TKTCL", "Turbine fault ticket classifier", "storingsticket classificatie",
  "Operations Centre", "classification", "build", "IN_PRODUCTION", O, None, 17, "flat:111111",
  kpi="handmatige triage -40%", flags="live",
  extra=["Monitoring in Grafana staat, alerts gaan naar de wachtdienst."])
I("BM-37", "CURT", "Remote curtailment optimiser", "curtailment optimalisatie", "Grid",
  "optimisation", "build", "STALLED", E, SEC, 135, "epic:1112",
  ev=["OT security: anything that sends set-points to the park controller falls under the NIS2 essential-entity controls. Needs a full risk assessment and CISO approval before it goes near the controllers.",
      "Risicoanalyse ingediend in april, nog steeds niet behandeld door de security board. Tot die tijd geen toegang tot de OT-zone."],
  kpi="curtailment losses -15%")
I("BM-38", "VESSEL", "Vessel transfer weather window planner", "weather window planner",
  "Asset Management", "forecasting", "build", "CANCELLED", S, OWN, 100, "epic:11",
  ev=["Henk is per 1 juni weg; wie tekent nu het businesscase-document?",
      "Marine Ops says planning is Asset Management's process, Asset Management says it's Marine Ops. Meeting cancelled again."],
  closure="Not pursued: Marine Operations and Asset Management could not agree who owns the transfer planning process, and after Henk de Wit left nobody took over as sponsor.",
  kpi="wasted vessel days -25%", flags="nosponsor")
I("BM-39", "OPSAI", "Lightning damage triage", "bliksemschade triage", "Operations Centre",
  "classification", "build", "ACTIVE", P, None, 44, "epic:112", kpi="inspection trips after lightning -30%",
  flags="epickeys:OPSAI")
I("BM-40", "PCURVE", "Power curve anomaly detection", "vermogenscurve anomalieën", "Asset Management",
  "anomaly-detection", "build", "STALLED", P, SK, 125, "flat:112",
  ev=["Noor (our one data scientist) went on maternity leave in June; PoC paused.",
      "Externe inhuur aangevraagd maar afgewezen ivm personeelsstop. De rest van het team zijn SCADA-engineers, niemand doet ML."],
  kpi="underperformance found within 7 days")
I("BM-41", "SPARE", "Spare parts demand forecast", "reserveonderdelen forecast", "Asset Management",
  "forecasting", "buy", "IN_PRODUCTION", O, None, 28, "epic:111111", kpi="voorraadwaarde -10%")
I("BM-42", "CABLE", "Digital twin export cable thermal rating", "kabel digital twin", "Grid",
  "simulation", "buy", "CANCELLED", P, CF, 75, "epic:111",
  ev=["Licence quote received, way beyond what the PoC budget assumed."],
  closure="Stopped: the vendor's licence for the cable twin came in at €380k per year per cable; with two export cables this wipes out the expected gain from dynamic rating. Budget 2026 not granted.",
  kpi="extra export capacity 5%", flags="overrun")
I("BM-43", "PDMP", "Predictive maintenance platform (pilot Windpark Noordzee-Oost)", "PdM platform",
  "Asset Management", "anomaly-detection", "build", "STALLED", E, SC, 101, "epic:1123",
  ev=["Original ask: main bearing failure alerts for NZO. Steering added gearbox, generator, pitch system and blade bearings 'since the platform is there anyway'.",
      "Nu ook de onshore parken en de transformatorstations erbij. De eerste oplevering voor NZO is drie keer verschoven.",
      "x:Backlog at 310 tickets. v1 still has no date."],
  kpi="unplanned downtime -10%", flags="overrun")
I("BM-44", "BIRD", "Bird collision risk camera", "vogelaanvaring camera", "HSE", "computer-vision",
  "partner", "ACTIVE", DP, None, 27, "epic:11111", kpi="vergunningseis: stilzetten bij risico",
  flags="lag")
I("BM-45", "PPA", "Market price forecasting for the PPA desk", "PPA prijsforecast", "Trading",
  "forecasting", "build", "STALLED", S, CF, 190, "one:12",
  ev=["Business case for the build phase: €1.4m over 3 yrs. Finance: not in the 2026 plan, the capex committee froze all non-regulatory spend after the tender loss.",
      "Geen budget, dus de strategiefase blijft liggen tot de volgende begrotingsronde."],
  kpi="PPA pricing margin +2%", flags="hold")
I("BM-46", "CTV", "Crew transfer vessel ETA model", "CTV ETA model", "Asset Management",
  "forecasting", "build", "IN_PRODUCTION", O, None, 9, "one:111111", kpi="ETA error < 15 min")
I("BM-47", "WAKE", "Wake steering recommender", "wake steering", "Asset Management",
  "optimisation", "partner", "CANCELLED", P, TF, 50, "epic:112",
  ev=["Field test week 3: gain within measurement noise again. The vendor brochure's +3% is not realistic for our layout."],
  closure="Gestopt: het model haalt in de simulaties niet meer dan 0,3% extra opbrengst en in de veldtest was het verschil niet meetbaar tegen de ruis. Het effect is te klein om met deze aanpak aan te tonen.",
  kpi="AEP +1,5%")
I("BM-48", "WOCOP", "Technician work-order copilot", "werkorder copilot", "Operations Centre",
  "genai-assistant", "build", "STALLED", DP, UA, 140, "flat:11112",
  ev=["Copilot live for the Eemshaven crew since March. Usage log: 6 queries last month, all by the same person.",
      "Monteurs zeggen dat ze het antwoord sneller van een collega krijgen, en ze vertrouwen de samenvattingen van de handleidingen niet.",
      "No onboarding beyond a Teams post. The team leads don't push it either."],
  kpi="time to diagnose -20%")
I("BM-49", "ALARM", "SCADA alarm flood reduction", "alarm flood reductie", "Operations Centre",
  "clustering", "partner", "CANCELLED", E, SK, 80, "epic:1111",
  ev=["Contract van het Deloitte-team afgelopen; de overdracht was één sessie van een uur.",
      "Vacature ML engineer twee keer opengezet, geen geschikte kandidaten."],
  closure="Closed: the two contractors who built the alarm clustering left when their contract ended, our own team cannot maintain or extend the code, and hiring an ML engineer failed twice.",
  kpi="alarms per shift -50%")
I("BM-50", "METQC", "Met-mast data quality checker", "meetmast datakwaliteit", "Asset Management",
  "anomaly-detection", "build", "ACTIVE", E, None, 3, "flat:1121", kpi="handmatige controle -70%")
I("BM-51", "HSEAI", "AI for HSE incident reports", "HSE incidentrapporten", "HSE", "classification",
  "build", "STALLED", P, UO, 160, "epic:121",
  ev=["PoC classifies incident reports into 14 categories. At the review HSE asked 'and then what?' — nobody ever defined which decision or KPI this should improve.",
      "Is het doel minder incidenten, snellere afhandeling of betere rapportage aan de toezichthouder? Daar is nooit een keuze in gemaakt."],
  kpi="")
I("BM-52", "DTS", "Cable fault location from DTS data", "kabelfout lokalisatie", "Grid",
  "anomaly-detection", "build", "CANCELLED", P, DR, 110, "epic:111",
  ev=["Only 15-minute averages in the historian; raw DTS traces get overwritten after 7 days.",
      "e:Er zijn maar twee historische kabelfouten om van te leren."],
  closure="Cancelled: distributed temperature sensing has only been stored as 15-minute averages since commissioning; fault signatures need raw traces that were never kept, and only two historic faults exist.",
  kpi="fault location time -50%", flags="noaudit")
I("BM-53", "MBRG", "Vibration-based main bearing alerts", "hoofdlager alerts", "Asset Management",
  "anomaly-detection", "build", "IN_PRODUCTION", O, None, 13, "epic:112112", kpi="main bearing failures caught early > 80%")
I("BM-54", "AUTOWO", "Automatic work orders from CMS alerts", "automatische werkorders",
  "Operations Centre", "classification", "build", "STALLED", DP, INT, 99, "epic:11111",
  ev=["Alerts are ready, but writing work orders into the OEM's service portal isn't possible — they only accept orders through their own app.",
      "Onze eigen SAP PM-koppeling loopt via de ESB en dat team heeft een wachtrij van 9 maanden voor nieuwe interfaces."],
  kpi="werkorder binnen 1 uur na alert")
I("BM-55", "TENDR", "Generative AI for tender documents", "GenAI tenders", "Trading", "genai-assistant",
  "buy", "CANCELLED", D, UO, 200, "one:2",
  ev=["Drie gesprekken met Tenders gehad, niemand kan aangeven wat er beter moet."],
  closure="Closed at discovery: no concrete problem was identified. The request was 'do something with GenAI for tenders' and the tender team could not name a measurable improvement they needed.",
  kpi="")
I("BM-56", "OPSAI", "Underwater scour detection from sonar", "scour detectie sonar", "Asset Management",
  "computer-vision", "partner", "ACTIVE", P, None, 60, "flat:111", kpi="scour survey cost -30%",
  flags="label:OPSAI")
I("BM-57", "NOISE", "Noise-optimised night operation", "nachtelijke geluidsmodus", "HSE",
  "optimisation", "build", "STALLED", P, UNK, 230, "epic:112", kpi="geluidsklachten -50%")
I("BM-58", "CRADV", "Control-room curtailment advisor", "curtailment advies controlekamer",
  "Operations Centre", "optimisation", "build", "CANCELLED", DP, UA, 35, "epic:11112",
  ev=["Operators klikken het advies weg; ze zijn nooit betrokken geweest bij het ontwerp.",
      "Shift leads asked us to switch it off after the night shift complained about the pop-ups."],
  closure="Withdrawn after the 6-month pilot: control room operators did not use the advice (overridden in 94% of cases) and the shift leads asked for it to be switched off.",
  kpi="curtailment response time -5 min")
I("BM-59", "CONG", "Grid congestion forecast", "netcongestie forecast", "Grid", "forecasting",
  "build", "IN_PRODUCTION", O, None, 22, "flat:111111", kpi="congestion penalties -20%",
  extra=["Budget fase 2 goedgekeurd."])
I("BM-60", "PITCH", "Blade pitch bearing wear model", "pitchlager slijtage", "Asset Management",
  "forecasting", "build", "IN_PRODUCTION", O, None, 40, "epic:111111", kpi="pitch bearing failures -30%",
  flags="retired")

# ---------------------------------------------------------------- riviera (hotels, Italian)
I("BM-61", "OCC", "Previsione occupazione camere a 30 giorni", "previsione occupazione",
  "Revenue Management", "forecasting", "build", "IN_PRODUCTION", O, None, 7, "epic:111112",
  kpi="errore previsione < 4 punti")
I("BM-62", "MEETP", "Prezzi dinamici per le sale meeting", "prezzi sale meeting", "Revenue Management",
  "optimisation", "build", "STALLED", E, PA, 150, "epic:1112",
  ev=["d:Nota tecnica: nessuna pipeline di aggiornamento dati, nessun log, nessun controllo della qualità delle previsioni nel tempo.",
      "Il modello gira solo come script sul PC di Federica, lanciato a mano il lunedì. Nessuno ha pensato a dove farlo girare quando va in esercizio.",
      "L'IT di gruppo dice che non ha un ambiente per ospitare modelli Python e non è previsto prima del 2027."],
  kpi="ricavo medio per sala +10%")
I("BM-63", "REVW", "Assistente risposte recensioni", "risposte recensioni", "Marketing",
  "genai-assistant", "buy", "ACTIVE", DP, None, 15, "flat:11111", kpi="tempo di risposta < 24h",
  extra=["La DPIA è stata approvata senza osservazioni."])
I("BM-64", "BOTGR", "Chatbot generico per il gruppo", "chatbot di gruppo", "Marketing",
  "genai-assistant", "buy", "CANCELLED", S, UO, 90, "epic:12",
  ev=["Ho chiesto a Marketing e Front Office cosa si aspettano: uno vuole più vendite dirette, l'altro meno telefonate. Nessuno ha scritto un obiettivo.",
      "x:Alla revisione di giugno il comitato ha chiesto quale fosse il beneficio atteso. Silenzio."],
  closure="Chiuso dal comitato digitale: dopo otto mesi non si è capito quale problema dovesse risolvere il chatbot né come misurarne il beneficio; nessun KPI definito.",
  kpi="")
I("BM-65", "UPSL", "Upselling camere al check-in", "upselling al check-in", "Front Office",
  "recommendation", "build", "STALLED", DP, INT, 120, "epic:11121",
  ev=["Le proposte di upgrade sono pronte ma il PMS (Protel) non permette di mostrarle a video al receptionist: serve un modulo del fornitore.",
      "Protel ha mandato il preventivo per l'interfaccia: consegna in 6 mesi e solo dopo l'aggiornamento di versione in tutte le strutture."],
  kpi="ricavi da upgrade +15%", flags="lag")
I("BM-66", "HKTURN", "Ottimizzazione turni housekeeping", "turni housekeeping", "Housekeeping",
  "optimisation", "buy", "IN_PRODUCTION", O, None, 21, "flat:111111", kpi="ore straordinario -20%",
  flags="live")
I("BM-67", "FACE", "Riconoscimento facciale al check-in express", "check-in con riconoscimento facciale",
  "Front Office", "computer-vision", "partner", "STALLED", E, SEC, 170, "epic:1111",
  ev=["Il DPO ha fermato tutto: i dati biometrici degli ospiti richiedono valutazione d'impatto, consenso esplicito e probabilmente un parere del Garante.",
      "Legale: finché la DPIA non è approvata nessun test con ospiti veri. La DPIA è ferma all'ufficio privacy da marzo."],
  kpi="tempo medio check-in < 2 min")
I("BM-68", "FBWST", "Previsione consumi F&B per ridurre gli sprechi", "previsione consumi F&B", "F&B",
  "forecasting", "partner", "CANCELLED", P, PA, 70, "flat:112",
  ev=["Il notebook legge un export Excel caricato a mano ogni settimana. Non c'è nessun flusso automatico.",
      "Il prototipo vive nell'ambiente di prova del fornitore, che scade a fine contratto."],
  closure="Chiuso: il prototipo è stato costruito in un ambiente di prova del fornitore che non prevede il passaggio in esercizio; ricostruirlo sulla piattaforma di gruppo, con alimentazione dati e monitoraggio, vorrebbe dire ripartire da zero.",
  kpi="sprechi alimentari -25%")
I("BM-69", "MAILC", "Classificazione email prenotazioni", "classificazione email", "Front Office",
  "classification", "build", "ACTIVE", E, None, 40, "epic:1121", kpi="email smistate automaticamente 70%")
I("BM-70", "NOSHW", "Previsione no-show e overbooking", "previsione no-show", "Revenue Management",
  "forecasting", "build", "STALLED", S, OWN, 140, "one:12",
  ev=["Il direttore commerciale che aveva chiesto il progetto (dott. Ferri) è uscito dal gruppo a maggio.",
      "Il nuovo direttore non ha ancora preso posizione; il business case aspetta una firma da tre mesi.",
      "Revenue e Front Office continuano a rimbalzarsi la responsabilità."],
  kpi="perdite da no-show -15%", flags="nosponsor")
I("BM-71", "HVAC", "Manutenzione predittiva impianti HVAC", "manutenzione predittiva HVAC", "Tecnico",
  "anomaly-detection", "build", "IN_PRODUCTION", O, None, 33, "epic:111111",
  kpi="guasti HVAC in alta stagione -30%",
  extra=["Accesso ai dati del BMS concesso, sbloccati."])
I("BM-72", "MENU", "Menu dinamico ristoranti", "menu dinamico", "F&B", "recommendation", "build",
  "CANCELLED", E, INT, 60, "epic:1111",
  ev=["Il POS dei ristoranti non ha API; l'unica via sarebbe un export notturno su chiavetta, impraticabile.",
      "Il fornitore del POS conferma che la versione installata non è più sviluppata: niente interfacce nuove."],
  closure="Abbandonato: il sistema di cassa dei ristoranti (versione non più supportata) non accetta dati in ingresso e il fornitore non sviluppa più interfacce.",
  kpi="margine F&B +3%")
I("BM-73", "PERS", "Piattaforma personalizzazione ospiti", "personalizzazione ospiti", "Marketing",
  "recommendation", "build", "STALLED", E, SC, 110, "epic:1122",
  ev=["Partiti con le email pre-arrivo per un solo hotel. Ora marketing vuole app, spa, ristorante e programma fedeltà nella stessa release.",
      "Ogni direttore d'albergo aggiunge le sue richieste; il documento dei requisiti è alla versione 9.",
      "Prima release ancora senza data."],
  kpi="ricavi ancillari +8%", flags="overrun")
I("BM-74", "SENT", "Analisi sentiment recensioni", "sentiment recensioni", "Marketing",
  "classification", "build", "ACTIVE", E, None, 52, "flat:1112", kpi="punteggio medio recensioni +0,2",
  flags="lag")
I("BM-75", "CALLT", "Trascrizione chiamate centrale prenotazioni", "trascrizione chiamate",
  "Front Office", "speech-to-text", "buy", "CANCELLED", DP, SEC, 100, "epic:11111",
  ev=["Audit PCI: vietato registrare o trasmettere il numero di carta, e le chiamate non sono mascherate.",
      "Il responsabile sicurezza non firma l'invio delle registrazioni al servizio cloud."],
  closure="Sospeso definitivamente: le chiamate contengono dati di carte di pagamento e la compliance PCI non consente di inviarle al servizio di trascrizione in cloud; nessuna alternativa on-premise accettabile.",
  kpi="tempo di registrazione prenotazione -30%")
I("BM-76", "ROOMA", "Suggerimento assegnazione camere", "assegnazione camere", "Front Office",
  "optimisation", "build", "STALLED", DP, UA, 125, "epic:11121",
  ev=["Pilota a Rimini e Riccione da aprile: i receptionist accettano il suggerimento nel 4% dei casi, il resto lo cambiano.",
      "Dicono che il sistema non conosce gli ospiti abituali e le loro preferenze, quindi non si fidano.",
      "x:Nessuna formazione fatta al turno di notte."],
  kpi="richieste di cambio camera -30%")
I("BM-77", "LINEN", "Previsione biancheria per lavanderia", "previsione biancheria", "Housekeeping",
  "forecasting", "build", "IN_PRODUCTION", O, None, 12, "one:111111", kpi="noleggio biancheria -10%")
I("BM-78", "EVENT", "AI per eventi e congressi", "AI eventi", "Eventi", "genai-assistant", "buy",
  "CANCELLED", D, OWN, 150, "epic:2",
  ev=["Con l'uscita di Sara chi segue questo? Nessuna risposta dalla direzione."],
  closure="Chiuso: la responsabile eventi che l'aveva proposto ha lasciato l'azienda e nessuna funzione ha voluto prenderlo in carico.",
  kpi="preventivi eventi in 24h", flags="nosponsor noowner")
I("BM-79", "ENRG", "Ottimizzazione energetica camere", "ottimizzazione energetica", "Tecnico",
  "optimisation", "build", "STALLED", P, CF, 30, "epic:112",
  ev=["Per il prototipo servono sensori in 400 camere: preventivo 210.000 €, il budget approvato era 60.000.",
      "Il CFO non autorizza l'extra finché non c'è il nuovo piano investimenti. Tutto fermo."],
  kpi="consumo kWh per camera -12%", flags="paused overrun")
I("BM-80", "TRAD", "Traduzione automatica comunicazioni ospiti", "traduzione comunicazioni",
  "Marketing", "genai-assistant", "buy", "ACTIVE", P, None, 9, "epic:112", kpi="email in 6 lingue")
I("BM-81", "VASST", "Assistente virtuale ospiti", "assistente virtuale", "Front Office",
  "genai-assistant", "partner", "CANCELLED", P, SC, 40, "epic:113",
  ev=["Aggiunte anche le richieste per il servizio in camera e la prenotazione della spa.",
      "e:Marketing chiede che funzioni anche su WhatsApp e al telefono prima di partire."],
  closure="Chiuso dal comitato: doveva essere un semplice FAQ bot per il sito; in 10 mesi è diventato un assistente su WhatsApp, app, telefono e in camera, senza mai arrivare a una prima versione utilizzabile.",
  kpi="telefonate alla reception -20%")
I("BM-82", "PARK", "Previsione domanda parcheggio", "domanda parcheggio", "Revenue Management",
  "forecasting", "build", "STALLED", P, SK, 115, "flat:112",
  ev=["Luca, l'unico che conosceva Python in revenue, si è dimesso.",
      "Nessun altro nel team sa far girare il modello; il bando per un data analyst è andato deserto."],
  kpi="ricavi parcheggio +10%")
I("BM-83", "DYNP", "Tariffe dinamiche camere", "tariffe dinamiche", "Revenue Management",
  "optimisation", "buy", "IN_PRODUCTION", O, None, 26, "epic:111112", kpi="RevPAR +4%",
  extra=["Integrazione con il channel manager funzionante in produzione."])
I("BM-84", "VOICE", "Assistente vocale per governanti", "assistente vocale governanti", "Housekeeping",
  "speech-to-text", "buy", "CANCELLED", DP, UA, 55, "flat:11111",
  ev=["Le capo-governanti dicono che nessuno ha chiesto loro come lavorano.",
      "Al secondo mese quasi tutte segnano di nuovo le camere sul foglio."],
  closure="Ritirato dopo il pilota: le governanti hanno continuato a usare il foglio cartaceo, senza formazione né coinvolgimento delle capo-governanti; utilizzo medio sotto il 3%.",
  kpi="camere pronte comunicate in tempo reale")
I("BM-85", "GRPC", "Previsione cancellazioni gruppi", "cancellazioni gruppi", "Revenue Management",
  "forecasting", "build", "STALLED", P, DR, 160, "epic:112",
  ev=["I dati dei gruppi sono nel vecchio CRM migrato a metà 2025: metà delle prenotazioni storiche non ha il codice agenzia.",
      "Export dal CRM vecchio chiesto all'IT da febbraio; nessuno ha più le credenziali dell'archivio.",
      "Senza uno storico completo il prototipo non si può addestrare."],
  kpi="allotment rilasciato in tempo +20%", flags="noaudit")
I("BM-86", "RMAUT", "Revenue management automatico", "revenue management automatico",
  "Revenue Management", "optimisation", "partner", "CANCELLED", E, CF, 45, "epic:1112",
  ev=["Preventivo cloud ricalcolato sui volumi reali: tre volte la stima iniziale."],
  closure="Chiuso: il costo annuo della piattaforma (licenze più cloud) supera di gran lunga il margine aggiuntivo stimato; ROI negativo su 5 anni.",
  kpi="RevPAR +6%", flags="overrun stopped")
I("BM-87", "SPA", "Prenotazioni spa ottimizzate", "ottimizzazione spa", "Wellness", "optimisation",
  "build", "STALLED", E, UNK, 250, "flat:1112", kpi="occupazione cabine +15%")
I("BM-88", "WATER", "Rilevamento anomalie consumi acqua", "anomalie consumi acqua", "Tecnico",
  "anomaly-detection", "build", "IN_PRODUCTION", O, None, 18, "flat:111111", kpi="perdite idriche -20%")
I("BM-89", "LDMG", "Riconoscimento danni biancheria da foto", "danni biancheria", "Housekeeping",
  "computer-vision", "partner", "CANCELLED", P, TF, 95, "epic:113",
  ev=["Ottavo tentativo con un modello più grande: nessun miglioramento sulle macchie chiare."],
  closure="Chiuso dopo il prototipo: il modello non distingue le macchie lievi da ombre e pieghe (precisione sotto il 50%); scartare automaticamente la biancheria danneggiata non è raggiungibile con le telecamere attuali.",
  kpi="biancheria scartata a mano -50%")
I("BM-90", "DIGI", "Previsione personale F&B per banchetti", "personale banchetti", "F&B",
  "forecasting", "build", "ACTIVE", E, None, 25, "epic:1111", kpi="ore extra banchetti -15%",
  flags="label:DIGI")
