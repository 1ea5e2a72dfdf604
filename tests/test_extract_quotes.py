"""Table tests for quote attribution, with invented speakers and outlets."""

import pytest

from kg.extract import extract
from kg.types import Article, Quote


def said(text: str) -> list[tuple[str, str, str | None]]:
    facts = extract(Article("t.txt", text))
    return [
        (f.subject.name, f.object.text, f.object.outlet)
        for f in facts
        if isinstance(f.object, Quote)
    ]


CASES = [
    # quote, then speaker and verb
    (
        'Lena Fisk is back. "I missed the noise," Fisk said.',
        [("Lena Fisk", "I missed the noise", None)],
    ),
    # quote, then verb and speaker
    (
        'Lena Fisk is back. "I missed the noise," said Fisk.',
        [("Lena Fisk", "I missed the noise", None)],
    ),
    # speaker and verb, then the quote after a colon
    (
        'Lena Fisk put it plainly: "Nobody wanted this film."',
        [("Lena Fisk", "Nobody wanted this film.", None)],
    ),
    # pronoun speaker resolved to the earlier subject
    (
        'Omar Quist sat down. "It was a long shoot," he said.',
        [("Omar Quist", "It was a long shoot", None)],
    ),
    # role noun resolved to the person seen directing
    (
        '"Night Tide" was directed by Ana Ruiz. "We shot it in a week," the director said.',
        [("Ana Ruiz", "We shot it in a week", None)],
    ),
    # split quote: the second part continues the first speaker
    (
        'Ana Ruiz laughed. "It was hard," Ruiz said. "But we finished."',
        [("Ana Ruiz", "It was hard", None), ("Ana Ruiz", "But we finished.", None)],
    ),
    # told OUTLET
    (
        'Ana Ruiz spoke briefly. "I am tired," Ruiz told The Daily Lantern.',
        [("Ana Ruiz", "I am tired", "The Daily Lantern")],
    ),
    # nested single quotes stay inside the quote
    (
        "Ana Ruiz grinned. \"He said, 'Go home,' and left,\" Ruiz said.",
        [("Ana Ruiz", "He said, 'Go home,' and left", None)],
    ),
    # a quoted title is not speech; neither is a scare quote
    ('Ana Ruiz made "Night Tide" in a so-called "guerrilla" style.', []),
    # a paragraph that is only a quote continues the previous speaker
    (
        'Ana Ruiz was candid. "It nearly broke me," Ruiz said.\n\n"I would do it again tomorrow."',
        [
            ("Ana Ruiz", "It nearly broke me", None),
            ("Ana Ruiz", "I would do it again tomorrow.", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_attributed(text, expected):
    assert said(text) == expected


def test_quotes_outside_quotation_marks_are_never_facts():
    text = "Ana Ruiz said the shoot was long and that she would do it again."
    assert said(text) == []


def test_quotes_span_covers_the_quoted_words():
    text = 'Ana Ruiz was candid. "It nearly broke me," Ruiz said.'
    fact = next(f for f in extract(Article("t.txt", text)) if isinstance(f.object, Quote))
    assert text[fact.start : fact.end].startswith("It nearly broke me")
    assert text[fact.start : fact.end] in fact.evidence
