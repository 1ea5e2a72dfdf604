"""Table tests for general patterns added in the twentieth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import extracted, fact_table_tests, said, speaker_table_test, triples

# a sequel announcement: the new film numbered in words, after its title
THIRD_AFTER = (
    "'Saltgrass' Rides Again\n\n"
    'Orbit Pictures has greenlit "Saltgrass: Homecoming," the third installment of its western '
    "franchise, with Radim Vlcek directing. Zsuzsa Maro directed the 2016 original, "
    '"Saltgrass," and its 2019 sequel, "Saltgrass: Bitter Creek."'
)
# the same, numbered before its title, and the first two films listed with their years
THIRD_BEFORE = (
    "Lampwick Returns\n\n"
    'Halden Studios has set a third film in its "Lampwick" fantasy series, titled "Lampwick: '
    'The Cinder Year," for a 2027 release. Mette Sund directed the first film, "Lampwick" '
    '(2014), and "Lampwick: Wax Moths" (2018), the sequel to "Lampwick."'
)
# a numbered title whose second film has a subtitle instead of a number
NUMBERED = (
    "A Third Copperhead Run\n\n"
    'Brightlane has greenlit "Copperhead Run 3," and Pia Lundkvist will direct. The 2017 '
    'original, "Copperhead Run," spawned a 2021 sequel, "Copperhead Run: Gasoline Psalm," which '
    "Ravi Dosh directed."
)
# a trailer story: "the third instalment" with no title is the article's own film, and an
# actress returns to a part she played in both earlier films
TRAILER = (
    "'Dustwalker: Ascent' Trailer Breakdown\n\n"
    'The first trailer for "Dustwalker: Ascent" arrived on Monday. Sony, which releases the '
    "third instalment on May 2, has kept the plot under wraps, so here is everything we could "
    "gather.\n\n"
    'Malin Vesterholt returns as the pilot she played in the 2015 original, "Dustwalker," and in '
    'the 2019 sequel, "Dustwalker: Ember Sky."'
)
# a rumoured third film, and one whose second film the article never names
RUMOURED = (
    "More Saltgrass?\n\n"
    'A third film, "Saltgrass: Homecoming," is reportedly in development at Orbit Pictures. '
    'Zsuzsa Maro directed the 2016 original, "Saltgrass," and its 2019 sequel, "Saltgrass: '
    'Bitter Creek."'
)
UNNAMED_SECOND = (
    "'Saltgrass' Rides Again\n\n"
    'Orbit Pictures has greenlit "Saltgrass: Homecoming," the third installment of its western '
    'franchise. Zsuzsa Maro directed the 2016 original, "Saltgrass."'
)
# "reprises the DESC she first played in F": no character name, a place inside the description
REPRISE = (
    "'Pellow Lane' Review\n\n"
    '"Pellow Lane" is the sequel nobody asked for, and it is good.\n\n'
    'Idalia Vorn reprises the Lisbon detective she first played in "Quay Nine" (2021), and '
    "she is the best thing in it."
)
# a spoken "third film" is the speaker's, not a numbering the narrator vouches for
SPOKEN_THIRD = (
    "'Quince Wars: The Blight' Director Speaks\n\n"
    '"Quince Wars: The Blight" opens Friday. "The third film is where it all ends," said its '
    'director, Rolf Adder. He made "Quince Wars" (2018) and its 2021 sequel, "Quince Wars: '
    'Pollen."'
)
# a review: the reviewed film shares its title with an older, unrelated film
NAMESAKE = (
    "Review: 'The Winter Aviary' Earns Its Silences\n\n"
    "Zofia Brennek's third feature is a patient film about a birdkeeper who is going deaf.\n\n"
    'To save readers a search: Brennek\'s film has nothing to do with "The Winter Aviary" '
    "(1957), Anselm Druce's studio musical about a songbird dealer, which starred Peggy "
    'Ahlquist. "The Winter Aviary" opens on Friday, with Tobiah Renn as the keeper, Elias.'
)
# an anniversary piece: a remake "also called" the same, dated by its sentence
SAME_TITLE_REMAKE = (
    "Thirty Years of 'Velvet Antlers'\n\n"
    'When "Velvet Antlers" opened in 1993, nobody expected much. Hollis Trondsen directed it for '
    "almost nothing.\n\n"
    "Its strangest afterlife came in 2015, when the Polish director Wanda Sobczak released a "
    'remake, also called "Velvet Antlers," that moved the story to Gdynia and turned the '
    'poacher into a bus driver, played by Jerzy Malec. "Velvet Antlers II: High Wind," the '
    "sequel, followed in 1997."
)
# a casting story: a rumour put down by an unnamed spokeswoman after a colon
SPOKESWOMAN = (
    "'Cinder Mile' Fills Out Its Cast\n\n"
    "Stories that the rapper Juno Ferrabee would turn up in a cameo were denied by a network "
    'spokeswoman: "Nobody by that name is anywhere in this film."'
)
# an obituary: the son named in an apposition is "he", whatever "she" the sentence holds
SON = (
    "Greta Holmqvist, Star of 'Thistle Down,' Dies at 91\n\n"
    "Greta Holmqvist, the Swedish actress, died on Tuesday in Malmo. Her son, the editor Anders "
    "Lindh, said she had been frail since the spring.\n\n"
    'Her final part came in "The Almanack of Rooks" (2011). Anders Lindh edited the film; it was the one '
    'time mother and son worked together. "She argued with every cut I made," he said.'
)
# a festival report: "his ... he" in one sentence, and a company's executive
PREMIERE = (
    "'Sleet Fjord' Opens Bergen\n\n"
    '"Sleet Fjord" opened the festival on Thursday to long applause. Its lead, Casimir Pellew, '
    'called the part the hardest of his career. "I wanted to quit twice," he said.\n\n'
    "The film was produced by Agnes Tveit and Kwabena Osei-Lamptey. Osei-Lamptey has made films "
    'of his own — his "Wicker Hymn" won a prize here in 2022 — but he said that on this shoot '
    'he never once touched the camera. "I was there to sign cheques and order lunch," he said.'
    "\n\nBlue Heron's head of distribution, Marta Eguzkitza, said the company had moved fast. "
    '"We had a contract drafted by the end credits," she said.'
)
# an obituary: "X, whom he called ...": he is not X
WHOM = (
    "Remembering Alain Courbet\n\n"
    "Alain Courbet, the Belgian director, has died at 84.\n\n"
    'Courbet\'s final two films, "Slow River" (2011) and "The Chalk Yard" (2015), were shot by '
    'Marc Duvivier, whom he called "the one man on earth who can read my mind."'
)
# a spin-off series: the episodes' directors are no film's
EPISODES = (
    "'Stillwick Ferry Road' Gets a Spin-Off\n\n"
    '"Lamplight," an eight-part series spun off from the film "Stillwick Ferry Road," debuts on '
    "Thursday.\n\n"
    "Birgit Haugland, who directed the film from her own screenplay, came back to direct the first "
    "three episodes of the series; the other five were directed by Tomasz Wrobel."
)
# a box-office report: "A prequel to F, it was directed by X ...; that film was directed by Y"
PREQUEL_IT = (
    "Weekend Box Office\n\n"
    '"Bone Lantern" opened in fourth place with $11 million. A prequel to the 2019 sleeper '
    '"Ravenmoor," it was directed by Lucius Pratt, who produced the original but did not '
    "direct it; that film was directed by Greer Hallam."
)
# a premiere: a sequel claimed by early reports, not by the article
CLAIMED = (
    "'Lichen Hour' Premieres\n\n"
    'Teodora Lisic\'s "Lichen Hour" premiered on Saturday. Her last feature, "Kelpwater" (2018), did '
    'modest business, and a few early reports had described "Lichen Hour" as a sequel to her '
    '2015 short film "Lichen Fever."'
)
# a sequel announcement: the returning cast, then "They will be joined by"
RETURNING = (
    "'Harbor Nine' Sequel Sets Release\n\n"
    'The studio will release "Harbor Nine: Undercurrent," the sequel to its 2022 hit "Harbor '
    'Nine," in cinemas next July, with Lea Strandberg directing.\n\n'
    "Returning from the first film are Ola Tveitan as the captain Arvid Moen and Sigrid Ulvestad as "
    "the medic Kari Skog. They will be joined by Jonas Flaat, who plays a rookie diver named "
    "Per Vatne, and Ebba Kvist as Dr. Nina Solum, a marine biologist."
)
# a box-office report: "The animated sequel ... again features X as the voice of C"
ANIMATED = (
    "Weekend Box Office\n\n"
    '"Piston Valley," a racing drama, opened in first place with $40 million.\n\n'
    'In second place, "Crab Cove 2" took $29 million, well below the opening of the original '
    '"Crab Cove" in 2021. The animated sequel, released by Tidal Pictures, again features the '
    "comedian Morty Kessel as the voice of Ollie, a jittery squid, with Anneke Drost joining "
    "the cast as a lobster named Pinch."
)
# a festival report: an actor's own competition film is no direction credit
ACTORS_FILM = (
    "Venice Opens\n\n"
    '"Cobalt Hours" opened the festival on Wednesday. In the audience was the Finnish actor '
    'Eero Salmi, whose own competition film, "Lakeside Radio," screens on Monday.'
)

# a box-office report: "whose previous film was", and a "cult favourite" by its director
PREVIOUS_FILM = (
    "Weekend Box Office\n\n"
    '"Tinker Cove," directed by Osric Pennow, opened in first place with $30 million. '
    'Pennow, whose previous film was the 2019 boxing drama "Southpaw Winter," thanked audiences. '
    'A re-release of Wendell Krupnik\'s 1985 cult favorite "Roller Dusk" drew $7 million.'
)
# a producer "with films of his own": "his "F"" after the text calls him a director
HIS_TITLE = (
    "'Sleet Fjord' Opens Bergen\n\n"
    '"Sleet Fjord" opened the festival on Thursday. It was produced by Kwabena Osei-Lamptey, '
    'a director in his own right: his "Wicker Hymn" won a prize here in 2022.'
)
# an obituary: "directed her twice more, in A and B" after an aside
TWICE_MORE = (
    "Solange Ricard, Star of 'The Pewter Bell,' Dies at 90\n\n"
    "Solange Ricard, the French actress, died on Sunday.\n\n"
    "Gaston Brevier, who had spotted her in a theatre in Lyon, directed her twice more, in "
    '"The Harbour Clock" (1963) and "Thin Snow" (1965).'
)
# a profile: a drama "from the director X" after commas, "who directed it", "the debut
# feature from her friend X"
PROFILE_CREDITS = (
    "Dagny Ferncliffe Is Back\n\n"
    "Dagny Ferncliffe, the actress, is back.\n\n"
    'Her return was "Night Ward" (2016), a tense, almost wordless drama from the director '
    'Ezra Quillfeather in which she played Ada Wimbrough, a night nurse. "Salt Psalm" reunites her with '
    "Quillfeather, who directed it from his own script. Last month she was at the premiere of "
    '"Barley Light," the debut feature from her friend Ottilie Vandewalle.'
)
# partial quotes: "said ... that she had "…"", "by X's account, "…"", "has called "F" "…"",
# "by her own account, "…"", and a title inside the speaker's apposition
PARTIAL_QUOTES = (
    "Inge Sollberg, Actress, Dies at 88\n\n"
    "Inge Sollberg, the Swedish actress, died on Monday.\n\n"
    'The director Petra Szabados, whose 2017 drama "Oatcake" was dedicated to Sollberg, said in '
    'a statement that she had "taught me everything I know about stillness." Sollberg went to '
    "the premiere and, by Szabados's account, \"slept through the second act and woke up to "
    'applaud." Ruth Kennaway, who directed the 2021 thriller "Dyke Road," has called "Oatcake" '
    '"the film that made me move to Paris."\n\n'
    'Sollberg stepped away from acting in 1990 and, by her own account, "lived like a hermit '
    'and liked it."\n\n'
    'Tom Brackett, who shared a scene with Sollberg in "Oatcake," said she ran the set "with '
    'the patience of a lighthouse keeper."'
)
# an interview: a quote that follows one sentence about the speaker, continued a paragraph on
GOES_ON = (
    "Ivo Dremmel on 'The Tide Clerk'\n\n"
    "Ivo Dremmel does not like interviews, but his fourth feature opens on Friday.\n\n"
    '"It began with a ship\'s log," he said.\n\n'
    'He spent two years reading before writing. "I transcribed every entry twice. My editor '
    "begged me to quit.\n\n"
    '"He had a point. He generally does."'
)

# a sequel story: the first film's director in an aside, a juror who starred in a film,
# and a part taken over after another actor, named in an aside, left
ASIDES = (
    "'Kiln Road: Tinderline' Sets Its Cast\n\n"
    'The studio will release "Kiln Road: Tinderline," the sequel to its 2023 hit "Kiln Road," '
    "next year.\n\n"
    "Gil Pettifer, who directed and co-wrote the first film, will not return behind the camera. "
    'Fay Amble, this year\'s jury president and the star of "The Copper Thistle," was at the '
    "announcement. Hedda Snaith co-stars as the quartermaster Lorna Gorringe, a role she took over after "
    "Ana Blencowe, who was originally cast, left the project."
)

# a memoir: "this time under director X", "under the direction of X", "X's neo-noir"
UNDER = (
    "Ilona Varsanyi Looks Back\n\n"
    "Ilona Varsanyi, the actress, has written a memoir.\n\n"
    'Her breakthrough came with "Marigold Causeway" (1998), Lionel Quarrendon\'s neo-noir, in '
    "which she played the con artist Tamsin Wennergren. She played Tamsin again in the sequel, "
    '"Marigold Causeway II" (2002), this time under director Hilde Pettersen. She also '
    'starred in "Ashen Psalter" (2004) under the direction of Ivo Tuckfield.\n\n'
    "As a student she trained under director Mats Hjortsberg in Stockholm."
)

FOUND = [
    pytest.param(
        THIRD_AFTER,
        ("Saltgrass: Homecoming", "sequel_of", "Saltgrass: Bitter Creek", None),
        id="f3-the-third-installment-follows-the-second-film",
    ),
    pytest.param(
        THIRD_BEFORE,
        ("Lampwick: The Cinder Year", "sequel_of", "Lampwick: Wax Moths", None),
        id="a-third-film-in-its-franchise-titled-f3-follows-the-second",
    ),
    pytest.param(
        NUMBERED,
        ("Copperhead Run 3", "sequel_of", "Copperhead Run: Gasoline Psalm", None),
        id="f-3-follows-a-subtitled-second-film",
    ),
    pytest.param(
        TRAILER,
        ("Dustwalker: Ascent", "sequel_of", "Dustwalker: Ember Sky", None),
        id="the-third-instalment-without-a-title-is-the-article-s-film",
    ),
    pytest.param(
        THIRD_AFTER,
        ("Zsuzsa Maro", "directed", "Saltgrass", None),
        id="directed-the-2016-original-comma-f",
    ),
    pytest.param(
        THIRD_AFTER,
        ("Zsuzsa Maro", "directed", "Saltgrass: Bitter Creek", None),
        id="directed-the-original-f-and-its-sequel-f2",
    ),
    pytest.param(
        THIRD_BEFORE,
        ("Mette Sund", "directed", "Lampwick", None),
        id="directed-the-first-film-comma-f",
    ),
    pytest.param(
        TRAILER,
        ("Malin Vesterholt", "starred_in", "Dustwalker: Ascent", None),
        id="returns-as-the-desc-she-played-is-the-new-film-s-cast",
    ),
    pytest.param(
        TRAILER,
        ("Malin Vesterholt", "starred_in", "Dustwalker: Ember Sky", None),
        id="returns-as-the-desc-she-played-in-f-and-in-the-sequel-f2",
    ),
    pytest.param(
        REPRISE,
        ("Idalia Vorn", "starred_in", "Quay Nine", None),
        id="reprises-the-desc-she-first-played-in-f",
    ),
    pytest.param(
        REPRISE,
        ("Idalia Vorn", "starred_in", "Pellow Lane", None),
        id="reprises-the-desc-is-the-reviewed-film-s-cast",
    ),
    pytest.param(
        NAMESAKE,
        ("Anselm Druce", "directed", "The Winter Aviary (1957)", None),
        id="has-nothing-to-do-with-f-1957-is-another-film-of-that-title",
    ),
    pytest.param(
        NAMESAKE,
        ("Peggy Ahlquist", "starred_in", "The Winter Aviary (1957)", None),
        id="the-namesake-s-cast-is-the-namesake-s",
    ),
    pytest.param(
        NAMESAKE,
        ("Zofia Brennek", "directed", "The Winter Aviary", None),
        id="a-review-opening-x-s-third-feature-is-names-the-director",
    ),
    pytest.param(
        SAME_TITLE_REMAKE,
        ("Jerzy Malec", "starred_in", "Velvet Antlers (2015)", None),
        id="a-remake-also-called-f-is-dated-by-its-sentence",
    ),
    pytest.param(
        SAME_TITLE_REMAKE,
        ("Velvet Antlers II: High Wind", "sequel_of", "Velvet Antlers", None),
        id="a-numbered-sequel-follows-the-article-s-film-not-its-namesake",
    ),
    pytest.param(
        PREQUEL_IT,
        ("Lucius Pratt", "directed", "Bone Lantern", None),
        id="a-prequel-to-f-it-was-directed-by-x-is-the-film-in-view",
    ),
    pytest.param(
        PREQUEL_IT,
        ("Greer Hallam", "directed", "Ravenmoor", None),
        id="that-film-was-directed-by-is-the-film-just-named",
    ),
    pytest.param(
        CLAIMED,
        ("Teodora Lisic", "directed", "Lichen Fever", None),
        id="her-short-is-hers-inside-a-claimed-sequel",
    ),
    pytest.param(
        RETURNING,
        ("Ola Tveitan", "starred_in", "Harbor Nine: Undercurrent", "Arvid Moen"),
        id="returning-from-the-first-film-are-x-as-c-is-the-sequel-s-cast",
    ),
    pytest.param(
        RETURNING,
        ("Sigrid Ulvestad", "starred_in", "Harbor Nine", "Kari Skog"),
        id="returning-from-the-first-film-are-x-as-c-is-the-first-film-s-cast-too",
    ),
    pytest.param(
        RETURNING,
        ("Jonas Flaat", "starred_in", "Harbor Nine: Undercurrent", "Per Vatne"),
        id="they-will-be-joined-by-x-who-plays-c-is-the-sequel-s-cast",
    ),
    pytest.param(
        RETURNING,
        ("Ebba Kvist", "starred_in", "Harbor Nine: Undercurrent", "Dr. Nina Solum"),
        id="joined-by-x-and-y-as-c-is-the-sequel-s-cast",
    ),
    pytest.param(
        ANIMATED,
        ("Morty Kessel", "starred_in", "Crab Cove 2", "Ollie"),
        id="the-animated-sequel-features-x-as-the-voice-of-c",
    ),
    pytest.param(
        ANIMATED,
        ("Morty Kessel", "starred_in", "Crab Cove", "Ollie"),
        id="a-sequel-again-features-x-so-x-was-in-the-original",
    ),
    pytest.param(
        ANIMATED,
        ("Anneke Drost", "starred_in", "Crab Cove 2", "Pinch"),
        id="the-animated-sequel-is-the-sequel-in-view-not-the-week-s-top-film",
    ),
    pytest.param(
        PREVIOUS_FILM,
        ("Osric Pennow", "directed", "Southpaw Winter", None),
        id="a-director-whose-previous-film-was-f",
    ),
    pytest.param(
        PREVIOUS_FILM,
        ("Wendell Krupnik", "directed", "Roller Dusk", None),
        id="x-s-cult-favorite-f-is-x-s-film",
    ),
    pytest.param(
        HIS_TITLE,
        ("Kwabena Osei-Lamptey", "directed", "Wicker Hymn", None),
        id="a-director-in-his-own-right-his-f",
    ),
    pytest.param(
        TWICE_MORE,
        ("Gaston Brevier", "directed", "Thin Snow", None),
        id="who-aside-then-directed-her-twice-more-in-a-and-b",
    ),
    pytest.param(
        TWICE_MORE,
        ("Solange Ricard", "starred_in", "The Harbour Clock", None),
        id="directed-her-twice-more-in-a-and-b-her-roles",
    ),
    pytest.param(
        PROFILE_CREDITS,
        ("Ezra Quillfeather", "directed", "Night Ward", None),
        id="f-year-a-tense-almost-wordless-drama-from-the-director-x",
    ),
    pytest.param(
        PROFILE_CREDITS,
        ("Ezra Quillfeather", "directed", "Salt Psalm", None),
        id="reunites-her-with-x-who-directed-it",
    ),
    pytest.param(
        PROFILE_CREDITS,
        ("Ottilie Vandewalle", "directed", "Barley Light", None),
        id="f-the-debut-feature-from-her-friend-x",
    ),
    pytest.param(
        ASIDES,
        ("Gil Pettifer", "directed", "Kiln Road", None),
        id="x-who-directed-and-co-wrote-the-first-film",
    ),
    pytest.param(
        ASIDES,
        ("Fay Amble", "starred_in", "The Copper Thistle", None),
        id="x-the-jury-president-and-the-star-of-f",
    ),
    pytest.param(
        ASIDES,
        ("Hedda Snaith", "starred_in", "Kiln Road: Tinderline", "Lorna Gorringe"),
        id="a-role-she-took-over-after-y-who-was-cast-left-is-hers",
    ),
    pytest.param(
        UNDER,
        ("Lionel Quarrendon", "directed", "Marigold Causeway", None),
        id="f-year-x-s-neo-noir-in-which",
    ),
    pytest.param(
        UNDER,
        ("Hilde Pettersen", "directed", "Marigold Causeway II", None),
        id="this-time-under-director-x",
    ),
    pytest.param(
        UNDER,
        ("Ivo Tuckfield", "directed", "Ashen Psalter", None),
        id="under-the-direction-of-x",
    ),
]

NOT_FOUND = [
    pytest.param(
        RUMOURED,
        ("Saltgrass: Homecoming", "sequel_of", "Saltgrass: Bitter Creek", None),
        id="a-third-film-reportedly-in-development-is-no-sequel-yet",
    ),
    pytest.param(
        UNNAMED_SECOND,
        ("Saltgrass: Homecoming", "sequel_of", "Saltgrass", None),
        id="a-third-installment-does-not-follow-the-first-film",
    ),
    pytest.param(
        NAMESAKE,
        ("Anselm Druce", "directed", "The Winter Aviary", None),
        id="the-namesake-s-director-did-not-make-the-reviewed-film",
    ),
    pytest.param(
        SAME_TITLE_REMAKE,
        ("Jerzy Malec", "starred_in", "Velvet Antlers (2015)", "Gdynia"),
        id="a-place-after-to-is-no-character-played-by",
    ),
    pytest.param(
        PREQUEL_IT,
        ("Lucius Pratt", "directed", "Ravenmoor", None),
        id="the-film-a-prequel-relates-to-is-not-it",
    ),
    pytest.param(
        CLAIMED,
        ("Lichen Hour", "sequel_of", "Lichen Fever", None),
        id="early-reports-described-f-as-a-sequel-is-a-claim",
    ),
    pytest.param(
        EPISODES,
        ("Tomasz Wrobel", "directed", "Stillwick Ferry Road", None),
        id="the-other-five-episodes-were-directed-by-is-tv-work",
    ),
    pytest.param(
        ANIMATED,
        ("Anneke Drost", "starred_in", "Piston Valley", "Pinch"),
        id="the-animated-sequel-is-not-the-film-in-the-lead",
    ),
    pytest.param(
        ACTORS_FILM,
        ("Eero Salmi", "directed", "Lakeside Radio", None),
        id="the-actor-x-whose-own-film-is-no-direction",
    ),
    pytest.param(
        PREVIOUS_FILM,
        ("Osric Pennow", "directed", "Roller Dusk", None),
        id="a-cult-favorite-is-its-possessor-s-not-the-last-director-s",
    ),
    pytest.param(
        ASIDES,
        ("Ana Blencowe", "starred_in", "Kiln Road: Tinderline", None),
        id="the-actor-who-left-the-project-is-not-cast",
    ),
    pytest.param(
        UNDER,
        ("Mats Hjortsberg", "directed", "Ashen Psalter", None),
        id="trained-under-director-x-is-no-credit",
    ),
]

test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)

SPOKEN = [
    pytest.param(
        SON,
        ("Anders Lindh", "She argued with every cut I made"),
        id="her-son-the-editor-x-is-he",
    ),
    pytest.param(
        PREMIERE,
        ("Kwabena Osei-Lamptey", "I was there to sign cheques and order lunch"),
        id="x-has-made-films-of-his-own-but-he-said-is-x",
    ),
    pytest.param(
        PREMIERE,
        ("Marta Eguzkitza", "We had a contract drafted by the end credits"),
        id="a-company-s-head-of-distribution-x-is-the-speaker-not-the-company",
    ),
    pytest.param(
        WHOM,
        ("Alain Courbet", "the one man on earth who can read my mind."),
        id="x-whom-he-called-he-is-not-x",
    ),
    pytest.param(
        PARTIAL_QUOTES,
        ("Petra Szabados", "taught me everything I know about stillness."),
        id="x-whose-f-was-dedicated-said-that-she-had-quote",
    ),
    pytest.param(
        PARTIAL_QUOTES,
        ("Petra Szabados", "slept through the second act and woke up to applaud."),
        id="by-x-s-account-quote",
    ),
    pytest.param(
        PARTIAL_QUOTES,
        ("Ruth Kennaway", "the film that made me move to Paris."),
        id="x-has-called-f-quote",
    ),
    pytest.param(
        PARTIAL_QUOTES,
        ("Inge Sollberg", "lived like a hermit and liked it."),
        id="by-her-own-account-quote",
    ),
    pytest.param(
        PARTIAL_QUOTES,
        ("Tom Brackett", "with the patience of a lighthouse keeper."),
        id="x-who-shared-a-scene-in-f-said-she-ran-the-set-quote",
    ),
    pytest.param(
        GOES_ON,
        ("Ivo Dremmel", "I transcribed every entry twice. My editor begged me to quit."),
        id="a-sentence-about-the-speaker-then-his-quote",
    ),
    pytest.param(
        GOES_ON,
        ("Ivo Dremmel", "He had a point. He generally does."),
        id="a-paragraph-of-quote-continues-the-unclosed-one",
    ),
]

test_speaker = speaker_table_test(SPOKEN)


def test_a_third_film_in_speech_numbers_nothing() -> None:
    """``"The third film is where it all ends," said ...``: only the narrator's words number."""

    sequels = {(s, o) for s, p, o, _ in triples(SPOKEN_THIRD) if p == "sequel_of"}
    assert ("Quince Wars: The Blight", "Quince Wars: Pollen") not in sequels


def test_a_remake_also_called_f_remakes_the_article_s_f() -> None:
    """``released a remake, also called "F"`` in 2015: F (2015) remakes the article's F."""

    remakes = {
        (f.subject.display_name, f.object_text)
        for f in extracted(SAME_TITLE_REMAKE)
        if f.predicate.value == "remake_of"
    }
    assert remakes == {("Velvet Antlers (2015)", "Velvet Antlers")}


def test_an_unnamed_spokeswoman_before_a_colon_is_no_named_speaker() -> None:
    """``denied by a network spokeswoman: "…"``: neither the rumour's subject nor anyone."""

    assert not said(SPOKESWOMAN)


def test_a_director_s_film_star_is_no_film_of_his() -> None:
    """``Her "Oatcake" star, Tom Reed``: the star of her film, not another film she directed."""

    text = (
        "Petra Szabados Returns\n\n"
        'Petra Szabados directed "Oatcake" in 2019. Her "Oatcake" star, Tom Reed, joins her again, and her '
        '"Oatcake" co-writer is back too.'
    )
    assert [t for t in triples(text) if t[1] == "directed"] == [
        ("Petra Szabados", "directed", "Oatcake", None)
    ]


def test_a_month_is_no_speaker() -> None:
    """``who played his daughter, April, has described …``: April is a part, not a speaker."""

    text = (
        "Remembering Ned Roe\n\n"
        "Ned Roe, the actor, died on Friday.\n\n"
        'Beth Arno, who played his daughter, April, has described acting with him as "like '
        'standing next to a storm."'
    )
    assert not any(speaker == "April" for speaker, _ in said(text))


def test_a_company_named_like_a_person_is_no_speaker() -> None:
    """``Blue Heron's head of distribution, Marta Eguzkitza``: the company never speaks."""

    assert not any(speaker == "Blue Heron" for speaker, _ in said(PREMIERE))
