"""Table tests for patterns found while reading held-out set 4 (2026-11-24, fourth session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest

from kg.extract import extract
from kg.types import Article

LEAD = '"Brass Harbour," written and directed by Odile Varga, premiered in Berlin on Friday. '


def facts_of(text: str) -> set[tuple[str, str, str, str | None]]:
    """(subject, predicate, object, character) of every non-speech fact found in ``text``."""
    return {
        (
            f.subject.name,
            f.predicate.value,
            f.object_text,
            f.character.name if f.character else None,
        )
        for f in extract(Article("t.txt", text))
        if f.predicate.value != "said"
    }


CASTING = [
    pytest.param(
        LEAD + "Mina Castell, the Danish actress, stars as Greta.",
        ("Mina Castell", "starred_in", "Brass Harbour", "Greta"),
        id="apposition-then-stars-as",
    ),
    pytest.param(
        LEAD + 'Mina Castell, the Danish actress best known for the heist comedy "Paper Kings," '
        "stars as Greta, a welder.",
        ("Mina Castell", "starred_in", "Brass Harbour", "Greta"),
        id="apposition-naming-an-earlier-film",
    ),
    pytest.param(
        LEAD + "Lea Fink co-stars as Hanne.",
        ("Lea Fink", "starred_in", "Brass Harbour", "Hanne"),
        id="hyphenated-co-stars-as",
    ),
    pytest.param(
        LEAD + "Lea Fink co-stars as Greta's rival, Hanne.",
        ("Lea Fink", "starred_in", "Brass Harbour", "Hanne"),
        id="character-after-a-possessive-description",
    ),
    pytest.param(
        LEAD + "Lea Fink, 34, plays Hanne.",
        ("Lea Fink", "starred_in", "Brass Harbour", "Hanne"),
        id="age-apposition-then-plays",
    ),
    pytest.param(
        LEAD + "Tomas Reyes portrays her brother in a series of flashbacks.",
        ("Tomas Reyes", "starred_in", "Brass Harbour", None),
        id="portrays-a-description-of-the-film-in-focus",
    ),
]


@pytest.mark.parametrize(("text", "fact"), CASTING)
def test_casting_phrasings(text: str, fact: tuple[str, str, str, str | None]) -> None:
    assert fact in facts_of(text)


NO_FACT = [
    pytest.param(
        LEAD + "Tomas Reyes plays a key role in the deal.",
        ("Tomas Reyes", "starred_in", "Brass Harbour", None),
        id="plays-a-role-in-a-deal-is-not-acting",
    ),
    pytest.param(
        'Lu Ping\'s "Red Kite" (2020), which was shot by her son, was her last film.',
        ("Lu Ping", "shot", "Red Kite", None),
        id="by-her-son-is-not-by-her",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_FACT)
def test_no_wrong_fact(text: str, wrong: tuple[str, str, str, str | None]) -> None:
    assert wrong not in facts_of(text)


SEQUEL = (
    'Ruth Abara has joined "Cold Mill: Part Two," the follow-up to last year\'s hit. '
    'The sequel picks up a year after the flood that ended "Cold Mill" (2024). '
)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            SEQUEL + "Jon Kale returns as the foreman Walt Brody.",
            ("Jon Kale", "starred_in", "Cold Mill: Part Two", "Walt Brody"),
            id="returns-as-means-the-sequel-not-the-film-just-named",
        ),
        pytest.param(
            SEQUEL + "Ivy Sand reprises her role as the engineer, Pia.",
            ("Ivy Sand", "starred_in", "Cold Mill: Part Two", "Pia"),
            id="reprises-her-role-means-the-sequel",
        ),
        pytest.param(
            SEQUEL + "The new cast includes Dev Patil and Ona Roe.",
            ("Dev Patil", "starred_in", "Cold Mill: Part Two", None),
            id="the-new-cast-is-the-new-film",
        ),
        pytest.param(
            SEQUEL + "The sequel is produced by Mara Winn for Flint Pictures.",
            ("Mara Winn", "produced", "Cold Mill: Part Two", None),
            id="the-sequel-is-the-film-shown-to-be-a-sequel",
        ),
        pytest.param(
            SEQUEL + "Ivy Sand, who played Pia as a girl in the first film, is back.",
            ("Ivy Sand", "starred_in", "Cold Mill", "Pia"),
            id="the-first-film-is-the-original-the-sequel-continues",
        ),
    ],
)
def test_definite_references_to_sequels(text: str, fact: tuple[str, str, str, str | None]) -> None:
    assert fact in facts_of(text)


def test_the_sequel_in_another_clause_does_not_name_this_clause_film() -> None:
    text = (
        SEQUEL + "Ivy Sand, who played Pia as a girl in the first film, will not appear; "
        'the director said the sequel "looks forward."'
    )
    assert ("Ivy Sand", "starred_in", "Cold Mill: Part Two", "Pia") not in facts_of(text)
