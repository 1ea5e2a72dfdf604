"""Find the spans that may name things: quoted spans and capitalised name sequences.

Step two of the extractor (after sentence splitting). Nothing here decides *who* a name refers
to (that is :mod:`kg.extract.coref`); it only finds spans and classifies quoted ones:

* ``speech``: words someone said (``"I loved it," she said``);
* ``title``: a quoted title (``the 1995 sequel, "Desperado,"``);
* ``scare``: a few quoted words that are neither (``so-called "method"``);
* ``nickname``: a quoted word inside a name (``Tom "Iceman" Kazansky``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.lexicon import cues, trie_pattern

__all__ = [
    "CAPITAL",
    "HONORIFIC",
    "INITIALS",
    "MARKS",
    "NameSpan",
    "QuotedSpan",
    "find_name_spans",
    "find_quoted_spans",
    "looks_like_title",
    "strip_title_punctuation",
]


def _capital_class() -> str:
    """A character class of every upper- or title-case letter of the Basic Multilingual Plane.

    Built from Unicode's own case data, so that names in any alphabet with capitals start a
    name: Latin with accents (Élodie, Łucja, Ștefan), Yoruba and Vietnamese letters outside
    Latin-1 (Ọlágúnjú, Ẹniọlá), Greek and Cyrillic.
    """
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        char = chr(code)
        if char.isupper() or unicodedata.category(char) == "Lt":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return (
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


CAPITAL = _capital_class()
"""A capital letter in any cased alphabet (Élodie, Ó Floinn, Łucja, Ștefan, Ọlágúnjú)."""
MARKS = "\\u0300-\\u036f"
"""Combining accents, for a character class: a name's letters may carry them (Ọ̀ṣúnlékè)."""

SMALL_WORDS = frozenset(
    "a an the of and in on at to for from with by or but nor as vs vs. v. de la le el del da di "
    "du des von van is are be it its en et y e les los las der die das und dei della o "
    # other languages' "and", "of", "on", "in" ("Kruh i Sol", "Bröd och salt", "Ang Dalaga sa Ilog")
    "i och og ou au aux sur dos na w z ze ng sa al ve ja".split()
)
_OPEN_DOUBLE, _CLOSE_DOUBLE = "“", "”"

HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Capt|Sgt|Lt|Col|Gen|Det|Insp|Rev|Fr|Sr|St)\."
"""An abbreviated title before a character's name (``as Dr. Hale``); ``Kell.`` ends a sentence."""


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Words between quotation marks. ``start``/``end`` bound the inner text (marks excluded)."""

    start: int
    end: int
    text: str
    kind: str  # speech | title | scare | nickname
    mark: str  # '"' or "'", or "" for an unmarked title: a heading line, or lost italics
    paragraph: int

    @property
    def outer(self) -> tuple[int, int]:
        """Offsets including the quotation marks."""
        if not self.mark:
            return self.start, self.end
        return self.start - 1, self.end + 1


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A run of capitalised words outside quotations (``Robert Rodriguez``, ``Warner Bros.``)."""

    start: int
    end: int
    text: str
    possessive: bool  # followed by 's or ’s


def strip_title_punctuation(inner: str) -> str:
    """Drop the comma or full stop that American style puts inside closing quotes."""
    return inner.rstrip(" ,.;:").strip()


_ABBREVIATION_DOT = re.compile(r"\b(?:St|Mr|Mrs|Ms|Dr|Jr|Sr|Vol|No|Pt|Mt|Ft|Lt|Gen|Col|[A-Z])\.")


def looks_like_title(inner: str) -> bool:
    """Whether quoted words have the shape of a title: short, capitalised content words.

    >>> looks_like_title("Once Upon a Time in Mexico,")
    True
    >>> looks_like_title("It's really hard to do today")
    False
    """
    words = strip_title_punctuation(inner).split()
    if not words or len(words) > 12 or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    if re.search(r"[.!?]\s+\S", _ABBREVIATION_DOT.sub("", inner.strip())):
        return False  # more than one sentence ("St. Agnes" is one)
    content = [w for w in words[1:] if w.lower().strip(":,'’") not in SMALL_WORDS]
    capitalised = [w for w in content if w[0].isupper() or w[0].isdigit() or not w[0].isalpha()]
    return len(capitalised) >= len(content) * 0.75


# --- quotation marks ---------------------------------------------------------------------------


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """All top-level quoted spans of ``text``, classified, in text order.

    Double quotes (straight or curly) pair within a paragraph; an unclosed one runs to the end
    of its paragraph (a quote that the next paragraph continues). Single quotes count at top
    level only when they clearly delimit words (a headline's ``'Top Gun'``); inside double
    quotes they are nested speech and stay part of the outer quote.
    """
    spans: list[QuotedSpan] = []
    numbered_list = len(_NUMBERED_HEADING.findall(text)) >= _NUMBERED_LIST_MIN
    for paragraph, block in enumerate(re.finditer(r"[^\n]+", text)):
        heading = _heading_title(block, numbered_list) if paragraph else None
        if heading is not None:
            spans.append(QuotedSpan(*heading, "title", "", paragraph))
            continue
        raw = _pair_double_quotes(text, block.start(), block.end())
        taken = [(s, e) for s, e in raw]
        raw += _pair_single_quotes(text, block.start(), block.end(), taken)
        for start, end, mark in sorted((s, e, m) for s, e, m in _with_marks(raw, text)):
            inner = text[start:end]
            spans.append(QuotedSpan(start, end, inner, "", mark, paragraph))
    return _classify(text, spans)


# "Heat (1995)" or "3. Heat (1995)" alone on a line: a list article's heading for one film
_HEADING = re.compile(
    r"(?:\d{1,2}[.)]\s+)?(?P<title>[^\W\d_][^\n\"“”.!?]{0,80}?|\d[^\n\"“”.!?]{0,80}?)"
    r"\s+\((?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?\)\s*"
)


# "10. Heat" alone on a line: a ranked list's heading, a title when the article has several
_NUMBERED_HEADING = re.compile(
    r"^\d{1,2}[.)][ \t]+(?P<title>[^\W\d_][^\n\"“”.!?]{0,80}?|\d[^\n\"“”.!?]{0,80}?)[ \t]*$",
    re.MULTILINE,
)
_NUMBERED_LIST_MIN = 3


def _heading_title(line: re.Match[str], numbered_list: bool) -> tuple[int, int, str] | None:
    """(start, end, text) of the title a heading line names, when the line is one.

    A heading is "Heat (1995)", optionally ranked ("3. Heat (1995)"). In a ranked list (three
    or more lines like "10. Heat"), a ranked line names its title without the year too.
    """
    heading = _HEADING.fullmatch(line.group())
    if heading is None and numbered_list:
        heading = _NUMBERED_HEADING.fullmatch(line.group())
    if heading is None or not looks_like_title(heading.group("title")):
        return None
    start = line.start() + heading.start("title")
    return start, start + len(heading.group("title")), heading.group("title")


def _with_marks(raw: list[tuple[int, int]], text: str) -> list[tuple[int, int, str]]:
    return [(s, e, "'" if text[s - 1] in "'‘" else '"') for s, e in raw]


_DOUBLE_MARK = re.compile('["“”]')


def _pair_double_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Pair the double quotation marks of one paragraph: (inner start, inner end) pairs."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _DOUBLE_MARK.finditer(text, lo, hi):
        i, ch = mark.start(), mark.group()
        if open_at is None and ch != _CLOSE_DOUBLE:
            open_at = i
        elif open_at is not None and ch != _OPEN_DOUBLE:
            pairs.append((open_at + 1, i))
            open_at = None
    if open_at is not None and hi - open_at > 2:
        pairs.append((open_at + 1, hi))
    return pairs


# an apostrophe inside a word ("'The Cartographer's Wife'", "'I don't know'") does not close
_SINGLE = re.compile(
    r"(?<![\w'’])['‘](?=[A-Za-z0-9])((?:[^'‘’\n]|(?<=\w)['’](?=\w))*?[^\s'‘’])['’](?![\w'’])"
)


def _pair_single_quotes(
    text: str, lo: int, hi: int, doubles: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    out = []
    for match in _SINGLE.finditer(text, lo, hi):
        s, e = match.start(1), match.end(1)
        if any(ds <= s < de for ds, de in doubles):
            continue  # nested inside a double quote: part of that quote
        if "'" in match.group(1).replace("'s ", "") and len(match.group(1).split()) < 3:
            continue  # likely apostrophes, not quotation marks
        out.append((s, e))
    return out


def _classify(text: str, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Give every span its kind, using its shape and the words around it."""
    out: list[QuotedSpan] = []
    for i, span in enumerate(spans):
        kind = span.kind or _kind_of(text, span, out[-1] if out else None, spans[i + 1 : i + 2])
        out.append(QuotedSpan(span.start, span.end, span.text, kind, span.mark, span.paragraph))
    # "her breakout "Eaux grises"" is a title, so every "Eaux grises," is: a title once, always
    titles = {strip_title_punctuation(s.text) for s in out if s.kind == "title"}
    return [
        replace(s, kind="title")
        if s.kind != "title"
        and strip_title_punctuation(s.text) in titles
        and len(s.text.split()) <= 5
        else s
        for s in out
    ]


def _kind_of(
    text: str, span: QuotedSpan, previous: QuotedSpan | None, following: list[QuotedSpan]
) -> str:
    inner = span.text.strip()
    before = text[max(0, span.start - 40) : span.start - 1]
    after = text[span.end + 1 : span.end + 60]
    if _is_nickname(text, span):
        return "nickname"
    if _is_pull_quote(text, span):
        return "speech"
    if _SO_CALLED.search(before):
        return "scare"  # 'the so-called "Romanian New Wave"': a label, not a title or speech
    title_like = looks_like_title(inner)
    if title_like and _title_context(before, after):
        return "title"
    if _named_like_a_foreign_title(inner) and (
        _YEAR_AFTER_QUOTE.match(after) or _film_noun_just_before(before)
    ):
        return "title"  # "his 'La hora azul' (2005)", "her breakout "Eaux grises"": sentence case
    attached = _speech_attached(before, after, title_like, inner.endswith((",", "!", "?")))
    if title_like and not attached:
        if _continues_speech(text, span, previous) and not _title_context(before, after):
            return "speech"
        return "title"
    if attached or _continues_speech(text, span, previous):
        return "speech"
    if not title_like and _described_as().search(text, max(0, span.start - 90), span.start - 1):
        return "speech"  # 'X called the shoot "a very bad joke"': X's words, however few
    words = inner.split()
    if len(words) <= 3 and not re.search(r"[.!?,]$", inner):
        return "scare"
    return "speech" if span.mark == '"' else "scare"


_SO_CALLED = re.compile(r"\bso-called\s*[\"“‘']?$", re.IGNORECASE)


# a first- or second-person word: a title seldom has one, a pull-quote nearly always does
_PERSONAL = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve)|[Mm]y|[Mm]e|[Uu]s|[Oo]ur"
    r"|[Yy]ou(?:['’](?:re|ve))?|[Yy]our)\b"
)


def _is_pull_quote(text: str, span: QuotedSpan) -> bool:
    """A headline's quoted words set off by a colon: ``'I Shot It Myself': X on F``.

    Headlines title-case everything, so the words look like a title; a first- or
    second-person word and the colon that ties them to a name say they are speech.
    """
    if span.paragraph != 0 or not _PERSONAL.search(span.text):
        return False
    after = text[span.end + 1 : span.end + 3]
    before = text[max(0, span.start - 3) : span.start - 1]
    return after.startswith(":") or before.rstrip().endswith(":")


@cache
def _described_as() -> re.Pattern[str]:
    """A describing verb just before a quote, in the same clause (``described it as``).

    Not in the passive (``was called``) nor in ``so-called``: those words are no one's.
    """
    verbs = trie_pattern(sorted(cues()["describing_verbs"]))
    return re.compile(
        # nor a participle after a comma ("the villain C, described in the notes as "…"")
        r"(?<![\w-])(?<!was )(?<!is )(?<!are )(?<!were )(?<!been )(?<!being )(?<!be )(?<!, )"
        rf"(?:{verbs})\b(?:[ ,][^\"“”.!?;:]{{0,60}}?)?\s*$"
    )


def _is_nickname(text: str, span: QuotedSpan) -> bool:
    """``Tom "Iceman" Kazansky``: one capitalised quoted word between two name words."""
    inner = span.text
    if not re.fullmatch(rf"{CAPITAL}[\w{MARKS}'’.-]*", inner):
        return False
    before = text[max(0, span.start - 30) : span.start - 1]
    after = text[span.end + 1 : span.end + 30]
    return bool(re.search(CAPITAL + r"[\w.]*\s$", before) and re.match(r"\s" + CAPITAL, after))


@cache
def _attribution_words() -> str:
    verbs = sorted(cues()["attribution_verbs"], key=len, reverse=True)
    return "|".join(re.escape(v) for v in verbs)


@cache
def _attachment_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The compiled patterns of an attribution after and before a quote."""
    verbs = _attribution_words()
    name = (
        rf"(?:{CAPITAL}[\w{MARKS}'’.-]*(?:\s+{CAPITAL}[\w{MARKS}'’.-]*){{0,3}}"
        r"|he|she|they|I|we|the [\w -]{1,40}?)"
    )
    later = r"(?:later\s+|also\s+|once\s+|then\s+)?"
    after = re.compile(rf"^\s*[,—–-]?\s*(?:(?:{verbs})\s+{name}\b|{name}\s+{later}(?:{verbs})\b)")
    before = re.compile(rf"\b(?:{verbs})\b(?:\s+\w+){{0,4}}\s*[:,]\s*$")
    return after, before


def _speech_attached(
    before: str, after: str, title_like: bool = False, comma_inside: bool = False
) -> bool:
    """Whether the quote is glued to an attribution: ``"…," she said`` or ``he said: "…"``.

    A bare colon before the quote (``…in North America: "Title," which…``) introduces speech
    only when the quote does not look like a title.
    """
    after_pattern, before_pattern = _attachment_patterns()
    if after_pattern.match(after) and (comma_inside or re.match(r"^\s*[,—–-]", after)):
        return True
    if before_pattern.search(before) or _INDIRECT_SPEECH_BEFORE.search(before):
        return True
    return before.rstrip().endswith(":") and not title_like


# "told Variety she had "never once doubted"": a quoted fragment of reported speech
_INDIRECT_SPEECH_BEFORE = re.compile(
    r"\b(?:told|tells|said|says)\b(?:\s+[\w'’.]+){0,5}?\s+(?:that\s+)?(?:she|he|they|I|we)\s+"
    r"(?:had|has|have|was|is|were|would|will|could)\s*$"
)


def _continues_speech(text: str, span: QuotedSpan, previous: QuotedSpan | None) -> bool:
    """A quote that follows a speech quote of the same paragraph, with only attribution between."""
    if previous is None or previous.kind != "speech" or previous.paragraph != span.paragraph:
        return False
    gap = text[previous.end + 1 : span.start - 1]
    return len(gap) <= 160 and bool(re.search(r"[.!?,:]\s*$", gap.rstrip() or "."))


_YEAR_AFTER_QUOTE = re.compile(r"\s*\((?:18|19|20)\d{2}\)")


def _named_like_a_foreign_title(inner: str) -> bool:
    """A short capitalised phrase that is no sentence: ``La hora azul``, ``Les jours tristes``."""
    words = strip_title_punctuation(inner).split()
    return 0 < len(words) <= 6 and inner[0].isupper() and not re.search(r"[.!?;:]\s*\S", inner)


def _film_noun_just_before(before: str) -> bool:
    """Whether the word right before a quote is a film noun (``her breakout "F"``)."""
    last = _LAST_WORD.search(before[-24:])
    return bool(last) and last.group(1).lower() in _FILM_NOUNS_BEFORE_TITLE


_LAST_WORD = re.compile(r"([\w-]+),?\s*$")


_FILM_NOUNS_BEFORE_TITLE = cues()["film_nouns"] - {"project", "effort", "production", "tale"}


def _title_context(before: str, after: str) -> bool:
    """Words around a quote that mark it as a title: ``his memoir,``, ``(2004)``, ``film``."""
    nouns = cues()["film_nouns"] | cues()["series_nouns"] | {"memoir", "book", "novel", "album"}
    tail = re.findall(r"[\w-]+", before.lower())[-2:]
    if tail and tail[-1] in _TITLE_TAKERS:
        return True  # "the star of "Low Tide," said": a title, whatever follows it
    return (
        bool(set(tail) & nouns)
        or bool(re.match(r"\s*\(\d{4}\)", after))
        or bool(_CREDITED_AFTER.match(after))
    )


# '"Hush Hollow" was directed by X': only a work is directed, written or produced
_CREDITED_AFTER = re.compile(
    r"\s*(?:was|is|were|had been) (?:(?:co-)?directed|written and directed|helmed|produced|"
    r"shot|edited) by\b"
)


_TITLE_TAKERS = frozenset(
    "of in star stars co-star co-stars director directors creator sequel prequel remake reboot "
    "follow-up adaptation starring directed helmed winner nominee hit breakout behind".split()
)


# --- capitalised names -------------------------------------------------------------------------

_ABBREVIATED = frozenset(
    "jr. sr. bros. lt. st. dr. mr. mrs. ms. co. sgt. capt. det. insp. gen. col. prof. rev. "
    "fr.".split()
)
_WORD = re.compile(r"\S+")
_CREDIT_SUFFIX = re.compile(r"-(?:starring|led|fronted|directed|helmed|produced|penned|written)$")
_PARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(de|di|da|del|van|von|der|den|du|le|la|ter|ten) $")
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")
_APOSTROPHE_END = re.compile(r"['’]s?$")
_QUOTE_OR_BRACKET = re.compile(r"[\"“”(\[]")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
"""Initials written as one word (``R.K.``, ``J.P.``)."""
_NICKNAME = re.compile(rf"[\"“]{CAPITAL}[\w{MARKS}'’.-]*[\"”]")
_ADJECTIVE_COMPOUND = re.compile(
    CAPITAL + r"[\w'’]*-(?:born|based|bred|raised|language|speaking|winning|nominated|era|style|"
    r"set|made|trained|educated|centric|inspired|esque|like|themed|bound)"
)


def find_name_spans(
    text: str, start: int, end: int, blocked: list[tuple[int, int]]
) -> list[NameSpan]:
    """Capitalised word runs in ``text[start:end]`` outside the ``blocked`` spans (quotes).

    A run ends at punctuation, at a possessive (``Cruise's``), at a full stop that is not an
    initial or abbreviation, and at a quotation. Leading sentence-starter words (``The``,
    ``Although``, ``Starring``) are dropped; particles (``de``, ``van``), initials and suffixes
    (``Jr.``) and quoted nicknames (``Tom "Iceman" Kazansky``) stay inside a name.

    >>> [n.text for n in find_name_spans("Then Ana de Souza met Cruise's Pete Li.", 0, 39, [])]
    ['Ana de Souza', 'Cruise', 'Pete Li']
    """
    spans: list[NameSpan] = []
    run: list[tuple[int, int, str]] = []
    blocked = sorted(blocked)
    starts = [b[0] for b in blocked]

    def is_blocked(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and blocked[i][0] <= offset < blocked[i][1]

    def close(possessive: bool = False) -> None:
        if run:
            spans.extend(_trim_name(text, run, possessive))
            run.clear()

    previous_end = start
    for match in _words_of_name_runs(text, start, end):
        if match is None:  # a new run: the previous one has ended
            close()
            continue
        s, e, word = match.start(), match.end(), match.group()
        inside_quote = is_blocked(s)
        if inside_quote or "\n" in text[previous_end:s]:
            close()
        previous_end = e
        if inside_quote:
            continue
        core = word.rstrip(",;:)!?")
        if not _NICKNAME.fullmatch(core):
            core = core.rstrip('"”')
        credit_suffix = _CREDIT_SUFFIX.search(core)  # "Dana Whitlock-starring drama"
        if credit_suffix:
            core = core[: credit_suffix.start()]
            if core.lower() in _VERB_PREFIXES:  # "Co-directed by ..." opening a sentence
                close()
                continue
        possessive = bool(_POSSESSIVE_END.search(core))
        if possessive:
            core = _APOSTROPHE_END.sub("", core)
        if not _is_name_word(core, bool(run)):
            close()
            continue
        dot_ends = core.endswith(".") and not _keeps_dot(core)
        if dot_ends:  # "(Nino Kapanadze-Weiss)." ends in a bracket before the full stop
            core = core.rstrip(".").rstrip(",;:)!?")
        run.append((s, s + len(core), core))
        if possessive or credit_suffix:
            close(possessive=possessive)
        elif dot_ends or len(core) < len(word):
            close()
    close()
    return spans


@cache
def _name_run() -> re.Pattern[str]:
    """Runs of capitalised words (with particles and quoted nicknames between them)."""
    particles = "|".join(sorted(map(re.escape, cues()["name_particles"]), key=len, reverse=True))
    word = rf"[\"“]?{CAPITAL}[^\s]*"
    particle = rf"(?:{particles})(?=(?:[ \u00a0]+(?:{particles}))*[ \u00a0]+{CAPITAL})"  # "de la"
    return re.compile(rf"{word}(?:[ \u00a0]+(?:{word}|{particle}))*")


def _words_of_name_runs(text: str, start: int, end: int) -> Iterator[re.Match[str] | None]:
    """The words of every capitalised run, with ``None`` before each run.

    Only these words can make up a name, so the rest of the text is skipped in C.
    """
    for run in _name_run().finditer(text, start, end):
        yield None
        yield from _WORD.finditer(text, run.start(), run.end())


_VERB_PREFIXES = frozenset({"co", "re", "self"})


def _is_name_word(word: str, inside: bool) -> bool:
    if not word:
        return False
    if _NICKNAME.fullmatch(word):
        return inside  # a quoted nickname continues a name
    if _ADJECTIVE_COMPOUND.fullmatch(word):
        return False  # "Swedish-born", "Oscar-winning", "English-language": not a name
    if word[0].isupper():
        return not _QUOTE_OR_BRACKET.search(word)
    return inside and word.lower() in cues()["name_particles"]


def _keeps_dot(word: str) -> bool:
    return bool(INITIALS.fullmatch(word)) or word.lower() in _ABBREVIATED


def _trim_name(text: str, words: list[tuple[int, int, str]], possessive: bool) -> list[NameSpan]:
    """Drop leading starters and trailing particles; build the span."""
    starters = cues()["sentence_starters"]
    particles = cues()["name_particles"]
    while words and (
        (words[0][2].lower().rstrip(".") in starters and not _month_as_first_name(text, words))
        or (words[0][2] in particles and len(words) > 1)
        or (len(words) > 1 and _is_job_title(words[0][2]))
        or _nationality_before_a_person(words)
    ):
        words.pop(0)
        possessive = possessive and bool(words)
    while words and words[-1][2].lower() in particles:
        words.pop()
        possessive = False
    if not words or all(w[2].lower() in _common_words() for w in words):
        return []  # "North American rights", "in June": adjectives and dates, not a name
    ws, we = words[0][0], words[-1][1]
    particle = _PARTICLE_BEFORE.search(text, max(0, ws - 6), ws)
    if particle and len(words) == 1:
        ws = particle.start(1)  # "by de Santis": the particle belongs to the surname
    return [NameSpan(ws, we, text[ws:we], possessive)]


# "fellow Dane Jonas Riemer", "the Norwegian Ola Berg": a nationality is no first name
_NATIONALITY_NOUNS = frozenset(
    "fellow dane swede pole scot brit briton spaniard finn icelander dutchman dutchwoman "
    "frenchman frenchwoman englishman englishwoman irishman irishwoman welshman welshwoman "
    "scotsman scotswoman kiwi".split()
)
_NOT_A_PERSON_WORD = frozenset("film films award awards prize cup league".split())


def _nationality_before_a_person(words: list[tuple[int, int, str]]) -> bool:
    """Whether the run opens with a nationality before a full name (``Norwegian Ola Berg``).

    Only before two or more name words that are no institution's (the ``British Film
    Institute`` keeps its ``British``), so a two-word name (``Dane Cook``) stays whole.
    """
    if len(words) < 3:
        return False
    first = words[0][2].lower()
    if first not in _NATIONALITY_NOUNS and first not in cues()["place_adjectives"]:
        return False
    rest = {w[2].lower().rstrip(".,") for w in words[1:]}
    return not rest & (cues()["org_suffixes"] | _NOT_A_PERSON_WORD)


_MONTH_NAMES = frozenset({"april", "may", "june", "july", "august"})
# a month after these words is a date ("in May Ana Pike ...", "since June"), not a first name
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Ff]rom|[Oo]f|"
    r"[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]his|[Mm]id|[Bb]etween|[Tt]ill|[Tt]o)\s+$"
)


def _month_as_first_name(text: str, words: list[tuple[int, int, str]]) -> bool:
    """``Rooster and May Quill``: a month that is a woman's first name, not a date.

    Only inside a sentence, after a word that does not introduce a date, and before a surname.
    """
    if len(words) < 2 or words[0][2].lower() not in _MONTH_NAMES:
        return False
    before = text[max(0, words[0][0] - 12) : words[0][0]]
    return bool(re.search(r"[a-z,]\s+$", before)) and not _DATE_WORD_BEFORE.search(before)


@cache
def _common_words() -> frozenset[str]:
    """Capitalised words that are never a name on their own: nationalities, months, days."""
    return cues()["place_adjectives"] | cues()["calendar_words"]


def _is_job_title(word: str) -> bool:
    """``Screenwriter``, ``Co-directors``, ``DP``: a capitalised job before a name."""
    word = word.lower().rstrip(".,")
    return word.removeprefix("co-").rstrip("s") in _JOB_TITLES or word in {"dp", "dop"}


_JOB_TITLES = frozenset(
    "director filmmaker documentarian cinematographer screenwriter writer producer editor "
    "showrunner actor actresse actress star composer animator creator auteur newcomer "
    "comedian novelist author veteran helmer".split()
)
