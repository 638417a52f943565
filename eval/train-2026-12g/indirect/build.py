"""Assemble sentences.csv from the hand-written lists in src/*.py (one file per label)."""
import csv, importlib.util, pathlib

HERE = pathlib.Path(__file__).parent
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl"]

def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

rows = []
for path in sorted((HERE / "src").glob("*.py")):
    mod = load(path)
    for lang in LANGS:
        block = mod.S.get(lang, "")
        for line in block.strip().splitlines():
            line = line.strip()
            if line:
                rows.append((line, mod.LABEL, lang))

with open(HERE / "sentences.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["text", "label", "lang"])
    w.writerows(rows)
print(len(rows), "rows written")
