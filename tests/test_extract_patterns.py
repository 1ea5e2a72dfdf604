"""Table tests for every pattern issue 3 lists, in the register of film news.

Each case is one or two short invented sentences (people, titles and companies are made up; none
comes from the shared corpus) with the facts a careful reader takes from them. A case passes when
those facts are a subset of what the extractor finds; wrong extra facts are the business of
tests/test_extract_traps.py.

Conventions, as in the gold files: people and films by their full canonical names (a film's full
title with its subtitle), the character as named in the text (the film's title for a title role),
``None`` when the character is not named; a quote is the words inside the quotation marks, without
the comma that hands over to the attribution, and each part of a split quote is its own quote.
"""

import pytest
from extract_helpers import extracted, said, triples, triples_with_year

from kg.types import Quote


def said_with_outlet(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (f.subject.name, f.object.text, f.object.outlet)
        for f in extracted(text)
        if isinstance(f.object, Quote)
    }


D, S, Q = "directed", "starred_in", "sequel_of"


RELATIONS = [
    # ---- direction: "directed by"
    pytest.param(
        '"The Salt Choir," directed by Ilse Marrow, opens the Berlinale\'s Panorama section on Thursday.',
        {("Ilse Marrow", D, "The Salt Choir", None)},
        id="directed-by-1",
    ),
    pytest.param(
        'Directed by Kofi Mensah-Lowe, the heist comedy "Twelve Quiet Men" hits theaters Aug. 9.',
        {("Kofi Mensah-Lowe", D, "Twelve Quiet Men", None)},
        id="directed-by-2",
    ),
    pytest.param(
        "The 1988 cult favorite “Neon Widow” was directed by Paz Echeverría, who died Sunday at 81.",
        {("Paz Echeverría", D, "Neon Widow", None)},
        id="directed-by-3",
    ),
    pytest.param(
        '"Harrowgate," written and directed by Desmond Achterberg, won the Grand Jury Prize.',
        {
            ("Desmond Achterberg", D, "Harrowgate", None),
            ("Desmond Achterberg", "wrote", "Harrowgate", None),
        },
        id="directed-by-4",
    ),
    # ---- direction: "helmed"
    pytest.param(
        'Ilse Marrow helmed "The Salt Choir" on a budget of under $2 million.',
        {("Ilse Marrow", D, "The Salt Choir", None)},
        id="helmed-1",
    ),
    pytest.param(
        '"Copperhead Lane" is helmed by first-time feature director Rosalind Teague.',
        {("Rosalind Teague", D, "Copperhead Lane", None)},
        id="helmed-2",
    ),
    pytest.param(
        "The Tribeca opener, “Blue Hour Motel,” was helmed by Wendell Osei and shot in Tulsa.",
        {("Wendell Osei", D, "Blue Hour Motel", None)},
        id="helmed-3",
    ),
    pytest.param(
        'Nikos Varvaris, who helmed 2017\'s "Sea of Hands," is back with a Western.',
        {("Nikos Varvaris", D, "Sea of Hands", None)},
        id="helmed-4",
    ),
    # ---- direction: "from director X"
    pytest.param(
        '"Orchard Road," from director Mireille Fontaine, premieres in Venice next month.',
        {("Mireille Fontaine", D, "Orchard Road", None)},
        id="from-director-1",
    ),
    pytest.param(
        'Netflix has set a December release for "Sandcastle Kings," the boxing drama from director Arjun Malhotra.',
        {("Arjun Malhotra", D, "Sandcastle Kings", None)},
        id="from-director-2",
    ),
    pytest.param(
        "From director Hedda Strand comes “The Lantern Keepers,” a ghost story set on a Norwegian island.",
        {("Hedda Strand", D, "The Lantern Keepers", None)},
        id="from-director-3",
    ),
    pytest.param(
        'Sundance favorite "Kin of the Marsh," from Oscar-nominated director Tobias Renner, sold overnight.',
        {("Tobias Renner", D, "Kin of the Marsh", None)},
        id="from-director-4",
    ),
    # ---- direction: "X's 2010 thriller"
    pytest.param(
        'Marcus Ellery\'s 2010 thriller "Dead Reckoning Road" is getting the remake treatment.',
        {("Marcus Ellery", D, "Dead Reckoning Road", None)},
        id="possessive-year-genre-1",
    ),
    pytest.param(
        'Few saw Sofia Brandauer\'s 1997 comedy "The Paper Wedding" in theaters, but it found a second life on cable.',
        {("Sofia Brandauer", D, "The Paper Wedding", None)},
        id="possessive-year-genre-2",
    ),
    pytest.param(
        "The actress broke out in Hiro Takeda’s 2005 horror film “Ghost Lantern.”",
        {("Hiro Takeda", D, "Ghost Lantern", None)},
        id="possessive-year-genre-3",
    ),
    pytest.param(
        'Greta Lindahl spent years in television. Lindahl\'s 2014 drama "Winter Harbor" changed that.',
        {("Greta Lindahl", D, "Winter Harbor", None)},
        id="possessive-year-genre-4",
    ),
    # ---- direction: "the filmmaker behind"
    pytest.param(
        'Ines Varga, the filmmaker behind "Salt Roads," returns to Cannes with a documentary about beekeepers.',
        {("Ines Varga", D, "Salt Roads", None)},
        id="filmmaker-behind-1",
    ),
    pytest.param(
        'The filmmaker behind 2016\'s "Paper Kites," Jonah Abbot, has a new film in competition.',
        {("Jonah Abbot", D, "Paper Kites", None)},
        id="filmmaker-behind-2",
    ),
    pytest.param(
        "“Half Moon Bay” is the latest from Clara Vance, the filmmaker behind “Low Tide” and “Iron Bay.”",
        {("Clara Vance", D, "Low Tide", None), ("Clara Vance", D, "Iron Bay", None)},
        id="filmmaker-behind-3",
    ),
    # ---- direction: co-directors
    pytest.param(
        '"Glasswing" was co-directed by Ana Petrov and Luis Okonjo.',
        {("Ana Petrov", D, "Glasswing", None), ("Luis Okonjo", D, "Glasswing", None)},
        id="co-directors-1",
    ),
    pytest.param(
        'Co-directors Maren Holt and Samir Qadri spent six years making "The Last Ferry."',
        {("Maren Holt", D, "The Last Ferry", None), ("Samir Qadri", D, "The Last Ferry", None)},
        id="co-directors-2",
    ),
    pytest.param(
        "Yuki Arai co-directed the animated feature “Paper Moon Circus” with Bram Dekker.",
        {
            ("Yuki Arai", D, "Paper Moon Circus", None),
            ("Bram Dekker", D, "Paper Moon Circus", None),
        },
        id="co-directors-3",
    ),
    pytest.param(
        '"Static Bloom," from co-directors Ezra Kwan and Lotte Brink, screens Saturday.',
        {("Ezra Kwan", D, "Static Bloom", None), ("Lotte Brink", D, "Static Bloom", None)},
        id="co-directors-4",
    ),
    # ---- direction: "made" by a filmmaker
    pytest.param(
        'Filmmaker Odile Marchand made "The Glass Orchard" in 1987 with a borrowed 16mm camera.',
        {("Odile Marchand", D, "The Glass Orchard", None)},
        id="made-1",
    ),
    pytest.param(
        "Documentarian Felix Adeyemi made “River of Salt” over four winters in northern Finland.",
        {("Felix Adeyemi", D, "River of Salt", None)},
        id="made-2",
    ),
    pytest.param(
        'Before Hollywood called, director Tamsin Grey made "Kestrel Summer" for $9,000 with friends from film school.',
        {("Tamsin Grey", D, "Kestrel Summer", None)},
        id="made-3",
    ),
    pytest.param(
        'Austrian filmmaker Anton Reiss, who made "The Bellmaker" and "Copper Coast," died Tuesday in Vienna. He was 88.',
        {("Anton Reiss", D, "The Bellmaker", None), ("Anton Reiss", D, "Copper Coast", None)},
        id="made-4",
    ),
    # ---- casting: "starring"
    pytest.param(
        '"Bitter Fields," starring Hannah Vosk and Idris Kamara, opens Friday in limited release.',
        {("Hannah Vosk", S, "Bitter Fields", None), ("Idris Kamara", S, "Bitter Fields", None)},
        id="starring-1",
    ),
    pytest.param(
        "Starring Lucía Ferrán as a disgraced chess prodigy, “The Endgame” premieres at TIFF.",
        {("Lucía Ferrán", S, "The Endgame", None)},
        id="starring-2",
    ),
    pytest.param(
        'The Dana Whitlock-starring drama "Cold Acre" has been acquired by Lantern Pictures.',
        {("Dana Whitlock", S, "Cold Acre", None)},
        id="starring-3",
    ),
    pytest.param(
        'Harbinger Films will release "The Weight of Water," starring Mateo Ibarra, in November.',
        {("Mateo Ibarra", S, "The Weight of Water", None)},
        id="starring-4",
    ),
    # ---- casting: "led by"
    pytest.param(
        'The cast of "Saltmarsh" is led by Agnes Thorpe and Callum Byrne.',
        {("Agnes Thorpe", S, "Saltmarsh", None), ("Callum Byrne", S, "Saltmarsh", None)},
        id="led-by-1",
    ),
    pytest.param(
        '"Under the Linden" boasts an ensemble led by Priya Raman, who plays a village schoolteacher.',
        {("Priya Raman", S, "Under the Linden", None)},
        id="led-by-2",
    ),
    pytest.param(
        "Led by Oren Falk as the ruthless Senator Whitcombe, the cast of “Capitol Rain” is uniformly strong.",
        {("Oren Falk", S, "Capitol Rain", "Senator Whitcombe")},
        id="led-by-3",
    ),
    # ---- casting: "co-stars"
    pytest.param(
        '"The Night Ferry" co-stars Beatrix Lowe and Jun Watanabe.',
        {
            ("Beatrix Lowe", S, "The Night Ferry", None),
            ("Jun Watanabe", S, "The Night Ferry", None),
        },
        id="co-stars-1",
    ),
    pytest.param(
        'Sasha Kim co-stars with Ruben Estrada in "The Long Goodbye Club."',
        {
            ("Sasha Kim", S, "The Long Goodbye Club", None),
            ("Ruben Estrada", S, "The Long Goodbye Club", None),
        },
        id="co-stars-2",
    ),
    pytest.param(
        "Nell Okoro stars in “Driftwood,” which co-stars Pavel Novak as her estranged father, Ivan.",
        {("Nell Okoro", S, "Driftwood", None), ("Pavel Novak", S, "Driftwood", "Ivan")},
        id="co-stars-3",
    ),
    # ---- casting: "plays"
    pytest.param(
        'In "Iron Bay," Gideon Marsh plays Tom Reilly, a dockworker turned union boss.',
        {("Gideon Marsh", S, "Iron Bay", "Tom Reilly")},
        id="plays-1",
    ),
    pytest.param(
        'Wren Adair plays a grieving cellist in Halvern Studios\' "Quiet Strings."',
        {("Wren Adair", S, "Quiet Strings", None)},
        id="plays-2",
    ),
    pytest.param(
        "Cyrus Bell, 41, plays the title character in “Augustin.”",
        {("Cyrus Bell", S, "Augustin", "Augustin")},
        id="plays-3",
    ),
    pytest.param(
        '"Paper Crowns" opens next month. Elif Demir plays Sevda, the family\'s eldest daughter.',
        {("Elif Demir", S, "Paper Crowns", "Sevda")},
        id="plays-4",
    ),
    # ---- casting: "portrays"
    pytest.param(
        'Jasper Quaid portrays the poet Lord Ashcombe in "A Season in Bath."',
        {("Jasper Quaid", S, "A Season in Bath", "Lord Ashcombe")},
        id="portrays-1",
    ),
    pytest.param(
        "In “Blackwater Mine,” Teodora Vasić portrays union organizer Mary Kinsella.",
        {("Teodora Vasić", S, "Blackwater Mine", "Mary Kinsella")},
        id="portrays-2",
    ),
    pytest.param(
        'Rhea Lindqvist is portraying Queen Margit in "The Amber Throne," which began shooting this week.',
        {("Rhea Lindqvist", S, "The Amber Throne", "Queen Margit")},
        id="portrays-3",
    ),
    # ---- casting: "as CHARACTER"
    pytest.param(
        '"Moth Season" stars Iris Calloway as Dr. Helen Marsh, a virologist.',
        {("Iris Calloway", S, "Moth Season", "Dr. Helen Marsh")},
        id="as-character-1",
    ),
    pytest.param(
        'Felix Moreau stars as Jean Valcourt in "The Tailor of Lyon."',
        {("Felix Moreau", S, "The Tailor of Lyon", "Jean Valcourt")},
        id="as-character-2",
    ),
    pytest.param(
        "The cast of “Glass Harbor” includes Tilda Beck as Marguerite and Joel Sandoval as her husband, Henri.",
        {
            ("Tilda Beck", S, "Glass Harbor", "Marguerite"),
            ("Joel Sandoval", S, "Glass Harbor", "Henri"),
        },
        id="as-character-3",
    ),
    # ---- casting: "returns as"
    pytest.param(
        'Marta Solano returns as Detective Ruiz in "Night Shift 2."',
        {("Marta Solano", S, "Night Shift 2", "Detective Ruiz")},
        id="returns-as-1",
    ),
    pytest.param(
        "Declan Frey returned as the warlord Kor in 2019’s “Ashfall: Reckoning.”",
        {("Declan Frey", S, "Ashfall: Reckoning", "Kor")},
        id="returns-as-2",
    ),
    pytest.param(
        '"Tin Soldiers II" arrives in March, and Owen Tallis returns as Sergeant Pike.',
        {("Owen Tallis", S, "Tin Soldiers II", "Sergeant Pike")},
        id="returns-as-3",
    ),
    pytest.param(
        'Yara Haddad is returning as Princess Lune for the sequel, "Starveil: The Broken Crown."',
        {("Yara Haddad", S, "Starveil: The Broken Crown", "Princess Lune")},
        id="returns-as-4",
    ),
    # ---- casting: "voiced"
    pytest.param(
        "In the animated “Fox and Lantern,” Amelia Stroud voices the fox, Ember.",
        {("Amelia Stroud", S, "Fox and Lantern", "Ember")},
        id="voiced-1",
    ),
    pytest.param(
        'Pip, the hedgehog at the heart of "Bramble Town," is voiced by Colin Ashby.',
        {("Colin Ashby", S, "Bramble Town", "Pip")},
        id="voiced-2",
    ),
    pytest.param(
        'Hollis Grant voiced the robot Zed in Pixelworks\' 2012 hit "Scrap City."',
        {("Hollis Grant", S, "Scrap City", "Zed")},
        id="voiced-3",
    ),
    pytest.param(
        '"Moonbeam Express" features the voices of Lola Brandt and Teo Marin.',
        {("Lola Brandt", S, "Moonbeam Express", None), ("Teo Marin", S, "Moonbeam Express", None)},
        id="voiced-4",
    ),
    # ---- casting: "cast includes"
    pytest.param(
        '"Northern Lights Hotel" opens in March. The cast includes Greta Munk, Paulo Reyes and Ada Whitfield.',
        {
            ("Greta Munk", S, "Northern Lights Hotel", None),
            ("Paulo Reyes", S, "Northern Lights Hotel", None),
            ("Ada Whitfield", S, "Northern Lights Hotel", None),
        },
        id="cast-includes-1",
    ),
    pytest.param(
        "“The Long Winter Inn” is a chamber piece. The film’s cast also includes Dev Malik as the innkeeper, Arlo.",
        {("Dev Malik", S, "The Long Winter Inn", "Arlo")},
        id="cast-includes-2",
    ),
    pytest.param(
        '"Second Sunrise" premieres at Sundance. Its cast includes newcomer Safiya Noor and veteran character actor Lionel Birch.',
        {("Safiya Noor", S, "Second Sunrise", None), ("Lionel Birch", S, "Second Sunrise", None)},
        id="cast-includes-3",
    ),
    # ---- casting: lists joined by commas and "and"
    pytest.param(
        'Ruth Abara, Milo Strand, Keiko Ono and Daniel Frey star in "The Lighthouse Keepers."',
        {
            ("Ruth Abara", S, "The Lighthouse Keepers", None),
            ("Milo Strand", S, "The Lighthouse Keepers", None),
            ("Keiko Ono", S, "The Lighthouse Keepers", None),
            ("Daniel Frey", S, "The Lighthouse Keepers", None),
        },
        id="list-1",
    ),
    pytest.param(
        '"Ferryman" also starred Agnes Lund, Oscar Mbeki, and Pia Hartmann.',
        {
            ("Agnes Lund", S, "Ferryman", None),
            ("Oscar Mbeki", S, "Ferryman", None),
            ("Pia Hartmann", S, "Ferryman", None),
        },
        id="list-2",
    ),
    pytest.param(
        '"Summer of Wolves" stars Nadia Qureshi as Leila, Ben Tovey as her brother Sami and Carys Lloyd as their mother, Nour.',
        {
            ("Nadia Qureshi", S, "Summer of Wolves", "Leila"),
            ("Ben Tovey", S, "Summer of Wolves", "Sami"),
            ("Carys Lloyd", S, "Summer of Wolves", "Nour"),
        },
        id="list-3",
    ),
    pytest.param(
        "Gemma Roth, Lars Eklund and Ife Adebayo round out the cast of “Tidewater.”",
        {
            ("Gemma Roth", S, "Tidewater", None),
            ("Lars Eklund", S, "Tidewater", None),
            ("Ife Adebayo", S, "Tidewater", None),
        },
        id="list-4",
    ),
    # ---- casting: passive voice
    pytest.param(
        'Nina Okafor has been cast as Agent Lyra Voss in "Redline Protocol."',
        {("Nina Okafor", S, "Redline Protocol", "Agent Lyra Voss")},
        id="passive-1",
    ),
    pytest.param(
        'The role of Father Brennan in "The Bells of Carrow" is played by Liam Doherty.',
        {("Liam Doherty", S, "The Bells of Carrow", "Father Brennan")},
        id="passive-2",
    ),
    pytest.param(
        "In “Winter Vows,” Clara is played by Sofie Lund and Tomas by Arash Karimi.",
        {("Sofie Lund", S, "Winter Vows", "Clara"), ("Arash Karimi", S, "Winter Vows", "Tomas")},
        id="passive-3",
    ),
    pytest.param(
        'Ezra Lamb was cast in "Ironwood" after a single audition.',
        {("Ezra Lamb", S, "Ironwood", None)},
        id="passive-4",
    ),
    # ---- casting: appositions
    pytest.param(
        'Hollis Brandt, who played Max in "Dust Devils," will be honored at Locarno.',
        {("Hollis Brandt", S, "Dust Devils", "Max")},
        id="apposition-1",
    ),
    pytest.param(
        '"Blue Ridge Hymn" (2016) drew raves. Laurel Quinn, who played Wren, won a BAFTA for the role.',
        {("Laurel Quinn", S, "Blue Ridge Hymn", "Wren")},
        id="apposition-2",
    ),
    pytest.param(
        "Captain Vero, played by Matteo Conti in “Red Tide Rising,” gets his own spin-off.",
        {("Matteo Conti", S, "Red Tide Rising", "Captain Vero")},
        id="apposition-3",
    ),
    pytest.param(
        "Saoirse Keane, the star of “The Quiet Field,” has joined the Cannes jury.",
        {("Saoirse Keane", S, "The Quiet Field", None)},
        id="apposition-4",
    ),
    pytest.param(
        'Tom Hallam plays a boxer in "Iron Lung." Hallam, who played Max in "Dust Devils," trained for a year.',
        {("Tom Hallam", S, "Iron Lung", None), ("Tom Hallam", S, "Dust Devils", "Max")},
        id="apposition-5",
    ),
    # ---- sequels: "the follow-up to"
    pytest.param(
        '"Glass Tide 2," the follow-up to 2018\'s "Glass Tide," opens in June.',
        {("Glass Tide 2", Q, "Glass Tide", None)},
        id="follow-up-1",
    ),
    pytest.param(
        "Halvern has dated “Ember Road: Homecoming,” the follow-up to its 2021 hit “Ember Road.”",
        {("Ember Road: Homecoming", Q, "Ember Road", None)},
        id="follow-up-2",
    ),
    pytest.param(
        'The follow-up to "Killing Season," titled "Killing Season: Blood Moon," begins shooting in Prague in May.',
        {("Killing Season: Blood Moon", Q, "Killing Season", None)},
        id="follow-up-3",
    ),
    pytest.param(
        'Dana Whitlock will reprise her role in "Cold Acre II," the long-awaited follow-up to "Cold Acre."',
        {("Cold Acre II", Q, "Cold Acre", None)},
        id="follow-up-4",
    ),
    # ---- sequels: "second installment"
    pytest.param(
        '"Ash Kingdom" (2013) launched a trilogy. Its second installment, "Ash Kingdom: Embers," arrived in 2016.',
        {("Ash Kingdom: Embers", Q, "Ash Kingdom", None)},
        id="second-installment-1",
    ),
    pytest.param(
        "“Dragonfly Summer” is the second installment in the series that began with 2011’s “Dragonfly.”",
        {("Dragonfly Summer", Q, "Dragonfly", None)},
        id="second-installment-2",
    ),
    pytest.param(
        'The third installment, "Night Runners: Zero Hour," follows 2015\'s "Night Runners" and 2018\'s "Night Runners: Outbreak."',
        {
            ("Night Runners: Zero Hour", Q, "Night Runners: Outbreak", None),
            ("Night Runners: Outbreak", Q, "Night Runners", None),
        },
        id="third-installment-1",
    ),
    # ---- sequels: "Part Two"
    pytest.param(
        '"Sandfall: Part Two" picks up where 2022\'s "Sandfall" left off.',
        {("Sandfall: Part Two", Q, "Sandfall", None)},
        id="part-two-1",
    ),
    pytest.param(
        "After “The Iron Vow: Part One” grossed $300 million, Halvern fast-tracked “The Iron Vow: Part Two.”",
        {("The Iron Vow: Part Two", Q, "The Iron Vow: Part One", None)},
        id="part-two-2",
    ),
    pytest.param(
        'Greta Lindahl is back behind the camera for "Winter Harbor Part Two," which continues the story of "Winter Harbor."',
        {("Winter Harbor Part Two", Q, "Winter Harbor", None)},
        id="part-two-3",
    ),
    # ---- sequels: numbered titles whose order the text makes plain
    pytest.param(
        '"Lockdown 2" grossed $80 million, so Halvern quickly greenlit "Lockdown 3."',
        {("Lockdown 3", Q, "Lockdown 2", None)},
        id="numbered-1",
    ),
    pytest.param(
        "“Dead Signal” (2008) and “Dead Signal 2” (2011) were both shot in Manitoba.",
        {("Dead Signal 2", Q, "Dead Signal", None)},
        id="numbered-2",
    ),
    pytest.param(
        'The trilogy — "Red Harbor," "Red Harbor II" and "Red Harbor III" — is streaming on Lumen+.',
        {("Red Harbor II", Q, "Red Harbor", None), ("Red Harbor III", Q, "Red Harbor II", None)},
        id="numbered-3",
    ),
    pytest.param(
        '"Tin Soldiers II" (1994) arrived three years after the original "Tin Soldiers."',
        {("Tin Soldiers II", Q, "Tin Soldiers", None)},
        id="numbered-4",
    ),
    # ---- extended: wrote
    pytest.param(
        '"The Marrow Line" was written by Celeste Akande and directed by Hugo Lind.',
        {
            ("Celeste Akande", "wrote", "The Marrow Line", None),
            ("Hugo Lind", D, "The Marrow Line", None),
        },
        id="wrote-1",
    ),
    pytest.param(
        'Screenwriter Abel Fontes penned "Midnight at the Aurora" in six weeks.',
        {("Abel Fontes", "wrote", "Midnight at the Aurora", None)},
        id="wrote-2",
    ),
    pytest.param(
        "Noemi Clarke wrote the screenplay for “The Last Good Summer,” adapting her own novel.",
        {("Noemi Clarke", "wrote", "The Last Good Summer", None)},
        id="wrote-3",
    ),
    # ---- extended: produced
    pytest.param(
        '"Falconer\'s Creek" was produced by Mira Osei for Halvern Studios.',
        {("Mira Osei", "produced", "Falconer's Creek", None)},
        id="produced-1",
    ),
    pytest.param(
        "Vanessa Hurd produced “The Undertow” alongside her longtime partner, Gil Ramsey.",
        {
            ("Vanessa Hurd", "produced", "The Undertow", None),
            ("Gil Ramsey", "produced", "The Undertow", None),
        },
        id="produced-2",
    ),
    pytest.param(
        'Lars Becker, who produced "Ice Road Nocturne," accepted the award on the director\'s behalf.',
        {("Lars Becker", "produced", "Ice Road Nocturne", None)},
        id="produced-3",
    ),
    # ---- extended: edited
    pytest.param(
        '"Blue Hour Motel" was edited by Tamar Ziv.',
        {("Tamar Ziv", "edited", "Blue Hour Motel", None)},
        id="edited-1",
    ),
    pytest.param(
        'Editor Rafael Okonkwo cut "Signal Fire" down from four hours to 118 minutes.',
        {("Rafael Okonkwo", "edited", "Signal Fire", None)},
        id="edited-2",
    ),
    pytest.param(
        "Jin-ho Park, who edited “Paper Tigers,” joins the jury.",
        {("Jin-ho Park", "edited", "Paper Tigers", None)},
        id="edited-3",
    ),
    # ---- extended: shot
    pytest.param(
        'Cinematographer Lena Brask shot "The Pale Orchard" on 35mm.',
        {("Lena Brask", "shot", "The Pale Orchard", None)},
        id="shot-1",
    ),
    pytest.param(
        "“Dust Kingdom” was shot by director of photography Ravi Menon.",
        {("Ravi Menon", "shot", "Dust Kingdom", None)},
        id="shot-2",
    ),
    pytest.param(
        '"Harvest Moon Road," which cinematographer Theo Lindgren shot on expired Kodak stock, looks extraordinary.',
        {("Theo Lindgren", "shot", "Harvest Moon Road", None)},
        id="shot-3",
    ),
    pytest.param(
        'DP Oksana Hrytsenko lensed "The Cold Stars" in black and white.',
        {("Oksana Hrytsenko", "shot", "The Cold Stars", None)},
        id="shot-4",
    ),
    # ---- extended: showrunner_of
    pytest.param(
        'Ruth Adeyemi is the showrunner of "Harbor Police."',
        {("Ruth Adeyemi", "showrunner_of", "Harbor Police", None)},
        id="showrunner-1",
    ),
    pytest.param(
        "“The Salt Kings,” from showrunner Devin Mayhew, returns for a second season.",
        {("Devin Mayhew", "showrunner_of", "The Salt Kings", None)},
        id="showrunner-2",
    ),
    pytest.param(
        'Showrunner Priscilla Vane steered "Cold Case Bay" through five seasons.',
        {("Priscilla Vane", "showrunner_of", "Cold Case Bay", None)},
        id="showrunner-3",
    ),
    # ---- extended: reboot_of
    pytest.param(
        '"Galaxy Rangers: Rebirth" reboots the "Galaxy Rangers" franchise for a new generation.',
        {("Galaxy Rangers: Rebirth", "reboot_of", "Galaxy Rangers", None)},
        id="reboot-1",
    ),
    pytest.param(
        'The studio\'s reboot of "Space Patrol," simply titled "Patrol," starts shooting in March.',
        {("Patrol", "reboot_of", "Space Patrol", None)},
        id="reboot-2",
    ),
    pytest.param(
        "“Night Watchers” (2022), which rebooted 1996’s “The Night Watch,” flopped.",
        {("Night Watchers", "reboot_of", "The Night Watch", None)},
        id="reboot-3",
    ),
    # ---- extended: remake_of
    pytest.param(
        '"The Dark Pond" is an English-language remake of the Danish thriller "Mørkt Vand."',
        {("The Dark Pond", "remake_of", "Mørkt Vand", None)},
        id="remake-1",
    ),
    pytest.param(
        'Sofia Brandauer is remaking her 1997 comedy "The Paper Wedding" as "Paper Hearts."',
        {("Paper Hearts", "remake_of", "The Paper Wedding", None)},
        id="remake-2",
    ),
    pytest.param(
        "“Crow Hill,” a remake of 1974’s “The Crows of Hill Farm,” opens Friday.",
        {("Crow Hill", "remake_of", "The Crows of Hill Farm", None)},
        id="remake-3",
    ),
    # ---- extended: distributed_by
    pytest.param(
        '"The Ninth Hour" was distributed by Corvid Releasing in North America.',
        {("The Ninth Hour", "distributed_by", "Corvid Releasing", None)},
        id="distributed-1",
    ),
    pytest.param(
        "Northway Films will release “Bitter Fields” in theaters on Oct. 3.",
        {("Bitter Fields", "distributed_by", "Northway Films", None)},
        id="distributed-2",
    ),
    pytest.param(
        'Sundance darling "Static Bloom," which Greyhound Pictures released last fall, is now streaming.',
        {("Static Bloom", "distributed_by", "Greyhound Pictures", None)},
        id="distributed-3",
    ),
    pytest.param(
        'Bramblewood Releasing distributed "Ironwood" in the U.K.',
        {("Ironwood", "distributed_by", "Bramblewood Releasing", None)},
        id="distributed-4",
    ),
    # ---- people: surname-only references
    pytest.param(
        'Marta Oyelaran spent a decade writing for television. Oyelaran directed her first feature, "Field of Salt," in 2020.',
        {("Marta Oyelaran", D, "Field of Salt", None)},
        id="surname-only-1",
    ),
    pytest.param(
        "Tamsin Grey broke out at Sundance in 2013. Two years later, Grey directed “Iron Lanterns,” which starred Idris Kamara.",
        {("Tamsin Grey", D, "Iron Lanterns", None), ("Idris Kamara", S, "Iron Lanterns", None)},
        id="surname-only-2",
    ),
    pytest.param(
        'Hollis Grant is a voice-acting legend. In "Scrap City," Grant voiced the robot Zed.',
        {("Hollis Grant", S, "Scrap City", "Zed")},
        id="surname-only-3",
    ),
    # ---- people: pronoun references
    pytest.param(
        "Jonas Eberle spent ten years directing commercials. In 2015, he directed “The Tin Orchard.”",
        {("Jonas Eberle", D, "The Tin Orchard", None)},
        id="pronoun-1",
    ),
    pytest.param(
        'Nell Okoro trained as a dancer. She now stars in "Driftwood" as a lighthouse keeper.',
        {("Nell Okoro", S, "Driftwood", None)},
        id="pronoun-2",
    ),
    pytest.param(
        'Felix Moreau is having a busy year. He plays a chef in "Mise en Place" and co-stars with Lola Brandt in "Night Bus."',
        {
            ("Felix Moreau", S, "Mise en Place", None),
            ("Felix Moreau", S, "Night Bus", None),
            ("Lola Brandt", S, "Night Bus", None),
        },
        id="pronoun-3",
    ),
    pytest.param(
        '"Saltmarsh" director Hugo Lind cast Agnes Thorpe early. She plays the ferry captain, Maggie Ross.',
        {("Hugo Lind", D, "Saltmarsh", None), ("Agnes Thorpe", S, "Saltmarsh", "Maggie Ross")},
        id="pronoun-4",
    ),
    # ---- people: two people with the same surname kept apart
    pytest.param(
        'Clara Vance directed "Low Tide," which stars her brother, Peter Vance.',
        {("Clara Vance", D, "Low Tide", None), ("Peter Vance", S, "Low Tide", None)},
        id="same-surname-1",
    ),
    pytest.param(
        'Ben Okafor directed "Iron Bay." His daughter, Ruth Okafor, plays the lead, a welder named Jo.',
        {("Ben Okafor", D, "Iron Bay", None), ("Ruth Okafor", S, "Iron Bay", "Jo")},
        id="same-surname-2",
    ),
    pytest.param(
        "Lena Castellano directed “Little Saints.” Marco Castellano, no relation, stars in “Harbor Boys.”",
        {
            ("Lena Castellano", D, "Little Saints", None),
            ("Marco Castellano", S, "Harbor Boys", None),
        },
        id="same-surname-3",
    ),
    # ---- titles: the full title with its subtitle
    pytest.param(
        'Vesna Orlić directed "Hollowmere: The Sunken Crown" (2019).',
        {("Vesna Orlić", D, "Hollowmere: The Sunken Crown", None)},
        id="subtitle-1",
    ),
    pytest.param(
        "“Starveil: The Broken Crown” stars Yara Haddad as Princess Lune.",
        {("Yara Haddad", S, "Starveil: The Broken Crown", "Princess Lune")},
        id="subtitle-2",
    ),
    pytest.param(
        '"Night Runners: Outbreak" is the sequel to "Night Runners."',
        {("Night Runners: Outbreak", Q, "Night Runners", None)},
        id="subtitle-3",
    ),
    pytest.param(
        'Agnes Thorpe leads the cast of "The Tidemark Chronicles: Voyage of the Heron."',
        {("Agnes Thorpe", S, "The Tidemark Chronicles: Voyage of the Heron", None)},
        id="subtitle-4",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_pattern_finds_facts(text, expected):
    found = triples(text)
    assert expected <= found, f"missing {expected - found}; found {found}"


SAME_TITLE_BY_YEAR = [
    pytest.param(
        'Ana Petrov directed "Harvest" (1994). Thirty years later, Ben Cole directed an unrelated "Harvest" (2024).',
        {("Ana Petrov", D, "Harvest", 1994), ("Ben Cole", D, "Harvest", 2024)},
        id="same-title-year-1",
    ),
    pytest.param(
        "The 1959 “Night Train,” directed by Ivo Herzog, should not be confused with the 2008 “Night Train,” directed by Sunil Rao.",
        {("Ivo Herzog", D, "Night Train", 1959), ("Sunil Rao", D, "Night Train", 2008)},
        id="same-title-year-2",
    ),
    pytest.param(
        'Oren Falk starred in the 1979 "Crossfire." Nadia Qureshi starred in the 2011 "Crossfire," a different film entirely.',
        {("Oren Falk", S, "Crossfire", 1979), ("Nadia Qureshi", S, "Crossfire", 2011)},
        id="same-title-year-3",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_TITLE_BY_YEAR)
def test_same_bare_title_kept_apart_by_year(text, expected):
    found = triples_with_year(text)
    assert expected <= found, f"missing {expected - found}; found {found}"


QUOTES = [
    # ---- quote before the attribution
    pytest.param(
        '"We had twelve days and one lens," Ines Varga said of the shoot.',
        {("Ines Varga", "We had twelve days and one lens")},
        id="quote-before-1",
    ),
    pytest.param(
        "“I didn’t want a happy ending,” says Jonah Abbot, whose “Paper Kites” opens Friday.",
        {("Jonah Abbot", "I didn’t want a happy ending")},
        id="quote-before-2",
    ),
    pytest.param(
        '"The studio wanted a villain. I gave them a father," Mireille Fontaine explained.',
        {("Mireille Fontaine", "The studio wanted a villain. I gave them a father")},
        id="quote-before-3",
    ),
    # ---- quote after the attribution
    pytest.param(
        'Ines Varga said, "We never had a second take."',
        {("Ines Varga", "We never had a second take.")},
        id="quote-after-1",
    ),
    pytest.param(
        "Asked about the ending, Tobias Renner laughed and said, “Everyone hates it, and that’s fine.”",
        {("Tobias Renner", "Everyone hates it, and that’s fine.")},
        id="quote-after-2",
    ),
    pytest.param(
        'Says Hedda Strand, "Half the audience walked out."',
        {("Hedda Strand", "Half the audience walked out.")},
        id="quote-after-3",
    ),
    # ---- quote split around the attribution
    pytest.param(
        '"I never wanted to direct," Oskar Vale said, "but nobody else would do it."',
        {
            ("Oskar Vale", "I never wanted to direct"),
            ("Oskar Vale", "but nobody else would do it."),
        },
        id="quote-split-1",
    ),
    pytest.param(
        "“The first cut was four hours,” editor Tamar Ziv recalled. “We lost two of them in a weekend.”",
        {
            ("Tamar Ziv", "The first cut was four hours"),
            ("Tamar Ziv", "We lost two of them in a weekend."),
        },
        id="quote-split-2",
    ),
    pytest.param(
        '"There was no script," said Nikos Varvaris, "only a 12-page outline and a lot of coffee."',
        {
            ("Nikos Varvaris", "There was no script"),
            ("Nikos Varvaris", "only a 12-page outline and a lot of coffee."),
        },
        id="quote-split-3",
    ),
    # ---- speaker by surname only
    pytest.param(
        'Ilse Marrow wrapped "The Salt Choir" in March. "I slept for a week," Marrow said.',
        {("Ilse Marrow", "I slept for a week")},
        id="quote-surname-1",
    ),
    pytest.param(
        "Ruben Estrada grew up in El Paso. “My mother never let me watch R-rated movies,” Estrada told the crowd.",
        {("Ruben Estrada", "My mother never let me watch R-rated movies")},
        id="quote-surname-2",
    ),
    pytest.param(
        'Critics adored Lotte Brink\'s debut. Brink said, "I was terrified nobody would show up."',
        {("Lotte Brink", "I was terrified nobody would show up.")},
        id="quote-surname-3",
    ),
    # ---- speaker by pronoun
    pytest.param(
        '"Cold Acre," directed by Tobias Renner, stars Dana Whitlock. "I cried on the first day," she said.',
        {("Dana Whitlock", "I cried on the first day")},
        id="quote-pronoun-1",
    ),
    pytest.param(
        'Wendell Osei grew up in Leeds. "My father ran a cinema there," he told the audience.',
        {("Wendell Osei", "My father ran a cinema there")},
        id="quote-pronoun-2",
    ),
    pytest.param(
        "Priya Raman and her director, Gideon Marsh, met in 2015. “He sent me the script on a napkin,” she recalled.",
        {("Priya Raman", "He sent me the script on a napkin")},
        id="quote-pronoun-3",
    ),
    pytest.param(
        'Asked about the sequel, Lucía Ferrán shrugged. She said: "I read the script. I liked it."',
        {("Lucía Ferrán", "I read the script. I liked it.")},
        id="quote-pronoun-4",
    ),
    # ---- speaker by role noun
    pytest.param(
        "“Blue Hour Motel” was helmed by Wendell Osei. “We shot every night for a month,” the director said.",
        {("Wendell Osei", "We shot every night for a month")},
        id="quote-role-director",
    ),
    pytest.param(
        '"Saltmarsh," directed by Hugo Lind, stars Agnes Thorpe. "I learned to sail for this," the actress said.',
        {("Agnes Thorpe", "I learned to sail for this")},
        id="quote-role-actress",
    ),
    pytest.param(
        'Gil Marsh has been acting since 1990. "I still get nervous before a premiere," the 53-year-old told reporters.',
        {("Gil Marsh", "I still get nervous before a premiere")},
        id="quote-role-age-1",
    ),
    pytest.param(
        'Marta Solano, 53, returns as Detective Ruiz in "Night Shift 2." "Ruiz is me, but braver," the 53-year-old said.',
        {("Marta Solano", "Ruiz is me, but braver")},
        id="quote-role-age-2",
    ),
    pytest.param(
        'Odile Marchand made "The Glass Orchard" in 1987. "I was broke and twenty-three," the filmmaker recalled.',
        {("Odile Marchand", "I was broke and twenty-three")},
        id="quote-role-filmmaker",
    ),
    pytest.param(
        "Declan Frey plays Kor in “Ashfall.” “Kor is not a villain in his own head,” the actor said.",
        {("Declan Frey", "Kor is not a villain in his own head")},
        id="quote-role-actor",
    ),
    # ---- "according to"
    pytest.param(
        'According to Hugo Lind, "the budget was never the problem."',
        {("Hugo Lind", "the budget was never the problem.")},
        id="according-to-1",
    ),
    pytest.param(
        '"We were three weeks from shutting down," according to producer Vanessa Hurd.',
        {("Vanessa Hurd", "We were three weeks from shutting down")},
        id="according-to-2",
    ),
    pytest.param(
        "The shoot was troubled. “Nobody slept,” according to Sasha Kim, who plays the lead.",
        {("Sasha Kim", "Nobody slept")},
        id="according-to-3",
    ),
    # ---- a quote introduced by a colon
    pytest.param(
        'Ilse Marrow was blunt: "We had no money and no permits."',
        {("Ilse Marrow", "We had no money and no permits.")},
        id="colon-1",
    ),
    pytest.param(
        "Asked why she came back, Yara Haddad offered a simple answer: “Lune isn’t finished.”",
        {("Yara Haddad", "Lune isn’t finished.")},
        id="colon-2",
    ),
    pytest.param(
        'Said Felix Adeyemi: "The river decided the schedule, not me."',
        {("Felix Adeyemi", "The river decided the schedule, not me.")},
        id="colon-3",
    ),
    # ---- a paragraph that continues the previous speaker's quote
    pytest.param(
        'Tamsin Grey is unsentimental about her debut. "It was a mess," she said.\n\n"But it was my mess, and I learned everything from it."',
        {
            ("Tamsin Grey", "It was a mess"),
            ("Tamsin Grey", "But it was my mess, and I learned everything from it."),
        },
        id="continuation-1",
    ),
    pytest.param(
        "Cyrus Bell said: “Augustin scared me.”\n\n“I kept the script in a drawer for a year. Then I said yes.”",
        {
            ("Cyrus Bell", "Augustin scared me."),
            ("Cyrus Bell", "I kept the script in a drawer for a year. Then I said yes."),
        },
        id="continuation-2",
    ),
    pytest.param(
        'The late Anton Reiss rarely gave interviews. In 1994, he told Sight and Sound, "I make films for the people in the back row."\n\n"The critics sit up front. They can fend for themselves."',
        {
            ("Anton Reiss", "I make films for the people in the back row."),
            ("Anton Reiss", "The critics sit up front. They can fend for themselves."),
        },
        id="continuation-3",
    ),
    # ---- nested single quotes stay inside the quote
    pytest.param(
        "\"My agent said, 'Don't take it,' and I took it anyway,\" Laurel Quinn said.",
        {("Laurel Quinn", "My agent said, 'Don't take it,' and I took it anyway")},
        id="nested-1",
    ),
    pytest.param(
        "“When I read ‘The house breathes,’ I knew I had to make it,” Hedda Strand said.",
        {("Hedda Strand", "When I read ‘The house breathes,’ I knew I had to make it")},
        id="nested-2",
    ),
    pytest.param(
        "Wendell Osei remembers the studio notes: \"They wrote 'more explosions' in the margin of every page.\"",
        {("Wendell Osei", "They wrote 'more explosions' in the margin of every page.")},
        id="nested-3",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quote_attributed(text, expected):
    found = said(text)
    assert expected <= found, f"missing {expected - found}; found {found}"


TOLD_OUTLET = [
    pytest.param(
        '"I\'m done with superheroes," Declan Frey told Variety.',
        {("Declan Frey", "I'm done with superheroes", "Variety")},
        id="told-outlet-1",
    ),
    pytest.param(
        'Agnes Thorpe told The Hollywood Reporter: "Nobody warned me about the boats."',
        {("Agnes Thorpe", "Nobody warned me about the boats.", "The Hollywood Reporter")},
        id="told-outlet-2",
    ),
    pytest.param(
        "“The budget doubled overnight,” producer Mira Osei told Deadline in a statement.",
        {("Mira Osei", "The budget doubled overnight", "Deadline")},
        id="told-outlet-3",
    ),
    pytest.param(
        'Jonah Abbot is wary of sequels. "One was enough," he told IndieWire.',
        {("Jonah Abbot", "One was enough", "IndieWire")},
        id="told-outlet-4",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_OUTLET)
def test_quote_told_outlet(text, expected):
    found = said_with_outlet(text)
    assert expected <= found, f"missing {expected - found}; found {found}"
