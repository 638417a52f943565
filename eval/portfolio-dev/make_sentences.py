#!/usr/bin/env python3
"""Writes sentences.csv: every distinct sentence of the dev portfolio's Jira texts (summaries,
descriptions, comment bodies), for bin/lastmile-train as `kind=chatter`: the trainer keeps a
sentence as a NONE example only when the rules and the concept pass name no cause in it, so the
learned pass sees how ordinary Jira text reads. Deterministic: python3 make_sentences.py"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
MARKUP = re.compile(r"\{[a-z]+(?::[^}]*)?\}|\[~[^\]]*\]|[*_]{1,2}|h[1-6]\.\s")


def sentences(text):
    for part in SPLIT.split(MARKUP.sub(" ", text or "")):
        s = " ".join(part.split()).strip()
        if len(s) >= 12 and any(c.isalpha() for c in s):
            yield s


def main():
    seen = set()
    out = []
    jira = os.path.join(HERE, "jira")
    for name in sorted(os.listdir(jira)):
        with open(os.path.join(jira, name), encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        head = rows[0]
        cols = [i for i, h in enumerate(head) if h in ("Summary", "Description", "Comment")]
        for r in rows[1:]:
            for i in cols:
                if i >= len(r):
                    continue
                v = r[i]
                if head[i] == "Comment":
                    v = v.split(";", 2)[-1]  # date;author;body
                for s in sentences(v):
                    if s not in seen:
                        seen.add(s)
                        out.append(s)
    with open(os.path.join(HERE, "sentences.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "expected_cause", "kind", "text"])
        for i, s in enumerate(out, 1):
            w.writerow(["S%04d" % i, "", "chatter", s])
    print(len(out), "sentences")


if __name__ == "__main__":
    main()
