#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry + three Jira exports) and truth.csv.

Deterministic: no randomness; all variation comes from the spec and from the initiative number.
Every sentence rendered here (titles, chatter, descriptions) is hand-written in the tables below.
"""
import csv
import io
import json
import os
import shutil
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from spec_initiatives import INITIATIVES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
ASOF = date(2026, 10, 1)
STAGES = ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]
AMS = ZoneInfo("Europe/Amsterdam")

SITE_OF = lambda n: "keystone" if n <= 30 else ("zeewind" if n <= 60 else "riviera")

# ----------------------------------------------------------------------------- hand-written words
EPIC_TITLES = {
 "keystone": {
  "DISCOVERY": ["{s} – discovery", "Discovery: {s}"],
  "STRATEGY": ["Business case: {s}", "{s} – strategy & gate 1 pack"],
  "PROTOTYPE": ["{s} POC", "Proof of concept – {s}"],
  "ENGINEERING": ["Build {s} (engineering)", "{s} – engineering / MVP build"],
  "DEPLOYMENT": ["{s} – rollout to depots", "Deployment: {s} pilot go-live"],
  "OPERATION": ["{s} – live service & hypercare", "Operate: {s} BAU"]},
 "zeewind": {
  "DISCOVERY": ["Verkenning {s}", "Discovery – {s}"],
  "STRATEGY": ["Businesscase {s}", "Strategie & gate-review {s}"],
  "PROTOTYPE": ["PoC {s}", "Proof of concept: {s}"],
  "ENGINEERING": ["Realisatie {s}", "Engineering {s} (industrialisatie)"],
  "DEPLOYMENT": ["Uitrol {s} naar de parken", "Deployment {s} pilot"],
  "OPERATION": ["Beheer & exploitatie {s}", "{s} in productie (BAU)"]},
 "riviera": {
  "DISCOVERY": ["Analisi esigenze {s}", "Discovery {s}"],
  "STRATEGY": ["Business case {s}", "Strategia e approvazione {s}"],
  "PROTOTYPE": ["Prototipo {s}", "POC {s}"],
  "ENGINEERING": ["Sviluppo {s}", "Ingegnerizzazione {s}"],
  "DEPLOYMENT": ["Rilascio pilota {s}", "Go-live {s} nelle strutture"],
  "OPERATION": ["Esercizio {s}", "{s} in produzione"]},
}
ONE_TAG = {  # stage tag in story summaries for shape 'one'
 "keystone": {"DISCOVERY": "Discovery", "STRATEGY": "BC", "PROTOTYPE": "POC", "ENGINEERING": "Build",
              "DEPLOYMENT": "Rollout", "OPERATION": "Live"},
 "zeewind": {"DISCOVERY": "Verkenning", "STRATEGY": "Businesscase", "PROTOTYPE": "PoC",
             "ENGINEERING": "Realisatie", "DEPLOYMENT": "Uitrol", "OPERATION": "Beheer"},
 "riviera": {"DISCOVERY": "Analisi", "STRATEGY": "Business case", "PROTOTYPE": "Prototipo",
             "ENGINEERING": "Sviluppo", "DEPLOYMENT": "Rilascio", "OPERATION": "Esercizio"},
}
LABELS = {
 "keystone": {"DISCOVERY": "discovery", "STRATEGY": "bizcase", "PROTOTYPE": "poc", "ENGINEERING": "build",
              "DEPLOYMENT": "rollout", "OPERATION": "bau"},
 "zeewind": {"DISCOVERY": "fase-verkenning", "STRATEGY": "fase-businesscase", "PROTOTYPE": "fase-poc",
             "ENGINEERING": "fase-realisatie", "DEPLOYMENT": "fase-uitrol", "OPERATION": "fase-beheer"},
 "riviera": {"DISCOVERY": "analisi", "STRATEGY": "business-case", "PROTOTYPE": "prototipo",
             "ENGINEERING": "sviluppo", "DEPLOYMENT": "rilascio", "OPERATION": "esercizio"},
}
COMPONENTS = {
 "keystone": {"DISCOVERY": "Discovery", "STRATEGY": "Strategy", "PROTOTYPE": "Prototype",
              "ENGINEERING": "Engineering", "DEPLOYMENT": "Deployment", "OPERATION": "Operations"},
 "zeewind": {"DISCOVERY": "Verkenning", "STRATEGY": "Strategie", "PROTOTYPE": "Prototype",
             "ENGINEERING": "Realisatie", "DEPLOYMENT": "Uitrol", "OPERATION": "Beheer"},
 "riviera": {"DISCOVERY": "Analisi", "STRATEGY": "Strategia", "PROTOTYPE": "Prototipo",
             "ENGINEERING": "Sviluppo", "DEPLOYMENT": "Rilascio", "OPERATION": "Esercizio"},
}
FIXV = {"keystone": {"PROTOTYPE": "POC-1", "ENGINEERING": "MVP 1.0", "DEPLOYMENT": "Go-live R1",
                     "OPERATION": "R1.1 hypercare"},
        "zeewind": {"PROTOTYPE": "PoC-oplevering", "ENGINEERING": "Release 1.0", "DEPLOYMENT": "Uitrol fase 1",
                    "OPERATION": "Productie 1.1"},
        "riviera": {"PROTOTYPE": "Prototipo v0.1", "ENGINEERING": "Versione 1.0", "DEPLOYMENT": "Go-live pilota",
                    "OPERATION": "Esercizio 1.1"}}
TASKS = {
 "keystone": {
  "DISCOVERY": ["Stakeholder interviews with depot and control", "Walk through the current process at Ashford depot",
                "Inventory of available data sources"],
  "STRATEGY": ["Benefits model and assumptions", "Gate 1 pack for the portfolio board", "Options appraisal build/buy"],
  "PROTOTYPE": ["Baseline model on 2024 data", "Feature set v1", "Evaluate against the autumn holdout"],
  "ENGINEERING": ["Nightly data pipeline", "Scoring service", "End-to-end integration tests"],
  "DEPLOYMENT": ["Pilot at Bounds Green", "User briefing material", "Cutover and rollback plan"],
  "OPERATION": ["Hypercare weeks 1-4", "Monthly model performance review", "Support handover to the service desk"]},
 "zeewind": {
  "DISCOVERY": ["Interviews met asset managers", "Data-inventarisatie SCADA en CMS", "Site visit and process mapping"],
  "STRATEGY": ["Businesscase en baten", "Gate-review documenten", "Make-or-buy analyse"],
  "PROTOTYPE": ["Eerste model op historische data", "Feature engineering v1", "Validatie op park NZO"],
  "ENGINEERING": ["Datastraat vanuit de historian", "Model als service", "Integratietesten"],
  "DEPLOYMENT": ["Pilot op twee parken", "Instructie voor monteurs en operators", "Go-live checklist"],
  "OPERATION": ["Nazorg eerste maand", "Maandelijkse modelreview", "Overdracht aan beheerorganisatie"]},
 "riviera": {
  "DISCOVERY": ["Interviste con i direttori d'albergo", "Mappatura del processo attuale", "Censimento delle fonti dati"],
  "STRATEGY": ["Stima dei benefici", "Documento per il comitato digitale", "Valutazione acquisto o sviluppo"],
  "PROTOTYPE": ["Primo modello sui dati 2024", "Variabili e feature v1", "Verifica su hotel campione"],
  "ENGINEERING": ["Flusso dati notturno", "Servizio di calcolo", "Test di integrazione"],
  "DEPLOYMENT": ["Pilota a Rimini", "Materiale di formazione per il personale", "Piano di avvio e ritorno"],
  "OPERATION": ["Assistenza post avvio", "Revisione mensile del modello", "Passaggio al supporto"]},
}
DESCR = {
 "keystone": "Part of {name}. Owner: {owner}. See the Confluence page for context.",
 "zeewind": "Onderdeel van {name}.\n\nContact: {owner}",
 "riviera": "Attività del progetto {name}. Referente: {owner}.",
}
CHATTER = {
 "keystone": ["Moved to next sprint — depot access only on Thursdays.",
              "Walkthrough with Fleet control booked for Tue 10:00.",
              "Added the Confluence page with the glossary of fault codes.",
              "Demo went ok, slides are on SharePoint.", "PR merged, thanks Aisha.",
              "Point estimate bumped to 8 after refinement.", "Rebased on main after the repo move.",
              "Linked to the Digital Rail roadmap page.", "Site visit notes attached.",
              "Retro: too many meetings, we'll batch reviews on Fridays.",
              "Output column names aligned with the MI team.", "Sprint review recording is in the channel.",
              "Reassigned to Dan while I'm on leave.", "Updated the RACI on the page.",
              "Timesheet code for this is KRR-DIG-22.", "Added acceptance criteria.",
              "Minutes from Thursday's catch-up attached."],
 "zeewind": ["Overleg met asset management verplaatst naar donderdag.", "Notulen staan op SharePoint.",
             "Refinement gedaan, 5 punten.", "Demo opgenomen, link in het kanaal.", "PR approved, merging.",
             "Site visit Eemshaven on the 14th, PPE required.", "Board opgeschoond, oude taken gesloten.",
             "Dashboardkleuren aangepast aan de huisstijl.", "Holiday cover: Bram neemt het over tot 2 sept.",
             "Glossary of SCADA tag names added to Confluence.", "Weekly: on track.",
             "Ticket gesplitst in twee.", "Kick-off slides updated.",
             "Story herschreven na overleg met Femke.", "Moved to next sprint (capacity)."],
 "riviera": ["Riunione spostata a giovedì alle 11.", "Verbale dell'incontro allegato.",
             "Stimata a 5 punti dopo il refinement.", "Ho aggiornato la descrizione.",
             "Demo registrata, link nel canale Teams.", "Grazie Giulia, procedo.",
             "Spostata alla prossima sprint.", "Sopralluogo all'hotel di Cattolica fatto, note su Confluence.",
             "Aggiunti i criteri di accettazione.", "Slide del kick-off aggiornate.",
             "In ferie fino al 25, mi sostituisce Marco.", "Colori del report allineati al brand.",
             "Ticket diviso in due storie.", "Revisione del codice fatta, tutto ok."],
}
PEOPLE = {
 "keystone": [("Aisha Khan", "712020:3f1a9c2e-5b7d-4e61-9a0c-1d2e3f4a5b01"),
              ("Dan Price", "712020:8c4b1d70-22aa-4f0e-b1c3-6e7f8a9b0c02"),
              ("Rahul Mehta", "712020:a5d2e913-7c44-4b8a-8e21-0f1a2b3c4d03"),
              ("Claire Dunn", "712020:0b7e6f58-9d13-4c2a-a7f4-5e6d7c8b9a04"),
              ("Owen Jones", "712020:c9f0a1b2-3c4d-4e5f-8a6b-7c8d9e0f1a05"),
              ("Priya Nair", "712020:1e2d3c4b-5a69-4788-9ba0-c1d2e3f4a506")],
 "zeewind": [("jdevries", "Jeroen de Vries"), ("lbakker", "Lotte Bakker"), ("nhaddou", "Noor Haddou"),
             ("bvisser", "Bram Visser"), ("fkuipers", "Femke Kuipers"), ("jsmit", "Joost Smit")],
 "riviera": [("f.conti", "Federica Conti"), ("g.ricci", "Giulia Ricci"), ("m.bruno", "Marco Bruno"),
             ("l.galli", "Luca Galli"), ("s.marino", "Sara Marino"), ("a.rinaldi", "Andrea Rinaldi")],
}
SPONSORS = {"keystone": ["Helen Marsh", "Gareth Lloyd", "Ingrid Holm", "Peter Okafor"],
            "zeewind": ["Henk de Wit", "Marieke Jansen", "Ruud van Dijk", "Els Mulder"],
            "riviera": ["Roberto Ferri", "Chiara Lombardi", "Paolo Esposito", "Anna Greco"]}
REG_STAGE = {"DISCOVERY": "Discovery", "STRATEGY": "Strategy / business case", "PROTOTYPE": "Proof of concept",
             "ENGINEERING": "Build", "DEPLOYMENT": "Rollout / pilot", "OPERATION": "Operate"}
NOTES = {"keystone": "Digital Rail portfolio", "zeewind": "Zeewind AI-portfolio", "riviera": "Portafoglio digitale Riviera"}
SPRINT = {"keystone": "KRR Sprint {n}", "zeewind": "ZW-sprint {n}", "riviera": "Sprint Riviera {n}"}
SPRINT_STAGE = {"keystone": "KRR {w} sprint {n}", "zeewind": "{w} sprint {n}", "riviera": "Sprint {w} {n}"}

# statuses per site: (name, category key)
ST = {
 "keystone": dict(todo=("To Do", "new"), prog=("In Progress", "indeterminate"), review=("In Review", "indeterminate"),
                  blocked=("Blocked", "indeterminate"), done=("Done", "done"), wont=("Done", "done"),
                  res_done="Done", res_wont="Won't Do"),
 "zeewind": dict(todo=("Open", "new"), prog=("In Progress", "indeterminate"), review=("Review", "indeterminate"),
                 blocked=("On Hold", "indeterminate"), done=("Closed", "done"), wont=("Closed", "done"),
                 res_done="Done", res_wont="Won't Do"),
 "riviera": dict(todo=("Da fare", "new"), prog=("In corso", "indeterminate"), review=("In revisione", "indeterminate"),
                 blocked=("In attesa", "indeterminate"), done=("Completato", "done"), wont=("Annullato", "done"),
                 res_done="Completato", res_wont="Non verrà eseguito"),
}
CATNAME = {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}


def dt(d, hh, mm=0):
    return datetime(d.year, d.month, d.day, hh, mm)


class Keys:
    def __init__(self):
        self.n = {}
        self.id = 20000

    def next(self, proj):
        self.n[proj] = self.n.get(proj, 0) + 1
        self.id += 1
        return f"{proj}-{self.n[proj]}", str(self.id)


def build():
    keys = Keys()
    issues = {"keystone": [], "zeewind": [], "riviera": []}
    reg, truth, lastact = [], [], {}
    for ini in INITIATIVES:
        num = int(ini["id"][3:])
        site = SITE_OF(num)
        st = ST[site]
        stage_i = STAGES.index(ini["stage"])
        n = stage_i + 1
        shape, digits = ini["shape"].split(":")
        counts = [int(c) for c in digits]
        assert len(counts) == n, (ini["id"], counts, n)
        E = ASOF - timedelta(days=ini["idle"])
        span = 45 * n + 30 + (num * 37) % 60
        S = E - timedelta(days=span)
        if S < date(2024, 1, 8):
            S = date(2024, 1, 8) + timedelta(days=num % 5)
        span = (E - S).days
        assert span >= 30 * n, ini["id"]
        people = PEOPLE[site]
        owner = people[num % len(people)]
        owner_name = owner[0] if site == "keystone" else owner[1]
        flags = ini["flags"]
        proj = ini["key"]
        label_link = next((f.split(":")[1] for f in flags if f.startswith("label:")), None)
        epickeys = next((f.split(":")[1] for f in flags if f.startswith("epickeys:")), None)
        if label_link:
            proj = label_link
        if epickeys:
            proj = epickeys
            assert shape == "epic"
        outcome = ini["outcome"]
        retired = "retired" in flags
        made = []
        epic_keys = []
        one_epic = None
        chat = CHATTER[site]
        ci = num * 3

        def mkissue(kind, summary, stage, created, updated, status, resolution, resolved, epic=None):
            k, iid = keys.next(proj)
            iss = dict(key=k, id=iid, type=kind, summary=summary, stage=stage, created=created, updated=updated,
                       status=status, resolution=resolution, resolved=resolved, epic=epic, labels=[],
                       components=[], fixv=[], sprint=[], description="", comments=[], proj=proj,
                       assignee=people[(num + len(made)) % len(people)], reporter=owner)
            if label_link:
                iss["labels"].append("initiative:" + ini["id"])
            made.append(iss)
            return iss

        if shape == "one":
            one_epic = mkissue("Epic", ini["name"], None, dt(S, 9, 5), None, None, None, None)
        windows = []
        for k in range(n):
            ws = S + timedelta(days=(k * span) // n)
            we = S + timedelta(days=((k + 1) * span) // n)
            windows.append((ws, we))
        furthest_stories = []
        for k in range(n):
            stage = STAGES[k]
            ws, we = windows[k]
            last = k == n - 1
            epic = None
            if shape == "epic":
                title = EPIC_TITLES[site][stage][(num + k) % 2].format(s=ini["subj"])
                epic = mkissue("Epic", title, stage, dt(ws, 8, 40), None, None, None, None)
                epic_keys.append(epic["key"])
            elif shape == "one":
                epic = one_epic
            m = counts[k]
            for j in range(m):
                created = dt(ws + timedelta(days=1 + 2 * j), 9 + j, 10 + (num % 40))
                task = TASKS[site][stage][(j + num) % 3]
                if shape == "one":
                    tag = ONE_TAG[site][stage]
                    summary = f"{tag}: {task}" if site != "riviera" else f"{tag} - {task}"
                else:
                    summary = task
                if not last:
                    upd = dt(we - timedelta(days=(m - 1 - j)), 16, 20 + j)
                    status, res, resd = st["done"], st["res_done"], upd
                else:
                    upd = dt(E - timedelta(days=3 * (m - 1 - j)), 15, 30 + j)
                    if outcome == "CANCELLED":
                        status, res, resd = st["wont"], st["res_wont"], upd
                    elif outcome == "IN_PRODUCTION" and retired:
                        status, res, resd = st["done"], st["res_done"], upd
                    elif outcome == "IN_PRODUCTION":
                        status, res, resd = st["prog"], None, None
                    elif outcome == "ACTIVE":
                        status, res, resd = (st["review"] if j % 2 else st["prog"]), None, None
                    else:
                        status, res, resd = (st["blocked"] if (j + num) % 2 == 0 else st["prog"]), None, None
                assert upd > created, (ini["id"], stage)
                iss = mkissue("Story", summary, stage, created, upd, status, res, resd, epic)
                # stage evidence outside titles
                if shape == "flat":
                    iss["labels"].append(LABELS[site][stage])
                    if (j + num) % 2 == 0:
                        iss["components"].append(COMPONENTS[site][stage])
                    if (num + k) % 3 == 0:
                        iss["sprint"].append(SPRINT_STAGE[site].format(w=ONE_TAG[site][stage], n=10 + k))
                    else:
                        iss["sprint"].append(SPRINT[site].format(n=20 + 2 * k + (num % 7)))
                else:
                    iss["sprint"].append(SPRINT[site].format(n=20 + 2 * k + (num % 7)))
                    if (num + j) % 3 == 0:
                        iss["components"].append(COMPONENTS[site][stage])
                if stage in FIXV[site] and (num + j) % 2 == 0:
                    iss["fixv"].append(FIXV[site][stage])
                if (num + k) % 4 == 0 and shape != "flat":
                    iss["labels"].append(LABELS[site][stage])
                iss["description"] = DESCR[site].format(name=ini["name"], owner=owner_name)
                # chatter on earlier stories (two in three)
                if not last and (j + k + num) % 3 != 0:
                    iss["comments"].append([None, chat[ci % len(chat)]])
                    ci += 1
                if last:
                    furthest_stories.append(iss)
            # epic dates
            if epic is not None and shape == "epic":
                epic["created"] = dt(ws, 8, 40)
                if not last:
                    epic["updated"] = dt(we, 17, 5)
                    epic["status"], epic["resolution"], epic["resolved"] = st["done"], st["res_done"], epic["updated"]
                else:
                    epic["updated"] = dt(E, 8, 15)
                    if outcome == "CANCELLED":
                        epic["status"], epic["resolution"], epic["resolved"] = st["wont"], st["res_wont"], epic["updated"]
                    elif retired:
                        epic["status"], epic["resolution"], epic["resolved"] = st["done"], st["res_done"], epic["updated"]
                    else:
                        epic["status"], epic["resolution"], epic["resolved"] = st["prog"], None, None
        if one_epic is not None:
            one_epic["updated"] = dt(E, 8, 15)
            if outcome == "CANCELLED":
                one_epic["status"], one_epic["resolution"], one_epic["resolved"] = st["wont"], st["res_wont"], one_epic["updated"]
            elif retired:
                one_epic["status"], one_epic["resolution"], one_epic["resolved"] = st["done"], st["res_done"], one_epic["updated"]
            else:
                one_epic["status"], one_epic["resolution"], one_epic["resolved"] = st["prog"], None, None
        # evidence
        fs = furthest_stories
        furthest_epic = next((i for i in reversed(made) if i["type"] == "Epic"), None)
        prev_story = next((i for i in reversed(made) if i["type"] == "Story" and i not in fs), None)
        failed = outcome in ("STALLED", "CANCELLED")
        rr = 0
        for piece in ini["ev"]:
            if piece.startswith("d:"):
                fs[0]["description"] += "\n\n" + piece[2:]
            elif piece.startswith("e:"):
                assert prev_story is not None, ini["id"]
                prev_story["comments"].append([None, piece[2:]])
            elif piece.startswith("x:"):
                target = furthest_epic if (furthest_epic is not None and shape == "epic") else fs[0]
                target["comments"].append([None, piece[2:]])
            else:
                target = fs[rr % len(fs)]
                rr += 1
                if failed and num % 2 == 0 and target["comments"]:
                    target["comments"].append([None, chat[ci % len(chat)]])
                    ci += 1
                target["comments"].append([None, piece])
        if ini["cause"] == "UNKNOWN":
            for t in fs:
                t["comments"].append([None, chat[ci % len(chat)]])
                ci += 1
        for x in ini["extra"]:
            fs[-1]["comments"].append([None, x])
        if not failed and not ini["extra"]:
            fs[-1]["comments"].append([None, chat[ci % len(chat)]])
            ci += 1
        # comment dates: evenly inside (created, updated); the final story's last comment on day E
        for iss in made:
            c = iss["comments"]
            if not c:
                continue
            a, b = iss["created"], iss["updated"]
            for i2, cm in enumerate(c):
                t = a + (b - a) * (i2 + 1) / (len(c) + 1)
                t = t.replace(second=0, microsecond=0)
                w = t.replace(hour=10 + (i2 * 3 + len(iss["key"])) % 7, minute=(7 * i2 + 13) % 60)
                cm[0] = w if a < w <= b else t  # office hours when the day allows it
            cm_author = 0
            for cm in c:
                cm.append(people[(num + cm_author) % len(people)])
                cm_author += 1
        final = max((i for i in made if i["type"] == "Story"), key=lambda i: i["updated"])
        if final["comments"]:
            final["comments"][-1][0] = final["updated"] - timedelta(hours=1)
        # histories
        for iss in made:
            h = []
            c0 = iss["created"] + timedelta(hours=2)
            if iss["status"][1] != "new":
                h.append((c0, ST[site]["todo"][0], ST[site]["prog"][0]))
            if iss["status"][0] not in (ST[site]["todo"][0], ST[site]["prog"][0]):
                h.append((iss["updated"] - timedelta(minutes=5), ST[site]["prog"][0], iss["status"][0]))
            iss["history"] = h
        # checks
        la = max(max([i["updated"] for i in made] + [c[0] for i in made for c in i["comments"]] +
                      [x[0] for i in made for x in i["history"]]).date(), date.min)
        assert la == E, (ini["id"], la, E)
        for i in made:
            assert i["created"].date() >= S, (ini["id"], i["key"])
            assert i["updated"].date() <= ASOF
            for c in i["comments"]:
                assert i["created"] < c[0] <= i["updated"], (ini["id"], i["key"], c)
            assert (i["resolution"] is not None) == (i["status"][1] == "done"), (ini["id"], i["key"])
            for x in i["history"]:
                assert i["created"] < x[0] <= i["updated"]
        lastact[ini["id"]] = E
        issues[site].extend(made)

        # registry row
        reg_stage = ini["stage"]
        if "lag" in flags:
            reg_stage = STAGES[stage_i - 1]
        status = {"IN_PRODUCTION": "In production", "ACTIVE": "Active", "STALLED": "Active",
                  "CANCELLED": "Cancelled"}[outcome]
        if "hold" in flags:
            status = "On hold"
        if "paused" in flags:
            status = "Paused"
        if "live" in flags:
            status = "Live"
        if "stopped" in flags:
            status = "Stopped"
        if retired:
            status = "Retired"
        prod_date = closed = ""
        if outcome == "IN_PRODUCTION":
            prod_date = windows[-1][0] + timedelta(days=5)
            assert prod_date <= ASOF
        if outcome == "CANCELLED" or retired:
            closed = E + timedelta(days=1)
        planned = 80000 + (num * 7919) % 40 * 10000
        spent = planned * (1.45 if "overrun" in flags else (0.3 + (num % 6) / 10)) if outcome != "ACTIVE" or True else 0
        spent = int(round(spent, -3))
        cur = "GBP" if site == "keystone" else "EUR"

        def money(v):
            if num % 3 == 0:
                return f"{v:,}".replace(",", " ")
            if num % 3 == 1 and site == "keystone":
                return f"£{v:,}"
            return str(v)

        sponsors = SPONSORS[site]
        audit = "no" if "noaudit" in flags else ("yes" if num % 4 else "")
        target = S + timedelta(days=span + 90 + num % 30)
        fmt = lambda d: d.strftime("%d/%m/%Y") if d else ""
        if epickeys:
            jk = ";".join(epic_keys)
        elif label_link:
            jk = ""
        else:
            jk = ini["key"]
        reg.append({
            "initiative_id": ini["id"], "name": ini["name"], "business_unit": ini["bu"],
            "sponsor": "" if "nosponsor" in flags else sponsors[num % 4],
            "owner": "" if "noowner" in flags else owner_name,
            "ai_technique": ini["tech"], "build_or_buy": ini["bob"], "registry_stage": REG_STAGE[reg_stage],
            "status": status, "start_date": fmt(S), "target_production_date": fmt(target),
            "production_date": fmt(prod_date) if prod_date else "", "closed_date": fmt(closed) if closed else "",
            "budget_planned": money(planned), "budget_spent": money(spent), "currency": cur,
            "success_kpi": ini["kpi"], "data_audit_completed": audit, "jira_keys": jk,
            "closure_reason": ini["closure"] or "", "notes": NOTES[site], "site": site,
        })
        # truth
        if failed:
            acc = [ini["cause"]] + ini["acc"]
            sstage = ini["stage"]
        else:
            acc, sstage = [], ""
        note = f"{site}; idle {ini['idle']}d; shape {ini['shape']}; evidence pieces {len(ini['ev'])}"
        if ini["closure"]:
            note += "; closure reason"
        for f in flags:
            if f in ("hold", "paused", "lag", "retired") or f.startswith(("label", "epickeys")):
                note += "; " + f
        truth.append({"initiative_id": ini["id"], "outcome": outcome, "stall_stage": sstage,
                      "primary_cause": ini["cause"] if failed else "", "acceptable_causes": ";".join(acc),
                      "notes": note})
    return issues, reg, truth


def us_date(d):  # M/d/yy h:mm a
    h = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.strftime('%y')} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def it_date(d):
    return d.strftime("%d/%m/%Y %H:%M")


def write_keystone(iss):
    byid = {i["key"]: i for i in iss}
    maxc = max(len(i["comments"]) for i in iss)
    hdr = (["Summary", "Work item key", "Work item id", "Work type", "Status", "Status Category", "Project key",
            "Priority", "Resolution", "Assignee", "Reporter", "Created", "Updated", "Resolved", "Sprint", "Sprint",
            "Labels", "Labels", "Labels", "Component/s", "Component/s", "Fix Version/s", "Description", "Parent",
            "Parent summary"] + ["Comment"] * maxc)
    rows = []
    for i in sorted(iss, key=lambda x: x["created"], reverse=True):  # navigator default: newest first
        pad = lambda L, n: (L + [""] * n)[:n]
        par = i["epic"]["key"] if i["epic"] else ""
        rows.append([i["summary"], i["key"], i["id"], i["type"], i["status"][0], CATNAME[i["status"][1]], i["proj"],
                     "Medium", i["resolution"] or "", i["assignee"][0], i["reporter"][0], us_date(i["created"]),
                     us_date(i["updated"]), us_date(i["resolved"]) if i["resolved"] else ""]
                    + pad(i["sprint"], 2) + pad(i["labels"], 3) + pad(i["components"], 2) + pad(i["fixv"], 1)
                    + [i["description"], par, byid[par]["summary"] if par else ""]
                    + pad([f"{us_date(c[0])};{c[2][1]};{c[1]}" for c in i["comments"]], maxc))
    d = os.path.join(OUT, "jira", "keystone")
    os.makedirs(d)
    half = len(rows) // 2
    for name, part in (("Jira Export CSV (all fields) 2026-09-30T07_12_44+0100.csv", rows[:half]),
                       ("Jira Export CSV (all fields) 2026-09-30T07_14_02+0100.csv", rows[half:])):
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(hdr)
            w.writerows(part)
    return len(rows)


def iso_ams(d):
    local = d.replace(tzinfo=AMS)
    off = local.strftime("%z")
    return local.strftime("%Y-%m-%dT%H:%M:%S.000") + off


def write_zeewind(iss):
    def person(p):
        return {"self": f"https://jira.zeewind.nl/rest/api/2/user?username={p[0]}", "name": p[0], "key": p[0],
                "displayName": p[1], "active": True, "timeZone": "Europe/Amsterdam"}

    out = []
    for i in sorted(iss, key=lambda x: (x["proj"], int(x["key"].split("-")[1]))):
        st = i["status"]
        f = {
            "summary": i["summary"],
            "issuetype": {"name": i["type"], "subtask": False},
            "project": {"key": i["proj"], "name": i["proj"]},
            "status": {"name": st[0], "statusCategory": {"key": st[1], "name": CATNAME[st[1]]}},
            "resolution": {"name": i["resolution"]} if i["resolution"] else None,
            "resolutiondate": iso_ams(i["resolved"]) if i["resolved"] else None,
            "created": iso_ams(i["created"]), "updated": iso_ams(i["updated"]),
            "priority": {"name": "Major"},
            "labels": i["labels"], "components": [{"name": c} for c in i["components"]],
            "fixVersions": [{"name": v, "released": False} for v in i["fixv"]],
            "description": i["description"],
            "assignee": person(i["assignee"]), "reporter": person(i["reporter"]),
            "customfield_10104": [
                f"com.atlassian.greenhopper.service.sprint.Sprint@5e1f{n:03d}[id={300 + n},rapidViewId=41,state=CLOSED,name={s},startDate=<null>,endDate=<null>,completeDate=<null>,sequence={300 + n}]"
                for n, s in enumerate(i["sprint"])],
            "comment": {"comments": [{"id": str(700000 + n), "author": person(c[2]), "body": c[1],
                                      "created": iso_ams(c[0]), "updated": iso_ams(c[0])}
                                     for n, c in enumerate(i["comments"])],
                        "maxResults": len(i["comments"]), "total": len(i["comments"]), "startAt": 0},
        }
        if i["type"] == "Epic":
            f["customfield_10011"] = i["summary"][:60]
        elif i["epic"]:
            f["customfield_10014"] = i["epic"]["key"]
        hist = [{"id": str(900000 + n), "author": person(i["reporter"]), "created": iso_ams(h[0]),
                 "items": [{"field": "status", "fieldtype": "jira", "from": None, "fromString": h[1], "to": None,
                            "toString": h[2]}]} for n, h in enumerate(i["history"])]
        out.append({"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
                    "id": i["id"], "self": f"https://jira.zeewind.nl/rest/api/2/issue/{i['id']}", "key": i["key"],
                    "fields": f, "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist),
                                               "histories": hist}})
    d = os.path.join(OUT, "jira", "zeewind")
    os.makedirs(d)
    for p in range(0, len(out), 100):
        page = {"expand": "schema,names", "startAt": p, "maxResults": 100, "total": len(out),
                "issues": out[p:p + 100]}
        with open(os.path.join(d, f"search_startAt={p}.json"), "w", encoding="utf-8") as fh:
            json.dump(page, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return len(out)


def write_riviera(iss):
    maxc = max(len(i["comments"]) for i in iss)
    hdr = (["Riepilogo", "Chiave ticket", "ID ticket", "Tipo ticket", "Stato", "Chiave progetto", "Priorità",
            "Risoluzione", "Assegnatario", "Autore", "Creato", "Aggiornato", "Risolto", "Sprint", "Etichette",
            "Etichette", "Componenti", "Versioni correzione", "Descrizione", "Campo personalizzato (Epic Link)"]
           + ["Commento"] * maxc)
    rows = []
    for i in sorted(iss, key=lambda x: x["id"]):
        pad = lambda L, n: (L + [""] * n)[:n]
        rows.append([i["summary"], i["key"], i["id"], i["type"], i["status"][0], i["proj"], "Media",
                     i["resolution"] or "", i["assignee"][0], i["reporter"][0], it_date(i["created"]),
                     it_date(i["updated"]), it_date(i["resolved"]) if i["resolved"] else ""]
                    + pad(i["sprint"], 1) + pad(i["labels"], 2) + pad(i["components"], 1) + pad(i["fixv"], 1)
                    + [i["description"], i["epic"]["key"] if i["epic"] else ""]
                    + pad([f"{it_date(c[0])};{c[2][0]};{c[1]}" for c in i["comments"]], maxc))
    d = os.path.join(OUT, "jira", "riviera")
    os.makedirs(d)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(hdr)
    w.writerows(rows)
    with open(os.path.join(d, "riviera-jira-export.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def main():
    ids = [i["id"] for i in INITIATIVES]
    assert ids == [f"BM-{n:02d}" for n in range(1, 91)], ids
    from collections import Counter
    oc = Counter(i["outcome"] for i in INITIATIVES)
    assert oc == {"IN_PRODUCTION": 20, "ACTIVE": 15, "STALLED": 30, "CANCELLED": 25}, oc
    failed = [i for i in INITIATIVES if i["outcome"] in ("STALLED", "CANCELLED")]
    cc = Counter(i["cause"] for i in failed)
    for c in CAUSES + ["UNKNOWN"]:
        assert 4 <= cc[c] <= 6, (c, cc[c])
    for i in INITIATIVES:
        o = i["outcome"]
        if o in ("IN_PRODUCTION", "ACTIVE"):
            assert i["cause"] is None and not i["ev"] and not i["closure"]
        if o == "IN_PRODUCTION":
            assert i["stage"] == "OPERATION"
        if o == "ACTIVE":
            assert i["idle"] <= 60 and "hold" not in i["flags"] and i["stage"] != "OPERATION", i["id"]
        if o == "STALLED":
            assert i["idle"] >= 99 or "hold" in i["flags"] or "paused" in i["flags"], i["id"]
            assert not i["closure"]
        if o == "CANCELLED":
            assert bool(i["closure"]) == (i["cause"] != "UNKNOWN"), i["id"]
        if i["cause"] == "UNKNOWN":
            assert not i["ev"] and not i["acc"]
        elif o in ("STALLED", "CANCELLED"):
            assert i["ev"], i["id"]
            assert i["cause"] in CAUSES and all(a in CAUSES and a != i["cause"] for a in i["acc"])
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    issues, reg, truth = build()
    allkeys = [x["key"] for s in issues.values() for x in s]
    assert len(allkeys) == len(set(allkeys))
    # each own project used by one initiative (shared DATA / OPSAI / DIGI excepted)
    owner = {}
    for ini in INITIATIVES:
        if any(f.startswith(("label:", "epickeys:")) for f in ini["flags"]):
            continue
        assert ini["key"] not in owner and ini["key"] not in ("DATA", "OPSAI", "DIGI"), ini["key"]
        owner[ini["key"]] = ini["id"]
    nk = write_keystone(issues["keystone"])
    nz = write_zeewind(issues["zeewind"])
    nr = write_riviera(issues["riviera"])
    cols = list(reg[0].keys())
    for r in reg:
        for v in r.values():
            assert "\n" not in v and "\r" not in v and '"' not in v, r
        d = datetime.strptime(r["start_date"], "%d/%m/%Y").date()
        assert d >= date(2024, 1, 1)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, delimiter=";", lineterminator="\r\n")
    w.writeheader()
    w.writerows(reg)
    with open(os.path.join(OUT, "ai-portfolio-register.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    tcols = ["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"]
    for path in (os.path.join(HERE, "truth.csv"), os.path.join(OUT, "truth.csv")):
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=tcols, lineterminator="\n")
            w.writeheader()
            w.writerows(truth)
    print(f"registry 90 rows; jira keystone {nk}, zeewind {nz}, riviera {nr} issues; outcomes {dict(oc)}; "
          f"causes {dict(sorted(cc.items()))}")


if __name__ == "__main__":
    main()
