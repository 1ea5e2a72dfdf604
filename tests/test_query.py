from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import BadQuery
from kg.query import format_result, prefixes, read_query_file, run_query


def _text(result, fmt: str) -> str:
    return "".join(format_result(result, fmt))


FILMS = "SELECT ?film ?label WHERE { ?film a kg:Film ; rdfs:label ?label } ORDER BY ?label"


def test_query_prefixes_are_the_projects() -> None:
    from kg.vocab import PREFIXES

    bound = prefixes()
    assert {k: bound[k] for k in PREFIXES} == {k: str(v) for k, v in PREFIXES.items()}
    for name in ("kg", "rdf", "rdfs", "schema", "wd", "wdt", "prov", "xsd", "owl"):
        assert name in bound


def test_query_table(memory_store) -> None:
    lines = _text(run_query(memory_store, FILMS), "table").splitlines()
    assert lines[0].split() == ["?film", "?label"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split() == ["id:film/barbie", "Barbie"]
    assert lines[-2].split(maxsplit=1) == ["id:film/spy-kids-armageddon", "Spy Kids: Armageddon"]
    assert lines[-1] == "(4 rows)"


def test_query_table_keeps_the_query_column_order(memory_store) -> None:
    query = "SELECT ?label ?film WHERE { ?film a kg:Film ; rdfs:label ?label } ORDER BY ?label"
    assert _text(run_query(memory_store, query), "table").split()[:2] == ["?label", "?film"]


def test_query_csv_is_w3c_sparql_csv(memory_store) -> None:
    text = _text(run_query(memory_store, FILMS), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["film", "label"]
    assert rows[1] == ["https://w3id.org/film-kg/id/film/barbie", "Barbie"]
    assert len(rows) == 5
    assert text.endswith("\r\n")


def test_query_json_is_w3c_sparql_json(memory_store) -> None:
    doc = json.loads(_text(run_query(memory_store, "SELECT ?f ?y WHERE { ?f kg:year ?y }"), "json"))
    assert doc["head"] == {"vars": ["f", "y"]}
    assert doc["results"]["bindings"] == [
        {
            "f": {"type": "uri", "value": "https://w3id.org/film-kg/id/film/desperado"},
            "y": {
                "type": "literal",
                "value": "1995",
                "datatype": "http://www.w3.org/2001/XMLSchema#gYear",
            },
        }
    ]


def test_query_json_empty_result(memory_store) -> None:
    doc = json.loads(_text(run_query(memory_store, "SELECT ?x WHERE { ?x kg:year 1 }"), "json"))
    assert doc == {"head": {"vars": ["x"]}, "results": {"bindings": []}}


def test_query_unbound_values_are_blank(memory_store) -> None:
    query = (
        "SELECT ?p ?year WHERE { ?p a kg:Film OPTIONAL { ?p kg:year ?year } } ORDER BY DESC(?year)"
    )
    rows = list(csv.reader(io.StringIO(_text(run_query(memory_store, query), "csv"))))
    assert rows[1][1] == "1995"
    assert [r[1] for r in rows[2:]] == ["", "", ""]


@pytest.mark.parametrize(
    ("fmt", "yes", "no"),
    [
        ("table", "true\n", "false\n"),
        ("csv", "true\n", "false\n"),
        ("json", '{"head": {}, "boolean": true}\n', '{"head": {}, "boolean": false}\n'),
    ],
)
def test_query_ask(memory_store, fmt: str, yes: str, no: str) -> None:
    assert _text(run_query(memory_store, "ASK { ?q a kg:Quote }"), fmt) == yes
    assert _text(run_query(memory_store, "ASK { ?q a kg:TVSeries }"), fmt) == no


CONSTRUCT = "CONSTRUCT { ?p schema:name ?l } WHERE { ?p a kg:Person ; rdfs:label ?l }"


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("table", "turtle"), ("json", "json-ld")])
def test_query_construct_parses_back(memory_store, fmt: str, rdflib_format: str) -> None:
    text = _text(run_query(memory_store, CONSTRUCT), fmt)
    got = rdflib.Graph().parse(data=text, format=rdflib_format)
    expected = rdflib.Graph()
    for row in memory_store.select(
        "SELECT ?p ?l WHERE { ?p a kg:Person ; rdfs:label ?l }", prefixes=prefixes()
    ):
        expected.add(
            (
                rdflib.URIRef(row["p"].value),
                rdflib.URIRef("https://schema.org/name"),
                rdflib.Literal(row["l"].value),
            )
        )
    assert len(expected) == 5
    assert isomorphic(got, expected)


def test_query_construct_csv(memory_store) -> None:
    rows = list(csv.reader(io.StringIO(_text(run_query(memory_store, CONSTRUCT), "csv"))))
    assert rows[0] == ["subject", "predicate", "object"]
    assert [
        "https://w3id.org/film-kg/id/person/danny-trejo",
        "https://schema.org/name",
        "Danny Trejo",
    ] in rows


def test_query_own_prefix_declaration_wins(memory_store) -> None:
    query = "PREFIX kg: <urn:nothing#> ASK { ?f a kg:Film }"
    assert _text(run_query(memory_store, query), "table") == "false\n"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("SELECT ?x WHERE {\n  ?x ?y\n}", r"^invalid SPARQL at line 3, column \d+: .+"),
        ("SELECT * WHERE { ?s nope:p ?o }", r"^invalid SPARQL at line 1, column \d+: .+"),
        ("DROP ALL", r"^invalid SPARQL at line 1, column \d+: .+"),
        ("   ", "^empty SPARQL query$"),
    ],
)
def test_query_bad_queries_give_one_line_with_position(memory_store, query, message) -> None:
    with pytest.raises(BadQuery, match=message) as err:
        run_query(memory_store, query)
    assert "\n" not in str(err.value)


def test_query_read_query_file(tmp_path: Path) -> None:
    (tmp_path / "q.rq").write_text(FILMS, encoding="utf-8")
    assert read_query_file(tmp_path / "q.rq") == FILMS
    with pytest.raises(BadQuery, match=r"nope.rq: no such query file$"):
        read_query_file(tmp_path / "nope.rq")
    (tmp_path / "bin.rq").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(BadQuery, match=r"bin.rq: query file is not UTF-8 text$"):
        read_query_file(tmp_path / "bin.rq")


def test_query_unknown_format(memory_store) -> None:
    with pytest.raises(BadQuery, match="unknown output format 'xml'"):
        _text(run_query(memory_store, FILMS), "xml")


def test_query_long_cells_are_cut_in_tables_only(memory_store) -> None:
    long = "word " * 40
    g = rdflib.Graph()
    g.add((rdflib.URIRef("urn:x:a"), rdflib.RDFS.comment, rdflib.Literal(long)))
    memory_store.replace_graph("urn:x:g", g)
    query = "SELECT ?c WHERE { ?a rdfs:comment ?c }"
    cell = _text(run_query(memory_store, query), "table").splitlines()[2]
    assert len(cell) == 80 and cell.endswith("…")
    full = list(csv.reader(io.StringIO(_text(run_query(memory_store, query), "csv"))))[1][0]
    assert full == long
