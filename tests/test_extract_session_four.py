"""Table tests for patterns found while reading held-out set 4 (2026-11-24, fourth session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import said, triples

LEAD = '"Brass Harbour," written and directed by Odile Varga, premiered in Berlin on Friday. '


CASTING = [
    pytest.param(
        LEAD + "Mina Castell, the Danish actress, stars as Greta.",
        ("Mina Castell", "starred_in", "Brass Harbour", "Greta"),
        id="apposition-then-stars-as",
    ),
    pytest.param(
        LEAD + 'Mina Castell, the Danish actress best known for the heist comedy "Paper Kings," '
        "stars as Greta, a welder.",
        ("Mina Castell", "starred_in", "Brass Harbour", "Greta"),
        id="apposition-naming-an-earlier-film",
    ),
    pytest.param(
        LEAD + "Lea Fink co-stars as Hanne.",
        ("Lea Fink", "starred_in", "Brass Harbour", "Hanne"),
        id="hyphenated-co-stars-as",
    ),
    pytest.param(
        LEAD + "Lea Fink co-stars as Greta's rival, Hanne.",
        ("Lea Fink", "starred_in", "Brass Harbour", "Hanne"),
        id="character-after-a-possessive-description",
    ),
    pytest.param(
        LEAD + "Lea Fink, 34, plays Hanne.",
        ("Lea Fink", "starred_in", "Brass Harbour", "Hanne"),
        id="age-apposition-then-plays",
    ),
    pytest.param(
        LEAD + "Tomas Reyes portrays her brother in a series of flashbacks.",
        ("Tomas Reyes", "starred_in", "Brass Harbour", None),
        id="portrays-a-description-of-the-film-in-focus",
    ),
]


@pytest.mark.parametrize(("text", "fact"), CASTING)
def test_casting_phrasings(text: str, fact: tuple[str, str, str, str | None]) -> None:
    assert fact in triples(text)


NO_FACT = [
    pytest.param(
        LEAD + "Tomas Reyes plays a key role in the deal.",
        ("Tomas Reyes", "starred_in", "Brass Harbour", None),
        id="plays-a-role-in-a-deal-is-not-acting",
    ),
    pytest.param(
        'Lu Ping\'s "Red Kite" (2020), which was shot by her son, was her last film.',
        ("Lu Ping", "shot", "Red Kite", None),
        id="by-her-son-is-not-by-her",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_FACT)
def test_no_wrong_fact(text: str, wrong: tuple[str, str, str, str | None]) -> None:
    assert wrong not in triples(text)


SEQUEL = (
    'Ruth Abara has joined "Cold Mill: Part Two," the follow-up to last year\'s hit. '
    'The sequel picks up a year after the flood that ended "Cold Mill" (2024). '
)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            SEQUEL + "Jon Kale returns as the foreman Walt Brody.",
            ("Jon Kale", "starred_in", "Cold Mill: Part Two", "Walt Brody"),
            id="returns-as-means-the-sequel-not-the-film-just-named",
        ),
        pytest.param(
            SEQUEL + "Ivy Sand reprises her role as the engineer, Pia.",
            ("Ivy Sand", "starred_in", "Cold Mill: Part Two", "Pia"),
            id="reprises-her-role-means-the-sequel",
        ),
        pytest.param(
            SEQUEL + "The new cast includes Dev Patil and Ona Roe.",
            ("Dev Patil", "starred_in", "Cold Mill: Part Two", None),
            id="the-new-cast-is-the-new-film",
        ),
        pytest.param(
            SEQUEL + "The sequel is produced by Mara Winn for Flint Pictures.",
            ("Mara Winn", "produced", "Cold Mill: Part Two", None),
            id="the-sequel-is-the-film-shown-to-be-a-sequel",
        ),
        pytest.param(
            SEQUEL + "Ivy Sand, who played Pia as a girl in the first film, is back.",
            ("Ivy Sand", "starred_in", "Cold Mill", "Pia"),
            id="the-first-film-is-the-original-the-sequel-continues",
        ),
    ],
)
def test_definite_references_to_sequels(text: str, fact: tuple[str, str, str, str | None]) -> None:
    assert fact in triples(text)


def test_the_sequel_in_another_clause_does_not_name_this_clause_film() -> None:
    text = (
        SEQUEL + "Ivy Sand, who played Pia as a girl in the first film, will not appear; "
        'the director said the sequel "looks forward."'
    )
    assert ("Ivy Sand", "starred_in", "Cold Mill: Part Two", "Pia") not in triples(text)


SHORT_LEAD = 'Lu Ping directed "Old Kite" in 1990. '

CREDITS = [
    pytest.param(
        SHORT_LEAD + 'Helmed by Rui Sato, the director behind "Glass Birds," and written by '
        'Sato with Emil Brandt, "Tin Roof" is a chamber piece.',
        {
            ("Rui Sato", "directed", "Tin Roof", None),
            ("Rui Sato", "wrote", "Tin Roof", None),
            ("Emil Brandt", "wrote", "Tin Roof", None),
        },
        id="fronted-participles-before-the-title",
    ),
    pytest.param(
        'When "Night Lamp" opened in 1991, nobody expected a franchise. Written and directed by '
        "Gus Vale, a former wedding photographer, and produced by Cara Bell, the slasher cost "
        "$400,000 and starred Jen Ost as Molly Kerr.",
        {
            ("Gus Vale", "directed", "Night Lamp", None),
            ("Cara Bell", "produced", "Night Lamp", None),
            ("Jen Ost", "starred_in", "Night Lamp", "Molly Kerr"),
        },
        id="fronted-participles-before-a-genre-noun",
    ),
    pytest.param(
        'Ruth Abara has joined "Cold Mill: Part Two." From director Ben Ossler, the sequel picks '
        'up a year after the flood that ended "Cold Mill" (2024).',
        {("Ben Ossler", "directed", "Cold Mill: Part Two", None)},
        id="from-director-x-the-sequel",
    ),
    pytest.param(
        'Among them was the jury president, Ana Roy, whose "Blue Hour" won the top prize.',
        {("Ana Roy", "directed", "Blue Hour", None)},
        id="whose-film",
    ),
    pytest.param(
        'The original "Wide Sky" was made in 1974 by the French director Jules Mornet.',
        {("Jules Mornet", "directed", "Wide Sky", None)},
        id="made-in-a-year-by",
    ),
    pytest.param(
        'Lia Mott, who has no role in the new film but starred in Ana Roy\'s debut, "Wasps" '
        "(2019), was there.",
        {("Lia Mott", "starred_in", "Wasps", None), ("Ana Roy", "directed", "Wasps", None)},
        id="but-starred-in",
    ),
    pytest.param(
        'Mina Castell, the Danish actress best known for the 2019 heist comedy "Paper Kings," '
        "was there.",
        {("Mina Castell", "starred_in", "Paper Kings", None)},
        id="actress-best-known-for-a-described-film",
    ),
    pytest.param(
        'When "Fox" opened, few came. Written and directed by Ada Kell, the thriller cost $1 '
        'million. "Fox 2" followed in 1993, and the "Fox" series ran for decades.',
        {("Ada Kell", "directed", "Fox", None)},
        id="a-numbered-title-makes-its-original-a-film-not-only-a-series",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_credit_phrasings(text: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    found = triples(text)
    assert expected <= found, f"missing {expected - found}"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(
            '"Dry Bones" was a spin-off series. Ian Peck came back to direct the pilot episode.',
            ("Ian Peck", "directed", "Dry Bones", None),
            id="directing-a-pilot-episode-is-tv-work",
        ),
        pytest.param(
            '"Creek," again directed by Ana Roy with Emil Brandt returning as Mara, is a hit.',
            ("Emil Brandt", "directed", "Creek", None),
            id="with-x-returning-is-cast-not-a-co-director",
        ),
        pytest.param(
            'Helmed by Rui Sato, the director behind the sly 2015 debut "Glass Birds," and '
            'written by Sato with Emil Brandt, "Tin Roof" is a chamber piece.',
            ("Emil Brandt", "wrote", "Glass Birds", None),
            id="credits-skip-a-film-named-as-the-director-credential",
        ),
    ],
)
def test_credit_traps(text: str, wrong: tuple[str, str, str, str | None]) -> None:
    assert wrong not in triples(text)


def test_a_sentence_starter_is_no_speaker_and_he_inside_the_is_no_pronoun() -> None:
    text = (
        'Rafe Lyle plays the reverend. Ines Demir directed "Creek." In the press notes, '
        'Demir says she wanted "a western where nobody is fast."'
    )
    assert said(text) == {("Ines Demir", "a western where nobody is fast.")}


def test_elided_subject_of_a_who_clause_is_its_own_person() -> None:
    text = (
        "Among those in the Sala Verde were the jury head, Hal Rask; and Cila Mora, who has no "
        'role in the new film but starred in Rask\'s debut, "Wasps" (2019).'
    )
    found = triples(text)
    assert ("Cila Mora", "starred_in", "Wasps", None) in found
    assert not any(s == "Hal Rask" and p == "starred_in" for s, p, _, _ in found)


ROLES = '"Low Tide" opened in May. Ona Vell is a director. Kit Lane is an actress. '


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The film's director, Ona Vell, was there.", ("Ona Vell", "directed", "Low Tide")),
        ("Its director, Ona Vell, was there.", ("Ona Vell", "directed", "Low Tide")),
        ('Ona Vell, director of "Salt," was there.', ("Ona Vell", "directed", "Salt")),
        ('Ona Vell, the "Salt" director, was there.', ("Ona Vell", "directed", "Salt")),
        ('Ona Vell makes her directorial debut with "Salt."', ("Ona Vell", "directed", "Salt")),
        ('"Salt" marks Ona Vell\'s third feature.', ("Ona Vell", "directed", "Salt")),
        ('Ona Vell steps behind the camera for "Salt."', ("Ona Vell", "directed", "Salt")),
        ("Ona Vell directs from a script by Ian Roe.", ("Ona Vell", "directed", "Low Tide")),
        ('Ona Vell will direct "Salt," which shoots in June.', ("Ona Vell", "directed", "Salt")),
        ('Ona Vell is set to direct "Salt."', ("Ona Vell", "directed", "Salt")),
        ('Ona Vell ("Salt," "Dry Run") is back.', ("Ona Vell", "directed", "Dry Run")),
        ('Kit Lane ("Salt") is back.', ("Kit Lane", "starred_in", "Salt")),
        ('Kit Lane is set to star in "Salt."', ("Kit Lane", "starred_in", "Salt")),
        ('Kit Lane has signed on to star in "Salt."', ("Kit Lane", "starred_in", "Salt")),
        ('Kit Lane gives a fierce performance in "Salt."', ("Kit Lane", "starred_in", "Salt")),
    ],
)
def test_announcements_and_trade_press_credits(sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in {(s, p, o) for s, p, o, _ in triples(ROLES + sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        'Ona Vell was in talks to direct "Salt."',
        'Ona Vell declined to direct "Salt."',
        'Kit Lane was set to star in "Salt" but dropped out.',
        'Kit Lane is expected to star in "Salt."',
        'Ona Vell, the director of photography on "Salt," was there.',
        'Ona Vell, who was set to direct "Salt," left the project.',
        'Ona Vell hoped to make her directorial debut with "Salt."',
        'The studio hired Ona Vell to direct "Salt," but she was replaced by Ian Roe.',
        'Its director, Ian Roe, declined to comment on "Salt."',
    ],
)
def test_plans_that_fell_through_give_no_credit(sentence: str) -> None:
    wrong = {
        (s, p)
        for s, p, o, _ in triples(ROLES + sentence)
        if o == "Salt" and p in {"directed", "starred_in"}
    }
    assert not wrong
