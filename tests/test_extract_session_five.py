"""Table tests for patterns found while reading held-out set 4 again (fifth session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import triples

LEAD = '"Brass Harbour," written and directed by Odile Varga, premiered in Berlin on Friday. '

Fact = tuple[str, str, str, str | None]

FOUND = [
    pytest.param(
        '"Cold Lantern" (1990) was the belated sequel to "Warm Lantern," '
        "directed not by its star but by Ilse Marr.",
        ("Ilse Marr", "directed", "Cold Lantern", None),
        id="directed-not-by-x-but-by-y",
    ),
    pytest.param(
        'Rosa Lind is an actress. Her last screen role came in Teo Brand\'s "Kestrel" (2019).',
        ("Rosa Lind", "starred_in", "Kestrel", None),
        id="her-last-role-came-in",
    ),
    pytest.param(
        'Rosa Lind\'s first film role was in "Kestrel" (1999).',
        ("Rosa Lind", "starred_in", "Kestrel", None),
        id="possessive-first-role-was-in",
    ),
    pytest.param(
        '"Kestrel" opens in theaters on Friday from Magnolia Pictures.',
        ("Kestrel", "distributed_by", "Magnolia Pictures", None),
        id="opens-in-theaters-from-a-distributor",
    ),
    pytest.param(
        '"Dry Docks," a drama series for the BBC, ran for three seasons; '
        "Wren Achebe was its showrunner.",
        ("Wren Achebe", "showrunner_of", "Dry Docks", None),
        id="was-its-showrunner",
    ),
    pytest.param(
        LEAD + "Nils Varo, who plays a retired ferry pilot named Ambrose Kell, barely speaks.",
        ("Nils Varo", "starred_in", "Brass Harbour", "Ambrose Kell"),
        id="plays-a-description-named-character",
    ),
    pytest.param(
        LEAD + "The harbourmaster's daughter, Inge, portrayed with quiet menace by Lotte Brun, "
        "owns the boatyard.",
        ("Lotte Brun", "starred_in", "Brass Harbour", "Inge"),
        id="portrayed-with-an-adverbial-by",
    ),
    pytest.param(
        LEAD + 'Piet Hals, best known as the producer of the "Salt" trilogy, produced '
        '"Brass Harbour" and funded its reshoots.',
        ("Piet Hals", "produced", "Brass Harbour", None),
        id="known-as-apposition-then-produced",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_phrasings_found(text: str, fact: Fact) -> None:
    assert fact in triples(text)


NOT_FOUND = [
    pytest.param(
        '"Cold Lantern" (1990) was directed not by Ilse Marr but by her brother.',
        ("Ilse Marr", "directed", "Cold Lantern", None),
        id="the-person-a-correction-negates-gets-nothing",
    ),
    pytest.param(
        "Rosa Lind was 20 when Teo Brand, then a young documentary maker, cast her as Mira "
        'in "Kestrel" (1999).',
        ("Teo Brand", "starred_in", "Kestrel", "Mira"),
        id="the-director-who-cast-her-does-not-star",
    ),
    pytest.param(
        '"Dry Docks," a drama series for the BBC, followed Hana Vos as a teenager; '
        "Wren Achebe was its showrunner.",
        ("Hana Vos", "showrunner_of", "Dry Docks", None),
        id="its-showrunner-is-the-named-person-not-the-sentence-subject",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FOUND)
def test_no_wrong_fact(text: str, wrong: Fact) -> None:
    assert wrong not in triples(text)


def test_a_character_keeps_the_film_it_was_named_in() -> None:
    """A later "X plays Y" with no film named goes to Y's film, not the latest film named."""
    text = (
        LEAD + "Nils Varo, who plays a retired ferry pilot named Ambrose Kell, barely speaks. "
        'The editor, so quick on "Paper Kites," lets every scene run long. '
        "Where Varo plays Kell as a man half asleep, the film comes alive."
    )
    found = triples(text)
    assert ("Nils Varo", "starred_in", "Brass Harbour", "Ambrose Kell") in found
    assert not any(t[0] == "Nils Varo" and t[2] == "Paper Kites" for t in found)


def test_a_pronoun_before_the_next_name_tells_the_first_persons_gender() -> None:
    """In "X ... withdrew; his scenes went to Y", X is a man, so a later "She" is not X."""
    text = (
        'Rosa Lind is an actress. In 1989 she returned in "Kestrel II." '
        "Aldo Pine, then ill, withdrew before shooting; his scenes went to Bram Otto.\n\n"
        'Her late career was busy. She voiced a badger in "Hollow Oak" (2014).'
    )
    found = triples(text)
    assert ("Rosa Lind", "starred_in", "Hollow Oak", None) in found
    assert not any(t[0] == "Aldo Pine" and t[2] == "Hollow Oak" for t in found)
