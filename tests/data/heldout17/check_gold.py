#!/usr/bin/env python3
"""Validate the heldout17 gold files (stdlib only).

Usage:
    python3 check_gold.py            # structural checks on every NAME.gold.json here
    python3 check_gold.py --corpus   # also check that no invented name is shared with
                                     # /work/shared/corpus or between two articles here
    python3 check_gold.py --corpus --corpus-dir DIR

Checks per article:
  * the gold file has exactly the keys article, entities, facts, optional, notes;
  * NAME.txt is one headline line, a blank line, then the body; 500-650 words (wc -w);
  * entity types and fields; every canonical name and alias occurs in the text after
    normalisation (NFKD, diacritics dropped, casefolded, punctuation dropped, spaces
    collapsed); a canonical name with a trailing disambiguator such as "(1971)" or
    "(character)" must occur without it;
  * every fact uses a known predicate, its subject and object are declared entities of a
    suitable type (the object of `said` is a quote that occurs in the text), `character`
    on starred_in resolves to a Character entity, optional facts carry a note, and no fact
    is duplicated or both required and optional.
Exit status 0 when everything passes, 1 otherwise.
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = '/work/shared/corpus'

GOLD_KEYS = {'article', 'entities', 'facts', 'optional', 'notes'}
TYPES = {'Person', 'Film', 'FilmSeries', 'TVSeries', 'Character', 'Organization'}
INVENTED = {'Person', 'Film', 'FilmSeries', 'TVSeries', 'Character'}
CORE = ['directed', 'starred_in', 'sequel_of', 'said']
EXTENDED = ['wrote', 'produced', 'edited', 'shot', 'showrunner_of', 'reboot_of',
            'remake_of', 'distributed_by']
WORKS = {'Film', 'TVSeries'}
# predicate -> (allowed subject types, allowed object types); None = quote string
SIGNATURE = {
    'directed': ({'Person'}, WORKS | {'FilmSeries'}),
    'starred_in': ({'Person'}, WORKS),
    'sequel_of': ({'Film'}, {'Film'}),
    'said': ({'Person'}, None),
    'wrote': ({'Person'}, WORKS),
    'produced': ({'Person'}, WORKS),
    'edited': ({'Person'}, WORKS),
    'shot': ({'Person'}, WORKS),
    'showrunner_of': ({'Person'}, {'TVSeries'}),
    'reboot_of': ({'Film'}, {'Film', 'FilmSeries'}),
    'remake_of': ({'Film', 'TVSeries'}, {'Film'}),
    'distributed_by': (WORKS, {'Organization'}),
}
# optional facts may also credit a company as producer
OPTIONAL_EXTRA_SUBJECT = {'produced': {'Organization'}, 'wrote': {'Organization'}}
MIN_WORDS, MAX_WORDS = 500, 650
DISAMBIG = re.compile(r'\s*\((?:\d{4}|film|film series|franchise|tv series|series|character)\)$',
                      re.IGNORECASE)


def strip_marks(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def norm(s, casefold=True):
    """NFKD, diacritics dropped, (casefolded), punctuation dropped, spaces collapsed."""
    s = strip_marks(s)
    if casefold:
        s = s.casefold()
    s = re.sub(r"[^\w\s]|_", ' ', s)
    return ' '.join(s.split())


def occurs(name, text_norm, casefold=True):
    n = norm(name, casefold)
    if not n:
        return False
    return (' ' + n + ' ') in (' ' + text_norm + ' ')


def occurs_name(name, text_norm):
    if occurs(name, text_norm):
        return True
    n = norm(name)
    if n.startswith('the ') and occurs(n[4:], text_norm):
        return True
    return False


def word_count(text):
    return len(text.split())


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))

    def warn(self, where, msg):
        self.warnings.append('%s: %s' % (where, msg))


def load_article(path, rep):
    where = os.path.basename(path)
    try:
        with open(path, encoding='utf-8') as fh:
            gold = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        rep.err(where, 'cannot parse JSON: %s' % exc)
        return None, None
    if not isinstance(gold, dict) or set(gold) != GOLD_KEYS:
        rep.err(where, 'keys must be exactly %s, got %s'
                % (sorted(GOLD_KEYS), sorted(gold) if isinstance(gold, dict) else type(gold)))
        return None, None
    stem = where[:-len('.gold.json')]
    if gold['article'] != stem + '.txt':
        rep.err(where, 'article should be %r, got %r' % (stem + '.txt', gold['article']))
    txt_path = os.path.join(os.path.dirname(path), stem + '.txt')
    if not os.path.exists(txt_path):
        rep.err(where, 'missing text file %s' % txt_path)
        return gold, None
    with open(txt_path, encoding='utf-8') as fh:
        text = fh.read()
    return gold, text


def check_text(where, text, rep):
    lines = text.split('\n')
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip() != '' or not lines[2].strip():
        rep.err(where, 'text must be: headline line, blank line, body')
    n = word_count(text)
    if not MIN_WORDS <= n <= MAX_WORDS:
        rep.err(where, 'word count %d outside %d-%d' % (n, MIN_WORDS, MAX_WORDS))
    return n


def check_entities(where, ents, text_norm, rep):
    if not isinstance(ents, dict) or not ents:
        rep.err(where, 'entities must be a non-empty object')
        return {}
    surface = {}  # normalised surface form -> list of (canonical, year)
    for name, info in ents.items():
        w = '%s entity %r' % (where, name)
        if not isinstance(info, dict):
            rep.err(w, 'value must be an object')
            continue
        extra = set(info) - {'type', 'aliases', 'year'}
        if extra or 'type' not in info or 'aliases' not in info:
            rep.err(w, 'fields must be type, aliases and optional year (got %s)' % sorted(info))
            continue
        if info['type'] not in TYPES:
            rep.err(w, 'bad type %r' % info['type'])
        if 'year' in info and not (isinstance(info['year'], int) and 1880 <= info['year'] <= 2035):
            rep.err(w, 'bad year %r' % info['year'])
        al = info['aliases']
        if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
            rep.err(w, 'aliases must be a list of non-empty strings')
            continue
        if len(set(al)) != len(al):
            rep.err(w, 'duplicate aliases')
        if name in al:
            rep.err(w, 'alias repeats the canonical name')
        base = DISAMBIG.sub('', name)
        if not (occurs_name(name, text_norm) or (base != name and occurs_name(base, text_norm))):
            rep.err(w, 'canonical name does not occur in the text')
        for a in al:
            if not occurs_name(a, text_norm):
                rep.err(w, 'alias %r does not occur in the text' % a)
        for form in [base] + al:
            surface.setdefault(norm(form), []).append((name, info.get('year'), info['type']))
    # a surface form shared by two entities of the same type must be kept apart by year
    for form, owners in surface.items():
        owners = sorted(set(owners), key=str)
        same_type = {}
        for canon, year, typ in owners:
            same_type.setdefault(typ, []).append((canon, year))
        for typ, lst in same_type.items():
            if len(lst) > 1:
                years = [y for _, y in lst]
                if None in years or len(set(years)) != len(years):
                    rep.err(where, 'surface form %r shared by %s entities %s without distinct years'
                            % (form, typ, [c for c, _ in lst]))
    return ents


def check_facts(where, gold, text_norm, rep, kind):
    ents = gold['entities']
    chars = {}
    for name, info in ents.items():
        if isinstance(info, dict) and info.get('type') == 'Character':
            chars[name] = name
            for a in info.get('aliases', []):
                chars.setdefault(a, name)
    facts = gold[kind]
    if not isinstance(facts, list):
        rep.err(where, '%s must be a list' % kind)
        return []
    seen = []
    for i, fact in enumerate(facts):
        w = '%s %s[%d]' % (where, kind, i)
        if not isinstance(fact, dict):
            rep.err(w, 'fact must be an object')
            continue
        allowed = {'s', 'p', 'o', 'character'} | ({'note'} if kind == 'optional' else set())
        if set(fact) - allowed or not {'s', 'p', 'o'} <= set(fact):
            rep.err(w, 'bad keys %s' % sorted(fact))
            continue
        if kind == 'optional' and not (isinstance(fact.get('note'), str) and fact['note'].strip()):
            rep.err(w, 'optional fact needs a note')
        s, p, o = fact['s'], fact['p'], fact['o']
        if p not in SIGNATURE:
            rep.err(w, 'unknown predicate %r' % p)
            continue
        subj_ok, obj_ok = SIGNATURE[p]
        if kind == 'optional':
            subj_ok = subj_ok | OPTIONAL_EXTRA_SUBJECT.get(p, set())
        if s not in ents:
            rep.err(w, 'subject %r is not a declared entity' % s)
        elif ents[s]['type'] not in subj_ok:
            rep.err(w, 'subject %r has type %s, %s needs %s' % (s, ents[s]['type'], p, sorted(subj_ok)))
        if obj_ok is None:
            if not isinstance(o, str) or len(o.split()) < 1:
                rep.err(w, 'said object must be a quote string')
            elif not occurs(o, text_norm):
                rep.err(w, 'quote does not occur in the text: %r' % o)
        elif o not in ents:
            rep.err(w, 'object %r is not a declared entity' % o)
        elif ents[o]['type'] not in obj_ok:
            rep.err(w, 'object %r has type %s, %s needs %s' % (o, ents[o]['type'], p, sorted(obj_ok)))
        if 'character' in fact:
            if p != 'starred_in':
                rep.err(w, 'character only allowed on starred_in')
            elif fact['character'] not in chars:
                rep.err(w, 'character %r is not a declared Character name or alias' % fact['character'])
        if p in ('sequel_of', 'remake_of', 'reboot_of') and s == o:
            rep.err(w, 'self-relation')
        key = (s, p, norm(o) if p == 'said' else o)
        if key in seen:
            rep.err(w, 'duplicate fact %s' % (key,))
        seen.append(key)
    return seen


def alias_use_warnings(where, ents, text_norm, rep):
    """Warn when a non-ASCII-variant alias only occurs inside a longer name of the same entity."""
    for name, info in ents.items():
        forms = [DISAMBIG.sub('', name)] + info['aliases']
        for a in info['aliases']:
            na = norm(a)
            if any(norm(f) == na and f != a for f in forms):
                continue  # ASCII spelling of another form
            if any(re.sub(r'^(the|a|an) ', '', norm(f)) == na for f in forms if norm(f) != na):
                continue  # title without its leading article
            longer = [norm(f) for f in forms if norm(f) != na and (' ' + na + ' ') in (' ' + norm(f) + ' ')]
            if not longer:
                continue
            t = ' ' + text_norm + ' '
            for lf in longer:
                t = t.replace(' ' + lf + ' ', ' \x00 ')
            if (' ' + na + ' ') not in t:
                rep.warn(where, 'alias %r of %r only occurs inside a longer name' % (a, name))


def invented_forms(gold):
    out = []
    for name, info in gold['entities'].items():
        if info.get('type') in INVENTED:
            for form in [DISAMBIG.sub('', name)] + list(info.get('aliases', [])):
                out.append((name, form))
    return out


def corpus_forms(corpus_dir, rep):
    names, texts = [], {}
    for path in sorted(glob.glob(os.path.join(corpus_dir, '*.gold.json'))):
        with open(path, encoding='utf-8') as fh:
            g = json.load(fh)
        for name, info in g.get('entities', {}).items():
            if info.get('type') != 'Organization':
                names.append(DISAMBIG.sub('', name))
                names.extend(info.get('aliases', []))
    for path in sorted(glob.glob(os.path.join(corpus_dir, '*.txt'))):
        with open(path, encoding='utf-8') as fh:
            texts[os.path.basename(path)] = fh.read()
    if not texts:
        rep.err('corpus', 'no corpus texts found in %s' % corpus_dir)
    return names, texts


def check_names(articles, corpus_dir, rep):
    cnames, ctexts = corpus_forms(corpus_dir, rep)
    cnorm = {norm(n) for n in cnames if norm(n)}
    ctext_cs = {k: norm(v, casefold=False) for k, v in ctexts.items()}
    art_text_cs = {k: norm(v[1], casefold=False) for k, v in articles.items()}
    checked = 0
    for art, (gold, _text) in articles.items():
        for canon, form in invented_forms(gold):
            checked += 1
            nf = norm(form)
            if nf in cnorm:
                rep.err(art, 'invented name %r (%s) equals a corpus name or alias' % (form, canon))
            for ck, ct in ctext_cs.items():
                if occurs(form, ct, casefold=False):
                    rep.err(art, 'invented name %r (%s) occurs in corpus text %s' % (form, canon, ck))
            for other, (ogold, _ot) in articles.items():
                if other == art:
                    continue
                if occurs(form, art_text_cs[other], casefold=False):
                    rep.err(art, 'invented name %r (%s) occurs in the text of %s' % (form, canon, other))
                oforms = {norm(f) for _, f in invented_forms(ogold)}
                if nf in oforms:
                    rep.err(art, 'invented name %r (%s) is also an entity name in %s' % (form, canon, other))
    # corpus person/film/character names must not turn up in this set's texts either
    for art, cs in art_text_cs.items():
        for n in set(cnames):
            if occurs(n, cs, casefold=False):
                rep.err(art, 'corpus name %r occurs in this text' % n)
    return checked


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--corpus', action='store_true',
                    help='also check invented names against the shared corpus and across articles')
    ap.add_argument('--corpus-dir', default=DEFAULT_CORPUS)
    ap.add_argument('--dir', default=HERE)
    args = ap.parse_args()
    rep = Report()
    paths = sorted(glob.glob(os.path.join(args.dir, '*.gold.json')))
    if not paths:
        print('no gold files in', args.dir)
        return 1
    articles = {}
    rows = []
    for path in paths:
        gold, text = load_article(path, rep)
        if gold is None or text is None:
            continue
        where = gold['article']
        words = check_text(where, text, rep)
        text_norm = norm(text)
        check_entities(where, gold['entities'], text_norm, rep)
        check_facts(where, gold, text_norm, rep, 'facts')
        check_facts(where, gold, text_norm, rep, 'optional')
        keys_f = {(f['s'], f['p'], f['o'] if f['p'] != 'said' else norm(f['o']))
                  for f in gold['facts'] if isinstance(f, dict) and {'s', 'p', 'o'} <= set(f)}
        for f in gold['optional']:
            if isinstance(f, dict) and (f.get('s'), f.get('p'),
                                        norm(f.get('o', '')) if f.get('p') == 'said' else f.get('o')) in keys_f:
                rep.err(where, 'fact both required and optional: %s' % ((f['s'], f['p'], f['o']),))
        if not (isinstance(gold['notes'], str) and gold['notes'].strip()):
            rep.err(where, 'notes must be a non-empty string')
        alias_use_warnings(where, gold['entities'], text_norm, rep)
        per = {p: 0 for p in CORE + EXTENDED}
        for f in gold['facts']:
            if isinstance(f, dict) and f.get('p') in per:
                per[f['p']] += 1
        rows.append((where, words, len(gold['entities']), per, len(gold['optional'])))
        articles[where] = (gold, text)

    hdr = '%-36s %5s %4s %4s %4s %4s %4s %5s %4s %4s' % (
        'article', 'words', 'ents', 'dir', 'star', 'seq', 'said', 'core', 'ext', 'opt')
    print(hdr)
    tot_core = tot_ext = tot_opt = 0
    for where, words, n_ent, per, n_opt in rows:
        core = sum(per[p] for p in CORE)
        ext = sum(per[p] for p in EXTENDED)
        tot_core += core
        tot_ext += ext
        tot_opt += n_opt
        print('%-36s %5d %4d %4d %4d %4d %4d %5d %4d %4d' % (
            where, words, n_ent, per['directed'], per['starred_in'], per['sequel_of'],
            per['said'], core, ext, n_opt))
    print('%-36s %5s %4s %4s %4s %4s %4s %5d %4d %4d' % ('TOTAL', '', '', '', '', '', '', tot_core, tot_ext, tot_opt))
    ext_tot = {p: 0 for p in EXTENDED}
    for _, _, _, per, _ in rows:
        for p in EXTENDED:
            ext_tot[p] += per[p]
    print('extended by predicate: ' + ', '.join('%s=%d' % (p, n) for p, n in ext_tot.items()))

    if args.corpus:
        n = check_names(articles, args.corpus_dir, rep)
        print('name checks: %d invented names/aliases against %s and across %d articles'
              % (n, args.corpus_dir, len(articles)))
    for w in rep.warnings:
        print('WARNING', w)
    for e in rep.errors:
        print('ERROR', e)
    print('%d gold files, %d errors, %d warnings -> %s'
          % (len(paths), len(rep.errors), len(rep.warnings), 'FAIL' if rep.errors else 'OK'))
    return 1 if rep.errors else 0


if __name__ == '__main__':
    sys.exit(main())
