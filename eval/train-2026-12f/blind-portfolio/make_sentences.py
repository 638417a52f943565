#!/usr/bin/env python3
"""Writes sentences.csv: the texts of the spent blind portfolio eval/blind-2026-12f/portfolio as
training rows for bin/lastmile-train, labelled through its truth (spec_initiatives.py, whose truth
tuple is truth.csv's row):

- every sentence of an ACTIVE or IN_PRODUCTION initiative, of a failed one whose truth is UNKNOWN,
  and every issue summary: `kind=chatter` (but a sentence listed in NEGATIVE is a `negative`) (a NONE example where the rules name nothing in it, as
  eval/portfolio-dev/sentences.csv);
- the closure reasons, registry notes and comments of a failed initiative with a cause: a
  `positive` of its truth cause, except the sentences listed below, which were read one by one
  (NEGATIVE: a good state or a negated/resolved remark, kind `negative`; CHATTER: logistics;
  SKIP: too short or only meaningful in context, left out; OTHER: a sentence naming another
  cause than the initiative's primary one).

Deterministic: python3 make_sentences.py (from anywhere)."""
import csv
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "..", "blind-2026-12f", "spec_initiatives.py")
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

NEGATIVE = [
    "Premier jeu de test : 87 %", "Export OK depuis lundi.", "Die Sendungsdaten aus dem TMS sind vollständig",
    "Demo ai soci: molto entusiasti", "Fatto su 200 contratti sintetici.", "Erkennungsrate im Test 96 %",
    "Le jeu interne est propre", "MAE 7 minuti sulle partenze", "Gli operatori OCC lo vogliono già",
    "42 % des appels concernent", "Fatto, 12 competitor monitorati.", "Validation sécurité obtenue en février",
    "Playtest interno", "Precisione 0,81 a 30 giorni", "Demo for the plant managers went well",
    "Budget ist nicht das Thema", "Läuft stabil.", "Betriebsrat hat zugestimmt", "Anzeige funktioniert.",
    "Sur l'échantillon test de 200", "Feature ajoutée : historique", "Les gestionnaires trouvent les prévisions utiles",
    "Export GPS disponible depuis janvier", "Prognosegüte passt", "Erreur médiane 3 patients",
    "Das Modell soll Integrationsfehler", "Les données compteurs sont complètes", "Security review: keine Findings.",
    "L'import MARC funziona", "Ergebnisse den Händlern", "PoC-Ergebnis: Fehlbestände", "Feature : correspondance",
    "Die Agents im Test mögen", "Precisione 0,88, ok.", "La versione di prova funziona",
    "Nei 6 negozi pilota", "Dashboard steht.",
]
CHATTER = [
    "Sprint-Review verschoben", "Moved the sync with live ops", "Compte rendu dans Confluence.",
    "Sollecitato di nuovo il consulente.", "Eingestellt.", "Raccolte 40 perizie", "500 documents, 3 agences.",
    "Slides from the kickoff", "Elenco in allegato.", "Point hebdo déplacé", "Testphase im Pilotbereich",
    "Scrivo la documentazione", "Abgebrochen, siehe", "Termin mit dem Trassenteam", "430 impianti censiti.",
    "Réunion de restitution", "Kickoff Inbetriebnahme", "Arrêt décidé en comité.", "CR comité de pilotage",
    "Von: Rechtsabteilung", "Clip della partita", "Comité : arrêt.", "Décision des associés", "Demo interna",
]
SKIP = [
    "Kann das jemand übernehmen?", "Nothing we can do with real files", "We still don't have an answer.",
    "The chemists' rule of thumb", "Le modèle du fournisseur fait pareil", "On the held-out scaffolds RMSE",
    "Il en faut 95 %", "Le fournisseur a testé son moteur", "Sur 500 DPE scannés",
    "Nessuna risposta dalla direzione sportiva.", "Nobody could say.", "Stuck on both ends.",
    "Bloqué, voir commentaire", "Neu aufgenommen nach", "Pronto da mesi.", "Lenkungskreis: Abbruch",
    "Mehr steht da nicht.", "Mientras tanto no sigo", "Pas la même chose.", "Liegt beim Betriebsrat.",
    "L'exploitation a besoin de 5 %.", "Tried gradient boosting", "Deixo a documentação",
    "Jamais rédigée par le prestataire.",
]
OTHER = {"Et on ne sait toujours pas si le but": "UNCLEAR_OBJECTIVE"}


def starts(s, prefixes):
    return any(s.startswith(p) for p in prefixes)


def sentences(text):
    for part in SPLIT.split(text or ""):
        s = " ".join(part.split()).strip()
        if len(s) >= 12 and any(c.isalpha() for c in s):
            yield s


def main():
    spec = importlib.util.spec_from_file_location("spec", SPEC)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    if hasattr(m, "_apply_extra"):
        m._apply_extra()
    rows, seen, used = [], set(), set()

    def add(label, kind, s):
        if s not in seen:
            seen.add(s)
            rows.append((label, kind, s))

    for ini in m.INITIATIVES:
        outcome, _stage, cause = ini["truth"][0], ini["truth"][1], ini["truth"][2]
        failed = outcome in ("STALLED", "CANCELLED") and cause and cause != "UNKNOWN"
        texts = [ini["reg"].get("closure"), ini["reg"].get("notes")]
        for it in ini["issues"]:
            for s in sentences(it["summary"]):
                add("", "chatter", s)
            texts += [c if isinstance(c, str) else c[1] for c in it["comments"]]
        for t in texts:
            for s in sentences(t):
                if not failed:
                    if starts(s, NEGATIVE):
                        used.update(p for p in NEGATIVE if s.startswith(p))
                        add("NONE", "negative", s)
                    else:
                        add("", "chatter", s)
                    continue
                for group in (NEGATIVE, CHATTER, SKIP, list(OTHER)):
                    for p in group:
                        if s.startswith(p):
                            used.add(p)
                if starts(s, SKIP):
                    continue
                if starts(s, NEGATIVE):
                    add("NONE", "negative", s)
                elif starts(s, CHATTER):
                    add("", "chatter", s)
                elif starts(s, OTHER):
                    add(next(v for k, v in OTHER.items() if s.startswith(k)), "positive", s)
                else:
                    add(cause, "positive", s)
    unused = [p for p in NEGATIVE + CHATTER + SKIP + list(OTHER) if p not in used]
    assert not unused, unused
    with open(os.path.join(HERE, "sentences.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "expected_cause", "kind", "text"])
        for i, (label, kind, s) in enumerate(rows, 1):
            w.writerow(["BFP%04d" % i, label, kind, s])
    kinds = {}
    for label, kind, _ in rows:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(len(rows), "sentences", kinds)


if __name__ == "__main__":
    main()
