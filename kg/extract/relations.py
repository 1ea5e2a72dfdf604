"""Relation rules: masked sentence -> draft facts (who directed, starred in, wrote... what).

Step four of the extractor. Each rule is a regular expression over a masked sentence (see
:class:`kg.extract.coref.Masked`) written with a few macros, plus the name of a builder that
turns a match into :class:`Draft` facts. Macros:

``<P>``   a person: ``⟦P3⟧``, a pronoun, or a role noun (``the director``)
``<PS>``  a list of persons (``A, B and C``; ``Nolan and his brother, Jonathan Nolan``)
``<F>``   a quoted title, with an optional ``(2004)`` and comma
``<C>``   a character name; ``<O>`` an organisation; ``<DESC>`` lower-case descriptor words
``<GAP>`` any words but no other title (so a rule never reaches past the nearest title)
``<APPOS>`` an apposition after a name (``, 34,``; ``, the actress best known for "F",``)

Rules only fire outside quotations (speech is masked as ``⟦Qn⟧``) and are vetoed by negation
(``did not return``) and hedges (``in talks``, ``reportedly``) in the clause they match.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from importlib import resources

from kg.extract.coref import (
    CREDENTIAL_OPENER,
    DEFINITE_FILM,
    LOOKS_BACK,
    OBJECT_HER_FOLLOWERS,
    PRONOUNS,
    ROLE_NOUN,
    SEQUEL_PHRASE,
    Discourse,
    Masked,
)
from kg.extract.lexicon import LexiconError, cues, trie_pattern
from kg.extract.mentions import HONORIFIC
from kg.extract.prefilter import may_match
from kg.types import Entity, EntityType, Predicate

__all__ = [
    "BUILDERS",
    "RULES",
    "Draft",
    "Rule",
    "apply_rules",
    "hedged",
    "load_rules",
    "pending_credits",
]


@dataclass(frozen=True, slots=True)
class Draft:
    """A fact found by a rule, before evidence and offsets are attached."""

    subject: Entity
    predicate: Predicate
    object: Entity
    rule: str
    confidence: float
    span: tuple[int, int]  # masked-text offsets of the match
    character: Entity | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern and the builder that turns its matches into drafts."""

    name: str
    pattern: re.Pattern[str]
    build: Callable[[Discourse, Masked, re.Match[str], str, float], Iterator[Draft]]
    confidence: float
    trigger: tuple[str, ...]  # cheap pre-check: the rule cannot match without one of these
    apposition: bool = False  # an apposition states its fact whatever the clause hedges
    needs: tuple[frozenset[str], ...] = ()  # slot kinds a match needs (_required_slot_kinds)


_ROLE = ROLE_NOUN.pattern.replace("(?P<noun>", "(?:")
# "The Nigerian-British sisters co-directed F": two people who share a surname
_SIBLINGS = r"\b[Tt]he (?:(?:[\w-]+|⟦N\d+⟧) ){0,2}?(?:sisters|brothers|siblings|twins)\b(?!['’])"
# "her" before a noun is a possessive ("shot by her son"), not the person herself
# (here "first", "last" and "onto" follow an object too: "cast her first", "pushed her onto")
_OBJECT_HER = (
    r"her\b(?!\s+(?!(?:"
    + "|".join([*OBJECT_HER_FOLLOWERS, "first", "last", "onto"])
    + r")\b)[a-z])"
)
_MACROS = {
    "<P>": rf"(?:⟦P\d+⟧(?!['’]s)|\b(?:[Hh]e|[Ss]he|him|{_OBJECT_HER})\b|{_ROLE}|{_SIBLINGS})",
    "<F>": r"⟦F\d+⟧,?(?: \(\d{4}\),?)?",
    # "led by" a cast, not a group that only has a leader ("a jury led by the actor X")
    "<CAST_LED_BY>": "".join(
        f"(?<!{group} )(?<!{group}, )"
        for group in (
            "jury panel committee delegation team board group company crew union consortium "
            "campaign coalition"
        ).split()
    )
    + "led by",
    # a list of films: "in "A," "B" and "C""
    "<FS>": r"⟦F\d+⟧,?(?: \(\d{4}\),?)?(?:\s+(?:(?:and|or)\s+)?⟦F\d+⟧,?(?: \(\d{4}\),?)?)*",
    # "as Ada's rival, Bea": Bea, not Ada; "as the ⟦N⟧ bush pilot ⟦C⟧": the pilot, not the place
    "<C>": r"(?:(?:⟦C\d+⟧|⟦N\d+⟧(?!\s+(?:[a-z][\w-]*\s+){1,3}⟦C\d+⟧))(?!['’]s\b))",
    "<O>": r"(?:⟦[ON]\d+⟧|the (?:studio|distributor|streamer|network))",
    "<DESC>": (
        r"(?:(?:the|a|an|his|her|their)\s+|⟦[CN]\d+⟧['’]s\s+)?"
        r"(?:voice of\s+(?:the\s+|a\s+|an\s+)?)?"  # "as the voice of Gus", "the voice of a crab"
        r"(?:(?!(?:from|in|of|at|on|for|with|by|to|about|after|before|since)\b)"
        r"(?:[a-z][\w'’-]*|\d+-year-old|⟦[NO]\d+⟧(?= [a-z])),?\s+){0,4}?(?:" + HONORIFIC + r"\s+)?"
    ),
    "<GAP>": r"(?:[^⟦;]|⟦[PCNQO]\d+⟧)*?",
    # "X, 34, ...", "X, the Danish actress best known for "F", ...": an apposition after a name
    "<APPOS>": (
        r"(?:, (?:\d+|(?:the|a|an|then|now|(?:best |perhaps best |still best |also )?"
        r"known (?:to (?:[a-z-]+ ){1,3})?(?:as|for)|fresh (?:off|from)|coming off) "
        r"(?:[^,;⟦]|⟦[NFCO]\d+⟧){1,80}?(?:⟦F\d+⟧(?: \(\d{4}\))?)?),)"
    ),
    "<ADJ>": (
        # a second determiner starts a new phrase: "her parents, and her second film"
        # "Thursday's Competition entry F": a day's possessive describes the film too
        r"(?:(?:(?!(?:his|her|their|its|my|our)\b)[a-z][\w-]*|[A-Z]\w*-[\w-]+|[A-Z][a-z]+|⟦[NO]\d+⟧|\d{4}|\d+-[\w-]+|\d+(?:st|nd|rd|th)"
        r"|[A-Z][a-z]+day['’]s|(?:today|tonight|tomorrow|yesterday)['’]s)"
        r",?\s+){0,4}?"
    ),
}
_JOB = (
    r"(?:(?:(?!(?:and|or|but|now|also|then|who|which|that|film|movie|sequel|series|show|"
    r"picture|drama|comedy|thriller|it|he|she|they|this|one) )[a-z-]+ ){1,2}stars? |co-stars? "
    # the words before a job are describing ones, never a clause's ("shot by the editor X")
    r"|(?:(?:the|a|an) )?(?:\d+-year-old )?"
    r"(?:(?!(?:by|and|or|with|for|in|of|to|from)\b)(?:[A-Za-z-]+|⟦N\d+⟧) ){0,3}"
    r"(?:actor|actress|director|filmmaker|writer|screenwriter|producer|editor|cinematographer|comedian|newcomer|veteran|documentarian|animator|"
    r"singer|rapper|model|partner|collaborator|novelist|playwright|author|journalist|"
    r"journeyman|helmer|auteur|first-timer)s? "
    r"|(?:[A-Za-z-]+ ){0,2}(?:siblings|brothers|sisters|twins|couple|duo|pair) "
    r"|(?:the |a )(?:[a-z-]+ )?(?:novelist|playwright|author|journalist|writer|producer)s? "
    # "directed by the French-born X", "by the Oscar-winning X"
    r"|(?:the |an? )(?:[A-Za-z]+ )?[A-Za-z]+-(?:born|based|raised|bred|winning|nominated) "
    r"|director of photography |DP )"
)
# a list starts at a word's start: without the lookbehind, the job words are tried from inside
# every word (3x slower)
_MACROS["<PS>"] = (
    (r"(?<![\w'’-])(?:<D>?<J>?<P>(?:(?:,\s+(?:and\s+)?|,?\s+and\s+)<D>?<J>?<N>)*)")
    .replace("<P>", _MACROS["<P>"])
    # "X, she portrays": no list of pronouns; "X, the director" is an apposition, not a list
    # "..., and Y has stepped in": a singular verb after a coordinated name starts a new clause
    .replace("<N>", rf"(?:⟦P\d+⟧(?!['’]s)|(?<=and ){_ROLE})(?!\s+(?:has|is|was)\b)")
    .replace("<J>", _JOB)
    # "by his longtime editor, X", "by Y's former assistant director, X", "by the director's
    # brother, X"
    .replace(
        "<D>", r"(?:(?:his|her|their|⟦P\d+⟧['’]s|the [a-z-]+['’]s) (?:[a-z-]+ ){0,3}[a-z-]+,? )"
    )
)

# "the director's brother, X": X alone ("the director" there is a possessive, not a person)
_PERSON_REF = re.compile(
    rf"⟦P\d+⟧(?!['’]s)|\b(?:[Hh]e|[Ss]he|him|[Hh]er|[Hh]is)\b|{_ROLE}(?!['’]s)|(?P<siblings>{_SIBLINGS})"
)
_CREDIT_VERBS = {
    "producer": Predicate.PRODUCED,
    "cinematographer": Predicate.SHOT,
    "dp": Predicate.SHOT,
    "editor": Predicate.EDITED,
    "screenwriter": Predicate.WROTE,
    "producers": Predicate.PRODUCED,
    "producing": Predicate.PRODUCED,
    "co-producing": Predicate.PRODUCED,
    "writing": Predicate.WROTE,
    "co-writing": Predicate.WROTE,
    "penning": Predicate.WROTE,
    "directing": Predicate.DIRECTED,
    "co-directing": Predicate.DIRECTED,
    "direct": Predicate.DIRECTED,  # "which X is set to direct"
    "co-direct": Predicate.DIRECTED,
    "directed": Predicate.DIRECTED,
    "co-directed": Predicate.DIRECTED,
    "co-directs": Predicate.DIRECTED,
    "directs": Predicate.DIRECTED,
    "helmed": Predicate.DIRECTED,
    "made": Predicate.DIRECTED,
    "wrote": Predicate.WROTE,
    "written": Predicate.WROTE,
    "co-wrote": Predicate.WROTE,
    "co-written": Predicate.WROTE,
    "scripted": Predicate.WROTE,
    "penned": Predicate.WROTE,
    "produced": Predicate.PRODUCED,
    "co-produced": Predicate.PRODUCED,
    "shot": Predicate.SHOT,
    "lensed": Predicate.SHOT,
    "photographed": Predicate.SHOT,
    "photograph": Predicate.SHOT,  # "hired him to photograph F"
    "shoot": Predicate.SHOT,
    "edited": Predicate.EDITED,
    "cut": Predicate.EDITED,
    "released": Predicate.DISTRIBUTED_BY,
    "distributed": Predicate.DISTRIBUTED_BY,
}
_VERB_ALT = "|".join(sorted((re.escape(v) for v in _CREDIT_VERBS), key=len, reverse=True))
_VERB_LIST = rf"(?:(?:{_VERB_ALT})(?:,\s+(?:and\s+)?|\s+and\s+)?)+"
_ACTING_VERB = (
    r"(?:plays|played|playing|(?<!to )play|portrays|portrayed|portraying|voices|voiced|voicing|"
    r"channell?ed|embodied|will play|will again play|again plays|also plays|also played|"
    r"(?:is|are|has been|have been) (?:set|slated|due|confirmed|tapped|cast|signed) to "
    r"(?:play|portray|voice)|"
    r"will voice|(?:returns|returned|is returning) to (?:voice|play)|"
    r"(?:lends|lent|is lending) (?:her|his|their) voice to|"
    r"(?:co-)?(?:starred|stars|starring) as|appeared as|appears as)(?! by\b)"
)


# a film named by its genre ("this portrait", "her tightly wound courtroom drama"), after at
# most three describing words that do not pick out another film ("the first film" does)
_GENRE_NOUN = (
    r"(?:(?!(?:first|second|third|fourth|original|earlier|previous|prior|last|next|other|same|"
    r"two|three|both|new|latest|upcoming|forthcoming|of|in|for|and|or|the|an?|to|with|on|at|by|"
    r"from|as)(?![\w-]))(?:[a-z][\w-]*|[A-Z][a-z]+(?:-[a-z]+)?|⟦N\d+⟧|"
    r"\d+-[a-z]+),? ){0,3}(?:film|movie|feature|picture|thriller|drama|comedy|documentary|"
    r"biopic|[Ww]estern|horror|musical|romance|satire|fable|melodrama|mystery|(?:neo-)?noir|caper|romp|"
    r"tragedy|epic|portrait|fantasy|adaptation|chiller|weepie|procedural|farce|adventure|saga|"
    r"odyssey|two-hander|debut|"
    r"(?:ghost|love|crime|detective|war|revenge|coming-of-age|survival|spy|heist) (?:story|tale))\b"
)


def _expand(pattern: str) -> re.Pattern[str]:
    for macro in ("<PS>", *[m for m in _MACROS if m != "<PS>"]):
        pattern = pattern.replace(macro, _MACROS[macro])
    pattern = pattern.replace("<VERBS>", _VERB_LIST)
    pattern = pattern.replace("<ACT>", _ACTING_VERB)
    pattern = pattern.replace("<GENRE>", _GENRE_NOUN)
    return re.compile(pattern)


# --- resolving captured groups ---------------------------------------------------------------


def _people(d: Discourse, m: Masked, match: re.Match[str], group: str) -> list[Entity]:
    """Every person referred to inside a captured group (and ``subj2``), in order, once each."""
    found = _people_in(d, m, match, group)
    if group == "subj" and match.groupdict().get("subj2"):
        found += [p for p in _people_in(d, m, match, "subj2") if p not in found]
    return found


_TITLED_NAME_NEXT = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,3}⟦P\d+⟧")


def _people_in(d: Discourse, m: Masked, match: re.Match[str], group: str) -> list[Entity]:
    """Every person referred to inside one captured group, in order, without repeats."""
    if group not in match.re.groupindex or match.group(group) is None:
        return []
    text, base = match.group(group), match.start(group)
    if text.strip().lower() not in {"his", "her"}:
        text = re.sub(r"\b(?:[Hh]is|[Hh]er)\b", "   ", text)  # "his brother, X": a descriptor
    refs = _PERSON_REF.finditer(text)
    out: list[Entity] = []
    for ref in refs:
        is_role_noun = not ref.group().startswith("⟦") and ref.group().lower() not in PRONOUNS
        if is_role_noun and _TITLED_NAME_NEXT.match(m.text, base + ref.end()):
            continue  # "the veteran actor ⟦P3⟧": a job title before the name, not a reference
        if ref.group("siblings"):
            at = m.offsets[min(base + ref.start(), len(m.offsets) - 1)]
            out += [p for p in d.resolve_siblings(at) if p not in out]
            continue
        head = _APPOSITION_HEAD.search(m.text, 0, base + ref.start()) if is_role_noun else None
        if head:  # "X, the Polish filmmaker who directed F": X, not the latest director
            person = m.slot(head.group(1)).entity
            if person and person not in out:
                out.append(person)
            continue
        person = d.resolve_person_ref(m, ref.group(), base + ref.start())
        if person and person not in out:
            out.append(person)
    return out


def _titles(m: Masked, text: str | None) -> list[Entity]:
    if not text:
        return []
    out = []
    for token in re.findall(r"⟦[FN]\d+⟧", text):
        slot = m.slot(token)
        if slot.entity is not None:
            out.append(slot.entity)
    return out


def _film(d: Discourse, m: Masked, match: re.Match[str], group: str = "obj") -> Entity | None:
    films = _titles(m, match.groupdict().get(group)) or (
        _titles(m, match.groupdict().get("obj2")) if group == "obj" else []
    )
    if films:
        return films[0]
    return None


_HONORIFIC_BEFORE = re.compile(
    r"\b((?:Dr|Mr|Mrs|Ms|Prof|Lt|Sgt|Capt|Col|Gen|Rev|Det|Insp)\.|Captain|Detective|Agent|"
    r"Officer|Sister|Father|Mother|Uncle|Aunt|Lady|Lord|Sir|Dame|King|Queen|Prince|Princess|"
    r"Doctor|Professor|Inspector|Sergeant|Lieutenant|General|Colonel|Judge|Mayor)\s+$"
)


def _character_at(m: Masked, token: str, at: int) -> Entity:
    """The character named by a placeholder at masked offset ``at``, with its honorific."""
    title = _HONORIFIC_BEFORE.search(m.text[:at])
    surface = m.slot(token).surface
    return Entity(f"{title.group(1)} {surface}" if title else surface, EntityType.CHARACTER)


def _character(m: Masked, match: re.Match[str]) -> Entity | None:
    """The part a match captured as ``char`` (or ``char2``, a pattern's other alternative)."""
    groups = match.groupdict()
    group = "char" if groups.get("char") else "char2"
    text = groups.get(group)
    if not text:
        return None
    token = re.search(r"⟦[CNP]\d+⟧", text)
    if token:
        return _character_at(m, token.group(), match.start(group) + token.start())
    plain = text.strip()
    return Entity(plain, EntityType.CHARACTER) if plain else None


# "Directed by X, the slasher cost $1m": a film noun opening the main clause (not "the sequel")
_THE_FILM_AFTER = re.compile(
    r"^(?:[^;⟦]|⟦[PNO]\d+⟧){0,160}?,\s*(?:the|this|that) (?:[a-z-]+ ){0,2}?(?:"
    + trie_pattern(sorted(cues()["film_nouns"] - {"sequel", "prequel", "remake", "reboot"}))
    + r")\b(?!['’])(?!,?\s*⟦F)"  # "the heist comedy "F"" names its film
)
# "Directed by X, who made F, the film is led by Y": the film is the main clause's, not F
_FILM_NOUN_TAKES_OVER = re.compile(
    r", (?:the|this) (?:film|movie|picture|sequel) (?:is|was|has|had|stars|starred)\b"
)
_RELATIVE_CLAUSE_FIRST = re.compile(r"^, who [^,;]*(?=,)")
_POSSESSIVE_FILM = re.compile(
    r"(⟦P\d+⟧)['’]s (?:[a-z-]+ ){0,2}(?:film|movie|feature|picture)\b(?! (?:series|franchise))"
)


def _film_slots(m: Masked) -> list[tuple[int, Entity]]:
    """(masked offset, film) of every single-film title in the sentence, in order."""
    out = []
    for index, slot in enumerate(m.slots):
        if slot.kind == "F" and slot.entity and slot.entity.type != EntityType.FILM_SERIES:
            out.append((m.text.find(f"⟦F{index}⟧"), slot.entity))
    return out


# "Gelashvili, whose "F" won ..." / "Gelashvili's "F"": the possessor's film, named in passing
_OWNED_FILM = re.compile(r"(⟦P\d+⟧)(?:['’]s (?:[a-z-]+ ){0,2}|, whose )(⟦F\d+⟧)")


def _film_owned_here(m: Masked, owner: Entity | None, before: int) -> Entity | None:
    """The film the sentence has already tied to ``owner`` (``X, whose F``, ``X's F``).

    So that a later "in X's film" in the same sentence means that film, before the article's
    record of what X directed (which this very sentence may be about to add).
    """
    if owner is None:
        return None
    for owned in _OWNED_FILM.finditer(m.text, 0, before):
        film = m.slot(owned.group(2)).entity
        if m.slot(owned.group(1)).entity == owner and film and film.type == EntityType.FILM:
            return film
    return None


def _film_named_by(m: Masked, found: re.Match[str] | None) -> Entity | None:
    """The film whose placeholder a context pattern captured first (none if not a film)."""
    film = m.slot(found.group(1)).entity if found else None
    return film if film is not None and film.type == EntityType.FILM else None


def _film_here_or_focus(
    d: Discourse, m: Masked, match: re.Match[str], character: Entity | None = None
) -> tuple[Entity | None, float]:
    """The film a clause is about, with a confidence penalty for how indirect it was.

    In order: a film the match captured; the nearest film named before the match in the same
    clause run (no ``;``); the first film after it; a definite reference (``the first film``);
    the film an earlier sentence tied ``character`` to; the film in focus.
    """
    film = _film(d, m, match)
    if film:
        return film, 0.0
    earlier = _IN_AN_EARLIER_FILM.match(m.text, match.end())
    if earlier:  # "who played Connie in the 1984 film / in the original": that film, or none
        at = m.offsets[match.end() - 1]
        if earlier.group("year"):
            return d.film_of_year(int(earlier.group("year")), at), 0.05
        return d.definite_film(earlier.group("phrase"), at), 0.05
    if _BROUGHT_BACK.search(m.text, max(0, match.start() - 30), match.end()):
        # "the new director, who brought back X as C": the sequel's, named here or before
        here = [f for at, f in _film_slots(m) if at < match.start() and d.is_sequel(f)]
        sequel = here[-1] if here else d.sequel_in_focus(m.sentence.start)
        if sequel is not None:
            return sequel, 0.1
    dated = _DATED_VERSION_BEFORE.search(m.text, 0, match.start())
    if dated:  # "the 1964 version, which starred X as C": the film of that year
        film = d.film_of_year(int(dated.group("year")), m.offsets[dated.start()])
        if film:
            return film, 0.05
    right_before = _FILM_RIGHT_BEFORE.search(m.text, 0, match.start())
    if match.groupdict().get("thefilm"):  # "From director X, the sequel picks up": that film
        film = _film_named_by(m, right_before)
        if film:  # "F (2016), the Belgrade harbour drama that starred X": F itself
            return film, 0.0
        definite = DEFINITE_FILM.match(m.text, match.start("thefilm"))
        film = definite and d.definite_film(definite.group(), m.offsets[definite.start()])
        if film is None and definite and LOOKS_BACK.search(definite.group()):
            return None, 0.0  # "the first film" unknown: never the film in focus, its sequel
        return (film or d.definite_film("the film", m.sentence.start)), 0.1
    films = _film_slots(m)
    asides = [a.span() for a in _WHO_ASIDE.finditer(m.text, 0, match.end())]
    adjacent = right_before or _WHOSE_FILM_WITH.search(m.text, 0, match.start())
    if adjacent and (
        any(a <= adjacent.start() < b for a, b in asides)
        or not d.is_source_film(m.offsets[adjacent.start()])
        or d.originates_a_role(m.offsets[adjacent.start()])
    ):
        # "X, who headlined a spin-off in F (2024), directed by Y, ...": the aside's own film
        # (a credential in the aside, but the participle right after it is about F)
        film = _film_named_by(m, adjacent)
        if film:
            return film, 0.0
    relative = _FILM_IN_WHICH.search(m.text, 0, match.start())
    if relative and _PAST_ACTING.search(m.text, match.start(), match.end()):
        # "the sequel to "F" (2023), in which X played C": F, source or not (but "in which
        # X plays C" after "F2, the follow-up to F" is the new film's)
        work = m.slot(relative.group(1)).entity
        if work is not None and work.type in (EntityType.FILM, EntityType.TV_SERIES):
            return work, 0.0  # "the series F, in which he played C for three seasons"
    described = _FILM_DESCRIBED_BEFORE.search(m.text, 0, match.start())
    if described and m.text[match.start() : match.start() + 1].islower():
        # "a remake of "F," a 1949 melodrama directed by X": the participle describes F,
        # even a source film
        film = _film_named_by(m, described)
        if film:
            return film, 0.0
    before = [
        f
        for at, f in films
        if at < match.end()
        and not any(a <= at < b for a, b in asides)  # "X, who led F, will play C": not F
        and ";" not in m.text[at : match.start()]
        and not d.is_source_film(m.offsets[at])
        and not d.is_influence(m.offsets[at])
        and not _FILM_NOUN_TAKES_OVER.search(m.text, at, max(at, match.start()))
    ]
    if before:
        return before[-1], 0.0
    after = [
        (at, f)
        for at, f in films
        if at >= match.end()
        and not d.is_source_film(m.offsets[at])
        and not d.is_influence(m.offsets[at])
        # "X leads the cast as C, the role she ... reprised in its sequel, F2": C's history
        and not _ROLE_APPOSITION.search(m.text, match.end(), at)
    ]
    definite = next(
        (  # "the sequel" in another clause (after ";") does not name this clause's film,
            # nor "the first film" in a who-aside ("X, who directed the first film, co-directs")
            ref
            for ref in DEFINITE_FILM.finditer(m.text)
            if ";" not in m.text[min(ref.start(), match.start()) : max(ref.end(), match.end())]
            and not any(
                a <= ref.start() < b and _CLAUSE_GOES_ON.search(m.text, b, match.end())
                for a, b in asides
            )
        ),
        None,
    )
    if after and not (definite and definite.start() < after[0][0]):
        return after[0][1], 0.05
    own = _POSSESSIVE_FILM.search(m.text)
    if own:  # "Pike's film starred ...": the film Pike directed
        owner = m.slot(own.group(1)).entity
        film = _film_owned_here(m, owner, own.start()) or d.film_directed_by(owner)
        if film:
            return film, 0.1
    if definite:  # "the sequel picks up after the siege that closed "F"": not F
        named = [f for at, f in films if at < definite.start()]
        if named and _THAT_FILM_PHRASE.fullmatch(definite.group()):
            return named[-1], 0.05  # "... produced "F"; that film was directed by X": F
        film = d.definite_film(definite.group(), m.offsets[definite.start()])
        if film:
            return film, 0.1
        if SEQUEL_PHRASE.search(definite.group().lower()):
            # "for the sequel, "F"" names it; "she did not return for the sequel" never does
            return (after[0][1], 0.05) if after else (None, 0.0)
    if after:
        return after[0][1], 0.05
    if _OPENS_WITH_SEQUEL_TO.match(m.text):  # "The follow-up to F, ..., with X reprising"
        return d.focus_film(m.sentence.start, exclude=films[0][1] if films else None), 0.1
    if not _THE_FILM.search(m.text) and _SERIES_WORD.search(m.text) and d.article_series():
        # "Returning series regulars include X as C": the article's series, not the film
        # it was spun off from
        return d.article_series(), 0.15
    if _RETURNS.search(m.text, match.start(), match.end()) or _JOINED_BY.search(
        m.text, 0, match.start()
    ):
        # "X returns as Y" after the earlier film was named: the sequel X returns in (and
        # "They will be joined by X as Y": the sequel the returning cast makes)
        film = d.sequel_in_focus(m.sentence.start)
        if film:
            return film, 0.15
    series = None if _THE_FILM.search(m.text) else d.series_in_focus(m.sentence.end)
    if series is not None:  # "Joining the cast for season two are ...": the series'
        return series, 0.15
    known = _film_of_character_or_its_remake(d, m, character)
    if known:  # "Where X plays Kell, ...": the film Kell is in
        return known, 0.1
    the_film = _IN_THE_FILM.match(m.text, match.end()) or _OPENS_IN_THE_FILM.match(m.text)
    if the_film:  # "X, who played C in the film": the film in view, even one a series builds on
        phrase = next(group for group in the_film.groups() if group)
        film = d.definite_film(phrase, m.sentence.start)
        if film:
            return film, 0.15
    # no film in focus (a series' own article, past a credential's film): the article's series
    return d.focus_film(m.sentence.start) or d.article_series(), 0.15


def _film_of_character_or_its_remake(
    d: Discourse, m: Masked, character: Entity | None
) -> Entity | None:
    """The film ``character`` is in, or the film in focus when it remakes that one by title.

    In a remake's review, ``the 1964 version starred X as Marthe`` and then ``Y plays Marthe``:
    Marthe is in both films, and the sentence is about the one reviewed.
    """
    known = d.film_of_character(character)
    if known is None:
        return None
    focus = d.focus_film(m.sentence.start)
    if focus is not None and d.same_title_remakes.get(focus, (None, 0))[0] == known:
        return focus
    return known


_IN_AN_EARLIER_FILM = re.compile(
    r",? in (?P<phrase>the (?:(?P<year>(?:1[89]|20)\d\d) (?:film|movie|original|version|feature|"
    r"picture)|original(?: (?:film|movie))?|first (?:film|movie|one|installment|instalment))"
    r"|that (?:film|movie))"  # "X played a customs officer in that film": the one just named
    r"\b(?! of\b)(?!,? ⟦F)"
)
_SERIES_WORD = re.compile(r"(?<!film )(?<!movie )\b(?:series|season|show)\b")
_THE_FILM = re.compile(r"\b(?:the|that|this) (?:film|movie)\b", re.IGNORECASE)
_DIRECT_IT = re.compile(r"\b(?:direct|helm|directing|helming) it\b")
_SINGULAR_WHO = re.compile(
    r",? who (?:also |now |currently )?"
    r"(?:stars|plays|appears|co-stars|voices|portrays|has|is|was)\b"
)
_APPOSITION_HEAD = re.compile(r"(⟦P\d+⟧), $")
_IN_BOTH_FILMS = re.compile(r",? in both (?:films|movies|pictures|features)\b")
_IN_THE_FILM = re.compile(r",? in (the (?:film|movie))\b")
_OPENS_IN_THE_FILM = re.compile(r"\s*(?:In (the (?:film|movie)),|(The (?:film|movie)) )")
_THAT_FILM_PHRASE = re.compile(r"[Tt]hat (?:film|movie|picture|one)")
_OPENING_RELATION = re.compile(
    r"(?:An?|The|Its) (?:[\w-]+ ){0,3}?(?:prequel|sequel|follow-up|remake|reboot|spin-?off) "
    r"(?:to|of) [^,;⟦]{0,50}?(?P<film>⟦F\d+⟧),? (?:\(\d{4}\),? )?it\b"
)
_IT_WAS_BEFORE = re.compile(r"\b[Ii]t (?:was|is|had been|has been|will be) $")
# "X, who led F,", "X, the Basque actress who broke out in F,", "X, fresh off his turn in F,"
_WHO_ASIDE = re.compile(
    rf", (?:(?:the|an?) [^,;⟦]{{0,40}}? (?:who|whose|which)|who|whose|which|{CREDENTIAL_OPENER})"
    r" [^,;]*,"
    # "known as a producer of F, which was directed by Y": the aside goes on, about F
    r"(?! (?:which|that) (?:was|is|were|had been) )"
)
_BROUGHT_BACK = re.compile(r"\b(?:brought|brings|bringing|bring) (?:back\b|⟦P\d+⟧ back\b)")
_CLAIMED_BY_OTHERS = re.compile(
    r"\b(?:[Rr]eports?|[Rr]umou?rs?|[Ss]peculation|[Ff]ans|[Ss]ome critics)\b[^.;]{0,40}?"
    r"\b(?:described|called|labell?ed|dubbed|branded|billed)\b"
)
_AGAIN_FEATURES = re.compile(r"\b(?:again|once more) (?:features|stars|starring)\b")
_JOINED_BY = re.compile(r"\b(?:will be|are|is) joined by\b|\b[Jj]oining (?:them|the cast)\b")
# "Returning from the first film are A as C and B as D": in the first film and the sequel
_RETURNING_FROM = re.compile(
    r"\b(?:[Rr]eturning|[Bb]ack) from (?:the (?:first|original|previous|last) "
    r"(?:film|movie|one|installment|instalment)|⟦F\d+⟧),? (?:are|is|will be)\s+$"
)
_DATED_VERSION_BEFORE = re.compile(
    r"\b[Tt]he (?P<year>(?:19|20)\d\d) (?:film|movie|version|original|feature|picture|"
    r"adaptation),? (?:which |that )?(?:also |had )?(?:starred |featured )?$"
)
_FILM_RIGHT_BEFORE = re.compile(r"(⟦F\d+⟧)(?: \(\d{4}\))?, $")
# words after a who-aside within the match: the clause's own verb is outside the aside
_CLAUSE_GOES_ON = re.compile(r"\b[a-z]{3,}")
_PAST_ACTING = re.compile(r"\b(?:played|starred|voiced|portrayed|appeared)\b")
# "F (2019), X's ghost story, in which she played": an apposition may come between
_FILM_IN_WHICH = re.compile(
    r"(⟦F\d+⟧)(?: \(\d{4}\))?,(?: (?:⟦P\d+⟧['’]s|an?|the) [^,;⟦]{1,50},)? (?:in which|where) $"
)
_FILM_DESCRIBED_BEFORE = re.compile(
    r"(⟦F\d+⟧)(?: \(\d{4}\))?, (?:an?|the|⟦P\d+⟧['’]s) (?:\d{4} )?"
    r"(?:(?!(?:and|or|but|who|which|that|is|was|are|were|has|had|have|will|would)\b)"
    r"(?:[A-Za-z'’-]+|⟦N\d+⟧) ){0,5}"
    r"(?!(?:and|or|but|who|which|that|is|was|are|were|has|had|have|will|would)\b)[A-Za-z'’-]+"
    r"(?: (?:that|which)|,(?: which)?)? $"
)
# "X, whose "F" follows three sisters, with Y as the eldest": the cast of the aside's film
_WHOSE_FILM_WITH = re.compile(r", whose (⟦F\d+⟧) (?:[^,;⟦]|⟦N\d+⟧)*, with $")
_ROLE_APPOSITION = re.compile(r", the (?:same )?(?:role|part|character)\b")
_OPENS_WITH_SEQUEL_TO = re.compile(r"The (?:sequel|follow-up) to\b")
_RETURNS = re.compile(
    r"\b(?:return(?:s|ed|ing)?|repris(?:es?|ed|ing)|(?:is|are|was|were) back|came back)\b",
    re.IGNORECASE,
)


# --- builders --------------------------------------------------------------------------------


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), match.end()


_EPISODES_AS_SUBJECT = re.compile(
    r"\b(?:episodes?|pilot|finale|season (?:one|two|three|\d))\b[^,;⟦]{0,20}"
    r"(?:was|were|is|are|will be|had been|have been)\s+(?:\w+ )?$"
)

_COUNTED_REST_AS_SUBJECT = re.compile(
    r"\b(?:remaining|other|last|final|first|next) (?:two|three|four|five|six|seven|eight|\d+)\s+"
    r"(?:were|are|will be|had been|have been)\s+(?:\w+ )?$"
)


def _episodes_are_subject(text: str, end: int) -> bool:
    """Whether the passive credit ending at ``end`` is about episodes, named or counted.

    ``the remaining episodes were directed by X``, and ``directed the first two episodes;
    the remaining four were directed by X``: TV work, not the film's.
    """
    if _EPISODES_AS_SUBJECT.search(text, 0, end):
        return True
    return "episode" in text[:end] and _COUNTED_REST_AS_SUBJECT.search(text, 0, end) is not None


def build_credit(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """One fact per credit verb, for persons credited and organisations that distribute.

    Covers ``FILM, which he wrote, directed and edited`` and ``"X," directed by A, released by O``.
    """
    verbs = re.findall(_VERB_ALT, match.group("verbs").lower())
    people = _people(d, m, match, "subj") if match.groupdict().get("subj") else []
    orgs = _orgs(d, m, match)
    phrase = match.groupdict().get("obj") or ""
    if LOOKS_BACK.search(phrase) and not phrase.startswith("⟦"):
        at = m.offsets[match.start("obj")]
        if d.definite_film(phrase, at) is None:
            return  # "directed the first film" with no earlier film known: not the one in view
    film, penalty = _film_here_or_focus(d, m, match)
    rest = _RELATIVE_CLAUSE_FIRST.sub("", m.text[match.end() :])  # ", who also made F,"
    if match.start() == 0 and _THE_FILM_AFTER.match(rest):
        # "Directed by X for $1 million, the film was a remake of "Y"": the film in focus
        film, penalty = d.focus_film(m.sentence.start), 0.1
    related = _film_related_to_opening(d, m)
    if related and _IT_WAS_BEFORE.search(m.text, 0, match.start()):
        film, penalty = related, 0.1
    elif _IT_WAS_BEFORE.search(m.text, 0, match.start()):
        # "a sequel, "F2", that Y declined to direct; it was helmed instead by X": F2, past ";"
        named = [f for at, f in _film_slots(m) if at < match.start()]
        film, penalty = (named[-1], 0.0) if named else (film, penalty)
    if film is None:
        return
    episodes = _episodes_are_subject(m.text, match.start())
    for verb in dict.fromkeys(verbs):
        predicate = _CREDIT_VERBS[verb]
        if predicate == Predicate.DIRECTED and episodes:
            continue  # TV work, not the film's
        if predicate == Predicate.DISTRIBUTED_BY:
            for org in orgs:
                yield Draft(film, predicate, org, rule, conf - penalty, _span(match))
            continue
        for person in people:
            yield Draft(person, predicate, film, rule, conf - penalty, _span(match))


_JURY = re.compile(r"\b(?:[Jj]ury|[Jj]uries|[Jj]urors?|[Pp]anel(?:ists?)?)\b")


def build_credit_main(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``Cinematographer X shoots the plains`` / ``X and Y are producing``: the article's film.

    Under a list article's heading ("Heat (1995)"), the film is the heading's.
    """
    if _JURY.search(m.text):
        return  # "jurors included the producer X": a job, not a credit on this film
    section = d.section_work(m.sentence.start)
    film = section[1] if section else d.main_work()
    if film is None:
        return
    people = _people(d, m, match, "subj")
    for verb in dict.fromkeys(re.findall(_VERB_ALT, match.group("verbs").lower())):
        predicate = _CREDIT_VERBS[verb]
        for person in people:
            if predicate != Predicate.DISTRIBUTED_BY:
                yield Draft(person, predicate, film, rule, conf, _span(match))


def _film_related_to_opening(d: Discourse, m: Masked) -> Entity | None:
    """``A prequel to "F," it was directed by X``: the film in view that ``it`` is, never F."""
    opening = _OPENING_RELATION.match(m.text)
    if opening is None:
        return None
    return d.focus_film(m.sentence.start, exclude=m.slot(opening.group("film")).entity)


def _credit_for_it(predicate: Predicate | None) -> Callable[..., Iterator[Draft]]:
    """A credit for ``it`` or ``this film``: ``X helmed it``, ``Z wrote and directed it``.

    Also ``Y starred in that one too`` and ``Z directed this portrait of ...``. The film is
    the one named last before the pronoun in the sentence (across a ``;``), else the film in
    focus; after an opening ``A prequel to "F,"`` it is the film in view, never F. Without a
    fixed ``predicate``, the ``verbs`` group names each one.
    """

    def build(
        d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
    ) -> Iterator[Draft]:
        named = [f for at, f in _film_slots(m) if at < match.start() and f.type == EntityType.FILM]
        related = _film_related_to_opening(d, m)
        film = related or (named[-1] if named else d.focus_film(m.sentence.start))
        if film is None:
            return
        penalty = 0.0 if named and not related else 0.1
        if predicate is not None:
            predicates = [predicate]
        else:
            verbs = re.findall(_VERB_ALT, match.group("verbs").lower())
            predicates = list(dict.fromkeys(_CREDIT_VERBS[v] for v in verbs))
        for person in _people(d, m, match, "subj"):
            for each in predicates:
                yield Draft(person, each, film, rule, conf - penalty, _span(match))

    return build


def _credit_here(predicate: Predicate) -> Callable[..., Iterator[Draft]]:
    """``from a script by X``: X has the credit ``predicate`` for the film the clause is about."""

    def build(
        d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
    ) -> Iterator[Draft]:
        film, penalty = _film_here_or_focus(d, m, match)
        if film in {f for at, f in _film_slots(m) if at >= match.end()}:
            # a film after the credit belongs to an apposition ("a script by X, the novelist
            # who co-wrote her debut, "F""): the credit is the film in focus's
            film, penalty = d.focus_film(m.sentence.start), 0.1
        if film is None:
            return
        for person in _people(d, m, match, "subj"):
            yield Draft(person, predicate, film, rule, conf - penalty, _span(match))

    return build


def build_directed_in_focus(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X's lighthouse thriller is ...``: X directed the film in focus (or the one just named).

    Film reviews and ranked lists name a film's director by a possessive before a genre noun.
    When the sentence names a title, that title's own rules decide instead, except for one
    undated title before the possessive, which it names again: ``buried inside "F", X's new
    thriller ...``.
    """
    named = _film_slots(m)
    if named:
        at, film = named[0]
        if len(named) > 1 or at > match.start() or film.year is not None:
            return
    elif match.groupdict().get("new"):
        return  # "X's new thriller" in a story about another film may be that other film
    else:  # in a standfirst, before any title, the film the headline is about
        film = d.focus_film(m.sentence.start) or d.main_film_before_any_title(m.sentence.start)
    if film is None:
        return
    for person in _people(d, m, match, "subj"):
        if d.film_directed_by(person) in (None, film):  # "Tobin's film": the one Tobin made
            yield Draft(person, Predicate.DIRECTED, film, rule, conf, _span(match))


_COUNTS = {"first": 1, "two": 2, "both": 2, "three": 3, "four": 4}


def build_directed_first_films(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X, who helmed the first two films``: the earliest dated films of the article's series.

    The series is the article's own film and the films whose titles share its head word
    (``Moth Lantern``, ``Moth Lantern: Cinders``); without enough dated ones, no guess.
    """
    words = match.group("count").split()
    count = next((_COUNTS[w] for w in reversed(words) if w in _COUNTS), 0)  # "two", "first"
    if words[0] == "both":  # "X directed both films": the two just named
        named = [f for _, f in d.films_seen if f.type == EntityType.FILM]
        named += [f for at, f in _film_slots(m) if at < match.start()]
        films = list(dict.fromkeys(reversed(named)))[:2]
    else:
        main = d.main_work()
        if main is None or not count:
            return
        series = {f for _, f in d.films_seen if f.type == EntityType.FILM and _same_head(f, main)}
        films = sorted((f for f in series if f.year), key=lambda f: f.year or 0)[:count]
        if main.year is None and main in films:
            return
    if len(films) < count:
        return
    for person in _people(d, m, match, "subj"):
        for film in films:
            yield Draft(person, Predicate.DIRECTED, film, rule, conf, _span(match))


def build_cast_heading(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A cast retrospective's heading line ``X (C)``: X played C in the article's own film."""
    film = d.main_work()
    if film is None or film.type != EntityType.FILM:
        return
    character = _character(m, match)
    for person in _people(d, m, match, "subj"):
        yield Draft(person, Predicate.STARRED_IN, film, rule, conf, _span(match), character)


def _orgs(d: Discourse, m: Masked, match: re.Match[str]) -> list[Entity]:
    text = match.groupdict().get("subj") or match.groupdict().get("org") or ""
    out = []
    for token in re.findall(r"⟦[ON]\d+⟧", text):
        slot = m.slot(token)
        out.append(Entity(slot.surface, EntityType.ORGANIZATION))
    if re.search(r"\bthe (?:studio|distributor|streamer|network)\b", text):
        org = d.recent_org(m.offsets[match.start()])
        if org:
            out.append(org)
    return out


_WHO_CLAUSE = re.compile(r"(⟦P\d+⟧),? who\b[^;⟦]*$")


def _relative_clause_subject(d: Discourse, m: Masked, match: re.Match[str]) -> Entity | None:
    """``..., and X, who has no role in it but starred in F``: X, the relative clause's own."""
    who = _WHO_CLAUSE.search(m.text, 0, match.start())
    return m.slot(who.group(1)).entity if who else None


def _credited_people(d: Discourse, m: Masked, match: re.Match[str]) -> list[Entity]:
    """The people a credit match names, else its clause's subject.

    "..., took over from Y, who left to direct F": Y, the relative clause's own subject;
    "She did TV work, directing two episodes of F": the sentence's subject.
    """
    groups = match.groupdict()
    people = _people(d, m, match, "subj") if groups.get("subj") or groups.get("subj2") else []
    if people:
        return people
    subject = _relative_clause_subject(d, m, match) or d.sentence_subject(
        m, before=m.offsets[match.start()] + 1
    )
    return [subject] if subject else []


def build_directed(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A person (or, when absent, the sentence subject) directed the captured film(s)."""
    people = _credited_people(d, m, match)
    films = _titles(m, match.groupdict().get("obj")) + _titles(m, match.groupdict().get("obj2"))
    if not films:  # "X will direct.": the film the clause is about
        film = _film_here_or_focus(d, m, match)[0]
        films = [film] if film else []
    for person in people:
        for film in films:
            if film.type == EntityType.FILM:
                yield Draft(person, Predicate.DIRECTED, film, rule, conf, _span(match))


def build_episode_direction(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``directing two episodes of "Harbour Blues"``: no film credit, but X is a director.

    Episode work on a series is not film direction, so it gives no fact; it still tells the
    rest of the article that "her third feature" is her own direction.
    """
    for person in _credited_people(d, m, match):
        d.note_role(person, "director")
    yield from ()


def build_back_behind_the_camera(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X, who made the first film, is back behind the camera``: X directs the new one too.

    The new film is the sequel in view (else the film in focus); an aside naming the first
    film credits that one as well.
    """
    at = m.sentence.start
    films = [d.sequel_in_focus(at) or d.focus_film(at)]
    if match.groupdict().get("first"):
        films.append(d.definite_film(match.group("first"), m.offsets[match.start("first")]))
    for person in _people(d, m, match, "subj"):
        for film in dict.fromkeys(f for f in films if f is not None and f.type == EntityType.FILM):
            yield Draft(person, Predicate.DIRECTED, film, rule, conf, _span(match))


def build_directed_in_listing(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``"F" (X)`` directed by X, in an article that credits films that way more than once."""
    if d.names_in_brackets_after_titles >= 2:
        yield from build_directed(d, m, match, rule, conf)


def build_cast(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """Persons starred in a film (named, in the sentence, or in focus), with the character."""
    people = _people(d, m, match, "subj")
    if match.groupdict().get("subj") and match.end("subj") == match.end():
        people = _without_a_new_clause_subject(d, m, match.end(), people)
    has_subject = bool(match.groupdict().get("subj"))
    if len(people) > 1 and has_subject and _SINGULAR_WHO.match(m.text, match.end("subj")):
        people = people[-1:]  # "A, and the actor B, who stars in F": B alone
    if not match.groupdict().get("subj"):  # "... and co-stars with B in F": the subject is elided
        subject = _relative_clause_subject(d, m, match) or d.sentence_subject(
            m, before=m.offsets[min(match.start(), len(m.offsets) - 1)] + 1
        )
        people = ([subject] if subject else []) + [p for p in people if p != subject]
    films = [
        f for f in _titles(m, match.groupdict().get("obj")) if f.type != EntityType.FILM_SERIES
    ]
    character = _character(m, match)
    if (
        character is not None
        and match.groupdict().get("subj")
        and _respective(m, match.start("subj"), match.end("char"))
    ):
        return  # "A and B star as C and D": the respective reading's, not B as C
    if not films and _IN_BOTH_FILMS.match(m.text, match.end()):
        # "the sequel to F. ... X played C in both films": the two just named
        films = d.last_two_films(m.offsets[min(match.start(), len(m.offsets) - 1)])
    film, penalty = (films[0], 0.0) if films else _film_here_or_focus(d, m, match, character)
    if film is None:
        return
    if len(films) > 1:  # "starred in the three features he directed: A, B and C"
        for person in people:
            for each in films:  # "as C in A and B": the same part in each
                yield Draft(person, Predicate.STARRED_IN, each, rule, conf, _span(match), character)
        return
    if match.groupdict().get("titlerole"):
        character = Entity(film.name, EntityType.CHARACTER)
    for person in people:
        yield Draft(
            person, Predicate.STARRED_IN, film, rule, conf - penalty, _span(match), character
        )


# ", and B directed the second unit": B is the subject of a clause of their own
_NEW_CLAUSE_AFTER_LIST = re.compile(
    r"^ (?:also |then |later |now )?(?!(?:plays|played|stars|starred|co-stars|voices|voiced|"
    r"portrays|portrayed|appears|appeared|returns|returned|reprises|reprised)\b)"
    r"(?:[a-z]+ed|[a-z]+[^s]s|has|had|is|was|will|would|can|could)\b"
)
_LAST_COORDINATED = re.compile(r",? and (⟦P\d+⟧)$")


def _without_a_new_clause_subject(
    d: Discourse, m: Masked, end: int, people: list[Entity]
) -> list[Entity]:
    """``stars A, and B directed the second unit``: the list ends before B, who has a verb.

    Only for a list that closes the match (an object list); an acting verb after B
    (``and B plays the villain``) still puts B in the cast.
    """
    last = _LAST_COORDINATED.search(m.text, 0, end)
    if last is None or not _NEW_CLAUSE_AFTER_LIST.match(m.text[end:]):
        return people
    person = d.resolve_person_ref(m, last.group(1), last.start(1))
    return [p for p in people if p != person]


# a clause that gives someone a part: "A plays C", "B turns up as D"
_ACTING_CLAUSE = re.compile(
    r"⟦P\d+⟧,? (?:[^;⟦]{0,60} )?(?:plays|played|portrays|portrayed|voices|voiced|turns up as|"
    r"stars as|is cast as|was cast as)\b"
    # "Sanda, the elder, is played by the newcomer X; Y is the younger Mira"
    r"|\b(?:is|are|was|were) (?:played|portrayed|voiced) (?:[^;⟦]{0,40} )?by [^;⟦]{0,40}⟦P\d+⟧"
)


def build_cast_in_list(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``A plays C; B is her ex-husband, D; E is the widow, F``: a copula in a list of parts.

    Alone, "B is her ex-husband, D" may be about the actors' own lives; beside a clause that
    casts someone, it gives B a part.
    """
    if _ACTING_CLAUSE.search(m.text):
        yield from build_cast(d, m, match, rule, conf)


_CAST_PAIR = re.compile(
    rf"(?P<p>⟦P\d+⟧)(?:['’]s (?:[a-z-]+ ){{0,3}}(?:turn|performance|role))? as "
    rf"{_MACROS['<DESC>']}(?P<c>⟦[CN]\d+⟧)"
    r"|(?P<c2>⟦[CN]\d+⟧) (?:(?:is|was) (?:played|portrayed|voiced) )?by (?P<p2>⟦P\d+⟧)"
)


_AND_NAME_BEFORE = re.compile(r"⟦P\d+⟧,? and $")
# "A and B as X and his first mate, Y": the second part after its description
_AND_PART_AFTER = re.compile(
    r",? and (?:(?:(?:his|her|their|the|a|an) )?(?:[a-z-]+ ){0,3}?[a-z-]+,? ⟦[CNP]|⟦[CN])\d+⟧"
)


def _respective(m: Masked, person_at: int, character_end: int) -> bool:
    """Whether ``B as ... X`` is half of ``A and B as ... X and Y``: B plays Y, not X."""
    return bool(
        _AND_NAME_BEFORE.search(m.text[max(0, person_at - 20) : person_at])
        and _AND_PART_AFTER.match(m.text, character_end)
    )


def build_cast_pairs(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``led by A as X, with B as his father, Y, and C as Z``: every ``person as character``.

    ``Returning from the first film are A as X and B as Y``: the first film's cast, and the
    sequel's; ``the sequel again features A as X``: the sequel's, and the original's.
    """
    segment = match.group(0)
    base = match.start()
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    films = [film]
    if _RETURNING_FROM.search(m.text, 0, base):
        sequel = d.sequel_in_focus(m.sentence.start)
        films += [sequel] if sequel is not None and sequel != film else []
    elif _AGAIN_FEATURES.search(m.text, 0, base) and d.is_sequel(film):
        # "The sequel again features X as C": X played C in the film it follows, too
        original = d.title_prefix_film(film)
        films += [original] if original is not None and original != film else []
    for hit in _CAST_PAIR.finditer(segment):
        if re.search(
            r"\b(?:succeeded|succeeding|replaced|replacing)\s+$", m.text[: base + hit.start()]
        ):
            continue  # "A succeeded B as X": B played X in an earlier film
        p, c = ("p", "c") if hit.group("p") else ("p2", "c2")
        if _respective(m, base + hit.start(p), base + hit.end(c)):
            continue
        person = d.resolve_person_ref(m, hit.group(p), base + hit.start(p))
        if person is None:
            continue
        character = _character_at(m, hit.group(c), base + hit.start(c))
        span = (base + hit.start(), base + hit.end())
        for each in films:
            yield Draft(person, Predicate.STARRED_IN, each, rule, conf - penalty, span, character)


_SLOT = re.compile(r"⟦[A-Z]\d+⟧")


def _slots_in(match: re.Match[str], group: str) -> list[tuple[str, int]]:
    """(token, masked offset) of every placeholder inside a captured group."""
    return [(t.group(), match.start(group) + t.start()) for t in _SLOT.finditer(match[group])]


def build_cast_respectively(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``A and B star as X and Y Surname``: A plays X, B plays Y, in order.

    When only the last character carries a surname (``Rooster and May Quill``), the family
    shares it: A plays ``Rooster Quill``.
    """
    people, parts = _slots_in(match, "people"), _slots_in(match, "chars")
    if len(people) != len(parts):
        return
    characters = [_character_at(m, token, at) for token, at in parts]
    last = characters[-1].name.split()
    if len(last) == 2 and all(" " not in c.name for c in characters[:-1]):
        characters[:-1] = [Entity(f"{c.name} {last[-1]}", c.type) for c in characters[:-1]]
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    for (token, at), character in zip(people, characters, strict=True):
        person = d.resolve_person_ref(m, token, at)
        if person is not None:
            yield Draft(
                person, Predicate.STARRED_IN, film, rule, conf - penalty, _span(match), character
            )


def build_sequel(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``the 1995 sequel, "Y"`` / ``"Y," the follow-up to "X"``: Y is a sequel of X.

    ``The sequel became…`` with no title names the film in focus; it counts only when an
    earlier film's title begins that film's title (``Top Gun`` / ``Top Gun: Maverick``).
    """
    sequel = _film(d, m, match, "sfilm")
    if sequel is None and rule == "the-sequel-to-opening":
        # "The follow-up to 2024's "F" has grossed...": the film in focus follows F
        original = _film(d, m, match)
        sequel = d.focus_film(m.sentence.start, exclude=original)
        if sequel and original and original.type == EntityType.FILM:
            yield Draft(sequel, Predicate.SEQUEL_OF, original, rule, conf, _span(match))
        return
    if sequel is None and match.group("sfilm").lower() == "the sequel":
        focus = d.focus_film(m.sentence.start)
        original = d.title_prefix_film(focus) if focus else None
        if focus and original:
            yield Draft(focus, Predicate.SEQUEL_OF, original, rule, conf, _span(match))
        return
    if sequel is None or sequel.type != EntityType.FILM:
        return
    original = _film(d, m, match, "obj")
    next_film = match.groupdict().get("noun") == "follow-up"
    if next_film and original and not _same_head(sequel, original):
        return  # "X's "Low Tide," her follow-up to "Salt"": her next film, not a sequel
    if original is None:  # "Its sequel, "Heat: Part Two"": the film whose title it extends
        before = m.offsets[match.start("sfilm")]
        if rule == "title-then-the-sequel":  # "F2, the long-awaited sequel,": the article's film
            original = d.title_prefix_film(sequel) or d.main_film()
        elif rule == "sequel-ordinal":  # "the third film, F": the one before it, not the first
            original = d.antecedent_film(sequel, before, m) or d.title_prefix_film(sequel)
        else:
            original = d.title_prefix_film(sequel) or d.antecedent_film(sequel, before, m)
        conf -= 0.1
    if original and original != sequel and original.type == EntityType.FILM:
        yield Draft(sequel, Predicate.SEQUEL_OF, original, rule, conf, _span(match))


def _same_head(film: Entity, other: Entity) -> bool:
    """Whether two titles open with the same word (``Vesper`` / ``Vesper Line``), "The" aside."""

    def head(title: str) -> str:
        words = re.findall(r"[\w'’-]+", re.sub(r"^(?:the|a|an)\s+", "", title.lower()))
        return words[0] if words else ""

    return head(film.name) == head(other.name)


def build_film_link(predicate: Predicate) -> Callable[..., Iterator[Draft]]:
    """Film-to-film or film-to-series links (reboot, remake): ``sfilm`` relates to ``obj``."""

    def build(
        d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
    ) -> Iterator[Draft]:
        subject = _film(d, m, match, "sfilm") or d.focus_film(m.sentence.start)
        token = match.groupdict().get("obj")
        if token is None:  # "rebooted the franchise with F": the film F's title builds on
            earlier = d.title_prefix_film(subject) if subject else None
            if subject and earlier:
                yield Draft(subject, predicate, earlier, rule, conf, _span(match))
            return
        if token.startswith("⟦N"):
            target = [Entity(m.slot(token).surface, EntityType.FILM_SERIES)]
        else:
            target = _titles(m, token)
        if not subject or not target:
            return
        obj = target[0]
        if obj.type == EntityType.FILM and match.groupdict().get("series"):
            obj = Entity(obj.name, EntityType.FILM_SERIES)
        if subject != obj:
            yield Draft(subject, predicate, obj, rule, conf, _span(match))

    return build


def build_remake_same_name(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``"F", a remake of X's 1971 thriller of the same name``: F remakes the 1971 ``F``.

    The original is a second film of the same title, told apart by its year; a possessive
    before the year names its director.
    """
    remake = _film(d, m, match, "sfilm")
    if remake is None or remake.year == int(match.group("year")):
        return
    original = Entity(remake.name, EntityType.FILM, int(match.group("year")), match.group("year"))
    yield Draft(remake, Predicate.REMAKE_OF, original, rule, conf, _span(match))
    for person in _people(d, m, match, "subj"):
        yield Draft(person, Predicate.DIRECTED, original, rule, conf, _span(match))


_SUBJECT_THEN_VERB = re.compile(r"(⟦P\d+⟧) (?:[a-z]+ ){1,3}$")


_POSSESSIVE_OPENER = re.compile(r"[\"“]?([Hh]is|[Hh]er|[Tt]heir) ")


def build_cast_protagonist(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """Roles listed without a subject belong to the person the paragraph is about.

    "Larger parts followed: the landlady X in F; ..." names no actor: not a name in the list.
    """
    # "X will play the title role in F": the subject that opens the sentence, a verb between
    opener = _SUBJECT_THEN_VERB.match(m.text[: match.start()])
    owner = _POSSESSIVE_OPENER.match(m.text, 0, match.start())
    if opener:
        person = m.slot(opener.group(1)).entity
    elif owner:  # "Her later work included a turn as a judge in F": hers
        person = d.resolve_person_ref(m, owner.group(1), owner.start(1))
    else:
        person = d.previous_subject(m)
    if person is None:
        return
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    character = (
        Entity(film.name, EntityType.CHARACTER) if match.groupdict().get("titlerole") else None
    )
    yield Draft(person, Predicate.STARRED_IN, film, rule, conf - penalty, _span(match), character)


def build_distributor(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A film released or distributed by an organisation."""
    film = (
        _film(d, m, match, "sfilm")
        or _film_here_or_focus(d, m, match)[0]
        or d.latest_work(m.sentence.start)
    )
    orgs = _orgs(d, m, match)
    if film is None or (rule == "studio-possessive" and film.type != EntityType.FILM):
        return  # "HBO's 'Westworld'": a network's own series, not a film it distributes
    for org in orgs:
        yield Draft(film, Predicate.DISTRIBUTED_BY, org, rule, conf, _span(match))


def build_showrunner(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A person served as showrunner of a TV series (``the two served as its showrunners``)."""
    people = _people(d, m, match, "subj") if match.groupdict().get("subj") else []
    if not people or match.groupdict().get("pair"):
        subject = d.sentence_subject(m)
        people = [subject] if subject else []
        people += [
            d.resolve_person_ref(m, t, m.text.find(t))
            for t in re.findall(r"(?<=with )⟦P\d+⟧", m.text)
        ]
    show = (
        _film(d, m, match)
        or next((s.entity for s in m.slots if s.kind == "F" and s.entity), None)
        or d.latest_work(m.sentence.start, EntityType.TV_SERIES)
    )
    if show is None:
        return
    show = Entity(show.name, EntityType.TV_SERIES)
    for person in people:
        if person:
            yield Draft(person, Predicate.SHOWRUNNER_OF, show, rule, conf, _span(match))


# --- the rules (data: lexicon/rules.json) ---------------------------------------------------


def build_directed_actor(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X, who directed her in "F"``: X directed F and the woman meant by ``her`` starred."""
    yield from build_directed(d, m, match, rule, conf)
    actor = d.resolve_person_ref(m, match.group("actor"), match.start("actor"))
    if actor is None or actor in _people(d, m, match, "subj"):
        return
    for film in _titles(m, match.group("obj")) or [_film(d, m, match)]:
        if film:  # "directed Kit Lane in A and B": she starred in both
            yield Draft(actor, Predicate.STARRED_IN, film, rule, conf - 0.05, _span(match))


def build_reprised(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``F2, the sequel to F, with X reprising her role as C``: X is in F2, and was in F."""
    drafts = list(build_cast(d, m, match, rule, conf))
    yield from drafts
    for draft in drafts:
        original = d.title_prefix_film(draft.object)
        if original is not None:
            yield Draft(
                draft.subject,
                Predicate.STARRED_IN,
                original,
                rule,
                conf - 0.1,
                draft.span,
                draft.character,
            )


def build_replacement(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X dropped out and was replaced by Y``: Y took the part, unless the job was directing."""
    if _DIRECTING_JOB.search(m.text, 0, match.start()):
        return  # "hired X to direct F, but she was replaced by Y": no acting credit for Y
    yield from build_cast(d, m, match, rule, conf)


_DIRECTING_JOB = re.compile(r"\b(?:direct|directing|director|helm|helming)\b")


def build_returned(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X returned for "F"``: a known director came back to direct, anyone else to act."""
    for draft in build_cast(d, m, match, rule, conf):
        roles = d.roles_of(draft.subject)
        if "director" in roles and "actor" not in roles:
            yield Draft(draft.subject, Predicate.DIRECTED, draft.object, rule, conf, draft.span)
        else:
            yield draft


def build_returns_to_role(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``X returns as C, the agent she played in "F" (and again in "F2")``.

    X played C in F (and F2), and plays C again in the film she returns in: the sequel in
    focus, or else the article's own film, when that is not F itself.
    """
    character = _character(m, match)
    earlier = _titles(m, match.group("obj")) + _titles(m, match.groupdict().get("obj2"))
    if match.groupdict().get("original"):  # "the role she played in the original"
        original = d.definite_film(match.group("original"), m.offsets[match.start("original")])
        earlier += [original] if original else []
    named_now = _titles(m, match.groupdict().get("now"))  # "..., in "F3"": the new film named
    current = (named_now or [None])[0] or d.sequel_in_focus(m.sentence.start) or d.main_work()
    films = earlier + ([current] if current and current not in earlier else [])
    for person in _people(d, m, match, "subj"):
        for film in films:
            yield Draft(person, Predicate.STARRED_IN, film, rule, conf, _span(match), character)


def build_cast_in_film_named_before(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``turned down the lead in "F"; the part went to X``: X starred in the F just named.

    Also ``a sequel to "F" ... its star, X``. A film named earlier in the same sentence
    counts, never one named after it (``the part went to X, who later made "F2"``). A sentence
    that opens with ``Its star, X,`` means the film its paragraph named last; one that names no
    film at all (``the part of the ferryman went to X``) means the film in focus.
    """
    films = _film_slots(m)
    named = [f for at, f in films if at < match.start()]
    film = named[-1] if named else None
    if film is None and _ITS_OPENS_SENTENCE.match(m.text, 0, match.start() + 4):
        film, conf = d.last_film_in_paragraph(m.sentence.start), conf - 0.1
    elif film is None and not films:  # "the part went to X" in a sentence naming no film
        film, conf = d.focus_film(m.sentence.start), conf - 0.15
    if film is None:
        return
    character = _character(m, match)
    for person in _people(d, m, match, "subj"):
        yield Draft(person, Predicate.STARRED_IN, film, rule, conf, _span(match), character)


def build_cast_in_original(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``C, the role that made X a star`` / ``originally played by X``: X was in the original.

    A remake or sequel article recalls who first played a part. The film is the one the
    match names, else the one ``in the 1979 film`` / ``in the original`` right after it
    names, else the original that the article's film remakes or continues; none known, no fact.
    """
    film = _film(d, m, match)
    if film is None:
        at = m.offsets[match.end() - 1]
        earlier = _IN_AN_EARLIER_FILM.match(m.text, match.end())
        if earlier and earlier.group("year"):
            film = d.film_of_year(int(earlier.group("year")), at)
        else:
            film = d.definite_film("the original", at)
        conf -= 0.1
    if film is None:
        return
    character = _character(m, match)
    for person in _people(d, m, match, "subj"):
        yield Draft(person, Predicate.STARRED_IN, film, rule, conf, _span(match), character)


_ITS_OPENS_SENTENCE = re.compile(r"[\s\"“]*(?:Its|its) ")


def build_directing_job_went_to(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``approached to direct "F" and turned it down; the job went to X``: X directed F.

    Only when the sentence spoke of directing before the match, and only for the film named
    last before it (across a ``;``): "the job" is the one just turned down.
    """
    if not _DIRECTING_JOB.search(m.text, 0, match.start()):
        return
    named = [
        f
        for at, f in _film_slots(m)
        if at < match.start()
        and f.type == EntityType.FILM
        and not d.is_source_film(m.offsets[at])  # "to direct F2, the sequel to F": F2
    ]
    if not named and _DIRECT_IT.search(m.text, 0, match.start()):
        # "The sequel, F2, ... X declined to direct it, and the job went to Y": the film "it"
        # points back to, named in the sentence before
        film = d.last_film_in_paragraph(m.sentence.start)
        named = [film] if film else []
        conf -= 0.1
    if not named:
        return
    for person in _people(d, m, match, "subj"):
        yield Draft(person, Predicate.DIRECTED, named[-1], rule, conf, _span(match))


_ACTING_WORDS = re.compile(r"\b(?:role|roles|performance|turn|actress|acting)\b")


def build_by_role(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A credit whose kind depends on who the person is (``best known for F``).

    ``her films included A, B and C``: a known director directed them, a known actor starred
    in them, and anyone the text has not placed yet gets nothing.
    """
    people = [
        p
        for group in ("subj", "subj2", "subj3")
        if match.groupdict().get(group)
        for p in _people_in(d, m, match, group)
    ]
    if not people:
        subject = d.sentence_subject(m, before=m.offsets[match.start()] + 1)
        people = [subject] if subject else []
    films = [f for f in _titles(m, match.group("obj")) if f.type != EntityType.FILM_SERIES]
    acting = _ACTING_WORDS.search(match.group())  # "her role in F": acting, whoever she is
    for person in people:
        roles = d.roles_of(person)
        if roles == {"actor"} or (acting and roles != {"director"}):
            predicate = Predicate.STARRED_IN
        elif roles == {"director"} and not acting:
            predicate = Predicate.DIRECTED
        else:
            if not roles:  # "X broke through with F" in a lead: later sentences may say who X is
                for film in films:
                    d.pending_credits.append(
                        (m, Draft(person, Predicate.DIRECTED, film, rule, conf, _span(match)))
                    )
            continue
        for film in films:
            yield Draft(person, predicate, film, rule, conf, _span(match))


def pending_credits(discourse: Discourse, crew: set[Entity]) -> Iterator[tuple[Masked, Draft]]:
    """Credits put off until the article said who their person is, read with what it said.

    A profile opens "X, 44, broke through with "F" (2017)" and says only later that X
    directs ("X wrote and directed "G""). At the article's end, a person the text shows only
    as a director directed F; only as an actor, starred in it; anyone else gets nothing, and
    so does ``crew`` (a cinematographer who once directed won his Oscar for shooting F).
    The rule is renamed ``later-role:RULE`` and loses 0.1 confidence: the evidence is split
    across sentences.
    """
    for masked, draft in discourse.pending_credits:
        if draft.subject in crew:
            continue
        roles = discourse.roles_of(draft.subject)
        if roles == {"director"}:
            predicate = Predicate.DIRECTED
        elif roles == {"actor"} and draft.rule not in _PRONOUN_DIRECTION:
            predicate = Predicate.STARRED_IN  # "her film" names an actress's role, not her work
        else:
            continue
        later = replace(draft, predicate=predicate, rule=f"later-role:{draft.rule}")
        yield masked, replace(later, confidence=draft.confidence - 0.1)


# one member of a cast list: describing words, the person, and the part when given
# ("the veteran ⟦P3⟧", "⟦P0⟧ as his sister-in-law, ⟦C1⟧", "⟦P2⟧ as a lonely astronomer")
_LEAD_WORD = (
    r"(?:(?!(?:and|or|but|by|who|whom|whose|which|that|from|of|in|for|to|at|on|after|before|"
    r"directed|produced|written|shot|edited|is|was|are|were|has|had|not|never)\b)"
    r"(?:[a-z][\w'’-]*|[A-Z][a-z]+(?:-[A-Za-z]+)?|⟦N\d+⟧|\d+-year-old) )"
)
_LIST_MEMBER = re.compile(
    rf"(?:(?:the|a|an|his|her|their) )?{_LEAD_WORD}{{0,4}}?(?P<p>⟦P\d+⟧)(?!['’])"
    rf"(?: as (?:{_MACROS['<DESC>']}(?P<c>⟦[CN]\d+⟧)(?!['’])"
    r"|(?:(?:the|a|an|his|her|their) )?[a-z][\w'’-]*(?: (?!(?:and|with|in)\b)[a-z][\w'’-]*){0,5}"
    r"(?:, (?P<c2>⟦[CN]\d+⟧)(?!['’]))?))?"
    # a member ends where the list goes on or stops, never before a verb of its own
    r"(?=,|;|\.|$| and\b| with\b| in\b)"
)
_LIST_APPOSITION = re.compile(
    r", (?:a|an|the) [a-z][^,;⟦]*(?=,)|, (?:who|whose) [^;⟦]*(?:⟦[CN]\d+⟧)?(?=,)"
)
_CAST_LIST_JOIN = re.compile(r",? (?:and|with|plus|alongside) (?:also )?|, ")


def build_cast_list(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """Every member of a cast list, with a part where one is given.

    ``The cast includes A as the Abbess, B and the veteran C``; ``It stars A as the pilot,
    D, with B as his employer``. The list is read member by member: describing words, a
    person, ``as`` and the part. It stops at anything else (a verb: ``, and B directed``),
    so only people the list itself names are cast.
    """
    items, base = match.group("items"), match.start("items")
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    pos = 0
    while True:
        member = _LIST_MEMBER.match(items, pos)
        if member is None:
            return
        person = d.resolve_person_ref(m, member.group("p"), base + member.start("p"))
        part = member.group("c") or member.group("c2")
        character = (
            _character_at(m, part, base + items.index(part, member.start())) if part else None
        )
        if person is not None:
            span = (base + member.start(), base + member.end())
            yield Draft(person, Predicate.STARRED_IN, film, rule, conf - penalty, span, character)
        pos = member.end()
        aside = _LIST_APPOSITION.match(items, pos)
        if aside:
            pos = aside.end()
        join = _CAST_LIST_JOIN.match(items, pos)
        if join is None:
            return
        pos = join.end()


# an award category names the craft its nominees are credited with (in a sentence, or as the
# heading line of a list); whole words, as "character design" is no acting
_CATEGORY_CRAFT = (
    (re.compile(r"\bdirect(?:or|ors|ing|ion)\b", re.IGNORECASE), Predicate.DIRECTED),
    (
        re.compile(
            r"\b(?:act(?:or|ors|ress|ing)|perform(?:ance|er)|supporting|lead(?:ing)?)\b",
            re.IGNORECASE,
        ),
        Predicate.STARRED_IN,
    ),
    (re.compile(r"\b(?:screenplay|writing)\b", re.IGNORECASE), Predicate.WROTE),
    (re.compile(r"\bcinematography\b", re.IGNORECASE), Predicate.SHOT),
    (re.compile(r"\bediting\b", re.IGNORECASE), Predicate.EDITED),
)


def _craft_of(category: str) -> Predicate | None:
    """The credit an award category's nominees get (``best director``: directed), if any."""
    return next((p for cue, p in _CATEGORY_CRAFT if cue.search(category)), None)


# "P for "F"", "P ("F")": one nominee and the film the nomination is for
_NOMINEE_FOR_FILM = re.compile(
    r"(⟦P\d+⟧)(?!['’])(?:, (?:who|whose) [^;⟦]*(?:⟦[CN]\d+⟧[^;⟦]*)?,)? "
    r"(?:for (?:(?:his|her|their) (?:[a-z]+ )?(?:role|turn|work|performance) in )?(⟦F\d+⟧)"
    r"|\((⟦F\d+⟧)\))"
)


def build_category_nominees(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """Nominees listed under an award category, each credited for the film named beside them.

    ``In best actor, A is joined by B for "F" and C for "G"``; ``the directing race: D for
    "H"``; ``In the supporting races, E ("K")``. The category says the craft; the list runs
    to the next category named in the sentence.
    """
    craft = _craft_of(match.group("cat"))
    if craft is None:
        return
    following = [c.start() for c in match.re.finditer(m.text, match.end())]  # the rule's own
    segment_end = following[0] if following else len(m.text)
    for pair in _NOMINEE_FOR_FILM.finditer(m.text, match.end(), segment_end):
        person = d.resolve_person_ref(m, pair.group(1), pair.start(1))
        film = m.slot(pair.group(2) or pair.group(3)).entity
        if person is not None and film is not None and film.type == EntityType.FILM:
            yield Draft(person, craft, film, rule, conf, pair.span())


BUILDERS: dict[str, Callable[[Discourse, Masked, re.Match[str], str, float], Iterator[Draft]]] = {
    "credit": build_credit,
    "directed": build_directed,
    "directed_in_listing": build_directed_in_listing,
    "returns_to_role": build_returns_to_role,
    "back_behind_the_camera": build_back_behind_the_camera,
    "directed_actor": build_directed_actor,
    "cast_protagonist": build_cast_protagonist,
    "credit_main": build_credit_main,
    "cast_heading": build_cast_heading,
    "directed_it": _credit_for_it(Predicate.DIRECTED),
    "credit_it": _credit_for_it(None),
    "directed_in_focus": build_directed_in_focus,
    "starred_in_it": _credit_for_it(Predicate.STARRED_IN),
    "wrote_here": _credit_here(Predicate.WROTE),
    "directed_first_films": build_directed_first_films,
    "cast": build_cast,
    "cast_in_list": build_cast_in_list,
    "cast_pairs": build_cast_pairs,
    "cast_list": build_cast_list,
    "category_nominees": build_category_nominees,
    "cast_respectively": build_cast_respectively,
    "cast_in_original": build_cast_in_original,
    "episode_direction": build_episode_direction,
    "returned": build_returned,
    "replacement": build_replacement,
    "directing_job_went_to": build_directing_job_went_to,
    "reprised": build_reprised,
    "cast_in_film_named_before": build_cast_in_film_named_before,
    "by_role": build_by_role,
    "sequel": build_sequel,
    "reboot_of": build_film_link(Predicate.REBOOT_OF),
    "remake_of": build_film_link(Predicate.REMAKE_OF),
    "remake_same_name": build_remake_same_name,
    "distributor": build_distributor,
    "showrunner": build_showrunner,
}


def _required_slot_kinds(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    r"""Slot kinds a match cannot do without: each set names kinds one of which must be there.

    Read from the compiled pattern's syntax tree: a placeholder ``⟦F\d+⟧`` outside any
    optional part or alternative means no sentence without a film slot can match, so the rule
    is not tried there. Conservative: an alternative requires only what all its branches do.
    """
    from re import _constants as c  # noqa: PLC0415  (private, but stable across 3.11-3.13)
    from re import _parser

    def of(items: list) -> list[frozenset[str]]:
        needs: list[frozenset[str]] = []
        for i, (op, arg) in enumerate(items):
            if op is c.LITERAL and chr(arg) == "⟦" and i + 1 < len(items):
                nop, narg = items[i + 1]
                if nop is c.LITERAL:
                    needs.append(frozenset(chr(narg)))
                elif nop is c.IN and all(o is c.LITERAL for o, _ in narg):
                    needs.append(frozenset(chr(a) for _, a in narg))
            elif op is c.SUBPATTERN:
                needs += of(list(arg[-1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
                needs += of(list(arg[2]))
            elif op is c.BRANCH:
                per_branch = [of(list(branch)) for branch in arg[1]]
                if all(per_branch):
                    needs.append(frozenset().union(*(b[0] for b in per_branch)))
        return needs

    return tuple(dict.fromkeys(of(list(_parser.parse(pattern.pattern)))))


def load_rules() -> list[Rule]:
    """The rules of ``lexicon/rules.json``, patterns expanded and compiled.

    Raises:
        LexiconError: naming the rule at fault (unknown builder, bad regex, bad confidence).
    """
    data = json.loads((resources.files("kg.extract.lexicon") / "rules.json").read_text("utf-8"))
    rules = []
    for number, row in enumerate(data["rules"], start=1):
        where = f"rules.json: rule {number} ({row.get('name', '?')})"
        if row.get("builder") not in BUILDERS:
            raise LexiconError(f"{where}: unknown builder {row.get('builder')!r}")
        confidence = row.get("confidence")
        if not isinstance(confidence, int | float) or not 0 < confidence <= 1:
            raise LexiconError(f"{where}: confidence must be in (0, 1]")
        trigger = row.get("trigger")
        if not isinstance(trigger, list) or not all(
            isinstance(k, str) and k and k == k.lower() for k in trigger
        ):
            raise LexiconError(f"{where}: trigger must be a list of lower-case strings")
        try:
            pattern = _expand(row["pattern"])
        except (re.error, KeyError, TypeError) as err:
            raise LexiconError(f"{where}: bad pattern ({err})") from None
        rules.append(
            Rule(
                row["name"],
                pattern,
                BUILDERS[row["builder"]],
                float(confidence),
                tuple(trigger),
                bool(row.get("apposition", False)),
                _required_slot_kinds(pattern),
            )
        )
    return rules


RULES: list[Rule] = load_rules()


def _keyword_scanner(rules: list[Rule]) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One regex that finds every trigger keyword, and for each keyword the keywords inside it.

    The scan reports one keyword per position (the longest); any shorter keyword that starts
    there is a substring of it, so closing over substrings recovers every keyword present.
    """
    keywords = sorted({k for rule in rules for k in rule.trigger})
    scanner = re.compile("(?=(" + trie_pattern(keywords) + "))")
    inside = {k: frozenset(other for other in keywords if other in k) for k in keywords}
    return scanner, inside


_SCANNER, _INSIDE = _keyword_scanner(RULES)
_RULES_BY_KEYWORD: dict[str, list[int]] = {}
for _index, _rule in enumerate(RULES):
    for _keyword in _rule.trigger:
        _RULES_BY_KEYWORD.setdefault(_keyword, []).append(_index)


def _keywords_present(lowered: str) -> set[str]:
    """Every trigger keyword that occurs in a lower-cased masked sentence."""
    present: set[str] = set()
    for hit in _SCANNER.finditer(lowered):
        present |= _INSIDE[hit.group(1)]
    return present


# --- anchors: a cheap necessary condition for a rule's match ---------------------------------


def _starts_with_letter(items: list) -> bool:
    r"""Whether every match of the parsed ``items`` starts with a letter the pattern spells out.

    Zero-width assertions (``\b``, lookarounds) before the letter are allowed.
    """
    from re import _constants as c  # noqa: PLC0415  (private, but stable across 3.11-3.13)

    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return chr(arg).isalpha()
        if op is c.SUBPATTERN:
            return _starts_with_letter(list(arg[-1]))
        if op is c.BRANCH:
            return all(_starts_with_letter(list(branch)) for branch in arg[1])
        return False
    return False


def _anchor(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The tail of ``pattern`` from its first top-level part that starts with a spelled-out word.

    Any match of the pattern holds a match of this tail, so a sentence without one cannot
    match. Most rules open with a person list (``<PS>``), which the regex engine tries at
    every word; the tail opens with words (``directed|helmed``) it skips to in C, so it fails
    on most triggered sentences several times faster. ``None`` when the pattern already
    opens with a word, or holds a back-reference (a tail would not know the group).
    """
    from re import _compiler, _parser  # noqa: PLC0415  (private, but stable across 3.11-3.13)

    if _BACK_REFERENCE.search(pattern.pattern):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
    items = list(tree.data)
    start = next((i for i, item in enumerate(items) if _starts_with_letter([item])), 0)
    if start == 0:
        return None
    return _compiler.compile(_parser.SubPattern(tree.state, items[start:]), pattern.flags)


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # (some false alarms: harmless)
_ANCHORS: dict[int, re.Pattern[str] | None] = {}  # by rule index, each compiled on first use


def _may_match(index: int, text: str) -> bool:
    """Whether rule ``RULES[index]`` may match ``text``: false when its anchor cannot."""
    try:
        anchor = _ANCHORS[index]
    except KeyError:  # parsing and compiling every tail up front would slow imports
        anchor = _ANCHORS[index] = _anchor(RULES[index].pattern)
    return anchor is None or anchor.search(text) is not None


# --- negation and hedges ---------------------------------------------------------------------


def _cue_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as whole words, any case (matched through a prefix tree)."""
    tree = trie_pattern(sorted(words))
    return re.compile(r"(?<![\w'’])(?:" + tree + r")(?![\w])", re.IGNORECASE)


_NEGATION = _cue_pattern(cues()["negation_cues"] - {"n't"})
# "didn't", "won't": only ever asked whether there is one, so the word's last letter will do;
# "n't" first lets the engine skip to each "n" (``\w+`` first re-scanned every word's tail)
_NOT_CONTRACTED = re.compile(r"n['’]t\b(?<=\wn['’]t)", re.IGNORECASE)
_HEDGE = _cue_pattern(cues()["hedge_cues"])


_CASTING_NEGATION = re.compile(
    r"\b(?:auditioned|screen-tested|was considered|were considered|turned down|turned it down|"
    r"passed on|declined|never cast|not cast|lost the (?:role|part)|dropped out|was replaced|"
    r"were replaced|exited|left the project|was in talks|were in talks|"
    r"(?:later |eventually )?(?:left|quit|abandoned) the (?:project|film|production))\b",
    re.IGNORECASE,
)


def casting_vetoed(masked: Masked, span: tuple[int, int], subject: Entity | None = None) -> bool:
    """Whether the clause holding ``span`` says a casting fell through (asides excepted).

    Clauses end at ``;`` and dashes, so "X played Y; she did not return" keeps X's role. A
    refusal whose own subject is another person named just before it ("after Z dropped out")
    is Z's, not ``subject``'s.
    """
    aside = _WHO_ASIDE_AT.match(masked.text, span[0])
    if aside and aside.end() >= span[1] and not _PLANNED_ROLE.search(aside.group()):
        # "X, who played C in F, does not return": the aside's role stands; only the aside counts
        clause = aside.group()
    else:
        start = max(masked.text.rfind(";", 0, span[0]), masked.text.rfind(" — ", 0, span[0]))
        ends = [
            i for i in (masked.text.find(";", span[1]), masked.text.find(" — ", span[1])) if i >= 0
        ]
        clause = masked.text[start + 1 : min(ends) if ends else len(masked.text)]
        clause = re.sub(r"—[^—]*—|, who [^,;]*(?:[,;]|$)", ",", clause)
    if not may_match(_CASTING_NEGATION, clause):
        return False
    for veto in _CASTING_NEGATION.finditer(clause):
        other = _NAMED_JUST_BEFORE.search(clause, 0, veto.start())
        if other and subject is not None and masked.slot(other.group(1)).entity != subject:
            continue  # "X has stepped into the role after Z dropped out": Z's exit
        return True
    return False


_WHO_ASIDE_AT = re.compile(r"⟦P\d+⟧, who [^,;]*(?:,|$)")
# "X, who was set to direct F, left": a plan in the aside is what the main clause undoes
_PLANNED_ROLE = re.compile(
    r"\b(?:to|will) (?:play|star|voice|appear|direct|co-direct|helm|lead)\b"
    r"|\b(?:cast|attached|signed|hired|tapped|set|slated|due|chosen|picked)\b"
)
# "after Z dropped out", "after Z, who was originally cast, left" (the aside cut to a comma)
_NAMED_JUST_BEFORE = re.compile(r"(⟦P\d+⟧),?(?: (?:had|has|abruptly|suddenly|later|then))?\s+$")


_NOT_BUT = re.compile(
    r"\bnot (?:by|in|as|for) [^,;]{1,40}? but\b"
    # "was produced, not directed, by X": the negation takes one credit away, not the other
    r"|, not (?:co-)?(?:directed|written|produced|shot|edited),"
    # "has not directed a film since F": F is the last film X directed, a credit
    r"|\b(?:has|had)(?: not|n['’]t| never) (?:directed|made|helmed) (?:a|another) "
    r"(?:[a-z-]+ )?(?:film|feature|movie|picture) since\b"
)
# "X, attached since the spring, plays ...": long attached is cast, not rumoured; and so is
# one who "is attached to direct" now (a past "was attached" may have fallen through)
_FIRMLY_ATTACHED = re.compile(
    r"\battached (?:since|from|in|last|early|for (?:months|years))\b"
    r"|\b(?:is|are|remains|remain)(?: now| still| also)? attached\b"
    # "with X attached to direct": attached now, right after the name
    r"|(?:(?<=⟧ )|(?<=⟧, ))attached to (?=(?:co-)?direct\b)"
)
_ANY_VETO_CUE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_NEGATION, _NOT_CONTRACTED, _HEDGE)), re.IGNORECASE
)


_NEGATED_BEFORE_INFINITIVE = re.compile(
    r"\b(?:not|never|n['’]t|declined|refused)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
# dashes, relative clauses, and appositions holding one ("X, an actor who had never made a
# film, plays C"): what they deny is not the main clause's
_ASIDES = re.compile(r"—[^—]*—|, who [^,]*,|, (?:an?|the) [^,;⟦]* (?:who|that) [^,]*,")


def is_vetoed(masked: Masked, start: int, end: int, clause_hedges: bool = True) -> bool:
    """Whether negation or a hedge governs the matched clause ``masked.text[start:end]``.

    The matched words must not hold a negation (``did not return``); the clause leading up
    to them (from the last clause break) must not hold a hedge (``reportedly``, ``in talks``).
    """
    # asides (dashes, relative clauses) do not govern the main clause, and in a correction
    # ("directed not by X but by Y") the negation belongs to X alone
    matched = _ASIDES.sub(",", masked.text[start:end])
    matched = _NOT_BUT.sub(" ", matched)
    if _NEGATION.search(matched) or _NOT_CONTRACTED.search(matched):
        return True
    if matched.startswith("to ") and _NEGATED_BEFORE_INFINITIVE.search(masked.text, 0, start):
        return True  # "did not return to direct the sequel, F": the infinitive is negated
    clause_start = max(masked.text.rfind(sep, 0, start) for sep in (";", ". ", "—"))
    lead = masked.text[max(clause_start, 0) : end] if clause_hedges else masked.text[start:end]
    return hedged(_FIRMLY_ATTACHED.sub(" ", lead))


# "the producer who would also back his next film": the future seen from the past, no hedge
_FUTURE_IN_PAST = re.compile(
    r"\b(?:who|which|that) would (?=(?:also|later|eventually|soon|go on to|one day|never)\b)"
)


def hedged(text: str) -> bool:
    """Whether ``text`` holds a hedge cue; the month ``May`` inside a sentence is not ``may``."""
    text = _FUTURE_IN_PAST.sub("who ", text)
    return any(m.group() != "May" or m.start() == 0 for m in _HEDGE.finditer(text))


def _actor_guessed_as_director(
    discourse: Discourse, masked: Masked, draft: Draft, directors_here: set[Entity]
) -> bool:
    """``his biopic`` counts only for a known director: ``her final film`` is an actress's role.

    A directing verb just before (``directed her first feature, "F"``) says it outright, and so
    does another rule in the same sentence (``X's "F2", the sequel to her 2023 hit "F"``).
    """
    if draft.predicate != Predicate.DIRECTED:
        return False
    roles = discourse.roles_of(draft.subject)
    if draft.rule in _POSSESSIVE_DIRECTION and roles == {"actor"}:
        return True  # "the actress Kit Lane ... Kit Lane's "Low Tide"": her film, not her direction
    if draft.subject in directors_here:
        roles = roles | {"director"}
    if draft.rule not in _PRONOUN_DIRECTION:
        return False
    if re.search(r"\b(?:directed|helmed|made)\s+$", masked.text[: draft.span[0]]):
        return False
    if re.search(r"\bas (?:a )?(?:director|filmmaker)\b", masked.text[slice(*draft.span)]):
        return False  # "his second film as director, F" says it outright
    if not roles:  # "Her third feature, F, ..." in a lead: later sentences may say she directs
        discourse.pending_credits.append((masked, draft))
    return "director" not in roles


_PLANNED_DIRECTION = re.compile(r"\b(?:to|will) (?:co-)?(?:direct|helm)\b")
_POSSESSIVE_DIRECTION = frozenset(
    {
        "directed-possessive",
        "directed-possessive-apposition",
        "directed-whose",
        "whose-film",  # "the actor X, whose own competition film, F, screens": his film
        "directed-possessive-nth-feature-opens",
        "directed-possessive-film-noun",
        "directed-possessive-follow-up",
        "directed-possessive-genre",
        "directed-possessive-franchise-noun",
    }
)
# "She turned down the lead, and the part went to X": the refusal is hers, the part is X's
_NAMES_WHO_GOT_THE_PART = frozenset(
    {"role-went-to", "lost-the-part-to", "lost-the-part-to-film-before", "replaced-by"}
)
# rules that read direction into a possessive or "made": only for a person known to direct
_PRONOUN_DIRECTION = frozenset(
    {
        "directed-his-noun",
        "directed-noun-his",
        "made-film",
        "directed-his-title",  # "his "F" opened the festival": his own film, if he directs
        "directed-whose-previous-film-was",
    }
)
_GUESSED_DIRECTION = _POSSESSIVE_DIRECTION | _PRONOUN_DIRECTION


# "Best Director – Motion Picture" on a line of its own: an awards list's category heading
_CATEGORY_HEADING = re.compile(r"(?:[A-Z][\w'’-]* ){0,2}Best [^.!?\"“”;:⟦]{2,100}")
# a nominee's line under it: "A, "F"", "A and B, "F"", "A – "F"", "A ("F")"
_NOMINEE_LINE = re.compile(
    r"(?P<people>⟦P\d+⟧(?:(?:,\s+|,?\s+and\s+|\s+&\s+)⟦P\d+⟧)*)"
    r"(?:,\s+|\s+[–—-]\s+|:\s+|\s+(?=\())\(?(?P<film>⟦F\d+⟧)\)?[.,]?(?: \(\d{4}\))?\s*"
)


def category_listing(discourse: Discourse, masked: Masked) -> list[Draft]:
    """Credits of an awards list: a category heading line, then one line per nominee.

    The heading (``Best Director – Motion Picture``) says the craft; each following line
    ``A and B, "F"`` credits its people with it for F, until a line of another shape.
    In a list of performances (the headline says so), an entry's line ``A as C, "F" (2025)``
    credits A's part.
    """
    entry = _performance_entry(discourse, masked)
    if entry:
        return entry
    line = masked.sentence.text.strip()
    if _CATEGORY_HEADING.fullmatch(line):
        discourse.listing_craft = _craft_of(line)
        return []
    nominee = _NOMINEE_LINE.fullmatch(masked.text.strip())
    craft = discourse.listing_craft
    if nominee is None or craft is None:
        discourse.listing_craft = None if nominee is None else craft
        return []
    film = masked.slot(nominee.group("film")).entity
    if film is None or film.type != EntityType.FILM:
        return []
    people = (masked.slot(p).entity for p in re.findall(r"⟦P\d+⟧", nominee.group("people")))
    span = nominee.span()
    return [Draft(p, craft, film, "category-listing", 0.75, span) for p in people if p]


# an entry line of a ranked list: "Lena Fryd, "Cold Ferns" (2025)", "Lena Fryd as Ada, "F""
_ENTRY_LINE = re.compile(
    r"(?:\d+[.)]\s+)?(?P<person>⟦P\d+⟧)(?: as (?P<char>⟦[CNP]\d+⟧))?(?:,\s+|\s+[–—-]\s+)"
    r"(?P<film>⟦F\d+⟧)(?: \(\d{4}\))?\.?"
)
_PERFORMANCES_HEADLINE = re.compile(
    r"\b(?:performances?|turns|actors|actresses|acting|screen roles)\b", re.IGNORECASE
)


def _performance_entry(discourse: Discourse, masked: Masked) -> list[Draft]:
    """A ranked list's entry line: ``Lena Fryd as Ada, "Cold Ferns" (2025)``.

    Only under a headline that lists performances, where the line says Lena Fryd played Ada
    in Cold Ferns (in a list of films, the person on such a line may be its director).
    """
    lead = len(masked.text) - len(masked.text.lstrip())
    entry = _ENTRY_LINE.fullmatch(masked.text.rstrip(), lead)
    if entry is None or not discourse.sentences:
        return []
    if not _PERFORMANCES_HEADLINE.search(discourse.sentences[0].text):
        return []
    person = masked.slot(entry.group("person")).entity
    film = masked.slot(entry.group("film")).entity
    if person is None or film is None or film.type != EntityType.FILM:
        return []
    token = entry.group("char")
    character = _character_at(masked, token, entry.start("char")) if token else None
    rule = "performance-list-entry"
    return [Draft(person, Predicate.STARRED_IN, film, rule, 0.75, entry.span(), character)]


def apply_rules(discourse: Discourse, masked: Masked) -> list[Draft]:
    """Every draft fact the rules find in one masked sentence (before deduplication)."""
    drafts: list[Draft] = category_listing(discourse, masked)
    if drafts:
        return drafts
    if not any(slot.kind in "PFCNO" for slot in masked.slots):
        return drafts  # nothing named outside quotations: no rule can find a fact
    present = _keywords_present(masked.text.lower())
    triggered = sorted({i for keyword in present for i in _RULES_BY_KEYWORD[keyword]})
    kinds = {slot.kind for slot in masked.slots}
    may_be_vetoed: bool | None = None  # whether any cue is there: looked up at the first match
    for index in triggered:  # in table order, as written
        rule = RULES[index]
        if not all(need & kinds for need in rule.needs):
            continue  # "starred in" with no film named: the pattern cannot match
        if not _may_match(index, masked.text):
            continue
        for match in rule.pattern.finditer(masked.text):
            if may_be_vetoed is None:
                may_be_vetoed = _ANY_VETO_CUE.search(masked.text) is not None
            if may_be_vetoed and is_vetoed(
                masked, match.start(), match.end(), clause_hedges=not rule.apposition
            ):
                continue
            drafts.extend(rule.build(discourse, masked, match, rule.name, rule.confidence))
    drafts = [
        d
        for d in drafts
        if not (
            d.predicate == Predicate.STARRED_IN
            and d.rule not in _NAMES_WHO_GOT_THE_PART
            and casting_vetoed(masked, d.span, d.subject)
        )
    ]
    # "early reports had described F as a sequel to G": a claim the article does not make
    drafts = [
        d
        for d in drafts
        if not (
            d.predicate == Predicate.SEQUEL_OF
            and _CLAIMED_BY_OTHERS.search(masked.text, 0, d.span[1])
        )
    ]
    # "hired to direct F, but she was replaced": a planned direction that fell through
    drafts = [
        d
        for d in drafts
        if not (
            d.predicate == Predicate.DIRECTED
            and _PLANNED_DIRECTION.search(masked.text, d.span[0], d.span[1])
            and casting_vetoed(masked, d.span, d.subject)
        )
    ]
    # film direction only: directing a TV series is episode work, not a film credit (but it
    # shows the person directs: "her third feature" later is her direction)
    for d in drafts:
        if d.predicate == Predicate.DIRECTED and d.object.type == EntityType.TV_SERIES:
            discourse.note_role(d.subject, "director")
    drafts = [
        d
        for d in drafts
        if not (d.predicate == Predicate.DIRECTED and d.object.type == EntityType.TV_SERIES)
    ]
    # who the sentence shows to direct: by a plain credit, or by two guesses that agree
    # ("X's "F2", the sequel to her 2023 hit "F"")
    direction = [d for d in drafts if d.predicate == Predicate.DIRECTED]
    # two different rules, each a guess; never for someone the text calls an actor
    guessing_rules = {(d.subject, d.rule) for d in direction if d.rule in _GUESSED_DIRECTION}
    guesses = Counter(subject for subject, _ in guessing_rules)
    directors_here = {d.subject for d in direction if d.rule not in _GUESSED_DIRECTION}
    directors_here |= {
        subject
        for subject, count in guesses.items()
        if count > 1 and discourse.roles_of(subject) != {"actor"}
    }
    drafts = [
        d for d in drafts if not _actor_guessed_as_director(discourse, masked, d, directors_here)
    ]
    for draft in drafts:
        if draft.predicate == Predicate.SEQUEL_OF:
            discourse.note_sequel(draft.subject, draft.object)
        elif draft.predicate in (Predicate.REMAKE_OF, Predicate.REBOOT_OF):
            discourse.note_remake(draft.subject)
        elif draft.predicate == Predicate.DIRECTED:
            discourse.note_direction(draft.subject, draft.object)
            discourse.note_role(draft.subject, "director")
        elif draft.predicate == Predicate.STARRED_IN:
            discourse.note_role(draft.subject, "actor")
            if draft.character is not None:
                discourse.note_character(draft.character, draft.object)
    return drafts
