"""Assemble sentences.csv from the hand-written rows in src/ (one row per line)."""
import csv
import importlib.util
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
LANGS = ["en", "es", "it", "pt", "nl", "de"]


def rows():
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for lang in LANGS:
            for line in mod.S.get(lang, "").splitlines():
                line = line.strip()
                if line:
                    yield line, mod.LABEL, lang


if __name__ == "__main__":
    out = HERE / "sentences.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(["text", "label", "lang"])
        n = 0
        for r in rows():
            w.writerow(r)
            n += 1
    print(f"wrote {n} rows to {out.name}")
