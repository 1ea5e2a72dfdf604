"""Table tests for general patterns found in the twelfth session's reading of sets 12 and 13.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests, said, triples

# a retrospective whose cast list credits "Actor (Character)" and later names the actors alone
CAST_LIST_ACTOR_FIRST = (
    '"Night Pier" at 25\n\n"Night Pier" was Oona Velt\'s 2001 comedy about a seaside arcade. '
    "The cast was a lucky one: Bram Tolley (Jory Pask), Edda Quist (Moll Fairley) and "
    "Ned Wark. Tolley, now 61, later returned as Jory in a stage version. Quist retired in "
    "2010."
)
# a review that credits "Character (Actor)" and later names the actor alone
REVIEW_CHARACTER_FIRST = (
    '"Night Pier" is Oona Velt\'s new comedy. Jory Pask (Bram Tolley) runs a seaside '
    "arcade. Tolley is superb."
)

FOUND = [
    pytest.param(
        CAST_LIST_ACTOR_FIRST,
        ("Bram Tolley", "starred_in", "Night Pier", "Jory Pask"),
        id="cast-list-actor-then-part-in-brackets",
    ),
    pytest.param(
        CAST_LIST_ACTOR_FIRST,
        ("Edda Quist", "starred_in", "Night Pier", "Moll Fairley"),
        id="cast-list-actor-then-part-second-member",
    ),
    pytest.param(
        REVIEW_CHARACTER_FIRST,
        ("Bram Tolley", "starred_in", "Night Pier", "Jory Pask"),
        id="review-part-then-actor-in-brackets",
    ),
    pytest.param(
        "Cass Orlo, 58, has spent two decades behind the camera. He made his directing debut "
        'with the trucking drama "Long Haul" (2004).',
        ("Cass Orlo", "directed", "Long Haul", None),
        id="directing-debut-with-a-described-film",
    ),
    pytest.param(
        '"Dune Motel" was Ivo Kest\'s 1996 comedy. Pia Lund played the owner. In 2016 she '
        'came back for "Dune Motel Forever," the long-threatened sequel, which she directed.',
        ("Dune Motel Forever", "sequel_of", "Dune Motel", None),
        id="title-then-the-sequel-follows-the-articles-film",
    ),
    pytest.param(
        '"Dune Motel" was Ivo Kest\'s 1996 comedy, with Teo Marr as Vance. In 2016 Pia Lund '
        'directed "Back to Dune Motel," the belated sequel. Marr returned as Vance, now a '
        "retired lifeguard.",
        ("Teo Marr", "starred_in", "Back to Dune Motel", "Vance"),
        id="returned-as-a-part-with-no-film-is-the-sequel",
    ),
    pytest.param(
        'Anouk Redi made her first feature at 40. "The Salt Barn" (1979), the story of two '
        "sisters fighting over a farm, starred Lise Ambre as the elder sister and Coco Valt as "
        "the younger one.",
        ("Coco Valt", "starred_in", "The Salt Barn", None),
        id="film-apposition-then-starred-a-list-with-descriptions",
    ),
    pytest.param(
        'Anouk Redi made her first feature at 40. "The Salt Barn" (1979), the story of two '
        "sisters fighting over a farm, starred Lise Ambre as the elder sister and Coco Valt as "
        "the younger one.",
        ("Lise Ambre", "starred_in", "The Salt Barn", None),
        id="film-apposition-then-starred-first-member",
    ),
    pytest.param(
        "Ivo Kest is a director. Lise Ambre became his muse. She led the cast of "
        '"Winter Choir" (1984), his chilly study of a village organist.',
        ("Ivo Kest", "directed", "Winter Choir", None),
        id="title-then-his-study-of",
    ),
    pytest.param(
        "'Glass Orchard' wins top prize\n\nHana Brisk's \"Glass Orchard\" has won the top "
        'prize. Juror Olek Vance\'s own "Paper Dogs" won the same prize here in 2019. The film '
        "stars Mila Strand as a beekeeper, Ona.",
        ("Mila Strand", "starred_in", "Glass Orchard", "Ona"),
        id="the-film-after-a-dated-aside-is-the-articles-film",
    ),
    pytest.param(
        'Ivo Kest is a director. Lise Ambre became his muse. She starred in "Winter Choir."',
        ("Lise Ambre", "starred_in", "Winter Choir", None),
        id="became-his-muse-says-nothing-of-her-gender",
    ),
    pytest.param(
        'Tarek Lind took the prize for best director for "North Fell", and Arvo Senn won an '
        "award for the same film. The actress Roza Vey won best performance for "
        '"Mira at Dusk", in which she plays a glassblower, Mira Cole.',
        ("Roza Vey", "starred_in", "Mira at Dusk", "Mira Cole"),
        id="she-after-a-preposition-is-the-known-woman",
    ),
    pytest.param(
        'Pell Aster directed "Rust Kings" (1987) and the sequel, "Rust Kings II" (1990), '
        'before handing the reins to Inga Solberg for the third installment, "Rust Kings: '
        'Cinder" (1994).',
        ("Inga Solberg", "directed", "Rust Kings: Cinder", None),
        id="handing-the-reins-for-a-named-film",
    ),
]

# an outlet that sets titles in italics, lost in plain text: no title is quoted
ITALICS = (
    "Ada Berg on Forty Years in the Cutting Room\n\nAda Berg has cut thirty features. Her "
    "fame rests on Harbour Lights, which was directed by Cleo Maas, shot by the "
    "cinematographer Lars Bruun and edited by Berg. Pier Nine, the 2006 sequel to Harbour "
    "Lights, was cut by her son. She has directed once. Salt Radio, her 2010 documentary "
    'about pirate ships, took four years. "Never again," she says.'
)
# an awards round-up credits each nominee "for" a film, under the category's craft
AWARDS = (
    '"Cold Harbour" leads the nominations. Joining Una Pike in the directing race are '
    'Bela Farr for "Quiet Motors" and Lin Marsh for "Brine." In best actor, Tom Greer is '
    'joined by Dino Pell for "Quiet Motors" and Cass Hart for "Brine." In the supporting '
    'races, Holly Ferr ("Cold Harbour") and Pat Whit ("Brine") lead.'
)
FOUND += [
    pytest.param(
        ITALICS,
        ("Cleo Maas", "directed", "Harbour Lights", None),
        id="italic-title-before-which-was-directed-by",
    ),
    pytest.param(
        ITALICS,
        ("Pier Nine", "sequel_of", "Harbour Lights", None),
        id="italic-title-before-the-sequel-to",
    ),
    pytest.param(
        ITALICS,
        ("Lars Bruun", "shot", "Harbour Lights", None),
        id="passive-credits-with-a-job-word-keep-their-verbs",
    ),
    pytest.param(AWARDS, ("Bela Farr", "directed", "Quiet Motors", None), id="directing-race-for"),
    pytest.param(AWARDS, ("Lin Marsh", "directed", "Brine", None), id="directing-race-last"),
    pytest.param(AWARDS, ("Dino Pell", "starred_in", "Quiet Motors", None), id="best-actor-for"),
    pytest.param(AWARDS, ("Cass Hart", "starred_in", "Brine", None), id="best-actor-last"),
    pytest.param(
        AWARDS,
        ("Holly Ferr", "starred_in", "Cold Harbour", None),
        id="supporting-race-film-in-brackets",
    ),
    pytest.param(
        'Rhea Lunt said she was stunned. "Brine" and "Brine Two" are up. The field pairs Lunt '
        'with Ona Vell, who reprises her role as the smuggler Maren Sol in "Brine Two."',
        ("Ona Vell", "starred_in", "Brine Two", "Maren Sol"),
        id="her-in-a-who-clause-is-its-head",
    ),
    pytest.param(
        '"Iron Hill 3" opens in July. Her younger sister, Sabine, is now played by Kez Monroe.',
        ("Kez Monroe", "starred_in", "Iron Hill 3", "Sabine"),
        id="part-is-now-played-by",
    ),
    pytest.param(
        "The film is a hit. Additional episodes will be directed by Jo Ferr, Max Ferr's son, "
        'whose feature debut, "Low Hymn," premiered in 2024.',
        ("Jo Ferr", "directed", "Low Hymn", None),
        id="whose-after-a-kinship-apposition",
    ),
]

NOT_FOUND = [
    pytest.param(
        CAST_LIST_ACTOR_FIRST,
        ("Jory Pask", "starred_in", "Night Pier", "Bram Tolley"),
        id="cast-list-part-is-not-an-actor",
    ),
    pytest.param(
        '"Dune Motel" was Ivo Kest\'s 1996 comedy. In 2016 Pia Lund came back for "Dune Motel '
        'Forever," the long-threatened sequel, which she directed from a script she co-wrote '
        'with Kest. He also made her first feature, "Tin Roof."',
        ("Ivo Kest", "directed", "Dune Motel Forever", None),
        id="a-cowriter-named-after-the-pronoun-is-not-its-referent",
    ),
    pytest.param(
        "'Glass Orchard' wins top prize\n\nHana Brisk's \"Glass Orchard\" has won the top "
        'prize. Juror Olek Vance\'s own "Paper Dogs" won the same prize here in 2019. The film '
        "stars Mila Strand as a beekeeper, Ona.",
        ("Mila Strand", "starred_in", "Paper Dogs", "Ona"),
        id="the-film-is-not-a-jurors-dated-past-work",
    ),
    pytest.param(
        'Hana Brisk\'s "Glass Orchard" won the top prize. The award was presented by a jury '
        "led by the actor Mats Hellberg.",
        ("Mats Hellberg", "starred_in", "Glass Orchard", None),
        id="a-jury-led-by-an-actor-is-no-cast",
    ),
    pytest.param(
        'Hana Brisk\'s "Glass Orchard" won the top prize. The jurors included the producer '
        "Ada Umeh and the screenwriter Bea Lott.",
        ("Ada Umeh", "produced", "Glass Orchard", None),
        id="a-jurors-job-is-no-credit",
    ),
]

NOT_FOUND += [
    pytest.param(
        ITALICS,
        ("Lars Bruun", "directed", "Harbour Lights", None),
        id="a-cinematographer-in-a-passive-list-did-not-direct",
    ),
    pytest.param(
        AWARDS,
        ("Dino Pell", "directed", "Quiet Motors", None),
        id="an-actor-nominee-did-not-direct",
    ),
    pytest.param(
        '"Slack Tide" is a film of the series. Most of the remaining episodes were directed '
        "by Hans Brod and Lena Stur.",
        ("Hans Brod", "directed", "Slack Tide", None),
        id="episodes-directed-by-is-tv-work",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


def test_one_he_in_a_sentence_is_one_man_whatever_his_verbs() -> None:
    """A known actor is still the "he" who directs, when the sentence's first "he" is him."""
    text = (
        'Bo Senn starred in "Tin Roof" (1996), which Ivo Kest directed. Senn, now 58, has '
        'worked behind the camera since. He made his debut with "Long Haul" (2004), and in '
        '2016 he returned for "Tin Roof Again," which he directed himself.'
    )
    found = triples(text)
    assert ("Bo Senn", "directed", "Tin Roof Again", None) in found
    assert ("Ivo Kest", "directed", "Tin Roof Again", None) not in found


def test_a_he_inside_a_quotation_does_not_chain() -> None:
    """The narrator's "he" is not bound to a "he" the speaker says inside quotation marks."""
    text = (
        'Ivo Kest directed "Tin Roof." Bo Senn recalled the shoot. "He never slept," '
        'Senn said, and he laughed. "Not once."'
    )
    assert ("Bo Senn", "Not once.") in said(text)


def test_an_italic_documentary_title_is_no_speaker() -> None:
    """ "Salt Radio, her 2010 documentary": a title by its apposition, so "she" is Ada Berg."""
    assert ("Ada Berg", "Never again") in said(ITALICS)
    assert not any(speaker == "Salt Radio" for speaker, _ in said(ITALICS))
