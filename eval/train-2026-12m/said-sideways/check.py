"""Check sentences.csv: counts per label and language, 3-60 words, no empty rows, no duplicates."""
import collections
import csv
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CAUSES = [
    "COST_FUNDING", "DATA_READINESS", "INTEGRATION", "OWNERSHIP_SPONSORSHIP",
    "PRODUCTION_ARCHITECTURE", "SCOPE_CREEP", "SECURITY_COMPLIANCE", "SKILLS_GAP",
    "TECHNICAL_FEASIBILITY", "UNCLEAR_OBJECTIVE", "USER_ADOPTION",
]
PER_CAUSE = {"en": 44, "es": 17, "it": 17, "pt": 11, "nl": 11, "de": 10}
PER_NONE = {"en": 176, "es": 66, "it": 66, "pt": 44, "nl": 44, "de": 44}


def main():
    problems = []
    counts = collections.Counter()
    seen = {}
    with (HERE / "sentences.csv").open(encoding="utf-8", newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["text", "label", "lang"]:
            problems.append(f"bad header {rd.fieldnames}")
        for i, r in enumerate(rd, start=2):
            t = r["text"].strip()
            if not t:
                problems.append(f"line {i}: empty text")
                continue
            n = len(t.split())
            if not 3 <= n <= 60:
                problems.append(f"line {i}: {n} words: {t[:60]}")
            k = t.lower()
            if k in seen:
                problems.append(f"line {i}: duplicate of line {seen[k]}: {t[:60]}")
            seen[k] = i
            counts[(r["label"], r["lang"])] += 1
    expected = {(c, l): n for c in CAUSES for l, n in PER_CAUSE.items()}
    expected.update({("NONE", l): n for l, n in PER_NONE.items()})
    for key in sorted(set(expected) | set(counts)):
        if counts[key] != expected.get(key, 0):
            problems.append(f"{key}: {counts[key]} rows, expected {expected.get(key, 0)}")
    total = sum(counts.values())
    if total != 1650:
        problems.append(f"total {total}, expected 1650")
    for p in problems:
        print(p)
    print(f"{total} rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
