"""kg.rdf.article_graph: every fact becomes the triples the contract describes, with provenance."""

import random
from dataclasses import replace

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.entities import article_iri, entity_iri, performance_iri, quote_iri
from kg.rdf import article_graph
from kg.types import Article, Entity, EntityType, Fact, Predicate, Quote
from kg.vocab import KG, PREFIXES, SCHEMA, XSD

P, F, FS, TV, C, ORG = (
    EntityType.PERSON,
    EntityType.FILM,
    EntityType.FILM_SERIES,
    EntityType.TV_SERIES,
    EntityType.CHARACTER,
    EntityType.ORGANIZATION,
)
MARA = Entity("Mara Jiménez", P)
TOMAS = Entity("Tomas Ridel", P)
INES = Entity("Ines Varga", P)
OTTO = Entity("Otto Brandvold", P)
LENA = Entity("Lena Sköld", P)
HARBOUR = Entity("Quiet Harbour", F, year=2011)
LIGHTS = Entity("Harbour Lights", F, year=2004)
TIDE = Entity("The Cold Tide", F, year=1968)
SAGA = Entity("The Lantern Saga", FS)
STREET = Entity("Lantern Street", TV)
VEY = Entity("Inspector Vey", C)
KESTREL = Entity("Kestrel Pictures", ORG)
REEL = Entity("The Daily Reel", ORG)  # only ever an outlet

NAME = "harbour-dispatch.txt"
ARTICLE = Article(
    NAME, "(text not needed)", title="Mara Jiménez returns to Quiet Harbour", date="2024-03-05"
)
COLD = Quote("We shot it in eleven days, in the cold.", outlet="The Daily Reel")
TIRED = Quote("Vey is a tired man.")


def fact(subject, predicate, obj, *, at=0, rule=None, character=None, confidence=0.9) -> Fact:
    """A fact whose evidence is sentence ``at`` of a made-up article, 100 characters each."""
    return Fact(
        subject=subject,
        predicate=predicate,
        object=obj,
        source=NAME,
        sentence=at,
        start=100 * at + 5,
        end=100 * at + 60,
        evidence=f"Sentence {at}: {subject.name} {predicate.value} {getattr(obj, 'name', '')}.",
        rule=rule or f"{predicate.value}-rule",
        confidence=confidence,
        character=character,
    )


FACTS = [
    fact(MARA, Predicate.DIRECTED, HARBOUR, at=1),
    fact(TOMAS, Predicate.STARRED_IN, HARBOUR, at=2, character=VEY),
    fact(INES, Predicate.STARRED_IN, HARBOUR, at=2),
    fact(HARBOUR, Predicate.SEQUEL_OF, LIGHTS, at=3),
    fact(MARA, Predicate.SAID, COLD, at=4, confidence=0.75),
    fact(TOMAS, Predicate.SAID, TIRED, at=5),
    fact(INES, Predicate.WROTE, HARBOUR, at=6),
    fact(OTTO, Predicate.PRODUCED, HARBOUR, at=6),
    fact(LENA, Predicate.EDITED, HARBOUR, at=7),
    fact(OTTO, Predicate.SHOT, LIGHTS, at=7),
    fact(MARA, Predicate.SHOWRUNNER_OF, STREET, at=8),
    fact(HARBOUR, Predicate.REBOOT_OF, SAGA, at=9),
    fact(HARBOUR, Predicate.REMAKE_OF, TIDE, at=9),
    fact(HARBOUR, Predicate.DISTRIBUTED_BY, KESTREL, at=10),
]


@pytest.fixture(scope="module")
def graph() -> Graph:
    return article_graph(ARTICLE, FACTS)


def iri(entity: Entity) -> URIRef:
    return entity_iri(entity)


def quote_node(speaker: Entity, quote: Quote) -> URIRef:
    return quote_iri(NAME, iri(speaker), quote.text)


@pytest.mark.parametrize(
    ("entity", "cls"),
    [
        (MARA, KG.Person),
        (TOMAS, KG.Person),
        (INES, KG.Person),
        (OTTO, KG.Person),
        (LENA, KG.Person),
        (HARBOUR, KG.Film),
        (LIGHTS, KG.Film),
        (TIDE, KG.Film),
        (SAGA, KG.FilmSeries),
        (STREET, KG.TVSeries),
        (VEY, KG.Character),
        (KESTREL, KG.Organization),
        (REEL, KG.Organization),
    ],
    ids=lambda v: getattr(v, "name", None) or str(v).rsplit("#")[-1],
)
def test_rdf_every_entity_is_typed_and_labelled(graph, entity, cls):
    node = iri(entity)
    assert set(graph.objects(node, RDF.type)) == {cls}
    assert list(graph.objects(node, RDFS.label)) == [Literal(entity.name)]
    label = graph.value(node, RDFS.label)
    assert label.datatype is None and label.language is None  # a plain xsd:string


@pytest.mark.parametrize(
    ("entity", "year"),
    [(HARBOUR, "2011"), (LIGHTS, "2004"), (TIDE, "1968"), (SAGA, None), (MARA, None)],
    ids=lambda v: getattr(v, "name", v),
)
def test_rdf_work_year_is_a_gyear(graph, entity, year):
    expected = [Literal(year, datatype=XSD.gYear)] if year else []
    assert list(graph.objects(iri(entity), KG.year)) == expected


def test_rdf_year_on_a_person_is_left_out():
    aged = Entity("Mara Jiménez", P, year=1971)
    graph = article_graph(ARTICLE, [fact(aged, Predicate.DIRECTED, HARBOUR)])
    assert list(graph.objects(iri(aged), KG.year)) == []


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        (MARA, KG.directed, HARBOUR),
        (TOMAS, KG.starredIn, HARBOUR),
        (INES, KG.starredIn, HARBOUR),
        (HARBOUR, KG.sequelOf, LIGHTS),
        (INES, KG.wrote, HARBOUR),
        (OTTO, KG.produced, HARBOUR),
        (LENA, KG.edited, HARBOUR),
        (OTTO, KG.shot, LIGHTS),
        (MARA, KG.showrunnerOf, STREET),
        (HARBOUR, KG.rebootOf, SAGA),
        (HARBOUR, KG.remakeOf, TIDE),
        (HARBOUR, KG.distributedBy, KESTREL),
    ],
    ids=lambda v: getattr(v, "name", None) or str(v).rsplit("#")[-1],
)
def test_rdf_direct_triple_per_fact(graph, subject, predicate, obj):
    assert (iri(subject), predicate, iri(obj)) in graph


@pytest.mark.parametrize(("speaker", "quote"), [(MARA, COLD), (TOMAS, TIRED)])
def test_rdf_said_points_to_a_quote_node(graph, speaker, quote):
    node = quote_node(speaker, quote)
    assert list(graph.objects(iri(speaker), KG.said)) == [node]
    assert set(graph.objects(node, RDF.type)) == {KG.Quote}
    assert list(graph.objects(node, KG.text)) == [Literal(quote.text)]
    assert list(graph.objects(node, KG.speaker)) == [iri(speaker)]


def test_rdf_quote_outlet_is_a_labelled_organization(graph):
    assert list(graph.objects(quote_node(MARA, COLD), KG.outlet)) == [iri(REEL)]
    assert list(graph.objects(quote_node(TOMAS, TIRED), KG.outlet)) == []


def test_rdf_performance_record_keeps_the_character(graph):
    node = performance_iri(TOMAS, HARBOUR, VEY)
    assert set(graph.predicate_objects(node)) == {
        (RDF.type, KG.Performance),
        (KG.performer, iri(TOMAS)),
        (KG.film, iri(HARBOUR)),
        (KG.character, iri(VEY)),
    }
    assert (iri(TOMAS), KG.portrayed, iri(VEY)) in graph
    assert (iri(VEY), KG.characterIn, iri(HARBOUR)) in graph


def test_rdf_no_performance_without_a_character(graph):
    assert list(graph.subjects(RDF.type, KG.Performance)) == [performance_iri(TOMAS, HARBOUR, VEY)]
    assert list(graph.objects(iri(INES), KG.portrayed)) == []


def assertion_of(graph: Graph, subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
    found = [
        node
        for node in graph.subjects(RDF.subject, subject)
        if (node, RDF.predicate, predicate) in graph and (node, RDF.object, obj) in graph
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("item", FACTS, ids=lambda f: f"{f.subject.name}-{f.predicate}")
def test_rdf_every_fact_has_a_full_assertion(graph, item):
    subject = iri(item.subject)
    predicate = KG[item.predicate.local_name]
    obj = quote_node(item.subject, item.object) if item.predicate is Predicate.SAID else None
    node = assertion_of(graph, subject, predicate, obj or iri(item.object))
    fields = {p: list(graph.objects(node, p)) for p in set(graph.predicates(node))}
    expected = {
        RDF.type: [KG.Assertion],
        RDF.subject: [subject],
        RDF.predicate: [predicate],
        RDF.object: [obj or iri(item.object)],
        PROV.wasDerivedFrom: [article_iri(NAME)],
        KG.evidence: [Literal(item.evidence)],
        KG.sentenceIndex: [Literal(item.sentence, datatype=XSD.integer)],
        KG.start: [Literal(item.start, datatype=XSD.integer)],
        KG.end: [Literal(item.end, datatype=XSD.integer)],
        KG.rule: [Literal(item.rule)],
        KG.confidence: [Literal(str(item.confidence), datatype=XSD.decimal)],
    }
    if item.character:
        expected[KG.character] = [iri(item.character)]
    assert fields == expected


def test_rdf_one_assertion_per_fact(graph):
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == len(FACTS)


def test_rdf_sparql_finds_the_evidence_of_a_fact(graph):
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    query = (
        prefixes
        + """
        SELECT ?evidence ?rule ?confidence ?file WHERE {
            ?fact rdf:subject ?who ; rdf:predicate kg:directed ; rdf:object ?film ;
                  kg:evidence ?evidence ; kg:rule ?rule ; kg:confidence ?confidence ;
                  prov:wasDerivedFrom ?article .
            ?who rdfs:label "Mara Jiménez" .
            ?film rdfs:label "Quiet Harbour" .
            ?article kg:fileName ?file .
        }"""
    )
    rows = [
        (str(r.evidence), str(r.rule), str(r.confidence), str(r.file)) for r in graph.query(query)
    ]
    assert rows == [(FACTS[0].evidence, "directed-rule", "0.9", NAME)]


def test_rdf_two_rules_for_one_fact_give_two_assertions():
    first = fact(MARA, Predicate.DIRECTED, HARBOUR, rule="by-phrase", confidence=0.7)
    second = replace(first, rule="directed-verb", confidence=0.95)
    graph = article_graph(ARTICLE, [first, second])
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == 2
    assert len(list(graph.triples((None, KG.directed, None)))) == 1


def test_rdf_article_node(graph):
    node = article_iri(NAME)
    assert graph.identifier == node
    assert set(graph.predicate_objects(node)) == {
        (RDF.type, KG.Article),
        (RDFS.label, Literal(ARTICLE.title)),
        (KG.fileName, Literal(NAME)),
        (DCTERMS.title, Literal(ARTICLE.title)),
        (SCHEMA.datePublished, Literal("2024-03-05", datatype=XSD.date)),
    }


@pytest.mark.parametrize(
    ("title", "date", "expected"),
    [
        (None, None, {(RDFS.label, Literal(NAME))}),
        (
            None,
            "2024-03-05T09:30:00",
            {(SCHEMA.datePublished, Literal("2024-03-05T09:30:00", datatype=XSD.dateTime))},
        ),
        (None, "spring 2024", {(SCHEMA.datePublished, Literal("spring 2024"))}),
    ],
)
def test_rdf_article_without_title_or_with_other_dates(title, date, expected):
    graph = article_graph(Article(NAME, "text", title=title, date=date), [])
    triples = set(graph.predicate_objects(article_iri(NAME)))
    assert expected <= triples
    assert (RDFS.label, Literal(NAME)) in triples
    assert not any(p == DCTERMS.title for p, _ in triples)


def test_rdf_same_input_gives_the_same_triples(graph):
    assert set(article_graph(ARTICLE, FACTS)) == set(graph)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rdf_fact_order_does_not_matter(graph, seed):
    shuffled = FACTS[:]
    random.Random(seed).shuffle(shuffled)
    assert set(article_graph(ARTICLE, shuffled)) == set(graph)


def test_rdf_no_blank_nodes(graph):
    assert not [t for triple in graph for t in triple if isinstance(t, BNode)]


JSONLD_WARNS = pytest.mark.filterwarnings(  # rdflib's own JSON-LD parser, not our code
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)


@pytest.mark.parametrize(
    "fmt", ["turtle", "nt", "xml", pytest.param("json-ld", marks=JSONLD_WARNS)]
)
def test_rdf_round_trip_is_isomorphic(graph, fmt):
    text = graph.serialize(format=fmt)
    assert isomorphic(Graph().parse(data=text, format=fmt), graph)


def test_rdf_prefixes_are_bound(graph):
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    assert bound["kg"] == PREFIXES["kg"]
    assert bound["schema"] == PREFIXES["schema"]


@pytest.mark.parametrize(
    ("broken", "complaint"),
    [
        (replace(FACTS[0], source="other.txt"), "source is 'other.txt'"),
        (replace(FACTS[0], predicate=Predicate.SAID), "'said' takes a Quote"),
        (replace(FACTS[4], predicate=Predicate.DIRECTED), "'said' takes a Quote"),
        (replace(FACTS[0], character=VEY), "only 'starred_in' facts have a character"),
        (replace(FACTS[0], start=-1), "offsets -1..160"),
        (replace(FACTS[0], start=90, end=80), "offsets 90..80"),
        (replace(FACTS[0], confidence=1.5), "confidence 1.5 is not in [0, 1]"),
        (replace(FACTS[0], confidence=float("nan")), "confidence nan"),
    ],
    ids=[
        "source",
        "said-entity",
        "directed-quote",
        "character",
        "negative",
        "reversed",
        "confidence",
        "nan",
    ],
)
def test_rdf_malformed_fact_is_refused(broken, complaint):
    with pytest.raises(ValueError, match="harbour-dispatch.txt: cannot write fact") as err:
        article_graph(ARTICLE, [broken])
    assert complaint in str(err.value)
