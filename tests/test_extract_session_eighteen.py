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

FOUND = [
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
        "Venice Days\n\n"
        'The festival opens with "Northern Salt," with Dalia Ferro as producer and Bruno Keil '
        "as the director of photography.",
        ("Bruno Keil", "starred_in", "Northern Salt", None),
        id="with-x-as-a-crew-job-is-not-a-part",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)
