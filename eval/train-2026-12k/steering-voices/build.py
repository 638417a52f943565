"""Assemble sentences.csv from src/<label>.py (hand-written text, one sentence or short comment per line)."""
import csv, importlib.util, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
ORDER = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
         "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
         "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "NONE"]
LANGS = ["en", "es", "it", "pt"]


def load(label):
    path = HERE / "src" / f"{label}.py"
    spec = importlib.util.spec_from_file_location(label, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.LABEL == label, path
    rows = []
    parts = mod.S if isinstance(mod.S, list) else [mod.S]
    for part in parts:
        for lang in LANGS:
            for line in part.get(lang, "").splitlines():
                line = line.strip()
                if line:
                    rows.append((line, label, lang))
    return rows


def rows():
    out = []
    for label in ORDER:
        out.extend(load(label))
    return out


if __name__ == "__main__":
    with open(HERE / "sentences.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "lang"])
        w.writerows(rows())
    print("wrote", len(rows()), "rows", file=sys.stderr)
