#!/usr/bin/env python3
"""Writes the real Jira texts of a shared real-data folder (summaries, descriptions, comment
bodies) as a phrase CSV of NONE rows, OUTSIDE the repository, so PassHarness can count how many
real texts the rules and the learned pass name a cause in (eval/TUNING.md, round q4):

    python3 eval/real_texts.py ../shared/real-data-2 /tmp/real2.csv   # 471 texts
    python3 eval/real_texts.py ../shared/real-data /tmp/real1.csv     # 1,065 distinct texts
    java -cp <jobs test classpath> dev.lastmile.transform.PassHarness /tmp/real2.csv

The texts are real exports nobody here wrote: never copy them into the repository, never train
or tune on them. Layouts: real-data-2 has jira/api (Jira JSON pages) and jira/csv; real-data has
jira-json and jira-csv."""
import csv
import json
import os
import sys

csv.field_size_limit(10**9)


def adf(n):
    """Plain text of a string or an Atlassian document (ADF) node."""
    if isinstance(n, str):
        return n
    if isinstance(n, dict):
        if n.get("type") == "text":
            return n.get("text", "")
        return " ".join(adf(c) for c in n.get("content", []) or [])
    if isinstance(n, list):
        return " ".join(adf(c) for c in n)
    return ""


def real_data_2(root):
    out = []

    def add(src, ref, t):
        t = adf(t) if not isinstance(t, str) else t
        if t and t.strip():
            out.append((ref, src, t.strip()))

    for f in sorted(os.listdir(root + "/jira/api")):
        d = json.load(open(root + "/jira/api/" + f, encoding="utf-8"))
        issues = d if isinstance(d, list) else d.get("issues", [d] if "fields" in d else [])
        for i in issues:
            fl = i.get("fields", {}) or {}
            k = i.get("key", "?")
            add("summary", k, fl.get("summary"))
            add("description", k, fl.get("description"))
            c = fl.get("comment") or {}
            for cm in c.get("comments", []) if isinstance(c, dict) else []:
                add("comment", k, cm.get("body"))
    for f in sorted(os.listdir(root + "/jira/csv")):
        rows = list(csv.reader(open(root + "/jira/csv/" + f, encoding="utf-8-sig", newline="")))
        h = rows[0]
        key = h.index("Issue key") if "Issue key" in h else h.index("Clé de ticket")
        for r in rows[1:]:
            for j, name in enumerate(h):
                if j >= len(r):
                    continue
                if name in ("Summary", "Résumé"):
                    add("summary", r[key], r[j])
                elif name == "Description":
                    add("description", r[key], r[j])
                elif name in ("Comment", "Commentaire"):
                    add("comment", r[key], r[j].split(";", 2)[-1])
    return out


def real_data(root):
    out = []

    def walk(n, f):
        if isinstance(n, dict):
            for k, v in n.items():
                doc = isinstance(v, dict) and v.get("type") == "doc"
                if k in ("summary", "description", "body") and (isinstance(v, str) or doc):
                    t = adf(v).strip()
                    if t:
                        out.append((f, k, t))
                else:
                    walk(v, f)
        elif isinstance(n, list):
            for c in n:
                walk(c, f)

    for f in sorted(os.listdir(root + "/jira-json")):
        try:
            walk(json.load(open(root + "/jira-json/" + f, encoding="utf-8-sig")), f)
        except ValueError as e:
            print("skipped", f, e, file=sys.stderr)
    for f in sorted(os.listdir(root + "/jira-csv")):
        rows = None
        for enc in ("utf-8-sig", "cp1252"):
            try:
                rows = list(csv.reader(open(root + "/jira-csv/" + f, encoding=enc, newline="")))
                break
            except UnicodeDecodeError:
                continue
        h = rows[0]
        for r in rows[1:]:
            for j, name in enumerate(h):
                if j >= len(r) or not r[j].strip():
                    continue
                if name in ("Summary", "Résumé", "Description", "Zusammenfassung", "Beschreibung"):
                    out.append((f, name, r[j].strip()))
                elif name in ("Comment", "Commentaire", "Kommentar", "Comments"):
                    out.append((f, name, r[j].split(";", 2)[-1].strip()))
    seen = set()
    uniq = []
    for x in out:
        if x[2] not in seen:
            seen.add(x[2])
            uniq.append(x)
    return uniq


def main():
    root, dest = sys.argv[1], sys.argv[2]
    texts = real_data_2(root) if os.path.isdir(root + "/jira/api") else real_data(root)
    with open(dest, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "expected_cause", "kind", "text"])
        for n, (ref, src, t) in enumerate(texts):
            w.writerow(["%s:%s:%d" % (ref, src, n), "NONE", "negative", t])
    print(len(texts), "texts")


if __name__ == "__main__":
    main()
