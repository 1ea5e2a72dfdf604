"""Table tests for patterns found while reading held-out set 9 (eighth session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import said, triples

Fact = tuple[str, str, str, str | None]

REVIEW = '"Gull Point" opens on Friday. '

FOUND = [
    pytest.param(
        'There is a good thriller hiding inside "Gull Point", and for an hour Ivo Hart\'s new '
        "thriller seems determined to find it.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="possessive-new-genre-noun-names-the-title-before-it",
    ),
    pytest.param(
        'Irish director Ada Moy brings "Tallow Creek," a period drama, to the competition.',
        ("Ada Moy", "directed", "Tallow Creek", None),
        id="job-noun-and-name-brings-a-title",
    ),
    pytest.param(
        'The Danish filmmaker Oda Lindt returns with "Salt Hymn," her third feature.',
        ("Oda Lindt", "directed", "Salt Hymn", None),
        id="filmmaker-returns-with-a-title",
    ),
    pytest.param(
        'Luca Brandt both directed and stars in "The Stand-Ins," a backstage comedy.',
        ("Luca Brandt", "directed", "The Stand-Ins", None),
        id="both-directed-and-stars-in-gives-direction",
    ),
    pytest.param(
        'Luca Brandt both directed and stars in "The Stand-Ins," a backstage comedy.',
        ("Luca Brandt", "starred_in", "The Stand-Ins", None),
        id="both-directed-and-stars-in-gives-the-role",
    ),
    pytest.param(
        'Mara Quist wrote, directed and stars in "Low Orchard."',
        ("Mara Quist", "wrote", "Low Orchard", None),
        id="wrote-directed-and-stars-in",
    ),
    pytest.param(
        '"Neon Vespers" (1996), written and directed by a 29-year-old former projectionist '
        "named Wendel Price, lost money.",
        ("Wendel Price", "directed", "Neon Vespers", None),
        id="directed-by-a-description-named-x",
    ),
    pytest.param(
        'Ola Brant has found his next feature. The "Ember Tide" director will write and direct '
        '"The Widow," a period mystery.',
        ("Ola Brant", "directed", "Ember Tide", None),
        id="the-title-director-is-the-person-just-named",
    ),
    pytest.param(
        'Ola Brant has found his next feature. The "Ember Tide" director will write and direct '
        '"The Widow," a period mystery.',
        ("Ola Brant", "directed", "The Widow", None),
        id="the-title-director-will-write-and-direct",
    ),
    pytest.param(
        REVIEW + "Mira Ash plays Dana Roe, an investigator; Lyle Barr is her ex-husband, Pete "
        "Voss, now a solicitor; and Kit Ames plays her son.",
        ("Lyle Barr", "starred_in", "Gull Point", "Pete Voss"),
        id="copula-in-a-list-of-parts",
    ),
    pytest.param(
        REVIEW + "Kasia Brod is the widow, Ellen Tremar, and young Finn Cato plays her son, Jory.",
        ("Kasia Brod", "starred_in", "Gull Point", "Ellen Tremar"),
        id="copula-before-a-part-clause",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_phrasings_found(text: str, fact: Fact) -> None:
    assert fact in triples(text)


NOT_FOUND = [
    pytest.param(
        REVIEW + "Lyle Barr is her ex-husband, Pete Voss, and they live in Leeds.",
        ("Lyle Barr", "starred_in", "Gull Point", "Pete Voss"),
        id="a-copula-without-a-part-clause-is-real-life",
    ),
    pytest.param(
        'Producer Oda Lindt brings "Salt Hymn" to Cannes.',
        ("Oda Lindt", "directed", "Salt Hymn", None),
        id="a-producer-who-brings-a-film-did-not-direct-it",
    ),
    pytest.param(
        '"Salt Hymn" (Ada Moy) opens the sidebar on Friday.',
        ("Ada Moy", "directed", "Salt Hymn", None),
        id="one-bracketed-name-after-a-title-may-be-an-actor",
    ),
    pytest.param(
        'Ivo Hart made "Tin Crown" in 2012. His new thriller is set in a mine.',
        ("Ivo Hart", "directed", "Gull Point", None),
        id="possessive-new-genre-noun-without-a-title-is-no-guess",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FOUND)
def test_no_wrong_fact(text: str, wrong: Fact) -> None:
    assert wrong not in triples(text)


LINE_UP = (
    "Festival Reveals Its Competition\n\n"
    'The competition opens with "Brass Meridian." Also selected are "Marrowby" (Hanne '
    'Voll), "The Tin Tax" (Bilal Messar) and "Six Rooms in Riga" (Nino Kasde-Weil).\n'
)


def test_bracketed_names_after_several_titles_are_their_directors() -> None:
    found = triples(LINE_UP)
    assert ("Hanne Voll", "directed", "Marrowby", None) in found
    assert ("Bilal Messar", "directed", "The Tin Tax", None) in found


def test_a_bracket_before_the_full_stop_stays_out_of_the_name() -> None:
    assert ("Nino Kasde-Weil", "directed", "Six Rooms in Riga", None) in triples(LINE_UP)


ROUND_UP = (
    "Festival Reveals Its Competition\n\n"
    '"Brass Meridian" opens the festival, and "Kettle Hill" and "Ash Psalm" follow it.\n\n'
    'Returning are the twins Emma Sorn and Olle Sorn, whose "Harbour Junction" stars Ilse '
    'Baum, the lead of "Pale Sand." Emma Sorn directed the new film alone.\n\n'
    '"Lamp Street" and "Ninth Gate" close the line-up.\n'
)


def test_the_new_film_in_a_round_up_is_the_paragraphs_own() -> None:
    found = triples(ROUND_UP)
    assert ("Emma Sorn", "directed", "Harbour Junction", None) in found
    assert ("Emma Sorn", "directed", "Brass Meridian", None) not in found


def test_a_whose_guess_yields_to_the_director_named_outright() -> None:
    assert ("Olle Sorn", "directed", "Harbour Junction", None) not in triples(ROUND_UP)


def test_a_speaker_whose_clause_ends_in_and_said() -> None:
    text = (
        "Ivo Hart read the script twice.\n\n"
        'He put the pages face down on the table and said, "The ending is wrong."\n'
    )
    assert ("Ivo Hart", "The ending is wrong.") in said(text)


def test_another_subject_before_and_said_is_not_skipped() -> None:
    text = (
        "Ivo Hart read the script twice.\n\n"
        'He met Mira Sol in May and she said, "The ending is wrong."\n'
    )
    assert ("Ivo Hart", "The ending is wrong.") not in said(text)


def test_a_name_after_a_is_a_modifier_not_a_speaker() -> None:
    text = (
        "Kit Ames Waited Fifteen Years\n\n"
        "Kit Ames does not like to talk about luck. Sitting in a West Harbour hotel bar, the "
        "actress pushes the menu aside and insists that her success was stubbornness. "
        '"People keep calling this a breakout," she says.\n'
    )
    assert said(text) == {("Kit Ames", "People keep calling this a breakout")}
