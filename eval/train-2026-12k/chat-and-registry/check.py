"""Check sentences.csv: counts per label x language, no duplicates, 3-60 words. Exit 1 on failure."""
import collections, csv, pathlib, sys

HERE = pathlib.Path(__file__).parent
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]
PER_CAUSE = {"en": 50, "de": 11, "fr": 11, "es": 11, "it": 11, "pt": 5, "nl": 11}
PER_NONE = {k: 4 * v for k, v in PER_CAUSE.items()}

errors = []
with open(HERE / "sentences.csv", encoding="utf-8", newline="") as fh:
    data = list(csv.DictReader(fh))
counts = collections.Counter((r["label"], r["lang"]) for r in data)
for label in CAUSES + ["NONE"]:
    want = PER_NONE if label == "NONE" else PER_CAUSE
    for lang, n in want.items():
        if counts[(label, lang)] != n:
            errors.append(f"{label}/{lang}: {counts[(label, lang)]} rows, want {n}")
extra = set(counts) - {(l, g) for l in CAUSES + ["NONE"] for g in PER_CAUSE}
if extra:
    errors.append(f"unexpected label/lang: {sorted(extra)}")
seen = {}
for i, r in enumerate(data, 2):
    t = r["text"].strip()
    if not t:
        errors.append(f"line {i}: empty text")
    n = len(t.split())
    if not 3 <= n <= 60:
        errors.append(f"line {i}: {n} words: {t}")
    k = " ".join(t.lower().split())
    if k in seen:
        errors.append(f"line {i}: duplicate of line {seen[k]}: {t}")
    seen.setdefault(k, i)
if len(data) != 1650:
    errors.append(f"{len(data)} rows, want 1650")
for e in errors:
    print(e)
print("OK" if not errors else f"{len(errors)} problems")
sys.exit(1 if errors else 0)
