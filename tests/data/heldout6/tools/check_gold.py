#!/usr/bin/env python3
"""Sanity checks for heldout6 gold files.

- every NAME.gold.json parses and has exactly the corpus keys
- every fact's s (and o, except for said) is a declared canonical entity
- said quotes (required and optional) occur verbatim in the article
- character values are declared Character entities
- predicate / entity-type compatibility, no duplicate facts, required/optional disjoint
- every entity surfaces in its article (canonical name or an alias, after normalisation)
- word counts of articles
Prints a per-article and per-predicate table.
"""
import collections
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PREDS = {"directed", "starred_in", "sequel_of", "said", "wrote", "produced", "edited", "shot",
         "showrunner_of", "reboot_of", "remake_of", "distributed_by"}
WORK = {"Film", "TVSeries"}
O_TYPES = {
    "directed": WORK, "starred_in": WORK, "sequel_of": {"Film"}, "wrote": WORK, "produced": WORK,
    "edited": WORK, "shot": WORK, "showrunner_of": {"TVSeries"}, "reboot_of": {"Film", "FilmSeries"},
    "remake_of": {"Film"}, "distributed_by": {"Organization"},
}
S_TYPES = {p: {"Person"} for p in ("directed", "starred_in", "said", "wrote", "produced", "edited", "shot", "showrunner_of")}
S_TYPES.update({p: {"Film", "TVSeries"} for p in ("sequel_of", "reboot_of", "remake_of", "distributed_by")})


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    per_pred = collections.Counter()
    per_pred_opt = collections.Counter()
    rows = []
    for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        name = os.path.basename(gp)[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        text = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
        ntext = " " + norm(text) + " "
        err = lambda m: errors.append(f"{name}: {m}")
        if list(g.keys()) != ["article", "entities", "facts", "optional", "notes"]:
            err(f"keys {list(g.keys())}")
        if g["article"] != name + ".txt":
            err("article field")
        ents = g["entities"]
        for en, ed in ents.items():
            if ed["type"] not in {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}:
                err(f"bad type {en}")
            forms = [en] + ed["aliases"]
            # canonical names may carry a disambiguator in parentheses
            forms += [re.sub(r"\s*\(.*\)$", "", x) for x in forms]
            if not any(" " + norm(x) + " " in ntext for x in forms if norm(x)):
                err(f"entity not found in text: {en}")
        seen = set()
        for kind, facts in (("req", g["facts"]), ("opt", g["optional"])):
            for fct in facts:
                s, p, o = fct["s"], fct["p"], fct["o"]
                if p not in PREDS:
                    err(f"bad predicate {p}")
                if s not in ents:
                    err(f"undeclared s {s!r} ({p})")
                elif ents[s]["type"] not in S_TYPES[p]:
                    err(f"s type {s} {ents[s]['type']} for {p}")
                if p == "said":
                    if o not in text:
                        err(f"quote not verbatim: {o!r}")
                    if len(o.split()) < 2:
                        err(f"quote shorter than two words: {o!r}")
                else:
                    if o not in ents:
                        err(f"undeclared o {o!r} ({p})")
                    elif ents[o]["type"] not in O_TYPES[p]:
                        err(f"o type {o} {ents[o]['type']} for {p}")
                if "character" in fct:
                    if p != "starred_in":
                        err("character on non-starred_in")
                    c = fct["character"]
                    if c not in ents or ents[c]["type"] != "Character":
                        err(f"character not a declared Character: {c!r}")
                if kind == "opt" and "note" not in fct:
                    err(f"optional without note {fct}")
                if kind == "req" and "note" in fct:
                    err(f"required with note {fct}")
                key = (s, p, o)
                if key in seen:
                    err(f"duplicate {key}")
                seen.add(key)
                (per_pred if kind == "req" else per_pred_opt)[p] += 1 if True else 0
        req = collections.Counter(f["p"] for f in g["facts"])
        rows.append((name, len(text.split()), len(g["facts"]), len(g["optional"]), dict(req)))
    for r in rows:
        print(f"{r[0]:34s} words={r[1]:4d} req={r[2]:3d} opt={r[3]:2d} {r[4]}")
    print("required per predicate:", dict(per_pred), "total", sum(per_pred.values()))
    print("optional per predicate:", dict(per_pred_opt), "total", sum(per_pred_opt.values()))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
