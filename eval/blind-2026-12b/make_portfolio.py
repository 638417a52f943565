#!/usr/bin/env python3
"""Writes the portfolio of blind set 2026-12b: registry.csv, truth.csv and the Jira exports
under portfolio/jira/. All text (names, notes, closure reasons, summaries, comments) was
written by hand for this set. Deterministic: no clock, no randomness beyond a fixed hash.

Issue spec: I(key, type, summary, status, created, last, **kw)
  status codes: todo prog review done blocked wont (localised per project language)
  kw: comments=[(date, body)], parent=epic key, labels, sprints, fixv, comps, desc,
      direct=True (a Won't Do reached straight from To Do)
  last activity = max(last, comment dates); status changes are dated <= last.
"""
import csv, datetime as dt, hashlib, io, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
AS_OF = dt.date(2026, 10, 1)

STATUS = {
    "en": {"todo": "To Do", "prog": "In Progress", "review": "In Review", "done": "Done",
           "blocked": "Blocked", "wont": "Won't Do"},
    "de": {"todo": "Zu erledigen", "prog": "In Arbeit", "review": "In Prüfung",
           "done": "Erledigt", "blocked": "Blockiert", "wont": "Abgelehnt"},
    "fr": {"todo": "À faire", "prog": "En cours", "review": "En revue", "done": "Terminé",
           "blocked": "Bloqué", "wont": "Abandonné"},
}
RESOLUTION = {"en": ("Done", "Won't Do"), "de": ("Fertig", "Wird nicht umgesetzt"),
              "fr": ("Terminé", "Ne sera pas fait")}
CATEGORY = {"todo": ("new", "To Do"), "prog": ("indeterminate", "In Progress"),
            "review": ("indeterminate", "In Progress"), "blocked": ("indeterminate", "In Progress"),
            "done": ("done", "Done"), "wont": ("done", "Done")}

PEOPLE = ["Aisha Rahman", "Ben Okafor", "Chloé Martin", "Dev Patel", "Elif Kaya", "Felix Braun",
          "Greta Lindqvist", "Hugo Lefèvre", "Ines Duarte", "Jonas Weber", "Kai Nakamura",
          "Lena Schulz", "Marc Dubois", "Nora Haddad", "Oskar Nowak", "Priya Iyer"]


def h(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def acct(name):
    return "7120%02d:%s" % (h(name) % 97, hashlib.md5(name.encode()).hexdigest()[:8] + "-" +
                            hashlib.md5(name.encode()).hexdigest()[8:12] + "-4c1e-9a0d-" +
                            hashlib.md5(name.encode()).hexdigest()[12:24])


def d(s):
    return dt.date.fromisoformat(s)


def stamp(date, salt):
    """A deterministic working-hours time on that date."""
    x = h(salt)
    return dt.datetime(date.year, date.month, date.day, 8 + x % 9, (x >> 5) % 60, (x >> 11) % 60,
                       ((x >> 17) % 1000) * 1000)


def I(key, typ, summary, status, created, last=None, **kw):
    return dict(key=key, type=typ, summary=summary, status=status, created=created,
                last=last or created, **kw)


# ----------------------------------------------------------------------------------------
# Registry rows. Columns in the dev portfolio's order.
REG_COLS = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique",
            "build_or_buy", "registry_stage", "status", "start_date", "target_production_date",
            "production_date", "closed_date", "budget_planned", "budget_spent", "currency",
            "success_kpi", "kpi_baseline", "kpi_target", "data_audit_completed", "jira_keys",
            "model_names", "closure_reason", "notes"]

INITS = []  # dicts: reg (registry dict), src ('json'|'csv'), lang, project name, issues, truth


def add(*args):
    """Positional registry values in REG_COLS order; model_names may be left out (index 21)."""
    args = list(args)
    if len(args) == 29:
        assert args[21] == "", args[0]
        del args[21]
    (iid, name, bu, sponsor, owner, tech, bob, stage, status, start, target, prod, closed,
     bp, bs, cur, kpi, base, tgt, audit, keys, closure, notes, src, lang, project, issues,
     truth) = args
    reg = dict(zip(REG_COLS, [iid, name, bu, sponsor, owner, tech, bob, stage, status, start,
                              target, prod, closed, bp, bs, cur, kpi, base, tgt, audit, keys, "",
                              closure, notes]))
    INITS.append(dict(reg=reg, src=src, lang=lang, project=project, issues=issues, truth=truth))


# ---------------------------------------------------------------- failed: DATA_READINESS
add("BZ-01", "Sepsis early-warning score", "Clinical Operations", "Dr Helen Marsh", "Dev Patel",
    "classification", "build", "PoC", "in progress", "2025-06-02", "2026-04-30", "", "",
    "380000", "214500", "GBP", "deteriorating patients flagged >= 6h before ICU transfer", "",
    "", "no", "SEPS", "",
    "Waiting on electronic observations for the general wards before the cohort can be rebuilt.",
    "json", "en", "Sepsis Early Warning", [
        I("SEPS-1", "Epic", "Sepsis NEWS2+ proof of concept", "prog", "2025-06-10", "2026-03-02"),
        I("SEPS-4", "Story", "Feature extraction from ICU vitals snapshot", "done", "2025-07-01",
          "2025-09-15", parent="SEPS-1", sprints=["SEPS Sprint 3"],
          desc="h3. Scope\n* heart rate, resp rate, SpO2, temp, BP from the ICU snapshot table\n"
               "* 1h buckets, forward-fill max 4h\n\nSee [feature list|https://wiki.example/"
               "seps/features]"),
        I("SEPS-7", "Story", "Compare lead time vs NEWS2 on the 2024 cohort", "prog",
          "2025-10-01", parent="SEPS-1", sprints=["SEPS Sprint 6"], comments=[
              ("2025-11-20", "Ethics committee approval came through in October, so no blocker "
                             "on that side."),
              ("2026-01-14", "Wards 4-9 observations only exist as scanned paper obs charts. We "
                             "have electronic vitals for ICU alone, which is 6% of admissions - the "
                             "cohort we can train on is not the population we would alert on."),
              ("2026-03-02", "Parking this until e-obs data for the general wards exists. Nothing "
                             "else to do on our side.")]),
        I("SEPS-9", "Task", "Set up secure workspace in the TRE", "done", "2025-06-20",
          "2025-07-05", comments=[("2025-07-05", "Access works, thanks Dev.")]),
    ], ("STALLED", "PROTOTYPE", "DATA_READINESS", "",
        "no Jira activity since 2026-03-02; registry PoC + PoC epic; SEPS-7 comment: general-ward "
        "vitals only on paper, ICU-only cohort unrepresentative; ethics approval negated"))

add("BZ-02", "Gleisfehlererkennung aus Messzugbildern", "Infrastruktur Fahrweg", "Karin Vogt",
    "Felix Braun", "computer-vision", "build", "", "cancelled", "2025-09-01", "", "",
    "2026-02-27", "250000", "61000", "EUR", "", "", "", "no", "GLEIS",
    "Eingestellt: die Bilder aus dem Messzug sind nicht annotiert, für Schienenfehler existiert "
    "keine Ground Truth, und die Befundberichte lassen sich keinem Bildframe zuordnen.",
    "", "json", "de", "Gleisdiagnose", [
        I("GLEIS-1", "Epic", "Discovery-Phase Gleisfehlererkennung", "wont", "2025-09-02",
          "2026-02-27"),
        I("GLEIS-3", "Story", "Stichprobe 2.000 Frames sichten", "done", "2025-09-15",
          "2025-11-10", parent="GLEIS-1", comments=[
              ("2025-11-10", "Frames gesichtet. Befundberichte haben nur Streckenkilometer, keine "
                             "Frame-IDs.")]),
        I("GLEIS-4", "Task", "Workshop mit Instandhaltung Nord", "done", "2025-10-01",
          "2025-10-20", parent="GLEIS-1", comments=[("2025-10-20", "Protokoll liegt im Confluence.")]),
        I("GLEIS-6", "Story", "Annotationskonzept Schienenfehler", "wont", "2025-12-01",
          "2026-02-27", parent="GLEIS-1", direct=True,
          comments=[("2026-02-27", "Mit Schließung des Vorhabens abgelehnt.")]),
    ], ("CANCELLED", "DISCOVERY", "DATA_READINESS", "",
        "closed_date 2026-02-27; stage only in Jira (Discovery-Phase epic, work done); closure "
        "reason: images not annotated, no ground truth"))

add("BZ-03", "Motor claims fraud score", "Claims", "Rob Calloway", "Greta Lindqvist",
    "classification", "build", "Build", "on hold", "2025-03-03", "2026-06-30", "", "", "520000",
    "341000", "USD", "fraud leakage in motor claims", "2.1%", "1.6%", "no", "CFS", "",
    "On hold (Apr-26): the historic claims table carries no fraud outcome flag before 2024 - SIU "
    "only started recording confirmed fraud in Jan 2024, so we have ~900 labelled cases. Budget "
    "is not the issue; there is enough runway once outcomes are backfilled.",
    "json", "en", "Claims Fraud Score", [
        I("CFS-1", "Epic", "MVP build - motor claims fraud score", "prog", "2025-06-01",
          "2026-04-02"),
        I("CFS-10", "Story", "Feature pipeline for claim lifecycle events", "done", "2025-07-01",
          "2025-10-20", parent="CFS-1", sprints=["CFS Sprint 4", "CFS Sprint 5"]),
        I("CFS-12", "Story", "Training job with class weighting", "prog", "2025-11-05",
          parent="CFS-1", sprints=["CFS Sprint 8"], comments=[
              ("2026-02-11", "Precision on the 2024 holdout bounces between runs; with 900 "
                             "positives that's what you get."),
              ("2026-04-02", "Per steerco: on hold until SIU has backfilled outcomes.")]),
        I("CFS-15", "Task", "Shadow-scoring report for SIU leads", "todo", "2026-01-10",
          parent="CFS-1"),
    ], ("STALLED", "ENGINEERING", "DATA_READINESS", "",
        "status on hold; registry Build + MVP build epic; notes: no fraud labels before 2024; "
        "budget negated"))

add("BZ-04", "Prévision des ventes produits frais", "Supply Chain Frais", "Sophie Garnier",
    "Marc Dubois", "forecasting", "partner", "Prototype", "Annulé", "2025-05-05", "2026-03-01", "",
    "2026-01-16", "180000", "96000", "EUR", "taux de rupture frais", "4,2 %", "3 %", "non", "PRVF",
    "Arrêt du projet : les démarques (casse, périmés) ne sont pas saisies en magasin et "
    "l'historique de ventes du frais est inexploitable en l'état.",
    "", "csv", "fr", "Prévision Frais", [
        I("PRVF-1", "Epic", "Prototype prévision frais (3 magasins test)", "done", "2025-05-12",
          "2025-12-18"),
        I("PRVF-5", "Story", "Import historique caisse 2023-2025", "done", "2025-05-20",
          "2025-07-01", parent="PRVF-1", comments=[("2025-07-01", "Import ok, 412 M lignes.")]),
        I("PRVF-8", "Story", "Rapprochement ventes / livraisons", "done", "2025-07-15",
          parent="PRVF-1", comments=[
              ("2025-10-03", "Écart énorme entre livré et vendu : la casse et les produits "
                             "périmés ne sont jamais saisis. Impossible de reconstituer la demande "
                             "réelle."),
              ("2025-10-06", "Le partenaire confirme que le modèle tourne correctement, le "
                             "problème vient de l'historique.")]),
        I("PRVF-11", "Tâche", "Restitution au comité frais", "wont", "2025-12-01", "2026-01-16",
          parent="PRVF-1", direct=True),
    ], ("CANCELLED", "PROTOTYPE", "DATA_READINESS", "",
        "status Annulé, closed_date 2026-01-16; registry Prototype; closure reason + PRVF-8 "
        "comment: shrink never recorded, sales history unusable"))

# ---------------------------------------------------------------- UNCLEAR_OBJECTIVE
add("BZ-05", "Ask Brackley - citizen services assistant", "Customer Services", "Cllr Ann Foyle",
    "Ben Okafor", "genai-assistant", "buy", "Business case", "cancelled", "2025-04-01", "", "",
    "2025-11-28", "90000", "22000", "GBP", "", "", "", "", "ASKB",
    "Closed at gateway 1. After two rounds the business case still could not say which service "
    "problem the assistant fixes, for whom, or how we would measure it. Members asked us to come "
    "back if a defined need emerges.",
    "", "json", "en", "Ask Brackley", [
        I("ASKB-1", "Epic", "Business case: citizen services assistant", "wont", "2025-04-03",
          "2025-11-28"),
        I("ASKB-2", "Task", "Vendor demos (3 suppliers)", "done", "2025-04-10", "2025-05-22",
          parent="ASKB-1", comments=[("2025-05-22", "Demos recorded, links on the team site.")]),
        I("ASKB-3", "Task", "Draft benefits section", "done", "2025-05-01", parent="ASKB-1",
          comments=[
              ("2025-07-08", "Section 4 still says 'improve resident experience'. Which contact "
                             "types? What is today's call volume? Nobody has figures."),
              ("2025-09-30", "Second draft sent to members. Costs are small and fully covered by "
                             "the digital reserve, so money isn't the question.")]),
    ], ("CANCELLED", "STRATEGY", "UNCLEAR_OBJECTIVE", "",
        "closed 2025-11-28; registry Business case; closure: no defined problem or measure; "
        "cost negated in ASKB-3"))

add("BZ-06", "NOC alert triage assistant", "Network Operations", "Samir Haddad", "Kai Nakamura",
    "anomaly-detection", "build", "POC", "active", "2025-08-01", "2026-06-30", "", "", "140000",
    "77000", "EUR", "", "", "", "yes", "AILAB-101", "", "",
    "json", "en", "AI Lab", [
        I("AILAB-101", "Epic", "PoC - NOC alert triage", "prog", "2025-08-04", "2026-02-19"),
        I("AILAB-104", "Story", "Ingest 90 days of alarm history", "done", "2025-08-10",
          "2025-09-25", parent="AILAB-101"),
        I("AILAB-107", "Story", "Cluster alarms into incidents (v0.3)", "review", "2025-10-01",
          parent="AILAB-101", comments=[
              ("2025-12-03", "v0.3 groups 61% of alarm storms. Is that good? The charter has no "
                             "success metric and no baseline for current triage time, so I can't "
                             "say whether it beats the threshold rules."),
              ("2026-02-19", "Asked the NOC leads again what outcome they would sign off on. No "
                             "answer yet, leaving it in review.")]),
        I("AILAB-110", "Task", "Grafana panel for cluster sizes", "done", "2025-10-15",
          "2025-11-02", parent="AILAB-101"),
    ], ("STALLED", "PROTOTYPE", "UNCLEAR_OBJECTIVE", "",
        "epic AILAB-101 in shared project; last activity 2026-02-19; registry POC; AILAB-107: no "
        "success metric or baseline; success_kpi empty"))

add("BZ-07", "ELN assistant exploration", "R&D Informatics", "Prof. Walter Steen", "Nora Haddad",
    "genai-assistant", "buy", "Discovery", "active", "2025-10-06", "", "", "", "50000", "18000",
    "CHF", "", "", "", "", "ELNX", "",
    "Kick-off came from the board's ask for 'something with LLMs in R&D'; the use case was never "
    "pinned down and no success measure was agreed.",
    "csv", "en", "ELN Assistant", [
        I("ELNX-1", "Epic", "Discovery - ELN assistant", "prog", "2025-10-06", "2026-01-20"),
        I("ELNX-2", "Task", "Interview 6 bench scientists", "done", "2025-10-10", "2025-11-14",
          parent="ELNX-1", comments=[
              ("2025-11-14", "Interviews done. Everyone liked the idea, nobody named a task they'd "
                             "hand over.")]),
        I("ELNX-3", "Task", "Long list of candidate use cases", "prog", "2025-11-17",
          parent="ELNX-1", comments=[
              ("2026-01-20", "List is at 23 ideas with no ranking criteria. Waiting for R&D "
                             "leadership to say what they actually want it to improve.")]),
        I("ELNX-4", "Task", "Vendor NDA", "done", "2025-10-08", "2025-10-30", parent="ELNX-1",
          comments=[("2025-10-30", "NDA signed by legal.")]),
    ], ("STALLED", "DISCOVERY", "UNCLEAR_OBJECTIVE", "",
        "last activity 2026-01-20; registry Discovery; notes: use case never pinned down, no "
        "success measure; ELNX-3 comment"))

add("BZ-08", "Inbound truck ETA prediction", "Distribution Centres", "Paul Hendry", "Kai Nakamura",
    "regression", "build", "", "in progress", "2025-02-03", "2025-12-01", "", "", "160000",
    "149000", "EUR", "yard slot utilisation", "71%", "85%", "yes", "ETA", "", "", "",
    "json", "en", "Truck ETA", [
        I("ETA-1", "Epic", "ETA model for yard planning", "prog", "2025-02-05", "2026-05-08"),
        I("ETA-14", "Story", "Gradient boosting model v2", "done", "2025-03-01", "2025-07-30",
          parent="ETA-1", sprints=["ETA Sprint 9"]),
        I("ETA-21", "Story", "Yard planners test the ETA board", "done", "2025-11-03",
          parent="ETA-1", sprints=["UAT Sprint 1"], labels=["uat", "yard"], comments=[
              ("2026-01-22", "Planners are happy with the numbers; they want it every morning.")]),
        I("ETA-25", "Task", "Hand over ETA scoring to IT operations", "blocked", "2026-02-01",
          parent="ETA-1", sprints=["UAT Sprint 2"], comments=[
              ("2026-03-10", "IT ops can't take it: the model is a notebook Kai runs by hand. "
                             "There is no serving endpoint, no scheduler, no retraining job and no "
                             "monitoring - nothing exists to hand over."),
              ("2026-05-08", "Still no hosting or scheduling setup for Python models. Leaving "
                             "blocked.")]),
    ], ("STALLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "",
        "last activity 2026-05-08; stage only in Jira (UAT sprints, uat label, done); ETA-25: "
        "notebook, no serving/scheduler/monitoring; planners' approval = adoption negated"))

add("BZ-09", "Credit line increase propensity", "Cards", "Mira Salonen", "Oskar Nowak",
    "classification", "build", "POC", "cancelled", "2025-01-13", "2026-01-31", "", "2026-03-31",
    "300000", "262000", "USD", "CLI take-up", "3.4%", "5%", "yes", "CLI",
    "Stopped. The model was built on a one-off extract with hand-made features in a notebook; "
    "there is no feature pipeline, no CI/CD and no monitoring, and rebuilding it for the "
    "production platform was never planned.",
    "Model risk review passed in Nov-25 with minor findings.",
    "json", "en", "Credit Line Increase", [
        I("CLI-1", "Epic", "Proof of concept - CLI propensity", "done", "2025-01-15",
          "2025-06-30"),
        I("CLI-9", "Epic", "MVP build - CLI propensity service", "wont", "2025-07-01",
          "2026-03-31"),
        I("CLI-12", "Story", "Port notebook features to SQL", "done", "2025-07-14", parent="CLI-9",
          comments=[("2025-10-02", "Ported 40 of 112 features. The rest depend on manual Excel "
                                   "adjustments nobody can reproduce.")]),
        I("CLI-15", "Story", "Model-risk validation pack", "done", "2025-09-01", parent="CLI-9",
          comments=[("2025-11-21", "MRM review passed, two minor findings closed.")]),
        I("CLI-18", "Task", "Serving design with platform team", "wont", "2025-12-01",
          "2026-03-31", parent="CLI-9", comments=[
              ("2026-02-17", "Platform team: no model serving, no feature store and no drift "
                             "monitoring available for this. The notebook approach can't go "
                             "anywhere.")]),
    ], ("CANCELLED", "ENGINEERING", "PRODUCTION_ARCHITECTURE", "",
        "closed 2026-03-31; registry POC lags Jira (MVP build epic worked, CLI-12 done); closure "
        "+ CLI-18: no pipeline/CI-CD/monitoring; MRM passed = security negated"))

add("BZ-10", "Werkzeugverschleiß-Prognose Fräszentrum", "Fertigung Werk Süd", "Dr. Uwe Kessler",
    "Jonas Weber", "regression", "build", "Prototyp", "pausiert", "2025-09-01", "2026-09-30", "",
    "", "120000", "70500", "EUR", "ungeplante Werkzeugwechsel", "14/Monat", "5/Monat", "ja", "WZV",
    "",
    "Es gibt keine Zielplattform für den Betrieb: kein Modell-Serving an der Linie, kein "
    "Monitoring, niemand weiß, wo das Modell laufen soll. Daten und Modellgüte sind in Ordnung.",
    "json", "de", "Werkzeugverschleiß", [
        I("WZV-1", "Epic", "Prototyp Verschleißprognose", "prog", "2025-09-01", "2026-04-15"),
        I("WZV-3", "Story", "Spindelstrom-Features", "done", "2025-09-10", "2025-11-28",
          parent="WZV-1"),
        I("WZV-5", "Story", "Modellvergleich RF/GBM", "done", "2025-12-01", parent="WZV-1",
          comments=[("2026-02-06", "GBM trifft den Werkzeugwechsel auf ±20 Minuten, das reicht "
                                   "der Fertigung.")]),
        I("WZV-7", "Task", "Betrieb an der Linie mit OT-Team klären", "blocked", "2026-02-10",
          parent="WZV-1", comments=[
              ("2026-04-15", "OT-Team: kein Edge-Serving, kein Weg in den Betrieb, kein "
                             "Monitoring vorgesehen. Pausiert, bis eine Plattform entschieden "
                             "ist.")]),
    ], ("STALLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", "",
        "status pausiert (on hold) and idle since 2026-04-15; registry Prototyp; notes + WZV-7: "
        "no serving/monitoring platform; data and model quality negated"))

# ---------------------------------------------------------------- INTEGRATION
add("BZ-11", "Smart-meter tamper detection", "Metering", "Lynn Abbott", "Aisha Rahman",
    "anomaly-detection", "build", "Prototype", "active", "2025-04-01", "2026-03-31", "", "",
    "210000", "188000", "GBP", "revenue recovered from tampering", "", "", "yes", "SMT", "", "",
    "json", "en", "Smart Meter Tamper", [
        I("SMT-1", "Epic", "Prototype tamper detection", "done", "2025-04-02", "2025-08-29"),
        I("SMT-6", "Story", "Tamper score service", "prog", "2025-09-01", fixv=["MVP 1.0"],
          comments=[
              ("2025-12-09", "Data side is fine - three years of interval reads, clean."),
              ("2026-03-18", "SAP IS-U won't give us meter events: there's only a nightly flat "
                             "file, and the vendor quotes nine months for an outbound interface. "
                             "The scores can't reach the field work orders either."),
              ("2026-05-12", "No movement from the SAP team. Nothing more we can do until an "
                             "interface exists.")]),
        I("SMT-8", "Story", "Threshold tuning with revenue protection", "done", "2025-09-15",
          "2025-12-09", fixv=["MVP 1.0"]),
        I("SMT-9", "Task", "Work-order creation in IS-U", "todo", "2026-01-05", fixv=["MVP 1.0"]),
    ], ("STALLED", "ENGINEERING", "INTEGRATION", "",
        "last activity 2026-05-12; registry Prototype lags Jira (fix version MVP 1.0 on done/in "
        "progress stories); SMT-6: no SAP interface; data quality negated"))

add("BZ-12", "Crew swap recommender", "Flight Operations", "Capt. Iain Rourke", "Elif Kaya",
    "optimisation", "partner", "Deployment", "cancelled", "2025-01-20", "2026-05-01", "",
    "2026-07-31", "450000", "402000", "EUR", "manual swap handling time", "26 min", "8 min", "yes",
    "CRS",
    "Cancelled after acceptance testing: the rostering system (mainframe) has no write interface, "
    "so every accepted swap had to be re-keyed by hand. The vendor would not open an API within "
    "the contract.",
    "Crew schedulers liked the suggestions in testing.",
    "csv", "en", "Crew Swap", [
        I("CRS-2", "Epic", "Recommender build", "done", "2025-02-01", "2026-01-30"),
        I("CRS-1", "Epic", "Acceptance testing and rollout - crew swap recommender", "wont",
          "2026-02-02", "2026-07-31"),
        I("CRS-7", "Story", "Schedulers test swaps in staging", "done", "2026-02-10", "2026-04-20",
          parent="CRS-1", sprints=["Crew Sprint 14", "UAT Sprint 1"], labels=["crew", "ops"],
          comments=[
              ("2026-04-20", "Schedulers accepted 70% of suggestions. They'd use it.")]),
        I("CRS-9", "Task", "Write accepted swap back to roster", "wont", "2026-03-01",
          "2026-07-31", parent="CRS-1", comments=[
              ("2026-05-14", "CrewMaster only takes swaps through its green-screen. No API, no "
                             "batch input. Re-keying 200 swaps a day is not an option."),
              ("2026-07-31", "Closed with the initiative.")]),
    ], ("CANCELLED", "DEPLOYMENT", "INTEGRATION", "",
        "closed 2026-07-31; registry Deployment, UAT sprint done; closure + CRS-9: no write "
        "interface to rostering mainframe; adoption negated in notes"))

add("BZ-13", "Prédiction des durées de séjour", "Direction des soins", "Dr Anne Perrin",
    "Hugo Lefèvre", "regression", "build", "", "actif", "2025-05-05", "2026-01-31", "", "",
    "95000", "81000", "EUR", "", "", "", "oui", "AILAB-140", "", "",
    "json", "fr", "AI Lab", [
        I("AILAB-140", "Epic", "Prédiction DMS - prototype", "prog", "2025-05-05", "2026-04-28"),
        I("AILAB-143", "Story", "Modèle DMS sur séjours 2022-2024", "done", "2025-05-12",
          parent="AILAB-140", comments=[
              ("2025-09-30", "MAE 1,1 jour, bien meilleur que l'estimation actuelle des cadres.")]),
        I("AILAB-146", "Story", "Envoi des prédictions vers le DPI", "blocked", "2025-10-06",
          parent="AILAB-140", comments=[
              ("2026-01-12", "Le connecteur HL7 vers le DPI n'a jamais fonctionné : l'éditeur "
                             "n'accepte pas de messages ORU entrants venant d'un système tiers."),
              ("2026-04-28", "Toujours rien côté éditeur. Sans intégration au dossier patient, "
                             "personne ne verra les prédictions.")]),
    ], ("STALLED", "PROTOTYPE", "INTEGRATION", "",
        "shared AILAB epic; last activity 2026-04-28; stage only in Jira (prototype epic); "
        "AILAB-146: HL7 connector to the EHR never worked; model quality fine"))

add("BZ-14", "Line 3 weld-seam inspection", "Body Shop", "Henrik Dahl", "Oskar Nowak",
    "computer-vision", "partner", "Build", "cancelled", "2025-03-10", "2026-02-28", "",
    "2026-05-29", "330000", "275000", "EUR", "weld rework rate", "1.8%", "0.6%", "yes", "WSI",
    "Could not connect the inspection result to the line: the MES on line 3 only speaks OPC-DA, "
    "there is no gateway to our vision PC, and the PLC integrator could not add the reject "
    "signal this year. Without the reject signal the system is useless.",
    "", "csv", "en", "Weld Seam Inspection", [
        I("WSI-1", "Epic", "MVP - weld seam vision", "wont", "2025-06-02", "2026-05-29"),
        I("WSI-4", "Story", "Train seam classifier on 18k images", "done", "2025-06-10",
          parent="WSI-1", comments=[("2025-10-15", "Recall 0.97 on the holdout, good enough for "
                                                   "the line.")]),
        I("WSI-6", "Story", "Reject signal to PLC via MES", "blocked", "2025-10-20", parent="WSI-1",
          labels=["line-3", "vision", "ot"], comps=["Vision PC", "MES"],
          desc="As the line\nI want a rejected seam to stop the part at station 4\n\n"
               "*AC*\n# reject bit set within 2 s\n# part diverted to the rework lane",
          comments=[
              ("2026-02-03", "MES only exposes OPC-DA; our box talks OPC-UA. No gateway "
                             "available."),
              ("2026-04-30", "Integrator can't touch the PLC program before the 2027 "
                             "shutdown.")]),
        I("WSI-7", "Task", "Lighting rig on station 3b", "done", "2025-06-15", "2025-07-20",
          parent="WSI-1"),
    ], ("CANCELLED", "ENGINEERING", "INTEGRATION", "",
        "closed 2026-05-29; registry Build + MVP epic with done stories; closure + WSI-6: no "
        "connection MES/PLC; model quality negated"))

add("BZ-15", "Advisor copilot", "Wealth Management", "Catherine Oduya", "Ines Duarte",
    "genai-assistant", "buy", "Deployment", "on hold", "2025-02-01", "2026-06-01", "", "",
    "600000", "455000", "CHF", "adviser prep time per meeting", "45 min", "20 min", "yes", "ADVA",
    "",
    "On hold since Jun-26: the model risk committee has not approved it and the DPO will not sign "
    "off client data leaving the EU tenant.",
    "json", "en", "Advisor Copilot", [
        I("ADVA-1", "Epic", "Rollout to 40 advisers (wave 1)", "prog", "2026-03-02",
          "2026-08-20"),
        I("ADVA-3", "Story", "Adviser acceptance testing", "done", "2026-03-10", parent="ADVA-1",
          sprints=["UAT Sprint 1"], comments=[
              ("2026-05-15", "Advisers rated it 4.3/5 and want it.")]),
        I("ADVA-5", "Task", "DPIA and MRM submission", "blocked", "2026-04-01", parent="ADVA-1",
          comments=[
              ("2026-06-12", "MRM wants a full validation pack incl. red-teaming; the DPO refuses "
                             "processing outside the EU tenant, which the vendor can't offer "
                             "yet."),
              ("2026-08-20", "Third submission came back with new questions. Still blocked on "
                             "approval.")]),
        I("ADVA-6", "Task", "Prompt library clean-up", "done", "2026-02-10", "2026-03-20"),
    ], ("STALLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", "",
        "status on hold although Jira activity 2026-08-20 (inside the window); registry "
        "Deployment + Rollout epic + UAT sprint; notes + ADVA-5: MRM and DPO approval missing; "
        "adoption negated"))

add("BZ-16", "Vorauswahl Bewerbungen mit KI", "Personal", "Sabine Roth", "Lena Schulz",
    "classification", "buy", "POC", "eingestellt", "2025-05-05", "", "", "2025-12-12", "80000",
    "39000", "EUR", "Time-to-hire", "41 Tage", "30 Tage", "ja", "CVS",
    "Rechtsabteilung stuft den Anwendungsfall als Hochrisiko nach KI-Verordnung ein; der "
    "Betriebsrat hat der automatisierten Vorauswahl nicht zugestimmt. Eingestellt.",
    "", "json", "de", "Bewerbervorauswahl", [
        I("CVS-1", "Epic", "PoC Bewerbervorauswahl", "wont", "2025-05-06", "2025-12-12"),
        I("CVS-2", "Story", "Anonymisierte Testdaten aus 2024", "done", "2025-05-12",
          parent="CVS-1", comments=[("2025-06-30", "Datensatz vollständig, 8.400 Bewerbungen.")]),
        I("CVS-4", "Story", "Ranking-Modell gegen Recruiter-Entscheidungen", "done", "2025-07-01",
          "2025-09-19", parent="CVS-1"),
        I("CVS-6", "Task", "Vorlage Betriebsrat", "wont", "2025-09-22", "2025-12-12",
          parent="CVS-1", comments=[
              ("2025-11-27", "Betriebsrat lehnt ab. Dazu Stellungnahme Recht: Hochrisiko-System, "
                             "Konformitätsbewertung nötig.")]),
    ], ("CANCELLED", "PROTOTYPE", "SECURITY_COMPLIANCE", "",
        "status eingestellt, closed 2025-12-12; registry POC; closure + CVS-6: AI Act high-risk, "
        "works council refusal; data completeness negated"))

add("BZ-17", "Case file summariser", "Benefits Processing", "Gordon Achebe", "Aisha Rahman",
    "genai-assistant", "build", "Engineering", "active", "2025-06-01", "2026-04-01", "", "",
    "260000", "171000", "GBP", "caseworker minutes per file", "38", "20", "yes", "CFSUM", "", "",
    "csv", "en", "Case File Summariser", [
        I("CFSUM-1", "Epic", "Build: case file summariser", "prog", "2025-09-01", "2026-05-20"),
        I("CFSUM-5", "Story", "Chunking and retrieval over case PDFs", "done", "2025-09-08",
          "2025-12-19", parent="CFSUM-1"),
        I("CFSUM-8", "Story", "Summary evaluation with caseworkers", "done", "2026-01-05",
          parent="CFSUM-1", comments=[
              ("2026-03-03", "Caseworkers scored the summaries 4.1/5. Quality is where it needs "
                             "to be.")]),
        I("CFSUM-9", "Task", "ISMS exception for external LLM API", "blocked", "2026-03-05",
          parent="CFSUM-1", comments=[
              ("2026-03-05", "Raised SEC-4411."),
              ("2026-05-20", "CISO won't approve sending case files to an external LLM API, and "
                             "the on-prem option isn't approved either. Nothing moves until the "
                             "exception is granted.")]),
    ], ("STALLED", "ENGINEERING", "SECURITY_COMPLIANCE", "",
        "last activity 2026-05-20; registry Engineering + Build epic; CFSUM-9: CISO refuses "
        "external LLM exception; quality negated"))

add("BZ-18", "Markdown price optimiser", "Merchandising", "Martina Kovač", "",
    "optimisation", "build", "", "active", "2025-07-01", "2026-02-01", "", "", "150000", "93000",
    "EUR", "clearance margin", "", "", "yes", "", "", "",
    "json", "en", "Platform", [
        I("PLAT-311", "Epic", "Markdown optimiser", "prog", "2025-07-07", "2026-04-09",
          labels=["initiative:BZ-18"]),
        I("PLAT-314", "Story", "Elasticity estimates for 3 categories", "done", "2025-07-14",
          "2025-10-10", parent="PLAT-311", labels=["initiative:BZ-18", "proof-of-concept"]),
        I("PLAT-317", "Story", "Simulate Q4 markdown plan", "prog", "2025-10-13",
          parent="PLAT-311", labels=["initiative:BZ-18", "proof-of-concept"], comments=[
              ("2026-01-22", "Results are solid: 4% margin uplift in the simulation."),
              ("2026-02-25", "Since Martina moved to the group CFO office nobody owns this on "
                             "the merchandising side. Steering was cancelled three times."),
              ("2026-04-09", "Still no business owner to take a decision on the trial. "
                             "Parking.")]),
    ], ("STALLED", "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "",
        "linked by label initiative:BZ-18 in PLAT; last activity 2026-04-09; stage only in Jira "
        "(proof-of-concept labels on started stories); PLAT-317: sponsor moved, nobody owns it; "
        "owner empty"))

add("BZ-19", "Churn save-desk propensity", "Consumer Sales", "Julia Brandt", "Ben Okafor",
    "classification", "build", "Strategy", "cancelled", "2025-09-15", "", "", "2026-01-30",
    "70000", "21000", "EUR", "", "", "", "", "CHRN",
    "Reorg in Dec-25: the new CCO re-prioritised the consumer unit to 5G monetisation and the "
    "initiative lost its sponsor. No one else picked it up.",
    "", "csv", "en", "Churn Save Desk", [
        I("CHRN-1", "Epic", "Strategy and business case - save-desk propensity", "wont",
          "2025-09-16", "2026-01-30"),
        I("CHRN-2", "Task", "Size the save-desk opportunity", "done", "2025-09-20", parent="CHRN-1",
          comments=[("2025-11-07", "Opportunity ~EUR 3.2M/yr, well above the funding "
                                   "threshold.")]),
        I("CHRN-3", "Task", "Steering pack for December", "wont", "2025-11-10", "2026-01-30",
          parent="CHRN-1", comments=[("2026-01-30", "Closed, see initiative closure.")]),
    ], ("CANCELLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", "",
        "closed 2026-01-30; registry Strategy; closure: reorg, sponsor lost; cost negated"))

add("BZ-20", "Rechnungseingang automatisch kontieren", "Finanzen / Kreditoren", "Thomas Iversen",
    "", "classification", "build", "Entwicklung", "on hold", "2025-04-01", "2026-01-01", "", "",
    "190000", "133000", "EUR", "Durchlaufzeit Rechnung", "9 Tage", "4 Tage", "ja", "RECH", "",
    "Ruht: Fachbereich Kreditoren und IT schieben sich die Verantwortung zu, kein Product Owner "
    "benannt.",
    "json", "de", "Rechnungskontierung", [
        I("RECH-1", "Epic", "MVP Kontierungsvorschlag", "prog", "2025-06-02", "2026-03-31"),
        I("RECH-4", "Story", "Kontierungsmodell auf 2 Jahren Belegen", "done", "2025-06-10",
          "2025-10-17", parent="RECH-1"),
        I("RECH-7", "Story", "Vorschläge im Rechnungsworkflow anzeigen", "prog", "2025-10-20",
          parent="RECH-1", comments=[
              ("2026-01-15", "Schnittstelle zum Workflow steht, die Vorschläge kommen an."),
              ("2026-03-31", "Abnahme-Termin wieder abgesagt. Fachbereich sagt, IT ist "
                             "zuständig, IT sagt, der Fachbereich. Ohne PO keine Entscheidung.")]),
    ], ("STALLED", "ENGINEERING", "OWNERSHIP_SPONSORSHIP", "",
        "on hold and idle since 2026-03-31; registry Entwicklung + MVP epic; notes + RECH-7: no "
        "product owner, business and IT each point at the other; integration negated"))

add("BZ-21", "Personalised homepage", "Digital Editorial", "Rosa Lindgren", "Chloé Martin",
    "recommendation", "build", "", "cancelled", "2025-08-04", "", "", "2025-12-19", "110000",
    "24000", "EUR", "", "", "", "", "PERS", "", "",
    "json", "en", "Personalisation", [
        I("PERS-1", "Epic", "Discovery: personalised homepage", "wont", "2025-08-05", "2025-12-19"),
        I("PERS-2", "Task", "Audience research readout", "done", "2025-08-11", "2025-09-26",
          parent="PERS-1"),
        I("PERS-3", "Task", "Align marketing and newsroom on goals", "wont", "2025-09-29",
          "2025-12-19", parent="PERS-1", comments=[
              ("2025-10-21", "Marketing wants subscriptions, the newsroom wants reach, and nobody "
                             "above them will arbitrate."),
              ("2025-11-25", "Our sponsor has stepped back from the initiative. Closing "
                             "discovery.")]),
    ], ("CANCELLED", "DISCOVERY", "OWNERSHIP_SPONSORSHIP", "",
        "closed 2025-12-19, closure reason empty; stage only in Jira (Discovery epic); PERS-3: "
        "stakeholders misaligned with no arbiter, sponsor stepped back"))

# ---------------------------------------------------------------- SKILLS_GAP
add("BZ-22", "Conveyor motor failure prediction", "Parcel Hubs", "Derek Mulholland",
    "Greta Lindqvist", "classification", "build", "Build", "active", "2025-05-05", "2026-03-31",
    "", "", "230000", "151000", "EUR", "unplanned conveyor downtime", "31 h/month", "10 h/month",
    "yes", "AILAB-160", "", "",
    "json", "en", "AI Lab", [
        I("AILAB-160", "Epic", "Conveyor motor failure model - MVP", "prog", "2025-06-02",
          "2026-05-15"),
        I("AILAB-162", "Story", "Vibration feature pipeline", "done", "2025-06-10", "2025-10-08",
          parent="AILAB-160"),
        I("AILAB-165", "Story", "Kubeflow training pipeline", "prog", "2025-10-13",
          parent="AILAB-160", comments=[
              ("2026-02-02", "Data from the hubs is complete since the new gateways, no gaps."),
              ("2026-04-21", "Our only ML engineer left at the end of March. The contractors "
                             "can't work with the Kubeflow setup and there's no one else who "
                             "can."),
              ("2026-05-15", "Req for a replacement still open, zero applicants. Work "
                             "paused.")]),
    ], ("STALLED", "ENGINEERING", "SKILLS_GAP", "",
        "shared AILAB epic; last activity 2026-05-15; registry Build + MVP epic; AILAB-165: only "
        "ML engineer left, no replacement; data negated"))

add("BZ-23", "Contrôle visuel des palettes", "Logistique entrepôt", "Éric Blanchard",
    "Marc Dubois", "computer-vision", "build", "POC", "cancelled", "2025-06-16", "", "",
    "2026-03-13", "75000", "52000", "EUR", "palettes refusées à réception", "", "", "oui", "VISQ",
    "Abandon : personne en interne ne maîtrise la vision par ordinateur depuis le départ de notre "
    "data scientist chez un concurrent, et aucun recrutement n'a abouti.",
    "", "csv", "fr", "Contrôle Palettes", [
        I("VISQ-1", "Epic", "POC contrôle palettes", "wont", "2025-06-17", "2026-03-13"),
        I("VISQ-3", "Story", "Collecte de 3 000 photos de palettes", "done", "2025-06-20",
          "2025-08-29", parent="VISQ-1"),
        I("VISQ-5", "Story", "Premier détecteur de palettes abîmées", "done", "2025-09-01",
          parent="VISQ-1", comments=[("2025-11-21", "Résultats encourageants sur le quai 2.")]),
        I("VISQ-6", "Tâche", "Reprise du code après le départ de Yanis", "blocked", "2025-12-15",
          parent="VISQ-1", comments=[
              ("2026-02-27", "Personne ne sait reprendre le code de Yanis, le poste n'est "
                             "toujours pas pourvu.")]),
    ], ("CANCELLED", "PROTOTYPE", "SKILLS_GAP", "",
        "closed 2026-03-13; registry POC + POC epic; closure + VISQ-6: data scientist left, no "
        "CV skills in house"))

add("BZ-24", "Mortgage document extraction", "Home Lending", "Angela Ferreira", "Priya Iyer",
    "nlp", "build", "Build", "active", "2025-01-06", "2026-01-31", "", "", "410000", "366000",
    "USD", "time to underwriting decision", "6.5 days", "3 days", "yes", "DOCX", "", "",
    "json", "en", "Doc Extraction", [
        I("DOCX-1", "Epic", "Document extraction - build", "done", "2025-01-08", "2025-10-31"),
        I("DOCX-11", "Epic", "Rollout to underwriting pod A", "prog", "2025-11-03", "2026-05-05"),
        I("DOCX-12", "Story", "UAT with pod A underwriters", "done", "2025-11-10",
          parent="DOCX-11", sprints=["UAT Sprint 1"], comments=[
              ("2026-01-16", "Underwriters signed off UAT.")]),
        I("DOCX-14", "Task", "GPU node pool on OpenShift", "blocked", "2026-01-19",
          parent="DOCX-11", comments=[
              ("2026-03-02", "None of us has run GPU workloads on OpenShift. The MLOps engineer "
                             "req has been open since October; two candidates declined."),
              ("2026-05-05", "Still nobody with the skills to operate it. Paused until we "
                             "hire.")]),
    ], ("STALLED", "DEPLOYMENT", "SKILLS_GAP", "",
        "last activity 2026-05-05; registry Build lags Jira (Rollout epic in progress, UAT done); "
        "DOCX-14: nobody with the skills, hiring failed; UAT sign-off = adoption negated"))

# ---------------------------------------------------------------- SCOPE_CREEP
add("BZ-25", "Underwriting assistant", "Commercial Lines", "Niall Brennan", "Ines Duarte",
    "genai-assistant", "build", "", "active", "2025-03-03", "2025-12-31", "", "", "480000",
    "455000", "GBP", "quote turnaround", "3 days", "1 day", "yes", "UWA", "", "",
    "json", "en", "Underwriting Assistant", [
        I("UWA-1", "Epic", "Underwriting assistant - release 1 (motor fleet)", "prog",
          "2025-05-05", "2026-05-22"),
        I("UWA-6", "Story", "Summarise broker submissions", "done", "2025-05-12", "2025-08-29",
          parent="UWA-1", fixv=["MVP 1"], comps=["Submissions"],
          desc="Summarise the broker's email + attachments into the {{risk_summary}} panel.\n"
               "||field||source||\n|fleet size|schedule|\n|claims 5y|loss run|"),
        I("UWA-9", "Story", "Add home, travel and SME lines", "prog", "2025-09-01",
          "2026-02-06", parent="UWA-1", fixv=["MVP 1"], comments=[
              ("2025-12-03", "Steerco added home, travel and SME packages to the first release, "
                             "plus the broker portal. Motor fleet alone was nearly ready in "
                             "September.")]),
        I("UWA-13", "Story", "Broker portal integration", "todo", "2026-01-12", parent="UWA-1"),
        I("UWA-14", "Task", "Re-plan release 1", "prog", "2026-03-02", parent="UWA-1", comments=[
            ("2026-05-22", "Backlog now 310 stories vs 45 at kick-off; every steerco adds "
                           "another line of business. No cut for a first release agreed, so "
                           "nothing ships.")]),
    ], ("STALLED", "ENGINEERING", "SCOPE_CREEP", "",
        "last activity 2026-05-22; stage only in Jira (fix version MVP 1 on done story); UWA-9, "
        "UWA-14: first release keeps growing"))

add("BZ-26", "Chatbot Reisekostenabrechnung", "HR Services", "Monika Pfeiffer", "Lena Schulz",
    "genai-assistant", "buy", "Build", "cancelled", "2025-02-03", "2025-10-01", "", "2026-06-30",
    "140000", "131000", "EUR", "Rückfragen Reisekosten", "1.200/Monat", "400/Monat", "", "REISE",
    "Aus dem Chatbot für Reisekosten wurde schrittweise ein 'digitaler Assistent für alle "
    "HR-Themen'; nach 16 Monaten gab es keinen releasefähigen Stand. Eingestellt.",
    "Lizenzkosten im Rahmen.",
    "csv", "de", "Reisekosten-Bot", [
        I("REISE-1", "Epic", "Build Reisekosten-Bot", "wont", "2025-03-03", "2026-06-30"),
        I("REISE-4", "Story", "Dialoge Reisekosten Inland", "done", "2025-03-10", "2025-06-27",
          parent="REISE-1"),
        I("REISE-7", "Story", "Erweiterung Urlaubsanträge, Elternzeit, Dienstwagen", "prog",
          "2025-07-01", "2026-03-20", parent="REISE-1", comments=[
              ("2026-01-09", "Jetzt auch Gehaltsfragen und Betriebsrente im Umfang. Der "
                             "Reisekosten-Teil war im Juni fertig, wird aber nicht separat "
                             "veröffentlicht.")]),
        I("REISE-9", "Aufgabe", "Abnahme Release 1", "todo", "2025-09-01", parent="REISE-1"),
    ], ("CANCELLED", "ENGINEERING", "SCOPE_CREEP", "",
        "closed 2026-06-30; registry Build + Build epic; closure + REISE-7: bot grew to all HR "
        "topics, never releasable; licence cost negated"))

add("BZ-27", "Callbot service client", "Relation client", "Claire Fontaine", "Chloé Martin",
    "genai-assistant", "partner", "Prototype", "on hold", "2025-06-02", "2026-03-31", "", "",
    "220000", "164000", "EUR", "taux de résolution au premier appel", "58 %", "70 %", "oui",
    "VOIX", "",
    "En pause : chaque comité ajoute une langue ou un canal (chat, WhatsApp, e-mail) ; le backlog "
    "est passé de 40 à 280 récits sans aucune coupe pour un premier périmètre.",
    "json", "fr", "Callbot", [
        I("VOIX-1", "Epic", "Prototype callbot", "prog", "2025-06-02", "2026-04-24",
          comps=["Prototype"]),
        I("VOIX-3", "Récit", "Scénario suivi de commande", "done", "2025-06-09", "2025-09-12",
          parent="VOIX-1"),
        I("VOIX-5", "Récit", "Ajout néerlandais et allemand", "prog", "2025-10-01",
          parent="VOIX-1", comments=[
              ("2026-02-11", "Le partenaire tient les délais, rien à signaler de ce côté."),
              ("2026-04-24", "Encore deux canaux ajoutés au comité. On met en pause.")]),
    ], ("STALLED", "PROTOTYPE", "SCOPE_CREEP", "",
        "on hold and idle since 2026-04-24; registry Prototype + prototype epic; notes + VOIX-5: "
        "languages and channels keep being added"))

# ---------------------------------------------------------------- USER_ADOPTION
add("BZ-28", "Field service fix recommender", "Field Service", "Gareth Lowe", "Dev Patel",
    "recommendation", "build", "Deployment", "cancelled", "2025-01-13", "2026-04-01", "",
    "2026-08-14", "270000", "244000", "EUR", "first-time fix rate", "72%", "80%", "yes", "FSR",
    "Engineers in the trial region would not use it ('the box doesn't know our plant'); usage "
    "fell to a few logins a week. No change management had been planned.",
    "", "json", "en", "Fix Recommender", [
        I("FSR-3", "Story", "Recommender in the service app", "done", "2025-03-03", "2025-11-28",
          sprints=["FSR Sprint 12"]),
        I("FSR-1", "Epic", "Field trial and rollout - North region", "wont", "2026-01-12",
          "2026-08-14"),
        I("FSR-5", "Story", "Trial with 35 engineers", "done", "2026-01-19", parent="FSR-1",
          sprints=["UAT Sprint 2"], comments=[
              ("2026-04-10", "Integration with the work-order app is stable, no errors in three "
                             "weeks."),
              ("2026-05-29", "Weekly logins dropped from 31 to 4. Engineers say they trust their "
                             "own notes more.")]),
        I("FSR-6", "Task", "Usage review with regional manager", "done", "2026-06-01",
          "2026-07-03", parent="FSR-1"),
    ], ("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "",
        "closed 2026-08-14; registry Deployment + rollout epic; closure + FSR-5: engineers won't "
        "use it; integration negated"))

add("BZ-29", "Chest X-ray triage", "Radiology", "Dr Femi Adeyemi", "Elif Kaya",
    "computer-vision", "buy", "Engineering", "active", "2024-11-04", "2025-09-01", "", "",
    "310000", "298000", "GBP", "report turnaround for urgent findings", "", "", "yes", "RADT",
    "", "", "json", "en", "Radiology Triage", [
        I("RADT-1", "Epic", "Triage model integration build", "done", "2024-11-05", "2025-08-29"),
        I("RADT-8", "Epic", "Rollout - Station A reading room", "prog", "2025-09-01",
          "2026-04-30"),
        I("RADT-9", "Story", "Worklist prioritisation switched on", "done", "2025-09-08",
          "2025-10-24", parent="RADT-8"),
        I("RADT-12", "Task", "Usage review after 3 months", "prog", "2026-01-12", parent="RADT-8",
          comments=[
              ("2026-02-20", "Radiologists override almost every flag and several switched the "
                             "worklist back to chronological order. They don't trust it."),
              ("2026-04-30", "No uptake after the second briefing either. Leaving it here.")]),
    ], ("STALLED", "DEPLOYMENT", "USER_ADOPTION", "",
        "last activity 2026-04-30; registry Engineering lags Jira (Rollout epic in progress, "
        "RADT-9 done); RADT-12: radiologists distrust and bypass it"))

add("BZ-30", "Aide à la rédaction des devis", "Ventes B2B", "Laurent Mercier", "Hugo Lefèvre",
    "genai-assistant", "buy", "Déploiement", "cancelled", "2025-04-07", "2026-01-31", "",
    "2026-07-10", "130000", "78000", "EUR", "délai d'émission des devis", "5 jours", "2 jours",
    "oui", "DEVIS",
    "Les commerciaux contournent l'outil et continuent de tout faire sous Excel ; aucune conduite "
    "du changement n'avait été prévue.",
    "Budget consommé à 60 %, pas de dépassement.",
    "csv", "fr", "Devis IA", [
        I("DEVIS-1", "Epic", "Déploiement agences Ouest", "wont", "2026-01-05", "2026-07-10"),
        I("DEVIS-3", "Story", "Connexion au catalogue tarifaire", "done", "2025-05-05",
          "2025-09-26"),
        I("DEVIS-6", "Story", "Ouverture aux agences de Nantes, Rennes et Brest", "done",
          "2026-01-12", parent="DEVIS-1",
          comments=[("2026-03-27", "Ouvert aux trois agences.")]),
        I("DEVIS-8", "Tâche", "Bilan d'usage", "done", "2026-05-04", parent="DEVIS-1", comments=[
            ("2026-06-19", "12 devis générés en deux mois. Les commerciaux recopient tout dans "
                           "leur fichier Excel.")]),
    ], ("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "",
        "closed 2026-07-10; registry Déploiement + Déploiement epic with done stories; closure + "
        "DEVIS-8: sales reps bypass the tool, no change management; budget negated"))

# ---------------------------------------------------------------- COST_FUNDING
add("BZ-31", "Substation load forecasting", "Network Planning", "Robert Hale", "Aisha Rahman",
    "forecasting", "build", "Engineering", "cancelled", "2025-02-03", "2026-06-30", "",
    "2026-04-30", "350000", "201000", "EUR", "forecast MAPE", "9%", "5%", "yes", "GRID",
    "FY27 budget round: funding cut to zero for non-regulated analytics.", "",
    "json", "en", "Grid Forecast", [
        I("GRID-1", "Epic", "Substation forecast - build phase", "wont", "2025-05-05",
          "2026-04-30"),
        I("GRID-4", "Story", "Hierarchical reconciliation", "done", "2025-05-12", parent="GRID-1",
          comments=[("2025-09-19", "MAPE 4.8% at substation level, beats the planning tool.")]),
        I("GRID-7", "Story", "Weather ensemble inputs", "prog", "2025-09-22", "2026-04-30",
          parent="GRID-1", comments=[("2026-04-30", "Stopping work: no funding after the FY27 "
                                                    "round.")]),
    ], ("CANCELLED", "ENGINEERING", "COST_FUNDING", "",
        "closed 2026-04-30; registry Engineering + build phase epic; closure: funding cut; "
        "quality fine"))

add("BZ-32", "Service desk answer bot", "Group IT", "Nadia Petrov", "Kai Nakamura",
    "genai-assistant", "buy", "POC", "on hold", "2025-09-01", "2026-06-30", "", "", "60000",
    "58000", "EUR", "tickets deflected", "0", "15%", "", "KB", "",
    "Parked: inference cost at full volume is estimated at EUR 41k/month against EUR 6k/month of "
    "deflected tickets. Revisit when model prices drop. Answers were good in the PoC.",
    "csv", "en", "KB Bot", [
        I("KB-1", "Epic", "KB bot PoC", "prog", "2025-09-02", "2026-03-27"),
        I("KB-2", "Story", "Index 4,000 KB articles", "done", "2025-09-08", "2025-10-31",
          parent="KB-1"),
        I("KB-4", "Story", "Answer quality test set", "done", "2025-11-03", parent="KB-1",
          labels=["genai", "service-desk"], sprints=["KB Sprint 4", "KB Sprint 5"],
          comments=[("2026-01-16", "87% correct on the 200-question set.")]),
        I("KB-5", "Task", "Run-cost model for full volume", "done", "2026-01-19", parent="KB-1",
          comments=[("2026-03-27", "At 180k tickets a year the token bill is ~41k/month, savings "
                                   "~6k/month. Doesn't pay.")]),
    ], ("STALLED", "PROTOTYPE", "COST_FUNDING", "",
        "on hold and idle since 2026-03-27; registry POC + PoC epic; notes + KB-5: running cost "
        "far above savings; answer quality negated"))

add("BZ-33", "Ersatzteilbedarfsprognose", "Aftersales", "Dr. Petra Lang", "Felix Braun",
    "forecasting", "partner", "", "cancelled", "2024-10-01", "2026-01-31", "", "2026-05-22",
    "400000", "1120000", "EUR", "Teileverfügbarkeit", "91 %", "96 %", "ja", "ERSA",
    "Budget um 180 % überschritten; der Lenkungsausschuss hat die Reißleine gezogen.", "",
    "json", "de", "Teileprognose", [
        I("ERSA-1", "Epic", "Rollout Teileprognose - Lager Kassel", "wont", "2025-11-03",
          "2026-05-22"),
        I("ERSA-3", "Story", "Abnahmetest mit Disposition", "done", "2025-11-10", parent="ERSA-1",
          sprints=["UAT Sprint 2"], comments=[
              ("2026-02-13", "Disposition nutzt die Prognosen gern, Feedback positiv.")]),
        I("ERSA-5", "Task", "Nachtrag Partnerangebot", "done", "2026-02-16", parent="ERSA-1",
          comments=[("2026-04-17", "Partner will weitere 350k für die Anpassungen. Wir liegen "
                                   "schon bei 1,1 Mio statt 400k.")]),
    ], ("CANCELLED", "DEPLOYMENT", "COST_FUNDING", "",
        "closed 2026-05-22; stage only in Jira (Rollout epic, UAT sprint done); closure + ERSA-5: "
        "budget overrun 180%; adoption negated"))

add("BZ-34", "Solar yield forecasting for PPA pricing", "Trading", "Ingrid Solberg",
    "Oskar Nowak", "forecasting", "build", "Business case", "active", "2025-07-01", "", "", "",
    "40000", "17000", "EUR", "PPA pricing error", "", "", "", "SOLR", "", "",
    "json", "en", "Solar Yield", [
        I("SOLR-1", "Epic", "Business case - solar yield forecasting", "prog", "2025-07-02",
          "2026-02-27"),
        I("SOLR-2", "Task", "Benefit estimate with trading desk", "done", "2025-07-07",
          "2025-10-10", parent="SOLR-1"),
        I("SOLR-3", "Task", "Investment committee submission", "prog", "2025-10-13",
          parent="SOLR-1", comments=[
              ("2025-12-15", "Payback comes out at 6.5 years with the vendor licence; the "
                             "committee's hurdle is 3."),
              ("2026-02-27", "IC declined to fund the next phase. No budget this year.")]),
    ], ("STALLED", "STRATEGY", "COST_FUNDING", "",
        "last activity 2026-02-27; registry Business case + epic; SOLR-3: payback too long, IC "
        "declined funding"))

# ---------------------------------------------------------------- TECHNICAL_FEASIBILITY
add("BZ-35", "Turbine blade hairline-crack detection", "Engine Services", "Marcus Webb",
    "Priya Iyer", "computer-vision", "build", "Prototype", "cancelled", "2025-04-01", "", "",
    "2026-02-06", "260000", "190000", "USD", "missed crack findings", "", "0", "yes", "BLADE",
    "Best recall on hairline cracks was 0.41 against a required 0.95. The vendor's own study "
    "shows borescope resolution is the limit, so more images would not close the gap.",
    "", "json", "en", "Blade Inspection", [
        I("BLADE-1", "Epic", "Crack detection prototype", "wont", "2025-04-02", "2026-02-06"),
        I("BLADE-3", "Story", "Label 6k borescope frames", "done", "2025-04-07", parent="BLADE-1",
          comments=[("2025-07-11", "Labels double-checked by two inspectors, agreement 94%.")]),
        I("BLADE-5", "Story", "Train segmentation models", "done", "2025-07-14", parent="BLADE-1",
          comments=[("2025-12-12", "Tried U-Net, YOLO-seg and a ViT; recall on cracks under "
                                   "0.2 mm stays around 0.4.")]),
    ], ("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "",
        "closed 2026-02-06; registry Prototype; closure + BLADE-5: recall 0.41 vs 0.95 needed, "
        "physical limit; labelling quality negated"))

add("BZ-36", "Assistant juridique - droit du travail", "Direction juridique", "Maître Joëlle Roux",
    "Chloé Martin", "genai-assistant", "build", "", "actif", "2025-09-01", "2026-06-30", "", "",
    "85000", "61000", "EUR", "", "", "", "", "AILAB-180", "", "",
    "json", "fr", "AI Lab", [
        I("AILAB-180", "Epic", "Prototype assistant juridique", "prog", "2025-09-01",
          "2026-05-07"),
        I("AILAB-182", "Story", "Indexation du code du travail et de la jurisprudence", "done",
          "2025-09-08", "2025-11-14", parent="AILAB-180"),
        I("AILAB-185", "Story", "Évaluation sur 150 questions réelles", "prog", "2025-11-17",
          parent="AILAB-180", comments=[
              ("2026-02-03", "Le modèle invente des références d'articles dans une réponse sur "
                             "quatre. Le RAG n'y change rien."),
              ("2026-05-07", "Trois itérations de plus, même taux d'hallucination. Inexploitable "
                             "en l'état.")]),
    ], ("STALLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "",
        "shared AILAB epic; last activity 2026-05-07; stage only in Jira (Prototype epic); "
        "AILAB-185: hallucinated article references, no improvement"))

add("BZ-37", "Store-SKU replenishment forecast", "Convenience Stores", "Tariq Aziz",
    "Greta Lindqvist", "forecasting", "build", "Engineering", "cancelled", "2025-01-06",
    "2025-12-01", "", "2026-03-20", "290000", "236000", "EUR", "store out-of-stocks", "7.5%",
    "4%", "yes", "SKU",
    "Forecast error never beat the naive same-week-last-year baseline; at store-item level the "
    "demand is essentially noise.", "",
    "csv", "en", "SKU Replenishment", [
        I("SKU-1", "Epic", "Replenishment forecast MVP", "wont", "2025-04-01", "2026-03-20"),
        I("SKU-3", "Story", "Feature set: promos, weather, holidays", "done", "2025-04-07",
          "2025-07-25", parent="SKU-1"),
        I("SKU-5", "Story", "Backtest vs naive baseline", "done", "2025-08-04", parent="SKU-1",
          comments=[("2025-12-19", "MAPE 41% vs 39% for the naive forecast. Tried LightGBM, "
                                   "DeepAR, TFT - none beats it.")]),
        I("SKU-6", "Task", "Store ops sign-off", "wont", "2025-12-22", "2026-03-20",
          parent="SKU-1", direct=True),
    ], ("CANCELLED", "ENGINEERING", "TECHNICAL_FEASIBILITY", "",
        "closed 2026-03-20; registry Engineering + MVP epic with done stories; closure + SKU-5: "
        "cannot beat naive baseline"))

# ---------------------------------------------------------------- UNKNOWN
add("BZ-38", "Supplier risk signals from news", "Procurement", "Hannah Cole", "Nora Haddad",
    "nlp", "build", "POC", "active", "2025-08-01", "2026-03-31", "", "", "65000", "40000", "EUR",
    "", "", "", "", "AILAB-200", "", "",
    "json", "en", "AI Lab", [
        I("AILAB-200", "Epic", "Supplier news risk PoC", "prog", "2025-08-04", "2026-03-13"),
        I("AILAB-201", "Story", "News feed ingestion", "done", "2025-08-11", parent="AILAB-200",
          comments=[("2025-10-03", "Feed running daily.")]),
        I("AILAB-203", "Story", "Entity matching to supplier master", "prog", "2025-10-06",
          parent="AILAB-200", comments=[
              ("2026-01-09", "Matching at 92%, the rest are name variants."),
              ("2026-03-13", "Moved the notebook to the shared repo.")]),
    ], ("STALLED", "PROTOTYPE", "UNKNOWN", "",
        "shared AILAB epic; idle since 2026-03-13; registry POC; only neutral chatter"))

add("BZ-39", "Energiebedarfsprognose Gebäude", "Facility Management", "Rainer Hoff",
    "Jonas Weber", "forecasting", "buy", "Strategy", "closed", "2025-06-02", "", "", "2025-12-15",
    "30000", "11000", "EUR", "", "", "", "", "ENER",
    "Geschlossen, siehe Protokoll LA 12/2025.", "",
    "csv", "de", "Energieprognose", [
        I("ENER-1", "Epic", "Strategie & Business Case Energieprognose", "done", "2025-06-03",
          "2025-12-15"),
        I("ENER-2", "Aufgabe", "Marktübersicht Anbieter", "done", "2025-06-10", parent="ENER-1",
          comments=[("2025-08-22", "Übersicht liegt im SharePoint.")]),
        I("ENER-3", "Aufgabe", "Entscheidungsvorlage", "done", "2025-09-01", parent="ENER-1",
          comments=[("2025-12-12", "Vorlage im LA präsentiert.")]),
    ], ("CANCELLED", "STRATEGY", "UNKNOWN", "",
        "status closed, closed 2025-12-15; registry Strategy; closure reason gives no cause"))

add("BZ-40", "Spare-part image search", "Service Parts", "Olivia Grant", "Dev Patel",
    "computer-vision", "build", "", "active", "2025-07-01", "2026-04-30", "", "", "120000",
    "88000", "EUR", "", "", "", "yes", "", "", "",
    "json", "en", "Platform", [
        I("PLAT-402", "Epic", "Spare-part image search", "prog", "2025-07-01", "2026-04-16",
          labels=["initiative:BZ-40"]),
        I("PLAT-405", "Story", "Embedding index for 60k part photos", "done", "2025-07-07",
          parent="PLAT-402", labels=["initiative:BZ-40"], sprints=["MVP Sprint 3"], comments=[
              ("2025-10-24", "Photos are complete and well lit, no data issues.")]),
        I("PLAT-408", "Story", "Search UI in the parts portal", "prog", "2025-11-03",
          parent="PLAT-402", labels=["initiative:BZ-40"], sprints=["MVP Sprint 5"], comments=[
              ("2026-02-12", "Top-5 hit rate 88% on the test queries."),
              ("2026-04-16", "Rebased the branch on main.")]),
    ], ("STALLED", "ENGINEERING", "UNKNOWN", "",
        "label initiative:BZ-40 in PLAT; idle since 2026-04-16; stage only in Jira (MVP sprints on "
        "done/in-progress stories); no cause evidence; data negated"))

# ---------------------------------------------------------------- IN_PRODUCTION
add("BZ-41", "Invoice capture for accounts payable", "Shared Services", "Karen Doyle",
    "Ben Okafor", "nlp", "buy", "Operation", "in production", "2024-10-01", "2025-09-01",
    "2025-09-15", "", "220000", "231000", "EUR", "touchless invoice rate", "22%", "60%", "yes",
    "APX", "", "", "json", "en", "AP Capture", [
        I("APX-1", "Epic", "Run & monitor invoice capture", "prog", "2025-09-16", "2026-09-10"),
        I("APX-31", "Task", "Monthly accuracy report - August", "done", "2026-09-01", "2026-09-10",
          parent="APX-1", comments=[("2026-09-10", "Touchless rate 63%. Vendor API timeout from "
                                                   "July is resolved.")]),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2025-09-15"))

add("BZ-42", "Demand sensing for soft drinks", "Supply Planning", "Luis Ortega", "Elif Kaya",
    "forecasting", "build", "Operation", "retired", "2024-03-04", "2024-10-01", "2024-11-04",
    "2026-03-31", "300000", "288000", "EUR", "forecast accuracy week+1", "68%", "78%", "yes",
    "DSB", "Retired: replaced by the group planning suite.", "",
    "csv", "en", "Demand Sensing", [
        I("DSB-1", "Epic", "Demand sensing - operations", "done", "2024-11-05", "2026-03-31"),
        I("DSB-40", "Task", "Decommission scoring job", "done", "2026-03-02", "2026-03-31",
          parent="DSB-1", comments=[("2026-03-31", "Job switched off, tables archived.")]),
    ], ("IN_PRODUCTION", "", "", "",
        "production_date 2024-11-04, retired 2026-03-31: still IN_PRODUCTION"))

add("BZ-43", "Card fraud alert prioritisation", "Financial Crime", "Yusuf Demir", "Oskar Nowak",
    "classification", "build", "Operation", "live", "2025-04-07", "2026-02-01", "2026-02-16", "",
    "380000", "402000", "EUR", "analyst hours per confirmed fraud", "3.1", "2.0", "yes", "FAP",
    "", "", "json", "en", "Fraud Alerts", [
        I("FAP-1", "Epic", "Alert ranking model", "done", "2025-04-08", "2026-02-16"),
        I("FAP-22", "Story", "Weekly drift report", "prog", "2026-07-01", "2026-09-18",
          comments=[("2026-09-18", "PSI stable at 0.04.")]),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2026-02-16"))

add("BZ-44", "Qualitätsprognose Spritzguss", "Kunststofftechnik", "Bernd Albers", "Jonas Weber",
    "regression", "build", "Betrieb", "produktiv", "2025-05-05", "2026-04-01", "2026-05-04", "",
    "170000", "158000", "EUR", "Ausschussquote", "3,4 %", "2 %", "ja", "QSG", "", "",
    "csv", "de", "Qualitätsprognose", [
        I("QSG-1", "Epic", "Qualitätsprognose Linie 2", "done", "2025-05-06", "2026-05-04"),
        I("QSG-19", "Story", "Alarmierung an Schichtleitung", "done", "2026-06-01", "2026-07-17",
          comments=[("2026-07-17", "Läuft stabil seit Mai.")]),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2026-05-04"))

add("BZ-45", "Tri automatique du courrier entrant", "Gestion des sinistres", "Nathalie Girard",
    "Marc Dubois", "nlp", "build", "Exploitation", "en production", "2025-01-13", "2025-10-01",
    "2025-11-03", "", "140000", "149000", "EUR", "délai d'affectation du courrier", "2 jours",
    "2 heures", "oui", "COUR", "", "", "json", "fr", "Tri Courrier", [
        I("COUR-1", "Epic", "Tri courrier - run", "prog", "2025-11-04", "2026-08-28"),
        I("COUR-27", "Story", "Nouvelle catégorie 'résiliation'", "done", "2026-07-06",
          "2026-08-28", parent="COUR-1"),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2025-11-03"))

add("BZ-46", "Call summarisation v1", "Contact Centre", "Siobhan Kelly", "Ines Duarte",
    "genai-assistant", "build", "Operation", "retired", "2024-09-02", "2025-02-01", "2025-03-10",
    "2026-06-30", "190000", "205000", "GBP", "after-call work", "95 s", "40 s", "yes", "CALLS",
    "Retired after migration to the vendor's built-in summaries.", "",
    "json", "en", "Call Summaries", [
        I("CALLS-1", "Epic", "Summaries in the agent desktop", "done", "2024-09-03", "2025-03-10"),
        I("CALLS-58", "Task", "Switch off v1 endpoint", "done", "2026-06-15", "2026-06-30",
          comments=[("2026-06-30", "Endpoint removed. Agents kept using summaries until the "
                                   "last day.")]),
    ], ("IN_PRODUCTION", "", "", "",
        "production_date 2025-03-10, retired 2026-06-30: still IN_PRODUCTION"))

add("BZ-47", "Home-care visit routing", "Community Care", "Dr Rachel Lim", "Aisha Rahman",
    "optimisation", "partner", "Operation", "in production", "2025-06-02", "2026-05-01",
    "2026-06-01", "", "160000", "171000", "GBP", "travel time per visit", "19 min", "13 min",
    "yes", "HCR", "", "", "csv", "en", "Care Routing", [
        I("HCR-1", "Epic", "Routing engine", "done", "2025-06-03", "2026-06-01"),
        I("HCR-14", "Story", "Carer feedback round 2", "done", "2026-07-06", "2026-08-21",
          comments=[("2026-08-21", "Early on the carers ignored the routes; after the co-design "
                                   "sessions usage is at 90%.")]),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2026-06-01"))

add("BZ-48", "Chargenfreigabe-Assistent", "Qualitätssicherung", "Dr. Miriam Stein", "Lena Schulz",
    "classification", "build", "Operation", "Betrieb", "2025-03-03", "2026-02-01", "2026-03-02",
    "", "240000", "229000", "EUR", "Freigabezeit pro Charge", "3 Tage", "1 Tag", "ja", "CHARGE",
    "", "", "json", "de", "Chargenfreigabe", [
        I("CHARGE-1", "Epic", "Chargenfreigabe-Assistent", "done", "2025-03-04", "2026-03-02"),
        I("CHARGE-33", "Task", "Quartalsreview GMP", "done", "2026-07-01", "2026-07-24",
          comments=[("2026-07-24", "GMP-Review ohne Abweichungen.")]),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2026-03-02"))

add("BZ-49", "Dynamic pricing for city car parks", "Mobility Services", "Tom Reyes",
    "Kai Nakamura", "optimisation", "build", "Operation", "live", "2024-11-04", "2025-06-01",
    "2025-07-01", "", "130000", "126000", "EUR", "revenue per bay", "", "", "yes", "PARK", "", "",
    "json", "en", "Car Park Pricing", [
        I("PARK-1", "Epic", "Pricing engine", "done", "2024-11-05", "2025-07-01"),
        I("PARK-44", "Task", "Tariff table for Christmas markets", "prog", "2026-09-01",
          "2026-09-24"),
    ], ("IN_PRODUCTION", "", "", "", "registry production_date 2025-07-01"))

add("BZ-50", "Lagerplatzoptimierung", "Logistik Süd", "Andreas Keller", "Felix Braun",
    "optimisation", "build", "Rollout", "aktiv", "2025-02-03", "2026-07-01", "", "", "210000",
    "197000", "EUR", "Fahrwege je Pick", "", "", "ja", "LAGER", "", "",
    "json", "de", "Lagerplatzoptimierung", [
        I("LAGER-1", "Epic", "Rollout Lager Ulm, Augsburg, Kempten", "done", "2026-03-02",
          "2026-07-31"),
        I("LAGER-2", "Epic", "Go-Live Lagerplatzoptimierung", "done", "2026-07-01", "2026-08-04",
          comments=[("2026-08-04", "Seit 03.08. produktiv in allen drei Lagern.")]),
        I("LAGER-12", "Task", "Hypercare Woche 4", "done", "2026-08-24", "2026-08-28",
          parent="LAGER-2"),
    ], ("IN_PRODUCTION", "", "", "",
        "no production_date; Jira go-live epic done with comment 'seit 03.08. produktiv'"))

add("BZ-51", "Prévision d'affluence aux urgences", "Pôle urgences", "Dr Marc Aubert",
    "Hugo Lefèvre", "forecasting", "build", "Déploiement", "en cours", "2025-03-03", "2026-06-01",
    "", "", "90000", "84000", "EUR", "temps d'attente moyen", "3 h 10", "2 h 30", "oui", "URG",
    "", "", "csv", "fr", "Affluence Urgences", [
        I("URG-1", "Epic", "Mise en production prévision affluence", "done", "2026-05-04",
          "2026-06-16", comments=[("2026-06-16", "En production depuis le 15 juin, aucun "
                                                 "incident.")]),
        I("URG-9", "Tâche", "Ajout des vacances scolaires zone C", "done", "2026-07-06",
          "2026-07-30", parent="URG-1"),
    ], ("IN_PRODUCTION", "", "", "",
        "no production_date; Jira 'Mise en production' epic done, comment 'en production depuis "
        "le 15 juin'"))

# ---------------------------------------------------------------- ACTIVE
add("BZ-52", "Energy theft detection", "Revenue Protection", "Lynn Abbott", "Dev Patel",
    "anomaly-detection", "build", "POC", "active", "2026-03-02", "2027-03-01", "", "", "110000",
    "31000", "GBP", "recovered revenue", "", "", "", "ETD", "", "",
    "json", "en", "Energy Theft", [
        I("ETD-1", "Epic", "Energy theft PoC", "prog", "2026-03-03", "2026-09-15"),
        I("ETD-4", "Story", "Load-profile features", "prog", "2026-06-01", "2026-09-15",
          parent="ETD-1", comments=[("2026-09-15", "First cut of features merged.")]),
    ], ("ACTIVE", "", "", "", "activity 2026-09-15"))

add("BZ-53", "Contract clause extraction", "Legal Operations", "Fiona Marsh", "Nora Haddad",
    "nlp", "buy", "Build", "active", "2025-11-03", "2026-12-01", "", "", "180000", "90000", "EUR",
    "review hours per contract", "4.5", "2", "yes", "CLAUSE", "", "",
    "csv", "en", "Clause Extraction", [
        I("CLAUSE-1", "Epic", "Clause extraction build", "prog", "2026-01-05", "2026-09-22"),
        I("CLAUSE-8", "Story", "Indemnity clause model", "review", "2026-07-06", "2026-09-22",
          parent="CLAUSE-1", comments=[("2026-09-22", "Ready for review, F1 0.91.")]),
    ], ("ACTIVE", "", "", "", "activity 2026-09-22"))

add("BZ-54", "Détection d'anomalies de paie", "Ressources humaines", "Isabelle Noël",
    "Chloé Martin", "anomaly-detection", "build", "", "actif", "2026-01-05", "2026-11-30", "", "",
    "70000", "35000", "EUR", "erreurs de paie détectées avant virement", "", "", "oui", "PAIE",
    "", "", "json", "fr", "Contrôle Paie", [
        I("PAIE-1", "Epic", "Prototype contrôle de paie", "prog", "2026-02-02", "2026-09-03"),
        I("PAIE-6", "Story", "Règles métier vs modèle", "prog", "2026-06-15", "2026-09-03",
          parent="PAIE-1", comments=[
              ("2026-09-03", "Le problème de droits d'accès aux données de paie est réglé, on "
                             "avance.")]),
    ], ("ACTIVE", "", "", "", "activity 2026-09-03; resolved access issue"))

add("BZ-55", "Crop yield forecasting for members", "Agronomy Services", "Willem de Vries",
    "Greta Lindqvist", "forecasting", "build", "Discovery", "active", "2026-05-04", "", "", "",
    "60000", "9000", "EUR", "", "", "", "", "AILAB-220", "", "",
    "json", "en", "AI Lab", [
        I("AILAB-220", "Epic", "Discovery - crop yield forecasting", "prog", "2026-05-04",
          "2026-08-27"),
        I("AILAB-222", "Task", "Interviews with 12 member farms", "done", "2026-06-01",
          "2026-08-27", parent="AILAB-220", comments=[("2026-08-27", "Notes uploaded.")]),
    ], ("ACTIVE", "", "", "", "shared AILAB epic; activity 2026-08-27"))

add("BZ-56", "Bildbasierte Schadenbewertung Kfz", "Schaden Kraftfahrt", "Heike Brandt",
    "Jonas Weber", "computer-vision", "partner", "Entwicklung", "aktiv", "2025-10-06",
    "2027-01-31", "", "", "350000", "140000", "EUR", "Durchlaufzeit Kfz-Schaden", "12 Tage",
    "5 Tage", "ja", "KFZ", "", "", "json", "de", "Kfz-Schadenbewertung", [
        I("KFZ-1", "Epic", "MVP Schadenbewertung", "prog", "2026-01-12", "2026-09-29"),
        I("KFZ-9", "Story", "Teilekatalog anbinden", "blocked", "2026-08-03", "2026-09-29",
          parent="KFZ-1", comments=[
              ("2026-09-29", "Wartet auf Testzugang beim Partner, kommt laut Zusage nächste "
                             "Woche.")]),
    ], ("ACTIVE", "", "", "", "activity 2026-09-29"))

add("BZ-57", "Service desk wait-time prediction", "Group IT", "Nadia Petrov", "Ben Okafor",
    "regression", "build", "", "active", "2026-02-02", "2026-12-15", "", "", "45000", "20000",
    "EUR", "abandoned calls", "11%", "7%", "", "", "", "",
    "json", "en", "Platform", [
        I("PLAT-450", "Story", "Queue-length features", "done", "2026-06-01", "2026-08-14",
          labels=["initiative:BZ-57"], sprints=["MVP Sprint 2"]),
        I("PLAT-452", "Story", "Wait-time widget on the portal", "prog", "2026-08-17",
          "2026-09-21", labels=["initiative:BZ-57"], sprints=["MVP Sprint 3"]),
    ], ("ACTIVE", "", "", "", "label initiative:BZ-57; activity 2026-09-21"))

add("BZ-58", "Wartungsprognose Aufzüge", "Service Gebäudetechnik", "Frank Ziegler",
    "Felix Braun", "classification", "build", "Deployment", "aktiv", "2025-04-01", "2026-11-01",
    "", "", "260000", "210000", "EUR", "Störungen je Anlage und Jahr", "2,3", "1,5", "ja", "LIFT",
    "", "", "csv", "de", "Aufzugswartung", [
        I("LIFT-1", "Epic", "Rollout Region Nord", "prog", "2026-05-04", "2026-09-10"),
        I("LIFT-17", "Story", "Abnahmetest mit Servicetechnikern", "prog", "2026-07-01",
          "2026-09-10", parent="LIFT-1", comments=[
              ("2026-09-10", "Techniker sind zufrieden, zweite Runde nächste Woche.")]),
    ], ("ACTIVE", "", "", "", "activity 2026-09-10"))

add("BZ-59", "Tender response drafting", "Bids & Proposals", "Graham Cole", "Priya Iyer",
    "genai-assistant", "buy", "Business case", "active", "2026-06-01", "", "", "", "30000", "4000",
    "EUR", "bid preparation hours", "", "", "", "TENDER", "", "",
    "json", "en", "Tender Drafting", [
        I("TENDER-1", "Epic", "Business case: tender drafting", "prog", "2026-06-02",
          "2026-09-08"),
        I("TENDER-3", "Task", "Collect 20 past bids", "blocked", "2026-07-01", "2026-09-08",
          parent="TENDER-1", comments=[
              ("2026-09-08", "Waiting on the bids team to pick the examples; should be done "
                             "next sprint.")]),
    ], ("ACTIVE", "", "", "", "activity 2026-09-08"))

add("BZ-60", "Optimisation des tournées de collecte", "Collecte des déchets", "Agnès Morel",
    "Marc Dubois", "optimisation", "partner", "Prototype", "actif", "2026-02-02", "2027-01-31",
    "", "", "95000", "38000", "EUR", "kilomètres parcourus", "", "", "oui", "COLL", "",
    "Budget 2027 validé en comité.",
    "csv", "fr", "Tournées Collecte", [
        I("COLL-1", "Epic", "Prototype tournées secteur Est", "prog", "2026-03-02", "2026-09-17"),
        I("COLL-5", "Story", "Contraintes horaires des bennes", "done", "2026-06-01",
          "2026-09-17", parent="COLL-1"),
    ], ("ACTIVE", "", "", "", "activity 2026-09-17"))


# ----------------------------------------------------------------------------------------
def build_issue(init, spec, seq):
    lang = init["lang"]
    names = STATUS[lang]
    created = d(spec["created"])
    comments = [(d(c), body) for c, body in spec.get("comments", [])]
    last = max([d(spec["last"]), created] + [c for c, _ in comments])
    st = spec["status"]
    hist = []
    if st != "todo":
        span = (last - created).days
        t1 = created + dt.timedelta(days=max(0, min(span, max(1, span // 4))))
        if st == "wont" and spec.get("direct"):
            hist.append((last, "todo", "wont"))
        elif st == "prog":
            hist.append((t1, "todo", "prog"))
        else:
            hist.append((t1, "todo", "prog"))
            hist.append((last, "prog", st))
    people = PEOPLE
    assignee = people[h(spec["key"]) % len(people)]
    reporter = init["reg"]["owner"] or people[h(spec["key"] + "r") % len(people)]
    authors = [people[h(spec["key"] + str(i)) % len(people)] for i in range(len(comments))]
    return dict(spec=spec, lang=lang, created=stamp(created, spec["key"] + "c"),
                last=stamp(last, spec["key"] + "l") if last != created else
                stamp(created, spec["key"] + "c") + dt.timedelta(hours=1),
                status=st, status_name=names[st], hist=[(stamp(t, spec["key"] + a + b), a, b)
                                                        for t, a, b in hist],
                comments=[(stamp(c, spec["key"] + str(i)), authors[i], body)
                          for i, (c, body) in enumerate(comments)],
                assignee=assignee, reporter=reporter, id=str(30000 + seq))


def fix_order(iss):
    """Keep every dated event <= updated and history after creation."""
    last = iss["last"]
    hist = []
    for t, a, b in iss["hist"]:
        t = min(max(t, iss["created"] + dt.timedelta(minutes=30)), last)
        hist.append((t, a, b))
    iss["hist"] = hist
    iss["comments"] = [(min(max(t, iss["created"] + dt.timedelta(minutes=5)), last), a, b)
                       for t, a, b in iss["comments"]]
    if iss["hist"]:
        iss["last"] = max(last, max(t for t, _, _ in iss["hist"]))
    return iss


def jts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+0000" % (t.microsecond // 1000)


def user(name):
    return {"self": "https://bz-portfolio.atlassian.net/rest/api/2/user?accountId=" + acct(name),
            "accountId": acct(name), "displayName": name, "active": True,
            "timeZone": "Europe/Berlin", "accountType": "atlassian"}


def status_obj(code, name):
    key, cname = CATEGORY[code]
    return {"self": "https://bz-portfolio.atlassian.net/rest/api/2/status/%d" % (10000 + h(name) % 900),
            "description": "", "name": name, "id": str(10000 + h(name) % 900),
            "statusCategory": {"id": {"new": 2, "indeterminate": 4, "done": 3}[key], "key": key,
                               "colorName": {"new": "blue-gray", "indeterminate": "yellow",
                                             "done": "green"}[key], "name": cname}}


def to_json(init, iss, by_key):
    sp = iss["spec"]
    lang = iss["lang"]
    proj = sp["key"].split("-")[0]
    st = iss["status"]
    f = {
        "summary": sp["summary"],
        "issuetype": {"name": sp["type"], "subtask": False,
                      "hierarchyLevel": 1 if sp["type"] == "Epic" else 0},
        "project": {"key": proj, "name": init["project"], "projectTypeKey": "software"},
        "status": status_obj(st, iss["status_name"]),
        "priority": {"name": "Medium"},
        "created": jts(iss["created"]),
        "updated": jts(iss["last"]),
        "statuscategorychangedate": jts(iss["hist"][-1][0] if iss["hist"] else iss["created"]),
        "resolution": None, "resolutiondate": None,
        "labels": sp.get("labels", []),
        "components": [{"name": c} for c in sp.get("comps", [])],
        "fixVersions": [{"name": v, "released": False, "archived": False}
                        for v in sp.get("fixv", [])],
        "assignee": user(iss["assignee"]), "reporter": user(iss["reporter"]),
        "description": sp.get("desc"),
        "customfield_10014": None,
        "customfield_10020": None,
        "comment": {"comments": [], "maxResults": len(iss["comments"]),
                    "total": len(iss["comments"]), "startAt": 0},
    }
    if st in ("done", "wont"):
        f["resolution"] = {"name": RESOLUTION[lang][0 if st == "done" else 1]}
        f["resolutiondate"] = jts(iss["last"])
    if sp.get("sprints"):
        f["customfield_10020"] = [{"id": 100 + h(s) % 800, "name": s,
                                   "state": "closed", "boardId": 7} for s in sp["sprints"]]
    if sp.get("parent"):
        p = by_key[sp["parent"]]
        f["parent"] = {"id": p["id"], "key": sp["parent"],
                       "fields": {"summary": p["spec"]["summary"],
                                  "status": status_obj(p["status"], p["status_name"]),
                                  "issuetype": {"name": "Epic", "hierarchyLevel": 1}}}
        f["customfield_10014"] = sp["parent"]
    for i, (t, a, body) in enumerate(iss["comments"]):
        f["comment"]["comments"].append({
            "self": "https://bz-portfolio.atlassian.net/rest/api/2/issue/%s/comment/%d"
                    % (iss["id"], 50000 + int(iss["id"]) * 10 + i),
            "id": str(50000 + int(iss["id"]) * 10 + i), "author": user(a), "body": body,
            "updateAuthor": user(a), "created": jts(t), "updated": jts(t), "jsdPublic": True})
    histories = []
    names = STATUS[lang]
    for i, (t, a, b) in enumerate(iss["hist"]):
        histories.append({"id": str(70000 + int(iss["id"]) * 10 + i),
                          "author": user(iss["assignee"]), "created": jts(t),
                          "items": [{"field": "status", "fieldtype": "jira", "fieldId": "status",
                                     "from": str(10000 + h(names[a]) % 900),
                                     "fromString": names[a],
                                     "to": str(10000 + h(names[b]) % 900),
                                     "toString": names[b]}]})
    # an unrelated Rank change shortly after creation
    histories.insert(0, {"id": str(70000 + int(iss["id"]) * 10 + 9), "author":
                         user(iss["reporter"]),
                         "created": jts(iss["created"] + dt.timedelta(minutes=2)),
                         "items": [{"field": "Rank", "fieldtype": "custom",
                                    "fieldId": "customfield_10019", "from": "", "fromString": "",
                                    "to": "", "toString": "Ranked higher"}]})
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
            "id": iss["id"], "self": "https://bz-portfolio.atlassian.net/rest/api/2/issue/"
                                     + iss["id"], "key": sp["key"], "fields": f,
            "changelog": {"startAt": 0, "maxResults": len(histories), "total": len(histories),
                          "histories": histories}}


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def cts(t):
    h12 = t.hour % 12 or 12
    return "%02d/%s/%02d %d:%02d %s" % (t.day, MONTHS[t.month - 1], t.year % 100, h12, t.minute,
                                        "AM" if t.hour < 12 else "PM")


def write_csv(issues, path):
    nl = max(3, max(len(i["spec"].get("labels", [])) for i in issues))
    ns = max(2, max(len(i["spec"].get("sprints", [])) for i in issues))
    nc = max(3, max(len(i["comments"]) for i in issues))
    nv = max(2, max(len(i["spec"].get("fixv", [])) for i in issues))
    ncomp = max(2, max(len(i["spec"].get("comps", [])) for i in issues))
    head = (["Summary", "Issue key", "Issue id", "Parent id", "Issue Type", "Status",
             "Project key", "Project name", "Project type", "Priority", "Resolution", "Assignee",
             "Assignee Id", "Reporter", "Reporter Id", "Created", "Updated", "Resolved",
             "Due date", "Description"] + ["Labels"] * nl + ["Component/s"] * ncomp
            + ["Fix Version/s"] * nv + ["Sprint"] * ns
            + ["Custom field (Epic Link)", "Custom field (Epic Name)", "Custom field (Rank)",
               "Custom field (Story point estimate)"] + ["Comment"] * nc
            + ["Status Category", "Status Category Changed"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(head)
    for iss in issues:
        sp = iss["spec"]
        st = iss["status"]
        lang = iss["lang"]
        pad = lambda xs, n: list(xs) + [""] * (n - len(xs))
        res = "" if st not in ("done", "wont") else RESOLUTION[lang][0 if st == "done" else 1]
        row = [sp["summary"], sp["key"], iss["id"], "", sp["type"], iss["status_name"],
               sp["key"].split("-")[0], iss["project"], "software", "Medium", res,
               iss["assignee"], acct(iss["assignee"]), iss["reporter"], acct(iss["reporter"]),
               cts(iss["created"]), cts(iss["last"]),
               cts(iss["last"]) if st in ("done", "wont") else "", "", sp.get("desc") or ""]
        row += pad(sp.get("labels", []), nl) + pad(sp.get("comps", []), ncomp)
        row += pad(sp.get("fixv", []), nv) + pad(sp.get("sprints", []), ns)
        row += [sp.get("parent", ""), sp["summary"] if sp["type"] == "Epic" else "",
                "0|i0%04x:" % (h(sp["key"]) % 65536), ""]
        row += pad(["%s;%s;%s" % (cts(t), acct(a), body) for t, a, body in iss["comments"]], nc)
        row += [CATEGORY[st][1],
                cts(iss["hist"][-1][0] if iss["hist"] else iss["created"])]
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff" + buf.getvalue())


def main():
    os.makedirs(os.path.join(OUT, "jira"), exist_ok=True)
    ids = [i["reg"]["initiative_id"] for i in INITS]
    assert ids == ["BZ-%02d" % n for n in range(1, 61)], ids
    with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(REG_COLS)
        for i in INITS:
            w.writerow([i["reg"][c] for c in REG_COLS])
    seq = 0
    json_issues, csv_issues = [], []
    last_act = {}
    for init in INITS:
        by_key = {}
        for spec in init["issues"]:
            seq += 1
            iss = fix_order(build_issue(init, spec, seq))
            iss["project"] = init["project"]
            by_key[spec["key"]] = iss
        for iss in by_key.values():
            (json_issues if init["src"] == "json" else csv_issues).append((init, iss, by_key))
        last_act[init["reg"]["initiative_id"]] = max(i["last"] for i in by_key.values()).date()
    pages = [json_issues[:len(json_issues) // 2], json_issues[len(json_issues) // 2:]]
    start = 0
    for n, page in enumerate(pages, 1):
        doc = {"expand": "schema,names", "startAt": start, "maxResults": 100,
               "total": len(json_issues),
               "issues": [to_json(init, iss, bk) for init, iss, bk in page]}
        start += len(page)
        with open(os.path.join(OUT, "jira", "search-v2-page-%d.json" % n), "w",
                  encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    write_csv([iss for _, iss, _ in csv_issues],
              os.path.join(OUT, "jira", "Jira Export (all fields) 2026-10-01.csv"))
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause",
                    "acceptable_causes", "notes"])
        for i in INITS:
            outcome, stage, cause, acc, notes = i["truth"]
            if outcome in ("STALLED", "CANCELLED") and not acc:
                acc = cause
            w.writerow([i["reg"]["initiative_id"], outcome, stage, cause, acc, notes])
    # self-checks on the activity windows the labels rely on
    for i in INITS:
        iid = i["reg"]["initiative_id"]
        outcome = i["truth"][0]
        st = i["reg"]["status"].lower()
        gap = (AS_OF - last_act[iid]).days
        on_hold = st in ("on hold", "pausiert")
        if outcome == "ACTIVE":
            assert gap <= 60, (iid, gap)
        if outcome == "STALLED" and not on_hold:
            assert gap >= 110, (iid, gap)
        if outcome == "STALLED" and on_hold and iid != "BZ-15":
            assert gap >= 110, (iid, gap)
        if outcome == "CANCELLED":
            assert i["reg"]["closed_date"], iid
    print("registry", len(INITS), "json issues", len(json_issues), "csv issues", len(csv_issues))
    for iid in sorted(last_act):
        print(iid, last_act[iid], (AS_OF - last_act[iid]).days)


if __name__ == "__main__":
    main()
