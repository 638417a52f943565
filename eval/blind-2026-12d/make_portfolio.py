#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry.csv, truth.csv, jira/*) for blind set
2026-12d, deterministically (stdlib only), and asserts what the labels rely on."""
import csv
import datetime as dt
import io
import json
import os

import spec_initiatives as spec

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
JIRA = os.path.join(OUT, "jira")
AS_OF = dt.date.fromisoformat(spec.AS_OF)

REG_COLS = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique",
            "build_or_buy", "registry_stage", "status", "start_date", "target_production_date",
            "production_date", "closed_date", "budget_planned", "budget_spent", "currency",
            "success_kpi", "kpi_baseline", "kpi_target", "data_audit_completed", "jira_keys",
            "model_names", "closure_reason", "notes"]
TRUTH_COLS = ["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes",
              "notes"]
OUTCOMES = ["IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"]
STAGES = ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN"]

# Generic workflow statuses per site language: (name, id, category key, category name)
STATUS = {
    "v2": {"todo": ("To Do", "10000"), "prog": ("In Progress", "3"),
           "rev": ("In Review", "10101"), "done": ("Done", "10001"),
           "blk": ("Blocked", "10102"), "wont": ("Won't Do", "10103")},
    "v3": {"todo": ("À faire", "10000"), "prog": ("En cours", "3"),
           "rev": ("En revue", "10101"), "done": ("Terminé", "10001"),
           "blk": ("Bloqué", "10102"), "wont": ("Abandonné", "10103")},
    "csv": {"todo": ("Zu erledigen", "10000"), "prog": ("In Arbeit", "3"),
            "rev": ("In Prüfung", "10101"), "done": ("Erledigt", "10001"),
            "blk": ("Blockiert", "10102"), "wont": ("Abgelehnt", "10103")},
}
CATEGORY = {"todo": ("new", "To Do"), "prog": ("indeterminate", "In Progress"),
            "rev": ("indeterminate", "In Progress"), "blk": ("indeterminate", "In Progress"),
            "done": ("done", "Done"), "wont": ("done", "Done")}
RESOLUTION = {"v2": {"done": "Done", "wont": "Won't Do"},
              "v3": {"done": "Terminé", "wont": "Ne sera pas fait"},
              "csv": {"done": "Erledigt", "wont": "Wird nicht erledigt"}}
HOLD = {"on hold", "paused"}
JIRA_ONLY_PROD = {"BD-07", "BD-38"}
BASE = {"v2": "https://transit-ins.atlassian.net", "v3": "https://groupe-exploit.atlassian.net",
        "csv": "https://jira.werk-nord.example"}


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def csv_date(t):
    h = t.hour % 12 or 12
    return "%d/%s/%s %d:%s %s" % (t.day, t.strftime("%b"), t.strftime("%y"), h,
                                  t.strftime("%M"), "AM" if t.hour < 12 else "PM")


def account(who):
    n = sum(ord(c) * (i + 7) for i, c in enumerate(who))
    return "712020:%08x-%04x-4%03x" % (n * 2654435761 % 2**32, n % 65536, n % 4096)


def display(who):
    return who[0].upper() + ". " + who[1:].capitalize()


def history(iss):
    """Status changes (time, from code, to code), computed from the issue's final status."""
    st, cr = iss["status"], ts(iss["created"])
    out = []
    if st == "todo":
        return out
    later = [ts(c[0]) for c in iss["comments"]] + [ts(iss["resolved"] or iss["updated"])]
    gap = min(later) - cr
    t1 = cr + min(dt.timedelta(days=1), gap / 2)
    t1 = t1.replace(second=0, microsecond=0)
    out.append((t1, "todo", "prog"))
    if st in ("rev", "blk"):
        t2 = ts(iss["comments"][0][0]) if iss["comments"] else ts(iss["updated"])
        t2 = max(t2, t1 + dt.timedelta(hours=1))
        out.append((t2, "prog", st))
    elif st in ("done", "wont"):
        t2 = ts(iss["resolved"] or iss["updated"])
        assert t2 > t1, iss["key"]
        out.append((t2, "prog", st))
    return out


def events(iss):
    ev = [ts(iss["created"]), ts(iss["updated"])]
    if iss["resolved"]:
        ev.append(ts(iss["resolved"]))
    ev += [ts(c[0]) for c in iss["comments"]]
    ev += [h[0] for h in history(iss)]
    return ev


def check_issue(iss):
    cr, up = ts(iss["created"]), ts(iss["updated"])
    for e in events(iss):
        assert cr <= e <= up, (iss["key"], e)
        assert e.date() <= AS_OF, (iss["key"], e)
    if iss["status"] in ("done", "wont"):
        assert iss["resolved"], iss["key"]
    else:
        assert not iss["resolved"], iss["key"]


def adf(text):
    paras = [p for p in text.split("\n")]
    return {"type": "doc", "version": 1,
            "content": [{"type": "paragraph", "content": [{"type": "text", "text": p}]}
                        if p else {"type": "paragraph"} for p in paras]}


def json_issue(iss, site, iid, ids, summaries):
    st = STATUS[site]
    name, sid = st[iss["status"]]
    cat = CATEGORY[iss["status"]]
    v3 = site == "v3"
    proj = iss["key"].split("-")[0]
    who = iss["comments"][0][1] if iss["comments"] else "svc-jira"
    comments = []
    for n, (when, author, text) in enumerate(iss["comments"]):
        comments.append({
            "self": "%s/rest/api/%s/issue/%s/comment/%d" % (BASE[site], "3" if v3 else "2",
                                                           ids[iss["key"]], 20000 + iid * 10 + n),
            "id": str(20000 + iid * 10 + n),
            "author": {"accountId": account(author), "displayName": display(author),
                       "active": True},
            "body": adf(text) if v3 else text,
            "created": iso(ts(when)), "updated": iso(ts(when)), "jsdPublic": True})
    hist = []
    for n, (t, a, b) in enumerate(history(iss)):
        hist.append({"id": str(30000 + iid * 10 + n),
                     "author": {"accountId": account(who), "displayName": display(who)},
                     "created": iso(t),
                     "items": [{"field": "status", "fieldtype": "jira", "fieldId": "status",
                                "from": st[a][1], "fromString": st[a][0],
                                "to": st[b][1], "toString": st[b][0]}]})
    cr = ts(iss["created"])
    hist.insert(0, {"id": str(30000 + iid * 10 + 9),
                    "author": {"accountId": account(who), "displayName": display(who)},
                    "created": iso(cr + dt.timedelta(minutes=5)),
                    "items": [{"field": "Rank", "fieldtype": "custom",
                               "fieldId": "customfield_10019", "from": "", "fromString": "",
                               "to": "", "toString": "Ranked higher"}]})
    fields = {
        "summary": iss["summary"],
        "issuetype": {"name": iss["type"], "subtask": False,
                      "hierarchyLevel": 1 if iss["type"] == "Epic" else 0},
        "project": {"key": proj, "name": proj},
        "status": {"name": name, "id": sid,
                   "statusCategory": {"key": cat[0], "name": cat[1]}},
        "priority": {"name": "Medium"},
        "created": iso(cr), "updated": iso(ts(iss["updated"])),
        "resolutiondate": iso(ts(iss["resolved"])) if iss["resolved"] else None,
        "resolution": ({"name": RESOLUTION[site][iss["status"]]}
                       if iss["status"] in ("done", "wont") else None),
        "labels": iss["labels"],
        "components": [{"name": c} for c in iss["comps"]],
        "fixVersions": [{"name": f, "released": False} for f in iss["fixv"]],
        "customfield_10020": ([{"id": 400 + iid, "name": iss["sprint"], "state": "active",
                                "boardId": 12}] if iss["sprint"] else None),
        "customfield_10014": iss["parent"] if (iss["parent"] and not v3) else None,
        "description": (adf(iss["desc"]) if v3 else iss["desc"]) if iss["desc"] else None,
        "comment": {"comments": comments, "maxResults": len(comments),
                    "total": len(comments), "startAt": 0},
    }
    if iss["parent"]:
        fields["parent"] = {"id": ids[iss["parent"]], "key": iss["parent"],
                            "fields": {"summary": summaries[iss["parent"]]}}
    return {"expand": "operations,changelog,renderedFields,names,schema",
            "id": ids[iss["key"]],
            "self": "%s/rest/api/%s/issue/%s" % (BASE[site], "3" if v3 else "2", ids[iss["key"]]),
            "key": iss["key"],
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist),
                          "histories": hist},
            "fields": fields}


def page(issues, start, total):
    return {"expand": "schema,names", "startAt": start, "maxResults": 50, "total": total,
            "issues": issues}


def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2))
        f.write("\n")


def main():
    os.makedirs(JIRA, exist_ok=True)
    inits = spec.INITIATIVES
    ids_seen = set()
    all_keys = {}
    summaries = {}
    ids = {}
    n = 10000
    for it in inits:
        r = it["reg"]
        assert r["initiative_id"] not in ids_seen
        ids_seen.add(r["initiative_id"])
        for iss in it["issues"]:
            assert iss["key"] not in all_keys, iss["key"]
            all_keys[iss["key"]] = r["initiative_id"]
            summaries[iss["key"]] = iss["summary"]
            n += 1
            ids[iss["key"]] = str(n)

    # ---- checks: links, dates, outcome windows, truth
    counts = {}
    for it in inits:
        r, t = it["reg"], it["truth"]
        iid = r["initiative_id"]
        keys = [k for k in r["jira_keys"].split(";") if k]
        for d in ("start_date", "production_date", "closed_date"):
            if r[d]:
                assert dt.date.fromisoformat(r[d]) <= AS_OF, (iid, d)
        if r["target_production_date"]:
            dt.date.fromisoformat(r["target_production_date"])
        last = None
        for iss in it["issues"]:
            check_issue(iss)
            k = iss["key"]
            linked = (k.split("-")[0] in keys or k in keys
                      or ("initiative:" + iid) in iss["labels"]
                      or (iss["parent"] and iss["parent"] in keys))
            assert linked, (iid, k)
            if iss["parent"]:
                assert all_keys[iss["parent"]] == iid, (iid, k)
            m = max(events(iss))
            last = m if last is None or m > last else last
        idle = (AS_OF - last.date()).days
        o = t["outcome"]
        assert o in OUTCOMES, iid
        hold = r["status"].lower() in HOLD or r["status"].lower() in ("pausiert", "en pause")
        if o == "IN_PRODUCTION":
            assert r["production_date"] or iid in JIRA_ONLY_PROD, iid
        else:
            assert not r["production_date"], iid
        if o == "CANCELLED":
            assert r["closed_date"], iid
        else:
            assert not r["closed_date"] or o == "IN_PRODUCTION", iid
        if o == "ACTIVE":
            assert idle <= 60 and not hold, (iid, idle)
        if o == "STALLED":
            assert not r["closed_date"]
            assert hold or idle >= 110, (iid, idle)
        failed = o in ("STALLED", "CANCELLED")
        if failed:
            assert t["stall_stage"] in STAGES[:-1], iid
            assert t["primary_cause"] in CAUSES, iid
            acc = t["acceptable_causes"].split(";")
            assert t["primary_cause"] == acc[0] and all(a in CAUSES for a in acc), iid
        else:
            assert not (t["stall_stage"] or t["primary_cause"] or t["acceptable_causes"]), iid
        assert t["notes"], iid
        counts.setdefault(o, 0)
        counts[o] += 1

    # ---- registry.csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(REG_COLS)
    for it in inits:
        w.writerow([it["reg"][c] for c in REG_COLS])
    with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # ---- truth.csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TRUTH_COLS)
    for it in inits:
        t = it["truth"]
        w.writerow([it["reg"]["initiative_id"], t["outcome"], t["stall_stage"],
                    t["primary_cause"], t["acceptable_causes"], t["notes"]])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # ---- Jira JSON pages
    by_site = {"v2": [], "v3": [], "csv": []}
    for num, it in enumerate(inits, 1):
        for iss in it["issues"]:
            by_site[it["site"]].append((num, iss))
    v2 = [json_issue(iss, "v2", num, ids, summaries) for num, iss in by_site["v2"]]
    cut = 40
    dump(os.path.join(JIRA, "search-v2-page-1.json"), page(v2[:cut], 0, len(v2)))
    dump(os.path.join(JIRA, "search-v2-page-2.json"), page(v2[cut:], cut, len(v2)))
    v3 = [json_issue(iss, "v3", num, ids, summaries) for num, iss in by_site["v3"]]
    dump(os.path.join(JIRA, "search-v3-page-1.json"), page(v3, 0, len(v3)))

    # ---- Jira CSV (all fields), German site, English dates
    rows = by_site["csv"]
    mx = lambda f: max(1, max(len(iss[f]) for _, iss in rows))
    # real "all fields" exports repeat a header as often as the widest issue needs; this site
    # has issues with two labels and two watchers in other projects, so keep two columns
    ncomp, nfix, nlab, ncom = mx("comps"), mx("fixv"), max(2, mx("labels")), mx("comments")
    header = (["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Status Category",
               "Project key", "Project name", "Priority", "Resolution", "Assignee",
               "Reporter", "Created", "Updated", "Resolved"]
              + ["Component/s"] * ncomp + ["Fix Version/s"] * nfix + ["Labels"] * nlab
              + ["Description", "Sprint", "Custom field (Epic Link)", "Parent id",
                 "Watchers", "Watchers"] + ["Comment"] * ncom)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    pad = lambda xs, k: list(xs) + [""] * (k - len(xs))
    for num, iss in rows:
        proj = iss["key"].split("-")[0]
        st = iss["status"]
        owner = iss["comments"][0][1] if iss["comments"] else "svc-jira"
        coms = ["%s;%s;%s" % (csv_date(ts(c[0])), account(c[1]), c[2])
                for c in iss["comments"]]
        w.writerow([iss["summary"], iss["key"], ids[iss["key"]], iss["type"],
                    STATUS["csv"][st][0], CATEGORY[st][1], proj, proj, "Medium",
                    RESOLUTION["csv"].get(st, ""), owner, owner,
                    csv_date(ts(iss["created"])), csv_date(ts(iss["updated"])),
                    csv_date(ts(iss["resolved"])) if iss["resolved"] else ""]
                   + pad(iss["comps"], ncomp) + pad(iss["fixv"], nfix)
                   + pad(iss["labels"], nlab)
                   + [iss["desc"], iss["sprint"] or "", iss["parent"] or "", "", owner, ""]
                   + pad(coms, ncom))
    with open(os.path.join(JIRA, "Jira-Export-all-fields-2026-10-01.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    nf = sum(1 for it in inits if it["truth"]["outcome"] in ("STALLED", "CANCELLED"))
    print("initiatives %d (%s), failed %d; issues v2 %d, v3 %d, csv %d"
          % (len(inits), counts, nf, len(v2), len(v3), len(rows)))


if __name__ == "__main__":
    main()
