"""Loading articles (every kind of bad input) and splitting sentences."""

import pytest

from kg.errors import BadArticle, NoArticles
from kg.text import collect_article_paths, load_article, sample_article_path, split_sentences


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "file is empty"),
        (b"   \n\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "file is binary, not text"),
        ("Caf\u00e9 news".encode("latin-1"), "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
    ],
)
def test_load_article_rejects_bad_files(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BadArticle) as err:
        load_article(path)
    assert str(err.value) == f"{path}: {problem}"


def test_load_article_missing_file(tmp_path):
    with pytest.raises(BadArticle, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_load_article_normalises_newlines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\r\n\r\nBody text.\r\n")
    article = load_article(path)
    assert article.text == "Headline\n\nBody text.\n"
    assert article.title == "Headline"
    assert article.name == "a.txt"


def test_sample_article_is_bundled():
    assert load_article(sample_article_path()).name == "desperado-rodriguez.txt"


def test_collect_article_paths_rejects_empty_directory(tmp_path):
    (tmp_path / "notes.md").write_text("not an article")
    with pytest.raises(NoArticles, match="holds no article files"):
        collect_article_paths([tmp_path])


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        (
            "Mr. Vance met Dr. Ruiz. Then J. R. Mora came.",
            ["Mr. Vance met Dr. Ruiz.", "Then J. R. Mora came."],
        ),
        ('"Go home," he said. "Now."', ['"Go home," he said.', '"Now."']),
        ("Headline Here\n\nBody one. Body two.", ["Headline Here", "Body one.", "Body two."]),
        ("It grossed $5.2 million. Fine.", ["It grossed $5.2 million.", "Fine."]),
        ("It read \"DON'T SAY NO.\" She didn't.", ['It read "DON\'T SAY NO."', "She didn't."]),
        (
            "It ranked No. 5 that week. Then it fell.",
            ["It ranked No. 5 that week.", "Then it fell."],
        ),
        ("She didn't. The script won.", ["She didn't.", "The script won."]),
    ],
)
def test_split_sentences(text, sentences):
    out = split_sentences(text)
    assert [s.text for s in out] == sentences
    assert all(text[s.start : s.end] == s.text for s in out)
