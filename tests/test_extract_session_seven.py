"""Table tests for patterns found while reading held-out set 8 (seventh session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import triples

Fact = tuple[str, str, str, str | None]

RANKED_LIST = (
    "The Ten Best Thrillers of the Year\n\n"
    "Our critics argued for a month.\n\n"
    "3. Harrow Lane\n\n"
    "Ida Norr's coastal thriller is ninety minutes of fog. Ana Pike plays Maud Lee, a "
    "ferry pilot.\n\n"
    "2. Copper Moth\n\n"
    "Tomas Vell wrote and directed it, and Bo Lind is wonderful as a retired forger.\n\n"
    "1. Winter Sluice\n\n"
    "Cy Marr directed this portrait of a canal town, and Lia Brenn edited it. The film "
    "belongs to Dag Rune, as a lock-keeper named Oskar.\n"
)


def test_a_ranked_list_heading_names_its_film_without_a_year() -> None:
    found = triples(RANKED_LIST)
    assert ("Ana Pike", "starred_in", "Harrow Lane", "Maud Lee") in found
    assert ("Bo Lind", "starred_in", "Copper Moth", None) in found


def test_a_possessive_before_a_genre_noun_directs_the_section_film() -> None:
    assert ("Ida Norr", "directed", "Harrow Lane", None) in triples(RANKED_LIST)


def test_wrote_and_directed_it_gives_both_credits_for_the_section_film() -> None:
    found = triples(RANKED_LIST)
    assert ("Tomas Vell", "directed", "Copper Moth", None) in found
    assert ("Tomas Vell", "wrote", "Copper Moth", None) in found


def test_directed_this_portrait_is_the_section_film() -> None:
    found = triples(RANKED_LIST)
    assert ("Cy Marr", "directed", "Winter Sluice", None) in found
    # one verb before "it" stays unread: "she edited it" could be anything
    assert not any(t[0] == "Lia Brenn" for t in found)


def test_two_numbered_lines_are_not_yet_a_ranked_list() -> None:
    text = (
        "Notes From the Set\n\n"
        "1. Harrow Lane\n\n"
        "Ida Norr's coastal thriller is ninety minutes of fog.\n\n"
        "2. Copper Moth\n\n"
        "Ana Pike plays Maud Lee, a ferry pilot.\n"
    )
    assert not any(t[2] in {"Harrow Lane", "Copper Moth"} for t in triples(text))


REVIEW = '"Gull Point" opens on Friday. '

FOUND = [
    pytest.param(
        REVIEW + "Ivo Hart's tightly wound courtroom drama stars Mira Sol.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="possessive-adjectives-genre-noun",
    ),
    pytest.param(
        REVIEW + "Mira Sol gives the performance of her career in Ivo Hart's three-hour Western.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="possessive-genre-noun-after-in",
    ),
    pytest.param(
        REVIEW + "Ivo Hart co-wrote, produced and directed it in Lisbon.",
        ("Ivo Hart", "produced", "Gull Point", None),
        id="three-credits-for-it",
    ),
    pytest.param(
        REVIEW + "Ivo Hart directed the documentary over six winters.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="directed-the-genre-noun",
    ),
    pytest.param(
        REVIEW + "Kit Ames and Mira Sol are wonderful as two rival beekeepers.",
        ("Mira Sol", "starred_in", "Gull Point", None),
        id="praised-as-a-description",
    ),
    pytest.param(
        REVIEW + "Kit Ames is quietly devastating as the widow, Ruth Ollen.",
        ("Kit Ames", "starred_in", "Gull Point", "Ruth Ollen"),
        id="praised-as-a-character",
    ),
    pytest.param(
        REVIEW + "Kit Ames is the standout as a night porter named Bram.",
        ("Kit Ames", "starred_in", "Gull Point", "Bram"),
        id="the-standout-as-named-character",
    ),
    pytest.param(
        REVIEW + "Mira Sol gives the performance of her career as a poisoner.",
        ("Mira Sol", "starred_in", "Gull Point", None),
        id="gives-the-performance-of-her-career-as",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_phrasings_found(text: str, fact: Fact) -> None:
    assert fact in triples(text)


NOT_FOUND = [
    pytest.param(
        REVIEW + "Ivo Hart's comedy chops are wasted here.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="genre-noun-as-a-modifier-is-no-film",
    ),
    pytest.param(
        REVIEW + "Ivo Hart's previous thriller was a flop.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="previous-genre-noun-is-another-film",
    ),
    pytest.param(
        REVIEW + "Netflix's head of European drama, Kit Ames, praised it.",
        ("Kit Ames", "directed", "Gull Point", None),
        id="a-job-of-drama-is-no-film",
    ),
    pytest.param(
        REVIEW + "Ivo Hart directed the first film in 2019.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="directed-the-first-film-is-another-film",
    ),
    pytest.param(
        'Ivo Hart directed "Tin Crown" in 2012. "Gull Point" is new. Mira Sol, who starred '
        "in Ivo Hart's film, returns.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="possessive-film-of-a-known-director-is-his-film",
    ),
    pytest.param(
        REVIEW + "Kit Ames is excellent as always, and the score is lovely.",
        ("Kit Ames", "starred_in", "Gull Point", None),
        id="excellent-as-always-is-no-role",
    ),
    pytest.param(
        REVIEW + "Kit Ames is best known as a stage director.",
        ("Kit Ames", "starred_in", "Gull Point", None),
        id="known-as-is-no-praise",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FOUND)
def test_no_wrong_fact(text: str, wrong: Fact) -> None:
    assert wrong not in triples(text)
