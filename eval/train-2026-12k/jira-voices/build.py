"""Assemble sentences.csv from the hand-written files in src/ (one sentence or comment per line)."""
import csv, importlib.util, pathlib

HERE = pathlib.Path(__file__).resolve().parent
LANGS = ["en", "de", "fr", "nl"]


def load():
    rows = []
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for lang in LANGS:
            for line in m.S.get(lang, "").split("\n"):
                if line.strip():
                    rows.append((line.strip(), m.LABEL, lang))
    return rows


if __name__ == "__main__":
    rows = load()
    with open(HERE / "sentences.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "lang"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows")
