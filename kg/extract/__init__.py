"""The extractor: an article's text -> facts with evidence. Pure Python, rule-based.

The steps, one module each: sentences (:func:`kg.text.split_sentences`), mentions
(:mod:`~kg.extract.mentions`), coreference (:mod:`~kg.extract.coref`), relations
(:mod:`~kg.extract.relations`) and quotes (:mod:`~kg.extract.quotes`). This package never
imports rdflib: facts become RDF in :mod:`kg.rdf`.

>>> from kg.types import Article
>>> facts = extract(Article("x.txt", '"Night Tide" (1961), directed by Ana Ruiz, opened.'))
>>> [(f.subject.name, f.predicate.value, f.object_text) for f in facts]
[('Ana Ruiz', 'directed', 'Night Tide')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from kg.extract.coref import Discourse, Masked, continues_title
from kg.extract.headline import headline_facts
from kg.extract.mentions import QuotedSpan
from kg.extract.numbering import numbered_predecessor, sequel_number
from kg.extract.quotes import attribute_quotes, labelled_answers
from kg.extract.relations import Draft, apply_rules, hedged, pending_credits
from kg.text import split_sentences
from kg.types import Article, Entity, EntityType, Fact, Predicate

__all__ = ["extract"]

_PERSON_SUBJECT = frozenset(
    {
        Predicate.DIRECTED,
        Predicate.STARRED_IN,
        Predicate.SAID,
        Predicate.WROTE,
        Predicate.PRODUCED,
        Predicate.EDITED,
        Predicate.SHOT,
        Predicate.SHOWRUNNER_OF,
    }
)
_NOT_A_SEQUEL = re.compile(r"\b(?:prequel|spin-?off|reboot|remake)s?\b", re.IGNORECASE)
_DENIED_BEFORE = re.compile(r"\b(?:[Nn]o|never an?)\s+$")
_WORKS = frozenset({EntityType.FILM, EntityType.FILM_SERIES, EntityType.TV_SERIES})


def extract(article: Article) -> list[Fact]:
    """All facts of one article, each with its evidence, rule and confidence, in text order."""
    sentences = split_sentences(article.text)
    if not sentences:
        return []
    discourse = Discourse(article, sentences)
    facts: list[Fact] = []
    for sentence in discourse.body:
        masked = discourse.mask(sentence)
        discourse.note_roles(masked)
        discourse.note_genders(masked)
        discourse.note_definite_reference(masked)
        drafts = apply_rules(discourse, masked)
        facts.extend(_to_fact(article, masked, d) for d in drafts if _well_typed(d))
        discourse.note_sentence(masked)
    crew = {f.subject for f in facts if f.predicate in (Predicate.SHOT, Predicate.EDITED)}
    facts.extend(_to_fact(article, masked, d) for masked, d in pending_credits(discourse, crew))
    facts.extend(_said_facts(article, discourse))
    facts.extend(headline_facts(article, discourse))
    facts.extend(_numbered_sequels(article, discourse))
    facts.extend(_same_title_remakes(article, discourse))
    facts.extend(_ordinal_sequels(article, discourse, facts))
    facts.extend(_expand_series(facts))
    facts = _prefer_explicit_directors(facts)
    return sorted(_deduplicate(facts), key=lambda f: (f.start, f.predicate.value, f.object_text))


def _well_typed(draft: Draft) -> bool:
    """Drop drafts whose subject or object cannot hold the predicate (a film that directed)."""
    if draft.predicate in _PERSON_SUBJECT:
        return draft.subject.type == EntityType.PERSON and draft.object.type in _WORKS
    if draft.predicate == Predicate.DISTRIBUTED_BY:
        return draft.subject.type in _WORKS and draft.object.type == EntityType.ORGANIZATION
    return draft.subject.type in _WORKS and draft.object.type in _WORKS


def _to_fact(article: Article, masked: Masked, draft: Draft) -> Fact:
    start, end = masked.source_span(*draft.span)
    sentence = masked.sentence
    start, end = max(start, sentence.start), min(end, sentence.end)
    return Fact(
        subject=draft.subject,
        predicate=draft.predicate,
        object=draft.object,
        source=article.name,
        sentence=sentence.index,
        start=start,
        end=end,
        evidence=sentence.text,
        rule=draft.rule,
        confidence=round(draft.confidence, 2),
        character=draft.character,
    )


def _said_facts(article: Article, discourse: Discourse) -> Iterable[Fact]:
    for attribution in chain(attribute_quotes(discourse), labelled_answers(discourse)):
        quote = attribution.quote
        first = discourse.sentence_at(quote.start)
        last = discourse.sentence_at(max(quote.start, quote.end - 1))
        yield Fact(
            subject=attribution.speaker,
            predicate=Predicate.SAID,
            object=attribution.content,
            source=article.name,
            sentence=first.index,
            start=quote.start,
            end=quote.end,
            evidence=article.text[first.start : max(last.end, quote.end)],
            rule=attribution.rule,
            confidence=attribution.confidence,
        )


def _same_title_remakes(article: Article, discourse: Discourse) -> Iterable[Fact]:
    """``The new "Bloodroot"`` remakes ``the 1986 film "Bloodroot"``: one title, two films."""
    for remake, (original, offset) in discourse.same_title_remakes.items():
        sentence = discourse.sentence_at(offset)
        yield Fact(
            remake,
            Predicate.REMAKE_OF,
            original,
            article.name,
            sentence.index,
            offset,
            offset + len(remake.name),
            sentence.text,
            "same-title-remake",
            0.8,
        )


def _numbered_sequels(article: Article, discourse: Discourse) -> Iterable[Fact]:
    """``"Lockdown 3"`` follows ``"Lockdown 2"`` when both are named: the numbers say so."""
    mentions = _title_mentions(discourse)
    films = [f for f in mentions if f.type == EntityType.FILM]
    names = list(dict.fromkeys(f.name for f in films))
    for film in films:
        before = numbered_predecessor(film.name, names)
        if before is None or all(
            hedged(discourse.sentence_at(q.start).text)
            or _DENIED_BEFORE.search(article.text, max(0, q.start - 12), q.start)
            for q in mentions[film]
        ):
            # a rumoured "F3" (named only "in talks for F3") may never be made, nor a denied
            # one ("There will be no F2")
            continue
        original = _released_before(film, [f for f in films if f.name == before])
        quote = mentions[film][0]
        sentence = discourse.sentence_at(quote.start)
        if _NOT_A_SEQUEL.search(sentence.text):
            continue  # "fans call it "Fen 5," but it is a prequel": the number misleads
        yield Fact(
            film,
            Predicate.SEQUEL_OF,
            original,
            article.name,
            sentence.index,
            quote.start,
            quote.end,
            sentence.text,
            "numbered-title",
            0.8,
        )


def _ordinal_sequels(article: Article, discourse: Discourse, facts: list[Fact]) -> Iterable[Fact]:
    """``"F3," the third installment``: with "F2" read as the sequel of "F", F3 follows F2.

    The franchise is the film whose title F3's continues ("F3: Subtitle" or "F 3"); its sequel
    chain, read from the facts so far, must hold exactly the films before F3's place.
    """
    originals = {
        f.subject: f.object
        for f in facts
        if f.predicate == Predicate.SEQUEL_OF and isinstance(f.object, Entity)
    }
    if not originals:
        return
    entries = discourse.ordinal_entries() + _numbered_entries(discourse)
    places: dict[Entity, set[int]] = {}
    for film, place, _ in entries:
        places.setdefault(film, set()).add(place)
    for film, place, offset in entries:
        if film in originals or film.type != EntityType.FILM or len(places[film]) > 1:
            continue
        sentence = discourse.sentence_at(offset)
        near = article.text[max(sentence.start, offset - 60) : min(sentence.end, offset + 80)]
        if hedged(near):
            continue  # "a third film is reportedly in the works" (not "all we could find")
        before = _chain_before(film, place, originals)
        if before is None:
            continue
        yield Fact(
            film,
            Predicate.SEQUEL_OF,
            before,
            article.name,
            sentence.index,
            offset,
            offset + len(film.name) if article.text.startswith(film.name, offset) else offset,
            sentence.text,
            "ordinal-entry",
            0.75,
        )


def _title_mentions(discourse: Discourse) -> dict[Entity, list[QuotedSpan]]:
    """Each work the body names by a title, with its title mentions in text order."""
    mentions: dict[Entity, list[QuotedSpan]] = {}
    for quote in discourse.quotes:
        if quote.kind == "title" and not discourse.is_in_headline(quote.start):
            mentions.setdefault(discourse.title_entity(quote), []).append(quote)
    return mentions


def _numbered_entries(discourse: Discourse) -> list[tuple[Entity, int, int]]:
    """(film, number, offset) for titles that carry their number ("Fen 3"), first mention."""
    return [
        (film, number, quotes[0].start)
        for film, quotes in _title_mentions(discourse).items()
        if (number := sequel_number(film.name)[1]) > 1
    ]


def _chain_before(film: Entity, place: int, originals: dict[Entity, Entity]) -> Entity | None:
    """The film at ``place - 1`` of the chain whose first title ``film``'s title continues."""
    sequels: dict[Entity, list[Entity]] = {}
    for sequel, original in originals.items():
        sequels.setdefault(original, []).append(sequel)
    roots = [f for f in sequels if f not in originals and continues_title(film.name, f.name)]
    if len(roots) != 1:
        return None
    chain = [roots[0]]
    while len(chain) < place - 1 and len(sequels.get(chain[-1], [])) == 1:
        chain.append(sequels[chain[-1]][0])
    if len(chain) != place - 1 or film in chain or sequels.get(chain[-1]):
        return None  # the chain is shorter, branches, or already goes on past F3's place
    return chain[-1]


def _released_before(sequel: Entity, namesakes: list[Entity]) -> Entity:
    """Of films sharing one title, the one a numbered sequel follows: the latest before it.

    "Fen (1990)", "Fen II (1993)" and the remake "Fen (2024)": Fen II follows the 1990 film;
    an undated "Fen II" follows the "Fen" the article is about, not "Fen (2024)".
    """
    earlier = [f for f in namesakes if f.year and sequel.year and f.year < sequel.year]
    if earlier:
        return max(earlier, key=lambda f: f.year or 0)
    # an undated sequel follows the article's own film, not a namesake set apart by its year
    return min(namesakes, key=lambda f: (f.qualifier is not None, f.year or 9999))


def _expand_series(facts: list[Fact]) -> Iterable[Fact]:
    """``the "X" films, which he made``: the credit holds for every film of X's sequel chain."""
    chains: dict[str, set[Entity]] = {}
    for fact in facts:
        if fact.predicate == Predicate.SEQUEL_OF and isinstance(fact.object, Entity):
            group = chains.get(fact.subject.name, {fact.subject}) | chains.get(
                fact.object.name, {fact.object}
            )
            for member in group:
                chains[member.name] = group
    for fact in facts:
        target = fact.object
        if not isinstance(target, Entity) or target.type != EntityType.FILM_SERIES:
            continue
        if fact.predicate not in {Predicate.DIRECTED, Predicate.WROTE, Predicate.PRODUCED}:
            continue
        for film in chains.get(target.name, set()):
            yield Fact(
                fact.subject,
                fact.predicate,
                film,
                fact.source,
                fact.sentence,
                fact.start,
                fact.end,
                fact.evidence,
                "series-expansion",
                round(fact.confidence - 0.1, 2),
            )


_INFERRED_DIRECTION = (
    "directed-possessive",
    "directed-his-noun",
    "directed-noun-his",
    "directed-whose",
    "later-role:",  # a credit read once the article said the person directs
    # a headline is terse: "'F' Remake ... With X Directing" may name the original's title
    "headline-credit",
)


def _prefer_explicit_directors(facts: list[Fact]) -> list[Fact]:
    """A possessive guess (``X's new film``) yields to a director the text names outright."""
    explicit = {
        (f.object, f.subject)
        for f in facts
        if f.predicate == Predicate.DIRECTED and not f.rule.startswith(_INFERRED_DIRECTION)
    }
    films_with_director = {film for film, _ in explicit}
    return [
        f
        for f in facts
        if not (
            f.predicate == Predicate.DIRECTED
            and f.rule.startswith(_INFERRED_DIRECTION)
            and f.object in films_with_director
            and (f.object, f.subject) not in explicit
        )
    ]


def _deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, predicate, object): the most confident, with a character if any."""
    best: dict[tuple[object, ...], Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object)
        if isinstance(fact.object, Entity) is False:
            key = (fact.subject, fact.predicate, fact.object_text)
        current = best.get(key)
        if current is None or _better(fact, current):
            best[key] = fact
    return list(best.values())


def _better(new: Fact, old: Fact) -> bool:
    """Whether ``new`` says more than ``old``: a character, then its full name, then confidence."""
    if (new.character is None) != (old.character is None):
        return new.character is not None
    if new.character and old.character and new.character.name != old.character.name:
        new_words, old_words = new.character.name.split(), old.character.name.split()
        if set(old_words) < set(new_words):
            return True  # "Ambrose Kell" over a later "Kell"
        if set(new_words) < set(old_words):
            return False
    return new.confidence > old.confidence
