"""Table tests for general patterns added in the eighteenth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests, said, speaker_table_test

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
# a remake's review in lost italics: the headline names the bare title, the body dates the
# original as "the original", and a cast credential sits in an apposition
REMAKE_REVIEW = (
    "The Lantern House review – Maura Kells is magnificent in a wind-blasted remake\n\n"
    "Ines Varga's reworking of a half-forgotten 1958 melodrama gives its widow a voice\n\n"
    "Halfway through The Lantern House, the widow walks into the surf, and Maura Kells does "
    "not blink. In Piet Aldous's "
    "original The Lantern House (1958), the same scene lasts ten seconds.\n\n"
    "Varga, the Hungarian director whose debut Six Rooms (2018) won a prize in Rotterdam, "
    "has remade the film with no reverence. But where the 1958 version, which starred Lena "
    "Holt as Marthe, was a ghost story, this one is about grief. Kells, best known to "
    "television audiences as the barrister Ruth Dane in The Assize Court, plays Marthe "
    "with a watchful stillness."
)
# an actress's obituary: a place after "the", a casting passive, a director's own film
OBITUARY = (
    "Ilona Varsa, Star of 'Grey Nights,' Dies at 88\n\n"
    "Ilona Varsa, the Hungarian-born actress, died Sunday in Paris. She was 88.\n\n"
    'Varsa was still a student when she was cast in Gyula Toth\'s "Across the Bridge" '
    "(1955), playing a factory girl. Within three years she had been discovered by Remi "
    "Audran, the brooding stylist of the Left Bank, who cast her as a dancer in his "
    '"Winter Quays" (1960). She made her English-language debut in Walt Kerr\'s Cold War '
    'thriller "The Prague Code" (1968).\n\n'
    'A 2016 documentary, "Ilona, Twice," directed by the Belgian filmmaker Piet Acker, '
    "premiered in Cannes and introduced her to a younger audience. In it she is asked "
    'whether she regrets leaving. She pauses before answering: "Every day. And never."'
)
# an anniversary piece: the director named after the film, a sequel by another director
ANNIVERSARY = (
    "'Ghost Signal' At 25: The Cult Thriller That Would Not Die\n\n"
    "Twenty-five years ago, a scrappy thriller called 'Ghost Signal' crept into cinemas.\n\n"
    "That director was Rhys Mallon, then a 29-year-old commercials hand from Cardiff. Dana "
    "Kemp was cast as the hacker Vera Stone.\n\n"
    "Success brought a sequel, 'Ghost Signal 2' (2003), but not its creator. Mallon had "
    "already moved on to directing the harbour noir 'Low Quay' (2004), so the producer hired "
    "Ivo Brandt, who brought back Kemp as Vera."
)
# a directing duo's interview: "the sisters", a quote cut into, a part described and played
SISTERS = (
    "'Dry Season' Directors Chioma and Bisi Okafor on Sand and Sisterhood\n\n"
    "Chioma and Bisi Okafor finish each other's sentences. The Nigerian-British sisters "
    'co-directed "Dry Season," a hushed family drama that arrives in theaters on Friday.\n\n'
    '"We fight about everything," Chioma says. "Except the ending," Bisi cuts in.\n\n'
    "The film follows Kemi, a London nurse played by Tola Bankole, who flies home to Kano.\n\n"
    '"We wrote Kemi for someone older," explains Chioma Okafor, 38.'
)
# a franchise's third film: the headline's title is the franchise, the body names the entry
THIRD_FILM = (
    "'The Salt Crown' Third Film Set at Paramount With Mira Dobre Directing\n\n"
    'The studio has greenlit a third film in its "Salt Crown" franchise, titled "The Salt '
    'Crown: Ember Gate," with Romanian filmmaker Mira Dobre set to direct.\n\nDobre takes '
    'over from Dale Marsh, who directed both 2019\'s "The Salt Crown" and its 2022 sequel, "The '
    'Salt Crown: Shardfall."\n\nThe newest addition to the cast is Mexican actress Xia Obra, who '
    'joins as the villain Seraphine Vell, described in studio materials as "a witch who '
    'remembers every window ever broken." Ana Drum, who plays the queen, told Variety she had '
    '"never once doubted" the story would be finished.'
)
# casting news: a cast list whose last member has a part described, an actress's credits
CASTING_NEWS = (
    "Sunna Dahl To Lead 'The Tin Harvest'\n\n"
    'Norwegian actress Sunna Dahl has landed the lead in "The Tin Harvest," the English-language '
    "debut of Colombian filmmaker Tomas Reyes.\n\n"
    "Dahl joins a cast that already includes Kofi Asare as the crew's safecracker, Felix Dunn, "
    "and Chilean veteran Aldo Quispe as the mine owner whose warehouse is emptied.\n\n"
    "Dahl, 33, broke out as the Arctic bush pilot Nanna Eng in Hal Aasen's survival drama "
    '"White Line" (2021), and reprised the part in last year\'s sequel, "White Line: Polar '
    'Night." Before that she spent four seasons on the Oslo police procedural "Toyen Nord," '
    "playing the junior detective Tuva Lind.\n\n"
    'Reyes made his name with the Bogota-set crime drama "Still Water" (2019) and followed it '
    'with "Three Bridges" (2023), which he co-directed with Mexican filmmaker Pia Ibarra. Quispe '
    "played a corrupt customs officer in that film."
)
# a box-office report and a series report: a title opening its sentence, a returning
# director, and a "she" inside an actress's apposition
BOX_OFFICE = (
    "Box Office: 'Copperwing 2' Soars\n\n"
    'Sony\'s "Copperwing 2" marched to the top of the box office this weekend. Aron Strand, '
    "who directed the first film, returned for the sequel.\n\n"
    '"Hush Lane" was directed by Cas Lind in 2021.'
)
SERIES_REPORT = (
    "Stan Sets 'Red Dust' Drama\n\n"
    "Linh Tran, who wrote the script, says she is proud of it. Greer Holl produced it.\n\n"
    'Aroha Tip, the 44-year-old star of the crime drama "Kahu Road", in which she played '
    "the detective Rua Mata, had never been to the outback."
)
# an actor's profile and a festival report: a "he" after another person's who-clause, a TV
# part with an apposition, unquoted titles after "classic" and "Competition title"
PROFILE = (
    "Welsh Newcomer Owen Pryce Gets His Big Break\n\n"
    "Four years ago Owen Pryce was pulling pints in Cardiff. Now he is on the side of buses.\n\n"
    "Pryce stars opposite Nadia Farr, who plays the coastguard officer Ilse Marr, and he says "
    'working with her was "like being in a masterclass you didn\'t pay for".\n\n'
    "Before Hollywood came calling, Pryce was best known to Welsh viewers as Dai Probert, the "
    'hapless postman in three series of the BBC comedy-drama "The Post Office".'
)
FESTIVAL_REPORT = (
    "Istanbul Drama Opens Venice Days\n\n"
    "Its final shot is a direct homage to Orhan Sezen's 1986 classic Karakoy Ferry (The Last "
    "Boat). Also among the guests was the Romanian director Radu Patras, whose own Competition "
    "title Owl Quarter screens on Friday."
)

FOUND = [
    pytest.param(
        PROFILE,
        ("Owen Pryce", "starred_in", "The Post Office", "Dai Probert"),
        id="best-known-as-c-the-postman-in-three-series-of-f",
    ),
    pytest.param(
        FESTIVAL_REPORT,
        ("Orhan Sezen", "directed", "Karakoy Ferry", None),
        id="x-s-1986-classic-f-an-unquoted-title-after-classic",
    ),
    pytest.param(
        FESTIVAL_REPORT,
        ("Radu Patras", "directed", "Owl Quarter", None),
        id="whose-own-competition-title-f",
    ),
    pytest.param(
        BOX_OFFICE,
        ("Aron Strand", "directed", "Copperwing 2", None),
        id="x-who-directed-the-first-film-returned-for-the-sequel",
    ),
    pytest.param(
        BOX_OFFICE,
        ("Cas Lind", "directed", "Hush Lane", None),
        id="a-quoted-title-opening-was-directed-by-is-a-title-not-speech",
    ),
    pytest.param(
        SERIES_REPORT,
        ("Aroha Tip", "starred_in", "Kahu Road", "Rua Mata"),
        id="x-the-star-of-f-in-which-she-played-c-is-x",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Aldo Quispe", "starred_in", "The Tin Harvest", None),
        id="includes-a-as-c-and-b-as-a-described-part",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Sunna Dahl", "starred_in", "White Line", "Nanna Eng"),
        id="as-the-arctic-bush-pilot-c-the-capitalised-modifier-is-not-the-part",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Sunna Dahl", "starred_in", "White Line: Polar Night", None),
        id="and-reprised-the-part-in-last-year-s-sequel",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Sunna Dahl", "starred_in", "Toyen Nord", "Tuva Lind"),
        id="spent-four-seasons-on-f-playing-c",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Tomas Reyes", "directed", "Still Water", None),
        id="made-his-name-with-the-place-set-crime-drama-f",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Pia Ibarra", "directed", "Three Bridges", None),
        id="which-he-co-directed-with-mexican-filmmaker-x",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Aldo Quispe", "starred_in", "Three Bridges", None),
        id="played-a-customs-officer-in-that-film",
    ),
    pytest.param(
        THIRD_FILM,
        ("Mira Dobre", "directed", "The Salt Crown: Ember Gate", None),
        id="titled-f-with-filmmaker-x-set-to-direct",
    ),
    pytest.param(
        THIRD_FILM,
        ("Dale Marsh", "directed", "The Salt Crown", None),
        id="directed-both-2019-s-f-and-its-sequel-the-first",
    ),
    pytest.param(
        THIRD_FILM,
        ("Dale Marsh", "directed", "The Salt Crown: Shardfall", None),
        id="directed-both-2019-s-f-and-its-sequel-the-second",
    ),
    pytest.param(
        THIRD_FILM,
        ("Xia Obra", "starred_in", "The Salt Crown: Ember Gate", "Seraphine Vell"),
        id="x-who-joins-as-the-villain-c",
    ),
    pytest.param(
        SISTERS,
        ("Chioma Okafor", "directed", "Dry Season", None),
        id="the-sisters-co-directed-f-the-first-sister",
    ),
    pytest.param(
        SISTERS,
        ("Bisi Okafor", "directed", "Dry Season", None),
        id="the-sisters-co-directed-f-the-second-sister",
    ),
    pytest.param(
        SISTERS,
        ("Tola Bankole", "starred_in", "Dry Season", "Kemi"),
        id="c-a-london-nurse-played-by-x",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Rhys Mallon", "directed", "Ghost Signal", None),
        id="that-director-was-x-is-the-film-in-focus",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Rhys Mallon", "directed", "Low Quay", None),
        id="moved-on-to-directing-the-harbour-noir-f",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Dana Kemp", "starred_in", "Ghost Signal 2", "Vera"),
        id="brought-back-x-as-c-is-the-sequel-not-the-film-named-in-between",
    ),
    pytest.param(
        OBITUARY,
        ("Ilona Varsa", "starred_in", "Across the Bridge", None),
        id="she-was-cast-in-x-s-film",
    ),
    pytest.param(
        OBITUARY,
        ("Remi Audran", "directed", "Winter Quays", None),
        id="x-the-stylist-of-the-left-bank-who-cast-her-in-his-film",
    ),
    pytest.param(
        OBITUARY,
        ("Walt Kerr", "directed", "The Prague Code", None),
        id="x-s-cold-war-thriller-f-a-capitalised-modifier-is-no-person",
    ),
    pytest.param(
        "HBO Sets Drama From Sive Bree\n\n"
        "The series is written by the Irish playwright Sive Bree, and all six episodes were "
        "directed by the Chilean filmmaker Rena Quiro, making her English-language debut.\n\n"
        'Quiro\'s next project is a return to cinema: she is set to direct "The Salt Line."',
        ("Rena Quiro", "directed", "The Salt Line", None),
        id="directed-by-x-making-her-debut-teaches-that-x-is-she",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Ines Varga", "directed", "The Lantern House", None),
        id="x-s-reworking-of-a-melodrama-in-the-standfirst-is-the-reviewed-film",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Lena Holt", "starred_in", "The Lantern House (1958)", "Marthe"),
        id="the-1958-version-which-starred-x-as-c-is-the-dated-original",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Maura Kells", "starred_in", "The Lantern House", "Marthe"),
        id="the-remake-s-lead-plays-the-character-the-original-had-too",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Maura Kells", "starred_in", "The Assize Court", "Ruth Dane"),
        id="best-known-to-audiences-as-c-in-the-bare-title",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Piet Aldous", "directed", "The Lantern House (1958)", None),
        id="x-s-original-f-year-is-the-original-not-the-remake",
    ),
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
        SERIES_REPORT,
        ("Linh Tran", "starred_in", "Kahu Road", "Rua Mata"),
        id="she-in-an-apposition-is-not-the-last-woman-named-before",
    ),
    pytest.param(
        CASTING_NEWS,
        ("Sunna Dahl", "starred_in", "White Line", "Arctic"),
        id="a-capitalised-modifier-is-no-character",
    ),
    pytest.param(
        THIRD_FILM,
        ("Mira Dobre", "directed", "The Salt Crown", None),
        id="the-headline-s-third-film-is-not-the-franchise-s-first",
    ),
    pytest.param(
        'Casting News\n\nTom Ruiz joins as a producer on "The Salt Crown."',
        ("Tom Ruiz", "starred_in", "The Salt Crown", None),
        id="joins-as-a-producer-is-no-part",
    ),
    pytest.param(
        'Ada Okafor and Tom Reyes met at film school. The brothers later co-directed "Dry Season."',
        ("Tom Reyes", "directed", "Dry Season", None),
        id="the-brothers-never-means-two-people-with-different-surnames",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Dana Kemp", "starred_in", "Low Quay", "Vera"),
        id="brought-back-is-not-the-other-director-s-film",
    ),
    pytest.param(
        OBITUARY,
        ("Left Bank", "starred_in", "Winter Quays", None),
        id="a-name-only-ever-after-the-is-no-person",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Maura Kells", "starred_in", "Six Rooms", "Marthe"),
        id="a-director-s-debut-in-a-whose-aside-does-not-take-the-cast",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Maura Kells", "starred_in", "The Lantern House (1958)", "Marthe"),
        id="the-remake-s-lead-is-not-in-the-original",
    ),
    pytest.param(
        REMAKE_REVIEW,
        ("Piet Aldous", "directed", "The Lantern House", None),
        id="the-original-s-director-did-not-make-the-remake",
    ),
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


SPOKEN = [
    pytest.param(
        PROFILE,
        ("Owen Pryce", "like being in a masterclass you didn't pay for"),
        id="x-who-plays-c-and-he-says-is-he-not-x",
    ),
    pytest.param(
        THIRD_FILM,
        ("Ana Drum", "never once doubted"),
        id="told-x-she-had-a-quoted-fragment-of-reported-speech",
    ),
    pytest.param(SISTERS, ("Bisi Okafor", "Except the ending"), id="quote-then-x-cuts-in"),
    pytest.param(
        OBITUARY,
        ("Ilona Varsa", "Every day. And never."),
        id="she-after-a-passive-agent-is-the-article-s-subject-not-the-agent",
    ),
    pytest.param(
        "Obituary\n\nIlona Varsa died on Sunday. She was 88.\n\n"
        '"She could steal a scene just by lighting a cigarette," Brock Hale, now 91, told '
        "Variety on Monday.",
        ("Brock Hale", "She could steal a scene just by lighting a cigarette"),
        id="quote-then-name-with-an-age-apposition-then-told",
    ),
    pytest.param(
        "Obituary\n\nIlona Varsa died on Sunday. She was 88.\n\n"
        '"She was the bravest of us," Brock Hale, her co-star in three films, said.',
        ("Brock Hale", "She was the bravest of us"),
        id="quote-then-name-with-a-post-apposition-then-said",
    ),
]


def test_a_participle_described_as_is_no_one_s_speech() -> None:
    """``the villain C, described in studio materials as "…"``: not the actress's words."""
    assert not any("a witch" in words for _, words in said(THIRD_FILM))


test_speaker = speaker_table_test(SPOKEN)
