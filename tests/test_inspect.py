from __future__ import annotations

import pytest

from kg.errors import AmbiguousEntity, UnknownEntity
from kg.inspect import show, stats


def test_inspect_show_person_lists_facts_quotes_and_evidence(memory_store) -> None:
    report = show(memory_store, "Rodriguez")
    assert report.entity.label == "Robert Rodriguez"
    assert report.articles == ["desperado.txt", "spy-kids.txt"]
    assert [f.sentence() for f in report.facts] == [
        "Robert Rodriguez directed Desperado (Film)",
        'Robert Rodriguez said "It\'s just hard to do" (to The Wrap)',
        "Robert Rodriguez directed Spy Kids",
    ]
    evidence = report.facts[1].evidence[0]
    assert evidence.sentence == '"It\'s just hard to do," Rodriguez told The Wrap.'
    assert (evidence.source, evidence.sentence_index, evidence.rule) == (
        "desperado.txt",
        3,
        "said.told",
    )
    text = report.render()
    assert text.splitlines()[:3] == [
        "Robert Rodriguez (Person)",
        "  https://w3id.org/film-kg/id/person/robert-rodriguez",
        "  mentioned in: desperado.txt, spy-kids.txt",
    ]
    assert '    desperado.txt, sentence 1: Rodriguez directed "Desperado" in 1995.' in text


def test_inspect_show_character_through_the_cast_record(memory_store) -> None:
    report = show(memory_store, "Navajas")
    assert [f.sentence() for f in report.facts] == [
        "Danny Trejo starred in Desperado (Film) as Navajas"
    ]
    assert report.relations == []  # portrayed / characterIn are covered by that fact


def test_inspect_show_film_attributes_and_incoming_facts(memory_store) -> None:
    report = show(memory_store, "Desperado (Film)")
    assert report.attributes == {"year": ["1995"]}
    assert sorted(f.sentence() for f in report.facts) == [
        "Antonio Banderas starred in Desperado (Film)",
        "Danny Trejo starred in Desperado (Film) as Navajas",
        "Robert Rodriguez directed Desperado (Film)",
    ]


def test_inspect_show_relations_without_evidence(memory_store) -> None:
    memory_store.replace_graph(
        "urn:x:g",
        [
            (
                _iri("person/danny-trejo"),
                "https://w3id.org/film-kg/ontology#starredIn",
                _iri("film/barbie"),
            )
        ],
    )
    report = show(memory_store, "Barbie")
    assert [(s.label, r, o.label) for s, r, o in report.relations] == [
        ("Danny Trejo", "starred in", "Barbie")
    ]
    assert "Other relations (no evidence recorded):" in report.render()


def _iri(local: str) -> str:
    return "https://w3id.org/film-kg/id/" + local


def test_inspect_show_json(memory_store) -> None:
    doc = show(memory_store, "Trejo").to_json()
    assert doc["entity"]["label"] == "Danny Trejo"
    [fact] = doc["facts"]
    assert fact["character"]["label"] == "Navajas"
    assert fact["evidence"][0]["confidence"] == 0.8


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("Desperado", AmbiguousEntity),
        ("Tarantino", UnknownEntity),
        ('x" } DROP ALL #', UnknownEntity),
    ],
)
def test_inspect_show_bad_names(memory_store, name, error) -> None:
    with pytest.raises(error):
        show(memory_store, name)


def test_inspect_stats(memory_store) -> None:
    result = stats(memory_store)
    assert result.articles == 2
    assert result.graphs == 2
    assert result.quads == 154
    assert result.triples < result.quads  # shared entity triples counted once
    assert result.entities == {
        "Person": 5,
        "Film": 4,
        "FilmSeries": 1,
        "Character": 1,
        "Organization": 1,
    }
    assert result.facts == {"starred in": 4, "directed": 3, "reboot of": 1, "said": 1}
    assert result.quotes == 1
    lines = result.render().splitlines()
    assert lines[0].split() == ["articles", "2"]
    assert lines[2].split() == ["entities", "12"]
    assert result.to_json()["facts"]["said"] == 1


def test_inspect_stats_empty_store(store_path) -> None:
    from kg.store import open_store

    result = stats(open_store(store_path, read_only=False))
    assert (result.articles, result.triples, result.entities, result.facts) == (0, 0, {}, {})
