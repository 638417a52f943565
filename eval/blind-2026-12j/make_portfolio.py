#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (blind set 2026-12j, blind10) and asserts self-checks."""
import csv, io, json, os, datetime as dt
from collections import Counter
from spec_initiatives import S
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
AS_OF = dt.date(2026, 10, 1)
STAGES = "DSPEYO"
CODE = {"D":"DISCOVERY","S":"STRATEGY","P":"PROTOTYPE","E":"ENGINEERING","Y":"DEPLOYMENT","O":"OPERATION"}
# this set's own map of its registry stage words (used only for the self-check)
REG = {"Discovery":"D","Strategy":"S","Prototype":"P","Engineering":"E","Deployment":"Y","Operation":"O","Live":"O"}
EPIC_EN = {"D":"Discovery - {n}","S":"Business case - {n}","P":"Prototype / proof of concept - {n}",
           "E":"Engineering - {n}","Y":"Deployment to production - {n}","O":"Operations handover - {n}"}
EPIC_PT = {"D":"Descoberta - {n}","S":"Estratégia e caso de negócio - {n}","P":"Protótipo (prova de conceito) - {n}",
           "E":"Engenharia e desenvolvimento - {n}","Y":"Implantação em produção - {n}","O":"Operação e monitorização - {n}"}
STORY_EN = "Work items for {n}"
STORY_PT = "Tarefas de {n}"
CHAT_EN = ["Kick-off notes are on the wiki.","Moved the review to Wednesday.","Added the resort managers as watchers.",
           "Slides from the workshop attached.","Termin auf Donnerstag verschoben, danke.","Notulen van het overleg staan op de schijf.",
           "Thanks, closing this part.","Re-estimated in planning, 5 points."]
CHAT_PT = ["Notas da reunião inicial no wiki.","Obrigado a todos pela sessão.","Apresentação anexada.",
           "Reunión movida al martes, gracias.","Compte rendu envoyé par mail.","Estimativa revista no planeamento.",
           "Adicionei a direção como observadora.","Fechado do meu lado."]
CAUSES = {"DATA_READINESS","UNCLEAR_OBJECTIVE","PRODUCTION_ARCHITECTURE","INTEGRATION","SECURITY_COMPLIANCE",
          "OWNERSHIP_SPONSORSHIP","SKILLS_GAP","SCOPE_CREEP","USER_ADOPTION","COST_FUNDING","TECHNICAL_FEASIBILITY","UNKNOWN"}

def key_letters(i):
    return chr(65 + i // 26) + chr(65 + i % 26)

def build():
    reg_rows, truth, en_issues, pt_issues = [], [], [], []
    issue_id = 20000
    checks_last = {}
    for idx, r in enumerate(sorted(S, key=lambda x: int(x[0][3:]))):
        (iid, name, bu, out, stg, rstage, status, idle, cause, acc, comments, closure, flags, why) = r
        num = int(iid[3:])
        assert iid == f"BJ-{idx+1:02d}" or True
        en = num % 2 == 1
        last = AS_OF - dt.timedelta(days=idle)
        span = 180 + (num * 37) % 300
        start = max(dt.date(2024, 1, 8), last - dt.timedelta(days=span))
        assert (last - start).days >= 60, iid
        shared = "link_label" in flags or "link_epic" in flags
        proj = ("ALSH" if en else "VCSH") if shared else (("AL" if en else "VC") + key_letters(num))
        furthest = STAGES.index(stg)
        epics = list(range(0, furthest + 1))
        if "todo_next" in flags:
            epics.append(furthest + 1)
        n_items = len(epics) + 1
        step = (last - start).days / (n_items + 1)
        issues = []
        seq = [0]
        def newkey():
            seq[0] += 1
            return f"{proj}-{num*10+seq[0] if shared else seq[0]}"
        epic_keys = []
        for j, si in enumerate(epics):
            created = dt.datetime.combine(start + dt.timedelta(days=int(step * j)), dt.time(9, 0 + j))
            letter = STAGES[si]
            summary = (EPIC_EN if en else EPIC_PT)[letter].format(n=name)
            if si > furthest:  # not started
                st, res, upd, cms = "todo", None, created, []
            elif si < furthest or out == "IN_PRODUCTION":
                c_at = created + dt.timedelta(days=max(1, int(step * 0.6)), hours=2)
                if out == "IN_PRODUCTION" and si == furthest:
                    c_at = dt.datetime.combine(last, dt.time(8, 0)) - dt.timedelta(days=2)
                cms = [(c_at, (CHAT_EN if en else CHAT_PT)[(num + j) % 8])]
                st, res, upd = "done", "done", c_at + dt.timedelta(hours=1)
            else:  # furthest epic of a not-in-production initiative
                cms = []
                upd = created + dt.timedelta(days=1)
                if out == "CANCELLED":
                    st, res = "wontdo", "wontdo"
                    upd = dt.datetime.combine(last, dt.time(16, 30))
                else:
                    st, res = "progress", None
            k = newkey(); epic_keys.append(k)
            issues.append(dict(key=k, type="Epic", summary=summary, status=st, res=res, created=created,
                               updated=upd, comments=cms, parent=None, stage=letter))
        # story under furthest started epic
        fe = epic_keys[epics.index(furthest)]
        s_created = dt.datetime.combine(start + dt.timedelta(days=int(step * (len(epics)))), dt.time(10, 5))
        if s_created.date() >= last:
            s_created = dt.datetime.combine(last - dt.timedelta(days=20), dt.time(10, 5))
        lastdt = dt.datetime.combine(last, dt.time(15, 40))
        gap = (lastdt - s_created) / (len(comments) + 1)
        cms = [(s_created + gap * (i + 1), c) for i, c in enumerate(comments)]
        cms[-1] = (lastdt, comments[-1])
        if out == "IN_PRODUCTION": st = res = "done"
        elif out == "CANCELLED": st = res = "wontdo"
        else: st, res = "progress", None
        story_upd = lastdt + (dt.timedelta(minutes=20) if res else dt.timedelta(0))
        sk = newkey()
        issues.append(dict(key=sk, type="Story", summary=(STORY_EN if en else STORY_PT).format(n=name), status=st, res=res,
                           created=s_created, updated=story_upd, comments=cms, parent=fe, stage=None))
        for it in issues:
            it["labels"] = [f"initiative:{iid}"] if "link_label" in flags else (["ai-portfolio"] if en else ["ia"])
            it["iid"] = iid; it["proj"] = proj
            issue_id += 1; it["id"] = issue_id
        # checks per issue
        for it in issues:
            assert it["created"].date() >= start, (iid, it["key"])
            assert it["updated"].date() <= AS_OF and it["created"] <= it["updated"], (iid, it["key"])
            for c_at, _ in it["comments"]:
                assert it["created"] < c_at <= it["updated"], (iid, it["key"], c_at)
            assert (it["res"] is None) == (it["status"] in ("todo", "progress"))
        last_act = max(max([it["updated"]] + [c for c, _ in it["comments"]]) for it in issues).date()
        assert last_act == last, (iid, last_act, last)
        checks_last[iid] = last_act
        # activity windows per outcome
        if out == "ACTIVE":
            assert idle <= 80 and status == "active", iid
        if out == "STALLED":
            assert status == "on hold" or idle >= 95, iid
        if out == "CANCELLED":
            assert status == "cancelled", iid
        # stage truth = furthest stage of registry stage and started epics
        started = [STAGES.index(it["stage"]) for it in issues if it["stage"] and it["status"] != "todo"]
        truth_stage = max(started + [STAGES.index(REG[rstage])])
        assert truth_stage == furthest, (iid, truth_stage, furthest)
        if "reg_behind" in flags:
            assert STAGES.index(REG[rstage]) == furthest - 1, iid
        else:
            assert REG[rstage] == stg, iid
        failed = out in ("STALLED", "CANCELLED")
        assert (cause != "") == failed and (not failed or cause in CAUSES), iid
        if failed:
            assert acc.split(";")[0] == cause and all(a in CAUSES for a in acc.split(";")), iid
        prod = (last - dt.timedelta(days=25)) if out == "IN_PRODUCTION" else None
        closed = (last + dt.timedelta(days=2)) if out == "CANCELLED" else None
        if closed: assert closed <= AS_OF
        if prod: assert start < prod < AS_OF
        target = start + dt.timedelta(days=270 + (num * 13) % 200)
        if "link_label" in flags: jk = ""
        elif "link_epic" in flags: jk = ";".join(epic_keys)
        else: jk = proj
        planned = 40000 + (num * 7919) % 260000
        spent = planned * (60 + (num * 31) % 90) // 100
        if cause == "COST_FUNDING": spent = planned * (115 + num % 40) // 100
        reg_rows.append(dict(initiative_id=iid, name=name, business_unit=bu,
            region=("Tirol" if num % 4 == 1 else "Valais") if en else ("Minas" if num % 4 == 0 else "Porto"),
            sponsor=("" if cause == "OWNERSHIP_SPONSORSHIP" and num % 2 else f"Sponsor {num:02d}"),
            owner=("" if cause == "OWNERSHIP_SPONSORSHIP" and num % 3 == 0 else f"Owner {num:02d}"),
            ai_technique=["forecasting","classification","computer-vision","genai-assistant","optimisation"][num % 5],
            build_or_buy=["build","buy","partner"][num % 3], registry_stage=rstage, status=status,
            start_date=start.isoformat(), target_production_date=target.isoformat(),
            production_date=prod.isoformat() if prod else "", closed_date=closed.isoformat() if closed else "",
            budget_planned=str(planned), budget_spent=str(spent), currency="EUR",
            success_kpi="" if cause == "UNCLEAR_OBJECTIVE" else "agreed with business owner",
            risk_class=["low","limited","high"][num % 3],
            data_audit_completed="no" if cause == "DATA_READINESS" else ["yes","true",""][num % 3],
            jira_keys=jk, closure_reason=closure, notes=""))
        truth.append([iid, out, CODE[stg] if failed else "", cause, acc if failed else "",
                      f"{'EN REST v2' if en else 'PT CSV'}; {proj}; idle {idle}d; status {status}; {why}"])
        (en_issues if en else pt_issues).extend(issues)
    return reg_rows, truth, en_issues, pt_issues

ST_EN = {"todo":("To Do","new","To Do"),"progress":("In Progress","indeterminate","In Progress"),
         "done":("Done","done","Done"),"wontdo":("Won't Do","done","Done")}
RES_EN = {"done":"Done","wontdo":"Won't Do"}
ST_PT = {"todo":"Open","progress":"In Progress","done":"Resolved","wontdo":"Closed"}
RES_PT = {"done":"Done","wontdo":"Won't Fix"}

def iso(t): return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")

def render_en(issues):
    byiid = {}
    out = []
    for it in issues:
        name, cat, catname = ST_EN[it["status"]]
        desc = (f"h3. Goal\n{it['summary']}\n\nh3. Notes\n* owner team: {it['proj']}\n* see linked work" )
        f = {"summary": it["summary"], "issuetype": {"name": it["type"], "subtask": False},
             "project": {"key": it["proj"], "name": "Alpenrose " + it["proj"]},
             "status": {"name": name, "statusCategory": {"key": cat, "name": catname}},
             "resolution": {"name": RES_EN[it["res"]]} if it["res"] else None,
             "resolutiondate": iso(it["updated"]) if it["res"] else None,
             "created": iso(it["created"]), "updated": iso(it["updated"]), "labels": it["labels"],
             "description": desc,
             "comment": {"comments": [{"id": str(it["id"] * 10 + i), "author": {"displayName": f"user{(it['id']+i)%7}", "name": f"u{(it['id']+i)%7}"},
                          "body": b, "created": iso(c), "updated": iso(c)} for i, (c, b) in enumerate(it["comments"])],
                         "maxResults": len(it["comments"]), "total": len(it["comments"]), "startAt": 0}}
        if it["parent"]:
            f["parent"] = {"key": it["parent"]}
        out.append({"expand": "operations,editmeta,changelog,renderedFields", "id": str(it["id"]),
                    "self": f"https://jira.alpenrose.example/rest/api/2/issue/{it['id']}", "key": it["key"], "fields": f})
    pages = []
    for p in range(0, len(out), 50):
        pages.append({"expand": "schema,names", "startAt": p, "maxResults": 50, "total": len(out), "issues": out[p:p+50]})
    return pages

def render_pt(issues):
    hdr = ["Summary","Issue key","Issue id","Issue Type","Status","Project key","Project name","Priority","Resolution",
           "Assignee","Reporter","Created","Updated","Resolved","Labels","Labels","Description","Custom field (Epic Link)",
           "Comment","Comment","Comment","Comment"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(hdr)
    fmt = lambda t: t.strftime("%Y-%m-%d %H:%M")
    for it in issues:
        cm = [f"{fmt(c)};557058:{(it['id']+i)%9:04d}aa;{b}" for i, (c, b) in enumerate(it["comments"])]
        assert len(cm) <= 4
        cm += [""] * (4 - len(cm))
        labels = it["labels"] + [""] * (2 - len(it["labels"]))
        w.writerow([it["summary"], it["key"], it["id"], "Epic" if it["type"] == "Epic" else "História", ST_PT[it["status"]],
                    it["proj"], "Vereda " + it["proj"], "Medium", RES_PT[it["res"]] if it["res"] else "Unresolved",
                    f"user{it['id']%5}", f"user{it['id']%3}", fmt(it["created"]), fmt(it["updated"]),
                    fmt(it["updated"]) if it["res"] else "", labels[0], labels[1],
                    f"Objetivo: {it['summary']}\nEquipa: {it['proj']}", it["parent"] or ""] + cm)
    return "\ufeff" + buf.getvalue()

def main():
    reg, truth, en, pt = build()
    ids = [r["initiative_id"] for r in reg]
    assert ids == [f"BJ-{i:02d}" for i in range(1, 81)]
    keys = [it["key"] for it in en + pt]
    assert len(keys) == len(set(keys))
    projs = Counter(it["proj"] for it in en + pt if it["proj"] not in ("ALSH", "VCSH"))
    owners = {}
    for it in en + pt:
        owners.setdefault(it["proj"], set()).add(it["iid"])
    assert all(len(v) == 1 for k, v in owners.items() if k not in ("ALSH", "VCSH"))
    oc = Counter(t[1] for t in truth)
    assert oc == Counter({"IN_PRODUCTION": 16, "ACTIVE": 12, "STALLED": 28, "CANCELLED": 24}), oc
    cc = Counter(t[3] for t in truth if t[1] in ("STALLED", "CANCELLED"))
    assert set(cc) == CAUSES and all(4 <= v <= 5 for v in cc.values()), cc
    for r in reg:
        for k, v in r.items():
            assert "\n" not in v and '"' not in v, (r["initiative_id"], k)
        for k in ("start_date", "production_date", "closed_date"):
            if r[k]: assert dt.date.fromisoformat(r[k]) <= AS_OF
        assert dt.date.fromisoformat(r["start_date"]) >= dt.date(2024, 1, 1)
        assert r["target_production_date"] > r["start_date"]
    os.makedirs(os.path.join(OUT, "jira", "alpenrose"), exist_ok=True)
    cols = ["initiative_id","name","business_unit","region","sponsor","owner","ai_technique","build_or_buy","registry_stage",
            "status","start_date","target_production_date","production_date","closed_date","budget_planned","budget_spent",
            "currency","success_kpi","risk_class","data_audit_completed","jira_keys","closure_reason","notes"]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, delimiter=";", lineterminator="\n")
    w.writeheader(); w.writerows(reg)
    with open(os.path.join(OUT, "alpenrose-vereda-ai-registry.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + buf.getvalue())
    for i, page in enumerate(render_en(en), 1):
        with open(os.path.join(OUT, "jira", "alpenrose", f"search-page-{i}.json"), "w", encoding="utf-8") as f:
            json.dump(page, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "jira", "vereda-current-fields.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(render_pt(pt))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["initiative_id","outcome","stall_stage","primary_cause","acceptable_causes","notes"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print("initiatives", len(reg), dict(oc), "causes", dict(cc), "issues EN", len(en), "PT", len(pt))

main()
