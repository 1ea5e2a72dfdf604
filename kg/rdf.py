"""Facts to RDF: one named graph per article (the only place facts become triples).

For each fact :func:`article_graph` writes the entities (typed, labelled), the direct triple
(``<s> kg:starredIn <o>``), the quote node of a ``said`` fact, the cast record of a ``starredIn``
fact that names the character, and an assertion node holding the fact's provenance. The graph
has no blank nodes and every IRI is minted from names (:mod:`kg.entities`), so the same article
and facts always give the same graph, whatever the order of the facts.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from kg.entities import article_iri, assertion_iri, entity_iri, performance_iri, quote_iri
from kg.types import Article, Entity, EntityType, Fact, Predicate, Quote
from kg.vocab import (
    DCTERMS,
    KG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    XSD,
    bind_prefixes,
    class_iri,
    predicate_iri,
)

__all__ = ["Triple", "article_graph", "article_triples", "entity_triples", "fact_triples"]

Triple = tuple[URIRef, URIRef, URIRef | Literal]

WORK_TYPES = frozenset({EntityType.FILM, EntityType.FILM_SERIES, EntityType.TV_SERIES})


def article_graph(article: Article, facts: Sequence[Fact]) -> Graph:
    """The named graph of one article: the article node and every fact, with provenance.

    The graph's identifier is the article IRI. Prefixes of :data:`kg.vocab.PREFIXES` are bound.

    >>> mara = Entity("Mara Jiménez", EntityType.PERSON)
    >>> film = Entity("Quiet Harbour", EntityType.FILM, year=2011)
    >>> evidence = "Mara Jiménez directed Quiet Harbour."
    >>> facts = [Fact(mara, Predicate.DIRECTED, film, "a.txt", 0, 0, 35, evidence, "by", 0.9)]
    >>> graph = article_graph(Article("a.txt", evidence), facts)
    >>> graph.identifier
    rdflib.term.URIRef('https://w3id.org/film-kg/article/a-txt')
    >>> (entity_iri(mara), KG.directed, entity_iri(film)) in graph
    True
    >>> len(graph)  # article 3, entities 2 + 3, fact 1, assertion 11
    20

    Raises:
        ValueError: when a fact does not come from ``article`` or is malformed (see
            :func:`fact_triples`).
    """
    graph = bind_prefixes(Graph(identifier=article_iri(article.name)))
    for triple in article_triples(article):
        graph.add(triple)
    for fact in facts:
        for triple in fact_triples(article, fact):
            graph.add(triple)
    return graph


def article_triples(article: Article) -> Iterator[Triple]:
    """The article node: type, label (headline, else file name), file name, title and date."""
    node = article_iri(article.name)
    yield node, RDF.type, KG.Article
    yield node, RDFS.label, Literal(article.title or article.name)
    yield node, KG.fileName, Literal(article.name)
    if article.title:
        yield node, DCTERMS.title, Literal(article.title)
    if article.date:
        yield node, SCHEMA.datePublished, _date_literal(article.date)


def entity_triples(entity: Entity) -> Iterator[Triple]:
    """An entity's class and label, and the release year of a work when known (``xsd:gYear``).

    A year on a person, character or organisation has no meaning in the ontology and is left out.
    """
    node = entity_iri(entity)
    yield node, RDF.type, class_iri(entity.type)
    yield node, RDFS.label, Literal(entity.name)
    if entity.year is not None and entity.type in WORK_TYPES:
        yield node, KG.year, Literal(f"{entity.year:04d}", datatype=XSD.gYear)


def fact_triples(article: Article, fact: Fact) -> Iterator[Triple]:
    """All the triples of one fact: entities, direct triple, quote or cast record, provenance.

    Raises:
        ValueError: when the fact's source is not the article, ``said`` has no quote (or another
            predicate has one), a character is given on anything but ``starred_in``, the
            offsets are negative or reversed, or the confidence is not a number in [0, 1].
    """
    _check_fact(article, fact)
    subject = entity_iri(fact.subject)
    predicate = predicate_iri(fact.predicate)
    yield from entity_triples(fact.subject)
    if isinstance(fact.object, Quote):
        obj = quote_iri(article.name, subject, fact.object.text)
        yield from _quote_triples(obj, subject, fact.object)
    else:
        obj = entity_iri(fact.object)
        yield from entity_triples(fact.object)
    yield subject, predicate, obj
    if fact.character is not None and isinstance(fact.object, Entity):
        yield from _performance_triples(fact.subject, fact.object, fact.character)
    yield from _assertion_triples(article, fact, (subject, predicate, obj))


def _quote_triples(node: URIRef, speaker: URIRef, quote: Quote) -> Iterator[Triple]:
    """A quote node: its words, its speaker and, when named, the outlet (a labelled entity)."""
    yield node, RDF.type, KG.Quote
    yield node, KG.text, Literal(quote.text)
    yield node, KG.speaker, speaker
    if quote.outlet:
        outlet = Entity(quote.outlet, EntityType.ORGANIZATION)
        yield from entity_triples(outlet)
        yield node, KG.outlet, entity_iri(outlet)


def _performance_triples(person: Entity, work: Entity, character: Entity) -> Iterator[Triple]:
    """The cast record and the direct edges that let paths pass through the character."""
    node = performance_iri(person, work, character)
    who, what, whom = entity_iri(person), entity_iri(work), entity_iri(character)
    yield from entity_triples(character)
    yield node, RDF.type, KG.Performance
    yield node, KG.performer, who
    yield node, KG.film, what
    yield node, KG.character, whom
    yield who, KG.portrayed, whom
    yield whom, KG.characterIn, what


def _assertion_triples(
    article: Article, fact: Fact, triple: tuple[URIRef, URIRef, URIRef]
) -> Iterator[Triple]:
    """The provenance of a fact: a reified statement derived from the article."""
    character = entity_iri(fact.character) if fact.character is not None else None
    node = assertion_iri(article.name, triple, (fact.start, fact.end), fact.rule, character)
    subject, predicate, obj = triple
    yield node, RDF.type, KG.Assertion
    yield node, RDF.subject, subject
    yield node, RDF.predicate, predicate
    yield node, RDF.object, obj
    yield node, PROV.wasDerivedFrom, article_iri(article.name)
    yield node, KG.evidence, Literal(fact.evidence)
    yield node, KG.sentenceIndex, Literal(fact.sentence)
    yield node, KG.start, Literal(fact.start)
    yield node, KG.end, Literal(fact.end)
    yield node, KG.rule, Literal(fact.rule)
    yield node, KG.confidence, _decimal_literal(fact.confidence)
    if character is not None:
        yield node, KG.character, character


def _check_fact(article: Article, fact: Fact) -> None:
    """Raise ValueError when ``fact`` cannot be written as the ontology describes."""
    problem = _fact_problem(article, fact)
    if problem:
        raise ValueError(
            f"{article.name}: cannot write fact {fact.subject.name!r} {fact.predicate.value} "
            f"{fact.object_text!r}: {problem}"
        )


def _fact_problem(article: Article, fact: Fact) -> str | None:
    """What is wrong with ``fact`` (None when nothing is)."""
    is_said = fact.predicate is Predicate.SAID
    if fact.source != article.name:
        return f"its source is {fact.source!r}, not this article"
    if is_said != isinstance(fact.object, Quote):
        return "'said' takes a Quote object and only 'said' does"
    if fact.character is not None and fact.predicate is not Predicate.STARRED_IN:
        return "only 'starred_in' facts have a character"
    if not 0 <= fact.start <= fact.end:
        return f"offsets {fact.start}..{fact.end} are not 0 <= start <= end"
    if not (math.isfinite(fact.confidence) and 0 <= fact.confidence <= 1):
        return f"confidence {fact.confidence} is not in [0, 1]"
    return None


def _decimal_literal(value: float) -> Literal:
    """``value`` as an ``xsd:decimal`` with the float's shortest digits (0.85, not 0.8499...)."""
    return Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD.decimal)


def _date_literal(text: str) -> Literal:
    """An ISO 8601 date as ``xsd:date`` or ``xsd:dateTime``; anything else as a plain string."""
    for kind, parse in ((XSD.date, date.fromisoformat), (XSD.dateTime, datetime.fromisoformat)):
        try:
            parse(text)
        except ValueError:
            continue
        return Literal(text, datatype=kind)
    return Literal(text)
