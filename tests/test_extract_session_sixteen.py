"""Table tests for general patterns added in the sixteenth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for: a part
described rather than named (``back as the harbourmaster``), a co-star named by ``opposite``,
a film described by an apposition before its credit, the ``dir.`` abbreviation, an obituary
headline's epithet (``Character Actor of T``) and a director's earlier film named by
``since``.
"""

import pytest
from extract_helpers import fact_table_tests, speaker_table_test

# a review whose film is in focus for sentences that name no film
REVIEW = (
    "'Harbor of Moths' Review: A Slow Burn\n\n"
    '"Harbor of Moths," directed by Cleo Varnum, follows a lighthouse keeper who hides a '
    "smuggler.\n\n"
)
# a sequel's review: "the sequel" is the film in focus
SEQUEL = '\'Frost Ledger 2\' Review\n\n"Frost Ledger 2" is the sequel to "Frost Ledger" (2016).\n\n'
# an obituary: the headline's epithet names the parts, the body shows an actor
OBITUARY = (
    "Ferenc Kall, Hangdog Character Actor of 'Danube Light' and 'The Long Jetty,' Dies at 84\n\n"
    "Ferenc Kall, the Hungarian actor, has died in Budapest. 'Danube Light' (1971) and "
    "'The Long Jetty' (1979) are on television this week."
)
EPITHET_OF_A_PART = (
    "Aurelio Pazzi, Bandit of 'Riders of the Cove' and a National Icon, Dies Aged 84\n\n"
    "Aurelio Pazzi, the Italian actor whose bandit in 'Riders of the Cove' (1966) became a "
    "national icon, has died. Pazzi starred in forty films."
)
EPITHET_OF_A_PRODUCER = (
    "Gaspard Morell, Producer of 'The Glass Orchard,' Dies at 88\n\n"
    "Gaspard Morell, who produced 'The Glass Orchard' (1978) and directed two shorts, has died."
)
# a ranked list: each entry's heading names the film its paragraph credits
RANKED = (
    "Every 'Moth Road' Film, Ranked\n\n"
    "The slasher series has run for thirty years. Here is every film, from worst to best.\n\n"
    '4. "Moth Road: Origins" (2015)\n\n'
    "A prequel set in 1979. Director Ivo Kask stages it as a giallo.\n\n"
    '3. "Moth Road: Requiem" (2022)\n\n'
    "Lia Roux directs with real nerve, and Tess Amun gets the best fight scene.\n\n"
    '2. "Moth Road II" (1994)\n\n'
    "Bruno Falco's sequel to the original introduced a pirate-radio DJ.\n\n"
    '1. "Moth Road" (1991)\n\n'
    "Nothing has topped Rosa Okri's original, which she made for two million dollars."
)
# a review: the director is named as one by "has always been", then "His debut, F"
DEBUT_AFTER_A_JOB = (
    "'Deepwater' Review\n\n"
    "Kaarel Tamm's second trip to the bottom of the Baltic is bigger than the first. Tamm has "
    "always been a director of rooms rather than of oceans. His debut, Eel Weather (2012), "
    "barely left the shop."
)
# the same shape, but the text calls the man an actor
DEBUT_OF_AN_ACTOR = (
    "'Deepwater' Review\n\n"
    "Kaarel Tamm has always been an actor of small rooms. His debut, Eel Weather (2012), "
    "barely left the shop."
)
# a Yoruba name: capitals outside Latin-1 (Ọ) and combining tone marks
YORUBA_NAMES = (
    "Studio Boards Twin Drama\n\n"
    '"Ilé Ọ̀rẹ́" is directed by Adéwálé Ọ̀ṣúnlékè. "It is a film about twins," Ọ̀ṣúnlékè told '
    "Screen."
)
# the director is the article's main man; the actor named last spoke, and the reporter
# sentence names the man who speaks next
SPEAKERS = (
    "Studio Boards Twin Drama\n\n"
    'Nigerian director Kunle Ade is to shoot his third feature, "Twin House." Ade wrote it in '
    'Lagos. Ade says the film is personal. "It is my mother\'s story," he said.\n\n'
    "Rufus Okon plays the younger twin. Okon, who played a boxer in a Peckham drama, is "
    'learning Yoruba for the part. "My aunt laughs at my accent," he said.\n\n'
    "Rhod Penn, who met Ade at a market in Durban, said the money came quickly. "
    '"It took one screening," he told Screen.'
)
# a second film continues the first: "picks up the story of her debut"
CONTINUES = (
    "Festival Report\n\n"
    "The Korean actress Lee Soo-ah chairs the jury. Polish filmmaker Ola Wrona's "
    '"Drugie Morze" picks up the story of her 2019 debut, "Pierwsze Morze," fifteen years '
    "later. Zofia Krol returns as Hania, and newcomer Tymon Lis plays her son, Kuba."
)
# a sequel's news: "in the original" is the undated first film, not a credential's film
IN_THE_ORIGINAL = (
    "'Lantern Bay 2' First Look\n\n"
    '"Lantern Bay 2" is the sequel to "Lantern Bay." The director, Jonas Wik, whose thriller '
    '"Kaldhav" (2019) made his name, takes over from the first film\'s director. Pia Sanz, '
    "who played the sharpshooter Mara Quell in the original, did not return for the sequel."
)
# a sequel's review: a film it honours is a comparison, "the first film" is in an aside
ANIMATED_REVIEW = (
    "'Badger and the Clock' review – a return\n\n"
    "Five years after 'Badger's Summer' charmed families, the badger is back. 'Badger and the "
    "Clock' may be the best British stop-motion feature since Ann Ray's 'Thimble' (2004), a "
    "film it openly honours with a bicycle chase. Fen Abbot, who directed the first film on "
    "her own, now co-directs with the Swedish animator Arvid Sol. Best of all is Ambrose Pell, "
    "88, who lends his voice to Old Cobb, a tortoise."
)
# a list of performances: each entry's line names the actor, the part and the film
PERFORMANCES = (
    "The 5 Best Screen Performances of the Year\n\nHere they are.\n\n"
    '2. Lena Fryd as Ada, "Cold Ferns" (2025)\n\nFryd is a marvel. Ivo Dask directed, and '
    'it shows.\n\n1. Tom Oyen, "Salt Tower" (2025)\n\nOyen is terrific.'
)
# an actor's best roles: each entry is a film, its director named by a possessive
ROLES_RANKED = (
    "The 3 Best Performances of Tom Oyen, Ranked\n\nOyen turns 45 this week.\n\n"
    '2. "Cold Ferns" (2014)\n\nAs the pompous Admiral Thistle in Ivo Dask\'s animated '
    'adventure, Oyen gets the best lines.\n\n1. "Salt Tower" (2019)\n\nA two-hander set on '
    "a night train, Rhea Stamm's film pairs Oyen's clerk with a ghost."
)

FOUND = [
    pytest.param(
        REVIEW + "Rhys Malam is back as the harbourmaster.",
        ("Rhys Malam", "starred_in", "Harbor of Moths", None),
        id="back-as-a-described-part",
    ),
    pytest.param(
        REVIEW + "Rhys Malam returns as a grizzled harbourmaster.",
        ("Rhys Malam", "starred_in", "Harbor of Moths", None),
        id="returns-as-a-described-part",
    ),
    pytest.param(
        REVIEW + "Varnum cast the Danish actor Lars Uhde as the smuggler.",
        ("Lars Uhde", "starred_in", "Harbor of Moths", None),
        id="a-director-casts-someone-as-a-described-part",
    ),
    pytest.param(
        REVIEW
        + 'Her previous film, "Copper Lane" (2019), starred Nell Ostrin opposite Ivo Brandt.',
        ("Ivo Brandt", "starred_in", "Copper Lane", None),
        id="the-actor-opposite-stars-too",
    ),
    pytest.param(
        REVIEW + 'In "Blue Forge" (2010), Mina Tolvard played a welder opposite Kit Amble.',
        ("Mina Tolvard", "starred_in", "Blue Forge", None),
        id="a-described-part-before-opposite",
    ),
    pytest.param(
        REVIEW + 'In "Blue Forge" (2010), Mina Tolvard played a welder opposite Kit Amble.',
        ("Kit Amble", "starred_in", "Blue Forge", None),
        id="opposite-after-a-described-part",
    ),
    pytest.param(
        REVIEW + 'Nell Ostrin took the lead in "Winter Tolls" (2015).',
        ("Nell Ostrin", "starred_in", "Winter Tolls", None),
        id="took-the-lead-in-a-film",
    ),
    pytest.param(
        REVIEW + "Petra Lund plays the title role.",
        ("Petra Lund", "starred_in", "Harbor of Moths", None),
        id="plays-the-title-role-of-the-film-in-focus",
    ),
    pytest.param(
        REVIEW + "Ivo Sand makes a brief appearance as a priest.",
        ("Ivo Sand", "starred_in", "Harbor of Moths", None),
        id="makes-an-appearance-as-a-described-part",
    ),
    pytest.param(
        REVIEW + "The ever-dependable Ivo Sand turns up as a retired coastguard.",
        ("Ivo Sand", "starred_in", "Harbor of Moths", None),
        id="turns-up-as-a-described-part",
    ),
    pytest.param(
        REVIEW + "Ivo Sand headlines the film as a retired boxer.",
        ("Ivo Sand", "starred_in", "Harbor of Moths", None),
        id="headlines-the-film-as-a-described-part",
    ),
    pytest.param(
        REVIEW + "Ivo Sand is cast against type as a killer.",
        ("Ivo Sand", "starred_in", "Harbor of Moths", None),
        id="cast-against-type-as-a-described-part",
    ),
    pytest.param(
        REVIEW + "Ivo Sand, who plays the priest, is wasted.",
        ("Ivo Sand", "starred_in", "Harbor of Moths", None),
        id="a-who-aside-plays-a-described-part",
    ),
    pytest.param(
        REVIEW + "Also starring are Petra Lund and Ivo Sand.",
        ("Ivo Sand", "starred_in", "Harbor of Moths", None),
        id="also-starring-are-a-list",
    ),
    pytest.param(
        REVIEW + 'The opening is a nod to "Iron Pasture" (1958, dir. Hugo Stam).',
        ("Hugo Stam", "directed", "Iron Pasture", None),
        id="dir-abbreviation-in-parentheses",
    ),
    pytest.param(
        REVIEW + 'The film is a remake of "Lantern Dike," a 1949 melodrama directed by Kees Rook.',
        ("Kees Rook", "directed", "Lantern Dike", None),
        id="an-apposition-before-directed-by-names-the-source-film",
    ),
    pytest.param(
        'Profile\n\nAlva Lind, a Swedish director, made "Frost Ledger" in 2015.',
        ("Alva Lind", "directed", "Frost Ledger", None),
        id="a-director-apposition-before-made",
    ),
    pytest.param(
        OBITUARY,
        ("Ferenc Kall", "starred_in", "The Long Jetty", None),
        id="an-obituary-epithet-actor-of-two-films",
    ),
    pytest.param(
        EPITHET_OF_A_PART,
        ("Aurelio Pazzi", "starred_in", "Riders of the Cove", None),
        id="an-obituary-epithet-naming-the-part",
    ),
    pytest.param(
        SEQUEL + "The sequel brings back Alva Lind as director.",
        ("Alva Lind", "directed", "Frost Ledger 2", None),
        id="brings-back-as-director",
    ),
    pytest.param(
        'Festival\n\nIt is the first feature from Alva Lind since "Tallow" (2019).',
        ("Alva Lind", "directed", "Tallow", None),
        id="first-feature-from-a-director-since-her-last",
    ),
    pytest.param(
        'Festival\n\n"Frost Ledger" is Alva Lind\'s first film since 2019\'s "Tallow."',
        ("Alva Lind", "directed", "Tallow", None),
        id="possessive-first-film-since",
    ),
    pytest.param(
        RANKED,
        ("Ivo Kask", "directed", "Moth Road: Origins", None),
        id="a-ranked-entrys-director-stages-it",
    ),
    pytest.param(
        RANKED,
        ("Lia Roux", "directed", "Moth Road: Requiem", None),
        id="a-ranked-entrys-director-directs-with-nerve",
    ),
    pytest.param(
        RANKED,
        ("Bruno Falco", "directed", "Moth Road II", None),
        id="a-possessive-sequel-under-its-heading",
    ),
    pytest.param(
        RANKED,
        ("Rosa Okri", "directed", "Moth Road", None),
        id="a-possessive-original-under-its-heading",
    ),
    pytest.param(
        DEBUT_AFTER_A_JOB,
        ("Kaarel Tamm", "directed", "Eel Weather", None),
        id="has-always-been-a-director-then-his-debut",
    ),
    pytest.param(
        YORUBA_NAMES,
        ("Adéwálé Ọ̀ṣúnlékè", "directed", "Ilé Ọ̀rẹ́", None),
        id="a-name-with-a-capital-outside-latin-1",
    ),
    pytest.param(
        IN_THE_ORIGINAL,
        ("Pia Sanz", "starred_in", "Lantern Bay", "Mara Quell"),
        id="in-the-original-is-the-film-the-sequel-continues",
    ),
    pytest.param(
        'Box Office\n\nThe remake of "Candle Lane" (1984) opened to $31 million. Among those at '
        "the premiere was Vera Hollis, who played the babysitter Connie Brisk in the 1984 film.",
        ("Vera Hollis", "starred_in", "Candle Lane", "Connie Brisk"),
        id="in-the-1984-film-is-that-years-film",
    ),
    pytest.param(
        'Guild Ruling\n\nThe guild gave Ana Ruiz sole credit on "Sable Pass." Rado Ivic is best '
        'known for "Zima" (2016), the Belgrade harbour drama that starred Niko Peric.',
        ("Niko Peric", "starred_in", "Zima", None),
        id="an-apposition-that-starred-names-its-film",
    ),
    pytest.param(
        'Review\n\n"Tide Line 2" is the sequel to "Tide Line" (2023), in which Kat Moss played '
        "Odile Rask.",
        ("Kat Moss", "starred_in", "Tide Line", "Odile Rask"),
        id="in-which-after-the-source-film-with-a-past-verb",
    ),
    pytest.param(
        'Review\n\n"Tide Line 2" is the sequel to "Tide Line" (2023). Kat Moss and Dario Sang '
        "return as salvage captain Odile Rask and her scapegrace first mate, Benedek Fenn.",
        ("Dario Sang", "starred_in", "Tide Line 2", "Benedek Fenn"),
        id="respectively-with-described-parts",
    ),
    pytest.param(
        CONTINUES,
        ("Ola Wrona", "directed", "Pierwsze Morze", None),
        id="her-2019-debut-is-the-possessors",
    ),
    pytest.param(
        CONTINUES,
        ("Tymon Lis", "starred_in", "Drugie Morze", "Kuba"),
        id="picks-up-the-story-of-leaves-the-new-film-in-focus",
    ),
    pytest.param(
        ANIMATED_REVIEW,
        ("Arvid Sol", "directed", "Badger and the Clock", None),
        id="co-directs-with-after-a-film-it-honours",
    ),
    pytest.param(
        ANIMATED_REVIEW,
        ("Fen Abbot", "directed", "Badger and the Clock", None),
        id="the-first-film-in-an-aside-is-not-the-clauses",
    ),
    pytest.param(
        ANIMATED_REVIEW,
        ("Ambrose Pell", "starred_in", "Badger and the Clock", "Cobb"),
        id="lends-his-voice-to",
    ),
    pytest.param(
        PERFORMANCES,
        ("Lena Fryd", "starred_in", "Cold Ferns", "Ada"),
        id="a-performance-lists-entry-line-with-the-part",
    ),
    pytest.param(
        PERFORMANCES,
        ("Tom Oyen", "starred_in", "Salt Tower", None),
        id="a-performance-lists-entry-line",
    ),
    pytest.param(
        PERFORMANCES,
        ("Ivo Dask", "directed", "Cold Ferns", None),
        id="x-directed-comma-under-an-entry",
    ),
    pytest.param(
        ROLES_RANKED,
        ("Ivo Dask", "directed", "Cold Ferns", None),
        id="in-xs-animated-adventure-under-an-entry",
    ),
    pytest.param(
        ROLES_RANKED,
        ("Rhea Stamm", "directed", "Salt Tower", None),
        id="xs-film-pairs-under-an-entry",
    ),
    pytest.param(
        "Studio Boards Twin Drama Ilé Àbẹ̀ní\n\nNigerian director Kunle Ade is to shoot his "
        "third feature, Ilé Àbẹ̀ní (My Mother's House), in Lagos. It follows the twins Tàíwò and "
        "Kehinde. Chuk Obi plays Tàíwò, and Funmi Ade plays their mother, Àbẹ̀ní.",
        ("Chuk Obi", "starred_in", "Ilé Àbẹ̀ní", "Tàíwò"),
        id="an-unquoted-title-with-tone-marks-after-his-third-feature",
    ),
    pytest.param(
        "Box Office\n\nNeon's \"Six Winters,\" the drama that marks Bae Yun's debut as a "
        "director, opened well.",
        ("Bae Yun", "directed", "Six Winters", None),
        id="marks-xs-debut-as-a-director",
    ),
    pytest.param(
        'Obituary\n\nIt was remade in Hollywood as "Mad Caps" in 1994 by Cole Brand.',
        ("Cole Brand", "directed", "Mad Caps", None),
        id="remade-as-f-by-x",
    ),
    pytest.param(
        "'Yard Nights' Renewed for Season 3\n\nThe network has renewed \"Yard Nights,\" its "
        'police drama spun off from the 2019 film "Night Yard," for a third season. Ada Rahm '
        'leads the cast, the role she originated in "Night Yard" and reprised in its 2021 '
        'sequel, "Night Yard II." Returning series regulars include Bart Zmij as Sergeant Marek '
        "Wolny and Iolo Vaughan as DCI Gus Hebden.",
        ("Bart Zmij", "starred_in", "Yard Nights", "Sergeant Marek Wolny"),
        id="series-regulars-are-the-series-not-its-source-films",
    ),
]

NOT_FOUND = [
    pytest.param(
        REVIEW + "Rhys Malam returns as director of photography.",
        ("Rhys Malam", "starred_in", "Harbor of Moths", None),
        id="returns-as-a-crew-job-is-no-part",
    ),
    pytest.param(
        REVIEW + "Rhys Malam joins as a producer.",
        ("Rhys Malam", "starred_in", "Harbor of Moths", None),
        id="joins-as-a-producer-is-no-part",
    ),
    pytest.param(
        SEQUEL + "Alva Lind returns as director of photography.",
        ("Alva Lind", "directed", "Frost Ledger 2", None),
        id="director-of-photography-is-no-direction",
    ),
    pytest.param(
        REVIEW + 'The film is a remake of "Lantern Dike," a 1949 melodrama directed by Kees Rook.',
        ("Kees Rook", "directed", "Harbor of Moths", None),
        id="the-source-films-director-is-not-the-remakes",
    ),
    pytest.param(
        REVIEW + 'Like her first two features, "Gull" (2019) and "Tern" (2022), the film was '
        "shot by Ole Brask.",
        ("Ole Brask", "shot", "Tern", None),
        id="the-film-after-a-list-is-no-apposition",
    ),
    pytest.param(
        EPITHET_OF_A_PRODUCER,
        ("Gaspard Morell", "starred_in", "The Glass Orchard", None),
        id="a-producer-epithet-is-no-part",
    ),
    pytest.param(
        EPITHET_OF_A_PRODUCER,
        ("Gaspard Morell", "directed", "The Glass Orchard", None),
        id="a-producer-epithet-is-no-direction",
    ),
    pytest.param(
        RANKED,
        ("Bruno Falco", "directed", "Moth Road", None),
        id="a-possessive-sequel-is-not-the-originals",
    ),
    pytest.param(
        DEBUT_OF_AN_ACTOR,
        ("Kaarel Tamm", "directed", "Eel Weather", None),
        id="an-actors-debut-is-no-direction",
    ),
    pytest.param(
        IN_THE_ORIGINAL,
        ("Pia Sanz", "starred_in", "Kaldhav", None),
        id="in-the-original-is-not-a-credentials-dated-film",
    ),
    pytest.param(
        'Box Office\n\n"Wick Lane" opened to $31 million. Among those at the premiere was Vera '
        "Hollis, who played the babysitter Connie Brisk in the 1984 film.",
        ("Vera Hollis", "starred_in", "Wick Lane", "Connie Brisk"),
        id="in-the-1984-film-is-not-the-new-film",
    ),
    pytest.param(
        'Review\n\n"Tide Line 2" is the sequel to "Tide Line" (2023). Kat Moss and Dario Sang '
        "return as salvage captain Odile Rask and her scapegrace first mate, Benedek Fenn.",
        ("Dario Sang", "starred_in", "Tide Line 2", "Odile Rask"),
        id="respectively-the-second-actor-is-not-the-first-part",
    ),
    pytest.param(
        ANIMATED_REVIEW,
        ("Fen Abbot", "directed", "Thimble", None),
        id="a-film-the-new-one-honours-is-not-in-focus",
    ),
    pytest.param(
        'The 5 Best Films of the Year\n\nHere they are.\n\n1. Ivo Dask, "Cold Ferns" (2025)'
        "\n\nA marvel.",
        ("Ivo Dask", "starred_in", "Cold Ferns", None),
        id="a-film-lists-entry-line-is-no-casting",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


SPOKEN = [
    pytest.param(YORUBA_NAMES, ("Adéwálé Ọ̀ṣúnlékè", "It is a film about twins"), id="yoruba"),
    pytest.param(
        SPEAKERS,
        ("Rufus Okon", "My aunt laughs at my accent"),
        id="he-said-after-a-sentence-about-the-named-actor",
    ),
    pytest.param(
        "'Night Ferry' at 25: An Oral History\n\nAda Okon directed \"Night Ferry\" (1999) on a "
        "budget of nothing.\n\nRomanian cinematographer Teo Marin shot the film by available "
        'light. "We had one lamp," the cinematographer says.\n\nThe director herself turns up '
        'on screen as a hitchhiker in the final reel. "Nobody else would stand in the road at '
        'four in the morning," she says.',
        ("Ada Okon", "Nobody else would stand in the road at four in the morning"),
        id="she-after-a-sentence-opened-by-the-director",
    ),
    pytest.param(
        SPEAKERS,
        ("Rhod Penn", "It took one screening"),
        id="he-told-after-a-reported-speaker-not-the-man-in-his-aside",
    ),
]


test_speaker = speaker_table_test(SPOKEN)
