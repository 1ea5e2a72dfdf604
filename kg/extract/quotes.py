"""Quotes: who said each direct quotation, and to which outlet.

Step five of the extractor. Only words inside quotation marks that :mod:`kg.extract.mentions`
classified as speech become ``said`` facts; titles and scare quotes never do. The speaker is
found, in order of preference, from

1. an attribution after the quote: ``"…," Rodriguez said`` / ``"…," said the director``;
2. an attribution before it: ``Jackson said in a statement: "…"`` / ``he puts it simply: "…"``,
   or a verb that puts words in someone's mouth: ``X called the shoot "…"``, ``Y, who
   describes the film as "…"``, ``The producer, Z, insists she "…"`` (Z, not a namesake of
   the role noun);
3. the previous quote of the same paragraph, when this one continues it after the attribution
   (``"A," she said. "B."``) and opens its sentence or shares the previous one's: a quote
   inside someone else's sentence (``Y remembers her as "B"``) is not a continuation;
4. the last speaker of the previous paragraph, when a paragraph is nothing but a quote.

A Q&A transcript's answers (``Mirren: Honestly, I got lost.``) carry no quotation marks: a
paragraph opened by a person's name and a colon is that person's words
(:func:`labelled_answers`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.extract.coref import ROLE_NOUN, Discourse, Masked
from kg.extract.lexicon import cues, trie_pattern
from kg.extract.mentions import CAPITAL, MARKS, QuotedSpan
from kg.types import Entity, EntityType, Quote, Sentence

__all__ = ["Attribution", "attribute_quotes", "labelled_answers"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speech quote with its resolved speaker, outlet, rule and confidence."""

    quote: QuotedSpan
    speaker: Entity
    outlet: str | None
    rule: str
    confidence: float

    @property
    def content(self) -> Quote:
        """The quoted words, without the comma American style leaves inside the marks."""
        text = self.quote.text.strip()
        text = re.sub(r"[,\s]+$", "", text)
        return Quote(text, self.outlet)


# "... were put to rest by X: "…"": the agent before the colon speaks
_AGENT_BEFORE_COLON = re.compile(
    r"\bby (?:(?:the|its|his|her|their) (?:[a-z-]+ ){0,2}[a-z-]+,? )?"
    rf"({CAPITAL}[\w'’.-]*(?:\s+{CAPITAL}[\w'’.-]*){{0,3}})\s*:\s*$"
)


# "... were dismissed by a studio spokesperson: "…"": someone unnamed speaks, not the subject
_UNNAMED_AGENT_BEFORE_COLON = re.compile(
    r"\b(?:by|from) (?:an?|the|one) (?:[\w'’-]+ ){0,2}?(?:spokesperson|spokesman|spokeswoman|"
    r"representative|rep|publicist|insider|source|statement|press release)\s*:\s*$"
)


_BY_ACCOUNT = re.compile(
    rf"\b(?:[Bb]y|[Ii]n) (?P<who>{CAPITAL}[\w{MARKS}'’.-]*"
    rf"(?: {CAPITAL}[\w{MARKS}'’.-]*){{0,2}}['’]s|"
    r"[Hh]is|[Hh]er) (?:own )?(?:account|words|telling|recollection),\s*"
    r"(?:[a-z]+\s+){0,4}?$"
)


def _alternation(key: str) -> str:
    """The cue list ``key`` as one regex that prefers the longest cue (``says`` over ``say``)."""
    return trie_pattern(sorted(cues()[key]))


def _verbs() -> str:
    """Verbs of saying that attribute a quote before or after it: ``"…," she said``."""
    return _alternation("attribution_verbs")


def _describing_verbs() -> str:
    """Verbs that put quoted words in someone's mouth: ``called it "…"``, ``described … as``."""
    return _alternation("describing_verbs")


_WHO = (
    r"(?<![\w'’])"  # a whole word: "the press notes" holds no "he notes"
    rf"(?P<who>(?:{CAPITAL}[\w{MARKS}'’.-]*(?:[ \u00a0]{CAPITAL}[\w{MARKS}'’.-]*){{0,3}})|"
    r"[Hh]e|[Ss]he|[Tt]hey|" + ROLE_NOUN.pattern.replace("(?P<noun>", "(?:") + ")"
)
_JOB_WORDS = rf"(?:(?:[a-z-]+\s+){{1,3}}(?={CAPITAL}))?"  # "editor Tamar Ziv", "producer Mira Osei"
_APPOSED_NAME = (
    rf"(?:,\s+(?P<appos>{CAPITAL}[\w{MARKS}'’.-]*(?: {CAPITAL}[\w{MARKS}'’.-]*){{0,3}}),)?"
)
# '"…," Hale, now 91, told Variety', '"…," Ruiz, the film's editor, said'
_AGE_OR_POST = (
    r"(?:,\s+(?:(?:now|then|aged)\s+)?\d{1,3},|,\s+(?:the|his|her|their)\s+[^,\"“”;]{1,50},)?"
)
_AFTER_NAME_VERB = re.compile(  # '"…," the editor, Nell Quarry, said'
    rf"^\s*[,—–-]?\s*{_JOB_WORDS}{_WHO}{_APPOSED_NAME}{_AGE_OR_POST}\s+"
    rf"(?:(?:later|also|once|then|simply|recently|previously|had|has)\s+)?"
    rf"(?P<verb>{_verbs()})\b"
)
# "said DocFest's head of programming, Ana Ruiz": an organisation's post, then its holder
_POST_OF = (
    rf"(?:(?:the\s+)?{CAPITAL}[\w{MARKS}.&-]*(?:\s{CAPITAL}[\w{MARKS}.&-]*){{0,3}}['’]s\s+"
    r"(?:[a-z-]+\s+){0,4}[a-z-]+,\s+)?"
)
_AFTER_VERB_NAME = re.compile(
    rf"^\s*[,—–-]?\s*(?P<verb>{_verbs()}|according to)\s+{_POST_OF}{_JOB_WORDS}{_WHO}"
)
_BEFORE_VERB_FIRST = re.compile(
    rf"(?:^|[.!?]\s+)(?P<verb>[Ss]ays|[Ss]aid|[Aa]dds|[Aa]dded|[Ww]rites|[Ww]rote|[Rr]ecalls|"
    rf"[Rr]ecalled|[Aa]ccording to)\s+{_JOB_WORDS}{_WHO},?\s*$"
)
_NOT_PASSIVE = r"(?!(?:was|is|are|were|been|being|be)\s)"  # "he was called "…"": not his words
# "X, who plays C, and he says": a pronoun between starts another speaker's clause
_NO_NEW_SUBJECT = r"(?!(?:he|she|they|we|i)\s)"
_BEFORE = re.compile(  # "X, who played Y in the first film, said the script "...""
    # the apposition may name a title, with American style's comma inside its marks
    rf"{_WHO}(?:,\s+(?P<appos>(?:[^\"“”,;]|[\"“][^\"“”]{{1,60}}[\"”]){{1,80}}?)(?:,|(?<=,[\"”]))|"
    r",\s+who|"
    r",(?=\s+[a-z]+\s))?\s+"
    rf"(?:{_NOT_PASSIVE}{_NO_NEW_SUBJECT}[a-z]+\s+){{0,2}}?"
    # "the villain C, described in the notes as "…"": a passive participle, no one's words
    rf"(?P<verb>{_verbs()}|(?<!, )(?:{_describing_verbs()})|"
    rf"(?:{_describing_verbs()})(?!\s+(?:as|in|by)\b))\b"
    # what follows the verb may name a title: "has called "F" "…"", "said he watched "F" "…""
    rf"(?:[^\"“”.!?]|[\"“][^\"“”]{{1,60}}[\"”]){{0,80}}?[:,]?\s*$"
)
# "He put the pages face down on the table and said, "...": the subject of a clause whose last
# coordinated verb is a speech verb, when no other subject comes between
_BEFORE_AND_VERB = re.compile(
    rf"^{_WHO}\s+(?P<between>[^\"“”.!?;:]{{1,120}}?)(?:,\s*|\s+)(?:and|then|and then)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?(?P<verb>{_verbs()}|whispered|murmured|shouted)\b"
    rf"[^\"“”.!?]{{0,40}}?[:,]\s*$"
)
_ANOTHER_SUBJECT = re.compile(rf"\b(?:he|she|they|I|we|who|which)\b|(?<![\w'’]){CAPITAL}")
_SPEECH_VERB = re.compile(rf"\b(?:{_verbs()})\b")
# a sentence in which someone speaks, quoted or reported ("X called the script "…", adding")
_SPOKE = re.compile(rf"\b(?:{_verbs()}|called|calls|adding|described|describes)\b")
_OUTLET = re.compile(
    r"\b(?:told|telling|tells|in an interview with|speaking to|speaking with|talking to|"
    r"according to|in a conversation with|in an interview for)\s+"
    rf"(?P<outlet>(?:[Tt]he\s+)?{CAPITAL}[\w.&'’-]*(?:[ \u00a0](?:{CAPITAL}[\w.&'’-]*|of|the))*)"
)


def attribute_quotes(discourse: Discourse) -> Iterator[Attribution]:
    """Every speech quote of the article that has a resolvable speaker."""
    previous: Attribution | None = None
    for quote in discourse.speech:
        if discourse.is_in_headline(quote.start):
            continue
        found = _attributed_after(discourse, quote) or _attributed_before(discourse, quote)
        if found is not None:
            found = _not_named_in_own_words(discourse, found)
        if found is None and previous is not None and _may_continue(discourse, quote, previous):
            found = _continuation(discourse, quote, previous)
        elif found is not None and previous is not None:
            found = _same_speaker_added(discourse, quote, found, previous)
        if found is None:
            continue
        previous = found
        yield found


# "Lind: Honestly, I got lost." -- a speaker label opening a paragraph (one line of the text)
_LABELLED_LINE = re.compile(
    rf"^(?P<label>{CAPITAL}[\w{MARKS}'’.-]*(?: {CAPITAL}[\w{MARKS}'’.-]*){{0,2}}):[ \t]+"
    r"(?P<answer>\S[^\n]*?)\s*$",
    re.MULTILINE,
)
_QUESTION_LABELS = frozenset({"Q", "Question", "Interviewer"})


def labelled_answers(discourse: Discourse) -> Iterator[Attribution]:
    """The answers of a Q&A transcript: each paragraph that a person's name and a colon open.

    Only in a transcript: the article has a question label (``Q:``) or at least two answers.
    The label names the speaker as the text resolved it there; a bare surname that the
    article's main person bears is the main person (the interviewee, not a namesake).
    """
    lines = [
        line
        for line in _LABELLED_LINE.finditer(discourse.text)
        if not discourse.is_in_headline(line.start())
    ]
    answers = [
        (line, speaker)
        for line in lines
        if line.group("label") not in _QUESTION_LABELS
        and (speaker := _labelled_speaker(discourse, line)) is not None
    ]
    has_questions = any(line.group("label") in _QUESTION_LABELS for line in lines)
    if not answers or not (has_questions or len(answers) >= 2):
        return
    for line, speaker in answers:
        sentence = discourse.sentence_at(line.start("answer"))
        quote = QuotedSpan(
            line.start("answer"),
            line.end("answer"),
            line.group("answer"),
            "speech",
            "",
            sentence.paragraph,
        )
        yield Attribution(quote, speaker, None, "qa-speaker-label", 0.85)


def _labelled_speaker(d: Discourse, line: re.Match[str]) -> Entity | None:
    """The person a speaker label names: the main person by surname, else as resolved there."""
    label = line.group("label")
    main = d.main_person()
    if main is not None and main.name.split()[-1] == label.split()[-1]:
        return main
    at = line.start("label")
    seen = next((entity for offset, entity, _ in d.history if offset == at), None)
    if seen is not None:
        return seen
    # "IBARRONDO:" in capitals is no name the text found: the one person of that surname
    bearers = {p.entity for p in d.people.values() if _surname_is(p.entity, label)}
    if main in bearers:
        return main
    return bearers.pop() if len(bearers) == 1 else None


def _surname_is(person: Entity, label: str) -> bool:
    """Whether a transcript label (``IBARRONDO``, ``Ibarrondo``) is the person's surname."""
    return person.name.split()[-1].casefold() == label.split()[-1].casefold()


def _not_named_in_own_words(d: Discourse, found: Attribution) -> Attribution | None:
    """A speaker does not name themself in the third person.

    In "'I'm not remaking Ingrid's film,' she said", she is not Ingrid. Then the speaker is the
    article's main person, if the quote does not name them either and the gender fits; else
    there is none (a wrong speaker costs more than a missing one).
    """
    own_words = _NESTED_QUOTE.sub(" ", found.quote.text)  # "X told me, 'Sölvi, ...'": X's words
    if not _names(found.speaker, own_words):
        return found
    main = d.main_person()
    gender = d.gender_of(found.speaker)
    if main is None or main == found.speaker or _names(main, own_words):
        return None
    if gender is not None and d.gender_of(main) not in (gender, None):
        return None
    return replace(found, speaker=main, confidence=found.confidence - 0.2)


_NESTED_QUOTE = re.compile(r"(?<!\w)['‘](?:[^'‘’]|(?<=\w)['’](?=\w))*['’](?!\w)")


def _names(person: Entity, text: str) -> bool:
    """Whether ``text`` uses the person's first name or surname as a word."""
    parts = {w for w in person.name.split() if len(w) >= 3}
    return any(re.search(rf"\b{re.escape(part)}\b", text) for part in parts)


def _attributed_after(d: Discourse, quote: QuotedSpan) -> Attribution | None:
    if quote.text.rstrip().endswith("."):
        return None  # '"... a musical." She insists...': a full stop ends the sentence
    after = d.text[quote.end + 1 : _paragraph_end(d.text, quote.end)]
    for pattern, rule in (
        (_AFTER_NAME_VERB, "quote-then-speaker"),
        (_AFTER_VERB_NAME, "quote-then-verb"),
    ):
        m = pattern.match(after)
        if m:
            offset = quote.end + 1 + m.start("who")
            speaker = _named_in_apposition(d, m, quote.end + 1) or _speaker(
                d, m.group("who"), offset
            )
            if speaker:
                outlet = _outlet(d, quote, after[m.start("verb") : m.end("verb") + 60])
                return Attribution(quote, speaker, outlet, rule, 0.9)
    return None


def _attributed_before(d: Discourse, quote: QuotedSpan) -> Attribution | None:
    line_start = d.text.rfind("\n", 0, quote.start) + 1
    before = d.text[line_start : quote.start - 1]
    sentence_start = max(before.rfind(". "), _last_speech_end(d, line_start, quote.start - 1))
    clause = (before[sentence_start + 1 :] if sentence_start >= 0 else before).lstrip()
    m = _BEFORE_VERB_FIRST.search(clause) or _BEFORE.search(clause)
    while m:
        offset = quote.start - 1 - len(clause) + m.start("who")
        speaker = _named_in_apposition(d, m, quote.start - 1 - len(clause)) or _speaker(
            d, m.group("who"), offset
        )
        if speaker:
            return Attribution(
                quote, speaker, _outlet(d, quote, clause), "speaker-then-quote", 0.85
            )
        # "In the press notes, X says": "In" was no speaker; try from the next word on
        m = _BEFORE.search(clause, m.start("who") + 1)
    m = _BEFORE_AND_VERB.match(clause)
    if m and not _ANOTHER_SUBJECT.search(m.group("between")):
        offset = quote.start - 1 - len(clause) + m.start("who")
        speaker = _speaker(d, m.group("who"), offset)
        if speaker:
            outlet = _outlet(d, quote, clause)
            return Attribution(quote, speaker, outlet, "speaker-and-verb-then-quote", 0.8)
    account = _BY_ACCOUNT.search(clause)
    if account:  # "by X's account, "…"", "by her own account, "…"", "in his words, "…""
        at = quote.start - 1 - len(clause) + account.start("who")
        speaker = _account_holder(d, account.group("who"), at)
        if speaker:
            return Attribution(quote, speaker, None, "by-their-account", 0.8)
    if clause.rstrip().endswith(":"):
        if _UNNAMED_AGENT_BEFORE_COLON.search(clause):
            return None
        offset = quote.start - 1
        agent = _AGENT_BEFORE_COLON.search(clause)
        if agent:  # "Rumours ... were put to rest by X: "…"": X, the passive's agent
            at = quote.start - 1 - len(clause) + agent.start(1)
            speaker = _speaker(d, agent.group(1), at)
            if speaker:
                return Attribution(quote, speaker, _outlet(d, quote, clause), "colon-intro", 0.75)
        masked = d.mask(d.sentence_at(offset))
        speaker = d.sentence_subject(masked, before=offset)
        if speaker:
            return Attribution(quote, speaker, _outlet(d, quote, clause), "colon-intro", 0.75)
    return None


_ANY_MARK = re.compile(r"[\"“”]")


def _account_holder(d: Discourse, who: str, offset: int) -> Entity | None:
    """Whose account ``by X's account`` / ``by her own account`` is: a name, or a pronoun's."""
    if who.lower() in {"his", "her"}:  # whose words: the one "he" or "she" would be
        subject = "he" if who.lower() == "his" else "she"
        return _pronoun_speaker(d, d.mask(d.sentence_at(offset)), offset, subject)
    return _speaker(d, re.sub(r"['’]s$", "", who), offset)


def _last_speech_end(d: Discourse, start: int, end: int) -> int:
    """Where the last quotation of speech before ``end`` closes, relative to ``start`` (or -1).

    A clause begins after another speaker's words, not after a title's closing mark:
    ``X, who shared a scene with her in "F," said she ran the set "…"`` is X's.
    """
    ends = [q.outer[1] for q in d.speech if start <= q.outer[1] <= end]
    return max(ends) - start - 1 if ends else -1


_APPOSITION_NAME = re.compile(rf"{CAPITAL}[\w{MARKS}'’.-]*(?: {CAPITAL}[\w{MARKS}'’.-]*){{0,3}}")


def _named_in_apposition(d: Discourse, m: re.Match[str], base: int) -> Entity | None:
    """``The producer, Pell Garvey, insists …``: the name beside a role noun is the speaker."""
    appos = m.groupdict().get("appos")
    if not appos or not ROLE_NOUN.fullmatch(m.group("who")):
        return None
    name = _APPOSITION_NAME.fullmatch(appos.strip())
    if name is None:
        return None
    offset = base + m.start("appos") + (len(appos) - len(appos.lstrip()))
    speaker = _speaker(d, name.group(), offset)
    return speaker if speaker is not None and speaker.type == EntityType.PERSON else None


_ADDED_AFTER = re.compile(  # used with .match(text, pos): no "^", which only matches at 0
    r"\s*,?\s*(?:(?P<pronoun>he|she)|the [\w-]+(?: [\w-]+)?)\s+(?:added|adds|continued|continues|"
    r"went on)\b"
)
_ADDED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?P<pronoun>He|She)|The [\w-]+(?: [\w-]+)?)\s+(?:added|adds|continued|"
    r"continues|went on)\b[^\"“”.!?]{0,80}[:,]\s*$"
)


def _same_speaker_added(
    d: Discourse, quote: QuotedSpan, found: Attribution, previous: Attribution
) -> Attribution:
    """``"...," she added`` / ``The director added: "..."`` goes on with the last speaker.

    Only a pronoun or role noun is read so, and only when the last speaker fits its gender.
    """
    if found.speaker == previous.speaker:
        return found
    line_start = d.text.rfind("\n", 0, quote.start) + 1
    m = _ADDED_AFTER.match(d.text, quote.end + 1) or _ADDED_BEFORE.search(
        d.text[line_start : quote.start - 1]
    )
    if m is None:
        return found
    pronoun = (m.group("pronoun") or "").lower()
    gender = {"he": "m", "she": "f"}.get(pronoun)
    if gender and d.gender_of(previous.speaker) not in (gender, None):
        return found
    if gender and d.gender_of(found.speaker) == gender != d.gender_of(previous.speaker):
        return found  # "X said the episodes would change. "…," she added": X, a known "she"
    return Attribution(quote, previous.speaker, found.outlet, found.rule, found.confidence)


def _may_continue(d: Discourse, quote: QuotedSpan, previous: Attribution) -> bool:
    """Whether a quote can go on with the last speaker: it opens its sentence, or shares one.

    ``"A," she said. "B."`` and ``"A," she said, "B."`` go on; in ``Y remembers her as "B"``
    the words are Y's sentence, not a continuation of the last speaker.
    """
    sentence = d.sentence_at(quote.start)
    if previous.quote.end >= sentence.start:
        return True  # the previous quote is in this sentence: '"A," she said, "B."'
    return not d.text[sentence.start : quote.start - 1].strip(" \t\n([—–-")


def _continuation(d: Discourse, quote: QuotedSpan, previous: Attribution) -> Attribution | None:
    """A quote right after an attributed one: same paragraph, or a paragraph of pure quote.

    Also the next paragraph's quote after one sentence about the same speaker: ``"…," he
    said.`` then ``He spent two years on research. "…"``.
    """
    prior = previous.quote
    if prior.paragraph == quote.paragraph:
        return Attribution(quote, previous.speaker, previous.outlet, "quote-continues", 0.8)
    if quote.paragraph != prior.paragraph + 1:
        return None
    line_start = d.text.rfind("\n", 0, quote.start) + 1
    lead = d.text[line_start : quote.start - 1]
    if lead.strip() == "":
        return Attribution(quote, previous.speaker, previous.outlet, "paragraph-continues", 0.6)
    opening = d.sentence_at(line_start)
    if opening.end <= quote.start and not _SPEECH_VERB.search(lead) and not _ANY_MARK.search(lead):
        subject = d.sentence_subject(d.mask(opening))
        if subject == previous.speaker and d.sentence_at(quote.start).index == opening.index + 1:
            return Attribution(quote, previous.speaker, previous.outlet, "speaker-goes-on", 0.6)
    return None


def _speaker(d: Discourse, who: str, offset: int) -> Entity | None:
    """Resolve an attribution's subject (name, pronoun or role noun) to a person."""
    who = who.strip()
    first, _, rest = who.partition(" ")
    if first[:1].isupper() and rest[:1].isupper() and first.lower() in cues()["sentence_starters"]:
        who, offset = rest, offset + len(first) + 1  # "When Mrs Verity warns …": Mrs Verity
    sentence = d.sentence_at(offset)
    masked = d.mask(sentence)
    if who.lower() in {"he", "she"}:
        return _pronoun_speaker(d, masked, offset, who.lower())
    if who.lower() == "they" or who.lower() in cues()["sentence_starters"]:
        return None  # "In the press notes, X says": "In" is no one
    if who.lower() in cues()["calendar_words"]:
        return None  # "who played his daughter, April, has described": a month is no speaker
    role = ROLE_NOUN.fullmatch(who)
    if role:
        return d.resolve_role_noun(role.group("noun"), offset)
    for slot in masked.slots:
        if slot.start <= offset < slot.end or slot.start == offset:
            return slot.entity if slot.kind == "P" else None
    person = d.person_by_part(who, offset)
    honorific = _HONORIFIC_ONLY.match(who)
    if person is None and honorific:
        # "Mr. Haig said": the Haig named before; "Mrs Verity warns" with none: a character
        return d.person_by_part(honorific.group(1), offset)
    if person is None and who not in d.characters and not d.org_shaped(who):
        # a full name first seen here, or a lone surname for the link step to complete
        person = Entity(who, EntityType.PERSON)
    return person


_HONORIFIC_ONLY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(\S+)$")


def _opens_paragraph_with_speech(d: Discourse, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens its paragraph with a quotation mark."""
    previous = d.sentences[sentence.index - 1] if sentence.index else None
    new_paragraph = previous is None or previous.paragraph != sentence.paragraph
    return new_paragraph and sentence.text.lstrip()[:1] in {'"', "“"}


def _pronoun_speaker(d: Discourse, masked: Masked, offset: int, pronoun: str) -> Entity | None:
    """The speaker of ``"…," she said``.

    The nearest fitting person, unless the sentence before spoke of someone else without
    quoting them; then the article's main person, if the gender fits.
    """
    speaker = d.resolve_pronoun(masked, offset, pronoun)
    main = d.main_person()
    gender = "f" if pronoun == "she" else "m"
    opener = _opener_just_before(d, masked)
    reporter = _reported_speaker(opener)
    if reporter is not None and d.gender_of(reporter) in (gender, None):
        return reporter  # "X, who met Y in Durban, said the money came fast. "…," he said.": X
    if main is None or main == speaker or d.gender_of(main) not in (gender, None):
        return speaker
    previous = d.sentences[max(masked.sentence.index - 1, 0)].text
    if speaker is not None and _SPOKE.search(previous):
        return speaker  # "Producer X called it "…". / "…," she said.": X goes on talking
    if _opens_paragraph_with_speech(d, masked.sentence):
        return main  # a paragraph that opens with speech: the article's subject talking
    if speaker is not None and opener is not None and opener[0] == speaker:
        return speaker  # "X, who played Dele, is learning Yoruba. "…," he said.": X
    if speaker is not None and d.gender_of(speaker) == gender:
        return speaker  # the text says this person is a "she"/"he": keep them
    if _SPEECH_VERB.search(previous):
        return speaker  # "Producer X said the ending changed. '…,' he said."
    if speaker is not None and d.profile_subject() != main:
        return speaker  # a set visit or a round-up has no subject to fall back on
    return main


def _sentence_before_in_paragraph(d: Discourse, masked: Masked) -> Sentence | None:
    """The sentence before ``masked``'s, if the same paragraph holds both."""
    if masked.sentence.index == 0:
        return None
    previous = d.sentences[masked.sentence.index - 1]
    return previous if previous.paragraph == masked.sentence.paragraph else None


def _opener_just_before(d: Discourse, masked: Masked) -> tuple[Entity, Sentence, int] | None:
    """The person whose name (or surname) opens the sentence before, in the same paragraph.

    With that sentence and the length of the name as written there.
    """
    previous = _sentence_before_in_paragraph(d, masked)
    if previous is None:
        return None
    first = bisect_left(d.history, previous.start, key=lambda mention: mention[0])
    mentions = itertools.islice(d.history, first, None)
    for _, person, _ in itertools.takewhile(lambda h: h[0] < previous.end, mentions):
        for form in (person.name, person.name.split()[-1]):
            if previous.text.startswith(form):
                return person, previous, len(form)
    return None


def _reported_speaker(opener: tuple[Entity, Sentence, int] | None) -> Entity | None:
    """The opener of the sentence before, if that sentence reports their speech.

    ``X, who met Y at a market, said the money came quickly.`` reports X's speech; a quotation
    that follows with ``he told Screen`` goes on with X, whatever Y's known gender.
    """
    if opener is None:
        return None
    person, previous, length = opener
    return person if _REPORTS_SPEECH.match(previous.text, length) else None


_REPORTS_SPEECH = re.compile(rf"(?:,[^,;]*,)?\s+(?:\w+\s+)?(?:{_verbs()})\b")


def _outlet(d: Discourse, quote: QuotedSpan, window: str) -> str | None:
    m = _OUTLET.search(window)
    if not m:
        line_start = d.text.rfind("\n", 0, quote.start) + 1
        m = _OUTLET.search(d.text[line_start : quote.start])
    if not m:
        return None
    outlet = m.group("outlet").replace("\u00a0", " ").strip().rstrip(".,;:")
    outlet = re.sub(r"\s+(?:that|about|in|on|at|the)$", "", outlet)
    return outlet if outlet and outlet[0].isupper() else None


def _paragraph_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end
