"""Saved HTML news pages -> :class:`~kg.types.Article`: main text, title and publication date.

The page goes through trafilatura, a maintained main-text extractor: navigation, ads, related
links, comments and footers are dropped, and what is left becomes the article text, one
paragraph per block with blank lines between and the headline first, so that the extractor
reads it exactly as it reads a ``.txt`` article. The page's title and its publication date
(``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``...) become
:attr:`Article.title <kg.types.Article>` and :attr:`Article.date <kg.types.Article>`.

Decoding is done here, not by trafilatura (which guesses an encoding and replaces what it
cannot read): a byte-order mark or the page's declared charset (``<meta charset>``, the
``http-equiv`` form, an XML declaration) is used when Python knows it, else UTF-8; bytes that
do not decode are a :class:`~kg.errors.BadArticle`, as for text. Nothing is fetched: the page
is read offline, with no URL.

:func:`kg.text.load_article` imports this module only when it meets an ``.html``/``.htm`` file,
so ``kg --help`` and text-only builds never import trafilatura.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from typing import Any

from kg.errors import BadArticle
from kg.text import decode_text
from kg.types import Article

__all__ = ["NO_TEXT", "article_from_html", "declared_charset"]

NO_TEXT = "no article text found in the HTML page"

# The HTML standard's prescan looks for the charset declaration in the first 1024 bytes.
_PRESCAN = 1024
_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
# Labels browsers read otherwise than Python does (WHATWG Encoding standard): Latin-1 and
# ASCII mean windows-1252; a UTF-16/32 label in a meta tag the prescan could read (so on
# ASCII-compatible bytes) cannot be true, and means UTF-8.
_AS_BROWSERS_READ = {"ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252"}
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# A page has article text when one of its paragraphs has this many words (a sentence).
_MIN_PROSE_WORDS = 4

# trafilatura's settings: precision over recall (a wrong fact costs more than a missing one),
# no comments, no tables (their cells make no sentences), dates only from the page's markup.
_EXTRACT_OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "favor_precision": True,
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}


def article_from_html(data: bytes, name: str) -> Article:
    """The article in the saved HTML page ``data``: its main text, title and date.

    The text is the page's main text, one paragraph per block separated by blank lines, with
    a headline first: the page's own heading when the main text starts with one, else its
    title. The date is the publication date (``YYYY-MM-DD``), only when the page's markup
    states it; a year in the text or a copyright line is not taken for one.

    >>> page = b'''<html><head><title>Ana Ruiz Returns</title>
    ... <meta property="article:published_time" content="2021-05-04T08:00:00Z"></head>
    ... <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    ... <article><p>Ana Ruiz directed "Night Tide," a thriller set on a ferry.</p></article>
    ... <footer>All rights reserved.</footer></body></html>'''
    >>> article = article_from_html(page, "night-tide.html")
    >>> print(article.text)
    Ana Ruiz Returns
    <BLANKLINE>
    Ana Ruiz directed "Night Tide," a thriller set on a ferry.
    <BLANKLINE>
    >>> article.title, article.date
    ('Ana Ruiz Returns', '2021-05-04')

    Args:
        data: the file's bytes.
        name: the file's path or name; it names the article and the file in error messages.

    Returns:
        The article; ``title`` and ``date`` are ``None`` when the page gives neither.

    Raises:
        BadArticle: when the file is empty, binary, not in its declared charset (not UTF-8
            when it declares none), or holds no main text.
    """
    document = _extract(_decode(data, name))
    tagged = _blocks(document.body) if document is not None else []
    if document is None or not any(_is_prose(tag, text) for tag, text in tagged):
        raise BadArticle(name, NO_TEXT)
    blocks = [text for _, text in tagged]
    title = _one_line(document.title)
    if tagged[0][0] == "head":
        title = title or blocks[0]
    elif title:
        blocks.insert(0, title)
    return Article(name, "\n\n".join(blocks) + "\n", title=title, date=_iso_date(document.date))


def declared_charset(data: bytes) -> str | None:
    """The codec a page's bytes declare (``<meta charset>``, ``http-equiv``, ``<?xml?>``).

    Labels are read as browsers read them: ``iso-8859-1`` means windows-1252. An unknown label
    counts as no declaration.

    >>> declared_charset(b'<html><head><meta charset="ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">')
    'koi8-r'
    >>> declared_charset(b'<meta charset="utf-16">'), declared_charset(b"<p>none</p>")
    ('utf-8', None)
    """
    found = _declaration(data)
    return found[0] if found else None


def _declaration(data: bytes) -> tuple[str, str] | None:
    """The declared codec (as browsers read it) and the label as the page writes it."""
    match = _CHARSET.search(data[:_PRESCAN])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8", label
    return _AS_BROWSERS_READ.get(codec, codec), label


def _decode(data: bytes, name: str) -> str:
    """The page as text: in its BOM's or declared encoding, else UTF-8 (see module docs)."""
    if data.startswith(_UTF16_BOMS):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as err:
            raise BadArticle(
                name,
                f"not UTF-16 text, as its byte-order mark says (bad bytes at offset {err.start})",
            ) from None
    found = _declaration(data)
    if found is None or found[0] == "utf-8":
        return decode_text(data, name)
    codec, label = found
    return decode_text(data, name, codec, f"{label} text, the charset the page declares")


def _extract(page: str) -> Any:
    """The trafilatura Document for ``page`` (``None`` when it finds no main text)."""
    import trafilatura

    if "<html" not in page.lower():
        page = f"<html><body>{page}</body></html>"  # a bare fragment: trafilatura wants a page
    return trafilatura.bare_extraction(page, **_EXTRACT_OPTIONS)


def _blocks(body: Any) -> list[tuple[str, str]]:
    """The paragraphs of trafilatura's output tree as (tag, text), e.g. ``("head", "...")``.

    One per heading, paragraph, quote or list item (``head``, ``p``, ``quote``, ``item``). A
    line break inside a paragraph (``<br>``) is a space here, so a sentence is never cut.
    """
    for line_break in body.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    elements = (item for child in body for item in (child if child.tag == "list" else [child]))
    pairs = ((element.tag, _one_line("".join(element.itertext()))) for element in elements)
    return [(tag, text) for tag, text in pairs if text]


def _is_prose(tag: str, text: str) -> bool:
    """Whether a block reads as article text: not a heading, and a few words at least.

    What is left of a page without an article is a site name, "Advertisement", a menu item.
    """
    return tag != "head" and len(text.split()) >= _MIN_PROSE_WORDS


def _one_line(text: str | None) -> str | None:
    """``text`` with runs of whitespace made one space (``None`` when nothing is left)."""
    return (" ".join(text.split()) or None) if text else None


def _iso_date(text: str | None) -> str | None:
    """``text`` when it is an ISO 8601 date (trafilatura gives ``YYYY-MM-DD``), else None."""
    try:
        return date.fromisoformat(text).isoformat() if text else None
    except ValueError:
        return None
