#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry JSON Lines, French Jira Cloud CSV, Jira Cloud REST v3
/search/jql pages) and truth.csv, and asserts the self-checks. Deterministic: no clock, no randomness."""
import csv, io, json, os, shutil
from datetime import date, datetime, timedelta
from spec_initiatives import INITIATIVES, D, S, P, E, DEP, O, IP, AC, ST, CA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
AS_OF = date(2026, 10, 1)
STAGES = [D, S, P, E, DEP, O]
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION", "SECURITY_COMPLIANCE",
          "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION", "COST_FUNDING",
          "TECHNICAL_FEASIBILITY", "UNKNOWN"]
STEP = 42  # days between stage epics

SECTOR = {"mro": "Maintenance aéronautique", "grocery": "Grande distribution", "mining": "Mine de Valbrune",
          "telecom": "Northwind Mobile", "broadcast": "Northwind TV", "dairy": "Northwind Dairy Co-op"}
PEOPLE = {"mro": ("Hélène Vasseur", "Karim Benali"), "grocery": ("Sophie Marchal", "Yann Le Goff"),
          "mining": ("Didier Roux", "Amandine Petit"), "telecom": ("Graham Kerr", "Nadia Osei"),
          "broadcast": ("Ruth Ellison", "Tom Whitlock"), "dairy": ("Owen Pritchard", "Megan Lloyd")}
REG_STAGE = {D: "Discovery", S: "Strategy", P: "Prototype / POC", E: "Engineering", DEP: "Deployment", O: "Operation"}

# French site vocabulary (hand-written; stage word position varies with the variant)
FR_EPIC = {D: ["Découverte – {n}", "{n} : phase de découverte"],
           S: ["Cadrage stratégique {n}", "{n} — note de cadrage et stratégie"],
           P: ["Prototype {n}", "{n} : POC / prototype"],
           E: ["Industrialisation {n}", "{n} – ingénierie et industrialisation"],
           DEP: ["Déploiement {n}", "{n} : mise en production (déploiement)"],
           O: ["Exploitation {n}", "{n} en exploitation (run)"]}
FR_STORY = {D: "Entretiens métier et inventaire des sources", S: "Business case et indicateurs de cadrage",
            P: "Maquette du prototype sur échantillon", E: "Pipeline industrialisé et tests",
            DEP: "Préparer la bascule et le déploiement pilote", O: "Suivi du run et des indicateurs"}
FR_COMP = {D: "Découverte", S: "Cadrage", P: "Prototype", E: "Industrialisation", DEP: "Déploiement", O: "Exploitation"}
FR_LABEL = {D: "phase-decouverte", S: "phase-cadrage", P: "phase-poc", E: "phase-indus", DEP: "phase-deploiement",
            O: "phase-run"}
FR_CHAT = ["Lien vers la page Confluence ajouté.", "Je mets à jour les estimations après l'affinage.",
           "Point d'avancement décalé à lundi.", "Merci, je relis demain matin.",
           "Support de présentation déposé dans le Drive de l'équipe.", "Ticket repris suite aux congés de Paul."]
FR_DESC = {D: "Comprendre le besoin et les sources disponibles.\nLivrable : synthèse des entretiens.",
           S: "Formaliser le cas d'usage, les gains attendus et le planning.",
           P: "Construire une première version sur un périmètre réduit et mesurer les résultats.",
           E: "Rendre la chaîne robuste : tests, reprise, documentation.",
           DEP: "Mise à disposition des utilisateurs pilotes.", O: "Suivi de la solution en service."}
# English site vocabulary
EN_EPIC = {D: ["Discovery: {n}", "{n} - discovery interviews"],
           S: ["{n} - strategy and business case", "Business case / strategy for {n}"],
           P: ["Prototype {n}", "{n} pilot prototype"],
           E: ["{n}: engineering hardening", "Engineering build-out - {n}"],
           DEP: ["Rollout / deployment of {n}", "{n} deployment to first users"],
           O: ["{n} in operation", "Operate and monitor {n}"]}
EN_STORY = {D: "Stakeholder interviews and data source inventory", S: "Write business case and KPI sheet",
            P: "Build prototype on sample data", E: "Harden pipeline, tests and retraining job",
            DEP: "Prepare go-live checklist and pilot rollout", O: "Run monitoring and monthly review"}
EN_COMP = {D: "Discovery", S: "Strategy", P: "Prototype", E: "Engineering", DEP: "Deployment", O: "Operations"}
EN_LABEL = {D: "stage-discovery", S: "stage-strategy", P: "stage-prototype", E: "stage-engineering",
            DEP: "stage-deployment", O: "stage-operation"}
EN_CHAT = ["linked the design doc", "estimates updated after refinement", "demo recording is on the team drive",
           "picking this up after the offsite", "thanks - reviewed, two small comments", "moved the sync to Wednesday"]
EN_DESC = {D: "Understand the problem and what data exists.", S: "Agree goal, value case and plan.",
           P: "First working version on a reduced scope; measure results.", E: "Make it robust: tests, reruns, docs.",
           DEP: "Make it available to pilot users.", O: "Keep it running and measured."}

FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

def fr_date(dt):
    h = dt.hour % 12 or 12
    return f"{dt.day:02d}/{FR_MONTHS[dt.month-1]}/{dt.year % 100:02d} {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"

def iso(dt):  # site local time +0200, stored time is UTC
    loc = dt + timedelta(hours=2)
    return loc.strftime("%Y-%m-%dT%H:%M:%S.000+0200")

def adf(text):
    content = []
    for para in text.split("\n"):
        content.append({"type": "paragraph", "content": [{"type": "text", "text": para}]})
    return {"type": "doc", "version": 1, "content": content}

def build():
    assert [x["id"] for x in INITIATIVES] == [f"BL-{i:02d}" for i in range(1, 61)]
    issues = {"ciel": [], "northwind": []}
    registry, truth, keys_seen = [], [], set()
    from collections import Counter
    oc = Counter(x["outcome"] for x in INITIATIVES)
    assert oc == {IP: 12, AC: 10, ST: 20, CA: 18}, oc
    cc = Counter(x["cause"] for x in INITIATIVES if x["outcome"] in (ST, CA))
    assert set(cc) == set(CAUSES) and all(3 <= v <= 4 for v in cc.values()), cc
    issue_id = 10000
    for idx, x in enumerate(INITIATIVES):
        n = int(x["id"][3:])
        site = "ciel" if n <= 30 else "northwind"
        fr = site == "ciel"
        k = n - 1 if fr else n - 31
        proj = ("CL" if fr else "NW") + chr(65 + k // 26) + chr(65 + k % 26)
        label_linked = x["id"] in ("BL-30", "BL-56")
        epic_linked = x["id"] in ("BL-05", "BL-45")
        if label_linked:
            proj = "CLSH" if fr else "NWSH"
        si = STAGES.index(x["stage"])
        out, cause, idle = x["outcome"], x["cause"], x["idle"]
        # idle windows
        if out == AC: assert idle <= 60 and "hold" not in x["flags"] and x["stage"] != O
        if out == ST: assert idle >= 99 or "hold" in x["flags"]
        if out == IP: assert x["stage"] == O
        if out in (ST, CA): assert cause in CAUSES and x["stage"] != O
        else: assert cause == "" and x["extra"] == ""
        if out == CA: assert bool(x["closure"]) == (cause != "UNKNOWN")
        else: assert x["closure"] == ""
        last = datetime.combine(AS_OF - timedelta(days=idle), datetime.min.time()) + timedelta(hours=13, minutes=7 + n)
        start = (last - timedelta(days=STEP * (si + 1) + 9)).date()
        assert start >= date(2024, 1, 1)
        t0 = datetime.combine(start, datetime.min.time()) + timedelta(hours=7)
        epics = []
        for s in range(si + 1):
            st = STAGES[s]
            furthest = s == si
            ec = t0 + timedelta(days=STEP * s, hours=n % 5)
            sc = ec + timedelta(days=2, hours=1)
            if furthest:
                supd = last
                done = (out == CA) or (x["id"] == "BL-60")
                sres = last if done else None
            else:
                supd = ec + timedelta(days=STEP - 4)
                done, sres = True, ec + timedelta(days=STEP - 4)
            # comments
            comments = []
            if furthest:
                ev = list(x["ev"])
                desc_ev = None
                if out in (ST, CA) and cause != "UNKNOWN" and len(ev) >= 2 and n % 3 == 0:
                    desc_ev = ev.pop(0)
                chat = (FR_CHAT if fr else EN_CHAT)[n % 6]
                if out in (ST, CA) and n % 2 == 0 and cause != "UNKNOWN":
                    ev.insert(1 if len(ev) > 1 else 0, chat)
                m = len(ev)
                span = (supd - sc).total_seconds()
                for j, body in enumerate(ev):
                    when = sc + timedelta(seconds=span * (j + 1) / m) if j < m - 1 else supd
                    if j < m - 1:
                        when = when.replace(second=0, microsecond=0)
                    comments.append((when, body))
            else:
                desc_ev = None
                if s % 2 == n % 2:
                    comments.append((sc + timedelta(days=10), (FR_CHAT if fr else EN_CHAT)[(n + s) % 6]))
            variant = (n + s) % 2
            name = x["name"]
            epic_sum = (FR_EPIC if fr else EN_EPIC)[st][variant].format(n=name)
            story_sum = (FR_STORY if fr else EN_STORY)[st]
            desc = (FR_DESC if fr else EN_DESC)[st]
            if desc_ev:
                desc = desc + "\n" + desc_ev
            epic_key = f"{proj}-{(n * 20 if label_linked else 0) + 2 * s + 1}"
            story_key = f"{proj}-{(n * 20 if label_linked else 0) + 2 * s + 2}"
            if not furthest:
                eupd, eres, estat = supd + timedelta(days=1), supd + timedelta(days=1), "done"
            elif out == CA or x["id"] == "BL-60":
                eupd, eres, estat = last, last, "wontdo" if out == CA else "done"
            else:
                eupd, eres, estat = last - timedelta(hours=3), None, "progress"
            sstat = "done" if not furthest else ("wontdo" if out == CA else ("done" if x["id"] == "BL-60" else "progress"))
            labels = [(FR_LABEL if fr else EN_LABEL)[st]]
            if label_linked:
                labels.append(f"initiative:{x['id']}")
            sprint = (f"{proj} Sprint {s * 3 + 1}" if (n + s) % 3 else
                      (f"Sprint {FR_COMP[st]} {s + 1}" if fr else f"{EN_COMP[st]} sprint {s + 1}"))
            fixv = []
            if st in (DEP, O):
                fixv = ["Mise en prod v1" if fr else "Go-live 1.0"]
            for key, typ, summ, created, upd, res, stat, body, cms, parent in (
                    (epic_key, "Epic", epic_sum, ec, eupd, eres, estat, "", [], None),
                    (story_key, "Story", story_sum, sc, supd, sres, sstat, desc, comments, epic_key)):
                assert key not in keys_seen, key
                keys_seen.add(key)
                assert created.date() >= start and upd.date() <= AS_OF and created <= upd
                for w, _ in cms:
                    assert created < w <= upd, (key, w)
                if res: assert stat in ("done", "wontdo") and res <= upd
                else: assert stat == "progress"
                issue_id += 1
                issues[site].append(dict(key=key, id=issue_id, type=typ, summary=summ, created=created, updated=upd,
                                         resolved=res, stat=stat, desc=body, comments=cms, parent=parent,
                                         labels=labels, comp=(FR_COMP if fr else EN_COMP)[st], sprint=sprint,
                                         fixv=fixv, proj=proj, stage=st, n=n))
            epics.append(epic_key)
        # last activity check
        mine = [i for i in issues[site] if i["n"] == n]
        la = max([i["updated"] for i in mine] + [w for i in mine for w, _ in i["comments"]])
        assert la == last and la.date() == AS_OF - timedelta(days=idle), (x["id"], la)
        sponsor, owner = PEOPLE[x["sector"]]
        rstage = STAGES[si - 1] if ("lag" in x["flags"] and si > 0) else x["stage"]
        status = {IP: "in production", AC: "active", ST: "active", CA: "cancelled"}[out]
        if "hold" in x["flags"]: status = "on hold"
        if "retired" in x["flags"]: status = "retired"
        planned = 80000 + 15000 * (n % 7)
        spent = int(planned * (0.4 + 0.1 * (si)))
        if cause == "COST_FUNDING": spent = int(planned * 1.35)
        rec = {"initiative_id": x["id"], "name": x["name"], "business_unit": SECTOR[x["sector"]],
               "sponsor": sponsor, "owner": owner, "ai_technique": x["tech"], "build_or_buy": x["bob"],
               "registry_stage": REG_STAGE[rstage], "status": status, "start_date": start.isoformat(),
               "target_production_date": (start + timedelta(days=300)).isoformat(),
               "production_date": None, "closed_date": None, "budget_planned": planned, "budget_spent": spent,
               "currency": "EUR" if fr else "GBP",
               "success_kpi": "" if cause == "UNCLEAR_OBJECTIVE" else ("taux de réalisation de l'objectif métier" if fr else "business KPI agreed in charter"),
               "data_audit_completed": "no" if cause == "DATA_READINESS" else ("yes" if si >= 2 else None),
               "jira_keys": epics if epic_linked else ([] if label_linked else [proj]),
               "closure_reason": x["closure"] or None, "notes": None}
        if cause == "OWNERSHIP_SPONSORSHIP" and n % 2 == 1:
            rec["sponsor"] = None
        if out == IP:
            prod = (t0 + timedelta(days=STEP * 5 + 3)).date()
            assert prod <= AS_OF
            rec["production_date"] = prod.isoformat()
        if out == CA or "retired" in x["flags"]:
            rec["closed_date"] = (last.date() + timedelta(days=1)).isoformat()
        registry.append(rec)
        truth.append([x["id"], out, x["stage"] if out in (ST, CA) else "", cause if out in (ST, CA) else "",
                      ";".join(c for c in [cause] + ([x["extra"]] if x["extra"] else []) if c) if out in (ST, CA) else "",
                      f"{x['sector']}; idle {idle}d" + ("; on hold" if "hold" in x["flags"] else "")
                      + ("; registry stage lags" if "lag" in x["flags"] else "")])
    return issues, registry, truth

def write_fr_csv(path, items):
    ncom = max(len(i["comments"]) for i in items)
    header = (["Résumé", "Clé de ticket", "ID de ticket", "Type de ticket", "État", "Catégorie d'état",
               "Clé de projet", "Priorité", "Résolution", "Responsable", "Rapporteur", "Créé", "Mis à jour",
               "Résolu", "Composants", "Versions corrigées", "Sprint", "Étiquettes", "Étiquettes", "Description",
               "Parent"] + ["Commentaire"] * ncom)
    st_name = {"done": ("Terminé(e)", "Terminé", "Fait"), "wontdo": ("Terminé(e)", "Terminé", "Abandonné"),
               "progress": ("En cours", "En cours", "")}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for i in items:
        s, cat, res = st_name[i["stat"]]
        labs = i["labels"] + [""] * (2 - len(i["labels"]))
        cms = [f"{fr_date(d)};557058:{i['n']:04x}-{(j * 7) % 10}b;{b}" for j, (d, b) in enumerate(i["comments"])]
        row = [i["summary"], i["key"], str(i["id"]), i["type"], s, cat, i["proj"], "Moyenne", res,
               "", "", fr_date(i["created"]), fr_date(i["updated"]),
               fr_date(i["resolved"]) if i["resolved"] else "", i["comp"], ";".join(i["fixv"]) if i["fixv"] else "",
               i["sprint"], labs[0], labs[1], i["desc"], i["parent"] or ""] + cms + [""] * (ncom - len(cms))
        assert len(row) == len(header)
        w.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

def write_en_pages(folder, items):
    st_name = {"done": ("Done", "done", "Done"), "wontdo": ("Done", "done", "Won't Do"),
               "progress": ("In Progress", "indeterminate", None)}
    out = []
    for i in items:
        s, cat, res = st_name[i["stat"]]
        hist = [{"id": str(i["id"] * 10 + 1), "created": iso(i["created"] + timedelta(hours=1)),
                 "items": [{"field": "status", "fieldtype": "jira", "fromString": "To Do", "toString": "In Progress"}]}]
        if i["resolved"]:
            hist.append({"id": str(i["id"] * 10 + 2), "created": iso(i["resolved"]),
                         "items": [{"field": "status", "fieldtype": "jira", "fromString": "In Progress", "toString": "Done"},
                                   {"field": "resolution", "fieldtype": "jira", "fromString": None, "toString": res}]})
        fields = {"summary": i["summary"], "issuetype": {"name": i["type"], "hierarchyLevel": 1 if i["type"] == "Epic" else 0},
                  "project": {"key": i["proj"]},
                  "status": {"name": s, "statusCategory": {"key": cat}},
                  "resolution": {"name": res} if res else None,
                  "created": iso(i["created"]), "updated": iso(i["updated"]),
                  "resolutiondate": iso(i["resolved"]) if i["resolved"] else None,
                  "labels": i["labels"], "components": [{"name": i["comp"]}],
                  "fixVersions": [{"name": v} for v in i["fixv"]],
                  "customfield_10020": [{"id": 100 + i["n"], "name": i["sprint"], "state": "closed" if i["resolved"] else "active"}],
                  "description": adf(i["desc"]) if i["desc"] else None,
                  "comment": {"comments": [{"id": str(i["id"] * 100 + j), "author": {"accountId": f"712020:{i['n']:04x}{j}", "displayName": "team member"},
                                            "body": adf(b), "created": iso(d), "updated": iso(d)}
                                           for j, (d, b) in enumerate(i["comments"])],
                              "total": len(i["comments"])}}
        if i["parent"]:
            fields["parent"] = {"key": i["parent"], "fields": {"issuetype": {"name": "Epic"}}}
        out.append({"expand": "changelog", "id": str(i["id"]), "key": i["key"], "fields": fields,
                    "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist}})
    pages = [out[p:p + 50] for p in range(0, len(out), 50)]
    for pi, page in enumerate(pages, 1):
        doc = {"issues": page, "isLast": pi == len(pages)}
        if pi < len(pages):
            doc["nextPageToken"] = f"CAEaAggD-page{pi + 1}"
        with open(os.path.join(folder, f"search-jql-p{pi}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
    return len(pages)

def main():
    issues, registry, truth = build()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "jira", "ciel"))
    os.makedirs(os.path.join(OUT, "jira", "northwind"))
    with open(os.path.join(OUT, "ai-registry.jsonl"), "w", encoding="utf-8") as f:
        for r in registry:
            for v in r.values():
                assert not (isinstance(v, str) and ("\n" in v))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ciel = issues["ciel"]
    a = [i for i in ciel if i["n"] <= 15]; b = [i for i in ciel if i["n"] > 15]
    write_fr_csv(os.path.join(OUT, "jira", "ciel", "Jira.csv"), a)
    write_fr_csv(os.path.join(OUT, "jira", "ciel", "Jira (1).csv"), b)
    np_ = write_en_pages(os.path.join(OUT, "jira", "northwind"), issues["northwind"])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
        w.writerows(truth)
    for t in truth:
        assert t[1] in (IP, AC, ST, CA) and (t[2] in STAGES or t[2] == "")
        assert (t[3] == "") == (t[1] in (IP, AC)) and t[4].split(";")[0] == t[3]
    print(f"registry {len(registry)}; ciel csv {len(a)}+{len(b)} issues; northwind {len(issues['northwind'])} issues in {np_} pages")

if __name__ == "__main__":
    main()
