"""kg.validate: the built graph conforms to the shapes; broken graphs are reported readably."""

from collections.abc import Callable

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.entities import article_iri, entity_iri, performance_iri, quote_iri
from kg.rdf import article_graph
from kg.types import Article, Entity, EntityType, Fact, Predicate, Quote
from kg.validate import ValidationReport, Violation, validate_graph
from kg.vocab import KG, XSD

MODES = ["none", "rdfs"]

ALBA = Entity("Alba Oyelaran", EntityType.PERSON)
KAJ = Entity("Kaj Morrow", EntityType.PERSON)
PIER = Entity("Pier Nine", EntityType.FILM, year=2019)
DOCKS = Entity("The Docks", EntityType.FILM, year=2014)
GULLS = Entity("Gull Cycle", EntityType.FILM_SERIES)
FERRY = Entity("Night Ferry", EntityType.TV_SERIES)
WREN = Entity("Captain Wren", EntityType.CHARACTER)
SALTBOX = Entity("Saltbox Releasing", EntityType.ORGANIZATION)

NAME = "pier-nine-notes.txt"
ARTICLE = Article(NAME, "(text)", title="Pier Nine sails on")
SPOKEN = Quote("The sea does the acting.", outlet="Harbour Weekly")


def fact(subject, predicate, obj, *, at=1, character=None, name=NAME) -> Fact:
    return Fact(
        subject, predicate, obj, name, at, 10 * at, 10 * at + 9, f"Sentence {at}.",
        f"{predicate.value}-rule", 0.8, character,
    )  # fmt: skip


def full_facts(name: str = NAME) -> list[Fact]:
    """One fact of each of the twelve predicates, a character and a quote with an outlet."""
    P = Predicate  # noqa: N806
    return [
        fact(ALBA, P.DIRECTED, PIER, name=name),
        fact(KAJ, P.STARRED_IN, PIER, character=WREN, name=name),
        fact(PIER, P.SEQUEL_OF, DOCKS, name=name),
        fact(ALBA, P.SAID, SPOKEN, at=2, name=name),
        fact(KAJ, P.WROTE, PIER, name=name),
        fact(ALBA, P.PRODUCED, GULLS, name=name),
        fact(KAJ, P.EDITED, DOCKS, name=name),
        fact(KAJ, P.SHOT, FERRY, name=name),
        fact(ALBA, P.SHOWRUNNER_OF, FERRY, name=name),
        fact(PIER, P.REBOOT_OF, GULLS, name=name),
        fact(PIER, P.REMAKE_OF, DOCKS, name=name),
        fact(PIER, P.DISTRIBUTED_BY, SALTBOX, name=name),
    ]


def built() -> Graph:
    return article_graph(ARTICLE, full_facts())


def one_assertion(graph: Graph, predicate: URIRef) -> URIRef:
    (node,) = graph.subjects(RDF.predicate, predicate)
    return node


QUOTE = quote_iri(NAME, entity_iri(ALBA), SPOKEN.text)
PERFORMANCE = performance_iri(KAJ, PIER, WREN)
I = entity_iri  # noqa: E741


@pytest.mark.parametrize("inference", MODES)
def test_validate_built_graph_conforms(inference):
    report = validate_graph(built(), inference=inference)
    assert report.conforms, report.render()
    assert report.violations == []
    assert report.render() == "The graph conforms to the film-kg shapes: no violations."


def test_validate_leaves_the_graph_alone():
    graph = built()
    before = set(graph)
    validate_graph(graph, inference="rdfs")
    assert set(graph) == before


def set_value(graph: Graph, node: URIRef, prop: URIRef, value) -> None:
    graph.set((node, prop, value))


def add_second_character(graph: Graph) -> None:
    ghost = I(Entity("Wren's Ghost", EntityType.CHARACTER))
    graph.add((ghost, RDF.type, KG.Character))
    graph.add((ghost, RDFS.label, Literal("Wren's Ghost")))
    graph.add((PERFORMANCE, KG.character, ghost))


# Each case: how to break the built graph, then the (focus, path, message) that must be reported.
BREAKS: list[tuple[str, Callable[[Graph], None], tuple[URIRef, str | None, str]]] = [
    (
        "film-directs",
        lambda g: g.add((I(PIER), KG.directed, I(DOCKS))),
        (I(PIER), None, "the subject of kg:directed must be a person"),
    ),
    (
        "confidence-1.5",
        lambda g: set_value(
            g, one_assertion(g, KG.directed), KG.confidence, Literal("1.5", datatype=XSD.decimal)
        ),
        (None, "kg:confidence", "an xsd:decimal between 0 and 1"),
    ),
    (
        "quote-without-speaker",
        lambda g: g.remove((QUOTE, KG.speaker, None)),
        (QUOTE, "kg:speaker", "a quote needs exactly one kg:speaker, a person"),
    ),
    (
        "entity-without-label",
        lambda g: g.remove((I(SALTBOX), RDFS.label, None)),
        (I(SALTBOX), "rdfs:label", "an entity needs exactly one rdfs:label"),
    ),
    (
        "entity-with-two-labels",
        lambda g: g.add((I(KAJ), RDFS.label, Literal("K. Morrow"))),
        (I(KAJ), "rdfs:label", "an entity needs exactly one rdfs:label"),
    ),
    (
        "label-with-language",
        lambda g: set_value(g, I(WREN), RDFS.label, Literal("Captain Wren", lang="en")),
        (I(WREN), "rdfs:label", "a plain, non-empty string"),
    ),
    (
        "person-is-starred-in",
        lambda g: g.add((I(KAJ), KG.starredIn, I(ALBA))),
        (I(KAJ), "kg:starredIn", "the object of kg:starredIn must be a film"),
    ),
    (
        "showrunner-of-a-film",
        lambda g: g.add((I(ALBA), KG.showrunnerOf, I(PIER))),
        (I(ALBA), "kg:showrunnerOf", "the object of kg:showrunnerOf must be a TV series"),
    ),
    (
        "sequel-of-a-person",
        lambda g: g.add((I(PIER), KG.sequelOf, I(KAJ))),
        (I(PIER), "kg:sequelOf", "the object of kg:sequelOf must be a film"),
    ),
    (
        "series-is-sequel",
        lambda g: g.add((I(GULLS), KG.sequelOf, I(DOCKS))),
        (I(GULLS), None, "the subject of kg:sequelOf must be a film"),
    ),
    (
        "distributed-by-a-person",
        lambda g: g.add((I(PIER), KG.distributedBy, I(KAJ))),
        (I(PIER), "kg:distributedBy", "the object of kg:distributedBy must be an organization"),
    ),
    (
        "said-an-entity",
        lambda g: g.add((I(KAJ), KG.said, I(PIER))),
        (I(KAJ), "kg:said", "the object of kg:said must be a quote"),
    ),
    (
        "quote-without-text",
        lambda g: g.remove((QUOTE, KG.text, None)),
        (QUOTE, "kg:text", "a quote needs exactly one kg:text"),
    ),
    (
        "performance-two-characters",
        lambda g: add_second_character(g),
        (PERFORMANCE, "kg:character", "at most one kg:character"),
    ),  # fmt: skip
    (
        "performance-without-film",
        lambda g: g.remove((PERFORMANCE, KG.film, None)),
        (PERFORMANCE, "kg:film", "a performance needs exactly one kg:film"),
    ),
    (
        "start-after-end",
        lambda g: set_value(g, one_assertion(g, KG.wrote), KG.start, Literal(500)),
        (None, "kg:start", "kg:start must not be after its kg:end"),
    ),
    (
        "negative-start",
        lambda g: set_value(g, one_assertion(g, KG.wrote), KG.start, Literal(-1)),
        (None, "kg:start", "an integer >= 0"),
    ),
    (
        "no-evidence",
        lambda g: g.remove((one_assertion(g, KG.shot), KG.evidence, None)),
        (None, "kg:evidence", "an assertion needs exactly one kg:evidence"),
    ),
    (
        "not-a-fact-predicate",
        lambda g: set_value(g, one_assertion(g, KG.shot), RDF.predicate, KG.portrayed),
        (None, "rdf:predicate", "one of the twelve fact properties"),
    ),
    (
        "derived-from-nothing",
        lambda g: set_value(
            g, one_assertion(g, KG.edited), PROV.wasDerivedFrom, URIRef("https://example.org/x")
        ),
        (None, "prov:wasDerivedFrom", "an article (kg:Article)"),
    ),
    (
        "year-as-integer",
        lambda g: set_value(g, I(PIER), KG.year, Literal(2019)),
        (I(PIER), "kg:year", "an xsd:gYear"),
    ),
    (
        "article-without-file-name",
        lambda g: g.remove((article_iri(NAME), KG.fileName, None)),
        (article_iri(NAME), "kg:fileName", "an article needs exactly one kg:fileName"),
    ),
]


# Under RDFS inference a node with the wrong class for a property's domain or range gets that
# class too; it is then reported as a node with two classes.
ONE_CLASS = "an entity belongs to one class only"
RDFS_EXPECTED = {
    "film-directs": (I(PIER), "rdf:type", ONE_CLASS),
    "person-is-starred-in": (I(ALBA), "rdf:type", ONE_CLASS),
    "showrunner-of-a-film": (I(PIER), "rdf:type", ONE_CLASS),
    "sequel-of-a-person": (I(KAJ), "rdf:type", ONE_CLASS),
    "series-is-sequel": (I(GULLS), "rdf:type", ONE_CLASS),
    "distributed-by-a-person": (I(KAJ), "rdf:type", ONE_CLASS),
    "said-an-entity": (I(PIER), "rdf:type", ONE_CLASS),
}


@pytest.mark.parametrize("inference", MODES)
@pytest.mark.parametrize(("name", "breaker", "expected"), BREAKS, ids=[b[0] for b in BREAKS])
def test_validate_broken_graph_is_reported(name, breaker, expected, inference):
    graph = built()
    breaker(graph)
    report = validate_graph(graph, inference=inference)
    if inference == "rdfs":
        expected = RDFS_EXPECTED.get(name, expected)
    focus, path, message = expected
    assert not report.conforms
    hits = [
        v
        for v in report.violations
        if message in v.message and v.path == path and (focus is None or v.focus == str(focus))
    ]
    assert hits, report.render()
    if inference == "none":
        # Without inference a single broken triple is reported once, not as a cascade.
        assert len(report.violations) == 1, report.render()


def test_validate_render_one_line_per_violation():
    graph = built()
    graph.remove((I(SALTBOX), RDFS.label, None))
    graph.add((I(PIER), KG.directed, I(DOCKS)))
    report = validate_graph(graph)
    assert report.render().splitlines() == [
        f"<{I(SALTBOX)}>: rdfs:label: an entity needs exactly one rdfs:label: its canonical "
        "name as a plain, non-empty string",
        f"Pier Nine <{I(PIER)}>: the subject of kg:directed must be a person",
    ]


def test_validate_violation_names_the_value():
    graph = built()
    node = one_assertion(graph, KG.directed)
    graph.set((node, KG.confidence, Literal("1.5", datatype=XSD.decimal)))
    graph.add((I(ALBA), KG.showrunnerOf, I(PIER)))
    report = validate_graph(graph)
    # Sorted by label, unlabelled nodes (the assertion) first.
    assert [v.value for v in report.violations] == [
        '"1.5"^^xsd:decimal',
        f"Pier Nine <{I(PIER)}>",
    ]
    assert report.violations[1].label == "Alba Oyelaran"
    assert report.violations[1].render().endswith(f"a TV series (value: Pier Nine <{I(PIER)}>)")
    assert report.violations[0] == Violation(
        focus=str(node),
        label=None,
        path="kg:confidence",
        message="an assertion needs exactly one kg:confidence, an xsd:decimal between 0 and 1",
        value='"1.5"^^xsd:decimal',
        severity="Violation",
        shape=report.violations[0].shape,
    )


def dataset_of(*graphs: Graph) -> Dataset:
    dataset = Dataset()
    for graph in graphs:
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    return dataset


def test_validate_dataset_of_two_articles_conforms():
    other = Article("ferry-log.txt", "(text)")
    dataset = dataset_of(built(), article_graph(other, full_facts("ferry-log.txt")))
    assert len(list(dataset.graphs())) >= 2
    report = validate_graph(dataset)
    assert report.conforms, report.render()


def test_validate_dataset_checks_entities_across_articles():
    """One IRI labelled differently by two articles is caught only in the union."""
    other = Article("ferry-log.txt", "(text)")
    variant = Entity("PIER NINE", EntityType.FILM)  # same slug, other spelling
    second = article_graph(other, [fact(ALBA, Predicate.DIRECTED, variant, name="ferry-log.txt")])
    assert validate_graph(second).conforms
    report = validate_graph(dataset_of(built(), second))
    assert [(v.focus, v.path) for v in report.violations] == [(str(I(PIER)), "rdfs:label")]


def test_validate_report_types():
    report = validate_graph(Graph())
    assert isinstance(report, ValidationReport)
    assert report.conforms and report.violations == []
