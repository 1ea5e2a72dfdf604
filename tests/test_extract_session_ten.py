"""Table tests for general patterns found in the tenth session's reading of sets 9 and 10.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests, said, triples

OPENER = '"Salt Hymn," directed by Mara Venn, opens on Friday. '

FOUND = [
    pytest.param(
        OPENER + "Tobin Ashe plays Nell's grown daughter, Wren Dorsey.",
        ("Tobin Ashe", "starred_in", "Salt Hymn", "Wren Dorsey"),
        id="plays-possessive-description-then-name",
    ),
    pytest.param(
        OPENER + "Lia Dorn, who plays Kell's partner, DC Rob Imber, is back for season two.",
        ("Lia Dorn", "starred_in", "Salt Hymn", "DC Rob Imber"),
        id="who-plays-possessive-description-then-name",
    ),
    pytest.param(
        OPENER + "Rounding out the cast are Pell Garvey as Kell's junior, Jamie Sorrel, "
        "and Ada Quill as a bereaved daughter, Nan Oyelaran.",
        ("Pell Garvey", "starred_in", "Salt Hymn", "Jamie Sorrel"),
        id="as-possessive-description-then-name-in-a-list",
    ),
    pytest.param(
        'Ada Venn was approached to direct "Cold Lantern," the sequel to "Lantern," and turned '
        "it down; the job went to the American director Pell Garvey.",
        ("Pell Garvey", "directed", "Cold Lantern", None),
        id="the-directing-job-went-to",
    ),
    pytest.param(
        'He returned in "Fen Road," which Lia Dorn wrote but did not direct; that job went to '
        "Bram Sayer.",
        ("Bram Sayer", "directed", "Fen Road", None),
        id="wrote-but-did-not-direct-that-job-went-to",
    ),
    pytest.param(
        'Then came "Grey Tide" (2013), a slow study of a seismologist played by Rena Holt.',
        ("Rena Holt", "starred_in", "Grey Tide", None),
        id="a-description-played-by",
    ),
]

NOT_FOUND = [
    pytest.param(
        'Ada Venn starred in "Cold Lantern"; the job went to her sister, Nell Venn.',
        ("Nell Venn", "directed", "Cold Lantern", None),
        id="a-job-that-was-not-directing",
    ),
    pytest.param(
        'In "Grey Tide" (2013), Ada Venn hums a song played by Tom Ashe on the radio.',
        ("Tom Ashe", "starred_in", "Grey Tide", None),
        id="a-song-played-by-is-no-part",
    ),
]

LIST_ARTICLE = (
    'Every "Lamp Hollow" Film, Ranked by Fear\n\n'
    "The franchise turns 30 this year. Here is how it fits together.\n\n"
    '"Lamp Hollow" (1990)\n'
    "Ines Cadell wrote and directed the original, and Ossian Tull plays the night nurse.\n\n"
    '"Lamp Hollow Part II" (1992)\n'
    "The first sequel picks up the night after. Tull returns as the nurse.\n\n"
    '"Lamp Hollow 3" (1995)\n'
    'Bram Sayer took over for the third film, a sequel to "Lamp Hollow Part II." Tull '
    "declined to return, and Rena Holt plays Bea's grown daughter, Tess Amory.\n"
)


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


def test_plays_possessive_description_does_not_make_the_owner_the_part() -> None:
    facts = triples(OPENER + "Tobin Ashe plays Nell's grown daughter, Wren Dorsey.")
    assert ("Tobin Ashe", "starred_in", "Salt Hymn", "Nell") not in facts


def test_a_quoted_title_alone_on_its_line_heads_its_section() -> None:
    facts = triples(LIST_ARTICLE)
    assert ("Rena Holt", "starred_in", "Lamp Hollow 3", "Tess Amory") in facts
    assert not any(f[0] == "Rena Holt" and f[2] != "Lamp Hollow 3" for f in facts)


def test_someone_elses_return_does_not_move_the_film_to_the_sequel() -> None:
    text = (
        '"Fen Road" (2019) was a hit, and its sequel, "Fen Road II," opens in May. '
        'Bram Sayer, who directed "Fen Road," is making "Cold Lantern" next. '
        "Ada Quill declined to return, and Rena Holt plays the lighthouse keeper, Tess Amory."
    )
    facts = triples(text)
    assert not any(f[0] == "Rena Holt" and f[2] == "Fen Road II" for f in facts)


def test_the_returning_actor_is_still_in_the_sequel() -> None:
    text = (
        '"Fen Road" (2019) was a hit, and its sequel, "Fen Road II," opens in May. '
        "Ada Quill returns as the lighthouse keeper, Tess Amory."
    )
    assert ("Ada Quill", "starred_in", "Fen Road II", "Tess Amory") in triples(text)


# --- quoted words put in someone's mouth by a describing verb ------------------------------

SPEECH_OPENER = '"Salt Hymn," directed by Mara Venn, opens on Friday. '

SAID = [
    pytest.param(
        'Venn called the shoot "the hardest and happiest winter of my life."',
        ("Mara Venn", "the hardest and happiest winter of my life."),
        id="called-it-fragment",
    ),
    pytest.param(
        'Tobin Ashe described the script as "very well paid homework."',
        ("Tobin Ashe", "very well paid homework."),
        id="described-as-fragment",
    ),
    pytest.param(
        'Lia Dorn dismissed the idea as "a wink"',
        ("Lia Dorn", "a wink"),
        id="two-word-fragment-after-dismissed-as",
    ),
    pytest.param(
        'Ada Quill remembers Venn as "the bravest person I have ever worked with."',
        ("Ada Quill", "the bravest person I have ever worked with."),
        id="remembers-as-fragment",
    ),
    pytest.param(
        'Bram Sayer, who calls the film "a family show for people who never talk," was not '
        "at the premiere.",
        ("Bram Sayer", "a family show for people who never talk"),
        id="who-calls-fragment",
    ),
    pytest.param(
        'Tobin Ashe plays the ferryman. The producer, Pell Garvey, insists she "never once '
        'came to the set."',
        ("Pell Garvey", "never once came to the set."),
        id="role-noun-with-its-name-in-apposition",
    ),
]


@pytest.mark.parametrize(("text", "fact"), SAID)
def test_said(text: str, fact: tuple[str, str]) -> None:
    assert fact in said(SPEECH_OPENER + text)


def test_words_someone_was_called_are_not_theirs() -> None:
    spoken = said(SPEECH_OPENER + 'Nell Orr was called "the best actor of her year" by critics.')
    assert not any(speaker == "Nell Orr" for speaker, _ in spoken)


def test_a_so_called_phrase_is_no_ones_words() -> None:
    assert not said(SPEECH_OPENER + 'Venn dislikes the so-called "method" of her actors.')


def test_a_quote_inside_another_persons_sentence_does_not_continue_the_last_speaker() -> None:
    text = (
        SPEECH_OPENER + '"We shot it in the rain," Venn said. Lia Dorn, who plays the keeper, '
        'remembers the shoot as "cold, damp and completely happy."'
    )
    spoken = said(text)
    assert ("Lia Dorn", "cold, damp and completely happy.") in spoken
    assert not any(s == "Mara Venn" and q.startswith("cold") for s, q in spoken)


def test_a_quote_opening_its_sentence_still_continues_the_last_speaker() -> None:
    text = SPEECH_OPENER + '"We shot it in the rain," Venn said. "Nobody complained."'
    assert ("Mara Venn", "Nobody complained.") in said(text)


def test_a_characters_line_in_a_review_is_not_speech_by_a_person() -> None:
    text = (
        SPEECH_OPENER + "Ada Quill plays the publican, Mrs Hale. When Mrs Hale warns the "
        'stranger that "they only sing when somebody leaves," the line lands.'
    )
    assert not said(text)


# --- who a pronoun or a crew noun is, in an article with no single subject ---------------

SET_VISIT = (
    '"Glass Harbour," which Ilse Rowan is directing, follows Ada Fenn (Mara Lisle), a '
    "singer who spies for the police. Tomas Reyk plays Piet Haas, the pianist she is sent "
    "to betray, and Oona Vail plays the club's owner. Lisle sings every number live.\n\n"
    "Reyk was not the first choice. The part went first to Bram Oyelowo, who left in "
    'January, and Reyk joined with a week\'s notice. "I learned the chords on the plane," '
    "he said between takes.\n\n"
    "Behind the camera is the cinematographer Kofi Ansah-Lund, who shoots on 35mm. "
    '"Ilse wants every frame to look found," the cinematographer explained.\n\n'
    '"If she sees the cut now, she\'ll reshoot it," the editor, Nell Quarry, said. '
    '"Directors need protecting from their footage.\n\n'
    '"Actors too, honestly," she continued.\n\n'
    "Rowan laughed when Lisle told her so."
)


def test_a_pronoun_in_a_clause_describing_a_character_tells_no_ones_gender() -> None:
    assert ("Tomas Reyk", "I learned the chords on the plane") in said(SET_VISIT)


def test_a_crew_noun_is_the_person_the_text_introduced_with_it() -> None:
    assert ("Kofi Ansah-Lund", "Ilse wants every frame to look found") in said(SET_VISIT)


def test_she_continued_goes_on_with_the_last_speaker() -> None:
    assert ("Nell Quarry", "Actors too, honestly") in said(SET_VISIT)


def test_in_an_article_without_a_subject_a_pronoun_is_the_nearest_fitting_person() -> None:
    text = (
        '"Salt Hymn," directed by Mara Venn, opens on Friday. Venn shot it in Wales. Venn '
        "cast Lia Dorn and Ada Quill. Venn and Dorn had met before. Thea Lund runs the "
        'studio, and she chose the release date. "We have a rule about Fridays," she said.'
    )
    assert ("Thea Lund", "We have a rule about Fridays") in said(text)


PANEL = (
    '"Salt Hymn" Team on the Long Road to Toronto\n\n'
    '"Salt Hymn," Ivo Lind\'s drama about two brothers, opened at Toronto on Friday. Lind, '
    "the producer Ada Moy and the moderator Bea Kell spoke after the screening.\n\n"
    "KELL: Ivo, this film took eight years. Why?\n\n"
    "LIND: Money, mostly. And me.\n\n"
    "MOY: I came on late. I read the script on a train and missed my stop.\n"
)


def test_capitalised_transcript_labels_are_the_people_of_those_surnames() -> None:
    spoken = said(PANEL)
    assert ("Bea Kell", "Ivo, this film took eight years. Why?") in spoken
    assert ("Ivo Lind", "Money, mostly. And me.") in spoken
    assert ("Ada Moy", "I came on late. I read the script on a train and missed my stop.") in (
        spoken
    )


def test_a_comparison_as_is_not_a_part() -> None:
    text = (
        "The 8 Best Performances of Orrin Vale, Ranked\n\n"
        "Few actors have moved as easily between westerns, thrillers and tiny British dramas "
        "as Orrin Vale, who turns 45 this week. His wife, Tessa Vale, is a painter.\n\n"
        '"The Clock Room" (2014)\n\n'
        'Vale plays a widowed clockmaker. "I did not have to act much," he told GQ.'
    )
    assert ("Orrin Vale", "I did not have to act much") in said(text)
    assert ("Orrin Vale", "starred_in", "The Clock Room", None) in triples(text)


def test_directors_such_as_a_name_are_people_not_parts() -> None:
    text = (
        'Directors such as Pell Garvey have praised "Salt Hymn." Garvey directed "Cold '
        'Lantern" in 2019.'
    )
    assert ("Pell Garvey", "directed", "Cold Lantern", None) in triples(text)
