"""End to end: the real `kg` command in a subprocess, on temporary stores."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

TREJO_RODRIGUEZ = "Danny Trejo -[starred in]-> Desperado <-[directed]- Robert Rodriguez"
FACT_KEYS = [
    "subject",
    "predicate",
    "object",
    "character",
    "source",
    "sentence",
    "start",
    "end",
    "evidence",
    "rule",
    "confidence",
]


# --- the README's main job ------------------------------------------------------------------


def test_cli_build_then_path_trejo_rodriguez(kg, tmp_path: Path) -> None:
    built = kg("build", default_store=True)
    assert built.code == 0, built.err
    assert (tmp_path / "kg-store" / "film-kg.json").is_file()  # ./kg-store by default
    found = kg("path", "Trejo", "Rodriguez", default_store=True)
    assert found.code == 0, found.err
    lines = found.out.splitlines()
    assert lines[0] == TREJO_RODRIGUEZ
    assert lines[1] == "  Danny Trejo -[starred in]-> Desperado"
    assert lines[2].startswith("    desperado-rodriguez.txt, sentence ")
    assert "Danny Trejo" in lines[2]
    assert "  Robert Rodriguez -[directed]-> Desperado" in lines
    assert found.err == ""


def test_cli_build_prints_what_it_added(kg, store_quads, store_path) -> None:
    first = kg("build")
    assert first.code == 0, first.err
    lines = first.out.splitlines()
    assert lines[0].startswith("added desperado-rodriguez.txt: ")
    assert lines[1].startswith(f"stored 1 article in {store_path}: ")
    predicates = {line.split()[0] for line in lines[2:]}
    assert {"directed", "starred_in", "sequel_of", "said"} <= predicates
    before = store_quads(store_path)
    again = kg("build")
    assert again.code == 0
    assert again.out.splitlines()[0].startswith("replaced desperado-rodriguez.txt: ")
    assert store_quads(store_path) == before  # replaced, not duplicated


def test_cli_build_json_report(kg) -> None:
    done = kg("build", "--format", "json")
    doc = json.loads(done.out)
    assert [a["name"] for a in doc["articles"]] == ["desperado-rodriguez.txt"]
    assert doc["facts"] == sum(doc["predicates"].values()) > 0
    assert doc["problems"] == []


def test_cli_store_option_beats_the_environment(kg, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    assert kg("--store", str(other), "build").code == 0
    assert (other / "film-kg.json").is_file()
    assert kg("stats").err == f"Error: no store at {tmp_path / 'kg-store'}; run `kg build` first\n"


# --- path -----------------------------------------------------------------------------------


def test_cli_path_json(kg_sample) -> None:
    done = kg_sample("path", "Trejo", "Rodriguez", "--format", "json")
    doc = json.loads(done.out)
    assert doc["paths"][0]["text"] == TREJO_RODRIGUEZ
    assert doc["source"]["iri"] == "https://w3id.org/film-kg/id/person/danny-trejo"


def test_cli_path_options(kg_sample) -> None:
    every = kg_sample("path", "Gallardo", "Trejo", "--all")
    assert every.code == 0
    chains = [line for line in every.out.splitlines() if line and not line.startswith(" ")]
    assert len(chains) >= 1 and all(c.startswith("Carlos Gallardo ") for c in chains)
    limited = kg_sample("path", "Trejo", "Rodriguez", "--max-hops", "1")
    assert (limited.code, limited.err_lines) == (
        1,
        ["Error: no connection between Danny Trejo and Robert Rodriguez within 1 hop"],
    )
    via = kg_sample("path", "Trejo", "Rodriguez", "--via", "starred in,directed")
    assert via.out.splitlines()[0] == TREJO_RODRIGUEZ
    bad = kg_sample("path", "Trejo", "Rodriguez", "--max-hops", "0")
    assert bad.code == 2


def test_cli_path_ambiguous_and_unknown(kg_sample) -> None:
    ambiguous = kg_sample("path", "Desperado", "Trejo")
    assert ambiguous.code == 1
    assert ambiguous.err_lines == [
        "Error: 'Desperado' is ambiguous; it matches: Desperado (Film), "
        "Desperado (FilmSeries) (use one of these as written, or a fuller name)"
    ]
    picked = kg_sample("path", "Desperado (Film)", "Trejo")
    assert picked.out.splitlines()[0] == "Desperado <-[starred in]- Danny Trejo"
    unknown = kg_sample("path", "Rodrigez", "Trejo")
    assert unknown.err_lines == [
        "Error: no entity matches 'Rodrigez'; did you mean: Robert Rodriguez?"
    ]


# --- query ----------------------------------------------------------------------------------

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"


def test_cli_query_formats(kg_sample, tmp_path: Path) -> None:
    table = kg_sample("query", PEOPLE)
    assert table.code == 0, table.err
    lines = table.out.splitlines()
    assert lines[0] == "?name"
    assert "Danny Trejo" in lines and "Robert Rodriguez" in lines
    assert lines[-1] == f"({len(lines) - 3} rows)"
    rows = list(csv.reader(io.StringIO(kg_sample("query", PEOPLE, "--format", "csv").out)))
    assert rows[0] == ["name"] and ["Danny Trejo"] in rows
    doc = json.loads(kg_sample("query", PEOPLE, "--format", "json").out)
    names = [b["name"]["value"] for b in doc["results"]["bindings"]]
    assert names == [r[0] for r in rows[1:]]
    (tmp_path / "people.rq").write_text(PEOPLE, encoding="utf-8")
    assert kg_sample("query", "-f", str(tmp_path / "people.rq")).out == table.out


def test_cli_query_ask_and_construct(kg_sample) -> None:
    assert kg_sample("query", "ASK { ?q a kg:Quote }").out == "true\n"
    built = kg_sample(
        "query", "CONSTRUCT { ?p schema:name ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }"
    )
    graph = rdflib.Graph().parse(data=built.out, format="turtle")
    assert (None, rdflib.URIRef("https://schema.org/name"), rdflib.Literal("Danny Trejo")) in graph


def test_cli_query_needs_exactly_one_query(kg_sample, tmp_path: Path) -> None:
    (tmp_path / "q.rq").write_text(PEOPLE)
    for args in [(), (PEOPLE, "-f", str(tmp_path / "q.rq"))]:
        done = kg_sample("query", *args)
        assert done.code == 2
        assert done.err_lines[-1] == "Error: give a SPARQL query or -f FILE.rq (one of them)"


# --- export ---------------------------------------------------------------------------------


def _dataset_graphs(data: str, fmt: str) -> dict[str, rdflib.Graph]:
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=fmt)
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g)
    }


def test_cli_export_every_format_round_trips(kg_sample, tmp_path: Path) -> None:
    out = {}
    for fmt in ["turtle", "nt", "nquads", "trig", "jsonld"]:
        target = tmp_path / f"graph.{fmt}"
        done = kg_sample("export", "--format", fmt, "-o", str(target))
        assert done.code == 0, done.err
        assert done.err.startswith(f"wrote {target} (")
        out[fmt] = target.read_text(encoding="utf-8")
    turtle = rdflib.Graph().parse(data=out["turtle"], format="turtle")
    assert len(turtle) > 300
    assert isomorphic(turtle, rdflib.Graph().parse(data=out["nt"], format="nt"))
    graphs = {
        fmt: _dataset_graphs(out[fmt], name)
        for fmt, name in [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")]
    }
    [name] = graphs["nquads"]
    assert name == "https://w3id.org/film-kg/article/desperado-rodriguez-txt"
    for fmt in ["trig", "jsonld"]:
        assert list(graphs[fmt]) == [name]
        assert isomorphic(graphs[fmt][name], graphs["nquads"][name]), fmt
    assert isomorphic(graphs["nquads"][name], turtle)  # one article: merged == its graph


def test_cli_export_to_stdout_is_turtle(kg_sample) -> None:
    done = kg_sample("export")
    assert done.out.startswith("@prefix ")
    assert len(rdflib.Graph().parse(data=done.out, format="turtle")) > 300


# --- show, stats, validate ------------------------------------------------------------------


def test_cli_show(kg_sample) -> None:
    done = kg_sample("show", "Rodriguez")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[:3] == [
        "Robert Rodriguez (Person)",
        "  https://w3id.org/film-kg/id/person/robert-rodriguez",
        "  mentioned in: desperado-rodriguez.txt",
    ]
    assert any(line.startswith("  Robert Rodriguez directed El Mariachi") for line in lines)
    assert any(line.startswith('  Robert Rodriguez said "') for line in lines)
    doc = json.loads(kg_sample("show", "Trejo", "--format", "json").out)
    assert doc["entity"]["label"] == "Danny Trejo"
    assert doc["facts"][0]["evidence"][0]["source"] == "desperado-rodriguez.txt"


def test_cli_stats(kg_sample) -> None:
    text = kg_sample("stats").out.splitlines()
    assert text[0].split() == ["articles", "1"]
    doc = json.loads(kg_sample("stats", "--format", "json").out)
    assert doc["articles"] == 1
    assert doc["entities"]["Person"] >= 8
    assert doc["facts"]["starred in"] >= 5
    assert doc["triples"] == doc["quads"]  # one article: nothing shared


def test_cli_validate_the_built_graph_conforms(kg_sample) -> None:
    done = kg_sample("validate")
    assert done.code == 0, done.out + done.err
    assert "conforms" in done.out


# --- extract and eval -----------------------------------------------------------------------

NIGHT_TIDE = 'Ana Ruiz directed "Night Tide". Tom Hale starred in "Night Tide".\n'


def test_cli_extract_jsonl_has_exactly_the_fact_keys(kg, tmp_path: Path) -> None:
    (tmp_path / "night-tide.txt").write_text(NIGHT_TIDE, encoding="utf-8")
    done = kg("extract", str(tmp_path / "night-tide.txt"))
    assert done.code == 0, done.err
    facts = [json.loads(line) for line in done.out.splitlines()]
    assert [list(f) for f in facts] == [FACT_KEYS, FACT_KEYS]
    assert [(f["subject"], f["predicate"], f["object"]) for f in facts] == [
        ("Ana Ruiz", "directed", "Night Tide"),
        ("Tom Hale", "starred_in", "Night Tide"),
    ]
    assert {f["source"] for f in facts} == {"night-tide.txt"}
    assert NIGHT_TIDE[facts[0]["start"] : facts[0]["end"]] in facts[0]["evidence"]


def test_cli_extract_stdin_and_table(kg) -> None:
    done = kg("extract", "-", "--format", "table", input=NIGHT_TIDE)
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0] == "<stdin>: 2 facts"
    assert lines[1].split()[:3] == ["subject", "predicate", "object"]
    assert lines[3].split()[:4] == ["Ana", "Ruiz", "directed", "Night"]
    jsonl = kg("extract", "-", input=NIGHT_TIDE)
    assert {json.loads(line)["source"] for line in jsonl.out.splitlines()} == {"<stdin>"}


def test_cli_extract_goes_on_past_a_bad_file(kg, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NIGHT_TIDE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    done = kg("extract", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"))
    assert done.code == 1
    assert done.err_lines == [f"Error: {tmp_path / 'empty.txt'}: file is empty"]
    assert len(done.out.splitlines()) == 2


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "night-tide.txt").write_text(NIGHT_TIDE, encoding="utf-8")
    doc = {
        "article": "night-tide.txt",
        "entities": {
            "Ana Ruiz": {"type": "Person", "aliases": ["Ruiz"]},
            "Tom Hale": {"type": "Person", "aliases": []},
            "Night Tide": {"type": "Film", "aliases": []},
        },
        "facts": [
            {"s": "Ana Ruiz", "p": "directed", "o": "Night Tide"},
            {"s": "Tom Hale", "p": "starred_in", "o": "Night Tide"},
        ],
        "optional": [],
    }
    (gold / "night-tide.gold.json").write_text(json.dumps(doc), encoding="utf-8")
    return gold


def test_cli_eval(kg, gold_dir: Path) -> None:
    done = kg("eval", "--gold", str(gold_dir))
    assert done.code == 0, done.err
    assert "core (micro)" in done.out
    doc = json.loads(kg("eval", "--gold", str(gold_dir), "--format", "json").out)
    assert doc["core"]["f1"] == 1.0


def test_cli_eval_malformed_gold_exits_1(kg, gold_dir: Path) -> None:
    (gold_dir / "night-tide.gold.json").write_text("{ not json", encoding="utf-8")
    done = kg("eval", "--gold", str(gold_dir))
    assert done.code == 1
    assert len(done.err_lines) == 1 and done.err_lines[0].startswith("Error: ")
    assert "night-tide.gold.json" in done.err_lines[0]


def test_cli_eval_needs_gold(kg) -> None:
    assert kg("eval").code == 2


# --- the command itself ---------------------------------------------------------------------


def test_cli_version_and_module_entry(kg) -> None:
    assert kg("--version").out == "kg, version 0.1.0\n"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Usage: kg [OPTIONS] COMMAND [ARGS]...")


def test_cli_cold_start_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from kg.cli import cli\n"
        "for args in (['--help'], ['path', '--help'], ['query', '--help']):\n"
        "    try:\n"
        "        cli(args, prog_name='kg')\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = {'rdflib', 'networkx', 'pyoxigraph', 'pyshacl'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_cli_path_does_not_import_rdflib(sample_store: Path) -> None:
    code = (
        "import sys\n"
        "from kg.cli import cli\n"
        f"try:\n    cli(['--store', {str(sample_store)!r}, 'path', 'Trejo', 'Rodriguez'])\n"
        "except SystemExit:\n    pass\n"
        "print(sorted({'rdflib', 'pyshacl'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.splitlines()[0] == TREJO_RODRIGUEZ
    assert done.stdout.splitlines()[-1] == "[]"


def test_cli_path_choice_does_not_depend_on_the_hash_seed(tiny_store_path: Path) -> None:
    """Navajas and Robert Patrick are joined by two equally short paths: always pick the same."""
    outputs = set()
    for seed in ["0", "1", "2", "3", "4"]:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg",
                "--store",
                str(tiny_store_path),
                "path",
                "Navajas",
                "Patrick",
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1


def test_cli_build_killed_midway_leaves_whole_articles(tmp_path: Path, store_path: Path) -> None:
    """SIGKILL during a build: every article in the store is complete, the rest absent."""
    import signal

    from kg.extract import extract
    from kg.rdf import article_graph
    from kg.store import open_store
    from kg.text import load_article

    folder = tmp_path / "many"
    folder.mkdir()
    total = 400
    for i in range(total):
        (folder / f"a{i:03d}.txt").write_text(
            f'Ana Ruiz{i} directed "Night Tide {i}". Tom Hale starred in "Night Tide {i}".\n',
            encoding="utf-8",
        )
    command = [sys.executable, "-m", "kg", "--store", str(store_path), "build", str(folder)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as proc:
        assert proc.stdout is not None
        for _ in range(3):
            assert proc.stdout.readline().startswith("added ")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with open_store(store_path) as store:
        graphs = store.named_graphs()
        assert 3 <= len(graphs) < total
        merged = set(store.dump("nt").decode().splitlines())
        for graph in graphs:
            name = graph.rsplit("/", 1)[1].removesuffix("-txt") + ".txt"
            article = load_article(folder / name)
            stored = rdflib.Graph().parse(data=store.dump("nt", graph=graph), format="nt")
            assert isomorphic(stored, article_graph(article, extract(article))), name
            assert set(store.dump("nt", graph=graph).decode().splitlines()) <= merged
