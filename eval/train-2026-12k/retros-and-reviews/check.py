"""Check sentences.csv: counts per label x language, no duplicates, no empty text, 3-60 words."""
import collections, csv, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
CAUSE = {"en": 55, "fr": 17, "de": 16, "es": 11, "nl": 11}
NONE = {"en": 220, "fr": 66, "de": 66, "es": 44, "nl": 44}
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]


def main():
    errors = []
    with open(HERE / "sentences.csv", encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        assert rd.fieldnames == ["text", "label", "lang"], rd.fieldnames
        data = list(rd)
    counts = collections.Counter((r["label"], r["lang"]) for r in data)
    want = {(c, l): n for c in CAUSES for l, n in CAUSE.items()}
    want.update({("NONE", l): n for l, n in NONE.items()})
    for k, n in sorted(want.items()):
        if counts.get(k, 0) != n:
            errors.append(f"count {k}: {counts.get(k, 0)} != {n}")
    for k in counts:
        if k not in want:
            errors.append(f"unexpected label/lang {k}")
    seen = {}
    for i, r in enumerate(data, 2):
        t = r["text"].strip()
        if not t:
            errors.append(f"line {i}: empty text")
            continue
        n = len(t.split())
        if not 3 <= n <= 60:
            errors.append(f"line {i}: {n} words: {t[:60]}")
        key = " ".join(t.lower().split())
        if key in seen:
            errors.append(f"line {i}: duplicate of line {seen[key]}: {t[:60]}")
        seen.setdefault(key, i)
    total = len(data)
    if total != 1650:
        errors.append(f"total {total} != 1650")
    for e in errors:
        print("FAIL", e)
    print(f"{total} rows, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
