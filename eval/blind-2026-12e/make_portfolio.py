#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (deterministic, byte-identical).

portfolio/registry.csv                     canonical registry columns, dev portfolio order
portfolio/truth.csv                        initiative_id,outcome,stall_stage,primary_cause,...
portfolio/jira/search-v2-page-1.json, -2   REST /rest/api/2/search, expand=changelog (English)
portfolio/jira/search-jql-v3-page-1.json,-2 REST /rest/api/3/search/jql, ADF (Spanish site)
portfolio/jira/Jira_2026-10-01_all_fields.csv  Jira Server CSV (all fields) (Dutch site)

Asserts what the labels rely on (see README.md).
"""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import spec_initiatives as spec  # noqa: E402

AS_OF = dt.date(2026, 10, 1)
ACTIVE_MIN = AS_OF - dt.timedelta(days=60)
IDLE_MAX = AS_OF - dt.timedelta(days=110)

REG_COLS = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique",
            "build_or_buy", "registry_stage", "status", "start_date",
            "target_production_date", "production_date", "closed_date", "budget_planned",
            "budget_spent", "currency", "success_kpi", "kpi_baseline", "kpi_target",
            "data_audit_completed", "jira_keys", "model_names", "closure_reason", "notes"]
OUTCOMES = {"IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"}
STAGES = {"DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT"}
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN"]
ON_HOLD = {"on hold", "paused", "en pausa", "en espera"}
CLOSED = {"cancelled", "closed", "cancelado", "cerrado", "gestopt", "afgesloten"}
PROD_ONLY_IN_JIRA = {"BE-47", "BE-55"}

# status code -> (name, category key, category name, resolution)
STATUS = {
    "v2": {
        "todo": ("To Do", "new", "To Do", None),
        "prog": ("In Progress", "indeterminate", "In Progress", None),
        "review": ("In Review", "indeterminate", "In Progress", None),
        "blocked": ("Blocked", "indeterminate", "In Progress", None),
        "done": ("Done", "done", "Done", "Done"),
        "wontdo": ("Won't Do", "done", "Done", "Won't Do"),
    },
    "v3": {
        "todo": ("Tareas por hacer", "new", "Por hacer", None),
        "prog": ("En curso", "indeterminate", "En curso", None),
        "review": ("En revisión", "indeterminate", "En curso", None),
        "blocked": ("Bloqueado", "indeterminate", "En curso", None),
        "done": ("Listo", "done", "Listo", "Listo"),
        "wontdo": ("Descartado", "done", "Listo", "No se hará"),
    },
    "csv": {
        "todo": ("Te doen", "new", "To Do", None),
        "prog": ("In uitvoering", "indeterminate", "In Progress", None),
        "review": ("In review", "indeterminate", "In Progress", None),
        "blocked": ("Geblokkeerd", "indeterminate", "In Progress", None),
        "done": ("Gereed", "done", "Done", "Gereed"),
        "wontdo": ("Vervallen", "done", "Done", "Wordt niet gedaan"),
    },
}
TYPES = {
    "v2": {"Epic": "Epic", "Story": "Story", "Task": "Task"},
    "v3": {"Epic": "Épica", "Story": "Historia", "Task": "Tarea"},
    "csv": {"Epic": "Epic", "Story": "Story", "Task": "Task"},
}
PEOPLE = {
    "v2": ["Ana Ribeiro", "Tom Becker", "Priya Nair", "Sam Okafor", "Lena Fischer"],
    "v3": ["Lucía Martín", "Javier Ortega", "Carmen Ruiz", "Diego Salas"],
    "csv": ["Joost de Vries", "Sanne Bakker", "Pieter Jansen", "Emma Visser"],
}
BASE = {"v2": "https://harbourline.atlassian.net", "v3": "https://grupo-levante.atlassian.net"}


def d(s):
    return dt.date.fromisoformat(s)


def acct(name):
    return "712020:" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:24]


def ts(day, hh, mm):
    return dt.datetime.combine(d(day), dt.time(hh, mm))


def jts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def cts(t):
    return t.strftime("%d.%m.%Y %H:%M")


def full_key(init, n):
    return n if isinstance(n, str) else f"{init['key']}-{n}"


# ------------------------------------------------------------------ build issue model
def build():
    for init in spec.INITIATIVES:
        if init["reg"]["jira_keys"] is None:
            init["reg"]["jira_keys"] = init["key"]
    issues = []  # dicts with everything rendered later
    ids = {"v2": 10100, "v3": 20100, "csv": 30100}
    seen_keys = set()
    for init in spec.INITIATIVES:
        site = init["site"]
        people = PEOPLE[site]
        for idx, it in enumerate(init["issues"]):
            key = full_key(init, it["n"])
            assert key not in seen_keys, key
            seen_keys.add(key)
            ids[site] += 1
            c = ts(it["c"], 8, 5 + idx)
            u = ts(it["u"], 18, 30)
            assert c < u, key
            st = it["st"]
            hist = []
            if st != "todo":
                start_day = min(d(it["c"]) + dt.timedelta(days=1), d(it["u"]))
                t_start = dt.datetime.combine(start_day, dt.time(8, 40))
                hist.append((t_start, "todo", "prog"))
                if st != "prog":
                    hist.append((ts(it["u"], 18, 15), "prog", st))
            resolved = ts(it["u"], 18, 15) if st in ("done", "wontdo") else None
            comments = []
            for j, (cd, text) in enumerate(it.get("cm", [])):
                t = ts(cd, 10 + (j * 3 + idx) % 7, (17 * j + 11 * idx) % 60)
                assert c <= t <= u, (key, cd)
                who = people[(idx + j + len(key)) % len(people)]
                comments.append((t, who, text))
            parent = it.get("p")
            pkey = full_key(init, parent) if parent is not None else None
            issues.append(dict(
                init=init, site=site, key=key, id=ids[site], type=it["t"], summary=it["s"],
                st=st, created=c, updated=u, resolved=resolved, hist=hist, comments=comments,
                labels=it.get("lb", []), comps=it.get("cp", []), fvs=it.get("fv", []),
                sprints=it.get("sp", []), parent=pkey, desc=it.get("d"),
                assignee=people[(idx + 1) % len(people)], reporter=people[idx % len(people)],
                project=key.split("-")[0]))
    return issues


def describe(site, iss):
    if iss["desc"]:
        return iss["desc"]
    if iss["type"] != "Epic":
        return None
    if site == "v2":
        return (f"h3. Epic\n{iss['summary']}.\n\n* Stories are linked below.\n"
                "* Demo at the end of each sprint.")
    if site == "v3":
        return f"Épica: {iss['summary']}.\nLas historias están enlazadas debajo."
    return (f"Epic: {iss['summary']}.\nZie de gekoppelde stories voor de \"acceptatiecriteria\""
            ".\nDemo aan het eind van elke sprint.")


# ------------------------------------------------------------------ REST JSON
def user(name, site):
    return {"accountId": acct(name), "displayName": name, "active": True,
            "self": f"{BASE[site]}/rest/api/{site[1]}/user?accountId={acct(name)}"}


def adf(text, mention=None):
    paras = []
    for k, line in enumerate(text.split("\n")):
        content = []
        if mention and k == 0:
            content.append({"type": "mention", "attrs": {"id": acct(mention),
                                                          "text": "@" + mention}})
            content.append({"type": "text", "text": " "})
        content.append({"type": "text", "text": line})
        paras.append({"type": "paragraph", "content": content})
    return {"type": "doc", "version": 1, "content": paras}


def json_issue(iss, by_key):
    site = iss["site"]
    api = "2" if site == "v2" else "3"
    sname, ckey, cname, res = STATUS[site][iss["st"]]
    base = BASE[site]
    f = {
        "summary": iss["summary"],
        "issuetype": {"name": TYPES[site][iss["type"]], "subtask": False,
                      "hierarchyLevel": 1 if iss["type"] == "Epic" else 0},
        "project": {"key": iss["project"], "name": iss["project"].title()},
        "status": {"name": sname, "statusCategory": {"key": ckey, "name": cname}},
        "resolution": {"name": res} if res else None,
        "resolutiondate": jts(iss["resolved"]) if iss["resolved"] else None,
        "created": jts(iss["created"]),
        "updated": jts(iss["updated"]),
        "priority": {"name": "Medium" if site == "v2" else "Media"},
        "assignee": user(iss["assignee"], site),
        "reporter": user(iss["reporter"], site),
        "labels": iss["labels"],
        "components": [{"name": x} for x in iss["comps"]],
        "fixVersions": [{"name": x, "released": False} for x in iss["fvs"]],
        "customfield_10020": [{"id": 300 + k, "name": s, "state": "closed", "boardId": 7}
                              for k, s in enumerate(iss["sprints"])] or None,
    }
    desc = describe(site, iss)
    if site == "v2":
        f["description"] = desc
    else:
        f["description"] = adf(desc) if desc else None
    if iss["parent"]:
        par = by_key[iss["parent"]]
        f["parent"] = {"id": str(par["id"]), "key": par["key"],
                       "fields": {"summary": par["summary"],
                                  "issuetype": {"name": TYPES[site]["Epic"]}}}
        if site == "v2":
            f["customfield_10014"] = par["key"]
    comments = []
    for j, (t, who, text) in enumerate(iss["comments"]):
        body = text if site == "v2" else adf(text, mention=iss["assignee"] if j % 2 else None)
        comments.append({"id": str(iss["id"] * 10 + j), "author": user(who, site), "body": body,
                         "created": jts(t), "updated": jts(t)})
    f["comment"] = {"comments": comments, "maxResults": len(comments),
                    "total": len(comments), "startAt": 0}
    histories = []
    for k, (t, a, b) in enumerate(iss["hist"]):
        items = [{"field": "status", "fieldtype": "jira",
                  "from": str(ord(a[0]) * 10), "fromString": STATUS[site][a][0],
                  "to": str(ord(b[0]) * 10), "toString": STATUS[site][b][0]}]
        if k == 0:
            items.insert(0, {"field": "Rank", "fieldtype": "custom", "from": "",
                             "fromString": "", "to": "", "toString": "Ranked higher"})
        histories.append({"id": str(iss["id"] * 10 + k),
                          "author": user(iss["assignee"], site),
                          "created": jts(t), "items": items})
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
            "id": str(iss["id"]), "self": f"{base}/rest/api/{api}/issue/{iss['id']}",
            "key": iss["key"], "fields": f,
            "changelog": {"startAt": 0, "maxResults": len(histories),
                          "total": len(histories), "histories": histories}}


# ------------------------------------------------------------------ CSV (Dutch Server)
def csv_export(issues, by_key):
    ncm = max(len(i["comments"]) for i in issues)
    nlb = max(1, max(len(i["labels"]) for i in issues))
    head = (["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
             "Project name", "Project type", "Priority", "Resolution", "Assignee", "Reporter",
             "Creator", "Created", "Updated", "Last Viewed", "Resolved",
             "Fix Version/s", "Fix Version/s", "Component/s", "Component/s", "Due Date",
             "Votes"] + ["Labels"] * max(2, nlb) +
            ["Description", "Environment", "Watchers", "Watchers", "Sprint", "Sprint",
             "Custom field (Epic Link)", "Custom field (Epic Name)", "Custom field (Rank)",
             "Parent id", "Status Category", "Status Category Changed"] + ["Comment"] * ncm)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    for iss in issues:
        sname, _, cname, res = STATUS["csv"][iss["st"]]

        def pad(xs, n):
            return list(xs) + [""] * (n - len(xs))
        assert len(iss["fvs"]) <= 2 and len(iss["comps"]) <= 2 and len(iss["sprints"]) <= 2
        cat_changed = iss["hist"][-1][0] if iss["hist"] else iss["created"]
        row = [iss["summary"], iss["key"], str(iss["id"]), TYPES["csv"][iss["type"]], sname,
               iss["project"], iss["project"].title(), "software", "Medium", res or "",
               acct(iss["assignee"]), acct(iss["reporter"]), acct(iss["reporter"]),
               cts(iss["created"]), cts(iss["updated"]), "",
               cts(iss["resolved"]) if iss["resolved"] else ""]
        row += pad(iss["fvs"], 2) + pad(iss["comps"], 2) + ["", "0"]
        row += pad(iss["labels"], max(2, nlb))
        row += [describe("csv", iss) or "", "", acct(iss["assignee"]), acct(iss["reporter"])]
        row += pad(iss["sprints"], 2)
        row += [iss["parent"] or "", iss["summary"] if iss["type"] == "Epic" else "",
                f"0|i00{iss['id'] % 1000:03d}:", "", cname, cts(cat_changed)]
        row += pad([f"{cts(t)};{acct(who)};{text}" for t, who, text in iss["comments"]], ncm)
        assert len(row) == len(head)
        w.writerow(row)
    return "\ufeff" + buf.getvalue()


# ------------------------------------------------------------------ checks
def check(issues):
    by_init = {}
    for iss in issues:
        by_init.setdefault(iss["init"]["id"], []).append(iss)
    ids = [i["id"] for i in spec.INITIATIVES]
    assert ids == [f"BE-{k:02d}" for k in range(1, 61)], ids
    key_owner = {}
    for init in spec.INITIATIVES:
        jk = init["reg"]["jira_keys"]
        for k in (jk.split(";") if jk else []):
            assert k not in key_owner, k
            key_owner[k] = init["id"]
    projects_listed = {k for k in key_owner if "-" not in k}
    counts = {}
    for init in spec.INITIATIVES:
        r, t, iid = init["reg"], init["truth"], init["id"]
        isss = by_init[iid]
        # linking: project key, epic key listed, parent listed or linked, or label
        for iss in isss:
            linked = (iss["project"] in projects_listed and key_owner.get(iss["project"]) == iid
                      or key_owner.get(iss["key"]) == iid
                      or (iss["parent"] and key_owner.get(iss["parent"]) == iid)
                      or f"initiative:{iid}" in iss["labels"])
            assert linked, iss["key"]
            if iss["parent"]:
                assert any(p["key"] == iss["parent"] for p in isss), iss["key"]
            if iss["project"] not in projects_listed:
                # shared project: must not be listed by anyone as a project key
                assert iss["project"] not in key_owner
            for tt in [iss["created"], iss["updated"]] + [x[0] for x in iss["comments"]] + \
                    [h[0] for h in iss["hist"]]:
                assert iss["created"] <= tt <= iss["updated"], iss["key"]
                assert tt.date() <= AS_OF, iss["key"]
            assert (iss["resolved"] is not None) == (iss["st"] in ("done", "wontdo"))
        for col in ("start_date", "production_date", "closed_date", "target_production_date"):
            if r[col]:
                d(r[col])
                if col != "target_production_date":
                    assert d(r[col]) <= AS_OF, (iid, col)
        for col in ("budget_planned", "budget_spent"):
            assert r[col] == "" or r[col].isdigit(), (iid, col)
        last = max(i["updated"] for i in isss).date()
        first = min(i["created"] for i in isss).date()
        assert d(r["start_date"]) <= first + dt.timedelta(days=40), iid
        o = t["outcome"]
        assert o in OUTCOMES
        status = r["status"].lower()
        if o == "IN_PRODUCTION":
            if iid in PROD_ONLY_IN_JIRA:
                assert not r["production_date"] and not r["closed_date"]
                assert any(i["type"] == "Epic" and i["st"] == "done" for i in isss)
            else:
                assert r["production_date"], iid
                assert d(r["start_date"]) < d(r["production_date"])
            if r["closed_date"]:
                assert d(r["closed_date"]) > d(r["production_date"])
        else:
            assert not r["production_date"], iid
        if o == "CANCELLED":
            assert r["closed_date"] and status in CLOSED and r["closure_reason"], iid
            assert last <= d(r["closed_date"]), iid
        else:
            assert status not in CLOSED, iid
        if o in ("ACTIVE", "STALLED"):
            assert not r["closed_date"], iid
        if o == "ACTIVE":
            assert status not in ON_HOLD and last >= ACTIVE_MIN, (iid, last)
        if o == "STALLED" and status not in ON_HOLD:
            assert last <= IDLE_MAX, (iid, last)
        if o in ("STALLED", "CANCELLED"):
            assert t["stall_stage"] in STAGES and t["primary_cause"] in CAUSES, iid
            acc = t["acceptable_causes"].split(";")
            assert acc[0] == t["primary_cause"] and all(a in CAUSES for a in acc), iid
        else:
            assert t["stall_stage"] == t["primary_cause"] == t["acceptable_causes"] == ""
        counts[o] = counts.get(o, 0) + 1
    assert counts == {"IN_PRODUCTION": 12, "ACTIVE": 9, "STALLED": 22, "CANCELLED": 17}, counts
    per_cause = {}
    for init in spec.INITIATIVES:
        c = init["truth"]["primary_cause"]
        if c:
            per_cause[c] = per_cause.get(c, 0) + 1
    assert set(per_cause) == set(CAUSES), per_cause
    assert all(3 <= v <= 4 for v in per_cause.values()), per_cause
    return by_init


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def main():
    issues = build()
    by_key = {i["key"]: i for i in issues}
    check(issues)
    out = os.path.join(HERE, "portfolio")
    jira = os.path.join(out, "jira")
    os.makedirs(jira, exist_ok=True)
    files = {}

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(REG_COLS)
    for init in spec.INITIATIVES:
        r = dict(init["reg"])
        r["initiative_id"] = init["id"]
        w.writerow([r[c] for c in REG_COLS])
    files["registry.csv"] = buf.getvalue()

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause",
                "acceptable_causes", "notes"])
    for init in spec.INITIATIVES:
        t = init["truth"]
        w.writerow([init["id"], t["outcome"], t["stall_stage"], t["primary_cause"],
                    t["acceptable_causes"], t["notes"]])
    files["truth.csv"] = buf.getvalue()

    v2 = [json_issue(i, by_key) for i in issues if i["site"] == "v2"]
    half = (len(v2) + 1) // 2
    for p, (a, b) in enumerate([(0, half), (half, len(v2))], 1):
        files[f"jira/search-v2-page-{p}.json"] = dump(
            {"expand": "names,schema", "startAt": a, "maxResults": half, "total": len(v2),
             "issues": v2[a:b]})
    v3 = [json_issue(i, by_key) for i in issues if i["site"] == "v3"]
    half3 = (len(v3) + 1) // 2
    files["jira/search-jql-v3-page-1.json"] = dump(
        {"issues": v3[:half3], "nextPageToken": "CAEaAggD", "isLast": False})
    files["jira/search-jql-v3-page-2.json"] = dump({"issues": v3[half3:], "isLast": True})
    files["jira/Jira_2026-10-01_all_fields.csv"] = csv_export(
        [i for i in issues if i["site"] == "csv"], by_key)

    for name, text in sorted(files.items()):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    n = {s: sum(1 for i in issues if i["site"] == s) for s in ("v2", "v3", "csv")}
    print(f"registry 60, issues v2 {n['v2']} ({half}+{n['v2'] - half}), "
          f"v3 {n['v3']} ({half3}+{n['v3'] - half3}), csv {n['csv']}, total {len(issues)}")


if __name__ == "__main__":
    main()
