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
from extract_helpers import fact_table_tests, speaker_table_test

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

# a review set in lost italics: the headline names the film bare before "review"
BARE_REVIEW = (
    "The Miller's Widows review – a river tale that runs cold\n\n"
    "About an hour into The Miller's Widows, a boat drifts past with nobody at the oars. It is "
    "the moment the film tightens its grip.\n\n"
    "Ilse Varga's second feature, after her admired 2018 debut Small Hours, is set in a mill "
    "town. Nora, the elder, is played by the newcomer Dana Petri; Roza Tal is the younger, "
    "more reckless Mira. The film was shot by the director's brother, Ivo Varga. The debt to "
    "Old Parish (1968) is obvious; she calls that film her model.\n\nA subplot about a mayor, played with relish by Dan Puiu, "
    "belongs to a broader comedy. Flor Gheo has a lovely small turn as the village priest, Ilie."
)
# casting news: a credential in an apposition is not the new film
CASTING = (
    "Rhea Kos to Star in 'The Ninth Bell'\n\n"
    'Rhea Kos has signed on to lead "The Ninth Bell," the English-language debut of Swedish '
    "director Olle Brand. Kos, the Basque actress who broke out as a lighthouse keeper in "
    '"Salt Hymn," will play Dolores Vane, a safecracker. Kofi Tutu, fresh off his turn in '
    '"Pepper Road," is set to play Rafe Morrow. Brand wrote the screenplay with Nils Hale.'
)
# an actor's obituary: paragraphs open with "He", and the director's name is a possessive
OBITUARY_HE = (
    "Anton Virel, Rumpled Star of French Crime Films, Dies at 81\n\n"
    "Anton Virel, the French actor who played pickpockets for thirty years, died on Sunday. "
    "He was 81.\n\n"
    "Mr. Virel had no training when the director Rena Malet cast him, at 21, as the thief Jojo "
    'in "Wren Alley" (1966). It led to a sequel, "Return to Wren Alley" (1969), also directed '
    "by Ms. Malet, in which he reprised the role.\n\n"
    'He turned down the lead in Klaus Eber\'s thriller "The Iron Line" (1971). The part of the '
    "obsessive Inspector Kessel went instead to the Dutch actor Piet Oss.\n\n"
    '"Piet was better than I would ever have been," Mr. Virel told a magazine in 1984.\n\n'
    'In Hal Whit\'s "Cobalt Yard" (1979), released by United Artists, he played Victor Sarr, '
    "an arms dealer.\n\n"
    'He directed only one film, "The Last Halt" (1988), which he also wrote and in which he '
    "starred as Leon, a stationmaster."
)
# a director interview: her episode work shows she directs, so "Her debut, F" is hers
DIRECTOR_QA = (
    "Devi Raman: 'I make films about people who count things'\n\n"
    "Devi Raman is explaining why every note in her new film had to be damp.\n\n"
    "The Rain Clerk, her third feature, is a funny film about an auditor named Murugan. Sen "
    "Kumar plays him with a hunched dignity; Meena Thulas is Vaidehi, his wife.\n\n"
    "Raman wrote the script alone, in eleven weeks.\n\n"
    "Her debut, Kites Over Salem (2012), was a gentle story. Her second, Nine Yards of Quiet "
    "(2017), got her noticed.\n\n"
    "She did accept television work in between, directing two episodes of the crime series "
    "Coral Blues, which she calls paid film school."
)
# a sequel announcement: the headline names the franchise, the body its new entry
FRANCHISE_NEWS = (
    "Studio Sets Third 'Iron Nuns' Film With Wes Brauer Directing\n\n"
    'The studio has greenlit "The Iron Nuns: Pilgrim\'s End," the third installment of its '
    "action franchise, with South African filmmaker Wes Brauer directing. Brauer takes over "
    'from director Tiago Leme, who directed both "The Iron Nuns" (2018) and its 2021 sequel, '
    '"The Iron Nuns: Reliquary." Fen Dallow, whose scheming Deacon Rourke was crushed at the '
    'end of "The Iron Nuns: Reliquary," will not return.'
)

# a box-office report: a reboot named beside the decade its source films came from
REBOOT_NEWS = (
    "Box Office: 'Hawk Squad' Reboot Stalls\n\n"
    "The weekend's big disappointment was Sony's 'Hawk Squad: Ascendant', a reboot of the "
    "1990s 'Hawk Squad' action films. Directed by Marl Teague, the film stars Tavi Lei as "
    "Commander Rhea, the squad's new leader."
)

# an actor profile set in lost italics: bare titles marked by a year, a film noun or a credit
ITALIC_PROFILE = (
    "Rafa Dima Bakes His Own Film\n\n"
    "Rafa Dima got his break in 2004, when the director Lou Abren cast him as Boyet, a "
    "jeepney driver, in her second feature, The Psalm Road. In Gus Mull's thriller Orbit "
    "Nine (2014) he played an engineer, and he was not asked back for the sequel, Orbit Nine: "
    "Eclipse (2017).\n\n"
    "Midnight Bakers, which he wrote and directed, follows an aging baker."
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
    pytest.param(
        BARE_REVIEW,
        ("Dana Petri", "starred_in", "The Miller's Widows", "Nora"),
        id="bare-review-headline-title-takes-the-focus-not-a-dated-debut",
    ),
    pytest.param(
        BARE_REVIEW,
        ("Roza Tal", "starred_in", "The Miller's Widows", "Mira"),
        id="x-is-the-part-beside-a-passive-casting",
    ),
    pytest.param(
        BARE_REVIEW,
        ("Ivo Varga", "shot", "The Miller's Widows", None),
        id="shot-by-the-directors-brother",
    ),
    pytest.param(
        BARE_REVIEW,
        ("Dan Puiu", "starred_in", "The Miller's Widows", None),
        id="a-part-played-with-relish-by",
    ),
    pytest.param(
        BARE_REVIEW,
        ("Flor Gheo", "starred_in", "The Miller's Widows", "Ilie"),
        id="a-lovely-small-turn-as",
    ),
    pytest.param(
        'Mara Quint has signed on to lead "Dry Wells," the second feature of Lena Moss.',
        ("Mara Quint", "starred_in", "Dry Wells", None),
        id="signed-on-to-lead",
    ),
    pytest.param(
        CASTING,
        ("Rhea Kos", "starred_in", "The Ninth Bell", "Dolores Vane"),
        id="will-play-after-the-actress-who-broke-out-in",
    ),
    pytest.param(
        CASTING,
        ("Rhea Kos", "starred_in", "Salt Hymn", None),
        id="the-actress-who-broke-out-in",
    ),
    pytest.param(
        CASTING,
        ("Kofi Tutu", "starred_in", "The Ninth Bell", "Rafe Morrow"),
        id="is-set-to-play-after-a-credential",
    ),
    pytest.param(
        CASTING, ("Kofi Tutu", "starred_in", "Pepper Road", None), id="fresh-off-his-turn-in"
    ),
    pytest.param(
        OBITUARY_HE,
        ("Anton Virel", "starred_in", "Wren Alley", "Jojo"),
        id="the-director-cast-him-at-21-as",
    ),
    pytest.param(
        OBITUARY_HE,
        ("Rena Malet", "directed", "Return to Wren Alley", None),
        id="directed-by-ms",
    ),
    pytest.param(
        OBITUARY_HE,
        ("Anton Virel", "starred_in", "Return to Wren Alley", None),
        id="in-which-he-reprised-the-role",
    ),
    pytest.param(
        OBITUARY_HE,
        ("Piet Oss", "starred_in", "The Iron Line", "Inspector Kessel"),
        id="the-part-of-the-described-character-went-to",
    ),
    pytest.param(
        OBITUARY_HE,
        ("Anton Virel", "starred_in", "Cobalt Yard", "Victor Sarr"),
        id="he-played-after-a-distributor",
    ),
    pytest.param(
        OBITUARY_HE,
        ("Anton Virel", "directed", "The Last Halt", None),
        id="he-directed-only-one-film-is-the-obituarys-subject",
    ),
    pytest.param(
        DIRECTOR_QA,
        ("Sen Kumar", "starred_in", "The Rain Clerk", None),
        id="x-plays-him",
    ),
    pytest.param(
        DIRECTOR_QA,
        ("Meena Thulas", "starred_in", "The Rain Clerk", "Vaidehi"),
        id="y-is-a-named-part-beside-plays-him",
    ),
    pytest.param(
        DIRECTOR_QA,
        ("Devi Raman", "directed", "Kites Over Salem", None),
        id="her-debut-after-her-episode-direction",
    ),
    pytest.param(
        DIRECTOR_QA,
        ("Devi Raman", "directed", "Nine Yards of Quiet", None),
        id="her-second-comma-title",
    ),
    pytest.param(
        FRANCHISE_NEWS,
        ("Wes Brauer", "directed", "The Iron Nuns: Pilgrim's End", None),
        id="with-filmmaker-x-directing",
    ),
    pytest.param(
        FRANCHISE_NEWS,
        ("Tiago Leme", "directed", "The Iron Nuns: Reliquary", None),
        id="directed-both-f-and-its-sequel",
    ),
    pytest.param(
        FRANCHISE_NEWS,
        ("Fen Dallow", "starred_in", "The Iron Nuns: Reliquary", "Deacon Rourke"),
        id="whose-character-was-killed-in",
    ),
    pytest.param(
        REBOOT_NEWS,
        ("Marl Teague", "directed", "Hawk Squad: Ascendant", None),
        id="a-reboot-of-the-1990s-films-is-not-the-focus",
    ),
    pytest.param(
        ITALIC_PROFILE,
        ("Orbit Nine: Eclipse", "sequel_of", "Orbit Nine", None),
        id="a-bare-title-with-a-subtitle-after-a-film-noun",
    ),
    pytest.param(
        ITALIC_PROFILE,
        ("Rafa Dima", "directed", "Midnight Bakers", None),
        id="a-bare-title-which-he-wrote-and-directed",
    ),
    pytest.param(
        ITALIC_PROFILE,
        ("Rafa Dima", "starred_in", "The Psalm Road", "Boyet"),
        id="cast-him-as-c-a-description-in-her-second-feature",
    ),
    pytest.param(
        "Ima Cradd, best known to film audiences for playing the barrister Vivi Strand in Cris "
        'Asp\'s courtroom drama "A Verdict in Frost" (2013), reprised that role in its sequel, '
        '"A Verdict in Thaw" (2016).',
        ("Ima Cradd", "starred_in", "A Verdict in Frost", "Vivi Strand"),
        id="best-known-for-playing-c-in-f",
    ),
    pytest.param(
        "Ima Cradd, best known to film audiences for playing the barrister Vivi Strand in Cris "
        'Asp\'s courtroom drama "A Verdict in Frost" (2013), reprised that role in its sequel, '
        '"A Verdict in Thaw" (2016).',
        ("Ima Cradd", "starred_in", "A Verdict in Thaw", None),
        id="reprised-that-role-in-its-sequel",
    ),
    pytest.param(
        "Among those watching was the Hungarian director Gaspar Ordo, president of this year's "
        "jury, whose 'The Tin Meridian' won the Golden Lion in 2016.",
        ("Gaspar Ordo", "directed", "The Tin Meridian", None),
        id="whose-film-after-an-apposition",
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
    pytest.param(
        BARE_REVIEW,
        ("Ilse Varga", "shot", "The Miller's Widows", None),
        id="the-directors-brother-is-not-the-director",
    ),
    pytest.param(
        BARE_REVIEW,
        ("Dana Petri", "starred_in", "Old Parish", "Nora"),
        id="a-film-owed-a-debt-is-no-focus",
    ),
    pytest.param(
        CASTING,
        ("Nils Hale", "wrote", "Salt Hymn", None),
        id="a-credentials-film-is-not-the-one-written",
    ),
    pytest.param(
        OBITUARY_HE,
        ("United Artists", "starred_in", "Cobalt Yard", "Victor Sarr"),
        id="a-name-before-comma-he-played-is-not-the-actor",
    ),
    pytest.param(
        OBITUARY_HE,
        ("Hal Whit", "directed", "The Last Halt", None),
        id="he-is-not-the-director-named-by-a-possessive",
    ),
    pytest.param(
        DIRECTOR_QA,
        ("Devi Raman", "directed", "Coral Blues", None),
        id="episode-direction-is-no-film-credit",
    ),
    pytest.param(
        "Lena Brook, whose daughter Ada Brook wrote 'Salt Days', said nothing.",
        ("Lena Brook", "directed", "Salt Days", None),
        id="whose-relative-wrote-is-no-direction",
    ),
    pytest.param(
        ITALIC_PROFILE,
        ("Eclipse", "sequel_of", "Orbit Nine", None),
        id="a-subtitle-is-not-a-title-of-its-own",
    ),
    pytest.param(
        FRANCHISE_NEWS,
        ("Wes Brauer", "directed", "Iron Nuns", None),
        id="the-headlines-franchise-name-is-not-the-film",
    ),
    pytest.param(
        FRANCHISE_NEWS,
        ("Wes Brauer", "directed", "The Iron Nuns", None),
        id="the-new-director-did-not-direct-the-first-film",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


SPOKEN = [
    pytest.param(
        "Remake Lands With Ayo Lind Directing\n\n"
        "The studio has set Ayo Lind to direct the remake. Lind said she was thrilled.\n\n"
        'Mia Fal, who broke out in the boxing drama "Round Girl," said she had watched the '
        'original forty times. "Cora is the reason I act," she said.',
        ("Mia Fal", "Cora is the reason I act"),
        id="said-she-after-a-who-aside-ending-in-a-title-teaches-her-gender",
    ),
]


test_speaker = speaker_table_test(SPOKEN)
