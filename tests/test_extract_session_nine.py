"""Table tests for patterns found while reading held-out set 10 (ninth session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import said, triples

Fact = tuple[str, str, str, str | None]

OPENER = '"Salt Hymn" opens on Friday. '

FOUND = [
    pytest.param(
        'Nell Varga has joined "Pale Orchard," the heist comedy that Ruben Okafor is directing '
        "for Lionsgate.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="title-that-x-is-directing",
    ),
    pytest.param(
        'Lionsgate\'s space western "Pale Orchard," which Ruben Okafor is directing, has found '
        "its villain.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="title-which-x-is-directing",
    ),
    pytest.param(
        'Nell Varga will star in "Pale Orchard," with Ruben Okafor directing from a script by '
        "Ines Dahl.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="with-x-directing",
    ),
    pytest.param(
        'Nell Varga will star in "Pale Orchard," with Ruben Okafor directing from a script by '
        "Ines Dahl.",
        ("Ines Dahl", "wrote", "Pale Orchard", None),
        id="from-a-script-by",
    ),
    pytest.param(
        '"Pale Orchard" was directed by Ruben Okafor, working from a screenplay by Ines Dahl '
        "and Oren Blum.",
        ("Oren Blum", "wrote", "Pale Orchard", None),
        id="from-a-screenplay-by-two-writers",
    ),
    pytest.param(
        'Nell Varga will star in "Pale Orchard," with her husband, Ruben Okafor, directing from '
        "his own screenplay.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="with-her-husband-x-directing",
    ),
    pytest.param(
        'Nell Varga will star in "Pale Orchard," with her husband, Ruben Okafor, directing from '
        "his own screenplay.",
        ("Ruben Okafor", "wrote", "Pale Orchard", None),
        id="directing-from-his-own-screenplay",
    ),
    pytest.param(
        'He drove the getaway car in "Pale Orchard" (1976), the Ruben Okafor-directed '
        "B-picture that made a fortune.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="the-x-directed-noun",
    ),
    pytest.param(
        'Nell Varga was introduced by her "Pale Orchard" director, Ruben Okafor, who praised '
        "her nerve.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="her-title-director-apposition",
    ),
    pytest.param(
        'The favorite, "Pale Orchard," whose director, Ruben Okafor, had been widely tipped, '
        "went home empty-handed.",
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="title-whose-director-x",
    ),
    pytest.param(
        "The prize was presented by Nell Varga, the star of last year's winner, \"Pale "
        'Orchard," who joked about it.',
        ("Nell Varga", "starred_in", "Pale Orchard", None),
        id="the-star-of-last-years-winner",
    ),
    pytest.param(
        'Oren Blum, the star of the spy thriller "Pale Orchard," is Inspector Hale, the detective.',
        ("Oren Blum", "starred_in", "Pale Orchard", None),
        id="the-star-of-the-genre-title",
    ),
    pytest.param(
        "Nell Varga won best supporting actress for playing Mira, the estranged sister, in "
        'Ruben Okafor\'s "Pale Orchard."',
        ("Nell Varga", "starred_in", "Pale Orchard", "Mira"),
        id="won-a-prize-for-playing-c-in-f",
    ),
    pytest.param(
        'Best director went to Ruben Okafor for "Pale Orchard," his study of a fishing family.',
        ("Ruben Okafor", "directed", "Pale Orchard", None),
        id="best-director-went-to-x-for-f",
    ),
    pytest.param(
        'Best actress went to Nell Varga for "Pale Orchard," in which she plays a widow.',
        ("Nell Varga", "starred_in", "Pale Orchard", None),
        id="best-actress-went-to-x-for-f",
    ),
    pytest.param(
        "Oren Blum spent the 1970s on the stage before Ines Dahl cast him as Sheriff Amos Tull "
        'in her 1979 western "Pale Orchard."',
        ("Oren Blum", "starred_in", "Pale Orchard", "Sheriff Amos Tull"),
        id="cast-him-as-c-in-her-genre-title",
    ),
    pytest.param(
        "Oren Blum spent the 1970s on the stage before Ines Dahl cast him as Sheriff Amos Tull "
        'in her 1979 western "Pale Orchard."',
        ("Ines Dahl", "directed", "Pale Orchard", None),
        id="cast-him-in-her-film-gives-her-direction",
    ),
    pytest.param(
        'Oren Blum, who is best known to audiences as the icy Cardinal Voss in "Pale Orchard," '
        "stepped in.",
        ("Oren Blum", "starred_in", "Pale Orchard", "Cardinal Voss"),
        id="best-known-to-audiences-as-c-in-f",
    ),
    pytest.param(
        "Oren Blum, who broke out as the doomed mechanic Eddie Ruse in Ines Dahl's "
        '"Pale Orchard," turned the part down.',
        ("Oren Blum", "starred_in", "Pale Orchard", "Eddie Ruse"),
        id="broke-out-as-c-in-f",
    ),
    pytest.param(
        'Rob Hale retired in 2001. He returned as Amos Tull in the 1983 sequel, "Pale Orchard '
        'II," which Ines Dahl wrote but did not direct.',
        ("Rob Hale", "starred_in", "Pale Orchard II", "Amos Tull"),
        id="returned-as-c-in-the-dated-sequel-beside-a-negated-credit",
    ),
    pytest.param(
        OPENER + "Pell is voiced by 11-year-old newcomer Nell Varga.",
        ("Nell Varga", "starred_in", "Salt Hymn", "Pell"),
        id="voiced-by-an-aged-newcomer",
    ),
    pytest.param(
        OPENER + "Rob Hale and Nell Varga star as the grifting siblings Tam and Lou.",
        ("Rob Hale", "starred_in", "Salt Hymn", "Tam"),
        id="a-and-b-star-as-the-description-c-and-d",
    ),
    pytest.param(
        OPENER + "Rob Hale and Nell Varga star as the grifting siblings Tam and Lou.",
        ("Nell Varga", "starred_in", "Salt Hymn", "Lou"),
        id="a-and-b-star-as-the-description-c-and-d-second",
    ),
    pytest.param(
        'Ines Dahl, whose 2019 thriller "Brass Lamp" cost $4 million, took over from Ruben '
        'Okafor, who made the first film but left to direct the Netflix movie "Cold Iron."',
        ("Ruben Okafor", "directed", "Cold Iron", None),
        id="who-left-to-direct-is-the-relative-clauses-subject",
    ),
    pytest.param(
        '"Last Gear," which picks up the story of "Red Mile" four decades on, will be directed '
        "by Ada Vell.",
        ("Ada Vell", "directed", "Last Gear", None),
        id="the-sentences-subject-film-past-a-which-aside",
    ),
    pytest.param(
        'Ada Moyo will play Corin Ash in "Red Acre," a reboot of the series. Yusuf Amir, whose '
        '2023 horror film "Lamb Wool" became a hit, will direct.',
        ("Yusuf Amir", "directed", "Red Acre", None),
        id="x-will-direct-with-no-object",
    ),
    pytest.param(
        'Ada Moyo returns in "Red Acre 2." Rolf Sando, who directed the original, is back behind '
        "the camera.",
        ("Rolf Sando", "directed", "Red Acre 2", None),
        id="back-behind-the-camera",
    ),
    pytest.param(
        'Ada Moyo will return as Jinx Vale in "Red Acre 2," the sequel to last year\'s surprise '
        'hit "Red Acre." Joining Moyo is Dmitri Hale as her estranged father, Abner Vale.',
        ("Dmitri Hale", "starred_in", "Red Acre 2", "Abner Vale"),
        id="joining-x-is-y-as-c",
    ),
    pytest.param(
        OPENER + "The role of Commodore Sable Vex will instead go to Anika Soren, the studio "
        "confirmed.",
        ("Anika Soren", "starred_in", "Salt Hymn", "Commodore Sable Vex"),
        id="the-role-of-c-will-go-to-x",
    ),
    pytest.param(
        OPENER + "The 23-year-old was Kit Lanyon, cast from an open audition as the runaway "
        "nephew, Wilf Bolt.",
        ("Kit Lanyon", "starred_in", "Salt Hymn", "Wilf Bolt"),
        id="x-cast-from-an-audition-as-c",
    ),
    pytest.param(
        "She is wrong, and Hilde Varga's wry, tender and occasionally furious documentary "
        '"Velvet Hours" sets out to prove it.',
        ("Hilde Varga", "directed", "Velvet Hours", None),
        id="possessive-before-a-long-adjective-list",
    ),
    pytest.param(
        'Oona Dahl won the screenplay prize; she adapted "Paper Lamp" from her own novel.',
        ("Oona Dahl", "wrote", "Paper Lamp", None),
        id="adapted-f-from-a-novel-is-writing",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_phrasings_found(text: str, fact: Fact) -> None:
    assert fact in triples(text)


NOT_FOUND = [
    pytest.param(
        'Ines Dahl, whose 2019 thriller "Brass Lamp" cost $4 million, took over from Ruben '
        'Okafor, who made the first film but left to direct the Netflix movie "Cold Iron."',
        ("Ines Dahl", "directed", "Cold Iron", None),
        id="who-left-to-direct-is-not-the-main-subjects",
    ),
    pytest.param(
        OPENER + "Rob Hale and Nell Varga star as the grifting siblings Tam and Lou.",
        ("Nell Varga", "starred_in", "Salt Hymn", "Tam"),
        id="respective-parts-are-not-crossed",
    ),
    pytest.param(
        'Nell Varga will star in "Pale Orchard," from a script that Ines Dahl is said to be '
        "rewriting.",
        ("Ines Dahl", "directed", "Pale Orchard", None),
        id="a-script-credit-is-not-direction",
    ),
    pytest.param(
        'Oren Blum, the star of the spy thriller "Pale Orchard," was not cast in "Red Quay."',
        ("Oren Blum", "starred_in", "Red Quay", None),
        id="star-of-apposition-does-not-undo-a-negation",
    ),
    pytest.param(
        '"Dust Road" will be directed by Ada Vell, Rob Vell\'s daughter, whose 2021 thriller '
        '"Black Lake" was a hit.',
        ("Rob Vell", "directed", "Black Lake", None),
        id="possessive-of-a-kinship-noun-is-not-a-credit",
    ),
    pytest.param(
        'The veteran Ivo Marsh, who directed Nora Quill\'s final film, "Desert Hymn" (1968), '
        "remembers her fondly.",
        ("Nora Quill", "directed", "Desert Hymn", None),
        id="directed-x-s-final-film-is-not-x-s-direction",
    ),
    pytest.param(
        'Ivo Marsh adapted "Low Water" from Nora Quill\'s 2014 novel "The Brass Clock."',
        ("Nora Quill", "directed", "The Brass Clock", None),
        id="a-novelists-possessive-book-is-not-a-film-credit",
    ),
    pytest.param(
        '"Last Gear," which picks up the story of "Red Mile" four decades on, will be directed '
        "by Ada Vell.",
        ("Ada Vell", "directed", "Red Mile", None),
        id="a-film-inside-a-which-aside-is-not-the-credits",
    ),
    pytest.param(
        'Nora Quill starred in "Fair Harbour." She and Ivo Marsh reunited three years later for '
        'his follow-up, "Tidemark" (1999), a bleak thriller.',
        ("Tidemark", "sequel_of", "Fair Harbour", None),
        id="a-directors-follow-up-is-not-a-sequel",
    ),
    pytest.param(
        'Ada Moyo will play Corin Ash in "Red Acre," a reboot. Yusuf Amir was in talks to direct '
        "but will not direct.",
        ("Yusuf Amir", "directed", "Red Acre", None),
        id="will-not-direct-gives-no-direction",
    ),
    pytest.param(
        OPENER + "The role of Sable Vex was first offered to Anika Soren, who turned it down.",
        ("Anika Soren", "starred_in", "Salt Hymn", "Sable Vex"),
        id="a-role-offered-and-turned-down",
    ),
    pytest.param(
        '"Paper Lamp" was adapted from the novel by Oona Dahl.',
        ("Oona Dahl", "wrote", "Paper Lamp", None),
        id="the-novelist-of-the-source-did-not-write-the-film",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FOUND)
def test_no_wrong_fact(text: str, wrong: Fact) -> None:
    assert wrong not in triples(text)


QA = (
    'Ivo Lind on Making "Salt Hymn"\n\n'
    'Ivo Lind has not made a film since "Copper Moth." His new thriller, "Salt Hymn," opens '
    "on Friday. He wrote it with his sister, Ada Lind.\n\n"
    "Q: Nine years is a long gap. What happened?\n\n"
    "Lind: Honestly, I got lost. I walked away from a film I was meant to make.\n\n"
    "Q: Where did the story come from?\n\n"
    "Lind: From Ada, really. She had the image of a man alone on a car deck.\n"
)


def test_a_q_and_a_answer_is_the_labelled_speakers() -> None:
    spoken = said(QA)
    assert ("Ivo Lind", "Honestly, I got lost. I walked away from a film I was meant to make.") in (
        spoken
    )
    assert ("Ivo Lind", "From Ada, really. She had the image of a man alone on a car deck.") in (
        spoken
    )


def test_a_questioners_label_and_a_namesake_are_not_speakers() -> None:
    speakers = {speaker for speaker, _ in said(QA)}
    assert speakers == {"Ivo Lind"}


def test_one_labelled_line_outside_a_transcript_is_not_speech() -> None:
    text = (
        'Ada Moy Joins "Salt Hymn"\n\n'
        'Ada Moy has joined "Salt Hymn," the studio said.\n\n'
        "Moy: the actress is said to have asked for the part.\n"
    )
    assert not said(text)


def test_a_speaker_who_said_she_is_she() -> None:
    text = (
        'Ada Moy and Bea Lind star in "Salt Hymn." Lind lost her first audition, and she '
        'was upset. Moy, 38, said she had never read the novel. "It was mine," she said.'
    )
    assert ("Ada Moy", "It was mine") in said(text)


def test_a_speaker_who_said_that_her_writers() -> None:
    text = (
        'Ida Brandt starred in "Salt Hymn" for seven seasons, and she loved it. Its showrunner, '
        "Cora Vale, said on Monday that her writers had built episodes around Brandt. "
        '"You did not write dialogue for Ida," she said.'
    )
    assert ("Cora Vale", "You did not write dialogue for Ida") in said(text)
