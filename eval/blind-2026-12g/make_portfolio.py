#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry, three Jira sites, truth) and checks it.

Deterministic: no clocks, no randomness; rerunning gives byte-identical files.
"""
import csv, datetime as dt, hashlib, io, json, os, re, shutil, sys
from collections import Counter, defaultdict
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spec_initiatives as S  # noqa: E402

OUT = os.path.join(HERE, "portfolio")
JIRA = os.path.join(OUT, "jira")
AS_OF = dt.date(2026, 10, 1)
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN"]
STAGES = ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]
OUTCOMES = ["IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"]
REG_COLS = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique", "build_or_buy",
            "registry_stage", "status", "start_date", "target_production_date", "production_date",
            "closed_date", "budget_planned", "budget_spent", "currency", "success_kpi", "kpi_baseline",
            "kpi_target", "data_audit_completed", "jira_keys", "model_names", "closure_reason", "notes"]
SHARED = {"en": ("DATA", 400), "es": ("ANL", 210), "nl": ("LAB", 150)}
ON_HOLD = {"on hold", "en pausa", "en espera", "gepauzeerd"}
CLOSED = {"cancelled", "closed", "stopped", "cancelado", "cerrado", "geannuleerd", "gestopt"}
RETIRED = {"retired", "uit gebruik"}

# Stage words as written in this set (for the generator's own consistency check only).
STAGE_WORDS = [
    ("DISCOVERY", r"discovery|exploration|exploración|verkenning"),
    ("STRATEGY", r"strategy|business case|estrategia|caso de negocio|strategie"),
    ("PROTOTYPE", r"prototype|poc|proof of concept|prototipo|prueba de concepto"),
    ("ENGINEERING", r"build|development|engineering|desarrollo|construcción|ontwikkeling|bouw|realisatie"),
    ("DEPLOYMENT", r"rollout|go-live|deployment|despliegue|puesta en producción|implantación|puesta en marcha|uitrol|livegang|implementatie"),
    ("OPERATION", r"operation|operación|beheer"),
]


def stage_of(text):
    best = -1
    for i, (st, pat) in enumerate(STAGE_WORDS):
        if re.search(r"(?<!\w)(%s)(?!\w)" % pat, (text or "").lower()):
            best = max(best, i)
    return best


def d(s):
    return dt.date.fromisoformat(s)


def h(*parts):
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest(), 16)


STATUS = {
    "en": {"todo": "Open", "prog": "In Progress", "rev": "In Review", "blk": "Blocked", "done": "Done", "wont": "Won't Do"},
    "es": {"todo": "Tareas por hacer", "prog": "En curso", "rev": "En revisión", "blk": "Bloqueado", "done": "Listo", "wont": "Descartado"},
    "nl": {"todo": "Te doen", "prog": "Bezig", "rev": "In review", "blk": "Geblokkeerd", "done": "Gereed", "wont": "Vervallen"},
}
STATUS_ID = {"todo": "10000", "prog": "3", "rev": "10001", "blk": "10002", "done": "10003", "wont": "10004"}
CATEGORY = {"todo": ("new", "Tareas por hacer", "Te doen"), "prog": ("indeterminate", "En curso", "Bezig"),
            "rev": ("indeterminate", "En curso", "Bezig"), "blk": ("indeterminate", "En curso", "Bezig"),
            "done": ("done", "Listo", "Klaar"), "wont": ("done", "Listo", "Klaar")}
RESOLUTION = {"en": {"done": "Done", "wont": "Won't Do"}, "es": {"done": "Listo", "wont": "No se hará"},
              "nl": {"done": "Gereed", "wont": "Wordt niet gedaan"}}
ITYPE = {"en": {"epic": "Epic", "story": "Story", "task": "Task"},
         "es": {"epic": "Epic", "story": "Historia", "task": "Tarea"},
         "nl": {"epic": "Epic", "story": "Story", "task": "Taak"}}
TZ = {"en": ZoneInfo("Europe/London"), "es": ZoneInfo("Europe/Madrid"), "nl": ZoneInfo("Europe/Amsterdam")}

NAMES = {
    "rnair": "Raj Nair", "hashworth": "Helen Ashworth", "dokafor": "Dayo Okafor", "lfinch": "Laura Finch",
    "ahussain": "Aisha Hussain", "cwhitlock": "Colin Whitlock", "mkowalski": "Mateusz Kowalski",
    "sbrennan": "Samuel Brennan", "gpritchard": "Gwen Pritchard", "tadeyemi": "Tunde Adeyemi",
    "dosei": "Derek Osei", "vsethi": "Vikram Sethi", "jmorgan": "Jordan Morgan", "fgrant": "Fiona Grant",
    "praman": "Priya Raman", "cpryce": "Charlotte Pryce",
    "aroldan": "Andrés Roldán", "mcampos": "Miguel Campos", "imontero": "Isabel Montero",
    "evidal": "Elena Vidal", "dparedes": "Diego Paredes", "ribanez": "Ramón Ibáñez", "clozano": "Carmen Lozano",
    "jsousa": "João Sousa", "scampos": "Sofía Campos", "tarranz": "Tomás Arranz", "miglesias": "Marta Iglesias",
    "lferrer": "Lucía Ferrer", "xetxeberria": "Xabier Etxeberria", "mserrano": "Mateo Serrano",
    "bnieto": "Beatriz Nieto", "hbenitez": "Hugo Benítez",
    "bvisser": "Bram Visser", "mdekker": "Marijke Dekker", "nelamrani": "Noor El Amrani", "hvos": "Hanneke Vos",
    "rsmit": "Ruben Smit", "ebrouwer": "Erik Brouwer", "ljansen": "Lotte Jansen", "ghoekstra": "Gerrit Hoekstra",
    "fvandijk": "Fleur van Dijk", "kvdberg": "Karin van den Berg", "pverbeek": "Pieter Verbeek",
    "jmulder": "Joost Mulder", "sbakker": "Sanne Bakker", "khofman": "Karin Hofman",
}


def account(user):
    return hashlib.sha1(("acct" + user).encode()).hexdigest()[:24]


def user_of(display):
    for u, n in NAMES.items():
        if n == display:
            return u
    return None


# ---------------------------------------------------------------------------------------------
# Build the issue model
# ---------------------------------------------------------------------------------------------

def build():
    inits = sorted(S.INITIATIVES, key=lambda i: i["num"])  # the spec is grouped by site
    assert [i["id"] for i in inits] == ["BG-%02d" % n for n in range(1, 81)], "ids must be BG-01..BG-80 in order"
    shared_next = {site: start for site, (_, start) in SHARED.items()}
    proj_next = defaultdict(lambda: 1)
    used_projects = {}
    issue_id = 20000
    for ini in inits:
        site = ini["site"]
        assert site == {1: "en", 2: "es", 0: "nl"}[ini["num"] % 3], ini["id"]
        shared_key = SHARED[site][0]
        if ini["link"] == "proj":
            assert ini["pkey"] not in used_projects, ("project used twice", ini["pkey"])
            assert ini["pkey"] not in {k for k, _ in SHARED.values()}
            used_projects[ini["pkey"]] = ini["id"]
        else:
            assert ini["pkey"] == shared_key, ini["id"]
        ini["issues"] = ini["issues"] + S.MORE_ISSUES.get(ini["num"], [])
        extras = S.EXTRA.get(ini["num"], [])
        for idx, date, author, text in extras:
            ini["issues"][idx]["cm"].append((date, author, text))
        last_epic = None
        for n, iss in enumerate(ini["issues"]):
            issue_id += 1
            iss["id"] = str(issue_id)
            if ini["link"] == "proj":
                iss["key"] = "%s-%d" % (ini["pkey"], proj_next[ini["pkey"]])
                proj_next[ini["pkey"]] += 1
            else:
                iss["key"] = "%s-%d" % (shared_key, shared_next[site])
                shared_next[site] += 1 + h(ini["id"], n) % 3  # other teams' issues in between
            iss["project"] = ini["pkey"]
            iss["epic"] = None
            if iss["kind"] == "epic":
                last_epic = iss
            elif last_epic is not None:
                iss["epic"] = last_epic["key"]
                iss["epic_summary"] = last_epic["summary"]
            if ini["link"] == "label":
                iss["lb"] = iss["lb"] + ["initiative:" + ini["id"]]
            iss["cm"] = sorted(iss["cm"], key=lambda c: c[0])
            # status history
            hist = []
            prev = "todo"
            for tok in iss["hist"].split():
                date, code = tok.split(">")
                assert code in STATUS_ID, tok
                hist.append((date, prev, code))
                prev = code
            iss["history"] = hist
            iss["status"] = prev
            iss["resolved"] = hist[-1][0] if prev in ("done", "wont") else None
            dates = [iss["created"]] + [x[0] for x in hist] + [c[0] for c in iss["cm"]]
            iss["updated"] = max(dates)
            site_ = ini["site"]
            iss["t_created"] = timestamp(site_, iss["created"], iss["key"], "c").replace(hour=7)
            iss["t_hist"] = [timestamp(site_, x[0], iss["key"], "h", k) for k, x in enumerate(hist)]
            iss["t_cm"] = [timestamp(site_, c[0], iss["key"], "cm", k) for k, c in enumerate(iss["cm"])]
            iss["t_resolved"] = iss["t_hist"][-1] if iss["resolved"] else None
            iss["t_updated"] = max([iss["t_created"]] + iss["t_hist"] + iss["t_cm"])
            assert iss["t_hist"] == sorted(iss["t_hist"]) and len(set(iss["t_hist"])) == len(iss["t_hist"]), iss["key"]
            assert iss["t_updated"].date().isoformat() == iss["updated"]
            for x in dates:
                assert iss["created"] <= x <= AS_OF.isoformat(), (iss["key"], x)
            assert [x[0] for x in hist] == sorted(x[0] for x in hist), iss["key"]
        if ini["link"] == "proj":
            ini["jira_keys"] = ini["pkey"]
        elif ini["link"] == "epic":
            ini["jira_keys"] = ";".join(i["key"] for i in ini["issues"] if i["kind"] == "epic")
        else:
            ini["jira_keys"] = ""
    return inits


def timestamp(site, date, *salt):
    n = h(site, date, *salt)
    hour, minute, sec = 8 + n % 10, (n // 10) % 60, (n // 600) % 60
    local = dt.datetime.fromisoformat(date).replace(hour=hour, minute=minute, second=sec, tzinfo=TZ[site])
    return local


def events(iss):
    """(kind, date) of every dated event of an issue."""
    ev = [("created", iss["created"])] + [("status", x[0]) for x in iss["history"]] + [("comment", c[0]) for c in iss["cm"]]
    if iss["resolved"]:
        ev.append(("resolved", iss["resolved"]))
    return ev


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

def check(inits):
    outcomes = Counter()
    causes = Counter()
    keys = set()
    for ini in inits:
        outcome, stage, cause, acceptable, notes = ini["truth"]
        outcomes[outcome] += 1
        assert outcome in OUTCOMES
        for c in ("start", "target", "prod", "closed"):
            if ini[c]:
                d(ini[c])
        for c in ("start", "prod", "closed"):
            assert not ini[c] or ini[c] <= AS_OF.isoformat(), (ini["id"], c)
        assert not ini["prod"] or ini["start"] <= ini["prod"], ini["id"]
        assert not ini["closed"] or ini["start"] <= ini["closed"], ini["id"]
        assert not (ini["prod"] and ini["closed"]) or ini["prod"] <= ini["closed"], ini["id"]
        assert isinstance(ini["bp"], int) and isinstance(ini["bs"], int)
        first = min(i["created"] for i in ini["issues"])
        assert ini["start"] <= first, (ini["id"], "issue before start")
        last = max(x for i in ini["issues"] for _, x in events(i))
        ini["last"] = last
        days_idle = (AS_OF - d(last)).days
        status = ini["status"].lower()
        # linking per docs/inputs.md
        jk = [k for k in ini["jira_keys"].split(";") if k]
        for iss in ini["issues"]:
            assert iss["key"] not in keys
            keys.add(iss["key"])
            if ini["link"] == "proj":
                assert iss["project"] in jk
            elif ini["link"] == "epic":
                assert iss["key"] in jk or iss["epic"] in jk, iss["key"]
            else:
                assert not jk and "initiative:" + ini["id"] in iss["lb"]
            assert (iss["resolved"] is not None) == (iss["status"] in ("done", "wont"))
        # outcome windows
        if outcome == "ACTIVE":
            assert days_idle <= 60 and status not in ON_HOLD | CLOSED and not ini["closed"] and not ini["prod"], ini["id"]
        elif outcome == "STALLED":
            assert status in ON_HOLD or days_idle >= 110, (ini["id"], days_idle)
            assert not ini["closed"] and not ini["prod"] and status not in CLOSED
        elif outcome == "CANCELLED":
            assert ini["closed"] and status in CLOSED and not ini["prod"], ini["id"]
            assert last <= ini["closed"], (ini["id"], "activity after closure")
        else:
            if ini["prod"]:
                pass
            else:
                golive = [i for i in ini["issues"] if i["kind"] == "epic" and i["status"] == "done"
                          and stage_of(i["summary"]) == STAGES.index("DEPLOYMENT")
                          and any(re.search(r"production|producción", c[2], re.I) for c in i["cm"])]
                assert golive, (ini["id"], "no production evidence")
            assert not ini["closed"] or status in RETIRED, ini["id"]
        # stage and cause labels
        if outcome in ("STALLED", "CANCELLED"):
            assert stage in STAGES[:5] and cause in CAUSES, ini["id"]
            acc = acceptable.split(";")
            assert acc[0] == cause and all(a in CAUSES for a in acc), ini["id"]
            causes[cause] += 1
            started = [stage_of(i["summary"]) for i in ini["issues"] if i["status"] != "todo"]
            furthest = max([stage_of(ini["rstage"])] + started)
            assert furthest == STAGES.index(stage), (ini["id"], STAGES[furthest] if furthest >= 0 else None, stage)
        else:
            assert not stage and not cause and not acceptable, ini["id"]
        assert notes
    assert outcomes == Counter({"IN_PRODUCTION": 16, "ACTIVE": 12, "STALLED": 30, "CANCELLED": 22}), outcomes
    for c in CAUSES:
        assert 4 <= causes[c] <= 5, (c, causes[c])
    return outcomes, causes


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def registry(inits):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(REG_COLS)
    for i in inits:
        w.writerow([i["id"], i["name"], i["bu"], i["sponsor"], i["owner"], i["tech"], i["bob"], i["rstage"],
                    i["status"], i["start"], i["target"], i["prod"], i["closed"], i["bp"], i["bs"], i["cur"],
                    i["kpi"], i["base"], i["tgt"], i["audit"], i["jira_keys"], i["models"], i["closure"], i["notes"]])
    write(os.path.join(OUT, "registry.csv"), buf.getvalue())


def truth(inits):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
    for i in inits:
        o, st, c, acc, notes = i["truth"]
        w.writerow([i["id"], o, st, c, acc, notes])
    write(os.path.join(OUT, "truth.csv"), buf.getvalue())


# --- en: Jira Data Center CSV (all fields), dates yyyy-MM-dd HH:mm --------------------------------

def en_csv(inits):
    issues = [(ini, iss) for ini in inits if ini["site"] == "en" for iss in ini["issues"]]
    ncom = max(len(iss["cm"]) for _, iss in issues)
    header = (["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name",
               "Priority", "Resolution", "Assignee", "Reporter", "Created", "Updated", "Last Viewed", "Resolved",
               "Fix Version/s", "Fix Version/s", "Component/s", "Labels", "Labels", "Labels", "Description",
               "Sprint", "Sprint", "Custom field (Epic Link)", "Custom field (Epic Name)",
               "Custom field (Epic Status)", "Custom field (Story Points)"] + ["Comment"] * ncom)
    F = lambda t: t.strftime("%Y-%m-%d %H:%M")
    rows = []
    # Jira lists the newest issues first
    for ini, iss in sorted(issues, key=lambda p: (p[1]["created"], p[1]["key"]), reverse=True):
        owner = user_of(ini["owner"]) or "svc-jira"
        first = iss["cm"][0][1] if iss["cm"] else owner
        labels = (iss["lb"] + ["", "", ""])[:3]
        sprints = [iss["sp"] or "", ""]
        comments = ["%s;%s;%s" % (F(iss["t_cm"][k]), c[1], c[2]) for k, c in enumerate(iss["cm"])]
        comments += [""] * (ncom - len(comments))
        epic_status = ""
        if iss["kind"] == "epic":
            epic_status = "Done" if iss["status"] in ("done", "wont") else ("In Progress" if iss["status"] != "todo" else "To Do")
        pts = "" if iss["kind"] == "epic" else str(3 + h(iss["key"]) % 6)
        rows.append([iss["summary"], iss["key"], iss["id"], ITYPE["en"][iss["kind"]], STATUS["en"][iss["status"]],
                     iss["project"], ini["bu"] if ini["link"] == "proj" else "Data & Analytics", "Medium",
                     RESOLUTION["en"].get(iss["status"], ""), owner, first,
                     F(iss["t_created"]), F(iss["t_updated"]), "",
                     F(iss["t_resolved"]) if iss["resolved"] else "",
                     iss["fv"] or "", "", iss["comp"] or "", *labels, iss["d"], *sprints,
                     iss["epic"] or "", iss["summary"] if iss["kind"] == "epic" else "", epic_status, pts, *comments])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    write(os.path.join(JIRA, "Northgate JIRA 2026-10-01.csv"), buf.getvalue())
    return len(rows)


# --- es: Jira Cloud REST v3 /rest/api/3/search?expand=changelog, ADF -------------------------------

def adf(text, mention=None):
    content = []
    if mention:
        content.append({"type": "mention", "attrs": {"id": account(mention), "text": "@" + NAMES[mention], "accessLevel": ""}})
        content.append({"type": "text", "text": " "})
    content.append({"type": "text", "text": text})
    return {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": content}]}


def adf_description(text, summary):
    if not text:
        return None
    return {"type": "doc", "version": 1, "content": [
        {"type": "heading", "attrs": {"level": 3}, "content": [{"type": "text", "text": "Contexto"}]},
        {"type": "paragraph", "content": [{"type": "text", "text": text}]},
        {"type": "bulletList", "content": [{"type": "listItem", "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": "Épica: " + summary}]}]}]}]}


def person(user):
    return {"accountId": account(user), "displayName": NAMES.get(user, user), "active": True, "timeZone": "Europe/Madrid"}


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000%z")


def status_obj(site, code):
    cat = CATEGORY[code]
    return {"name": STATUS[site][code], "id": STATUS_ID[code],
            "statusCategory": {"key": cat[0], "name": cat[1] if site == "es" else cat[2]}}


def es_issue(ini, iss, n):
    owner = user_of(ini["owner"])
    f = {
        "summary": iss["summary"],
        "issuetype": {"name": ITYPE["es"][iss["kind"]], "hierarchyLevel": 1 if iss["kind"] == "epic" else 0, "subtask": False},
        "project": {"key": iss["project"], "name": ini["bu"] if ini["link"] == "proj" else "Analítica Avanzada"},
        "status": status_obj("es", iss["status"]),
        "resolution": {"name": RESOLUTION["es"][iss["status"]]} if iss["resolved"] else None,
        "resolutiondate": iso(iss["t_resolved"]) if iss["resolved"] else None,
        "created": iso(iss["t_created"]),
        "updated": iso(iss["t_updated"]),
        "assignee": person(owner) if owner else None,
        "labels": iss["lb"],
        "fixVersions": [{"name": iss["fv"], "released": iss["status"] == "done"}] if iss["fv"] else [],
        "components": [],
        "description": adf_description(iss["d"], iss["summary"]),
        "customfield_10016": None if iss["kind"] == "epic" else float(2 + h(iss["key"]) % 7),
        "customfield_10020": [{"id": 800 + h(iss["sp"]) % 90, "name": iss["sp"], "state": "closed", "boardId": 41}] if iss["sp"] else None,
        "comment": {"comments": [
            {"id": str(70000 + 10 * n + k), "author": person(c[1]),
             "body": adf(c[2], mention=(user_of(ini["owner"]) if k % 3 == 1 and user_of(ini["owner"]) != c[1] else None)),
             "created": iso(iss["t_cm"][k]), "updated": iso(iss["t_cm"][k])}
            for k, c in enumerate(iss["cm"])], "maxResults": len(iss["cm"]), "total": len(iss["cm"]), "startAt": 0},
    }
    if iss["epic"]:
        f["parent"] = {"key": iss["epic"], "fields": {"summary": iss["epic_summary"], "issuetype": {"name": "Epic"}}}
    hist = []
    for k, (date, frm, to) in enumerate(iss["history"]):
        items = [{"field": "status", "fieldtype": "jira", "from": STATUS_ID[frm], "fromString": STATUS["es"][frm],
                  "to": STATUS_ID[to], "toString": STATUS["es"][to]}]
        if to in ("done", "wont"):
            items.append({"field": "resolution", "fieldtype": "jira", "from": None, "fromString": None,
                          "to": "1" if to == "done" else "2", "toString": RESOLUTION["es"][to]})
        if k == 0 and iss["sp"]:
            items.insert(0, {"field": "Sprint", "fieldtype": "custom", "from": "", "fromString": "", "to": "", "toString": iss["sp"]})
        hist.append({"id": str(90000 + 10 * n + k), "author": person(owner or "evidal"),
                     "created": iso(iss["t_hist"][k]), "items": items})
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields", "id": iss["id"],
            "self": "https://meridiano.atlassian.net/rest/api/3/issue/" + iss["id"], "key": iss["key"],
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist},
            "fields": f}


def es_json(inits):
    issues = [(ini, iss) for ini in inits if ini["site"] == "es" for iss in ini["issues"]]
    issues.sort(key=lambda p: (p[1]["project"], int(p[1]["key"].split("-")[1])))
    docs = [es_issue(ini, iss, n) for n, (ini, iss) in enumerate(issues)]
    page = 25
    for start in range(0, len(docs), page):
        body = {"expand": "names,schema", "startAt": start, "maxResults": page, "total": len(docs),
                "issues": docs[start:start + page]}
        write(os.path.join(JIRA, "meridiano", "meridiano-search-v3-startAt-%d.json" % start),
              json.dumps(body, ensure_ascii=False, indent=2) + "\n")
    return len(docs)


# --- nl: Agile /rest/agile/1.0/sprint/{id}/issue pages + a bare array + one single issue -----------

SPRINT0 = dt.date(2024, 1, 8)


def sprint_of(date):
    k = (d(date) - SPRINT0).days // 14
    start = SPRINT0 + dt.timedelta(days=14 * k)
    end = start + dt.timedelta(days=14)
    state = "closed" if end <= AS_OF else "active"
    return {"id": 500 + k, "self": "https://lindeveld.atlassian.net/rest/agile/1.0/sprint/%d" % (500 + k),
            "state": state, "name": "Data & AI sprint %d" % (k + 1),
            "startDate": start.isoformat() + "T08:00:00.000Z", "endDate": end.isoformat() + "T16:00:00.000Z",
            "originBoardId": 12, "goal": ""}


def wiki(text):
    if not text:
        return None
    return "h3. Achtergrond\n" + text + "\n\n* Zie ook de Confluence-pagina van het team"


def nl_issue(ini, iss, n, newest_first=True, epics=None):
    owner = user_of(ini["owner"])
    f = {
        "summary": iss["summary"],
        "issuetype": {"name": ITYPE["nl"][iss["kind"]], "subtask": False},
        "project": {"key": iss["project"], "name": ini["bu"] if ini["link"] == "proj" else "Data Lab"},
        "status": status_obj("nl", iss["status"]),
        "resolution": {"name": RESOLUTION["nl"][iss["status"]]} if iss["resolved"] else None,
        "resolutiondate": iso(iss["t_resolved"]) if iss["resolved"] else None,
        "created": iso(iss["t_created"]),
        "updated": iso(iss["t_updated"]),
        "assignee": {"accountId": account(owner), "displayName": NAMES[owner]} if owner else None,
        "labels": iss["lb"],
        "fixVersions": [{"name": iss["fv"], "released": iss["status"] == "done"}] if iss["fv"] else [],
        "description": wiki(iss["d"]),
        "comment": {"comments": [
            {"id": str(60000 + 10 * n + k), "author": {"accountId": account(c[1]), "displayName": NAMES.get(c[1], c[1])},
             "body": c[2], "created": iso(iss["t_cm"][k])}
            for k, c in enumerate(iss["cm"])], "total": len(iss["cm"])},
    }
    if iss["epic"]:
        e = epics[iss["epic"]]
        f["epic"] = {"id": int(e["id"]), "key": e["key"], "self": "https://lindeveld.atlassian.net/rest/agile/1.0/epic/" + e["id"],
                     "name": e["summary"], "summary": e["summary"], "done": e["status"] in ("done", "wont")}
        f["customfield_10014"] = e["key"]
    hist = []
    for k, (date, frm, to) in enumerate(iss["history"]):
        hist.append({"id": str(80000 + 10 * n + k),
                     "author": {"accountId": account(owner or "bvisser"), "displayName": NAMES[owner or "bvisser"]},
                     "created": iso(iss["t_hist"][k]),
                     "items": [{"field": "status", "fieldtype": "jira", "from": STATUS_ID[frm], "fromString": STATUS["nl"][frm],
                                "to": STATUS_ID[to], "toString": STATUS["nl"][to]}]})
    if newest_first:
        hist.reverse()
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields", "id": iss["id"],
            "self": "https://lindeveld.atlassian.net/rest/agile/1.0/issue/" + iss["id"], "key": iss["key"],
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist},
            "fields": f}


def nl_json(inits):
    issues = [(ini, iss) for ini in inits if ini["site"] == "nl" for iss in ini["issues"]]
    epics = {iss["key"]: iss for _, iss in issues if iss["kind"] == "epic"}
    sprints = defaultdict(list)
    array = []
    single = None
    for n, (ini, iss) in enumerate(issues):
        if iss["kind"] != "epic" and iss["history"]:
            sp = sprint_of(iss["updated"])
            doc = nl_issue(ini, iss, n, newest_first=False, epics=epics)
            doc["fields"]["sprint"] = sp
            doc["fields"]["closedSprints"] = [sprint_of(iss["history"][0][0])] if sprint_of(iss["history"][0][0])["id"] != sp["id"] else []
            sprints[sp["id"]].append(doc)
        elif ini["num"] == 27 and iss["kind"] == "epic":
            single = nl_issue(ini, iss, n, epics=epics)
        else:
            array.append(nl_issue(ini, iss, n, epics=epics))
    count = 0
    for sid in sorted(sprints):
        docs = sprints[sid]
        body = {"expand": "schema,names", "startAt": 0, "maxResults": 50, "total": len(docs), "issues": docs}
        write(os.path.join(JIRA, "lindeveld", "lindeveld-agile-sprint-%d-issue.json" % sid), json.dumps(body, ensure_ascii=False, indent=1) + "\n")
        count += len(docs)
    write(os.path.join(JIRA, "lindeveld", "lindeveld-epics-en-backlog.json"), json.dumps(array, ensure_ascii=False) + "\n")
    write(os.path.join(JIRA, "lindeveld", "lindeveld-%s.json" % single["key"]), json.dumps(single, ensure_ascii=False, indent=2) + "\n")
    return count + len(array) + 1, len(sprints)


def main():
    inits = build()
    outcomes, causes = check(inits)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    registry(inits)
    truth(inits)
    n_en = en_csv(inits)
    n_es = es_json(inits)
    n_nl, n_sprints = nl_json(inits)
    ncom = sum(len(i["cm"]) for ini in inits for i in ini["issues"])
    print("initiatives %d, outcomes %s" % (len(inits), dict(outcomes)))
    print("causes among failed %s" % dict(causes))
    print("issues: en %d, es %d, nl %d (%d sprint pages); comments %d" % (n_en, n_es, n_nl, n_sprints, ncom))


if __name__ == "__main__":
    main()
