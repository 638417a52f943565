#!/usr/bin/env python3
"""Renders blind set 2026-12o's portfolio from spec_initiatives.py and checks it.

Outputs (all deterministic):
  portfolio/ai-use-case-register.csv             registry: comma CSV, Windows-1252, CRLF, dates 'MMM d, yyyy'
  portfolio/jira/rheinlahn/*.csv                 German Jira CSV, German headers, dates dd.MM.yyyy HH:mm, BOM
  portfolio/jira/atlantida/agile/*.json          Jira Software agile /sprint/{id}/issue pages + board backlog page,
                                                 wiki text, changelog newest first, fields.epic objects
  portfolio/jira/atlantida/epics-export.json     a bare JSON array of the epics
  portfolio/jira/northgate/*.csv                 English Jira Cloud CSV (current fields), dates yyyy-MM-dd HH:mm,
                                                 Parent = numeric epic id
  portfolio/truth.csv, truth.csv
Every sentence comes from spec_initiatives.py or the vocabularies below, all written by hand for this set."""
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re

from spec_initiatives import I

HERE = os.path.dirname(os.path.abspath(__file__))
PORT = os.path.join(HERE, "portfolio")
ASOF = dt.date(2026, 10, 1)
STAGES = ["D", "S", "P", "E", "Y", "O"]
STAGE_CODE = dict(zip(STAGES, ["DISCOVERY", "STRATEGY", "PROTOTYPE", "ENGINEERING", "DEPLOYMENT", "OPERATION"]))
OUTCOME = {"P": "IN_PRODUCTION", "A": "ACTIVE", "S": "STALLED", "C": "CANCELLED"}
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION", "SECURITY_COMPLIANCE",
          "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP", "USER_ADOPTION", "COST_FUNDING",
          "TECHNICAL_FEASIBILITY", "UNKNOWN"]

# ------------------------------------------------------------------ site vocabularies (hand-written)
V = {
    "W": dict(
        epic={
            "D": ["Vorstudie {n}", "{n}: Bedarfsanalyse und Sondierung", "Sondierung – {n}"],
            "S": ["Konzeptphase {n}", "{n} | Zielbild und Wirtschaftlichkeit", "Strategie & Business Case – {n}"],
            "P": ["Proof of Concept {n}", "{n} – Prototyp", "Prototyping für {n}"],
            "E": ["Entwicklung {n}", "{n} – technische Realisierung", "Realisierung: {n}"],
            "Y": ["Rollout {n}", "{n} – Einführung und Inbetriebnahme", "Pilotbetrieb und Einführung {n}"],
            "O": ["Regelbetrieb {n}", "{n} im Wirkbetrieb", "Betrieb & Monitoring – {n}"],
        },
        story={
            "D": ["Interviews mit dem Fachbereich führen", "Datenquellen sichten", "Ideensteckbrief ausfüllen"],
            "S": ["Business Case rechnen", "Zielbild mit Lenkungskreis abstimmen", "Make-or-buy bewerten"],
            "P": ["Trainingsdatensatz zusammenstellen", "Erstes Modell trainieren und bewerten", "Demo für den Fachbereich vorbereiten"],
            "E": ["Datenstrecke aufbauen", "Modell härten und testen", "Schnittstellen umsetzen"],
            "Y": ["Abnahmetest mit dem Betrieb", "Schulung der Anwender", "Produktivumgebung einrichten"],
            "O": ["Monitoring im Regelbetrieb", "Monatliches Nachtraining", "Betriebshandbuch pflegen"],
        },
        tag={"D": "[Vorstudie]", "S": "[Konzept]", "P": "[PoC]", "E": "[Umsetzung]", "Y": "[Rollout]", "O": "[Betrieb]"},
        one_epic="Vorhaben {n}",
        label={"D": "vorstudie", "S": "konzept", "P": "poc", "E": "umsetzung", "Y": "rollout", "O": "regelbetrieb"},
        comp={"D": "Sondierung", "S": "Strategie", "P": "Prototyp", "E": "Entwicklung", "Y": "Einführung", "O": "Betrieb"},
        sprintword={"D": "Vorstudie", "S": "Konzept", "P": "PoC-Sprint", "E": "Entwicklungssprint", "Y": "Rollout-Sprint", "O": "Betriebssprint"},
        sprint_generic="Netz&Daten Sprint {k}",
        fixv={"Y": "Inbetriebnahme 1.0", "O": "Release 2026.1 Regelbetrieb"},
        desc="Ziel: {s}\nVorhaben: {n}\n\nAkzeptanzkriterien:\n- Ergebnis im Confluence dokumentiert\n- Review mit dem Fachbereich erfolgt\n\n(Vorlage Projektbüro IT/OT, Stand 2024)",
        epic_desc="Phase {st} für das Vorhaben {n}. Steckbrief siehe Projektportal.",
        chatter=[
            "Termin mit der Netzleitstelle auf KW 12 gelegt.",
            "Screenshots im Confluence ergänzt.",
            "Besprechungsnotiz hängt an.",
            "Bin bis Mittwoch auf der Kläranlage, danach wieder erreichbar.",
            "Ticket aufgeteilt, der Rest steht im Folgeticket.",
            "Kurzer Stand im Jour fixe vorgestellt.",
            "Priorität nach Abstimmung mit Herrn Wegener angepasst.",
            "Vorlage vom Projektbüro übernommen.",
            "Bitte Rückfragen direkt an mich.",
            "Teams-Kanal für das Vorhaben angelegt.",
            "Urlaubsvertretung ab Montag: Frau Yilmaz.",
            "Im Refinement auf 5 SP geschätzt.",
        ],
        pmo="[PMO] Monatsstatus erfasst, Ampel unverändert.",
        users=["m.wegener", "s.yilmaz", "k.brandt", "j.hoffmann", "t.neumann", "l.schaefer", "r.becker", "a.kowalski"],
        status={"todo": "Zu erledigen", "prog": "In Arbeit", "review": "In Prüfung", "blocked": "Blockiert",
                "hold": "Zurückgestellt", "done": "Fertig", "wontdo": "Fertig"},
        resolution={"done": "Fertig", "wontdo": "Wird nicht erledigt"},
        types={"epic": "Epic", "story": "Story"},
    ),
    "S": dict(
        epic={
            "D": ["Descoberta – {n}", "{n}: levantamento inicial", "Exploração {n}"],
            "S": ["Estratégia e caso de negócio {n}", "{n} – definição de estratégia", "Planeamento estratégico {n}"],
            "P": ["PoC {n}", "{n} – protótipo", "Prova de conceito: {n}"],
            "E": ["Engenharia {n}", "{n} – desenvolvimento e industrialização", "Construção da solução {n}"],
            "Y": ["Implementação de {n} em produção", "{n} – entrada em produção", "Deploy {n}"],
            "O": ["Operação {n}", "{n} – operação e monitorização", "Em produção: {n}"],
        },
        story={
            "D": ["Entrevistas com a área de negócio", "Inventário de fontes de dados", "Ficha de ideia"],
            "S": ["Caso de negócio", "Alinhar objetivos com a direção", "Avaliar comprar vs desenvolver"],
            "P": ["Preparar conjunto de treino", "Treinar primeiro modelo", "Demonstração aos utilizadores-chave"],
            "E": ["Pipeline de dados", "Testes e robustez do modelo", "Serviço de scoring"],
            "Y": ["Testes de aceitação", "Formação dos utilizadores", "Ambiente de produção"],
            "O": ["Monitorização em produção", "Retreino mensal", "Manual de operação"],
        },
        tag={"D": "Descoberta -", "S": "Estratégia -", "P": "PoC -", "E": "Engenharia -", "Y": "Go-live -", "O": "Operação -"},
        one_epic="Iniciativa {n}",
        label={"D": "descoberta", "S": "estrategia", "P": "poc", "E": "desenvolvimento", "Y": "implementacao", "O": "producao"},
        comp={"D": "Descoberta", "S": "Estratégia", "P": "Protótipo", "E": "Engenharia", "Y": "Implementação", "O": "Operação"},
        sprintword=None,
        sprint_generic="Sinistros IA – Sprint {k}",
        fixv={"Y": "v1.0 produção", "O": "v1.1 operação"},
        desc="h3. Contexto\n{n}\n\nh3. Objetivo\n{s}\n\n*Critérios de aceitação*\n# Validado pelo PO\n# Documentado no Confluence",
        epic_desc="Épico da fase {st} — {n}.",
        chatter=[
            "Reunião de acompanhamento passou para sexta.",
            "Atualizei a descrição com o link do Confluence.",
            "Anexo a apresentação da última demo.",
            "Fico fora até dia 12, a Rita acompanha.",
            "Dividi a tarefa em duas.",
            "Ponto de situação feito na daily.",
            "Ver comentário anterior.",
            "Estimativa revista no refinamento.",
            "Criado canal no Teams para o projeto.",
            "Acrescentei os participantes do workshop à página.",
            "Obrigado a todos pela sessão de ontem.",
            "Mudei o responsável enquanto o Nuno está de férias.",
        ],
        pmo="[PMO] Estado mensal registado.",
        users=[("5d8f1a2b3c4e5f6a7b8c9d01", "Rita Sousa"), ("5d8f1a2b3c4e5f6a7b8c9d02", "Nuno Ferreira"),
               ("5d8f1a2b3c4e5f6a7b8c9d03", "Inês Lopes"), ("5d8f1a2b3c4e5f6a7b8c9d04", "João Carvalho"),
               ("5d8f1a2b3c4e5f6a7b8c9d05", "Tiago Moreira"), ("5d8f1a2b3c4e5f6a7b8c9d06", "Ana Ribeiro"),
               ("5d8f1a2b3c4e5f6a7b8c9d07", "Pedro Almeida")],
        status={"todo": "A fazer", "prog": "Em curso", "review": "Em revisão", "blocked": "Bloqueado",
                "hold": "Em espera", "done": "Concluído", "wontdo": "Concluído"},
        resolution={"done": "Feito", "wontdo": "Não será feito"},
        types={"epic": "Epic", "story": "História"},
    ),
    "U": dict(
        epic={
            "D": ["Discovery – {n}", "{n}: problem discovery", "Scoping and discovery {n}"],
            "S": ["{n} business case & strategy", "Strategy: {n}", "Options appraisal and strategy for {n}"],
            "P": ["{n} proof of concept", "Prototype {n}", "Alpha prototype: {n}"],
            "E": ["{n} – build & engineering", "Engineering {n}", "Build phase: {n}"],
            "Y": ["{n} rollout", "Go-live {n}", "Deployment of {n} to users"],
            "O": ["{n} – live service", "Operate & monitor {n}", "BAU support {n}"],
        },
        story={
            "D": ["Stakeholder interviews", "Data source inventory", "Problem statement one-pager"],
            "S": ["Draft business case for UEB", "Agree outcomes with sponsor", "Buy vs build appraisal"],
            "P": ["Assemble training extract", "Baseline model + evaluation", "Show-and-tell with end users"],
            "E": ["ETL from source systems", "Harden model & unit tests", "Scoring service"],
            "Y": ["UAT with service team", "User training sessions", "Production environment request"],
            "O": ["Service monitoring", "Termly retrain", "Runbook upkeep"],
        },
        tag={"D": "Discovery:", "S": "Strategy:", "P": "Prototype:", "E": "Build:", "Y": "Go-live:", "O": "BAU:"},
        one_epic="{n}",
        label={"D": "discovery", "S": "business-case", "P": "proof-of-concept", "E": "build", "Y": "go-live", "O": "bau"},
        comp={"D": "Discovery", "S": "Strategy", "P": "Prototype", "E": "Engineering", "Y": "Deployment", "O": "Live service"},
        sprintword={"D": "Discovery sprint", "S": "Strategy sprint", "P": "POC sprint", "E": "Build sprint", "Y": "Go-live sprint", "O": "BAU sprint"},
        sprint_generic="Team Athena {k}",
        fixv={"Y": "Release 1.0 - go-live", "O": "1.1 BAU"},
        desc="As the project team we want to complete \"{s}\" for {n}.\n\nDefinition of done:\n* reviewed at stand-up\n* notes filed in the SharePoint project folder",
        epic_desc="Epic for the {st} work of {n}.",
        chatter=[
            "Rolled over to next sprint.",
            "Notes from Tuesday's catch-up attached.",
            "Adding Priya as a watcher.",
            "On leave until the 14th, Dave is covering.",
            "Checked with Faculty Office, they're fine with the timing.",
            "Updated description with link to the SharePoint folder.",
            "Discussed at stand-up, carry on.",
            "Out at the open day tomorrow.",
            "Reformatted the acceptance criteria to the new template.",
            "Split off the reporting bit into its own story.",
            "Thanks all, good session.",
            "Story points re-estimated at refinement.",
        ],
        pmo="[PMO bot] Monthly highlight report captured.",
        users=["j.okafor", "p.shah", "d.evans", "h.macleod", "i.turner", "s.nguyen", "r.fairbairn"],
        status={"todo": "To Do", "prog": "In Progress", "review": "In Review", "blocked": "Blocked",
                "hold": "On Hold", "done": "Done", "wontdo": "Done"},
        resolution={"done": "Done", "wontdo": "Won't Do"},
        types={"epic": "Epic", "story": "Story"},
    ),
}
STAGE_WORD = {"W": dict(zip(STAGES, ["Vorstudie", "Konzept", "Prototyp", "Entwicklung", "Einführung", "Betrieb"])),
              "S": dict(zip(STAGES, ["descoberta", "estratégia", "protótipo", "engenharia", "implementação", "operação"])),
              "U": dict(zip(STAGES, ["discovery", "strategy", "prototype", "engineering", "deployment", "live service"]))}
GOOD = {
    "BO-01": "Leitwarte arbeitet seit zwei Monaten mit den Alarmen, die Rückmeldungen sind durchweg positiv.",
    "BO-27": "Historian-Zugriff ist jetzt dauerhaft eingerichtet, das Nachtraining läuft automatisch.",
    "BO-28": "Os gestores usam a triagem todos os dias, o feedback tem sido ótimo.",
    "BO-61": "Admissions team uses it every day; the DPIA was signed off back in March, no issues since.",
}
SITE_NAME = {"W": "Rhein-Lahn Wasser GmbH", "S": "Seguradora Atlântida, S.A.", "U": "Northgate University"}
SPONSORS = {"W": ["Dr. Petra Albers", "Frank Wegener", "Claudia Roth-Imhof", "Stefan Kühn"],
            "S": ["Dr. António Carvalho", "Helena Sá", "Miguel Tavares", "Sofia Gonçalves"],
            "U": ["Prof. Alison Reid", "Mark Stevenson", "Dr. Fiona Lamb", "Prof. Kwame Mensah"]}
OWNERS = {"W": ["Katrin Brandt", "Jonas Hoffmann", "Tim Neumann", "Lea Schäfer", "Ralf Becker"],
          "S": ["Rita Sousa", "Nuno Ferreira", "Inês Lopes", "Tiago Moreira", "Ana Ribeiro"],
          "U": ["Joy Okafor", "Priya Shah", "Dave Evans", "Hamish MacLeod", "Ian Turner"]}
KPI = {"W": "Einsparung ggü. Basisjahr 2024 laut Steckbrief (Stunden oder m³)",
       "S": "Redução do custo médio por sinistro face a 2024",
       "U": "Staff hours saved per term vs 2024/25 baseline"}
NOTES = {"W": "Steckbrief im Projektportal", "S": "Ficha no portal de projetos", "U": "See AI register SharePoint"}
REG_STAGE = dict(zip(STAGES, ["Discovery", "Strategy", "Prototype", "Engineering", "Deployment", "Operation"]))


def num(it):
    return int(it["id"].split("-")[1])


def at(day, h, m=0):
    return dt.datetime(day.year, day.month, day.day, h, m)


# ------------------------------------------------------------------ issue model
class Issue:
    def __init__(self, site, project, seq, kind, summary, stage, created):
        self.site, self.project, self.kind, self.summary, self.stage = site, project, kind, summary, stage
        self.key = "%s-%d" % (project, seq)
        self.created = created
        self.comments = []  # (datetime, user, body)
        self.status = "todo"
        self.end = created
        self.resolved = None
        self.labels, self.components, self.fixv, self.sprints = [], [], [], []
        self.parent = None
        self.desc = ""
        self.points = None
        self.init = None
        self.id = None

    def transitions(self):
        """(datetime, from, to) in time order; status names are the kinds."""
        out = []
        if self.status == "todo":
            return out
        t1 = self.created + dt.timedelta(days=1, hours=2)
        if t1 > self.end:
            t1 = self.end
        out.append((t1, "todo", "prog"))
        if self.status != "prog":
            out.append((self.end, "prog", self.status))
        return out

    def updated(self):
        ts = [self.end] + [c[0] for c in self.comments] + [t[0] for t in self.transitions()]
        return max(ts)


counters = {}
ISSUES = []
EPICS_OF = {}


def new_issue(it, project, kind, summary, stage, created):
    counters[project] = counters.get(project, 0) + 1
    iss = Issue(it["site"], project, counters[project], kind, summary, stage, created)
    iss.init = it["id"]
    ISSUES.append(iss)
    return iss


def build(it):
    n, site, v = num(it), it["site"], V[it["site"]]
    users = v["users"]
    last = ASOF - dt.timedelta(days=it["idle"])
    nst = STAGES.index(it["stage"]) + 1
    D = 28 + (n * 11) % 35
    F = (90 + (n * 13) % 200) if it["out"] == "P" else 30 + (n * 7) % 40
    fstart = last - dt.timedelta(days=F)
    start = fstart - dt.timedelta(days=(nst - 1) * D)
    it["start"], it["last"], it["fstart"] = start, last, fstart
    it["prod_date"] = fstart if it["out"] == "P" else None
    project = it["key"]
    name = it["name"]
    shape = it["shape"]
    EPICS_OF[it["id"]] = []
    one_epic = None
    if shape == "one":
        one_epic = new_issue(it, project, "epic", v["one_epic"].format(n=name), None, at(start, 8, 40))
        one_epic.desc = v["epic_desc"].format(st="/".join(STAGE_WORD[site][s] for s in STAGES[:nst]), n=name)
        EPICS_OF[it["id"]].append(one_epic)
    stage_issues = []  # per stage: (epic or None, [stories])
    for si in range(nst):
        st = STAGES[si]
        furthest = si == nst - 1
        ws = start + dt.timedelta(days=si * D)
        we = (last if furthest else start + dt.timedelta(days=(si + 1) * D - 1))
        epic = None
        if shape in ("e1", "e2"):
            tpl = v["epic"][st][(n + si) % 3]
            epic = new_issue(it, project, "epic", tpl.format(n=name), st, at(ws, 9, 5 + si))
            epic.desc = v["epic_desc"].format(st=STAGE_WORD[site][st], n=name)
            EPICS_OF[it["id"]].append(epic)
        nstories = {"e1": 1, "e2": 2}.get(shape, 2 if furthest else 1)
        stories = []
        for j in range(nstories):
            title = v["story"][st][(n + j) % 3]
            if shape == "one" or (shape == "flat" and (n + j) % 2 == 0):
                title = "%s %s" % (v["tag"][st], title)
            s = new_issue(it, project, "story", title, st, at(ws + dt.timedelta(days=1 + j), 9, 30 + 7 * j))
            s.parent = epic or one_epic
            s.desc = v["desc"].format(s=title, n=name)
            if shape == "flat" or n % 3 == 0:
                s.labels.append(v["label"][st])
            if shape == "flat" and (n + j) % 2 == 1 or (shape != "flat" and n % 2 == 1):
                s.components.append(v["comp"][st])
            if st in ("Y", "O") and n % 2 == 0:
                s.fixv.append(v["fixv"][st])
            if "label" in it["flags"]:
                s.labels.append("initiative:%s" % it["id"])
            if site == "U":
                s.points = [1, 2, 3, 5, 8][(n + si + j) % 5]
            if not (shape != "flat" and n % 5 == 4):  # some initiatives never use sprints
                k = (s.created.date() - dt.date(2024, 1, 1)).days // 14 + 1
                if v["sprintword"] and (shape == "flat" or n % 4 == 1):
                    s.sprints.append("%s %s %d" % (project, v["sprintword"][st], k))
                else:
                    s.sprints.append(v["sprint_generic"].format(k=k))
            stories.append(s)
        if epic and "label" in it["flags"]:
            epic.labels.append("initiative:%s" % it["id"])
        stage_issues.append((epic, stories, ws, we))

    # earlier stages: done, chatter on about a third of the stories
    for si, (epic, stories, ws, we) in enumerate(stage_issues[:-1]):
        for j, s in enumerate(stories):
            s.status = "done"
            s.end = at(we - dt.timedelta(days=j), 15, 20)
            s.resolved = s.end
            if (n + si + j) % 3 == 0:
                s.comments.append((at(ws + dt.timedelta(days=D // 2), 11, 10), users[(n + si) % len(users)],
                                   v["chatter"][(n * 3 + si) % 12]))
        if epic:
            epic.status = "done"
            epic.end = at(we, 16, 0)
            epic.resolved = epic.end
            if (n + si) % 4 == 0:
                epic.comments.append((at(ws + dt.timedelta(days=D // 3), 8, 15), "pmo-bot" if site != "S" else users[0], v["pmo"]))

    # furthest stage
    epic, stories, ws, we = stage_issues[-1]
    fe = epic or one_epic
    out = it["out"]
    main = stories[0]
    # evidence and chatter events in order
    events = []  # (target issue, text)
    cpieces = [t for p, t in it["ev"] if p == "c" or (p == "e" and fe is None)]
    for k, text in enumerate(cpieces):
        events.append((stories[k % len(stories)], text))
        if n % 2 == 0 and k < len(cpieces) - 1:
            events.append((stories[(k + 1) % len(stories)], v["chatter"][(n + k) % 12]))
    for p, text in it["ev"]:
        if p == "e" and fe is not None:
            events.insert(min(1, len(events)), (fe, text))
        elif p == "d":
            main.desc = main.desc + "\n\n" + text
        elif p == "p":
            assert len(stage_issues) >= 2, it["id"]
            ps = stage_issues[-2][1][0]
            ps.comments.append((at(stage_issues[-2][2] + dt.timedelta(days=D // 2 + 1), 14, 5),
                                users[(n + 2) % len(users)], text))
    if it["cause"] == "UNKNOWN":
        assert not it["ev"]
        for k in range(4 if "chatty" in it["flags"] else 2):
            events.append((stories[k % len(stories)], v["chatter"][(n * 5 + k) % 12]))
    if out in ("P", "A"):
        events.append((stories[-1], v["chatter"][(n + 7) % 12]))
        if it["id"] in GOOD:
            events.append((main, GOOD[it["id"]]))
    if events and n % 3 == 0:
        events.insert(0, (stories[0], v["chatter"][(n + 4) % 12]))
    # dates: spread from fstart+3 to last, final event on last
    span = (last - fstart).days - 3
    for idx, (target, text) in enumerate(events):
        if len(events) == 1:
            day = last
        else:
            day = fstart + dt.timedelta(days=3 + (span * idx) // (len(events) - 1))
        target.comments.append((at(day, 10 + idx % 5, 12 + idx), users[(n + idx) % len(users)], text))
    # statuses of the furthest stage
    for j, s in enumerate(stories):
        if out == "C":
            s.status = "wontdo"
        elif out == "P":
            s.status = "done" if "retired" in it["flags"] else "prog"
        elif out == "A":
            s.status = "review" if j == 0 else "prog"
        elif "hold" in it["flags"]:
            s.status = "hold"
        else:
            s.status = ("blocked" if n % 2 else "prog") if j == 0 else "prog"
        if s is main or out == "C":
            s.end = at(last, 16, 45)
        else:
            s.end = max([c[0] for c in s.comments] + [s.created + dt.timedelta(days=2)])
            s.end = s.end.replace(hour=16, minute=50) if s.end.date() < last else at(last, 16, 40)
        if s.status in ("done", "wontdo"):
            s.resolved = s.end
    if fe is not None:
        if out == "C":
            fe.status, fe.end = "wontdo", at(last, 16, 50)
            fe.resolved = fe.end
        elif out == "P" and "retired" in it["flags"]:
            fe.status, fe.end = "done", at(last, 16, 55)
            fe.resolved = fe.end
        else:
            fe.status = "hold" if "hold" in it["flags"] else "prog"
            fe.end = max([c[0] for c in fe.comments] + [fe.created + dt.timedelta(days=3)])
        if it["id"] in ("BO-16", "BO-36", "BO-56", "BO-08") or (n % 6 == 0 and fe.status != "wontdo"):
            pmo_day = min(last, fe.created.date() + dt.timedelta(days=20))
            fe.comments.append((at(pmo_day, 8, 5), "pmo-bot" if site != "S" else users[0], v["pmo"]))
            fe.end = max(fe.end, at(pmo_day, 8, 5))
    if one_epic is not None and fe is not one_epic:
        raise AssertionError


def build_all():
    for it in I:
        build(it)
    # numeric ids per site
    base = {"W": 41000, "S": 77000, "U": 120400}
    for iss in ISSUES:
        base[iss.site] += 1 + (len(iss.summary) % 3)
        iss.id = base[iss.site]


# ------------------------------------------------------------------ renderers
def fmt_w(t):
    return t.strftime("%d.%m.%Y %H:%M") if t else ""


def fmt_u(t):
    return t.strftime("%Y-%m-%d %H:%M") if t else ""


def lisbon_offset(t):
    y = t.year
    def last_sunday(month):
        d = dt.date(y, month, 31)
        return d - dt.timedelta(days=(d.weekday() + 1) % 7)
    return "+0100" if last_sunday(3) <= t.date() < last_sunday(10) else "+0000"


def fmt_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000") + lisbon_offset(t)


def order_key(iss):
    return (iss.project, int(iss.key.split("-")[1]))


def csv_rows(issues, header, rowfn):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for iss in issues:
        r = rowfn(iss)
        assert len(r) == len(header)
        w.writerow(r)
    return buf.getvalue()


def pad(vals, k):
    vals = list(vals)
    assert len(vals) <= k, (vals, k)
    return vals + [""] * (k - len(vals))


def render_w(issues):
    v = V["W"]
    nc = max(len(i.comments) for i in issues)
    header = (["Zusammenfassung", "Vorgangsschlüssel", "Vorgangs-ID", "Vorgangstyp", "Status", "Projektschlüssel",
               "Projektname", "Priorität", "Lösung", "Bearbeiter", "Autor", "Erstellt", "Aktualisiert", "Erledigt",
               "Komponenten", "Komponenten", "Lösungsversion(en)", "Sprint", "Stichwörter", "Stichwörter",
               "Beschreibung", "Übergeordnet"] + ["Kommentar"] * nc)
    users = v["users"]

    def row(i):
        n = int(i.init.split("-")[1])
        return ([i.summary, i.key, str(i.id), v["types"][i.kind], v["status"][i.status], i.project,
                 "KI " + i.project.title(), ["Mittel", "Hoch", "Niedrig"][n % 3],
                 v["resolution"].get(i.status, "") if i.resolved else "",
                 users[(n + 1) % len(users)], users[n % len(users)],
                 fmt_w(i.created), fmt_w(i.updated()), fmt_w(i.resolved)]
                + pad(i.components, 2) + pad(i.fixv, 1) + pad(i.sprints, 1) + pad(i.labels, 2)
                + [i.desc, i.parent.key if i.parent else ""]
                + pad(["%s;%s;%s" % (fmt_w(c[0]), c[1], c[2]) for c in i.comments], nc))
    return csv_rows(issues, header, row)


def render_u(issues):
    v = V["U"]
    nc = max(len(i.comments) for i in issues)
    nl = max(2, max(len(i.labels) for i in issues))
    header = (["Issue Type", "Issue key", "Issue id", "Parent", "Parent summary", "Summary", "Status",
               "Status Category", "Priority", "Resolution", "Assignee", "Reporter", "Created", "Updated", "Resolved"]
              + ["Labels"] * nl + ["Sprint", "Component/s", "Fix Version/s", "Custom field (Story point estimate)",
                                   "Description"] + ["Comment"] * nc)
    users = v["users"]
    cat = {"todo": "To Do", "prog": "In Progress", "review": "In Progress", "blocked": "In Progress",
           "hold": "In Progress", "done": "Done", "wontdo": "Done"}

    def row(i):
        n = int(i.init.split("-")[1])
        return ([v["types"][i.kind], i.key, str(i.id), str(i.parent.id) if i.parent else "",
                 i.parent.summary if i.parent else "", i.summary, v["status"][i.status], cat[i.status],
                 ["Medium", "High", "Low"][n % 3], v["resolution"].get(i.status, "") if i.resolved else "",
                 users[(n + 2) % len(users)], users[n % len(users)], fmt_u(i.created), fmt_u(i.updated()),
                 fmt_u(i.resolved)] + pad(i.labels, nl) + pad(i.sprints, 1) + pad(i.components, 1)
                + pad(i.fixv, 1) + [str(i.points) if i.points is not None else "", i.desc]
                + pad(["%s;%s;%s" % (fmt_u(c[0]), c[1], c[2]) for c in i.comments], nc))
    return csv_rows(issues, header, row)


def s_user(u):
    acc, name = u
    return {"self": "https://atlantida.atlassian.net/rest/api/2/user?accountId=" + acc, "accountId": acc,
            "displayName": name, "active": True, "timeZone": "Europe/Lisbon"}


def s_sprint_obj(name):
    k = int(name.rsplit(" ", 1)[1])
    sid = 400 + k
    st = dt.date(2024, 1, 1) + dt.timedelta(days=(k - 1) * 14)
    en = st + dt.timedelta(days=13)
    state = "closed" if en < ASOF else ("active" if st <= ASOF else "future")
    return {"id": sid, "self": "https://atlantida.atlassian.net/rest/agile/1.0/sprint/%d" % sid, "state": state,
            "name": name, "startDate": at(st, 8).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "endDate": at(en, 17).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "originBoardId": 12}


def render_s_issue(i):
    v = V["S"]
    users = v["users"]
    n = int(i.init.split("-")[1])
    catkey = {"todo": ("new", "A fazer"), "done": ("done", "Concluído"), "wontdo": ("done", "Concluído")}
    ck = catkey.get(i.status, ("indeterminate", "Em curso"))
    sid = {"todo": "10000", "prog": "3", "review": "10101", "blocked": "10102", "hold": "10103", "done": "10001",
           "wontdo": "10001"}
    f = {
        "summary": i.summary,
        "issuetype": {"id": "10000" if i.kind == "epic" else "10001", "name": v["types"][i.kind],
                      "subtask": False},
        "project": {"id": str(10000 + sum(map(ord, i.project))), "key": i.project, "name": "IA " + i.project},
        "status": {"name": v["status"][i.status], "id": sid[i.status],
                   "statusCategory": {"key": ck[0], "name": ck[1]}},
        "resolution": ({"name": v["resolution"][i.status]} if i.resolved else None),
        "resolutiondate": fmt_s(i.resolved) if i.resolved else None,
        "priority": {"name": ["Medium", "High", "Low"][n % 3]},
        "assignee": s_user(users[(n + 1) % len(users)]),
        "reporter": s_user(users[n % len(users)]),
        "created": fmt_s(i.created),
        "updated": fmt_s(i.updated()),
        "labels": list(i.labels),
        "components": [{"name": c} for c in i.components],
        "fixVersions": [{"name": x, "released": True} for x in i.fixv],
        "description": i.desc,
        "comment": {"startAt": 0, "maxResults": len(i.comments), "total": len(i.comments), "comments": [
            {"id": str(i.id * 10 + k), "author": s_user(c[1]) if isinstance(c[1], tuple) else s_user(users[0]),
             "body": c[2], "created": fmt_s(c[0]), "updated": fmt_s(c[0])} for k, c in enumerate(i.comments)]},
    }
    if i.kind == "epic":
        f["customfield_10011"] = i.summary
        f["epic"] = None
    else:
        p = i.parent
        f["epic"] = ({"id": p.id, "key": p.key, "self": "https://atlantida.atlassian.net/rest/agile/1.0/epic/%d" % p.id,
                      "name": p.summary, "summary": p.summary, "color": {"key": "color_%d" % (1 + p.id % 9)},
                      "done": p.status in ("done", "wontdo")} if p else None)
        sp = [s_sprint_obj(x) for x in i.sprints]
        f["customfield_10020"] = sp or None
        f["closedSprints"] = [x for x in sp if x["state"] == "closed"]
        active = [x for x in sp if x["state"] != "closed"]
        f["sprint"] = active[0] if active else None
    hist = []
    for k, (t, a, b) in enumerate(i.transitions()):
        items = [{"field": "status", "fieldtype": "jira", "from": sid[a], "fromString": v["status"][a],
                  "to": sid[b], "toString": v["status"][b]}]
        if b in ("done", "wontdo"):
            items.append({"field": "resolution", "fieldtype": "jira", "from": None, "fromString": None,
                          "to": "1" if b == "done" else "10000", "toString": v["resolution"][b]})
        hist.append({"id": str(i.id * 10 + k), "author": s_user(users[(n + 1) % len(users)]),
                     "created": fmt_s(t), "items": items})
    hist.reverse()  # newest first, as some exporters write it
    return {"expand": "operations,versionedRepresentations,editmeta,changelog,renderedFields",
            "id": str(i.id), "self": "https://atlantida.atlassian.net/rest/agile/1.0/issue/%d" % i.id,
            "key": i.key, "fields": f,
            "changelog": {"startAt": 0, "maxResults": len(hist), "total": len(hist), "histories": hist}}


def render_s(issues):
    files = {}
    epics = [i for i in issues if i.kind == "epic"]
    files["epics-export.json"] = json.dumps([render_s_issue(i) for i in epics], ensure_ascii=False, indent=1)
    bysprint, backlog = {}, []
    for i in issues:
        if i.kind == "epic":
            continue
        if i.sprints:
            bysprint.setdefault(i.sprints[-1], []).append(i)
        else:
            backlog.append(i)
    for name, lst in sorted(bysprint.items(), key=lambda kv: int(kv[0].rsplit(" ", 1)[1])):
        sid = s_sprint_obj(name)["id"]
        for p in range(0, len(lst), 50):
            page = {"expand": "schema,names", "startAt": p, "maxResults": 50, "total": len(lst),
                    "issues": [render_s_issue(x) for x in lst[p:p + 50]]}
            fn = "agile/sprint-%d-issue%s.json" % (sid, "" if p == 0 else "-startAt%d" % p)
            files[fn] = json.dumps(page, ensure_ascii=False, indent=1)
    for p in range(0, len(backlog), 50):
        page = {"expand": "schema,names", "startAt": p, "maxResults": 50, "total": len(backlog),
                "issues": [render_s_issue(x) for x in backlog[p:p + 50]]}
        files["agile/board-12-backlog_startAt=%d.json" % p] = json.dumps(page, ensure_ascii=False, indent=1)
    return files


def money(x, sign, i):
    if i % 3 == 0:
        return "%s%s" % (sign, "{:,}".format(x))
    return str(x)


def reg_date(d, i, col):
    if d is None:
        return ""
    if col == "start_date" and i % 7 == 0:
        return d.strftime("%Y-%m-%dT08:00:00Z")
    return "%s %d, %d" % (d.strftime("%b"), d.day, d.year)


def render_registry():
    header = ["initiative_id", "name", "business_unit", "legal_entity", "sponsor", "owner", "ai_technique",
              "build_or_buy", "registry_stage", "status", "start_date", "target_production_date", "production_date",
              "closed_date", "budget_planned", "budget_spent", "currency", "success_kpi", "data_audit_completed",
              "jira_keys", "closure_reason", "notes"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for it in I:
        n, site = num(it), it["site"]
        st = it["stage"]
        if "lag" in it["flags"]:
            st = STAGES[STAGES.index(st) - 1]
        status = {"P": "In production", "A": "Active", "C": "Cancelled",
                  "S": "On hold" if "hold" in it["flags"] else "Active"}[it["out"]]
        if "retired" in it["flags"]:
            status = "Retired"
        planned = 40000 + (n * 7919) % 260000
        planned -= planned % 5000
        frac = {"P": 0.97, "A": 0.55, "S": 0.6, "C": 0.7}[it["out"]]
        if it["cause"] == "COST_FUNDING":
            frac = 1.55 + (n % 3) * 0.07
        if it["id"] == "BO-36":
            frac = 1.3
        spent = int(planned * frac) // 100 * 100
        sign = {"W": "€", "S": "€", "U": "£"}[site]
        sponsor = SPONSORS[site][n % 4]
        if it["cause"] == "OWNERSHIP_SPONSORSHIP" and n % 2 == 1:
            sponsor = ""
        if it["cause"] == "DATA_READINESS":
            audit = "No"
        elif n % 5 == 0:
            audit = ""
        else:
            audit = "Yes"
        if "label" in it["flags"]:
            keys = ""
        elif "epickey" in it["flags"]:
            keys = ";".join(e.key for e in EPICS_OF[it["id"]])
        else:
            keys = it["key"]
        closed = None
        if it["out"] == "C" or "retired" in it["flags"]:
            closed = it["last"] + dt.timedelta(days=1)
        target = it["start"] + dt.timedelta(days=330 + (n % 5) * 30)
        w.writerow([it["id"], it["name"], it["bu"], SITE_NAME[site], sponsor, OWNERS[site][n % 5], it["tech"],
                    it["bob"], REG_STAGE[st], status, reg_date(it["start"], n, "start_date"),
                    reg_date(target, n, "t"), reg_date(it["prod_date"], n, "p"), reg_date(closed, n, "c"),
                    money(planned, sign, n), money(spent, sign, n + 1), {"U": "GBP"}.get(site, "EUR"),
                    "" if "nokpi" in it["flags"] else KPI[site], audit, keys, it["closure"],
                    NOTES[site] if n % 4 else ""])
        it["closed"] = closed
    return buf.getvalue()


def render_truth():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["initiative_id", "outcome", "stall_stage", "primary_cause", "acceptable_causes", "notes"])
    for it in I:
        failed = it["out"] in ("S", "C")
        acc = ""
        if failed:
            acc = ";".join([it["cause"]] + [a for a in it["acc"].split(";") if a])
        places = sorted({p for p, _ in it["ev"]})
        note = "%s %s; idle %d d; shape %s" % (STAGE_CODE[it["stage"]].lower(), OUTCOME[it["out"]].lower(),
                                               it["idle"], it["shape"])
        if places:
            note += "; evidence %d piece(s) in %s" % (len(it["ev"]), "+".join(
                {"c": "comments", "d": "description", "e": "epic", "p": "previous-stage story"}[p] for p in places))
        if it["closure"]:
            note += "; closure reason"
        if it["flags"] - {"good"}:
            note += "; " + " ".join(sorted(it["flags"] - {"good"}))
        w.writerow([it["id"], OUTCOME[it["out"]], STAGE_CODE[it["stage"]] if failed else "",
                    it["cause"] if failed else "", acc, note])
    return buf.getvalue()


# ------------------------------------------------------------------ checks
def check():
    ids = [it["id"] for it in I]
    assert ids == ["BO-%02d" % k for k in range(1, 81)], ids
    outs = [it["out"] for it in I]
    assert (outs.count("P"), outs.count("A"), outs.count("S"), outs.count("C")) == (18, 12, 28, 22)
    failed = [it for it in I if it["out"] in ("S", "C")]
    for c in CAUSES:
        k = sum(1 for it in failed if it["cause"] == c)
        assert 4 <= k <= 5, (c, k)
    for it in I:
        if it["out"] in ("P", "A"):
            assert it["cause"] is None and not it["ev"] and not it["closure"], it["id"]
        else:
            assert it["cause"] in CAUSES
            assert bool(it["ev"]) == (it["cause"] != "UNKNOWN"), it["id"]
        for a in it["acc"].split(";"):
            assert a == "" or a in CAUSES
    own = [it["key"] for it in I if not ({"label", "epickey"} & it["flags"])]
    assert len(own) == len(set(own)), "own project keys must be unique"
    shared = {it["key"] for it in I if {"label", "epickey"} & it["flags"]}
    assert not (shared & set(own))
    keys = [i.key for i in ISSUES]
    assert len(keys) == len(set(keys))
    for site in "WSU":
        sids = [i.id for i in ISSUES if i.site == site]
        assert len(sids) == len(set(sids))
    byinit = {}
    for i in ISSUES:
        byinit.setdefault(i.init, []).append(i)
    for it in I:
        iss = byinit[it["id"]]
        assert it["start"] >= dt.date(2024, 1, 1), it["id"]
        acts = []
        for i in iss:
            assert i.created.date() >= it["start"], (i.key, it["id"])
            up = i.updated()
            assert up.date() <= ASOF
            for c in i.comments:
                assert i.created < c[0] <= up, (i.key, c)
            for t in i.transitions():
                assert i.created < t[0] <= up, (i.key, t)
            assert (i.resolved is not None) == (i.status in ("done", "wontdo")), i.key
            acts.append(up)
        last = max(acts).date()
        assert last == ASOF - dt.timedelta(days=it["idle"]), (it["id"], last, it["idle"])
        if it["out"] == "A":
            assert it["idle"] <= 60 and "hold" not in it["flags"] and it["stage"] != "O"
        if it["out"] == "S":
            assert (it["idle"] >= 99 or "hold" in it["flags"]) and not it["closure"], it["id"]
            assert it["stage"] != "O"
        if it["out"] == "C":
            assert bool(it["closure"]) == (it["cause"] != "UNKNOWN"), it["id"]
            assert it["closed"] == it["last"] + dt.timedelta(days=1)
            assert it["stage"] != "O"
        if it["out"] == "P":
            assert it["stage"] == "O" and it["prod_date"] <= ASOF
        if "label" in it["flags"]:
            assert all("initiative:%s" % it["id"] in i.labels for i in iss if i.kind == "story")
        if "epickey" in it["flags"]:
            assert all(i.parent is not None for i in iss if i.kind == "story")
    for it in I:
        for val in (it["name"], it["closure"], it["bu"]):
            assert "\n" not in val and "\t" not in val and '"' not in val


def write(path, data, encoding="utf-8", bom=False):
    full = os.path.join(PORT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(full, "wb") as f:
        f.write(raw)
    return raw


def main():
    build_all()
    reg = render_registry()
    check()
    outputs = {}
    raw = reg.encode("cp1252")
    assert re.search(rb"[\x80-\xff]", raw[:65536])
    try:
        raw[:65536].decode("utf-8")
        raise AssertionError("registry must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    assert not re.search(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}", raw[:65536]), "UTF-8 look-alike"
    outputs["ai-use-case-register.csv"] = write("ai-use-case-register.csv", reg, "cp1252")

    w_iss = sorted([i for i in ISSUES if i.site == "W"], key=lambda i: i.updated(), reverse=True)
    half = {it["id"] for it in I if it["site"] == "W" and num(it) <= 14}
    part1 = [i for i in w_iss if i.init in half]
    part2 = [i for i in w_iss if i.init not in half]
    outputs["w1"] = write("jira/rheinlahn/Jira_Export_KI-Vorhaben_Teil1.csv", render_w(part1), bom=True)
    outputs["w2"] = write("jira/rheinlahn/Jira_Export_KI-Vorhaben_Teil2.csv", render_w(part2), bom=True)

    s_iss = [i for i in ISSUES if i.site == "S"]
    for fn, data in render_s(s_iss).items():
        outputs[fn] = write("jira/atlantida/" + fn, data + "\n")

    u_iss = sorted([i for i in ISSUES if i.site == "U"], key=order_key)
    outputs["u"] = write("jira/northgate/Northgate Jira (current fields) 2026-09-30.csv", render_u(u_iss))

    truth = render_truth()
    write("truth.csv", truth)
    with open(os.path.join(HERE, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(truth)

    counts = {s: sum(1 for i in ISSUES if i.site == s) for s in "WSU"}
    print("registry 80 rows; issues W %(W)d, S %(S)d, U %(U)d" % counts,
          "| W files %d+%d, S files %d" % (len(part1), len(part2), sum(1 for k in outputs if k.endswith(".json"))))
    h = hashlib.sha256()
    for root, _, fs in sorted(os.walk(PORT)):
        for fn in sorted(fs):
            with open(os.path.join(root, fn), "rb") as f:
                h.update(fn.encode() + f.read())
    print("portfolio sha256", h.hexdigest()[:16])


if __name__ == "__main__":
    main()
