"""Check sentences.csv: counts per label x language, no duplicates, no empty text, 3-60 words. Exit 1 on failure."""
import collections, csv, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]
PER_CAUSE = {"en": 55, "de": 22, "fr": 17, "nl": 16}
PER_NONE = {"en": 220, "de": 88, "fr": 66, "nl": 66}

errors = []
with open(HERE / "sentences.csv", encoding="utf-8", newline="") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    if header != ["text", "label", "lang"]:
        errors.append(f"bad header {header}")
    rows = list(rd)

counts = collections.Counter((r[1], r[2]) for r in rows)
for label in CAUSES + ["NONE"]:
    want = PER_NONE if label == "NONE" else PER_CAUSE
    for lang, n in want.items():
        if counts[(label, lang)] != n:
            errors.append(f"{label}/{lang}: {counts[(label, lang)]} rows, want {n}")
extra = set(counts) - {(l, g) for l in CAUSES + ["NONE"] for g in PER_CAUSE}
if extra:
    errors.append(f"unexpected label/lang pairs {sorted(extra)}")
seen = {}
for i, (text, label, lang) in enumerate(rows, start=2):
    if not text.strip():
        errors.append(f"line {i}: empty text")
    words = len(text.split())
    if not 3 <= words <= 60:
        errors.append(f"line {i}: {words} words: {text[:60]}")
    key = " ".join(text.lower().split())
    if key in seen:
        errors.append(f"line {i}: duplicate of line {seen[key]}: {text[:60]}")
    seen[key] = i
if len(rows) != 1650:
    errors.append(f"{len(rows)} rows, want 1650")

for e in errors:
    print("FAIL", e)
print(f"{len(rows)} rows, {len(errors)} problems")
sys.exit(1 if errors else 0)
