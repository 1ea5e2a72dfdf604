"""Minting IRIs: stable, readable identifiers made from canonical names.

Every IRI film-kg writes comes from here, so rebuilding the graph from the same articles gives
the same IRIs:

- entities: ``ID + "{kind}/{slug(name)}"``, e.g. ``.../id/person/mara-jimenez``;
- performances: ``ID + "performance/{person}--{work}--{character}"`` (slugs);
- articles: ``ART + slug(file name)``, also the name of the article's graph;
- quotes and assertions: ``ART + "{article}/quote/{hash}"`` and ``ART + "{article}/fact/{hash}"``,
  with the first 16 hex digits of a SHA-1 of the parts that identify them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.types import Entity, EntityType
from kg.vocab import ART, ID

__all__ = [
    "ENTITY_KINDS",
    "article_iri",
    "assertion_iri",
    "entity_iri",
    "performance_iri",
    "quote_iri",
    "slugify",
]

ENTITY_KINDS: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.FILM: "film",
    EntityType.FILM_SERIES: "film-series",
    EntityType.TV_SERIES: "tv-series",
    EntityType.CHARACTER: "character",
    EntityType.ORGANIZATION: "organization",
}
"""The IRI path segment of each entity type."""

_NON_ALNUM = re.compile(r"[\W_]+")
_HASH_DIGITS = 16


def slugify(text: str) -> str:
    """Lower-case ``text``, drop diacritics, and join its runs of letters and digits with ``-``.

    Letters and digits of any script are kept (IRIs allow them); the result may be empty.

    >>> slugify("Mara Jiménez")
    'mara-jimenez'
    >>> slugify("  The Salt & Ash Trilogy (Part II)  ")
    'the-salt-ash-trilogy-part-ii'
    >>> slugify("quiet-harbour_review.txt")
    'quiet-harbour-review-txt'
    >>> slugify("Ōtomo’s ﬁnal cut")
    'otomo-s-final-cut'
    >>> slugify("?!")
    ''
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub("-", bare.lower()).strip("-")


def _digest(*parts: object) -> str:
    """The first 16 hex digits of the SHA-1 of ``parts`` joined with ``|``."""
    joined = "|".join(str(part) for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:_HASH_DIGITS]


def _name_slug(name: str) -> str:
    """``slugify(name)``, or ``_`` + a hash of the name when it has no letters or digits."""
    return slugify(name) or f"_{_digest(name)}"


def entity_iri(entity: Entity) -> URIRef:
    """The IRI of an entity, from its type, canonical name and qualifier (not its year).

    The year stays out so that a film keeps one IRI whether or not an article gives its year;
    a ``qualifier`` (set only when two films share a title) keeps same-named things apart.

    >>> entity_iri(Entity("Mara Jiménez", EntityType.PERSON))
    rdflib.term.URIRef('https://w3id.org/film-kg/id/person/mara-jimenez')
    >>> entity_iri(Entity("Quiet Harbour", EntityType.FILM, year=2011))
    rdflib.term.URIRef('https://w3id.org/film-kg/id/film/quiet-harbour')
    >>> entity_iri(Entity("The Salt Years", EntityType.TV_SERIES))
    rdflib.term.URIRef('https://w3id.org/film-kg/id/tv-series/the-salt-years')
    >>> entity_iri(Entity("Quiet Harbour", EntityType.FILM, year=1975, qualifier="1975"))
    rdflib.term.URIRef('https://w3id.org/film-kg/id/film/quiet-harbour-1975')
    """
    return ID[f"{ENTITY_KINDS[entity.type]}/{_slug_of(entity)}"]


def article_iri(article_name: str) -> URIRef:
    """The IRI of an article, from its file name with the extension.

    >>> article_iri("quiet-harbour-review.txt")
    rdflib.term.URIRef('https://w3id.org/film-kg/article/quiet-harbour-review-txt')
    """
    return ART[_name_slug(article_name)]


def performance_iri(performer: Entity, work: Entity, character: Entity) -> URIRef:
    """The IRI of a cast record: who played whom in what.

    The character is part of the IRI, so one actor playing two roles in one film gives two
    records, each with one character.

    >>> performance_iri(
    ...     Entity("Mara Jiménez", EntityType.PERSON),
    ...     Entity("Quiet Harbour", EntityType.FILM),
    ...     Entity("Inspector Vey", EntityType.CHARACTER),
    ... )
    rdflib.term.URIRef('https://w3id.org/film-kg/id/performance/mara-jimenez--quiet-harbour--inspector-vey')
    """
    parts = (_slug_of(performer), _slug_of(work), _slug_of(character))
    return ID["performance/" + "--".join(parts)]


def _slug_of(entity: Entity) -> str:
    """The name slug of an entity, with its qualifier when it has one (``heat-1995``)."""
    slug = _name_slug(entity.name)
    return f"{slug}-{slugify(entity.qualifier)}" if entity.qualifier else slug


def quote_iri(article_name: str, speaker: URIRef, text: str) -> URIRef:
    """The IRI of a quote: its article, then a hash of the speaker's IRI and the words."""
    return ART[f"{_name_slug(article_name)}/quote/{_digest(speaker, text)}"]


def assertion_iri(
    article_name: str,
    triple: tuple[URIRef, URIRef, URIRef],
    span: tuple[int, int],
    rule: str,
    character: URIRef | None = None,
) -> URIRef:
    """The IRI of a fact's provenance record.

    A hash of the fact's triple, its character span, the rule that found it and (on
    ``starredIn``) the character: two rules that find the same fact in the same words give two
    assertions, each with one rule and one confidence.
    """
    subject, predicate, obj = triple
    start, end = span
    digest = _digest(subject, predicate, obj, start, end, rule, character or "")
    return ART[f"{_name_slug(article_name)}/fact/{digest}"]
