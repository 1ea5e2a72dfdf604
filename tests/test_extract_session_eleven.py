"""Table tests for general patterns found in the eleventh session's reading of sets 1-11.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import extracted, fact_table_tests, said, triples

OPENER = '"Salt Hymn," directed by Mara Venn, opens on Friday. '

FOUND = [
    pytest.param(
        OPENER + "The cast includes Tobin Ashe as the Abbess, Kofi Larbi and the veteran Ros Pell.",
        ("Kofi Larbi", "starred_in", "Salt Hymn", None),
        id="cast-includes-a-bare-middle-member",
    ),
    pytest.param(
        OPENER + "The cast includes Tobin Ashe as the Abbess, Kofi Larbi and the veteran Ros Pell.",
        ("Ros Pell", "starred_in", "Salt Hymn", None),
        id="cast-includes-a-described-last-member",
    ),
    pytest.param(
        OPENER + "The ensemble also includes Ida Brook, Sam Orr and Lena Kay, with Orr playing "
        "a ferryman.",
        ("Lena Kay", "starred_in", "Salt Hymn", None),
        id="ensemble-includes-a-list-before-with",
    ),
    pytest.param(
        OPENER + "It features the singer Zia Marr, who voices the moon, Pip, and Otto Brand as "
        "a lonely astronomer.",
        ("Otto Brand", "starred_in", "Salt Hymn", None),
        id="a-member-after-a-who-aside",
    ),
    pytest.param(
        OPENER + "It stars Yuna Park as the apprentice, Min-jae, with veteran Ho Seung as his "
        "employer.",
        ("Ho Seung", "starred_in", "Salt Hymn", None),
        id="stars-list-continued-by-with",
    ),
    pytest.param(
        OPENER + "It stars Yuna Park as the apprentice, Min-jae, with veteran Ho Seung as his "
        "employer.",
        ("Yuna Park", "starred_in", "Salt Hymn", "Min-jae"),
        id="stars-list-first-member-keeps-its-part",
    ),
    pytest.param(
        "'We Had No Money at All': Mara Venn on Salt Hymn\n\nMara Venn's new drama, Salt Hymn, "
        "which opens on Friday, took nine years. It stars Tobin Ashe as a ferryman, Ned Rooke.",
        ("Tobin Ashe", "starred_in", "Salt Hymn", "Ned Rooke"),
        id="italic-titles-beside-a-quoted-headline",
    ),
    pytest.param(
        'Ida Marsk dislikes the word auteur. "It sounds lonely," the Danish director says. '
        "For twenty years Marsk has worked with the same crew, led by her friend, the editor "
        'Rut Holm. Her debut, "Cold Acre" (2001), starred Jon Lund as a ferryman.',
        ("Ida Marsk", "directed", "Cold Acre", None),
        id="the-director-who-speaks-directs-her-debut",
    ),
    pytest.param(
        "The film was produced by Ada Venn, who would also back his next drama, Cold Acre "
        "(2003), in which Tobin Ashe played a disgraced priest, Father Ned Rooke.",
        ("Tobin Ashe", "starred_in", "Cold Acre", "Father Ned Rooke"),
        id="who-would-also-is-the-future-in-the-past-not-a-hedge",
    ),
    pytest.param(
        "Ida Marsk's last film, The Widow's Orchard (2017), starred her muse, and Tobin Ashe "
        "played a ferryman in The Widow's Orchard.",
        ("Tobin Ashe", "starred_in", "The Widow's Orchard", None),
        id="an-unquoted-title-with-a-possessive-inside",
    ),
]

NOT_FOUND = [
    pytest.param(
        OPENER + "It stars Yuna Park, and Ho Seung directed the second unit.",
        ("Ho Seung", "starred_in", "Salt Hymn", None),
        id="a-name-with-its-own-verb-ends-the-list",
    ),
    pytest.param(
        OPENER + "The cast includes Yuna Park, directed by Ho Seung in her debut.",
        ("Ho Seung", "starred_in", "Salt Hymn", None),
        id="directed-by-is-no-list-member",
    ),
    pytest.param(
        OPENER + "The cast includes Yuna Park; Ho Seung wrote the score.",
        ("Ho Seung", "starred_in", "Salt Hymn", None),
        id="a-semicolon-ends-the-list",
    ),
    pytest.param(
        OPENER + "Ada Venn said Tobin Ashe would play the ferryman in the sequel.",
        ("Tobin Ashe", "starred_in", "Salt Hymn", None),
        id="would-play-is-still-a-hedge",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


def test_the_director_who_speaks_is_not_an_actor_named_as_such() -> None:
    text = (
        'The actress Ida Marsk stars in "Cold Acre." "It was cold," the director said. '
        'Her next film, "Salt Year," opens in May.'
    )
    assert ("Ida Marsk", "directed", "Salt Year", None) not in triples(text)


def test_a_pull_quote_headline_is_not_a_film() -> None:
    text = (
        "'I Shot It Myself': Mara Venn on Salt Hymn\n\n"
        'Mara Venn directed "Salt Hymn" in nine days.'
    )
    objects = {f.object_text for f in extracted(text) if f.predicate.value == "directed"}
    assert objects == {"Salt Hymn"}


@pytest.mark.parametrize("opener", ["For", "To"])
def test_a_fronted_topic_is_the_next_pronouns_referent(opener: str) -> None:
    text = (
        'Ida Marsk shot "Cold Acre" in the dark. The director, Tom Vey, agrees. '
        f"{opener} Rena Holt, 74, the shoot was a trial. "
        '"I could not see my own hands," she said.'
    )
    assert ("Rena Holt", "I could not see my own hands") in said(text)
