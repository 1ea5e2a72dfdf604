"""Linking across articles: lone surnames and film titles meet what the store already holds."""

import subprocess
import sys
from pathlib import Path

import pytest

from kg.link import KnownEntities, ambiguous_names, link_facts
from kg.types import Entity, EntityType, Fact, Predicate

KG = Path(sys.executable).with_name("kg")
PERSON, FILM = EntityType.PERSON, EntityType.FILM


def fact(subject: Entity, obj: Entity, predicate=Predicate.STARRED_IN) -> Fact:
    return Fact(subject, predicate, obj, "b.txt", 0, 0, 1, "x", "rule", 0.9)


def known(*people: str, films: tuple[Entity, ...] = ()) -> KnownEntities:
    k = KnownEntities()
    for name in people:
        k.add_person(name)
    for film in films:
        k.add_film(film)
    return k


def test_link_lone_surname_to_the_one_stored_person():
    linked = link_facts(
        [fact(Entity("Okafor", PERSON), Entity("Dry Season", FILM))], known("Ada Okafor")
    )
    assert linked[0].subject == Entity("Ada Okafor", PERSON)


def test_link_ambiguous_surname_stays_separate():
    facts = [fact(Entity("Okafor", PERSON), Entity("Dry Season", FILM))]
    linked = link_facts(facts, known("Ada Okafor", "Ben Okafor"))
    assert linked[0].subject == Entity("Okafor", PERSON)


@pytest.mark.parametrize(
    ("stored", "mention", "expected"),
    [
        # an undated mention joins the one stored film of that title
        (
            (Entity("Dry Season", FILM, 1999),),
            Entity("Dry Season", FILM),
            Entity("Dry Season", FILM, 1999),
        ),
        # a dated mention joins the stored film of its year
        (
            (Entity("Dry Season", FILM, 1999),),
            Entity("Dry Season", FILM, 1999),
            Entity("Dry Season", FILM, 1999),
        ),
        # the store has the title only with another year: a new film, qualified by its year
        (
            (Entity("Dry Season", FILM, 1999),),
            Entity("Dry Season", FILM, 2021),
            Entity("Dry Season", FILM, 2021, "2021"),
        ),
        # two stored films of that title: an undated mention is ambiguous and stays as written
        (
            (Entity("Dry Season", FILM, 1999), Entity("Dry Season", FILM, 2021, "2021")),
            Entity("Dry Season", FILM),
            Entity("Dry Season", FILM),
        ),
    ],
)
def test_link_films_by_title_and_year(stored, mention, expected):
    linked = link_facts([fact(Entity("Ada Okafor", PERSON), mention)], known(films=stored))
    assert linked[0].object == expected


def test_link_ambiguous_names():
    assert ambiguous_names(["Ada Okafor", "Ben Okafor", "Okafor", "Kai Dorn", "Dorn"]) == ["Okafor"]


def kg(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(KG), "--store", str(store), *args], capture_output=True, text=True, check=False
    )


def test_link_end_to_end_second_article_says_only_the_surname(tmp_path):
    first = tmp_path / "first.txt"
    first.write_text('Ada Okafor stars in "Dry Season" (1999), directed by Kai Dorn.\n')
    second = tmp_path / "second.txt"
    second.write_text('"I still think about that shoot," Okafor said.\n')
    store = tmp_path / "store"
    assert kg(store, "build", str(first)).returncode == 0
    assert kg(store, "build", str(second)).returncode == 0
    out = kg(
        store,
        "query",
        "--format",
        "csv",
        'SELECT ?t WHERE { ?p rdfs:label "Ada Okafor" ; kg:said/kg:text ?t }',
    )
    assert out.stdout.splitlines()[1:] == ["I still think about that shoot"]
    # the same film title with another year, in a third article, is another film
    third = tmp_path / "third.txt"
    third.write_text('"Dry Season" (2021), directed by Lia Moreau, is a remake in name only.\n')
    assert kg(store, "build", str(third)).returncode == 0
    films = kg(
        store,
        "query",
        "--format",
        "csv",
        'SELECT ?f WHERE { ?f a kg:Film ; rdfs:label "Dry Season" } ORDER BY ?f',
    )
    assert films.stdout.splitlines()[1:] == [
        "https://w3id.org/film-kg/id/film/dry-season",
        "https://w3id.org/film-kg/id/film/dry-season-2021",
    ]


def test_link_stats_counts_ambiguous_lone_names(tmp_path):
    first = tmp_path / "first.txt"
    first.write_text('Ada Okafor and Ben Okafor star in "Dry Season" (1999).\n')
    second = tmp_path / "second.txt"
    second.write_text('"It was cold every day," Okafor said.\n')
    store = tmp_path / "store"
    assert kg(store, "build", str(first), str(second)).returncode == 0
    out = kg(store, "stats").stdout
    assert "ambiguous 1 lone name(s) fitting several people, kept apart: Okafor" in out
