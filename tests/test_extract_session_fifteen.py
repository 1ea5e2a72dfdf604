"""Table tests for general patterns found in the fifteenth session's reading of sets 12-17.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests

# a festival line-up: foreign titles with their own small words, fragments without a verb
LINE_UP = (
    "Festival Report\n\n"
    'The competition opens with "Pan i Woda," the second feature by Polish director Ada Wilk, '
    "starring Jan Roth as a ferryman, with Ola Sender as his wife, Marta. "
    '"Cold Harvest," the debut of Teo Marsh, with Lin Varga and Rob Ekker as dairy farmers '
    "hiding a stolen calf."
)
# an awards list: a category heading line, then one nominee line each
AWARDS_LIST = (
    "Prize Nominations Announced\n\n"
    "The nominees in the film categories include:\n\n"
    "Best Director – Feature Film\n"
    'Rhea Stamm, "Salt Tower"\n'
    'Ivo Dask, "Cold Ferns"\n\n'
    "Best Performance by an Actress in a Leading Role\n"
    'Lena Fryd, "Cold Ferns"\n\n'
    "Best Screenplay\n"
    'Ola Brenn and Tove Hal, "Salt Tower"\n\n'
    "The ceremony is in March."
)
# a series' own casting story: the show is named as one, the film it adapts is older
SERIES_CAST = (
    "Streamer's 'Harbour Lights' Series Sets Cast\n\n"
    'The streamer has set the cast for "Harbour Lights," its six-episode drama series adapted '
    'from the 1998 film "The Harbour Lights of Bari." '
    "Davi Rocha plays the apprentice, Tito, and Ana Lemme plays the landlady, Dona Rita. "
    "Rounding out the cast are Nilo Barra and Gina Uccello."
)
# "X, whose F ..." then a later mention of "X's film" in the same sentence: that F
WHOSE_FILM = (
    "Festival Report\n\n"
    'The jury includes the director Lea Tamm, whose "Birch Wind" won in 2019, and the actor '
    "Mart Kivi, who played the ferryman, Toomas, in Tamm's film. "
    'Sara Oja turned to Liis Pae, whose "Salt Marsh" follows three sisters in a fishing '
    "village, with Eva Kask as the eldest, Kadri, and Anu Rebane as the youngest, Mai."
)

FOUND = [
    pytest.param(
        LINE_UP,
        ("Ada Wilk", "directed", "Pan i Woda", None),
        id="a-foreign-title-with-a-lowercase-and-is-a-title",
    ),
    pytest.param(
        LINE_UP,
        ("Ola Sender", "starred_in", "Pan i Woda", "Marta"),
        id="a-foreign-title-keeps-its-cast",
    ),
    pytest.param(
        LINE_UP,
        ("Rob Ekker", "starred_in", "Cold Harvest", None),
        id="with-x-and-y-as-plural-description",
    ),
    pytest.param(
        WHOSE_FILM,
        ("Mart Kivi", "starred_in", "Birch Wind", "Toomas"),
        id="in-x-s-film-is-the-film-the-sentence-gave-x",
    ),
    pytest.param(
        WHOSE_FILM,
        ("Anu Rebane", "starred_in", "Salt Marsh", "Mai"),
        id="whose-film-then-with-its-cast",
    ),
    pytest.param(
        'Profile\n\nNell Ashby starred as the outlaw Jess Kroll in "Copper Sky" (2009).',
        ("Nell Ashby", "starred_in", "Copper Sky", "Jess Kroll"),
        id="starred-as-character-in-film",
    ),
    pytest.param(
        "Profile\n\nTom Wren, who starred as the bandit Ruy Ortega in Mara Lindt's "
        '"Dust Engine" (2011), said nothing.',
        ("Tom Wren", "starred_in", "Dust Engine", "Ruy Ortega"),
        id="who-starred-as-character-in-someones-film",
    ),
    pytest.param(
        'Profile\n\nIt is her second film with him after "Iron Bay" (2020), Ivo Sala\'s '
        "prison drama, in which Mia Lund played a guard with a gambling debt.",
        ("Mia Lund", "starred_in", "Iron Bay", None),
        id="in-which-x-played-a-description-with",
    ),
    pytest.param(
        'Profile\n\nDara Voss, still best known as the corrupt mayor in the 2019 thriller "Stone '
        'Ward," said little about the new film.',
        ("Dara Voss", "starred_in", "Stone Ward", None),
        id="best-known-as-the-description-in-film",
    ),
    pytest.param(
        'News\n\n"Glass Ridge 2," the sequel to the 2021 hit "Glass Ridge," has added Ida Holm '
        "and Rex Tull to its ensemble.",
        ("Rex Tull", "starred_in", "Glass Ridge 2", None),
        id="has-added-a-list-to-its-ensemble",
    ),
    pytest.param(
        'News\n\nThe remake, titled "Lapa Run," will be directed by Ana Rue, with Tom Bex and '
        "Ria Sol set to star.",
        ("Tom Bex", "starred_in", "Lapa Run", None),
        id="with-x-and-y-set-to-star",
    ),
    pytest.param(
        "Awards\n\nHe faces the French actor Luc Aube, nominated for his turn as the taxi driver "
        'Karim Said in Paul Roche\'s "Night Rank," which also earned Roche a nomination.',
        ("Luc Aube", "starred_in", "Night Rank", "Karim Said"),
        id="nominated-for-his-turn-as-character-in-film",
    ),
    pytest.param(
        'Trailer\n\nAnsel Pike, who played Wren\'s brother Tam in "The Cinder Road," does not '
        "appear in the footage, and Sony has declined to say whether he is in it.",
        ("Ansel Pike", "starred_in", "The Cinder Road", "Tam"),
        id="a-main-clause-refusal-leaves-the-who-aside-role",
    ),
    pytest.param(
        "News\n\nMina Oakes, the 12-year-old New Zealander, voices the fearless clockmaker's "
        'daughter in the English-language version of "Tuli and the Glass Bell," which GKIDS '
        "will release.",
        ("Mina Oakes", "starred_in", "Tuli and the Glass Bell", None),
        id="voices-a-description-in-the-english-version-of-film",
    ),
    pytest.param(
        'Awards\n\n"The Herring Kings," Ola Vant\'s sprawling saga about a family of fish '
        "merchants, led the field on Thursday.",
        ("Ola Vant", "directed", "The Herring Kings", None),
        id="film-then-possessive-saga-apposition",
    ),
    pytest.param(
        'Review\n\nIt ignores "Cinder: Year Zero" (2021), Mara Etxe\'s prequel, which swapped '
        "two actors.",
        ("Mara Etxe", "directed", "Cinder: Year Zero", None),
        id="film-then-possessive-prequel-apposition",
    ),
    pytest.param(
        'Awards\n\nThe frontrunner is Aura Kaz, nominated for directing "The Amber Ward," her '
        "hospital drama.",
        ("Aura Kaz", "directed", "The Amber Ward", None),
        id="nominated-for-directing-film",
    ),
    pytest.param(
        'Profile\n\nHe shot "Southwark Blues" (2009) for the British director Marc Oyen, a film '
        "starring Tam Reid.",
        ("Marc Oyen", "directed", "Southwark Blues", None),
        id="shot-film-for-the-director-x",
    ),
    pytest.param(
        AWARDS_LIST,
        ("Ivo Dask", "directed", "Cold Ferns", None),
        id="nominee-line-under-a-directing-category-heading",
    ),
    pytest.param(
        AWARDS_LIST,
        ("Lena Fryd", "starred_in", "Cold Ferns", None),
        id="nominee-line-under-an-acting-category-heading",
    ),
    pytest.param(
        AWARDS_LIST,
        ("Tove Hal", "wrote", "Salt Tower", None),
        id="two-nominees-on-a-screenplay-line",
    ),
    pytest.param(
        SERIES_CAST,
        ("Ana Lemme", "starred_in", "Harbour Lights", "Dona Rita"),
        id="a-title-called-a-drama-series-is-the-show-its-cast-is-in",
    ),
    pytest.param(
        SERIES_CAST,
        ("Gina Uccello", "starred_in", "Harbour Lights", None),
        id="rounding-out-the-cast-are-a-list",
    ),
]

NOT_FOUND = [
    pytest.param(
        "Festival Report\n\nWritten by Ana Broz with the novelist Eva Kolar, it stars Ivo Dent "
        'as a translator stranded on an island, and Neon has acquired "Grey Lantern."',
        ("Eva Kolar", "starred_in", "Grey Lantern", None),
        id="it-stars-is-no-job-before-a-name-in-a-list",
    ),
    pytest.param(
        LINE_UP,
        ("Jan Roth", "starred_in", "Cold Harvest", None),
        id="a-foreign-title-does-not-hand-its-cast-to-another-film",
    ),
    pytest.param(
        'Market Report\n\n"Blue Shed" is a comedy with Ida Rask as producers\' favourite.',
        ("Ida Rask", "starred_in", "Blue Shed", None),
        id="with-x-as-a-job-is-no-casting",
    ),
    pytest.param(
        'Profile\n\nIna Bell, best known as the director of "Low Fire," joins the jury.',
        ("Ina Bell", "starred_in", "Low Fire", None),
        id="best-known-as-the-director-is-no-casting",
    ),
    pytest.param(
        'News\n\n"Glass Ridge 2" has added Ida Holm to its producing team.',
        ("Ida Holm", "starred_in", "Glass Ridge 2", None),
        id="added-to-a-producing-team-is-no-casting",
    ),
    pytest.param(
        'Casting\n\nRia Holt, who was in talks to play Ada in "Blue Moth," has signed on to '
        '"Red Kite."',
        ("Ria Holt", "starred_in", "Blue Moth", "Ada"),
        id="a-hedge-inside-the-who-aside-still-vetoes-its-role",
    ),
    pytest.param(
        'Profile\n\nHe shot "Southwark Blues" (2009) for the producer Marc Oyen.',
        ("Marc Oyen", "directed", "Southwark Blues", None),
        id="shot-film-for-a-producer-is-no-direction",
    ),
    pytest.param(
        'Awards\n\nAura Kaz was not nominated for directing "The Amber Ward."',
        ("Aura Kaz", "directed", "The Amber Ward", None),
        id="not-nominated-for-directing-is-no-credit",
    ),
    pytest.param(
        'Casting\n\nRia Holt, who was cast as Ada in "Blue Moth," dropped out in May.',
        ("Ria Holt", "starred_in", "Blue Moth", "Ada"),
        id="a-casting-in-the-aside-is-undone-by-the-main-clause",
    ),
    pytest.param(
        AWARDS_LIST,
        ("Rhea Stamm", "starred_in", "Salt Tower", None),
        id="a-directing-nominee-is-no-cast-member",
    ),
    pytest.param(
        "Report\n\nBest Director – Feature Film\n\n"
        'The jury met at noon.\n\nRhea Stamm, "Salt Tower"',
        ("Rhea Stamm", "directed", "Salt Tower", None),
        id="a-sentence-between-ends-the-category-list",
    ),
    pytest.param(
        SERIES_CAST,
        ("Davi Rocha", "starred_in", "The Harbour Lights of Bari", "Tito"),
        id="the-series-cast-is-not-the-adapted-films",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)
