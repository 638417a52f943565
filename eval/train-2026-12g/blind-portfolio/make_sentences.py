#!/usr/bin/env python3
"""Writes sentences.csv: the texts of the spent blind portfolio eval/blind-2026-12g/portfolio as
training rows for bin/lastmile-train, labelled through its truth (spec_initiatives.py, whose truth
tuple is truth.csv's row). Written in round q9 under a deadline, so more conservative than
eval/train-2026-12f/blind-portfolio (which read every sentence of the failed initiatives once):

- every issue summary and description, and every text (closure reason, registry notes, comments)
  of an ACTIVE or IN_PRODUCTION initiative or of a failed one whose truth is UNKNOWN:
  `kind=chatter` (a NONE example where the rules name nothing in it, as
  eval/portfolio-dev/sentences.csv);
- the closure reason and registry notes of a failed initiative with a cause: a `positive` of its
  truth cause (these fields state the cause in this set), but not one of fewer than five words
  ("Stopped by the board.");
- the comments of a failed initiative with a cause are left out: they mix the cause with
  logistics and distractors (a "data is fine" remark beside a feasibility cause), and were not
  read one by one.

Deterministic: python3 make_sentences.py (from anywhere)."""
import csv
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "..", "blind-2026-12g", "spec_initiatives.py")
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(text):
    for part in SPLIT.split(text or ""):
        s = " ".join(part.split()).strip()
        if len(s) >= 12 and any(c.isalpha() for c in s):
            yield s


def main():
    spec = importlib.util.spec_from_file_location("spec", SPEC)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    rows, seen = [], set()

    def add(label, kind, s):
        if s not in seen:
            seen.add(s)
            rows.append((label, kind, s))

    for ini in m.INITIATIVES:
        outcome, cause = ini["truth"][0], ini["truth"][2]
        failed = outcome in ("STALLED", "CANCELLED") and cause and cause != "UNKNOWN"
        for t in (ini.get("closure"), ini.get("notes")):
            for s in sentences(t):
                if not failed:
                    add("", "chatter", s)
                elif len(s.split()) >= 5:  # "Stopped by the board." names no cause
                    add(cause, "positive", s)
        for it in ini["issues"]:
            for s in list(sentences(it["summary"])) + list(sentences(it.get("d"))):
                add("", "chatter", s)
            if failed:
                continue
            for c in it["cm"]:
                for s in sentences(c[2]):
                    add("", "chatter", s)
    with open(os.path.join(HERE, "sentences.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "expected_cause", "kind", "text"])
        for i, (label, kind, s) in enumerate(rows, 1):
            w.writerow(["BGP%04d" % i, label, kind, s])
    kinds = {}
    for label, kind, _ in rows:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(len(rows), "sentences", kinds)


if __name__ == "__main__":
    main()
