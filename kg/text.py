"""Load articles from files and split them into sentences with character offsets.

This is the first step of the pipeline: bytes -> :class:`~kg.types.Article` ->
:class:`~kg.types.Sentence`. Every bad input becomes a :class:`~kg.errors.BadArticle` that names
the file and the problem, so a caller can report it and go on with the other files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from kg.errors import BadArticle, NoArticles
from kg.types import Article, Sentence

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "article_from_bytes",
    "collect_article_paths",
    "decode_text",
    "load_article",
    "sample_article_path",
    "split_sentences",
]

HTML_SUFFIXES = (".html", ".htm")  # saved news pages, read by kg.html
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
SAMPLE_ARTICLE = "desperado-rodriguez.txt"
_MAX_CONTROL_SHARE = 0.01


def sample_article_path() -> Path:
    """The bundled sample article (the one the project started from)."""
    return Path(str(resources.files("kg.data") / SAMPLE_ARTICLE))


def article_from_bytes(data: bytes, name: str) -> Article:
    """Decode ``data`` as a UTF-8 article named ``name``.

    Raises:
        BadArticle: when the bytes are empty, binary, or not UTF-8.
    """
    text = decode_text(data, name)
    return Article(name=name, text=text, title=_headline(text))


# a page starts with a doctype or <html>, maybe after a byte-order mark, blanks or comments
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(data: bytes) -> bool:
    """Whether bytes with no file name to go by are a saved web page rather than plain text.

    >>> looks_like_html(b"<!DOCTYPE html><html><body>Hi</body></html>")
    True
    >>> looks_like_html(b"Ana Ruiz on <html> tags in film titles")
    False
    """
    return _HTML_START.match(data[:4096]) is not None


def article_from_unnamed_bytes(data: bytes, name: str) -> Article:
    """An article from bytes with no suffix to say their kind (standard input): HTML or text.

    A page (``curl ... | kg extract -``) is read like a ``.html`` file, anything else like a
    ``.txt`` file.
    """
    if looks_like_html(data):
        from kg.html import article_from_html

        return article_from_html(data, name)
    return article_from_bytes(data, name)


def decode_text(
    data: bytes, name: str, encoding: str = "utf-8-sig", label: str = "UTF-8 text"
) -> str:
    r"""Decode a file's bytes to text with ``\n`` line ends, or say in one line why not.

    ``label`` says what the bytes should have been, in the message ``not <label> (...)``.

    >>> decode_text(b"Line one\r\nLine two", "a.txt")
    'Line one\nLine two'

    Raises:
        BadArticle: when the bytes are empty (or blank), binary, or not valid in ``encoding``.
    """
    if not data.strip():
        raise BadArticle(name, "file is empty")
    if b"\x00" in data:
        raise BadArticle(name, "file is binary, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise BadArticle(
            name, f"not {label} (invalid byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise BadArticle(name, "file is binary, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_article(path: str | Path) -> Article:
    """Read one article file: plain text, or a saved HTML page (``.html``/``.htm``).

    An HTML page goes through :func:`kg.html.article_from_html` (imported only then): its main
    text, title and publication date become the article.

    Raises:
        BadArticle: when the file is missing, unreadable, empty, binary, or not UTF-8 (an HTML
            page: not in its declared charset), or an HTML page holds no article text.
    """
    path = Path(path)
    if not path.exists():
        raise BadArticle(str(path), "no such file")
    if path.is_dir():
        raise BadArticle(str(path), "is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise BadArticle(str(path), f"cannot be read ({err.strerror or err})") from None
    if path.suffix.lower() in HTML_SUFFIXES:
        from kg.html import article_from_html

        article = article_from_html(data, str(path))
    else:
        article = article_from_bytes(data, str(path))
    return Article(name=path.name, text=article.text, title=article.title, date=article.date)


def collect_article_paths(inputs: Sequence[str | Path]) -> list[Path]:
    """Expand files and directories into the article files to read, in a stable order.

    A named file is kept whatever its suffix (so a bad one gets reported when it is loaded);
    a directory contributes its article files (``*.txt``, ``*.html``, ``*.htm``), recursively;
    other files (gold ``.json``, notes) are skipped.

    Raises:
        NoArticles: when a named directory holds no article files.
    """
    paths: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found = sorted(_articles_in(item))
            if not found:
                raise NoArticles(f"{item}: directory holds no article files (*.txt, *.html, *.htm)")
            paths.extend(found)
        else:
            paths.append(item)
    return list(dict.fromkeys(paths))


def _articles_in(directory: Path) -> Iterable[Path]:
    for path in directory.rglob("*"):
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path


def _headline(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return None


# --- sentence splitting -------------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr lt col gen sgt capt cpt rev hon gov sen rep vs etc inc ltd co
    corp bros no vol jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est u.s
    e.g i.e dir""".split()
)
_NUMBER_ABBREVIATIONS = frozenset({"no", "vol", "pt", "ch", "nos"})
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_BOUNDARY = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*(?=\s)")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; paragraphs (and headline lines) never share a sentence.

    A full stop ends a sentence unless it follows a known abbreviation or a single capital
    initial (``J. Robert``), or the next word starts in lower case (``"...," he said``).

    >>> [s.text for s in split_sentences('He left. "Go," she said. Mr. Li stayed.')]
    ['He left.', '"Go," she said.', 'Mr. Li stayed.']
    """
    sentences: list[Sentence] = []
    paragraph = 0
    for block in re.finditer(r"[^\n]+", text):
        chunk_start = block.start()
        line = block.group()
        if not line.strip():
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            end = match.end()
            if _is_boundary(line, match.start(), end):
                _append(sentences, text, chunk_start + start, chunk_start + end, paragraph)
                start = end
        _append(sentences, text, chunk_start + start, chunk_start + len(line), paragraph)
        paragraph += 1
    return sentences


def _is_boundary(line: str, stop: int, end: int) -> bool:
    """Whether the punctuation at ``line[stop:end]`` really ends a sentence."""
    if line[stop] == ".":
        token = _word_before(line, stop).lower()  # "didn't." is a word, not "t."
        if token in _NUMBER_ABBREVIATIONS:
            return not re.match(r"\s*\d", line[end:])  # "No. 5" goes on; "SAY NO." ends
        if (
            token in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", token)
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
        ):
            return False
    rest = line[end:].lstrip()
    if not rest:
        return True
    first = rest.lstrip(_OPENERS)[:1]
    return not (first.islower() or first in ",;:)")


_WORD_AT_END = re.compile(r"[\w.'’]+$")
_WORD_WINDOW = 40


def _word_before(line: str, stop: int) -> str:
    """The run of word characters, dots and apostrophes that ends at ``line[stop]``, or "".

    Searched in the few characters before ``stop`` first: a pattern anchored at the end is
    tried from every offset, and a paragraph is long. Only a run filling the whole window
    may reach further back, and is searched again over the whole line.
    """
    low = max(0, stop - _WORD_WINDOW)
    word = _WORD_AT_END.search(line, low, stop)
    if word is not None and word.start() == low > 0:
        word = _WORD_AT_END.search(line, 0, stop)
    return word.group() if word else ""


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(len(out), start, end, text[start:end], paragraph))
