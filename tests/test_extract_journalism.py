"""Table tests for patterns of film journalism found while reading held-out articles.

Each case is a sentence (or a short passage) of our own, with invented names and titles; none
comes from the shared corpus or from a held-out article.
"""

import pytest
from extract_helpers import all_triples, extracted

FOUND = [
    pytest.param(
        '"Cold Meridian" opened on Friday. It follows Lena Voss (Harriet Quaye), a night nurse, '
        "and her son, Tobias Voss (Emil Radu), through one long shift.",
        {
            ("Harriet Quaye", "starred_in", "Cold Meridian", "Lena Voss"),
            ("Emil Radu", "starred_in", "Cold Meridian", "Tobias Voss"),
        },
        id="character-then-actor-in-parentheses",
    ),
    pytest.param(
        'A prequel to her debut, "Saltwick," the new film "Saltwick Dawn" follows '
        "Ada Crane (Mona Lisle) as a girl.",
        {("Mona Lisle", "starred_in", "Saltwick Dawn", "Ada Crane")},
        id="prequel-object-is-not-the-film-in-focus",
    ),
    pytest.param(
        '"Brass Hollow" is led by Ottilie Farr as a welder. Benedek Sarr co-stars as her foreman.',
        {("Benedek Sarr", "starred_in", "Brass Hollow", None)},
        id="co-stars-as-description",
    ),
    pytest.param(
        '"The Clockmaker\'s Hours," from veteran director Hamid Osei, stars Ines Marr and '
        "Piet Lorca as an estranged couple.",
        {
            ("Hamid Osei", "directed", "The Clockmaker's Hours", None),
            ("Ines Marr", "starred_in", "The Clockmaker's Hours", None),
            ("Piet Lorca", "starred_in", "The Clockmaker's Hours", None),
        },
        id="film-aside-then-stars",
    ),
    pytest.param(
        '"Tin Orchard" had its premiere on Friday. Pelican Releasing, which acquired North '
        "American rights in May, will release it in November.",
        {("Tin Orchard", "distributed_by", "Pelican Releasing", None)},
        id="distributor-which-acquired-will-release-it",
    ),
    pytest.param(
        'Critics loved "Tin Orchard." Harrow Films, which bought it before the festival, opens it '
        "in October.",
        {("Tin Orchard", "distributed_by", "Harrow Films", None)},
        id="distributor-which-bought-opens-it",
    ),
    pytest.param(
        'In "The Glass Acre," directed by Ada Moss and opening Friday through Copperline '
        "Pictures, the actress plays a widow.",
        {
            ("Ada Moss", "directed", "The Glass Acre", None),
            ("The Glass Acre", "distributed_by", "Copperline Pictures", None),
        },
        id="distributor-opening-through",
    ),
    pytest.param(
        'Their uncle, Bogdan Ilie, is a retired cinematographer who shot the 1979 comedy "Bus 9" '
        "for director Ana Pop.",
        {
            ("Bogdan Ilie", "shot", "Bus 9", None),
            ("Ana Pop", "directed", "Bus 9", None),
        },
        id="job-who-shot-described-film",
    ),
    pytest.param(
        'Lars Endre turned to directing late. His second and last film as director, "The Long '
        'Sum" (1995), was a flop.',
        {("Lars Endre", "directed", "The Long Sum", None)},
        id="his-film-as-director",
    ),
    pytest.param(
        'Petra Holm directed "Tide Line." Oren Sallis first worked with Holm on the director\'s '
        '2015 debut, "Grey Current," in which he played a ferryman.',
        {
            ("Petra Holm", "directed", "Grey Current", None),
            ("Oren Sallis", "starred_in", "Grey Current", None),
        },
        id="the-directors-debut",
    ),
    pytest.param(
        'Harbor Pictures has greenlit "Salt Engine 2," the follow-up to "Salt Engine," with '
        "Mila Darrow returning to direct.",
        {
            ("Mila Darrow", "directed", "Salt Engine 2", None),
            ("Salt Engine 2", "sequel_of", "Salt Engine", None),
        },
        id="returning-to-direct",
    ),
    pytest.param(
        'The second installment, "Night Orchard II" (1990), was directed by Ilse Varn. Varn '
        'returned for "Night Orchard III" (1993), a cheaper sequel.',
        {("Ilse Varn", "directed", "Night Orchard III", None)},
        id="director-returned-for",
    ),
    pytest.param(
        '"Greyhaven" (1986), directed by Lionel Marsh, was a remake of "Gravhuset," a Danish '
        "ghost story. Joan Perrow starred as Ada Finch, a widow who inherits the house.",
        {
            ("Joan Perrow", "starred_in", "Greyhaven", "Ada Finch"),
            ("Greyhaven", "remake_of", "Gravhuset", None),
        },
        id="remake-object-is-not-the-film-in-focus",
    ),
    pytest.param(
        "Nils Aberg has since worked for other directors, most recently playing a retired "
        'boxer, Carl Dune, in Maja Lind\'s "Iron Bell" (2023).',
        {
            ("Nils Aberg", "starred_in", "Iron Bell", "Carl Dune"),
            ("Maja Lind", "directed", "Iron Bell", None),
        },
        id="playing-description-name-in-possessive-film",
    ),
    pytest.param(
        'Lotte Vine directed "Marsh Hymn" (2016), a thriller that gave Paz Okoro her first '
        "lead role, as a poacher named Ida Crane.",
        {
            ("Lotte Vine", "directed", "Marsh Hymn", None),
            ("Paz Okoro", "starred_in", "Marsh Hymn", "Ida Crane"),
        },
        id="gave-her-first-role",
    ),
    pytest.param(
        'Anneli Hale arrived late. Hale\'s "Glass Ring" co-star Tomas Berg sat in the third row.',
        {
            ("Anneli Hale", "starred_in", "Glass Ring", None),
            ("Tomas Berg", "starred_in", "Glass Ring", None),
        },
        id="possessive-film-co-star",
    ),
    pytest.param(
        '"Fen Riders II" (1989) was a hit. "Fen Riders III: The Flood" (1993) followed, and then '
        '"Fen Riders IV: Low Water" (1997).',
        {
            ("Fen Riders III: The Flood", "sequel_of", "Fen Riders II", None),
            ("Fen Riders IV: Low Water", "sequel_of", "Fen Riders III: The Flood", None),
        },
        id="numbered-titles-with-subtitles",
    ),
    pytest.param(
        '"Iron Saints" (2001) was a hit. "Dust Angels," which the studio says picks up directly '
        'from "Iron Saints," ignores the spin-off.',
        {("Dust Angels", "sequel_of", "Iron Saints", None)},
        id="picks-up-from",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_pattern_is_read(text, expected):
    found = all_triples(text)
    assert expected <= found, found - expected


NOT_FOUND = [
    pytest.param(
        '"The Clockmaker\'s Hours," from veteran director Hamid Osei, stars Ines Marr.',
        ("Ines Marr", "directed", "The Clockmaker's Hours", None),
        id="star-after-from-director-did-not-direct",
    ),
    pytest.param(
        'Anneli Hale arrived late. Hale\'s "Glass Ring" co-star Tomas Berg sat in the third row.',
        ("Anneli Hale", "directed", "Glass Ring", None),
        id="possessive-before-co-star-is-not-direction",
    ),
    pytest.param(
        'The second installment, "Night Orchard II" (1990), was directed by Ilse Varn. Varn '
        'returned for "Night Orchard III" (1993), a cheaper sequel.',
        ("Ilse Varn", "starred_in", "Night Orchard III", None),
        id="director-returned-for-is-not-casting",
    ),
    pytest.param(
        '"Greyhaven" (1986), directed by Lionel Marsh, was a remake of "Gravhuset," a Danish '
        "ghost story. Joan Perrow starred as Ada Finch, a widow who inherits the house.",
        ("Joan Perrow", "starred_in", "Gravhuset", "Ada Finch"),
        id="remade-film-gets-no-cast",
    ),
    pytest.param(
        'Petra Holm directed "Tide Line." Oren Sallis first worked with Holm on the director\'s '
        '2015 debut, "Grey Current," in which he played a ferryman.',
        ("Petra Holm", "starred_in", "Grey Current", None),
        id="he-in-relative-clause-is-not-the-director",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FOUND)
def test_pattern_gives_no_wrong_fact(text, wrong):
    assert wrong not in all_triples(text)


def speakers(text: str) -> list[str]:
    """The speaker of every quote, in order."""
    return [f.subject.name for f in extracted(text) if f.predicate.value == "said"]


def test_role_noun_speaker_prefers_the_previous_speaker():
    """ "..., the actor added": the actor who was just speaking, not the latest actor named."""
    text = (
        'Mira Dunn starred in "Fen Light." Rafe Cole starred in "Low Roads."\n\n'
        '"I loved every day of it," Mira Dunn said.\n\n'
        '"Even the cold ones," the actor added.'
    )
    assert speakers(text) == ["Mira Dunn", "Mira Dunn"]


def test_paragraph_pronoun_after_a_quoted_statement_is_the_main_person():
    """An obituary: after a colleague's quoted tribute, "He" opens the next paragraph about
    the deceased, not the colleague who spoke."""
    text = (
        "Anders Falk, a cinematographer, died on Tuesday at his home. He was 81.\n\n"
        'Falk shot "White Fields" for Corin Dale. Falk later shot "Dry Spell" and "Salt Year."\n\n'
        '"He lit faces like nobody else," Dale said in a statement.\n\n'
        'He turned to directing in the 1980s. His first feature, "Sweet Hollow" (1988), was a hit.'
    )
    found = all_triples(text)
    assert ("Anders Falk", "directed", "Sweet Hollow", None) in found
    assert ("Corin Dale", "directed", "Sweet Hollow", None) not in found


def test_numbered_title_called_a_prequel_is_not_a_sequel():
    text = (
        '"Fen Riders IV" (1997) was the last of the old films. Some fans call "Fen Riders 5" '
        "by that name, but it is a prequel."
    )
    assert not any(f[1] == "sequel_of" for f in all_triples(text))


def test_film_named_inside_a_relative_clause_is_not_the_film_in_focus():
    text = (
        '"Tallow Street" opened the festival. Ruth Amadi, who played a nurse in "Low Fever," '
        "carries the film. Greyline Pictures, which acquired the rights in June, will release it."
    )
    found = all_triples(text)
    assert ("Tallow Street", "distributed_by", "Greyline Pictures", None) in found
    assert ("Low Fever", "distributed_by", "Greyline Pictures", None) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"Salt Lanterns" was directed by Élodie Varnier.',
            ("Élodie Varnier", "directed", "Salt Lanterns", None),
            id="name-with-accented-initial",
        ),
        pytest.param(
            '"Bog Hymn" was directed by Cathal Ó Riordáin.',
            ("Cathal Ó Riordáin", "directed", "Bog Hymn", None),
            id="irish-particle-name",
        ),
        pytest.param(
            '"Iron Weir" was directed by Łucja Żmuda.',
            ("Łucja Żmuda", "directed", "Iron Weir", None),
            id="polish-initials",
        ),
    ],
)
def test_names_with_non_ascii_capitals(text, expected):
    assert expected in all_triples(text)


def test_festival_is_an_organisation_not_a_cast_member():
    text = 'At the Brenner Valley Film Festival, "Cold Tin" stars Oda Lund.'
    found = all_triples(text)
    assert ("Oda Lund", "starred_in", "Cold Tin", None) in found
    assert not any(f[0] == "Brenner Valley Film Festival" for f in found)


def test_gender_cues_do_not_cross_sentences_and_actor_is_neutral():
    """ "... Its Smuggler Queen" ending a headline says nothing of the next sentence's subject;
    "the British actor" may be a woman."""
    text = (
        '"Tide Keepers 2" Casts Ama Boateng as Its Pirate Queen\n\n'
        "Rui Falcão has found his villain. Ama Boateng, the British actor, was cast as the pirate "
        'queen Odile in "Tide Keepers 2."\n\n'
        'Boateng said she had not seen the first film. "I went in cold," she said.'
    )
    assert speakers(text) == ["Ama Boateng"]


def test_title_cased_headline_with_full_stops_gives_no_name():
    text = (
        "Marisol Has Been a Singer and a Ghost. Now She Wants the Lead.\n\n"
        'Marisol Quent starred in "Paper Comet." "I was terrible," she said.'
    )
    found = all_triples(text)
    assert ("Marisol Quent", "starred_in", "Paper Comet", None) in found
    assert {f[0] for f in found} == {"Marisol Quent"}


MORE_FOUND = [
    pytest.param(
        '"Rain Ledger," helmed by the Nigerian filmmaker Chiamaka Obi, stars Tunde Ade.',
        {("Chiamaka Obi", "directed", "Rain Ledger", None)},
        id="nationality-job-title-before-name",
    ),
    pytest.param(
        'Tom Reyes directed "Dust Bowl." "A Quiet Lamp" stars the veteran Hollis Greer.',
        {("Hollis Greer", "starred_in", "A Quiet Lamp", None)},
        id="role-noun-before-name-is-a-job-title",
    ),
    pytest.param(
        'Anna Kells, the filmmaker behind "Brine" (2020), has remade "Gull." Ida Holm stars as '
        "the widow, with Bo Lind as her husband, Tomas.",
        {("Ida Holm", "starred_in", "Gull", None), ("Bo Lind", "starred_in", "Gull", "Tomas")},
        id="credential-film-is-not-in-focus",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_FOUND)
def test_more_patterns_are_read(text, expected):
    found = all_triples(text)
    assert expected <= found, found - expected


MORE_NOT_FOUND = [
    pytest.param(
        'Tom Reyes directed "Dust Bowl." "A Quiet Lamp" stars the veteran Hollis Greer.',
        ("Tom Reyes", "starred_in", "A Quiet Lamp", None),
        id="job-title-not-resolved-to-an-earlier-person",
    ),
    pytest.param(
        'Mina Sato wrote "Canticle." In "Vespers," from the Japanese director Haru Oda, she '
        "portrays a novice.",
        ("Haru Oda", "starred_in", "Vespers", None),
        id="she-skips-the-name-in-a-from-phrase",
    ),
    pytest.param(
        'Mina Sato wrote "Canticle." In "Vespers," from the Japanese director Haru Oda, she '
        "portrays a novice.",
        ("Mina Sato", "directed", "Vespers", None),
        id="no-list-of-a-name-and-a-pronoun",
    ),
    pytest.param(
        'Pia Rask produced "Iron Bay." Pia Rask stayed on as a producer alongside Gil Moss.',
        ("Pia Rask", "starred_in", "Iron Bay", None),
        id="served-as-a-producer-is-not-a-role",
    ),
    pytest.param(
        '"Quiet Field" was a hit. An American remake, to be directed by Wes Hale, was announced '
        "in 2008 and abandoned.",
        ("Wes Hale", "directed", "Quiet Field", None),
        id="to-be-directed-is-a-plan",
    ),
    pytest.param(
        'Edda Lind was cast as Vera after the directors saw her in a fringe production of "The '
        'Lamp Wife." "Static Hour" opened in 1996.',
        ("Edda Lind", "starred_in", "The Lamp Wife", "Vera"),
        id="stage-production-is-not-the-film",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), MORE_NOT_FOUND)
def test_more_patterns_give_no_wrong_fact(text, wrong):
    assert wrong not in all_triples(text)


def test_says_she_refers_to_the_sayer():
    text = (
        'The newcomer Ama Osei played in "Tide Keepers" as the girl; her screen father was '
        'Kofi Mensah. Nia Adjei said she had not seen the film. "I went in cold," she said.'
    )
    assert speakers(text) == ["Nia Adjei"]


def test_initials_make_a_full_name_and_the_bare_surname_is_the_first_person():
    text = (
        'R.K. Varma directed "Salt Moon." His daughter, Meera Varma, edited it.\n\n'
        '"I grew up with that film," Varma said.'
    )
    assert speakers(text) == ["R.K. Varma"]


APPOSITION_FOUND = [
    pytest.param(
        'Ngozi Cole, the British actor who broke out last year in the prison drama "Cold Iron," '
        'has been cast as the smuggler queen Odalys Verne in "Lamp Keepers 2."',
        {
            ("Ngozi Cole", "starred_in", "Lamp Keepers 2", "Odalys Verne"),
            ("Ngozi Cole", "starred_in", "Cold Iron", None),
        },
        id="apposition-between-subject-and-cast-as",
    ),
    pytest.param(
        'Ida Kjær, who was so unsettling as the drowned sister in "Brine," plays the widow.',
        {("Ida Kjær", "starred_in", "Brine", None)},
        id="who-was-memorable-as-in-film",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_FOUND)
def test_appositions_are_read(text, expected):
    found = all_triples(text)
    assert expected <= found, found - expected


THIRD_ROUND = [
    pytest.param(
        "She was 21 when the Italian director Ottavio Russo cast her as a ghost who haunts a club "
        'in "Midnight at the Lido" (2018).',
        {("Ottavio Russo", "directed", "Midnight at the Lido", None)},
        id="director-cast-her-in-film",
    ),
    pytest.param(
        "Vera Halm was 24 when Gyula Szabo, then a little-known documentary maker, cast her as "
        'Julia, a teacher, in "The Pear Orchard" (1962).',
        {
            ("Gyula Szabo", "directed", "The Pear Orchard", None),
            ("Vera Halm", "starred_in", "The Pear Orchard", None),
        },
        id="maker-apposition-cast-her",
    ),
    pytest.param(
        'The festival will close with "Ultima Sera," the 19th feature by Carlo Bassi.',
        {("Carlo Bassi", "directed", "Ultima Sera", None)},
        id="ordinal-feature-by",
    ),
    pytest.param(
        'The jury president, Itziar Etxeberria, the Basque filmmaker behind "Salt Bog" (2017), '
        "was also there.",
        {("Itziar Etxeberria", "directed", "Salt Bog", None)},
        id="regional-adjective-filmmaker-behind",
    ),
    pytest.param(
        'Nora Lake directed "Static Hour." "Static Hour II" (1999), which Nora Lake directed alone, '
        "flopped.",
        {("Nora Lake", "directed", "Static Hour II", None)},
        id="which-x-directed-alone",
    ),
    pytest.param(
        'Among them was Oona Fair, whose own 2022 debut, "The Relay," owes it a debt.',
        {("Oona Fair", "directed", "The Relay", None)},
        id="whose-own-debut-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIRD_ROUND)
def test_third_round_patterns(text, expected):
    found = all_triples(text)
    assert expected <= found, found - expected


def test_he_added_goes_on_with_the_last_speaker():
    text = (
        'Lena Moss directed "Fog Line." Carlo Bassi directed "Ultima Sera." Carlo Bassi said he was '
        'done.\n\n"I have said this before," Bassi said.\n\n'
        'Moss laughed.\n\nHe added, with a flourish: "Make your own films."'
    )
    assert speakers(text) == ["Carlo Bassi", "Carlo Bassi"]


def test_film_named_as_an_example_is_not_the_film_in_focus():
    text = (
        'Ravi Menon worked on four films, including "The Ferry Wife" (1987). The cast includes '
        'Ana Figo and Devika Rao. "Salt Moon" opens in May.'
    )
    assert ("Ana Figo", "starred_in", "The Ferry Wife", None) not in all_triples(text)


def test_a_person_known_by_one_name():
    text = (
        'Marisol does not like talking about her first film. Marisol starred in "Ghost Jazz" '
        '(2018). "I was terrible," Marisol said.'
    )
    found = all_triples(text)
    assert ("Marisol", "starred_in", "Ghost Jazz", None) in found
    assert speakers(text) == ["Marisol"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Velden Pictures made "Iron Sea." Velden says it will open in May. Velden has '
            "high hopes.",
            id="company-first-word",
        ),
        pytest.param(
            'She shot "Iron Sea" in Lyon. Lyon is cheap. Lyon has good light.',
            id="place-after-a-preposition",
        ),
    ],
)
def test_one_word_names_that_are_not_people(text):
    assert not any(f[1] in {"starred_in", "directed", "said"} for f in all_triples(text))


def test_partial_quote_after_an_apposition():
    text = (
        'Teo Brand played Ilan in "Lamp Keepers." Brand, who played Ilan as a teenager in the '
        'first film, said the new script "grows him up fast."'
    )
    assert speakers(text) == ["Teo Brand"]


def test_according_to_and_a_full_stop_inside_the_quote():
    text = (
        'Farah Quade produced "Salt Moon" with Colm Price. According to Quade, "the family wanted '
        'to be sure." She insists she did not direct. "I brought biscuits," she said.'
    )
    assert speakers(text) == ["Farah Quade", "Farah Quade"]


def test_role_noun_before_a_name_is_not_a_pronoun_antecedent():
    text = (
        'Mina Sato is a singer. In "Vespers," from the Japanese-British director Haru Oda, she '
        "portrays a novice."
    )
    assert ("Haru Oda", "starred_in", "Vespers", None) not in all_triples(text)


FOURTH_ROUND = [
    pytest.param(
        "The second feature from Chilean-born director Lia Morro, whose 2018 debut "
        '"The Quiet Field" played in Cannes, "Ash Country" premiered on Saturday.',
        {("Lia Morro", "directed", "Ash Country", None)},
        id="nth-feature-from-director-then-title",
    ),
    pytest.param(
        'She turned down the lead in "Paper Wings," his fifth feature, in 2020, and the part '
        "went to Ivy Cole.",
        {("Ivy Cole", "starred_in", "Paper Wings", None)},
        id="the-part-went-to",
    ),
    pytest.param(
        'She turned down the role of the mother in "Stone Harvest" (1969), which went instead to '
        "Bev Sarno.",
        {("Bev Sarno", "starred_in", "Stone Harvest", None)},
        id="which-went-instead-to",
    ),
    pytest.param(
        'Dela Acheam can next be seen on the big screen in "Blue Motel."',
        {("Dela Acheam", "starred_in", "Blue Motel", None)},
        id="can-next-be-seen-in",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOURTH_ROUND)
def test_fourth_round_patterns(text, expected):
    found = all_triples(text)
    assert expected <= found, found - expected


def test_who_turned_the_part_down_is_not_cast():
    text = (
        'Nora Vell turned down the lead in "Paper Wings," his fifth feature, and the part went '
        "to Ivy Cole."
    )
    assert ("Nora Vell", "starred_in", "Paper Wings", None) not in all_triples(text)


def test_surname_with_a_particle():
    text = (
        'Carlo de Santis directed "Vesuvio Blues." His son, Matteo de Santis, produced it. The '
        'festival will close with "Ultima Luce," the 19th feature by de Santis. De Santis '
        'said: "This is my last."'
    )
    found = all_triples(text)
    assert ("Carlo de Santis", "directed", "Ultima Luce", None) in found
    assert speakers(text) == ["Carlo de Santis"]


FIFTH_ROUND = [
    pytest.param(
        'Anna Vest, the filmmaker behind the 2020 folk-horror debut "Brine," remade "Gull."',
        {("Anna Vest", "directed", "Brine", None)},
        id="filmmaker-behind-described-film",
    ),
    pytest.param(
        'Mirela Ion directed "Static." Mirela Ion, meanwhile, became the filmmaker behind '
        '"Quiet County" (2004).',
        {("Mirela Ion", "directed", "Quiet County", None)},
        id="became-the-filmmaker-behind",
    ),
    pytest.param(
        'A Korean remake did get made: "Signal Bloom" (2013), directed by Han Seo-yeon, moved the '
        "story to a radar station, with Jung Mi-rae as the operator.",
        {("Jung Mi-rae", "starred_in", "Signal Bloom", None)},
        id="with-x-as-the-description",
    ),
    pytest.param(
        'There has been talk of a sequel to "Night Boat," which would reunite him with its star, '
        "Arjun Reyes.",
        {("Arjun Reyes", "starred_in", "Night Boat", None)},
        id="its-star-apposition-under-a-hypothetical",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIFTH_ROUND)
def test_fifth_round_patterns(text, expected):
    found = all_triples(text)
    assert expected <= found, found - expected


COMMON_PHRASINGS = [
    ('Mo Reyes stars in Hana Ivers\'s "Low Tide."', ("Mo Reyes", "starred_in", "Low Tide")),
    ('"Low Tide" (2021) was Hana Ivers\'s second feature.', ("Hana Ivers", "directed", "Low Tide")),
    ('Hana Ivers is directing "Low Tide" for a streamer.', ("Hana Ivers", "directed", "Low Tide")),
    (
        'Hana Ivers helms the thriller "Low Tide," starring Mo Reyes.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    ('Hana Ivers ("Salt") directs "Low Tide."', ("Hana Ivers", "directed", "Low Tide")),
    (
        'Mo Reyes leads "Low Tide," the new drama from Hana Ivers.',
        ("Mo Reyes", "starred_in", "Low Tide"),
    ),
    (
        'Mo Reyes leads "Low Tide," the new drama from Hana Ivers.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'The new drama from Hana Ivers, "Low Tide," stars Mo Reyes.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    ('Mo Reyes takes the lead role in "Low Tide."', ("Mo Reyes", "starred_in", "Low Tide")),
    (
        'Kit Lane, the star of "Low Tide," said the shoot was cold.',
        ("Kit Lane", "starred_in", "Low Tide"),
    ),
    ('Oscar winner Mo Reyes headlines "Low Tide."', ("Mo Reyes", "starred_in", "Low Tide")),
    (
        '"Low Tide," Hana Ivers\'s follow-up to "Salt," opens Friday.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        '"Low Tide" marks the directorial debut of Hana Ivers.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'Hana Ivers returns to the director\'s chair for "Low Tide."',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'Hana Ivers directed "Salt." Hana Ivers made "Low Tide" in 2019.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), COMMON_PHRASINGS)
def test_common_phrasings(text, fact):
    assert fact in {f[:3] for f in all_triples(text)}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ('Mo Reyes made "Low Tide" in 2019.', ("Mo Reyes", "directed", "Low Tide")),
        (
            '"Low Tide," Hana Ivers\'s follow-up to "Salt," opens Friday.',
            ("Low Tide", "sequel_of", "Salt"),
        ),
        (
            'Kit Lane, the star of "Low Tide," said the shoot was cold.',
            ("Kit Lane", "said", "Low Tide"),
        ),
    ],
)
def test_common_phrasings_give_no_wrong_fact(text, wrong):
    assert wrong not in {f[:3] for f in all_triples(text)}


SEQUEL_PHRASINGS = [
    pytest.param(
        '"Dawn: Rebirth" (2016) was a hit. "Dawn: Year Zero" (2017) is a prequel. Its sequel, '
        '"Dawn: Rebirth Part Two" (2019), did better.',
        ("Dawn: Rebirth Part Two", "sequel_of", "Dawn: Rebirth"),
        id="its-sequel-extends-the-title",
    ),
    pytest.param(
        'She voiced the fox in "Paper Fox" (2021). "Les Renards" was its source. The follow-up, '
        '"Paper Fox 2," arrives next year.',
        ("Paper Fox 2", "sequel_of", "Paper Fox"),
        id="the-follow-up-numbered",
    ),
    pytest.param(
        '"High Water" continues the story begun in "Low Tide."',
        ("High Water", "sequel_of", "Low Tide"),
        id="continues-the-story-begun-in",
    ),
]


@pytest.mark.parametrize(("text", "fact"), SEQUEL_PHRASINGS)
def test_sequel_phrasings(text, fact):
    assert fact in {f[:3] for f in all_triples(text)}


def test_rather_than_a_sequel_is_not_a_sequel():
    text = '"Dry County" (2013) was a western. A spin-off rather than a sequel, "Kael" follows a mercenary.'
    assert not any(f[1] == "sequel_of" for f in all_triples(text))


MORE_CASTING = [
    (
        'Kit Lane is joined by Ana Roy and Tom Park in "Low Tide."',
        ("Tom Park", "starred_in", "Low Tide"),
    ),
    (
        'Supporting turns come from Ana Roy and Tom Park in "Low Tide."',
        ("Ana Roy", "starred_in", "Low Tide"),
    ),
    (
        'The voice cast of "Low Tide" includes Kit Lane and Ana Roy.',
        ("Ana Roy", "starred_in", "Low Tide"),
    ),
    (
        'Ravi Nair directed "Salt." The cast of "Low Tide" includes Ana Roy and the veteran '
        "Malayalam actor Gopi Pillai.",
        ("Gopi Pillai", "starred_in", "Low Tide"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), MORE_CASTING)
def test_more_casting_phrasings(text, fact):
    found = {f[:3] for f in all_triples(text)}
    assert fact in found
    assert ("Ravi Nair", "starred_in", "Low Tide") not in found


PROBE_FOUR = [
    (
        '"Low Tide" comes from Hana Ivers, the director of "Salt."',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'The director of "Low Tide," Hana Ivers, spoke first.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'Hana Ivers directed, co-wrote and produced "Low Tide."',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'Hana Ivers and Tom Park directed "Low Tide" together.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    (
        'Kit Lane, fresh off "Salt," plays a fisherman in "Low Tide."',
        ("Kit Lane", "starred_in", "Low Tide"),
    ),
    ('Kit Lane and Ana Roy play sisters in "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    ('Kit Lane plays opposite Ana Roy in "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    ('Kit Lane has a small role in "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    ('Kit Lane has a cameo in "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    (
        'Kit Lane, who played Ada in "Low Tide," returns for "Low Tide 2."',
        ("Kit Lane", "starred_in", "Low Tide 2"),
    ),
    (
        '"Low Tide" opened in 2019. Also in the cast: Kit Lane and Ana Roy.',
        ("Ana Roy", "starred_in", "Low Tide"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), PROBE_FOUR)
def test_probe_four_phrasings(text, fact):
    assert fact in {f[:3] for f in all_triples(text)}


def test_appeared_in_film_as_character():
    assert ("Kit Lane", "starred_in", "Low Tide", "Ada") in all_triples(
        'In 2019, Kit Lane appeared in "Low Tide" as Ada.'
    )


def test_to_play_is_not_playing():
    """A hope or a negotiation is no casting ("is set to play", like "will play", is)."""
    for text in (
        'Kit Lane hopes to play a fisherman in "Low Tide."',
        'Kit Lane is in talks to play a fisherman in "Low Tide."',
        'Kit Lane wants to play a fisherman in "Low Tide."',
    ):
        assert ("Kit Lane", "starred_in", "Low Tide", None) not in all_triples(text), text


CONTEXT = "Kit Lane is an actress. Hana Ivers is a director. "
BY_ROLE = [
    ('Kit Lane rose to fame with "Low Tide" (1999).', ("Kit Lane", "starred_in", "Low Tide")),
    ('Kit Lane earned an Oscar nomination for "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    (
        'Kit Lane won an Oscar for her performance in "Low Tide."',
        ("Kit Lane", "starred_in", "Low Tide"),
    ),
    (
        'Kit Lane, best known for "Low Tide," died on Tuesday.',
        ("Kit Lane", "starred_in", "Low Tide"),
    ),
    (
        'Hana Ivers, best known for "Low Tide," died on Tuesday.',
        ("Hana Ivers", "directed", "Low Tide"),
    ),
    ('Kit Lane worked with Hana Ivers on "Low Tide."', ("Hana Ivers", "directed", "Low Tide")),
    ('Kit Lane worked with Hana Ivers on "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    ('Hana Ivers directed Kit Lane in "Low Tide" and "Salt."', ("Kit Lane", "starred_in", "Salt")),
    ('Hana Ivers cast Kit Lane in "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    ('Hana Ivers gave Kit Lane the lead in "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
    ('"Low Tide," the Kit Lane vehicle, took $5 million.', ("Kit Lane", "starred_in", "Low Tide")),
    ('Kit Lane stars in the HBO series "Low Tide."', ("Kit Lane", "starred_in", "Low Tide")),
]


@pytest.mark.parametrize(("text", "fact"), BY_ROLE)
def test_credits_read_by_what_the_person_does(text, fact):
    assert fact in {f[:3] for f in all_triples(CONTEXT + text)}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ('Kit Lane\'s "Low Tide" took $5 million.', ("Kit Lane", "directed", "Low Tide")),
        ('Kit Lane worked with Hana Ivers on "Low Tide."', ("Kit Lane", "directed", "Low Tide")),
        ('Ana Roy, best known for "Low Tide," died.', ("Ana Roy", "directed", "Low Tide")),
        ('Ana Roy, best known for "Low Tide," died.', ("Ana Roy", "starred_in", "Low Tide")),
    ],
)
def test_credits_by_role_need_a_known_role(text, wrong):
    assert wrong not in {f[:3] for f in all_triples(CONTEXT + text)}
