#!/usr/bin/env python3
"""Renders the hand-written spec (spec_initiatives.py) of blind set 2026-12k into a registry, Jira exports
and truth.csv, and asserts the self-checks listed in README.md. Deterministic: no randomness, no clock."""
import csv, collections, datetime as dt, io, json, os
from spec_initiatives import INITIATIVES, IP, AC, ST, CA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
AS_OF = dt.date(2026, 10, 1)
STAGES = "DSPEYO"
STAGE_CODE = dict(zip(STAGES, ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]))
REG_STAGE = dict(zip(STAGES, ["Discovery", "Strategy", "Prototype", "Engineering", "Deployment", "Operation"]))
CAUSES = {"DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION", "SECURITY_COMPLIANCE",
          "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION", "COST_FUNDING",
          "TECHNICAL_FEASIBILITY", "UNKNOWN"}

# Epic summaries with the stage word in the site's language, at varying positions.
DE_EPIC = {"D": "Vorstudie und Bedarfsanalyse – {n}", "S": "{n}: Business Case und Zielbild",
           "P": "Prototyp / Proof of Concept {n}", "E": "{n} – technische Umsetzung (Entwicklung)",
           "Y": "Produktivsetzung {n} inkl. Pilotbetrieb", "O": "{n} im Regelbetrieb"}
DE_COMP = dict(zip(STAGES, ["Vorstudie", "Business Case", "Prototyp", "Entwicklung", "Produktivsetzung", "Betrieb"]))
DE_STORY = {"D": "Interviews mit dem Fachbereich auswerten", "S": "Nutzen und Kosten mit Controlling abstimmen",
            "P": "Modell auf Testdaten trainieren und bewerten", "E": "Datenstrecke und Schnittstellen bauen",
            "Y": "Pilotstandorte vorbereiten und schulen", "O": "Monitoring und Nachtraining übergeben"}
ES_EPIC = {"D": "Exploración y descubrimiento – {n}", "S": "{n}: caso de negocio y estrategia",
           "P": "Prototipo (prueba de concepto) de {n}", "E": "Desarrollo e ingeniería – {n}",
           "Y": "{n}: despliegue en producción", "O": "Operación y soporte de {n}"}
ES_COMP = dict(zip(STAGES, ["Exploración", "Estrategia", "Prototipo", "Ingeniería", "Despliegue", "Operación"]))
ES_LABEL = dict(zip(STAGES, ["fase-exploracion", "fase-estrategia", "fase-prototipo", "fase-ingenieria",
                             "fase-despliegue", "fase-operacion"]))
ES_STORY = {"D": "Entrevistas con usuarios y mapa del proceso actual", "S": "Acordar beneficios y coste con dirección",
            "P": "Entrenar y evaluar el modelo con datos de prueba", "E": "Construir la ingesta y las integraciones",
            "Y": "Preparar el piloto y formar a los usuarios", "O": "Traspaso de monitorización y reentrenamiento"}

# Hand-written chatter, interleaved with the evidence and put on earlier stories.
DE_CHAT = ["Termin mit dem Fachbereich steht, Protokoll folgt.", "Ticket umbenannt, sonst keine Änderung.",
           "Bin nächste Woche im Urlaub, Vertretung hat Frau Krüger.", "Foliensatz für den Lenkungskreis hochgeladen.",
           "Schätzung nach dem Refinement angepasst.", "Kurz abgestimmt, passt so.",
           "Zugang zum Confluence-Bereich für die neuen Kollegen beantragt.", "Retro: Tickets kleiner schneiden.",
           "Status im Jour fixe vorgestellt, keine Rückfragen.", "Sprint-Review verschoben auf Donnerstag 14 Uhr.",
           "Habe die Akzeptanzkriterien ergänzt.", "Glossar mit den Fachbegriffen liegt im Wiki."]
ES_CHAT = ["Acta de la reunión subida a la carpeta del proyecto.", "Cambio el responsable mientras Nuria está de vacaciones.",
           "Revisión del sprint movida al jueves.", "Renombrada la historia, sin más cambios.",
           "Estimación revisada tras el refinamiento: 5 puntos.", "Enlazo la tarea relacionada para que quede visible.",
           "ok, lo vemos en la daily", "Presentación para el comité subida.", "Añadidos los criterios de aceptación.",
           "Pido acceso al espacio de Confluence para los nuevos.", "Retro: hacer historias más pequeñas.",
           "Diagrama actualizado con los nombres nuevos."]
DE_PEOPLE = ["JIRAUSER10112", "JIRAUSER10218", "JIRAUSER10307", "JIRAUSER10451", "JIRAUSER10533"]
ES_PEOPLE = ["Nuria Calvo", "Iker Etxeberria", "Marta Olmedo", "Rubén Sáez", "Lucía Ferrer"]
SPONSORS = ["Dr. Heike Brandl", "Matthias Roth", "Sabine Vogt", "Prof. Elena Ruiz", "Javier Campos", "Carmen Duarte"]
OWNERS = ["Jonas Keller", "Aylin Demir", "Tobias Fiedler", "Pablo Serrano", "Irene Gil", "Sergio Morales"]
BU = {"APO": "Krankenhausapotheke", "WAS": "Wasserversorgung", "BIB": "Stadtbibliotheken", "SCH": "Schadenversicherung",
      "PTO": "Autoridad Portuaria", "UNI": "Universidad", "VET": "Clínicas veterinarias"}
KPI = {"de": "Bearbeitungszeit je Fall senken", "es": "Reducir tiempo medio del proceso"}


def key_prefix(r):
    return r[2] + r[0][3:]          # e.g. APO01 - one own project per initiative


def timeline(n, r):
    last = AS_OF - dt.timedelta(days=r[10])
    k = STAGES.index(r[7])
    span = 70 * (k + 1) + (n % 5) * 9
    start = last - dt.timedelta(days=span)
    seg = span // (k + 1)
    return start, last, k, seg


def at(d, hh, mm=0):
    return dt.datetime(d.year, d.month, d.day, hh, mm)


def build():
    issues = collections.defaultdict(list)   # (site, sector) -> issue dicts
    registry, truth = [], []
    checks = collections.Counter()
    for n, r in enumerate(INITIATIVES):
        (iid, site, sec, name, tech, bob, out, st, cause, acc, idle, ev, cr, flags) = r
        start, last, k, seg = timeline(n, r)
        assert start >= dt.date(2024, 1, 1), iid
        label_link = "label" in flags
        proj = ("UNISH" if label_link else key_prefix(r))
        chat = DE_CHAT if site == "de" else ES_CHAT
        people = DE_PEOPLE if site == "de" else ES_PEOPLE
        num = 1 if not label_link else 40 + n
        for i in range(k + 1):
            s = STAGES[i]
            e_created = at(start + dt.timedelta(days=i * seg + 1), 9, 10)
            furthest = i == k
            e_end = at(last, 16, 30) if furthest else at(start + dt.timedelta(days=(i + 1) * seg), 15, 0)
            epic_key = f"{proj}-{num}"; num += 1
            story_key = f"{proj}-{num}"; num += 1
            tmpl = DE_EPIC if site == "de" else ES_EPIC
            # status of epic and story
            if not furthest:
                state = "done"
            elif out == CA:
                state = "wontdo"
            elif out == IP:
                state = "progress"
            else:
                state = "blocked" if (out == ST and cause not in (None, "UNKNOWN") and n % 2 == 0) else "progress"
            # comments of the story
            s_created = e_created + dt.timedelta(days=2, hours=1)
            if furthest:
                texts = []
                for j, t in enumerate(ev):
                    texts.append(t)
                    if j < len(ev) - 1 and (n + j) % 2 == 0:
                        texts.append(chat[(n + j) % len(chat)])
                if state == "wontdo":
                    pass
                gap = (at(last, 11, 0) - s_created) / (len(texts) + 1)
                cdates = [s_created + gap * (j + 1) for j in range(len(texts))]
                cdates[-1] = at(last, 11, 0)
                if state == "wontdo":
                    cdates[-1] = at(last, 10, 0)
                comments = [(c.replace(second=0, microsecond=0), people[(n + j) % len(people)], t)
                            for j, (c, t) in enumerate(zip(cdates, texts))]
                s_updated = at(last, 11, 0) if state != "wontdo" else at(last, 16, 30)
            else:
                c = s_created + dt.timedelta(days=max(1, seg // 3))
                comments = [(c, people[(n + i) % len(people)], chat[(n + 3 * i) % len(chat)])]
                s_updated = e_end
            for kind, key, created, updated, summ, cm in (
                    ("epic", epic_key, e_created, e_end if state in ("done", "wontdo") else e_created + dt.timedelta(days=3),
                     tmpl[s].format(n=name), []),
                    ("story", story_key, s_created, s_updated, (DE_STORY if site == "de" else ES_STORY)[s], comments)):
                if kind == "epic" and state not in ("done", "wontdo"):
                    updated = at(last, 11, 0) if furthest else updated
                issues[(site, sec)].append(dict(
                    iid=iid, key=key, kind=kind, epic=epic_key if kind == "story" else None, epic_summary=tmpl[s].format(n=name),
                    stage=s, state=state, created=created, updated=updated,
                    resolved=(updated if state in ("done", "wontdo") else None), summary=summ, comments=cm,
                    label_link=label_link, proj=proj, n=n, site=site))
        # registry row
        reg_stage = REG_STAGE[STAGES[max(0, k - 1)]] if "lag" in flags else REG_STAGE[st]
        if out == IP:
            status = "in production"
        elif out == CA:
            status = "cancelled"
        elif "hold" in flags:
            status = "on hold"
        else:
            status = "active"
        planned = 40000 + (n * 3700) % 260000
        spent = int(planned * (1.38 if "over" in flags else 0.35 + (n % 6) / 10))
        prod_date = (start + dt.timedelta(days=5 * seg + 1)) if out == IP else None
        closed = (last + dt.timedelta(days=1)) if out == CA else None
        registry.append({
            "initiative_id": iid, "name": name, "business_unit": BU[sec],
            "sponsor": "" if "nosp" in flags else SPONSORS[n % len(SPONSORS)],
            "owner": "" if "nosp" in flags else OWNERS[(n * 7) % len(OWNERS)],
            "ai_technique": tech, "build_or_buy": bob, "registry_stage": reg_stage, "status": status,
            "start_date": start.isoformat(), "target_production_date": (start + dt.timedelta(days=330)).isoformat(),
            "production_date": prod_date.isoformat() if prod_date else "",
            "closed_date": closed.isoformat() if closed else "",
            "budget_planned": f"{planned:,}" if n % 3 == 0 else str(planned), "budget_spent": str(spent),
            "currency": "EUR", "success_kpi": "" if "nokpi" in flags else KPI[site],
            "data_audit_completed": "no" if "noaudit" in flags else ("yes" if n % 2 else ""),
            "jira_keys": "" if label_link else proj, "closure_reason": cr,
            "notes": "", "site": "Rheintal" if site == "de" else "Mar y Campus",
            "risk_tier": ["low", "medium", "high"][n % 3], "review_board": "Q3-2026" if n % 4 == 0 else ""})
        failed = out in (ST, CA)
        truth.append([iid, out, STAGE_CODE[st] if failed else "", cause if failed else "",
                      ";".join([cause] + ([a for a in acc.split(";") if a] if acc else [])) if failed else "",
                      f"{site} {sec} idle={idle}" + (" hold" if "hold" in flags else "")])
        # self-checks per initiative
        assert (cause is None) == (not failed), iid
        assert not failed or cause in CAUSES, iid
        if out == AC:
            assert idle <= 80 and "hold" not in flags and k < 5, iid
        if out == ST:
            assert idle >= 95 or "hold" in flags, iid
            assert k < 5
        if out == IP:
            assert k == 5 and prod_date <= AS_OF
        if out == CA:
            assert cr or cause == "UNKNOWN", iid
        if cause == "UNKNOWN":
            assert not cr, iid
        checks[out] += 1
        if failed:
            checks[cause] += 1
    return issues, registry, truth, checks


def check(issues, registry, truth, checks):
    ids = [r["initiative_id"] for r in registry]
    assert ids == [f"BK-{i:02d}" for i in range(1, 91)], ids
    keys = [i["key"] for v in issues.values() for i in v]
    assert len(keys) == len(set(keys)), "duplicate issue keys"
    projs = collections.defaultdict(set)
    for v in issues.values():
        for i in v:
            projs[i["proj"]].add(i["iid"])
    for p, s in projs.items():
        assert len(s) == 1 or p == "UNISH", p
    reg = {r["initiative_id"]: r for r in registry}
    lastact = collections.defaultdict(lambda: dt.datetime(2000, 1, 1))
    for v in issues.values():
        for i in v:
            assert i["created"].date() >= dt.date.fromisoformat(reg[i["iid"]]["start_date"]), i["key"]
            assert i["updated"] >= i["created"] and i["updated"].date() <= AS_OF, i["key"]
            for c, _, _ in i["comments"]:
                assert i["created"] < c <= i["updated"], (i["key"], c)
            assert (i["resolved"] is not None) == (i["state"] in ("done", "wontdo"))
            lastact[i["iid"]] = max(lastact[i["iid"]], i["updated"], *[c for c, _, _ in i["comments"]])
    for r in INITIATIVES:
        assert lastact[r[0]].date() == AS_OF - dt.timedelta(days=r[10]), (r[0], lastact[r[0]])
        rr = reg[r[0]]
        assert rr["target_production_date"] > rr["start_date"]
        if rr["closed_date"]:
            assert rr["closed_date"] <= AS_OF.isoformat()
        for v in rr.values():
            assert "\n" not in v and '"' not in v
    assert [checks[o] for o in (IP, AC, ST, CA)] == [18, 14, 30, 28], checks
    for c in CAUSES:
        assert 4 <= checks[c] <= 6, (c, checks[c])
    for t in truth:
        assert not t[4] or t[4].split(";")[0] == t[3]
        assert all(a in CAUSES for a in t[4].split(";") if a)


# ---------------- renderers
DE_STATUS = {"done": ("Erledigt", "Fertig"), "wontdo": ("Geschlossen", "Wird nicht erledigt"),
             "progress": ("In Arbeit", ""), "blocked": ("In Arbeit", "")}


def de_date(d):
    return d.strftime("%d.%m.%y %H:%M")


def render_de(issue_list, path):
    ncom = max(len(i["comments"]) for i in issue_list)
    header = (["Zusammenfassung", "Schlüssel", "Vorgangs-ID", "Vorgangstyp", "Status", "Projektschlüssel",
               "Priorität", "Lösung", "Bearbeiter", "Erstellt", "Aktualisiert", "Erledigt", "Komponenten",
               "Lösungsversionen", "Beschreibung", "Stichwörter", "Stichwörter"] + ["Kommentar"] * ncom
              + ["Benutzerdefiniertes Feld (Epic-Link)"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for idx, i in enumerate(issue_list):
        st, res = DE_STATUS[i["state"]]
        if i["kind"] == "epic":
            desc = (f"Ziel dieser Phase ({DE_COMP[i['stage']]}):\n- Ergebnisse für den Lenkungskreis\n"
                    f"- Entscheidung über den nächsten Schritt")
        else:
            desc = f"Teil von {i['epic_summary']}.\nDefinition of Done im Wiki."
        coms = [f"{de_date(c)};{a};{t}" for c, a, t in i["comments"]]
        coms += [""] * (ncom - len(coms))
        labels = ["KI", BU[i["proj"][:3]].split()[0] if i["proj"][:3] in BU else ""]
        w.writerow([i["summary"], i["key"], str(20000 + idx + 1000 * (i["n"] % 7)),
                    "Epic" if i["kind"] == "epic" else "Story", st, i["proj"], "Mittel", res or "Nicht erledigt",
                    "", de_date(i["created"]), de_date(i["updated"]), de_date(i["resolved"]) if i["resolved"] else "",
                    DE_COMP[i["stage"]], ("Pilot 2026" if i["stage"] == "Y" else ""), desc] + labels + coms
                   + [i["epic"] or ""])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


ES_FLOW = {"done": ["Backlog", "Selected for Development", "In Progress", "In Review", "Done"],
           "wontdo": ["Backlog", "Selected for Development", "In Progress", "Done"],
           "progress": ["Backlog", "Selected for Development", "In Progress"],
           "blocked": ["Backlog", "Selected for Development", "In Progress", "Blocked"]}
CAT = {"Backlog": ("new", "To Do"), "Selected for Development": ("new", "To Do"),
       "In Progress": ("indeterminate", "In Progress"), "In Review": ("indeterminate", "In Progress"),
       "Blocked": ("indeterminate", "In Progress"), "Done": ("done", "Done")}


def es_ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def render_es(issue_list, sprint_id, path_fmt):
    out_issues = []
    for idx, i in enumerate(issue_list):
        flow = ES_FLOW[i["state"]]
        # status changes between creation and update; the last one on the update time when resolved
        hist = []
        steps = len(flow) - 1
        end = i["updated"] if i["resolved"] else (i["comments"][0][0] - dt.timedelta(hours=1) if i["comments"] else i["updated"])
        for j in range(steps):
            when = i["created"] + (end - i["created"]) * (j + 1) / steps
            when = when.replace(microsecond=0)
            hist.append({"id": str(50000 + idx * 10 + j), "author": {"displayName": ES_PEOPLE[(i["n"] + j) % 5]},
                         "created": es_ts(when),
                         "items": [{"field": "status", "fieldtype": "jira", "fromString": flow[j], "toString": flow[j + 1]}]})
        hist.reverse()   # newest first, as some exports write it
        status = flow[-1]
        fields = {
            "summary": i["summary"],
            "issuetype": {"name": "Epic" if i["kind"] == "epic" else "Historia"},
            "project": {"key": i["proj"], "name": i["proj"]},
            "status": {"name": status, "statusCategory": {"key": CAT[status][0], "name": CAT[status][1]}},
            "created": es_ts(i["created"]), "updated": es_ts(i["updated"]),
            "resolutiondate": es_ts(i["resolved"]) if i["resolved"] else None,
            "resolution": ({"name": "Won't Do"} if i["state"] == "wontdo" else {"name": "Done"}) if i["resolved"] else None,
            "description": (f"h3. Objetivo\nFase de {ES_COMP[i['stage']].lower()}.\n* entregables acordados en el comité"
                            if i["kind"] == "epic" else f"Parte de _{i['epic_summary']}_."),
            "labels": ([ES_LABEL[i["stage"]]] + ([f"initiative:{i['iid']}"] if i["label_link"] else [])),
            "components": [{"name": ES_COMP[i["stage"]]}],
            "fixVersions": ([{"name": "Piloto 2026"}] if i["stage"] == "Y" else []),
            "comment": {"startAt": 0, "maxResults": len(i["comments"]), "total": len(i["comments"]),
                        "comments": [{"id": str(70000 + idx * 10 + j), "author": {"displayName": a}, "body": t,
                                      "created": es_ts(c), "updated": es_ts(c)}
                                     for j, (c, a, t) in enumerate(i["comments"])]},
        }
        if i["kind"] == "story":
            fields["epic"] = {"key": i["epic"], "name": i["epic_summary"][:40], "summary": i["epic_summary"], "done": False}
            fields["sprint"] = {"id": sprint_id, "name": f"Sprint {sprint_id % 100} – {ES_COMP[i['stage']]}",
                                "state": "active"}
        out_issues.append({"expand": "operations,changelog", "id": str(30000 + sprint_id * 100 + idx),
                           "self": f"https://marycampus.atlassian.net/rest/agile/1.0/issue/{30000 + sprint_id * 100 + idx}",
                           "key": i["key"], "fields": fields,
                           "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist}})
    pages = [out_issues[p:p + 50] for p in range(0, len(out_issues), 50)]
    for pn, page in enumerate(pages):
        doc = {"expand": "schema,names", "startAt": pn * 50, "maxResults": 50, "total": len(out_issues), "issues": page}
        with open(path_fmt.format(pn + 1), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    issues, registry, truth, checks = build()
    check(issues, registry, truth, checks)
    os.makedirs(os.path.join(OUT, "jira", "rheintal"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "jira", "marycampus"), exist_ok=True)
    cols = list(registry[0].keys())
    with open(os.path.join(OUT, "ai-initiative-register.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        w.writerows(registry)
    render_de(issues[("de", "APO")] + issues[("de", "WAS")],
              os.path.join(OUT, "jira", "rheintal", "Jira-Export-Apotheke-Wasser.csv"))
    render_de(issues[("de", "BIB")] + issues[("de", "SCH")],
              os.path.join(OUT, "jira", "rheintal", "Jira-Export-Bibliothek-Schaden.csv"))
    for sid, sec in ((412, "PTO"), (527, "UNI"), (618, "VET")):
        render_es(issues[("es", sec)], sid, os.path.join(OUT, "jira", "marycampus", f"sprint-{sid}-issue-p{{}}.json"))
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
        w.writerows(truth)
    print("initiatives", len(registry), dict(checks))
    print("issues", {f"{k[0]}/{k[1]}": len(v) for k, v in issues.items()})


if __name__ == "__main__":
    main()
