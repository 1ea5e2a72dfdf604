from __future__ import annotations

import json

import pytest

from kg.errors import AmbiguousEntity, KgError, NoPath, UnknownEntity
from kg.paths import (
    EntityGraph,
    EntityNode,
    find_paths,
    load_entities,
    relation_name,
    render_paths,
    resolve,
)

ID = "https://w3id.org/film-kg/id/"
KG = "https://w3id.org/film-kg/ontology#"


@pytest.fixture
def mirror(memory_store) -> EntityGraph:
    return EntityGraph.from_store(memory_store)


def test_paths_light_prefixes_match_the_vocabulary() -> None:
    from kg.paths import LIGHT_PREFIXES
    from kg.vocab import PREFIXES

    assert {k: str(PREFIXES[k]) for k in LIGHT_PREFIXES} == LIGHT_PREFIXES


# --- the mirror holds entities and their relations only -------------------------------------


def test_paths_mirror_nodes_are_entities_only(mirror: EntityGraph) -> None:
    nodes = set(mirror.graph.nodes)
    assert all(n.startswith(ID) and "/performance/" not in n for n in nodes)
    assert not any("/article/" in n for n in nodes)  # no article, quote or assertion node
    assert {mirror.graph.nodes[n]["type"] for n in nodes} == {
        "Person",
        "Film",
        "FilmSeries",
        "Character",
        "Organization",
    }


def test_paths_mirror_edges_keep_predicate_relation_and_evidence(mirror: EntityGraph) -> None:
    edges = {
        (u.removeprefix(ID), k.removeprefix(KG), v.removeprefix(ID))
        for u, v, k in mirror.graph.edges(keys=True)
    }
    assert edges == {
        ("person/robert-rodriguez", "directed", "film/desperado"),
        ("person/danny-trejo", "starredIn", "film/desperado"),
        ("person/danny-trejo", "portrayed", "character/navajas"),
        ("character/navajas", "characterIn", "film/desperado"),
        ("person/robert-rodriguez", "directed", "film/spy-kids"),
        ("person/antonio-banderas", "starredIn", "film/spy-kids"),
        ("person/antonio-banderas", "starredIn", "film/desperado"),
        ("person/robert-patrick", "starredIn", "film/spy-kids"),
        ("film/spy-kids-armageddon", "rebootOf", "film/spy-kids"),
        ("person/greta-gerwig", "directed", "film/barbie"),
    }  # no rdf:type edge, no said edge (its object is a quote, not an entity)
    data = mirror.graph.edges[ID + "person/danny-trejo", ID + "film/desperado", KG + "starredIn"]
    assert data["relation"] == "starred in"
    assert [e.sentence for e in data["evidence"]] == ['Danny Trejo played Navajas in "Desperado".']
    assert data["evidence"][0].source == "desperado.txt"
    # A derived edge borrows the evidence of the fact it came from.
    derived = mirror.graph.edges[
        ID + "person/danny-trejo", ID + "character/navajas", KG + "portrayed"
    ]
    assert [e.sentence for e in derived["evidence"]] == data_sentences(data)


def data_sentences(data: dict) -> list[str]:
    return [e.sentence for e in data["evidence"]]


@pytest.mark.parametrize(
    ("predicate", "name"),
    [
        (KG + "starredIn", "starred in"),
        (KG + "characterIn", "character in"),
        (KG + "showrunnerOf", "showrunner of"),
        ("https://example.org/ns#distributedBy", "distributed by"),
        ("https://example.org/ns/based_on", "based on"),
    ],
)
def test_paths_relation_name(predicate: str, name: str) -> None:
    assert relation_name(predicate) == name


# --- name resolution ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Danny Trejo", "Danny Trejo"),  # exact label
        ("danny trejo", "Danny Trejo"),  # any case
        ("  DANNY   TREJO ", "Danny Trejo"),
        ("Trejo", "Danny Trejo"),  # surname
        ("Rodriguez", "Robert Rodriguez"),
        ("Danny", "Danny Trejo"),  # an unambiguous part
        ("Armageddon", "Spy Kids: Armageddon"),
        ("spy kids armageddon", "Spy Kids: Armageddon"),  # punctuation ignored
        ("Spy Kids", "Spy Kids"),  # exact beats part
        ("Navajas", "Navajas"),
        ("Desperado (Film)", "Desperado"),  # the listed form picks one of a clash
        (ID + "person/robert-patrick", "Robert Patrick"),  # IRI
        (f"<{ID}person/robert-patrick>", "Robert Patrick"),
    ],
)
def test_paths_resolve(memory_store, name: str, label: str) -> None:
    assert resolve(name, load_entities(memory_store)).label == label


def test_paths_resolve_the_listed_form_keeps_the_type(memory_store) -> None:
    entities = load_entities(memory_store)
    assert resolve("Desperado (FilmSeries)", entities).iri == ID + "film-series/desperado"


@pytest.mark.parametrize(
    ("name", "candidates"),
    [
        ("Desperado", ["Desperado (Film)", "Desperado (FilmSeries)"]),
        ("Robert", ["Robert Patrick (Person)", "Robert Rodriguez (Person)"]),
        ("kids", ["Spy Kids (Film)", "Spy Kids: Armageddon (Film)"]),
    ],
)
def test_paths_resolve_ambiguous_lists_candidates(memory_store, name, candidates) -> None:
    with pytest.raises(AmbiguousEntity) as err:
        resolve(name, load_entities(memory_store))
    assert sorted(err.value.candidates) == candidates
    assert str(err.value).startswith(f"{name!r} is ambiguous; it matches: ")


@pytest.mark.parametrize(
    ("name", "suggestions"),
    [
        ("Rodrigez", ["Robert Rodriguez"]),
        ("Danny Trejos", ["Danny Trejo"]),
        ("Quentin Tarantino", []),
        ('x" } DROP ALL #', []),
        ("", []),
        ("!!!", []),
    ],
)
def test_paths_resolve_unknown_suggests(memory_store, name, suggestions) -> None:
    with pytest.raises(UnknownEntity) as err:
        resolve(name, load_entities(memory_store))
    assert err.value.candidates == suggestions
    assert "\n" not in str(err.value)


def test_paths_resolve_accents_and_case_are_ignored() -> None:
    people = [EntityNode("urn:x:1", "Pedro Almodóvar", "Person")]
    assert resolve("almodovar", people).label == "Pedro Almodóvar"
    assert resolve("PEDRO ALMODOVAR", people).label == "Pedro Almodóvar"


def test_paths_surname_beats_a_title_containing_the_word() -> None:
    entities = [
        EntityNode("urn:x:1", "Robert Rodriguez", "Person"),
        EntityNode("urn:x:2", "Rodriguez Story", "Film"),
    ]
    assert resolve("Rodriguez", entities).iri == "urn:x:1"


# --- shortest paths -------------------------------------------------------------------------


def test_paths_trejo_rodriguez_chain_and_evidence(memory_store) -> None:
    [path] = find_paths(memory_store, "Trejo", "Rodriguez")
    assert path.chain() == "Danny Trejo -[starred in]-> Desperado <-[directed]- Robert Rodriguez"
    assert path.render().splitlines() == [
        "Danny Trejo -[starred in]-> Desperado <-[directed]- Robert Rodriguez",
        "  Danny Trejo -[starred in]-> Desperado",
        '    desperado.txt, sentence 2: Danny Trejo played Navajas in "Desperado".',
        "  Robert Rodriguez -[directed]-> Desperado",
        '    desperado.txt, sentence 1: Rodriguez directed "Desperado" in 1995.',
    ]


def test_paths_reverse_direction_flips_arrows(memory_store) -> None:
    [path] = find_paths(memory_store, "Rodriguez", "Trejo")
    assert path.chain() == "Robert Rodriguez -[directed]-> Desperado <-[starred in]- Danny Trejo"


def test_paths_all_shortest(memory_store) -> None:
    paths = find_paths(memory_store, "Navajas", "Patrick", all_paths=True)
    assert sorted(p.chain() for p in paths) == [
        "Navajas -[character in]-> Desperado <-[directed]- Robert Rodriguez -[directed]-> "
        "Spy Kids <-[starred in]- Robert Patrick",
        "Navajas -[character in]-> Desperado <-[starred in]- Antonio Banderas -[starred in]-> "
        "Spy Kids <-[starred in]- Robert Patrick",
    ]
    assert len(find_paths(memory_store, "Navajas", "Patrick")) == 1


@pytest.mark.parametrize(
    ("via", "chain"),
    [
        (
            ["starred in"],
            "Danny Trejo -[starred in]-> Desperado <-[starred in]- Antonio Banderas "
            "-[starred in]-> Spy Kids <-[starred in]- Robert Patrick",
        ),
        (
            ["starredIn", "directed"],
            "Danny Trejo -[starred in]-> Desperado <-[directed]- Robert Rodriguez "
            "-[directed]-> Spy Kids <-[starred in]- Robert Patrick",
        ),
    ],
)
def test_paths_via_restricts_relations(memory_store, via, chain) -> None:
    paths = find_paths(memory_store, "Trejo", "Patrick", via=via, all_paths=True)
    assert chain in [p.chain() for p in paths]
    assert all(
        e.relation in {"starred in", "directed"} for p in paths for h in p.hops for e in h.edges
    )


def test_paths_via_without_a_needed_relation_finds_nothing(memory_store) -> None:
    with pytest.raises(NoPath, match="no connection between Danny Trejo and Robert Rodriguez via"):
        find_paths(memory_store, "Trejo", "Rodriguez", via=["starred in"])


def test_paths_via_unknown_relation(memory_store) -> None:
    with pytest.raises(KgError, match="no relation 'acted' in the graph; --via takes: "):
        find_paths(memory_store, "Trejo", "Rodriguez", via=["acted"])


@pytest.mark.parametrize(("hops", "ok"), [(1, False), (2, True), (5, True)])
def test_paths_max_hops(memory_store, hops: int, ok: bool) -> None:
    if ok:
        assert len(find_paths(memory_store, "Trejo", "Rodriguez", max_hops=hops)[0].hops) == 2
    else:
        with pytest.raises(NoPath, match="within 1 hop$"):
            find_paths(memory_store, "Trejo", "Rodriguez", max_hops=hops)


def test_paths_no_connection(memory_store) -> None:
    with pytest.raises(NoPath, match="^no connection between Greta Gerwig and Danny Trejo$"):
        find_paths(memory_store, "Gerwig", "Trejo")


def test_paths_same_entity_is_a_path_of_no_hops(memory_store) -> None:
    [path] = find_paths(memory_store, "Trejo", "Danny Trejo")
    assert path.chain() == "Danny Trejo" and path.hops == ()


def test_paths_json(memory_store) -> None:
    doc = json.loads(render_paths(find_paths(memory_store, "Trejo", "Rodriguez"), "json"))
    assert doc["source"]["label"] == "Danny Trejo"
    assert doc["target"]["iri"] == ID + "person/robert-rodriguez"
    [path] = doc["paths"]
    assert path["length"] == 2
    assert [n["label"] for n in path["nodes"]] == ["Danny Trejo", "Desperado", "Robert Rodriguez"]
    edges = [e for hop in path["hops"] for e in hop["edges"]]
    assert [(e["relation"], e["direction"]) for e in edges] == [
        ("starred in", "forward"),
        ("directed", "backward"),
    ]
    assert edges[1]["evidence"][0]["sentence"] == 'Rodriguez directed "Desperado" in 1995.'
    assert edges[1]["evidence"][0]["rule"] == "directed.verb"
    assert edges[1]["evidence"][0]["confidence"] == 0.9
