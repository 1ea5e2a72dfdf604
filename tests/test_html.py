"""Saved HTML pages as articles: main text without the page's chrome, title and date kept.

The pages in tests/data/html/ are invented (people, films, sites) and carry the chrome of real
news pages: navigation, ads, share bars, related links, newsletter boxes, comments, footers.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import BadArticle
from kg.html import NO_TEXT, article_from_html, declared_charset
from kg.store import open_store
from kg.text import (
    collect_article_paths,
    load_article,
    looks_like_html,
    sample_article_path,
    split_sentences,
)
from kg.vocab import PREFIXES

HTML = Path(__file__).parent / "data" / "html"
LANTERN = HTML / "lantern-keeper-review.html"
FRONTIER = HTML / "quiet-frontier-interview.html"
CHROME_ONLY = HTML / "chrome-only.html"

LANTERN_BLOCKS = [
    "Ines Volkova Takes 'The Lantern Keeper' Out to Sea",
    '"The Lantern Keeper," directed by Ines Volkova, follows a retired ferry pilot who takes the '
    "last job nobody wants: minding a lighthouse on a rock three hours from the mainland.",
    "The film stars Tomas Brandt as the keeper, Aurel Moss, a man who has stopped talking to "
    "almost everyone. Brandt spent two winters on a working lighthouse to prepare for the part.",
    '"I wanted the sea to be the loudest character in every scene," Volkova said. "Tomas '
    'understood that before I did."',
    "The production shot for eleven weeks off the coast, mostly at night, with a crew of fewer "
    "than thirty people and a single generator that failed twice during the storm sequence.",
    "The picture opens in cinemas in the autumn, after a premiere at the Harrowgate festival.",
]

# Words from each page's chrome (menus, ads, share bars, related links, sidebars, newsletter
# boxes, comments, footers, scripts) that must not reach the article text.
CHROME = {
    LANTERN: [
        "Newsletter",
        "Search Reel Courier",
        "Advertisement",
        "Stream Harbor Nights",
        "Coastline Film Gala",
        "Share on",
        "Related Stories",
        "Glasshouse Summer",
        "Most Popular",
        "Copper Crown",
        "KernelMart",
        "All rights reserved",
        "cookies",
        "dataLayer",
        "Tags:",
    ],
    FRONTIER: [
        "Subscribe",
        "Interviews",
        "Northlight Streaming",
        "Posted by",
        "newsletter",
        "Sign me up",
        "Read more",
        "Done Playing Villains",
        "Comments",
        "Can't wait",
        "Copyright",
        "Advertise with us",
        "background:",
    ],
}


def _page(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


# --- metadata and text ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "title", "date"),
    [
        (LANTERN, "Ines Volkova Takes 'The Lantern Keeper' Out to Sea", "2023-03-14"),
        (FRONTIER, "Marguerite Oyelaran on Making 'The Quiet Frontier'", "2022-11-02"),
    ],
)
def test_html_keeps_title_and_publication_date(path, title, date) -> None:
    article = load_article(path)
    assert (article.name, article.title, article.date) == (path.name, title, date)


def test_html_main_text_is_paragraphs_headline_first() -> None:
    article = load_article(LANTERN)
    assert article.text == "\n\n".join(LANTERN_BLOCKS) + "\n"
    sentences = split_sentences(article.text)
    assert (sentences[0].text, sentences[0].paragraph) == (LANTERN_BLOCKS[0], 0)
    assert sentences[-1].paragraph == len(LANTERN_BLOCKS) - 1


@pytest.mark.parametrize("path", [LANTERN, FRONTIER], ids=lambda p: p.stem)
def test_html_page_chrome_is_dropped(path) -> None:
    text = load_article(path).text
    assert [words for words in CHROME[path] if words in text] == []
    assert "<" not in text and "&" not in text


def test_html_line_break_inside_a_paragraph_does_not_glue_sentences() -> None:
    text = load_article(FRONTIER).text
    assert "arrives once a month. Its cast is small" in text
    assert "The film stars Callum Ferreira as the postmaster, Elias Dunmore." in text


def test_html_headline_is_the_title_when_the_text_has_none() -> None:
    page = _page(
        "<nav><a href='/'>Home</a></nav><article><p>Ana Ruiz directed \"Night Tide,\" a "
        "thriller set on a night ferry.</p></article>",
        "<title>Ana Ruiz Returns</title>",
    )
    article = article_from_html(page, "night-tide.html")
    assert article.text.split("\n\n")[0] == "Ana Ruiz Returns"
    assert (article.title, article.date) == ("Ana Ruiz Returns", None)


def test_html_date_is_never_guessed_from_the_text() -> None:
    page = _page(
        '<article><h1>Ana Ruiz\'s New Film</h1><p>Ana Ruiz shot "Night Tide" in 2019; it '
        "premiered on June 3, 2021 in Lisbon.</p></article><footer>&copy; 2022 Tide Press</footer>"
    )
    assert article_from_html(page, "x.html").date is None


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2020-02-03T10:00:00Z">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "datePublished": "2020-02-03T10:00:00+01:00"}</script>',
    ],
    ids=["meta", "json-ld"],
)
def test_html_date_from_markup(head) -> None:
    page = _page('<article><p>Ana Ruiz directed "Night Tide" on a ferry.</p></article>', head)
    assert article_from_html(page, "x.html").date == "2020-02-03"


# --- encodings ------------------------------------------------------------------------------


def test_html_declared_charset_is_respected() -> None:
    page = _page(
        '<article><p>Café owner Ana Ruiz directed "Night Tide" in Lisbon.</p></article>',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    )
    assert (
        "Café owner Ana Ruiz" in article_from_html(page.decode().encode("latin-1"), "x.html").text
    )


def test_html_utf16_with_byte_order_mark_is_read() -> None:
    page = _page('<article><p>Ana Ruiz directed "Night Tide" in Lisbon.</p></article>')
    assert "Ana Ruiz directed" in article_from_html(page.decode().encode("utf-16"), "x.html").text


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b'<html><head><meta charset="iso-8859-1">', "cp1252"),  # as browsers read it
        (b'<?xml version="1.0" encoding="KOI8-R"?><html>', "koi8-r"),
        (b'<meta charset="utf-16">', "utf-8"),  # cannot be true of bytes we could read
        (b'<meta charset="no-such-charset">', None),
        (b"<html><body>Caf\xc3\xa9</body></html>", None),
    ],
)
def test_html_declared_charset(data, text) -> None:
    assert declared_charset(data) == text


# --- bad pages ------------------------------------------------------------------------------


LATIN1_PAGE = _page("<article><p>Café owner Ana Ruiz directed a film.</p></article>")
CP1252_PAGE = _page("<p>Ana Ruiz \x81 directed a film.</p>", '<meta charset="windows-1252">')
BAD_PAGES = [
    ("empty.html", b"", "file is empty"),
    ("blank.htm", b" \n\t\n", "file is empty"),
    ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file is binary, not text"),
    (
        "latin1.html",
        LATIN1_PAGE.decode().encode("latin-1"),
        f"not UTF-8 text (invalid byte 0xe9 at offset {LATIN1_PAGE.index('é'.encode())})",
    ),
    (
        "cp1252.html",
        CP1252_PAGE.replace(b"\xc2\x81", b"\x81"),  # 0x81: no character in windows-1252
        "not windows-1252 text, the charset the page declares "
        f"(invalid byte 0x81 at offset {CP1252_PAGE.index(b'<p>') + 12})",
    ),
    ("chrome-only.html", CHROME_ONLY.read_bytes(), NO_TEXT),
    ("no-body.html", b"<html><head><title>Night Tide</title></head><body></body></html>", NO_TEXT),
    ("only-heading.html", _page("<h1>Ana Ruiz Directs Night Tide</h1>"), NO_TEXT),
]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_PAGES, ids=[b[0] for b in BAD_PAGES])
def test_html_bad_page_is_one_bad_article(tmp_path, name, data, problem) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadArticle) as err:
        load_article(path)
    assert str(err.value) == f"{path}: {problem}"


# --- directories and laziness ---------------------------------------------------------------


def test_html_directories_contribute_html_and_htm(tmp_path) -> None:
    for name in ["a.txt", "b.html", "c.htm", "D.HTML", "a.gold.json", "notes.md", "e.xhtml"]:
        (tmp_path / name).write_text("x")
    found = collect_article_paths([tmp_path])
    assert [p.name for p in found] == ["D.HTML", "a.txt", "b.html", "c.htm"]


def test_html_text_articles_and_help_never_import_trafilatura() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kg.cli import cli\n"
        "from kg.extract import extract\n"
        "from kg.text import load_article\n"
        "assert CliRunner().invoke(cli, ['--help']).exit_code == 0\n"
        f"extract(load_article({str(sample_article_path())!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- the kg command -------------------------------------------------------------------------


def test_html_kg_extract_reads_the_page(kg) -> None:
    done = kg("extract", str(LANTERN), "--format", "jsonl")
    assert (done.code, done.err) == (0, "")
    facts = [json.loads(line) for line in done.out.splitlines()]
    found = {(f["subject"], f["predicate"], f["object"], f["source"]) for f in facts}
    assert {
        ("Ines Volkova", "directed", "The Lantern Keeper", LANTERN.name),
        (
            "Ines Volkova",
            "said",
            "I wanted the sea to be the loudest character in every scene",
            LANTERN.name,
        ),
    } <= found
    text = load_article(LANTERN).text
    assert all(text[f["start"] : f["end"]] in f["evidence"] for f in facts)


def test_html_kg_extract_reads_a_page_piped_to_stdin(kg) -> None:
    """``curl ... | kg extract -`` has no file name: the page is told apart by its content."""
    done = kg("extract", "-", "--format", "jsonl", input=LANTERN.read_bytes())
    assert (done.code, done.err) == (0, "")
    facts = [json.loads(line) for line in done.out.splitlines()]
    found = {(f["subject"], f["predicate"], f["object"]) for f in facts}
    assert ("Ines Volkova", "directed", "The Lantern Keeper") in found
    assert not any("<" in f["evidence"] for f in facts)  # no markup read as text
    assert {f["source"] for f in facts} == {"<stdin>"}


@pytest.mark.parametrize(
    ("data", "is_page"),
    [
        pytest.param(b"<!DOCTYPE html>\n<html lang=en>", True, id="doctype"),
        pytest.param(b"\xef\xbb\xbf  <HTML>\n<head>", True, id="bom-and-upper-case"),
        pytest.param(b"<!-- saved from url -->\n<html>", True, id="comment-first"),
        pytest.param(b"Ana Ruiz writes <html> in her scripts.", False, id="tag-inside-text"),
        pytest.param(b"<htmlish> is not a page", False, id="not-the-html-tag"),
        pytest.param(b"Night Tide\n\nAna Ruiz directed it.", False, id="plain-text"),
    ],
)
def test_html_pages_are_told_from_text_by_content(data: bytes, is_page: bool) -> None:
    assert looks_like_html(data) is is_page


ARTICLE_METADATA = """
SELECT ?file ?title ?date WHERE {
  ?article a kg:Article ; kg:fileName ?file .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article schema:datePublished ?date }
} ORDER BY ?file
"""


def test_html_kg_build_stores_text_and_html_with_metadata(kg, store_path, tmp_path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(LANTERN, folder)
    shutil.copy(FRONTIER, folder / "quiet-frontier-interview.htm")
    (folder / "night-tide.txt").write_text(
        'Ana Ruiz Returns\n\nAna Ruiz directed "Night Tide".\n', encoding="utf-8"
    )
    done = kg("build", str(folder))
    assert (done.code, done.err) == (0, "")
    assert [line.split(":")[0] for line in done.out.splitlines()[:3]] == [
        "added lantern-keeper-review.html",
        "added night-tide.txt",
        "added quiet-frontier-interview.htm",
    ]
    query = kg("query", ARTICLE_METADATA, "--format", "csv")
    assert query.code == 0, query.err
    assert list(csv.reader(io.StringIO(query.out)))[1:] == [
        [LANTERN.name, "Ines Volkova Takes 'The Lantern Keeper' Out to Sea", "2023-03-14"],
        ["night-tide.txt", "Ana Ruiz Returns", ""],
        [
            "quiet-frontier-interview.htm",
            "Marguerite Oyelaran on Making 'The Quiet Frontier'",
            "2022-11-02",
        ],
    ]
    with open_store(store_path) as store:
        [row] = store.select(
            "SELECT ?type WHERE { ?a kg:fileName 'lantern-keeper-review.html' ; "
            "schema:datePublished ?d . BIND(datatype(?d) AS ?type) }",
            prefixes=PREFIXES,
        )
    assert str(row["type"].value).endswith("#date")
    directed = kg("query", "ASK { ?p rdfs:label 'Ines Volkova' ; kg:directed ?f }")
    assert directed.out.strip() == "true"


def test_html_kg_build_reports_bad_pages_and_stores_the_rest(kg, store_path, tmp_path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(LANTERN, folder)
    shutil.copy(CHROME_ONLY, folder)
    (folder / "empty.html").write_bytes(b"")
    (folder / "image.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "night-tide.txt").write_text('Ana Ruiz directed "Night Tide".\n', encoding="utf-8")
    done = kg("build", str(folder))
    assert done.code == 1
    assert done.err_lines == [
        f"Error: {folder / 'chrome-only.html'}: {NO_TEXT}",
        f"Error: {folder / 'empty.html'}: file is empty",
        f"Error: {folder / 'image.htm'}: file is binary, not text",
    ]
    with open_store(store_path) as store:
        assert sorted(store.named_graphs()) == [
            "https://w3id.org/film-kg/article/lantern-keeper-review-html",
            "https://w3id.org/film-kg/article/night-tide-txt",
        ]


@pytest.mark.parametrize(("name", "data", "problem"), BAD_PAGES[:3] + BAD_PAGES[5:6])
def test_html_kg_extract_bad_page_is_one_line(kg, tmp_path, name, data, problem) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    done = kg("extract", str(path), str(LANTERN))
    assert (done.code, done.err_lines) == (1, [f"Error: {path}: {problem}"])
    assert LANTERN.name in done.out
