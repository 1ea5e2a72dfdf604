from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import KgError
from kg.export import FORMATS, QUAD_FORMATS, export, find_graph

RDFLIB_FORMAT = {
    "turtle": "turtle",
    "nt": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
}
DESPERADO = "https://w3id.org/film-kg/article/desperado-txt"
TINY_TRIG = str(Path(__file__).parent / "data" / "tiny.trig")


def _expected_graphs(tiny_graphs) -> dict[str, rdflib.Graph]:
    """The hand-written article graphs, read by rdflib (not by the store) from tiny.trig."""
    dataset = rdflib.Dataset()
    dataset.parse(TINY_TRIG, format="trig")
    out = {}
    for name in tiny_graphs:
        out[name] = rdflib.Graph()
        for triple in dataset.graph(rdflib.URIRef(name)):
            out[name].add(triple)
    return out


def _merged(graphs: dict[str, rdflib.Graph]) -> rdflib.Graph:
    merged = rdflib.Graph()
    for g in graphs.values():
        for triple in g:
            merged.add(triple)
    return merged


def _named_graphs(data: bytes, fmt: str) -> dict[str, rdflib.Graph]:
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=RDFLIB_FORMAT[fmt])
    graphs = {}
    for g in dataset.graphs():
        if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g):
            graphs[str(g.identifier)] = g
    assert len(dataset.graph(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)) == 0
    return graphs


def test_export_formats() -> None:
    assert FORMATS == ("turtle", "nt", "nquads", "trig", "jsonld")
    assert QUAD_FORMATS == ("nquads", "trig", "jsonld")


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_export_triple_formats_round_trip_as_merged_graph(memory_store, tiny_graphs, fmt):
    data = export(memory_store, fmt)
    back = rdflib.Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
    expected = _merged(_expected_graphs(tiny_graphs))
    assert len(back) == len(expected) < sum(len(q) for q in tiny_graphs.values())
    assert isomorphic(back, expected)


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_export_quad_formats_round_trip_per_graph(memory_store, tiny_graphs, fmt):
    back = _named_graphs(export(memory_store, fmt), fmt)
    expected = _expected_graphs(tiny_graphs)
    assert sorted(back) == sorted(expected)
    for name, graph in expected.items():
        assert isomorphic(back[name], graph), name


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("graph", ["desperado.txt", DESPERADO])
def test_export_one_article(memory_store, tiny_graphs, fmt, graph):
    data = export(memory_store, fmt, graph=graph)
    expected = _expected_graphs(tiny_graphs)[DESPERADO]
    if fmt in QUAD_FORMATS:
        back = _named_graphs(data, fmt)
        assert list(back) == [DESPERADO]
        assert isomorphic(back[DESPERADO], expected)
    else:
        assert isomorphic(rdflib.Graph().parse(data=data, format=RDFLIB_FORMAT[fmt]), expected)


def test_export_turtle_uses_the_prefixes(memory_store) -> None:
    text = export(memory_store, "turtle").decode()
    assert "@prefix kg: <https://w3id.org/film-kg/ontology#> ." in text
    assert "kg:starredIn" in text


def test_export_empty_store_is_empty(store_path) -> None:
    from kg.store import open_store

    store = open_store(store_path, read_only=False)
    assert len(rdflib.Graph().parse(data=export(store, "turtle"), format="turtle")) == 0
    assert export(store, "nquads") == b""


@pytest.mark.parametrize(
    ("fmt", "graph", "message"),
    [
        ("rdfxml", None, "unknown export format 'rdfxml'; choose one of turtle, nt, nquads"),
        ("nt", "nope.txt", "no article 'nope.txt' in the store; articles: desperado.txt, spy"),
    ],
)
def test_export_errors(memory_store, fmt, graph, message) -> None:
    with pytest.raises(KgError) as err:
        export(memory_store, fmt, graph=graph)
    assert str(err.value).startswith(message)


def test_export_find_graph(memory_store) -> None:
    assert find_graph(memory_store, "spy-kids.txt").endswith("/article/spy-kids-txt")
