"""Table tests for general patterns found in the fourteenth session's reading of sets 8-14.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests, said, triples, triples_with_year

Fact = tuple[str, str, str, str | None]

# a cast paragraph that never repeats the title: the film in view
CAST_IN_VIEW = (
    "Festival Report\n\n"
    '"The Tin Orchard" is the new drama from director Rhea Salk. '
    "Its star, Noor Valdés, plays a beekeeper's widow. Pim Adler, the 17-year-old Dane who "
    "plays her nephew, Jonas, has impressed the jury. Lia Trent, wonderful as her sister, "
    "Greta, keeps the wake going. The film toplines Irish actor Cass Mooney in his first "
    "leading role. Ivo Ramm and Elke Dorn reprise their roles as the twins."
)
# credits stated by a career's turns rather than by "directed"
CAREER = (
    "Festival Report\n\n"
    'Dana Wolk has not directed a film since "Glass Tide," the 2016 drama. '
    '"Red Weather," which Ola Fenn and Tor Hask are co-directing, starts shooting in May. '
    '"Low Meadow" is a comedy that Gus Ebbe will direct in Kent this summer. '
    'Mae Orr\'s "Pale Wharf" (1971) and "Stonecrop" (1975) were both hits. '
    'Jon Ruiz took the Golden Shell for best director for "Salt Quarter," a thriller. '
    'The prize for a first feature went to the Welsh director Bryn Ellis for "Tin Chapel". '
    'Ana Pike is making her American debut after directing the Danish thriller "Brine Road" '
    "(2022). "
    'The studio is developing "Harrow: Year One," with Kit Varo attached to direct.'
)
# an actor known as an actor: "made her name with" credits by role
MADE_HER_NAME = (
    "Profile\n\n"
    'The actress Oona Lisk stars in "Blue Pier." Lisk made her name with "Cold Spring" (2011), '
    "a small drama."
)

FOUND = [
    pytest.param(
        CAST_IN_VIEW,
        ("Noor Valdés", "starred_in", "The Tin Orchard", None),
        id="its-star-opening-a-sentence-is-the-paragraphs-film",
    ),
    pytest.param(
        CAST_IN_VIEW,
        ("Pim Adler", "starred_in", "The Tin Orchard", "Jonas"),
        id="apposition-then-who-plays-a-part",
    ),
    pytest.param(
        CAST_IN_VIEW,
        ("Lia Trent", "starred_in", "The Tin Orchard", "Greta"),
        id="name-comma-praise-as-a-part",
    ),
    pytest.param(
        CAST_IN_VIEW,
        ("Cass Mooney", "starred_in", "The Tin Orchard", None),
        id="the-film-toplines-an-actor",
    ),
    pytest.param(
        CAST_IN_VIEW,
        ("Elke Dorn", "starred_in", "The Tin Orchard", None),
        id="reprise-their-roles-without-a-character",
    ),
    pytest.param(
        CAREER,
        ("Dana Wolk", "directed", "Glass Tide", None),
        id="has-not-directed-a-film-since-the-last-one",
    ),
    pytest.param(
        CAREER,
        ("Tor Hask", "directed", "Red Weather", None),
        id="which-x-and-y-are-co-directing",
    ),
    pytest.param(
        CAREER,
        ("Gus Ebbe", "directed", "Low Meadow", None),
        id="title-is-a-genre-that-x-will-direct",
    ),
    pytest.param(
        CAREER,
        ("Mae Orr", "directed", "Stonecrop", None),
        id="possessive-reaches-both-titles-of-a-pair",
    ),
    pytest.param(
        CAREER,
        ("Jon Ruiz", "directed", "Salt Quarter", None),
        id="took-a-named-prize-for-best-director-for",
    ),
    pytest.param(
        CAREER,
        ("Bryn Ellis", "directed", "Tin Chapel", None),
        id="prize-went-to-the-director-for",
    ),
    pytest.param(
        CAREER,
        ("Ana Pike", "directed", "Brine Road", None),
        id="after-directing-a-film",
    ),
    pytest.param(
        CAREER,
        ("Kit Varo", "directed", "Harrow: Year One", None),
        id="with-x-attached-to-direct",
    ),
    pytest.param(
        MADE_HER_NAME,
        ("Oona Lisk", "starred_in", "Cold Spring", None),
        id="an-actress-made-her-name-with-a-film",
    ),
    pytest.param(
        '"Night Rail," Sven Aho\'s next film, opens in May. Sven Aho is attached to direct '
        "the sequel, and Rosa Kemp is attached to star.",
        ("Sven Aho", "directed", "Night Rail", None),
        id="is-attached-to-direct-is-a-plan-in-place",
    ),
]

NOT_FOUND = [
    pytest.param(
        '"The Long Quiet" stalled for years. Vera Holm was attached to direct "The Long Quiet" '
        "for two years and walked away from it.",
        ("Vera Holm", "directed", "The Long Quiet", None),
        id="was-attached-to-direct-is-no-credit",
    ),
    pytest.param(
        'Dana Wolk has not directed "Glass Tide," and never will.',
        ("Dana Wolk", "directed", "Glass Tide", None),
        id="not-directed-without-since-stays-a-negation",
    ),
    pytest.param(
        "Festival Report\n\n"
        '"Blue Pier" opens the festival.\n\n'
        "Its star, Noor Valdés, was nowhere to be seen.",
        ("Noor Valdés", "starred_in", "Blue Pier", None),
        id="its-star-with-no-film-in-its-paragraph",
    ),
    pytest.param(
        'Mae Orr\'s "Pale Wharf" (1971) and "Stonecrop" co-stars Ike Lund and Dee Ray met.',
        ("Mae Orr", "directed", "Stonecrop", None),
        id="possessive-pair-stops-before-a-co-star-noun",
    ),
    pytest.param(
        '"Pale Wharf" (1971) is a legend. Its writer, Ida Moss, known as Lady Moss, died.',
        ("Ida Moss", "starred_in", "Pale Wharf", "Lady Moss"),
        id="known-as-is-a-nickname-not-a-part",
    ),
    pytest.param(
        'The actor Tam Rhee made his name with "Cold Spring" (2011), and nothing since.',
        ("Tam Rhee", "directed", "Cold Spring", None),
        id="an-actor-who-made-his-name-did-not-direct",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            '"Dry Season" (1974), a family saga in which Ana Pol plays a retired umpire and '
            "Rui Gil her brother, opened the festival.",
            ("Ana Pol", "starred_in", "Dry Season", None),
            id="in-which-x-plays-a-description-and-y",
        ),
        pytest.param(
            '"Dry Season" (1974), Tom Ebb\'s caper in which Ana Pol played a nun who robs a '
            "bank, is back.",
            ("Ana Pol", "starred_in", "Dry Season", None),
            id="in-which-x-played-a-description-who",
        ),
        pytest.param(
            'The studio rushed out a sequel, "Dry Season II," directed by the journeyman Ola Pike.',
            ("Ola Pike", "directed", "Dry Season II", None),
            id="directed-by-the-journeyman",
        ),
        pytest.param(
            'He returned for "Dry Season II," the sequel to "Dry Season," directed this time by '
            "Ola Pike.",
            ("Ola Pike", "directed", "Dry Season II", None),
            id="directed-this-time-by",
        ),
    ],
)
def test_found_in_clauses(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def _with_headline(headline: str, body: str) -> set[tuple[str, str, str, str | None]]:
    return triples(f"{headline}\n\n{body}")


def test_a_review_headline_names_the_remakes_director() -> None:
    found = _with_headline(
        "'Low Moor' Review: Ada Rusk's Handsome Remake Keeps the Dread",
        '"Low Moor" is a remake of a 1970 chiller. Ada Rusk spent a year on it. Bo Lind plays '
        "the vicar.",
    )
    assert ("Ada Rusk", "directed", "Low Moor", None) in found


def test_a_review_headline_possessive_of_an_actor_is_no_direction() -> None:
    found = _with_headline(
        "'Low Moor' Review: Bo Lind's Handsome Remake Keeps the Dread",
        'The actor Bo Lind stars in "Low Moor" as a vicar.',
    )
    assert ("Bo Lind", "directed", "Low Moor", None) not in found


def test_a_headline_with_x_directing_and_y_starring() -> None:
    found = _with_headline(
        "Apex Sets 'Crow Hill' Remake With Ada Rusk Directing, Bo Lind Starring",
        '"Crow Hill" will shoot in Wales. Ada Rusk and Bo Lind met in Cardiff.',
    )
    assert ("Bo Lind", "starred_in", "Crow Hill", None) in found
    assert ("Ada Rusk", "directed", "Crow Hill", None) in found


def test_a_headline_directing_a_reboot_is_not_the_named_film() -> None:
    found = _with_headline(
        "Apex Revives 'Crow Hill' With Ada Rusk Directing Reboot",
        '"Crow Hill" (1970) was a hit for the studio.',
    )
    assert ("Ada Rusk", "directed", "Crow Hill", None) not in found


def test_a_headline_remake_credit_goes_to_the_new_film_of_a_shared_title() -> None:
    found = triples_with_year(
        "Apex Sets 'Crow Hill' Remake With Ada Rusk Directing\n\n"
        'Apex is remaking "Crow Hill" (1970), Ivo Dane\'s chiller. The new "Crow Hill" '
        "shoots in May. Ada Rusk was born in Cardiff."
    )
    assert ("Ada Rusk", "directed", "Crow Hill", None) in found
    assert ("Ada Rusk", "directed", "Crow Hill", 1970) not in found


def test_a_headline_actor_joins_a_film_and_a_directors_possessive_classic() -> None:
    found = _with_headline(
        "Bo Lind Joins 'Low Moor'; Ada Rusk's Lost Welsh Classic 'Crow Hill' Returns",
        'The director Ada Rusk made "Crow Hill" in 1970. "Low Moor" adds the actor Bo Lind.',
    )
    assert ("Bo Lind", "starred_in", "Low Moor", None) in found


def test_a_headline_remake_credit_never_goes_to_the_dated_original() -> None:
    found = triples_with_year(
        "Apex Sets 'Crow Hill' Remake With Ada Rusk Directing\n\n"
        'Apex is remaking Ivo Dane\'s chiller "Crow Hill" (1970). Ada Rusk was born in Cardiff.'
    )
    assert ("Ada Rusk", "directed", "Crow Hill", 1970) not in found


def test_a_past_film_in_a_subordinate_clause_leaves_the_focus_on_the_articles_film() -> None:
    found = triples(
        "Ana Vell Explains Her 'Salt House'\n\n"
        'Her third feature, "Salt House," arrives five years after her second, "Grey Hours," '
        "won a prize in Berlin. The film stars Ida Moor as a seamstress, Pia."
    )
    assert ("Ida Moor", "starred_in", "Salt House", "Pia") in found
    assert ("Ida Moor", "starred_in", "Grey Hours", "Pia") not in found


def test_a_past_film_the_sentence_goes_on_to_describe_takes_the_focus() -> None:
    found = triples(
        "Obituary\n\n"
        '"Salt House" (1979) made his name. He shot four films for Ana Vell, beginning with '
        '"Salt House" and ending with "Grey Hours" (1984), a romance starring Ida Moor. His '
        "brother, Tor Vell, an actor, played the ferry's captain."
    )
    assert ("Tor Vell", "starred_in", "Grey Hours", None) in found


def test_she_added_goes_with_the_she_who_just_spoke_not_the_last_quoted_man() -> None:
    found = said(
        "Series Renewed\n\n"
        'The cast is led by Arun Pal. "It is a gift," Pal said of the role.\n\n'
        "The actress Mira Oyelowo joins as showrunner. Oyelowo said the season would open "
        "with a crash.\n\n"
        '"The first season was about a crime," she added.'
    )
    assert ("Mira Oyelowo", "The first season was about a crime") in found


def test_a_lead_credit_waits_until_the_article_says_who_the_person_is() -> None:
    found = triples(
        "Profile\n\n"
        'Ona Brisk, 44, broke through with "Glass Choir" (2017), a two-hander. She followed it '
        'with the gothic thriller "Salt Parish" (2021). Later she wrote and directed "Tin Bell."'
    )
    assert ("Ona Brisk", "directed", "Glass Choir", None) in found
    assert ("Ona Brisk", "directed", "Salt Parish", None) in found


def test_a_lead_credit_gives_nothing_to_a_cinematographer_who_once_directed() -> None:
    found = triples(
        "Obituary\n\n"
        'Ivo Brandt, 84, won an Oscar for "Ninefold" (1985). Brandt shot "Iron Coast" (1987) '
        'and in 1998 directed "Gull Night," his only feature.'
    )
    assert ("Ivo Brandt", "directed", "Ninefold", None) not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            "Late in life Ugo Varo found a new audience, voicing the tortoise Bruno in the "
            'Italian version of the animated feature "Slow Hills" (2016).',
            ("Ugo Varo", "starred_in", "Slow Hills", "Bruno"),
            id="voicing-a-part-in-the-dubbed-version-of-a-film",
        ),
        pytest.param(
            "By the 1990s Ugo Varo had settled into a run of fathers and uncles, most memorably "
            'as the patriarch Don Ettore in Lia Conte\'s "The Olive Year" (2009).',
            ("Ugo Varo", "starred_in", "The Olive Year", "Don Ettore"),
            id="most-memorably-as-a-part-in-a-film",
        ),
    ],
)
def test_found_in_a_career_summary(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def test_an_unquoted_series_title_set_off_by_a_genre_apposition() -> None:
    found = triples(
        "Series Renewed\n\n"
        "Apple TV+ has renewed The Copper Line, its Lagos-set railway thriller, for a third "
        "season. The returning cast is led by Ada Eze, who returns as the detective Obi Kalu."
    )
    assert ("Ada Eze", "starred_in", "The Copper Line", "Obi Kalu") in found


def test_a_festival_prize_named_like_a_person_is_no_cast_member() -> None:
    found = triples(
        'His 2011 chamber piece "Cold Quay," starring Ana Berg, won the Golden Leopard, and '
        '"Salt Flats" took the Silver Bear.'
    )
    assert not any(t[0] in {"Golden Leopard", "Silver Bear"} for t in found)
    assert ("Ana Berg", "starred_in", "Cold Quay", None) in found


SEQUEL_TRAILER = (
    "First Trailer for 'The Ash Crown'\n\n"
    'Sony released the first trailer for "The Ash Crown," the sequel to Tui Rangi\'s 2022 '
    'fantasy hit "The Ash Road," on Tuesday.\n\n'
    "Ana Moe, who was 23 when she first played the blacksmith Wren Hallow in "
    '"The Ash Road," returns as Wren. '
    "New to the franchise are Kofi Adu, who plays the pirate Captain Faye, and Ola Berg as "
    "Wren's father, Corm."
)


def test_the_sequel_to_a_possessive_with_describing_words() -> None:
    assert ("The Ash Crown", "sequel_of", "The Ash Road", None) in triples(SEQUEL_TRAILER)


def test_the_original_recalled_in_an_aside_leaves_the_focus_on_the_sequel() -> None:
    found = triples(SEQUEL_TRAILER)
    assert ("Kofi Adu", "starred_in", "The Ash Crown", "Captain Faye") in found
    assert ("Kofi Adu", "starred_in", "The Ash Road", "Captain Faye") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            'The English-language version, "The Quay Job," will be directed by the New Zealand '
            "filmmaker Tui Marsh.",
            ("Tui Marsh", "directed", "The Quay Job", None),
            id="a-two-word-country-before-a-job-noun",
        ),
        pytest.param(
            'It led to a sequel, "Seven Knives Again" (1986), which was directed by Ana Rios\'s '
            "former assistant director, Lia Prado.",
            ("Lia Prado", "directed", "Seven Knives Again", None),
            id="directed-by-a-possessives-job-then-the-name",
        ),
        pytest.param(
            'It led to a sequel, "Seven Knives Again" (1986), which reunited Ana Rios and Tom Ilha.',
            ("Tom Ilha", "starred_in", "Seven Knives Again", None),
            id="which-reunited-two-actors",
        ),
        pytest.param(
            'Ana Rios, who headlined her own spin-off in "Dot Goes West" (2024), directed by her '
            "longtime editor Lia Prado, is the one cast member at home.",
            ("Lia Prado", "directed", "Dot Goes West", None),
            id="a-participle-right-after-a-title-in-an-aside",
        ),
    ],
)
def test_found_in_credits(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def test_a_dated_sequel_does_not_follow_the_undated_remake() -> None:
    found = triples(
        'Apex will remake "Seven Knives" (1983) as "The Knife Job." The original was a hit. '
        'It led to a sequel, "Seven Knives Again" (1986).'
    )
    assert ("Seven Knives Again", "sequel_of", "The Knife Job", None) not in found


def test_the_director_said_is_the_director_who_returns_not_the_latest_subject() -> None:
    found = said(
        "Sequel News\n\n"
        '"Pipa and the Ice Hill" is the sequel to "Pipa." Lars Veen, who directed the original, '
        "returns to co-direct. Ana Wit, 11, voices Pipa. Wit was cast after an audition. "
        '"She made Pipa sound bored by danger," the director said.'
    )
    assert ("Lars Veen", "She made Pipa sound bored by danger") in found


def test_the_director_said_is_the_new_films_director_not_the_one_who_left() -> None:
    found = said(
        "Trailer\n\n"
        '"Iron Vale 3" has a trailer. Tom Hale, who directed both previous films, stays on as a '
        'producer. The job went instead to Rosa Quill, who made "The Bell Room." '
        '"We cut the trailer so you would have questions," the director said.'
    )
    assert ("Rosa Quill", "We cut the trailer so you would have questions") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            '"Gull Cove" (2005), directed by the French-born Ines Marot, was a hit.',
            ("Ines Marot", "directed", "Gull Cove", None),
            id="directed-by-the-french-born-x",
        ),
    ],
)
def test_found_with_a_describing_compound(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def test_whose_ballad_is_no_film_the_songwriter_directed() -> None:
    found = triples(
        'In the audience was the songwriter Eli Ben-Ami, whose ballad "Hold the Sail" closed '
        'the first film, "Gull Cove."'
    )
    assert not any(t[0] == "Eli Ben-Ami" and t[1] == "directed" for t in found)


def test_a_colon_intro_after_x_s_son_y_is_the_sons_line() -> None:
    found = said(
        "Review\n\n"
        "The documentary follows the composer Ivo Brandt. Brandt's son, Emil Brandt, a retired "
        'cellist, supplies the bleakest line: "My father loved music more than any of us."'
    )
    assert ("Emil Brandt", "My father loved music more than any of us.") in found
