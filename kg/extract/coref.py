"""Decide what each name, pronoun and role noun refers to, and mask sentences for the rules.

Step three of the extractor. A :class:`Discourse` reads a whole article once (pass one: every
full name and title, so that ``Rodriguez`` can mean the ``Robert Rodriguez`` named earlier and
``"Desperado"`` gets the year given anywhere), then walks it sentence by sentence (pass two),
remembering who was last the subject, which film is in focus, and which people have been seen
directing or acting, so that ``he``, ``the filmmaker`` or ``the film`` resolve to the nearest
compatible referent.

For the relation rules each sentence becomes a :class:`Masked` string in which every mention is
replaced by a placeholder such as ``⟦P0⟧`` (person), ``⟦F1⟧`` (title), ``⟦C2⟧`` (character),
``⟦O3⟧`` (organisation), ``⟦N4⟧`` (other name), ``⟦S5⟧`` (scare quote) or ``⟦Q6⟧`` (speech),
so rules are short regular
expressions over structure rather than over raw words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from kg.extract.lexicon import cues, trie_pattern
from kg.extract.mentions import (
    CAPITAL,
    HONORIFIC,
    INITIALS,
    MARKS,
    NameSpan,
    QuotedSpan,
    find_name_spans,
    find_quoted_spans,
    looks_like_title,
    strip_title_punctuation,
)
from kg.extract.prefilter import may_match
from kg.types import Article, Entity, EntityType, Predicate, Sentence

__all__ = ["Discourse", "Masked", "Slot", "continues_title", "normalise_title"]

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
OBJECT_PRONOUNS = frozenset({"him", "her"})
_PREPOSITIONS = frozenset(
    "with opposite to by of for than as alongside against from about behind after before "
    "succeeded replaced replacing succeeding like unlike in".split()
)
_COORDINATED_NAME = re.compile(
    rf"(?:{CAPITAL}[\w{MARKS}.'’-]*\s+)*{CAPITAL}[\w{MARKS}.'’-]*(?:,\s*|\s+)(?:and|or)\s+$"
)
_ENDS_WITH_AND_OR = re.compile(r"\b(?:and|or)\s+$")
_PERSON_VERB_AFTER = re.compile(
    r"^\s+(?:also\s+|later\s+|then\s+|once\s+)?(?:said|says|told|tells|added|recalled|explained|"
    r"plays|played|stars|starred|co-starred|portrays|portrayed|voices|voiced|directed|"
    r"returns|returned|reprises|reprised|wrote|produced|joined)\b"
)
_FILMS_OF = re.compile(r"^['’]s?\s+(?:[a-z-]+\s+)?(?:films|movies|pictures)\b")
_ACTING_AFTER = re.compile(
    r"^\s+(?:now\s+|also\s+|then\s+)?(?:plays|played|stars|starred|portrays|portrayed|"
    r"voices|voiced|co-stars|co-starred|returns as|returned as)\b"
)
_DIRECTING_AFTER = re.compile(r"^\s+(?:also\s+|then\s+)?(?:directed|directs|helmed|co-directed)\b")
_CAST_BEFORE = re.compile(
    r"\b(?:(?:part|role) (?:for|of)|cast|casting|hired|tapped|(?:played|portrayed|voiced) by)\s+$"
)
_FEMININE = frozenset(
    "actress ms. mrs. miss she her daughter wife mother sister niece aunt granddaughter "
    "girlfriend widow queen princess lady dame businesswoman".split()
)
_GENDER_WORDS = (
    r"(actress|ms\.|mrs\.|miss|mr\.|daughter|son|wife|husband|mother|father|sister|"
    r"brother|niece|nephew|aunt|uncle|granddaughter|grandson|girlfriend|boyfriend|widow|widower|"
    r"queen|king|princess|prince|lady|lord|dame|sir|businesswoman|businessman)"
)
# "actress X", "his daughter, X", "Her son, the cinematographer X" (not "the son of X")
_GENDER_BEFORE = re.compile(
    rf"(?:^|\W)(?i:{_GENDER_WORDS})(?:,\s+(?:the|an?)(?:\s+(?!of\b|and\b)[\w-]+){{1,2}})?"
    r",?\s+$"
)
_GENDER_AFTER = re.compile(
    r"^(?:,\s+|\s+(?:is|was)\s+)(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?"
    rf"(?i:{_GENDER_WORDS})\b"
)
_PRONOUN_WORD = re.compile(r"\b(?:he|she|his|her)\b")
# before another person is named, "her" may be an object ("X cast her"): only these decide
_SUBJECT_PRONOUN_WORD = re.compile(r"\b(?:he|she|his)\b")
# "X became his muse", "X was her protégée": the possessive is whoever X stands in relation to
_SOMEONE_ELSES_RELATION = re.compile(
    r"\b(?:became|becomes|become|was|is|as|remained|remains) (?:his|her) (?:[a-z-]+ )?"
    r"(?:muse|wife|husband|partner|protégée?|protegee?|mentor|rival|assistant|favou?rite|"
    r"girlfriend|boyfriend|lover|collaborator|discovery|star)\b"
)
# an apposition whose noun a he/she clause describes, with no "who"/"that" ("plays Teodor,
# the violinist she is sent to betray"): the pronoun is someone else in the story
_REDUCED_RELATIVE = re.compile(
    rf"(?<![\w'’-]){CAPITAL}[\w{MARKS}'’-]*(?P<clause>,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"[a-z-]+\s+(?:he|she)\b)(?!\s+said\b)"
)
# a verb that reports what someone said or thought ("told Variety", "recalls")
_SAY_VERB = (
    r"(?:said|says|told [\w ]{1,30}?|tells|added|"
    r"recalled|recalls|admitted|admits|insisted|insists|explained|explains|noted|notes|thinks|"
    r"thought|believes|believed|knows|knew|hopes|hoped|feels|felt|realised|realized|"
    r"remembers|remembered|claims|claimed)"
)
# a speaker reporting about themself: "X, 38, said she had never ...", "X said that her ..."
# "F (2004), a film it openly honours with a chase": what the article's film looks up to
_INFLUENCE_AFTER = re.compile(
    r"[^.;⟦]{0,30}?\b(?:it|the (?:new )?(?:film|movie)|the sequel) (?:[a-z]+ly |also |even )?"
    r"(?:honou?rs|salutes|references|quotes|echoes|borrows from|riffs on|nods to|"
    r"pays (?:homage|tribute) to|tips its hat to)\b"
)
# after a role noun that opens a sentence, its verb: the noun is the subject ("The director
# herself turns up", "The cinematographer recalls")
_SUBJECT_VERB_AFTER = re.compile(
    r" (?:herself|himself|[a-z]+s|[a-z]+ed|had|was|made|took|said|got|came|went|left|kept|"
    r"spent|found|began|knew|felt|saw|told|gave|won|would|will|can|could|did|does)\b"
)
_SAID_OF_ONESELF = re.compile(
    rf"^(?:,[^,;]{{1,40}},|,)? {_SAY_VERB}"
    r"(?: (?:on|in|last) [a-z]+| on [A-Z][a-z]+)? (?:that (she|he|her|his)|(she|he))\b"
)
_INFLUENCE_BEFORE = re.compile(
    r"\b(?:reminiscent of|nods? to|homage to|tribute to|inspired by|influenced by|"
    r"modell?ed (?:its|his|her|the) [a-z]+ on|compared (?:it|him|her|them) to|echoes of|"
    r"in the vein of|in the spirit of|recalls|evokes|borrows from|riffs on|(?:debt|indebted) to|"
    r"favou?rite film|(?:best|finest|greatest|funniest|scariest|strongest) [^.;]{0,40}? since)"
    r"\b[^.;]{0,45}$",
    re.IGNORECASE,
)
_SOURCE_FILM_BEFORE = re.compile(
    r"\b(?:(?:prequel|sequel|follow-up|remake|reboot|spin-?off|adaptation|re-?imagining|"
    r"production|staging|revival) (?:to|of)|adapted from|behind|(?:best |also )?known for|"
    r"(?:picks|picked|takes|took) up (?:the story|where) (?:of|left off)?|continues the story of|"
    r"broke out (?:[a-z]+ ){0,3}in|star of|fame (?:in|with)|including|among them|such as)"
    r"\s+(?:(?:its|his|her|their|the)\s+)?(?:\d{4}\s+|(?:\d{4}|last year|this year)['’]s\s+)?"
    # "a remake of Ugo Sala's 1976 Italian crime caper F": the original's director first
    rf"(?:(?:{CAPITAL}[\w{MARKS}-]+\s+){{0,2}}{CAPITAL}[\w{MARKS}-]+['’]s\s+(?:\d{{4}}\s+)?)?"
    r"(?:(?!(?:also |simply )?(?:called|titled|named|dubbed)\b|original,)"
    r"(?:[a-z-]+|\d{4}s?|[A-Z][a-z]+(?=\s+[a-z])),?\s+){0,3}$"  # "a reboot of the 1990s F"
    r"|,\s+who\s[^,;.⟦]*\b(?:in|on|of)\s+$"
    r"|\b(?:in|of|from) the original\s+$"  # "the role she made famous in the original "F""
    rf"|{CAPITAL}[\w{MARKS}'’.-]+\s+\(\s*$"  # "showrunner Mira Reyes ("Tidewater")": her credit
    # "X, who also helmed 2022's "F", ...": the person's credential, not the film in focus
    r"|,\s+who\s+(?:also|previously|once|earlier)\s+(?:co-)?(?:directed|helmed|made|wrote|"
    r"produced)"
    r"\s+(?:[\w'’-]+\s+){0,3}$"
    # "X and Y, who previously ran the drama "F" together": their past work, not this one
    r"|,\s+who\s+(?:had\s+)?(?:previously|once|earlier|formerly)\s+[^,;.⟦\"“]{0,50}$",
    re.IGNORECASE,
)
# "X leads the cast as C, the role she originated in the 2019 film "F"": C's first film, named
# as background to the work the sentence is about
_ROLE_ORIGIN_BEFORE = re.compile(
    r"\b(?:role|part|character)\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){1,3}(?:had\s+|has\s+)?"
    r"(?:originated|first\s+played|created)\s+in\s+(?:the\s+)?(?:\d{4}\s+)?(?:[a-z-]+\s+){0,2}$"
)
_HIRED_CREW_AFTER = re.compile(
    r"\s+(?:hired|recruited)\s+(?:him|her|\S+(?:\s+\S+)?)\s+to\s+(?:photograph|shoot|edit|cut|score)\b"
)
# words that follow an object "her" ("cast her in", "saw her again"); before any other word
# "her" is a possessive ("her first feature"). relations.py builds its <P> macro from these too.
OBJECT_HER_FOLLOWERS = (
    "as in on at to for with and or but from opposite alongside the a an again too twice once "
    "back over out up into after before since because when while who that which during "
    "instead alone"
).split()
_POSSESSIVE_HER = re.compile(rf"\s+(?!(?:{'|'.join(OBJECT_HER_FOLLOWERS)})\b)(?:[a-z]|\d{{4}}\s)")
_CONJUNCTION_OR_PREPOSITION = frozenset({"after", "before", "since", "until"})
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:had\s+|has\s+|later\s+|finally\s+|eventually\s+)?(?:hired|cast|asked|offered|"
    r"chose|invited|brought|signed|made|directed|wrote|died|left|joined|took|won|returned|"
    r"agreed|decided|sent|called|gave|persuaded|convinced|approached)\b"
)
# "created "F" and has run it with X for three seasons": the rest of the clause says TV
_RUN_FOR_SEASONS = re.compile(
    r"[^.;]{0,60}?\b(?:for|over|across) (?:its |their |the )?(?:first |last |past )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many) seasons\b"
)
# "renewed "F," its family drama, for a second season", "Renews "F" for Season 2"
_RENEWED_FOR_A_SEASON = re.compile(
    # "renewed for a third season", "is officially getting a third season"
    r"[^.;]{0,60}?\b(?:for|getting|gets|got|get) (?:a |its )?(?:(?:second|third|fourth|fifth|"
    r"sixth|new|final|\d+(?:st|nd|rd|th)) season|[Ss]eason (?:\d+|[Tt]wo|[Tt]hree|[Ff]our))\b"
)
_ACTS_ON_BEFORE = re.compile(
    r"\b(?:plays|played|playing|stars|starred|starring|appears|appeared|recurring role)\b"
    r"[^.;⟦\"“]{0,40}\bon\s*$"
)
_YEAR_IN_PARENTHESES = re.compile(r"\s*\((?:19|20)\d{2}\)")
_TITLE_WORD = (
    rf"{CAPITAL}[\w{MARKS}-]*(?:['’](?!s\b)[\w{MARKS}-]+)*"  # "O'Hara", not "Ruiz's" (her Low Tide)
)
_TITLE_RUN = (  # "The Widow's Orchard": a possessive inside a title after its article
    # "the best movie I've seen": the narrator's "I" before a verb is no title
    rf"(?!I(?:['’](?:ve|m|d|ll))?\s+[a-z])(?:(?:The|A|An) (?:{_TITLE_WORD}['’]s )?)?{_TITLE_WORD}"
    # foreign titles join words with their own articles ("La Casa dei Venti")
    rf"(?:(?: (?:of|in|the|and|a|an|on|at|to|for|from|with|by|de|del|della|dei|degli|delle|"
    rf"di|da|do|dos|das|du|des|la|le|les|el|los|las|y|et|und|der|die|van|von))* "
    rf"{_TITLE_WORD}){{0,6}}"
)
# the nouns a film is called by ("his 2010 thriller", "her debut"), as one alternation
FILM_NOUN = (
    r"(?:film|feature|movie|thriller|drama|comedy|documentary|debut|picture|western|musical|"
    r"melodrama|romance|sequel|remake|follow-up|epic|noir|satire|biopic|blockbuster)"
)
# "the 1986 classic F", "his own Competition title F": words that name a film before its title
_FILM_NOUN_BEFORE_TITLE = (
    rf"\b(?:{FILM_NOUN}|classic|chiller|fable|(?:[Cc]ompetition|[Ff]estival|own) (?:title|entry))"
)
# a person's full name ahead: two capitalised words ("Fenella Marsh-Okoro", "Una MacInnes")
_NAME_AHEAD = (
    rf"{CAPITAL}[\w{MARKS}'’-]+ (?:(?:de|van|von|da|di|del|le|la) )?{CAPITAL}[\w{MARKS}'’-]+"
)
# an unquoted title: a capitalised run before "(1977)", or after a film noun ("his film, F,")
_ITALIC_TITLE = re.compile(
    # "Orbital Nine: Eclipse (2017)": a subtitle after a colon belongs to the title
    rf"(?<![\w'’])({_TITLE_RUN}(?:: {_TITLE_RUN})?)(?={_YEAR_IN_PARENTHESES.pattern})"
    # "his best-known film, F, followed": an apposition closes ("Asked about the sequel, X
    # shrugged" does not)
    rf"|{_FILM_NOUN_BEFORE_TITLE}, ({_TITLE_RUN}(?:: {_TITLE_RUN})?)(?=[,.;:)]|\s*\()"
    rf"|{_FILM_NOUN_BEFORE_TITLE} ({_TITLE_RUN}(?:: {_TITLE_RUN})?)(?=[,.;:)]|\s+[(\"“a-z])"
    # "directing two episodes of the crime series Harbour Blues, which ..."
    rf"|\b(?:series|miniseries|sitcom|soap) ({_TITLE_RUN})(?=[,.;:)]|\s+[(\"“a-z])"
    # "Undertow, her 2010 documentary about ...": an apposition whose head is a film noun
    # (and "Ravenna, Ugo Sala's Viking epic", "the Welsh period drama")
    rf"|(?<![\w'’])({_TITLE_RUN}), (?:the|a|an|his|her|their|its|{_NAME_AHEAD}['’]s) (?:\d{{4}} )?"
    rf"(?:(?!(?:of|in|for|to|with|by|and|from|on|at|the|a|an)\b)(?:[a-z][\w-]*|"
    rf"[A-Z][a-z]+-[a-z][\w-]*|[A-Z][a-z]+) ){{0,3}}?"  # "its Mumbai-set railway thriller"
    rf"{_FILM_NOUN_BEFORE_TITLE}(?=[,.;:)]| (?:about|of|to|that|which|set|starring|from|by|in)\b)"
    # "rests on Harbour Lights, which was directed by X": only a work is directed
    rf"|(?<![\w'’])({_TITLE_RUN})(?=,? (?:(?:which|that) (?:was |is )?|(?:was|is) )?"
    r"(?:co-)?(?:directed|helmed|written and directed) by\b"
    # "Harbour Mothers, which she co-directed": the same, in the active voice
    rf"|,? (?:which|that) (?:he|she|they|{_NAME_AHEAD}) (?:(?:co-)?wrote and )?"
    r"(?:co-)?(?:directed|helmed|made)\b)"
    # "Signal Lost (dir. X)": a festival programme's credit
    rf"|(?<![\w'’])({_TITLE_RUN})(?= \((?:dir\.|directed by) {CAPITAL})"
    # "Tidewater Hymns, from Fenella Marsh-Okoro": a work credited to its maker by name
    rf"|(?<![\w'’])({_TITLE_RUN})(?=, from (?:[A-Z][a-z]+ )?(?:(?:writer-)?(?:director|filmmaker|"
    rf"documentarian|documentary-maker)s? )?{_NAME_AHEAD}\b)"
    # "Left Hand, Nadine Whitlock's portrait of ...": a possessive apposition with a work's head
    rf"|(?<![\w'’])({_TITLE_RUN})(?=, {_NAME_AHEAD}['’]s (?:\d{{4}} )?(?:[a-z-]+ ){{0,2}}?"
    rf"(?:{FILM_NOUN}|portrait|study)\b)"
    # "best known as the barrister Maeve Cole in The Assize Court": a part's work
    rf"|\bas (?:the|a|an|his|her) (?:[a-z-]+ ){{0,3}}(?:[A-Z][\w'’-]+ ){{0,3}}in "
    rf"((?:The|A|An) {_TITLE_RUN})(?=[,.;:)]|\s+(?:[(\"“a-z]))"
    # "the director of the Oscar-nominated The Quarry Choir", "opens with X", "the premiere of X"
    r"|\b(?:(?:director|co-director|maker|creator) of|(?:opens?|closes?|opened|closed) with|"
    r"premiere of|screenings? of) (?:the )?(?:[A-Z][\w]*-[a-z][\w-]* )?"
    rf"({_TITLE_RUN})(?=[,.;:)]| \(|\s+(?:[(\"“a-z]))"
)
# "The Orchard review – a ghost story", "The Orchard (2025) review: ...": the Guardian's style
_REVIEW_HEADLINE = re.compile(
    rf"\s*(?P<title>{_TITLE_RUN})(?: \((?:19|20)\d\d\))? [Rr]eview(?:\s*[–—:-]|\s*$)"
)
# a review's rating line, "The Orchard ★★★½" (often over its credits block): the film reviewed
_RATING_STAR = re.compile(r"[★☆✩✭]")
_RATING_LINE = re.compile(
    rf"^[ \t]*(?P<title>{_TITLE_RUN})(?: \((?:19|20)\d\d\))?[ \t]+[★☆✩✭½]{{1,6}}[ \t]*$",
    re.MULTILINE,
)
# "Cannes review: ...", "Berlinale 2025 review – ...": a festival's report, not a title
_FESTIVAL_NAME = re.compile(
    r"(?:(?:[A-Z][\w-]*|\d{4}) )*(?:Cannes|Venice|Berlin|Berlinale|Sundance|Toronto|TIFF|"
    r"Telluride|Locarno|Rotterdam|SXSW|Tribeca|Busan|Karlovy Vary|Festival|LFF|NYFF)"
    r"(?: (?:[A-Z][\w-]*|\d{4}))*"
)
_NOT_TITLE_ENDINGS = frozenset({"The", "A", "An"})
# "Night Ferry 2": a name does not end in a sequel number, a title does
_SEQUEL_NUMBER_AFTER = re.compile(r" (?:[2-9]|Part (?:Two|Three|Four|II|III|IV|[2-4]))\b(?![.,]\d)")
_RELATIVE_BEFORE = re.compile(
    r"\b(?:his|her|their) (?:younger |older |elder |twin |little |big |kid )?"
    r"(?:brother|sister|son|daughter),? $"
)
_FAMILY_BEFORE = re.compile(
    r"\b(?:brothers|sisters|siblings|twins|couple|spouses|duo|husband-and-wife|father-and-son|"
    r"mother-and-daughter)\s+$",
    re.IGNORECASE,
)
_JOBS_BEFORE_NAME = (
    "director|filmmaker|actor|actress|star|producer|writer|screenwriter|cinematographer|"
    "editor|composer|novelist|playwright|comedian|singer|newcomer|veteran"
).split("|")
_JOB_BEFORE_NAME = re.compile(  # the words of a job title, never the preposition before it
    r"\s(?:(?:the|a|an|his|her|their)\s+)?"
    rf"(?:(?!(?:{'|'.join(sorted(_PREPOSITIONS))})\s)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(_JOBS_BEFORE_NAME)})s?\s+$"
)
# "the prize went to X", "the part goes to X": X is what the sentence is about, not an object
_WENT_TO = re.compile(r"\b(?:went|goes|go|gone|going|fell|falls)\s+to\s*$")
_PLACE_ADJECTIVE = re.compile(
    r"\b(?:"
    + trie_pattern(sorted(w.capitalize() for w in cues()["place_adjectives"]))
    + r")\b(?!['’]s)"
)
_WORD = re.compile(r"[\w-]+")
_DIRECTOR_BEFORE = re.compile(r"\b(?:director|filmmaker)\s+$")
_ACTOR_BEFORE = re.compile(r"\b(?:actor|actress|star)\s+$")
_VERB_AFTER_NAME = re.compile(
    r",\s+who\b|\s+(?:also\s+|later\s+|still\s+|never\s+)?(?:[a-z]+s|[a-z]+ed|said|told|"
    r"was|is|has|had|does|did|will|would|can|says)\b"
)
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|from|to|of|near|outside|across|around|into|between|via|toward|towards)\s+$"
)
_NAME_NEXT = re.compile(rf"\s+{CAPITAL}")
_NUMBER_CONTINUES = re.compile(r"\s+(?:Part|Chapter|Vol\.|Volume)\b|\s+(?:\d|[IVX]+\b)")
_TITLE_CONTINUES = re.compile(rf"\s*[:\-–—]\s*\S|{_NUMBER_CONTINUES.pattern}")  # or a subtitle


def continues_title(title: str, start: str) -> bool:
    """Whether ``title`` continues ``start`` by a subtitle or a number ("Fox: Dawn", "Fox 3")."""
    return _continues(title, start, _TITLE_CONTINUES)


def _continues(title: str, start: str, continuation: re.Pattern[str]) -> bool:
    """Whether ``title`` is ``start`` followed by ``continuation`` ("Fox" then " 2").

    A prefix test first: this runs for every pair of titles in an article.
    """
    return title.startswith(start) and continuation.match(title, len(start)) is not None


_JOB_AFTER = re.compile(
    r"^(?:,\s+(?:who\s+(?:is|was)\s+)?|\s+(?:(?:also|still|now)\s+)?(?:is|was|"
    r"(?:has|had)\s+(?:(?:always|long|also|since|by then)\s+)?been|became|becomes|remains)\s+)"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(actress|actor|star|director|filmmaker|auteur|documentarian|helmer)\b"
)
_DIRECTING_JOBS = frozenset({"director", "filmmaker", "auteur", "documentarian", "helmer"})
_SAYS_THAT = re.compile(
    rf"^(?:['’]s?)?,?\s+(?:later\s+|also\s+|once\s+)?{_SAY_VERB}(?:\s+that)?\s+$"
)
_TURNED_TO_DIRECTING = re.compile(
    r"\b(?:turned|moved|switched|graduated|returned|pivoted) (?:in \d{4} )?to "
    r"(?:directing|direction|filmmaking)\b|\bstepped behind the camera\b"
)
# "For X, the approach meant ...", "To X, it felt ...": a fronted topic, not a governed name
_FRONTED_TOPIC = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:For|To)\s+$")
_FRONTING_WORDS = ("For", "To")
_JOB_ENDINGS = tuple(job + plural for job in _JOBS_BEFORE_NAME for plural in ("", "s"))
_TOPIC_COMMA = re.compile(
    rf"{CAPITAL}[\w{MARKS}'’.-]*(?:\s+{CAPITAL}[\w{MARKS}'’.-]*){{0,3}}(?:, \d+)?,"
)
# "directed by the filmmaker X, making her debut": a participle whose subject is the agent
_PARTICIPLE_AFTER = re.compile(r", (?:making|marking|earning|winning|reprising) ")
_AGENT_BEFORE = re.compile(r"\bby (?:[\w'’-]+ ){0,4}$")
# an apposition after a name whose relative clause holds the pronoun: "X, the star of F, in
# which she played C"
_APPOSITION_RELATIVE = re.compile(
    r", (?:the|a|an) [^;,]*(?:, [^;,]*)?, (?:in which|where|for which) "
)
# the comma that closes an apposition opened before a name: "the director X, directed her"
_APPOSITION_OPENED = re.compile(r", (?:the|a|an|his|her|their) [^,;]*$")
_CLOSING_COMMA = re.compile(r"^([^,;]*), (?=[a-z]+(?<!ing) $)")
_CLAUSE_BREAK = re.compile(r"[,;:—]|\b(?:and|but|when|while|because|after|before|who)\b")
# "he was above all Inspecteur Bram Kok": a rank before a name marks a character
_RANKED_NAME = re.compile(
    r"(?:Inspecteur|Inspector|Detective|Commissaire|Commissario|Comisario|Kommissar|Captain|"
    r"Capitaine|Sergeant|Lieutenant|Agent|Officer|Sheriff|Deputy|Constable|Colonel|Admiral|"
    r"Commander|Major|Corporal|Marshal|Brigadier|Senator|Governor|Matron)\s+[A-Z]"
)
# a capitalised word followed by lower-case words and a name: "Arctic" in "the Arctic bush
# pilot Nanna Eide" describes the part that follows
_MODIFIES_A_NAME = re.compile(
    r"\s+(?:(?!(?:in|on|at|of|and|or|opposite|alongside|with|for|from|to|by|who|whose|"
    rf"which|that|is|was|were|has|had)\b)[a-z][\w-]*\s+){{1,3}}{CAPITAL}"
)
_CHARACTER_CUE = re.compile(
    r"(?:\b(?:as|plays?|played|playing|voices?|voiced|voicing|portrays?|portrayed|portraying|"
    r"channell?ed|channels|embodie[sd]|role of|mantle of|turn as|known as|cast as|returns? as|"
    r"returned as|heroine|hero|villain|voice to|character(?! actor| actress))\b,?\s+"
    r"(?!by\b|of\b|cast\b|actors?\b|talent\b|work\b|roles?\b)"  # "the voice cast includes"
    r"(?:(?:the|a|an|his|her|their|young|younger|older)\s+)?"
    rf"(?:{CAPITAL}[\w{MARKS}-]*['’]s\s+(?=[a-z]))?"  # "plays Nell's grown daughter, Tess"
    # "as the Arctic bush pilot Nanna": a capitalised modifier after an article
    rf"(?:(?:(?<=the )|(?<=an )|(?<= a )){CAPITAL}[\w{MARKS}-]*\s+(?=[a-z]+\s))?"
    r"(?:(?!(?:by|with|and|opposite|alongside|in|for|from|at|on|to|after|before|when|while|"
    r"until|since|because|but|or|than|once)\b)[a-z][\w-]*(?:['’]s)?,?\s+){0,3}"
    r"(?:(?:named|called)\s+)?(?:" + HONORIFIC + r"\s+)?)$"
)
# what may follow a quoted title on a heading line: a year, nothing else
_HEADING_TAIL = re.compile(r"[,.:]?\s*(?:\(\d{4}\))?\s*")
# "as" that compares or lists, not casts: "moved as easily between genres as X", "actors such
# as X", "as well as X" (a comparison's "as ...ly" in the same sentence, no full stop between)
_NOT_A_PART_AS = re.compile(
    r"\b(?:such|as well) as\s+$|"
    r"\b(?:as|so) (?:[a-z]+ly|much|many|long|far|well|good|often) [^.;!?]{0,120}\bas\s+$|"
    # "as good as anything X has shot": a comparison's second "as", a few words before the name
    r"\b(?:as|so) [a-z]+ as (?:any|anything|anyone|anybody|everything|something|most|much)"
    r"(?: [a-z]+)?\s+$"
)
# "X, then a jobbing character actor, who ...": an apposition that makes X a person
_PERSON_DESCRIBED_AFTER = re.compile(
    r",\s+(?:who\b|(?:then |now |once |still )?(?:an?|the) (?:[\w-]+ ){0,3}"
    r"(?:actor|actress|star|newcomer|veteran|director|filmmaker|singer|comedian|performer)s?\b)"
)
_NTH_ENTRY_BEFORE = re.compile(
    r"\b(?:an?|the) (?:second|third|fourth|fifth|sixth|seventh|new|next|final|another|latest)"
    r"\s*[\"“‘']?$|\banother\s*[\"“‘']?$"
)
_YEAR_OR_POSSESSIVE_BEFORE = re.compile(r"(?:\b\d{4}|['’]s)\s+$")
_GENRE_NOUN_AFTER = re.compile(rf"\s+(?:{FILM_NOUN}|chiller|caper|horror|production)s?\b")
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ENTRY_NOUN = r"(?:film|movie|installment|instalment|entry|chapter|outing|feature|picture)"
_ORDINAL_ENTRY = (
    r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?P<ordinal>second|third|fourth|fifth|sixth)\s+"
    r"(?:and\s+(?:final|last)\s+)?(?:[\w-]+\s+){0,2}?" + _ENTRY_NOUN + r"\b"
)
# "a third film in its "F" franchise, titled "F3"" / "the third and final installment, "F3""
_ORDINAL_BEFORE_TITLE = re.compile(
    _ORDINAL_ENTRY + r"[^.;!?]{0,70}?(?:,\s*|\s+(?:titled|called|dubbed|named)\s+|:\s*)$"
)
# ""F3," the third theatrical installment of its franchise"
_ORDINAL_AFTER_TITLE = re.compile(r",?[\"”’']?\s*(?:\(\d{4}\))?,?\s*" + _ORDINAL_ENTRY)
# "the studio, which releases the third instalment in July": no title, so the article's film
# (from the third on: "the events of the second film" looks back from a later one)
_ORDINAL_ALONE = re.compile(
    r"\b[Tt]he\s+(?P<ordinal>third|fourth|fifth|sixth)\s+"
    r"(?:and\s+(?:final|last)\s+)?" + _ENTRY_NOUN + r"\b"
)
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")
_LIST_END = re.compile(r"\s*(?:[,.;:)]|$|in\b|respectively\b)")
_ACTOR_IN_PARENTHESES = re.compile(
    rf"\s\(({CAPITAL}[\w{MARKS}'’.-]*(?:\s(?:(?:de|van|von|der|da|di|le|la|del)\s)?{CAPITAL}[\w{MARKS}'’.-]*){{1,3}})\)"
)
_YEAR_AFTER = re.compile(
    r"^\s*(?:\((\d{4})\)|in (\d{4})\b|,?\s*(?:the|a|an) (\d{4}) (?:[\w-]+ ){0,2}?"
    r"(?:film|movie|feature|documentary|sequel|thriller|drama|comedy|picture)\b)"
)
_YEAR_BEFORE = re.compile(
    r"(?:\b(\d{4})['’]s\s*"
    r"|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (\d{4}) (?:[\w-]+,?\s+){0,3})$"
)


_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


@lru_cache(maxsize=4096)
def normalise_title(text: str) -> str:
    """A title's identity key, trailing punctuation and case folded (``Up,`` -> ``up``)."""
    return re.sub(r"\s+", " ", strip_title_punctuation(text)).casefold()


def _numbered_originals(titles: list[QuotedSpan]) -> set[str]:
    """Titles that a numbered title continues (``Fox`` beside ``Fox 2``).

    Such a title names a film, not only a series, even where the text also speaks of "the
    Fox series".
    """
    names = {strip_title_punctuation(q.text) for q in titles}
    return {
        normalise_title(name)
        for name in names
        for other in names
        if other != name and _continues(other, name, _NUMBER_CONTINUES)
    }


@dataclass(frozen=True, slots=True)
class Slot:
    """One placeholder of a masked sentence: its kind letter, span and resolved entity."""

    kind: str  # P F C O N Q
    start: int
    end: int
    surface: str
    entity: Entity | None
    possessive: bool = False
    quote: QuotedSpan | None = None


@dataclass(slots=True)
class Masked:
    """A sentence with mentions replaced by ``⟦Kn⟧`` placeholders and a map back to offsets."""

    sentence: Sentence
    text: str
    slots: list[Slot]
    offsets: list[int]  # offsets[i] = article offset of masked character i

    def slot(self, token: str) -> Slot:
        """The slot behind a placeholder token such as ``⟦P3⟧``."""
        return self.slots[int(token[2:-1])]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of the masked range ``[start, end)``."""
        end = max(end, start + 1)
        return self.offsets[start], self.offsets[min(end, len(self.offsets)) - 1] + 1


@dataclass(slots=True)
class _Person:
    entity: Entity
    first_seen: int


@dataclass(frozen=True, slots=True)
class _RoleFit:
    """Whether a person can be the subject of a verb that wants a role (``plays``: an actor)."""

    discourse: Discourse
    wanted: str
    unwanted: str

    def __call__(self, entity: Entity) -> bool:
        if not self.wanted:
            return True
        held = self.discourse.roles_of(entity)
        return self.unwanted not in held or self.wanted in held


def _ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    r"""Whether ``text`` ends with one of ``words`` and white space.

    A test in C that must pass before a pattern anchored at the end (``(?:For|To)\s+$``) can
    match: the regex engine would try such a pattern at every offset of ``text``.
    """
    return text[-1:].isspace() and text.rstrip().endswith(words)


@cache
def _introduction_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``noun`` just before a name (``the cinematographer X``) and in an apposition after it."""
    word = re.escape(noun)
    before = re.compile(rf"\b{word}s?,?\s+$", re.IGNORECASE)
    after = re.compile(rf",\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?{word}\b")
    return before, after


# "G (1984), a wintry romance starring X": the sentence goes on to describe G
_DESCRIBED_AFTER = re.compile(r"[\"'”’]?,?(?: \(\d{4}\))?, (?:a|an|the|his|her|their) ")


# a festival's prize, named like a person ("the Golden Leopard", "the Silver Bear")
_AWARD_NAME = re.compile(
    r"(?:Golden|Silver|Bronze|Crystal|Platinum|Grand) [A-Z][\w'’-]+|Palme d['’]Or|"
    r"Cam[ée]ra d['’]Or|Grand Prix|Jury Prize"
)


# "X, who directed the original", "X returns to co-direct", "X directs": a director, whatever
# the film (the rule that reads the credit may not resolve "the original")
_DIRECTS_AFTER = re.compile(
    r",? (?:who )?(?:also |again |once )?(?:(?:co-)?directed|(?:co-)?directs|"
    r"(?:returns|returned|is set|was set|signed on|is attached) to (?:co-)?direct)\b"
)
_JOB_WENT_TO = re.compile(
    r"\b(?:job|chair|gig|reins) (?:eventually |instead |ultimately |finally )?went "
    r"(?:instead |eventually |ultimately |finally )?to (?:the )?(?:[\w-]+ ){0,3}?$"
)
_DIRECTING_WORD = re.compile(r"\b(?:direct(?:s|ed|ing|or['’]s chair)?|helm(?:s|ed|ing)?)\b")

# "X's son, Y": the possessor is not the sentence's subject, the relative named after is
_NAME_MODIFIES_WORK_NOUN = re.compile(
    r"\s+(?:films?|movies?|pictures?|features?|projects?|productions?|shoots?|sets?)\b"
)
_KIN_NAMED_AFTER = re.compile(
    r"['’]s (?:[a-z-]+ ){0,2}(?:son|daughter|wife|husband|brother|sister|widow|widower|"
    r"partner|father|mother|nephew|niece|grandson|granddaughter|cousin|assistant|producer|"
    r"editor|collaborator),? (?=[A-Z])"
)


# ""F," its six-episode Portuguese-language drama series": an apposition that says television
# (the lexicon's TV nouns that name a whole show, and a few more kinds of series)
_TV_SHOW_NOUNS = sorted(
    (n for n in cues()["tv_nouns"] if n.endswith("series") or n == "sitcom"), key=len, reverse=True
)
_TV_APPOSITION = re.compile(
    r"[,.]?[\"”’']?,? (?:its|their|his|her|the|an?) (?:[\w-]+ ){0,4}?"
    rf"(?:{'|'.join(map(re.escape, _TV_SHOW_NOUNS))}|(?:comedy|crime|period) series"
    r"|[\w-]*episode (?:[\w-]+ ){0,3}series|(?:tv|television) show)\b",
    re.IGNORECASE,
)


class Discourse:
    """What an article talks about, resolved as a careful reader would, sentence by sentence."""

    def __init__(self, article: Article, sentences: list[Sentence]) -> None:
        self.article = article
        # Unicode spaces become plain spaces (same length, so offsets hold) for the patterns.
        self.text = article.text.translate(_SPACES)
        self.sentences = sentences
        self._title_types: dict[int, EntityType] = {}
        # remake -> (original of the same title, offset naming the remake): see _register_titles
        self.same_title_remakes: dict[Entity, tuple[Entity, int]] = {}
        self._title_of_quote: dict[int, Entity] = {}
        self.quotes = find_quoted_spans(self.text)
        self.speech = [q for q in self.quotes if q.kind == "speech"]
        blocked = [q.outer for q in self.quotes if q.kind != "nickname"]
        self.body = [s for s in sentences if not self._is_headline(s)]
        self.names: list[NameSpan] = []
        if self.body:  # names never span lines, so one pass over the body finds them all
            self.names = find_name_spans(self.text, self.body[0].start, len(self.text), blocked)
        self._bare_titles = self._take_italic_titles() | self._take_bare_titles()
        self._sentence_starts = [s.start for s in sentences]
        self._roles: dict[Entity, set[str]] = {}
        self._genders: dict[Entity, str] = {}
        self._directed: dict[Entity, Entity] = {}
        self._director_of: dict[Entity, Entity] = {}  # film -> the first person who directed it
        self._film_of_character: dict[str, Entity] = {}
        self._sequels: set[Entity] = set()
        self._originals: dict[Entity, Entity] = {}  # sequel -> the film it follows
        self._remakes: list[Entity] = []
        self._influences: set[int] = set()
        self._sources: set[int] = set()
        self._governed: dict[int, bool] = {}
        self._source_at: dict[int, bool] = {}
        self.names.sort(key=lambda n: n.start)
        self._name_starts = [n.start for n in self.names]
        self._quote_ends = [q.outer[1] for q in self.quotes]
        self.characters = self._character_names()
        self._companies = self._companies_by_usage()
        self.people = self._register_people()
        self._people_by_part: dict[str, list[_Person]] = {}
        for person in self.people.values():
            for part in self._parts(person.entity.name):
                self._people_by_part.setdefault(part, []).append(person)
        self._companies |= self._studios_by_context()
        self.titles = self._register_titles()
        self.history: list[tuple[int, Entity, bool]] = []  # (offset, person, is_subject)
        self._role_noun_subjects: set[int] = set()  # history offsets of "The director ..."
        self.films_seen: list[tuple[int, Entity]] = []
        self.focus_override: tuple[int, Entity] | None = None
        self._override_paragraph: int | None = None  # set when the override holds for one
        self._masks: dict[int, Masked] = {}
        self.orgs_seen: list[tuple[int, Entity]] = []
        # (masked sentence, draft) whose kind waits on who the person turns out to be
        self.pending_credits: list[tuple[Masked, Any]] = []
        # the craft of the awards-list category heading the last lines came under, if any
        self.listing_craft: Predicate | None = None

    def _companies_by_usage(self) -> frozenset[str]:
        """Names that act as companies: ``X has renewed``, ``X's head of drama``.

        Streamers and studios renew, order, acquire and release, and have executives; people
        in film news do not. Such a name is an organisation, never a one-name person.
        """
        found = set()
        for name in self.names:
            if not name.text[:1].isupper():
                continue
            if " " in name.text:  # "Blue Heron's head of distribution": a company's staff
                if _EXECUTIVE_OF.match(self.text, name.end) and not self._named_alone_later(name):
                    found.add(name.text)
                continue
            if _COMPANY_USAGE.match(self.text, name.end):
                found.add(name.text)
        return frozenset(found)

    def _named_alone_later(self, name: NameSpan) -> bool:
        """Whether the name's last word stands alone elsewhere (``Row said``): a person's."""
        last = name.text.split()[-1]
        return any(other.text == last for other in self.names)

    def _studios_by_context(self) -> frozenset[str]:
        """One-word names that own a title in a sentence about business: studios, streamers.

        Trade reports name a film by its distributor's possessive (``Universal's "F"``,
        ``Disney's animated "F"``) in sentences about grosses, releases and deals. A one-word
        name that is no part of anyone the article names in full is then a company, not a
        person, wherever it occurs.
        """
        title_starts = {q.outer[0] for q in self.quotes if q.kind == "title"}
        found = set()
        for name in self.names:
            if not name.possessive or " " in name.text or name.text in self._people_by_part:
                continue
            after = _POSSESSIVE_BEFORE_TITLE.match(self.text, name.end)
            if after is None or after.end() not in title_starts:
                continue
            if _BUSINESS_CUE.search(self.sentence_at(name.start).text):
                found.add(name.text)
        return frozenset(found)

    def _take_italic_titles(self) -> frozenset[int]:
        """In an article that quotes no title at all, find the titles its lost italics hid.

        Such an outlet sets every title in italics, so plain text shows them as capitalised
        runs. A run is a title where the text marks it as one: a year in parentheses after it
        (``The Orchard in Winter (1977)``), or a film noun before it (``his best-known film,
        Nightfall,``; ``the studio thriller Dead Reckoning``). Every other mention of the same
        words is then a title too, so ``In 2004 Nightfall was remade`` names the film.
        """
        if not self.body:
            return frozenset()
        # a headline quotes titles (or a pull-quote) in single quotes even where the body
        # sets them in italics, so only the body's own quotation marks tell the style
        if any(q.kind == "title" and not self.is_in_headline(q.start) for q in self.quotes):
            return frozenset()
        body = self.text[self.body[0].start :]
        found = {next(g for g in m.groups() if g) for m in _ITALIC_TITLE.finditer(body)}
        # "'The Orchard' Review: ...": the headline's quoted title, set bare in the body
        found |= {
            strip_title_punctuation(q.text)
            for q in self.quotes
            if q.kind == "title" and self.is_in_headline(q.start)
        }
        # "The Orchard review – a ghost story ...": the headline's bare title before "review"
        if self._reviewed_title:
            found.add(self._reviewed_title)
        # "the film, Halmágyi said": a person's name, or part of one, is no title
        people = {n.text for n in self.names if n.possessive}
        people |= {part for n in self.names if " " in n.text for part in n.text.split()}
        texts = {
            t
            for t in found
            if looks_like_title(t)
            and not self._org_shaped(t)
            and t not in people
            and t.split()[-1] not in _NOT_TITLE_ENDINGS
        }
        if not texts:
            return frozenset()
        line_starts = [m.start() for m in re.finditer(r"[^\n]+", self.text)]
        pattern = re.compile(
            r"(?<![\w'’])(?:"
            + "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True))
            + r")(?![\w'’])"
        )
        titles = []
        for m in pattern.finditer(self.text, self.body[0].start):
            number = _SEQUEL_NUMBER_AFTER.match(self.text, m.end())
            end = number.end() if number else m.end()  # "Night Ferry 2": the number too
            paragraph = bisect_right(line_starts, m.start()) - 1
            titles.append(
                QuotedSpan(m.start(), end, self.text[m.start() : end], "title", "", paragraph)
            )
        spans = [(q.start, q.end) for q in titles]
        self.names = [n for n in self.names if not any(a < n.end and n.start < b for a, b in spans)]
        self.quotes = sorted(self.quotes + titles, key=lambda q: q.start)
        return frozenset(q.start for q in titles)

    def _take_bare_titles(self) -> frozenset[int]:
        """Turn unquoted film titles into title mentions; their offsets.

        Some outlets set titles in italics, which plain text loses: ``Ana Ruiz's Low Tide
        (2019) is...``. A capitalised run followed by a year in parentheses is such a title;
        every other mention of the same words is too. They leave ``self.names`` and join
        ``self.quotes`` as titles, so nothing downstream treats them apart.
        """
        dated = [n for n in self.names if _YEAR_IN_PARENTHESES.match(self.text, n.end)]
        numbered = [n for n in self.names if _SEQUEL_NUMBER_AFTER.match(self.text, n.end)]
        if not dated and not numbered:
            return frozenset()  # most articles: nothing to do
        quoted = {normalise_title(q.text) for q in self.quotes if q.kind == "title"}
        # "Night Ferry 2", not "Season 2" or "Channel 4"
        numbered = [n for n in numbered if " " in n.text or normalise_title(n.text) in quoted]
        texts = {
            name.text
            for name in dated + numbered
            if not name.possessive
            and looks_like_title(name.text)
            and not self._org_shaped(name.text)
        }
        if not texts:
            return frozenset()
        line_starts = [m.start() for m in re.finditer(r"[^\n]+", self.text)]
        bare = []
        for n in self.names:
            if n.text in texts:
                number = None if n.possessive else _SEQUEL_NUMBER_AFTER.match(self.text, n.end)
                end = number.end() if number else n.end  # "Night Ferry 2": the number too
                paragraph = bisect_right(line_starts, n.start) - 1
                bare.append(
                    QuotedSpan(n.start, end, self.text[n.start : end], "title", "", paragraph)
                )
        self.names = [n for n in self.names if n.text not in texts]
        self.quotes = sorted(self.quotes + bare, key=lambda q: q.start)
        return frozenset(q.start for q in bare)

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds ``offset`` (the nearest one before it, between sentences)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(index, 0)]

    def is_in_headline(self, offset: int) -> bool:
        """Whether ``offset`` lies in the article's headline line."""
        return not self.body or offset < self.body[0].start

    # --- pass one: registries ------------------------------------------------------------

    def _is_headline(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` belongs to a headline (the article's first paragraph).

        A headline is a line without final punctuation, or a title-cased line
        (``Solenne Has Been a Star. Now She Wants More.``).
        """
        first = self.sentences[0]
        if sentence.paragraph != first.paragraph or self.sentences[-1].paragraph == first.paragraph:
            return False  # split_sentences skips leading blank text: a headline is paragraph 0
        line = [s for s in self.sentences if s.paragraph == first.paragraph]
        if len(line) == 1:
            ending = first.text.rstrip().rstrip("\"'”’)")
            if not ending.endswith((".", "!", "?")):
                return True
        words = [w for s in line for w in re.findall(r"[^\W\d_][\w'’-]{3,}", s.text)]
        capitalised = sum(1 for w in words if w[0].isupper())
        return len(words) >= 3 and capitalised >= 0.7 * len(words)

    def _character_names(self) -> set[str]:
        """Names written where a character goes (``as Carolina``, ``plays the wizard Howl``).

        A name followed by an actor's full name in parentheses (``Winnie Hale (Ana Ruiz)``)
        is a character too: reviews and synopses credit the cast that way.
        """
        found: set[str] = set()
        for name in self.names:
            after = _ACTOR_IN_PARENTHESES.match(self.text, name.end)
            if after and self._actor_named_first(name.text, after.group(1)):
                found.add(after.group(1))  # "Ada Holt (Nell Price)": a cast list's credit
                continue
            if _MODIFIES_A_NAME.match(self.text, name.end):
                continue  # "as the Arctic bush pilot Nanna Eide": a modifier, not the part
            if (
                self._after_character_cue(name)
                or (after and not self._org_shaped(after.group(1)))
                or _RANKED_NAME.match(name.text)
            ) and not self._org_shaped(name.text):
                found.add(name.text)
        return found | self._coordinated_characters(found)

    def _after_character_cue(self, name: NameSpan) -> bool:
        """Whether ``name`` stands where a part goes (``as Carolina``, ``plays the witch Ada``)."""
        before = self.text[max(0, name.start - 60) : name.start]
        return bool(_CHARACTER_CUE.search(before)) and not _NOT_A_PART_AS.search(
            self.text, max(0, name.start - 150), name.start
        )

    def _actor_named_first(self, first: str, second: str) -> bool:
        """In ``First (Second)``, whether First is the actor and Second the part.

        Reviews credit "Character (Actor)", cast lists "Actor (Character)"; the rest of the
        article tells which. A part is named after a character cue (``returned as Vince``, by
        its full or first name); an actor is named by surname alone (``Holt, now 58, ...``).
        Without either sign the review order stands.
        """
        if self._org_shaped(first) or self._org_shaped(second) or " " not in first:
            return False
        first_is_part, second_is_part = self._named_as_part(first), self._named_as_part(second)
        if first_is_part != second_is_part:
            return second_is_part
        if first_is_part:
            return False
        return self._surname_uses(first) > self._surname_uses(second)

    def _named_as_part(self, full: str) -> bool:
        """Whether the text names ``full``, or its first name, where a character goes."""
        forms = {full, full.split()[0]}
        return any(n.text in forms and self._after_character_cue(n) for n in self.names)

    def _surname_uses(self, full: str) -> int:
        """How often the text names ``full`` by its last word alone, as it does a person."""
        surname = full.split()[-1]
        return sum(n.text == surname for n in self.names) if " " in full else 0

    def _coordinated_characters(self, characters: set[str]) -> set[str]:
        """``as Rooster and May Quill, a couple``: a name joined to a character is one too.

        Only when nothing after it makes it a subject (``as Rooster and Ana Pike plays ...``).
        """
        found: set[str] = set()
        for previous, name in zip(self.names, self.names[1:], strict=False):
            if previous.text not in characters | found or name.text in characters:
                continue
            between = self.text[previous.end : name.start]
            if _PERSON_DESCRIBED_AFTER.match(self.text, name.end):
                continue  # "played the runaway Jess, and X, then a character actor, who ..."
            if _LIST_JOIN.fullmatch(between) and _LIST_END.match(self.text, name.end):
                found.add(name.text)
        return found

    def _register_people(self) -> dict[str, _Person]:
        people: dict[str, _Person] = {}
        last_two: set[str] = set()  # "Ó Floinn" after "Cormac Ó Floinn": his surname, not a person
        placed = self._named_only_after_the()
        for name in self.names:
            if name.text in placed:
                continue
            if self._is_full_person_name(name.text) and name.text not in people:
                if name.text in last_two:
                    continue
                people[name.text] = _Person(Entity(name.text, EntityType.PERSON), name.start)
                words = name.text.split()
                if len(words) >= 3:
                    last_two.add(" ".join(words[-2:]))
        for name in self._mononyms(people):
            first = next(n.start for n in self.names if n.text == name)
            people[name] = _Person(Entity(name, EntityType.PERSON), first)
        # first names the text completes with a surname given beside them, by offset
        self._completed_names = self._coordinated_siblings() | self._relatives_by_first_name(people)
        for start, full in self._completed_names.items():
            people.setdefault(full, _Person(Entity(full, EntityType.PERSON), start))
        return people

    def _named_only_after_the(self) -> set[str]:
        """Names the text only ever gives after a bare ``the``: places and things, not people.

        ``the stylist of the Left Bank``, ``the North Sea``: a person is never "the X Y",
        though "the director X Y" is (a noun stands between).
        """
        after_the: dict[str, bool] = {}
        for name in self.names:
            before = self.text[max(0, name.start - 4) : name.start]
            hyphened = self.text[name.end : name.end + 1] == "-"  # "the Ana Ruiz-directed film"
            # "Ugo Sala's 1992 Hong Kong thriller": a place describing a film
            describes_film = bool(
                _YEAR_OR_POSSESSIVE_BEFORE.search(self.text, max(0, name.start - 8), name.start)
                and _GENRE_NOUN_AFTER.match(self.text, name.end)
            )
            after_the[name.text] = after_the.get(name.text, True) and (
                (before == "the " and not hyphened) or describes_film
            )
        return {text for text, always in after_the.items() if always}

    def _relatives_by_first_name(self, people: dict[str, _Person]) -> dict[int, str]:
        """``Sione ... with his younger brother Tavita``: Tavita Faleolo, by offset.

        A lone first name right after a sibling or child noun takes the surname of the person
        named just before it in the same sentence, when that person's full name is known.
        """
        found: dict[int, str] = {}
        for previous, name in zip(self.names, self.names[1:], strict=False):
            if " " in name.text or name.text in people or name.text in self.characters:
                continue
            if not _RELATIVE_BEFORE.search(self.text, max(0, name.start - 40), name.start):
                continue
            if self.sentence_at(previous.start) is not self.sentence_at(name.start):
                continue
            full = (
                previous.text
                if previous.text in people
                else next((p for p in people if p.split()[0] == previous.text and " " in p), None)
            )
            if full and " " in full:
                found[name.start] = f"{name.text} {self._surname(full)}"
        return found

    def _coordinated_siblings(self) -> dict[int, str]:
        """``the brothers Luca and Matteo Ferrante``: the first name's full name, by offset.

        Only after a family noun (brothers, sisters, siblings, twins, couple): without one,
        ``Hayek and Antonio Banderas`` would wrongly make a "Hayek Banderas".
        """
        found: dict[int, str] = {}
        for first, second in zip(self.names, self.names[1:], strict=False):
            words = second.text.split()
            if (
                " " not in first.text
                and not first.possessive
                and len(words) == 2
                and self.text[first.end : second.start] == " and "
                and _FAMILY_BEFORE.search(self.text, max(0, first.start - 30), first.start)
            ):
                found[first.start] = f"{first.text} {words[1]}"
        return found

    def _mononyms(self, people: dict[str, _Person]) -> list[str]:
        """People known by one name (a singer called Solenne), told by how the text uses it.

        A single capitalised word counts when it recurs as the subject of verbs (``Solenne
        returns``, ``Zaza said``), is never a part of a fuller name in the article (so not a
        surname, a first name or a company's first word) and never follows a preposition
        (``in Lyon``), and is not a character.
        """
        parts = {part for person in people for part in self._parts(person)}
        longer = {n.text.split()[0] for n in self.names if " " in n.text}
        uses: dict[str, list[int]] = {}
        for name in self.names:
            word = name.text
            if " " in word or not word.replace("-", "").isalpha() or word.isupper():
                continue
            uses.setdefault(word, []).append(name.start)
        found = []
        for word, starts in uses.items():
            if (
                word in parts
                or word in longer
                or word in self.characters
                or self._org_shaped(word)
                or word in self._companies
                or word.lower() in cues()["sentence_starters"]
            ):
                continue
            as_subject = sum(
                1 for at in starts if _VERB_AFTER_NAME.match(self.text, at + len(word))
            )
            governed = any(
                _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, at - 12), at) for at in starts
            )
            if as_subject >= 2 and not governed:
                found.append(word)
        return found

    def _is_full_person_name(self, text: str) -> bool:
        words = [w for w in text.split() if w.lower() not in cues()["name_particles"]]
        return (
            2 <= len(words) <= 5
            and text not in self.characters
            and not self._org_shaped(text)
            and not _AWARD_NAME.fullmatch(text)
            and not any(w.isupper() and len(w) > 2 and not INITIALS.fullmatch(w) for w in words)
        )

    def org_shaped(self, text: str) -> bool:
        """Whether a name looks like an organisation (``Lantern Pictures``, ``HBO``)."""
        return self._org_shaped(text) or (text.isupper() and len(text) >= 2)

    @staticmethod
    def _org_shaped(text: str) -> bool:
        words = text.lower().split()
        suffixes = cues()["org_suffixes"]
        return bool(words) and (
            words[-1] in suffixes
            or words[-1].endswith("fest")  # "Sheffield DocFest", "Filmfest Hamburg" aside
            or words[0] in {"studio", "studios"}
        )

    def _register_titles(self) -> dict[tuple[str, EntityType], Entity]:
        """One entity per (title, type), carrying the year given at any of its mentions.

        When one article gives two different years for a title ("Heat" (1986) and "Heat"
        (1995)), they are two films: each dated mention gets the film of its year, qualified by
        it, and an undated mention the film of the nearest dated mention before it.
        """
        years: dict[tuple[str, EntityType], list[int]] = {}
        names: dict[tuple[str, EntityType], str] = {}
        titles = [q for q in self.quotes if q.kind == "title"]
        self._series_word_means_tv(titles)
        typed = {normalise_title(q.text) for q in titles if self.title_type(q) != EntityType.FILM}
        strong = {normalise_title(q.text) for q in titles if self._marked_as_film(q)}
        self._series_only = typed - strong - _numbered_originals(titles)
        mentions: list[tuple[QuotedSpan, tuple[str, EntityType], int | None]] = []
        for quote in titles:
            kind = self.title_type(quote)
            if kind == EntityType.FILM and normalise_title(quote.text) in self._series_only:
                continue
            key = (normalise_title(quote.text), kind)
            names.setdefault(key, strip_title_punctuation(quote.text))
            year = self._title_year(quote) if kind == EntityType.FILM else None
            if year and year not in years.setdefault(key, []):
                years[key].append(year)
            mentions.append((quote, key, year))
        last_year: dict[tuple[str, EntityType], int] = {}
        namesakes = self._namesakes(mentions)
        for quote, key, year in mentions:  # the namesake's year is not the other film's
            if quote.start in namesakes and year is not None:
                years[key].remove(year)
        remade = self._remade_under_same_title(mentions, years)
        remade -= {key for quote, key, _ in mentions if quote.start in namesakes}
        for quote, key, year in mentions:
            dated = years.get(key, [])
            if quote.start in namesakes:
                namesake, remake = namesakes[quote.start]
                self._title_of_quote[quote.start] = namesake
                if remake:
                    original = Entity(names[key], key[1], dated[0] if len(dated) == 1 else None)
                    self.same_title_remakes.setdefault(namesake, (original, quote.start))
                continue
            if key in remade:  # the dated mention is the original; the others, the new film
                original = Entity(names[key], key[1], dated[0], str(dated[0]))
                entity = original if year else Entity(names[key], key[1])
                if not year:
                    self.same_title_remakes.setdefault(entity, (original, quote.start))
            elif len(dated) > 1:
                year = year or last_year.get(key) or dated[0]
                last_year[key] = year
                entity = Entity(names[key], key[1], year, str(year))
            else:
                entity = Entity(names[key], key[1], dated[0] if dated else None)
            self._title_of_quote[quote.start] = entity
        self._join_subtitles()
        return {(normalise_title(e.name), e.type): e for e in self._title_of_quote.values()}

    def _series_word_means_tv(self, titles: list[QuotedSpan]) -> None:
        """``'X' Series Sets Cast`` is the TV series X when the article elsewhere says so.

        A bare "series" after a title may mean films or television; a mention that says
        television outright (``"X," its six-episode drama series``) settles it for all.
        """
        tv = {normalise_title(q.text) for q in titles if self.title_type(q) == EntityType.TV_SERIES}
        for quote in titles:
            if (
                self.title_type(quote) == EntityType.FILM_SERIES
                and normalise_title(quote.text) in tv
            ):
                self._title_types[quote.start] = EntityType.TV_SERIES

    def _namesakes(
        self, mentions: list[tuple[QuotedSpan, tuple[str, EntityType], int | None]]
    ) -> dict[int, tuple[Entity, bool]]:
        """Mentions the text sets apart as another film of the same title, by quote start.

        ``has nothing to do with "F" (1958), X's noir`` and ``released a remake, also called
        "F"`` in 2018 name a second film F: it gets its year (its own, or the sentence's) as
        a qualifier, and the title's other mentions stay the article's film. The flag says
        whether the namesake is a remake of that film. Only a film whose year is known, and
        only when the other mentions give none (two years already tell two films apart).
        """
        found: dict[int, tuple[Entity, bool]] = {}
        for quote, key, year in mentions:
            if key[1] != EntityType.FILM or self.is_in_headline(quote.start):
                continue
            sentence = self.sentence_at(quote.start)
            cue = _NAMESAKE_BEFORE.search(self.text, sentence.start, quote.outer[0])
            if cue is None:
                continue
            others = [dated for q, other, dated in mentions if other == key and q is not quote]
            if not others or any(others):
                # no other mention to keep apart, or a dated one: two years tell them apart
                continue
            year = year or self._year_in(sentence)
            if year is None:
                continue
            name = strip_title_punctuation(quote.text)
            remake = _REMAKE_WORD.search(self.text, sentence.start, quote.outer[0]) is not None
            found[quote.start] = (Entity(name, key[1], year, str(year)), remake)
        return found

    def _year_in(self, sentence: Sentence) -> int | None:
        """The one year a sentence gives (``in 2018, when X released a remake``), if one."""
        years = {int(y) for y in _YEAR_WORD.findall(sentence.text)}
        years = {y for y in years if 1880 <= y <= 2100}
        return years.pop() if len(years) == 1 else None

    def _remade_under_same_title(
        self,
        mentions: list[tuple[QuotedSpan, tuple[str, EntityType], int | None]],
        years: dict[tuple[str, EntityType], list[int]],
    ) -> set[tuple[str, EntityType]]:
        """Film titles that name both an old film and its new remake of the same title.

        ``the 1986 horror film "Bloodroot"`` and ``The new "Bloodroot" will be directed by``:
        a title dated once, and named again as new (``the new``, ``the remake``, or followed
        by ``, a remake of``). The dated mentions are the original; the others, the remake.
        """
        remade = set()
        for quote, key, year in mentions:
            if key[1] != EntityType.FILM or len(years.get(key, [])) != 1 or year is not None:
                continue
            if self.is_in_headline(quote.start):
                continue
            start, end = quote.outer
            remake = _REMAKE_AFTER.match(self.text, end)
            if _NEW_VERSION_BEFORE.search(self.text, max(0, start - 30), start) or (
                remake and not self._remakes_another_title(quote, remake.end())
            ):
                remade.add(key)
        remade |= self._originals_named_beside_their_remake(mentions, years)
        return remade

    def _remakes_another_title(self, quote: QuotedSpan, after: int) -> bool:
        """``the original "F" was a loose remake of X's "G"``: F remakes G, not an older F."""
        sentence_end = self.sentence_at(quote.start).end
        key = normalise_title(quote.text)
        return any(
            q.kind == "title" and after <= q.start < sentence_end and normalise_title(q.text) != key
            for q in self.quotes
        )

    def _originals_named_beside_their_remake(
        self,
        mentions: list[tuple[QuotedSpan, tuple[str, EntityType], int | None]],
        years: dict[tuple[str, EntityType], list[int]],
    ) -> set[tuple[str, EntityType]]:
        """The reviewed title, dated once as ``the original``, in a remake's review.

        ``The Orchard review – a storm-lashed remake`` then ``X's original The Orchard
        (1964)``: the dated mention is the old film, and the title's undated mentions the
        remake the article is about. (A franchise history's ``the original "F" (1986)`` is
        the film its other mentions name too.)
        """
        if not self._reviewed_title or not _REMAKE_WORD.search(self.text, 0, self.body[0].end):
            return set()
        undated = {key for quote, key, year in mentions if year is None}
        return {
            key
            for quote, key, year in mentions
            if year is not None
            and key in undated
            and key[0] == normalise_title(self._reviewed_title)
            and key[1] == EntityType.FILM
            and len(years.get(key, [])) == 1
            and _ORIGINAL_BEFORE.search(self.text, max(0, quote.outer[0] - 12), quote.outer[0])
        }

    def _join_subtitles(self) -> None:
        """A film's subtitle used alone names that film, when one film has that subtitle.

        ``"Ashfall"`` after ``"Moth Lantern: Ashfall"`` is the same film.
        """
        films = {e for e in self._title_of_quote.values() if e.type == EntityType.FILM}
        by_subtitle: dict[str, list[Entity]] = {}
        for film in films:
            head, colon, subtitle = film.name.partition(": ")
            if colon and head and subtitle:
                by_subtitle.setdefault(normalise_title(subtitle), []).append(film)
        for start, entity in self._title_of_quote.items():
            owners = by_subtitle.get(normalise_title(entity.name), [])
            if entity.type == EntityType.FILM and len(owners) == 1 and entity.year is None:
                self._title_of_quote[start] = owners[0]

    def title_type(self, quote: QuotedSpan) -> EntityType:
        """Film, film series or TV series, from the words around a quoted title (cached)."""
        kind = self._title_types.get(quote.start)
        if kind is None:
            kind = self._title_types[quote.start] = self._title_type(quote)
        return kind

    def _title_type(self, quote: QuotedSpan) -> EntityType:
        before = self.text[max(0, quote.start - 40) : quote.start - 1]
        after = self.text[quote.end + 1 : quote.end + 30].lower()
        if re.match(r"^[,.]?\s*(?:tv |television |streaming |animated )?(?:series|show)\b", after):
            if re.match(r"^\s*(?:tv|television|streaming)", after) or self._tv_before(before):
                return EntityType.TV_SERIES
            return EntityType.FILM_SERIES
        if re.match(
            r"^\s*(?:episode|season|finale|pilot)\b|^,?\s*(?:for|in|across|over) (?:its|their|the|"
            r"all) (?:[a-z-]+ ){0,2}seasons?\b",
            after,
        ):
            return EntityType.TV_SERIES  # an episode's title stands for TV work, not a film
        if re.match(
            r"^\s*(?:film |movie )?(?:series|franchise|films|movies|trilogy|saga)\b", after
        ):
            return EntityType.FILM_SERIES
        if _NTH_ENTRY_BEFORE.search(before) and re.match(
            r"^\s*(?:film|movie|installment|instalment|entry|chapter|outing)\b", after
        ):
            return EntityType.FILM_SERIES  # "a third "F" movie": the franchise, not a film
        if (
            self._tv_before(before)
            or _RUN_FOR_SEASONS.match(self.text, quote.end + 1)
            or _RENEWED_FOR_A_SEASON.match(self.text, quote.end + 1)
        ):
            return EntityType.TV_SERIES
        if _ACTS_ON_BEFORE.search(before):
            return EntityType.TV_SERIES  # "plays the harbor master's widow on "F"": a show
        if _TV_APPOSITION.match(self.text, quote.end + 1):
            return EntityType.TV_SERIES  # ""F," its six-episode drama series adapted from ..."
        return EntityType.FILM

    def _marked_as_film(self, quote: QuotedSpan) -> bool:
        """A title whose context says it is one film: a year, or a film noun just before it."""
        if self.title_type(quote) != EntityType.FILM:
            return False
        if self._title_year(quote):
            return True
        before = self.text[max(0, quote.start - 30) : quote.start - 1].lower()
        words = re.findall(r"[\w-]+", before)[-2:]
        return bool(set(words) & (cues()["film_nouns"] - {"entry", "chapter"}))

    @staticmethod
    def _tv_before(before: str) -> bool:
        """TV words just before a title, or an all-caps network possessive (``ABC's "X"``)."""
        tail = before[-22:]
        if re.search(r"\b[A-Z]{2,}['’]s\s*$", tail):
            return True
        return any(cue in tail.lower() for cue in cues()["tv_cues_before"])

    def _title_year(self, quote: QuotedSpan) -> int | None:
        after = self.text[quote.end + 1 : quote.end + 45]
        before = self.text[max(0, quote.start - 60) : quote.start - 1]
        m = _YEAR_AFTER.match(after) or _YEAR_BEFORE.search(before)
        if not m:
            return None
        year = int(next(g for g in m.groups() if g))
        return year if 1880 <= year <= 2100 else None

    def title_entity(self, quote: QuotedSpan) -> Entity:
        """The entity a quoted title names; an untyped mention joins a typed one of its name."""
        own = self._title_of_quote.get(quote.start)
        if own is not None:
            return own
        key = normalise_title(quote.text)
        for other in (EntityType.FILM_SERIES, EntityType.TV_SERIES, EntityType.FILM):
            if (key, other) in self.titles:
                return self.titles[(key, other)]
        return Entity(strip_title_punctuation(quote.text), self.title_type(quote))

    # --- names -------------------------------------------------------------------------------

    def resolve_name(self, name: NameSpan) -> tuple[str, Entity | None]:
        """Kind letter and entity for a capitalised name."""
        text = name.text
        if text in self.characters:
            return "C", Entity(text, EntityType.CHARACTER)
        if _AWARD_NAME.fullmatch(text):
            return "N", None  # "won the Golden Leopard": a prize, no one a rule may credit
        if self._org_shaped(text) or (text.isupper() and len(text) >= 2) or text in self._companies:
            return "O", Entity(text, EntityType.ORGANIZATION)
        if name.start in self._completed_names:
            return "P", self.people[self._completed_names[name.start]].entity
        if text in self.people:
            return "P", self.people[text].entity
        person = self.person_by_part(text, name.start)
        if person is not None:
            return "P", person
        if self._acts_as_person(name):
            return "P", Entity(text, EntityType.PERSON)
        return "N", None

    def _acts_as_person(self, name: NameSpan) -> bool:
        """A lone surname the article never spells out, doing what people do.

        ``Hayek said``, ``Hayek plays``: a person whose full name the link step may find in
        the store.
        """
        if " " in name.text or name.possessive:
            return False
        after = self.text[name.end : name.end + 30]
        return bool(_PERSON_VERB_AFTER.match(after))

    def person_by_part(self, text: str, offset: int) -> Entity | None:
        """A person named by surname or first name: ``Rodriguez`` -> ``Robert Rodriguez``.

        Two people sharing a surname: the bare surname means the one introduced first, as
        journalists call the second by first name.
        """
        words = text.split()
        if len(words) > 2:
            return None
        matches = self._people_by_part.get(text, [])
        if not matches:
            return None
        surname_matches = [
            p for p in matches if self._surname(p.entity.name).lower() == text.lower()
        ]
        pool = surname_matches or matches
        if not surname_matches and len(pool) > 1:
            return None
        return min(pool, key=lambda p: p.first_seen).entity

    @staticmethod
    def _parts(full: str) -> set[str]:
        """The forms that name a person alone: full name, surname, first name, last two words."""
        words = full.split()
        surname = Discourse._surname(full)
        # "de Santis" is also written "De Santis" when it opens a sentence
        return {full, surname, surname[:1].upper() + surname[1:], words[0], " ".join(words[-2:])}

    @staticmethod
    def _surname(full: str) -> str:
        """The last name, with its particle when it has one (``de Santis``, ``van Dijk``)."""
        words = [w for w in full.split() if w.lower().rstrip(".") not in {"jr", "sr", "ii", "iii"}]
        if len(words) >= 3 and words[-2].lower() in cues()["name_particles"]:
            return " ".join(words[-2:])
        return words[-1] if words else full

    # --- pass two: masking and resolution ------------------------------------------------------

    def mask(self, sentence: Sentence) -> Masked:
        """The sentence with every mention replaced by a placeholder (computed once)."""
        cached = self._masks.get(sentence.index)
        if cached is None:
            cached = self._masks[sentence.index] = self._mask(sentence)
        return cached

    def _mask(self, sentence: Sentence) -> Masked:
        slots = list(self._slots_in(sentence))
        slots.sort(key=lambda s: s.start)
        text_parts: list[str] = []
        offsets: list[int] = []
        cursor = sentence.start
        kept: list[Slot] = []
        for index, slot in enumerate(slots):
            if slot.start < cursor:
                continue
            before = slot.start
            if slot.kind == "P" and self.text[max(cursor, before - 5) : before].endswith(". "):
                # "directed by Ms. Malaterre": the rules see the bare name
                courtesy = _COURTESY_TITLE.search(self.text, max(cursor, before - 6), before)
                before = courtesy.start() if courtesy else before
            text_parts.append(self.text[cursor:before])
            offsets.extend(range(cursor, before))
            token = f"⟦{slot.kind}{len(kept)}⟧"
            text_parts.append(token)
            end = self._translated_title_end(slot, slots[index + 1 : index + 2])
            offsets.extend([slot.start] * (len(token) - 1) + [end - 1])
            if slot.kind == "F" and slot.surface.rstrip()[-1:] in ",;:":
                # American style puts the comma inside the quotes; the rules want it outside
                text_parts.append(slot.surface.rstrip()[-1])
                offsets.append(slot.end - 1)
            kept.append(slot)
            cursor = end
        text_parts.append(self.text[cursor : sentence.end])
        offsets.extend(range(cursor, sentence.end))
        # "the Dutch star of", "an English-language remake": adjectives to the rules
        text = _PLACE_ADJECTIVE.sub(lambda m: m.group().lower(), "".join(text_parts))
        return Masked(sentence, text, kept, offsets)

    def _translated_title_end(self, slot: Slot, following: list[Slot]) -> int:
        """Where a title ends, with an English title in brackets after it taken in.

        ``"La Sal del Norte" ("Northern Salt"), with X as ...``: the bracketed title is the
        same film under another name, so the rules see one title, not two.
        """
        if slot.kind != "F" or not following or following[0].kind != "F":
            return slot.end
        after = following[0]
        if (
            self.text[slot.end : after.start] == " ("
            and self.text[after.end : after.end + 1] == ")"
        ):
            return after.end + 1
        return slot.end

    def _slots_in(self, sentence: Sentence) -> Iterable[Slot]:
        """The mentions inside a sentence (quotes may straddle it; names start in it)."""
        lo, hi = sentence.start, sentence.end
        # quotes are sorted and never nest, so those overlapping [lo, hi) are contiguous
        first = max(bisect_right(self._quote_ends, lo), 0)
        for quote in self.quotes[first:]:
            qs, qe = quote.outer
            if qs >= hi:
                break
            if qe <= lo or quote.kind == "nickname":
                continue
            if quote.kind == "title":
                yield Slot("F", qs, qe, quote.text, self.title_entity(quote), quote=quote)
            elif quote.kind == "speech":
                yield Slot("Q", max(qs, lo), min(qe, hi), quote.text, None, quote=quote)
            else:
                yield Slot("S", qs, qe, quote.text, None, quote=quote)
        for name in self.names[bisect_left(self._name_starts, lo) :]:
            if name.start >= hi:
                break
            kind, entity = self.resolve_name(name)
            yield Slot(kind, name.start, name.end, name.text, entity, name.possessive)

    def note_sentence(self, masked: Masked) -> None:
        """Remember the sentence's people, films and organisations for later references.

        Pronouns count as mentions of the person they resolve to, so a chain of ``he`` keeps
        its referent salient (``Kilmer ... his best ... In 1995 he played``).
        """
        events: list[tuple[int, Entity, bool]] = []
        for slot in masked.slots:
            if slot.entity is None:
                continue
            if slot.kind == "P":
                if self._modifies_a_noun(slot):
                    continue
                events.append((slot.start, slot.entity, not self._after_preposition(slot)))
            elif slot.kind == "F":
                self.films_seen.append((slot.start, slot.entity))
                if self.is_influence(slot.start) or _INFLUENCE_AFTER.match(
                    self.text, slot.end, slot.end + 60
                ):
                    self._influences.add(slot.start)  # named only as a comparison
                if self.is_source_film(slot.start):
                    self._sources.add(slot.start)
            elif slot.kind == "O":
                self.orgs_seen.append((slot.start, slot.entity))
        for word in re.finditer(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b", masked.text):
            offset = masked.offsets[word.start()]
            person = self.resolve_pronoun(masked, offset, word.group())
            if person is not None:
                events.append((offset, person, True))
        person = self._role_noun_subject(masked)
        if person is not None:
            events.append((masked.sentence.start, person, True))
            self._role_noun_subjects.add(masked.sentence.start)
        subject_taken = False
        for offset, entity, can_be_subject in sorted(events, key=lambda e: e[0]):
            is_subject = can_be_subject and not subject_taken
            subject_taken = subject_taken or is_subject
            self.history.append((offset, entity, is_subject))  # sentences come in order

    def _role_noun_subject(self, masked: Masked) -> Entity | None:
        """Whom a role noun opening the sentence names, when a verb follows it.

        "The director herself turns up on screen. "…," she says.": the director. In "The
        47-year-old director had ...", the job after the age says who.
        """
        opener = ROLE_NOUN.match(masked.text)
        if opener is None:
            return None
        noun, end = opener.group("noun"), opener.end()
        aged = _ROLE_AFTER_AGE.match(masked.text, end)
        if aged:
            noun, end = aged.group(1), aged.end()
        if not _SUBJECT_VERB_AFTER.match(masked.text, end):
            return None
        return self.resolve_role_noun(noun, masked.sentence.start)

    def _modifies_a_noun(self, slot: Slot) -> bool:
        """Whether a name only modifies a noun, so no pronoun refers to it.

        ``in a West Hollywood hotel`` (a name after ``a``); ``the two Kadlec films`` (a name
        before a work noun).
        """
        return bool(
            _INDEFINITE_BEFORE.search(self.text, max(0, slot.start - 4), slot.start)
            # "Between the two Kadlec films she ...": a name used as a modifier of a work noun
            or (not slot.possessive and _NAME_MODIFIES_WORK_NOUN.match(self.text, slot.end))
        )

    def _after_preposition(self, slot: Slot) -> bool:
        """Whether a name is governed by a preposition (``with X``, ``by A and X``)."""
        known = self._governed.get(slot.start)
        if known is None:  # a pure function of the text before the name: computed once
            known = self._governed[slot.start] = self._preposition_before(slot.start)
        return known

    def _preposition_before(self, start: int) -> bool:
        before = self.text[max(0, start - 120) : start]
        fronted = _ends_with_word(before, _FRONTING_WORDS) and _FRONTED_TOPIC.search(before)
        if fronted and _TOPIC_COMMA.match(self.text, start):
            return False  # "For Farrant, 74, the shoot meant ...": the sentence's topic
        while _ends_with_word(before, ("and", "or")) and _ENDS_WITH_AND_OR.search(before):
            trimmed = _COORDINATED_NAME.sub("", before)
            if trimmed == before:
                break
            before = trimmed
        if _ends_with_word(before, _JOB_ENDINGS):  # "from the Japanese-British director X"
            before = _JOB_BEFORE_NAME.sub("", before)
        if _WENT_TO.search(before):
            return False  # "Best actor went to X for F, in which he plays": X is the topic
        words = _WORD.findall(before[-20:].lower())
        if words and words[-1] in _CONJUNCTION_OR_PREPOSITION:
            name = self._name_at(start)
            # "before X hired him": a conjunction opening a clause whose subject is X
            return not (name and _CLAUSE_VERB_AFTER.match(self.text, name.end))
        return bool(words) and words[-1] in _PREPOSITIONS

    def _name_at(self, start: int) -> NameSpan | None:
        """The capitalised name that starts at ``start``, if any."""
        index = bisect_left(self._name_starts, start)
        if index < len(self.names) and self.names[index].start == start:
            return self.names[index]
        return None

    def note_genders(self, masked: Masked) -> None:
        """Learn a person's grammatical gender from the text alone, never from the name.

        Evidence: a gendered noun next to the name (``actress X``, ``his daughter, X``,
        ``Ms. X``), or a sentence whose only person is followed by ``she`` or ``he`` (not
        ``her``/``his``, which often belong to someone else: "X backed her films"). The
        first evidence wins; pronouns then skip people of the other gender.
        """
        people = [s for s in masked.slots if s.kind == "P" and s.entity is not None]
        sentence = masked.sentence
        for slot in people:  # the cue must be in the same sentence: not a headline's last word
            before = self.text[max(sentence.start, slot.start - 45) : slot.start]
            after = self.text[slot.end : min(sentence.end, slot.end + 40)]
            cue = _GENDER_BEFORE.search(before) or _GENDER_AFTER.match(after)
            if cue:
                word = next(g for g in cue.groups() if g).lower()
                self._genders.setdefault(slot.entity, "f" if word in _FEMININE else "m")
        if not people:
            self._note_gender_of_the_only_candidate(masked)
            return
        first = people[0]
        if first.possessive or self._modifies_a_noun(first):
            # "It was X's film, which she first saw", "the two X films she made": not X
            return
        others = [s for s in people if s.entity != first.entity]
        if others:  # "X ... withdrew; his scenes went to Y": only what comes before Y is X's
            rest = self._without_character_clauses(first.end, others[0].start).lower()
            rest = ROLE_NOUN.split(rest, maxsplit=1)[0]  # "the director" may be someone else
            pronouns = _SUBJECT_PRONOUN_WORD
        else:
            rest = self._without_character_clauses(first.end, masked.sentence.end).lower()
            pronouns = _PRONOUN_WORD
        # "X, who backed her films,": not X (nor the quote mark after a title's comma)
        rest = re.sub(r"^,\s+who\b[^,]*,[\"”’']?", ",", rest)
        own = _SAID_OF_ONESELF.match(rest)
        if own:  # "X, 38, said she had never read it": she is X, whoever else is recent
            self._genders.setdefault(first.entity, PRONOUNS[own.group(1) or own.group(2)])
            return
        rest = _SOMEONE_ELSES_RELATION.sub(" ", rest)  # "X became his muse": not X's "his"
        coordinated = _AND_SUBJECT_PRONOUN.match(rest)
        if coordinated and not others and first.start == sentence.start:
            # "X never headlined a film, and he liked it": the clause's subject goes on
            self._genders.setdefault(first.entity, PRONOUNS[coordinated.group(1)])
            return
        kinds = {PRONOUNS[w] for w in pronouns.findall(rest)}
        if len(kinds) == 1:
            kind = kinds.pop()
            if not self._recent_gender_holder(masked.sentence.start, kind):
                # the pronoun can only be this person: no one recent is known as it
                self._genders.setdefault(first.entity, kind)

    def _without_character_clauses(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end`` without clauses that describe a name after it.

        In "X plays Teodor, the violinist she is sent to betray", the "she" is someone in the
        story, not X: the apposition after the name "Teodor" is blanked.
        """
        text = self.text[start:end]
        for clause in reversed(list(_REDUCED_RELATIVE.finditer(text))):
            at, stop = clause.span("clause")
            text = text[:at] + " " * (stop - at) + text[stop:]
        return text

    def _note_gender_of_the_only_candidate(self, masked: Masked) -> None:
        """``X orders lunch. "…," she says.``: a he/she with one possible referent tells its gender.

        Only when the sentence names no one, uses one gender of subject pronoun, and the last
        sentence with people had exactly one person, as its subject (or the source it cites:
        ``According to X, ...``).
        """
        kinds = {PRONOUNS[w.lower()] for w in re.findall(r"\b(?:[Hh]e|[Ss]he)\b", masked.text)}
        if len(kinds) != 1:
            return
        earlier = self._recent_history(masked.sentence.start, window=12)
        if not earlier:
            return
        last = self.sentence_at(earlier[-1][0]).index
        if masked.sentence.index - last > 1:
            return  # the referent must be in the sentence just before
        in_last = [
            (entity, is_subject)
            for offset, entity, is_subject in earlier
            if self.sentence_at(offset).index == last
        ]
        topic = in_last[0][1] or self.sentences[last].text.startswith("According to")
        if len({entity for entity, _ in in_last}) == 1 and topic:
            self._genders.setdefault(in_last[0][0], kinds.pop())  # the only one, as subject

    def note_roles(self, masked: Masked) -> None:
        """Infer roles from how people are named: ``X's films``, ``director X``, ``actress X``."""
        for slot in masked.slots:
            if slot.kind != "P" or slot.entity is None:
                continue
            before = self.text[max(0, slot.start - 25) : slot.start].lower()
            after = self.text[slot.end : slot.end + 30].lower()
            if slot.possessive and _FILMS_OF.match(after):
                self.note_role(slot.entity, "director")
            elif _DIRECTOR_BEFORE.search(before):
                self.note_role(slot.entity, "director")
            elif _ACTOR_BEFORE.search(before) or _CAST_BEFORE.search(before):
                self.note_role(slot.entity, "actor")
            if _HIRED_CREW_AFTER.match(self.text, slot.end):
                self.note_role(slot.entity, "director")  # "X hired him to photograph her film"
            elif _DIRECTS_AFTER.match(self.text, slot.end):
                self.note_role(slot.entity, "director")  # "X, who directed the original, ..."
            elif _JOB_WENT_TO.search(before) and self._about_directing(masked.sentence):
                self.note_role(slot.entity, "director")  # "... the director's chair. The job
                # went instead to X"
            # "X is an actress", "X, a director,", "X, who was a star"
            job = _JOB_AFTER.match(self.text[slot.end : slot.end + 60].lower())
            if job:
                role = "director" if job.group(1) in _DIRECTING_JOBS else "actor"
                self.note_role(slot.entity, role)
        if _TURNED_TO_DIRECTING.search(masked.text):
            subject = self.sentence_subject(masked)
            if subject is not None:
                self.note_role(subject, "director")
        self._note_directing_role_nouns(masked)

    def _about_directing(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` or the one before it speaks of directing."""
        previous = self.sentences[sentence.index - 1].text if sentence.index else ""
        return bool(_DIRECTING_WORD.search(previous + " " + sentence.text))

    def _note_directing_role_nouns(self, masked: Masked) -> None:
        """``"...," the Croatian director says``: whoever ``the director`` is, directs.

        Only a role noun that refers back (no name follows it) and that resolves to someone
        not yet known as an actor: ``the director`` in a film's review may mean its director,
        never the star.
        """
        sentence = masked.sentence
        for m in _DIRECTING_ROLE_NOUN.finditer(self.text, sentence.start, sentence.end):
            if _NAME_NEXT.match(self.text, m.end()):
                continue  # "the director Ana Ruiz": a title for the name, noted above
            person = self.resolve_role_noun(m.group("noun"), m.start())
            if person is not None and "actor" not in self.roles_of(person):
                self.note_role(person, "director")

    def _recent_history(self, before: int, window: int = 80) -> list[tuple[int, Entity, bool]]:
        """The last ``window`` person mentions before ``before``: a referent is never far back."""
        end = bisect_left(self.history, before, key=lambda h: h[0])
        return self.history[max(0, end - window) : end]

    def resolve_siblings(self, before: int) -> list[Entity]:
        """Who ``the sisters`` or ``the brothers`` are: two people who share a surname.

        The two latest such people named before ``before`` (``Ada and Bisi Okafor ... The
        sisters co-directed F``), or none.
        """
        seen: list[Entity] = []
        for _, entity, _ in reversed(self._recent_history(before, window=20)):
            if entity not in seen:
                seen.append(entity)
        for index, later in enumerate(seen[:6]):
            for earlier in seen[index + 1 : 6]:
                if self._surname(later.name) == self._surname(earlier.name):
                    return [earlier, later]
        return []

    def _recent_gender_holder(self, before: int, gender: str) -> Entity | None:
        """The latest person of the last two sentences with people known to be ``gender``."""
        recent = self._recent_history(before, window=12)
        sentences = sorted({self.sentence_at(o).index for o, _, _ in recent})[-2:]
        for offset, entity, _ in reversed(recent):
            if self.sentence_at(offset).index in sentences and self._genders.get(entity) == gender:
                return entity
        return None

    def previous_subject(self, masked: Masked) -> Entity | None:
        """The subject of the nearest earlier sentence that has one (the paragraph's topic)."""
        for _, entity, is_subject in reversed(self._recent_history(masked.sentence.start)):
            if is_subject:
                return entity
        return None

    def main_person(self) -> Entity | None:
        """The person the article names most often (the subject of a profile or obituary)."""
        counts = self._mention_counts()
        return max(counts, key=lambda e: counts[e]) if counts else None

    def _mention_counts(self) -> dict[Entity, int]:
        """How often each person has been mentioned so far, in order of first mention."""
        counts: dict[Entity, int] = {}
        for offset, entity, _ in self.history:
            if offset not in self._role_noun_subjects:  # a reference, not a mention by name
                counts[entity] = counts.get(entity, 0) + 1
        return counts

    def profile_subject(self) -> Entity | None:
        """The main person when the article is about them: named twice as often as anyone else.

        A profile, an interview or an obituary has one; a set visit or a round-up does not.
        """
        counts = self._mention_counts()
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
            return None
        return max(counts, key=lambda e: counts[e])

    def gender_of(self, entity: Entity) -> str | None:
        """``m`` or ``f`` when the text has told, else None."""
        return self._genders.get(entity)

    def note_direction(self, person: Entity, film: Entity) -> None:
        """Record that ``person`` directed ``film`` (so that ``X's film`` can mean it)."""
        self._directed.setdefault(person, film)
        self._director_of.setdefault(film, person)

    def film_directed_by(self, person: Entity | None) -> Entity | None:
        """The first film the article says ``person`` directed, if any."""
        return self._directed.get(person) if person else None

    def note_character(self, character: Entity, film: Entity) -> None:
        """Record the film a character was first named in (``X plays Y in "F"``)."""
        self._film_of_character.setdefault(character.name, film)

    def film_of_character(self, character: Entity | None) -> Entity | None:
        """The film a character belongs to, when an earlier sentence said so.

        A part of the full name (``Kell`` for ``Ambrose Kell``) names the same character.
        """
        if character is None:
            return None
        films = {
            film
            for name, film in self._film_of_character.items()
            if character.name == name or character.name in name.split()
        }
        return films.pop() if len(films) == 1 else None

    def note_role(self, person: Entity, role: str) -> None:
        """Record that a person was seen in a role (``director``, ``actor``...)."""
        self._roles.setdefault(person, set()).add(role)

    def sentence_subject(self, masked: Masked, before: int | None = None) -> Entity | None:
        """The sentence's subject: its first person not governed by a preposition."""
        for slot in masked.slots:
            if before is not None and slot.start >= before:
                break
            if slot.kind == "P" and slot.entity and not self._after_preposition(slot):
                if _KIN_NAMED_AFTER.match(self.text, slot.end):
                    continue  # "X's son, Y, a retired cellist, supplies ...": Y
                if self._modifies_a_noun(slot):
                    continue  # "Between the two Kadlec films she ...": she
                return slot.entity
        for word in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", masked.text):
            if before is not None and masked.offsets[word.start()] >= before:
                break
            return self.resolve_pronoun(masked, masked.offsets[word.start()], word.group())
        return None

    def resolve_pronoun(self, masked: Masked, offset: int, word: str) -> Entity | None:
        """The person a pronoun refers to: the nearest earlier subject-like person.

        In the same sentence: the nearest earlier person (name or role noun such as ``the
        director``) that no preposition governs, or one a relative clause binds (``X, who said
        his...``). An object pronoun skips the subject of its own clause (``the director cast
        him``: him is not the director). Failing that, the subject of the nearest earlier
        sentence that has one.
        """
        word = word.lower()
        if word not in PRONOUNS:
            return None
        role_fits = self._role_filter(self.text[offset + len(word) : offset + len(word) + 30])
        gender = PRONOUNS[word]

        def fits(entity: Entity) -> bool:
            return role_fits(entity) and self._genders.get(entity, gender) == gender

        if word in {"he", "she"}:
            chained = self._earlier_same_pronoun(masked, offset, word)
            if chained is not None:
                return chained  # "he made F, and he directed G": one "he" all along
        elif word in {"his", "her"}:
            parallel = self._parallel_filmography(masked, offset, word)
            if parallel is not None:
                return parallel  # "Her debut, F, starred X, and her second film, G, ...": hers
            agent = self._participle_agent(masked, offset)
            if agent is not None:
                return agent  # "directed by the filmmaker X, making her debut": X's debut
        if word in {"he", "she"}:
            head = self._apposition_head(masked, offset)
            if head is not None:
                return head  # "X, the star of F, in which she played C": X, whoever else is "she"
        candidates = self._local_candidates(masked, offset, word in {"he", "she"})
        # "shot by Marc, whom he called ...": the pronoun is never the head of its "whom"
        candidates = [c for c in candidates if not self._heads_whom_clause(masked, c[0], offset)]
        if candidates and word in {"he", "she"} and fits(candidates[-1][1]):
            nearest_start, nearest = candidates[-1]
            name_end = next(
                (s.end for s in masked.slots if s.start == nearest_start), nearest_start
            )
            if _SAYS_THAT.match(self.text[name_end:offset]):
                return nearest  # "X said she had not seen it": she is X
        possessive = word == "her" and _POSSESSIVE_HER.match(self.text, offset + 3)
        if (
            word in OBJECT_PRONOUNS
            and not possessive  # "X hired him to shoot her first film": her film is X's
            and candidates
            and not self._clause_between(masked, candidates[-1][0], offset)
        ):
            subject = candidates[-1][1]
            candidates = [c for c in candidates if c[1] != subject]
        candidates = [c for c in candidates if fits(c[1])]
        bound = self._relative_clause_head(masked, candidates, offset)
        if bound is not None:
            return bound  # "..., and D, who reprises her role": D, however known the others
        known = [c for c in candidates if self._genders.get(c[1]) == gender]
        if candidates and not known and word in {"he", "she"}:
            own = self._pronoun_resolved_before(masked, offset, gender)
            if own is not None and any(c[1] == own for c in candidates):
                return own  # "X is a director in his own right, but he insisted": X
            holder = self._recent_gender_holder(masked.sentence.start, gender)
            if holder is not None and fits(holder):
                return holder  # "X made the film, and she played..." she: the known "she"
        if known:
            return known[-1][1]
        if candidates:
            return candidates[-1][1]
        governed = self._known_gender_named_before(masked, offset, gender, fits)
        if governed is not None:
            return governed  # "the prize went to X for F, in which she plays": X, known "she"
        if word in {"he", "she"} and self._opens_paragraph_after_quote(masked.sentence):
            main = self.main_person()
            if main is not None and fits(main):
                return main  # after a quoted tribute, the article returns to its subject
        opens = not self.text[masked.sentence.start : offset].strip(" \"“'‘")
        if word in {"he", "she"} or (word in {"his", "her"} and opens):
            subject = self._article_subject_continues(masked, offset, gender)
            if subject is not None:
                return subject  # an obituary: "He directed only one film", "Her later work"
        earlier = [h for h in self._recent_history(masked.sentence.start) if fits(h[1])]
        preferred = self._holder_in_last_sentence(earlier, role_fits.wanted)
        if preferred is not None:
            return preferred  # "X wrote the part for Y. She plays...": Y
        known = self._known_gender_in_last_sentence(earlier, gender)
        if known is not None:
            return known  # "Mira met Teo. He directed...": Teo, known to be "he"
        for _, entity, is_subject in reversed(earlier):
            if is_subject:
                return entity
        return earlier[-1][1] if earlier else None

    def _heads_whom_clause(self, masked: Masked, start: int, offset: int) -> bool:
        """Whether the name at ``start`` heads a ``, whom`` clause the pronoun opens."""
        end = next((s.end for s in masked.slots if s.start == start), None)
        return end is not None and _WHOM_BETWEEN.fullmatch(self.text, end, offset) is not None

    def _pronoun_resolved_before(self, masked: Masked, offset: int, gender: str) -> Entity | None:
        """Whom the sentence's last ``his`` (possessive ``her``) before ``offset`` refers to.

        Outside quotations, and only with no person named between it and ``offset``; ``keep
        her in the role`` is someone else, so an object ``her`` does not count.
        """
        start = masked.sentence.start
        possessive = "his" if gender == "m" else "her"
        earlier = [
            start + m.start()
            for m in re.finditer(rf"\b{possessive}\b", self.text[start:offset], re.IGNORECASE)
            if not any(q.start <= start + m.start() < q.end for q in self.speech)
            and (gender == "m" or _POSSESSIVE_HER.match(self.text, start + m.end()))
        ]
        if not earlier or any(
            earlier[-1] < slot.start < offset for slot in masked.slots if slot.kind == "P"
        ):
            return None
        return self.resolve_pronoun(masked, earlier[-1], possessive)

    def _relative_clause_head(
        self, masked: Masked, candidates: list[tuple[int, Entity]], offset: int
    ) -> Entity | None:
        """The person whose ``who`` clause holds the pronoun at ``offset``, if any."""
        if not candidates:
            return None
        start, entity = candidates[-1]
        end = next((s.end for s in masked.slots if s.start == start), start)
        return entity if _WHO_CLAUSE_SO_FAR.match(self.text, end, offset) else None

    def _apposition_head(self, masked: Masked, offset: int) -> Entity | None:
        """The person whose apposition holds a relative clause with the pronoun at ``offset``."""
        people = [s for s in masked.slots if s.end <= offset and s.kind == "P" and s.entity]
        if people and _APPOSITION_RELATIVE.fullmatch(self.text, people[-1].end, offset):
            return people[-1].entity
        return None

    def _participle_agent(self, masked: Masked, offset: int) -> Entity | None:
        """The passive's agent, when a participle right after it holds the pronoun at ``offset``.

        ``all six episodes were directed by X, making her debut``: the agent does the making.
        """
        before = [s for s in masked.slots if s.end <= offset]
        if not before or before[-1].kind != "P":
            return None
        slot = before[-1]
        if _PARTICIPLE_AFTER.fullmatch(self.text, slot.end, offset) and _AGENT_BEFORE.search(
            self.text, max(masked.sentence.start, slot.start - 60), slot.start
        ):
            return slot.entity
        return None

    def _clause_between(self, masked: Masked, start: int, end: int) -> bool:
        """Whether a clause boundary falls between the person at ``start`` and ``end``.

        Appositions are no clause: ``X, then a maker, cast her``, and ``Her husband, the
        director X, directed her`` (whose comma closes an apposition opened before X).
        """
        between = re.sub(r",[^,;]*,", " ", self.text[start:end])
        if _APPOSITION_OPENED.search(self.text, masked.sentence.start, start):
            between = _CLOSING_COMMA.sub(r"\1 ", between)
        return _CLAUSE_BREAK.search(between) is not None

    def _article_subject_continues(self, masked: Masked, offset: int, gender: str) -> Entity | None:
        """The article's subject, when a paragraph opens with a pronoun while it is the topic.

        A profile or obituary opens paragraph after paragraph with "He" or "She" for its
        subject, whatever the verb: the actor who "directed only one film" is still the actor,
        not the director of the film named last. Only when the pronoun is the first subject
        of a paragraph's first sentence ("In X's "F", he played"), the last subject before it
        is the article's main person, the headline names that person (the mark of a profile or
        obituary), and the gender fits.
        """
        sentence = masked.sentence
        if (
            sentence.index == 0
            or self.sentences[sentence.index - 1].paragraph == sentence.paragraph
        ):
            return None
        if _ANY_PRONOUN.search(self.text, sentence.start, offset):
            return None  # an earlier pronoun of the sentence decides
        if any(
            s.kind == "P" and s.start < offset and not self._after_preposition(s)
            for s in masked.slots
        ):
            return None  # "X's next project ... she is set to direct": X
        main = self.main_person()
        if main is None or self._genders.get(main, gender) != gender:
            return None
        if not self.body or main.name.split()[-1] not in self.text[: self.body[0].start]:
            return None  # a profile or obituary names its subject in the headline
        last = next(
            (e for _, e, is_subject in reversed(self._recent_history(offset)) if is_subject), None
        )
        return main if last == main else None

    def _known_gender_named_before(
        self, masked: Masked, offset: int, gender: str, fits: Callable[[Entity], bool]
    ) -> Entity | None:
        """The latest person named earlier in the sentence whose gender is the pronoun's.

        A person after a preposition counts too. Only asked when no subject-like person
        precedes the pronoun: a person the sentence names is a nearer antecedent than one of
        an earlier sentence.
        """
        named = [
            slot.entity
            for slot in masked.slots
            if slot.kind == "P"
            and slot.entity is not None
            and slot.end <= offset
            and not self._heads_whom_clause(masked, slot.start, offset)
        ]
        known = [e for e in named if self._genders.get(e) == gender and fits(e)]
        return known[-1] if known else None

    def _earlier_same_pronoun(self, masked: Masked, offset: int, word: str) -> Entity | None:
        """What an earlier ``he`` (or ``she``) of the same sentence refers to, if no one between.

        A sentence that says "he" twice with no person named between means one man, whatever
        the verbs suggest: "He made his debut with F, and he later directed G".
        """
        start = masked.sentence.start
        earlier = [
            start + m.start()
            for m in re.finditer(rf"\b{word}\b", self.text[start:offset], re.IGNORECASE)
            if not any(q.start <= start + m.start() < q.end for q in self.speech)
        ]
        if not earlier:
            return None  # a "he" inside a quotation is the speaker's, not the narrator's
        previous = earlier[-1]
        if any(previous < slot.start < offset for slot in masked.slots if slot.kind == "P"):
            return None
        if ROLE_NOUN.search(self.text, previous, offset):
            return None
        return self.resolve_pronoun(masked, previous, word)

    def _parallel_filmography(self, masked: Masked, offset: int, word: str) -> Entity | None:
        """Whose work a second ``her debut`` / ``her second film`` of one sentence names.

        A sentence that walks through a filmography repeats the possessive: "Her debut, F,
        starred X as a girl ..., and her second film, G, gave Y a role". The second "her"
        is the first one's owner, whoever the clause between names.
        """
        if not _FILMOGRAPHY_NOUN.match(self.text, offset + len(word)):
            return None
        start = masked.sentence.start
        for earlier in re.finditer(rf"\b{word}\b", self.text[start:offset], re.IGNORECASE):
            at = start + earlier.start()
            if _FILMOGRAPHY_NOUN.match(self.text, at + len(word)) and not any(
                q.start <= at < q.end for q in self.speech
            ):
                return self.resolve_pronoun(masked, at, earlier.group())
        return None

    def _opens_paragraph_after_quote(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` opens a paragraph that follows a paragraph of quoted speech."""
        if sentence.index == 0:
            return False
        previous = self.sentences[sentence.index - 1]
        if previous.paragraph == sentence.paragraph:
            return False
        return previous.paragraph in self._quote_paragraphs

    @cached_property
    def _quote_paragraphs(self) -> frozenset[int]:
        """Paragraphs whose last sentence is quoted speech (``"...," X said.``)."""
        last: dict[int, Sentence] = {}
        for sentence in self.sentences:
            last[sentence.paragraph] = sentence
        return frozenset(
            q.paragraph
            for q in self.speech
            if q.paragraph in last and q.start <= last[q.paragraph].start + 1
        )

    def _role_filter(self, after: str) -> _RoleFit:
        """Who a pronoun can be, given its verb: ``she plays`` is not the known director."""
        if _ACTING_AFTER.match(after):
            return _RoleFit(self, wanted="actor", unwanted="director")
        if _DIRECTING_AFTER.match(after):
            return _RoleFit(self, wanted="director", unwanted="actor")
        return _RoleFit(self, wanted="", unwanted="")

    def roles_of(self, entity: Entity) -> set[str]:
        """The roles a person has been seen in so far (``director``, ``actor``)."""
        return self._roles.get(entity, set())

    def _known_gender_in_last_sentence(
        self, earlier: list[tuple[int, Entity, bool]], gender: str
    ) -> Entity | None:
        """In the last sentence with people, the one person known to have ``gender``.

        Only decides when the subject's gender is unknown and exactly one person there is
        known to match; otherwise the usual subject rule applies.
        """
        if not earlier:
            return None
        last = self.sentence_at(earlier[-1][0]).index
        in_last = [h for h in earlier if self.sentence_at(h[0]).index == last]
        if any(is_subject and e in self._genders for _, e, is_subject in in_last):
            return None
        matching = {e for _, e, _ in in_last if self._genders.get(e) == gender}
        return matching.pop() if len(matching) == 1 else None

    def _holder_in_last_sentence(
        self, earlier: list[tuple[int, Entity, bool]], role: str
    ) -> Entity | None:
        """The latest person of the last sentence with people who holds ``role``."""
        if not role or not earlier:
            return None
        last = self.sentence_at(earlier[-1][0]).index
        in_last = [h for h in earlier if self.sentence_at(h[0]).index == last]
        holders = [h for h in in_last if role in self.roles_of(h[1])]
        if not holders or any(is_subject for _, _, is_subject in holders):
            return None  # the subject holds the role: the usual subject rule decides
        return holders[-1][1]

    def _local_candidates(
        self, masked: Masked, offset: int, subject_pronoun: bool = False
    ) -> list[tuple[int, Entity]]:
        """Persons named (or role-nouned) earlier in the sentence that can be antecedents.

        A possessive is no antecedent of a subject pronoun: in "In X's film "F", he played Y",
        he is not X.
        """
        found: list[tuple[int, Entity]] = []
        for slot in masked.slots:
            if slot.kind != "P" or slot.entity is None or slot.end > offset:
                continue
            if (subject_pronoun and slot.possessive) or self._modifies_a_noun(slot):
                continue
            between = self.text[slot.end : offset]
            if (
                re.match(r"^['’]?s?,\s+who\b", between)
                or not self._after_preposition(slot)
                # "the premiere of X's "F2," the sequel to his "F"": a possessive's owner
                or (slot.possessive and not subject_pronoun)
            ):
                found.append((slot.start, slot.entity))
        for m in ROLE_NOUN.finditer(self.text, masked.sentence.start, offset):
            if _NAME_NEXT.match(self.text, m.end()):
                continue  # "the Japanese director Haru Oda": a title for the name that follows
            person = self.resolve_role_noun(m.group("noun"), m.start())
            if person:
                found.append((m.start(), person))
        return sorted(found, key=lambda pair: pair[0])

    def resolve_role_noun(self, noun: str, offset: int) -> Entity | None:
        """``the director`` / ``the filmmaker`` / ``the actress``: the latest fitting person."""
        noun = noun.lower()
        wanted = (
            "director"
            if noun in _DIRECTING_ROLE_NOUNS
            else "actor"
            if noun in {"actor", "actress", "star", "performer"}
            else None
        )
        earlier = self._recent_history(offset)
        introduced = None if wanted else self._introduced_as(noun, earlier)
        if introduced is not None:
            return introduced  # "the cinematographer X ... ," the cinematographer explained"
        if wanted == "director":  # "the director said" in a piece about a film: its director
            focus = self.focus_film(offset)
            own = self._director_of.get(focus) if focus else None
            if own is not None and any(entity == own for _, entity, _ in earlier):
                return own
        if wanted:
            for _, entity, _ in reversed(earlier):
                if wanted in self.roles_of(entity):
                    return entity
        for _, entity, is_subject in reversed(earlier):
            roles = self.roles_of(entity)
            if is_subject and not (wanted and roles and wanted not in roles):
                return entity  # "the director": not the latest subject known only as an actor
        return None

    def _introduced_as(self, noun: str, earlier: list[tuple[int, Entity, bool]]) -> Entity | None:
        """The latest person the text named with ``noun`` beside the name.

        ``the cinematographer X``, ``editor X``, ``X, the film's cinematographer,``: a later
        ``the cinematographer`` is X, whoever else was named since.
        """
        before, after = _introduction_patterns(noun)
        for at, entity, _ in reversed(earlier):
            if before.search(self.text, max(0, at - 40), at):
                return entity
            comma = self.text.find(",", at)  # the apposition starts at the name's comma
            if comma >= 0 and after.match(self.text, comma):
                return entity
        return None

    def resolve_person_ref(self, masked: Masked, token: str, start: int) -> Entity | None:
        """Resolve what a rule captured as a person: a placeholder, pronoun or role noun."""
        token = token.strip()
        if token.startswith("⟦"):
            slot = masked.slot(token)
            return slot.entity if slot.kind == "P" else None
        offset = masked.offsets[start] if start < len(masked.offsets) else masked.sentence.end
        role = ROLE_NOUN.fullmatch(token)
        if role:
            return self.resolve_role_noun(role.group("noun"), offset)
        return self.resolve_pronoun(masked, offset, token)

    def is_influence(self, offset: int) -> bool:
        """Whether the title at ``offset`` is named only as an influence (``inspired by F``)."""
        if offset in self._influences:
            return True  # "F (2004), a film it openly honours": said after the title
        before = self.text[max(0, offset - 70) : offset]
        return may_match(_INFLUENCE_BEFORE, before) and bool(_INFLUENCE_BEFORE.search(before))

    def is_source_film(self, offset: int) -> bool:
        """Whether the title at ``offset`` is named as what another film builds on.

        ``a remake of "F"``, ``the follow-up to its 2019 thriller "F"``: F is background, and
        a cast named next belongs to the film that builds on it, not to F. So is a film named
        inside a relative clause (``X, who played Y in "F", carries the film``).
        """
        known = self._source_at.get(offset)
        if known is None:  # a pure function of the text before the title: computed once
            start = max(0, offset - 90)
            known = (
                may_match(_SOURCE_FILM_BEFORE, self.text[start:offset])
                and bool(_SOURCE_FILM_BEFORE.search(self.text, start, offset))
            ) or self.originates_a_role(offset)
            self._source_at[offset] = known
        return known

    def originates_a_role(self, offset: int) -> bool:
        """Whether the title at ``offset`` is where a part began (``the role she originated in``).

        Background to the work the sentence is about, like a source film; but a credit right
        after the title (``in "F," directed by X``) is still that film's own.
        """
        start = max(0, offset - 80)
        return bool(_ROLE_ORIGIN_BEFORE.search(self.text, start, offset))

    def focus_film(self, before: int, exclude: Entity | None = None) -> Entity | None:
        """The film in focus before ``before``.

        That is the latest film named (films named only as influences or as what a remake or
        sequel builds on excepted), unless a later definite reference (``the first film``,
        ``the new film``) moved the focus.
        """
        latest = next(
            (
                (offset, film)
                for offset, film in reversed(self.films_seen)
                if offset < before
                and film != exclude
                and film.type == EntityType.FILM
                and offset not in self._influences
                and offset not in self._sources
            ),
            None,
        )
        if latest and (
            self._past_work_beside_main_film(*latest) or self._main_film_leads_sentence(*latest)
        ):
            latest = (latest[0], self._main_film)
        override = self.focus_override
        if override and self._override_paragraph not in (None, self.sentence_at(before).paragraph):
            override = None
        section = self.section_work(before)
        if section and not (override and section[0] < override[0] < before):
            return section[1]  # a film named in passing under a heading does not take over
        if override and override[0] < before and (latest is None or override[0] > latest[0]):
            return override[1]
        return latest[1] if latest else None

    def last_two_films(self, before: int) -> list[Entity]:
        """The two films named last before ``before``: what ``in both films`` means."""
        films: list[Entity] = []
        for offset, film in reversed(self.films_seen):
            if offset < before and film.type == EntityType.FILM and film not in films:
                if offset not in self._influences:
                    films.append(film)
            if len(films) == 2:
                return films
        return []

    def last_film_in_paragraph(self, before: int) -> Entity | None:
        """The film named last before ``before`` in its paragraph: what a bare "its" means."""
        paragraph = self.sentence_at(before).paragraph
        for offset, film in reversed(self.films_seen):
            if offset >= before:
                continue
            if self.sentence_at(offset).paragraph != paragraph:
                return None
            if film.type == EntityType.FILM:
                return film
        return None

    def _main_film_leads_sentence(self, offset: int, film: Entity) -> bool:
        """Whether the article's film was named earlier in the sentence that named ``film``.

        "Her third feature, "F," arrives five years after her second, "G," won a prize. The
        film premieres ...": the sentence is about F, named among its first words; G, in a
        subordinate clause, does not take the focus from the article's own film. A G that the
        sentence goes on to describe ("ending with G (1984), a romance starring X") does.
        """
        main = self._main_film
        if main is None or main == film:
            return False
        sentence = self.sentence_at(offset)
        if _DESCRIBED_AFTER.match(self.text, self._title_end(offset)):
            return False
        return any(  # the article's film as the sentence's topic: among its first words
            sentence.start <= at < offset
            and seen == main
            and len(self.text[sentence.start : at].split()) <= 4
            for at, seen in self.films_seen
        )

    def _title_end(self, start: int) -> int:
        """Where the title mention that starts at ``start`` ends (``start`` if there is none)."""
        index = bisect_left(self._quote_starts, start)
        if index < len(self.quotes) and self.quotes[index].outer[0] == start:
            return self.quotes[index].outer[1]
        return start

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.outer[0] for q in self.quotes]

    def _past_work_beside_main_film(self, offset: int, film: Entity) -> bool:
        """Whether ``film``, named at ``offset``, is older work named beside the article's film.

        An article about a new, undated film names older work with its year, as background
        ("she first played Ada in 2015's "Moth Lantern""). The next sentence that names no film
        ("Y is back as Z") is still about the article's own film, not the one just dated. A
        mention without its year ("The original "Moth Lantern" was a hit. It ...") does move
        the focus.
        """
        main = self._main_film
        if main is None or main == film or main.year is not None:
            return False
        own_work = bool(_OWN_WORK_BEFORE.search(self.text, max(0, offset - 8), offset))
        if offset not in self._dated_mentions and self._opens_sentence(offset) and not own_work:
            return False  # the topic of its sentence: "The original "F" was a hit. It ..."
        if _ORDINAL_TOPIC.fullmatch(self.text, self.sentence_at(offset).start, offset):
            return False  # "The third film, "F" (2006), was a different story.": dated or not
        if _EARLIER_FILMS_LISTED.search(self.text, self.sentence_at(offset).start, offset):
            return True  # "Your first two films, "F" and "G," were family stories."
        if _IN_CREDENTIAL.search(self.text, self.sentence_at(offset).start, offset):
            return True  # "X, who played the wife in "F," has never been ...": a credential
        # "Juror X's own "F" won the prize here in 2019": a past year after the title dates it
        dated = (
            offset in self._dated_mentions
            or bool(_PAST_YEAR.search(self.text, offset, self.sentence_at(offset).end))
            # "after her quietly admired 2019 debut F": a year before the film noun dates it
            or bool(_YEAR_NOUN_BEFORE.search(self.text, max(0, offset - 80), offset))
        )
        if film.year is None and not dated:
            # "X, who first played Wren in F, returns": the original the article's film
            # continues, recalled in an aside, is background too
            return self._originals.get(main) == film and self._in_relative_clause(offset)
        return (film, main) not in self._continuing_pairs  # a dated sequel of it is no older

    def _in_relative_clause(self, offset: int) -> bool:
        """Whether ``offset`` lies in a ``who``/``which`` clause opened earlier in its sentence."""
        sentence = self.sentence_at(offset)
        return bool(_IN_RELATIVE_CLAUSE.search(self.text, sentence.start, offset))

    def _opens_sentence(self, offset: int) -> bool:
        """Whether at most two words come before ``offset`` in its sentence ("The original F")."""
        before = self.text[self.sentence_at(offset).start : offset]
        return len(before.split()) <= 2

    @cached_property
    def names_in_brackets_after_titles(self) -> int:
        """How many titles a bracketed name follows: ``"Dust Choir" (Rosa Ibarguren)``.

        Festival line-ups and round-ups credit each film's director that way; one such
        bracket alone may as well name an actor.
        """
        count = 0
        for quote in self.quotes:
            end = quote.outer[1]
            if quote.kind == "title" and self.text.startswith(" (", end):
                name = self._name_at(end + 2)
                count += bool(name and self.text.startswith(")", name.end))
        return count

    @cached_property
    def _dated_mentions(self) -> frozenset[int]:
        """Outer offsets of title mentions that carry a year ("2019's F", "F (2019)")."""
        return frozenset(
            q.outer[0] for q in self.quotes if q.kind == "title" and self._title_year(q) is not None
        )

    @cached_property
    def _tv_cues(self) -> list[int]:
        """Offsets of words that speak of television (``season two``, ``the show``)."""
        return [m.start() for m in _TV_CUE.finditer(self.text)]

    @cached_property
    def _headline_series(self) -> Entity | None:
        """The TV series the article is about, if it is about one.

        That is the first title of its headline (or of its lead paragraph, when the headline
        names none), when that title is a series.
        """
        lead = self.body[0].paragraph if self.body else -1
        titles = [q for q in self.quotes if q.kind == "title"]
        first = next((q for q in titles if self.is_in_headline(q.start)), None)
        first = first or next((q for q in titles if q.paragraph == lead), None)
        work = self.title_entity(first) if first else None
        return work if work and work.type == EntityType.TV_SERIES else None

    def article_series(self) -> Entity | None:
        """The TV series the article is about (its headline's first title), if any."""
        return self._headline_series

    def series_in_focus(self, before: int) -> Entity | None:
        """The article's TV series, when the text last spoke of television, not of a film.

        A renewal story names the film its series spun off from, and then lists the new
        season's cast: "Joining the cast for season two are X as C; ...". That cast is the
        series', though the film was the last title named.
        """
        series = self._headline_series
        index = bisect_right(self._tv_cues, before) - 1
        if series is None or index < 0:
            return None
        last_film = next(  # the film a series adapts ("adapted from F") is no change of topic
            (
                o
                for o, f in reversed(self.films_seen)
                if o < before and f.type == EntityType.FILM and o not in self._sources
            ),
            -1,
        )
        return series if self._tv_cues[index] > last_film else None

    def main_work(self) -> Entity | None:
        """The article's own film, or failing that the first series its lead paragraph names."""
        if self._main_film is not None:
            return self._main_film
        lead = [
            self.title_entity(q)
            for q in self.quotes
            if q.kind == "title" and self.body and q.paragraph == self.body[0].paragraph
        ]
        return lead[0] if lead else None

    def latest_work(self, before: int, kind: EntityType | None = None) -> Entity | None:
        """The latest film or series named before ``before`` (of ``kind`` when given)."""
        for offset, work in reversed(self.films_seen):
            if offset < before and (kind is None or work.type == kind):
                if offset not in self._influences:
                    return work
        return None

    @cached_property
    def _sections(self) -> list[tuple[int, Entity]]:
        """(offset, work) of each heading line that names one work ("Heat (1995)"), in order."""
        return [
            (q.start, self.title_entity(q))
            for q in self.quotes
            if q.kind == "title"
            and (not q.mark or self._fills_its_line(q))
            and q.start not in self._bare_titles
            and not self.is_in_headline(q.start)
        ]

    def _fills_its_line(self, quote: QuotedSpan) -> bool:
        """Whether a quoted title is a line of its own (``"Fen 3" (1994)``): a heading."""
        line_start = self.text.rfind("\n", 0, quote.start) + 1
        line_end = self.text.find("\n", quote.end)
        line_end = len(self.text) if line_end < 0 else line_end
        return (
            self.text[line_start : quote.start - 1].strip() == ""
            and _HEADING_TAIL.fullmatch(self.text, quote.end + 1, line_end) is not None
        )

    def section_work(self, offset: int) -> tuple[int, Entity] | None:
        """The heading above ``offset`` in a list article, with its offset: what it is about."""
        index = bisect_right(self._sections, offset, key=lambda s: s[0]) - 1
        return self._sections[index] if index >= 0 else None

    def definite_film(self, phrase: str, offset: int) -> Entity | None:
        """Resolve ``the first film`` (earliest), ``the new film`` (newest), ``that film``."""
        films = [f for o, f in self.films_seen if o < offset and f.type == EntityType.FILM]
        if not films:
            return None
        phrase = phrase.lower()
        section = self.section_work(offset)
        if section and not re.search(r"\b(?:first|original|earliest|that)\b", phrase):
            return section[1]  # under the heading "Heat (1995)", "the new film" is Heat
        if LOOKS_BACK.search(phrase):
            # "The remake, also titled "F," ... a part originally played by X": the F it remakes
            remade = [
                self.same_title_remakes[f][0] for f in films[-8:] if f in self.same_title_remakes
            ]
            if remade and "original" in phrase:
                return remade[-1]
            # the film a sequel in view continues ("Dawn" for "Dawn: Part Two"), dated or not,
            # before the earliest dated film (which may be someone's credential)
            continued = [f for f in films[-8:] if f in self._continued]
            if continued:
                return continued[-1]
            # else the earliest dated film, never one named only as a comparison ("the best
            # since F (2004)")
            compared = {f for o, f in self.films_seen if o in self._influences}
            dated = [f for f in films[-8:] if f.year and f not in compared]
            if dated:
                return min(dated, key=lambda f: f.year or 0)
            # else the film named first, when another came after it ("F2, an adaptation of F")
            return films[0] if "original" in phrase and films[-1] != films[0] else None
        if _REMAKE_PHRASE.search(phrase):  # "will play Lena in the remake", "the new version"
            return self._remake_in_focus(offset)
        if re.search(r"\b(?:new|upcoming|latest|forthcoming)\b", phrase):
            return self._new_film_of_paragraph(offset) or self._main_film or films[0]
        if re.search(r"\bthat\b", phrase):
            return films[-1]  # "In that film": the film just named, comparison or not
        if SEQUEL_PHRASE.search(phrase):  # "the sequel": the film shown to follow another
            return self.sequel_in_focus(offset)  # none known: not the film in focus either
        # "a spin-off of X's film "F" ... X, who played C in the film": with no other film in
        # view, "the film" is the one the series builds on
        return self.focus_film(offset) or next(
            (f for o, f in reversed(self.films_seen) if o < offset and o in self._sources), None
        )

    def _new_film_of_paragraph(self, offset: int) -> Entity | None:
        """In a round-up of many films, ``the new film`` is the paragraph's latest undated one.

        A festival line-up moves from film to film; the article's first film is only one of
        them. An article about one film keeps it, however many older films it names.
        """
        if len(self._film_titles) < 6:
            return None
        paragraph = self.sentence_at(offset).paragraph
        here = [
            (at, film)
            for at, film in self.films_seen
            if at < offset
            and film.type == EntityType.FILM
            and film.year is None
            and at not in self._influences
            and at not in self._sources
            and self.sentence_at(at).paragraph == paragraph
            and not _GOVERNED_TITLE.search(self.text, max(0, at - 12), at)
        ]
        if not here or any(film == self._main_film for _, film in here):
            return None
        return here[-1][1]

    @cached_property
    def _film_titles(self) -> frozenset[Entity]:
        """Every film the article names by its title."""
        entities = (self.title_entity(q) for q in self.quotes if q.kind == "title")
        return frozenset(e for e in entities if e.type == EntityType.FILM)

    def note_remake(self, film: Entity) -> None:
        """Record that the text calls ``film`` a remake or reboot (for ``the remake``)."""
        self._remakes.append(film)

    def _remake_in_focus(self, before: int) -> Entity | None:
        """``the remake``: the latest film shown to be one, else the article's own undated film.

        An article about a remake names it without a year, the original with one; when the
        article's film is dated ("Uppum Mannum," the 1981 drama), it is the original instead.
        """
        if self._remakes:
            return self._remakes[-1]
        # a round-up: "Sony's "F" opened third, a soft start for the remake of X's "G" ...
        # the update stars Y": the film named before "remake of" in the paragraph
        if len(self._film_titles) >= 4:
            film = self._film_before_remake_phrase(before)
            if film is not None:
                return film
        main = self._main_film
        return main if main is not None and main.year is None else None

    def _film_before_remake_phrase(self, before: int) -> Entity | None:
        """The film the paragraph names just before its first ``remake of``, if any."""
        paragraph = self.sentence_at(before).paragraph
        start = next(s.start for s in self.sentences if s.paragraph == paragraph)
        phrase = _REMAKE_OF.search(self.text, start, before)
        if phrase is None:
            return None
        named = [
            film
            for offset, film in self.films_seen
            if start <= offset < phrase.start() and film.type == EntityType.FILM
        ]
        return named[-1] if named else None

    def note_sequel(self, film: Entity, original: Entity | None = None) -> None:
        """Record that the text calls ``film`` a sequel (so that ``the sequel`` can mean it)."""
        self._sequels.add(film)
        if original is not None:
            self._originals.setdefault(film, original)

    def film_of_year(self, year: int, before: int) -> Entity | None:
        """The latest film named before ``before`` with release year ``year`` (or none)."""
        return next(
            (
                film
                for offset, film in reversed(self.films_seen)
                if offset < before and film.type == EntityType.FILM and film.year == year
            ),
            None,
        )

    def sequel_in_focus(self, before: int) -> Entity | None:
        """The latest film named before ``before`` that the article shows to be a sequel.

        Shown by a sequel fact already read, or by a title that continues another film's
        title anywhere in the article (``Dawn`` / ``Dawn: Part Two``, ``Fox`` / ``Fox 2``).
        """
        for offset, film in reversed(self.films_seen):
            if offset < before and film.type == EntityType.FILM:
                if self.is_sequel(film):
                    past = self._past_work_beside_main_film(offset, film)
                    if past and self.is_sequel(self._main_film):
                        return self._main_film  # "back as Jory": in this sequel, not the last
                    return film
        return None

    def is_sequel(self, film: Entity | None) -> bool:
        """Whether the text shows ``film`` to be a sequel (a sequel fact, or its title)."""
        return film is not None and (film in self._sequels or film in self._continuations)

    @cached_property
    def _continuing_pairs(self) -> frozenset[tuple[Entity, Entity]]:
        """(sequel, original) for titles that continue another title in the article."""
        films = {self.title_entity(q) for q in self.quotes if q.kind == "title"}
        films = {f for f in films if f.type == EntityType.FILM}
        return frozenset(
            (film, other)
            for film in films
            for other in films
            if other != film and _continues(film.name, other.name, _TITLE_CONTINUES)
        )

    @cached_property
    def _continuations(self) -> frozenset[Entity]:
        """Films whose title continues another film's title (numbered or subtitled sequels)."""
        return frozenset(sequel for sequel, _ in self._continuing_pairs)

    @cached_property
    def _continued(self) -> frozenset[Entity]:
        """Films whose title another film's title continues (the originals)."""
        return frozenset(original for _, original in self._continuing_pairs)

    @cached_property
    def _main_film(self) -> Entity | None:
        return self.main_film()

    def main_film(self) -> Entity | None:
        """The article's own film: of the films in its lead paragraph, the most mentioned."""
        titles = [q for q in self.quotes if q.kind == "title"]
        if not self.body:
            return None
        lead = [q for q in titles if q.paragraph == self.body[0].paragraph]
        headline = [q for q in titles if self.is_in_headline(q.start)]
        films = [self.title_entity(q) for q in lead]
        films = [f for f in films if f.type == EntityType.FILM]
        if not films:  # a lead without a title: the headline's film, if the body names it too
            named = {self.title_entity(q) for q in titles if not self.is_in_headline(q.start)}
            films = [self.title_entity(q) for q in headline]
            films = [f for f in films if f.type == EntityType.FILM and f in named]
        if not films:  # "The Orchard review – ...": the bare title the headline reviews
            films = self._reviewed_films(titles)
        if not films:
            return None
        counts = {f: sum(1 for q in titles if self.title_entity(q) == f) for f in films}
        # the headline names what the article is about ("Studio Lands X's "F2""), even when
        # the film it follows is named more often
        headlined = {normalise_title(q.text) for q in headline}
        return max(
            films,
            key=lambda f: (normalise_title(f.name) in headlined, counts[f], -films.index(f)),
        )

    def main_film_before_any_title(self, before: int) -> Entity | None:
        """The article's film, when no film has been named before ``before`` (a standfirst)."""
        if any(offset < before for offset, _ in self.films_seen):
            return None
        return self._main_film

    @cached_property
    def _reviewed_title(self) -> str | None:
        """The bare title a review names, when its outlet sets titles in italics.

        Its ``The Orchard review – ...`` headline (not a festival's), else its rating line
        over the credits block (``The Orchard ★★★½``).
        """
        if not self.body:
            return None
        reviewed = _REVIEW_HEADLINE.match(self.text, 0, self.body[0].start) or (
            _RATING_LINE.search(self.text, self.body[0].start)
            if _RATING_STAR.search(self.text)
            else None
        )
        if not reviewed or _FESTIVAL_NAME.fullmatch(reviewed.group("title")):
            return None
        return reviewed.group("title")

    def ordinal_entries(self) -> list[tuple[Entity, int, int]]:
        """(film, place, offset) for each film the text numbers in its franchise in words.

        ``"F3," the third installment`` and ``the third and final installment, "F3"`` number
        the title beside the words; ``the third instalment`` in a sentence naming no title
        numbers the article's own film. The offset is the title's, or the words'. Which
        franchise, and whether its earlier films are named, is for the caller to check.
        """
        entries: list[tuple[Entity, int, int]] = []
        for quote in self.quotes:
            if quote.kind != "title" or self.is_in_headline(quote.start):
                continue
            sentence = self.sentence_at(quote.start)
            before = self.text[sentence.start : quote.outer[0]]
            match = _ORDINAL_BEFORE_TITLE.search(before) or _ORDINAL_AFTER_TITLE.match(
                self.text, quote.end, sentence.end
            )
            if match:
                place = _ORDINALS[match.group("ordinal")]
                entries.append((self.title_entity(quote), place, quote.start))
        main = self._main_film
        for sentence in self.body:
            alone = _ORDINAL_ALONE.search(sentence.text)
            if alone and main is not None and not self._names_a_title(sentence):
                at = sentence.start + alone.start()
                if any(q.start <= at < q.end for q in self.speech):
                    continue  # "The third film is where they leave home," she said
                place = _ORDINALS[alone.group("ordinal")]
                entries.append((main, place, at))
        return entries

    def _names_a_title(self, sentence: Sentence) -> bool:
        return any(
            q.kind == "title" and sentence.start <= q.start < sentence.end for q in self.quotes
        )

    def _reviewed_films(self, titles: list[QuotedSpan]) -> list[Entity]:
        """The films the body names by the title a ``The Orchard review – ...`` headline gives.

        Undated ones first: a remake's review dates the original it names, never itself.
        """
        if not self._reviewed_title:
            return []
        key = normalise_title(self._reviewed_title)
        films = [self.title_entity(q) for q in titles if normalise_title(q.text) == key]
        films = [f for f in films if f.type == EntityType.FILM]
        return [f for f in films if f.year is None] or films

    def note_definite_reference(self, masked: Masked) -> None:
        """A sentence that speaks of ``the new film`` moves the focus to that film."""
        if any(slot.kind == "F" for slot in masked.slots):
            return
        m = DEFINITE_FILM.search(masked.text)
        if m and not _IN_RELATIVE_CLAUSE.search(masked.text, 0, m.start()):
            # "X, who shot the first film but not the second, returns": an aside, not a move
            film = self.definite_film(m.group(), masked.offsets[m.start()])
            if film:
                self.focus_override = (masked.offsets[m.start()], film)
                # a look back ("The original film starred ...") or a pointer ("she calls that
                # film her model") holds for its paragraph only
                looks_back = LOOKS_BACK.search(m.group()) or _THAT_FILM.match(m.group())
                self._override_paragraph = masked.sentence.paragraph if looks_back else None

    def antecedent_film(
        self, film: Entity, before: int, masked: Masked | None = None
    ) -> Entity | None:
        """The film a sequel follows: the latest film named before it and released before it."""
        earlier = list(self.films_seen)
        if masked is not None:
            earlier += [(s.start, s.entity) for s in masked.slots if s.kind == "F" and s.entity]
        candidates = [
            (offset, other)
            for offset, other in earlier
            if offset < before
            and other.type == EntityType.FILM
            and normalise_title(other.name) != normalise_title(film.name)
            and not (film.year and other.year and other.year >= film.year)
            # "The new "F2" remakes "F". ... It led to a sequel, "G" (1986)": not the remake
            and not (film.year and other.year is None and other in self._remakes)
        ]
        if not candidates:
            return None
        dated = [pair for pair in candidates if pair[1].year]
        if film.year and dated:
            return max(dated, key=lambda pair: (pair[1].year or 0, pair[0]))[1]
        return max(candidates, key=lambda pair: pair[0])[1]

    def title_prefix_film(self, film: Entity) -> Entity | None:
        """The earlier film whose whole title begins this film's, the longest such title.

        ``Heat`` / ``Heat: Redux``; ``Fox`` / ``Fox 2``; ``Dawn: Rebirth`` / ``Dawn: Rebirth
        Part Two`` (not ``Dawn``).
        """
        found = [
            other
            for _, other in self.films_seen
            if other.type == EntityType.FILM
            and other != film
            and _continues(film.name, other.name, _TITLE_CONTINUES)
        ]
        # the original may be named in the same sentence ("F (2018) and its sequel, F: Part II")
        found += [original for sequel, original in self._continuing_pairs if sequel == film]
        return max(found, key=lambda f: len(f.name)) if found else None

    def recent_org(self, before: int) -> Entity | None:
        """The organisation most recently named before ``before`` (``the studio``)."""
        for offset, org in reversed(self.orgs_seen):
            if offset < before:
                return org
        return None


_NEW_VERSION_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]) (?:new|upcoming|forthcoming|planned|remade)[,:]?\s*$|"
    r"\b(?:remake|reimagining|new version)[,:]?\s*$"
)
# "has nothing to do with "F"", "not to be confused with X's "F"", "a remake, also called "F""
_NAMESAKE_BEFORE = re.compile(
    r"\b(?:(?:has |had |have )?nothing to do with|not to be confused with|no relation to|"
    r"unrelated to|also (?:called|titled|named|entitled))\s+[^\"“”'‘’.;]{0,40}?[\"“'‘]?$"
)
_YEAR_WORD = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_REMAKE_WORD = re.compile(r"\b(?:[Rr]emake|remade|reworking|reimagining|new version)\b")
_ORIGINAL_BEFORE = re.compile(r"\b[Oo]riginal[,:]?\s*[\"“'‘]?$")
_REMAKE_AFTER = re.compile(
    r"[,.]?\s*(?:(?:is|was|will be) )?(?:a|an|the) (?:[\w-]+ ){0,3}?"
    r"(?:remake|reimagining|re-imagining|new version)\b"
)
_TV_CUE = re.compile(r"\b(?:[Ss]easons?|the series|the show|[Ee]pisodes?|showrunners?)\b")
_COMPANY_USAGE = re.compile(
    r"\s+(?:has |have |had |will |is |was )?(?:renewed|ordered|greenlit|green-lit|acquired|"
    r"picked up|bought|distributes|streams|commissioned|cancel(?:l?ed|s))\b"
    r"|['’]s? (?:[a-z]+ )?(?:head|president|chief|CEO|executive|vice president|spokes\w+|"
    r"co-chair\w*|chair\w*|boss|slate|platform|service)\b"
)
_EXECUTIVE_OF = re.compile(
    r"['’]s (?:[a-z]+ )?(?:head of [a-z]+|president of [a-z]+|chief executive|CEO|"
    r"co-chair\w*|chair(?:man|woman|person)|spokes(?:person|man|woman))\b"
)
_POSSESSIVE_BEFORE_TITLE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}")
_BUSINESS_CUE = re.compile(
    r"\b(?:box[- ]office|weekend|grosse?[ds]?|grossing|opening|opened|opens|debut(?:ed|s)?|"
    r"releas(?:e|es|ed|ing)|distribut\w+|studio|streamer|acquired|acquisition|rights|theaters|"
    r"theatres|screens|million|billion|slate|deal)\b",
    re.IGNORECASE,
)
_IN_RELATIVE_CLAUSE = re.compile(r", (?:who|which|whose)\b[^,;—]*$")
# a person's credential: "X, who played the wife in F,", "X, the actress who broke out in F,",
# "X, fresh off his turn in F,"
# the words that open a credential aside after a name (the relations step uses them too)
CREDENTIAL_OPENER = (
    r"fresh (?:off|from)|coming off|(?:best |still best |also )?known (?:to (?:[a-z-]+ ){1,3})?"
    r"(?:for|as)"
)
_IN_CREDENTIAL = re.compile(
    rf", (?:(?:the|an?) [^,;—]{{0,40}}? who|who|{CREDENTIAL_OPENER})\b[^,;—]*$"
)
# "her debut", "his second feature", "her latest film": a place in someone's filmography
_FILMOGRAPHY_NOUN = re.compile(
    r"\s+(?:(?:first|second|third|fourth|fifth|sixth|next|latest|last|previous|new|"
    r"feature|directorial|directing|sophomore)\s+){0,2}"
    r"(?:debut|film|feature|movie|documentary|outing|effort)\b"
)
_WHO_CLAUSE_SO_FAR = re.compile(r"['’]?s?,\s+who\b[^,;—]*$")
# a franchise entry named as its sentence's subject: "The third film, "F" (2006), was ..."
_ORDINAL_TOPIC = re.compile(
    r"\s*(?:The|Its) (?:first|second|third|fourth|fifth|sixth|next|last|final|latest) "
    r"(?:film|movie|installment|instalment|entry|chapter|sequel|feature|picture),? "
)
# earlier work listed by a plural noun: "your first two films, "F" and "G,""
_EARLIER_FILMS_LISTED = re.compile(
    r"\b(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:first|earlier|previous|past|last|"
    r"other|early) (?:two |three |four |few |several )?(?:films|features|movies|pictures),"
    r"[^;.]*$"
)
_YEAR_NOUN_BEFORE = re.compile(  # in a phrase, not as the subject ("Its 2008 remake, F, moved")
    r"\b(?:after|since|before|in|with|of|from|like|than|to) (?:(?:his|her|their|its|the|a) )?"
    rf"(?:[a-z-]+ ){{0,3}}(?:19|20)\d\d (?:[a-z-]+ )?{FILM_NOUN},? $"
)
# a courtesy title right before a name, which the rules read without it
_COURTESY_TITLE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Dr)\. $")
_AND_SUBJECT_PRONOUN = re.compile(r"[^;:\"“]*?,\s+(?:and|but)\s+(he|she)\b")
_WHOM_BETWEEN = re.compile(r",?\s+whom\s+")
_ANY_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey)\b")
_THAT_FILM = re.compile(r"(?i)that\b")
_OWN_WORK_BEFORE = re.compile(r"['’]s own $")
_PAST_YEAR = re.compile(r"\b(?:in|back in|since) (?:19|20)\d\d\b")
DEFINITE_FILM = re.compile(
    r"\b(?:[Ii]n |[Ff]or |[Oo]f )?"
    r"(?:[Tt]he (?:first|original|earliest|new|upcoming|latest|forthcoming) "
    r"(?:film|movie|installment|instalment|chapter|entry|feature|cast)|that (?:film|movie)|"
    r"[Tt]he (?:(?:[a-z]+-)?[a-z]+ (?=sequel|follow-up|remake|reboot))?"
    r"(?:sequel|follow-up|remake|reboot|new version|update|(?:second|third|fourth|next) "
    r"(?:film|movie|installment|instalment|chapter|entry))(?! (?:to|of)\b))\b"
)
# "the first film", "the original": a definite reference that looks back to an earlier film
LOOKS_BACK = re.compile(r"\b(?:first|original|earliest)\b")
_REMAKE_OF = re.compile(r"\b(?:remake|update|new version|reboot) of\b")
_REMAKE_PHRASE = re.compile(r"\b(?:remake|reboot|new version|update)\b")
SEQUEL_PHRASE = re.compile(r"\b(?:sequel|follow-up|second|third|fourth|next)\b")
_ROLE_WORDS = sorted(cues()["speaker_role_nouns"] | {"helmer"}, key=len, reverse=True)
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n? $")
_ROLE_AFTER_AGE = re.compile(r"(?<=-year-old) (" + trie_pattern(_ROLE_WORDS) + r")\b")
# "the lead of "F"", "she appeared in "F"": a title after a preposition is not the clause's topic
_GOVERNED_TITLE = re.compile(r"\b(?:of|in|from|on|with|to|for|by)\s+$")
# role nouns that name whoever directs ("the director", "the filmmaker")
_DIRECTING_ROLE_NOUNS = frozenset(
    {"director", "filmmaker", "film-maker", "writer-director", "auteur", "helmer"}
)
_DIRECTING_ROLE_NOUN = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,2}?(?P<noun>" + trie_pattern(sorted(_DIRECTING_ROLE_NOUNS)) + r")\b"
)
ROLE_NOUN = re.compile(
    r"\b[Tt]he (?:(?:[\w-]+|⟦F\d+⟧) ){0,2}?(?P<noun>"
    + "|".join(re.escape(w) for w in _ROLE_WORDS)
    + r"|\d+-year-old)\b"
)
