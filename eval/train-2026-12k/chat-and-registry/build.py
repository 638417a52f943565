"""Assemble sentences.csv from src/<label>.py (one text per line per language)."""
import csv, importlib.util, pathlib

HERE = pathlib.Path(__file__).parent


def rows():
    out = []
    for f in sorted((HERE / "src").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for lang, block in m.S.items():
            for line in block.splitlines():
                t = line.strip()
                if t:
                    out.append((t, m.LABEL, lang))
    return out


if __name__ == "__main__":
    with open(HERE / "sentences.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "lang"])
        w.writerows(rows())
