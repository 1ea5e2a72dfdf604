"""Table tests for general patterns added in the seventeenth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for: a
part described and played in the passive (``The sisters are played by``), a part that
``went to`` someone or that someone ``took over``, a casting verb with ``to play``, the cast
of a remake's original recalled (``the role that made X a star``, ``originally played by``),
and which film a sentence that names none is about (not a film in someone's credential,
nor the earlier films a question lists).
"""

import pytest
from extract_helpers import triples

Fact = tuple[str, str, str, str | None]

# a review whose film is in focus for sentences that name no film
REVIEW = (
    "'The Marsh Road' Review: A Cold Pleasure\n\n"
    'Director Halvard Enge\'s new thriller "The Marsh Road" opens in a fog.\n\n'
)
# a remake announcement: the new film is undated, the original is dated
REMAKE = (
    "Studio Remakes a Cult Heist Film\n\n"
    '"Copper Harbour," directed by Ines Valk, remakes "Old Harbour" (1979). '
)
# a review that names an actor's earlier film in a who-clause before a cast sentence
CREDENTIAL = (
    "'Salt Choir' Review\n\n"
    '"Salt Choir," directed by Pavel Dunn, follows a choir on a strike-bound island.\n\n'
    "Mira Tolk, who played the ferryman's wife in Rosa Adair's \"Windbreak,\" has never "
    "been this still. In smaller roles, Pim Vas is slippery as a land agent, and Cel Ubar, "
    "as the neighbour Widow Garrick, gets the only laugh."
)
# a director Q&A: the question lists the director's earlier films before a cast question
QA = (
    "Lena Varro on 'Low Water'\n\n"
    'Lena Varro\'s third feature, "Low Water," follows two sisters at a seaside hotel.\n\n'
    'Q: Your first two films, "Milk Summer" and "The Hollins Girls," were family stories.\n\n'
    "Q: The sisters are played by Juno Ark and Dilys Mensah. How did you find them?"
)
# a franchise history: a paragraph opened by "The third film, F (2006)," is about F
FRANCHISE = (
    "How 'Night Tram' Became a Franchise\n\n"
    'Aldo Ruiz made "Night Tram" in 1997 for almost nothing. He directed its sequel too.\n\n'
    'The third film, "Tram Terminal" (2006), was a different story. The Chilean director '
    "Rena Sol took over and brought in the Spanish actor Ivo Larra to play a police "
    "inspector named Ugarte."
)

FOUND = [
    pytest.param(
        REVIEW + "The sisters are played by Juno Ark and Dilys Mensah.",
        ("Dilys Mensah", "starred_in", "The Marsh Road", None),
        id="the-description-are-played-by",
    ),
    pytest.param(
        REVIEW + "Its hero, Tomas, is played at different ages by Ari Stone and Pell Varga.",
        ("Pell Varga", "starred_in", "The Marsh Road", "Tomas"),
        id="played-at-different-ages-by",
    ),
    pytest.param(
        REVIEW + "Enge wanted an unknown for the ferryman, and the part went to Caspar Holt.",
        ("Caspar Holt", "starred_in", "The Marsh Road", None),
        id="the-part-went-to-with-no-film-named",
    ),
    pytest.param(
        REVIEW + "The part of Orla went to the Irish actress Nell Brack.",
        ("Nell Brack", "starred_in", "The Marsh Road", "Orla"),
        id="the-part-of-a-character-went-to",
    ),
    pytest.param(
        REVIEW + "Nell Brack took over the role.",
        ("Nell Brack", "starred_in", "The Marsh Road", None),
        id="took-over-the-role",
    ),
    pytest.param(
        REVIEW + "Enge brought in the Welsh actor Ivo Rhys to play a police inspector named Ugo.",
        ("Ivo Rhys", "starred_in", "The Marsh Road", "Ugo"),
        id="brought-in-to-play",
    ),
    pytest.param(
        REVIEW + "There is a cameo from Desmond Blake, who pops up as a bartender.",
        ("Desmond Blake", "starred_in", "The Marsh Road", None),
        id="who-pops-up-as",
    ),
    pytest.param(
        REVIEW + "Radu Petran and Sorin Vlad play the brothers, Mihai and Costel.",
        ("Radu Petran", "starred_in", "The Marsh Road", "Mihai"),
        id="respectively-after-a-described-part",
    ),
    pytest.param(
        REVIEW + "Real-life siblings Tess Vane and Marc Vane play the twins Dot and Benny.",
        ("Marc Vane", "starred_in", "The Marsh Road", "Benny"),
        id="respectively-after-a-described-part-without-comma",
    ),
    pytest.param(
        REVIEW + "Anka Vester fronts the drama as a Danish widow.",
        ("Anka Vester", "starred_in", "The Marsh Road", None),
        id="fronts-the-drama-as",
    ),
    pytest.param(
        REVIEW + "Celia Umber, as the neighbour Widow Garrick, gets the only laugh.",
        ("Celia Umber", "starred_in", "The Marsh Road", "Widow Garrick"),
        id="as-character-apposition",
    ),
    pytest.param(
        REVIEW + "Ann Hoy takes on the role of the safecracker Dora.",
        ("Ann Hoy", "starred_in", "The Marsh Road", "Dora"),
        id="takes-on-the-role-of",
    ),
    pytest.param(
        REMAKE + "Ola Fenn will play Jo Kestrel, the role that made Cora Arm a star.",
        ("Cora Arm", "starred_in", "Old Harbour", "Jo Kestrel"),
        id="the-role-that-made-x-a-star",
    ),
    pytest.param(
        REMAKE + "Tom Nwan will play the con man Ze, the part that made a star of Wag Tibir.",
        ("Wag Tibir", "starred_in", "Old Harbour", "Ze"),
        id="the-part-that-made-a-star-of-x",
    ),
    pytest.param(
        REMAKE + "Ann Hoy takes the role of the safecracker Dora, originally played by Cona Amar.",
        ("Cona Amar", "starred_in", "Old Harbour", "Dora"),
        id="originally-played-by",
    ),
    pytest.param(
        REMAKE + "The roles were originated by Hal Pet and Joan Pet, respectively, in the "
        "1979 film.",
        ("Joan Pet", "starred_in", "Old Harbour", None),
        id="roles-originated-by-in-the-dated-film",
    ),
    pytest.param(
        CREDENTIAL,
        ("Cel Ubar", "starred_in", "Salt Choir", "Widow Garrick"),
        id="a-film-in-a-credential-does-not-take-the-focus",
    ),
    pytest.param(
        QA,
        ("Juno Ark", "starred_in", "Low Water", None),
        id="earlier-films-listed-do-not-take-the-focus",
    ),
    pytest.param(
        FRANCHISE,
        ("Ivo Larra", "starred_in", "Tram Terminal", "Ugarte"),
        id="the-third-film-opens-its-paragraph",
    ),
]

NOT_FOUND = [
    pytest.param(
        REVIEW + "The music is played by Ola Berg.",
        ("Ola Berg", "starred_in", "The Marsh Road", None),
        id="the-music-is-played-by-is-no-part",
    ),
    pytest.param(
        REVIEW + 'Kim Sol turned down the lead in "Ferry Lights"; the part went to Ada Rusk.',
        ("Ada Rusk", "starred_in", "The Marsh Road", None),
        id="the-part-went-to-after-another-film-is-that-films",
    ),
    pytest.param(
        REVIEW + "Kim Sol was not cast; the part went to Ada Rusk.",
        ("Kim Sol", "starred_in", "The Marsh Road", None),
        id="not-cast-before-the-part-went-to",
    ),
    pytest.param(
        'On television, Ida Sten has joined "The Pressmen," the period drama from showrunner '
        "Bea Coyle, as Edith Marsh, a printer.",
        ("Bea Coyle", "starred_in", "The Pressmen", "Edith Marsh"),
        id="as-after-a-job-noun-belongs-to-the-verb",
    ),
    pytest.param(
        REMAKE + "Ola Fenn will play Jo Kestrel, the role that made Cora Arm a star.",
        ("Cora Arm", "starred_in", "Copper Harbour", "Jo Kestrel"),
        id="the-original-star-is-not-in-the-remake",
    ),
    pytest.param(
        CREDENTIAL,
        ("Cel Ubar", "starred_in", "Windbreak", "Widow Garrick"),
        id="the-credentials-film-is-not-the-reviewed-one",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_found(text: str, fact: Fact) -> None:
    assert fact in triples(text)


@pytest.mark.parametrize(("text", "fact"), NOT_FOUND)
def test_not_found(text: str, fact: Fact) -> None:
    assert fact not in triples(text)
