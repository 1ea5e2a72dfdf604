"""Table tests for general patterns added in the twentieth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests, triples

# a sequel announcement: the new film numbered in words, after its title
THIRD_AFTER = (
    "'Saltgrass' Rides Again\n\n"
    'Orbit Pictures has greenlit "Saltgrass: Homecoming," the third installment of its western '
    'franchise, with Teodor Vlk directing. Ilka Maro directed the 2016 original, "Saltgrass," '
    'and its 2019 sequel, "Saltgrass: Dry Season."'
)
# the same, numbered before its title, and the first two films listed with their years
THIRD_BEFORE = (
    "Lampwick Returns\n\n"
    'Halden Studios has set a third film in its "Lampwick" fantasy series, titled "Lampwick: '
    'The Cinder Year," for a 2027 release. Mette Sund directed the first film, "Lampwick" '
    '(2014), and "Lampwick: Night Market" (2018), the sequel to "Lampwick."'
)
# a numbered title whose second film has a subtitle instead of a number
NUMBERED = (
    "A Third Copperhead Run\n\n"
    'Brightlane has greenlit "Copperhead Run 3," and Pia Lund will direct. The 2017 original, '
    '"Copperhead Run," spawned a 2021 sequel, "Copperhead Run: Overdrive," which Ravi Dosh '
    "directed."
)
# a trailer story: "the third instalment" with no title is the article's own film, and an
# actress returns to a part she played in both earlier films
TRAILER = (
    "'Dustwalker: Ascent' Trailer Breakdown\n\n"
    'The first trailer for "Dustwalker: Ascent" arrived on Monday. Sony, which releases the '
    "third instalment on May 2, has kept the plot under wraps, so here is everything we could "
    "gather.\n\n"
    'Tove Brand returns as the pilot she played in the 2015 original, "Dustwalker," and in '
    'the 2019 sequel, "Dustwalker: Ember Sky."'
)
# a rumoured third film, and one whose second film the article never names
RUMOURED = (
    "More Saltgrass?\n\n"
    'A third film, "Saltgrass: Homecoming," is reportedly in development at Orbit Pictures. '
    'Ilka Maro directed the 2016 original, "Saltgrass," and its 2019 sequel, "Saltgrass: Dry '
    'Season."'
)
UNNAMED_SECOND = (
    "'Saltgrass' Rides Again\n\n"
    'Orbit Pictures has greenlit "Saltgrass: Homecoming," the third installment of its western '
    'franchise. Ilka Maro directed the 2016 original, "Saltgrass."'
)
# "reprises the DESC she first played in F": no character name, a place inside the description
REPRISE = (
    "'Harrow Lane' Review\n\n"
    '"Harrow Lane" is the sequel nobody asked for, and it is good.\n\n'
    'Ines Varga reprises the Lisbon detective she first played in "Quay Nine" (2021), and '
    "she is the best thing in it."
)
# a spoken "third film" is the speaker's, not a numbering the narrator vouches for
SPOKEN_THIRD = (
    "'Orchard Wars: The Blight' Director Speaks\n\n"
    '"Orchard Wars: The Blight" opens Friday. "The third film is where it all ends," said its '
    'director, Rolf Adder. He made "Orchard Wars" (2018) and its 2021 sequel, "Orchard Wars: '
    'Pollen."'
)

FOUND = [
    pytest.param(
        THIRD_AFTER,
        ("Saltgrass: Homecoming", "sequel_of", "Saltgrass: Dry Season", None),
        id="f3-the-third-installment-follows-the-second-film",
    ),
    pytest.param(
        THIRD_BEFORE,
        ("Lampwick: The Cinder Year", "sequel_of", "Lampwick: Night Market", None),
        id="a-third-film-in-its-franchise-titled-f3-follows-the-second",
    ),
    pytest.param(
        NUMBERED,
        ("Copperhead Run 3", "sequel_of", "Copperhead Run: Overdrive", None),
        id="f-3-follows-a-subtitled-second-film",
    ),
    pytest.param(
        TRAILER,
        ("Dustwalker: Ascent", "sequel_of", "Dustwalker: Ember Sky", None),
        id="the-third-instalment-without-a-title-is-the-article-s-film",
    ),
    pytest.param(
        THIRD_AFTER,
        ("Ilka Maro", "directed", "Saltgrass", None),
        id="directed-the-2016-original-comma-f",
    ),
    pytest.param(
        THIRD_AFTER,
        ("Ilka Maro", "directed", "Saltgrass: Dry Season", None),
        id="directed-the-original-f-and-its-sequel-f2",
    ),
    pytest.param(
        THIRD_BEFORE,
        ("Mette Sund", "directed", "Lampwick", None),
        id="directed-the-first-film-comma-f",
    ),
    pytest.param(
        TRAILER,
        ("Tove Brand", "starred_in", "Dustwalker: Ascent", None),
        id="returns-as-the-desc-she-played-is-the-new-film-s-cast",
    ),
    pytest.param(
        TRAILER,
        ("Tove Brand", "starred_in", "Dustwalker: Ember Sky", None),
        id="returns-as-the-desc-she-played-in-f-and-in-the-sequel-f2",
    ),
    pytest.param(
        REPRISE,
        ("Ines Varga", "starred_in", "Quay Nine", None),
        id="reprises-the-desc-she-first-played-in-f",
    ),
    pytest.param(
        REPRISE,
        ("Ines Varga", "starred_in", "Harrow Lane", None),
        id="reprises-the-desc-is-the-reviewed-film-s-cast",
    ),
]

NOT_FOUND = [
    pytest.param(
        RUMOURED,
        ("Saltgrass: Homecoming", "sequel_of", "Saltgrass: Dry Season", None),
        id="a-third-film-reportedly-in-development-is-no-sequel-yet",
    ),
    pytest.param(
        UNNAMED_SECOND,
        ("Saltgrass: Homecoming", "sequel_of", "Saltgrass", None),
        id="a-third-installment-does-not-follow-the-first-film",
    ),
]

test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


def test_a_third_film_in_speech_numbers_nothing() -> None:
    """``"The third film is where it all ends," said ...``: only the narrator's words number."""

    sequels = {(s, o) for s, p, o, _ in triples(SPOKEN_THIRD) if p == "sequel_of"}
    assert ("Orchard Wars: The Blight", "Orchard Wars: Pollen") not in sequels
