"""Table tests for general patterns added in the nineteenth session.

Every sentence is our own, with invented names and titles; none is copied from the shared
corpus or from a held-out article. Each case names the general pattern it stands for.
"""

import pytest
from extract_helpers import extracted, fact_table_tests, speaker_table_test, triples

# a festival line-up: a film, its director, then its cast as a bare "with" list
LINEUP = (
    "Berlin Unveils Its Competition\n\n"
    'Also in competition are "The Lamp Room," from Dutch director Wim Osterloh, with Karin '
    'Veld and Joost Marel; and "Blue Ferry," directed by Saskia Brand.'
)
# a director's profile: early films giving actors roles
PROFILE = (
    "The Quiet Cinema of Hanna Vuori\n\n"
    "Hanna Vuori has made four films in ten years.\n\n"
    'Her debut, "Rye Bread" (2012), gave Aino Lepp her first screen role as a baker\'s niece, '
    'and her second film, "The Narrow Gate" (2017), gave Piet Haalbos the role of a ferry '
    "pilot, and with it a career. Her 2020 feature premiered at Toronto with Ossi "
    "Rantala in the lead."
)
# an actress's profile: a voice part, a supporting turn, a breakout role
ACTRESS = (
    "Ilse Kumpf Is Everywhere This Year\n\n"
    "Ilse Kumpf, the Austrian actress, has had a busy year.\n\n"
    'She made her first foray into animation, voicing Ottoline, a vain heron, in "Featherfall" '
    '(2024). Kumpf also has a supporting turn in Jan Bors\'s upcoming "Quiet Fields," and '
    'she was last seen as the eldest sister in the BBC series "The Turnpike."'
)
# a review: an actor once memorable elsewhere, a breakout in a film
REVIEW = (
    "'Measure of a Man' Review\n\n"
    '"Measure of a Man" follows a tailor who measures the dead.\n\n'
    'Ugo Serra was memorably sly as a card sharp in Pia Rossi\'s "Tallow Shore"; '
    'here he is gentler. Nadia Fell, whose breakout role was in the Neon drama "Brittle '
    'Hours," plays his daughter.'
)
# a series report: a lead with the part the actor created, and a co-lead with a possessive
SERIES = (
    "'Ward Eleven' Returns\n\n"
    'The BBC drama "Ward Eleven" returns for a fourth season on Sunday.\n\n'
    "Lena Okri leads the cast as Dr. Ruth Amble, the role she originated in the 2019 film "
    '"Graveyard Rota." Cass Burrow co-stars as Matron Joan Pike, and Ivo Lund is back as '
    "the porter, Albie Struther."
)
# an obituary: a run of parts, each "the DESC C in F"
OBITUARY = (
    "Gyorgy Palffy, Character Actor, Dies at 90\n\n"
    "Gyorgy Palffy, the Hungarian character actor, died Tuesday in Budapest.\n\n"
    'He was the sleepy barge pilot Bence in Imre Bakos\'s "Tisza Evenings" (1975), and the '
    "deserting officer Major Pavel Orlov in Hal Dunmere's war drama \"The Captain's Wager\" "
    "(1979). In later years he worked mostly in television, most memorably as the imperious "
    'count Istvan Dery in the long-running saga "The Dery House."'
)
# a casting story: an actor boards a film and takes over a part from another
CASTING = (
    "Cal Breck Boards 'The Copper Barons'\n\n"
    'EXCLUSIVE: Cal Breck has boarded "The Copper Barons," the English-language debut of '
    "French filmmaker Odile Varenne, taking over the lead role of Fergal Rooney from Aled "
    "Ruthin, who dropped out last month. Breck is best known for playing the young jockey "
    'Ned Slater in "Bantam Kings."'
)
# a festival's prizes: the winner named after "went to", then "in which he plays"
PRIZES = (
    "Karlovy Vary Awards\n\n"
    'Lena Dorr won best director. Best actor went to the Czech veteran Ota Brabec for "The '
    'Glass Weir," directed by Hana Kolar, in which he plays a retired lock-keeper named Emil Sova.'
)
# an obituary: a director named in passing after "in", and the next sentence's "he"
PASSING = (
    "Ferdinand Rusz, Character Actor, Dies at 80\n\n"
    "Ferdinand Rusz, the Slovak character actor, died Monday.\n\n"
    "Audiences first noticed him as the gamekeeper Imro in British director Amos Fenn's \"The "
    'Quiet Barn" (1971). He was the bearded smuggler Jano in Ivo Bak\'s "River Dusk" (1975).'
)
# a voice part between two of another director's films
BETWEEN = (
    "Ilse Kumpf Goes Animated\n\n"
    "Ilse Kumpf has made two films with the Romanian director Dan Kadlec.\n\n"
    "Between the two Kadlec films she made her first foray into animation, voicing Ottoline, a "
    'vain heron, in "Featherfall" (2024).'
)
# a series lead whose part began in a film, credited right after the film's title
ORIGIN = (
    "'Harbour Watch' Returns\n\n"
    'The ITV drama "Harbour Watch" returns for a second series.\n\n'
    "Maud Kiely leads the cast as Inspector Rose Canning, the role she originated in "
    '"Slack Tide," directed by Eamon Fitch, and reprised in its sequel, "Slack Tide II," which '
    "was directed by Nia Gower."
)
# a review in lost italics whose headline names no title: the rating line over the credits
# block does, and the narrator's "I've" after "movie" is no title
RATED_REVIEW = (
    "A frontier fable with sand in its boots\n\n"
    "Halfway through Lantern Creek, a storm blots out the plain. It's the best scene in any "
    "movie I've seen this year. Mara Stenn plays Ada Quenby, a widow holding on to a failing "
    "ranch.\n\n"
    'Asked whether he would return to the valley, the director laughed. "There will be no '
    'Lantern Creek 2," he said.\n\n'
    "Lantern Creek ★★★½\n"
    "Directed by Tomas Urquiza. With Mara Stenn, Oren Falk. Unrated, 104 min."
)
# an interview: an actress introduced by "played by", then "the 47-year-old director"
INTERVIEW = (
    "Rhee Min-ji Goes Back to the Beginning\n\n"
    'Rhee Min-ji is back with "The Rime Road," a prequel to her 2015 thriller "Cinder Bell."\n\n'
    'In the new film the young inspector is played by Cho Yun-ah, who was 9 when "Cinder '
    'Bell" came out. "I begged for it," Cho says.\n\n'
    "The 47-year-old director had good reasons to stay away. She turned down the sequel.\n\n"
    '"I kept my mouth shut on that one," she says.'
)
# a box-office report: a remake whose original is credited with a possessive
REMAKE = (
    "Box Office: 'Cold Junction' Opens Third\n\n"
    'The weekend\'s other new release, "Cold Junction," opened in third place. The Sony '
    'release, a remake of Ugo Sala\'s 1976 Italian crime caper "Trappola Fredda," moves the '
    "story to Reno, with Nils Ekberg and Dana Holm as the grifters. It was directed by Omar "
    "Pell."
)
# a casting story: the original a remake builds on, described with its own cast
ORIGINAL_CAST = (
    "Ines Dahl to Lead 'The Harbour Accord'\n\n"
    'Ines Dahl will star in "The Harbour Accord," the English-language debut of Finnish '
    'filmmaker Aino Kask. The project is a remake of "Sildra," Olav Berg\'s 1979 Norwegian '
    "thriller, which starred Kari Smedvig as a customs officer. Marta Beck has also signed on "
    "as Ines's estranged sister, Liv, while newcomer Kwesi Ablorh, a recent RADA graduate, "
    "rounds out the ensemble as the harbormaster's son, Ebo. Dahl is best known for the "
    'Netflix series "Port Authority," in which she played the detective Vera Holm for three '
    "seasons."
)
# a renewal story: the film a series spins off, "the film" and "both films"
SPIN_OFF = (
    "Netflix Renews 'Cellar Door'\n\n"
    'Netflix has renewed "Cellar Door," its family drama, for a second season. It is a '
    'spin-off of Lukas Merz\'s 2021 film "The Vintner," which he wrote and directed. Ama '
    "Cole, who played Colette in the film, reprises the role as the show's lead.\n\n"
    'Merz also made "Wolf Hollow II" (2023), the sequel to Hanna Roth\'s 2020 hit "Wolf '
    'Hollow." Sara Quinlan played the schoolteacher Oona Hale in both films.'
)
# an actor's profile in lost italics: titles named only in appositions
LOST_ITALICS = (
    "Signe Dal Is Ready for Her Close-Up\n\n"
    "Her breakthrough came in Baldur Ek's Frost Psalm (2015), shot by her sister, Ragna "
    "Dal. Ragna also shot The Keeper's Ledger, the Welsh period drama that opens next month. "
    "In 2019 Signe read for the lead in Ravenholt, Brock Hale's Viking epic, and was never "
    "cast; the role went to the actress Jess Thrale."
)
# an actress's obituary: her films in the order of her career
ACTRESS_OBITUARY = (
    "Vera Lisboa, star of 'Tide Widows,' dies at 84\n\n"
    "Vera Lisboa, the Portuguese actress, died Sunday. She was 84. Her son, the film producer "
    "Rui Castelo, said she died peacefully.\n\n"
    'Lisboa rose to fame in 1968 with "Tide Widows," in which she played Ana Pais. The film '
    "was directed by her husband, Jorge Castelo, who died in 2003.\n\n"
    'She reprised the role six years later in the sequel, "Tide Widows Return" (1974).\n\n'
    'She did make one American film, Lorne Hale\'s spy thriller "Lisbon Crossing" (1977), '
    "playing a hotel switchboard operator, Dona Rosa, opposite Ray Cava.\n\n"
    "In the 1990s a new generation came to know her as the formidable matriarch Lurdes Vaz "
    'in RTP\'s telenovela "Neighbours of Alfama," which ran for five seasons.\n\n'
    'Her final screen role came in 2019\'s "Last Days of August," directed by Celso Tembe.\n\n'
    'Irene Bento, who played Lisboa\'s teenage daughter in "Tide Widows," was with her.'
)
# an anniversary piece: a cast list with an apposition, a sequel's new director
ANNIVERSARY = (
    "Paper Roads at 30\n\n"
    '"Paper Roads," written and directed by Mora Kell, returns to cinemas on Friday.\n\n'
    "Released in 1995, the film made stars of Aine Carr, who was 16 when she played the "
    "runaway Kirsty Bain, and Kit Blackwell, then a jobbing character actor best known for "
    "television, who played her father, Angus.\n\n"
    'Carr returned for the 1999 sequel, "Salt Roads," which followed Kirsty to Glasgow. Kell '
    "declined to direct it, and the job went to Fraser Quade, her first assistant director."
)
# a sequel announcement: a franchise named as "a third "F" movie", its old director
FRANCHISE = (
    "'Gravel Kings 3' Is Happening\n\n"
    'Lionsgate has greenlit a third "Gravel Kings" movie. The South African director Zola '
    'Dube will direct "Gravel Kings 3."\n\n'
    'Darek Wolski, the Polish filmmaker who directed 2017\'s "Gravel Kings" and its 2020 '
    'sequel, "Gravel Kings: Overdrive," will not return. The original "Gravel Kings" was a '
    'loose remake of Tsang Lok\'s 1992 Hong Kong thriller "Iron Rain."'
)
# a festival report: a co-directed premiere, and a juror beside an actor in another entry
PREMIERE = (
    "Venice 2025: The Heron Prince earns an ovation\n\n"
    "The Heron Prince, the first feature to be co-directed by Georgia's Nino Tsereteli and "
    "the Netherlands' Pieter Brand, received a standing ovation on Tuesday.\n\n"
    "Among those on their feet were the jury president, the Chilean director Ana Icaza, and "
    "the Italian actor Gino Fosca, who stars in Thursday's Competition entry Il Giardino dei "
    "Limoni."
)
# a series renewal: a reboot of an old film, its crew, and a rumour answered after a colon
RENEWAL = (
    "'Saint Brigid' Renewed for Season 3\n\n"
    'Scrub in: "Saint Brigid" is officially getting a third season.\n\n'
    '"Saint Brigid" is a reboot of Colm Pell\'s 1987 British film "The Nurses of Saint Brigid." '
    "Nora Quell stars as Dr. Leila Nasser.\n\n"
    "Pell, who directed the original film, is an executive producer on the series. Anand "
    'Vasan, the Oscar-nominated director of the 2014 feature "The Tea Clerk," helmed four '
    "episodes.\n\n"
    "Rumors that Quell would exit the show were put to rest by the showrunner, Devi Sarin: "
    '"Leila stays. I would have to write her out, and I won\'t."'
)

FOUND = [
    pytest.param(
        LINEUP, ("Karin Veld", "starred_in", "The Lamp Room", None), id="f-from-director-x-with-a"
    ),
    pytest.param(
        LINEUP,
        ("Joost Marel", "starred_in", "The Lamp Room", None),
        id="f-from-director-x-with-a-and-b",
    ),
    pytest.param(
        PROFILE,
        ("Aino Lepp", "starred_in", "Rye Bread", None),
        id="f-gave-x-her-first-screen-role-as",
    ),
    pytest.param(
        PROFILE,
        ("Piet Haalbos", "starred_in", "The Narrow Gate", None),
        id="f-gave-x-the-role-of-a-description",
    ),
    pytest.param(
        ACTRESS,
        ("Ilse Kumpf", "starred_in", "Featherfall", "Ottoline"),
        id="voicing-c-an-apposition-in-f",
    ),
    pytest.param(
        ACTRESS,
        ("Ilse Kumpf", "starred_in", "Quiet Fields", None),
        id="has-a-supporting-turn-in-f",
    ),
    pytest.param(
        ACTRESS,
        ("Ilse Kumpf", "starred_in", "The Turnpike", None),
        id="was-last-seen-as-the-description-in-f",
    ),
    pytest.param(
        REVIEW,
        ("Ugo Serra", "starred_in", "Tallow Shore", None),
        id="was-adverb-adjective-as-a-description-in-f",
    ),
    pytest.param(
        REVIEW,
        ("Nadia Fell", "starred_in", "Brittle Hours", None),
        id="whose-breakout-role-was-in-f",
    ),
    pytest.param(
        SERIES,
        ("Lena Okri", "starred_in", "Ward Eleven", "Dr. Ruth Amble"),
        id="leads-the-cast-as-c",
    ),
    pytest.param(
        SERIES,
        ("Lena Okri", "starred_in", "Graveyard Rota", "Dr. Ruth Amble"),
        id="the-role-she-originated-in-f",
    ),
    pytest.param(
        SERIES,
        ("Cass Burrow", "starred_in", "Ward Eleven", "Matron Joan Pike"),
        id="co-stars-as-c-in-the-focus-series",
    ),
    pytest.param(
        SERIES,
        ("Ivo Lund", "starred_in", "Ward Eleven", "Albie Struther"),
        id="is-back-as-the-description-c",
    ),
    pytest.param(
        OBITUARY,
        ("Gyorgy Palffy", "starred_in", "Tisza Evenings", "Bence"),
        id="he-was-the-description-c-in-f",
    ),
    pytest.param(
        OBITUARY,
        ("Gyorgy Palffy", "starred_in", "The Captain's Wager", "Major Pavel Orlov"),
        id="and-the-description-c-in-f-continues-the-list",
    ),
    pytest.param(
        OBITUARY,
        ("Gyorgy Palffy", "starred_in", "The Dery House", "Istvan Dery"),
        id="most-memorably-as-the-description-c-in-f",
    ),
    pytest.param(
        CASTING,
        ("Cal Breck", "starred_in", "The Copper Barons", "Fergal Rooney"),
        id="has-boarded-f-taking-over-the-lead-role-of-c",
    ),
    pytest.param(
        CASTING,
        ("Cal Breck", "starred_in", "Bantam Kings", "Ned Slater"),
        id="best-known-for-playing-c-in-f",
    ),
    pytest.param(
        PRIZES,
        ("Ota Brabec", "starred_in", "The Glass Weir", "Emil Sova"),
        id="best-actor-went-to-x-for-f-in-which-he-plays",
    ),
    pytest.param(
        PASSING,
        ("Ferdinand Rusz", "starred_in", "River Dusk", "Jano"),
        id="in-british-director-x-s-f-governs-x-so-he-is-the-article-s-subject",
    ),
    pytest.param(
        BETWEEN,
        ("Ilse Kumpf", "starred_in", "Featherfall", "Ottoline"),
        id="between-the-two-x-films-she-is-not-x",
    ),
    pytest.param(
        ORIGIN,
        ("Maud Kiely", "starred_in", "Harbour Watch", "Inspector Rose Canning"),
        id="the-role-she-originated-in-f-is-background-to-the-series",
    ),
    pytest.param(
        ORIGIN,
        ("Maud Kiely", "starred_in", "Slack Tide II", "Inspector Rose Canning"),
        id="the-role-she-originated-in-f-and-reprised-in-its-sequel-f2",
    ),
    pytest.param(
        ORIGIN,
        ("Eamon Fitch", "directed", "Slack Tide", None),
        id="originated-in-f-directed-by-x-credits-f",
    ),
    pytest.param(
        ORIGIN,
        ("Nia Gower", "directed", "Slack Tide II", None),
        id="and-reprised-in-its-sequel-f2-which-was-directed-by-y",
    ),
    pytest.param(
        RATED_REVIEW,
        ("Mara Stenn", "starred_in", "Lantern Creek", "Ada Quenby"),
        id="a-rating-line-names-the-reviewed-film",
    ),
    pytest.param(
        RATED_REVIEW,
        ("Tomas Urquiza", "directed", "Lantern Creek", None),
        id="a-credits-block-under-the-rating-line",
    ),
    pytest.param(
        REMAKE,
        ("Nils Ekberg", "starred_in", "Cold Junction", None),
        id="a-remake-of-x-s-1976-caper-f-with-a-as-the-grifters-is-the-remake-s-cast",
    ),
    pytest.param(
        REMAKE,
        ("Omar Pell", "directed", "Cold Junction", None),
        id="it-after-a-remake-is-the-remake",
    ),
    pytest.param(
        ORIGINAL_CAST,
        ("Kari Smedvig", "starred_in", "Sildra", None),
        id="f-x-s-1979-thriller-which-starred-y-is-the-original-s-cast",
    ),
    pytest.param(
        ORIGINAL_CAST,
        ("Marta Beck", "starred_in", "The Harbour Accord", "Liv"),
        id="has-also-signed-on-as-c-s-sister-c2",
    ),
    pytest.param(
        ORIGINAL_CAST,
        ("Kwesi Ablorh", "starred_in", "The Harbour Accord", "Ebo"),
        id="rounds-out-the-ensemble-as-after-an-apposition-naming-a-school",
    ),
    pytest.param(
        ORIGINAL_CAST,
        ("Ines Dahl", "starred_in", "Port Authority", "Vera Holm"),
        id="the-series-f-in-which-she-played-c-for-three-seasons",
    ),
    pytest.param(
        SPIN_OFF,
        ("Ama Cole", "starred_in", "The Vintner", "Colette"),
        id="who-played-c-in-the-film-a-series-spins-off",
    ),
    pytest.param(
        SPIN_OFF,
        ("Sara Quinlan", "starred_in", "Wolf Hollow", "Oona Hale"),
        id="played-c-in-both-films-the-original",
    ),
    pytest.param(
        SPIN_OFF,
        ("Sara Quinlan", "starred_in", "Wolf Hollow II", "Oona Hale"),
        id="played-c-in-both-films-the-sequel",
    ),
    pytest.param(
        LOST_ITALICS,
        ("Jess Thrale", "starred_in", "Ravenholt", None),
        id="unquoted-title-x-s-viking-epic-then-the-role-went-to",
    ),
    pytest.param(
        LOST_ITALICS,
        ("Brock Hale", "directed", "Ravenholt", None),
        id="unquoted-title-in-an-apposition-with-a-possessive-director",
    ),
    pytest.param(
        LOST_ITALICS,
        ("Ragna Dal", "shot", "The Keeper's Ledger", None),
        id="unquoted-title-the-welsh-period-drama",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Jorge Castelo", "directed", "Tide Widows", None),
        id="the-film-was-directed-by-after-rose-to-fame-with-f",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Vera Lisboa", "starred_in", "Tide Widows Return", None),
        id="she-reprised-the-role-years-later-in-the-sequel-f2",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Vera Lisboa", "starred_in", "Lisbon Crossing", "Dona Rosa"),
        id="she-did-make-one-american-film-f-playing-c",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Vera Lisboa", "starred_in", "Neighbours of Alfama", "Lurdes Vaz"),
        id="came-to-know-her-as-the-description-c-in-f",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Vera Lisboa", "starred_in", "Last Days of August", None),
        id="her-final-screen-role-came-in-2019-s-f",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Irene Bento", "starred_in", "Tide Widows", None),
        id="who-played-x-s-teenage-daughter-in-f",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Kit Blackwell", "starred_in", "Paper Roads", "Angus"),
        id="and-b-then-a-character-actor-who-played-c-is-a-person-not-a-part",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Aine Carr", "starred_in", "Salt Roads", None),
        id="x-returned-for-the-1999-sequel-f2",
    ),
    pytest.param(
        ANNIVERSARY,
        ("Fraser Quade", "directed", "Salt Roads", None),
        id="declined-to-direct-it-and-the-job-went-to-x",
    ),
    pytest.param(
        FRANCHISE,
        ("Darek Wolski", "directed", "Gravel Kings", None),
        id="x-the-polish-filmmaker-who-directed-f-is-x",
    ),
    pytest.param(
        FRANCHISE,
        ("Darek Wolski", "directed", "Gravel Kings: Overdrive", None),
        id="who-directed-f-and-its-2020-sequel-f2",
    ),
    pytest.param(
        FRANCHISE,
        ("Gravel Kings", "remake_of", "Iron Rain", None),
        id="the-original-f-was-a-loose-remake-of-y-s-g",
    ),
    pytest.param(
        PREMIERE,
        ("Nino Tsereteli", "directed", "The Heron Prince", None),
        id="f-the-first-feature-to-be-co-directed-by-place-s-a",
    ),
    pytest.param(
        PREMIERE,
        ("Pieter Brand", "directed", "The Heron Prince", None),
        id="and-the-netherlands-b",
    ),
    pytest.param(
        PREMIERE,
        ("Gino Fosca", "starred_in", "Il Giardino dei Limoni", None),
        id="stars-in-thursday-s-competition-entry-foreign-title",
    ),
    pytest.param(
        RENEWAL,
        ("Colm Pell", "directed", "The Nurses of Saint Brigid", None),
        id="who-directed-the-original-film-of-a-series-reboot",
    ),
    pytest.param(
        RENEWAL,
        ("Anand Vasan", "directed", "The Tea Clerk", None),
        id="x-the-oscar-nominated-director-of-the-2014-feature-f",
    ),
]

NOT_FOUND = [
    pytest.param(
        CASTING,
        ("Aled Ruthin", "starred_in", "The Copper Barons", "Fergal Rooney"),
        id="the-actor-a-part-was-taken-over-from-is-not-in-the-film",
    ),
    pytest.param(
        LINEUP,
        ("Karin Veld", "starred_in", "Blue Ferry", None),
        id="a-with-list-belongs-to-its-own-film-not-the-next",
    ),
    pytest.param(
        PRIZES,
        ("Lena Dorr", "starred_in", "The Glass Weir", "Emil Sova"),
        id="he-after-went-to-x-is-not-the-earlier-subject",
    ),
    pytest.param(
        PASSING,
        ("Amos Fenn", "starred_in", "River Dusk", "Jano"),
        id="a-director-after-in-and-a-job-title-is-no-subject",
    ),
    pytest.param(
        BETWEEN,
        ("Dan Kadlec", "starred_in", "Featherfall", "Ottoline"),
        id="a-name-modifying-films-is-no-subject",
    ),
    pytest.param(
        ORIGIN,
        ("Eamon Fitch", "directed", "Slack Tide II", None),
        id="the-credit-after-the-origin-film-is-not-the-sequel-s",
    ),
    pytest.param(
        "Ivo Bak Signs On\n\n"
        'The studio gave Ivo Bak the role of executive producer on "Hush Lane."',
        ("Ivo Bak", "starred_in", "Hush Lane", None),
        id="gave-x-the-role-of-a-job-is-no-part",
    ),
    pytest.param(
        'Ana Ruiz in Cannes\n\nAna Ruiz was last seen at the premiere of "Hush Lane" in Cannes.',
        ("Ana Ruiz", "starred_in", "Hush Lane", None),
        id="last-seen-at-a-premiere-is-attendance",
    ),
    pytest.param(
        "Ana Ruiz Grows Up\n\n"
        'Ana Ruiz was unusually quiet as a child, her mother says in "Hush Lane," a documentary.',
        ("Ana Ruiz", "starred_in", "Hush Lane", None),
        id="adverb-adjective-as-a-child-is-no-part",
    ),
    pytest.param(
        "Ana Ruiz's Next Move\n\n"
        'Ana Ruiz, whose breakout role was in "Hush Lane," was not cast in "Grey Pier."',
        ("Ana Ruiz", "starred_in", "Grey Pier", None),
        id="whose-breakout-was-in-f-then-not-cast-in-g",
    ),
    pytest.param(
        REMAKE,
        ("Nils Ekberg", "starred_in", "Trappola Fredda", None),
        id="the-remake-s-cast-is-not-the-original-s",
    ),
    pytest.param(
        ORIGINAL_CAST,
        ("Kari Smedvig", "starred_in", "The Harbour Accord", None),
        id="the-original-s-star-is-not-in-the-remake",
    ),
    pytest.param(
        LOST_ITALICS,
        ("Signe Dal", "starred_in", "Ravenholt", None),
        id="read-for-the-lead-and-never-cast",
    ),
    pytest.param(
        ACTRESS_OBITUARY,
        ("Rui Castelo", "produced", "Tide Widows", None),
        id="her-son-the-film-producer-x-is-a-job-not-a-credit",
    ),
    pytest.param(
        FRANCHISE,
        ("Zola Dube", "directed", "Gravel Kings", None),
        id="the-filmmaker-in-an-apposition-is-not-the-latest-director",
    ),
    pytest.param(
        FRANCHISE,
        ("Gravel Kings", "remake_of", "Gravel Kings", None),
        id="a-third-f-movie-is-the-franchise-not-a-same-title-remake",
    ),
    pytest.param(
        PREMIERE,
        ("Ana Icaza", "starred_in", "Il Giardino dei Limoni", None),
        id="a-singular-who-stars-after-a-list-is-the-last-member-s",
    ),
    pytest.param(
        RENEWAL,
        ("Colm Pell", "directed", "Saint Brigid", None),
        id="getting-a-third-season-makes-a-series-not-the-original-s-film",
    ),
]


test_found, test_not_found = fact_table_tests(FOUND, NOT_FOUND)


def test_the_narrator_s_i_ve_after_movie_is_no_title() -> None:
    """``the best scene in any movie I've seen``: no film called "I've"."""

    assert not any(f.object_text.startswith("I") for f in extracted(RATED_REVIEW))


def test_a_denied_numbered_sequel_is_no_sequel() -> None:
    """``"There will be no Lantern Creek 2"``: the number names a film that will not exist."""

    assert not any(t[1] == "sequel_of" for t in triples(RATED_REVIEW))


SPOKEN = [
    pytest.param(
        INTERVIEW,
        ("Rhee Min-ji", "I kept my mouth shut on that one"),
        id="she-after-the-47-year-old-director-is-the-director-not-the-actress-played-by",
    ),
    pytest.param(INTERVIEW, ("Cho Yun-ah", "I begged for it"), id="quote-then-surname-says"),
    pytest.param(
        RENEWAL,
        ("Devi Sarin", "Leila stays. I would have to write her out, and I won't."),
        id="put-to-rest-by-x-colon-quote-is-the-agent-s",
    ),
]

test_speaker = speaker_table_test(SPOKEN)
