#!/usr/bin/env python3
"""Check sentences.csv: counts per label x language, word counts, duplicates. Exit 1 on failure."""
import csv
import collections
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CAUSES = ["COST_FUNDING", "DATA_READINESS", "INTEGRATION", "OWNERSHIP_SPONSORSHIP",
          "PRODUCTION_ARCHITECTURE", "SCOPE_CREEP", "SECURITY_COMPLIANCE", "SKILLS_GAP",
          "TECHNICAL_FEASIBILITY", "UNCLEAR_OBJECTIVE", "USER_ADOPTION"]
PER_CAUSE = {"en": 44, "de": 17, "fr": 17, "es": 11, "it": 11, "pt": 10}
PER_NONE = {"en": 176, "de": 66, "fr": 66, "es": 44, "it": 44, "pt": 44}


def main():
    problems = []
    with open(HERE / "sentences.csv", encoding="utf-8", newline="") as fh:
        data = list(csv.DictReader(fh))
    counts = collections.Counter((r["label"], r["lang"]) for r in data)
    expected = {(c, l): n for c in CAUSES for l, n in PER_CAUSE.items()}
    expected.update({("NONE", l): n for l, n in PER_NONE.items()})
    for key, n in sorted(expected.items()):
        if counts.get(key, 0) != n:
            problems.append(f"count {key}: {counts.get(key, 0)} != {n}")
    for key in counts:
        if key not in expected:
            problems.append(f"unexpected label/lang {key}: {counts[key]}")
    seen = {}
    for i, r in enumerate(data, start=2):
        t = r["text"].strip()
        if not t:
            problems.append(f"line {i}: empty text")
            continue
        nw = len(t.split())
        if not 3 <= nw <= 60:
            problems.append(f"line {i}: {nw} words: {t[:60]}")
        k = t.casefold()
        if k in seen:
            problems.append(f"line {i}: duplicate of line {seen[k]}: {t[:60]}")
        seen.setdefault(k, i)
    if len(data) != 1650:
        problems.append(f"total {len(data)} != 1650")
    for p in problems:
        print(p)
    print(f"{len(data)} rows, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
