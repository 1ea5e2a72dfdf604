"""Table tests for general patterns added in the eighteenth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests

# a festival round-up: a foreign title with its English title in brackets, then its cast
FESTIVAL = (
    "Venice Days: Five Films to Watch\n\n"
    'From Chile comes Amaro Quispe\'s "La Sal del Norte" ("Northern Salt"), with Dalia Ferro '
    "as a widowed miner in Antofagasta and Bruno Keil as the inspector who comes to close "
    "her pit."
)
# a memoir review: an actor's debut at an age, and her husband the director casting her
MEMOIR = (
    "Vera Oltan's Memoir Is Frank About Fame\n\n"
    "Vera Oltan, the Hungarian actress, has written a memoir.\n\n"
    'Oltan made her debut at 19 in Ivo Sandor\'s "Black Bramble" (1991), playing a factory '
    "girl named Juli. Her former husband, the director Pal Kosa, directed her in the road "
    'movie "Night Road" (2008), and they separated soon after.'
)
# a review: a small part described as a role, the film in focus
REVIEW = (
    "'Lamp Street' Review\n\n"
    '"Lamp Street" follows a widow who will not leave her island.\n\n'
    "The veteran Cypriot actor Andros Kolu has a small, devastating role as the village "
    "priest, Father Pano. Des Achter, a Dutch-born stage actor who had never made a film, "
    "plays the widow's brother-in-law, Amos. Ivo Sand's drama also traps a retired "
    "umbrella-maker and his estranged daughter, played by Rina Tak, in a stuck lift."
)

FOUND = [
    pytest.param(
        MEMOIR,
        ("Vera Oltan", "starred_in", "Black Bramble", None),
        id="made-her-debut-at-an-age-in-a-film",
    ),
    pytest.param(
        MEMOIR,
        ("Vera Oltan", "starred_in", "Night Road", None),
        id="the-director-x-comma-directed-her-in-the-road-movie-f",
    ),
    pytest.param(
        MEMOIR,
        ("Pal Kosa", "directed", "Night Road", None),
        id="the-husband-directed-the-film-he-directed-her-in",
    ),
    pytest.param(
        REVIEW,
        ("Andros Kolu", "starred_in", "Lamp Street", "Father Pano"),
        id="has-a-small-role-as-the-priest-in-the-film-in-focus",
    ),
    pytest.param(
        REVIEW,
        ("Des Achter", "starred_in", "Lamp Street", "Amos"),
        id="a-negation-inside-an-apposition-does-not-veto-the-main-clause",
    ),
    pytest.param(
        REVIEW,
        ("Rina Tak", "starred_in", "Lamp Street", None),
        id="his-daughter-played-by-x",
    ),
    pytest.param(
        FESTIVAL,
        ("Dalia Ferro", "starred_in", "La Sal del Norte", None),
        id="with-x-as-description-after-a-translated-title",
    ),
    pytest.param(
        FESTIVAL,
        ("Bruno Keil", "starred_in", "La Sal del Norte", None),
        id="and-y-as-description-continues-the-with-list",
    ),
]

NOT_FOUND = [
    pytest.param(
        MEMOIR,
        ("Pal Kosa", "starred_in", "Night Road", None),
        id="directed-her-is-not-the-director-acting",
    ),
    pytest.param(
        "'Lamp Street' Review\n\n"
        '"Lamp Street" follows a widow.\n\n'
        "Andros Kolu was offered a small role as the priest but said no.",
        ("Andros Kolu", "starred_in", "Lamp Street", None),
        id="offered-a-role-as-is-no-part",
    ),
    pytest.param(
        "'Lamp Street' Review\n\n"
        '"Lamp Street" follows a widow.\n\n'
        "Des Achter, an actor who loves the sea, does not play the ferryman, Amos.",
        ("Des Achter", "starred_in", "Lamp Street", "Amos"),
        id="a-negation-in-the-main-clause-still-vetoes-after-an-apposition",
    ),
    pytest.param(
        "Venice Days\n\n"
        'The festival opens with "Northern Salt," with Dalia Ferro as producer and Bruno Keil '
        "as the director of photography.",
        ("Bruno Keil", "starred_in", "Northern Salt", None),
        id="with-x-as-a-crew-job-is-not-a-part",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)
