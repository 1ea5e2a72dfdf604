#!/usr/bin/env python3
"""Validate the heldout13 gold files (standalone, Python 3.11 stdlib only).

Usage:
    python3 check_gold.py [DIR] [--corpus /work/shared/corpus] [--table]

Checks, per NAME.txt / NAME.gold.json pair in DIR (default: this script's directory):
  * the article is a headline line, a blank line, then the body; 500-650 words (str.split, like `wc -w`);
  * the gold has exactly the keys article, entities, facts, optional, notes, and `article` names the .txt;
  * entities have a valid type, a list of aliases and an optional integer year; no alias is shared by two
    entities of the same article; every canonical name and alias occurs in the article text
    (README name normalisation: NFKD, diacritics dropped, casefolded, leading "the " dropped,
    punctuation dropped, spaces collapsed; matched on word boundaries);
  * every fact / optional fact uses a known predicate, has s/o (and character only on starred_in) that are
    canonical names or aliases of entities of a sensible type (said objects excepted); optional facts carry a
    note; no duplicate facts;
  * every said quote (required and optional) occurs verbatim in the text, modulo curly/straight quote marks
    and whitespace;
  * no invented name (canonical or alias of a non-Organization entity) is shared between two articles:
    it must not occur, case-sensitively on word boundaries, in any other article of the set;
  * with --corpus DIR: no invented name occurs in the corpus texts or equals a corpus entity name/alias,
    and no corpus entity name/alias (any type) occurs in these articles (case-sensitive, word boundaries).
Exits non-zero on any error. --table prints the per-file counts used in README.md.
"""
import argparse
import json
import pathlib
import re
import sys
import unicodedata

KEYS = ["article", "entities", "facts", "optional", "notes"]
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = ["directed", "starred_in", "sequel_of", "said"]
EXT = ["wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of", "remake_of", "distributed_by"]
WORK = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types)
SIG = {
    "directed": ({"Person"}, WORK),
    "starred_in": ({"Person"}, WORK),
    "sequel_of": (WORK, WORK),
    "said": ({"Person", "Organization", "Character"}, None),
    "wrote": ({"Person"}, WORK),
    "produced": ({"Person", "Organization"}, WORK),
    "edited": ({"Person"}, WORK),
    "shot": ({"Person"}, WORK),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": (WORK, WORK),
    "remake_of": (WORK, WORK),
    "distributed_by": (WORK, {"Organization"}),
}
QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
          "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'"}


def strip_accents(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))


def norm_name(t):
    t = strip_accents(t).casefold().strip()
    if t.startswith("the "):
        t = t[4:]
    t = "".join(c for c in t if not unicodedata.category(c).startswith("P"))
    return " ".join(t.split())


def norm_text(t):
    t = strip_accents(t).casefold()
    t = "".join(" " if unicodedata.category(c).startswith("P") else c for c in t)
    return " " + " ".join(t.split()) + " "


def norm_name_for_search(t):
    t = strip_accents(t).casefold().strip()
    if t.startswith("the "):
        t = t[4:]
    t = "".join(" " if unicodedata.category(c).startswith("P") else c for c in t)
    return " ".join(t.split())


def norm_quote(t):
    for a, b in QUOTES.items():
        t = t.replace(a, b)
    return " ".join(t.split())


def occurs_cs(name, text):
    """Case-sensitive occurrence on word boundaries (diacritics kept)."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def surface_forms(ents, skip_orgs=True):
    out = {}
    for n, d in ents.items():
        if skip_orgs and d.get("type") == "Organization":
            continue
        for form in [n] + list(d.get("aliases", [])):
            out[form] = n
    return out


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def check_pair(self, txt_path, gold_path):
        name = txt_path.stem
        text = txt_path.read_text(encoding="utf-8")
        where = name
        lines = text.split("\n")
        if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "" or not lines[2].strip():
            self.err(where, "article must be: headline line, blank line, body")
        n_all = len(text.split())
        n_body = len("\n".join(lines[2:]).split())
        if not 500 <= n_all <= 650:
            self.err(where, f"word count {n_all} outside 500-650")
        try:
            g = json.loads(gold_path.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            self.err(where, f"bad JSON: {e}")
            return None
        if list(g.keys()) != KEYS:
            self.err(where, f"keys {list(g.keys())} != {KEYS}")
        if g.get("article") != txt_path.name:
            self.err(where, f"article field {g.get('article')!r} != {txt_path.name!r}")
        if not isinstance(g.get("notes"), str) or not g.get("notes", "").strip():
            self.err(where, "notes must be a non-empty string")
        ents = g.get("entities", {})
        ntext = norm_text(text)
        qtext = norm_quote(text)
        lookup = {}  # exact surface form -> canonical
        seen_norm = {}
        for ename, d in ents.items():
            if not isinstance(d, dict) or set(d) - {"type", "aliases", "year"} or "type" not in d or "aliases" not in d:
                self.err(where, f"entity {ename!r}: bad record {d!r}")
                continue
            if d["type"] not in TYPES:
                self.err(where, f"entity {ename!r}: bad type {d['type']!r}")
            if "year" in d and not isinstance(d["year"], int):
                self.err(where, f"entity {ename!r}: year must be int")
            if not isinstance(d["aliases"], list):
                self.err(where, f"entity {ename!r}: aliases must be a list")
                continue
            for form in [ename] + d["aliases"]:
                if form in lookup and lookup[form] != ename:
                    self.err(where, f"surface form {form!r} used by {lookup[form]!r} and {ename!r}")
                lookup[form] = ename
                nf = norm_name(form)
                if nf in seen_norm and seen_norm[nf] != ename:
                    self.err(where, f"normalised form {nf!r} shared by {seen_norm[nf]!r} and {ename!r}")
                seen_norm[nf] = ename
                if " " + norm_name_for_search(form) + " " not in ntext:
                    self.err(where, f"entity {ename!r}: surface form {form!r} does not occur in the text")

        def etype(x):
            c = lookup.get(x)
            return (c, ents[c]["type"]) if c else (None, None)

        seen_facts = set()
        for kind in ("facts", "optional"):
            for fact in g.get(kind, []):
                allowed = {"s", "p", "o", "character"} | ({"note"} if kind == "optional" else set())
                if set(fact) - allowed or not {"s", "p", "o"} <= set(fact):
                    self.err(where, f"{kind}: bad keys {sorted(fact)} in {fact}")
                    continue
                if kind == "optional" and not str(fact.get("note", "")).strip():
                    self.err(where, f"optional fact without note: {fact}")
                p = fact["p"]
                if p not in SIG:
                    self.err(where, f"{kind}: unknown predicate {p!r}")
                    continue
                stypes, otypes = SIG[p]
                sc, st = etype(fact["s"])
                if sc is None:
                    self.err(where, f"{kind}: subject {fact['s']!r} is not an entity name/alias ({p})")
                elif st not in stypes:
                    self.err(where, f"{kind}: subject {fact['s']!r} has type {st} for {p}")
                if p == "said":
                    if norm_quote(fact["o"]) not in qtext:
                        self.err(where, f"{kind}: said quote not verbatim in text: {fact['o']!r}")
                    oc = fact["o"]
                else:
                    oc, ot = etype(fact["o"])
                    if oc is None:
                        self.err(where, f"{kind}: object {fact['o']!r} is not an entity name/alias ({p})")
                    elif ot not in otypes:
                        self.err(where, f"{kind}: object {fact['o']!r} has type {ot} for {p}")
                if "character" in fact:
                    if p != "starred_in":
                        self.err(where, f"{kind}: character on non-starred_in fact {fact}")
                    cc, ct = etype(fact["character"])
                    if cc is None or ct != "Character":
                        self.err(where, f"{kind}: character {fact['character']!r} is not a Character entity")
                key = (sc, p, oc if p != "said" else norm_quote(fact["o"]))
                if key in seen_facts:
                    self.err(where, f"duplicate fact {fact}")
                seen_facts.add(key)
        facts = g.get("facts", [])
        return {
            "name": name, "text": text, "gold": g, "words": n_all, "body": n_body,
            "core": sum(1 for x in facts if x["p"] in CORE),
            "ext": sum(1 for x in facts if x["p"] in EXT),
            "optional": len(g.get("optional", [])),
            "by_pred": {p: sum(1 for x in facts if x["p"] == p) for p in CORE + EXT},
        }

    def cross(self, infos):
        forms = {i["name"]: surface_forms(i["gold"].get("entities", {})) for i in infos}
        owners = {}
        for i in infos:
            for form in forms[i["name"]]:
                owners.setdefault(norm_name(form), set()).add(i["name"])
        for nf, who in owners.items():
            if len(who) > 1:
                self.err("cross", f"invented name {nf!r} defined in several articles: {sorted(who)}")
        for i in infos:
            for j in infos:
                if i is j:
                    continue
                for form in forms[i["name"]]:
                    if occurs_cs(form, j["text"]):
                        self.err("cross", f"{i['name']}: invented name {form!r} occurs in {j['name']}")

    def corpus(self, infos, cdir):
        ctexts, cforms = {}, set()
        for t in sorted(cdir.glob("*.txt")):
            ctexts[t.stem] = t.read_text(encoding="utf-8")
            gp = t.with_name(t.stem + ".gold.json")
            if gp.exists():
                cg = json.loads(gp.read_text(encoding="utf-8"))
                for n, d in cg.get("entities", {}).items():
                    cforms.add(n)
                    cforms.update(d.get("aliases", []))
        if not ctexts:
            self.err("corpus", f"no corpus articles found in {cdir}")
        cnorm = {norm_name(x) for x in cforms}
        for i in infos:
            for form in surface_forms(i["gold"].get("entities", {})):
                if norm_name(form) in cnorm:
                    self.err("corpus", f"{i['name']}: invented name {form!r} is a corpus entity name/alias")
                for cn, ct in ctexts.items():
                    if occurs_cs(form, ct):
                        self.err("corpus", f"{i['name']}: invented name {form!r} occurs in corpus article {cn}")
            for cf in sorted(cforms):
                if occurs_cs(cf, i["text"]):
                    self.err("corpus", f"{i['name']}: corpus entity name/alias {cf!r} occurs in the article")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=str(pathlib.Path(__file__).resolve().parent))
    ap.add_argument("--corpus", help="corpus directory (e.g. /work/shared/corpus)")
    ap.add_argument("--table", action="store_true", help="print the README table rows")
    a = ap.parse_args()
    d = pathlib.Path(a.dir)
    ck = Checker()
    infos = []
    txts = sorted(d.glob("*.txt"))
    golds = sorted(d.glob("*.gold.json"))
    if not txts:
        ck.err(str(d), "no articles found")
    for t in txts:
        gp = t.with_name(t.stem + ".gold.json")
        if not gp.exists():
            ck.err(t.stem, "missing gold file")
            continue
        info = ck.check_pair(t, gp)
        if info:
            infos.append(info)
    for gp in golds:
        if not gp.with_name(gp.name[: -len(".gold.json")] + ".txt").exists():
            ck.err(gp.name, "gold file without article")
    ck.cross(infos)
    if a.corpus:
        ck.corpus(infos, pathlib.Path(a.corpus))
    if a.table:
        for i in infos:
            print(f"| {i['name']} | {i['words']}/{i['body']} | {i['core']} | {i['ext']} | {i['optional']} | "
                  + ", ".join(f"{p}={n}" for p, n in i["by_pred"].items() if n))
        print(f"TOTAL core={sum(i['core'] for i in infos)} ext={sum(i['ext'] for i in infos)} "
              f"optional={sum(i['optional'] for i in infos)} words={sum(i['words'] for i in infos)}")
    for e in ck.errors:
        print("ERROR", e)
    n_facts = sum(len(i["gold"].get("facts", [])) for i in infos)
    if ck.errors:
        print(f"FAIL: {len(ck.errors)} error(s) in {len(infos)} gold file(s)")
        return 1
    print(f"OK: {len(infos)} gold files, {n_facts} required facts"
          + (", corpus checks passed" if a.corpus else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
