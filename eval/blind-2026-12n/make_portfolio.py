#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry TSV, three Jira exports) and truth.csv, and asserts
the consistency checks. Deterministic: no randomness, no clock."""
import csv, json, os, datetime as dt, shutil
from spec_initiatives import INITS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "portfolio")
ASOF = dt.date(2026, 10, 1)
STAGES = ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "UNKNOWN"]

# ---------------------------------------------------------------- site vocabularies (hand-written)
SITE = {
 "meseta": dict(
  epic=[["Exploración: {s}", "{s} - fase de exploración"], ["Caso de negocio {s}", "Estrategia y caso de negocio: {s}"],
        ["Prototipo {s}", "PoC de {s}"], ["Desarrollo e industrialización de {s}", "{s}: ingeniería"],
        ["Puesta en producción {s}", "Despliegue de {s} en delegaciones"], ["Explotación y seguimiento {s}", "{s} en operación"]],
  story=[["Entrevistas con tráfico sobre {s}", "Inventario de fuentes de datos para {s}", "Visita a la delegación de Huesca"],
         ["Estimar ahorro de {s}", "Presentar propuesta al comité de dirección", "Comparar opciones comprar/construir"],
         ["Primer modelo de {s} con datos de 2025", "Validar resultados del piloto con jefes de tráfico", "Pruebas con datos reales de una delegación"],
         ["Pipeline de datos diario para {s}", "Servicio de cálculo y pruebas", "Revisión de código y documentación"],
         ["Paso a producción en Plaza", "Formación a usuarios de delegaciones", "Plan de arranque y vuelta atrás"],
         ["Seguimiento mensual de {s}", "Ajustes tras el arranque", "Informe de resultados a dirección"]],
  comp=["Exploración", "Estrategia", "Prototipo", "Desarrollo", "Despliegue", "Operación"],
  label=["etapa_exploracion", "etapa_estrategia", "etapa_prototipo", "etapa_desarrollo", "etapa_despliegue", "etapa_operacion"],
  sprint="Meseta Sprint {n}", sprint_stage={"PROTOTYPE": "Sprint PoC {n}"},
  fixv={"DEPLOYMENT": "v1.0 puesta en marcha", "OPERATION": "v1.1 explotación"},
  desc="Objetivo de la tarea: avanzar en {s}.\nResponsable: equipo de datos Meseta.\nCriterio de cierre: revisado en la reunión semanal.",
  chatter=["Subo el acta de la reunión del martes.", "Cambio la fecha de la demo al jueves a las 10.", "Gracias Lucía, lo miro mañana.",
           "Añado a Javier en copia, que lleva la delegación de Teruel.", "Actualizo la descripción con lo hablado.",
           "He movido la tarea al siguiente sprint.", "¿Alguien tiene el enlace al tablero?", "Ok, adelante.",
           "Recordad imputar horas antes del viernes.", "Pego la captura del panel para que quede constancia.",
           "Esta semana estoy en Valencia, respondo por la tarde.", "Vale, lo comento con Sistemas en el café."],
  users=["5c8f2a1be4b0d17a2f3c9e01", "5d1a7c0e9f2b4a001e6d7c32", "60b3e1f2a9c84d0069aa1b75", "5e9f0d3c2b7a1c0c8d4e6f10"],
  st=dict(todo="Tareas por hacer", prog="En curso", review="En revisión", blocked="Bloqueado", hold="Bloqueado", done="Hecho"),
  res=dict(done="Hecho", wont="No se hará"), prio=["Media", "Alta", "Baja"]),
 "glasrijk": dict(
  epic=[["Verkenning {s}", "{s} - verkenning"], ["Businesscase {s}", "Strategie en businesscase: {s}"],
        ["Prototype {s}", "PoC {s}"], ["Realisatie {s}", "{s}: bouw en engineering"],
        ["Uitrol {s} naar alle vestigingen", "Implementatie {s}"], ["Beheer {s}", "{s} in productie - beheer"]],
  story=[["Gesprekken met telers over {s}", "Databronnen {s} in kaart brengen", "Rondgang kas Maasdijk"],
         ["Kosten-baten {s} uitwerken", "Voorstel voor de stuurgroep", "Marktverkenning leveranciers"],
         ["Eerste model {s} op data 2025", "Pilot in één afdeling", "Resultaten bespreken met teeltadviseur"],
         ["Dataketen {s} automatiseren", "Modelservice bouwen en testen", "Code review en documentatie"],
         ["Livegang vestiging Westland", "Instructie gebruikers", "Draaiboek uitrol en terugval"],
         ["Maandelijkse evaluatie {s}", "Bijstellen na livegang", "Rapportage aan directie"]],
  comp=["Verkenning", "Strategie", "Prototype", "Realisatie", "Uitrol", "Beheer"],
  label=["verkenning", "businesscase", "proof-of-concept", "realisatie", "uitrol", "beheer"],
  sprint="Glasrijk sprint {n}", sprint_stage={"ENGINEERING": "Realisatie sprint {n}"},
  fixv={"DEPLOYMENT": "Release 1 - livegang", "OPERATION": "Release 1.2"},
  desc="Doel: stap zetten in {s}.\nEigenaar: team Data & Teelt.\nKlaar als: besproken in het weekoverleg.",
  chatter=["Notulen van het weekoverleg hangen in Teams.", "Demo verschoven naar donderdag 14:00.", "Dank je Femke, kijk ik morgen naar.",
           "Ruud neemt dit over zolang ik op vakantie ben.", "Beschrijving aangepast na het overleg.", "Doorgeschoven naar de volgende sprint.",
           "Kan iemand mij rechten geven op het bord?", "Prima, ga je gang.", "Uren graag voor vrijdag schrijven.",
           "Screenshot van het dashboard toegevoegd.", "Sorry, late reactie, zat de hele dag in de kas.", "Linkje naar de presentatie staat in de chat."],
  users=[("712020:1f0c9a3e-5b7d-4e21-9a8c-0d3f6b2e7a41", "Femke de Wit"), ("712020:8a2b4c6d-1e3f-4a5b-8c7d-9e0f1a2b3c4d", "Ruud Verbeek"),
         ("712020:3c5e7a9b-2d4f-4b6a-8e0c-1f3a5c7e9b2d", "Sanne Kuijpers"), ("712020:6e8a0c2d-4f6b-4d8e-a0c2-3e5a7c9e1b4f", "Bart van Leeuwen")],
  st=dict(todo=("Te doen", "new"), prog=("In uitvoering", "indeterminate"), review=("In review", "indeterminate"),
          blocked=("Geblokkeerd", "indeterminate"), hold=("On hold", "indeterminate"), done=("Gereed", "done")),
  res=dict(done="Gereed", wont="Wordt niet uitgevoerd"), prio=["Medium", "High", "Low"]),
 "aldgate": dict(
  epic=[["Discovery - {s}", "{s}: discovery and problem framing"], ["Business case: {s}", "{s} strategy and approval"],
        ["Proof of concept - {s}", "{s} prototype"], ["Build {s} (engineering)", "{s}: engineering for production"],
        ["Rollout of {s}", "{s} deployment and UAT"], ["Run and monitor {s}", "{s} - BAU operation"]],
  story=[["Interview desk heads on {s}", "Map data sources for {s}", "Review current manual process"],
         ["Benefits case for {s}", "Steerco paper and approval", "Vendor market scan"],
         ["First model for {s} on 2025 data", "POC review with the business", "Test on one booking centre"],
         ["Productionise data feeds for {s}", "Build scoring service and tests", "Code review and runbook"],
         ["Go-live London booking centre", "User training and comms", "Cutover and rollback plan"],
         ["Monthly performance review of {s}", "Post go-live tuning", "Quarterly report to ExCo"]],
  comp=["Discovery", "Strategy", "Proof of Concept", "Engineering", "Deployment", "Operations"],
  label=["discovery", "strategy", "proof-of-concept", "engineering", "deployment", "bau"],
  sprint="ALD Sprint {n}", sprint_stage={"DEPLOYMENT": "Release train {n}"},
  fixv={"DEPLOYMENT": "R1 go-live", "OPERATION": "R1.1"},
  desc="Purpose: move {s} forward.\nOwner: Data & AI team.\nDone when: reviewed at the weekly checkpoint.",
  chatter=["Minutes from Tuesday attached.", "Moved the checkpoint to Thursday 10am.", "Thanks Priya, will look tomorrow.",
           "Adding Tom as watcher, he covers the Geneva desk.", "Updated the description after the call.", "Pushed to next sprint.",
           "Who has the board link?", "Fine by me, go ahead.", "Timesheets by Friday please.", "Screenshot of the dashboard attached for the record.",
           "Out at the client offsite today, back tomorrow.", "Dropped the deck in the team folder."],
  users=["j.whitfield", "p.raman", "t.okafor", "h.lindqvist"],
  st=dict(todo="Open", prog="In Progress", review="Under Review", blocked="Blocked", hold="On Hold", done="Closed"),
  res=dict(done="Done", wont="Won't Fix"), prio=["Major", "Critical", "Minor"]),
}
OWNERS = {"meseta": ["Lucía Ferrer", "Javier Ortiz", "Marta Sanz", "Íñigo Alcalde"],
          "glasrijk": ["Femke de Wit", "Ruud Verbeek", "Sanne Kuijpers", "Bart van Leeuwen"],
          "aldgate": ["Priya Raman", "Tom Okafor", "James Whitfield", "Helena Lindqvist"]}
SPONSORS = {"meseta": ["Ramón Gil", "Carmen Beltrán"], "glasrijk": ["Marieke Jansen", "Kees Hoogland"],
            "aldgate": ["Sarah Pemberton", "Edward Clarke"]}

def sidx(s): return STAGES.index(s)

# ---------------------------------------------------------------- build issues per initiative
class Issue(dict):
    pass

shared_counters = {}
issues_by_site = {"meseta": [], "glasrijk": [], "aldgate": []}
meta = {}

def shape_counts(shape, n, num):
    if shape.startswith("epic"):
        k = int(shape[4]); return [k] * n
    if shape == "flat":
        return [2] * n
    if shape == "mixed":
        return [[1, 3, 2][(i + num) % 3] for i in range(n)]
    raise ValueError(shape)

def at(d, h, m=0):
    return dt.datetime(d.year, d.month, d.day, h, m)

for it in INITS:
    num = int(it["id"][3:]); site = it["site"]; V = SITE[site]
    fi = sidx(it["stage"]); n = fi + 1
    L = ASOF - dt.timedelta(days=it["idle"])
    seg = 30 + (num * 7) % 35
    S = L - dt.timedelta(days=n * seg + 8)
    while S < dt.date(2024, 1, 8):
        seg -= 2; S = L - dt.timedelta(days=n * seg + 8)
    assert seg >= 14, it["id"]
    flags = it["flags"].split()
    proj, linkmode = it["key"], "own"
    for f in flags:
        if f.startswith("label:"): proj, linkmode = f[6:], "label"
        if f.startswith("epickeys:"): proj, linkmode = f[9:], "epickeys"
    def newkey():
        c = shared_counters.get(proj, 100 if linkmode != "own" else 0) + 1
        shared_counters[proj] = c
        return f"{proj}-{c}"
    counts = shape_counts(it["shape"], n, num)
    use_epics = it["shape"] != "flat"
    subj = it["subj"]
    outc = it["outcome"]
    iss, epics, stories_by_stage = [], {}, {}
    sprint_no = 10 + num
    for k in range(n):
        st = STAGES[k]
        kstart = S + dt.timedelta(days=k * seg + 4)
        kend = S + dt.timedelta(days=(k + 1) * seg + 3) if k < fi else L
        furthest = k == fi
        if use_epics:
            e = Issue(key=newkey(), type="Epic", stage=st, summary=V["epic"][k][(num + k) % 2].format(s=subj),
                      created=at(kstart, 9, 5), comments=[], labels=[], comps=[], fixv=[], sprint=None, parent=None,
                      desc=f"{it['name']}\n{V['desc'].format(s=subj)}")
            epics[st] = e; iss.append(e)
        stories = []
        for j in range(counts[k]):
            title = V["story"][k][(j + num) % 3].format(s=subj)
            if not use_epics and (num + j) % 2 == 0:
                title = f"[{V['comp'][k]}] {title}"
            s_ = Issue(key=newkey(), type="Story", stage=st, summary=title, created=at(kstart + dt.timedelta(days=1 + j), 10 + j, 20),
                       comments=[], labels=[], comps=[], fixv=[], sprint=None,
                       parent=epics[st]["key"] if use_epics else None, desc=V["desc"].format(s=subj))
            if not use_epics or (num + k) % 3 == 0:
                s_["labels"].append(V["label"][k])
            if (num + j) % 2 == 1 or not use_epics:
                s_["comps"].append(V["comp"][k])
            if st in V["fixv"] and (num % 2 == 0 or not use_epics):
                s_["fixv"].append(V["fixv"][st])
            tmpl = V["sprint_stage"].get(st) if (num % 3 != 1) else None
            s_["sprint"] = (tmpl or V["sprint"]).format(n=sprint_no + k)
            if linkmode == "label":
                s_["labels"].append(f"initiative:{it['id']}")
            stories.append(s_); iss.append(s_)
        stories_by_stage[st] = stories
        # statuses and dates
        for j, s_ in enumerate(stories):
            if not furthest:
                s_["updated"] = at(kend - dt.timedelta(days=j), 16, 40); s_["status"] = "done"; s_["res"] = "done"
            else:
                s_["updated"] = at(L - dt.timedelta(days=j), 17 - j, 10)
                if outc == "CANCELLED":
                    s_["status"], s_["res"] = "done", "wont"
                elif outc == "IN_PRODUCTION":
                    s_["status"], s_["res"] = ("prog", None) if j == 0 else ("done", "done")
                elif outc == "ACTIVE":
                    s_["status"], s_["res"] = ("review", None) if j == 0 else ("prog", None)
                else:
                    if "hold" in flags: s_["status"] = "hold"
                    else: s_["status"] = "blocked" if (num + j) % 2 == 0 else "prog"
                    s_["res"] = None
                assert s_["updated"].date() > s_["created"].date(), it["id"]
        if use_epics:
            e = epics[st]
            if furthest:
                e["updated"] = at(L - dt.timedelta(days=3), 11, 0)
                if outc == "CANCELLED": e["status"], e["res"] = "done", "wont"
                else: e["status"], e["res"] = "prog", None
            else:
                e["updated"] = at(kend + dt.timedelta(days=1) if kend + dt.timedelta(days=1) < L else kend, 9, 30); e["status"], e["res"] = "done", "done"
            if outc != "CANCELLED" and it["stage"] == "OPERATION" and furthest:
                e["status"] = "prog"
    # --- comments: evidence and chatter
    fst = stories_by_stage[it["stage"]]
    chat = V["chatter"]
    ev = list(it["ev"])
    placed_c = []
    for pl, text in ev:
        if pl == "d":
            fst[0]["desc"] = fst[0]["desc"] + "\n" + text
        elif pl == "p" and fi > 0:
            tgt = stories_by_stage[STAGES[fi - 1]][-1]
            tgt["comments"].append((tgt["updated"] - dt.timedelta(days=1, hours=2), text))
        elif pl == "e" and use_epics:
            e = epics[it["stage"]]
            e["comments"].append((e["updated"] - dt.timedelta(days=2, hours=1), text))
        else:
            placed_c.append(text)
    chatty = "chatty" in flags
    seq = []
    for i2, t in enumerate(placed_c):
        seq.append(t)
        if num % 2 == 0 and i2 < len(placed_c) - 1:
            seq.append(chat[(num + i2) % len(chat)])
    if chatty:
        seq = [chat[(num + q) % len(chat)] for q in range(4)] + seq
    if not seq and it["cause"] == "UNKNOWN":
        seq = [chat[(num + 5) % len(chat)], chat[(num + 7) % len(chat)]]
    per = {id(s_): [] for s_ in fst}
    for q, t in enumerate(seq):
        per[id(fst[q % len(fst)])].append(t)
    for s_ in fst:
        ts = per[id(s_)]
        if not ts: continue
        c0, u0 = s_["created"], s_["updated"]
        span = (u0 - c0).total_seconds()
        for q, t in enumerate(ts):
            frac = (q + 1) / (len(ts) + 0.3)
            s_["comments"].append((c0 + dt.timedelta(seconds=span * frac), t))
    # chatter on some earlier stories
    for k in range(fi):
        for j, s_ in enumerate(stories_by_stage[STAGES[k]]):
            if (num + j + k) % 3 == 0:
                s_["comments"].append((s_["created"] + (s_["updated"] - s_["created"]) / 2, chat[(num * 3 + k + j) % len(chat)]))
    for x in iss:
        x["comments"].sort()
        x["proj"] = proj; x["init"] = it["id"]; x["num"] = num
        x["resolved"] = x["updated"] if x.get("res") else None
    issues_by_site[site].extend(iss)
    last = max([x["updated"] for x in iss] + [c[0] for x in iss for c in x["comments"]]).date()
    assert last == L, (it["id"], last, L)
    prod_date = None
    if outc == "IN_PRODUCTION":
        prod_date = S + dt.timedelta(days=fi * seg + 4)
    meta[it["id"]] = dict(S=S, L=L, proj=proj, linkmode=linkmode,
                          epic_keys=[e["key"] for e in epics.values()], prod=prod_date, seg=seg)

# ---------------------------------------------------------------- checks on the spec
ids = [it["id"] for it in INITS]
assert ids == [f"BN-{i:02d}" for i in range(1, 81)], ids
from collections import Counter
oc = Counter(it["outcome"] for it in INITS)
assert oc == {"IN_PRODUCTION": 18, "ACTIVE": 12, "STALLED": 28, "CANCELLED": 22}, oc
failed = [it for it in INITS if it["outcome"] in ("STALLED", "CANCELLED")]
cc = Counter(it["cause"] for it in failed)
assert set(cc) == set(CAUSES) and all(4 <= v <= 5 for v in cc.values()), cc
own = [it["key"] for it in INITS if it["key"]]
assert len(own) == len(set(own)), "project key reused"
allkeys = [x["key"] for s in issues_by_site.values() for x in s]
assert len(allkeys) == len(set(allkeys)), "issue key reused"
for it in INITS:
    m = meta[it["id"]]; f = it["flags"].split()
    assert m["S"] >= dt.date(2024, 1, 1)
    if it["outcome"] == "ACTIVE":
        assert it["idle"] <= 60 and "hold" not in f and it["stage"] != "OPERATION" and not it["cause"]
    if it["outcome"] == "STALLED":
        assert it["idle"] >= 99 or "hold" in f, it["id"]
        assert it["stage"] != "OPERATION"
    if it["outcome"] == "CANCELLED":
        assert bool(it["closure"]) == (it["cause"] != "UNKNOWN"), it["id"]
    if it["outcome"] in ("STALLED", "CANCELLED"):
        assert it["cause"] in CAUSES
        assert bool(it["ev"]) == (it["cause"] != "UNKNOWN"), it["id"]
        if it["outcome"] == "STALLED": assert not it["closure"]
    if it["outcome"] == "IN_PRODUCTION":
        assert it["stage"] == "OPERATION" and m["prod"] <= ASOF and not it["cause"]
for s in issues_by_site.values():
    for x in s:
        assert x["updated"].date() <= ASOF
        for c in x["comments"]:
            assert x["created"] < c[0] <= x["updated"], (x["key"], c)
        assert (x["res"] is not None) == (x["status"] == "done"), x["key"]

# ---------------------------------------------------------------- writers
if os.path.exists(OUT): shutil.rmtree(OUT)
os.makedirs(os.path.join(OUT, "jira", "meseta")); os.makedirs(os.path.join(OUT, "jira", "glasrijk")); os.makedirs(os.path.join(OUT, "jira", "aldgate"))

ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
def es_date(t):
    h = t.hour % 12 or 12
    return f"{t.day:02d}/{ES_MON[t.month-1]}/{t.year%100:02d} {h}:{t.minute:02d} {'a. m.' if t.hour < 12 else 'p. m.'}"
def en_date(t):
    h = t.hour % 12 or 12
    return f"{t.day:02d}/{EN_MON[t.month-1]}/{t.year%100:02d} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
def nl_ts(t):
    off = "+0200" if 4 <= t.month <= 10 else "+0100"
    return t.strftime("%Y-%m-%dT%H:%M:%S.000") + off

def status_of(V, x): return V["st"][x["status"]]
def csv_rows(site, fmt, users):
    V = SITE[site]; xs = issues_by_site[site]
    maxc = max(len(x["comments"]) for x in xs)
    return V, xs, maxc

# Meseta: Spanish headers, tab separated, UTF-8 no BOM, LF
V, xs, maxc = csv_rows("meseta", es_date, None)
hdr = ["Resumen", "Clave de incidencia", "ID de la incidencia", "Tipo de incidencia", "Estado", "Clave de proyecto", "Prioridad",
       "Resolución", "Responsable", "Informador", "Creada", "Actualizada", "Resuelta", "Componentes", "Versiones corregidas",
       "Sprint", "Etiquetas", "Etiquetas", "Descripción", "Principal"] + ["Comentario"] * maxc
files = {"meseta-jira-tráfico-flota.csv": [], "meseta-jira-almacenes-admin.csv": []}
for x in xs:
    bu = next(it["bu"] for it in INITS if it["id"] == x["init"])
    fname = "meseta-jira-tráfico-flota.csv" if bu in ("Tráfico", "Flota") else "meseta-jira-almacenes-admin.csv"
    u = V["users"]
    labs = x["labels"] + [""] * (2 - len(x["labels"]))
    row = [x["summary"], x["key"], str(30000 + allkeys.index(x["key"])), "Épica" if x["type"] == "Epic" else "Historia",
           status_of(V, x), x["proj"], V["prio"][x["num"] % 3], V["res"][x["res"]] if x["res"] else "",
           u[x["num"] % 4], u[(x["num"] + 1) % 4], es_date(x["created"]), es_date(x["updated"]),
           es_date(x["resolved"]) if x["resolved"] else "", ";".join(x["comps"]), ";".join(x["fixv"]),
           x["sprint"] or "", labs[0], labs[1], x["desc"], x["parent"] or ""]
    cm = [f"{es_date(c[0])};{u[(x['num'] + q) % 4]};{c[1]}" for q, c in enumerate(x["comments"])]
    row += cm + [""] * (maxc - len(cm))
    files[fname].append(row)
for fname, rows in files.items():
    rows.sort(key=lambda r: (r[5], int(r[1].split("-")[1])))
    with open(os.path.join(OUT, "jira", "meseta", fname), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n"); w.writerow(hdr); w.writerows(rows)

# Aldgate: English Server CSV, comma, UTF-8 no BOM, CRLF, dd/MMM/yy h:mm AM
V, xs, maxc = csv_rows("aldgate", en_date, None)
maxl = max(len(x["labels"]) for x in xs)
hdr = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Priority", "Resolution",
       "Assignee", "Reporter", "Created", "Updated", "Resolved", "Component/s", "Fix Version/s", "Sprint"] + ["Labels"] * max(maxl, 1) + \
      ["Description", "Custom field (Epic Link)", "Custom field (Epic Name)"] + ["Comment"] * maxc
rows = []
for x in xs:
    u = V["users"]
    labs = x["labels"] + [""] * (max(maxl, 1) - len(x["labels"]))
    row = [x["summary"], x["key"], str(210000 + allkeys.index(x["key"])), x["type"], status_of(V, x), x["proj"],
           "Aldgate " + x["proj"], V["prio"][x["num"] % 3], V["res"][x["res"]] if x["res"] else "Unresolved",
           u[x["num"] % 4], u[(x["num"] + 2) % 4], en_date(x["created"]), en_date(x["updated"]),
           en_date(x["resolved"]) if x["resolved"] else "", ",".join(x["comps"]), ",".join(x["fixv"]), x["sprint"] or ""] + labs + \
          [x["desc"].replace("\n", "\r\n"), x["parent"] or "", x["summary"] if x["type"] == "Epic" else ""]
    cm = [f"{en_date(c[0])};{u[(x['num'] + q + 1) % 4]};{c[1]}" for q, c in enumerate(x["comments"])]
    rows.append(row + cm + [""] * (maxc - len(cm)))
rows.sort(key=lambda r: r[12], reverse=False)
with open(os.path.join(OUT, "jira", "aldgate", "JIRA-aldgate-all-fields.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n"); w.writerow(hdr); w.writerows(rows)

# Glasrijk: Jira Cloud REST v3 /rest/api/3/search pages (startAt), ADF, no changelog
V = SITE["glasrijk"]; xs = issues_by_site["glasrijk"]
def adf(text):
    return {"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": line}]} for line in text.split("\n") if line]}
CAT = {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}
js = []
for x in xs:
    nm, catk = V["st"][x["status"]]
    u = V["users"]
    f = {"summary": x["summary"], "issuetype": {"name": x["type"], "subtask": False},
         "project": {"key": x["proj"], "name": "Glasrijk " + x["proj"]},
         "status": {"name": nm, "statusCategory": {"key": catk, "name": CAT[catk]}},
         "resolution": {"name": V["res"][x["res"]]} if x["res"] else None,
         "priority": {"name": V["prio"][x["num"] % 3]},
         "assignee": {"accountId": u[x["num"] % 4][0], "displayName": u[x["num"] % 4][1]},
         "created": nl_ts(x["created"]), "updated": nl_ts(x["updated"]),
         "resolutiondate": nl_ts(x["resolved"]) if x["resolved"] else None,
         "labels": x["labels"], "components": [{"name": c} for c in x["comps"]],
         "fixVersions": [{"name": v} for v in x["fixv"]],
         "customfield_10020": [{"id": 400 + x["num"], "name": x["sprint"], "state": "closed"}] if x["sprint"] else None,
         "description": adf(x["desc"]),
         "comment": {"comments": [{"author": {"accountId": u[(x["num"] + q) % 4][0], "displayName": u[(x["num"] + q) % 4][1]},
                                   "body": adf(c[1]), "created": nl_ts(c[0]), "updated": nl_ts(c[0])}
                                  for q, c in enumerate(x["comments"])],
                     "maxResults": len(x["comments"]), "total": len(x["comments"]), "startAt": 0}}
    if x["parent"]:
        f["parent"] = {"key": x["parent"], "fields": {"issuetype": {"name": "Epic"}}}
    js.append({"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
               "id": str(50000 + allkeys.index(x["key"])), "key": x["key"], "fields": f})
js.sort(key=lambda i: i["fields"]["updated"], reverse=True)
for p in range(0, len(js), 50):
    page = {"expand": "schema,names", "startAt": p, "maxResults": 50, "total": len(js), "issues": js[p:p + 50]}
    with open(os.path.join(OUT, "jira", "glasrijk", f"search_startAt_{p}.json"), "w", encoding="utf-8") as f:
        json.dump(page, f, ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- registry: TSV, d MMM yyyy dates
def rd(d): return f"{d.day} {EN_MON[d.month-1]} {d.year}" if d else ""
REG_STAGE = {"DISCOVERY": "Discovery", "STRATEGY": "Strategy", "PROTOTYPE": "PoC", "ENGINEERING": "Engineering",
             "DEPLOYMENT": "Deployment", "OPERATION": "Operation"}
KPI = {"meseta": "Reducir un 10 % el coste de {s} frente a 2025", "glasrijk": "Meetbare verbetering {s}: +5% t.o.v. seizoen 2025",
       "aldgate": "Reduce handling time for {s} by 20% vs 2025 baseline"}
CUR = {"meseta": "EUR", "glasrijk": "EUR", "aldgate": "GBP"}
reg_hdr = ["initiative_id", "name", "business_unit", "sponsor", "owner", "ai_technique", "build_or_buy", "registry_stage", "status",
           "start_date", "target_production_date", "production_date", "closed_date", "budget_planned", "budget_spent", "currency",
           "success_kpi", "data_audit_completed", "jira_keys", "closure_reason", "notes", "company"]
reg, truth = [], []
for it in INITS:
    m = meta[it["id"]]; num = int(it["id"][3:]); site = it["site"]; f = it["flags"].split()
    fi = sidx(it["stage"]); oc_ = it["outcome"]
    rstage = STAGES[fi - 1] if "lag" in f and fi > 0 else it["stage"]
    status = {"IN_PRODUCTION": "in production", "ACTIVE": "active", "CANCELLED": "cancelled"}.get(oc_, "on hold" if "hold" in f else "active")
    planned = 40000 + (num * 13 % 17) * 15000
    ratio = 1.5 if it["cause"] == "COST_FUNDING" or "COST_FUNDING" in it["acc"] else (0.4 + (num % 5) * 0.12)
    spent = int(planned * ratio)
    def money(v):
        if num % 4 == 0: return ("£" if site == "aldgate" else "€") + f"{v:,}"
        return str(v)
    sponsor = "" if it["cause"] == "OWNERSHIP_SPONSORSHIP" and num % 2 == 1 else SPONSORS[site][num % 2]
    owner = OWNERS[site][num % 4]
    kpi = KPI[site].format(s=it["subj"]) if it["kpi"] == "x" else it["kpi"]
    audit = "no" if it["cause"] == "DATA_READINESS" else ("" if num % 4 == 3 else "yes")
    if m["linkmode"] == "own": jk = it["key"]
    elif m["linkmode"] == "epickeys": jk = ";".join(m["epic_keys"])
    else: jk = ""
    target = m["S"] + dt.timedelta(days=300 + num % 5 * 30)
    closed = m["L"] + dt.timedelta(days=1) if oc_ == "CANCELLED" else None
    notes = {"meseta": "Transportes Meseta", "glasrijk": "Coöperatie Glasrijk", "aldgate": "Aldgate Private Bank"}[site]
    reg.append([it["id"], it["name"], it["bu"], sponsor, owner, it["tech"], it["bob"], REG_STAGE[rstage], status, rd(m["S"]), rd(target),
                rd(m["prod"]), rd(closed), money(planned), money(spent), CUR[site], kpi, audit, jk, it["closure"], "", notes])
    failed_ = oc_ in ("STALLED", "CANCELLED")
    acc = ";".join([it["cause"]] + ([a for a in it["acc"].split(";") if a] if it["acc"] else [])) if failed_ else ""
    note = f"{site}; {it['shape']}; idle {it['idle']}d" + (("; " + " ".join(f)) if f else "")
    truth.append([it["id"], oc_, it["stage"] if failed_ else "", it["cause"] if failed_ else "", acc, note])
for r in reg:
    for v in r: assert "\n" not in v and "\t" not in v and '"' not in v, r
for t in truth:
    if t[3]: assert t[4].split(";")[0] == t[3] and all(a in CAUSES for a in t[4].split(";"))
with open(os.path.join(OUT, "ai-initiatives-register.tsv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL); w.writerow(reg_hdr); w.writerows(reg)
for path in (os.path.join(OUT, "truth.csv"), os.path.join(HERE, "truth.csv")):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"]); w.writerows(truth)
print({k: len(v) for k, v in issues_by_site.items()}, "outcomes", dict(oc), "causes", dict(cc))
