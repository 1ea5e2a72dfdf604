"""kg.vocab against ontology/kg.ttl: the closed namespace and the ontology define the same terms."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.types import EntityType, Predicate
from kg.vocab import KG, KG_IRI, PREFIXES, bind_prefixes, class_iri, ontology_file, predicate_iri

TERM_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data=ontology_file("kg.ttl").read_text("utf-8"), format="turtle")


def defined_terms(ontology: Graph) -> set[URIRef]:
    return {
        term
        for kind in TERM_KINDS
        for term in ontology.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and term.startswith(KG_IRI)
    }


def english_label(ontology: Graph, term: URIRef) -> str | None:
    labels = [lab for lab in ontology.objects(term, RDFS.label) if isinstance(lab, Literal)]
    english = [str(lab) for lab in labels if lab.language == "en"]
    return english[0] if len(english) == 1 and len(labels) == 1 else None


def test_vocab_terms_equal_ontology_terms(ontology):
    in_vocab = set(dir(KG))
    in_ontology = defined_terms(ontology)
    assert sorted(in_vocab - in_ontology) == [], "in kg/vocab.py but not defined in kg.ttl"
    assert sorted(in_ontology - in_vocab) == [], "defined in kg.ttl but missing from kg/vocab.py"


def test_vocab_no_kg_term_is_used_in_ontology_without_definition(ontology):
    used = {
        term
        for triple in ontology
        for term in triple
        if isinstance(term, URIRef) and term.startswith(KG_IRI)
    }
    assert sorted(used - defined_terms(ontology)) == []


def test_vocab_namespace_is_closed():
    with pytest.raises(AttributeError, match="starredin"):
        _ = KG.starredin
    with pytest.raises(AttributeError):
        _ = KG["Movie"]


@pytest.mark.parametrize("predicate", list(Predicate), ids=str)
def test_vocab_every_predicate_has_a_labelled_property(ontology, predicate):
    term = predicate_iri(predicate)
    assert term == URIRef(KG_IRI + predicate.local_name)
    assert (term, RDF.type, OWL.ObjectProperty) in ontology
    assert english_label(ontology, term), f"{term} needs one English rdfs:label"


@pytest.mark.parametrize("entity_type", list(EntityType), ids=str)
def test_vocab_every_entity_type_has_a_class_under_entity(ontology, entity_type):
    cls = class_iri(entity_type)
    assert (cls, RDF.type, OWL.Class) in ontology
    assert KG.Entity in set(ontology.transitive_objects(cls, RDFS.subClassOf))


def test_vocab_every_term_has_label_comment_and_domain_range(ontology):
    missing = []
    for term in sorted(defined_terms(ontology)):
        if not english_label(ontology, term):
            missing.append(f"{term}: English rdfs:label")
        if not any(c.language == "en" for c in ontology.objects(term, RDFS.comment)):
            missing.append(f"{term}: English rdfs:comment")
        if (term, RDF.type, OWL.Class) in ontology:
            continue
        for axis in (RDFS.domain, RDFS.range):
            if ontology.value(term, axis) is None:
                missing.append(f"{term}: {axis}")
    assert missing == []


@pytest.mark.parametrize(
    ("term", "label"),
    [
        (KG.starredIn, "starred in"),
        (KG.directed, "directed"),
        (KG.sequelOf, "sequel of"),
        (KG.showrunnerOf, "showrunner of"),
        (KG.distributedBy, "distributed by"),
        (KG.characterIn, "character in"),
    ],
)
def test_vocab_edge_labels_are_lower_case_phrases(ontology, term, label):
    assert english_label(ontology, term) == label


def test_vocab_assertion_is_an_rdf_statement(ontology):
    assert (KG.Assertion, RDFS.subClassOf, RDF.Statement) in ontology


def test_vocab_ontology_header(ontology):
    header = URIRef("https://w3id.org/film-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionInfo, RDFS.label, RDFS.comment):
        assert ontology.value(header, prop) is not None, prop


def test_vocab_prefixes_bind():
    graph = bind_prefixes(Graph())
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    for prefix, namespace in PREFIXES.items():
        assert bound[prefix] == namespace
    assert PREFIXES["schema"] == "https://schema.org/"
    assert PREFIXES["wdt"] == "http://www.wikidata.org/prop/direct/"
