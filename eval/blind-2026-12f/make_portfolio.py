#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry.csv, truth.csv, jira/*) and asserts
the consistency the labels rely on. Deterministic: no clock, no randomness (hashes of text).

Jira sites:
  DE  German Jira Cloud, REST /rest/api/2/search?expand=changelog, two pages, wiki-text bodies
  FR  French Jira Cloud, "Exporter > CSV (tous les champs)", French headers, UTF-8 BOM,
      dates like 14/juin/26 3:15 PM
  IT  Italian Jira Cloud, REST /rest/api/3/search/jql?expand=changelog, two pages with
      nextPageToken/isLast, ADF bodies
"""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re

from spec_initiatives import INITIATIVES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
JIRA = os.path.join(OUT, "jira")
AS_OF = dt.date(2026, 10, 1)
D = dt.date.fromisoformat

REG_COLS = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique", "build_or_buy",
            "registry_stage", "status", "start_date", "target_production_date", "production_date",
            "closed_date", "budget_planned", "budget_spent", "currency", "success_kpi", "kpi_baseline",
            "kpi_target", "data_audit_completed", "jira_keys", "model_names", "closure_reason", "notes"]
TRUTH_COLS = ["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"]
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION",
          "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN"]
STAGES = ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]
OUTCOMES = ["IN_PRODUCTION", "ACTIVE", "STALLED", "CANCELLED"]

# status code -> (name, id, category key, category name) per site
STATUS = {
    "DE": {"todo": ("Zu erledigen", "10000", "new", "Zu erledigen"),
           "prog": ("In Arbeit", "3", "indeterminate", "In Arbeit"),
           "review": ("In Prüfung", "10001", "indeterminate", "In Arbeit"),
           "blocked": ("Blockiert", "10002", "indeterminate", "In Arbeit"),
           "done": ("Fertig", "10003", "done", "Fertig"),
           "wont": ("Wird nicht erledigt", "10004", "done", "Fertig")},
    "FR": {"todo": ("À faire", "", "new", "À faire"),
           "prog": ("En cours", "", "indeterminate", "En cours"),
           "review": ("En revue", "", "indeterminate", "En cours"),
           "blocked": ("Bloqué", "", "indeterminate", "En cours"),
           "done": ("Terminé", "", "done", "Terminé"),
           "wont": ("Abandonné", "", "done", "Terminé")},
    "IT": {"todo": ("Da fare", "10000", "new", "Da fare"),
           "prog": ("In corso", "3", "indeterminate", "In corso"),
           "review": ("In revisione", "10001", "indeterminate", "In corso"),
           "blocked": ("Bloccato", "10002", "indeterminate", "In corso"),
           "done": ("Completato", "10003", "done", "Completato"),
           "wont": ("Annullato", "10004", "done", "Completato")},
}
RESOLUTION = {"DE": {"done": "Fertig", "wont": "Wird nicht erledigt"},
              "FR": {"done": "Fait", "wont": "Ne sera pas fait"},
              "IT": {"done": "Completato", "wont": "Non verrà eseguito"}}
ISSUETYPE = {"DE": {"epic": "Epic", "story": "Story", "task": "Aufgabe"},
             "FR": {"epic": "Epic", "story": "Story", "task": "Tâche"},
             "IT": {"epic": "Epic", "story": "Storia", "task": "Attività"}}
PRIORITY = {"DE": "Mittel", "FR": "Moyenne", "IT": "Media"}
BASE = {"DE": "https://netzwerk-gruppe.atlassian.net", "FR": "https://groupe-alvea.atlassian.net",
        "IT": "https://orsini-gruppo.atlassian.net"}
PROJECT_NAMES = {"KIL": "KI-Labor", "DATA": "Data & Analytics", "DSI": "DSI - Projets data",
                 "LAB": "Innovation Lab"}
SHARED_START = {"KIL": 101, "DATA": 880, "DSI": 2301, "LAB": 57}
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def account_id(name):
    return "712020:" + hashlib.sha256(name.encode()).hexdigest()[:8] + "-" + hashlib.sha256(
        ("x" + name).encode()).hexdigest()[:4] + "-4c1e-9a3d-" + hashlib.sha256(("y" + name).encode()).hexdigest()[:12]


COLLEAGUES = {"DE": ["Jonas Weber", "Aylin Demir", "Katrin Vogt", "Mehmet Kaya", "Lena Hoffmann", "Priya Nair",
                     "Tom Fletcher"],
              "FR": ["Camille Bernard", "Hugo Lefèvre", "Nadia Benali", "Julien Moreau", "Sophie Garnier",
                     "Tom Fletcher", "Pieter de Vries"],
              "IT": ["Giulia Ferri", "Marco Bianchi", "Elena Russo", "Davide Conti", "Sara Greco", "Ana Sousa",
                     "Priya Nair"]}


def author(site, owner, *key):
    names = COLLEAGUES[site]
    if owner and h(*key) % 3 == 0:
        return owner
    return names[h(*key, "a") % len(names)]


def ts(day, hour, minute):
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def offset(site, t):
    # CET/CEST by month, good enough: all events are at daytime
    return "+0200" if 4 <= t.month <= 10 else "+0100"


def iso(site, t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{h(t, site) % 1000:03d}" + offset(site, t)


def fr_date(t):
    hh = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{t.day:02d}/{FR_MONTHS[t.month - 1]}/{t.year % 100:02d} {hh}:{t.minute:02d} {ampm}"


# ------------------------------------------------------------------ build the model
def build():
    counters = dict(SHARED_START)
    issues = []  # flat list
    for ini in INITIATIVES:
        reg = ini["reg"]
        site = ini["site"]
        proj = reg["proj"]
        mode = reg.get("mode", "own")
        js, last = D(reg["js"]), D(reg["last"])
        span = (last - js).days
        assert span >= 30, ini["id"]
        specs = ini["issues"]
        n = len(specs)
        own_counter = 1
        keys = []
        for i, sp in enumerate(specs):
            if mode == "own":
                key = f"{proj}-{own_counter}"
                own_counter += 1
            else:
                key = f"{proj}-{counters[proj]}"
                counters[proj] += 1
            keys.append(key)
        epic_idx = [i for i, sp in enumerate(specs) if sp["kind"] == "epic"]
        assert epic_idx, ini["id"]
        ini_issues = []
        # the first issue without a fixed end carries the initiative's last activity
        lead = [i for i, sp in enumerate(specs) if not sp.get("end")][0]
        for i, sp in enumerate(specs):
            created = js + dt.timedelta(days=round(i * span * 0.4 / max(n - 1, 1)))
            if sp.get("end"):
                updated = D(sp["end"])
            elif i == lead:
                updated = last
            else:
                updated = last - dt.timedelta(days=4 * i + h(ini["id"], i) % 9)
            if (updated - created).days < 3:
                assert not sp.get("end"), (ini["id"], i)
                updated = created + dt.timedelta(days=3)
            assert updated <= last
            c_t = ts(created, 8 + h(ini["id"], i, "c") % 2, h(ini["id"], i, "cm") % 60)
            u_t = ts(updated, 17, 30 + h(ini["id"], i, "um") % 29)
            # comments
            cms = []
            k = len(sp["comments"])
            for j, text in enumerate(sp["comments"]):
                if isinstance(text, tuple):  # a comment whose text needs a fixed date
                    day, text = D(text[0]), text[1]
                    assert created <= day <= updated, (ini["id"], i, j, day)
                elif k == 1:
                    day = updated
                else:
                    first = created + dt.timedelta(days=max(1, int((updated - created).days * 0.3)))
                    day = first + dt.timedelta(days=round(j * (updated - first).days / (k - 1)))
                ct = ts(day, 10 + j % 5, h(ini["id"], i, j) % 60)
                cms.append(dict(t=ct, author=author(site, reg.get("owner"), ini["id"], i, j), body=text))
            cms.sort(key=lambda c: c["t"])
            # status history
            hist = []
            st = sp["st"]
            if st != "todo":
                t1 = ts(created + dt.timedelta(days=1), 15, 5 + h(ini["id"], i, "t1") % 50)
                hist.append((t1, "todo", "prog"))
                mid = created + dt.timedelta(days=max(2, (updated - created).days // 2))
                if st in ("review", "blocked"):
                    hist.append((ts(mid, 15, 40), "prog", st))
                elif st in ("done", "wont"):
                    hist.append((ts(updated, 16, 50), "prog", st))
            parent = None
            if sp["kind"] != "epic":
                parent = keys[epic_idx[0]]
            labels = list(sp.get("labels", []))
            if mode == "label":
                labels.append(f"initiative:{ini['id']}")
            iss = dict(ini=ini, site=site, key=keys[i], spec=sp, created=c_t, updated=u_t,
                       resolved=u_t.replace(hour=16, minute=55) if st in ("done", "wont") else None,
                       comments=cms, hist=hist, parent=parent, labels=labels, proj=proj,
                       assignee=reg.get("owner") or COLLEAGUES[site][0])
            ini_issues.append(iss)
        ini["_issues"] = ini_issues
        ini["_keys"] = keys
        if mode == "own":
            ini["_jira_keys"] = proj
        elif mode == "epic":
            ini["_jira_keys"] = ";".join(keys[i] for i in epic_idx)
        else:
            ini["_jira_keys"] = ""
        issues.extend(ini_issues)
    # numeric ids per site, in creation order
    for site in ("DE", "FR", "IT"):
        site_issues = sorted([x for x in issues if x["site"] == site], key=lambda x: (x["created"], x["key"]))
        base = {"DE": 10040, "FR": 20110, "IT": 31000}[site]
        for n, x in enumerate(site_issues):
            x["id"] = str(base + n * 3 + h(x["key"]) % 3)
    by_key = {x["key"]: x for x in issues}
    assert len(by_key) == len(issues), "duplicate key"
    return issues, by_key


# ------------------------------------------------------------------ descriptions
def description_lines(iss):
    ini, sp = iss["ini"], iss["spec"]
    site, reg = iss["site"], ini["reg"]
    if sp["kind"] == "epic":
        if site == "DE":
            return [("h", "Kontext"), ("p", f"Epic für die Initiative \"{ini['name']}\"."),
                    ("li", f"Fachbereich: {reg.get('bu', '')}"), ("li", f"Ansprechpartner: {reg.get('owner', '')}"),
                    ("p", "Details und Protokolle im Confluence-Bereich des Teams.")]
        if site == "FR":
            return [("h", "Contexte"), ("p", f"Epic de l'initiative « {ini['name']} »."),
                    ("li", f"Direction : {reg.get('bu', '')}"), ("li", f"Référent : {reg.get('owner', '')}"),
                    ("p", "Les comptes rendus sont dans l'espace Confluence de l'équipe.")]
        return [("h", "Contesto"), ("p", f"Epic dell'iniziativa \"{ini['name']}\"."),
                ("li", f"Area: {reg.get('bu', '')}"), ("li", f"Referente: {reg.get('owner', '')}"),
                ("p", "Verbali e documenti nello spazio Confluence del team.")]
    if h(iss["key"], "d") % 3 == 0:
        return []
    return [("p", {"DE": "Siehe Epic.", "FR": "Voir l'epic.", "IT": "Vedi epic."}[site] if h(iss["key"]) % 2
             else sp["summary"] + ".")]


def wiki(lines):
    out = []
    for kind, text in lines:
        out.append({"h": "h3. " + text, "p": text, "li": "* " + text}[kind])
    return "\n".join(out) if out else None


def adf(lines, mention=None):
    content = []
    bullets = []
    for kind, text in lines:
        if kind == "li":
            bullets.append({"type": "listItem", "content": [
                {"type": "paragraph", "content": [{"type": "text", "text": text}]}]})
            continue
        if bullets:
            content.append({"type": "bulletList", "content": bullets})
            bullets = []
        if kind == "h":
            content.append({"type": "heading", "attrs": {"level": 3}, "content": [{"type": "text", "text": text}]})
        else:
            content.append({"type": "paragraph", "content": [{"type": "text", "text": text}]})
    if bullets:
        content.append({"type": "bulletList", "content": bullets})
    if not content:
        return None
    return {"type": "doc", "version": 1, "content": content}


def adf_comment(body, mention):
    para = []
    if mention:
        para.append({"type": "mention", "attrs": {"id": account_id(mention), "text": "@" + mention,
                                                  "accessLevel": ""}})
        para.append({"type": "text", "text": " "})
    para.append({"type": "text", "text": body})
    return {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": para}]}


def user(site, name):
    return {"self": f"{BASE[site]}/rest/api/2/user?accountId={account_id(name)}", "accountId": account_id(name),
            "displayName": name, "active": True, "timeZone": {"DE": "Europe/Berlin", "FR": "Europe/Paris",
                                                               "IT": "Europe/Rome"}[site], "accountType": "atlassian"}


def status_obj(site, code, api):
    name, sid, cat, catname = STATUS[site][code]
    cat_id = {"new": 2, "indeterminate": 4, "done": 3}[cat]
    color = {"new": "blue-gray", "indeterminate": "yellow", "done": "green"}[cat]
    return {"self": f"{BASE[site]}/rest/api/{api}/status/{sid}", "description": "", "name": name, "id": sid,
            "statusCategory": {"self": f"{BASE[site]}/rest/api/{api}/statuscategory/{cat_id}", "id": cat_id,
                               "key": cat, "colorName": color, "name": catname}}


def sprint_objs(iss):
    sp = iss["spec"].get("sprint")
    if not sp:
        return None
    sid = 100 + h(sp) % 800
    state = "closed" if iss["spec"]["st"] in ("done", "wont") else "active"
    return [{"id": sid, "name": sp, "state": state, "boardId": 10 + h(iss["proj"]) % 40,
             "goal": "", "startDate": iss["created"].strftime("%Y-%m-%dT08:00:00.000Z")}]


def changelog(iss, api):
    site = iss["site"]
    hists = []
    for n, (t, a, b) in enumerate(iss["hist"]):
        items = [{"field": "status", "fieldtype": "jira", "fieldId": "status",
                  "from": STATUS[site][a][1], "fromString": STATUS[site][a][0],
                  "to": STATUS[site][b][1], "toString": STATUS[site][b][0]}]
        if n == 0 and h(iss["key"], "rank") % 2 == 0:
            items.insert(0, {"field": "Rank", "fieldtype": "custom", "fieldId": "customfield_10019",
                             "from": None, "fromString": None, "to": None, "toString": "Ranked higher"})
        if b in ("done", "wont"):
            items.append({"field": "resolution", "fieldtype": "jira", "fieldId": "resolution", "from": None,
                          "fromString": None, "to": "10000" if b == "done" else "10001",
                          "toString": RESOLUTION[site][b]})
        hists.append({"id": str(30000 + h(iss["key"], n) % 60000),
                      "author": user(site, author(site, iss["assignee"], iss["key"], "h", n)),
                      "created": iso(site, t), "items": items})
    if iss["spec"]["kind"] != "epic" and h(iss["key"], "asg") % 3 == 0:
        t = iss["created"] + dt.timedelta(minutes=20)
        hists.append({"id": str(90000 + h(iss["key"], "asg") % 9000),
                      "author": user(site, iss["assignee"]), "created": iso(site, t),
                      "items": [{"field": "assignee", "fieldtype": "jira", "fieldId": "assignee",
                                 "from": None, "fromString": None, "to": account_id(iss["assignee"]),
                                 "toString": iss["assignee"]}]})
    hists.sort(key=lambda x: x["created"], reverse=(site == "IT"))  # IT site lists newest first
    return {"startAt": 0, "maxResults": len(hists), "total": len(hists), "histories": hists}


def json_issue(iss, by_key, api):
    site, sp = iss["site"], iss["spec"]
    kind = sp["kind"]
    it_name = ISSUETYPE[site][kind]
    fields = {
        "summary": sp["summary"],
        "issuetype": {"id": {"epic": "10000", "story": "10001", "task": "10002"}[kind], "name": it_name,
                      "subtask": False, "hierarchyLevel": 1 if kind == "epic" else 0},
        "project": {"id": str(10000 + h(iss["proj"]) % 900), "key": iss["proj"],
                    "name": PROJECT_NAMES.get(iss["proj"], iss["ini"]["name"] if iss["proj"] not in PROJECT_NAMES
                                              else iss["proj"]),
                    "projectTypeKey": "software"},
        "status": status_obj(site, sp["st"], api),
        "resolution": ({"id": "10000" if sp["st"] == "done" else "10001",
                        "name": RESOLUTION[site][sp["st"]], "description": ""}
                       if sp["st"] in ("done", "wont") else None),
        "resolutiondate": iso(site, iss["resolved"]) if iss["resolved"] else None,
        "created": iso(site, iss["created"]),
        "updated": iso(site, iss["updated"]),
        "priority": {"id": "3", "name": PRIORITY[site]},
        "labels": iss["labels"],
        "assignee": user(site, iss["assignee"]),
        "reporter": user(site, iss["ini"]["reg"].get("owner") or COLLEAGUES[site][0]),
        "components": [{"name": c} for c in sp.get("components", [])],
        "fixVersions": [{"name": v, "released": False} for v in sp.get("fix", [])],
        "customfield_10020": sprint_objs(iss),
        "customfield_10016": None if kind == "epic" else float(1 + h(iss["key"], "sp") % 8),
    }
    lines = description_lines(iss)
    if api == 2:
        fields["description"] = wiki(lines)
    else:
        fields["description"] = adf(lines)
    if iss["parent"]:
        p = by_key[iss["parent"]]
        fields["parent"] = {"id": p["id"], "key": p["key"], "self": f"{BASE[site]}/rest/api/{api}/issue/{p['id']}",
                            "fields": {"summary": p["spec"]["summary"],
                                       "status": status_obj(site, p["spec"]["st"], api),
                                       "issuetype": {"name": "Epic", "hierarchyLevel": 1}}}
        if api == 2 and h(iss["key"], "el") % 2 == 0:
            fields["customfield_10014"] = p["key"]
    comments = []
    for n, c in enumerate(iss["comments"]):
        if api == 2:
            body = c["body"]
        else:
            mention = iss["assignee"] if n % 2 == 1 and c["author"] != iss["assignee"] else None
            body = adf_comment(c["body"], mention)
        comments.append({"self": f"{BASE[site]}/rest/api/{api}/issue/{iss['id']}/comment/{40000 + h(iss['key'], n) % 50000}",
                         "id": str(40000 + h(iss["key"], n) % 50000), "author": user(site, c["author"]),
                         "body": body, "updateAuthor": user(site, c["author"]),
                         "created": iso(site, c["t"]), "updated": iso(site, c["t"]), "jsdPublic": True})
    fields["comment"] = {"comments": comments, "maxResults": len(comments), "total": len(comments), "startAt": 0}
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
            "id": iss["id"], "self": f"{BASE[site]}/rest/api/{api}/issue/{iss['id']}", "key": iss["key"],
            "changelog": changelog(iss, api), "fields": fields}


# ------------------------------------------------------------------ writers
def dump(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
        f.write("\n")


def write_de(issues, by_key):
    xs = sorted([x for x in issues if x["site"] == "DE"], key=lambda x: (x["created"], x["key"]), reverse=True)
    js = [json_issue(x, by_key, 2) for x in xs]
    half = (len(js) + 1) // 2
    pages = [js[:half], js[half:]]
    names = {"summary": "Zusammenfassung", "issuetype": "Vorgangstyp", "status": "Status",
             "customfield_10020": "Sprint", "customfield_10014": "Epic Link", "customfield_10016": "Story Points",
             "parent": "Übergeordnet", "labels": "Stichwörter", "comment": "Kommentar"}
    for n, page in enumerate(pages):
        obj = {"expand": "names,schema", "startAt": n * half, "maxResults": half, "total": len(js),
               "issues": page, "names": names}
        dump(os.path.join(JIRA, f"de-search-v2-changelog-{n + 1}.json"), obj)
    return [len(p) for p in pages]


def write_it(issues, by_key):
    xs = sorted([x for x in issues if x["site"] == "IT"], key=lambda x: (x["updated"], x["key"]), reverse=True)
    js = [json_issue(x, by_key, 3) for x in xs]
    half = (len(js) + 1) // 2
    tok = "CAEaAggD" + hashlib.sha256(b"orsini-page-2").hexdigest()[:24]
    dump(os.path.join(JIRA, "it-search-jql-v3-page1.json"), {"issues": js[:half], "nextPageToken": tok,
                                                              "isLast": False})
    dump(os.path.join(JIRA, "it-search-jql-v3-page2.json"), {"issues": js[half:], "isLast": True})
    return [half, len(js) - half]


FR_HEADER = (["Résumé", "Clé de ticket", "ID de ticket", "Type de ticket", "État", "Clé de projet", "Nom du projet",
              "Type de projet", "Priorité", "Résolution", "Responsable", "Rapporteur", "Créateur", "Création",
              "Mise à jour", "Dernière consultation", "Résolu", "Version(s) corrigée(s)", "Composant(s)",
              "Étiquettes", "Étiquettes", "Description", "Sprint", "Sprint", "Parent", "Clé parent",
              "Résumé parent", "Catégorie d'état", "Catégorie d'état modifiée", "Estimation de story points"]
             + ["Commentaire"] * 5)
N_FR_COMMENTS = 5


def write_fr(issues, by_key):
    xs = sorted([x for x in issues if x["site"] == "FR"], key=lambda x: (x["created"], x["key"]), reverse=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(FR_HEADER)
    for x in xs:
        sp, site = x["spec"], "FR"
        name, _, cat, catname = STATUS["FR"][sp["st"]]
        labels = x["labels"] + [""] * (2 - len(x["labels"]))
        assert len(labels) == 2, x["key"]
        sprint = [sp.get("sprint", ""), ""]
        p = by_key[x["parent"]] if x["parent"] else None
        desc = "\n".join({"h": "h3. {}", "p": "{}", "li": "* {}"}[k].format(t) for k, t in description_lines(x))
        cat_changed = x["hist"][-1][0] if x["hist"] else x["created"]
        cms = [f"{fr_date(c['t'])};{account_id(c['author'])};{c['body']}" for c in x["comments"]]
        assert len(cms) <= N_FR_COMMENTS, x["key"]
        cms += [""] * (N_FR_COMMENTS - len(cms))
        row = [sp["summary"], x["key"], x["id"], ISSUETYPE["FR"][sp["kind"]], name, x["proj"],
               PROJECT_NAMES.get(x["proj"], x["ini"]["name"]), "software", PRIORITY["FR"],
               RESOLUTION["FR"][sp["st"]] if sp["st"] in ("done", "wont") else "",
               x["assignee"], x["ini"]["reg"].get("owner") or "Camille Bernard", x["ini"]["reg"].get("owner") or "Camille Bernard",
               fr_date(x["created"]), fr_date(x["updated"]), fr_date(x["updated"]),
               fr_date(x["resolved"]) if x["resolved"] else "",
               ";".join(sp.get("fix", [])), ";".join(sp.get("components", [])),
               labels[0], labels[1], desc, sprint[0], sprint[1],
               p["id"] if p else "", p["key"] if p else "", p["spec"]["summary"] if p else "",
               catname, fr_date(cat_changed),
               "" if sp["kind"] == "epic" else str(1 + h(x["key"], "sp") % 8)] + cms
        assert len(row) == len(FR_HEADER)
        w.writerow(row)
    with open(os.path.join(JIRA, "Jira (groupe-alvea) 2026-10-01.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + buf.getvalue())
    return [len(xs)]


def write_registry():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(REG_COLS)
    for ini in INITIATIVES:
        r = ini["reg"]
        w.writerow([ini["id"], ini["name"], r.get("bu", ""), r.get("sponsor", ""), r.get("owner", ""), r.get("tech", ""),
                    r.get("bob", ""), r.get("rstage", ""), r.get("status", ""), r.get("start", ""),
                    r.get("target", ""), r.get("prod", ""), r.get("closed", ""), r.get("bp", ""), r.get("bs", ""),
                    r.get("cur", ""), r.get("kpi", ""), r.get("kb", ""), r.get("kt", ""), r.get("audit", ""),
                    ini["_jira_keys"], "", r.get("closure", ""), r.get("notes", "")])
    with open(os.path.join(OUT, "registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_truth():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TRUTH_COLS)
    for ini in INITIATIVES:
        o, st, pc, acc, why = ini["truth"]
        w.writerow([ini["id"], o, st, pc, acc, why])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ checks
ON_HOLD = {"on hold", "sospeso", "pausiert", "en pause", "paused"}
CANCELLED_ST = {"cancelled", "eingestellt", "annullato", "chiuso", "abandonné", "clos"}
PROD_ST = {"in production", "live", "in Betrieb", "en production", "in produzione"}
RETIRED_ST = {"retired", "dismesso"}


def check(issues, by_key):
    ids = [ini["id"] for ini in INITIATIVES]
    assert ids == [f"BF-{n:02d}" for n in range(1, 73)], "ids not BF-01..BF-72 in order"
    projkeys = {}
    for ini in INITIATIVES:
        r = ini["reg"]
        if r.get("mode", "own") == "own":
            assert r["proj"] not in projkeys, ("project used twice", r["proj"])
            projkeys[r["proj"]] = ini["id"]
    shared = {ini["reg"]["proj"] for ini in INITIATIVES if ini["reg"].get("mode", "own") != "own"}
    assert not (shared & set(projkeys)), "shared project listed as own project"
    counts = {o: 0 for o in OUTCOMES}
    cause_count = {c: 0 for c in CAUSES}
    for ini in INITIATIVES:
        r = ini["reg"]
        iid = ini["id"]
        o, stage, pc, acc, why = ini["truth"]
        counts[o] += 1
        assert o in OUTCOMES and why
        # truth codes
        if o in ("STALLED", "CANCELLED"):
            assert stage in STAGES[:5], iid
            assert pc in CAUSES, iid
            accs = acc.split(";")
            assert accs[0] == pc and all(a in CAUSES for a in accs) and len(set(accs)) == len(accs), iid
            cause_count[pc] += 1
        else:
            assert stage == "" and pc == "" and acc == "", iid
        # registry values
        for col in ("bp", "bs"):
            assert isinstance(r[col], int), (iid, col)
        for col in ("start", "target", "prod", "closed"):
            if r.get(col):
                d = D(r[col])
                if col != "target":
                    assert d <= AS_OF, (iid, col)
        assert r["cur"] in ("EUR",)
        for col in ("target", "prod", "closed"):
            if r.get(col):
                assert D(r[col]) >= D(r["start"]), (iid, col)
        if r.get("prod") and r.get("closed"):
            assert D(r["closed"]) >= D(r["prod"]), iid
        assert D(r["js"]) >= D(r["start"]), iid
        # linking: every issue linked
        for x in ini["_issues"]:
            mode = r.get("mode", "own")
            if mode == "own":
                assert x["key"].split("-")[0] in ini["_jira_keys"].split(";")
            elif mode == "epic":
                assert x["key"] in ini["_jira_keys"].split(";") or x["parent"] in ini["_jira_keys"].split(";")
            else:
                assert f"initiative:{iid}" in x["labels"] and ini["_jira_keys"] == ""
            if x["parent"]:
                assert by_key[x["parent"]]["ini"] is ini
        # event windows
        events = []
        for x in ini["_issues"]:
            assert x["created"] <= x["updated"]
            evs = [x["created"], x["updated"]] + [c["t"] for c in x["comments"]] + [t for t, _, _ in x["hist"]]
            if x["resolved"]:
                evs.append(x["resolved"])
            for e in evs:
                assert x["created"] <= e <= x["updated"], (x["key"], e)
                assert e.date() <= AS_OF, (x["key"], e)
            assert (x["resolved"] is not None) == (x["spec"]["st"] in ("done", "wont")), x["key"]
            events += evs
        last = max(events).date()
        assert last == D(r["last"]), (iid, last)
        status = r["status"]
        if o == "IN_PRODUCTION":
            jira_prod = any(x["spec"]["kind"] == "epic" and x["spec"]["st"] == "done" and
                            any(w in " ".join(c["body"] for c in x["comments"]).lower()
                                for w in ("live in produzione", "en production", "produktiv", "in produzione dal"))
                            for x in ini["_issues"])
            assert r.get("prod") or jira_prod, iid
            if r.get("closed"):
                assert status in RETIRED_ST and r.get("prod"), iid
            if not r.get("prod"):
                assert status not in PROD_ST
        else:
            assert not r.get("prod"), iid
            assert status not in PROD_ST | RETIRED_ST, iid
        if o == "CANCELLED":
            assert r.get("closed") and status in CANCELLED_ST, iid
            assert last <= D(r["closed"]), iid
        else:
            assert status not in CANCELLED_ST, iid
            if o != "IN_PRODUCTION":
                assert not r.get("closed"), iid
        if o == "ACTIVE":
            assert (AS_OF - last).days <= 60 and status not in ON_HOLD, iid
        if o == "STALLED":
            assert status in ON_HOLD or (AS_OF - last).days >= 110, iid
    assert counts == {"IN_PRODUCTION": 15, "ACTIVE": 11, "STALLED": 26, "CANCELLED": 20}, counts
    for c in CAUSES:
        assert 3 <= cause_count[c] <= 5, (c, cause_count[c])
    return counts, cause_count


def main():
    os.makedirs(JIRA, exist_ok=True)
    for f in os.listdir(JIRA):
        os.remove(os.path.join(JIRA, f))
    issues, by_key = build()
    counts, cause_count = check(issues, by_key)
    de = write_de(issues, by_key)
    fr = write_fr(issues, by_key)
    it = write_it(issues, by_key)
    write_registry()
    write_truth()
    print("outcomes", counts)
    print("causes", cause_count)
    print("issues DE pages", de, "FR csv", fr, "IT pages", it, "total", len(issues))


if __name__ == "__main__":
    main()
