#!/usr/bin/env python3
"""Validate the gold files of this held-out set (standard library only).

Usage: python3 check_gold.py [DIR] [--corpus CORPUS_DIR]

Checks, for every NAME.gold.json in DIR:
  * the JSON loads and has the keys article / entities / facts / optional / notes;
  * `article` names an existing NAME.txt beside it; the article has a headline,
    a blank line and a body, and its word count is reported;
  * entity types are valid, aliases are lists of strings, years are integers;
  * every fact and optional fact uses one of the twelve predicates, its subject
    (and, except for `said`, its object) is a declared entity, and subject/object
    types fit the predicate;
  * every entity's canonical name or one of its aliases occurs in the article;
  * every `said` quote and every `character` occurs in the article;
  * no fact is listed twice, no fact is both required and optional, every
    optional fact has a note;
  * (with --corpus) no invented Person / Film / TVSeries / FilmSeries name of
    the set occurs in the sample corpus texts.
Exit status 1 if any problem is found.
"""
import json
import os
import re
import sys
import unicodedata

TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = ["directed", "starred_in", "sequel_of", "said"]
EXTENDED = ["wrote", "produced", "edited", "shot", "showrunner_of",
            "reboot_of", "remake_of", "distributed_by"]
PREDICATES = set(CORE + EXTENDED)
WORK = {"Film", "TVSeries", "FilmSeries"}
# predicate -> (allowed subject types, allowed object types or None for free text)
SIGNATURE = {
    "directed": ({"Person"}, WORK),
    "starred_in": ({"Person"}, {"Film", "TVSeries"}),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person", "Organization", "Character"}, None),
    "wrote": ({"Person"}, {"Film", "TVSeries"}),
    "produced": ({"Person"}, {"Film", "TVSeries"}),
    "edited": ({"Person"}, {"Film", "TVSeries"}),
    "shot": ({"Person"}, {"Film", "TVSeries"}),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film"}, {"Film", "FilmSeries"}),
    "remake_of": ({"Film"}, {"Film"}),
    "distributed_by": ({"Film", "TVSeries"}, {"Organization"}),
}
# required `said` facts must have a real person as speaker
REQUIRED_SAID_SPEAKER = {"Person"}


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return s.casefold()


def norm_space(s):
    """punctuation -> space, collapse spaces"""
    s = _fold(s)
    s = "".join(c if c.isalnum() else " " for c in s)
    return " " + " ".join(s.split()) + " "


def norm_drop(s):
    """punctuation dropped (as the matcher does), collapse spaces"""
    s = _fold(s)
    s = "".join(c for c in s if c.isalnum() or c.isspace())
    return " " + " ".join(s.split()) + " "


def occurs(name, text_space, text_drop):
    n1 = norm_space(name).strip()
    n2 = norm_drop(name).strip()
    if not n1 and not n2:
        return False
    for n in {n1, n1[4:] if n1.startswith("the ") else n1}:
        if n and " " + n + " " in text_space:
            return True
    for n in {n2, n2[4:] if n2.startswith("the ") else n2}:
        if n and " " + n + " " in text_drop:
            return True
    return False


def quote_occurs(quote, text):
    t = " ".join(_fold(text).split())
    q = " ".join(_fold(quote).split())
    if q in t:
        return True
    q2 = q.rstrip(" ,.;:")
    return bool(q2) and q2 in t


def fact_key(f):
    return (f.get("s"), f.get("p"), f.get("o"))


def check_file(path, corpus_texts):
    problems = []
    info = {}
    try:
        with open(path, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as e:  # noqa: BLE001
        return ["JSON does not load: %s" % e], info
    for key in ("article", "entities", "facts", "optional", "notes"):
        if key not in gold:
            problems.append("missing key %r" % key)
    if problems:
        return problems, info
    base = os.path.basename(path)[: -len(".gold.json")]
    if gold["article"] != base + ".txt":
        problems.append("article %r does not match file name %r" % (gold["article"], base + ".txt"))
    txt_path = os.path.join(os.path.dirname(path), gold["article"])
    if not os.path.exists(txt_path):
        return problems + ["article file %s not found" % txt_path], info
    with open(txt_path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != "" or not lines[2].strip():
        problems.append("article is not 'headline, blank line, body'")
    info["words"] = len(text.split())
    if not 500 <= info["words"] <= 650:
        problems.append("word count %d outside 500-650" % info["words"])
    t_space, t_drop = norm_space(text), norm_drop(text)

    ents = gold["entities"]
    if not isinstance(ents, dict):
        return problems + ["entities is not an object"], info
    for name, e in ents.items():
        if not isinstance(e, dict):
            problems.append("entity %r is not an object" % name)
            continue
        if e.get("type") not in TYPES:
            problems.append("entity %r has invalid type %r" % (name, e.get("type")))
        al = e.get("aliases")
        if not isinstance(al, list) or not all(isinstance(a, str) for a in al):
            problems.append("entity %r: aliases must be a list of strings" % name)
            al = []
        if "year" in e and not isinstance(e["year"], int):
            problems.append("entity %r: year must be an integer" % name)
        extra = set(e) - {"type", "aliases", "year"}
        if extra:
            problems.append("entity %r: unexpected keys %s" % (name, sorted(extra)))
        if not any(occurs(n, t_space, t_drop) for n in [name] + al):
            problems.append("entity %r: neither name nor any alias occurs in the article" % name)
        if corpus_texts and e.get("type") in {"Person", "Film", "TVSeries", "FilmSeries"}:
            for cname, (cs, cd) in corpus_texts.items():
                if len(norm_space(name).split()) >= 2 and occurs(name, cs, cd):
                    problems.append("entity %r also occurs in corpus text %s (must be invented)" % (name, cname))

    # alias collisions between entities (ambiguous surface forms)
    seen = {}
    for name, e in ents.items():
        for n in [name] + list(e.get("aliases") or []):
            k = norm_drop(n).strip()
            if k.startswith("the "):
                k = k[4:]
            if k in seen and seen[k] != name:
                problems.append("surface form %r is shared by %r and %r" % (n, seen[k], name))
            seen.setdefault(k, name)

    counts = {"facts": {}, "optional": {}}
    keys_by_section = {"facts": set(), "optional": set()}
    for section in ("facts", "optional"):
        if not isinstance(gold[section], list):
            problems.append("%s is not a list" % section)
            continue
        for i, f in enumerate(gold[section]):
            where = "%s[%d]" % (section, i)
            if not isinstance(f, dict):
                problems.append("%s is not an object" % where)
                continue
            allowed = {"s", "p", "o", "character"} | ({"note"} if section == "optional" else set())
            extra = set(f) - allowed
            if extra:
                problems.append("%s: unexpected keys %s" % (where, sorted(extra)))
            s, p, o = f.get("s"), f.get("p"), f.get("o")
            if p not in PREDICATES:
                problems.append("%s: unknown predicate %r" % (where, p))
                continue
            counts[section][p] = counts[section].get(p, 0) + 1
            if s not in ents:
                problems.append("%s: subject %r is not a declared entity" % (where, s))
            if not isinstance(o, str) or not o.strip():
                problems.append("%s: object must be a non-empty string" % where)
                continue
            if p != "said" and o not in ents:
                problems.append("%s: object %r is not a declared entity" % (where, o))
            stypes, otypes = SIGNATURE[p]
            if s in ents and ents[s].get("type") not in stypes:
                problems.append("%s: subject %r of type %s not allowed for %s" % (where, s, ents[s].get("type"), p))
            if section == "facts" and p == "said" and s in ents and ents[s].get("type") not in REQUIRED_SAID_SPEAKER:
                problems.append("%s: required said with non-person speaker %r" % (where, s))
            if otypes is not None and o in ents and ents[o].get("type") not in otypes:
                problems.append("%s: object %r of type %s not allowed for %s" % (where, o, ents[o].get("type"), p))
            if p == "said" and section == "facts" and not quote_occurs(o, text):
                problems.append("%s: quote not found verbatim in article: %r" % (where, o))
            if p == "said" and section == "optional" and not quote_occurs(o, text) and "indirect" not in f.get("note", "") and "merged" not in f.get("note", ""):
                problems.append("%s: optional quote not found in article: %r" % (where, o))
            if "character" in f:
                if p != "starred_in":
                    problems.append("%s: character on a %s fact" % (where, p))
                ch = f["character"]
                names = [ch] + list(ents.get(ch, {}).get("aliases", []))
                if not any(occurs(n, t_space, t_drop) for n in names):
                    problems.append("%s: character %r not in article" % (where, ch))
                if ch in ents and ents[ch].get("type") != "Character":
                    problems.append("%s: character %r declared with type %s" % (where, ch, ents[ch].get("type")))
            if section == "optional" and not f.get("note"):
                problems.append("%s: optional fact without a note" % where)
            k = fact_key(f)
            if k in keys_by_section[section]:
                problems.append("%s: duplicate fact %r" % (where, k))
            keys_by_section[section].add(k)
    both = keys_by_section["facts"] & keys_by_section["optional"]
    for k in sorted(both):
        problems.append("fact both required and optional: %r" % (k,))
    if not isinstance(gold["notes"], str) or not gold["notes"].strip():
        problems.append("notes must be a non-empty string")
    info["counts"] = counts
    return problems, info


def main(argv):
    d = os.path.dirname(os.path.abspath(__file__))
    corpus = None
    args = list(argv)
    if "--corpus" in args:
        i = args.index("--corpus")
        corpus = args[i + 1]
        del args[i:i + 2]
    if args:
        d = args[0]
    corpus_texts = {}
    if corpus and os.path.isdir(corpus):
        for fn in sorted(os.listdir(corpus)):
            if fn.endswith(".txt"):
                with open(os.path.join(corpus, fn), encoding="utf-8") as fh:
                    t = fh.read()
                corpus_texts[fn] = (norm_space(t), norm_drop(t))
    files = sorted(f for f in os.listdir(d) if f.endswith(".gold.json"))
    if not files:
        print("no gold files found in %s" % d)
        return 1
    total_problems = 0
    tot = {"facts": {}, "optional": {}}
    for fn in files:
        problems, info = check_file(os.path.join(d, fn), corpus_texts)
        c = info.get("counts", {"facts": {}, "optional": {}})
        nreq = sum(c["facts"].values())
        nopt = sum(c["optional"].values())
        core = sum(c["facts"].get(p, 0) for p in CORE)
        print("%-50s words=%-4s required=%-3d (core %-3d) optional=%-3d %s" % (
            fn, info.get("words", "?"), nreq, core, nopt, "OK" if not problems else "%d PROBLEM(S)" % len(problems)))
        for pr in problems:
            print("    - " + pr)
        total_problems += len(problems)
        for sec in tot:
            for p, n in c[sec].items():
                tot[sec][p] = tot[sec].get(p, 0) + n
    print()
    print("%-16s %8s %8s" % ("predicate", "required", "optional"))
    for p in CORE + EXTENDED:
        print("%-16s %8d %8d" % (p, tot["facts"].get(p, 0), tot["optional"].get(p, 0)))
    core_req = sum(tot["facts"].get(p, 0) for p in CORE)
    ext_req = sum(tot["facts"].get(p, 0) for p in EXTENDED)
    print("%-16s %8d %8d" % ("core total", core_req, sum(tot["optional"].get(p, 0) for p in CORE)))
    print("%-16s %8d %8d" % ("extended total", ext_req, sum(tot["optional"].get(p, 0) for p in EXTENDED)))
    print("%-16s %8d %8d" % ("all", core_req + ext_req, sum(tot["optional"].values())))
    print()
    print("%d file(s), %d problem(s)" % (len(files), total_problems))
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
