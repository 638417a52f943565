"""Assert the shape of sentences.csv: counts per label and language, no duplicates, no empty texts."""
import csv, collections, pathlib, sys

CAUSES = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
          "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
          "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY"]
# per cause: 48 en + 12 each de fr es it pt nl = 120; NONE: same ratio, 264 en + 66 each = 660
POS_MIX = {"en": 48, "de": 12, "fr": 12, "es": 12, "it": 12, "pt": 12, "nl": 12}
NONE_MIX = {k: v * 11 // 2 for k, v in POS_MIX.items()}

path = pathlib.Path(__file__).parent / "sentences.csv"
with open(path, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
assert rows and list(rows[0].keys()) == ["text", "label", "lang"], "header must be text,label,lang"

errors = []
seen = {}
count = collections.Counter()
for i, r in enumerate(rows, start=2):
    t = r["text"].strip()
    if not t:
        errors.append(f"line {i}: empty text")
    key = " ".join(t.lower().split())
    if key in seen:
        errors.append(f"line {i}: duplicate of line {seen[key]}: {t}")
    seen[key] = i
    words = len(t.split())
    if not 3 <= words <= 40:
        errors.append(f"line {i}: {words} words, expected 3 to 40: {t}")
    if r["label"] not in CAUSES + ["NONE"]:
        errors.append(f"line {i}: unknown label {r['label']}")
    count[(r["label"], r["lang"])] += 1

for label in CAUSES + ["NONE"]:
    mix = NONE_MIX if label == "NONE" else POS_MIX
    for lang, n in mix.items():
        if count[(label, lang)] != n:
            errors.append(f"{label}/{lang}: {count[(label, lang)]} rows, expected {n}")
total = collections.Counter(r["label"] for r in rows)
print("rows:", len(rows), dict(sorted(total.items())))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
