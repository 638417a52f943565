#!/usr/bin/env python3
"""Hand-written specification of the 72 initiatives of the blind set 2026-12f.

Three Jira sites: "DE" (German Jira Cloud, REST v2 /search with changelog), "FR" (French Jira
Cloud, CSV all fields with French headers) and "IT" (Italian Jira Cloud, REST v3 /search/jql,
ADF bodies). Statuses are given as codes (todo, prog, review, done, blocked, wont) and rendered
in the site's language by make_portfolio.py. Comment and status-change dates are spread by the
renderer over each issue's lifetime; `js` is the first issue's creation date and `last` the
initiative's last Jira activity.

Each initiative: registry row values, Jira issues, and the truth label with the reasoning a
careful human reader follows (as-of 2026-10-01, 90-day window).
"""

INITIATIVES = []


def issue(kind, summary, st, comments=(), **kw):
    d = dict(kind=kind, summary=summary, st=st, comments=list(comments))
    d.update(kw)
    return d


def E(summary, st, comments=(), **kw):
    return issue("epic", summary, st, comments, **kw)


def S(summary, st, comments=(), **kw):
    return issue("story", summary, st, comments, **kw)


def T(summary, st, comments=(), **kw):
    return issue("task", summary, st, comments, **kw)


def I(iid, site, name, truth, issues, **reg):
    INITIATIVES.append(dict(id=iid, site=site, name=name, truth=truth, issues=issues, reg=reg))


# ---------------------------------------------------------------- BF-01 .. BF-12
I("BF-01", "DE", "Netzlast-Prognose Umspannwerke",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-11-03, status in production; Jira shows operation work (monitoring, retraining)."),
  [E("Entwicklung Lastprognose Umspannwerke", "done", ["Backtest über 14 Monate: MAPE 4.1 % gegen 6.8 % der Excel-Methode.", "Abnahme durch Netzführung am Freitag."], sprint="NLP Sprint 9", end="2025-10-31"),
   E("Betrieb Lastprognose - Monitoring & Nachtraining", "prog", ["Drift-Report für August hängt an.", "Retraining job moved to the new cluster, ran fine on the first try."], labels=["betrieb"]),
   T("Feiertagskalender 2027 einpflegen", "todo", ["Bitte bis Ende Oktober."])],
  bu="Netzbetrieb", sponsor="Dr. Renate Falk", owner="Jonas Weber", tech="forecasting", bob="build",
  rstage="Betrieb", status="in production", start="2024-10-07", target="2025-09-30", prod="2025-11-03",
  bp=380000, bs=402000, cur="EUR", kpi="MAPE Tageslast je Umspannwerk", kb="6.8", kt="4.5", audit="ja",
  proj="NLP", js="2024-10-21", last="2026-09-14")

I("BF-02", "FR", "Tri automatique des déclarations de sinistre auto",
  ("CANCELLED", "PROTOTYPE", "INTEGRATION", "INTEGRATION",
   "closed_date 2026-04-30, status cancelled. Stage: registry POC, epic 'POC tri des déclarations'. Cause: closure reason (claims platform batch-only, no real-time interface from the vendor) + comments on the nightly fixed-width file; the POC accuracy is positive (not feasibility); the vendor quote remark is about the interface, cost not the reason."),
  [E("POC tri des déclarations auto", "wont", ["Premier jeu de test : 87 % des déclarations bien orientées, les gestionnaires sont contents du résultat.", "The claims platform takes a fixed-width file once a night. Our triage has to land before the first handler opens the claim in the morning - that doesn't work with a nightly drop.", "Réponse de l'éditeur : pas d'API temps réel avant la v12, pas de date pour la v12."], labels=["poc"]),
   S("Export quotidien des déclarations vers le bac à sable", "done", ["Export OK depuis lundi."]),
   T("Spécification interface retour vers GESTSIN", "blocked", ["Bloqué : aucune interface entrante possible côté GESTSIN, l'éditeur refuse d'en ouvrir une.", "We asked for a quote for a custom inbound connector; they declined to build it at all."])],
  bu="Sinistres IARD", sponsor="Isabelle Caron", owner="Hugo Lefèvre", tech="classification", bob="build",
  rstage="POC", status="cancelled", start="2025-09-01", target="2026-06-30", closed="2026-04-30",
  bp=150000, bs=92000, cur="EUR", kpi="Délai de première prise en charge", kb="2.4 jours", kt="0.5 jour", audit="yes",
  proj="TRIS", js="2025-09-15", last="2026-04-22",
  closure="Stopped after the POC: the scores cannot be fed back into GESTSIN (batch file once a night, no inbound interface, vendor will not open one).")

I("BF-03", "IT", "Raccomandazioni nel carrello",
  ("ACTIVE", "", "", "", "no production date, status active, Jira activity in September 2026 (sviluppo epic in progress); the resolved data access issue is history."),
  [E("Sviluppo raccomandazioni carrello v1", "prog", ["Feature store collegato, primi risultati offline: +3,1 % di AOV simulato.", "The clickstream access problem from July is sorted, Ana got the service account yesterday."], sprint="CART Sprint 14"),
   S("A/B test design con il team growth", "review", ["Bozza del piano di test condivisa su Confluence."]),
   T("Pulizia eventi duplicati nel clickstream", "done", ["Fatto, rimossi 0,4 % di eventi duplicati."])],
  bu="E-commerce", sponsor="Paolo Marchetti", owner="Giulia Ferri", tech="recommendation", bob="build",
  rstage="Sviluppo", status="attivo", start="2026-02-02", target="2026-12-15",
  bp=210000, bs=118000, cur="EUR", kpi="Valore medio carrello", kb="62.40", kt="66.00", audit="sì",
  proj="CART", js="2026-02-16", last="2026-09-21")

I("BF-04", "DE", "Tourenplanung Stückgut Region Süd",
  ("STALLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
   "no closure, status active, but last Jira activity 2026-04-09 (> 90 days). Stage: epic 'Umsetzung Tourenoptimierer' in progress, sprint 'TOUR Umsetzung 3'. Cause only in Jira comments: the contractor who wrote the solver left, nobody can maintain the Scala code, data engineer position unfilled. 'Daten sind vollständig' is a negated data remark."),
  [E("Umsetzung Tourenoptimierer (MVP)", "prog", ["Die Sendungsdaten aus dem TMS sind vollständig, daran liegt es nicht.", ("2026-04-02", "Marek's contract ended 31 March. The solver is 9k lines of Scala and nobody else here has ever written Scala."), "Stelle Data Engineer seit Januar ausgeschrieben, bisher keine passende Bewerbung."], sprint="TOUR Umsetzung 3"),
   S("Zeitfenster der Empfänger im Modell abbilden", "blocked", ["Kann das jemand übernehmen? Ich kenne den Code nicht.", "Wartet auf jemanden, der den Solver versteht."]),
   S("Export der Touren an die Disposition", "todo", [])],
  bu="Logistik Stückgut", sponsor="Frank Ostermann", owner="Aylin Demir", tech="optimization", bob="build",
  rstage="Build", status="active", start="2025-06-02", target="2026-05-31",
  bp=260000, bs=231000, cur="EUR", kpi="Leerkilometer je Tour", kb="18 %", kt="12 %", audit="ja",
  proj="TOUR", js="2025-06-16", last="2026-04-09")

I("BF-05", "FR", "Détection de doublons en pharmacovigilance",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-06-16, status en production."),
  [E("Réalisation détection de doublons ICSR", "done", ["Rappel 0,94 sur le jeu de validation, validé par le QPPV."], end="2025-06-10"),
   E("Exploitation - suivi mensuel", "prog", [("2026-08-05", "Rapport de juillet : 312 doublons détectés, 9 faux positifs."), "Dashboard refreshed, numbers look normal."]),
   T("Mise à jour MedDRA 29.0", "done", ["Dictionnaire mis à jour."])],
  bu="R&D Pharmacovigilance", sponsor="Dr Anne Roussel", owner="Nadia Benali", tech="nlp", bob="build",
  rstage="Exploitation", status="en production", start="2024-09-02", target="2025-06-01", prod="2025-06-16",
  bp=240000, bs=228000, cur="EUR", kpi="Doublons non détectés par mois", kb="40", kt="5", audit="yes",
  proj="PVD", js="2024-09-16", last="2026-08-28")

I("BF-06", "IT", "Analisi clausole contratti clienti (studio legale)",
  ("STALLED", "PROTOTYPE", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
   "registry status 'sospeso' = on hold (Jira activity in August is irrelevant). Stage: registry Prototipo, epic 'Prototipo analisi clausole'. Cause: registry notes (parere privacy/segreto professionale, client files cannot go to an external LLM) + comments. Partners' enthusiasm is a positive adoption remark."),
  [E("Prototipo analisi clausole", "blocked", ["Demo ai soci: molto entusiasti, vogliono usarlo subito.", "Il DPO ha bloccato l'invio dei contratti dei clienti al modello esterno finché non c'è il parere sul segreto professionale.", "Still no answer from the Ordine on the professional-secrecy question. Nothing we can do with real files until then."], labels=["prototipo"]),
   S("Anonimizzazione dei contratti di prova", "done", ["Fatto su 200 contratti sintetici."]),
   T("Richiesta parere al consulente privacy esterno", "prog", ["Sollecitato di nuovo il consulente.", "Il consulente dice: servono valutazione d'impatto e accordo di trattamento con il fornitore prima di qualsiasi test su dati reali."])],
  bu="Studio legale - Contenzioso", sponsor="Avv. Carla Benedetti", owner="Marco Bianchi", tech="genai-assistant", bob="buy",
  rstage="Prototipo", status="sospeso", start="2025-11-03", target="2026-09-30",
  bp=90000, bs=41000, cur="EUR", kpi="Ore di revisione per contratto", kb="3.5", kt="1.5", audit="",
  proj="CLAU", js="2025-11-17", last="2026-08-19",
  notes="Sospeso in attesa del parere privacy: i contratti dei clienti non possono essere inviati al modello esterno senza DPIA e accordo con il fornitore.")

I("BF-07", "DE", "Lackfehlererkennung Linie 2",
  ("CANCELLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
   "closed_date 2026-05-29, status eingestellt. Stage: epic 'Rollout Lackfehlererkennung Linie 2' (started, then won't do), registry Rollout; the line ran a trial (Testbetrieb), not production. Cause: closure reason (Meister schalten die Warnungen ab, Nacharbeit läuft wie vorher) + comments on usage; detection quality is positive (not feasibility)."),
  [E("Entwicklung Kamerastation Lackkontrolle", "done", ["Erkennungsrate im Test 96 %, Fehlalarme unter 2 pro Schicht."], end="2026-02-27"),
   E("Rollout Lackfehlererkennung Linie 2", "wont", [("2026-03-20", "Testbetrieb seit März: Schicht B hat das Terminal nach drei Tagen umgedreht, Bildschirm zur Wand."), ("2026-05-04", "Usage log for April: alerts acknowledged 31 of 1,870. The foremen mark defects with chalk like before."), "Keiner hat die Meister vorher gefragt, Schulung gab es auch keine."], sprint="LACK Rollout 1"),
   T("Schulungsunterlagen für Schichtführer", "todo", [])],
  bu="Werk Regensburg - Lackiererei", sponsor="Thomas Brandl", owner="Katrin Vogt", tech="computer-vision", bob="partner",
  rstage="Rollout", status="eingestellt", start="2025-03-03", target="2026-01-31", closed="2026-05-29",
  bp=310000, bs=288000, cur="EUR", kpi="Nacharbeitsquote Lack", kb="7.2 %", kt="5 %", audit="ja",
  proj="LACK", js="2025-03-17", last="2026-05-20",
  closure="Eingestellt. Die Meister schalten die Warnungen ab, Nacharbeit läuft wie vorher über Sichtprüfung. Kein Nutzen ohne Nutzung.")

I("BF-08", "FR", "Détection de triche en parties classées",
  ("STALLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS",
   "status active, no closure; last Jira activity 2026-05-12 (> 90 days). Stage: epic 'Prototype détection de triche'. Cause only in Jira: labels from player reports unreliable, only ~300 confirmed bans, replay files purged after 14 days; registry data_audit 'no' supports."),
  [E("Prototype détection de triche", "prog", ["On a 1,2 M de signalements joueurs mais seulement 296 bans confirmés par le support.", "Replays are purged after 14 days, so for most reported matches we have nothing left to look at.", "Les signalements sont surtout des joueurs qui perdent ; impossible de s'en servir comme étiquettes."], labels=["prototype"], sprint="ANTI Sprint 6"),
   S("Extraction des replays vers le stockage froid", "blocked", ["En attente d'un changement de rétention côté serveurs de jeu."]),
   T("Réunion avec l'équipe support", "done", ["Compte rendu dans Confluence."])],
  bu="Studio - Live Ops", sponsor="Romain Delmas", owner="Julien Moreau", tech="anomaly-detection", bob="build",
  rstage="Prototype", status="active", start="2025-10-06", target="2026-09-01",
  bp=120000, bs=64000, cur="EUR", kpi="Taux de triche détecté", kb="", kt="", audit="no",
  proj="ANTI", js="2025-10-20", last="2026-05-12")

I("BF-09", "IT", "Valutazione automatica immobili per le agenzie",
  ("CANCELLED", "STRATEGY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
   "closed_date 2026-02-27, status annullato. Stage: registry Business case, epic 'Business case valutazione automatica'. Cause: closure reason (no agreed problem: agents wanted speed, management wanted pricing control) + comments; empty success_kpi supports."),
  [E("Business case valutazione automatica", "wont", ["Tre workshop con le agenzie, tre richieste diverse: listing più veloce, prezzi più alti, meno trattative.", "Management keeps asking what number should move. We still don't have an answer.", "Chiuso dal comitato: manca un problema condiviso."], labels=["business-case"]),
   T("Raccolta esempi di perizie", "done", ["Raccolte 40 perizie dalle agenzie di Bologna."])],
  bu="Agenzie immobiliari", sponsor="Stefano Galli", owner="Elena Russo", tech="regression", bob="build",
  rstage="Business case", status="annullato", start="2025-09-15", target="2026-06-30", closed="2026-02-27",
  bp=40000, bs=18000, cur="EUR", kpi="", kb="", kt="", audit="",
  proj="VALI", js="2025-09-29", last="2026-02-20",
  closure="Nessun obiettivo condiviso: le agenzie volevano velocità, la direzione controllo dei prezzi. Nessuna metrica concordata.")

I("BF-10", "DE", "Betrugsindikatoren Kfz-Schaden",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-03-10, status live."),
  [E("Umsetzung Betrugsscore Kfz", "done", ["Score im Schadensystem sichtbar seit März."], end="2025-03-07"),
   S("Neue Merkmale: Werkstattnetz", "prog", ["Feature importance looks sensible, Werkstatt-Cluster ist Top 5."]),
   T("Quartalsreport Trefferquote Q2", "done", ["Trefferquote 38 % bei Prüfung, vorher 21 %."])],
  bu="Schaden Kraftfahrt", sponsor="Michael Krüger", owner="Mehmet Kaya", tech="classification", bob="build",
  rstage="Operation", status="live", start="2024-04-02", target="2025-03-01", prod="2025-03-10",
  bp=290000, bs=301000, cur="EUR", kpi="Trefferquote SIU-Prüfungen", kb="21 %", kt="35 %", audit="ja",
  proj="KFB", js="2024-04-15", last="2026-09-03")

I("BF-11", "FR", "Prédiction de solubilité des composés",
  ("STALLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
   "status active, last Jira activity 2026-03-27 (> 90 days). Stage: epic 'Preuve de concept solubilité'. Cause only in Jira comments (French, English, one in Dutch): error on new scaffolds no better than the chemists' rule of thumb; data is good (negated data remark)."),
  [E("Preuve de concept solubilité", "prog", ["Le jeu interne est propre, 18 000 mesures bien annotées, pas de souci de ce côté.", "On the held-out scaffolds RMSE is 1.3 log units. The chemists' rule of thumb gets 1.2.", "Trois architectures testées (GNN, RF sur descripteurs, fine-tuning), aucune ne généralise aux nouvelles séries."], labels=["poc"]),
   S("Comparaison avec le modèle commercial", "done", ["Le modèle du fournisseur fait pareil, 1.25."])],
  bu="R&D Chimie médicinale", sponsor="Dr Paul Mercier", owner="Sophie Garnier", tech="regression", bob="build",
  rstage="POC", status="active", start="2025-09-01", target="2026-06-30",
  bp=180000, bs=97000, cur="EUR", kpi="RMSE log S sur nouvelles séries", kb="1.2", kt="0.6", audit="yes",
  proj="SOLU", js="2025-09-15", last="2026-03-27")

I("BF-12", "IT", "Previsione ritardi per l'OCC",
  ("STALLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
   "status attivo, last Jira activity 2026-05-06 (> 90 days). Stage: epic 'Messa in produzione previsione ritardi', sprint 'OCC Rilascio 2'. Cause only in Jira: the model runs from a notebook, no serving, IT ops will not run Python, no monitoring (plus a Portuguese comment: the 5am CSV did not arrive because Davide is on holiday); OCC users want it (positive adoption)."),
  [E("Sviluppo modello ritardi", "done", ["MAE 7 minuti sulle partenze da FCO."], end="2025-12-12"),
   E("Messa in produzione previsione ritardi", "prog", ["Gli operatori OCC lo vogliono già, chiedono ogni settimana quando arriva.", "For the shadow evaluation Davide runs the notebook at 5am and mails a CSV to the analytics team. There is no service to call.", "IT operations: non gestiamo container Python, nessuna piattaforma prevista quest'anno. E nessuno monitora il modello."], sprint="OCC Rilascio 2"),
   T("Definire SLA di aggiornamento", "todo", [])],
  bu="Operazioni volo", sponsor="Cmte. Luca Neri", owner="Davide Conti", tech="forecasting", bob="build",
  rstage="Rilascio", status="attivo", start="2025-05-05", target="2026-03-31",
  bp=230000, bs=219000, cur="EUR", kpi="Minuti di ritardo evitati", kb="", kt="", audit="sì",
  proj="OCC", js="2025-05-19", last="2026-05-06")

# ---------------------------------------------------------------- BF-13 .. BF-24
I("BF-13", "DE", "Stellenanzeigen-Assistent",
  ("ACTIVE", "", "", "", "status aktiv, Jira activity in September 2026."),
  [E("Umsetzung Stellenanzeigen-Assistent", "prog", ["Erste 50 Anzeigen generiert, Recruiting findet den Ton gut.", "Datenschutz-Freigabe kam letzte Woche, keine Auflagen."], sprint="JOBAD Sprint 5"),
   S("Vorlagen für Ausbildungsberufe", "review", ["Bitte Feedback bis Freitag."])],
  bu="Personal / Recruiting", sponsor="Sabine Lorenz", owner="Lena Hoffmann", tech="genai-assistant", bob="buy",
  rstage="Umsetzung", status="aktiv", start="2026-04-01", target="2026-12-01",
  bp=60000, bs=28000, cur="EUR", kpi="Zeit bis Veröffentlichung einer Anzeige", kb="5 Tage", kt="1 Tag", audit="ja",
  proj="JOBAD", js="2026-04-13", last="2026-09-24")

I("BF-14", "FR", "Lecture automatique des diagnostics énergétiques scannés",
  ("CANCELLED", "PROTOTYPE", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
   "closed_date 2026-03-13, status abandonné, empty closure_reason. Stage: registry POC, epic 'POC lecture des DPE'. Cause only in Jira: extraction accuracy 58 % vs 95 % needed, about 60 % even on clean typed documents, the vendor's engine does no better."),
  [E("POC lecture des DPE", "wont", ["Sur 500 DPE scannés, 58 % des champs correctement extraits. Il en faut 95 % pour se passer de la ressaisie.", "Even on the clean, typed certificates the layouts vary so much that field extraction tops out around 60 %.", "Le fournisseur a testé son moteur : même résultat à deux points près."], labels=["poc"]),
   T("Constitution du jeu de test", "done", ["500 documents, 3 agences."])],
  bu="Gestion locative", sponsor="Marc Aubert", owner="Camille Bernard", tech="document-ai", bob="buy",
  rstage="POC", status="abandonné", start="2025-10-01", target="2026-04-30", closed="2026-03-13",
  bp=55000, bs=39000, cur="EUR", kpi="Temps de saisie par dossier", kb="25 min", kt="5 min", audit="yes",
  proj="DPE", js="2025-10-13", last="2026-03-06")

I("BF-15", "IT", "Analisi dati per lo scouting giovanile",
  ("STALLED", "STRATEGY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
   "status attivo, last Jira activity 2026-04-15 (> 90 days). Stage: registry Strategia, epic 'Strategia dati scouting'. Cause only in Jira comments: nobody can say what decision it supports, no success measure; empty success_kpi supports."),
  [E("Strategia dati scouting giovanile", "prog", ["Riunione con lo staff tecnico: ognuno vuole una cosa diversa, chi il ranking dei talenti, chi i dati fisici, chi niente.", "What would the scouts actually do differently with a score? Nobody could say.", "Proposta: prima definiamo cosa vuol dire 'successo' per il vivaio. Nessuna risposta dalla direzione sportiva."], labels=["strategia"]),
   T("Inventario fonti dati (GPS, partite, test atletici)", "done", ["Elenco in allegato."])],
  bu="Settore giovanile", sponsor="Roberto Sala", owner="Sara Greco", tech="analytics", bob="build",
  rstage="Strategia", status="attivo", start="2025-12-01", target="2026-09-30",
  bp=35000, bs=12000, cur="EUR", kpi="", kb="", kt="", audit="",
  proj="SCOUT", js="2025-12-15", last="2026-04-15")

I("BF-16", "DE", "Störungsklassifikation Netzleitstelle",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2024-11-18 and closed_date 2026-06-30 with status retired: reached production, later retired (replaced by the vendor module)."),
  [E("Inbetriebnahme Störungsklassifikation", "done", [("2024-11-19", "Seit 18.11. produktiv in der Leitstelle.")], end="2024-11-20"),
   T("Abschaltung nach Einführung Herstellermodul", "done", [("2026-06-30", "Modell abgeschaltet, Herstellermodul übernimmt."), ("2026-06-30", "Archived the model and the runbook in the wiki.")])],
  bu="Netzleitstelle", sponsor="Dr. Renate Falk", owner="Jonas Weber", tech="classification", bob="build",
  rstage="Betrieb", status="retired", start="2023-11-06", target="2024-10-31", prod="2024-11-18", closed="2026-06-30",
  bp=170000, bs=165000, cur="EUR", kpi="Zeit bis Störungszuordnung", kb="11 min", kt="4 min", audit="ja",
  proj="STK", js="2024-04-08", last="2026-06-30")

I("BF-17", "FR", "Assistant IA pour l'accueil des usagers (fiscalité locale)",
  ("CANCELLED", "STRATEGY", "COST_FUNDING", "COST_FUNDING;UNCLEAR_OBJECTIVE",
   "closed_date 2026-01-30, status clos. Stage: registry 'Étude d'opportunité', epic 'Étude d'opportunité assistant accueil'. Cause: closure reason names first the running cost (licence + tokens ~ 3x the saving) and then the missing agreed objective; tie, primary the first named. Comments support both."),
  [E("Étude d'opportunité assistant accueil", "wont", ["Devis de l'éditeur : 210 k€ par an en licences et consommation, pour un gain estimé à 70 k€.", "Et on ne sait toujours pas si le but est de réduire les appels ou d'allonger les horaires.", "Commission des finances : refus du budget de fonctionnement."], labels=["opportunite"]),
   T("Analyse des motifs d'appel 2025", "done", ["42 % des appels concernent la taxe foncière."])],
  bu="Direction des finances publiques locales", sponsor="Hélène Vasseur", owner="Julien Moreau", tech="genai-assistant", bob="buy",
  rstage="Étude d'opportunité", status="clos", start="2025-09-01", target="2026-09-01", closed="2026-01-30",
  bp=30000, bs=26000, cur="EUR", kpi="", kb="", kt="", audit="",
  proj="ACCU", js="2025-09-15", last="2026-01-22",
  closure="Coût d'exploitation trois fois supérieur au gain attendu; par ailleurs pas d'objectif partagé entre l'accueil et la direction.")

I("BF-18", "IT", "Strategia prezzi dinamici e-shop",
  ("STALLED", "STRATEGY", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
   "status attivo, last Jira activity 2026-03-18 (> 90 days). Stage: registry Strategia, epic 'Business case prezzi dinamici'. Cause only in Jira (Italian, English, Spanish): sponsor (CCO) left, commercial and marketing disagree, nobody signs or decides; empty sponsor supports."),
  [E("Business case prezzi dinamici", "prog", [("2026-02-02", "Il CCO ha lasciato l'azienda a gennaio; il business case è senza firma."), "Marketing wants price stability, category managers want daily repricing. Nobody has the mandate to pick.", "Steering annullato per la seconda volta."], labels=["business-case"]),
   T("Benchmark competitor", "done", ["Fatto, 12 competitor monitorati."])],
  bu="E-commerce", sponsor="", owner="Giulia Ferri", tech="optimization", bob="build",
  rstage="Strategia", status="attivo", start="2025-11-03", target="2026-10-31",
  bp=50000, bs=21000, cur="EUR", kpi="Margine lordo", kb="31 %", kt="33 %", audit="",
  proj="PRIX", js="2025-11-17", last="2026-03-18")

I("BF-19", "DE", "Ankunftszeitprognose Lkw",
  ("ACTIVE", "", "", "", "status aktiv, rollout in progress (pilot test with 12 customers on a test access, not yet in the live portal), Jira activity in September 2026."),
  [E("Rollout ETA-Prognose Kundenportal", "prog", ["Pilottest mit 12 Kunden läuft (Testzugang, noch nicht im Live-Portal), Feedback positiv.", "Freischaltung im Live-Portal geplant ab 5.10."], sprint="ETA Rollout 2"),
   E("Entwicklung ETA-Modell", "done", ["MAE 14 min auf Fernverkehr."], end="2026-05-29"),
   T("Kundenkommunikation Welle 2", "prog", ["Mailing-Entwurf liegt bei Marketing."])],
  bu="Logistik Fernverkehr", sponsor="Frank Ostermann", owner="Mehmet Kaya", tech="forecasting", bob="build",
  rstage="Rollout", status="aktiv", start="2025-09-01", target="2026-12-31",
  bp=200000, bs=150000, cur="EUR", kpi="Anfragen 'Wo ist mein Lkw?' je Woche", kb="900", kt="300", audit="ja",
  proj="ETA", js="2025-09-15", last="2026-09-25")

I("BF-20", "FR", "Chiffrage automatique des dommages habitation",
  ("STALLED", "ENGINEERING", "INTEGRATION", "INTEGRATION",
   "status active, last Jira activity 2026-05-19 (> 90 days). Stage: registry Réalisation, epic 'Réalisation chiffrage v1', sprint 'HAB Réalisation 4'. Cause only in Jira: the estimate cannot be written into the claims tool (no write API, expert network's software closed). Security approved (negated)."),
  [E("Réalisation chiffrage v1", "prog", [("2026-03-02", "Validation sécurité obtenue en février, rien à signaler."), "L'outil de gestion ne permet pas d'écrire le chiffrage dans le dossier : pas d'API en écriture.", "The experts' network uses its own estimating software and won't take anything from outside. Stuck on both ends."], sprint="HAB Réalisation 4"),
   S("Connecteur vers l'outil de gestion", "blocked", ["Bloqué, voir commentaire de l'épique."]),
   S("Barème matériaux 2026", "done", [], fix=["Lot 1 - réalisation"])],
  bu="Sinistres IARD", sponsor="Isabelle Caron", owner="Hugo Lefèvre", tech="regression", bob="build",
  rstage="Réalisation", status="active", start="2025-07-01", target="2026-06-30",
  bp=280000, bs=240000, cur="EUR", kpi="Coût moyen de gestion", kb="", kt="", audit="yes",
  proj="HAB", js="2025-07-15", last="2026-05-19")

I("BF-21", "IT", "Dialoghi generativi per NPC",
  ("CANCELLED", "PROTOTYPE", "SKILLS_GAP", "SKILLS_GAP",
   "closed_date 2026-04-17, status chiuso. Stage: registry Prototipo, epic 'Prototipo dialoghi NPC'. Cause: closure reason (both ML engineers left, no replacement found) + comments. The quality remark is positive."),
  [E("Prototipo dialoghi NPC", "wont", ["Playtest interno: i dialoghi sono piaciuti, 4,2 su 5.", "Both of our ML engineers are leaving for a studio in Milan, last day end of February.", "Ricerca di sostituti: due colloqui, nessuno con esperienza di fine-tuning."], labels=["prototipo"]),
   S("Pipeline di fine-tuning su GPU cloud", "todo", ["Nessuno sa come riavviarla."])],
  bu="Studio giochi", sponsor="Andrea Rinaldi", owner="Marco Bianchi", tech="genai", bob="build",
  rstage="Prototipo", status="chiuso", start="2025-06-02", target="2026-05-31", closed="2026-04-17",
  bp=140000, bs=88000, cur="EUR", kpi="Righe di dialogo scritte a mano per quest", kb="120", kt="40", audit="",
  proj="NPC", js="2025-06-16", last="2026-04-10",
  closure="Team lost both ML engineers; no replacement with fine-tuning experience found. Closed.")

I("BF-22", "DE", "Belegerkennung Steuererklärung",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-02-03, status in Betrieb."),
  [E("Einführung Belegerkennung Finanzämter", "done", ["Alle 23 Finanzämter angebunden."], end="2025-02-05"),
   S("Neue Belegart: Handwerkerrechnungen", "prog", ["Erkennungsrate 92 % im Test."]),
   T("Jahresbericht Nutzung 2025", "done", ["1,4 Mio Belege verarbeitet."])],
  bu="Finanzverwaltung", sponsor="MR Dr. Stefan Keller", owner="Katrin Vogt", tech="document-ai", bob="partner",
  rstage="Betrieb", status="in Betrieb", start="2023-09-04", target="2025-01-31", prod="2025-02-03",
  bp=520000, bs=560000, cur="EUR", kpi="Bearbeitungszeit je Erklärung", kb="38 min", kt="30 min", audit="ja",
  proj="BELEG", js="2023-09-18", last="2026-09-10")

I("BF-23", "FR", "Exploration : recommandations de lecture pour les médiathèques",
  ("STALLED", "DISCOVERY", "UNKNOWN", "UNKNOWN",
   "status active, last Jira activity 2026-02-26 (> 90 days). Stage: registry Exploration, epic 'Exploration recommandations'. No cause anywhere: only meeting chatter."),
  [E("Exploration recommandations de lecture", "prog", ["Atelier avec les bibliothécaires le 12.", "Notes from the workshop are in the shared folder.", "Prochain point à fixer."], labels=["exploration"]),
   T("Liste des médiathèques participantes", "done", ["Six médiathèques."])],
  bu="Réseau des médiathèques", sponsor="Claire Fontaine", owner="Camille Bernard", tech="recommendation", bob="build",
  rstage="Exploration", status="active", start="2025-11-03", target="",
  bp=15000, bs=4000, cur="EUR", kpi="Prêts par abonné", kb="", kt="", audit="",
  proj="LECT", js="2025-11-17", last="2026-02-26")

I("BF-24", "IT", "Manutenzione predittiva APU",
  ("CANCELLED", "DEPLOYMENT", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
   "closed_date 2026-06-12, status annullato. Stage: epic 'Rilascio in hangar' started (sprint 'APU Rilascio 1'), registry Rilascio. Cause: closure reason (no platform to run and retrain the model; POC built on a laptop extract) + comments. Accuracy was fine (positive)."),
  [E("Prototipo previsione guasti APU", "done", ["Precisione 0,81 a 30 giorni, buona per la manutenzione."], end="2025-12-19"),
   E("Rilascio in hangar", "wont", ["The model only exists as a notebook on Sara's laptop reading a one-off extract from AMOS.", "Per andare in produzione servirebbero pipeline dati, scheduling, monitoraggio e riaddestramento: nulla di questo esiste qui.", "Platform team can't take it before 2027."], sprint="APU Rilascio 1")],
  bu="Manutenzione aeromobili", sponsor="Ing. Fabio Romano", owner="Sara Greco", tech="predictive-maintenance", bob="build",
  rstage="Rilascio", status="annullato", start="2025-03-03", target="2026-03-31", closed="2026-06-12",
  bp=260000, bs=245000, cur="EUR", kpi="Rimozioni non programmate APU", kb="14/anno", kt="8/anno", audit="sì",
  proj="APU", js="2025-03-17", last="2026-06-05",
  closure="Nessuna piattaforma per eseguire, monitorare e riaddestrare il modello; il prototipo era un notebook su un estratto una tantum.")

# ---------------------------------------------------------------- BF-25 .. BF-36
I("BF-25", "DE", "Predictive Quality Presswerk",
  ("STALLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP",
   "status active, last Jira activity 2026-05-28 (> 90 days). Stage: registry still says PoC, but the epic 'Umsetzung Predictive Quality Presse 3' is in progress with sprint 'PQ Umsetzung 5' (registry lags behind Jira): ENGINEERING. Cause only in Jira: started for one press line, now all four plants, extra dashboards and a maintenance module; no first release. The budget remark is negated."),
  [E("Umsetzung Predictive Quality Presse 3", "prog", ["Ursprünglich nur Presse 3 in Ingolstadt. Jetzt sollen alle vier Werke rein, plus Werkzeugverschleiß.", "Budget ist nicht das Thema, wir liegen im Plan.", "New request from the plant managers: eleven dashboards and a maintenance planning module before go-live. Backlog went from 35 to 210 stories."], sprint="PQ Umsetzung 5"),
   S("Werk Zwickau anbinden", "todo", [], fix=["PQ 1.0"]),
   S("Werkzeugverschleiß-Modul", "todo", ["Neu aufgenommen nach Lenkungskreis."]),
   S("Datenstrecke Presse 3", "done", ["Läuft stabil."])],
  bu="Presswerk", sponsor="Thomas Brandl", owner="Aylin Demir", tech="classification", bob="build",
  rstage="PoC", status="active", start="2025-04-01", target="2026-03-31",
  bp=350000, bs=290000, cur="EUR", kpi="Ausschussquote Presse 3", kb="3.1 %", kt="2.0 %", audit="ja",
  proj="PQ", js="2025-04-14", last="2026-05-28")

I("BF-26", "FR", "Recherche de jurisprudence assistée",
  ("ACTIVE", "", "", "", "status active, Jira activity in September 2026."),
  [E("Prototype recherche de jurisprudence", "prog", ["Test avec 8 avocats : 6 trouvent les résultats pertinents.", "Security review done, hosting in our tenant, no client data leaves."], labels=["prototype"]),
   S("Ajout des décisions de cours d'appel", "prog", ["Import en cours."])],
  bu="Cabinet - Contentieux", sponsor="Me Laurent Perrin", owner="Nadia Benali", tech="genai-search", bob="buy",
  rstage="Prototype", status="active", start="2026-05-04", target="2027-01-31",
  bp=80000, bs=30000, cur="EUR", kpi="Temps de recherche par dossier", kb="3 h", kt="1 h", audit="yes",
  proj="JURI", js="2026-05-18", last="2026-09-17")

I("BF-27", "IT", "Ricerca semantica nel catalogo",
  ("IN_PRODUCTION", "", "", "", "no production_date in the registry (stage Rollout, status attivo), but the rollout epic is done and its comment says the search is live in production on all markets since 8 June 2026: production evidence only in Jira."),
  [E("Rollout ricerca semantica", "done", [("2026-06-10", "Live in produzione su IT, ES e PT dall'8 giugno."), ("2026-06-12", "Zero-result searches down from 9 % to 3 %.")], sprint="SRCH Rollout 3", end="2026-06-12"),
   E("Sviluppo indice vettoriale", "done", ["Indice da 1,2 M prodotti."], end="2026-03-27"),
   T("Tuning sinonimi stagione invernale", "prog", ["In corso."])],
  bu="E-commerce", sponsor="Paolo Marchetti", owner="Elena Russo", tech="search", bob="build",
  rstage="Rollout", status="attivo", start="2025-10-06", target="2026-06-30",
  bp=190000, bs=175000, cur="EUR", kpi="Ricerche senza risultati", kb="9 %", kt="4 %", audit="sì",
  proj="SRCH", js="2025-10-20", last="2026-09-08")

I("BF-28", "DE", "Bewerber-Matching",
  ("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
   "status aktiv, last Jira activity 2026-05-07 (> 90 days). Stage: epic 'Einführung Bewerber-Matching' started, registry Einführung; only a test phase in one pilot department, not production. Cause only in Jira comments: recruiters ignore the ranking and sort by date, usage near zero; works council approval was obtained (resolved compliance)."),
  [E("Einführung Bewerber-Matching", "prog", ["Betriebsrat hat zugestimmt, Vereinbarung unterschrieben.", "Nutzung seit Start der Testphase im Pilotbereich: 14 von 2.300 Bewerbungen über das Ranking geöffnet.", "Recruiters told us they don't trust a score they can't explain and just sort by date received."], sprint="MATCH Einführung 2"),
   S("Schulung Recruiting-Team", "todo", []),
   S("Ranking im ATS anzeigen", "done", ["Anzeige funktioniert."])],
  bu="Personal / Recruiting", sponsor="Sabine Lorenz", owner="Lena Hoffmann", tech="ranking", bob="buy",
  rstage="Einführung", status="aktiv", start="2025-05-05", target="2026-02-28",
  bp=120000, bs=110000, cur="EUR", kpi="Time-to-hire", kb="41 Tage", kt="30 Tage", audit="ja",
  proj="MATCH", js="2025-05-19", last="2026-05-07")

I("BF-29", "FR", "Détection de fraude sur compteurs électriques",
  ("CANCELLED", "DEPLOYMENT", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
   "closed_date 2026-07-31, status abandonné. Stage: epic 'Déploiement ciblage des contrôles' started (sprint 'FRAU Déploiement 1'), registry Déploiement. Cause: closure reason (legal/CNIL: load-curve data cannot be used for fraud targeting without consent) + comments. Model quality positive."),
  [E("Déploiement ciblage des contrôles", "wont", ["Sur l'échantillon test de 200 contrôles ciblés : 31 % de fraude confirmée contre 4 % au hasard.", "Avis juridique : l'usage des courbes de charge au pas 30 min pour du ciblage n'a pas de base légale sans consentement.", "DPO confirms: CNIL would have to be consulted first, and the answer is very likely no."], sprint="FRAU Déploiement 1"),
   E("Modèle de détection fraude compteurs", "done", [], end="2025-11-28")],
  bu="Distribution électricité", sponsor="Olivier Lambert", owner="Hugo Lefèvre", tech="anomaly-detection", bob="build",
  rstage="Déploiement", status="abandonné", start="2025-01-06", target="2026-06-30", closed="2026-07-31",
  bp=300000, bs=270000, cur="EUR", kpi="Taux de contrôles positifs", kb="4 %", kt="20 %", audit="yes",
  proj="FRAU", js="2025-01-20", last="2026-07-24",
  closure="Blocage juridique : pas de base légale pour exploiter les courbes de charge fines à des fins de contrôle sans consentement (avis DPO, consultation CNIL nécessaire).")

I("BF-30", "IT", "Biglietteria dinamica stadio",
  ("STALLED", "ENGINEERING", "COST_FUNDING", "COST_FUNDING",
   "registry status 'on hold' (Jira activity in August inside the window is irrelevant). Stage: registry Sviluppo, epic 'Sviluppo prezzi dinamici biglietti'. Cause: registry notes (budget frozen after overspend) + comments; budget_spent above plan supports."),
  [E("Sviluppo prezzi dinamici biglietti", "blocked", ["Spesi 410k su 300k previsti, il CdA ha congelato il resto.", "Licence for the pricing engine doubled at renewal.", "Fermi finché non c'è il nuovo budget a gennaio."], sprint="TIX Sviluppo 3"),
   T("Documentare lo stato del modello", "prog", ["Scrivo la documentazione per quando si riparte."])],
  bu="Club - Biglietteria", sponsor="Dott. Enrico Villa", owner="Davide Conti", tech="pricing", bob="partner",
  rstage="Sviluppo", status="on hold", start="2025-07-01", target="2026-08-31",
  bp=300000, bs=410000, cur="EUR", kpi="Ricavo medio per posto", kb="27.50", kt="31.00", audit="sì",
  proj="TIX", js="2025-07-14", last="2026-08-12",
  notes="On hold: budget frozen by the board after the overspend; licence cost doubled.")

I("BF-31", "DE", "Schadenfoto-Bewertung Hausrat",
  ("CANCELLED", "PROTOTYPE", "DATA_READINESS", "DATA_READINESS",
   "closed_date 2026-02-27, status eingestellt. Stage: registry PoC, epic 'PoC Schadenfotos Hausrat'. Cause: closure reason (photos scattered, no link to the final claim amount) + comments; data_audit 'nein' supports."),
  [E("PoC Schadenfotos Hausrat", "wont", ["Fotos liegen in drei Systemen, zwei davon ohne Schadennummer.", "Only 8 % of photos can be matched to a settled amount. That's ~1,900 images for 40 damage types.", "Abgebrochen, siehe Lenkungskreis-Protokoll."], labels=["poc"]),
   T("Zugriff Fotoarchiv Altsystem", "done", ["Zugriff da, aber Metadaten fehlen."])],
  bu="Schaden Sach", sponsor="Michael Krüger", owner="Mehmet Kaya", tech="computer-vision", bob="build",
  rstage="PoC", status="eingestellt", start="2025-08-04", target="2026-06-30", closed="2026-02-27",
  bp=95000, bs=61000, cur="EUR", kpi="Regulierungsdauer Hausrat", kb="19 Tage", kt="10 Tage", audit="nein",
  proj="HRF", js="2025-08-18", last="2026-02-19",
  closure="Bilddaten unbrauchbar: verstreut, ohne Schadennummer, kaum mit Regulierungsbetrag verknüpfbar.")

I("BF-32", "FR", "Prévision des retours clients",
  ("ACTIVE", "", "", "", "status active, Jira activity in September 2026; the fixed data gap is resolved."),
  [E("Développement prévision des retours", "prog", ["Les codes motif manquants ont été repris par le service client, problème réglé.", "Backtest v2 next week."], sprint="RET Sprint 8"),
   S("Features taille et marque", "done", [])],
  bu="E-commerce mode", sponsor="Valérie Chevalier", owner="Sophie Garnier", tech="classification", bob="build",
  rstage="Développement", status="active", start="2026-03-02", target="2026-11-30",
  bp=110000, bs=52000, cur="EUR", kpi="Taux de retour", kb="29 %", kt="25 %", audit="yes",
  proj="RET", js="2026-03-16", last="2026-09-23")

I("BF-33", "IT", "Classificazione eventi avversi",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-10-01, status in produzione."),
  [E("Esercizio classificazione eventi avversi", "prog", ["Report mensile: 1.840 segnalazioni classificate, 2 % corrette a mano."]),
   E("Realizzazione classificatore MedDRA", "done", ["Validato dal team di farmacovigilanza."], end="2025-09-26")],
  bu="R&D Farmacovigilanza", sponsor="Dott.ssa Laura Fontana", owner="Elena Russo", tech="nlp", bob="build",
  rstage="Esercizio", status="in produzione", start="2024-10-01", target="2025-09-30", prod="2025-10-01",
  bp=200000, bs=190000, cur="EUR", kpi="Tempo di codifica per caso", kb="12 min", kt="4 min", audit="sì",
  proj="AEV", js="2024-10-14", last="2026-09-02")

I("BF-34", "DE", "Vorstudie Vegetationsmanagement Freileitungen",
  ("STALLED", "DISCOVERY", "DATA_READINESS", "DATA_READINESS",
   "status aktiv, last Jira activity 2026-03-10 (> 90 days). Stage: registry Vorstudie, epic 'Vorstudie Vegetation'. Cause only in Jira: LiDAR flights only for 12 % of the lines, no labelled incidents, data owned by a contractor; data_audit 'nein' supports."),
  [E("Vorstudie Vegetationsmanagement", "prog", ["LiDAR-Befliegungen gibt es nur für 12 % der Leitungskilometer.", "Störungen durch Baumkontakt sind im Störungsbuch nur als Freitext, kein Feld.", "The flight data belongs to the survey contractor; we only have PDFs of their reports."], labels=["vorstudie"]),
   T("Termin mit Trassenmanagement", "done", [])],
  bu="Netzbetrieb Hochspannung", sponsor="Dr. Renate Falk", owner="Jonas Weber", tech="computer-vision", bob="build",
  rstage="Vorstudie", status="aktiv", start="2025-11-03", target="",
  bp=25000, bs=9000, cur="EUR", kpi="Störungen durch Vegetation", kb="", kt="", audit="nein",
  proj="VEG", js="2025-11-17", last="2026-03-10")

I("BF-35", "FR", "Score de résiliation des contrats auto",
  ("CANCELLED", "ENGINEERING", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
   "closed_date 2026-05-15, status clos. Stage: registry Développement, epic 'Développement score de résiliation', sprint 'RESIL Sprint 7'. Cause: closure reason (sponsor left in the reorganisation, marketing and distribution both declined to take it) + comments; empty sponsor supports. The feature remark 'historique de propriété' is unrelated."),
  [E("Développement score de résiliation", "wont", ["Feature ajoutée : historique de propriété du véhicule, bon signal.", ("2026-04-08", "Depuis la réorganisation de mars, plus de sponsor : le directeur marketing est parti."), "Distribution says it's a marketing topic, marketing says distribution. Nobody will own the retention campaigns."], sprint="RESIL Sprint 7"),
   S("Segmentation des portefeuilles", "done", [])],
  bu="Assurance auto - Marketing", sponsor="", owner="Camille Bernard", tech="classification", bob="build",
  rstage="Développement", status="clos", start="2025-06-02", target="2026-06-30", closed="2026-05-15",
  bp=130000, bs=98000, cur="EUR", kpi="Taux de résiliation", kb="11 %", kt="9 %", audit="yes",
  proj="RESIL", js="2025-06-16", last="2026-05-07",
  closure="Plus de sponsor depuis la réorganisation ; ni le marketing ni la distribution ne veulent porter le projet.")

I("BF-36", "IT", "Esplorazione manutenzione predittiva impianti condominiali",
  ("STALLED", "DISCOVERY", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
   "registry status 'sospeso' (on hold), last Jira activity 2026-01-20. Stage: registry Esplorazione, epic 'Esplorazione impianti'. Cause: registry notes (after the reorganisation no department owns building services) + comment; empty sponsor supports."),
  [E("Esplorazione manutenzione impianti", "blocked", ["Dopo la riorganizzazione facility management è passato a un'altra società del gruppo e nessuno ha più in carico il tema.", "Who signs off the next step? Nobody answered the mail."], labels=["esplorazione"]),
   T("Censimento ascensori e caldaie", "done", ["430 impianti censiti."])],
  bu="Gestione immobili", sponsor="", owner="Sara Greco", tech="predictive-maintenance", bob="build",
  rstage="Esplorazione", status="sospeso", start="2025-09-01", target="",
  bp=20000, bs=6000, cur="EUR", kpi="", kb="", kt="", audit="",
  proj="IMPI", js="2025-09-15", last="2026-01-20",
  notes="Sospeso: dopo la riorganizzazione nessuna funzione ha la responsabilità degli impianti.")

# ---------------------------------------------------------------- BF-37 .. BF-48
I("BF-37", "DE", "Kraftstoffverbrauchsanalyse Flotte",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-07-07, status live."),
  [E("Betrieb Verbrauchsanalyse", "prog", [("2026-09-02", "Monatsreport August verschickt."), "Fahrer-Ranking now in the driver app."]),
   T("Neue Fahrzeuge (Euro 7) aufnehmen", "todo", [])],
  bu="Flottenmanagement", sponsor="Frank Ostermann", owner="Aylin Demir", tech="analytics", bob="build",
  rstage="Operation", status="live", start="2024-11-04", target="2025-06-30", prod="2025-07-07",
  bp=90000, bs=84000, cur="EUR", kpi="Verbrauch l/100 km", kb="31.2", kt="29.5", audit="ja",
  proj="FUEL", js="2024-11-18", last="2026-09-04")

I("BF-38", "FR", "Indexation automatique des fonds numérisés",
  ("ACTIVE", "", "", "", "status active, Jira activity in August/September 2026."),
  [E("Prototype indexation fonds patrimoniaux", "prog", ["Premiers résultats sur les cartes postales anciennes : 78 % des sujets corrects.", "Curators are happy with the suggestions so far."], labels=["prototype"]),
   S("Import des notices Unimarc", "review", [])],
  bu="Bibliothèque patrimoniale", sponsor="Claire Fontaine", owner="Julien Moreau", tech="computer-vision", bob="partner",
  rstage="Prototype", status="active", start="2026-03-02", target="2027-03-31",
  bp=70000, bs=25000, cur="EUR", kpi="Documents indexés par mois", kb="400", kt="4000", audit="yes",
  proj="INDX", js="2026-03-16", last="2026-09-11")

I("BF-39", "IT", "Chatbot assistenza clienti e-shop",
  ("STALLED", "DEPLOYMENT", "SCOPE_CREEP", "SCOPE_CREEP",
   "registry status 'sospeso' (on hold), last Jira activity 2026-04-23. Stage: registry Rilascio, epic 'Rilascio chatbot fase 1'. Cause: registry notes (scope being redefined, phase 1 kept absorbing new channels and languages) + comments."),
  [E("Rilascio chatbot fase 1", "blocked", ["Fase 1 era solo tracking ordini in italiano. Ora: resi, rimborsi, WhatsApp, 5 lingue.", ("2026-04-10", "Every steering adds a 'must have'. Go-live moved from February to May to 'TBD'."), "Backlog fase 1: 48 storie a ottobre, 190 adesso."], sprint="BOT Rilascio 1"),
   S("Canale WhatsApp", "todo", []),
   S("Tracking ordini IT", "done", ["Pronto da mesi."])],
  bu="Customer care", sponsor="Paolo Marchetti", owner="Giulia Ferri", tech="genai-assistant", bob="buy",
  rstage="Rilascio", status="sospeso", start="2025-09-01", target="2026-02-28",
  bp=160000, bs=150000, cur="EUR", kpi="Contatti gestiti senza operatore", kb="0 %", kt="30 %", audit="sì",
  proj="BOT", js="2025-09-15", last="2026-04-23",
  notes="Sospeso: perimetro in ridefinizione, la fase 1 continua a crescere (canali, lingue, resi).")

I("BF-40", "DE", "Werkerassistenz Montage (GenAI)",
  ("CANCELLED", "ENGINEERING", "SCOPE_CREEP", "SCOPE_CREEP",
   "closed_date 2026-06-26, status cancelled. Stage: registry Entwicklung, epic 'Entwicklung Werkerassistenz', sprint 'WAS Entwicklung 4'. Cause: closure reason (scope grew from one assembly line's work instructions to all plants, quality reports and training; no first version shipped) + comments. budget_spent above plan is a consequence, not the reason given."),
  [E("Entwicklung Werkerassistenz Endmontage", "wont", ["Aus 'Arbeitsanweisungen Linie 5' wurde: alle Linien, alle Werke, Qualitätsberichte, Schulungsmodul.", "We've re-planned the first release four times; each time it got bigger.", "Lenkungskreis: Abbruch, kein Release in Sicht."], sprint="WAS Entwicklung 4"),
   S("Sprachsteuerung in der Halle", "todo", []),
   S("Arbeitsanweisungen Linie 5 indexieren", "done", [], fix=["MVP Linie 5"])],
  bu="Werk Leipzig - Montage", sponsor="Thomas Brandl", owner="Katrin Vogt", tech="genai-assistant", bob="build",
  rstage="Entwicklung", status="cancelled", start="2025-05-05", target="2026-01-31", closed="2026-06-26",
  bp=250000, bs=330000, cur="EUR", kpi="Einarbeitungszeit neuer Werker", kb="10 Tage", kt="6 Tage", audit="ja",
  proj="WAS", js="2025-05-19", last="2026-06-19",
  closure="Scope kept growing (all plants, quality reports, training module) - never got to a first release for line 5.")

I("BF-41", "FR", "Prévision de vacance locative",
  ("STALLED", "PROTOTYPE", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE",
   "status active, last Jira activity 2026-04-02 (> 90 days). Stage: epic 'POC vacance locative' done, epic 'Industrialisation' not started (To Do) so the furthest started stage is the POC; registry POC. Cause only in Jira: built in a sandbox on a CSV, nothing to run it, no scheduler, no pipeline; business likes the results (positive)."),
  [E("POC vacance locative", "done", ["Les gestionnaires trouvent les prévisions utiles, ils en redemandent.", "Le POC tourne dans un bac à sable sur un CSV exporté à la main en novembre."], labels=["poc"], end="2026-01-30"),
   E("Industrialisation prévision de vacance", "todo", ["No scheduler, no data pipeline, no place to host the model. DSI says there is no ML platform and none is planned.", "Sans chaîne de déploiement, on ne peut pas aller plus loin."])],
  bu="Asset management immobilier", sponsor="Marc Aubert", owner="Nadia Benali", tech="forecasting", bob="build",
  rstage="POC", status="active", start="2025-09-01", target="2026-09-30",
  bp=85000, bs=47000, cur="EUR", kpi="Jours de vacance par lot", kb="47", kt="35", audit="yes",
  proj="VAC", js="2025-09-15", last="2026-04-02")

I("BF-42", "IT", "Ottimizzazione carburante (tankering)",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-12-01, status in produzione."),
  [E("Messa in produzione tankering", "done", ["In produzione dal 1 dicembre su tutta la flotta A320."], end="2025-12-03"),
   T("Report risparmio Q2", "done", ["Risparmio Q2: 1,1 M EUR."])],
  bu="Operazioni volo", sponsor="Cmte. Luca Neri", owner="Davide Conti", tech="optimization", bob="partner",
  rstage="Esercizio", status="in produzione", start="2025-01-07", target="2025-11-30", prod="2025-12-01",
  bp=400000, bs=385000, cur="EUR", kpi="Costo carburante per blocco ora", kb="", kt="", audit="sì",
  proj="FUELIT", js="2025-01-20", last="2026-07-15")

I("BF-43", "DE", "Exploration KI im Finanzamt",
  ("CANCELLED", "DISCOVERY", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
   "closed_date 2026-01-16, status eingestellt. Stage: registry Exploration, epic 'Exploration KI-Einsatz'. Cause: closure reason (no concrete problem found, only the mandate 'do something with AI') + comments; empty success_kpi supports."),
  [E("Exploration KI-Einsatz Veranlagung", "wont", ["Auftrag aus dem Ministerium: 'KI in der Veranlagung prüfen'. Mehr steht da nicht.", "Six interviews, no team could name a problem they'd want solved by this.", "Ohne Fragestellung keine Fortsetzung."], labels=["exploration"])],
  bu="Finanzverwaltung", sponsor="MR Dr. Stefan Keller", owner="Lena Hoffmann", tech="", bob="",
  rstage="Exploration", status="eingestellt", start="2025-09-01", target="", closed="2026-01-16",
  bp=20000, bs=14000, cur="EUR", kpi="", kb="", kt="", audit="",
  proj="KIFA", js="2025-09-15", last="2026-01-09",
  closure="Keine konkrete Fragestellung gefunden; der Auftrag lautete nur 'KI prüfen'.")

I("BF-44", "FR", "Prévention des blessures - prototype",
  ("STALLED", "PROTOTYPE", "UNCLEAR_OBJECTIVE", "UNCLEAR_OBJECTIVE",
   "status active, last Jira activity 2026-05-05 (> 90 days). Stage: epic 'Prototype prévention des blessures'. Cause only in Jira (French, English, Spanish): medical staff and coaches disagree on what to predict and how to judge it, no success criterion; empty success_kpi supports. The data remark is resolved (GPS export available)."),
  [E("Prototype prévention des blessures", "prog", [("2026-02-09", "Export GPS disponible depuis janvier, c'est réglé."), "Le staff médical veut prédire les blessures musculaires, les entraîneurs veulent une charge d'entraînement 'optimale'. Pas la même chose.", "What counts as success - fewer injuries, fewer days lost, fewer players rested? Nobody decided."], labels=["prototype"]),
   T("Réunion staff médical", "done", [])],
  bu="Club - Pôle performance", sponsor="Bruno Marchal", owner="Sophie Garnier", tech="classification", bob="build",
  rstage="", status="active", start="2025-10-06", target="2026-08-31",
  bp=45000, bs=22000, cur="EUR", kpi="", kb="", kt="", audit="yes",
  proj="BLES", js="2025-10-20", last="2026-05-05")

I("BF-45", "IT", "Moderazione chat in-game",
  ("ACTIVE", "", "", "", "status attivo, rollout in progress (shadow mode only, switching on planned for October), Jira activity in September 2026."),
  [E("Rollout moderazione chat", "prog", ["Shadow mode sui server EU: il modello segnala ma non interviene, concordanza con i moderatori 88 %.", "Next step: switch it on for real on the EU servers in October."], sprint="MOD Rollout 2"),
   S("Lista parole dialettali", "done", [])],
  bu="Studio giochi - Community", sponsor="Andrea Rinaldi", owner="Marco Bianchi", tech="nlp", bob="buy",
  rstage="Rollout", status="attivo", start="2026-01-12", target="2026-11-30",
  bp=75000, bs=60000, cur="EUR", kpi="Segnalazioni di tossicità per 1000 partite", kb="14", kt="7", audit="sì",
  proj="MOD", js="2026-01-26", last="2026-09-18")

I("BF-46", "DE", "Einspeiseprognose PV - Leitsystem",
  ("STALLED", "DEPLOYMENT", "INTEGRATION", "INTEGRATION",
   "status aktiv, last Jira activity 2026-05-21 (> 90 days). Stage: epic 'Inbetriebnahme Einspeiseprognose' started, sprint 'PV Inbetriebnahme 1', registry Rollout. Cause only in Jira comments: the SCADA/Leitsystem accepts no external forecasts, vendor interface not before 2027. Forecast quality positive."),
  [E("Inbetriebnahme Einspeiseprognose im Leitsystem", "blocked", ["Prognosegüte passt: nRMSE 5,2 %, besser als der Dienstleister.", "Das Leitsystem nimmt keine externen Prognosen an. Einzige Schnittstelle: manueller CSV-Import durch die Schichtingenieure.", "Vendor says an inbound forecast interface comes with release 9, not before 2027."], sprint="PV Inbetriebnahme 1"),
   E("Entwicklung PV-Prognose", "done", [], end="2025-12-18")],
  bu="Netzführung", sponsor="Dr. Renate Falk", owner="Mehmet Kaya", tech="forecasting", bob="build",
  rstage="Rollout", status="aktiv", start="2025-04-01", target="2026-04-30",
  bp=210000, bs=198000, cur="EUR", kpi="Ausgleichsenergiekosten", kb="", kt="", audit="ja",
  proj="PV", js="2025-04-14", last="2026-05-21")

I("BF-47", "FR", "Planification des essais cliniques - déploiement",
  ("CANCELLED", "DEPLOYMENT", "INTEGRATION", "INTEGRATION",
   "closed_date 2026-08-28, status abandonné. Stage: epic 'Déploiement prévision de recrutement des centres' started, registry Déploiement. Cause: closure reason (the CTMS cannot take the predictions, custom connector breaks at every release) + comments."),
  [E("Déploiement prévision de recrutement des centres", "wont", ["The CTMS has no way to store a prediction per site; we'd need a custom object and the vendor won't support it.", "Le connecteur maison a cassé aux deux dernières montées de version du CTMS.", "Arrêt décidé en comité."], sprint="CLIN Déploiement 2"),
   E("Réalisation modèle de recrutement", "done", ["Erreur médiane 3 patients/centre, jugé bon par les chefs de projet."], end="2025-12-05")],
  bu="R&D Opérations cliniques", sponsor="Dr Anne Roussel", owner="Hugo Lefèvre", tech="forecasting", bob="build",
  rstage="Déploiement", status="abandonné", start="2025-02-03", target="2026-06-30", closed="2026-08-28",
  bp=260000, bs=250000, cur="EUR", kpi="Centres sous-recruteurs détectés à 3 mois", kb="", kt="", audit="yes",
  proj="CLIN", js="2025-02-17", last="2026-08-21",
  closure="Intégration CTMS impossible à maintenir : pas d'objet pour stocker les prévisions, connecteur cassé à chaque version.")

I("BF-48", "IT", "Previsione domanda magazzino",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2024-09-02, later 'dismesso' with closed_date 2026-03-31: reached production, then retired."),
  [E("Esercizio previsione domanda", "done", ["Dismesso il 31 marzo, sostituito dal modulo del nuovo WMS."])],
  bu="Logistica e-commerce", sponsor="Paolo Marchetti", owner="Elena Russo", tech="forecasting", bob="build",
  rstage="Esercizio", status="dismesso", start="2023-10-02", target="2024-08-31", prod="2024-09-02", closed="2026-03-31",
  bp=150000, bs=149000, cur="EUR", kpi="Rotture di stock", kb="4.8 %", kt="2.5 %", audit="sì",
  proj="DOM", js="2024-10-07", last="2026-03-31")

# ---------------------------------------------------------------- BF-49 .. BF-60
I("BF-49", "DE", "Anomalieprüfung Lohnabrechnung",
  ("STALLED", "ENGINEERING", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
   "registry status 'pausiert' (on hold), last Jira activity 2026-02-12. Stage: registry Umsetzung, epic 'Umsetzung Anomalieprüfung'. Cause: registry notes (works council agreement and data protection approval missing) + comments. 'Integrationsfehler in Buchungsjournalen' is what the model looks for (unrelated sense)."),
  [E("Umsetzung Anomalieprüfung Lohnjournale", "blocked", ["Das Modell soll Integrationsfehler in den Buchungsjournalen finden, erste Treffer sehen gut aus.", "Betriebsrat: ohne Betriebsvereinbarung keine Auswertung personenbezogener Lohndaten.", "DSB hat die Verarbeitung bis zur Vereinbarung untersagt."], sprint="LOHN Umsetzung 2"),
   T("Entwurf Betriebsvereinbarung", "prog", ["Liegt beim Betriebsrat."])],
  bu="Personal / Entgelt", sponsor="Sabine Lorenz", owner="Katrin Vogt", tech="anomaly-detection", bob="build",
  rstage="Umsetzung", status="pausiert", start="2025-06-02", target="2026-03-31",
  bp=95000, bs=58000, cur="EUR", kpi="Korrekturläufe je Monat", kb="6", kt="2", audit="ja",
  proj="LOHN", js="2025-06-16", last="2026-02-12",
  notes="Pausiert bis Betriebsvereinbarung und Freigabe Datenschutz vorliegen.")

I("BF-50", "FR", "Prévision de consommation par quartier",
  ("CANCELLED", "ENGINEERING", "TECHNICAL_FEASIBILITY", "TECHNICAL_FEASIBILITY",
   "closed_date 2026-03-27, status clos. Stage: registry Développement, epic 'Développement prévision par poste HTA/BT', sprint 'QRT Sprint 6'. Cause: closure reason (accuracy at the street level not reachable, 18 % error vs 5 % needed) + comments. The data remark is positive."),
  [E("Développement prévision par poste HTA/BT", "wont", ["Les données compteurs sont complètes et propres, merci l'équipe data.", "Au pas du poste, l'erreur reste à 18 %. L'exploitation a besoin de 5 %.", "Tried gradient boosting, TFT, hierarchical reconciliation. Nothing gets under 15 % at that level - the load is just too noisy."], sprint="QRT Sprint 6"),
   S("Intégration météo locale", "done", [])],
  bu="Distribution électricité", sponsor="Olivier Lambert", owner="Julien Moreau", tech="forecasting", bob="build",
  rstage="Développement", status="clos", start="2025-04-01", target="2026-03-31", closed="2026-03-27",
  bp=220000, bs=205000, cur="EUR", kpi="Erreur de prévision par poste", kb="", kt="5 %", audit="yes",
  proj="QRT", js="2025-04-14", last="2026-03-20",
  closure="Précision inatteignable au niveau du poste (18 % d'erreur, besoin 5 %).")

I("BF-51", "IT", "Previsione infortuni giocatori",
  ("ACTIVE", "", "", "", "status attivo, Jira activity in September 2026."),
  [E("Prototipo previsione infortuni", "prog", ["Staff medico coinvolto, obiettivo concordato: giorni di assenza per infortunio muscolare.", "Dati GPS 2024/25 caricati."], labels=["prototipo"])],
  bu="Club - Area medica", sponsor="Roberto Sala", owner="Sara Greco", tech="classification", bob="build",
  rstage="Prototipo", status="attivo", start="2026-06-01", target="2027-06-30",
  bp=40000, bs=9000, cur="EUR", kpi="Giorni di assenza per infortuni muscolari", kb="310", kt="250", audit="sì",
  proj="INF", js="2026-06-15", last="2026-09-16")

I("BF-52", "DE", "Dokumentenklassifikation Posteingang Versicherung",
  ("STALLED", "ENGINEERING", "UNKNOWN", "UNKNOWN",
   "status active, last Jira activity 2026-04-28 (> 90 days). Stage: epic KIL-… 'Umsetzung Posteingangsklassifikation' in the shared KI-Labor project (epic key in jira_keys), sprint 'KIL Umsetzung 7'. No cause: chatter only, plus a negated remark on security."),
  [E("Umsetzung Posteingangsklassifikation", "prog", ["Security review: keine Findings.", "Moved the labelling guide to the wiki.", ("2026-03-12", "Nächster Termin nach Ostern.")], sprint="KIL Umsetzung 7"),
   S("Klassen für Kündigungsschreiben ergänzen", "prog", ["PR offen."]),
   T("Testlauf mit 500 Briefen", "done", ["Log liegt im Teams-Kanal."])],
  bu="Betrieb Versicherung", sponsor="Michael Krüger", owner="Lena Hoffmann", tech="nlp", bob="build",
  rstage="", status="active", start="2025-08-04", target="2026-06-30",
  bp=140000, bs=96000, cur="EUR", kpi="Fehlleitungen im Posteingang", kb="9 %", kt="3 %", audit="ja",
  proj="KIL", mode="epic", js="2025-08-18", last="2026-04-28")

I("BF-53", "FR", "Routage automatique des courriels clients",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-05-12, status en production."),
  [E("Mise en production du routage", "done", [("2025-05-13", "En production depuis le 12 mai."), "Taux de bon routage 93 %."], end="2025-05-14"),
   T("Ajout de la boîte sinistres corporels", "prog", [])],
  bu="Relation client assurance", sponsor="Isabelle Caron", owner="Camille Bernard", tech="nlp", bob="build",
  rstage="Exploitation", status="en production", start="2024-09-02", target="2025-04-30", prod="2025-05-12",
  bp=160000, bs=171000, cur="EUR", kpi="Délai de première réponse", kb="3 jours", kt="1 jour", audit="yes",
  proj="ROUT", js="2024-09-16", last="2026-09-09")

I("BF-54", "IT", "Assistente per i bibliotecari",
  ("CANCELLED", "PROTOTYPE", "USER_ADOPTION", "USER_ADOPTION",
   "closed_date 2026-05-08, status annullato. Stage: registry Prototipo, epic 'Prototipo assistente catalogazione'. Cause: closure reason (librarians refused to use it, fearing replacement; nobody explained it) + comments. The MARC import works (resolved integration)."),
  [E("Prototipo assistente catalogazione", "wont", ["L'import MARC funziona, nessun problema con il catalogo.", "In tre settimane di prova: 11 schede create con l'assistente su 900.", "The librarians see it as the first step to cutting staff; the union newsletter called it 'il catalogatore automatico'. Nobody ever explained what it is for."], labels=["prototipo"])],
  bu="Sistema bibliotecario urbano", sponsor="Dott.ssa Marta Colombo", owner="Giulia Ferri", tech="genai-assistant", bob="buy",
  rstage="Prototipo", status="annullato", start="2025-10-01", target="2026-09-30", closed="2026-05-08",
  bp=50000, bs=33000, cur="EUR", kpi="Schede catalogate per giorno", kb="35", kt="60", audit="sì",
  proj="BIBL", js="2025-10-13", last="2026-04-30",
  closure="I bibliotecari non lo usano: timore di sostituzione, nessuna formazione o comunicazione.")

I("BF-55", "DE", "PoC Ersatzteilbedarf Händlernetz",
  ("STALLED", "PROTOTYPE", "OWNERSHIP_SPONSORSHIP", "OWNERSHIP_SPONSORSHIP",
   "status aktiv, last Jira activity 2026-03-04 (> 90 days). Stage: registry PoC, epic 'PoC Ersatzteilbedarf'. Cause only in Jira: sponsor moved to another brand, steering cancelled three times, nobody decides on continuation; empty sponsor supports."),
  [E("PoC Ersatzteilbedarf Händler", "prog", ["PoC-Ergebnis: Fehlbestände -18 % in den 12 Testbetrieben.", "Unser Sponsor ist zur Konzernmarke nach Wolfsburg gewechselt. Nachfolge offen.", "Lenkungskreis zum dritten Mal abgesagt. Keiner entscheidet über die Fortsetzung."], labels=["poc"]),
   T("Ergebnispräsentation vorbereiten", "done", [])],
  bu="Aftersales", sponsor="", owner="Aylin Demir", tech="forecasting", bob="build",
  rstage="PoC", status="aktiv", start="2025-07-01", target="2026-06-30",
  bp=75000, bs=52000, cur="EUR", kpi="Fehlbestände bei Händlern", kb="7.5 %", kt="5 %", audit="ja",
  proj="ETB", js="2025-07-14", last="2026-03-04")

I("BF-56", "FR", "Estimation des délais de recrutement",
  ("CANCELLED", "ENGINEERING", "DATA_READINESS", "DATA_READINESS",
   "closed_date 2026-06-05, status abandonné, empty closure_reason. Linked by label initiative:BF-56 in the shared DSI project (empty jira_keys). Stage: epic 'Développement estimation des délais', sprint 'DSI Sprint 41'. Cause only in Jira comments: SIRH history incomplete after migration, offer dates missing, half the requisitions without closing date; data_audit 'no' supports. The skills-taxonomy feature is unrelated."),
  [E("Développement estimation des délais de recrutement", "wont", ["Feature : correspondance de compétences via le référentiel ESCO.", "Depuis la migration du SIRH en 2024, l'historique avant 2023 est perdu.", "52 % des postes n'ont pas de date de clôture, and offer dates are missing for all of the agencies' hires.", "Arrêt : on ne peut pas entraîner sur ça."], sprint="DSI Sprint 41", labels=["rh"]),
   T("Nettoyage des intitulés de poste", "done", [])],
  bu="RH - Recrutement", sponsor="Agnès Robin", owner="Nadia Benali", tech="regression", bob="build",
  rstage="Développement", status="abandonné", start="2025-09-01", target="2026-06-30", closed="2026-06-05",
  bp=70000, bs=48000, cur="EUR", kpi="Écart délai prévu/réel", kb="", kt="", audit="no",
  proj="DSI", mode="label", js="2025-09-15", last="2026-05-29")

I("BF-57", "IT", "Assegnazione gate automatica",
  ("ACTIVE", "", "", "", "status attivo, Jira activity in September 2026; the integration with the AODB was solved in July (resolved)."),
  [E("Sviluppo ottimizzatore gate", "prog", [("2026-08-03", "Interfaccia con l'AODB funzionante da luglio."), "Simulazione agosto: -22 % cambi gate dell'ultimo minuto."], sprint="GATE Sviluppo 4")],
  bu="Operazioni aeroporto", sponsor="Cmte. Luca Neri", owner="Davide Conti", tech="optimization", bob="build",
  rstage="Sviluppo", status="attivo", start="2026-02-02", target="2027-03-31",
  bp=180000, bs=70000, cur="EUR", kpi="Cambi gate last minute", kb="", kt="", audit="sì",
  proj="GATE", js="2026-02-16", last="2026-09-22")

I("BF-58", "DE", "GenAI-Antwortassistent Kundenservice Strom",
  ("CANCELLED", "PROTOTYPE", "COST_FUNDING", "COST_FUNDING",
   "closed_date 2026-04-24, status cancelled. Linked by label initiative:BF-58 in the shared DATA project (empty jira_keys). Stage: registry Prototyp, epic 'Prototyp Antwortassistent'. Cause: closure reason (running cost per answered mail higher than agent time saved) + comments; budget_spent above plan supports. Agents liked it (positive)."),
  [E("Prototyp Antwortassistent Kundenservice", "wont", ["Die Agents im Test mögen die Entwürfe, 70 % werden fast unverändert verschickt.", "Hochgerechnet: 0,42 EUR Tokenkosten pro Mail, die Zeitersparnis ist 0,25 EUR wert.", "Controlling: no business case at that cost, stop."], labels=["prototyp"]),
   T("Kostenmonitoring API-Nutzung", "done", ["Dashboard steht."])],
  bu="Vertrieb Strom - Kundenservice", sponsor="Jörg Albers", owner="Lena Hoffmann", tech="genai-assistant", bob="buy",
  rstage="Prototyp", status="cancelled", start="2025-10-06", target="2026-09-30", closed="2026-04-24",
  bp=60000, bs=84000, cur="EUR", kpi="Bearbeitungszeit je Mail", kb="6.5 min", kt="3 min", audit="ja",
  proj="DATA", mode="label", js="2025-10-20", last="2026-04-17",
  closure="Laufende Kosten pro beantworteter Mail höher als die eingesparte Arbeitszeit. Kein Business Case.")

I("BF-59", "FR", "Classement automatique des pièces justificatives (aides sociales)",
  ("IN_PRODUCTION", "", "", "", "no production_date in the registry (stage Déploiement, status active), but the deployment epic is done and its comment says the classifier has been in production in all agencies since 2 March 2026: production evidence only in Jira."),
  [E("Déploiement classement des pièces", "done", [("2026-03-04", "En production dans toutes les agences depuis le 2 mars."), ("2026-04-02", "Volume de mars : 48 000 pièces classées, 4 % reprises à la main.")], sprint="PJ Déploiement 2", end="2026-04-03"),
   T("Support niveau 2 - procédure", "done", [])],
  bu="Action sociale départementale", sponsor="Hélène Vasseur", owner="Sophie Garnier", tech="document-ai", bob="buy",
  rstage="Déploiement", status="active", start="2025-05-05", target="2026-02-28",
  bp=120000, bs=118000, cur="EUR", kpi="Délai d'instruction", kb="34 jours", kt="25 jours", audit="yes",
  proj="PJ", js="2025-05-19", last="2026-07-09")

I("BF-60", "IT", "Sviluppo motore antifrode pagamenti",
  ("STALLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
   "status attivo, last Jira activity 2026-04-14 (> 90 days). Epic LAB-… 'Sviluppo antifrode pagamenti' in the shared LAB project, listed in jira_keys, with children through parent. Stage: registry still says Prototipo, but the epic 'Sviluppo antifrode pagamenti' is in progress with sprint 'LAB Sviluppo 9' (registry lags behind Jira): ENGINEERING. Cause only in Jira: the two developers who knew the streaming pipeline left, no Flink skills in the team, hiring failed, and a Portuguese comment says the writer leaves too at month end."),
  [E("Sviluppo antifrode pagamenti", "prog", ["Abbiamo perso Tiago e Bea, gli unici che conoscevano la pipeline Flink.", "Nobody else on the team has ever touched Flink; we're reading the docs.", "Due annunci per data engineer, zero candidati con lo stipendio offerto."], sprint="LAB Sviluppo 9"),
   S("Regole di velocity sulle carte", "blocked", ["Ferma: non sappiamo come modificare il job streaming."]),
   S("Backtest su frodi 2025", "done", ["Precisione 0,88, ok."])],
  bu="E-commerce - Pagamenti", sponsor="Paolo Marchetti", owner="Giulia Ferri", tech="anomaly-detection", bob="build",
  rstage="Prototipo", status="attivo", start="2025-06-02", target="2026-05-31",
  bp=230000, bs=190000, cur="EUR", kpi="Chargeback rate", kb="0.41 %", kt="0.25 %", audit="sì",
  proj="LAB", mode="epic", js="2025-06-16", last="2026-04-14")

# ---------------------------------------------------------------- BF-61 .. BF-72
I("BF-61", "DE", "Strategie Sprachanalyse Callcenter",
  ("CANCELLED", "STRATEGY", "SECURITY_COMPLIANCE", "SECURITY_COMPLIANCE",
   "closed_date 2026-02-20, status cancelled. Stage: registry Strategie, epic 'Strategie Sprachanalyse'. Cause: closure reason (legal and data protection: recording and analysing calls needs consent of every caller and the works council, not achievable) + comments."),
  [E("Strategie Sprachanalyse Kundengespräche", "wont", ["Rechtsabteilung: Aufzeichnung und Auswertung nur mit Einwilligung jedes Anrufers.", "DPIA draft came back red on six of nine points.", "Betriebsrat lehnt Auswertung der Agentenstimmen ab."], labels=["strategie"])],
  bu="Vertrieb Strom - Kundenservice", sponsor="Jörg Albers", owner="Mehmet Kaya", tech="speech-analytics", bob="buy",
  rstage="Strategie", status="cancelled", start="2025-10-01", target="", closed="2026-02-20",
  bp=25000, bs=19000, cur="EUR", kpi="Erstlösungsquote", kb="71 %", kt="80 %", audit="",
  proj="VOX", js="2025-10-13", last="2026-02-13",
  closure="Rechtlich nicht umsetzbar: Einwilligung aller Anrufer und Zustimmung des Betriebsrats nicht erreichbar (DPIA negativ).")

I("BF-62", "FR", "Tarification dynamique des parkings",
  ("ACTIVE", "", "", "", "status active, Jira activity in September 2026. Epic DSI-… in the shared DSI project, listed in jira_keys, children through Parent."),
  [E("Prototype tarification dynamique parkings", "prog", ["Test sur 3 parkings de centre-ville en septembre.", "Occupancy data feed stable since the sensor fix."], labels=["prototype"]),
   S("Règles tarifaires plafonds", "prog", ["Validation juridique des plafonds obtenue."]),
   T("Tableau de bord occupation", "done", [])],
  bu="Immobilier - Parkings", sponsor="Marc Aubert", owner="Camille Bernard", tech="pricing", bob="build",
  rstage="Prototype", status="active", start="2026-04-01", target="2027-01-31",
  bp=90000, bs=35000, cur="EUR", kpi="Taux d'occupation moyen", kb="61 %", kt="75 %", audit="yes",
  proj="DSI", mode="epic", js="2026-04-13", last="2026-09-24")

I("BF-63", "IT", "Rilascio app allenatori (analisi video)",
  ("STALLED", "DEPLOYMENT", "USER_ADOPTION", "USER_ADOPTION",
   "status attivo, last Jira activity 2026-05-26 (> 90 days). Stage: epic 'Rilascio app allenatori', sprint 'VID Rilascio 1', registry Rilascio; coaches only have a trial version, not production. Cause only in Jira: coaches don't open the app, prefer their own video sessions, no training; app works technically (positive)."),
  [E("Rilascio app allenatori", "prog", ["La versione di prova funziona, clip generate in 4 minuti dopo la partita.", "Accessi degli allenatori alla versione di prova negli ultimi 30 giorni: 3. Usano ancora le loro chiavette con i video.", "Coaches say they trust their own eye more than an algorithm's clip selection. Nobody showed them how it works."], sprint="VID Rilascio 1"),
   T("Sessione di formazione staff", "todo", [])],
  bu="Club - Area tecnica", sponsor="Roberto Sala", owner="Marco Bianchi", tech="computer-vision", bob="buy",
  rstage="Rilascio", status="attivo", start="2025-07-01", target="2026-01-31",
  bp=65000, bs=61000, cur="EUR", kpi="Ore di analisi video per partita", kb="6", kt="2", audit="sì",
  proj="VID", js="2025-07-14", last="2026-05-26")

I("BF-64", "DE", "Ersatzteilprognose Werkstatt",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-09-15, status live. Epic KIL-… in the shared KI-Labor project, listed in jira_keys."),
  [E("Betrieb Ersatzteilprognose Werkstätten", "prog", [("2025-09-22", "Läuft seit 15.9.2025 in allen 9 Werkstätten."), ("2026-08-27", "Monthly accuracy report attached, stable.")]),
   S("Reifenbedarf Wintersaison", "todo", [])],
  bu="Flottenmanagement - Werkstätten", sponsor="Frank Ostermann", owner="Aylin Demir", tech="forecasting", bob="build",
  rstage="Operation", status="live", start="2024-10-01", target="2025-08-31", prod="2025-09-15",
  bp=110000, bs=104000, cur="EUR", kpi="Standtage wegen fehlender Teile", kb="2.3", kt="1.2", audit="ja",
  proj="KIL", mode="epic", js="2024-10-14", last="2026-08-27")

I("BF-65", "FR", "Industrialisation détection de fraude aux arrêts de travail",
  ("CANCELLED", "ENGINEERING", "PRODUCTION_ARCHITECTURE", "PRODUCTION_ARCHITECTURE;SKILLS_GAP",
   "closed_date 2026-07-10, status clos. Epic DSI-… in the shared DSI project (in jira_keys), children through Parent. Stage: registry Industrialisation, epic 'Industrialisation du modèle'. Cause: closure reason names first the missing production platform (no serving, no scheduling, no monitoring) and then that nobody in-house can build it: tie, primary the first named."),
  [E("Industrialisation du modèle fraude arrêts de travail", "wont", ["Le modèle existe en notebook ; rien pour le servir, l'ordonnancer ou le surveiller.", "No MLOps platform at the DSI and no one on the team who has built one.", "Comité : arrêt."], sprint="DSI Sprint 38"),
   S("Ordonnancement du scoring hebdomadaire", "blocked", ["Pas d'ordonnanceur disponible pour Python."], fix=["Industrialisation v1"])],
  bu="Santé prévoyance - Contrôle", sponsor="Agnès Robin", owner="Julien Moreau", tech="classification", bob="build",
  rstage="Industrialisation", status="clos", start="2025-03-03", target="2026-03-31", closed="2026-07-10",
  bp=190000, bs=176000, cur="EUR", kpi="Montant de fraude détecté", kb="", kt="", audit="yes",
  proj="DSI", mode="epic", js="2025-03-17", last="2026-07-03",
  closure="Pas de plateforme de production (service, ordonnancement, supervision) et personne en interne pour la construire.")

I("BF-66", "IT", "Rollout assistente vendita nei negozi",
  ("STALLED", "DEPLOYMENT", "COST_FUNDING", "COST_FUNDING",
   "status attivo, last Jira activity 2026-05-14 (> 90 days). Stage: epic 'Rollout assistente vendita', sprint 'SHOP Rollout 1', registry Rollout; 6 pilot stores only, not production. Cause only in Jira: per-store licence for 140 stores not in budget (Dutch comment: vendor quote 154k a year), CFO refused; budget_spent above plan supports. Staff adoption good (positive)."),
  [E("Rollout assistente vendita", "prog", ["Nei 6 negozi pilota i commessi lo usano ogni giorno.", "Per 140 negozi: 1.100 EUR a negozio all'anno di licenza, non c'è a budget.", "CFO: niente estensione quest'anno, budget già sforato di 40k."], sprint="SHOP Rollout 1"),
   T("Contratto quadro fornitore", "blocked", ["Fermo in attesa di budget."])],
  bu="Retail negozi", sponsor="Paolo Marchetti", owner="Elena Russo", tech="genai-assistant", bob="buy",
  rstage="Rollout", status="attivo", start="2025-06-02", target="2026-03-31",
  bp=120000, bs=160000, cur="EUR", kpi="Conversione in negozio", kb="18 %", kt="21 %", audit="sì",
  proj="SHOP", js="2025-06-16", last="2026-05-14")

I("BF-67", "DE", "Instandhaltungs-Schichtplanung Karosseriebau",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2026-04-13, status in production."),
  [E("Rollout Schichtplanung Karosseriebau", "done", ["Seit 13.4. produktiv in beiden Hallen."], end="2026-04-15"),
   S("Urlaubsplanung berücksichtigen", "prog", ["In Arbeit."])],
  bu="Werk Leipzig - Karosseriebau", sponsor="Thomas Brandl", owner="Katrin Vogt", tech="optimization", bob="build",
  rstage="Operation", status="in production", start="2025-07-01", target="2026-03-31", prod="2026-04-13",
  bp=140000, bs=133000, cur="EUR", kpi="Ungeplante Stillstände", kb="", kt="", audit="ja",
  proj="SCHI", js="2025-07-14", last="2026-09-15")

I("BF-68", "FR", "Développement du moteur de recherche juridique interne",
  ("CANCELLED", "ENGINEERING", "SKILLS_GAP", "SKILLS_GAP",
   "closed_date 2026-04-03, status abandonné, empty closure_reason. Stage: registry Développement, epic 'Développement moteur de recherche'. Cause only in Jira comments: the contractor left with the knowledge, nobody internal can maintain the search stack; hiring failed."),
  [E("Développement moteur de recherche interne", "wont", [("2026-02-03", "Le prestataire a rendu les clés fin janvier. Personne ici ne connaît Elasticsearch ni les embeddings."), "We tried to hire a search engineer: two rounds, no one who'd accept a law firm salary.", "Décision des associés : arrêt."], sprint="MRJ Sprint 5"),
   S("Documentation de l'architecture", "todo", ["Jamais rédigée par le prestataire."])],
  bu="Cabinet - Knowledge management", sponsor="Me Laurent Perrin", owner="Nadia Benali", tech="search", bob="partner",
  rstage="Développement", status="abandonné", start="2025-05-05", target="2026-03-31", closed="2026-04-03",
  bp=110000, bs=97000, cur="EUR", kpi="Temps de recherche documentaire", kb="", kt="", audit="yes",
  proj="MRJ", js="2025-05-19", last="2026-03-27")

I("BF-69", "IT", "Prototipo generazione livelli",
  ("STALLED", "PROTOTYPE", "SCOPE_CREEP", "SCOPE_CREEP",
   "status attivo, last Jira activity 2026-04-30 (> 90 days). Linked by label initiative:BF-69 in the shared LAB project (empty jira_keys). Stage: epic 'Prototipo generazione livelli'. Cause only in Jira: from one dungeon generator to quests, dialogues, textures; prototype never finished."),
  [E("Prototipo generazione livelli", "prog", ["Doveva generare solo i dungeon del capitolo 2.", "Now the design leads also want quests, NPC placement and texture variants in the same prototype.", "Backlog del prototipo: da 20 a 140 ticket in quattro mesi, nessuna demo giocabile."], labels=["prototipo"]),
   S("Generatore di texture", "todo", []),
   S("Generatore dungeon base", "done", [])],
  bu="Studio giochi", sponsor="Andrea Rinaldi", owner="Sara Greco", tech="genai", bob="build",
  rstage="Prototipo", status="attivo", start="2025-09-01", target="2026-06-30",
  bp=90000, bs=71000, cur="EUR", kpi="Giorni di level design per capitolo", kb="60", kt="30", audit="",
  proj="LAB", mode="label", js="2025-09-15", last="2026-04-30")

I("BF-70", "DE", "Netzverlust-Analyse Niederspannung",
  ("ACTIVE", "", "", "", "status aktiv, Jira activity in September 2026."),
  [E("Umsetzung Netzverlust-Analyse", "prog", ["Smart-Meter-Daten aus 3 Ortsnetzen angebunden.", "Zugriff auf die Zählerdaten war im Juni kurz weg, seit Juli wieder da."], sprint="NVA Sprint 6"),
   S("Vergleich mit Messkampagne 2025", "prog", [])],
  bu="Netzbetrieb", sponsor="Dr. Renate Falk", owner="Jonas Weber", tech="analytics", bob="build",
  rstage="Umsetzung", status="aktiv", start="2026-03-02", target="2027-02-28",
  bp=130000, bs=54000, cur="EUR", kpi="Netzverluste Niederspannung", kb="5.9 %", kt="5.2 %", audit="ja",
  proj="NVA", js="2026-03-16", last="2026-09-28")

I("BF-71", "FR", "Optimisation des tournées de livraison",
  ("IN_PRODUCTION", "", "", "", "registry production_date 2025-11-24, status en production."),
  [E("Déploiement optimisation des tournées", "done", ["En production sur les 14 agences depuis le 24 novembre."], end="2025-11-26"),
   E("Exploitation tournées - suivi", "prog", ["Km à vide : -9 % sur le trimestre.", "Quarterly review slides in the drive."])],
  bu="Transport routier", sponsor="Olivier Lambert", owner="Hugo Lefèvre", tech="optimization", bob="partner",
  rstage="Exploitation", status="en production", start="2025-01-06", target="2025-10-31", prod="2025-11-24",
  bp=240000, bs=236000, cur="EUR", kpi="Kilomètres à vide", kb="21 %", kt="17 %", audit="yes",
  proj="TOURN", js="2025-01-20", last="2026-09-01")

I("BF-72", "IT", "Business case assistente virtuale soci",
  ("STALLED", "STRATEGY", "UNKNOWN", "UNKNOWN",
   "registry status 'on hold' with no reason anywhere (no notes, no closure reason, only chatter in Jira, activity in July inside the window). Stage: registry Business case, epic 'Business case assistente soci'."),
  [E("Business case assistente virtuale soci", "prog", ["Call con l'agenzia spostata a martedì.", "Slides uploaded to the team drive."], labels=["business-case"]),
   T("Raccolta domande frequenti dei soci", "done", ["Raccolte 120 domande."])],
  bu="Club - Soci e abbonati", sponsor="Dott. Enrico Villa", owner="Davide Conti", tech="genai-assistant", bob="buy",
  rstage="Business case", status="on hold", start="2026-02-02", target="",
  bp=20000, bs=7000, cur="EUR", kpi="Chiamate al servizio soci", kb="", kt="", audit="",
  proj="SOCI", js="2026-02-16", last="2026-07-21")


# ---------------------------------------------------------------- extra comments
# (initiative, issue index) -> (comments put before, comments put after) the ones above:
# chatter, typos, e-mail and minutes styles, and colleagues writing in Spanish, Dutch or Portuguese.
EXTRA = {
    ("BF-01", 1): (["standup moved to 9:15 tmrw"], []),
    ("BF-04", 0): (["Sprint-Review verschoben auf Donnerstag."], []),
    ("BF-08", 0): (["Moved the sync with live ops to Wednesday."], []),
    ("BF-10", 1): ([], ["pls review the PR for the new features, thx"]),
    ("BF-11", 0): ([], ["Ook met de nieuwe descriptorset geen verbetering op de nieuwe series."]),
    ("BF-12", 1): ([], ["O CSV das 5h não chegou hoje outra vez - o Davide está de férias."]),
    ("BF-15", 0): (["Slides from the kickoff are on the drive."], []),
    ("BF-18", 0): ([], ["¿Quién firma ahora el business case? Nadie contesta a los correos."]),
    ("BF-20", 0): (["Point hebdo déplacé au jeudi."], []),
    ("BF-21", 0): ([], ["Retro notes: bus factor was 2 and both are gone. Lesson learned: no more prototypes only two people understand."]),
    ("BF-50", 0): (["CR comité de pilotage du 12/02 : point d'avancement, décision au prochain comité."], []),
    ("BF-61", 0): ([], ["Von: Rechtsabteilung / Betreff: Sprachanalyse Kundengespräche - Ergebnis der Prüfung / Details siehe Anhang."]),
    ("BF-22", 1): ([], ["Recieved the new sample batch from Finanzamt Kassel, looks ok."]),
    ("BF-25", 0): (["Demo for the plant managers went well, recording on SharePoint."], []),
    ("BF-28", 0): (["Testphase im Pilotbereich Vertrieb gestartet."], []),
    ("BF-34", 0): (["Termin mit dem Trassenteam steht: 14.1., 10 Uhr."], []),
    ("BF-37", 0): ([], ["Grafana board migrated to the new workspace."]),
    ("BF-41", 0): (["Réunion de restitution avec les gestionnaires mardi."], []),
    ("BF-44", 0): ([], ["Seguimos sin saber qué queremos predecir exactamente. Mientras tanto no sigo con el modelo."]),
    ("BF-46", 0): (["Kickoff Inbetriebnahme mit der Schichtleitung am 3.3."], []),
    ("BF-47", 0): ([], ["Fwd: RE: CTMS 11.2 - 'custom objects are not supported in the hosted edition', see vendor note attached."]),
    ("BF-52", 1): ([], ["Rebased on main, CI green."]),
    ("BF-55", 0): (["Ergebnisse den Händlern in Nord vorgestellt, gutes Feedback."], []),
    ("BF-60", 0): ([], ["Eu também saio no fim do mês, desculpem. Deixo a documentação que conseguir."]),
    ("BF-63", 0): (["Clip della partita di domenica caricate."], []),
    ("BF-66", 0): ([], ["Offerte leverancier binnen: 154k per jaar voor alle winkels, exclusief implementatie."]),
    ("BF-69", 0): (["Demo interna vernedì alle 16."], []),
    ("BF-70", 0): ([], ["Meeting notes from the Stadtwerke call in Confluence."]),
}


def _apply_extra():
    by_id = {ini["id"]: ini for ini in INITIATIVES}
    for (iid, idx), (before, after) in EXTRA.items():
        sp = by_id[iid]["issues"][idx]
        sp["comments"] = list(before) + sp["comments"] + list(after)


_apply_extra()
