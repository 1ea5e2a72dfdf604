"""kg.evaluate follows the corpus README's matching rules."""

import json

import pytest

from kg.errors import KgError
from kg.evaluate import (
    EvalReport,
    evaluate,
    evaluate_facts,
    load_gold,
    normalise_name,
    quotes_match,
)
from kg.types import Entity, EntityType, Fact, Predicate, Quote

PERSON, FILM = EntityType.PERSON, EntityType.FILM


def fact(s, p, o, character=None, confidence=0.9):
    obj = Quote(o) if p == Predicate.SAID else Entity(o, FILM)
    char = Entity(character, EntityType.CHARACTER) if character else None
    return Fact(Entity(s, PERSON), p, obj, "a.txt", 0, 0, 1, "x", "rule", confidence, char)


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "a.gold.json"
    path.write_text(
        json.dumps(
            {
                "entities": {
                    "Ana Ruiz": {"type": "Person", "aliases": ["Ruiz"]},
                    "The Night Tide": {"type": "Film", "aliases": ["Night Tide Redux"]},
                    "Wren Hollis": {"type": "Character", "aliases": ["Wren"]},
                },
                "facts": [
                    {"s": "Ana Ruiz", "p": "directed", "o": "The Night Tide"},
                    {
                        "s": "Ana Ruiz",
                        "p": "starred_in",
                        "o": "The Night Tide",
                        "character": "Wren Hollis",
                    },
                    {"s": "Ana Ruiz", "p": "said", "o": "We shot it in a week."},
                    {"s": "Ana Ruiz", "p": "said", "o": "Nobody slept."},
                ],
                "optional": [{"s": "Ana Ruiz", "p": "wrote", "o": "The Night Tide"}],
            }
        )
    )
    return load_gold(path)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The Night Tide", "night tide"),
        ("Amélie  Poulain", "amelie poulain"),
        ("Batman & Robin", "batman robin"),
    ],
)
def test_evaluate_normalises_names(name, key):
    assert normalise_name(name) == key


@pytest.mark.parametrize(
    ("predicted", "gold", "match"),
    [
        ("We shot it in a week", "We shot it in a week.", True),  # containment
        ("shot it", "We shot it in a week.", True),  # contained, two words
        ("week", "We shot it in a week.", False),  # one word is not enough
        ("We shot it all in one week", "We shot it in a week.", True),  # token F1 >= 0.6
        ("Something else entirely", "We shot it in a week.", False),
    ],
)
def test_evaluate_quote_overlap(predicted, gold, match):
    assert quotes_match(predicted, gold) is match


def test_evaluate_counts_aliases_optional_and_duplicates(gold):
    report = evaluate_facts(
        gold,
        [
            fact("Ruiz", Predicate.DIRECTED, "Night Tide"),  # aliases / normalisation
            fact("Ana Ruiz", Predicate.DIRECTED, "The Night Tide"),  # duplicate: not a FP
            fact("Ana Ruiz", Predicate.WROTE, "The Night Tide"),  # optional: neither way
            fact("Ana Ruiz", Predicate.PRODUCED, "The Night Tide"),  # false positive
            fact("Ana Ruiz", Predicate.STARRED_IN, "The Night Tide", "Wren"),
        ],
        EvalReport(),
    )
    assert report.scores[Predicate.DIRECTED].tp == 1
    assert report.scores[Predicate.DIRECTED].fp == 0
    assert report.scores[Predicate.WROTE].fp == 0
    assert report.scores[Predicate.PRODUCED].fp == 1
    assert report.character_accuracy == 1.0
    assert {g.o for _, g in report.misses} == {"We shot it in a week.", "Nobody slept."}


def test_evaluate_merged_quote_credits_both_segments(gold):
    merged = fact("Ana Ruiz", Predicate.SAID, "We shot it in a week. Nobody slept.")
    report = evaluate_facts(gold, [merged], EvalReport())
    assert report.scores[Predicate.SAID].credited == 2
    assert report.scores[Predicate.SAID].tp == 1
    assert report.scores[Predicate.SAID].recall == 1.0


def test_evaluate_wrong_character_lowers_accuracy(gold):
    report = evaluate_facts(
        gold, [fact("Ana Ruiz", Predicate.STARRED_IN, "The Night Tide", "Mara")], EvalReport()
    )
    assert report.character_accuracy == 0.0


def test_evaluate_a_name_matches_every_entity_it_is_an_alias_of(tmp_path):
    """The name Kael is a character's canonical name and the alias of the film "Kael (film)"."""
    path = tmp_path / "a.gold.json"
    path.write_text(
        json.dumps(
            {
                "entities": {
                    "Ana Ruiz": {"type": "Person", "aliases": []},
                    "Kael (film)": {"type": "Film", "aliases": ["Kael"]},
                    "Kael": {"type": "Character", "aliases": []},
                    "Brass": {"type": "Film", "aliases": []},
                },
                "facts": [{"s": "Ana Ruiz", "p": "directed", "o": "Kael (film)"}],
            }
        )
    )
    report = evaluate_facts(
        load_gold(path),
        [
            fact("Ana Ruiz", Predicate.DIRECTED, "Kael"),
            fact("Ana Ruiz", Predicate.PRODUCED, "Brass"),  # still a false positive
        ],
        EvalReport(),
    )
    assert report.scores[Predicate.DIRECTED].tp == 1
    assert report.scores[Predicate.DIRECTED].fp == 0
    assert report.scores[Predicate.PRODUCED].fp == 1


def test_evaluate_rejects_malformed_gold(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.")
    (tmp_path / "a.gold.json").write_text('{"facts": [{"s": "A", "p": "invented", "o": "B"}]}')
    with pytest.raises(KgError, match="unknown predicate 'invented'"):
        evaluate(tmp_path)


def test_evaluate_needs_pairs(tmp_path):
    with pytest.raises(KgError, match="no NAME.txt / NAME.gold.json pairs"):
        evaluate(tmp_path)
