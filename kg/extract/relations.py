"""Relation rules: masked sentence -> draft facts (who directed, starred in, wrote... what).

Step four of the extractor. Each rule is a regular expression over a masked sentence (see
:class:`kg.extract.coref.Masked`) written with a few macros, plus the name of a builder that
turns a match into :class:`Draft` facts. Macros:

``<P>``   a person: ``⟦P3⟧``, a pronoun, or a role noun (``the director``)
``<PS>``  a list of persons (``A, B and C``; ``Nolan and his brother, Jonathan Nolan``)
``<F>``   a quoted title, with an optional ``(2004)`` and comma
``<C>``   a character name; ``<O>`` an organisation; ``<DESC>`` lower-case descriptor words
``<GAP>`` any words but no other title (so a rule never reaches past the nearest title)

Rules only fire outside quotations (speech is masked as ``⟦Qn⟧``) and are vetoed by negation
(``did not return``) and hedges (``in talks``, ``reportedly``) in the clause they match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.extract.coref import ROLE_NOUN, Discourse, Masked
from kg.extract.lexicon import cues
from kg.types import Entity, EntityType, Predicate

__all__ = ["RULES", "Draft", "Rule", "apply_rules"]


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


_ROLE = ROLE_NOUN.pattern.replace("(?P<noun>", "(?:")
_MACROS = {
    "<P>": rf"(?:⟦P\d+⟧|\b(?:[Hh]e|[Ss]he|him|her)\b|{_ROLE})",
    "<F>": r"⟦F\d+⟧,?(?: \(\d{4}\),?)?",
    "<C>": r"(?:⟦[CN]\d+⟧)",
    "<O>": r"(?:⟦[ON]\d+⟧|the (?:studio|distributor|streamer|network))",
    "<DESC>": r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w-]*,?\s+){0,4}?",
    "<GAP>": r"(?:[^⟦;]|⟦[PCNQO]\d+⟧)*?",
    "<ADJ>": r"(?:(?:[a-z][\w-]*|⟦N\d+⟧|\d{4}|\d+-[\w-]+),?\s+){0,4}?",
}
_MACROS["<PS>"] = (
    r"(?:(?:(?:his|her|their) [a-z-]+,? )?<P>(?:(?:,\s+(?:and\s+)?|,?\s+and\s+)"
    r"(?:(?:his|her|their) [a-z-]+,? )?<P>)*)"
).replace("<P>", _MACROS["<P>"])

_CREDIT_VERBS = {
    "directed": Predicate.DIRECTED,
    "co-directed": Predicate.DIRECTED,
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
    "edited": Predicate.EDITED,
    "cut": Predicate.EDITED,
    "released": Predicate.DISTRIBUTED_BY,
    "distributed": Predicate.DISTRIBUTED_BY,
}
_VERB_ALT = "|".join(sorted((re.escape(v) for v in _CREDIT_VERBS), key=len, reverse=True))
_VERB_LIST = rf"(?:(?:{_VERB_ALT})(?:,\s+(?:and\s+)?|\s+and\s+)?)+"
_ACTING_VERB = (
    r"(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|voicing|"
    r"channell?ed|embodied|will play|will again play|again plays|also plays|also played)"
)


def _expand(pattern: str) -> re.Pattern[str]:
    for macro in ("<PS>", *[m for m in _MACROS if m != "<PS>"]):
        pattern = pattern.replace(macro, _MACROS[macro])
    pattern = pattern.replace("<VERBS>", _VERB_LIST)
    pattern = pattern.replace("<ACT>", _ACTING_VERB)
    return re.compile(pattern)


# --- resolving captured groups ---------------------------------------------------------------


def _people(d: Discourse, m: Masked, match: re.Match[str], group: str) -> list[Entity]:
    """Every person referred to inside a captured group, in order, without repeats."""
    text, base = match.group(group), match.start(group)
    if text is None:
        return []
    refs = re.finditer(_MACROS["<P>"], text)
    out: list[Entity] = []
    for ref in refs:
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
    films = _titles(m, match.groupdict().get(group))
    if films:
        return films[0]
    return None


def _character(m: Masked, match: re.Match[str]) -> Entity | None:
    text = match.groupdict().get("char")
    if not text:
        return None
    token = re.search(r"⟦[CNP]\d+⟧", text)
    if token:
        slot = m.slot(token.group())
        return Entity(slot.surface, EntityType.CHARACTER)
    plain = text.strip()
    return Entity(plain, EntityType.CHARACTER) if plain else None


def _film_in_sentence(d: Discourse, m: Masked, after: int | None = None) -> Entity | None:
    """A film named in the sentence (the first after ``after`` if given, else the last)."""
    films = [
        s for s in m.slots if s.kind == "F" and s.entity and s.entity.type != EntityType.FILM_SERIES
    ]
    if after is not None:
        later = [s for s in films if m.text.find(f"⟦F{m.slots.index(s)}⟧") >= after]
        if later:
            return later[0].entity
    return films[-1].entity if films else None


def _film_here_or_focus(
    d: Discourse, m: Masked, match: re.Match[str]
) -> tuple[Entity | None, float]:
    """The film a clause is about: named in the match, else in the sentence, else in focus."""
    film = _film(d, m, match)
    if film:
        return film, 0.0
    film = _film_in_sentence(d, m, after=match.end())
    if film:
        return film, 0.05
    film = _film_in_sentence(d, m)
    if film:
        return film, 0.05
    return d.focus_film(m.sentence.start), 0.15


# --- builders --------------------------------------------------------------------------------


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), match.end()


def build_credit(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``FILM, which he wrote, directed and edited`` / ``directed by A and B``: one fact per verb."""
    verbs = re.findall(_VERB_ALT, match.group("verbs"))
    people = _people(d, m, match, "subj") if match.groupdict().get("subj") else []
    orgs = _orgs(d, m, match)
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    for verb in dict.fromkeys(verbs):
        predicate = _CREDIT_VERBS[verb]
        if predicate == Predicate.DISTRIBUTED_BY:
            for org in orgs:
                yield Draft(film, predicate, org, rule, conf - penalty, _span(match))
            continue
        for person in people:
            yield Draft(person, predicate, film, rule, conf - penalty, _span(match))


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


def build_passive_credit(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``"X," directed by A and B, released by O``: persons and organisations after ``by``."""
    verbs = re.findall(_VERB_ALT, match.group("verbs"))
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    for verb in dict.fromkeys(verbs):
        predicate = _CREDIT_VERBS[verb]
        if predicate == Predicate.DISTRIBUTED_BY:
            for org in _orgs(d, m, match):
                yield Draft(film, predicate, org, rule, conf - penalty, _span(match))
        else:
            for person in _people(d, m, match, "subj"):
                yield Draft(person, predicate, film, rule, conf - penalty, _span(match))


def build_directed(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A person (or, when absent, the sentence subject) directed the captured film(s)."""
    people = _people(d, m, match, "subj") if match.groupdict().get("subj") else []
    if not people:
        subject = d.sentence_subject(m, before=m.offsets[match.start()] + 1)
        people = [subject] if subject else []
    films = _titles(m, match.group("obj"))
    if not films:
        film = _film_here_or_focus(d, m, match)[0]
        films = [film] if film else []
    for person in people:
        for film in films:
            if film.type == EntityType.FILM:
                yield Draft(person, Predicate.DIRECTED, film, rule, conf, _span(match))


def build_cast(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """Persons starred in a film (named, in the sentence, or in focus), with the character."""
    people = _people(d, m, match, "subj") if match.groupdict().get("subj") else []
    if not people:
        subject = d.sentence_subject(
            m, before=m.offsets[min(match.start(), len(m.offsets) - 1)] + 1
        )
        people = [subject] if subject else []
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    character = _character(m, match)
    if match.groupdict().get("titlerole"):
        character = Entity(film.name, EntityType.CHARACTER)
    for person in people:
        yield Draft(
            person, Predicate.STARRED_IN, film, rule, conf - penalty, _span(match), character
        )


def build_cast_pairs(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``led by A as X, with B as his father, Y, and C as Z``: every ``person as character``."""
    segment = match.group(0)
    base = match.start()
    film, penalty = _film_here_or_focus(d, m, match)
    if film is None:
        return
    pair = re.compile(
        rf"(?P<p>⟦P\d+⟧)(?:['’]s (?:[a-z-]+ ){{0,3}}(?:turn|performance|role))? as "
        rf"{_MACROS['<DESC>']}(?P<c>⟦[CN]\d+⟧)"
    )
    for hit in pair.finditer(segment):
        person = d.resolve_person_ref(m, hit.group("p"), base + hit.start("p"))
        if person is None:
            continue
        character = Entity(m.slot(hit.group("c")).surface, EntityType.CHARACTER)
        span = (base + hit.start(), base + hit.end())
        yield Draft(person, Predicate.STARRED_IN, film, rule, conf - penalty, span, character)


def build_sequel(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """``the 1995 sequel, "Y"`` / ``"Y," the follow-up to "X"``: Y is a sequel of X."""
    sequel = _film(d, m, match, "sfilm")
    if sequel is None or sequel.type != EntityType.FILM:
        return
    original = _film(d, m, match, "obj")
    if original is None:
        original = d.antecedent_film(sequel, m.offsets[match.start("sfilm")])
        conf -= 0.1
    if original and original != sequel and original.type == EntityType.FILM:
        yield Draft(sequel, Predicate.SEQUEL_OF, original, rule, conf, _span(match))


def build_film_link(predicate: Predicate) -> Callable[..., Iterator[Draft]]:
    """Film-to-film or film-to-series links (reboot, remake): ``sfilm`` relates to ``obj``."""

    def build(
        d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
    ) -> Iterator[Draft]:
        subject = _film(d, m, match, "sfilm")
        target = _titles(m, match.group("obj"))
        if not subject or not target:
            return
        obj = target[0]
        if match.group("obj").startswith("⟦N"):
            obj = Entity(obj.name if obj else "", EntityType.FILM_SERIES)
        elif obj.type == EntityType.FILM and match.groupdict().get("series"):
            obj = Entity(obj.name, EntityType.FILM_SERIES)
        if subject != obj:
            yield Draft(subject, predicate, obj, rule, conf, _span(match))

    return build


def build_distributor(
    d: Discourse, m: Masked, match: re.Match[str], rule: str, conf: float
) -> Iterator[Draft]:
    """A film released or distributed by an organisation."""
    film = _film(d, m, match, "sfilm") or _film_here_or_focus(d, m, match)[0]
    orgs = _orgs(d, m, match)
    if film is None:
        return
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
    show = _film(d, m, match) or next(
        (s.entity for s in m.slots if s.kind == "F" and s.entity), None
    )
    if show is None:
        return
    show = Entity(show.name, EntityType.TV_SERIES)
    for person in people:
        if person:
            yield Draft(person, Predicate.SHOWRUNNER_OF, show, rule, conf, _span(match))


# --- the rules -------------------------------------------------------------------------------

_RULE_TABLE: list[tuple[str, str, Callable[..., Iterator[Draft]], float]] = [
    # credits
    (
        "credit-relative",
        r"(?P<obj><F>)\s*(?:which|that) (?P<subj><P>) (?:also |later |then |once |had )?(?P<verbs><VERBS>)(?=\s*(?:[.,;—]|$|in\b|when\b|with\b|before\b|after\b|for\b))",
        build_credit,
        0.9,
    ),
    (
        "credit-relative-series",
        r"(?P<obj>⟦F\d+⟧) (?:films|movies|series|franchise|trilogy|pictures),? (?:which|that) (?P<subj><P>) (?:also |later |then |once |had )?(?P<verbs><VERBS>)(?=\s*(?:[.,;—]|$|in\b|when\b|with\b|before\b|after\b|for\b))",
        build_credit,
        0.8,
    ),
    (
        "credit-passive",
        r"(?P<obj><F>)?<GAP>\b(?P<verbs><VERBS>) by (?P<subj>(?:<PS>|<O>)(?:,? and (?:<O>|<PS>))?)",
        build_passive_credit,
        0.9,
    ),
    (
        "credit-passive-initial",
        r"^(?P<verbs><VERBS>) by (?P<subj><PS>)",
        build_passive_credit,
        0.85,
    ),
    (
        "credit-active",
        r"(?P<subj><PS>),? (?:(?:[a-z]+|⟦N\d+⟧['’]s [a-z]+ [a-z]+),? )?(?:also |later |then |has |had |co-)?(?P<verbs>(?:wrote|produced|edited|shot|co-wrote|co-produced|penned|scripted))(?: and (?:wrote|produced|edited|shot|directed))? (?P<obj><F>|the (?:new |latest |original )?(?:film|movie))",
        build_credit,
        0.85,
    ),
    # direction
    (
        "directed-active",
        r"(?:(?P<subj><P>) (?:[a-z]+ ){0,2}?)?(?:co-)?directed (?P<obj><F>(?:(?:,\s+(?:and\s+)?|\s+and\s+)<F>)*)",
        build_directed,
        0.85,
    ),
    (
        "directed-debut",
        r"(?P<subj><P>) made (?:his|her|their) (?:feature |directing |directorial |feature-directing )?debut (?:with|on) (?P<obj><F>)",
        build_directed,
        0.85,
    ),
    (
        "directed-set-to",
        r"(?:set|tapped|hired|chosen|signed) (?P<subj><P>) to direct (?P<obj><F>)",
        build_directed,
        0.8,
    ),
    (
        "directed-credits",
        r"(?P<subj><P>), whose (?:[a-z]+ )?(?:directing|directorial) credits include (?P<obj><F>(?:(?:,\s+(?:and\s+)?|\s+and\s+)<F>)*)",
        build_directed,
        0.85,
    ),
    (
        "directed-possessive",
        r"(?P<subj>⟦P\d+⟧)['’]s (?:(?:\d{4}|[a-z][\w-]*|⟦N\d+⟧),? ){0,4}?(?P<obj>⟦F\d+⟧)",
        build_directed,
        0.75,
    ),
    (
        "directed-possessive-apposition",
        r"(?P<obj><F>)\s*(?:\(\d{4}\),? )?(?P<subj>⟦P\d+⟧)['’]s <ADJ>(?:film|movie|fable|drama|thriller|comedy|epic|classic|debut|documentary|biopic|feature|masterpiece|tale)\b",
        build_directed,
        0.75,
    ),
    (
        "directed-his-noun",
        r"\b(?P<subj>[Hh]is|[Hh]er) <ADJ>(?:sensation|film|movie|feature|debut|biopic|thriller|drama|comedy|epic|documentary|fable),? (?P<obj><F>)",
        build_directed,
        0.7,
    ),
    (
        "directed-noun-his",
        r"(?P<obj><F>)\s*(?:his|her) <ADJ>(?:biopic|film|movie|feature|debut|thriller|drama|comedy|epic|documentary|fable)\b",
        build_directed,
        0.7,
    ),
    (
        "directed-most-recent",
        r"(?P<subj><P>)['’]s (?:most recent|latest|new|next|newest|upcoming|last) (?:film|movie|feature|project) (?:is|was|will be)\b(?:[^⟦]|⟦[FNO]\d+⟧)*?(?P<obj>⟦F\d+⟧)[.,!]?\s*$",
        build_directed,
        0.8,
    ),
    (
        "directed-behind",
        r"(?P<subj>⟦P\d+⟧), the (?:[a-z-]+ )?(?:filmmaker|director|auteur) (?:behind|of) (?P<obj><F>)",
        build_directed,
        0.85,
    ),
    (
        "directed-from-director",
        r"(?P<obj><F>)\s*(?:[a-z-]+ ){0,4}from (?:writer-)?(?:director|filmmaker) (?P<subj>⟦P\d+⟧)",
        build_directed,
        0.85,
    ),
    (
        "directed-director-possessive",
        r"\b(?:director|filmmaker) (?P<subj>⟦P\d+⟧)['’]s (?:[a-z-]+ ){0,3}(?P<obj><F>)",
        build_directed,
        0.85,
    ),
    # cast
    (
        "starring-initial",
        r"^[Ss]tarring (?P<subj><PS>)(?P<titlerole> in the title role)?(?: as <DESC>(?P<char><C>))?,",
        build_cast,
        0.85,
    ),
    (
        "starring",
        r"(?P<obj><F>)?<GAP>\b(?:starring|co-starring|which (?:also )?starred|that (?:also )?starred|and (?:also )?starred|stars|led by) (?P<subj><PS>)",
        build_cast,
        0.85,
    ),
    (
        "starred-in",
        r"(?P<subj><PS>) (?:also |later |had |has )?(?:starred|appeared|co-starred|stars|appears|featured) (?:opposite ⟦P\d+⟧ )?in (?P<obj><F>)",
        build_cast,
        0.85,
    ),
    (
        "acted-as",
        r"(?P<subj><P>)(?:, who)? (?:[a-z]+ ){0,2}?<ACT> <DESC>(?P<char><C>)(?:<GAP> in (?:the [a-z]+ version of )?(?P<obj><F>))?",
        build_cast,
        0.85,
    ),
    (
        "acted-lowercase",
        r"(?P<subj><P>) <ACT> (?P<char>the [a-z]+)(?=[.;]|,? and\b|$)",
        build_cast,
        0.7,
    ),
    (
        "cast-as",
        r"(?P<subj><P>) (?:was|is|has been|had been|were|got) cast as <DESC>(?P<char><C>)(?:<GAP> in (?P<obj><F>))?",
        build_cast,
        0.85,
    ),
    (
        "cast-title-role",
        r"cast (?P<subj><P>) (?:as the lead |in the (?P<titlerole>title) role )(?:of|in) (?P<obj><F>)",
        build_cast,
        0.8,
    ),
    (
        "cast-pairs",
        r"(?:⟦P\d+⟧(?:['’]s (?:[a-z-]+ ){0,3}(?:turn|performance|role))? as <DESC>⟦[CN]\d+⟧)(?:[^;]*?⟦P\d+⟧ as <DESC>⟦[CN]\d+⟧)*",
        build_cast_pairs,
        0.8,
    ),
    (
        "cast-as-after",
        r"(?P<subj>⟦P\d+⟧)(?:, who [^,]*,)? (?:[a-z0-9]+ ){1,4}?as <DESC>(?P<char><C>)(?:<GAP> in (?P<obj><F>))?",
        build_cast,
        0.75,
    ),
    (
        "returned-for",
        r"(?P<subj><PS>) (?:also )?(?:returned|returns|came back) (?:for|in|to) (?:the [a-z]+ (?:film|movie|installment|entry|chapter)(?: in the (?:series|franchise|trilogy))?,? )?(?:\d{4}['’]s )?(?P<obj><F>)",
        build_cast,
        0.8,
    ),
    (
        "returned-as",
        r"(?P<subj><P>) (?:also )?(?:returned|returns|came back|reprised (?:his|her) role) as <DESC>(?P<char><C>) in (?P<obj><F>)",
        build_cast,
        0.85,
    ),
    (
        "mantle",
        r"(?P<subj><P>) (?:[a-z]+ ){0,2}?(?:took up the mantle of|took on the role of|stepped into the role of|took over the role of|inherited the role of|assumed the role of) (?P<char><C>) in <DESC>(?:\d{4} )?(?:[a-z-]+,? )?(?P<obj><F>)",
        build_cast,
        0.85,
    ),
    ("took-over", r"(?P<subj><P>) took over <DESC>in (?P<obj><F>)", build_cast, 0.75),
    (
        "succeeded-as",
        r"(?P<subj><P>) (?:succeeded|replaced) ⟦P\d+⟧ as <DESC>(?P<char><C>) in (?:⟦P\d+⟧['’]s )?(?P<obj><F>)",
        build_cast,
        0.85,
    ),
    (
        "possessive-character",
        r"(?P<subj>⟦P\d+⟧)['’]s (?P<char>⟦[CPN]\d+⟧) in (?:⟦P\d+⟧['’]s )?(?P<obj><F>)",
        build_cast,
        0.75,
    ),
    (
        "own-character",
        r"(?P<subj>⟦P\d+⟧)(?:, who)?(?:(?!⟦P)[^;])*?\b(?:his|her|their) character\b",
        build_cast,
        0.65,
    ),
    (
        "turn-as",
        r"(?P<subj>⟦P\d+⟧)['’]s (?:[a-z-]+ ){0,3}(?:turn|performance|portrayal) as <DESC>(?P<char><C>)",
        build_cast,
        0.8,
    ),
    # sequels
    (
        "sequel-apposition",
        r"\b(?:the|a|its|his|her) (?:\d{4} )?(?:[a-z-]+ ){0,2}?(?:sequel|follow-up),?\s*(?P<sfilm><F>)",
        build_sequel,
        0.85,
    ),
    (
        "sequel-was",
        r"\b[Tt]he (?:sequel|follow-up) (?:was|is|came in|arrived in),?\s*(?P<sfilm><F>)",
        build_sequel,
        0.85,
    ),
    (
        "sequel-to",
        r"(?P<sfilm><F>)\s*<GAP>(?:the|a) (?:direct )?(?:sequel|follow-up) to (?:⟦P\d+⟧['’]s )?(?P<obj><F>)",
        build_sequel,
        0.9,
    ),
    (
        "sequel-ordinal",
        r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|next) (?:film|installment|instalment|chapter|entry|movie|part|outing)(?: in the (?:series|franchise|saga|trilogy))?,?\s*(?:\d{4}['’]s )?(?P<sfilm><F>)",
        build_sequel,
        0.8,
    ),
    # reboots, remakes
    (
        "reboot-of",
        r"(?P<sfilm><F>)\s*<GAP>(?:rebooted|a reboot of|reboots|relaunched) (?:the )?(?P<obj>⟦[FN]\d+⟧)(?P<series> (?:movie |film )?(?:series|franchise))?",
        build_film_link(Predicate.REBOOT_OF),
        0.85,
    ),
    (
        "reboot-noun",
        r"(?P<obj>⟦F\d+⟧) reboot,? (?:the )?<ADJ>(?:⟦[NO]\d+⟧ )?(?:movie |film )?(?P<sfilm><F>)",
        build_film_link(Predicate.REBOOT_OF),
        0.8,
    ),
    (
        "remake-of",
        r"(?P<sfilm><F>)\s*<GAP>(?:a|the) remake of (?:⟦P\d+⟧['’]s )?(?P<obj>⟦F\d+⟧)",
        build_film_link(Predicate.REMAKE_OF),
        0.85,
    ),
    (
        "remake-noun",
        r"(?P<obj>⟦F\d+⟧) remake,? (?:the )?<ADJ>(?P<sfilm><F>)",
        build_film_link(Predicate.REMAKE_OF),
        0.8,
    ),
    # distribution
    (
        "distributor-original",
        r"\b(?:an? |the )(?:original )?(?P<org>⟦[NO]\d+⟧) (?:original )?(?:movie|film|release|feature|documentary),? (?P<sfilm><F>)",
        build_distributor,
        0.8,
    ),
    (
        "distributor-which-releases",
        r"(?P<sfilm><F>)\s*which (?P<org><O>) (?:releases|released|will release|distributes|distributed)",
        build_distributor,
        0.85,
    ),
    (
        "distributor-releases",
        r"(?P<org>⟦O\d+⟧) (?:releases|released|will release|distributes|distributed|acquired) (?P<sfilm><F>)",
        build_distributor,
        0.85,
    ),
    (
        "distributor-passive",
        r"(?P<sfilm><F>)?<GAP>\b(?:was |is |were )?(?:released|distributed) by (?P<org><O>)",
        build_distributor,
        0.85,
    ),
    # showrunners
    (
        "showrunner-on",
        r"(?P<subj><P>)?<GAP>(?:served|serves|serve|worked) as (?:the )?(?:co-)?showrunner (?:on|of|for) (?P<obj><F>)",
        build_showrunner,
        0.85,
    ),
    (
        "showrunner-its",
        r"(?P<pair>the two|both) (?:served|serve|have served) as (?:its|the show's|the series') (?:co-)?showrunners",
        build_showrunner,
        0.8,
    ),
]

RULES: list[Rule] = [
    Rule(name, _expand(pattern), builder, confidence)
    for name, pattern, builder, confidence in _RULE_TABLE
]


# --- negation and hedges ---------------------------------------------------------------------


def _cue_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)


_NEGATION = _cue_pattern(cues()["negation_cues"] - {"n't"})
_NOT_CONTRACTED = re.compile(r"\w+n['’]t\b", re.IGNORECASE)
_HEDGE = _cue_pattern(cues()["hedge_cues"])


def is_vetoed(masked: Masked, start: int, end: int) -> bool:
    """Whether negation or a hedge governs the matched clause ``masked.text[start:end]``.

    The matched words must not hold a negation (``did not return``); the clause leading up
    to them (from the last clause break) must not hold a hedge (``reportedly``, ``in talks``).
    """
    matched = re.sub(r"—[^—]*—", "", masked.text[start:end])  # asides do not govern
    if _NEGATION.search(matched) or _NOT_CONTRACTED.search(matched):
        return True
    clause_start = max(masked.text.rfind(sep, 0, start) for sep in (";", ". ", "—"))
    lead = masked.text[max(clause_start, 0) : end]
    return bool(_HEDGE.search(lead))


def apply_rules(discourse: Discourse, masked: Masked) -> list[Draft]:
    """Every draft fact the rules find in one masked sentence (before deduplication)."""
    drafts: list[Draft] = []
    for rule in RULES:
        for match in rule.pattern.finditer(masked.text):
            if is_vetoed(masked, match.start(), match.end()):
                continue
            drafts.extend(rule.build(discourse, masked, match, rule.name, rule.confidence))
    for draft in drafts:
        if draft.predicate == Predicate.DIRECTED:
            discourse.note_role(draft.subject, "director")
        elif draft.predicate == Predicate.STARRED_IN:
            discourse.note_role(draft.subject, "actor")
    return drafts
