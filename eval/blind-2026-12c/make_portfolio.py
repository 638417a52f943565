#!/usr/bin/env python3
"""Writes portfolio/ of the blind set 2026-12c (deterministic: no randomness, no clock).

The initiatives, texts and labels live in spec_initiatives.py (hand-written for this set).
This file only renders them into the export formats:
  portfolio/registry.csv                              registry, dev portfolio column order
  portfolio/jira/search-v2-page-1.json, -page-2.json  REST /rest/api/2/search, expand=changelog
  portfolio/jira/search-v3-page-1.json                REST /rest/api/3/search, ADF, changelog
  portfolio/jira/Jira-Export-all-fields-2026-10-01.csv  Jira "CSV (all fields)" export
  portfolio/truth.csv                                 labels
and asserts the activity windows the labels rely on (as-of 2026-10-01, 90-day window).
"""
import csv
import hashlib
import io
import json
import os
from datetime import date, datetime, timedelta

from spec_initiatives import INITIATIVES

AS_OF = date(2026, 10, 1)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")

REGISTRY_COLS = (
    "initiative_id,name,business_unit,sponsor,owner,ai_technique,build_or_buy,registry_stage,"
    "status,start_date,target_production_date,production_date,closed_date,budget_planned,"
    "budget_spent,currency,success_kpi,kpi_baseline,kpi_target,data_audit_completed,jira_keys,"
    "model_names,closure_reason,notes"
).split(",")
TRUTH_COLS = ["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes",
              "notes"]

# Generic workflow statuses only, per site language: (name, statusCategory key)
STATUS = {
    "en": {"todo": "To Do", "prog": "In Progress", "rev": "In Review", "done": "Done",
           "block": "Blocked", "wont": "Won't Do"},
    "de": {"todo": "Zu erledigen", "prog": "In Arbeit", "rev": "In Prüfung", "done": "Erledigt",
           "block": "Blockiert", "wont": "Abgelehnt"},
    "fr": {"todo": "À faire", "prog": "En cours", "rev": "En revue", "done": "Terminé",
           "block": "Bloqué", "wont": "Abandonné"},
    "es": {"todo": "Tareas por hacer", "prog": "En curso", "rev": "En revisión", "done": "Listo",
           "block": "Bloqueado", "wont": "Descartado"},
    "nl": {"todo": "Te doen", "prog": "Bezig", "rev": "In review", "done": "Gereed",
           "block": "Geblokkeerd", "wont": "Vervallen"},
}
CATEGORY = {"todo": "new", "prog": "indeterminate", "rev": "indeterminate",
            "block": "indeterminate", "done": "done", "wont": "done"}
CATEGORY_NAME = {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}
STATUS_ID = {"todo": "10000", "prog": "3", "rev": "10101", "done": "10001", "block": "10102",
             "wont": "10103"}


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def ts(spec, salt):
    """'2026-03-04' or '2026-03-04 10:15' -> datetime; a missing time comes from the salt."""
    if " " in spec:
        return datetime.strptime(spec, "%Y-%m-%d %H:%M")
    d = datetime.strptime(spec, "%Y-%m-%d")
    n = h(spec, salt)
    return d + timedelta(hours=8 + n % 9, minutes=(n // 9) % 60)


def account(name):
    x = hashlib.sha1(name.encode()).hexdigest()
    return f"712020:{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def csvdate(dt):
    return dt.strftime("%d.%m.%Y %H:%M")


class Issue:
    def __init__(self, ini, raw, seq):
        self.ini = ini
        self.key = raw["key"]
        self.id = str(21000 + seq)
        self.type = raw.get("type", "Story")
        self.summary = raw["summary"]
        self.lang = ini.get("lang", "en")
        self.created = ts(raw["created"], self.key + "c")
        self.hist = [(ts(d, self.key + "h" + str(i)), st) for i, (d, st) in
                     enumerate(raw.get("hist", []))]
        self.status = self.hist[-1][1] if self.hist else "todo"
        self.comments = [(ts(d, self.key + "m" + str(i)), who, text) for i, (d, who, text) in
                         enumerate(raw.get("com", []))]
        self.labels = list(raw.get("labels", []))
        self.comps = list(raw.get("comps", []))
        self.fix = list(raw.get("fix", []))
        self.sprints = list(raw.get("sprint", []))
        self.desc = raw.get("desc", "")
        self.epic = raw.get("epic")
        self.assignee = raw.get("who", ini.get("people", ["Alex Doe"])[0])
        self.reporter = ini.get("people", ["Alex Doe"])[-1]
        # same-day events with derived times never precede creation or each other
        fixed = []
        prev = self.created
        for n, (t, st) in enumerate(self.hist):
            if t < prev and t.date() == prev.date():
                t = prev + timedelta(minutes=7)
            fixed.append((t, st))
            prev = t
        self.hist = fixed
        self.comments = [(t if t >= self.created or t.date() != self.created.date()
                          else self.created + timedelta(minutes=11 + n), who, text)
                         for n, (t, who, text) in enumerate(self.comments)]
        assert all(a[0] < b[0] for a, b in zip(self.hist, self.hist[1:])), self.key
        times = [self.created] + [t for t, _ in self.hist] + [t for t, _, _ in self.comments]
        for t in times:
            assert t.date() <= AS_OF, (self.key, t)
        assert self.created == min(times), (self.key, "activity before creation")
        self.resolved = None
        if CATEGORY[self.status] == "done":
            self.resolved = self.hist[-1][0]
        self.updated = max(times)

    def status_name(self, code=None):
        return STATUS[self.lang][code or self.status]


def load():
    out = []
    seq = 0
    for ini in INITIATIVES:
        issues = []
        for raw in ini["issues"]:
            seq += 1
            issues.append(Issue(ini, raw, seq))
        out.append((ini, issues))
    return out


def check_windows(data):
    keys = set()
    for ini, issues in data:
        for i in issues:
            assert i.key not in keys, i.key
            keys.add(i.key)
        outcome = ini["truth"][0]
        last = max(i.updated for i in issues).date()
        reg = ini["reg"]
        hold = ini.get("hold", False)
        if outcome == "ACTIVE":
            assert (AS_OF - last).days <= 60, (ini["id"], last)
            assert not reg.get("closed_date") and not reg.get("production_date"), ini["id"]
        elif outcome == "STALLED" and not hold:
            assert (AS_OF - last).days >= 110, (ini["id"], last)
        elif outcome == "CANCELLED":
            assert reg.get("closed_date") or ini.get("cancel_without_date"), ini["id"]
            assert not reg.get("production_date"), ini["id"]
        elif outcome == "IN_PRODUCTION":
            assert reg.get("production_date") or ini.get("prod_in_jira"), ini["id"]
        # every issue is linked to its initiative by project key, epic key or label
        jk = [k for k in reg.get("jira_keys", "").split(";") if k]
        for i in issues:
            linked = (i.key.split("-")[0] in jk or i.key in jk or (i.epic and i.epic in jk)
                      or f"initiative:{ini['id']}" in i.labels)
            assert linked, (ini["id"], i.key)


# ---------------------------------------------------------------- JSON (REST search)

def adf(text):
    paras = []
    for block in text.split("\n\n"):
        content = []
        lines = block.split("\n")
        for n, line in enumerate(lines):
            if line:
                content.append({"type": "text", "text": line})
            if n < len(lines) - 1:
                content.append({"type": "hardBreak"})
        paras.append({"type": "paragraph", "content": content})
    return {"type": "doc", "version": 1, "content": paras}


def user(name, v3):
    u = {"accountId": account(name), "displayName": name, "active": True,
         "timeZone": "Europe/Berlin", "accountType": "atlassian"}
    if not v3:
        u["self"] = "https://lastmile-blind.atlassian.net/rest/api/2/user?accountId=" + account(
            name)
    return u


def json_issue(i, v3, epics):
    text = adf if v3 else (lambda s: s)
    f = {
        "summary": i.summary,
        "issuetype": {"name": i.type, "subtask": False, "hierarchyLevel": 1 if i.type == "Epic"
                      else 0},
        "project": {"key": i.key.split("-")[0], "name": i.ini.get("project_name",
                                                                  i.key.split("-")[0])},
        "status": {"name": i.status_name(), "id": STATUS_ID[i.status],
                   "statusCategory": {"key": CATEGORY[i.status],
                                      "name": CATEGORY_NAME[CATEGORY[i.status]]}},
        "priority": {"name": "Medium"},
        "created": iso(i.created),
        "updated": iso(i.updated),
        "resolutiondate": iso(i.resolved) if i.resolved else None,
        "resolution": ({"name": "Won't Do" if i.status == "wont" else "Done"}
                       if i.resolved else None),
        "labels": i.labels,
        "components": [{"name": c} for c in i.comps],
        "fixVersions": [{"name": v, "released": False} for v in i.fix],
        "assignee": user(i.assignee, v3),
        "reporter": user(i.reporter, v3),
        "description": text(i.desc) if i.desc else None,
        "customfield_10020": [
            {"id": 300 + h(s) % 500, "name": s, "state": "closed" if n < len(i.sprints) - 1
             else ("active" if CATEGORY[i.status] != "done" else "closed"), "boardId": 12}
            for n, s in enumerate(i.sprints)] or None,
        "customfield_10014": i.epic,
        "comment": {"comments": [
            {"id": str(50000 + h(i.key, n) % 40000), "author": user(who, v3),
             "body": text(body), "created": iso(t), "updated": iso(t)}
            for n, (t, who, body) in enumerate(i.comments)],
            "maxResults": len(i.comments), "total": len(i.comments), "startAt": 0},
    }
    if i.epic:
        e = epics[i.epic]
        f["parent"] = {"id": e.id, "key": e.key, "fields": {
            "summary": e.summary, "status": {"name": e.status_name()},
            "issuetype": {"name": "Epic", "hierarchyLevel": 1}}}
    hist = []
    prev = "todo"
    # creation-time rank change, an unrelated item as real changelogs have
    hist.append({"id": str(90000 + h(i.key, "r") % 9000), "author": user(i.reporter, v3),
                 "created": iso(i.created + timedelta(minutes=1)),
                 "items": [{"field": "Rank", "fieldtype": "custom", "from": "", "fromString": "",
                            "to": "", "toString": "Ranked higher"}]})
    for n, (t, st) in enumerate(i.hist):
        hist.append({"id": str(100000 + h(i.key, n) % 90000), "author": user(i.assignee, v3),
                     "created": iso(t),
                     "items": [{"field": "status", "fieldtype": "jira",
                                "from": STATUS_ID[prev], "fromString": i.status_name(prev),
                                "to": STATUS_ID[st], "toString": i.status_name(st)}]})
        prev = st
    hist.sort(key=lambda x: x["created"])
    api = "3" if v3 else "2"
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
            "id": i.id,
            "self": f"https://lastmile-blind.atlassian.net/rest/api/{api}/issue/{i.id}",
            "key": i.key, "fields": f,
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist),
                          "histories": hist}}


def write_json_pages(issues, v3, name, page_size):
    epics = {i.key: i for i in issues if i.type == "Epic"}
    pages = [issues[n:n + page_size] for n in range(0, len(issues), page_size)]
    for p, chunk in enumerate(pages, start=1):
        doc = {"expand": "schema,names", "startAt": (p - 1) * page_size, "maxResults": page_size,
               "total": len(issues), "issues": [json_issue(i, v3, epics) for i in chunk]}
        with open(os.path.join(OUT, "jira", f"{name}-page-{p}.json"), "w",
                  encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ---------------------------------------------------------------- CSV (all fields)

def write_csv(issues):
    nl = max(1, max(len(i.labels) for i in issues))
    nc = max(1, max(len(i.comps) for i in issues))
    nf = max(1, max(len(i.fix) for i in issues))
    ns = max(1, max(len(i.sprints) for i in issues))
    nm = max(1, max(len(i.comments) for i in issues))
    header = (["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
               "Project name", "Project type", "Priority", "Resolution", "Assignee",
               "Assignee Id", "Reporter", "Reporter Id", "Created", "Updated", "Last Viewed",
               "Resolved", "Due date", "Description", "Watchers", "Watchers"]
              + ["Labels"] * nl + ["Component/s"] * nc + ["Fix Version/s"] * nf
              + ["Sprint"] * ns
              + ["Custom field (Epic Link)", "Custom field (Epic Name)", "Custom field (Rank)",
                 "Custom field (Story Points)"]
              + ["Comment"] * nm + ["Status Category", "Status Category Changed"])

    def pad(xs, n):
        return list(xs) + [""] * (n - len(xs))

    rows = []
    for i in issues:
        cat = CATEGORY[i.status]
        changed = i.hist[-1][0] if i.hist else i.created
        rows.append(
            [i.summary, i.key, i.id, i.type, i.status_name(), i.key.split("-")[0],
             i.ini.get("project_name", i.key.split("-")[0]), "software", "Medium",
             ("Won't Do" if i.status == "wont" else "Done") if i.resolved else "",
             i.assignee, account(i.assignee), i.reporter, account(i.reporter),
             csvdate(i.created), csvdate(i.updated), "",
             csvdate(i.resolved) if i.resolved else "", "", i.desc, i.reporter, ""]
            + pad(i.labels, nl) + pad(i.comps, nc) + pad(i.fix, nf) + pad(i.sprints, ns)
            + [i.epic or "", i.summary if i.type == "Epic" else "",
               f"0|i00{h(i.key) % 900 + 100}:", str(1 + h(i.key, "sp") % 8)
               if i.type != "Epic" else ""]
            + pad([f"{csvdate(t)};{account(who)};{body}" for t, who, body in i.comments], nm)
            + [CATEGORY_NAME[cat], csvdate(changed)])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(OUT, "jira", "Jira-Export-all-fields-2026-10-01.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- registry, truth

def write_registry(data):
    with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(REGISTRY_COLS)
        for ini, _ in data:
            reg = dict(ini["reg"])
            reg["initiative_id"] = ini["id"]
            for c in reg:
                assert c in REGISTRY_COLS, (ini["id"], c)
            w.writerow([str(reg.get(c, "")) for c in REGISTRY_COLS])


def write_truth(data):
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(TRUTH_COLS)
        for ini, _ in data:
            outcome, stage, cause, acceptable, note = ini["truth"]
            failed = outcome in ("STALLED", "CANCELLED")
            assert bool(stage) == failed and bool(cause) == failed, ini["id"]
            if failed:
                assert acceptable.split(";")[0] == cause, ini["id"]
            else:
                assert not acceptable, ini["id"]
            w.writerow([ini["id"], outcome, stage, cause, acceptable, note])


def main():
    os.makedirs(os.path.join(OUT, "jira"), exist_ok=True)
    data = load()
    ids = [ini["id"] for ini, _ in data]
    assert ids == [f"BC-{n:02d}" for n in range(1, 61)], ids
    check_windows(data)
    v2 = [i for ini, iss in data if ini["fmt"] == "v2" for i in iss]
    v3 = [i for ini, iss in data if ini["fmt"] == "v3" for i in iss]
    cs = [i for ini, iss in data if ini["fmt"] == "csv" for i in iss]
    write_json_pages(v2, False, "search-v2", 40)
    write_json_pages(v3, True, "search-v3", 100)
    write_csv(cs)
    write_registry(data)
    write_truth(data)
    print(f"registry {len(data)}, jira issues: v2 {len(v2)}, v3 {len(v3)}, csv {len(cs)}")


if __name__ == "__main__":
    main()
