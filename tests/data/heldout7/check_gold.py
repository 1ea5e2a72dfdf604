#!/usr/bin/env python3
"""Sanity checks for the heldout7 gold files (run from this folder)."""
import json, glob, re, sys, collections

PREDS = {"directed", "starred_in", "sequel_of", "said", "wrote", "produced", "edited",
         "shot", "showrunner_of", "reboot_of", "remake_of", "distributed_by"}
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
errors = 0
tot = collections.Counter()
for g in sorted(glob.glob("*.gold.json")):
    d = json.load(open(g))
    art = g.replace(".gold.json", ".txt")
    text = open(art).read()
    assert d["article"] == art, g
    assert set(d) == {"article", "entities", "facts", "optional", "notes"}, (g, set(d))
    ents = d["entities"]
    for name, e in ents.items():
        if e["type"] not in TYPES or not isinstance(e.get("aliases"), list):
            print(g, "bad entity", name); errors += 1
    names = {}
    for name, e in ents.items():
        for n in [name] + e["aliases"]:
            names.setdefault(n, set()).add(name)
    def check(f, kind):
        global errors
        if f["p"] not in PREDS:
            print(g, kind, "bad predicate", f); errors += 1
        if f["s"] not in ents:
            print(g, kind, "undeclared subject", f); errors += 1
        if f["p"] == "said":
            if f["o"] not in text:
                print(g, kind, "quote not verbatim", f["o"]); errors += 1
            if ents.get(f["s"], {}).get("type") not in ("Person", "Character"):
                print(g, kind, "speaker type", f); errors += 1
        elif f["o"] not in ents:
            print(g, kind, "undeclared object", f); errors += 1
        if "character" in f and f["character"] not in names:
            print(g, kind, "character not declared", f); errors += 1
        if f["p"] == "starred_in" and ents.get(f["o"], {}).get("type") not in ("Film", "TVSeries"):
            print(g, kind, "starred_in object type", f); errors += 1
        if f["p"] in ("directed", "wrote", "produced", "edited", "shot", "showrunner_of") and ents[f["s"]]["type"] not in ("Person", "Organization"):
            print(g, kind, "subject type", f); errors += 1
    keys = set()
    for f in d["facts"]:
        check(f, "fact")
        k = (f["s"], f["p"], f["o"])
        if k in keys:
            print(g, "duplicate", k); errors += 1
        keys.add(k)
    for f in d["optional"]:
        check(f, "optional")
        if "note" not in f:
            print(g, "optional without note", f); errors += 1
        if (f["s"], f["p"], f["o"]) in keys:
            print(g, "optional duplicates a required fact", f); errors += 1
    # every double-quoted span in the text: is it a said quote, a title, or other?
    said = [f["o"] for f in d["facts"] + d["optional"] if f["p"] == "said"]
    titles = {n for n, e in ents.items() for n in [n] + e["aliases"] if e["type"] in ("Film", "TVSeries", "FilmSeries")}
    for m in re.finditer(r'"([^"\n]+)"|"([^"\n]+)\n', text):
        q = (m.group(1) or m.group(2)).strip()
        qs = q.rstrip(",")
        if qs in titles or qs.rstrip(".") in titles:
            continue
        if not any(qs in s or s in q for s in said):
            print(g, "UNCOVERED double-quoted span:", q[:70])
    c = collections.Counter(f["p"] for f in d["facts"])
    tot.update(c)
    wc = len(text.split())
    print(f"{g}: words={wc} required={len(d['facts'])} optional={len(d['optional'])} {dict(sorted(c.items()))}")
print("TOTAL", sum(tot.values()), dict(sorted(tot.items())))
print("errors:", errors)
sys.exit(1 if errors else 0)
