"""Table tests for general patterns found in the thirteenth session's reading of set 14.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import fact_table_tests, said, triples

# a review whose outlet lost its italics: only the headline quotes the title
ITALICS_LOST_REVIEW = (
    "'The Salt Orchard' Review: A Harvest Gone Wrong\n\n"
    "The Salt Orchard opens on a barn fire. It is the third feature from writer-director "
    'Tove Marsh. Critics file Marsh under the so-called "Fjord Realism," a label she hates. '
    "Marsh has been here before. Her debut, Glass Kites (2012), starred Nia Rowe as a runaway, "
    "and her second film, The Ninth Lock (2016), gave Pim Sato his first lead. The final scene "
    "is as good as anything Marsh has shot. Marsh's next film, Low Bridge (2027), is in "
    "production."
)
# a festival line-up written without quotation marks around titles
ITALICS_LOST_LINEUP = (
    "Harbourfest Names Its Line-Up\n\n"
    "The festival opens with Copper Bells, a portrait of a foundry town. Among the premieres "
    "are Salt Roads (dir. Edda Varga), shot on a trawler; Nine Lamps, from Oskar Brandt, about "
    "a lighthouse; and Blue Hour, Ines Pardo's study of night nurses. The retrospective "
    "includes Reed Houses, which she co-directed with her husband, the editor Tom Pardo. "
    "Danish filmmaker Lene Holm, director of the Oscar-nominated The Long Ferry, heads the "
    'jury. "It is a brave year," said Harbourfest\'s head of programming, Ruth Agbaje.'
)
VOICE_CAST = (
    '"Bramble and the Frost Queen" Sets Its Voices\n\n'
    "Ada Quill returns to voice Bramble, the hedgehog she first played in 2019's hand-drawn "
    'hit "Bramble," in "Bramble and the Frost Queen," the follow-up from director Piet Laan. '
    "Omar Reyes will voice the Frost Queen, while Welsh actress Bethan Lloyd lends her voice to "
    "Granny Thorn. The voice cast also includes Mira Solberg, Tom Achebe and Lin Park. Laan, "
    "who co-directed the first film with Gus Orme, directs the sequel alone."
)
BOX_OFFICE = (
    "Weekend Box Office\n\n"
    'Apex\'s "Dust Signal" led the weekend with $30 million. Mara Finch directed. '
    'Orion\'s "Lowlands" took second. Kit Amsel plays a sheriff. '
    '"The Long Summer" opened in third, a soft start for the remake of Ugo Tassi\'s 1969 '
    'comedy "L\'estate lunga." Dee Moro directs the update, which stars Lea Pratt and '
    'Rui Sol as old rivals. Neon widened Han Yu-ri\'s Busan-set drama "Night Shift."'
)
CASTING = (
    "Casting Round-Up\n\n"
    '"Harrow Hill" is the Searchlight Pictures drama from French director Luc Ferrand. '
    'Jo Tamm has exited the thriller "Red Ochre." Ana Wirth replaces Tamm as Inspector Lía '
    "Costa, and Ben Oduya also stars as Costa's former partner. "
    '"Fenwick 2," the sequel to the 2022 hit "Fenwick," is shooting. Sara Holt returns as '
    "Wanda, the role she played in the original, and director Ravi Nair, who made the first "
    "film, is back behind the camera. "
    'Kai Brun\'s debut, "Mudflat," has its cast. Eli Vos, Una Dagg and Pia Lenz will star '
    "alongside Brun herself. "
    "Emil Stroud reads the news. Nora Blix will play the title role in \"The Lamplighter's "
    'Widow," a limited series.'
)

FOUND = [
    pytest.param(
        ITALICS_LOST_REVIEW,
        ("Tove Marsh", "directed", "Glass Kites", None),
        id="italics-lost-dated-title-with-possessive-debut",
    ),
    pytest.param(
        ITALICS_LOST_REVIEW,
        ("Tove Marsh", "directed", "The Ninth Lock", None),
        id="parallel-filmography-possessives-share-an-owner",
    ),
    pytest.param(
        ITALICS_LOST_REVIEW,
        ("Tove Marsh", "directed", "Low Bridge", None),
        id="as-good-as-anything-x-is-a-comparison-not-a-part",
    ),
    pytest.param(
        ITALICS_LOST_LINEUP,
        ("Edda Varga", "directed", "Salt Roads", None),
        id="title-dir-dot-name-in-parentheses",
    ),
    pytest.param(
        ITALICS_LOST_LINEUP,
        ("Oskar Brandt", "directed", "Nine Lamps", None),
        id="title-comma-from-full-name",
    ),
    pytest.param(
        ITALICS_LOST_LINEUP,
        ("Ines Pardo", "directed", "Blue Hour", None),
        id="title-then-possessive-study",
    ),
    pytest.param(
        ITALICS_LOST_LINEUP,
        ("Tom Pardo", "directed", "Reed Houses", None),
        id="which-she-co-directed-with-her-husband-the-editor",
    ),
    pytest.param(
        ITALICS_LOST_LINEUP,
        ("Lene Holm", "directed", "The Long Ferry", None),
        id="director-of-the-oscar-nominated-title",
    ),
    pytest.param(
        VOICE_CAST,
        ("Ada Quill", "starred_in", "Bramble and the Frost Queen", "Bramble"),
        id="returns-to-voice-a-part-in-the-new-film",
    ),
    pytest.param(
        VOICE_CAST,
        ("Omar Reyes", "starred_in", "Bramble and the Frost Queen", "Frost Queen"),
        id="will-voice-a-part",
    ),
    pytest.param(
        VOICE_CAST,
        ("Bethan Lloyd", "starred_in", "Bramble and the Frost Queen", "Granny Thorn"),
        id="lends-her-voice-to-a-part",
    ),
    pytest.param(
        VOICE_CAST,
        ("Mira Solberg", "starred_in", "Bramble and the Frost Queen", None),
        id="the-voice-cast-includes-actors-not-parts",
    ),
    pytest.param(
        BOX_OFFICE,
        ("Lea Pratt", "starred_in", "The Long Summer", None),
        id="the-update-is-the-paragraphs-remake",
    ),
    pytest.param(
        BOX_OFFICE,
        ("Dee Moro", "directed", "The Long Summer", None),
        id="x-directs-the-update",
    ),
    pytest.param(
        BOX_OFFICE,
        ("Han Yu-ri", "directed", "Night Shift", None),
        id="possessive-credit-with-a-capitalised-compound-adjective",
    ),
    pytest.param(
        CASTING,
        ("Luc Ferrand", "directed", "Harrow Hill", None),
        id="the-studio-drama-from-director-x",
    ),
    pytest.param(
        CASTING,
        ("Ana Wirth", "starred_in", "Red Ochre", "Inspector Lía Costa"),
        id="x-replaces-y-as-a-part",
    ),
    pytest.param(
        CASTING,
        ("Ben Oduya", "starred_in", "Red Ochre", None),
        id="also-stars-as-a-characters-partner",
    ),
    pytest.param(
        CASTING,
        ("Sara Holt", "starred_in", "Fenwick 2", "Wanda"),
        id="returns-as-the-role-she-played-in-the-original",
    ),
    pytest.param(
        CASTING,
        ("Ravi Nair", "directed", "Fenwick 2", None),
        id="who-made-the-first-film-is-back-behind-the-camera",
    ),
    pytest.param(
        CASTING,
        ("Una Dagg", "starred_in", "Mudflat", None),
        id="will-star-alongside",
    ),
    pytest.param(
        CASTING,
        ("Nora Blix", "starred_in", "The Lamplighter's Widow", "The Lamplighter's Widow"),
        id="x-will-play-the-title-role",
    ),
    pytest.param(
        '"Tin Roof" (2010) was Ola Berg\'s comedy. Ola Berg also directed the sequel, '
        '"Tin Roof Two" (2013).',
        ("Ola Berg", "directed", "Tin Roof Two", None),
        id="directed-the-sequel-then-its-title",
    ),
]

NOT_FOUND = [
    pytest.param(
        ITALICS_LOST_REVIEW,
        ("The Ninth Lock", "sequel_of", "Glass Kites", None),
        id="her-second-film-is-a-filmography-not-a-sequel",
    ),
    pytest.param(
        CASTING,
        ("Jo Tamm", "starred_in", "Red Ochre", "Inspector Lía Costa"),
        id="the-replaced-actor-gets-no-part",
    ),
    pytest.param(
        CASTING,
        ("Emil Stroud", "starred_in", "The Lamplighter's Widow", "The Lamplighter's Widow"),
        id="title-role-not-the-previous-sentences-subject",
    ),
    pytest.param(
        VOICE_CAST,
        ("Gus Orme", "directed", "Bramble and the Frost Queen", None),
        id="co-directed-the-first-film-is-not-the-sequel",
    ),
    pytest.param(
        '"Hollow Bay 2" opens Friday. Tom Vail, who co-directed the earlier film with Rui Maas, '
        "directs the sequel alone.",
        ("Rui Maas", "directed", "Hollow Bay 2", None),
        id="co-directed-an-unresolved-earlier-film-is-not-the-sequel",
    ),
    pytest.param(
        BOX_OFFICE,
        ("Lea Pratt", "starred_in", "L'estate lunga", None),
        id="the-update-is-not-the-film-it-remakes",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


def test_a_festival_named_fest_is_no_speaker() -> None:
    """``said Harbourfest's head of programming, Ruth Agbaje``: she speaks, not the festival."""
    speakers = {speaker for speaker, _ in said(ITALICS_LOST_LINEUP)}
    assert speakers == {"Ruth Agbaje"}


def test_a_so_called_label_is_neither_title_nor_speech() -> None:
    """``the so-called "Fjord Realism"``: no fact names it, and italics are still read."""
    facts = triples(ITALICS_LOST_REVIEW)
    assert not any("Fjord Realism" in (s, o) for s, _, o, _ in facts)
    assert not said(ITALICS_LOST_REVIEW)
    assert any(o == "Glass Kites" for _, _, o, _ in facts)


def test_dir_abbreviation_does_not_end_a_sentence() -> None:
    """``Salt Roads (dir. Edda Varga), shot on a trawler;``: one sentence, not two."""
    from kg.text import split_sentences

    sentences = split_sentences("Among them is Salt Roads (dir. Edda Varga), shot at sea.")
    assert len(sentences) == 1
