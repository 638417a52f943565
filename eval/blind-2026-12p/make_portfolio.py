#!/usr/bin/env python3
"""Renders blind set 2026-12p's portfolio from spec_initiatives.py and asserts its checks.
python3 stdlib only, deterministic. Site vocabularies, chatter pools, epic/story titles and description templates
below were written by hand for this set."""
import csv, datetime as dt, io, json, os, shutil, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec_initiatives import SPEC, IP, AC, ST, CA

ASOF = dt.date(2026, 10, 1)
ORDER = ["D", "S", "P", "E", "Y", "O"]
STAGE = {"D": "DISCOVERY", "S": "STRATEGY", "P": "PROTOTYPE", "E": "ENGINEERING", "Y": "DEPLOYMENT", "O": "OPERATION"}
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION", "SECURITY_COMPLIANCE",
          "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION", "COST_FUNDING",
          "TECHNICAL_FEASIBILITY", "UNKNOWN"]
REG_STAGE = {"D": "discovery", "S": "strategy", "P": "proof of concept", "E": "engineering", "Y": "deployment",
             "O": "operation"}

# ---------------------------------------------------------------- site vocabularies (hand-written)
SITES = {
 "A": dict(
  org="Skyhaven Technics", currency="USD", shared="MROAI",
  epic={
   "D": ["Discovery - {s}", "{s}: discovery phase", "Problem discovery for {s}"],
   "S": ["Strategy & business case - {s}", "{s} - strategy and business case", "Strategy sign-off for {s}"],
   "P": ["PoC: {s}", "{s} proof of concept", "Prototype the {s}"],
   "E": ["Engineering - {s}", "{s}: engineering build", "Production engineering for {s}"],
   "Y": ["Rollout - {s}", "{s}: deployment to line stations", "Go-live preparation for {s}"],
   "O": ["Run & hypercare - {s}", "{s} in operation", "Operate and monitor {s}"]},
  story={
   "D": ["Interview planners and shift leads", "Inventory of data sources in AMOS and M&E", "Map the current process end to end"],
   "S": ["Draft the business case", "Align KPI and baseline with Technical Ops", "Steering pack"],
   "P": ["First model on sample data", "PoC evaluation against last winter season", "Demo to hangar leads"],
   "E": ["Productionise the scoring job", "Hardening and test", "Interfaces and batch schedule"],
   "Y": ["Pilot at the first line station", "User guide and briefing material", "Cutover plan"],
   "O": ["Hypercare weeks 1-4", "Monthly performance review", "Model refresh"]},
  tag={"D": "[Discovery] ", "S": "[Strategy] ", "P": "[PoC] ", "E": "[Build] ", "Y": "[Rollout] ", "O": "[Run] "},
  label={"D": "discovery", "S": "strategy", "P": "poc", "E": "build", "Y": "rollout", "O": "hypercare"},
  comp={"D": "Discovery", "S": "Business case", "P": "PoC", "E": "Build", "Y": "Rollout", "O": "Run"},
  sprint_stage={"D": "Discovery", "S": "Strategy", "P": "PoC", "E": "Build", "Y": "Rollout", "O": "Hypercare"},
  sprint="MRO Digital Sprint {n}", fixv="R1 go-live",
  kpi="Reduction in unscheduled maintenance hours per 1,000 FH",
  users=[("5b10ac8d82e05b22cc7d4ef1", "Aisha Okafor"), ("61f2c7a93d0e4a0069b1c2d3", "Gareth Price"),
         ("712020:8e4c1f0a-2b6d-4f5e-9a7c-3d1e2f4a5b6c", "Priya Natarajan"), ("5f9a0b1c2d3e4f0071a2b3c4", "Kevin Doyle"),
         ("63a1b2c3d4e5f60077889900", "Tomasz Wrobel")],
  sponsors=["Helen Marsh", "Rob Kinnear", "Sanjay Mehta"],
  chatter=[
   "Carried over, capacity went to the C-check support this sprint.",
   "Notes from Tuesday's Tech Ops sync are on the Confluence page.",
   "Re-estimated to 5 after refinement.",
   "@Gareth can you look at the acceptance criteria before Thursday?",
   "Demo slot moved to the 10:30 in the Hangar 1 briefing room.",
   "Linked the MOE reference so audit can trace it.",
   "I'm at the Prestwick line station next week, reachable on Teams.",
   "Updated the description with the fleet list (A320ceo/neo, 737-800).",
   "Screenshot from the test tenant attached.",
   "No update this week, waiting for next refinement.",
   "Renamed to match the roadmap wording.",
   "Thanks Aisha, fine by me."],
  bot="Automation for Jira: sprint report generated and posted to #mro-digital.",
  good={"BP-01": "Part-145 surveyor walked through the triage tool last week, no findings, cleared for line use."},
 ),
 "B": dict(
  org="Laboratoires Saône-Rhône", currency="EUR", shared="LSRDATA",
  epic={
   "D": ["Exploration - {s}", "{s} : phase de découverte", "Découverte des besoins {s}"],
   "S": ["Stratégie et business case - {s}", "{s} : note stratégique", "Validation de la stratégie {s}"],
   "P": ["POC {s}", "{s} - preuve de concept", "Prototype {s}"],
   "E": ["Industrialisation - {s}", "{s} : industrialisation", "Développement industriel {s}"],
   "Y": ["Déploiement {s}", "{s} - déploiement atelier", "Mise en service {s}"],
   "O": ["Exploitation / MCO - {s}", "{s} en exploitation", "Run {s}"]},
  story={
   "D": ["Entretiens avec les responsables de production", "Recensement des sources de données", "Cartographie du processus actuel"],
   "S": ["Rédiger le business case", "Définir les indicateurs avec la direction industrielle", "Présentation au comité de pilotage"],
   "P": ["Premier modèle sur échantillon", "Évaluation du POC sur l'historique 2025", "Démo aux chefs d'atelier"],
   "E": ["Chaîne de traitement des données", "Service de scoring et habilitations", "Tests et qualification"],
   "Y": ["Pilote sur la ligne de conditionnement 2", "Support de formation utilisateurs", "Plan de bascule"],
   "O": ["Suivi hypercare", "Revue mensuelle des performances", "Ré-entraînement trimestriel"]},
  tag={"D": "Exploration - ", "S": "Stratégie - ", "P": "POC - ", "E": "Industrialisation - ", "Y": "Déploiement - ", "O": "Run - "},
  label={"D": "exploration", "S": "strategie", "P": "poc", "E": "industrialisation", "Y": "deploiement", "O": "exploitation"},
  comp={"D": "Exploration", "S": "Stratégie", "P": "POC", "E": "Industrialisation", "Y": "Déploiement", "O": "Exploitation"},
  sprint_stage={"D": "Exploration", "S": "Cadrage", "P": "POC", "E": "Indus", "Y": "Déploiement", "O": "Run"},
  sprint="LSR Sprint {n}", fixv="V1.0 mise en service",
  kpi="Réduction des déviations et des temps d'arrêt (indicateur site)",
  users=["jdupont", "cmartin", "kbenali", "lrousseau", "fgirard"],
  sponsors=["Anne Lefèvre", "Patrick Ferrand", "Sophie Garnier"],
  chatter=[
   "Reporté au sprint suivant, la charge est partie sur l'audit interne.",
   "Compte rendu du point hebdo déposé sur SharePoint.",
   "Ré-estimé à 3 points en affinage.",
   "@cmartin peux-tu relire les critères d'acceptation ?",
   "Démo décalée à jeudi 10h, salle Rhône.",
   "Je suis en formation BPF lundi et mardi.",
   "Capture d'écran de l'environnement de recette en pièce jointe.",
   "Pas d'avancement cette semaine.",
   "Titre mis à jour pour coller à la feuille de route.",
   "Merci Karim, c'est bon pour moi.",
   "Lien ajouté vers la fiche projet du portefeuille.",
   "Réunion de lancement faite, participants en copie."],
  bot="[Qualité] Rappel automatique : toute modification en zone GMP suit la procédure SOP-QA-014.",
  good={"BP-25": "QP a signé le rapport de validation, l'outil est qualifié pour la ligne 3."},
 ),
 "C": dict(
  org="Bibliotheeknet Zuidrand", currency="EUR", shared="BZDATA",
  epic={
   "D": ["Verkenning - {s}", "{s}: verkenningsfase", "Vooronderzoek {s}"],
   "S": ["Strategie en business case - {s}", "{s}: strategie", "Besluitvorming strategie {s}"],
   "P": ["Proof of concept {s}", "{s} - prototype", "PoC {s}"],
   "E": ["Realisatie - {s}", "{s}: bouw", "Bouwfase {s}"],
   "Y": ["Uitrol {s}", "{s} - implementatie in de vestigingen", "Livegang {s}"],
   "O": ["Beheer - {s}", "{s} in exploitatie", "Nazorg en beheer {s}"]},
  story={
   "D": ["Gesprekken met vestigingsmanagers", "Overzicht databronnen", "Huidige werkwijze in kaart brengen"],
   "S": ["Business case opstellen", "KPI's afstemmen met de directie", "Presentatie stuurgroep"],
   "P": ["Eerste model op steekproef", "Evaluatie PoC op cijfers 2025", "Demo voor collectiemedewerkers"],
   "E": ["Datastraat opzetten", "Scoringservice en autorisatie", "Testen en acceptatie"],
   "Y": ["Pilot in vestiging Centrum", "Instructiemateriaal voor medewerkers", "Overstapplan"],
   "O": ["Nazorg eerste maand", "Maandelijkse prestatiereview", "Model periodiek bijwerken"]},
  tag={"D": "Verkenning: ", "S": "Strategie: ", "P": "PoC: ", "E": "Realisatie: ", "Y": "Uitrol: ", "O": "Beheer: "},
  label={"D": "verkenning", "S": "strategie", "P": "poc", "E": "realisatie", "Y": "uitrol", "O": "beheer"},
  comp={"D": "Verkenning", "S": "Strategie", "P": "PoC", "E": "Realisatie", "Y": "Uitrol", "O": "Beheer"},
  sprint_stage={"D": "Verkenning", "S": "Strategie", "P": "PoC", "E": "Bouw", "Y": "Uitrol", "O": "Beheer"},
  sprint="Zuidrand sprint {n}", fixv="Release 1.0 livegang",
  kpi="Meer uitleningen en bezoeken per inwoner (jaarplan)",
  users=["m.devries", "j.bakker", "y.peeters", "b.smits", "e.vandenberg"],
  sponsors=["Ingrid Verhoeven", "Karel Janssens", "Nadia el Amrani"],
  chatter=[
   "Doorgeschoven naar de volgende sprint, capaciteit ging naar de zomerleescampagne.",
   "Verslag van het werkoverleg staat op SharePoint.",
   "Opnieuw geschat op 3 punten bij de verfijning.",
   "@m.devries kun jij de acceptatiecriteria nog even nalopen?",
   "Demo verschoven naar donderdag 10 uur, vestiging Centrum zaal 2.",
   "Ik ben maandag en dinsdag in Breda voor het regio-overleg.",
   "Schermafdruk van de testomgeving bijgevoegd.",
   "Geen voortgang deze week.",
   "Titel aangepast aan de roadmap.",
   "Dank je Jeroen, akkoord.",
   "Link naar de projectkaart toegevoegd.",
   "Kick-off gehouden, deelnemers in de cc."],
  bot="[PMO-bot] Periodeoverzicht verstuurd naar de stuurgroep.",
  good={"BP-44": "Toegang tot de bezoekerstellers is nu structureel geregeld, de dagelijkse import loopt."},
 ),
}

DESC = {
 "B": "Contexte : {name}.\nObjectif de la tâche : voir la fiche projet.\nDéfinition de terminé : revu par le référent métier, tracé dans le registre des changements.",
 "C": "Onderdeel van {name}.\nAcceptatie: besproken in het teamoverleg en vastgelegd op de projectkaart.",
}

# status vocabulary: (name, category)
STATUS = {
 "A": dict(todo=("To Do", "new"), prog=("In Progress", "indeterminate"), review=("In Review", "indeterminate"),
           blocked=("Blocked", "indeterminate"), hold=("On Hold", "indeterminate"), done=("Done", "done"),
           cancel=("Cancelled", "done"), res_done="Done", res_cancel="Won't Do"),
 "B": dict(todo=("À faire", "À faire"), prog=("En cours", "En cours"), review=("En revue", "En cours"),
           blocked=("Bloqué", "En cours"), hold=("En attente", "En cours"), done=("Terminé", "Terminé"),
           cancel=("Terminé", "Terminé"), res_done="Terminé", res_cancel="Ne sera pas fait"),
 "C": dict(todo=("Te doen", "new"), prog=("In behandeling", "indeterminate"), review=("In review", "indeterminate"),
           blocked=("Geblokkeerd", "indeterminate"), hold=("In de wacht", "indeterminate"), done=("Gereed", "done"),
           cancel=("Gereed", "done"), res_done="Gereed", res_cancel="Wordt niet gedaan"),
}


def num(init):
    return int(init["id"].split("-")[1])


class Issue:
    def __init__(self, site, key, itype, summary, created, init):
        self.site, self.key, self.type, self.summary, self.created = site, key, itype, summary, created
        self.init = init
        self.labels, self.components, self.fixv, self.sprints = [], [], [], []
        self.comments = []      # (datetime, author, text)
        self.changes = []       # (datetime, field, from, to)
        self.status = STATUS[site]["todo"]
        self.resolution = None
        self.resolved = None
        self.parent = None      # epic Issue
        self.desc_extra = None
        self.updated = created

    def move(self, when, key):
        st = STATUS[self.site][key]
        self.changes.append((when, "status", self.status[0], st[0]))
        self.status = st
        if key in ("done", "cancel"):
            self.resolution = STATUS[self.site]["res_done" if key == "done" else "res_cancel"]
            self.resolved = when
            self.changes.append((when, "resolution", None, self.resolution))
        if key == "blocked" and self.site == "A":
            self.changes.append((when, "Flagged", None, "Impediment"))
        self.touch(when)

    def comment(self, when, author, text):
        self.comments.append((when, author, text))
        self.touch(when)

    def touch(self, when):
        if when > self.updated:
            self.updated = when

    def last_activity(self):
        ds = [self.updated] + [c[0] for c in self.comments] + [c[0] for c in self.changes]
        return max(ds)


def at(day, minute):
    return dt.datetime.combine(day, dt.time(8, 0)) + dt.timedelta(minutes=minute)


def sprint_name(site, init, stage, day):
    n = (day - dt.date(2024, 1, 1)).days // 14 + 1
    if num(init) % 4 == 0 or init["shape"] == "flat":
        return SITES[site]["sprint_stage"][stage] + " sprint " + str(n)
    return SITES[site]["sprint"].format(n=n)


def build():
    keyseq = defaultdict(int)
    issues = defaultdict(list)   # site -> issues
    regrows, truth = [], []
    per_init_issues = {}
    chat_i = Counter()

    def nextkey(proj):
        keyseq[proj] += 1
        return f"{proj}-{keyseq[proj]}"

    for init in SPEC:
        site, V, n = init["site"], SITES[init["site"]], num(init)
        chat = V["chatter"]

        def chatter():
            chat_i[site] += 1
            return chat[(chat_i[site] * 5 + n) % len(chat)]

        users = V["users"]
        fur = init["stage"]
        fi = ORDER.index(fur)
        first = 0 if (n % 2 == 0 or fi <= 1) else 1
        stages = ORDER[first:fi + 1]
        last = ASOF - dt.timedelta(days=init["idle"])
        F = 35 + (n * 7) % 30
        starts = {fur: last - dt.timedelta(days=F)}
        t = starts[fur]
        for k in range(len(stages) - 2, -1, -1):
            d = 30 + (n * 11 + k * 13) % 40
            t = t - dt.timedelta(days=d)
            starts[stages[k]] = t
        ends = {stages[k]: starts[stages[k + 1]] for k in range(len(stages) - 1)}
        start = starts[stages[0]]
        proj = init["key"]
        mine = []

        def mk(itype, summary, created):
            iss = Issue(site, nextkey(proj), itype, summary, created, init)
            if "label" in init["flags"]:
                iss.labels.append("initiative:" + init["id"])
            mine.append(iss)
            return iss

        shape = init["shape"]
        stage_stories, stage_epic = {}, {}
        whole_epic = None
        if shape == "one":
            whole_epic = mk("Epic", init["name"], at(start, n % 40))
        for si, s in enumerate(stages):
            s0 = starts[s]
            if shape in ("e1", "e2"):
                tmpl = V["epic"][s][(n + si) % 3]
                ep = mk("Epic", tmpl.format(s=init["subj"]), at(s0, 10 + n % 30))
                stage_epic[s] = ep
            elif shape == "one":
                stage_epic[s] = whole_epic
            cnt = {"e1": 1, "e2": 2, "one": 1, "flat": 2}[shape]
            lst = []
            for j in range(cnt):
                title = V["story"][s][(n + j) % 3]
                if shape == "one":
                    tg = V["tag"][s]
                    title = tg + title if (n + si) % 2 == 0 else title + " (" + tg.strip(" :-[]") + ")"
                if shape == "flat" and j == 0:
                    title = V["tag"][s] + title
                st = mk("Story", title, at(s0 + dt.timedelta(days=1), 20 + j * 7 + n % 20))
                if shape in ("e1", "e2", "one"):
                    st.parent = stage_epic[s]
                if shape == "flat" or n % 3 == 0:
                    st.labels.append(V["label"][s])
                if n % 2 == 1 or shape == "flat":
                    st.components.append(V["comp"][s])
                if n % 2 == 0 and s in ("Y", "O"):
                    st.fixv.append(V["fixv"])
                if n % 5 != 0:
                    st.sprints.append(sprint_name(site, init, s, s0 + dt.timedelta(days=2)))
                lst.append(st)
            stage_stories[s] = lst
        # -------- earlier stages: done
        for si, s in enumerate(stages[:-1]):
            e = ends[s]
            if shape in ("e1", "e2"):
                ep = stage_epic[s]
                ep.move(at(starts[s] + dt.timedelta(days=1), 60), "prog")
                ep.move(at(e - dt.timedelta(days=1), 520), "done")
            for j, st in enumerate(stage_stories[s]):
                st.move(at(starts[s] + dt.timedelta(days=2), 90 + j), "prog")
                if (n + si + j) % 3 == 0:
                    st.comment(at(starts[s] + dt.timedelta(days=5), 150 + j), users[(n + j) % len(users)], chatter())
                st.move(at(e - dt.timedelta(days=2), 480 + j), "done")
        if shape == "one":
            whole_epic.move(at(start + dt.timedelta(days=1), 45), "prog")
        # -------- furthest stage
        fs = stage_stories[fur]
        fep = stage_epic.get(fur)
        t0 = starts[fur]
        if shape in ("e1", "e2"):
            fep.move(at(t0 + dt.timedelta(days=2), 70), "prog")
        if fep is not None and n % 4 == 1:
            fep.comment(at(t0 + dt.timedelta(days=3), 200), users[0] if site != "A" else users[0], V["bot"])
        for j, st in enumerate(fs):
            st.move(at(t0 + dt.timedelta(days=3), 100 + j), "prog")
        # event list: (kind, place, text)
        evs = []
        out, cause = init["out"], init["cause"]
        pieces = init["ev"]
        if cause == "UNKNOWN" or "chatty" in init["flags"]:
            evs = [("chat", "c", None) for _ in range(4)]
        elif pieces:
            if n % 3 == 0:
                evs.append(("chat", "c", None))
            for k, (place, text) in enumerate(pieces):
                if k > 0 and n % 2 == 0:
                    evs.append(("chat", "c", None))
                evs.append(("ev", place, text))
        else:
            evs = [("chat", "c", None)]
            if n % 2 == 0:
                evs.insert(0, ("chat", "c", None))
            if init["id"] in V["good"]:
                evs.insert(0, ("good", "c", V["good"][init["id"]]))
        # descriptions are not dated events
        dated = [e for e in evs if e[1] != "d"]
        for e in evs:
            if e[1] == "d":
                fs[0].desc_extra = e[2]
        m = len(dated)
        span = (last - t0).days
        rr = 0
        for k, (kind, place, text) in enumerate(dated):
            day = t0 + dt.timedelta(days=6 + (round(k * (span - 6) / (m - 1)) if m > 1 else span - 6))
            when = at(day, 300 + k * 11)
            author = users[(n + k) % len(users)]
            body = text if kind != "chat" else chatter()
            if place == "e" and fep is not None:
                fep.comment(when, author, body)
            elif place == "p" and len(stages) > 1:
                stage_stories[stages[-2]][-1].comment(when, author, body)
            else:
                fs[rr % len(fs)].comment(when, author, body)
                rr += 1
        # final statuses
        mid = at(t0 + dt.timedelta(days=max(5, span // 2)), 240)
        endt = at(last, 500)
        if out == CA:
            for st in fs:
                st.move(endt, "cancel")
            if shape in ("e1", "e2"):
                fep.move(endt, "cancel")
            if shape == "one":
                whole_epic.move(endt, "cancel")
        elif out == ST:
            key = "hold" if "hold" in init["flags"] else ("blocked" if n % 2 == 0 else None)
            if key:
                for st in fs:
                    st.move(mid, key)
                if fep is not None and "hold" in init["flags"]:
                    fep.move(mid, "hold")
        elif out == AC:
            fs[0].move(at(max(last - dt.timedelta(days=1), t0 + dt.timedelta(days=4)), 200), "review")
        elif out == IP and "retired" in init["flags"]:
            for st in fs:
                st.move(endt, "done")
            if fep is not None:
                fep.move(endt, "done")
        la = max(i.last_activity() for i in mine).date()
        assert la == last, (init["id"], la, last)
        for i in mine:
            assert i.updated.date() <= ASOF
            for c in i.comments:
                assert c[0] > i.created, (i.key, "comment before creation")
                assert c[0] <= i.updated
            for c in i.changes:
                assert c[0] > i.created and c[0] <= i.updated, (i.key, c)
            assert (i.resolution is not None) == (i.status[0] in (STATUS[site]["done"][0], STATUS[site]["cancel"][0])), i.key
            assert i.created.date() >= start and start >= dt.date(2024, 1, 1)
        if "label" in init["flags"]:
            assert all(f"initiative:{init['id']}" in i.labels for i in mine)
        if "epickeys" in init["flags"]:
            assert all(i.parent is not None for i in mine if i.type == "Story")
        issues[site].extend(mine)
        per_init_issues[init["id"]] = mine
        # -------- registry row
        rs = fur
        if "lag" in init["flags"]:
            rs = ORDER[fi - 1]
        status = {IP: "in production", AC: "active", CA: "cancelled",
                  ST: "on hold" if "hold" in init["flags"] else "active"}[out]
        if "retired" in init["flags"]:
            status = "retired"
        planned = 60000 + (n * 7919) % 240000
        planned -= planned % 1000
        ratio = {IP: 0.92, AC: 0.55, ST: 0.7, CA: 0.8}[out]
        if "over" in init["flags"]:
            ratio = 1.5 + (n % 5) * 0.04
        spent = int(round(planned * ratio / 100.0)) * 100
        jk = [proj]
        if "label" in init["flags"]:
            jk = []
        elif "epickeys" in init["flags"]:
            jk = [i.key for i in mine if i.type == "Epic"]
        prod = starts["O"] if out == IP else None
        closed = last + dt.timedelta(days=1) if (out == CA or "retired" in init["flags"]) else None
        target = start + dt.timedelta(days=300 + (n % 4) * 30)
        sponsor = None if "nosponsor" in init["flags"] else V["sponsors"][n % 3]
        owner = users[n % len(users)]
        owner = owner[1] if isinstance(owner, tuple) else owner
        kpi = None if "nokpi" in init["flags"] else V["kpi"]
        audit = False if "noaudit" in init["flags"] else (None if n % 4 == 0 else True)
        closure = init["closure"] or None
        assert (out == CA and cause != "UNKNOWN") == bool(closure), init["id"]
        regrows.append(dict(init=init, start=start, target=target, prod=prod, closed=closed, planned=planned,
                            spent=spent, stage=REG_STAGE[rs], status=status, jira_keys=jk, sponsor=sponsor,
                            owner=owner, kpi=kpi, audit=audit, closure=closure))
        # -------- truth
        if out in (ST, CA):
            acc = [cause] + init["acc"]
            truth.append([init["id"], out, STAGE[fur], cause, ";".join(acc), note(init)])
        else:
            truth.append([init["id"], out, "", "", "", note(init)])
        # windows
        idle = init["idle"]
        if out == AC:
            assert idle <= 60 and "hold" not in init["flags"] and fur != "O"
        if out == ST:
            assert (idle >= 99 or "hold" in init["flags"]) and fur != "O" and not closure
        if out == IP:
            assert fur == "O" and prod <= ASOF
        if out in (ST, CA):
            assert (cause == "UNKNOWN") == (not pieces), init["id"]
    return issues, regrows, truth


def note(init):
    bits = [init["site"] + ":" + SITES[init["site"]]["org"], "shape " + init["shape"], f"idle {init['idle']}d"]
    fl = sorted(f for f in init["flags"] if f)
    if fl:
        bits.append("flags " + "/".join(fl))
    if init["ev"]:
        bits.append("evidence " + "+".join(p for p, _ in init["ev"]))
    return "; ".join(bits)


# ---------------------------------------------------------------- renderers
def iso_a(t):
    off = "+0100" if 4 <= t.month <= 10 else "+0000"
    return t.strftime("%Y-%m-%dT%H:%M:%S.000") + off


def adf(paragraphs, heading=None, bullets=None):
    content = []
    if heading:
        content.append({"type": "heading", "attrs": {"level": 3}, "content": [{"type": "text", "text": heading}]})
    for p in paragraphs:
        content.append({"type": "paragraph", "content": [{"type": "text", "text": p}]})
    if bullets:
        content.append({"type": "bulletList", "content": [
            {"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": b}]}]}
            for b in bullets]})
    return {"type": "doc", "version": 1, "content": content}


def adf_comment(text):
    if text.startswith("@Gareth "):
        return {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [
            {"type": "mention", "attrs": {"id": "61f2c7a93d0e4a0069b1c2d3", "text": "@Gareth Price"}},
            {"type": "text", "text": text[len("@Gareth"):]}]}]}
    return adf([text])


STATUS_IDS = {"To Do": "10000", "In Progress": "3", "In Review": "10101", "Blocked": "10102", "On Hold": "10103",
              "Done": "10001", "Cancelled": "10104"}


def render_a(issues, outdir):
    users = {u[0]: u[1] for u in SITES["A"]["users"]}
    ids = {}
    base = 41000
    for k, i in enumerate(issues):
        ids[i.key] = str(base + k * 3)
    objs = []
    sprint_ids = {}
    for i in issues:
        n = num(i.init)
        acct = SITES["A"]["users"][(n + len(i.summary)) % 5]
        rep = SITES["A"]["users"][n % 5]
        f = {
            "summary": i.summary,
            "issuetype": {"id": "10000" if i.type == "Epic" else "10001", "name": i.type,
                          "subtask": False, "hierarchyLevel": 1 if i.type == "Epic" else 0},
            "project": {"key": i.key.split("-")[0], "name": i.init["name"] if i.key.split("-")[0] != "MROAI"
                        else "MRO AI shared delivery"},
            "status": {"name": i.status[0], "id": STATUS_IDS[i.status[0]],
                       "statusCategory": {"key": i.status[1],
                                          "name": {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}[i.status[1]]}},
            "resolution": {"name": i.resolution} if i.resolution else None,
            "resolutiondate": iso_a(i.resolved) if i.resolved else None,
            "created": iso_a(i.created), "updated": iso_a(i.updated),
            "priority": {"name": "Medium"},
            "assignee": {"accountId": acct[0], "displayName": acct[1], "active": True},
            "reporter": {"accountId": rep[0], "displayName": rep[1], "active": True},
            "labels": i.labels,
            "components": [{"name": c} for c in i.components],
            "fixVersions": [{"name": v, "released": False} for v in i.fixv],
            "description": adf(["Part of the " + i.init["name"] + " initiative."] +
                               ([i.desc_extra] if i.desc_extra else []),
                               heading="Background",
                               bullets=["Reviewed by Technical Ops", "Traceable in the MOE supplement where relevant"]),
            "comment": {"comments": [
                {"id": str(90000 + len(objs) * 10 + ci), "author": {"accountId": a[0], "displayName": a[1]},
                 "body": adf_comment(tx), "created": iso_a(w), "updated": iso_a(w)}
                for ci, (w, a, tx) in enumerate(i.comments)],
                "maxResults": len(i.comments), "total": len(i.comments), "startAt": 0},
        }
        if i.sprints:
            sp = []
            for nm in i.sprints:
                sid = sprint_ids.setdefault(nm, 300 + len(sprint_ids))
                sp.append({"id": sid, "name": nm, "state": "closed" if i.updated.date() < ASOF - dt.timedelta(days=14) else "active",
                           "boardId": 57})
            f["customfield_10020"] = sp
        else:
            f["customfield_10020"] = None
        if i.parent is not None:
            f["parent"] = {"id": ids[i.parent.key], "key": i.parent.key,
                           "fields": {"summary": i.parent.summary, "status": {"name": i.parent.status[0]},
                                      "issuetype": {"name": "Epic", "hierarchyLevel": 1}}}
        hist = []
        for hi, (w, field, fr, to) in enumerate(i.changes):
            item = {"field": field, "fieldtype": "jira" if field != "Flagged" else "custom",
                    "from": STATUS_IDS.get(fr) if field == "status" else None, "fromString": fr,
                    "to": STATUS_IDS.get(to) if field == "status" else None, "toString": to}
            if hist and hist[-1]["created"] == iso_a(w):
                hist[-1]["items"].append(item)
            else:
                hist.append({"id": str(700000 + len(objs) * 20 + hi),
                             "author": {"accountId": acct[0], "displayName": acct[1]},
                             "created": iso_a(w), "items": [item]})
        objs.append({"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
                     "id": ids[i.key], "self": "https://skyhaven-technics.atlassian.net/rest/api/3/issue/" + ids[i.key],
                     "key": i.key, "fields": f,
                     "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist}})
    objs.sort(key=lambda o: o["fields"]["updated"], reverse=True)
    os.makedirs(outdir, exist_ok=True)
    pages = [objs[k:k + 50] for k in range(0, len(objs), 50)]
    for p, page in enumerate(pages):
        doc = {"issues": page}
        if p < len(pages) - 1:
            doc["nextPageToken"] = f"Ch0jU3RyaW5nJlUydDVhR0YyWlc0PSVJbnQmTlRBPSUyNTAkcGFnZSR{p + 1}"
            doc["isLast"] = False
        else:
            doc["isLast"] = True
        with open(os.path.join(outdir, f"search-jql_page{p + 1:02d}.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return len(objs), len(pages)


FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
NL_MONTHS = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def fmt_loc(t, months):
    return f"{t.day:02d}/{months[t.month - 1]}/{t.year % 100:02d} {t.hour:02d}:{t.minute:02d}"


def render_csv(site, issues, path, delim, bom, eol, months):
    V = SITES[site]
    ncom = max(3, max(len(i.comments) for i in issues))
    nspr = max(1, max(len(i.sprints) for i in issues))
    if site == "B":
        head = (["Résumé", "Clé de ticket", "ID de ticket", "Type de ticket", "État", "Catégorie d'état", "Clé de projet",
                 "Priorité", "Résolution", "Responsable", "Rapporteur", "Création", "Mise à jour", "Date de résolution",
                 "Composants", "Composants", "Versions corrigées"] + ["Sprint"] * 2 +
                ["Étiquettes", "Étiquettes", "Description", "Lien d'epic"] + ["Commentaire"] * ncom)
    else:
        head = (["Issuetype", "Issuesleutel", "Issue-ID", "Samenvatting", "Status", "Projectsleutel", "Prioriteit",
                 "Oplossing", "Toegewezen aan", "Melder", "Aangemaakt", "Bijgewerkt", "Opgelost", "Componenten",
                 "Oplossingsversies", "Sprint", "Labels", "Labels", "Beschrijving", "Epic Link"] + ["Opmerking"] * ncom)
    rows = []
    base = 73000 if site == "B" else 20500
    order = sorted(issues, key=lambda i: i.updated, reverse=(site == "B"))
    idmap = {i.key: str(base + k * 7) for k, i in enumerate(issues)}
    for i in order:
        n = num(i.init)
        fmt = lambda t: fmt_loc(t, months) if t else ""
        labels = (i.labels + ["", ""])[:2]
        if len(i.labels) > 2:
            labels = [i.labels[0], " ".join(i.labels[1:])]
        comps = (i.components + ["", ""])[:2]
        desc = DESC[site].format(name=i.init["name"]) + ("\n\n" + i.desc_extra if i.desc_extra else "")
        if site == "B" and i.type == "Epic":
            desc = "Epic du projet « " + i.init["name"] + " ». Suivi dans le portefeuille IA du groupe."
        coms = [f"{fmt(w)};{a};{tx}" for (w, a, tx) in i.comments] + [""] * (ncom - len(i.comments))
        user = V["users"][(n + len(i.summary)) % 5]
        rep = V["users"][n % 5]
        pri = "Moyenne" if site == "B" else "Gemiddeld"
        if site == "B":
            spr = (i.sprints + ["", ""])[:2]
            typ = "Epic" if i.type == "Epic" else "Story"
            row = ([i.summary, i.key, idmap[i.key], typ, i.status[0], i.status[1], i.key.split("-")[0], pri,
                    i.resolution or "Non résolu", user, rep, fmt(i.created), fmt(i.updated), fmt(i.resolved),
                    comps[0], comps[1], ";".join(i.fixv)] + spr + labels +
                   [desc, i.parent.key if i.parent else ""] + coms)
        else:
            typ = "Epic" if i.type == "Epic" else "Story"
            row = ([typ, i.key, idmap[i.key], i.summary, i.status[0], i.key.split("-")[0], pri,
                    i.resolution or "Onopgelost", user, rep, fmt(i.created), fmt(i.updated), fmt(i.resolved),
                    comps[0], ";".join(i.fixv), (i.sprints + [""])[0]] + labels +
                   [desc, i.parent.key if i.parent else ""] + coms)
        assert len(row) == len(head)
        rows.append(row)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    for r in rows:
        w.writerow([c.replace("\n", eol) if isinstance(c, str) else c for c in r])
    data = buf.getvalue()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        fh.write(data)
    # header delimiter rule: the chosen delimiter must dominate the header line
    hl = data.split(eol, 1)[0]
    assert hl.count(delim) > max(hl.count(x) for x in ",;\t" if x != delim), path
    return len(rows)


def render_registry(regrows, path):
    lines = []
    for r in regrows:
        init = r["init"]
        site = init["site"]

        def d(x):
            if x is None:
                return None
            if site == "A":
                return x.isoformat()
            if site == "B":
                return x.strftime("%d/%m/%Y")
            off = "+02:00" if 4 <= x.month <= 10 else "+01:00"
            return x.isoformat() + "T08:30:00" + off

        def money(v):
            if site == "B":
                s = f"{v:,}".replace(",", " ")
                return "€" + s if num(init) % 2 == 0 else s
            return v

        o = {"initiative_id": init["id"], "name": init["name"], "site": SITES[site]["org"],
             "business_unit": init["bu"], "sponsor": r["sponsor"], "owner": r["owner"],
             "ai_technique": init["tech"], "build_or_buy": init["bob"], "registry_stage": r["stage"],
             "status": r["status"], "start_date": d(r["start"]), "target_production_date": d(r["target"]),
             "production_date": d(r["prod"]), "closed_date": d(r["closed"]),
             "budget_planned": money(r["planned"]), "budget_spent": money(r["spent"]),
             "currency": SITES[site]["currency"], "success_kpi": r["kpi"],
             "data_audit_completed": ("yes" if r["audit"] else "no") if site == "B" and r["audit"] is not None else r["audit"],
             "jira_keys": r["jira_keys"], "closure_reason": r["closure"], "notes": None}
        if site == "C":
            o.pop("notes")
        for k in ("name", "business_unit", "closure_reason"):
            if o.get(k):
                assert "\n" not in o[k] and "\t" not in o[k] and '"' not in o[k]
        lines.append(json.dumps(o, ensure_ascii=False))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return len(lines)


def main():
    ids = [i["id"] for i in SPEC]
    assert ids == [f"BP-{k:02d}" for k in range(1, 61)]
    oc = Counter(i["out"] for i in SPEC)
    assert oc == {IP: 13, AC: 9, ST: 21, CA: 17}, oc
    cc = Counter(i["cause"] for i in SPEC if i["out"] in (ST, CA))
    assert set(cc) == set(CAUSES) and all(3 <= v <= 5 for v in cc.values()), cc
    for i in SPEC:
        assert (i["cause"] is None) == (i["out"] in (IP, AC))
        for a in i["acc"]:
            assert a in CAUSES
    own = Counter(i["key"] for i in SPEC if not ({"label", "epickeys"} & i["flags"]))
    assert all(v == 1 for v in own.values()), own
    shared = {SITES[s]["shared"] for s in SITES}
    assert not (set(own) & shared)
    port = os.path.join(HERE, "portfolio")
    if os.path.isdir(port):
        shutil.rmtree(port)
    os.makedirs(port)
    issues, regrows, truth = build()
    allkeys = [i.key for s in issues for i in issues[s]]
    assert len(allkeys) == len(set(allkeys))
    na, pages = render_a(issues["A"], os.path.join(port, "jira", "skyhaven", "rest-api-3-search-jql"))
    nb = render_csv("B", issues["B"], os.path.join(port, "jira", "saone-rhone", "Export Jira LSR - portefeuille IA.csv"),
                    ";", True, "\r\n", FR_MONTHS)
    nc = render_csv("C", issues["C"], os.path.join(port, "jira", "zuidrand", "jira-export-zuidrand-ai.csv"),
                    ",", False, "\n", NL_MONTHS)
    nr = render_registry(regrows, os.path.join(port, "ai-register.jsonl"))
    for p in (os.path.join(HERE, "truth.csv"), os.path.join(port, "truth.csv")):
        with open(p, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
            w.writerows(truth)
    for t in truth:
        if t[3]:
            assert t[4].split(";")[0] == t[3] and t[3] in CAUSES and t[2] in STAGE.values()
    ss = Counter(t[2] for t in truth if t[2])
    print(f"registry {nr} rows; skyhaven {na} issues in {pages} pages; saone-rhone {nb} issues; zuidrand {nc} issues;"
          f" total {na + nb + nc}")
    print("outcomes", dict(oc), "causes", dict(cc), "stall stages", dict(ss))


if __name__ == "__main__":
    main()
