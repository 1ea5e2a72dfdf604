"""Quoted-span classification and capitalised-name spans."""

import pytest

from kg.extract.mentions import find_name_spans, find_quoted_spans, looks_like_title


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ('She loved "Paper Lanterns," a drama.', ["title"]),
        ('"It was cold," she said.', ["speech"]),
        ('The so-called "method" failed.', ["scare"]),
        ('He called it "cheap" and left.', ["speech"]),  # his word, however short
        ('Lt. Ray "Hawk" Dunn flew.', ["nickname"]),
        ('"Go," she said. "Now."', ["speech", "speech"]),
        ("'Night Tide' Gets a Sequel\n\nIt opens.", ["title"]),
        ('He wrote in his memoir, "Long Roads Home."', ["title"]),
    ],
)
def test_quoted_spans_classified(text, kinds):
    assert [q.kind for q in find_quoted_spans(text)] == kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Then Ana de Souza met Kai Dorn.", ["Ana de Souza", "Kai Dorn"]),
        ("Robert Vance Jr. and J. Mora spoke.", ["Robert Vance Jr.", "J. Mora"]),
        ("It starred Maya Lin. Kai Dorn directed.", ["Maya Lin", "Kai Dorn"]),
        ("Although Dorn's film failed, Lin shone.", ["Dorn", "Lin"]),
    ],
)
def test_name_spans(text, names):
    assert [n.text for n in find_name_spans(text, 0, len(text), [])] == names


def test_title_shape():
    assert looks_like_title("The Book of Lost Things,")
    assert not looks_like_title("we were young and it was cold")
