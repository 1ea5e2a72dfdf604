from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import KgError
from kg.extract import extract
from kg.paths import find_paths
from kg.pipeline import build
from kg.rdf import article_graph
from kg.store import open_store
from kg.text import load_article, sample_article_path

NIGHT_TIDE = 'Ana Ruiz directed "Night Tide". Tom Hale starred in "Night Tide".\n'
COLD_HARBOR = 'Lena Park directed "Cold Harbor" in 2004. Tom Hale starred in "Cold Harbor".\n'


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "night-tide.txt").write_text(NIGHT_TIDE, encoding="utf-8")
    (folder / "cold-harbor.txt").write_text(COLD_HARBOR, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def _stored_graph(store, name: str) -> rdflib.Graph:
    data = store.dump("nt", graph=f"https://w3id.org/film-kg/article/{name}")
    return rdflib.Graph().parse(data=data, format="nt")


def test_pipeline_build_stores_what_rdf_makes_of_the_facts(articles, store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        report = build([articles], store)
        assert report.ok and report.problems == []
        assert [a.name for a in report.articles] == ["cold-harbor.txt", "night-tide.txt"]
        for result in report.articles:
            article = load_article(articles / result.name)
            expected = article_graph(article, extract(article))
            assert isomorphic(_stored_graph(store, result.graph.rsplit("/", 1)[1]), expected)
            assert result.triples == len(expected)
        assert report.triples == len(store)
        assert report.facts == 4
        assert report.predicates() == {"directed": 2, "starred_in": 2}


def test_pipeline_paths_join_articles_through_shared_entities(articles, store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        build([articles], store)
        [path] = find_paths(store, "Ruiz", "Park")
    assert path.chain() == (
        "Ana Ruiz -[directed]-> Night Tide <-[starred in]- Tom Hale -[starred in]-> "
        "Cold Harbor <-[directed]- Lena Park"
    )


def test_pipeline_rebuild_replaces_instead_of_duplicating(articles, store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        first = build([articles], store)
        before = store.dump("nquads")
        second = build([articles / "night-tide.txt", articles], store)
        assert [a.replaced for a in first.articles] == [False, False]
        assert [a.replaced for a in second.articles] == [True, True]
        assert sorted(store.dump("nquads").splitlines()) == sorted(before.splitlines())


def test_pipeline_rebuild_after_edit_drops_old_facts(articles, store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        build([articles], store)
        (articles / "night-tide.txt").write_text('Ana Ruiz directed "Night Tide".\n')
        report = build([articles / "night-tide.txt"], store)
        assert report.facts == 1
        rows = store.select(
            "SELECT ?p WHERE { ?p <https://w3id.org/film-kg/ontology#starredIn> ?f }"
        )
        # Tom Hale still starred in Cold Harbor, but no longer in Night Tide.
        assert len(rows) == 1


def test_pipeline_no_paths_means_the_sample(store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        report = build([], store)
        assert [a.path for a in report.articles] == [str(sample_article_path())]
        [path] = find_paths(store, "Trejo", "Rodriguez")
    assert path.chain() == "Danny Trejo -[starred in]-> Desperado <-[directed]- Robert Rodriguez"


def test_pipeline_min_confidence_filters_facts(articles, store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        everything = build([articles], store).facts
        assert build([articles], store, min_confidence=0.99).facts == 0
        assert build([articles], store, min_confidence=0.5).facts == everything
    with pytest.raises(KgError, match="between 0 and 1"):
        build([articles], open_store(store_path, read_only=False), min_confidence=2)


def test_pipeline_bad_inputs_are_reported_and_skipped(articles, tmp_path, store_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "no-articles").mkdir()
    inputs = [
        tmp_path / "empty.txt",
        articles / "night-tide.txt",
        tmp_path / "binary.txt",
        tmp_path / "latin1.txt",
        tmp_path / "missing.txt",
        tmp_path / "no-articles",
    ]
    seen = []
    with open_store(store_path, read_only=False) as store:
        report = build(inputs, store, progress=seen.append)
        assert store.named_graphs() == ["https://w3id.org/film-kg/article/night-tide-txt"]
    assert not report.ok
    assert [a.name for a in report.articles] == ["night-tide.txt"]
    assert [p.message for p in report.problems] == [
        f"{tmp_path / 'no-articles'}: directory holds no article files (*.txt, *.html, *.htm)",
        f"{tmp_path / 'empty.txt'}: file is empty",
        f"{tmp_path / 'binary.txt'}: file is binary, not text",
        f"{tmp_path / 'latin1.txt'}: not UTF-8 text (invalid byte 0xe9 at offset 3)",
        f"{tmp_path / 'missing.txt'}: no such file",
    ]
    assert len(seen) == 6


def test_pipeline_all_bad_inputs_create_no_store(tmp_path, store_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    report = build([tmp_path / "empty.txt"], open_store(store_path, read_only=False))
    assert not report.ok and report.articles == []
    assert not store_path.exists()


def test_pipeline_same_file_name_twice_is_refused(articles, tmp_path, store_path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "night-tide.txt").write_text(COLD_HARBOR, encoding="utf-8")
    with open_store(store_path, read_only=False) as store:
        report = build([articles / "night-tide.txt", other / "night-tide.txt"], store)
    assert [a.path for a in report.articles] == [str(articles / "night-tide.txt")]
    [problem] = report.problems
    assert problem.message.startswith(f"{other / 'night-tide.txt'}: has the same file name as")


def test_pipeline_report_render(articles, store_path) -> None:
    with open_store(store_path, read_only=False) as store:
        report = build([articles], store)
    lines = report.render().splitlines()
    assert lines[0].startswith("added cold-harbor.txt: 2 facts, ")
    assert lines[1].startswith("added night-tide.txt: 2 facts, ")
    assert lines[2] == f"stored 2 articles in {store_path}: 4 facts, {report.triples} triples"
    assert [line.split() for line in lines[3:]] == [["directed", "2"], ["starred_in", "2"]]
    assert report.to_json()["predicates"] == {"directed": 2, "starred_in": 2}
