#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (deterministic) and checks the set's invariants."""
import csv, collections, datetime as dt, io, json, os, re, shutil
from spec_initiatives import INITIATIVES, EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
AS_OF = dt.date(2026, 10, 1)
D = dt.date.fromisoformat
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN"]
STAGES = ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]
SHARED = {"DATEN", "DADOS"}

DE_STATUS = {"todo": "Offen", "prog": "In Arbeit", "review": "In Prüfung", "blocked": "Blockiert",
             "done": "Erledigt", "wont": "Abgebrochen"}
DE_RES = {"done": "Erledigt", "wont": "Wird nicht erledigt"}
DE_TYPE = {"Epic": "Epic", "Story": "Story", "Task": "Aufgabe"}
PT_STATUS = {"todo": ("Tarefas pendentes", "new", "Itens Pendentes"),
             "prog": ("Em andamento", "indeterminate", "Em andamento"),
             "review": ("Em revisão", "indeterminate", "Em andamento"),
             "blocked": ("Bloqueado", "indeterminate", "Em andamento"),
             "done": ("Concluído", "done", "Itens concluídos"),
             "wont": ("Cancelado", "done", "Itens concluídos")}
PT_RES = {"done": "Concluído", "wont": "Não será feito"}
PT_TYPE = {"Epic": ("Epic", 1), "Story": ("História", 0), "Task": ("Tarefa", 0)}
DE_USERS = ["m.huber", "s.keller", "t.brandl", "a.wagner", "j.roth", "k.lehmann"]
PT_USERS = [("Ana Sousa", "5f1a0c"), ("Rui Matos", "5f1a0d"), ("Inês Pires", "5f1a0e"),
            ("Tiago Lopes", "5f1a0f"), ("Marta Reis", "5f1a10")]
PEOPLE_DE = ["Dr. Petra Vogt", "Markus Stein", "Claudia Berger", "Henrik Fuchs", "Sabine Ott"]
PEOPLE_PT = ["Joana Ferreira", "Carlos Antunes", "Helena Matias", "Pedro Nogueira", "Sofia Rocha"]

# stage words of this set (used only for the consistency check of the labels)
REG_STAGE = {"erkundung": 0, "descoberta": 0, "strategie": 1, "estratégia": 1, "prototyp": 2,
             "protótipo": 2, "entwicklung": 3, "desenvolvimento": 3, "einführung": 4,
             "implantação": 4, "betrieb": 5, "operação": 5}
WORK_WORDS = [("entrada em produção", 4), ("inbetriebnahme", 4), ("livegang", 4), ("rollout", 4),
              ("einführung", 4), ("implantação", 4), ("entwicklung", 3), ("umsetzung", 3),
              ("desenvolvimento", 3), ("prototyp", 2), ("protótipo", 2), ("prova de conceito", 2),
              ("proof of concept", 2), ("strategie", 1), ("estratégia", 1), ("caso de negócio", 1),
              ("descoberta", 0), ("erkundung", 0)]


def work_stage(summary):
    s = summary.lower()
    hits = [st for w, st in WORK_WORDS if w in s]
    return max(hits) if hits else None


def site(iid):
    return "de" if int(iid[3:]) % 2 == 1 else "pt"


def timeline(iss, extra):
    """Event datetimes for one issue: comments spread evenly from created to last."""
    c0, c1 = D(iss["created"]), D(iss["last"])
    texts = list(iss["comments"])
    for t in extra:
        texts.insert(max(len(texts) - 1, 0), t)
    n = len(texts)
    span = (c1 - c0).days
    out = []
    for k in range(n):
        day = c1 if k == n - 1 else c0 + dt.timedelta(days=round((k + 1) * span / n))
        if k < n - 1 and day >= c1:
            day = c1
        out.append((day, texts[k]))
    return out


def hm(key, k):
    """Time of day: created 07:45 (k=99), updated/resolved 18:30 (k=98), events 08:00-16:59,
    so created <= every comment/status change <= updated on the same day too."""
    if k == 99:
        return 7, 45
    if k == 98:
        return 18, 30
    h = sum(map(ord, key)) + 7 * k
    return 8 + h % 9, (h * 7) % 60


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "jira", "atlantida"))
    assert [i["initiative_id"] for i in INITIATIVES] == [f"BH-{n:02d}" for n in range(1, 61)]

    issues = []         # (initiative, issue, events)
    projects = {}
    for ini in INITIATIVES:
        iid = ini["initiative_id"]
        keys = [k for k in ini["jira_keys"].split(";") if k]
        extra = collections.defaultdict(list)
        for k, t in EXTRA.get(iid, []):
            extra[k].append(t)
        own = {i["key"] for i in ini["issues"]}
        for k in extra:
            assert k in own, (iid, k)
        for iss in ini["issues"]:
            proj = iss["key"].split("-")[0]
            if proj not in SHARED:
                assert projects.setdefault(proj, iid) == iid, ("project used twice", proj)
                assert proj in keys, (iid, "own project key not in jira_keys", proj)
            else:
                linked = (iss["key"] in keys or (iss["parent"] in keys)
                          or f"initiative:{iid}" in iss["labels"])
                assert linked, (iid, iss["key"], "shared-project issue not linked")
                assert iss["parent"] is None or iss["parent"] in own
            if iss["parent"]:
                assert iss["parent"] in own, (iid, iss["key"])
            ev = timeline(iss, extra[iss["key"]])
            issues.append((ini, iss, ev))
        for k in keys:
            assert k not in SHARED, ("shared project listed as project key", k)
    allkeys = [iss["key"] for _, iss, _ in issues]
    assert len(set(allkeys)) == len(allkeys), "duplicate issue key"
    pt_projects = {iss["key"].split("-")[0] for ini, iss, _ in issues if site(ini["initiative_id"]) == "pt"}
    de_projects = {iss["key"].split("-")[0] for ini, iss, _ in issues if site(ini["initiative_id"]) == "de"}
    assert not pt_projects & de_projects, "a project on both sites"

    # ---------------- checks per initiative
    outcomes = collections.Counter()
    causes = collections.Counter()
    for ini in INITIATIVES:
        iid = ini["initiative_id"]
        out, stage, cause, acc, note = ini["truth"]
        outcomes[out] += 1
        evs = [(iss, ev) for i2, iss, ev in issues if i2 is ini]
        assert evs, (iid, "no issues")
        dates = [D(iss["created"]) for iss, _ in evs] + [D(iss["last"]) for iss, _ in evs] + \
                [d for _, ev in evs for d, _ in ev]
        last = max(dates)
        assert max(dates) <= AS_OF and min(dates) >= D(ini["start_date"]), iid
        for iss, ev in evs:
            assert D(iss["created"]) <= D(iss["last"]), (iid, iss["key"])
            assert all(D(iss["created"]) <= d <= D(iss["last"]) for d, _ in ev), (iid, iss["key"])
            assert iss["status"] in DE_STATUS
        for f in ("start_date", "production_date", "closed_date"):
            if ini[f]:
                assert D(ini[f]) <= AS_OF, (iid, f)
        if ini["production_date"]:
            assert D(ini["start_date"]) <= D(ini["production_date"])
        if ini["closed_date"]:
            assert D(ini["start_date"]) <= D(ini["closed_date"])
            if ini["production_date"]:
                assert D(ini["production_date"]) <= D(ini["closed_date"])
        assert isinstance(ini["budget_planned"], int) and isinstance(ini["budget_spent"], int)
        onhold = ini["status"] in ("on hold", "pausiert", "em pausa")
        idle = (AS_OF - last).days
        if out == "IN_PRODUCTION":
            golive = any(iss["status"] == "done" and work_stage(iss["summary"]) == 4 and
                         any("produ" in t.lower() or "live" in t.lower() for _, t in ev) for iss, ev in evs)
            assert ini["production_date"] or golive, iid
            assert not ini["closed_date"] or ini["status"] == "außer Betrieb", iid
            assert stage == "" and cause == "", iid
        else:
            assert not ini["production_date"], iid
        if out == "ACTIVE":
            assert idle <= 60 and not onhold and not ini["closed_date"], (iid, idle)
            assert stage == "" and cause == ""
        if out == "STALLED":
            assert (onhold or idle >= 110) and not ini["closed_date"], (iid, idle)
        if out == "CANCELLED":
            assert ini["closed_date"] and ini["status"] in ("abgebrochen", "cancelado"), iid
            assert last <= D(ini["closed_date"]), iid
        if out in ("STALLED", "CANCELLED"):
            assert stage in STAGES and cause in CAUSES, iid
            assert acc.split(";")[0] == cause and all(c in CAUSES for c in acc.split(";")), iid
            causes[cause] += 1
            st = [REG_STAGE[ini["registry_stage"].lower()]] if ini["registry_stage"] else []
            st += [work_stage(iss["summary"]) for iss, _ in evs
                   if iss["status"] != "todo" and work_stage(iss["summary"]) is not None]
            assert STAGES[max(st)] == stage, (iid, STAGES[max(st)], stage)
    assert outcomes == {"IN_PRODUCTION": 12, "ACTIVE": 9, "STALLED": 22, "CANCELLED": 17}, outcomes
    assert set(causes) == set(CAUSES) and all(3 <= v <= 4 for v in causes.values()), causes

    # ---------------- registry (JSON Lines)
    with open(os.path.join(OUT, "registry.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, ini in enumerate(INITIATIVES):
            people = PEOPLE_DE if site(ini["initiative_id"]) == "de" else PEOPLE_PT
            rec = {}
            for col in ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique",
                        "build_or_buy", "registry_stage", "status", "start_date",
                        "target_production_date", "production_date", "closed_date",
                        "budget_planned", "budget_spent", "currency", "success_kpi",
                        "data_audit_completed", "jira_keys", "closure_reason", "notes"]:
                v = ini[col]
                if col == "sponsor":
                    v = people[n % 5]
                if col == "owner":
                    v = people[(n + 2) % 5]
                if col == "jira_keys":
                    ks = [k for k in v.split(";") if k]
                    v = ks if n % 2 == 0 else ";".join(ks)   # arrays and strings both occur
                if v == "" and n % 3 == 0:
                    continue                                  # some rows omit empty keys
                if v == "" and n % 3 == 1:
                    v = None
                rec[col] = v
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---------------- German Jira Server CSV
    de = [(ini, iss, ev) for ini, iss, ev in issues if site(ini["initiative_id"]) == "de"]
    pt = [(ini, iss, ev) for ini, iss, ev in issues if site(ini["initiative_id"]) == "pt"]
    ncom = max(len(ev) for _, _, ev in de)
    header = (["Zusammenfassung", "Vorgangsschlüssel", "Vorgangs-ID", "Vorgangstyp", "Status",
               "Projektschlüssel", "Projektname", "Priorität", "Lösung", "Bearbeiter", "Autor",
               "Erstellt", "Aktualisiert", "Erledigt", "Stichwörter", "Stichwörter", "Beschreibung",
               "Sprint", "Übergeordnet"] + ["Kommentar"] * ncom)
    def dtd(day, key, k):
        h, m = hm(key, k)
        return f"{day.day:02d}.{day.month:02d}.{day.year} {h:02d}:{m:02d}"
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    de_sorted = sorted(de, key=lambda t: (t[1]["created"], t[1]["key"]), reverse=True)
    for n, (ini, iss, ev) in enumerate(de_sorted):
        key = iss["key"]
        proj = key.split("-")[0]
        created, last = D(iss["created"]), D(iss["last"])
        res = DE_RES.get(iss["status"], "")
        labels = list(iss["labels"]) + [""] * (2 - len(iss["labels"]))
        desc = (f"h3. Ziel\r\n{iss['summary']}.\r\n\r\n* Bereich: {ini['business_unit']}\r\n"
                f"* Initiative: {ini['name']}")
        sprint = "" if iss["status"] == "todo" else f"Werk Sprint {(last.toordinal() // 14) % 40 + 1}"
        coms = [f"{dtd(d, key, k)};{DE_USERS[(n + k) % 6]};{t}" for k, (d, t) in enumerate(ev)]
        coms += [""] * (ncom - len(coms))
        row = [iss["summary"], key, str(20000 + allkeys.index(key)), DE_TYPE[iss["type"]],
               DE_STATUS[iss["status"]], proj, ini["business_unit"] if proj not in SHARED else "Daten & KI",
               "Mittel", res, DE_USERS[n % 6], DE_USERS[(n + 3) % 6],
               dtd(created, key, 99), dtd(last, key, 98), dtd(last, key, 98) if res else "",
               labels[0], labels[1], desc, sprint, iss["parent"] or ""] + coms
        assert len(row) == len(header)
        w.writerow(row)
    with open(os.path.join(OUT, "jira", "Brandtner JIRA Export 01.10.2026.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

    # ---------------- Portuguese Jira Cloud REST v2 search pages
    def ts(day, key, k):
        h, m = hm(key, k)
        off = "+0100" if 4 <= day.month <= 10 else "+0000"
        return f"{day.isoformat()}T{h:02d}:{m:02d}:00.000{off}"
    pt_sorted = sorted(pt, key=lambda t: t[1]["key"])
    objs = []
    for n, (ini, iss, ev) in enumerate(pt_sorted):
        key = iss["key"]
        proj = key.split("-")[0]
        created, last = D(iss["created"]), D(iss["last"])
        name, cat, catname = PT_STATUS[iss["status"]]
        tname, level = PT_TYPE[iss["type"]]
        hist = []
        if iss["status"] != "todo":
            d1 = min(created + dt.timedelta(days=2), last)
            hist.append((d1, "todo", "prog"))
            if iss["status"] != "prog":
                hist.append((last, "prog", iss["status"]))
        histories = []
        for j, (d, a, b) in enumerate(hist):
            items = [{"field": "status", "fieldtype": "jira", "fieldId": "status",
                      "from": str(10000 + list(PT_STATUS).index(a)), "fromString": PT_STATUS[a][0],
                      "to": str(10000 + list(PT_STATUS).index(b)), "toString": PT_STATUS[b][0]}]
            if j == 0:
                items.insert(0, {"field": "Rank", "fieldtype": "custom", "fieldId": "customfield_10019",
                                 "from": "", "fromString": "", "to": "", "toString": "Classificação superior"})
            if b in ("done", "wont"):
                items.append({"field": "resolution", "fieldtype": "jira", "fieldId": "resolution",
                              "from": None, "fromString": None, "to": "1" if b == "done" else "2",
                              "toString": PT_RES[b]})
            u = PT_USERS[(n + j) % 5]
            histories.append({"id": str(500000 + n * 10 + j),
                              "author": {"accountId": u[1], "displayName": u[0]},
                              "created": ts(d, key, 50 + j), "items": items})
        comments = []
        for k, (d, t) in enumerate(ev):
            u = PT_USERS[(n + k) % 5]
            comments.append({"id": str(300000 + n * 20 + k),
                             "author": {"accountId": u[1], "displayName": u[0]},
                             "body": t, "created": ts(d, key, k), "updated": ts(d, key, k)})
        stamps = [ts(created, key, 99)] + [c["created"] for c in comments] + [h["created"] for h in histories]
        updated = ts(last, key, 98)
        fields = {
            "summary": iss["summary"],
            "issuetype": {"name": tname, "subtask": False, "hierarchyLevel": level},
            "project": {"key": proj, "name": ini["business_unit"] if proj not in SHARED else "Dados e IA"},
            "status": {"name": name, "statusCategory": {"key": cat, "name": catname}},
            "resolution": {"name": PT_RES[iss["status"]]} if iss["status"] in PT_RES else None,
            "resolutiondate": updated if iss["status"] in PT_RES else None,
            "created": ts(created, key, 99),
            "updated": updated,
            "labels": iss["labels"],
            "priority": {"name": "Média"},
            "description": f"h3. Objetivo\n{iss['summary']}.\n\n* Área: {ini['business_unit']}\n* Iniciativa: {ini['name']}",
            "comment": {"comments": comments, "maxResults": len(comments), "total": len(comments), "startAt": 0},
        }
        if iss["parent"]:
            fields["parent"] = {"key": iss["parent"], "fields": {"summary": next(
                i["summary"] for i in ini["issues"] if i["key"] == iss["parent"])}}
        objs.append({"expand": "operations,editmeta,changelog,renderedFields",
                     "id": str(40000 + allkeys.index(key)),
                     "self": f"https://grupo-atlantida.atlassian.net/rest/api/2/issue/{40000 + allkeys.index(key)}",
                     "key": key, "fields": fields,
                     "changelog": {"startAt": 0, "maxResults": len(histories), "total": len(histories),
                                   "histories": histories}})
    half = (len(objs) + 1) // 2
    for start, chunk in ((0, objs[:half]), (half, objs[half:])):
        page = {"expand": "schema,names", "startAt": start, "maxResults": half, "total": len(objs),
                "issues": chunk}
        with open(os.path.join(OUT, "jira", "atlantida", f"atlantida-search-v2-startAt-{start}.json"),
                  "w", encoding="utf-8", newline="\n") as f:
            json.dump(page, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # ---------------- truth
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
        for ini in INITIATIVES:
            out, stage, cause, acc, note = ini["truth"]
            w.writerow([ini["initiative_id"], out, stage, cause, acc, note])
    ncomments = sum(len(ev) for _, _, ev in issues)
    print(f"60 initiatives; issues: German CSV {len(de)}, Portuguese JSON {len(pt)} "
          f"({half} + {len(objs) - half}); comments {ncomments}; outcomes {dict(outcomes)}")


if __name__ == "__main__":
    main()
