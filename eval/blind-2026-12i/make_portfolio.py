#!/usr/bin/env python3
"""Renders spec_initiatives.py into portfolio/ (registry, Jira exports, truth.csv) and checks it.
Deterministic: no clock, no random module; every choice comes from a SHA-256 of fixed strings."""
import csv, hashlib, io, json, os, shutil, sys
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec_initiatives import SPECS, EXTRA
SPECS = sorted(SPECS, key=lambda d: d["n"])

AS_OF = date(2026, 10, 1)
OUT = os.path.join(HERE, "portfolio")
STAGES = "DSPELO"
STAGE_CODE = dict(zip(STAGES, ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]))
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION", "SECURITY_COMPLIANCE",
          "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION", "COST_FUNDING",
          "TECHNICAL_FEASIBILITY", "UNKNOWN"]
# this set's own reading of its registry stage words (used only for the stall-stage check)
REG_STAGE = {"Discovery": "D", "Strategy": "S", "Prototype": "P", "POC": "P", "Engineering": "E", "Build": "E",
             "Deployment": "L", "Operation": "O", "Live": "O"}
ON_HOLD = {"on hold", "en pause", "sospeso"}
CANCELLED = {"cancelled", "annullato"}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)

def site(n):
    return {1: "EN", 2: "EN", 5: "EN", 8: "EN", 3: "FR", 6: "FR", 9: "FR"}.get(n % 10, "IT")

SHARED = {"EN": "HLAI", "FR": "VDATA", "IT": "LAGAI"}
SITE_NAME = {"EN": "Harbourline Group", "FR": "Groupe Vérane", "IT": "Gruppo Lagune"}
COUNTRY = {"EN": "GB", "FR": "FR", "IT": "IT"}
CURRENCY = {"EN": "GBP", "FR": "EUR", "IT": "EUR"}
PEOPLE = {
    "EN": ["Aisha Khan", "Gareth Lloyd", "Priya Nair", "Tom Whitfield", "Fiona McLeod", "Owen Price", "Hannah Boateng",
           "Callum Reid", "Megan Doyle", "Rahul Mehta", "Siobhan Kelly", "Dan Osei"],
    "FR": ["Julie Morel", "Antoine Garnier", "Claire Dubois", "Mehdi Benali", "Sophie Laurent", "Yann Le Gall",
           "Camille Roux", "Thomas Girard", "Inès Haddad", "Lucas Fabre"],
    "IT": ["Giulia Conti", "Marco Esposito", "Francesca Rinaldi", "Luca Bianchi", "Chiara Greco", "Davide Ferri",
           "Sara Lombardi", "Paolo Moretti", "Elena Costa", "Andrea Vitale"],
}
STAGE_WORDS = {
    "EN": {"D": ["Discovery", "Discovery"], "S": ["Business case", "Strategy"], "P": ["Prototype", "Proof of concept"],
           "E": ["Engineering", "Build"], "L": ["Deployment", "Rollout"], "O": ["Operations handover", "Run and monitor"]},
    "FR": {"D": ["Découverte", "Exploration"], "S": ["Stratégie", "Étude d'opportunité"], "P": ["Prototype", "Preuve de concept"],
           "E": ["Industrialisation", "Développement"], "L": ["Déploiement", "Mise en service"],
           "O": ["Exploitation", "Maintien en conditions opérationnelles"]},
    "IT": {"D": ["Esplorazione", "Analisi iniziale"], "S": ["Strategia", "Business case"], "P": ["Prototipo", "Proof of concept"],
           "E": ["Sviluppo", "Ingegnerizzazione"], "L": ["Rilascio", "Messa in esercizio"], "O": ["Esercizio", "Gestione operativa"]},
}
STORY = {
    "EN": {"D": "Interview users and map the current process", "S": "Draft the business case and success measure",
           "P": "Train and evaluate the first model", "E": "Build the data pipeline and scoring service",
           "L": "Roll out to the first site", "O": "Weekly model review"},
    "FR": {"D": "Entretiens utilisateurs et cartographie du processus", "S": "Rédiger l'étude d'opportunité",
           "P": "Entraîner et évaluer le premier modèle", "E": "Construire la chaîne de données et le service",
           "L": "Déploiement sur le premier site", "O": "Revue mensuelle du modèle"},
    "IT": {"D": "Interviste agli utenti e mappa del processo", "S": "Scrivere il business case",
           "P": "Addestrare e valutare il primo modello", "E": "Costruire la pipeline dati e il servizio",
           "L": "Rilascio nella prima sede", "O": "Revisione mensile del modello"},
}
CHATTER = {
    "EN": ["Moving this to next sprint.", "Screenshot attached.", "Can we keep the naming consistent with the other boards?",
           "Joined the call late, sorry, catching up from the recording.", "Dependencies bumped.", "Updated the due date.",
           "Fixed the broken link in the description.", "Added the ops manager as a watcher.",
           "Weekly sync notes are in the channel.", "Good catch, changed."],
    "FR": ["Je déplace au prochain sprint.", "Capture d'écran en pièce jointe.", "Compte rendu de la réunion de lundi dans le dossier partagé.",
           "Lien corrigé dans la description.", "J'ajoute Claire en observatrice.", "Date d'échéance mise à jour.",
           "Vu, merci !", "Point hebdo décalé à 14 h."],
    "IT": ["Sposto allo sprint successivo.", "Screenshot in allegato.", "Aggiornata la data di scadenza.",
           "Link corretto nella descrizione.", "Aggiunto Luca come osservatore.", "Note della riunione settimanale nel canale.",
           "Visto, grazie.", "La call di giovedì è confermata."],
}
STATUS = {  # code -> (name, category key, category name, resolution)
    "EN": {".": ("To Do", "new", "To Do", None), "~": ("In Progress", "indeterminate", "In Progress", None),
           "r": ("In Review", "indeterminate", "In Progress", None), "!": ("Blocked", "indeterminate", "In Progress", None),
           "+": ("Done", "done", "Done", "Done"), "x": ("Won't Do", "done", "Done", "Won't Do")},
    "FR": {".": ("À faire", "new", "À faire", None), "~": ("En cours", "indeterminate", "En cours", None),
           "r": ("En revue", "indeterminate", "En cours", None), "!": ("Bloqué", "indeterminate", "En cours", None),
           "+": ("Terminé", "done", "Terminé", "Terminé"), "x": ("Abandonné", "done", "Terminé", "Abandonné")},
    "IT": {".": ("Da completare", "new", "Da completare", None), "~": ("In corso", "indeterminate", "In corso", None),
           "r": ("In revisione", "indeterminate", "In corso", None), "!": ("Bloccato", "indeterminate", "In corso", None),
           "+": ("Completato", "done", "Completato", "Fatto"), "x": ("Annullato", "done", "Completato", "Non verrà risolto")},
}
EPIC_DESC = {
    "EN": "Scope of this phase for {name}.\nDefinition of done agreed at the kickoff.",
    "FR": "Périmètre de cette phase : {name}.\nDéfinition du « terminé » validée au lancement.",
    "IT": "h3. Obiettivo\nFase del progetto {name}.\n* Definizione di fatto concordata al kickoff",
}
STORY_DESC = {
    "EN": "As the {bu} team we want this step done so the next phase can start.",
    "FR": "En tant qu'équipe {bu}, nous voulons terminer cette étape pour lancer la suite.",
    "IT": "Come team {bu} vogliamo chiudere questo passo per avviare la fase successiva.",
}

def people(s, n, salt):
    p = PEOPLE[s]
    return p[h(n, salt) % len(p)]

def account(name):
    x = hashlib.sha256(name.encode()).hexdigest()
    return f"712020:{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"

def reg_date(d):
    return f"{d.day} {MON[d.month - 1]} {d.year}" if d else ""

# --------------------------------------------------------------------------- build the model
errors = []
def check(cond, msg):
    if not cond:
        errors.append(msg)

inits, issues = [], []   # issues: dicts with site, key, id, init, type, summary, status, created, updated, ...
used_keys, project_site = set(), {}
next_id = {"EN": 10400, "FR": 20100, "IT": 30700}

for sp in SPECS:
    n, s = sp["n"], site(sp["n"])
    iid = f"BI-{n:03d}"
    last = AS_OF - timedelta(days=sp["age"])
    start = last - timedelta(days=sp["span"])
    tokens = [(t[0], t[1]) for t in sp["work"].split()]
    started = [i for i, (_, st) in enumerate(tokens) if st != "."]
    j = started[-1]
    link = sp.get("link", "project")
    proj = SHARED[s] if link in ("epic", "label") else sp["key"]
    num = sp.get("base", 1)
    k = len(tokens)
    created = [start + timedelta(days=1 + sp["span"] * i // (k + 1)) for i in range(k)]
    epics = []
    for i, (stg, st) in enumerate(tokens):
        st_final = "x" if (sp["outcome"] == "CANCELLED" and i == j and st != "+") else st
        if i == j:
            upd = last
        elif st == ".":
            upd = created[i]
        else:
            upd = created[i + 1] - timedelta(days=2) if i + 1 < k else last
        word = STAGE_WORDS[s][stg][h(n, i, "w") % 2]
        summ = f"{word}: {sp['name']}" if h(n, i, "o") % 2 else f"{sp['name']} – {word}"
        key = f"{proj}-{num}"; num += 1
        check(key not in used_keys, f"duplicate key {key}"); used_keys.add(key)
        labels = ["ai-portfolio", sp["bu"].lower().replace(" ", "-")]
        if link == "label":
            labels.append(f"initiative:{iid}")
        e = dict(site=s, key=key, id=next_id[s], init=iid, n=n, type="Epic", stage=stg, summary=summ, status=st_final,
                 created=datetime(created[i].year, created[i].month, created[i].day, 8, 5 + h(n, i, "c") % 40),
                 updated=datetime(upd.year, upd.month, upd.day, 17, 10 + h(n, i, "u") % 40),
                 parent=None, labels=labels, comments=[], desc=EPIC_DESC[s].format(name=sp["name"]), points=None)
        next_id[s] += 1 + h(n, i, "id") % 3
        epics.append(e)
        # chatter on earlier, started epics
        if st != "." and i != j:
            line = CHATTER[s][h(n, i, "ch") % len(CHATTER[s])]
            cd = created[i] + timedelta(days=max(1, (upd - created[i]).days // 2))
            e["comments"].append((datetime(cd.year, cd.month, cd.day, 11, h(n, i, "cm") % 50),
                                  people(s, n, f"c{i}"), line))
    issues.extend(epics)
    ep = epics[j]
    sc = created[j] + timedelta(days=2)
    st_story = ep["status"]
    key = f"{proj}-{num}"; num += 1
    check(key not in used_keys, f"duplicate key {key}"); used_keys.add(key)
    story = dict(site=s, key=key, id=next_id[s], init=iid, n=n, type="Story", stage=tokens[j][0],
                 summary=STORY[s][tokens[j][0]], status=st_story,
                 created=datetime(sc.year, sc.month, sc.day, 8, 20 + h(n, "sc") % 30),
                 updated=datetime(last.year, last.month, last.day, 18, 10 + h(n, "su") % 40),
                 parent=ep, labels=list(ep["labels"]), comments=[], desc=STORY_DESC[s].format(bu=sp["bu"]),
                 points=[2, 3, 5, 8][h(n, "pt") % 4])
    next_id[s] += 1
    com = list(sp["com"])
    if n in EXTRA:
        com = com[:-1] + EXTRA[n] + com[-1:]
    m = len(com)
    gap = (last - sc).days - 1
    for i, text in enumerate(com):
        d = sc + timedelta(days=1 + gap * (i + 1) // m)
        story["comments"].append((datetime(d.year, d.month, d.day, 10 + i % 6, 5 + h(n, i, "t") % 50),
                                  people(s, n, f"s{i}"), text))
    issues.append(story)
    for e in epics + [story]:
        project_site.setdefault(e["key"].split("-")[0], set()).add(s)
    inits.append(dict(sp=sp, iid=iid, site=s, start=start, last=last, tokens=tokens, started=started, link=link,
                      epics=epics, story=story, proj=proj))

# --------------------------------------------------------------------------- registry rows and truth
def fmt_money(x):
    return f"{x:,}"

reg_rows, truth_rows = [], []
for I in inits:
    sp, s, n = I["sp"], I["site"], I["sp"]["n"]
    start, last = I["start"], I["last"]
    prod = sp.get("prod")
    prod_date = AS_OF - timedelta(days=prod) if isinstance(prod, int) else None
    closed = None
    if sp["outcome"] == "CANCELLED":
        closed = last + timedelta(days=2)
    if "closed" in sp:
        closed = AS_OF - timedelta(days=sp["closed"])
    planned = 30000 + (h(n, "bp") % 75) * 5000
    frac = {"IN_PRODUCTION": (85, 110), "ACTIVE": (30, 70), "STALLED": (45, 90), "CANCELLED": (35, 80)}[sp["outcome"]]
    pct = frac[0] + h(n, "bs") % (frac[1] - frac[0])
    if sp["cause"] == "COST_FUNDING":
        pct = 115 + h(n, "bs") % 60
    spent = planned * pct // 100 // 1000 * 1000
    if "budget" in sp:
        planned, spent = sp["budget"]
    if I["link"] == "epic":
        keys = ";".join(e["key"] for e in I["epics"])
    elif I["link"] == "label":
        keys = ""
    else:
        keys = I["proj"]
    target = start + timedelta(days=300 + h(n, "tg") % 200)
    reviewed = min(AS_OF - timedelta(days=h(n, "rv") % 60), AS_OF)
    audit = sp.get("audit", ["yes", "", "yes", "true"][h(n, "au") % 4])
    reg_rows.append({
        "initiative_id": I["iid"], "name": sp["name"], "subsidiary": SITE_NAME[s], "business_unit": sp["bu"],
        "country": COUNTRY[s], "sponsor": people(s, n, "sponsor"),
        "owner": sp["owner"] if "owner" in sp else people(s, n, "owner"),
        "ai_technique": sp["tech"], "build_or_buy": sp["bob"], "registry_stage": sp["reg"], "status": sp["status"],
        "start_date": reg_date(start), "target_production_date": reg_date(target), "production_date": reg_date(prod_date),
        "closed_date": reg_date(closed), "budget_planned": fmt_money(planned), "budget_spent": fmt_money(spent),
        "currency": CURRENCY[s], "success_kpi": sp.get("kpi", ""), "kpi_baseline": "", "kpi_target": "",
        "data_audit_completed": audit, "jira_keys": keys, "model_names": "", "risk_tier": ["low", "medium", "high"][h(n, "rk") % 3],
        "closure_reason": sp.get("closure", ""), "notes": sp.get("notes", ""), "last_reviewed": reg_date(reviewed)})
    I.update(prod_date=prod_date, closed=closed)

    # ---- checks per initiative
    sts = sp["status"].lower()
    acts = []
    for e in I["epics"] + [I["story"]]:
        acts += [e["created"].date(), e["updated"].date()] + [c[0].date() for c in e["comments"]]
        check(e["created"].date() >= start, f"{I['iid']} issue before start")
        for c in e["comments"]:
            check(e["created"] < c[0] < e["updated"], f"{I['iid']} {e['key']} comment outside created..updated")
        check(e["created"] < e["updated"], f"{I['iid']} {e['key']} updated before created")
        check((STATUS[s][e["status"]][3] is not None) == (e["status"] in "+x"), "resolution iff done")
    check(max(acts) == last, f"{I['iid']} last activity {max(acts)} != {last}")
    check(max(acts) <= AS_OF and start >= date(2024, 1, 1), f"{I['iid']} dates out of range")
    idle = (AS_OF - last).days
    out = sp["outcome"]
    if out == "ACTIVE":
        check(idle <= 60 and sts not in ON_HOLD and closed is None and prod_date is None, f"{I['iid']} ACTIVE window")
    if out == "STALLED":
        check((sts in ON_HOLD) or idle >= 110, f"{I['iid']} STALLED window")
        check(closed is None and prod_date is None, f"{I['iid']} STALLED dates")
    if out == "CANCELLED":
        check(sts in CANCELLED and closed is not None and last <= closed <= AS_OF and prod_date is None,
              f"{I['iid']} CANCELLED consistency")
    if out == "IN_PRODUCTION":
        if prod == "jira":
            check(I["tokens"][-1] == ("L", "+") and any("produ" in c[2].lower() for c in I["story"]["comments"]),
                  f"{I['iid']} jira-only production evidence")
        else:
            check(prod_date is not None and start < prod_date <= AS_OF, f"{I['iid']} production date")
        check(closed is None or sts == "retired", f"{I['iid']} closed on IN_PRODUCTION")
    else:
        check(prod is None, f"{I['iid']} production date on a non-production row")
    check(start <= target, "target before start")
    if closed:
        check(start < closed <= AS_OF, f"{I['iid']} closed date")
    failed = out in ("STALLED", "CANCELLED")
    furthest = max([STAGES.index(REG_STAGE[sp["reg"]])] + [STAGES.index(I["tokens"][i][0]) for i in I["started"]])
    if failed:
        check(STAGE_CODE[STAGES[furthest]] == sp["stage"], f"{I['iid']} stage {sp['stage']} != {STAGE_CODE[STAGES[furthest]]}")
        check(sp["cause"] in CAUSES, f"{I['iid']} cause")
        acc = sp.get("acc", sp["cause"])
        check(acc.split(";")[0] == sp["cause"] and all(a in CAUSES for a in acc.split(";")), f"{I['iid']} acceptable")
    else:
        check(sp["stage"] == "" and sp["cause"] == "", f"{I['iid']} stage/cause on a non-failed row")
        acc = ""
    how = {"project": f"project key {I['proj']}", "epic": f"epic keys {keys} (children through the parent/epic link)",
           "label": f"label initiative:{I['iid']} in shared project {I['proj']}"}[I["link"]]
    why = sp.get("why", "")
    note = f"{SITE_NAME[s]}; {how}; idle {idle} d; status '{sp['status']}'" + (f"; {why}" if why else "")
    truth_rows.append([I["iid"], out, sp["stage"], sp["cause"], acc, note])

# global checks
check([r[0] for r in truth_rows] == [f"BI-{i:03d}" for i in range(1, 101)], "ids BI-001..BI-100 in order")
from collections import Counter
oc = Counter(r[1] for r in truth_rows)
check(oc == Counter({"IN_PRODUCTION": 20, "ACTIVE": 15, "STALLED": 35, "CANCELLED": 30}), f"outcome counts {oc}")
cc = Counter(r[3] for r in truth_rows if r[1] in ("STALLED", "CANCELLED"))
check(set(cc) == set(CAUSES) and all(5 <= v <= 6 for v in cc.values()), f"cause counts {cc}")
for p, ss in project_site.items():
    check(len(ss) == 1, f"project {p} on two sites")
for I in inits:
    for kk in (I["sp"].get("key"),):
        check(kk not in SHARED.values(), "shared project listed as own key")
    for e in I["epics"] + [I["story"]]:
        if e["parent"] is not None:
            check(e["parent"]["init"] == e["init"], "parent in another initiative")
proj_keys = [I["proj"] for I in inits if I["link"] == "project"]
check(len(proj_keys) == len(set(proj_keys)), "project key used by two initiatives")

if errors:
    print("\n".join(errors)); sys.exit(1)

# --------------------------------------------------------------------------- write
if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(os.path.join(OUT, "jira", "verane"))
os.makedirs(os.path.join(OUT, "jira", "lagune", "singoli"))

def write(path, text):
    with open(os.path.join(OUT, path), "w", encoding="utf-8", newline="") as f:
        f.write(text)

REG_COLS = ["initiative_id", "name", "subsidiary", "business_unit", "country", "sponsor", "owner", "ai_technique",
            "build_or_buy", "registry_stage", "status", "start_date", "target_production_date", "production_date",
            "closed_date", "budget_planned", "budget_spent", "currency", "success_kpi", "kpi_baseline", "kpi_target",
            "data_audit_completed", "jira_keys", "model_names", "risk_tier", "closure_reason", "notes", "last_reviewed"]
lines = ["\t".join(REG_COLS)]
for r in reg_rows:
    vals = [r[c] for c in REG_COLS]
    assert all("\t" not in v and "\n" not in v and '"' not in v for v in vals), r["initiative_id"]
    lines.append("\t".join(vals))
write("meridian-ai-register-2026Q3.tsv", "\r\n".join(lines) + "\r\n")

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
w.writerows(truth_rows)
write("truth.csv", buf.getvalue())

# ---- EN: Jira Cloud CSV (all fields)
def cloud_date(dt):
    hr = dt.hour % 12 or 12
    return f"{dt.day:02d}/{MON[dt.month - 1]}/{dt.year % 100:02d} {hr}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"

en = sorted((e for e in issues if e["site"] == "EN"), key=lambda e: -e["id"])
maxc = max(len(e["comments"]) for e in en)
head = (["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Project type",
         "Project lead", "Priority", "Resolution", "Assignee", "Reporter", "Creator", "Created", "Updated", "Last Viewed",
         "Resolved", "Due date", "Description", "Sprint", "Sprint", "Labels", "Labels", "Labels", "Watchers", "Watchers",
         "Custom field (Story point estimate)", "Custom field (Team)", "Parent", "Parent summary", "Status Category",
         "Status Category Changed"] + ["Comment"] * maxc)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(head)
for e in en:
    name, cat_key, cat, res = STATUS["EN"][e["status"]]
    proj = e["key"].split("-")[0]
    init = next(I for I in inits if I["iid"] == e["init"])
    pname = "AI Centre of Excellence" if proj == "HLAI" else init["sp"]["name"]
    assg, rep = people("EN", e["n"], "a" + e["key"]), people("EN", e["n"], "r" + e["key"])
    sprints = [f"HL Sprint {30 + h(e['key'], 's') % 20}", f"HL Sprint {50 + h(e['key'], 't') % 5}"] if e["type"] == "Story" else []
    sprints = (sprints[:1 + h(e["key"], "ns") % 2] + ["", ""])[:2]
    labels = (e["labels"] + ["", "", ""])[:3]
    watchers = [account(assg), account(rep)]
    resolved = cloud_date(e["updated"]) if res else ""
    row = [e["summary"], e["key"], str(e["id"]), e["type"], name, proj, pname, "software", people("EN", e["n"], "lead"),
           "Medium", res or "", assg, rep, rep, cloud_date(e["created"]), cloud_date(e["updated"]), "", resolved, "",
           e["desc"], *sprints, *labels, *watchers, str(e["points"] or ""), "Data & AI",
           str(e["parent"]["id"]) if e["parent"] else "", e["parent"]["summary"] if e["parent"] else "", cat,
           cloud_date(e["updated"])]
    comments = [f"{cloud_date(d)};{account(a)};{t}" for d, a, t in e["comments"]]
    w.writerow(row + comments + [""] * (maxc - len(comments)))
write(os.path.join("jira", "Jira (3).csv"), buf.getvalue())

# ---- JSON helpers
def offset(dt):
    return "+0200" if 4 <= dt.month <= 9 else "+0100"

def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + f".{h(dt.isoformat()) % 1000:03d}" + offset(dt)

def adf(text, mention=None):
    paras = []
    for i, line in enumerate(text.split("\n")):
        content = [{"type": "text", "text": line}]
        if mention and i == 0:
            content = [{"type": "mention", "attrs": {"id": account(mention), "text": "@" + mention, "accessLevel": ""}},
                       {"type": "text", "text": " " + line}]
        paras.append({"type": "paragraph", "content": content})
    return {"type": "doc", "version": 1, "content": paras}

def adf_desc(text):
    first, *rest = text.split("\n")
    return {"type": "doc", "version": 1, "content": [
        {"type": "heading", "attrs": {"level": 3}, "content": [{"type": "text", "text": first}]},
        {"type": "bulletList", "content": [{"type": "listItem", "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": r}]}]} for r in rest]}]}

def history(e, s):
    """status changes: to do -> in progress the day after creation, then the final status on the updated day"""
    hs = []
    if e["status"] == ".":
        return hs
    t1 = e["created"] + timedelta(hours=1)
    hs.append((t1, STATUS[s]["."][0], STATUS[s]["~"][0]))
    if e["status"] != "~":
        t2 = e["updated"] - timedelta(minutes=5)
        hs.append((t2, STATUS[s]["~"][0], STATUS[s][e["status"]][0]))
    return hs

def json_issue(e, s, v3):
    name, cat_key, cat, res = STATUS[s][e["status"]]
    proj = e["key"].split("-")[0]
    init = next(I for I in inits if I["iid"] == e["init"])
    base = "https://verane.atlassian.net" if s == "FR" else "https://lagune.atlassian.net"
    assg = people(s, e["n"], "a" + e["key"])
    comments = []
    for i, (d, a, t) in enumerate(e["comments"]):
        body = adf(t, mention=(people(s, e["n"], f"m{i}") if v3 and h(e["key"], i, "mn") % 3 == 0 else None)) if v3 else t
        author = {"accountId": account(a), "displayName": a, "active": True}
        if not v3:
            author["name"] = a.split()[0].lower()
        comments.append({"id": str(100000 + h(e["key"], i) % 900000), "author": author, "body": body,
                         "updateAuthor": author, "created": iso(d), "updated": iso(d), "jsdPublic": True})
    f = {"summary": e["summary"],
         "issuetype": {"name": e["type"] if (s == "FR" or e["type"] == "Epic") else "Storia", "subtask": False,
                       "hierarchyLevel": 1 if e["type"] == "Epic" else 0},
         "status": {"name": name, "statusCategory": {"key": cat_key, "name": cat}},
         "project": {"key": proj, "name": ("Données & IA" if s == "FR" else "Dati e IA") if proj in SHARED.values() else init["sp"]["name"]},
         "priority": {"name": "Medium"},
         "resolution": {"name": res} if res else None,
         "resolutiondate": iso(e["updated"]) if res else None,
         "created": iso(e["created"]), "updated": iso(e["updated"]),
         "labels": e["labels"],
         "assignee": {"displayName": assg, "accountId": account(assg)},
         "reporter": {"displayName": people(s, e["n"], "rep"), "accountId": account(people(s, e["n"], "rep"))},
         "description": adf_desc(e["desc"]) if v3 else e["desc"],
         "comment": {"comments": comments, "maxResults": len(comments), "total": len(comments), "startAt": 0},
         "customfield_10016": e["points"],
         "customfield_10020": ([{"id": 100 + h(e["key"], "sp") % 40, "name": ("Sprint Vérane " if s == "FR" else "Sprint Lagune ") + str(10 + h(e["key"], "sp") % 40),
                                 "state": "closed", "boardId": 3 if s == "FR" else 7}] if e["type"] == "Story" else None)}
    if e["parent"] is not None:
        if v3:
            f["parent"] = {"id": str(e["parent"]["id"]), "key": e["parent"]["key"],
                           "fields": {"summary": e["parent"]["summary"], "issuetype": {"name": "Epic"}}}
        else:
            f["customfield_10014"] = e["parent"]["key"]
    hist = [{"id": str(h(e["key"], i, "hi") % 10**6), "author": {"displayName": assg}, "created": iso(t),
             "items": [{"field": "status", "fieldtype": "jira", "fromString": a, "toString": b}]}
            for i, (t, a, b) in enumerate(history(e, s))]
    for t, a, b in history(e, s):
        check(e["created"] < t < e["updated"], f"{e['key']} status change outside created..updated")
    return {"expand": "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations",
            "id": str(e["id"]), "self": f"{base}/rest/api/{3 if v3 else 2}/issue/{e['id']}", "key": e["key"],
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist}, "fields": f}

# ---- FR: REST v3 /search/jql pages with nextPageToken
fr = sorted((e for e in issues if e["site"] == "FR"), key=lambda e: e["id"])
pages = [fr[i:i + 25] for i in range(0, len(fr), 25)]
for pi, page in enumerate(pages):
    doc = {"issues": [json_issue(e, "FR", True) for e in page]}
    if pi + 1 < len(pages):
        doc["nextPageToken"] = hashlib.sha256(f"verane{pi}".encode()).hexdigest()[:40]
        doc["isLast"] = False
    else:
        doc["isLast"] = True
    write(os.path.join("jira", "verane", f"search-jql-{pi + 1}.json"), json.dumps(doc, ensure_ascii=False, indent=1) + "\n")

# ---- IT: REST v2 issues as bare arrays per sector, one initiative's issues as single-issue files
it = sorted((e for e in issues if e["site"] == "IT"), key=lambda e: e["id"])
SINGLE = "BI-094"
by_bu = {}
for e in it:
    if e["init"] == SINGLE:
        write(os.path.join("jira", "lagune", "singoli", f"{e['key']}.json"),
              json.dumps(json_issue(e, "IT", False), ensure_ascii=False, indent=2) + "\n")
    else:
        bu = next(I for I in inits if I["iid"] == e["init"])["sp"]["bu"]
        by_bu.setdefault(bu, []).append(json_issue(e, "IT", False))
for bu, arr in sorted(by_bu.items()):
    write(os.path.join("jira", "lagune", bu.lower().replace(" ", "-") + ".json"), json.dumps(arr, ensure_ascii=False, indent=2) + "\n")

if errors:
    print("\n".join(errors)); sys.exit(1)
ncom = sum(len(e["comments"]) for e in issues)
print(f"ok: 100 initiatives, {len(issues)} issues (EN {len(en)}, FR {len(fr)} in {len(pages)} pages, IT {len(it)}), "
      f"{ncom} comments; outcomes {dict(oc)}")
