"""Check sentences.csv: counts per label x language, no case-insensitive duplicates, no empty text, 3-60 words."""
import collections, csv, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
CAUSE_COUNTS = {"en": 44, "es": 22, "it": 22, "pt": 22}
NONE_COUNTS = {"en": 176, "es": 88, "it": 88, "pt": 88}
CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]

errors = []
with open(HERE / "sentences.csv", encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    header = next(r)
    if header != ["text", "label", "lang"]:
        errors.append(f"bad header {header}")
    data = list(r)

counts = collections.Counter((lab, lang) for _, lab, lang in data)
seen = {}
for i, (text, lab, lang) in enumerate(data, start=2):
    if not text.strip():
        errors.append(f"line {i}: empty text")
    n = len(text.split())
    if not 3 <= n <= 60:
        errors.append(f"line {i}: {n} words: {text[:60]}")
    key = " ".join(text.lower().split())
    if key in seen:
        errors.append(f"line {i}: duplicate of line {seen[key]}: {text[:60]}")
    seen[key] = i
    if lab not in CAUSES and lab != "NONE":
        errors.append(f"line {i}: unknown label {lab}")

for lab in CAUSES + ["NONE"]:
    want = NONE_COUNTS if lab == "NONE" else CAUSE_COUNTS
    for lang, n in want.items():
        if counts[(lab, lang)] != n:
            errors.append(f"{lab}/{lang}: {counts[(lab, lang)]} rows, want {n}")
extra = set(counts) - {(l, g) for l in CAUSES + ["NONE"] for g in CAUSE_COUNTS}
for k in sorted(extra):
    errors.append(f"unexpected label/lang {k}: {counts[k]}")

if len(data) != 1650:
    errors.append(f"total {len(data)}, want 1650")
for e in errors:
    print(e)
print(f"{len(data)} rows, {len(errors)} problems")
sys.exit(1 if errors else 0)
