from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import BadQuery, StoreError
from kg.store import AskResult, GraphResult, SelectResult, open_store

DESPERADO = "https://w3id.org/film-kg/article/desperado-txt"
SPY_KIDS = "https://w3id.org/film-kg/article/spy-kids-txt"


def _graph_triples(store, graph: str) -> set[str]:
    quads = store.dump("nquads", graph=graph).decode().splitlines()
    return set(quads)


# --- opening --------------------------------------------------------------------------------


def test_store_open_read_only_without_store_says_run_build(store_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        open_store(store_path)
    assert str(err.value) == f"no store at {store_path}; run `kg build` first"
    assert not store_path.exists()


def test_store_open_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(StoreError, match=r"notes.txt is not a film-kg store \(it is a file\)"):
        open_store(path, read_only=False)
    assert path.read_text() == "hello"


@pytest.mark.parametrize("read_only", [True, False])
def test_store_open_foreign_directory_is_not_a_store(tmp_path: Path, read_only: bool) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(StoreError, match=r"photos is not a film-kg store \(no film-kg.json"):
        open_store(tmp_path / "photos", read_only=read_only)
    assert sorted(p.name for p in (tmp_path / "photos").iterdir()) == ["a.jpg"]


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("not json", "is not a film-kg store (film-kg.json is not ours)"),
        ('{"format": "other"}', "is not a film-kg store (film-kg.json is not ours)"),
        ('{"format": "film-kg-store", "version": 99}', "has format version 99"),
        (
            '{"format": "film-kg-store", "version": 1, "engine": "fuseki"}',
            "uses unknown engine 'fuseki'",
        ),
    ],
)
def test_store_open_bad_marker(store_path: Path, marker: str, message: str) -> None:
    store_path.mkdir()
    (store_path / "film-kg.json").write_text(marker)
    with pytest.raises(StoreError) as err:
        open_store(store_path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_store_writable_open_creates_nothing_until_first_write(store_path: Path) -> None:
    store = open_store(store_path, read_only=False)
    assert store.named_graphs() == []
    store.close()
    assert not store_path.exists()


def test_store_empty_directory_becomes_a_store(tmp_path: Path, load_tiny) -> None:
    path = tmp_path / "empty"
    path.mkdir()
    with open_store(path, read_only=False) as store:
        load_tiny(store)
    meta = json.loads((path / "film-kg.json").read_text())
    assert meta == {"format": "film-kg-store", "version": 1, "engine": "oxigraph"}
    with open_store(path) as store:
        assert store.named_graphs() == [DESPERADO, SPY_KIDS]


def test_store_remote_endpoints_are_refused_for_now() -> None:
    with pytest.raises(StoreError, match="remote SPARQL endpoints are not supported yet"):
        open_store("http://localhost:7878/query")


# --- writing --------------------------------------------------------------------------------


def test_store_persists_across_reopen(tiny_store_path: Path, tiny_graphs) -> None:
    with open_store(tiny_store_path) as store:
        assert store.read_only
        assert store.named_graphs() == [DESPERADO, SPY_KIDS]
        assert len(store) == sum(len(q) for q in tiny_graphs.values())


def test_store_replace_graph_twice_does_not_duplicate(tiny_store, tiny_graphs) -> None:
    before = len(tiny_store)
    quads = tiny_graphs[DESPERADO]
    assert tiny_store.replace_graph(DESPERADO, quads) == len(quads)
    assert len(tiny_store) == before


def test_store_replace_graph_replaces_only_that_graph(tiny_store) -> None:
    spy_before = _graph_triples(tiny_store, SPY_KIDS)
    triple = ox.Triple(
        ox.NamedNode("https://w3id.org/film-kg/id/person/x"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
        ox.Literal("X"),
    )
    assert tiny_store.replace_graph(DESPERADO, [triple]) == 1
    assert _graph_triples(tiny_store, DESPERADO) == {f"{triple} <{DESPERADO}> ."}
    assert _graph_triples(tiny_store, SPY_KIDS) == spy_before


def test_store_replace_graph_failure_leaves_store_unchanged(
    tiny_store_path: Path, tiny_graphs, store_quads
) -> None:
    before = store_quads(tiny_store_path)

    def broken():
        yield from tiny_graphs[DESPERADO][:3]
        raise StoreError("simulated crash while writing")

    with open_store(tiny_store_path, read_only=False) as store, pytest.raises(StoreError):
        store.replace_graph(DESPERADO, broken())
    assert store_quads(tiny_store_path) == before


def test_store_replace_graph_accepts_rdflib_graph(tiny_store) -> None:
    graph = rdflib.Graph(identifier=rdflib.URIRef(DESPERADO))
    graph.parse(str(Path(__file__).parent / "data" / "tiny.trig"), format="trig")
    dataset = rdflib.Dataset()
    dataset.parse(str(Path(__file__).parent / "data" / "tiny.trig"), format="trig")
    expected = dataset.graph(rdflib.URIRef(DESPERADO))
    tiny_store.replace_graph(DESPERADO, expected)
    back = rdflib.Graph().parse(data=tiny_store.dump("nt", graph=DESPERADO), format="nt")
    assert isomorphic(back, expected)


def test_store_literals_with_quotes_and_newlines_survive(tiny_store) -> None:
    text = 'He said "x" } DROP ALL #\nand left \\ '
    g = rdflib.Graph()
    g.add((rdflib.URIRef("urn:x:a"), rdflib.RDFS.label, rdflib.Literal(text, lang="en")))
    tiny_store.replace_graph("urn:x:g", g)
    rows = tiny_store.select(
        "SELECT ?l WHERE { <urn:x:a> rdfs:label ?l }", prefixes={"rdfs": str(rdflib.RDFS)}
    )
    assert [r["l"].value for r in rows] == [text]
    assert DESPERADO in tiny_store.named_graphs()


def test_store_read_only_refuses_writes(tiny_store_path: Path) -> None:
    with open_store(tiny_store_path) as store, pytest.raises(StoreError, match="read-only"):
        store.replace_graph(DESPERADO, [])


def test_store_remove_graph(tiny_store) -> None:
    assert tiny_store.remove_graph(DESPERADO) is True
    assert tiny_store.remove_graph(DESPERADO) is False
    assert tiny_store.named_graphs() == [SPY_KIDS]


# --- reading --------------------------------------------------------------------------------


def test_store_query_select_rows_by_variable_name(tiny_store) -> None:
    result = tiny_store.query(
        "SELECT ?label ?film WHERE { ?film a kg:Film ; rdfs:label ?label } ORDER BY ?label",
        prefixes={"kg": "https://w3id.org/film-kg/ontology#", "rdfs": str(rdflib.RDFS)},
    )
    assert isinstance(result, SelectResult)
    assert result.variables == ["label", "film"]
    labels = [row["label"].value for row in result]
    # The default graph is the merged graph: Desperado, stated by both articles, comes once.
    assert labels == ["Barbie", "Desperado", "Spy Kids", "Spy Kids: Armageddon"]


def test_store_query_unbound_variable_is_absent(tiny_store) -> None:
    rows = tiny_store.select(
        "SELECT ?a ?missing WHERE { ?a a <https://w3id.org/film-kg/ontology#Article> "
        "OPTIONAL { ?a <urn:x:none> ?missing } }"
    )
    assert len(rows) == 2
    assert all(set(row) == {"a"} for row in rows)


def test_store_query_ask_and_construct(tiny_store) -> None:
    ask = tiny_store.query("ASK { ?s a <https://w3id.org/film-kg/ontology#Quote> }")
    assert isinstance(ask, AskResult) and bool(ask)
    built = tiny_store.query("CONSTRUCT WHERE { ?s a <https://w3id.org/film-kg/ontology#Film> }")
    assert isinstance(built, GraphResult)
    assert len(list(built)) == 4  # each triple once, though Desperado is in two graphs


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELECT ?x WHERE {\n  ?x ?y\n}", "invalid SPARQL at line 3, column 2: "),
        ("SELEC ?x WHERE { ?x ?y ?z }", "invalid SPARQL at line 1, column 10: "),
    ],
)
def test_store_query_syntax_error_gives_position(tiny_store, query: str, message: str) -> None:
    with pytest.raises(BadQuery) as err:
        tiny_store.query(query)
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


def test_store_query_syntax_error_long_expectation_lists_are_cut(tiny_store) -> None:
    with pytest.raises(BadQuery) as err:
        tiny_store.query("SELECT ?x WHERE {")
    message = str(err.value)
    assert message.startswith("invalid SPARQL at line 1, column 18: expected one of ")
    assert message.endswith(", ...") and len(message) < 160


def test_store_query_on_unwritten_store_is_empty(store_path: Path) -> None:
    store = open_store(store_path, read_only=False)
    assert store.select("SELECT * WHERE { ?s ?p ?o }") == []
    assert not store_path.exists()


def test_store_dump_unknown_graph_and_format(tiny_store) -> None:
    with pytest.raises(StoreError, match="no graph urn:x:nope"):
        tiny_store.dump("nt", graph="urn:x:nope")
    with pytest.raises(StoreError, match="unknown format 'rdfxml'"):
        tiny_store.dump("rdfxml")


def _merged_matches_union(store) -> bool:
    merged = set(store.dump("nt").decode().splitlines())
    union = {
        line.rsplit(" ", 2)[0] + " ."
        for line in store.dump("nquads").decode().splitlines()
        if line.strip()
    }
    return merged == union


def test_store_merged_graph_stays_the_union_of_article_graphs(tiny_store, tiny_graphs) -> None:
    desperado = tiny_graphs[DESPERADO]
    assert _merged_matches_union(tiny_store)
    # A triple both articles state stays merged while either still states it.
    tiny_store.replace_graph(DESPERADO, desperado[:5])
    assert _merged_matches_union(tiny_store)
    tiny_store.remove_graph(SPY_KIDS)
    assert _merged_matches_union(tiny_store)
    tiny_store.replace_graph(DESPERADO, [])
    assert tiny_store.dump("nt") == b""
    tiny_store.replace_graph(DESPERADO, desperado)
    assert _merged_matches_union(tiny_store)
    assert len(tiny_store) == len(desperado)


def test_store_counts_a_triple_once_however_many_articles_state_it(tiny_store) -> None:
    rows = tiny_store.select(
        "SELECT (COUNT(*) AS ?n) WHERE { ?film a <https://w3id.org/film-kg/ontology#Film> ;"
        " <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    )
    assert rows[0]["n"].value == "4"
