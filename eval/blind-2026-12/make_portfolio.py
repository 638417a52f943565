#!/usr/bin/env python3
"""Writes the blind portfolio (registry.csv, jira/*.json, jira/*.csv, truth.csv).
Hand-written specification below; deterministic output. Written 2026-12-06 without
reading lastmile's rules or tuning material."""
import csv, json, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
rnd = random.Random(20261206)
D = dt.date.fromisoformat

CHATTER = [
    "Rebased on main, pipeline green again.",
    "Sprint review notes are on the Confluence page.",
    "Added unit tests for the feature builder, coverage now 71%.",
    "Moved the config to the shared repo, please pull.",
    "Standup: no change since yesterday, continuing tomorrow.",
    "Bumped pandas to 2.2 and pinned numpy.",
    "Demo to the team went fine, a few cosmetic remarks on the labels.",
    "Re-estimated in refinement, now 5 SP.",
    "Merged the PR, thanks for the review.",
    "Renamed the output columns to snake_case as agreed.",
    "Kurzes Sync mit dem Fachbereich, nächste Schritte stehen im Ticket.",
    "Réunion de suivi faite, compte rendu sur Confluence.",
    "Logging format aligned with the platform conventions.",
    "Updated the architecture diagram (v0.4).",
    "Pairing session with Tomasz tomorrow 10:00.",
    "Screenshots attached, see the second tab for the confusion matrix.",
    "Ticket split: the reporting part goes to a follow-up story.",
    "Ich habe die Testdaten im Sharepoint-Ordner abgelegt.",
    "Petite correction sur le notebook, relancé ce matin.",
    "Jenkins job renamed, old one disabled.",
    "Retro action: keep PRs under 400 lines.",
    "Hotfix for the date parsing in the loader, deployed to dev.",
    "Shared the slides from Thursday's walkthrough.",
    "Story points updated after the spike.",
]
PEOPLE = [("5b10ac8d82e05b22cc7d4ef5", "Anja Keller"), ("712020:3f1c", "Luc Moreau"),
          ("557058:a1b2", "Priya Nair"), ("61e0c1d2f7", "Tomasz Wiśniewski"),
          ("5d53f3cb", "Sarah O'Neill"), ("63aa9b01", "Jonas Brandt")]
STATUS_SETS = {
    "en": dict(todo="To Do", prog="In Progress", rev="In Review", done="Done", blk="Blocked", wont="Won't Do"),
    "de": dict(todo="Zu erledigen", prog="In Arbeit", rev="In Prüfung", done="Erledigt", blk="Blockiert", wont="Abgelehnt"),
    "fr": dict(todo="À faire", prog="En cours", rev="En revue", done="Terminé", blk="Bloqué", wont="Abandonné"),
}
STORY_POOL = ["Extract training data for {n}", "Baseline model for {n}", "Feature engineering – {n}",
              "API contract for {n} scoring", "Evaluation report {n}", "Dashboard mock-ups for {n}",
              "Refactor loader", "Write runbook draft", "Stakeholder demo prep", "Hyperparameter sweep",
              "Label taxonomy review", "Set up dev environment", "Spike: vector store options",
              "Code review checklist", "Clean up notebooks"]

# ---------------------------------------------------------------------------
# initiative specification
# fields: id, name, bu, tech, bob, stage (registry_stage), status, start, target, prod, closed,
#  bp, bs, kpi, audit, sponsor(None=default), closure, notes, key (project or epic key), link,
#  fmt (json1/json2/csv), lang, epic (summary), epic_state (todo/prog/done/blk/wont),
#  last (last Jira activity), ev_comments [(text)], ev_desc, truth=(outcome, stage, cause, acceptable, notes)
# ---------------------------------------------------------------------------
I = []
def add(**k): I.append(k)

# ---------------- IN_PRODUCTION ----------------
add(id="BL-01", name="Invoice capture for accounts payable", bu="Finance", tech="document-ai", bob="buy",
    stage="Operation", status="live", start="2024-10-01", target="2025-09-30", prod="2025-11-03",
    bp=420000, bs=398000, kpi="Touchless invoice rate", audit="yes", key="APINV", link="project", fmt="json1", lang="en",
    epic="Invoice capture – run and improve", epic_state="prog", last="2026-09-10",
    ev_comments=["Touchless rate at 64% this month, above target."],
    truth=("IN_PRODUCTION", "", "", "", "registry production_date 2025-11-03"))
add(id="BL-02", name="Call summaries for contact centre", bu="Customer Service", tech="genai-assistant", bob="build",
    stage="", status="in production", start="2025-06-02", target="2026-02-15", prod="2026-03-16",
    bp=310000, bs=342000, kpi="After-call work minutes", audit="yes", key="CCSUM", link="project", fmt="json1", lang="en",
    epic="Go-live: call summaries for the contact centre", epic_state="done", last="2026-07-22",
    ev_comments=["Hypercare closed, handed over to the service desk."],
    truth=("IN_PRODUCTION", "", "", "", "registry production_date 2026-03-16; stage empty in registry"))
add(id="BL-03", name="Bakery store demand forecast", bu="Retail", tech="forecasting", bob="build",
    stage="Operation", status="retired", start="2023-11-06", target="2024-08-01", prod="2024-09-02", closed="2026-02-27",
    bp=260000, bs=251000, kpi="Waste % of baked goods", audit="yes", key="BAKE", link="project", fmt="csv", lang="de",
    epic="Absatzprognose Backwaren – Betrieb", epic_state="done", last="2026-02-27",
    ev_comments=["Abgelöst durch die konzernweite Planungslösung, Modell abgeschaltet."],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2024-09-02, retired 2026-02-27: still IN_PRODUCTION"))
add(id="BL-04", name="Churn propensity for broadband", bu="Marketing", tech="classification", bob="build",
    stage="Run", status="BAU", start="2025-09-01", target="2026-05-30", prod="2026-06-22",
    bp=190000, bs=176500, kpi="Monthly churn rate", audit="yes", key="CHURN", link="project", fmt="json2", lang="en",
    epic="Churn model – monitoring and retraining", epic_state="prog", last="2026-09-18",
    ev_comments=["Retraining job ran on schedule, PSI 0.04."],
    truth=("IN_PRODUCTION", "", "", "", "registry production_date 2026-06-22"))
add(id="BL-05", name="Contract clause analysis", bu="Legal", tech="nlp", bob="partner",
    stage="Pilot", status="pilot", start="2025-04-14", target="2026-06-30", prod="",
    bp=280000, bs=265000, kpi="Review hours per contract", audit="yes", key="VERTR", link="project", fmt="json2", lang="de",
    epic="Produktivsetzung Vertragsanalyse", epic_state="done", last="2026-08-12",
    ev_comments=["Seit 14.07. produktiv für alle Einkaufsverträge, Hypercare beendet."],
    truth=("IN_PRODUCTION", "", "", "", "production evidence only in Jira: Produktivsetzung epic Erledigt and comment 'seit 14.07. produktiv'; registry says pilot"))
add(id="BL-06", name="Delivery route optimisation", bu="Logistics", tech="optimisation", bob="buy",
    stage="Operation", status="operational", start="2024-03-04", target="2024-12-01", prod="2025-01-20",
    bp=510000, bs=560000, kpi="Km per drop", audit="true", key="ROUTE", link="project", fmt="json1", lang="en",
    epic="Route optimiser – BAU improvements", epic_state="prog", last="2026-04-02",
    ev_comments=["Minor release with the new depot list."],
    truth=("IN_PRODUCTION", "", "", "", "registry production_date 2025-01-20; idle Jira does not matter"))
add(id="BL-07", name="Visual defect detection line 3", bu="Manufacturing", tech="computer-vision", bob="build",
    stage="Operation", status="decommissioned", start="2024-01-08", target="2025-03-01", prod="2025-05-12", closed="2026-05-04",
    bp=350000, bs=371000, kpi="Escaped defects per 10k", audit="yes", key="DATALAB-40", link="epic", fmt="json1", lang="en",
    epic="Line 3 defect camera – hypercare", epic_state="done", last="2026-05-04",
    ev_comments=["Line 3 shut down, cameras dismantled."],
    truth=("IN_PRODUCTION", "", "", "", "production_date 2025-05-12, closed 2026-05-04 decommissioned: retired after production"))
add(id="BL-08", name="Inbound e-mail triage", bu="Customer Service", tech="classification", bob="build",
    stage="Deployment", status="active", start="2025-09-15", target="2026-05-15", prod="",
    bp=150000, bs=142000, kpi="Misrouted e-mails %", audit="oui", key="TRIMAIL", link="project", fmt="json2", lang="fr",
    epic="Mise en production – tri des e-mails entrants", epic_state="done", last="2026-07-30",
    ev_comments=["En production depuis le 2 juin, aucun incident depuis."],
    truth=("IN_PRODUCTION", "", "", "", "production evidence only in Jira: 'Mise en production' epic Terminé, comment 'En production depuis le 2 juin'"))
add(id="BL-09", name="Card fraud scoring v2", bu="Risk", tech="classification", bob="build",
    stage="Deployment", status="in production", start="2025-10-01", target="2026-08-15", prod="2026-09-01",
    bp=620000, bs=600000, kpi="Fraud loss bps", audit="yes", key="FRSC", link="project", fmt="json1", lang="en",
    epic="Fraud scoring v2 rollout", epic_state="done", last="2026-09-25",
    ev_comments=["Champion/challenger switched, v2 takes 100% of traffic."],
    truth=("IN_PRODUCTION", "", "", "", "registry production_date 2026-09-01"))

# ---------------- ACTIVE ----------------
add(id="BL-10", name="HR policy assistant", bu="HR", tech="genai-assistant", bob="build",
    stage="Prototype", status="active", start="2026-05-04", target="2027-01-31",
    bp=90000, bs=31000, kpi="HR tickets deflected", audit="no", key="HRBOT", link="project", fmt="json1", lang="en",
    epic="HR assistant – prototype", epic_state="prog", last="2026-09-22",
    ev_comments=["Consent preferences screen now reads from Workday, works."],
    truth=("ACTIVE", "", "", "", "activity 2026-09-22"))
add(id="BL-11", name="Pump predictive maintenance", bu="Operations", tech="anomaly-detection", bob="build",
    stage="", status="active", start="2026-02-02", target="2026-12-15",
    bp=240000, bs=120000, kpi="Unplanned pump downtime h", audit="yes", key="PUMP", link="project", fmt="json2", lang="en",
    epic="Pilot rollout for pump vibration sensors", epic_state="prog", last="2026-09-15",
    ev_comments=["Sensors on 12 of 40 pumps streaming."],
    truth=("ACTIVE", "", "", "", "activity 2026-09-15; stage only from Jira (pilot, not scored)"))
add(id="BL-12", name="Claims document classifier", bu="Insurance Ops", tech="document-ai", bob="build",
    stage="Build", status="active", start="2025-12-01", target="2026-11-30",
    bp=200000, bs=140000, kpi="Manual indexing minutes", audit="yes", key="CLDOC", link="project", fmt="csv", lang="en",
    epic="MVP build – claims document classifier", epic_state="prog", last="2026-09-03",
    ev_comments=["Security patch merged (urllib3 bump), rescan clean."],
    truth=("ACTIVE", "", "", "", "activity 2026-09-03; 'security patch merged' is chatter"))
add(id="BL-13", name="Price elasticity for private label", bu="Retail", tech="regression", bob="build",
    stage="Discovery", status="active", start="2026-07-06", target="",
    bp=60000, bs=12000, kpi="Gross margin pp", audit="", key="DATALAB-77", link="epic", fmt="json1", lang="en",
    epic="Discovery: private-label price elasticity", epic_state="prog", last="2026-09-08",
    ev_comments=["Interviews with three category managers done."],
    truth=("ACTIVE", "", "", "", "activity 2026-09-08"))
add(id="BL-14", name="Agent assist for claims hotline", bu="Insurance Ops", tech="genai-assistant", bob="partner",
    stage="Deployment", status="active", start="2025-11-03", target="2026-10-31",
    bp=330000, bs=290000, kpi="Average handle time", audit="yes", key="AASST", link="project", fmt="json2", lang="en",
    epic="UAT – agent assist", epic_state="prog", last="2026-09-24",
    ev_comments=["UAT round 2: 41 of 45 cases passed, retest Monday."],
    truth=("ACTIVE", "", "", "", "activity 2026-09-24"))
add(id="BL-15", name="Supplier risk scoring", bu="Procurement", tech="classification", bob="build",
    stage="", status="active", start="2026-04-13", target="2027-03-31",
    bp=110000, bs=40000, kpi="", audit="no", key="SUPR", link="label", fmt="json1", lang="en",
    epic="Supplier risk – proof-of-concept phase", epic_state="prog", last="2026-08-27",
    ev_comments=["No blocker from the security side, they only asked for the data flow diagram."],
    truth=("ACTIVE", "", "", "", "activity 2026-08-27; linked by label; negated security statement"))
add(id="BL-16", name="Grid load forecasting", bu="Energy Trading", tech="forecasting", bob="build",
    stage="Engineering", status="active", start="2026-01-12", target="2026-12-01",
    bp=270000, bs=150000, kpi="MAPE day-ahead", audit="yes", key="GRID", link="project", fmt="csv", lang="de",
    epic="Lastprognose – Entwicklung der Produktivpipeline", epic_state="prog", last="2026-08-19",
    ev_comments=["Backtest 2025 fertig, MAPE 3,1 %."],
    truth=("ACTIVE", "", "", "", "activity 2026-08-19"))

# ---------------- FAILED ----------------
add(id="BL-17", name="Compressor anomaly detection", bu="Manufacturing", tech="anomaly-detection", bob="build",
    stage="POC", status="active", start="2025-06-02", target="2026-03-31",
    bp=180000, bs=150000, kpi="Unplanned stops", audit="no", key="COMPX", link="project", fmt="json1", lang="en",
    epic="MVP build – compressor anomaly detection", epic_state="prog", last="2026-04-21",
    notes="Waiting for the plant to backfill the PI historian tags.",
    ev_comments=["Half of the 2023 sensor history has holes; the historian only kept hourly aggregates, so the training window can't be rebuilt.",
                 "Security review passed last week, nothing open from the ISO."],
    truth=("STALLED", "ENGINEERING", "DATA_READINESS", "DATA_READINESS",
           "no activity since 2026-04-21; registry POC lags MVP build epic; historian gaps comment + registry notes; security statement is resolved"))
add(id="BL-18", name="Weld seam crack detection", bu="Manufacturing", tech="computer-vision", bob="build",
    stage="", status="cancelled", start="2025-03-03", target="2025-12-01", closed="2026-01-30",
    bp=140000, bs=95000, kpi="Crack escapes", audit="", key="WELD", link="project", fmt="json2", lang="en",
    epic="Crack detection – proof-of-concept phase", epic_state="wont", last="2026-01-30",
    closure="Ground truth never materialised: nobody could annotate the X-ray scans at the pace we needed.",
    ev_comments=["Only 312 annotated images so far, and class 'crack' has 9 of them."],
    truth=("CANCELLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS", "closure reason on annotation; stage only from Jira epic"))
add(id="BL-19", name="AI for sales excellence", bu="Sales", tech="genai-assistant", bob="build",
    stage="Strategy", status="active", start="2025-10-06", target="", sponsor="Dr. Helga Brandt",
    bp=50000, bs=22000, kpi="", audit="", key="SALX", link="project", fmt="json1", lang="de",
    epic="Zielbild KI im Vertrieb", epic_state="prog", last="2026-03-18",
    ev_comments=["Workshop wieder ohne vereinbarte Erfolgsmessung beendet; der Fachbereich möchte 'irgendwas mit KI'.",
                 "Still nobody can tell me which number this is supposed to move."],
    truth=("STALLED", "STRATEGY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE", "no activity since 2026-03-18; no success measure; empty KPI"))
add(id="BL-20", name="Customer 360 insights", bu="Marketing", tech="clustering", bob="build",
    stage="Discovery", status="closed", start="2025-09-01", target="", closed="2026-02-13",
    bp=70000, bs=41000, kpi="", audit="no", key="DATALAB-12", link="epic", fmt="json1", lang="en",
    epic="Discovery sprint – customer 360 segments", epic_state="wont", last="2026-02-13",
    closure="Stopped: a model looking for a problem. No process owner could name a decision it would change.",
    ev_comments=["Segments look neat but what do we do with them?"],
    truth=("CANCELLED", "DISCOVERY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE", "closure reason: solution-first, no decision to improve"))
add(id="BL-21", name="Stock-out early warning", bu="Retail", tech="forecasting", bob="build",
    stage="", status="active", start="2025-05-05", target="2026-01-15",
    bp=160000, bs=150000, kpi="On-shelf availability", audit="yes", key="STOCK", link="project", fmt="json2", lang="en",
    epic="Rollout to production – stock-out early warning", epic_state="blk", last="2026-05-08",
    ev_comments=["The notebook works, but there's nowhere to host it: no container platform signed off for Python, and nobody owns the nightly retrain.",
                 "Ops asked how we'd know if the scores drift. Honest answer today: we wouldn't."],
    truth=("STALLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE", "no activity since 2026-05-08; epic 'Rollout to production' blocked; no hosting/monitoring/retraining; stage only from Jira"))
add(id="BL-22", name="Tender document summariser", bu="Procurement", tech="genai-assistant", bob="build",
    stage="Prototype", status="cancelled", start="2025-07-07", closed="2026-03-06",
    bp=80000, bs=76000, kpi="Hours per tender review", audit="yes", key="TNDR", link="project", fmt="csv", lang="en",
    epic="Tender summariser PoC", epic_state="wont", last="2026-03-06",
    closure="Demo was hand-run from a data scientist's laptop; turning it into something supported, with a pipeline and monitoring, would have been a greenfield build.",
    ev_comments=["Demo went well with the buyers."],
    truth=("CANCELLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE", "closure: laptop demo, no path to a supported runtime"))
add(id="BL-23", name="Work-order recommendation", bu="Operations", tech="recommendation", bob="build",
    stage="Engineering", status="active", start="2025-04-07", target="2026-02-28",
    bp=230000, bs=205000, kpi="First-time fix rate", audit="yes", key="WORKO", link="project", fmt="json1", lang="de",
    epic="Empfehlungsdienst Arbeitsaufträge – Build", epic_state="blk", last="2026-05-27",
    ev_comments=["SAP PM bietet keinen Endpunkt zum Anlegen von Aufträgen; der BAPI-Weg braucht einen Change Request beim Dienstleister.",
                 "Consent preferences screen is not in scope here, moved to the CRM team."],
    truth=("STALLED", "ENGINEERING", "INTEGRATION", "INTEGRATION", "no activity since 2026-05-27; SAP PM has no endpoint; consent screen remark is unrelated"))
add(id="BL-24", name="Claims fast-track scoring", bu="Insurance Ops", tech="classification", bob="build",
    stage="Pilot", status="cancelled", start="2025-02-03", closed="2026-04-17",
    bp=300000, bs=345000, kpi="Fast-tracked claims %", audit="yes", key="FASTC", link="project", fmt="json2", lang="fr",
    epic="Mise en production – score fast-track sinistres", epic_state="wont", last="2026-04-17",
    closure="Could not be wired into Guidewire ClaimCenter without re-platforming; the connector quote also ate the remaining budget.",
    ev_comments=["Le connecteur ClaimCenter ne supporte pas les appels synchrones."],
    truth=("CANCELLED", "DEPLOYMENT", "INTEGRATION", "INTEGRATION;COST_FUNDING", "closure names ClaimCenter integration first, budget second; stage from 'Mise en production' epic (registry Pilot ambiguous)"))
add(id="BL-25", name="Voice analytics for agent coaching", bu="Customer Service", tech="speech", bob="buy",
    stage="Deployment", status="on hold - DPO sign-off", start="2025-09-08", target="2026-06-30",
    bp=210000, bs=160000, kpi="QA score", audit="yes", key="VOICE", link="project", fmt="json1", lang="de",
    epic="Rollout Sprachanalyse Coaching", epic_state="blk", last="2026-08-28",
    notes="DSFA liegt noch bei der Rechtsabteilung; Betriebsrat hat der Auswertung der Gesprächsaufnahmen nicht zugestimmt.",
    ev_comments=["No go-live before the DPIA is signed off, legal says end of Q4 at the earliest."],
    truth=("STALLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE", "registry on hold (DPO sign-off) despite Jira activity 2026-08-28; DPIA/works council"))
add(id="BL-26", name="Multi-tenant LLM gateway", bu="IT", tech="genai-platform", bob="build",
    stage="", status="cancelled", start="2025-05-12", closed="2026-02-20",
    bp=400000, bs=310000, kpi="Teams onboarded", audit="yes", key="LLMGW", link="project", fmt="json1", lang="fr",
    epic="Build phase – tenant-safe LLM gateway", epic_state="wont", last="2026-02-20",
    closure="Pen test showed prompts leaking across tenants; the CISO vetoed any rollout.",
    ev_comments=["Le RSSI refuse l'hébergement des journaux de prompts hors UE."],
    truth=("CANCELLED", "ENGINEERING", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE", "pen test + CISO veto; stage only from Jira"))
add(id="BL-27", name="Branch staffing forecast", bu="Retail Banking", tech="forecasting", bob="build",
    stage="", status="active", start="2025-08-04", target="2026-04-30", sponsor="",
    bp=90000, bs=60000, kpi="Queue time", audit="yes", key="DATALAB-55", link="epic", fmt="json2", lang="en",
    epic="PoC: branch staffing forecast", epic_state="prog", last="2026-02-26",
    ev_comments=["Since Martina moved to the group function nobody on the business side answers, and the steering slot got dropped from the calendar."],
    truth=("STALLED", "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP", "no activity since 2026-02-26; sponsor left, empty sponsor; stage only from Jira"))
add(id="BL-28", name="Wealth next-best-action", bu="Wealth", tech="recommendation", bob="partner",
    stage="Business case", status="cancelled", start="2025-06-16", closed="2025-12-12",
    bp=120000, bs=30000, kpi="AUM per advisor", audit="", key="WNBA", link="project", fmt="csv", lang="en",
    epic="Business case for next-best-action", epic_state="wont", last="2025-12-12",
    closure="Reorg: the sponsoring division merged into Private Banking and the new leadership has other priorities.",
    ev_comments=["Parked until the new org chart is out."],
    truth=("CANCELLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP", "closure: reorg, new leadership priorities"))
add(id="BL-29", name="Payment reconciliation matching", bu="Finance", tech="classification", bob="build",
    stage="Prototype", status="active", start="2025-03-10", target="2026-01-31",
    bp=150000, bs=120000, kpi="Auto-match rate", audit="yes", key="RECON", link="project", fmt="json1", lang="de",
    epic="Entwicklung MVP – Zahlungsabgleich", epic_state="prog", last="2026-04-09",
    notes="MLE-Stelle wegen Einstellungsstopp nicht nachbesetzt.",
    ev_comments=["Our only ML engineer handed in her notice and the contractor rolled off end of March; nobody else knows the feature pipeline.",
                 "Budget is fine for this year, that's not the issue."],
    truth=("STALLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP", "no activity since 2026-04-09; registry Prototype lags 'Entwicklung MVP' epic; key person left; budget negated"))
add(id="BL-30", name="Shelf image recognition", bu="Retail", tech="computer-vision", bob="build",
    stage="POC", status="cancelled", start="2025-04-01", closed="2025-11-28",
    bp=100000, bs=70000, kpi="Planogram compliance", audit="yes", key="SHELF", link="project", fmt="json2", lang="en",
    epic="Shelf recognition POC", epic_state="wont", last="2025-11-28",
    closure="Nobody in the team has computer-vision experience and the partner could not staff it either.",
    ev_comments=["Tried to get someone from the group CV chapter, all booked until 2027."],
    truth=("CANCELLED", "PROTOTYPE", "SKILLS_GAP", "SKILLS_GAP", "closure: no CV expertise, partner could not staff"))
add(id="BL-31", name="Multilingual invoice extraction", bu="Finance", tech="document-ai", bob="build",
    stage="Engineering", status="active", start="2025-01-13", target="2025-10-31",
    bp=260000, bs=310000, kpi="Straight-through rate", audit="yes", key="MLINV", link="project", fmt="json1", lang="en",
    epic="Invoice extraction – MVP build", epic_state="prog", last="2026-05-15",
    ev_comments=["Steering added three more document types and Italian on top of the original German invoices.",
                 "Backlog went from 40 to 190 stories since kickoff; MVP date moved four times.",
                 "Lukas is on parental leave until June, Priya covers."],
    truth=("STALLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP", "no activity since 2026-05-15; scope growth comments; parental-leave remark is a minor skills signal; overspend minor"))
add(id="BL-32", name="Self-service FAQ bot", bu="Customer Service", tech="genai-assistant", bob="build",
    stage="", status="cancelled", start="2025-02-17", closed="2026-03-27",
    bp=180000, bs=175000, kpi="Deflection rate", audit="yes", key="FAQB", link="label", fmt="json2", lang="en",
    epic="MVP – self-service FAQ bot", epic_state="wont", last="2026-03-27",
    closure="Kept growing from a FAQ bot into a full self-service portal; we never had a first cut we could ship.",
    ev_comments=["New ask from the board: add account changes and complaints handling to v1."],
    truth=("CANCELLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP", "closure: scope kept growing; stage only from Jira MVP epic; linked by label"))
add(id="BL-33", name="Next-best-offer for branch advisers", bu="Retail Banking", tech="recommendation", bob="build",
    stage="Pilot", status="active", start="2025-02-03", target="2025-12-01",
    bp=220000, bs=200000, kpi="Products per customer", audit="yes", key="NBO", link="project", fmt="json1", lang="fr",
    epic="UAT – next-best-offer agences", epic_state="prog", last="2026-05-29",
    ev_comments=["Les conseillers du pilote contournent les recommandations et reviennent à leur fichier Excel.",
                 "Logins in the pilot branches dropped to 4 a week.",
                 "Integration with the CRM works fine now, the timeout fix did it."],
    truth=("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION", "no activity since 2026-05-29; advisers work around it; CRM integration resolved; stage from UAT epic (registry Pilot ambiguous)"))
add(id="BL-34", name="Dispatch assistant for field service", bu="Operations", tech="optimisation", bob="buy",
    stage="Deployment", status="cancelled", start="2025-01-06", closed="2026-01-23",
    bp=260000, bs=240000, kpi="Jobs per technician-day", audit="yes", key="DISP", link="project", fmt="csv", lang="en",
    epic="Dispatch assistant rollout", epic_state="wont", last="2026-01-23",
    closure="Dispatchers refused to use it and kept planning on the whiteboard; there was no training or change plan.",
    ev_comments=["Week 3 of go-live trial: 80% of suggestions overridden."],
    truth=("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION", "closure: dispatchers refused, no change management"))
add(id="BL-35", name="Document search with LLM re-ranking", bu="Legal", tech="genai-assistant", bob="build",
    stage="Build", status="on hold", start="2025-07-01", target="2026-04-30",
    bp=200000, bs=285000, kpi="Search time per matter", audit="yes", key="LEXS", link="project", fmt="json2", lang="en",
    epic="LLM re-ranking build", epic_state="prog", last="2026-04-30",
    notes="Paused for the FY27 budget round; GPU inference runs at 3x what the business case assumed.",
    ev_comments=["Azure bill for the A100 pool came in again at 38k this month."],
    truth=("STALLED", "ENGINEERING", "COST_FUNDING", "COST_FUNDING", "registry on hold; notes budget round + inference cost; overspend"))
add(id="BL-36", name="Contract negotiation copilot", bu="Procurement", tech="genai-assistant", bob="buy",
    stage="Proof of concept", status="cancelled", start="2025-09-15", closed="2026-05-22",
    bp=120000, bs=60000, kpi="Savings per negotiation", audit="yes", key="NEGO", link="project", fmt="json1", lang="en",
    epic="Negotiation copilot – trial", epic_state="wont", last="2026-05-22",
    closure="Business case no longer holds: per-seat licence quoted at 4x what we assumed, and finance pulled the remaining funds.",
    ev_comments=["Data was good enough for the trial, no complaints there."],
    truth=("CANCELLED", "PROTOTYPE", "COST_FUNDING", "COST_FUNDING", "closure: licence cost, funds pulled; data statement negated"))
add(id="BL-37", name="Bearing failure prediction", bu="Operations", tech="classification", bob="build",
    stage="", status="active", start="2025-05-19", target="2026-03-31",
    bp=130000, bs=110000, kpi="Failures predicted 7 days ahead", audit="yes", key="LAGER", link="project", fmt="json2", lang="de",
    epic="Prototyp Lagerausfallvorhersage", epic_state="prog", last="2026-03-12",
    ev_comments=["Best F1 still 0.58 after six rounds of experiments; the signal just isn't in these features.",
                 "Datenqualitätschecks alle grün."],
    truth=("STALLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY", "no activity since 2026-03-12; model quality plateau; data quality negated; stage only from Jira"))
add(id="BL-38", name="Handwritten form reading", bu="Insurance Ops", tech="document-ai", bob="build",
    stage="POC", status="cancelled", start="2025-03-24", closed="2025-12-05",
    bp=90000, bs=85000, kpi="Fields read without correction", audit="yes", key="HWFR", link="project", fmt="json1", lang="fr",
    epic="Lecture de formulaires manuscrits – POC", epic_state="wont", last="2025-12-05",
    closure="Le modèle n'a jamais dépassé 70 % de précision ; l'objectif de 98 % était irréaliste pour ces formulaires.",
    ev_comments=["Nouvelle itération, toujours 68 % sur le jeu de test."],
    truth=("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY", "closure (French): accuracy ceiling, unrealistic target"))
add(id="BL-39", name="Meeting minutes generator", bu="Corporate", tech="genai-assistant", bob="build",
    stage="", status="active", start="2025-11-03", target="",
    bp=40000, bs=15000, kpi="Minutes per meeting", audit="", key="DATALAB-90", link="epic", fmt="json1", lang="en",
    epic="Discovery – meeting minutes generator", epic_state="prog", last="2026-02-10",
    ev_comments=["No data issues so far, the Teams transcripts export fine."],
    truth=("STALLED", "DISCOVERY", "UNKNOWN", "UNKNOWN", "no activity since 2026-02-10; chatter only, data statement negated; stage only from Jira"))
add(id="BL-40", name="Warranty claim clustering", bu="After Sales", tech="clustering", bob="build",
    stage="Engineering", status="active", start="2025-06-09", target="2026-02-28",
    bp=110000, bs=80000, kpi="Duplicate claims found", audit="yes", key="WARR", link="project", fmt="csv", lang="en",
    epic="Warranty clustering engineering", epic_state="prog", last="2026-04-24",
    ev_comments=["Security review passed, no findings."],
    truth=("STALLED", "ENGINEERING", "UNKNOWN", "UNKNOWN", "no activity since 2026-04-24; chatter only, security statement resolved"))

# ---------------------------------------------------------------------------
def ts(d, h=None):
    h = rnd.randint(8, 17) if h is None else h
    return dt.datetime(d.year, d.month, d.day, h, rnd.randint(0, 59), rnd.randint(0, 59))

def spread(a, b, n):
    if n <= 1: return [b]
    span = (b - a).days
    return sorted(a + dt.timedelta(days=round(span * i / (n - 1))) for i in range(n))

issue_id = [20000]
issues = []  # (fmt, issue dict)
SHARED_NEXT = {"DATALAB": 100, "OPS": 300}

def new_key(init, n):
    if init["link"] == "project":
        return f"{init['key']}-{n}"
    proj = "DATALAB" if init["link"] == "epic" else "OPS"
    SHARED_NEXT[proj] += 1
    return f"{proj}-{SHARED_NEXT[proj]}"

for init in I:
    st = STATUS_SETS[init["lang"]]
    start, last = D(init["start"]), D(init["last"])
    nstories = rnd.randint(2, 4)
    dates = spread(start, last, 3 + nstories * 2)
    # epic
    if init["link"] == "epic":
        epic_key = init["key"]
    else:
        epic_key = new_key(init, 1)
    people = rnd.sample(PEOPLE, 3)
    chatter = rnd.sample(CHATTER, 2 + nstories)
    ev = list(init.get("ev_comments", []))
    recs = []
    # epic record
    epic_final = st[init["epic_state"]]
    ehist = [(dates[1], st["todo"], st["prog"])]
    if init["epic_state"] != "prog":
        ehist.append((last, st["prog"], epic_final))
    recs.append(dict(key=epic_key, type="Epic", summary=init["epic"], status=epic_final, created=dates[0],
                     hist=ehist, comments=[], parent=None,
                     desc=f"Epic for {init['name']}. Scope and links on the Confluence page.",
                     resolved=last if init["epic_state"] in ("done", "wont") else None))
    for s in range(nstories):
        k = new_key(init, s + 2) if init["link"] != "epic" else new_key(init, 0)
        c0 = dates[1 + 2 * s]
        c1 = dates[2 + 2 * s]
        summ = STORY_POOL[rnd.randrange(len(STORY_POOL))].format(n=init["name"].split()[0].lower())
        fin = rnd.choice(["done", "done", "rev", "prog"])
        hist = [(c0 + dt.timedelta(days=1), st["todo"], st["prog"])]
        if fin in ("done", "rev"):
            hist.append((c1, st["prog"], st[fin] if fin == "rev" else st["rev"]))
            if fin == "done": hist.append((c1, st["rev"], st["done"]))
        recs.append(dict(key=k, type="Story", summary=summ, status=st[fin], created=c0, hist=hist,
                         comments=[(c1, chatter[s])], parent=epic_key, desc="As discussed in refinement.",
                         resolved=c1 if fin == "done" else None))
    # spread evidence comments over the last stories, last one on the last activity date
    for j, text in enumerate(ev):
        r = recs[-1 - (j % nstories)]
        r["comments"].append((last - dt.timedelta(days=3 * j), text))
    # one extra chatter comment on the epic
    recs[0]["comments"].append((dates[2], chatter[-1]))
    for r in recs:
        r["comments"].sort()
        acts = [r["created"]] + [d for d, _ in r["comments"]] + [d for d, _, _ in r["hist"]]
        if r["resolved"]: acts.append(r["resolved"])
        r["updated"] = max(acts)
        assert r["updated"] <= last, (init["id"], r["key"])
        r["labels"] = ["ai-portfolio"] + ([f"initiative:{init['id']}"] if init["link"] == "label" else [])
        r["people"] = people
        issues.append((init["fmt"], init, r))

AS_OF = D("2026-10-01")
for init in I:
    o = init["truth"][0]
    gap = (AS_OF - D(init["last"])).days
    if o == "ACTIVE": assert gap <= 60, init["id"]
    if o == "STALLED" and "on hold" not in init["status"]: assert gap >= 110, (init["id"], gap)

# ---------------- write JSON pages ----------------
def jts(d): return d.strftime("%Y-%m-%dT%H:%M:%S.000+0000")
def json_issue(init, r):
    issue_id[0] += 1
    a, b, c = r["people"]
    f = {"summary": r["summary"], "issuetype": {"name": r["type"], "subtask": False},
         "project": {"key": r["key"].split("-")[0]}, "status": {"name": r["status"]},
         "created": jts(ts(r["created"], 9)), "updated": jts(ts(r["updated"], 18)),
         "resolutiondate": jts(ts(r["resolved"], 17)) if r["resolved"] else None,
         "description": r["desc"], "labels": r["labels"],
         "assignee": {"accountId": a[0], "displayName": a[1]},
         "reporter": {"accountId": b[0], "displayName": b[1]},
         "priority": {"name": "Medium"},
         "comment": {"startAt": 0, "maxResults": len(r["comments"]), "total": len(r["comments"]),
                     "comments": [{"id": str(rnd.randint(10000, 99999)), "author": {"accountId": c[0], "displayName": c[1]},
                                   "body": t, "created": ct, "updated": ct}
                                  for (d, t), ct in zip(r["comments"], [jts(ts(d, 12)) for d, _ in r["comments"]])]}}
    if r["parent"]:
        if rnd.random() < 0.5: f["parent"] = {"key": r["parent"]}
        else: f["customfield_10014"] = r["parent"]
    hist = []
    for i, (d, fr, to) in enumerate(r["hist"]):
        hist.append({"id": str(rnd.randint(100000, 999999)), "author": {"displayName": a[1]}, "created": jts(ts(d, 11)),
                     "items": [{"field": "status", "fieldtype": "jira", "from": "1", "fromString": fr, "to": "3", "toString": to}]})
        if i == 0:
            hist.append({"id": str(rnd.randint(100000, 999999)), "author": {"displayName": a[1]}, "created": jts(ts(d, 10)),
                         "items": [{"field": "Rank", "fieldtype": "custom", "from": "", "fromString": "", "to": "", "toString": "Ranked higher"}]})
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
            "id": str(issue_id[0]), "self": f"https://jira.example.com/rest/api/2/issue/{issue_id[0]}",
            "key": r["key"], "fields": f,
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist}}

os.makedirs(os.path.join(OUT, "jira"), exist_ok=True)
for page in ("json1", "json2"):
    lst = [json_issue(i, r) for fm, i, r in issues if fm == page]
    doc = {"expand": "schema,names", "startAt": 0 if page == "json1" else 100, "maxResults": 100, "total": 250, "issues": lst}
    with open(os.path.join(OUT, "jira", f"search-v2-page-{page[-1]}.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)

# ---------------- write CSV all-fields export ----------------
def cts(d):  # 12/Mar/26 3:15 PM
    t = d
    return f"{t.day:02d}/{t.strftime('%b')}/{t.strftime('%y')} {int(t.strftime('%I'))}:{t.strftime('%M')} {t.strftime('%p')}"
csvrows = [(i, r) for fm, i, r in issues if fm == "csv"]
ids = {}
for i, r in csvrows:
    issue_id[0] += 1; ids[r["key"]] = issue_id[0]
header = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Priority",
          "Resolution", "Assignee", "Reporter", "Created", "Updated", "Last Viewed", "Resolved", "Description",
          "Labels", "Labels", "Custom field (Epic Link)", "Custom field (Epic Name)", "Sprint", "Sprint",
          "Comment", "Comment", "Comment", "Status Category"]
with open(os.path.join(OUT, "jira", "Jira Export (all fields) 2026-10-01.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(header)
    for i, r in csvrows:
        st = STATUS_SETS[i["lang"]]
        cat = "Done" if r["status"] in (st["done"], st["wont"]) else ("To Do" if r["status"] == st["todo"] else "In Progress")
        res = "Done" if r["status"] == st["done"] else ("Won't Do" if r["status"] == st["wont"] else "")
        labs = r["labels"] + [""] * (2 - len(r["labels"]))
        coms = [f"{cts(ts(d, 12))};{r['people'][2][0]};{t}" for d, t in r["comments"]]
        assert len(coms) <= 3, r["key"]
        coms += [""] * (3 - len(coms))
        w.writerow([r["summary"], r["key"], ids[r["key"]], r["type"], r["status"], r["key"].split("-")[0],
                    i["name"], "Medium", res, r["people"][0][1], r["people"][1][1],
                    cts(ts(r["created"], 9)), cts(ts(r["updated"], 18)), "",
                    cts(ts(r["resolved"], 17)) if r["resolved"] else "",
                    r["desc"] + ("\n\n*Notes*: see linked page." if r["type"] == "Epic" else ""),
                    labs[0], labs[1], r["parent"] or "", r["summary"] if r["type"] == "Epic" else "",
                    f"{r['key'].split('-')[0]} Sprint {rnd.randint(10, 40)}", "", *coms, cat])

# ---------------- registry ----------------
cols = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique", "build_or_buy", "registry_stage",
        "status", "start_date", "target_production_date", "production_date", "closed_date", "budget_planned",
        "budget_spent", "currency", "success_kpi", "kpi_baseline", "kpi_target", "data_audit_completed", "jira_keys",
        "model_names", "closure_reason", "notes"]
SPONS = ["Claire Dubois", "Martin Hofer", "Ayesha Khan", "Robert Lindqvist", "Giulia Conti", "Peter Novak"]
OWN = ["Nina Petrov", "Felix Wagner", "Léa Bernard", "Sam Okafor", "Hanna Berg", "Marco Silva"]
with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(cols)
    for n, i in enumerate(I):
        jk = i["key"] if i["link"] != "label" else ""
        w.writerow([i["id"], i["name"], i["bu"], i.get("sponsor", SPONS[n % 6]), OWN[n % 6], i["tech"], i["bob"],
                    i["stage"], i["status"], i["start"], i.get("target", ""), i.get("prod", ""), i.get("closed", ""),
                    i["bp"], i["bs"], "CHF" if i["lang"] == "de" else "EUR", i["kpi"],
                    "" if not i["kpi"] else "see KPI sheet", "" if not i["kpi"] else "+10%", i["audit"], jk, "",
                    i.get("closure", ""), i.get("notes", "")])

with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
    for i in I:
        w.writerow([i["id"], *i["truth"]])
print(len(I), "initiatives;", len(issues), "issues;", len(csvrows), "in CSV")
