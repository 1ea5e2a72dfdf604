"""Table tests for the traps issue 3 lists: sentences from which specific facts must NOT come.

Each case is one or two short invented sentences in the register of film news (people, titles and
companies are made up; none comes from the shared corpus) and the wrong facts a careless reader
would take from them. A forbidden fact written as (subject, predicate, object) matches any
character; one written with a fourth element matches that character only.
"""

import pytest
from extract_helpers import said, triples, triples_with_year


def _wrong(found: set[tuple], forbidden: set[tuple]) -> set[tuple]:
    return {
        bad
        for bad in forbidden
        if (bad in found if len(bad) == 4 else bad in {t[:3] for t in found})
    }


D, S, Q = "directed", "starred_in", "sequel_of"


def both_ways(a: str, b: str, predicate: str = Q) -> set[tuple[str, str, str]]:
    return {(a, predicate, b), (b, predicate, a)}


def in_film(people: list[str], film: str) -> set[tuple[str, str, str]]:
    """Neither starred in nor directed ``film``."""
    return {(p, pred, film) for p in people for pred in (S, D)}


TRAPS = [
    # ---- negations
    pytest.param(
        'Despite months of auditions, Hannah Vosk was not cast in "Bitter Fields."',
        {("Hannah Vosk", S, "Bitter Fields")},
        id="not-cast-1",
    ),
    pytest.param(
        'Idris Kamara auditioned for the role of Cole in "Bitter Fields" but was never cast.',
        {("Idris Kamara", S, "Bitter Fields")},
        id="not-cast-2",
    ),
    pytest.param(
        "“Capitol Rain” went into production without Oren Falk, who was not cast after all.",
        {("Oren Falk", S, "Capitol Rain")},
        id="not-cast-3",
    ),
    pytest.param(
        'Laurel Quinn turned down the lead in "Blue Ridge Hymn" to star in a Broadway revival.',
        {("Laurel Quinn", S, "Blue Ridge Hymn")},
        id="turned-down-1",
    ),
    pytest.param(
        "Gideon Marsh famously turned down the chance to direct “Iron Bay.”",
        {("Gideon Marsh", D, "Iron Bay")},
        id="turned-down-2",
    ),
    pytest.param(
        'Offered the role of Agent Lyra Voss in "Redline Protocol," Nina Okafor turned it down.',
        {("Nina Okafor", S, "Redline Protocol")},
        id="turned-down-3",
    ),
    pytest.param(
        'Tobias Renner passed on directing "Sandfall: Part Two."',
        {("Tobias Renner", D, "Sandfall: Part Two")},
        id="passed-on-1",
    ),
    pytest.param(
        'Sasha Kim passed on "The Long Goodbye Club," and the part went to Beatrix Lowe.',
        {("Sasha Kim", S, "The Long Goodbye Club")},
        id="passed-on-2",
    ),
    pytest.param(
        "Several stars passed on the role of Senator Whitcombe in “Capitol Rain,” including Declan Frey.",
        {("Declan Frey", S, "Capitol Rain")},
        id="passed-on-3",
    ),
    pytest.param(
        'Marta Solano did not return for "Night Shift 2."',
        {("Marta Solano", S, "Night Shift 2")},
        id="did-not-return-1",
    ),
    pytest.param(
        "Unlike his co-stars, Owen Tallis didn’t return as Sergeant Pike in “Tin Soldiers II.”",
        {("Owen Tallis", S, "Tin Soldiers II")},
        id="did-not-return-2",
    ),
    pytest.param(
        'Ilse Marrow, who directed "The Salt Choir," did not return to direct the sequel, "The Salt Choir II."',
        {("Ilse Marrow", D, "The Salt Choir II")},
        id="did-not-return-3",
    ),
    pytest.param(
        'Cyrus Bell dropped out of "Augustin" weeks before filming.',
        {("Cyrus Bell", S, "Augustin")},
        id="dropped-out-1",
    ),
    pytest.param(
        'Hedda Strand declined to direct "The Lantern Keepers II."',
        {("Hedda Strand", D, "The Lantern Keepers II")},
        id="declined-1",
    ),
    pytest.param(
        'Jasper Quaid was replaced by Felix Moreau as Lord Ashcombe in "A Season in Bath."',
        {("Jasper Quaid", S, "A Season in Bath")},
        id="replaced-1",
    ),
    # ---- hypotheticals and rumours
    pytest.param(
        'Agnes Thorpe is in talks to star in "The Tidemark Chronicles."',
        {("Agnes Thorpe", S, "The Tidemark Chronicles")},
        id="in-talks-1",
    ),
    pytest.param(
        "Deadline reports that Wendell Osei is in early talks to direct “Blue Hour Motel 2.”",
        {("Wendell Osei", D, "Blue Hour Motel 2")},
        id="in-talks-2",
    ),
    pytest.param(
        'Halvern is in negotiations with Priya Raman to lead "Under the Linden."',
        {("Priya Raman", S, "Under the Linden")},
        id="in-talks-3",
    ),
    pytest.param(
        'Ana Kovač would direct "Harvest Moon Road" only if the studio agreed to shoot on film.',
        {("Ana Kovač", D, "Harvest Moon Road")},
        id="would-1",
    ),
    pytest.param(
        'Had the strike not happened, Yara Haddad would have starred in "Starveil."',
        {("Yara Haddad", S, "Starveil")},
        id="would-2",
    ),
    pytest.param(
        "Producers hoped Idris Kamara would play the boxer in “Sandcastle Kings.”",
        {("Idris Kamara", S, "Sandcastle Kings")},
        id="would-3",
    ),
    pytest.param(
        'Lucía Ferrán has reportedly been offered the lead in "The Endgame 2."',
        {("Lucía Ferrán", S, "The Endgame 2")},
        id="reportedly-1",
    ),
    pytest.param(
        "Jonah Abbot is reportedly set to direct “Paper Kites 2.”",
        {("Jonah Abbot", D, "Paper Kites 2")},
        id="reportedly-2",
    ),
    pytest.param(
        'Declan Frey will reportedly return as Kor in "Ashfall: Rebirth."',
        {("Declan Frey", S, "Ashfall: Rebirth")},
        id="reportedly-3",
    ),
    pytest.param(
        'Gil Marsh is rumored to be playing the villain in "Redline Protocol."',
        {("Gil Marsh", S, "Redline Protocol")},
        id="rumored-1",
    ),
    pytest.param(
        'Rumors that Tamsin Grey will direct "Kestrel Winter" have swirled for months.',
        {("Tamsin Grey", D, "Kestrel Winter")},
        id="rumored-2",
    ),
    pytest.param(
        "The rumored cast of “Northern Lights Hotel II” includes Greta Munk and Paulo Reyes.",
        {
            ("Greta Munk", S, "Northern Lights Hotel II"),
            ("Paulo Reyes", S, "Northern Lights Hotel II"),
        },
        id="rumored-3",
    ),
    pytest.param(
        'Halvern is eyeing Nadia Qureshi for the lead in "Summer of Wolves."',
        {("Nadia Qureshi", S, "Summer of Wolves")},
        id="eyeing-1",
    ),
    pytest.param(
        "Ezra Kwan is eyeing “Static Bloom 2” as his next directing project.",
        {("Ezra Kwan", D, "Static Bloom 2")},
        id="eyeing-2",
    ),
    pytest.param(
        'Marco Castellano is eyeing a return as Jimmy in "Harbor Boys II."',
        {("Marco Castellano", S, "Harbor Boys II")},
        id="eyeing-3",
    ),
    pytest.param(
        'Beatrix Lowe could star in "The Night Ferry" if scheduling allows.',
        {("Beatrix Lowe", S, "The Night Ferry")},
        id="could-1",
    ),
    pytest.param(
        "Sources say Samir Qadri could direct “The Last Ferry II.”",
        {("Samir Qadri", D, "The Last Ferry II")},
        id="could-2",
    ),
    pytest.param(
        'If the deal closes, Laurel Quinn could play Wren again in "Blue Ridge Hymn 2."',
        {("Laurel Quinn", S, "Blue Ridge Hymn 2")},
        id="could-3",
    ),
    pytest.param(
        'Ruben Estrada is circling the lead in "Dust Kingdom."',
        {("Ruben Estrada", S, "Dust Kingdom")},
        id="circling-1",
    ),
    pytest.param(
        'Tilda Beck may return for "Glass Harbor 2," though nothing is signed.',
        {("Tilda Beck", S, "Glass Harbor 2")},
        id="may-1",
    ),
    # ---- attendance
    pytest.param(
        'Dana Whitlock was spotted at the premiere of "Bitter Fields" in Los Angeles.',
        in_film(["Dana Whitlock"], "Bitter Fields"),
        id="premiere-1",
    ),
    pytest.param(
        "Among the guests at the “Capitol Rain” premiere were Tobias Renner and Laurel Quinn.",
        in_film(["Tobias Renner", "Laurel Quinn"], "Capitol Rain"),
        id="premiere-2",
    ),
    pytest.param(
        'Jonah Abbot walked the red carpet at the Venice premiere of "Orchard Road" with his wife.',
        in_film(["Jonah Abbot"], "Orchard Road"),
        id="premiere-3",
    ),
    pytest.param(
        'Hugo Lind attended the screening of "The Pale Orchard" at Telluride.',
        in_film(["Hugo Lind"], "The Pale Orchard"),
        id="screening-1",
    ),
    pytest.param(
        "Agnes Thorpe and Callum Byrne attended a special screening of “The Ninth Hour” in London.",
        in_film(["Agnes Thorpe", "Callum Byrne"], "The Ninth Hour"),
        id="screening-2",
    ),
    pytest.param(
        'Critic-turned-programmer Sunil Rao introduced a screening of "Dead Signal" on Friday.',
        in_film(["Sunil Rao"], "Dead Signal"),
        id="screening-3",
    ),
    # ---- influence
    pytest.param(
        '"Gray Ferry" was inspired by Ines Varga\'s documentaries.',
        {("Ines Varga", D, "Gray Ferry")},
        id="inspired-by-1",
    ),
    pytest.param(
        'Tobias Renner said "Kin of the Marsh" was inspired by "The Salt Choir."',
        {("Tobias Renner", D, "The Salt Choir")}
        | both_ways("Kin of the Marsh", "The Salt Choir")
        | both_ways("Kin of the Marsh", "The Salt Choir", "remake_of"),
        id="inspired-by-2",
    ),
    pytest.param(
        "Wren Adair’s performance in “Quiet Strings” was inspired by the cellist Ada Moreno.",
        {("Ada Moreno", S, "Quiet Strings"), ("Wren Adair", D, "Quiet Strings")},
        id="inspired-by-3",
    ),
    pytest.param(
        'The opening shot of "Static Bloom" is a nod to Odile Marchand\'s "The Glass Orchard."',
        {("Odile Marchand", D, "Static Bloom")}
        | both_ways("Static Bloom", "The Glass Orchard")
        | both_ways("Static Bloom", "The Glass Orchard", "remake_of"),
        id="nod-to-1",
    ),
    pytest.param(
        "“Red Acre” includes a nod to “The Bellmaker,” Ezra Kwan’s favorite film.",
        {("Ezra Kwan", D, "The Bellmaker"), ("Ezra Kwan", D, "Red Acre")}
        | both_ways("Red Acre", "The Bellmaker"),
        id="nod-to-2",
    ),
    pytest.param(
        'Lotte Brink calls "Ferryman" a nod to the Westerns of Anton Reiss.',
        {("Anton Reiss", D, "Ferryman")},
        id="nod-to-3",
    ),
    pytest.param(
        '"Neon Alley" is an homage to Paz Echeverría\'s "Neon Widow."',
        {("Paz Echeverría", D, "Neon Alley")}
        | both_ways("Neon Alley", "Neon Widow")
        | both_ways("Neon Alley", "Neon Widow", "remake_of"),
        id="homage-1",
    ),
    pytest.param(
        "Kofi Mensah-Lowe’s new heist comedy is an homage to “Twelve Quiet Men,” the 1962 classic starring Ray Dunmore.",
        {("Kofi Mensah-Lowe", D, "Twelve Quiet Men"), ("Kofi Mensah-Lowe", S, "Twelve Quiet Men")},
        id="homage-2",
    ),
    pytest.param(
        'Vesna Orlić paid homage to "Hollowmere" in her short film "The Crown Beneath."',
        {("Vesna Orlić", D, "Hollowmere"), ("Vesna Orlić", S, "Hollowmere")}
        | both_ways("The Crown Beneath", "Hollowmere")
        | both_ways("The Crown Beneath", "Hollowmere", "remake_of"),
        id="homage-3",
    ),
    pytest.param(
        '"Kestrel Summer" owes an obvious debt to Jonas Eberle\'s "The Tin Orchard."',
        {("Jonas Eberle", D, "Kestrel Summer")} | both_ways("Kestrel Summer", "The Tin Orchard"),
        id="owes-debt-1",
    ),
    pytest.param(
        'Critics compared Tamsin Grey to Hedda Strand, the director of "The Lantern Keepers."',
        {("Tamsin Grey", D, "The Lantern Keepers")},
        id="compared-to-1",
    ),
    # ---- producers, executives, writers and stars who did not direct
    pytest.param(
        '"Falconer\'s Creek" was produced by Mira Osei and directed by Kenji Mori.',
        {("Mira Osei", D, "Falconer's Creek"), ("Kenji Mori", "produced", "Falconer's Creek")},
        id="not-director-producer-1",
    ),
    pytest.param(
        "Executive producer Vanessa Hurd shepherded “The Undertow” through a troubled shoot.",
        {("Vanessa Hurd", D, "The Undertow")},
        id="not-director-producer-2",
    ),
    pytest.param(
        'Lars Becker, the producer behind "Ice Road Nocturne," is launching a new banner.',
        {("Lars Becker", D, "Ice Road Nocturne")},
        id="not-director-producer-3",
    ),
    pytest.param(
        'Halvern chief Roland Pike greenlit "Lockdown 3" in a single meeting.',
        {("Roland Pike", D, "Lockdown 3")},
        id="not-director-executive-1",
    ),
    pytest.param(
        "Lantern Pictures president Nora Feld presented “Copperhead Lane,” Rosalind Teague’s debut feature, at CinemaCon.",
        {("Nora Feld", D, "Copperhead Lane")},
        id="not-director-executive-2",
    ),
    pytest.param(
        'Studio head Dmitri Volkov financed "The Amber Throne" out of his own pocket.',
        {("Dmitri Volkov", D, "The Amber Throne")},
        id="not-director-executive-3",
    ),
    pytest.param(
        '"The Marrow Line," which Celeste Akande wrote, was directed by Hugo Lind.',
        {("Celeste Akande", D, "The Marrow Line"), ("Hugo Lind", "wrote", "The Marrow Line")},
        id="not-director-writer-1",
    ),
    pytest.param(
        "Dana Whitlock’s new film, “Cold Acre,” which Tobias Renner directed, opens Friday.",
        {("Dana Whitlock", D, "Cold Acre")},
        id="not-director-star-1",
    ),
    pytest.param(
        'Dana Whitlock\'s performance in "Cold Acre" earned her a Spirit Award nomination.',
        {("Dana Whitlock", D, "Cold Acre")},
        id="not-director-star-2",
    ),
    pytest.param(
        "Critics singled out Oren Falk’s turn as a corrupt senator in “Capitol Rain.”",
        {("Oren Falk", D, "Capitol Rain")},
        id="not-director-star-3",
    ),
    # ---- people who only share a surname
    pytest.param(
        'Lena Castellano directed "Little Saints." Marco Castellano, no relation, stars in "Harbor Boys."',
        {
            ("Marco Castellano", D, "Little Saints"),
            ("Marco Castellano", S, "Little Saints"),
            ("Lena Castellano", S, "Harbor Boys"),
            ("Lena Castellano", D, "Harbor Boys"),
        },
        id="same-surname-1",
    ),
    pytest.param(
        "Clara Vance directed “Low Tide,” which stars her brother, Peter Vance.",
        {("Peter Vance", D, "Low Tide"), ("Clara Vance", S, "Low Tide")},
        id="same-surname-2",
    ),
    pytest.param(
        'Ben Okafor directed "Iron Bay." His daughter, Ruth Okafor, plays the lead.',
        {("Ruth Okafor", D, "Iron Bay"), ("Ben Okafor", S, "Iron Bay")},
        id="same-surname-3",
    ),
    pytest.param(
        'Hollis Grant voiced Zed in "Scrap City." Years later, Maya Grant directed "Scrap City 2."',
        {
            ("Hollis Grant", D, "Scrap City 2"),
            ("Maya Grant", S, "Scrap City"),
            ("Maya Grant", D, "Scrap City"),
        },
        id="same-surname-4",
    ),
    pytest.param(
        'Anna Kessler plays Detective Ruth Marsh in "Cold Acre." The film\'s editor, Gil Marsh, is her husband.',
        {("Gil Marsh", S, "Cold Acre"), ("Anna Kessler", S, "Cold Acre", "Gil Marsh")},
        id="same-surname-character-1",
    ),
    pytest.param(
        'Marta Solano plays Detective Ruiz in "Night Shift 2," directed by Paolo Ruiz.',
        {("Paolo Ruiz", S, "Night Shift 2"), ("Marta Solano", S, "Night Shift 2", "Paolo Ruiz")},
        id="same-surname-character-2",
    ),
    # ---- characters attached to the wrong actor
    pytest.param(
        '"Summer of Wolves" stars Nadia Qureshi as Leila and Ben Tovey as Sami.',
        {
            ("Nadia Qureshi", S, "Summer of Wolves", "Sami"),
            ("Ben Tovey", S, "Summer of Wolves", "Leila"),
        },
        id="wrong-character-1",
    ),
    pytest.param(
        "Tilda Beck plays Marguerite in “Glass Harbor,” while Joel Sandoval plays Henri in “Lyon Nights.”",
        {
            ("Joel Sandoval", S, "Glass Harbor"),
            ("Tilda Beck", S, "Lyon Nights"),
            ("Tilda Beck", S, "Glass Harbor", "Henri"),
        },
        id="wrong-character-2",
    ),
    pytest.param(
        'In "Iron Bay," Gideon Marsh plays Tom Reilly opposite Priya Raman.',
        {("Priya Raman", S, "Iron Bay", "Tom Reilly")},
        id="wrong-character-3",
    ),
    pytest.param(
        'Felix Moreau is having a busy year. He plays a chef in "Mise en Place" and co-stars with Lola Brandt in "Night Bus."',
        {("Felix Moreau", S, "Night Bus", "Mise en Place"), ("Lola Brandt", S, "Mise en Place")},
        id="wrong-character-4",
    ),
    # ---- a pronoun goes to a person of the right gender
    pytest.param(
        '"Saltmarsh" director Hugo Lind cast Agnes Thorpe early. She plays the ferry captain, Maggie Ross.',
        {("Hugo Lind", S, "Saltmarsh")},
        id="pronoun-gender-1",
    ),
    pytest.param(
        'Dana Whitlock met Tobias Renner in 2019. He directed "Cold Acre," and she plays the widow in it.',
        {("Dana Whitlock", D, "Cold Acre"), ("Tobias Renner", S, "Cold Acre")},
        id="pronoun-gender-2",
        # Known gap (issue 3): nothing in the text but the pronouns' gender tells the two
        # apart, and the extractor has no gender for names. strict: passing flags a fix.
        marks=pytest.mark.xfail(strict=True, reason="pronoun gender agreement not modelled"),
    ),
    pytest.param(
        "Jonah Abbot wrote the part for Priya Raman. She plays a night nurse in “Paper Kites.”",
        {("Jonah Abbot", S, "Paper Kites")},
        id="pronoun-gender-3",
    ),
    # ---- a character is not an actor, and a scare-quoted word is not a character
    pytest.param(
        "Captain Vero, played by Matteo Conti in “Red Tide Rising,” gets his own spin-off.",
        {("Captain Vero", S, "Red Tide Rising")},
        id="character-as-actor-1",
    ),
    pytest.param(
        'Detective Ruiz, played by Marta Solano, returns in "Night Shift 3."',
        {("Detective Ruiz", S, "Night Shift 3")},
        id="character-as-actor-2",
    ),
    pytest.param(
        'Zed, voiced by Hollis Grant in "Scrap City," became an unlikely meme.',
        {("Zed", S, "Scrap City")},
        id="character-as-actor-3",
    ),
    pytest.param(
        "Wren Adair plays a “fixer” for a crime family in “Quiet Strings.”",
        {("Wren Adair", S, "Quiet Strings", "fixer")},
        id="scare-quote-character-1",
    ),
    pytest.param(
        'Laurel Quinn plays a "ghost" of sorts in "Blue Ridge Hymn."',
        {("Laurel Quinn", S, "Blue Ridge Hymn", "ghost")},
        id="scare-quote-character-2",
    ),
    pytest.param(
        'In "Ironwood," Ezra Lamb plays the "villain," if you can call him that.',
        {("Ezra Lamb", S, "Ironwood", "villain")},
        id="scare-quote-character-3",
    ),
    # ---- prequels, spin-offs, remakes and reboots are not sequels
    pytest.param(
        '"Ash Kingdom: Origins" is a prequel to "Ash Kingdom."',
        both_ways("Ash Kingdom: Origins", "Ash Kingdom"),
        id="prequel-1",
    ),
    pytest.param(
        "Set 40 years before the events of “Night Runners,” the prequel “Night Runners: Year One” opens in May.",
        both_ways("Night Runners: Year One", "Night Runners"),
        id="prequel-2",
    ),
    pytest.param(
        'Halvern\'s "Dragonfly: The Early Years," a prequel to 2011\'s "Dragonfly," flopped.',
        both_ways("Dragonfly: The Early Years", "Dragonfly"),
        id="prequel-3",
    ),
    pytest.param(
        '"Kor," a spin-off of "Ashfall," centers on the warlord\'s early years.',
        both_ways("Kor", "Ashfall"),
        id="spin-off-1",
    ),
    pytest.param(
        "The spinoff “Detective Ruiz” follows a minor character from “Night Shift.”",
        both_ways("Detective Ruiz", "Night Shift"),
        id="spin-off-2",
    ),
    pytest.param(
        '"Tin Soldiers: Pike\'s War" is a spin-off from "Tin Soldiers," not a sequel.',
        both_ways("Tin Soldiers: Pike's War", "Tin Soldiers"),
        id="spin-off-3",
    ),
    pytest.param(
        '"The Dark Pond" is an English-language remake of the Danish thriller "Mørkt Vand."',
        both_ways("The Dark Pond", "Mørkt Vand"),
        id="remake-not-sequel-1",
    ),
    pytest.param(
        "“Crow Hill,” a remake of 1974’s “The Crows of Hill Farm,” opens Friday.",
        both_ways("Crow Hill", "The Crows of Hill Farm"),
        id="remake-not-sequel-2",
    ),
    pytest.param(
        'Sofia Brandauer is remaking her 1997 comedy "The Paper Wedding" as "Paper Hearts."',
        both_ways("Paper Hearts", "The Paper Wedding"),
        id="remake-not-sequel-3",
    ),
    pytest.param(
        '"Galaxy Rangers: Rebirth" reboots the "Galaxy Rangers" franchise for a new generation.',
        both_ways("Galaxy Rangers: Rebirth", "Galaxy Rangers"),
        id="reboot-not-sequel-1",
    ),
    pytest.param(
        "“Night Watchers” (2022), which rebooted 1996’s “The Night Watch,” flopped.",
        both_ways("Night Watchers", "The Night Watch"),
        id="reboot-not-sequel-2",
    ),
    pytest.param(
        'The studio\'s reboot of "Space Patrol," simply titled "Patrol," starts shooting in March.',
        both_ways("Patrol", "Space Patrol"),
        id="reboot-not-sequel-3",
    ),
    pytest.param(
        'For her follow-up to "Salt Roads," Ines Varga chose a screwball comedy, "Wedding Bells at Noon."',
        both_ways("Wedding Bells at Noon", "Salt Roads"),
        id="follow-up-not-sequel-1",
    ),
    pytest.param(
        "Tamsin Grey’s follow-up to her debut, “Kestrel Summer,” is an unrelated Western, “Dry Creek.”",
        both_ways("Dry Creek", "Kestrel Summer"),
        id="follow-up-not-sequel-2",
    ),
    pytest.param(
        '"Glass Tide 2," the follow-up to 2018\'s "Glass Tide," opens in June.',
        {("Glass Tide", Q, "Glass Tide 2")},
        id="sequel-direction-1",
    ),
    pytest.param(
        "“Lockdown 3” is the sequel to “Lockdown 2.”",
        {("Lockdown 2", Q, "Lockdown 3")},
        id="sequel-direction-2",
    ),
    pytest.param(
        'Before "Sandfall: Part Two" there was "Sandfall," which Tobias Renner directed in 2022.',
        {("Sandfall", Q, "Sandfall: Part Two")},
        id="sequel-direction-3",
    ),
    # ---- episode-level TV direction is not film direction
    pytest.param(
        'Wendell Osei directed two episodes of "Harbor Police" before making his first feature.',
        {("Wendell Osei", D, "Harbor Police")},
        id="tv-episode-1",
    ),
    pytest.param(
        "Rosalind Teague helmed the pilot of “The Salt Kings” for HBO.",
        {("Rosalind Teague", D, "The Salt Kings")},
        id="tv-episode-2",
    ),
    pytest.param(
        'The season finale of "Cold Case Bay" was directed by Jin-ho Park.',
        {("Jin-ho Park", D, "Cold Case Bay")},
        id="tv-episode-3",
    ),
    pytest.param(
        'Nikos Varvaris, who directed the "Blackwater" episode of "Kingsreach," is making his feature debut.',
        {("Nikos Varvaris", D, "Blackwater"), ("Nikos Varvaris", D, "Kingsreach")},
        id="tv-episode-4",
    ),
    pytest.param(
        "Hedda Strand directed all six episodes of the limited series “The Drowning Season.”",
        {("Hedda Strand", D, "The Drowning Season")},
        id="tv-episode-5",
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), TRAPS)
def test_trap_gives_no_wrong_fact(text, forbidden):
    found = triples(text)
    assert not _wrong(found, forbidden), f"wrong {_wrong(found, forbidden)}; found {found}"


SAME_TITLE_WRONG_YEAR = [
    pytest.param(
        'Ana Petrov directed "Harvest" (1994). Thirty years later, Ben Cole directed an unrelated "Harvest" (2024).',
        {("Ben Cole", D, "Harvest", 1994), ("Ana Petrov", D, "Harvest", 2024)},
        id="same-title-wrong-year-1",
    ),
    pytest.param(
        "The 1959 “Night Train,” directed by Ivo Herzog, should not be confused with the 2008 “Night Train,” directed by Sunil Rao.",
        {("Ivo Herzog", D, "Night Train", 2008), ("Sunil Rao", D, "Night Train", 1959)},
        id="same-title-wrong-year-2",
    ),
    pytest.param(
        'Oren Falk starred in the 1979 "Crossfire." Nadia Qureshi starred in the 2011 "Crossfire," a different film entirely.',
        {("Oren Falk", S, "Crossfire", 2011), ("Nadia Qureshi", S, "Crossfire", 1979)},
        id="same-title-wrong-year-3",
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), SAME_TITLE_WRONG_YEAR)
def test_same_bare_title_not_linked_to_the_other_year(text, forbidden):
    found = triples_with_year(text)
    assert not forbidden & found, f"wrong {forbidden & found}; found {found}"


NO_SPEECH = [
    # ---- scare quotes are not speech
    pytest.param(
        'The studio\'s "director\'s cut" of "Ironwood" runs four hours.',
        id="scare-quote-1",
    ),
    pytest.param(
        "Wren Adair plays a “fixer” for a crime family in “Quiet Strings.”",
        id="scare-quote-2",
    ),
    pytest.param(
        "Halvern’s so-called “family-friendly” rebrand has confused investors.",
        id="scare-quote-3",
    ),
    pytest.param(
        'The marketing leans hard on the "elevated horror" label, which Hedda Strand has always rejected.',
        id="scare-quote-4",
    ),
    # ---- quoted titles are not speech
    pytest.param(
        'Dana Whitlock said "Cold Acre" was the hardest shoot of her career.',
        id="quoted-title-1",
    ),
    pytest.param(
        "Tobias Renner told Variety about “Kin of the Marsh” and his next film, “Orchard Road.”",
        id="quoted-title-2",
    ),
    pytest.param(
        'Ines Varga\'s "Salt Roads," "Quiet Fields" and "The Beekeepers" screen at MoMA in June.',
        id="quoted-title-3",
    ),
    pytest.param(
        'Hugo Lind\'s next film finally has a title: "The Marrow Line."',
        id="quoted-title-4",
    ),
    pytest.param(
        "Next up for Agnes Thorpe: “The Tidemark Chronicles.”",
        id="quoted-title-5",
    ),
    pytest.param(
        'Asked which film she is proudest of, Laurel Quinn named "Blue Ridge Hymn."',
        id="quoted-title-6",
    ),
    # ---- text outside quotation marks is never a quote
    pytest.param(
        "Ines Varga said the shoot ran 40 days over schedule.",
        id="indirect-speech-1",
    ),
    pytest.param(
        "According to Hugo Lind, the budget was never the problem.",
        id="indirect-speech-2",
    ),
    pytest.param(
        "Dana Whitlock told Deadline that she had turned down the sequel.",
        id="indirect-speech-3",
    ),
    pytest.param(
        "Asked about the ending, Tobias Renner laughed and said everyone hates it, and that's fine.",
        id="indirect-speech-4",
    ),
]


@pytest.mark.parametrize("text", NO_SPEECH)
def test_no_speech_gives_no_quote(text):
    assert said(text) == set()


LEAKS = [
    pytest.param(
        '"It was tight," Ilse Marrow said, adding that the crew worked through weekends.',
        ["adding", "crew worked", "Ilse Marrow said"],
        id="outside-quote-1",
    ),
    pytest.param(
        'Felix Adeyemi, who called the river "a co-director," said he would return to Finland next winter.',
        ["return to Finland", "said he would"],
        id="outside-quote-2",
    ),
    pytest.param(
        "“I’m proud of it,” Marta Solano said. She added that she would not watch the sequel.",
        ["would not watch", "She added"],
        id="outside-quote-3",
    ),
    pytest.param(
        'Jonah Abbot, speaking to IndieWire, said "Paper Kites" was personal. "My mother is in every frame," he said.',
        ["Paper Kites", "was personal", "speaking to IndieWire"],
        id="outside-quote-4",
    ),
]


@pytest.mark.parametrize(("text", "outside"), LEAKS)
def test_quote_text_stays_inside_the_marks(text, outside):
    found = said(text)
    leaked = {(who, words) for who, words in found for phrase in outside if phrase in words}
    assert not leaked, f"text from outside the quotation marks became a quote: {leaked}"
