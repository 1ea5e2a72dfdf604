"""Property-based tests: on any text the extractor neither crashes nor hangs, and spans hold."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.types import Article

# Text made of film-news fragments, quotes and arbitrary Unicode, so rules actually fire.
FRAGMENTS = st.sampled_from(
    [
        '"',
        "'",
        "“",
        "”",
        " said",
        " told ",
        "Ana Ruiz",
        " Ruiz",
        " directed by ",
        " starring ",
        " as ",
        " the sequel, ",
        "(1999)",
        ", ",
        ". ",
        "\n\n",
        " he ",
        " she ",
        "Night Tide",
        " which ",
        " wrote",
        ":",
        " not ",
        " — ",
        "’s ",
        " the director",
        " Pictures",
        " released by ",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extract_spans_lie_inside_source_and_evidence(text):
    for fact in extract(Article("p.txt", text)):
        assert 0 <= fact.start <= fact.end <= len(text)
        assert text[fact.start : fact.end] in fact.evidence
        assert 0.0 < fact.confidence <= 1.0


@settings(max_examples=200, deadline=2000)
@given(st.text(max_size=400))
def test_extract_never_crashes_on_unicode(text):
    extract(Article("u.txt", text))
