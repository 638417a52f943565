#!/usr/bin/env python3
"""Assemble sentences.csv from the hand-written rows in src/<LABEL>.py."""
import csv
import importlib.util
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
LANGS = ["en", "de", "fr", "es", "it", "pt"]


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rows():
    for path in sorted((HERE / "src").glob("*.py")):
        mod = load(path)
        for lang in LANGS:
            for line in mod.S.get(lang, "").splitlines():
                text = line.strip()
                if text:
                    yield text, mod.LABEL, lang


def main():
    out = list(rows())
    with open(HERE / "sentences.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(["text", "label", "lang"])
        w.writerows(out)
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
