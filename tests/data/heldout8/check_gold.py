#!/usr/bin/env python3
"""Consistency checker for the held-out gold files in this folder.

Usage: python3 check_gold.py [DIR]

For every NAME.gold.json beside a NAME.txt it checks that
  - the file parses and has exactly the corpus keys
    (article, entities, facts, optional, notes);
  - `article` names the .txt beside it;
  - entities use only the corpus types and fields (type, aliases, year?);
  - facts use only the corpus predicates and fields (s, p, o, character?;
    optional facts may also carry a note);
  - every fact's s, and o except for `said`, is a declared canonical entity
    of a plausible type;
  - every `said` quote appears verbatim in the article;
  - every `character` is a declared Character name or alias, and only on
    starred_in;
  - no duplicate facts (inside facts, inside optional, or across the two).
It also prints informational warnings (not errors): alias collisions,
entities whose surface forms never occur in the text, double-quoted spans in
the text covered by no said fact and no entity name, and word counts outside
about 500-600.
Exit status is 1 if any error was found.
"""
import json
import os
import re
import sys
import unicodedata

KEYS = {"article", "entities", "facts", "optional", "notes"}
TYPES = {"Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization"}
CORE = {"directed", "starred_in", "sequel_of", "said"}
EXTENDED = {"wrote", "produced", "edited", "shot", "showrunner_of", "reboot_of",
            "remake_of", "distributed_by"}
PREDICATES = CORE | EXTENDED
WORKS = {"Film", "FilmSeries", "TVSeries"}
# predicate -> (allowed subject types, allowed object types); None = free text
SIGNATURE = {
    "directed": ({"Person"}, WORKS),
    "starred_in": ({"Person"}, WORKS),
    "sequel_of": ({"Film"}, {"Film"}),
    "said": ({"Person"}, None),
    "wrote": ({"Person"}, WORKS),
    "produced": ({"Person", "Organization"}, WORKS),
    "edited": ({"Person"}, WORKS),
    "shot": ({"Person"}, WORKS),
    "showrunner_of": ({"Person"}, {"TVSeries"}),
    "reboot_of": ({"Film", "TVSeries"}, WORKS),
    "remake_of": ({"Film", "TVSeries"}, WORKS),
    "distributed_by": (WORKS, {"Organization"}),
}


def norm(s):
    """The README's name normalisation (NFKD, no diacritics, casefold, no
    leading 'the ', no punctuation, collapsed spaces)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().strip()
    if s.startswith("the "):
        s = s[4:]
    s = re.sub(r"[^\w\s]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check(path_json, errors, warnings):
    name = os.path.basename(path_json)[: -len(".gold.json")]
    folder = os.path.dirname(path_json)
    txt_path = os.path.join(folder, name + ".txt")

    def err(msg):
        errors.append(f"{name}: {msg}")

    def warn(msg):
        warnings.append(f"{name}: {msg}")

    try:
        with open(path_json, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        err(f"does not parse: {exc}")
        return None
    if not isinstance(gold, dict) or set(gold) != KEYS:
        err(f"keys {sorted(gold) if isinstance(gold, dict) else type(gold)} != {sorted(KEYS)}")
        return None
    if gold["article"] != name + ".txt":
        err(f"article field {gold['article']!r} != {name + '.txt'!r}")
    if not os.path.exists(txt_path):
        err("no article .txt beside the gold file")
        return None
    with open(txt_path, encoding="utf-8") as fh:
        text = fh.read()
    if not isinstance(gold["notes"], str) or not gold["notes"].strip():
        err("notes must be a non-empty string")

    # entities
    ents = gold["entities"]
    if not isinstance(ents, dict):
        err("entities is not an object")
        return None
    characters = set()
    surface = {}
    for cname, ent in ents.items():
        if not isinstance(ent, dict):
            err(f"entity {cname!r} is not an object")
            continue
        extra = set(ent) - {"type", "aliases", "year"}
        if extra or "type" not in ent or "aliases" not in ent:
            err(f"entity {cname!r} has fields {sorted(ent)}")
        if ent.get("type") not in TYPES:
            err(f"entity {cname!r} has type {ent.get('type')!r}")
        if not isinstance(ent.get("aliases"), list) or not all(isinstance(a, str) for a in ent.get("aliases", [])):
            err(f"entity {cname!r} aliases must be a list of strings")
            continue
        if "year" in ent and not isinstance(ent["year"], int):
            err(f"entity {cname!r} year must be an integer")
        if len(set(ent["aliases"])) != len(ent["aliases"]) or cname in ent["aliases"]:
            err(f"entity {cname!r} has repeated aliases")
        if ent.get("type") == "Character":
            characters.add(cname)
            characters.update(ent["aliases"])
        for form in [cname] + ent["aliases"]:
            surface.setdefault(norm(form), []).append((cname, ent.get("type")))
        forms = [cname] + ent["aliases"]
        ntext = norm(text)
        # possessives ("Kofi Brannigan's") normalise to a trailing "s"
        if not any(norm(f_) and re.search(r"\b" + re.escape(norm(f_)) + r"s?\b", ntext) for f_ in forms):
            warn(f"entity {cname!r}: no surface form occurs in the text")
    for form, owners in surface.items():
        cnames = sorted({o[0] for o in owners})
        if len(cnames) > 1:
            warn(f"surface form {form!r} is shared by {cnames}")

    # facts
    seen = {}
    n_required = 0
    said_quotes = []
    for section in ("facts", "optional"):
        facts = gold[section]
        if not isinstance(facts, list):
            err(f"{section} is not a list")
            continue
        for i, fact in enumerate(facts):
            where = f"{section}[{i}]"
            if not isinstance(fact, dict):
                err(f"{where} is not an object")
                continue
            allowed = {"s", "p", "o", "character"} | ({"note"} if section == "optional" else set())
            if set(fact) - allowed or not {"s", "p", "o"} <= set(fact):
                err(f"{where} has fields {sorted(fact)}")
                continue
            s, p, o = fact["s"], fact["p"], fact["o"]
            if p not in PREDICATES:
                err(f"{where} predicate {p!r} not allowed")
                continue
            if s not in ents:
                err(f"{where} subject {s!r} is not a declared canonical entity")
            if p != "said" and o not in ents:
                err(f"{where} object {o!r} is not a declared canonical entity")
            stypes, otypes = SIGNATURE[p]
            if s in ents and ents[s].get("type") not in stypes:
                err(f"{where} subject {s!r} has type {ents[s].get('type')} for {p}")
            if otypes is not None and o in ents and ents[o].get("type") not in otypes:
                err(f"{where} object {o!r} has type {ents[o].get('type')} for {p}")
            if p != "said" and s == o:
                err(f"{where} subject equals object")
            if p == "said":
                if not o.strip():
                    err(f"{where} empty quote")
                elif o not in text:
                    err(f"{where} quote not verbatim in article: {o!r}")
                if section == "facts":
                    said_quotes.append(o)
            if "character" in fact:
                if p != "starred_in":
                    err(f"{where} character on predicate {p}")
                if fact["character"] not in characters:
                    err(f"{where} character {fact['character']!r} not a declared Character name or alias")
            key = (s, p, o if p != "said" else " ".join(o.split()))
            if key in seen:
                err(f"{where} duplicates {seen[key]}: {key}")
            else:
                seen[key] = where
            if section == "facts":
                n_required += 1
        if section == "optional":
            for i, fact in enumerate(facts):
                if isinstance(fact, dict) and "note" not in fact:
                    warn(f"optional[{i}] has no note")

    # informational: quoted spans not covered
    all_quotes = [f["o"] for f in gold["facts"] + gold["optional"] if isinstance(f, dict) and f.get("p") == "said"]
    names = {norm(k) for k in surface}
    for line in text.split("\n"):
        for m in re.finditer(r'"([^"]+)"', line):
            span = m.group(1).strip().rstrip(",")
            if norm(span) in names:
                continue
            if any(span in q or q in span for q in all_quotes):
                continue
            warn(f"quoted span covered by no said fact and no entity: {span!r}")

    words = len(text.split())
    if not 480 <= words <= 620:
        warn(f"article has {words} words")
    first = text.split("\n", 1)[0]
    if not first.strip() or len(first.split()) > 25:
        warn("first line does not look like a headline")
    return {"name": name, "words": words, "required": n_required, "optional": len(gold["optional"])}


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    golds = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    txts = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    errors, warnings = [], []
    for t in txts:
        if t[:-4] + ".gold.json" not in golds:
            errors.append(f"{t}: no gold file")
    rows = []
    for g in golds:
        r = check(os.path.join(folder, g), errors, warnings)
        if r:
            rows.append(r)
    for r in rows:
        print(f"{r['name']:45s} words={r['words']:4d} required={r['required']:3d} optional={r['optional']:3d}")
    print(f"TOTAL files={len(rows)} required={sum(r['required'] for r in rows)} optional={sum(r['optional'] for r in rows)}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
