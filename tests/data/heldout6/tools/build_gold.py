#!/usr/bin/env python3
"""Builds the NAME.gold.json files of heldout6 from the hand-written tables below.

Each article is described by: entities (canonical -> type, aliases, year), required
facts, optional facts (with a note) and a notes string listing the traps.
Run from anywhere: python3 tools/build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ARTICLES = {}


def article(name, entities, facts, optional, notes):
    ARTICLES[name] = dict(entities=entities, facts=facts, optional=optional, notes=notes)


def E(typ, aliases=(), year=None):
    d = {"type": typ}
    if year is not None:
        d["year"] = year
    d["aliases"] = list(aliases)
    return d


def P(*aliases):
    return E("Person", aliases)


def Fm(year=None, *aliases):
    return E("Film", aliases, year)


def C(*aliases):
    return E("Character", aliases)


def O(*aliases):
    return E("Organization", aliases)


def TV(*aliases):
    return E("TVSeries", aliases)


def FS(*aliases):
    return E("FilmSeries", aliases)


def f(s, p, o, character=None, note=None):
    d = {"s": s, "p": p, "o": o}
    if character is not None:
        d["character"] = character
    if note is not None:
        d["note"] = note
    return d


# ---------------------------------------------------------------- 1. casting
SK = "The Salt Kings"
article(
    "casting-salt-kings",
    {
        "Ruairí Doyle": P("Doyle", "Ruairí", "Ruairi Doyle"),
        "Małgorzata Wiśniewska": P("Wiśniewska", "Malgorzata Wisniewska", "Wisniewska"),
        "Adaeze Okafor": P("Okafor"),
        "Jonah Whitlock": P("Whitlock"),
        "Kofi Mensah-Atta": P("Mensah-Atta"),
        "Priya Raghunathan": P("Raghunathan"),
        "Ellis Fairweather-Kane": P("Fairweather-Kane"),
        "Tobias Renner": P("Renner"),
        "Hélène Marchetti": P("Marchetti"),
        "Ifeoma Chukwu": P("Chukwu"),
        "Siobhán Doyle": P("Siobhan Doyle"),
        "Orla Brennan": P("Brennan"),
        "Paweł Zieliński": P("Zieliński", "Pawel Zielinski", "Zielinski"),
        "Marisol Eckhart": P("Eckhart"),
        "Céleste Aubry": P("Aubry"),
        SK: Fm(None, "Salt Kings"),
        "Harmattan": Fm(2019),
        "Low Tide at Bonny": Fm(2022),
        "The Weir Road": Fm(2020, "Weir Road"),
        "Frost Line": Fm(2018),
        "Frost Line: Part II": Fm(2021, "Frost Line Part II", "Frost Line II", "Frost Line 2"),
        "Declan Ferris": C("Ferris"),
        "Irena Sobczak": C("Irena"),
        "Danny": C("Danny Ferris"),
        "Musa Bello": C(),
        "Tom Quilty": C(),
        "Hanna Lis": C(),
        "Focus Features": O("Focus"),
        "Netflix": O(),
        "Deadline": O("Deadline Hollywood"),
        "Sundance Film Festival": O("Sundance"),
    },
    [
        f("Adaeze Okafor", "directed", SK),
        f("Adaeze Okafor", "directed", "Harmattan"),
        f("Adaeze Okafor", "directed", "Low Tide at Bonny"),
        f("Orla Brennan", "directed", "The Weir Road"),
        f("Paweł Zieliński", "directed", "Frost Line"),
        f("Paweł Zieliński", "directed", "Frost Line: Part II"),
        f("Ruairí Doyle", "starred_in", SK, "Declan Ferris"),
        f("Małgorzata Wiśniewska", "starred_in", SK, "Irena Sobczak"),
        f("Kofi Mensah-Atta", "starred_in", SK),
        f("Priya Raghunathan", "starred_in", SK),
        f("Ellis Fairweather-Kane", "starred_in", SK, "Danny"),
        f("Kofi Mensah-Atta", "starred_in", "Harmattan", "Musa Bello"),
        f("Ruairí Doyle", "starred_in", "The Weir Road", "Tom Quilty"),
        f("Małgorzata Wiśniewska", "starred_in", "Frost Line", "Hanna Lis"),
        f("Małgorzata Wiśniewska", "starred_in", "Frost Line: Part II", "Hanna Lis"),
        f("Frost Line: Part II", "sequel_of", "Frost Line"),
        f("Adaeze Okafor", "said", "I've wanted to make a film about the Mersey since I was a kid watching the ferries from my nan's window"),
        f("Adaeze Okafor", "said", "Ruairí has that thing you can't teach. You believe he'd drown you and then cry about it."),
        f("Ruairí Doyle", "said", "I've played a lot of cops. It was time to be the other fella."),
        f("Małgorzata Wiśniewska", "said", "Irena is the first woman I've played who isn't chasing somebody"),
        f("Małgorzata Wiśniewska", "said", "She's the one being chased, and that scared me in a good way."),
        f("Marisol Eckhart", "said", "one of the most distinctive voices of her generation"),
        f("Tobias Renner", "wrote", SK),
        f("Adaeze Okafor", "wrote", "Low Tide at Bonny"),
        f("Hélène Marchetti", "produced", SK),
        f("Ifeoma Chukwu", "edited", SK),
        f("Siobhán Doyle", "shot", SK),
        f("Siobhán Doyle", "shot", "Low Tide at Bonny"),
        f(SK, "distributed_by", "Focus Features"),
        f("Frost Line", "distributed_by", "Netflix"),
        f("Frost Line: Part II", "distributed_by", "Netflix"),
    ],
    [
        f("Marisol Eckhart", "said", "the studio had pursued the project for nearly two years after reading an early draft", note="indirect speech"),
    ],
    "Traps: Priya Raghunathan read for Irena and 'was not cast in that part' but is in the film in another role (starred_in without character); Jonah Whitlock was in talks for Declan Ferris but dropped out and is no longer attached (no starred_in); "
    "Céleste Aubry is only being courted, no deal (no starred_in); Focus is 'reportedly eyeing' a release date (rumour, no fact); "
    "Tobias Renner was a script consultant on Harmattan, he did not write it (wrote only The Salt Kings); "
    "Hélène Marchetti produces and Marisol Eckhart is a studio executive, neither directed; "
    "Siobhán Doyle (cinematographer) and Ruairí Doyle share a surname, 'no relation' ('Doyle' alone = Ruairí); "
    "'Her second feature' = Okafor directed Low Tide at Bonny; Harmattan premiered at Sundance (festival, not distributor); "
    "the headline and body quote film titles (\"The Salt Kings\", \"Harmattan\", ...) that are not speech; Eckhart's partial quote is required, her indirect speech optional."
)

# ---------------------------------------------------------------- 2. director profile
SH = "Sigrún Hallgrímsdóttir"
BSH = "Black Sand Hymn"
article(
    "director-profile-askja",
    {
        SH: P("Hallgrímsdóttir", "Sigrún", "Sigrun Hallgrimsdottir"),
        "Kári Sveinsson": P("Sveinsson"),
        "Mateus Figueira": P("Figueira", "Mateus"),
        "Anna Kristín Þórsdóttir": P("Þórsdóttir", "Anna Kristin Thorsdottir", "Thorsdottir"),
        "Hjörtur Baldvinsson": P("Baldvinsson"),
        "Tom Ashdown-Pryce": P("Ashdown-Pryce"),
        "Bragi Einarsson": P("Einarsson", "Bragi"),
        "Jónas Vilhjálmsson": P("Vilhjálmsson"),
        "Halla Guðmundsdóttir": P("Guðmundsdóttir", "Halla Gudmundsdottir"),
        "Askja": Fm(),
        BSH: Fm(2016),
        "Black Sand Hymn II": Fm(2020, "Black Sand Hymn 2"),
        "The Herring Girls": Fm(2011, "Herring Girls"),
        "Capim Santo": Fm(2015),
        "The Glass Orchard": Fm(1968, "Glass Orchard"),
        "Grey Fjord": TV("Gray Fjord"),
        "Ragnheiður": C("Ragnheidur"),
        "Geir": C(),
        "the Englishman": C("Englishman"),
        "Pétur": C(),
        "Neon": O(),
        "Netflix": O(),
        "IndieWire": O(),
        "RÚV": O("RUV"),
        "Venice Film Festival": O("Venice"),
    },
    [
        f(SH, "directed", "Askja"),
        f(SH, "directed", "The Herring Girls"),
        f("Mateus Figueira", "directed", "The Herring Girls"),
        f(SH, "directed", BSH),
        f("Bragi Einarsson", "directed", "Black Sand Hymn II"),
        f("Mateus Figueira", "directed", "Capim Santo"),
        f("Anna Kristín Þórsdóttir", "starred_in", "Askja", "Ragnheiður"),
        f("Hjörtur Baldvinsson", "starred_in", "Askja", "Geir"),
        f("Tom Ashdown-Pryce", "starred_in", "Askja", "the Englishman"),
        f("Hjörtur Baldvinsson", "starred_in", BSH, "Pétur"),
        f("Hjörtur Baldvinsson", "starred_in", "Black Sand Hymn II", "Pétur"),
        f("Black Sand Hymn II", "sequel_of", BSH),
        f(SH, "said", "Every foreigner who comes to Iceland wants a volcano in the background"),
        f(SH, "said", "I was determined to be the one Icelandic director who didn't give them one."),
        f(SH, "said", "Mateus taught me to shut up and wait for the light"),
        f(SH, "said", "He'd say, 'The island will tell you when.' I still hear that every day on set."),
        f(SH, "said", "And on 'Askja' the island took its time. We lost eleven shooting days to weather, and I wouldn't trade a single one."),
        f(SH, "said", "I said everything I had to say about that lighthouse"),
        f(SH, "said", "Bragi found new things. Good for him."),
        f(SH, "said", "paid film school"),
        f(SH, "said", "If someone remakes it, I hope they put a volcano in it"),
        f(SH, "said", "Then at least I'll have been right about something."),
        f("Hjörtur Baldvinsson", "said", "Sigrún is the only person I know who would argue with a glacier"),
        f("Hjörtur Baldvinsson", "said", "And win."),
        f(SH, "wrote", "Askja"),
        f("Kári Sveinsson", "wrote", "Askja"),
        f(SH, "edited", "Askja"),
        f("Jónas Vilhjálmsson", "shot", "Askja"),
        f("Jónas Vilhjálmsson", "shot", BSH),
        f("Askja", "distributed_by", "Neon"),
        f("Halla Guðmundsdóttir", "showrunner_of", "Grey Fjord"),
    ],
    [
        f(SH, "directed", "Grey Fjord", note="directed two episodes (episode-level TV direction)"),
        f("Mateus Figueira", "said", "The island will tell you when", note="nested quote, reported by Hallgrímsdóttir"),
    ],
    "Traps: her quote runs on across a paragraph break (one said fact per paragraph; the second paragraph contains the nested title 'Askja'); "
    "nested single-quoted 'The island will tell you when' is Figueira's words reported by her (optional for Figueira); "
    "she declined to direct Black Sand Hymn II (Bragi Einarsson directed it); "
    "The Glass Orchard is only an influence ('a nod to'), director not named, no fact; "
    "an English-language remake of Black Sand Hymn for Netflix is only 'reportedly approached' / hypothetical (no remake_of, no distributed_by); "
    "Grey Fjord is episode-level TV direction (optional; its showrunner is Halla Guðmundsdóttir, required showrunner_of); Kári Sveinsson co-wrote but did not direct; "
    "Venice is where the film premiered (festival, not distributor); 'the filmmaker behind' and 'co-directed with' credit patterns; "
    "the headline's quoted \"Askja\" is a title, not speech."
)

# ---------------------------------------------------------------- 3. actor interview
IP = "Ilinca Popescu"
LWR = "The Long Winter Road"
SS = "The Short Summer"
article(
    "actor-interview-popescu",
    {
        IP: P("Popescu", "Ilinca"),
        "Marcus Delacroix-Hale": P("Delacroix-Hale"),
        "Brianna Holt": P("Holt"),
        "Cristian Munteanu": P("Munteanu", "Cristian"),
        "Elena Munteanu": P(),
        "Joris van Leeuwen": P("van Leeuwen", "Van Leeuwen"),
        "Zsófia Kertész": P("Kertész"),
        "Radu Popescu": P(),
        "Yoshiro Tanabe": P("Tanabe"),
        "Gráinne Ní Bhriain": P("Ní Bhriain"),
        "Hanne Virtanen": P("Virtanen"),
        "Crimson Vanguard": Fm(),
        SS: Fm(2022, "Short Summer"),
        LWR: Fm(None, "Long Winter Road"),
        "Apartment 9": Fm(1987),
        "Foxglove": Fm(2024),
        "Nightjar": C(),
        "Vera Antal": C("Vera"),
        "Andrei": C("Andrei Antal"),
        "Ilona": C(),
        "Mirela": C(),
        "Curzon": O(),
    },
    [
        f("Marcus Delacroix-Hale", "directed", "Crimson Vanguard"),
        f("Cristian Munteanu", "directed", SS),
        f("Cristian Munteanu", "directed", LWR),
        f("Radu Popescu", "directed", "Apartment 9"),
        f("Yoshiro Tanabe", "directed", "Foxglove"),
        f("Gráinne Ní Bhriain", "directed", "Foxglove"),
        f("Brianna Holt", "starred_in", "Crimson Vanguard", "Nightjar"),
        f(IP, "starred_in", SS, "Vera Antal"),
        f(IP, "starred_in", LWR, "Vera Antal"),
        f("Joris van Leeuwen", "starred_in", LWR, "Andrei"),
        f("Zsófia Kertész", "starred_in", LWR, "Ilona"),
        f(IP, "starred_in", "Foxglove", "Mirela"),
        f(LWR, "sequel_of", SS),
        f(IP, "said", "a very boring interview"),
        f(IP, "said", "I read the script on a train and I felt nothing. Not one thing"),
        f(IP, "said", "My agent cried. My mother still hasn't forgiven me."),
        f(IP, "said", "Cristian writes women who are allowed to be unpleasant"),
        f(IP, "said", "That's rarer than you would think. Most scripts want me to be sad and beautiful near a window."),
        f(IP, "said", "People assume there's a dynasty"),
        f(IP, "said", "There's my dad, who fixes lifts in Cluj. That's the dynasty."),
        f(IP, "said", "I did the whole thing in my pyjamas"),
        f(IP, "said", "Don't tell the children."),
        f(IP, "said", "read something very strange and very good"),
        f(IP, "said", "Ask me when the rent is due"),
        f(IP, "said", "Today? No. Today I'm Vera."),
        f("Joris van Leeuwen", "said", "the most frightening scene partner"),
        f("Cristian Munteanu", "said", "If the money is there, we shoot next winter"),
        f("Cristian Munteanu", "said", "If not, Vera waits. She is very good at waiting."),
        f("Cristian Munteanu", "wrote", SS),
        f("Cristian Munteanu", "wrote", LWR),
        f("Elena Munteanu", "produced", SS),
        f("Elena Munteanu", "produced", LWR),
        f(LWR, "distributed_by", "Curzon"),
    ],
    [
        f(IP, "said", "I turned down the superhero film. My mother still hasn't forgiven me", note="headline quote"),
        f("Joris van Leeuwen", "said", "he meant it as the highest compliment", note="indirect speech"),
    ],
    "Traps: Popescu turned down Nightjar in Crimson Vanguard (no starred_in for her; Brianna Holt got the part); "
    "Radu Popescu only shares her surname, she never worked with him ('Popescu' alone = Ilinca); "
    "Elena Munteanu produced but did not direct, and shares a surname with Cristian ('Munteanu' alone = Cristian); "
    "she is 'reportedly in talks' for Hanne Virtanen's untitled next feature (rumour, no fact); "
    "the third film of the trilogy is hypothetical ('If the money is there'); "
    "'second instalment' establishes The Long Winter Road sequel_of The Short Summer; 'voicing' = starred_in Foxglove; "
    "'the 34-year-old' and 'she' resolve to Popescu; headline quote is optional; quoted titles (\"Crimson Vanguard\", \"Apartment 9\") are not speech."
)

# ---------------------------------------------------------------- 4. obituary
LA = "Lennart Achterberg"
article(
    "obituary-achterberg",
    {
        LA: P("Achterberg", "Lennart"),
        "Joost Achterberg": P("Joost", "the younger Achterberg"),
        "Mirte Achterberg": P("Mirte"),
        "Rick Corrado": P("Corrado"),
        "Pieter Hoogland": P("Hoogland"),
        "Frans de Wit": P("de Wit", "De Wit"),
        "Walt Brannigan": P("Brannigan"),
        "Hugo Stenmark": P("Stenmark"),
        "Ségolène Marchal": P("Marchal"),
        "Keiko Arimura": P("Arimura"),
        "Ria Veldkamp": P("Veldkamp"),
        "Dean Hollis": P("Hollis"),
        "Gerald Finch": P("Finch"),
        "The Gallows Clerk": Fm(1979, "Gallows Clerk"),
        "The Gallows Clerk Returns": Fm(1983, "Gallows Clerk Returns"),
        "The Notary": Fm(2004, "Notary"),
        "Overdrive Protocol": Fm(1988),
        "Nightfall Express": Fm(1991),
        "Harbour of Saints": Fm(1997, "Harbor of Saints"),
        "The Lantern Forest": Fm(2009, "Lantern Forest"),
        "Ebb": Fm(2015),
        "Kelder": Fm(),
        "Bureau Noord": TV(),
        "Cornelis Vos": C("Vos"),
        "Albrecht": C(),
        "Father Anselm": C("Anselm"),
        "Bram Kok": C("Inspecteur Bram Kok"),
        "Owl King": C("the Owl King"),
        "Orion Pictures": O("Orion"),
        "NOS": O(),
    },
    [
        f("Pieter Hoogland", "directed", "The Gallows Clerk"),
        f("Frans de Wit", "directed", "The Gallows Clerk Returns"),
        f("Dean Hollis", "directed", "The Notary"),
        f("Walt Brannigan", "directed", "Overdrive Protocol"),
        f("Ségolène Marchal", "directed", "Harbour of Saints"),
        f("Keiko Arimura", "directed", "The Lantern Forest"),
        f("Joost Achterberg", "directed", "Ebb"),
        f("Mirte Achterberg", "directed", "Kelder"),
        f(LA, "starred_in", "The Gallows Clerk", "Cornelis Vos"),
        f(LA, "starred_in", "The Gallows Clerk Returns", "Cornelis Vos"),
        f(LA, "starred_in", "Overdrive Protocol", "Albrecht"),
        f("Rick Corrado", "starred_in", "Overdrive Protocol"),
        f(LA, "starred_in", "Harbour of Saints", "Father Anselm"),
        f(LA, "starred_in", "Bureau Noord", "Bram Kok"),
        f(LA, "starred_in", "The Lantern Forest", "Owl King"),
        f(LA, "starred_in", "Ebb"),
        f("Hugo Stenmark", "starred_in", "Nightfall Express"),
        f("Gerald Finch", "starred_in", "The Notary"),
        f("The Gallows Clerk Returns", "sequel_of", "The Gallows Clerk"),
        f("The Notary", "remake_of", "The Gallows Clerk"),
        f(LA, "said", "I was never the handsome one, and thank God"),
        f(LA, "said", "Handsome men retire at 50. Villains work until they drop."),
        f(LA, "said", "the best thing that never happened to me"),
        f(LA, "said", "perfectly competent and completely pointless"),
        f("Ségolène Marchal", "said", "Lennart could make a single raised eyebrow last for a whole reel"),
        f("Ségolène Marchal", "said", "He was the most generous actor I ever filmed, and the most impatient."),
        f("Ségolène Marchal", "said", "He would finish his scene and then stay behind the camera to feed lines to everybody else."),
        f("Joost Achterberg", "said", "He gave me notes on my notes"),
        f("Joost Achterberg", "said", "I took about half of them."),
        f("Rick Corrado", "said", "Every villain thinks he's the hero. Lennart taught me that in 1988, and he was right."),
        f("Joost Achterberg", "wrote", "Ebb"),
        f("Overdrive Protocol", "distributed_by", "Orion Pictures"),
    ],
    [
        f(LA, "directed", "Bureau Noord", note="directed several episodes (episode-level TV direction)"),
        f("Joost Achterberg", "said", "his father had been ill with heart disease for several years", note="indirect speech"),
        f(LA, "said", "he had offered to work for free", note="indirect speech"),
        f("Bureau Noord", "distributed_by", "NOS", note="'the NOS police series' = broadcaster"),
    ],
    "Traps: Achterberg was considered for Nightfall Express but lost the part to Hugo Stenmark (no starred_in for him); "
    "Pieter Hoogland directed The Gallows Clerk but not the sequel (Frans de Wit did); "
    "The Notary (2004) is a remake of The Gallows Clerk, not a sequel (remake_of only), and Achterberg is not in it (Gerald Finch took 'Achterberg's old role'); "
    "he only attended the premiere of Kelder and did not appear in it (Mirte Achterberg directed it); "
    "Lennart, Joost and Mirte Achterberg share a surname ('Achterberg' alone = Lennart, 'the younger Achterberg' = Joost); "
    "'Second Fiddle' in quotation marks is a memoir title, not speech ('he wrote in his memoir' counts as said); "
    "Marchal's quote runs on across a paragraph break (one fact per paragraph); "
    "Bureau Noord episode direction is optional, his starring role in it is required; "
    "Ria Veldkamp is a costume designer (no predicate); 'Corrado's cop' is unnamed (no character)."
)

# ---------------------------------------------------------------- 5. review
NF, NF2 = "Night Ferry", "Night Ferry 2"
article(
    "review-night-ferry-2",
    {
        "Sione Faleolo": P("Sione"),
        "Tavita Faleolo": P("Tavita"),
        "Anahera Pōmare": P("Pōmare", "Anahera Pomare", "Pomare"),
        "Grace Liufau": P("Liufau"),
        "Bruno Castellani": P("Castellani"),
        "Dagny Lund": P("Lund"),
        "Teodor Blum": P("Blum"),
        "Harold Vance": P("Vance"),
        "Ilse Brandvold": P("Brandvold"),
        "Odile Fontaine": P("Fontaine"),
        "Mere Tuhoe": P("Tuhoe"),
        "Manaia Reti": P("Reti"),
        NF: Fm(2021),
        NF2: Fm(2026, "Night Ferry II"),
        "The Drowning Hour": Fm(1974, "Drowning Hour"),
        "Harbour Rats": Fm(2023, "Harbor Rats"),
        "Kiri": C(),
        "Vittorio": C(),
        "Sigrid Aas": C("Captain Sigrid Aas"),
        "Ruben Kaye": C("Kaye"),
        "StudioCanal": O(),
    },
    [
        f("Sione Faleolo", "directed", NF),
        f("Sione Faleolo", "directed", NF2),
        f("Tavita Faleolo", "directed", NF2),
        f("Harold Vance", "directed", "The Drowning Hour"),
        f("Mere Tuhoe", "directed", "Harbour Rats"),
        f("Anahera Pōmare", "starred_in", NF, "Kiri"),
        f("Anahera Pōmare", "starred_in", NF2, "Kiri"),
        f("Bruno Castellani", "starred_in", NF2, "Vittorio"),
        f("Dagny Lund", "starred_in", NF2, "Sigrid Aas"),
        f("Teodor Blum", "starred_in", NF, "Ruben Kaye"),
        f("Teodor Blum", "starred_in", NF2, "Ruben Kaye"),
        f("Manaia Reti", "starred_in", "Harbour Rats", "Kiri"),
        f(NF2, "sequel_of", NF),
        f("Anahera Pōmare", "said", "begged to come back"),
        f("Tavita Faleolo", "said", "a sequel you feel in your stomach before your head"),
        f("Sione Faleolo", "said", "We had more money and less time, which is the worst combination. Nobody asked for a bigger boat. We built one anyway."),
        f("Sione Faleolo", "said", "arguing about part three"),
        f("Sione Faleolo", "wrote", NF),
        f("Sione Faleolo", "wrote", NF2),
        f("Tavita Faleolo", "wrote", NF2),
        f("Grace Liufau", "wrote", NF2),
        f("Ilse Brandvold", "shot", NF2),
        f("Odile Fontaine", "edited", NF),
        f("Odile Fontaine", "edited", NF2),
        f(NF2, "distributed_by", "StudioCanal"),
    ],
    [
        f("Anahera Pōmare", "said", "this boat doesn't stop for anyone", note="a line of dialogue delivered in character as Kiri, not a statement"),
    ],
    "Style: Guardian review, film titles are NOT in quotation marks (only speech is). "
    "Traps: Sione and Tavita Faleolo share a surname; only Sione directed and wrote the 2021 Night Ferry, both co-direct the sequel ('Faleolo' alone is ambiguous, used only with a first name); "
    "Harbour Rats is a spin-off and explicitly a prequel, not a sequel of either film; "
    "The Drowning Hour is only an influence ('a nod to'), though its director is stated; "
    "\"this boat doesn't stop for anyone\" is Kiri's on-screen dialogue, not speech by a person (optional for Pōmare, never for Kiri); "
    "'a hook for a third voyage' / 'part three' is hypothetical (no film); 'self-penned' = wrote; 'cut the first film' = edited; "
    "'follow-up' in the standfirst and 'straight continuation of the 2021 original' support sequel_of; partial quotes in reported speech are required."
)

# ---------------------------------------------------------------- 6. retrospective
D99, D2, D3, DO, D19, DS = ("Deadwater (2001)", "Deadwater 2", "Deadwater III: Low Tide",
                            "Deadwater: Origins", "Deadwater (2021)", "Deadwater (film series)")
CV, PV = "Curtis Vahl", "Priya Vahl"
article(
    "retrospective-deadwater",
    {
        CV: P("Vahl", "Curtis"),
        PV: P(),
        "Dana Ostrowski": P("Ostrowski"),
        "Lena Marković": P("Marković", "Lena Markovic", "Markovic"),
        "Renata Solís": P("Solís", "Renata Solis"),
        "Bo Lindgren": P("Lindgren", "Bo"),
        "Desmond Pike": P("Pike"),
        "Jun-ho Seo": P("Seo"),
        "Keiko Hart": P("Hart", "Keiko"),
        "Amara Nwosu": P("Nwosu"),
        "Callum Reyes": P("Reyes"),
        "Lior Ben-Ami": P("Ben-Ami"),
        "Muriel Abernethy": P("Abernethy"),
        D99: Fm(2001, "Deadwater"),
        D2: Fm(2003, "Deadwater II"),
        D3: Fm(2006, "Deadwater III", "Deadwater 3", "Low Tide"),
        DO: Fm(2010, "Deadwater Origins", "Origins"),
        D19: Fm(2021, "Deadwater"),
        "Still Waters": Fm(1962),
        DS: FS("Deadwater", "Deadwater franchise"),
        "Nadia Flores": C("Nadia"),
        "Elias Crane": C(),
        "Walter Brandt": C(),
        "Dimension Films": O("Dimension"),
        "Universal Pictures": O("Universal"),
        "Empire": O(),
    },
    [
        f(CV, "directed", D99),
        f("Bo Lindgren", "directed", D2),
        f("Jun-ho Seo", "directed", D3),
        f("Amara Nwosu", "directed", DO),
        f(PV, "directed", D19),
        f("Muriel Abernethy", "directed", "Still Waters"),
        f("Renata Solís", "starred_in", D99, "Nadia Flores"),
        f("Renata Solís", "starred_in", D2, "Nadia Flores"),
        f("Desmond Pike", "starred_in", D2, "Elias Crane"),
        f("Keiko Hart", "starred_in", D3, "Nadia Flores"),
        f("Callum Reyes", "starred_in", DO, "Walter Brandt"),
        f("Lior Ben-Ami", "starred_in", D19, "Nadia Flores"),
        f(D2, "sequel_of", D99),
        f(D3, "sequel_of", D2),
        f(D19, "reboot_of", DS),
        f(CV, "said", "We had one wetsuit, one boat and a lake that was four degrees"),
        f(CV, "said", "The fear on screen is about 60 per cent hypothermia."),
        f(CV, "said", "the scariest ninety seconds ever committed to film"),
        f(CV, "said", "Bo made the movie Dimension wanted. I just didn't want to make it twice."),
        f("Renata Solís", "said", "a very polite disagreement about a very impolite script"),
        f("Renata Solís", "said", "I've made peace with it"),
        f("Renata Solís", "said", "Keiko did brave work with what she was given. I just couldn't go back in that water."),
        f("Renata Solís", "said", "nobody has actually called me about"),
        f(PV, "said", "never once came to set"),
        f(PV, "said", "Dad's version is about grief. Mine is about debt"),
        f(PV, "said", "Both of them are about the water."),
        f(CV, "wrote", D99),
        f("Dana Ostrowski", "wrote", D99),
        f("Lena Marković", "produced", D99),
        f("Lena Marković", "produced", D2),
        f(D99, "distributed_by", "Dimension Films"),
        f(D19, "distributed_by", "Universal Pictures"),
    ],
    [
        f(CV, "produced", D19, note="'took an executive producer credit'"),
    ],
    "Traps: two films share the bare title Deadwater, told apart by year (2001 original vs 2021 reboot; canonical names carry the year); "
    "Curtis Vahl turned down Deadwater 2 and only took an executive producer credit on the 2019 reboot (did not direct either); "
    "Renata Solís dropped out of Deadwater III: Low Tide and 'was replaced by Keiko Hart' (no starred_in for Solís there); "
    "Deadwater: Origins is explicitly 'a prequel rather than a sequel' (no sequel_of); "
    "Still Waters is only an influence ('a nod to'), its director is given as '(1962, dir. Muriel Abernethy)' (directed is required, nothing links it to Vahl); "
    "\"wet kills\" is a scare quote, not speech; "
    "a second reboot-continuity film, Ben-Ami 'in talks' and Solís 'rumoured for a cameo' are rumours (no facts); "
    "Curtis and Priya Vahl share a surname ('Vahl' alone = Curtis); 'third instalment' + numbered titles give the sequel chain; "
    "present-tense attributions ('Vahl tells Empire', 'Solís says now') and colon-introduced quotes."
)

# ---------------------------------------------------------------- 7. festival
FW, M26, M71 = "The Ferryman's Wife", "Marrow (2026)", "Marrow (1971)"
LJ, LJ2 = "La Jauría", "La Jauría II"
article(
    "festival-cannes-ferrymans-wife",
    {
        "Dóra Vass": P("Vass", "Dora Vass"),
        "Bence Vass": P(),
        "Lana Whitcombe": P("Whitcombe"),
        "Paulo Ventura": P("Ventura"),
        "Ágnes Berényi": P("Berényi", "Agnes Berenyi"),
        "Mathis Caron": P("Caron"),
        "Katalin Szabó": P("Szabó"),
        "Kang Min-seo": P("Kang"),
        "Yoon Tae-hee": P("Yoon"),
        "Choi Hye-rin": P("Choi"),
        "Zoltán Ferenczi": P("Ferenczi"),
        "Imre Halmi": P("Halmi"),
        "Álvaro Ibarra": P("Ibarra", "Alvaro Ibarra"),
        "Luz Encinas": P("Encinas"),
        "Tunde Alabi-Mercer": P("Alabi-Mercer"),
        "Folake Adeyemi": P("Adeyemi"),
        "Oskar Lindahl": P("Lindahl"),
        FW: Fm(2026, "Ferryman's Wife"),
        M26: Fm(2026, "Marrow"),
        M71: Fm(1971, "Marrow"),
        "Paper Lanterns": Fm(2022),
        LJ: Fm(2019, "La Jauria"),
        LJ2: Fm(2026, "La Jauria II", "La Jauría 2"),
        "Cinder Season": Fm(2026),
        "Glasshouse": Fm(2014),
        "Bolanle's Wedding": Fm(1976),
        "Rozália": C("Rozalia"),
        "Gáspár": C("Gaspar"),
        "Jae-sung": C(),
        "Marta": C(),
        "Bisi": C(),
        "Cannes Film Festival": O("Cannes"),
        "Mubi": O("MUBI"),
        "Neon": O(),
        "The Match Factory": O("Match Factory"),
        "A24": O(),
        "European Film Market": O("EFM"),
    },
    [
        f("Dóra Vass", "directed", FW),
        f("Kang Min-seo", "directed", M26),
        f("Kang Min-seo", "directed", "Paper Lanterns"),
        f("Zoltán Ferenczi", "directed", M71),
        f("Álvaro Ibarra", "directed", LJ),
        f("Álvaro Ibarra", "directed", LJ2),
        f("Tunde Alabi-Mercer", "directed", "Cinder Season"),
        f("Oskar Lindahl", "directed", "Glasshouse"),
        f("Ágnes Berényi", "starred_in", FW, "Rozália"),
        f("Mathis Caron", "starred_in", FW, "Gáspár"),
        f("Yoon Tae-hee", "starred_in", M26, "Jae-sung"),
        f("Choi Hye-rin", "starred_in", M26),
        f("Imre Halmi", "starred_in", M71),
        f("Luz Encinas", "starred_in", LJ2, "Marta"),
        f("Luz Encinas", "starred_in", LJ, "Marta"),
        f("Folake Adeyemi", "starred_in", "Cinder Season", "Bisi"),
        f(LJ2, "sequel_of", LJ),
        f("Dóra Vass", "said", "My grandmother ran a ferry for two years after the war"),
        f("Dóra Vass", "said", "Nobody in my family talks about those two years. So I made a film instead of a conversation."),
        f("Ágnes Berényi", "said", "I can now cross the Danube in a storm"),
        f("Ágnes Berényi", "said", "but I still can't parallel park."),
        f("Kang Min-seo", "said", "I found out about the other 'Marrow' after we locked the title. I have now seen it twice. It is better than mine."),
        f("Tunde Alabi-Mercer", "said", "I wanted to make a film that smells like my mother's kitchen"),
        f("Oskar Lindahl", "said", "films that take risks with form"),
        f("Bence Vass", "wrote", FW),
        f("Katalin Szabó", "produced", FW),
        f("Paulo Ventura", "shot", FW),
        f("Tunde Alabi-Mercer", "edited", "Cinder Season"),
        f(FW, "distributed_by", "Mubi"),
        f(M26, "distributed_by", "Neon"),
    ],
    [],
    "Style: Screen Daily, film titles in single quotes, speech in double quotes. "
    "Traps: two films share the bare title 'Marrow', told apart by year (Kang Min-seo's 2026 film vs Zoltán Ferenczi's 1971 film; canonical names carry the year); "
    "Lana Whitcombe only attended the premiere (no starred_in); jury president Oskar Lindahl has no film at the festival (his only credit is Glasshouse); "
    "The Match Factory handles international sales (sales agent, not distributed_by); A24 'said to be among the interested buyers' of Cinder Season is a rumour (no distributed_by); "
    "Cinder Season is 'inspired by' the 1976 classic 'Bolanle's Wedding' (influence only, no director named, no fact); "
    "Bence Vass wrote but did not direct and shares a surname with Dóra ('Vass' alone = Dóra); Katalin Szabó produces only; "
    "'one French critic called it \"a masterpiece of nausea\"' has no named speaker (no said fact); "
    "Kang's colon-introduced quote contains the nested title 'Marrow'; Berényi's quote is split around 'she said'; "
    "'cut the film himself' = edited; Cannes, Un Certain Regard, Directors' Fortnight, Cannes Classics and the European Film Market are venues, not distributors."
)

# ---------------------------------------------------------------- 8. industry
QA, VT, VT2, DP, IC, ICS, PIP = ("The Quiet Arithmetic", "Velvet Teeth", "Velvet Teeth 2", "Dust Psalm",
                                 "Ironclad", "Ironclad Summer", "Pip and the Moon Whale")
article(
    "industry-neon-acquisitions",
    {
        "Anjali Raghavan": P("Raghavan", "Anjali"),
        "Kavya Raghavan": P(),
        "Farhan Qureshi": P("Qureshi"),
        "Leela D'Souza": P("D'Souza", "Leela DSouza"),
        "Ignacio Bustamante": P("Bustamante"),
        "Rafe Calloway": P("Calloway"),
        "Ben Okoro": P("Okoro"),
        "Chloé Marceau-Diallo": P("Marceau-Diallo", "Chloé", "Chloe Marceau-Diallo"),
        "Sunniva Haug": P("Haug"),
        "Dario Benedetti": P("Benedetti"),
        "Itzel Cruz Benítez": P("Cruz Benítez", "Itzel Cruz Benitez"),
        "Emiliano Ríos": P("Ríos", "Emiliano Rios"),
        "Garrett Lyle": P("Lyle"),
        "Jordan Tate-Ofori": P("Tate-Ofori"),
        "Ha-eun Lim": P("Lim"),
        "Tobias Greer": P("Greer"),
        "Ottilie Brandt": P("Brandt"),
        QA: Fm(None, "Quiet Arithmetic"),
        VT: Fm(2023),
        VT2: Fm(None, "Velvet Teeth II"),
        DP: Fm(),
        IC: Fm(2023),
        ICS: Fm(),
        PIP: Fm(),
        "Vikram": C(),
        "Asha": C(),
        "Maren": C(),
        "Cal Mercer": C("Sgt. Cal Mercer"),
        "Pip": C(),
        "Neon": O(),
        "Netflix": O(),
        "Mubi": O("MUBI"),
        "A24": O(),
        "Sony Pictures Classics": O(),
        "Sony Pictures": O("Sony", "Sony Pictures Releasing"),
        "Lionsgate": O(),
        "Universal Pictures": O("Universal"),
        "Hulu": O(),
        "Variety": O(),
        "Toronto International Film Festival": O("TIFF", "Toronto"),
        "Sundance Film Festival": O("Sundance"),
    },
    [
        f("Anjali Raghavan", "directed", QA),
        f("Ben Okoro", "directed", VT),
        f("Chloé Marceau-Diallo", "directed", VT2),
        f("Itzel Cruz Benítez", "directed", DP),
        f("Garrett Lyle", "directed", ICS),
        f("Garrett Lyle", "directed", IC),
        f("Ha-eun Lim", "directed", PIP),
        f("Tobias Greer", "directed", PIP),
        f("Farhan Qureshi", "starred_in", QA, "Vikram"),
        f("Leela D'Souza", "starred_in", QA, "Asha"),
        f("Sunniva Haug", "starred_in", VT2, "Maren"),
        f("Sunniva Haug", "starred_in", VT, "Maren"),
        f("Dario Benedetti", "starred_in", VT2),
        f("Emiliano Ríos", "starred_in", DP),
        f("Jordan Tate-Ofori", "starred_in", ICS, "Cal Mercer"),
        f("Jordan Tate-Ofori", "starred_in", IC, "Cal Mercer"),
        f("Ottilie Brandt", "starred_in", PIP, "Pip"),
        f(VT2, "sequel_of", VT),
        f(ICS, "sequel_of", IC),
        f("Rafe Calloway", "said", "Anjali has made the rare film that works as both a thriller and a proof"),
        f("Anjali Raghavan", "said", "I spent six years on this script. I'm happy to spend six more months on a plane with it."),
        f("Ben Okoro", "said", "I'd already said everything I had to say with a chainsaw"),
        f("Ben Okoro", "said", "Chloé has a lot more to say, and a bigger chainsaw."),
        f("Itzel Cruz Benítez", "said", "not heard a word"),
        f("Itzel Cruz Benítez", "said", "If they call, I'll listen"),
        f("Itzel Cruz Benítez", "said", "Then I'll say no."),
        f("Kavya Raghavan", "produced", QA),
        f("Ben Okoro", "produced", VT2),
        f("Ignacio Bustamante", "shot", QA),
        f(QA, "distributed_by", "Neon"),
        f(QA, "distributed_by", "Mubi"),
        f(VT2, "distributed_by", "A24"),
        f(DP, "distributed_by", "Sony Pictures Classics"),
        f(ICS, "distributed_by", "Sony Pictures"),
        f(IC, "distributed_by", "Sony Pictures"),
    ],
    [
        f(PIP, "distributed_by", "Universal Pictures", note="'Universal's animated ...' box-office possessive"),
    ],
    "Traps: Netflix was 'reportedly in talks' for The Quiet Arithmetic and bowed out (no distributed_by); "
    "Lionsgate 'is said to be eyeing' remake rights to Dust Psalm (rumour, no remake_of/distributed_by); "
    "a 'Velvet Teeth' series at Hulu never got past the pitch (quoted title, no TV facts); \"elevated horror\" is a scare quote, not speech; "
    "Ben Okoro directed Velvet Teeth but only produces Velvet Teeth 2 ('handed the reins to' Chloé Marceau-Diallo); "
    "Kavya Raghavan is a producer and shares a surname with director Anjali ('Raghavan' alone = Anjali); "
    "Rafe Calloway is an acquisitions executive (said only); 'which Sony also distributed' attaches to Ironclad (2023) and, via 'also', to Ironclad Summer; "
    "'the follow-up to' gives sequel_of twice; 'voices' = starred_in; 'the 36-year-old' = Okoro; "
    "TIFF and Sundance are festivals, not distributors; the headline's quoted titles are not speech."
)

# ---------------------------------------------------------------- 9. adaptation
NF14, TF, NFTV = "The Ninth Floor (2014 film)", "The Tenth Floor", "The Ninth Floor (TV series)"
article(
    "adaptation-ninth-floor",
    {
        "Ingrid Solberg": P("Solberg", "Ingrid"),
        "Rasmus Holt": P("Holt"),
        "Mira Castellanos-Reyes": P("Castellanos-Reyes", "Mira"),
        "Ulrika Dahl": P("Dahl"),
        "Tarik Benhima": P("Benhima"),
        "Anders Brekke": P("Brekke"),
        "Siri Aune": P("Aune"),
        "Henrik Aasland": P("Aasland"),
        "Yasmin Haddad": P("Haddad"),
        "Malik Osei-Danquah": P("Osei-Danquah"),
        "Carter Bell": P("Bell"),
        "Helena Marsh": P("Marsh"),
        NF14: Fm(2014, "The Ninth Floor", "Ninth Floor"),
        TF: Fm(2017, "Tenth Floor"),
        "Quiet Snow": Fm(2021),
        NFTV: TV("The Ninth Floor", "Ninth Floor"),
        "Tidewater": TV(),
        "Even Lunde": C("Lunde", "Even"),
        "Tove Berg": C("Tove"),
        "Nadia Berg": C(),
        "Cyrus Vale": C(),
        "HBO": O(),
        "Max": O("HBO Max"),
        "Magnolia Pictures": O("Magnolia"),
        "Netflix": O(),
        "Deadline": O("Deadline Hollywood"),
    },
    [
        f("Ingrid Solberg", "directed", NF14),
        f("Ingrid Solberg", "directed", TF),
        f("Ingrid Solberg", "directed", "Quiet Snow"),
        f("Rasmus Holt", "starred_in", NF14, "Even Lunde"),
        f("Rasmus Holt", "starred_in", TF, "Even Lunde"),
        f("Rasmus Holt", "starred_in", NFTV, "Even Lunde"),
        f("Siri Aune", "starred_in", NF14, "Tove Berg"),
        f("Yasmin Haddad", "starred_in", NFTV, "Nadia Berg"),
        f("Malik Osei-Danquah", "starred_in", NFTV, "Cyrus Vale"),
        f("Siri Aune", "starred_in", "Quiet Snow"),
        f(TF, "sequel_of", NF14),
        f("Mira Castellanos-Reyes", "showrunner_of", NFTV),
        f("Rasmus Holt", "said", "I've been living with Even for more than ten years"),
        f("Rasmus Holt", "said", "In the film we had 110 minutes. Now he finally gets to be boring, and sad, and human for eight hours."),
        f("Ingrid Solberg", "said", "completely unthinkable"),
        f("Ingrid Solberg", "said", "Mira found the thing the film didn't have time for, which is the building itself"),
        f("Ingrid Solberg", "said", "The building is the ninth character."),
        f("Mira Castellanos-Reyes", "said", "I'm not remaking Ingrid's film"),
        f("Mira Castellanos-Reyes", "said", "I'm moving into it and rearranging the furniture."),
        f("Mira Castellanos-Reyes", "said", "slower, stranger and colder than the film"),
        f("Helena Marsh", "said", "We've been fans of Even Lunde since the first frame"),
        f("Helena Marsh", "said", "Ingrid and Mira are going to make him a household name all over again."),
        f("Ingrid Solberg", "wrote", NF14),
        f("Anders Brekke", "wrote", NF14),
        f("Henrik Aasland", "shot", NF14),
        f("Henrik Aasland", "shot", TF),
        f(NF14, "distributed_by", "Magnolia Pictures"),
        f("Quiet Snow", "distributed_by", "Netflix"),
    ],
    [
        f("Ingrid Solberg", "directed", NFTV, note="will direct the premiere episode (episode-level TV direction)"),
        f("Ulrika Dahl", "directed", NFTV, note="episode-level TV direction"),
        f("Tarik Benhima", "directed", NFTV, note="episode-level TV direction"),
        f("Ingrid Solberg", "produced", NFTV, note="executive producer on the series"),
        f("Mira Castellanos-Reyes", "produced", NFTV, note="executive producer on the series"),
        f("Mira Castellanos-Reyes", "wrote", NFTV, note="writes the first two episodes"),
        f(NFTV, "distributed_by", "HBO", note="HBO ordered the series (broadcaster)"),
        f("Mira Castellanos-Reyes", "showrunner_of", "Tidewater", note="parenthetical trade credit '(\"Tidewater\")', role unstated"),
    ],
    "Traps: the film and the series share the bare title The Ninth Floor (canonical names carry '2014 film' / 'TV series'); "
    "the series is an adaptation, and the showrunner explicitly says she is 'not remaking' the film (no remake_of); "
    "Siri Aune was approached but declined to return for the series (no starred_in on the TV series); "
    "a 2018 U.S. remake with Carter Bell attached was abandoned (no starred_in, no remake_of); "
    "Solberg directing the premiere and Dahl/Benhima directing episodes is episode-level TV direction (optional); "
    "Helena Marsh is an HBO executive (said only); a partial quote attributed with 'according to' is required; a possible second season is hypothetical; the premiere date is 'reportedly eyed' (rumour); "
    "TV starring roles stated in the text are required (Holt, Haddad, Osei-Danquah); "
    "'\"Ninth Floor\" co-star' style quoted titles and the parenthetical (\"Tidewater\") are not speech; 'Aasland again shot' = shot The Tenth Floor."
)

# ---------------------------------------------------------------- 10. remake
CH88, CH27, NS, NSS = "Cold Harvest (1988)", "Cold Harvest (2027)", "Nightshade (2028)", "Nightshade (film series)"
TK = "Tomasz Kędzierski"
article(
    "remake-cold-harvest",
    {
        "Lyle Garrity": P("Garrity"),
        TK: P("Kędzierski", "Tomasz", "Tomasz Kedzierski", "Kedzierski"),
        "Naledi Dlamini": P("Dlamini"),
        "Beth Ann Marlowe": P("Marlowe"),
        "Aksel Nordgren": P("Nordgren"),
        "Tariq Benali": P("Benali"),
        "Dale Whitfield": P("Whitfield"),
        "Harriet Coombs": P("Coombs"),
        "Kwabena Asare": P("Asare"),
        "Hannah Corrigan": P("Corrigan"),
        "Saoirse Quill": P("Quill"),
        "Agnieszka Kędzierska": P("Kędzierska", "Agnieszka Kedzierska"),
        "Jae-won Cho": P("Cho"),
        CH88: Fm(1988, "Cold Harvest"),
        CH27: Fm(2027, "Cold Harvest"),
        "Dry County": Fm(1991),
        "Ślady": Fm(2019, "Slady", "Traces"),
        "Wolfpit": Fm(2020),
        "Wolfpit II": Fm(2023, "Wolfpit 2"),
        NS: Fm(2028, "Nightshade"),
        NSS: FS("Nightshade", "Nightshade franchise"),
        "June Talley": C("June"),
        "Earl Cobb": C("Cobb"),
        "Maeve Darrow": C(),
        "Universal Pictures": O("Universal"),
        "Hemdale": O("Hemdale Film Corporation"),
        "Variety": O(),
    },
    [
        f("Lyle Garrity", "directed", CH88),
        f("Lyle Garrity", "directed", "Dry County"),
        f(TK, "directed", CH27),
        f(TK, "directed", "Ślady"),
        f(TK, "directed", "Wolfpit II"),
        f("Hannah Corrigan", "directed", "Wolfpit"),
        f("Naledi Dlamini", "starred_in", CH27, "June Talley"),
        f("Beth Ann Marlowe", "starred_in", CH88, "June Talley"),
        f("Aksel Nordgren", "starred_in", CH27, "Earl Cobb"),
        f("Tariq Benali", "starred_in", CH27),
        f("Dale Whitfield", "starred_in", CH88, "Earl Cobb"),
        f("Beth Ann Marlowe", "starred_in", "Dry County"),
        f("Saoirse Quill", "starred_in", "Wolfpit", "Maeve Darrow"),
        f("Saoirse Quill", "starred_in", "Wolfpit II", "Maeve Darrow"),
        f("Wolfpit II", "sequel_of", "Wolfpit"),
        f(CH27, "remake_of", CH88),
        f(NS, "reboot_of", NSS),
        f("Lyle Garrity", "said", "I had my turn at the farm"),
        f("Lyle Garrity", "said", "Tomasz sees things in that story that I was too young and too scared to see in 1988."),
        f("Beth Ann Marlowe", "said", "Some doors you close gently and leave closed"),
        f(TK, "said", "The original is a perfect film, which is exactly why I'm scared of it"),
        f(TK, "said", "So I'm not copying it. I'm answering it."),
        f("Naledi Dlamini", "said", "June is not a victim. She's a farmer"),
        f("Naledi Dlamini", "said", "Farmers know exactly what a frost can do."),
        f("Lyle Garrity", "wrote", CH88),
        f("Harriet Coombs", "wrote", CH27),
        f("Kwabena Asare", "wrote", CH27),
        f("Lyle Garrity", "produced", CH27),
        f("Agnieszka Kędzierska", "shot", CH27),
        f(CH27, "distributed_by", "Universal Pictures"),
        f(CH88, "distributed_by", "Hemdale"),
    ],
    [
        f(NS, "distributed_by", "Universal Pictures", note="'Universal is also rebooting its ... franchise'"),
        f("Naledi Dlamini", "said", "she had been drawn by the character's steel", note="indirect speech"),
    ],
    "Traps: two films share the bare title Cold Harvest, told apart by year (1988 original vs the 2027 remake; canonical names carry the year); "
    "Lyle Garrity wrote and directed the original and produces the remake but 'will not direct it'; "
    "Beth Ann Marlowe was offered a cameo in the remake and turned it down (no starred_in on the remake); "
    "Hannah Corrigan declined to return for Wolfpit II (did not direct it); Dlamini was only 'in talks' for 'Wolfpit III' (no film, no starred_in, no sequel_of); "
    "Jae-won Cho is 'in talks to direct' Nightshade and Dlamini is 'reportedly' eyed for it (no directed/starred_in); "
    "Agnieszka Kędzierska shares a near-identical surname with Tomasz Kędzierski, 'no relation' ('Kędzierski' = Tomasz); "
    "(\"Traces\") is a translated title in quotation marks, not speech; the 1981 novel is unnamed; "
    "'the 41-year-old' = Kędzierski; 'made his English-language debut with' = directed; 'the role originated by' = starred_in the original."
)


def main():
    for name, d in ARTICLES.items():
        out = {
            "article": name + ".txt",
            "entities": d["entities"],
            "facts": d["facts"],
            "optional": d["optional"],
            "notes": d["notes"],
        }
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print(name, len(d["facts"]), "required,", len(d["optional"]), "optional")


if __name__ == "__main__":
    main()
