"""Assemble sentences.csv from src/<label>.py (hand-written text, one row per line)."""
import csv, importlib.util, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
ORDER = ["DATA_READINESS", "UNCLEAR_OBJECTIVE", "PRODUCTION_ARCHITECTURE", "INTEGRATION",
         "SECURITY_COMPLIANCE", "OWNERSHIP_SPONSORSHIP", "SKILLS_GAP", "SCOPE_CREEP",
         "USER_ADOPTION", "COST_FUNDING", "TECHNICAL_FEASIBILITY", "NONE"]
LANGS = ["en", "fr", "de", "es", "nl"]


def load(label):
    spec = importlib.util.spec_from_file_location(label, HERE / "src" / f"{label}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.LABEL == label, (mod.LABEL, label)
    return mod


def lines(block):
    return [l.strip() for l in block.strip().splitlines() if l.strip()]


def rows():
    out = []
    for label in ORDER:
        mod = load(label)
        blocks = [mod.S] + ([mod.H] if hasattr(mod, "H") else [])
        for lang in LANGS:
            for b in blocks:
                for t in lines(b.get(lang, "")):
                    out.append((t, label, lang))
    return out


def main():
    r = rows()
    with open(HERE / "sentences.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "label", "lang"])
        w.writerows(r)
    print(f"wrote {len(r)} rows")


if __name__ == "__main__":
    sys.exit(main())
