"""Namespaces and the closed film-kg vocabulary.

:class:`KG` lists exactly the terms that ``ontology/kg.ttl`` defines (``tests/test_vocab.py``
fails when the two diverge), and it is closed: a misspelt term raises instead of minting a new
IRI.

>>> KG.starredIn
rdflib.term.URIRef('https://w3id.org/film-kg/ontology#starredIn')
>>> KG.starredin
Traceback (most recent call last):
...
AttributeError: term 'starredin' not in namespace 'https://w3id.org/film-kg/ontology#'

This module imports rdflib (about 0.15 s cold); it imports no other kg module but
:mod:`kg.types`.
"""

# No ``from __future__ import annotations`` here: DefinedNamespace reads its terms from the class
# annotations, and rdflib's as_jsonld_context() expects them to be real classes, not strings.

from functools import cache
from importlib import resources
from importlib.abc import Traversable

import rdflib.namespace as _rdflib_ns
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, Namespace

from kg.types import EntityType, Predicate

__all__ = [
    "ART",
    "DCTERMS",
    "ID",
    "KG",
    "KG_IRI",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "WD",
    "WDT",
    "XSD",
    "bind_prefixes",
    "class_iri",
    "ontology_file",
    "ontology_labels",
    "predicate_iri",
]

KG_IRI = "https://w3id.org/film-kg/ontology#"


class KG(_rdflib_ns.DefinedNamespace):
    """The film-kg ontology (``kg:``), closed: only the terms defined in ``ontology/kg.ttl``."""

    _NS = Namespace(KG_IRI)
    _fail = True

    # Entity classes
    Entity: URIRef  # a named thing: the superclass of the six entity classes
    Person: URIRef
    Work: URIRef  # a film, film series or TV series
    Film: URIRef
    FilmSeries: URIRef
    TVSeries: URIRef
    Character: URIRef
    Organization: URIRef

    # Record classes (never nodes of the entity graph)
    Quote: URIRef
    Article: URIRef
    Performance: URIRef  # qualified cast record: performer, film, character
    Assertion: URIRef  # provenance of one fact, rdfs:subClassOf rdf:Statement

    # Fact properties, one per kg.types.Predicate
    directed: URIRef
    starredIn: URIRef
    sequelOf: URIRef
    said: URIRef
    wrote: URIRef
    produced: URIRef
    edited: URIRef
    shot: URIRef
    showrunnerOf: URIRef
    rebootOf: URIRef
    remakeOf: URIRef
    distributedBy: URIRef

    # Derived entity-to-entity properties
    portrayed: URIRef
    characterIn: URIRef

    # Properties of record nodes
    performer: URIRef
    film: URIRef
    character: URIRef
    speaker: URIRef
    outlet: URIRef

    # Datatype properties
    text: URIRef
    year: URIRef
    evidence: URIRef
    sentenceIndex: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    confidence: URIRef
    fileName: URIRef

    # Annotation properties
    wikidataInverse: URIRef


ID = Namespace("https://w3id.org/film-kg/id/")
"""Entity IRIs: ``ID + "{kind}/{slug}"``; performances: ``ID + "performance/..."``."""

ART = Namespace("https://w3id.org/film-kg/article/")
"""Article IRIs (also the names of the articles' graphs): ``ART + slug(file name)``."""

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
"""XML Schema datatypes. A plain Namespace: rdflib's XSD warns on any unknown attribute, and
pytest probes every module-level object for ``_mock_name`` when it collects doctests."""

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "wdt": str(WDT),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
}
"""Prefix -> namespace IRI, bound in every graph, query and export film-kg makes."""


def predicate_iri(predicate: Predicate) -> URIRef:
    """The ontology property of a fact predicate.

    >>> predicate_iri(Predicate.SHOWRUNNER_OF)
    rdflib.term.URIRef('https://w3id.org/film-kg/ontology#showrunnerOf')
    """
    return KG[predicate.local_name]


def class_iri(entity_type: EntityType) -> URIRef:
    """The ontology class of an entity type.

    >>> class_iri(EntityType.TV_SERIES)
    rdflib.term.URIRef('https://w3id.org/film-kg/ontology#TVSeries')
    """
    return KG[entity_type.value]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind :data:`PREFIXES` in ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def ontology_file(name: str) -> Traversable:
    """A file shipped in ``kg.ontology`` (``kg.ttl``, ``shapes.ttl``, ``queries/*.rq``)."""
    return resources.files("kg.ontology") / name


@cache
def ontology_labels() -> dict[URIRef, str]:
    """The English ``rdfs:label`` of every ``kg:`` term, e.g. ``KG.starredIn -> "starred in"``.

    Parses ``ontology/kg.ttl`` once per process.

    >>> ontology_labels()[KG.distributedBy]
    'distributed by'
    """
    graph = Graph().parse(data=ontology_file("kg.ttl").read_text("utf-8"), format="turtle")
    return {
        term: str(label)
        for term, label in graph.subject_objects(RDFS.label)
        if isinstance(term, URIRef) and term.startswith(KG_IRI)
    }
