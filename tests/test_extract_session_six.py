"""Table tests for patterns found while reading held-out set 7 (sixth session).

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import said, triples, triples_with_year

Fact = tuple[str, str, str, str | None]

REVIEW_LEAD = (
    '"Moth Lantern: Ashfall" is the third chapter of the "Moth Lantern" series, and the '
    'best. "Moth Lantern: Ashfall" opens on Friday.\n\n'
)


def test_a_dated_earlier_film_does_not_take_the_focus_from_the_reviewed_film() -> None:
    text = REVIEW_LEAD + (
        "Rhea Dunmore returns as Ada Vell, the pilot she first played in 2015's "
        '"Moth Lantern" and again in its 2018 follow-up, "Moth Lantern: Cinders." '
        "This time Ada is chasing the smuggler Otto Brisk, played with quiet menace by "
        "Kasimir Lenz."
    )
    found = triples(text)
    assert ("Kasimir Lenz", "starred_in", "Moth Lantern: Ashfall", "Otto Brisk") in found
    assert not any(t[0] == "Kasimir Lenz" and t[2] == "Moth Lantern: Cinders" for t in found)


def test_is_back_as_means_the_reviewed_sequel_not_the_last_dated_one() -> None:
    text = REVIEW_LEAD + (
        'Rhea Dunmore first played Ada Vell in 2015\'s "Moth Lantern" and again in its '
        '2018 follow-up, "Moth Lantern: Cinders." Tobin Reyes is back as the mechanic Jory.'
    )
    assert ("Tobin Reyes", "starred_in", "Moth Lantern: Ashfall", "Jory") in triples(text)


def test_a_dated_sequel_of_the_articles_own_film_still_takes_the_focus() -> None:
    # a retrospective on an original: the later, dated sequel is not "older work"
    text = (
        '"Tin Crown" made stars of its cast. Ivo Hart wrote and directed "Tin Crown," and '
        '"Tin Crown" still plays at midnight shows.\n\n'
        'The 2009 sequel, "Tin Crown: Rust," came four years later. '
        "Mira Sol and Dag Rune both returned."
    )
    found = triples(text)
    assert ("Mira Sol", "starred_in", "Tin Crown: Rust", None) in found
    assert ("Mira Sol", "starred_in", "Tin Crown", None) not in found


def test_a_knowing_nod_to_a_film_named_with_its_director_is_an_influence() -> None:
    text = REVIEW_LEAD + (
        'The final chase is a knowing nod to Vera Kalm\'s 1971 thriller "The Glass Ladder." '
        "A newcomer, Juno Pike as a hacker named Wren, has little to do."
    )
    found = triples(text)
    assert ("Juno Pike", "starred_in", "Moth Lantern: Ashfall", "Wren") in found
    assert not any(t[2] == "The Glass Ladder" and t[1] == "starred_in" for t in found)


def test_a_definite_film_inside_a_who_clause_does_not_move_the_focus() -> None:
    text = REVIEW_LEAD + (
        'Rhea Dunmore first played Ada Vell in 2015\'s "Moth Lantern." '
        "Lio Brandt, who shot the first film but not the second, returns as cinematographer. "
        "A newcomer, Juno Pike as a hacker named Wren, has little to do."
    )
    assert ("Juno Pike", "starred_in", "Moth Lantern: Ashfall", "Wren") in triples(text)


def test_a_subtitle_used_alone_names_the_film_it_subtitles() -> None:
    text = REVIEW_LEAD + (
        '"Ashfall" behaves as though the earlier films never happened. '
        '"Ashfall" was directed by Noor Vale.'
    )
    found = triples(text)
    assert ("Noor Vale", "directed", "Moth Lantern: Ashfall", None) in found
    assert ("Noor Vale", "directed", "Ashfall", None) not in found


def test_a_subtitle_shared_by_two_films_stays_its_own_title() -> None:
    text = (
        '"Moth Lantern: Ashfall" and "Tin Crown: Ashfall" both open this month. '
        '"Ashfall" was directed by Noor Vale.'
    )
    assert ("Noor Vale", "directed", "Ashfall", None) in triples(text)


ADAPTATION = (
    '"Harrow Lane" became a sleeper hit in 2004. Now ABC has ordered "Harrow," a series '
    "adaptation of the 2004 film, with Tess Imbert and Rafe Okoro serving as co-showrunners, "
    'who previously ran the drama "Gull Point" together.\n\n'
)


def test_a_film_in_a_who_previously_clause_is_past_work_not_the_focus() -> None:
    text = ADAPTATION + "Newcomer Lia Brenn has been cast as the adult Maisie."
    found = triples(text)
    assert ("Lia Brenn", "starred_in", "Harrow", "Maisie") in found
    assert not any(t[2] == "Gull Point" for t in found)


def test_the_original_film_is_the_one_named_first_and_only_for_its_paragraph() -> None:
    text = ADAPTATION + (
        "The original film starred Pia Lund as the young Maisie. "
        "Kit Ames played her father, Hal.\n\n"
        "Newcomer Lia Brenn has been cast as Maisie's daughter, Nell."
    )
    found = triples(text)
    assert ("Kit Ames", "starred_in", "Harrow Lane", "Hal") in found
    assert ("Lia Brenn", "starred_in", "Harrow", "Nell") in found


FOUND = [
    pytest.param(
        'Mira Sol has boarded "Tin Crown," the English-language debut of Ivo Hart.',
        ("Mira Sol", "starred_in", "Tin Crown", None),
        id="has-boarded-a-film",
    ),
    pytest.param(
        '"Tin Crown" stars Pia Lund. Dag Rune and Lia Brenn round out the principal cast, '
        "playing a nurse and a pilot, respectively.",
        ("Lia Brenn", "starred_in", "Tin Crown", None),
        id="round-out-the-principal-cast",
    ),
    pytest.param(
        'Mira Sol, 34, broke out as a doomed boxer in "Glass Road" (2020).',
        ("Mira Sol", "starred_in", "Glass Road", None),
        id="broke-out-as-a-description-in",
    ),
    pytest.param(
        'Mira Sol went on to star opposite Kit Ames in the BBC period drama "Gull Point."',
        ("Kit Ames", "starred_in", "Gull Point", None),
        id="star-opposite-x-in-the-described-film",
    ),
    pytest.param(
        'Mira Sol went on to star opposite Kit Ames in the BBC period drama "Gull Point."',
        ("Mira Sol", "starred_in", "Gull Point", None),
        id="to-star-opposite-in-the-described-film",
    ),
    pytest.param(
        "Kit Ames is an actor. The actor, best known for playing the con man Rufus Vell in "
        'Ivo Hart\'s "Tin Crown," could rejoin.',
        ("Kit Ames", "starred_in", "Tin Crown", "Rufus Vell"),
        id="best-known-for-playing-c-in-f",
    ),
    pytest.param(
        'Mira Sol also has a supporting turn in Ivo Hart\'s upcoming "Pale Kings."',
        ("Mira Sol", "starred_in", "Pale Kings", None),
        id="also-has-a-turn-in-someones-upcoming-film",
    ),
    pytest.param(
        'Mira Sol won best actress at Cannes for "Gull Point."',
        ("Mira Sol", "starred_in", "Gull Point", None),
        id="won-best-actress-for",
    ),
    pytest.param(
        'Mira Sol made her screen debut in "Gull Point."',
        ("Mira Sol", "starred_in", "Gull Point", None),
        id="made-her-screen-debut-in",
    ),
    pytest.param(
        'Mira Sol starred in "Gull Point," "Tin Crown" and "Pale Kings."',
        ("Mira Sol", "starred_in", "Pale Kings", None),
        id="starred-in-a-list-of-films",
    ),
    pytest.param(
        '"Tin Crown" starred Mira Sol as 14-year-old Junie.',
        ("Mira Sol", "starred_in", "Tin Crown", "Junie"),
        id="as-an-aged-character",
    ),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_phrasings_found(text: str, fact: Fact) -> None:
    assert fact in triples(text)


NOT_FOUND = [
    pytest.param(
        'Ivo Hart has boarded "Gull Point" to direct.',
        ("Ivo Hart", "starred_in", "Gull Point", None),
        id="boarded-to-direct-is-not-casting",
    ),
    pytest.param(
        'Ivo Hart has joined "Gull Point" as executive producer.',
        ("Ivo Hart", "starred_in", "Gull Point", None),
        id="joined-as-producer-is-not-casting",
    ),
    pytest.param(
        'Ivo Hart made his feature debut with "Gull Point."',
        ("Ivo Hart", "starred_in", "Gull Point", None),
        id="a-feature-debut-with-is-not-acting",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_FOUND)
def test_no_wrong_fact(text: str, wrong: Fact) -> None:
    assert wrong not in triples(text)


DEAL = (
    'Studio Lands Ivo Hart\'s "Gull Point Line"\n\n'
    'Focus Features has won the bidding for "Gull Point Line," Dutch filmmaker Ivo Hart\'s '
    'English-language follow-up to his 2020 ferry thriller "Gull Point." "Gull Point" '
    "was a hit.\n\n"
)


def test_a_possessive_follow_up_is_a_sequel_directed_by_the_possessor() -> None:
    found = triples(DEAL)
    assert ("Gull Point Line", "sequel_of", "Gull Point", None) in found
    assert ("Ivo Hart", "directed", "Gull Point Line", None) in found
    assert ("Ivo Hart", "directed", "Gull Point", None) in found


def test_an_actors_follow_up_is_no_direction() -> None:
    text = (
        'Mira Sol is an actress. "Pale Kings," Mira Sol\'s follow-up to her 2020 hit '
        '"Gull Point," opens Friday.'
    )
    assert not any(t[1] == "directed" for t in triples(text))


def test_returns_as_c_she_played_in_f_is_both_films() -> None:
    text = DEAL + (
        'Pia Lund returns as Ida Holm, the ferry captain she played in "Gull Point," now '
        "working the night crossing."
    )
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Gull Point", "Ida Holm") in found
    assert ("Pia Lund", "starred_in", "Gull Point Line", "Ida Holm") in found


def test_returns_as_c_first_played_and_again_in_its_follow_up() -> None:
    text = REVIEW_LEAD + (
        "Rhea Dunmore returns as Ada Vell, the pilot she first played in 2015's "
        '"Moth Lantern" and again in its 2018 follow-up, "Moth Lantern: Cinders."'
    )
    found = triples(text)
    for film in ("Moth Lantern", "Moth Lantern: Cinders", "Moth Lantern: Ashfall"):
        assert ("Rhea Dunmore", "starred_in", film, "Ada Vell") in found


def test_the_headline_film_is_the_articles_film_and_a_dated_aside_does_not_move_it() -> None:
    # "Gull Point" is named more often, but the headline says the article is about the sequel
    text = DEAL + (
        'Pia Lund returns as Ida Holm, the ferry captain she played in "Gull Point." '
        "Kit Ames co-stars as a smuggler named Teo Brand."
    )
    assert ("Kit Ames", "starred_in", "Gull Point Line", "Teo Brand") in triples(text)


def test_a_dated_film_that_opens_its_sentence_takes_the_focus() -> None:
    text = DEAL + (
        'Pia Lund returns as Ida Holm. "Gull Point" was a slow-burn success in 2020. '
        "Its cast also included Kit Ames as a sinister porter."
    )
    found = triples(text)
    assert ("Kit Ames", "starred_in", "Gull Point", None) in found
    assert not any(t[0] == "Kit Ames" and t[2] == "Gull Point Line" for t in found)


OBITUARY = (
    "Oren Voss, the Danish-born director of spare thrillers, died on Sunday. He was 88.\n\n"
    "He made his first feature, Salt Harbour (1969), with Kit Ames as a smuggler. Its sequel, "
    "The Harbour in Winter (1975), which he also directed, reunited the cast. "
    "His best-known film, Lowfall, followed in 1980. Pia Lund starred as Greta Holm, a night "
    "nurse. In 1988 he was hired to direct the studio thriller Dead Water, but he was "
    "replaced. In 2006 Lowfall was remade by Ivo Hart."
)


def test_titles_that_lost_their_italics_are_found_by_a_year_or_a_film_noun() -> None:
    found = triples(OBITUARY)
    assert ("Kit Ames", "starred_in", "Salt Harbour", None) in found
    assert ("Oren Voss", "directed", "The Harbour in Winter", None) in found
    assert ("The Harbour in Winter", "sequel_of", "Salt Harbour", None) in found
    assert ("Pia Lund", "starred_in", "Lowfall", "Greta Holm") in found


def test_an_unquoted_title_with_a_leading_article_keeps_it() -> None:
    text = (
        "Oren Voss, the director, died on Sunday.\n\n"
        "Acclaim came with The Orchard Men (1974), in which Kit Ames played a widow."
    )
    assert ("Kit Ames", "starred_in", "The Orchard Men", None) in triples(text)


def test_italic_titles_are_not_looked_for_where_titles_are_quoted() -> None:
    # a quoting outlet marks its titles; a capitalised run after a film noun is something else
    text = (
        '"Salt Harbour" is a drama. The production, Voss Films, hired Kit Ames as the lead '
        'in "Salt Harbour."'
    )
    assert not any(t[2] == "Voss Films" for t in triples(text))


def test_a_persons_name_after_a_film_noun_is_no_title() -> None:
    text = "Oren Voss is a director.\n\nHe finished the film, Voss said, in a week."
    assert not any(t[2] == "Voss" for t in triples(text))


def test_a_single_quoted_title_may_hold_an_apostrophe() -> None:
    text = (
        "Danish director Vera Lind's 'The Ferrier's Daughter', which premiered on Friday, "
        "is a cold period drama. Kit Ames plays the surveyor Emil Brandt."
    )
    found = triples(text)
    assert ("Vera Lind", "directed", "The Ferrier's Daughter", None) in found
    assert ("Kit Ames", "starred_in", "The Ferrier's Daughter", "Emil Brandt") in found


def test_a_film_named_as_an_influence_is_not_the_cast_lists_film() -> None:
    text = (
        "Ivo Hart unveiled his debut 'Ash Season', a coming-of-age drama inspired by the "
        "1976 classic 'Bolade's Wedding', with newcomer Pia Lund as Bisi."
    )
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Ash Season", "Bisi") in found
    assert not any(t[2] == "Bolade's Wedding" for t in found)


def test_her_breakthrough_came_as_c_in_f_a_role_she_reprised_in_the_sequel() -> None:
    text = (
        "Pia Lund is an actress. Nobody said that for long. Her breakthrough came as the "
        "grieving sister Clara in Ivo Hart's 'Salt Orchard' (2012), a role she reprised three "
        "years later in the sequel, 'Return to Salt Orchard', which was helmed by Kit Ames."
    )
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Salt Orchard", "Clara") in found
    assert ("Pia Lund", "starred_in", "Return to Salt Orchard", "Clara") in found
    assert not any(t[0] == "Nobody" for t in found)


def test_a_part_that_eventually_went_to_x() -> None:
    text = (
        "Pia Lund turned down the role of the sorceress Vela in the blockbuster 'Stormgate', "
        "a part that eventually went to Mira Sol."
    )
    found = triples(text)
    assert ("Mira Sol", "starred_in", "Stormgate", None) in found
    assert ("Pia Lund", "starred_in", "Stormgate", None) not in found


def test_a_sentence_case_foreign_title_with_a_year_is_a_title() -> None:
    text = "Ivo Hart directed 'La noche larga' (2005) in Seville."
    assert ("Ivo Hart", "directed", "La noche larga", None) in triples(text)


def test_a_pronoun_subject_before_a_possessive_name_is_still_the_subject() -> None:
    text = 'Mira Sol played the cashier Dot. She starred in Ivo Hart\'s "Tender Wolves" (2016).'
    assert ("Mira Sol", "starred_in", "Tender Wolves", None) in triples(text)


RETROSPECTIVE = (
    '"Mall Prophets" opened in 1998 and vanished; now it has a cult.\n\n'
    'Dag Rune created the coastal noir "Saltfen" and has run it with Kit Ames for three '
    "seasons.\n\n"
)


def test_a_title_run_for_seasons_is_a_series_and_not_the_film_in_focus() -> None:
    text = RETROSPECTIVE + "Mira Sol, who played the deadpan cashier Dot, never stopped acting."
    found = triples(text)
    assert ("Mira Sol", "starred_in", "Mall Prophets", "Dot") in found
    assert not any(t[2] == "Saltfen" and t[1] == "starred_in" for t in found)


def test_playing_a_part_on_a_title_makes_it_a_show() -> None:
    text = (
        RETROSPECTIVE + 'Mira Sol plays the harbor master\'s widow on "Gull Point," where she '
        "has also directed two episodes. Pia Lund, who played the cashier Dot, is back."
    )
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Mall Prophets", "Dot") in found


def test_a_cast_retrospectives_heading_names_actor_and_character() -> None:
    text = (
        '"Mall Prophets" turns 25 this year. Here is where its stars ended up.\n\n'
        "Dag Rune (Moose)\n\n"
        "Rune left the business in 2004 and now builds boats in Maine.\n\n"
        "Pia Lund (Dot)\n\n"
        'Lund starred in Ivo Hart\'s "Tender Wolves" (2016).'
    )
    found = triples(text)
    assert ("Dag Rune", "starred_in", "Mall Prophets", "Moose") in found
    assert ("Pia Lund", "starred_in", "Mall Prophets", "Dot") in found


def test_a_name_with_a_parenthetical_inside_a_sentence_is_no_heading() -> None:
    text = '"Mall Prophets" opened in 1998. The party was thrown by Dag Rune (Moose) in Maine.'
    assert not any(t[0] == "Dag Rune" for t in triples(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            "Ivo Hart does not like explaining his films. The Dutch director, whose third "
            'feature "Salt Static" opens on Friday, sat down with us.',
            ("Ivo Hart", "directed", "Salt Static", None),
            id="the-director-whose-third-feature-f",
        ),
        pytest.param(
            "Kit Ames, the British actor best known for Vera Lind's horror film "
            '"Harrowfield" (2022), was not the first choice.',
            ("Kit Ames", "starred_in", "Harrowfield", None),
            id="actor-best-known-for-someones-film",
        ),
        pytest.param(
            'Pia Lund, who also appeared in "The Eider Year," watched from a van.',
            ("Pia Lund", "starred_in", "The Eider Year", None),
            id="x-who-also-appeared-in-f",
        ),
    ],
)
def test_interview_phrasings(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def test_a_name_inside_a_nested_quote_does_not_rule_out_the_speaker() -> None:
    text = (
        "Ivo Hart is a director. He wrote the part for Dag Rune, who said no.\n\n"
        "\"Dag told me, 'Ivo, I love you, but I am seventy-one,'\" the director recalled."
    )
    assert ("Ivo Hart", "Dag told me, 'Ivo, I love you, but I am seventy-one,'") in said(text)


REMAKE_NEWS = (
    '"Blood Oak" Gets a Remake\n\n'
    'The new "Blood Oak" will be directed by Ivo Hart, who made "Salt Hymn." '
)


def test_who_led_f_is_an_aside_and_the_remake_is_the_articles_film() -> None:
    text = REMAKE_NEWS + 'Pia Lund, who led "Cold Hymn," will play Lena in the remake.'
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Blood Oak", "Lena") in found
    assert ("Pia Lund", "starred_in", "Cold Hymn", None) in found
    assert ("Pia Lund", "starred_in", "Cold Hymn", "Lena") not in found


def test_the_remake_is_the_film_shown_to_be_one() -> None:
    text = (
        '"Marsh Light," the 1981 drama, is untouchable. This month Ivo Hart releases '
        '"Salt Marsh," a remake of "Marsh Light." Hart once cut trailers for "Cold Hymn." '
        "Pia Lund plays Leela in the remake."
    )
    assert ("Pia Lund", "starred_in", "Salt Marsh", "Leela") in triples(text)


def test_a_year_in_a_longer_apposition_dates_the_title() -> None:
    text = '"Marsh Light," the 1981 Malayalam drama directed by Ivo Hart, is untouchable.'
    assert ("Ivo Hart", "directed", "Marsh Light", 1981) in triples_with_year(text)


def test_x_helmed_it_is_the_film_named_before_it() -> None:
    text = (
        'After the success of "Gull Point," they made a sequel, "Gull Point 2," in 2022 '
        "without her; Ivo Hart helmed it, and Pia Lund declined to return."
    )
    found = triples(text)
    assert ("Ivo Hart", "directed", "Gull Point 2", None) in found
    assert ("Gull Point 2", "sequel_of", "Gull Point", None) in found


def test_made_it_to_a_place_is_no_direction() -> None:
    text = 'Ivo Hart loved "Gull Point." He made it to Cannes in 2019.'
    assert not any(t[1] == "directed" for t in triples(text))


def test_the_filmmaker_behind_the_breakout_f() -> None:
    text = (
        'The new "Blood Oak" will be directed by Ivo Hart, the Chilean filmmaker behind '
        'the 2023 folk-horror breakout "Salt Hymn," from a screenplay by Kit Ames.'
    )
    assert ("Ivo Hart", "directed", "Salt Hymn", None) in triples(text)


def test_a_sentence_case_title_after_a_film_noun_is_a_title_everywhere() -> None:
    text = (
        'Ivo Hart co-wrote her 2019 breakout "Eaux troubles." After the success of "Eaux '
        'troubles," they made a sequel, "Eaux troubles 2," in 2022.'
    )
    assert ("Eaux troubles 2", "sequel_of", "Eaux troubles", None) in triples(text)


def test_a_she_said_after_someone_else_spoke_is_that_person() -> None:
    # the article's subject is Vera Lind, but the producer just spoke, and goes on speaking
    text = (
        'Vera Lind has boarded "Salt Kings." "She is perfect," Lind said of her star.\n\n'
        'The film is produced by Pia Ames. Ames called the script "the best in years," adding '
        "that the money came fast.\n\n"
        '"We always knew this was a small film," she said.'
    )
    assert ("Pia Ames", "We always knew this was a small film") in said(text)


def test_who_helmed_the_first_two_films_and_handing_the_reins_to() -> None:
    text = REVIEW_LEAD + (
        'Rhea Dunmore first played Ada Vell in 2015\'s "Moth Lantern" and again in its 2018 '
        'follow-up, "Moth Lantern: Cinders." Noor Vale, who helmed the first two films, stays '
        "on only as a producer, handing the reins to Kit Ames."
    )
    found = triples(text)
    assert ("Noor Vale", "directed", "Moth Lantern", None) in found
    assert ("Noor Vale", "directed", "Moth Lantern: Cinders", None) in found
    assert ("Noor Vale", "directed", "Moth Lantern: Ashfall", None) not in found
    assert ("Kit Ames", "directed", "Moth Lantern: Ashfall", None) in found


def test_directed_both_films_means_the_two_just_named() -> None:
    text = (
        '"Deep Water: Part Two," the follow-up to the 2021 hit "Deep Water," slipped to '
        "fourth. Kemal Ay directed both films."
    )
    found = triples(text)
    assert ("Kemal Ay", "directed", "Deep Water", None) in found
    assert ("Kemal Ay", "directed", "Deep Water: Part Two", None) in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            'Mira Sol is famous for "Frost Road" (2018) and its sequel, "Frost Road: Part II" '
            "(2021), both directed by Pawel Zinn and released by Netflix.",
            ("Pawel Zinn", "directed", "Frost Road", None),
            id="f-and-its-sequel-both-directed-by",
        ),
        pytest.param(
            'Mira Sol is famous for "Frost Road" (2018) and its sequel, "Frost Road: Part II" '
            "(2021), both directed by Pawel Zinn and released by Netflix.",
            ("Pawel Zinn", "directed", "Frost Road: Part II", None),
            id="f-and-its-sequel-both-directed-by-second",
        ),
        pytest.param(
            'Vera Lind is a director. Her first feature, "The Herring Wives" (2011), was '
            "co-directed with the Brazilian documentarian Mateus Fig.",
            ("Mateus Fig", "directed", "The Herring Wives", None),
            id="her-first-feature-was-co-directed-with",
        ),
        pytest.param(
            'Dag Rune reprised the part in "Black Hymn II" (2020), a sequel that Vera Lind '
            "declined to direct; it was helmed instead by Bragi Ein.",
            ("Bragi Ein", "directed", "Black Hymn II", None),
            id="it-was-helmed-instead-by",
        ),
        pytest.param(
            'Neon has acquired "The Quiet Sum," Anja Rao\'s Toronto International Film '
            "Festival breakout.",
            ("Anja Rao", "directed", "The Quiet Sum", None),
            id="f-x-s-festival-breakout",
        ),
    ],
)
def test_direction_phrasings(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def test_a_title_in_brackets_after_a_name_is_that_persons_credit() -> None:
    text = (
        '"Ninth Floor" is a new film. Mira Reyes ("Tidewater") will produce it. '
        "Pia Lund co-stars as the detective, Tove."
    )
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Ninth Floor", "Tove") in found
    assert not any(t[2] == "Tidewater" for t in found)


def test_a_headline_film_is_the_articles_film_when_the_lead_names_none() -> None:
    text = (
        'Vera Lind Swore Off Volcano Movies. Then She Made "Ash Field."\n\n'
        "Vera Lind is sitting in a hotel bar, explaining why she never wanted to make it.\n\n"
        '"Ash Field," which Lind directed, follows a geologist. Ivo Hart has since gone home, '
        'where he made "Capim Verde" in 2015.\n\n'
        "Pia Lund leads the cast as Ragna, the stubborn geologist."
    )
    found = triples(text)
    assert ("Pia Lund", "starred_in", "Ash Field", "Ragna") in found
    assert not any(t[0] == "Pia Lund" and t[2] == "Capim Verde" for t in found)


def test_it_was_helmed_by_after_a_semicolon_is_the_film_before_it() -> None:
    text = (
        '"Ash Field" opens on Friday.\n\n'
        'Dag Rune reprised the part in "Black Hymn II" (2020), a sequel that Lind declined '
        "to direct; it was helmed instead by Bragi Ein."
    )
    found = triples(text)
    assert ("Bragi Ein", "directed", "Black Hymn II", None) in found
    assert ("Bragi Ein", "directed", "Ash Field", None) not in found


def test_a_numbered_title_named_only_in_a_rumour_is_no_sequel_yet() -> None:
    text = (
        '"Wolf Pit" (2019) was a hit, and "Wolf Pit II" followed in 2022. Ada Dlam, who was '
        'in talks for the lead in "Wolf Pit III" before this offer came in, said yes.'
    )
    found = triples(text)
    assert ("Wolf Pit II", "sequel_of", "Wolf Pit", None) in found
    assert not any(t[0] == "Wolf Pit III" for t in found)


def test_a_rank_before_a_name_makes_a_character_not_a_person() -> None:
    text = (
        "Lars Vink has died at 80.\n\nVink was born in Utrecht. To Dutch audiences he was "
        "above all Inspecteur Bram Kool, the rumpled detective of the police series "
        '"Bureau Zuid," which he led from 1991 to 2003. Late in his career he voiced the Owl '
        'King in the animated fable "The Lantern Wood" (2009).'
    )
    found = triples(text)
    assert ("Lars Vink", "starred_in", "The Lantern Wood", "Owl King") in found
    assert not any(t[0] == "Inspecteur Bram Kool" for t in found)


def _headline_triples(headline: str, body: str) -> set[tuple[str, str, str, str | None]]:
    return triples(f"{headline}\n\n{body}")


def test_a_headline_names_a_director_of_two_films() -> None:
    found = _headline_triples(
        "Oren Voss, Director of Lowfall and The Orchard Men, Dies at 86",
        "Oren Voss died on Sunday. His films include Lowfall (1979) and The Orchard Men (1974).",
    )
    assert ("Oren Voss", "directed", "Lowfall", None) in found
    assert ("Oren Voss", "directed", "The Orchard Men", None) in found


def test_a_headline_star_of_a_single_quoted_title() -> None:
    found = _headline_triples(
        "Pia Lund, Star of 'The Long Field' and Scene-Stealer, Dies at 84",
        'Pia Lund, the husky-voiced actress whose widow in "The Long Field" made her a star, '
        "has died.",
    )
    assert ("Pia Lund", "starred_in", "The Long Field", None) in found


def test_a_headline_film_then_director_then_name() -> None:
    found = _headline_triples(
        '"Salt Hymn" Director Ivo Hart on Grief and Radio',
        'Ivo Hart is a director. "Salt Hymn" opens on Friday.',
    )
    assert ("Ivo Hart", "directed", "Salt Hymn", None) in found


def test_a_headline_plan_or_an_unknown_name_gives_nothing() -> None:
    found = _headline_triples(
        'Ivo Hart to Direct "Salt Hymn"; Dag Rune, Star of "Cold Road," Circles Lead',
        '"Salt Hymn" is in development. Ivo Hart is a director.',
    )
    assert ("Ivo Hart", "directed", "Salt Hymn", None) not in found
    assert not any(t[0] == "Dag Rune" for t in found)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        pytest.param(
            'The siblings\' previous film, "Paper Boats" (2021), screened in Busan; Ila Varma '
            "starred in that one too.",
            ("Ila Varma", "starred_in", "Paper Boats", None),
            id="starred-in-that-one-too",
        ),
        pytest.param(
            'In 2004 "Lowfall" was remade under the same title by Ivo Hart, with Jess Cald in '
            "the nurse's role.",
            ("Jess Cald", "starred_in", "Lowfall", None),
            id="with-x-in-the-nurses-role",
        ),
    ],
)
def test_pronoun_and_role_phrasings(text: str, fact: Fact) -> None:
    assert fact in triples(text)


def test_stars_as_a_description_with_a_place_name_later_in_it() -> None:
    text = (
        'Further down the programme, Chiara Benn\'s "Lupa" divided critics. Giulia Sart stars '
        "as a shepherd's daughter who becomes a wolf-hunter in the Abruzzo mountains."
    )
    assert ("Giulia Sart", "starred_in", "Lupa", None) in triples(text)


def test_stars_as_a_named_character_is_left_to_the_character_rules() -> None:
    text = '"Lupa" opens Friday. Giulia Sart stars as a shepherd named Vela.'
    assert ("Giulia Sart", "starred_in", "Lupa", "Vela") in triples(text)


def test_who_also_led_the_dated_follow_up() -> None:
    text = (
        '"Dog Rose" was a hit. Tali Bright, who also led the 2010 follow-up "Dog Rose Winter," '
        "which Carla Moss directed, will not appear in the series."
    )
    assert ("Tali Bright", "starred_in", "Dog Rose Winter", None) in triples(text)
