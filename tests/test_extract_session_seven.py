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
    pytest.param(
        REVIEW + "The film features Mira Sol as the voice of Pip, a lost otter.",
        ("Mira Sol", "starred_in", "Gull Point", "Pip"),
        id="the-film-features-x-as-the-voice-of",
    ),
    pytest.param(
        REVIEW + "Kit Ames leads, with Mira Sol as the customs officer on his trail.",
        ("Mira Sol", "starred_in", "Gull Point", None),
        id="with-x-as-a-long-description",
    ),
    pytest.param(
        REVIEW + "The heist thriller marks the directing debut of Ivo Hart, a producer.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="the-genre-marks-the-directing-debut-of",
    ),
    pytest.param(
        REVIEW + "Ivo Hart's ghost story stars Mira Sol as a piano tuner.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="possessive-ghost-story",
    ),
    pytest.param(
        REVIEW + "Kit Ames, attached since the spring, plays her husband, Bram Oller.",
        ("Kit Ames", "starred_in", "Gull Point", "Bram Oller"),
        id="attached-since-is-no-rumour",
    ),
    pytest.param(
        REVIEW + "Mira Sol is back as the lighthouse's stubborn keeper, Nell Orrin.",
        ("Mira Sol", "starred_in", "Gull Point", "Nell Orrin"),
        id="back-as-a-possessive-description",
    ),
    pytest.param(
        REVIEW + "Kit Ames will play a porter, joining previously announced leads Mira Sol and "
        "Dag Rune.",
        ("Dag Rune", "starred_in", "Gull Point", None),
        id="joining-announced-leads",
    ),
    pytest.param(
        'Neon has picked up rights to "Gull Point," the first fiction feature from '
        "documentarian Ivo Hart.",
        ("Ivo Hart", "directed", "Gull Point", None),
        id="feature-from-a-job-noun-and-name",
    ),
    pytest.param(
        'Her earlier film, the documentary "Gull Point," was produced, not directed, by Ivo Hart.',
        ("Ivo Hart", "produced", "Gull Point", None),
        id="produced-not-directed-by-keeps-the-credit",
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


BOX_OFFICE = (
    "Pellmark's \"Iron Lantern\" took $31 million this weekend, the studio's best opening of "
    'the year. In second place, Corvane\'s animated "Moss and the Tide Clock" added $9 '
    "million.\n\n"
    "Rounding out the top five was Halberd's \"The Salt Widow,\" a remake of Ivo Hart's 1968 "
    "thriller of the same name, with $4 million. Mira Sol directed the new version, and Kit "
    "Ames, now 84, makes a brief cameo as a chemist.\n"
)


def test_a_one_word_possessive_before_a_title_in_a_business_sentence_is_its_distributor() -> None:
    found = triples(BOX_OFFICE)
    assert ("Iron Lantern", "distributed_by", "Pellmark", None) in found
    assert ("Moss and the Tide Clock", "distributed_by", "Corvane", None) in found


def test_a_directors_possessive_before_a_title_is_no_distributor() -> None:
    text = 'Ivo Hart made "Iron Lantern" in 2019. Hart\'s "Iron Lantern" took $31 million.'
    found = triples(text)
    assert not any(t[1] == "distributed_by" for t in found)
    assert ("Ivo Hart", "directed", "Iron Lantern", None) in found


def test_a_remake_of_the_dated_film_of_the_same_name_is_a_second_film() -> None:
    found = triples(BOX_OFFICE)
    assert ("The Salt Widow", "remake_of", "The Salt Widow (1968)", None) in found
    assert ("Ivo Hart", "directed", "The Salt Widow (1968)", None) in found
    assert ("Mira Sol", "directed", "The Salt Widow", None) in found
    assert ("Kit Ames", "starred_in", "The Salt Widow", None) in found


def test_the_new_title_and_the_dated_title_are_two_films() -> None:
    text = (
        'The director of the 1979 horror film "Thornfield Hollow" has blessed a remake.\n\n'
        'The new "Thornfield Hollow" will be directed by Mira Sol.\n'
    )
    found = triples(text)
    assert ("Thornfield Hollow", "remake_of", "Thornfield Hollow (1979)", None) in found
    assert ("Mira Sol", "directed", "Thornfield Hollow", None) in found


def test_one_dated_title_without_a_new_version_stays_one_film() -> None:
    text = 'Mira Sol directed the 1979 film "Thornfield Hollow." "Thornfield Hollow" is a classic.'
    found = triples(text)
    assert ("Mira Sol", "directed", "Thornfield Hollow", None) in found
    assert not any(t[1] == "remake_of" for t in found)


def test_two_actors_star_as_two_characters_in_order_sharing_a_surname() -> None:
    text = (
        '"Gull Point" opened on Friday. Ivo Hart and Mira Sol star as Rooster and June Vell, '
        "a pair of smugglers."
    )
    found = triples(text)
    assert ("Ivo Hart", "starred_in", "Gull Point", "Rooster Vell") in found
    assert ("Mira Sol", "starred_in", "Gull Point", "June Vell") in found


def test_a_month_after_a_date_word_is_still_a_date() -> None:
    text = '"Gull Point" opened in May Ivo Hart said, and in June Mira Sol joined it.'
    found = triples(text)
    assert not any("May" in t[0] or "June" in t[0] for t in found)


def test_with_x_as_a_producer_is_no_casting() -> None:
    text = REVIEW + "It was made with Kit Ames as executive producer and Mira Sol as a consultant."
    assert not any(t[1] == "starred_in" for t in triples(text))


def test_produced_not_directed_by_gives_no_direction() -> None:
    text = (
        'Her earlier film, the documentary "Gull Point," was produced, not directed, by Ivo Hart.'
    )
    assert ("Ivo Hart", "directed", "Gull Point", None) not in triples(text)


def test_attached_to_star_is_still_a_plan() -> None:
    text = REVIEW + "Kit Ames, attached to star, would play her husband, Bram Oller."
    assert not any(t[0] == "Kit Ames" for t in triples(text))


RENEWAL = (
    'Corvane Renews "Harbour Lights" for Season 3\n\n'
    'Corvane has renewed "Harbour Lights," its coastal family drama, for a third season. The '
    "series is run by Ada Crane and Ivo Hart. It is a spin-off of Hart's 2019 film "
    '"The Lampman," which he wrote and directed.\n\n'
    "Joining the cast for season three are Kit Ames as the ferryman, Olaf; and Mira Sol as "
    "the harbour master, Ines Vray. They join returning cast members Dag Rune, who plays "
    "Olaf's brother Pim, and Lia Brenn as the matriarch, Edda Vray. Corvane has not set "
    "a date, and Corvane has said little else.\n"
)


def test_a_renewed_title_is_a_tv_series_and_its_new_season_cast_is_the_series() -> None:
    found = triples(RENEWAL)
    assert ("Mira Sol", "starred_in", "Harbour Lights", "Ines Vray") in found
    assert ("Dag Rune", "starred_in", "Harbour Lights", "Pim") in found
    assert not any(t[1] == "starred_in" and t[2] == "The Lampman" for t in found)


def test_a_one_word_company_that_renews_is_no_person() -> None:
    found = triples(RENEWAL)
    assert ("Ivo Hart", "directed", "The Lampman", None) in found
    assert not any(t[0] == "Corvane" for t in found)


def test_in_the_film_keeps_a_spin_off_articles_film() -> None:
    text = RENEWAL + (
        "\nIn the film, Dag Rune played opposite Tova Lind as Greta Moss, who does not return.\n"
    )
    assert ("Tova Lind", "starred_in", "The Lampman", "Greta Moss") in triples(text)
