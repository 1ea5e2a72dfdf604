"""What the extractor finds in a short text, as tuples that table tests can compare.

Shared by the extractor's table-test modules, so each states its cases, not the plumbing.
"""

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from kg.extract import extract
from kg.types import Article, Entity, Fact, Quote


def extracted(text: str) -> list[Fact]:
    """Every fact the extractor finds in ``text``, read as one article."""
    return extract(Article("t.txt", text))


def all_triples(text: str) -> set[tuple[str, str, str, str | None]]:
    """(subject, predicate, object, character) of every fact, speech included."""
    return {
        (
            f.subject.name,
            f.predicate.value,
            f.object_text,
            f.character.name if f.character else None,
        )
        for f in extracted(text)
    }


def triples(text: str) -> set[tuple[str, str, str, str | None]]:
    """(subject, predicate, object, character) of every fact but speech."""
    return {t for t in all_triples(text) if t[1] != "said"}


def said(text: str) -> set[tuple[str, str]]:
    """(speaker, quoted words) of every speech fact."""
    return {(f.subject.name, f.object.text) for f in extracted(text) if isinstance(f.object, Quote)}


def triples_with_year(text: str) -> set[tuple[str, str, str, int | None]]:
    """(subject, predicate, object, object's year) of every fact whose object is an entity."""
    return {
        (f.subject.name, f.predicate.value, f.object.name, f.object.year)
        for f in extracted(text)
        if isinstance(f.object, Entity)
    }


TripleCase = tuple[str, str, str, str | None]


def fact_table_tests(
    found: Sequence[Any], not_found: Sequence[Any]
) -> tuple[Callable[[str, TripleCase], None], Callable[[str, TripleCase], None]]:
    """``test_found`` and ``test_not_found`` over a module's two tables of (text, fact) cases.

    A table-test module binds them to those names (``test_found, test_not_found =
    fact_table_tests(FOUND, NOT_FOUND)``), so pytest collects them there, case ids and all.
    """

    @pytest.mark.parametrize(("text", "fact"), found)
    def test_found(text: str, fact: TripleCase) -> None:
        assert fact in triples(text)

    @pytest.mark.parametrize(("text", "fact"), not_found)
    def test_not_found(text: str, fact: TripleCase) -> None:
        assert fact not in triples(text)

    return test_found, test_not_found


def speaker_table_test(spoken: Sequence[Any]) -> Callable[[str, tuple[str, str]], None]:
    """``test_speaker`` over a table of (text, (speaker, quoted words)) cases."""

    @pytest.mark.parametrize(("text", "speech"), spoken)
    def test_speaker(text: str, speech: tuple[str, str]) -> None:
        assert speech in said(text)

    return test_speaker
