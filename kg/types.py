"""Typed values passed between the pipeline's stages.

Data flows one way: text -> :class:`Article` -> :class:`Sentence` -> :class:`Mention` ->
:class:`Fact` -> RDF. Every value here is frozen, so a stage can never change what an earlier
stage produced. This module imports no other kg module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "CORE_PREDICATES",
    "EXTENDED_PREDICATES",
    "Article",
    "Entity",
    "EntityType",
    "Fact",
    "Mention",
    "Predicate",
    "Quote",
    "Sentence",
]


class EntityType(StrEnum):
    """The kinds of entity film-kg knows; values are the ontology's class local names."""

    PERSON = "Person"
    FILM = "Film"
    FILM_SERIES = "FilmSeries"
    TV_SERIES = "TVSeries"
    CHARACTER = "Character"
    ORGANIZATION = "Organization"


class Predicate(StrEnum):
    """Fact predicates, snake_case as in ``kg extract`` output and the gold files."""

    DIRECTED = "directed"
    STARRED_IN = "starred_in"
    SEQUEL_OF = "sequel_of"
    SAID = "said"
    WROTE = "wrote"
    PRODUCED = "produced"
    EDITED = "edited"
    SHOT = "shot"
    SHOWRUNNER_OF = "showrunner_of"
    REBOOT_OF = "reboot_of"
    REMAKE_OF = "remake_of"
    DISTRIBUTED_BY = "distributed_by"

    @property
    def local_name(self) -> str:
        """The ontology property's local name (camelCase), e.g. ``starredIn``."""
        head, *rest = self.value.split("_")
        return head + "".join(part.capitalize() for part in rest)


CORE_PREDICATES = frozenset(
    {Predicate.DIRECTED, Predicate.STARRED_IN, Predicate.SEQUEL_OF, Predicate.SAID}
)
EXTENDED_PREDICATES = frozenset(set(Predicate) - CORE_PREDICATES)


@dataclass(frozen=True, slots=True)
class Article:
    """One article's text and where it came from.

    Attributes:
        name: the file name (``desperado-rodriguez.txt``), or ``<stdin>``; facts cite it as source.
        text: the full text, offsets in facts index into it.
        title: the headline (first non-empty line) when there is one.
        date: publication date when known (ISO 8601), e.g. from an HTML page.
    """

    name: str
    text: str
    title: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or headline) of an article with its character span in the article text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing with its canonical name, e.g. ``Entity("Robert Rodriguez", PERSON)``.

    ``qualifier`` tells apart two things of one name and type (two films called "Heat": the
    year) and becomes part of the IRI; it stays ``None`` whenever the name alone is unique.
    """

    name: str
    type: EntityType
    year: int | None = None
    qualifier: str | None = None

    @property
    def display_name(self) -> str:
        """The name a reader can tell apart: ``Heat (1995)`` when a qualifier is needed.

        >>> Entity("Heat", EntityType.FILM, 1995, "1995").display_name
        'Heat (1995)'
        """
        return f"{self.name} ({self.qualifier})" if self.qualifier else self.name


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that refers to an entity (a name, a short name, a pronoun, a role noun).

    ``entity`` is the resolved referent; ``surface`` is the text as written.
    """

    start: int
    end: int
    surface: str
    entity: Entity
    kind: str = "name"  # name | short | pronoun | nominal


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the words inside the quotation marks and the outlet, when named."""

    text: str
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact with its evidence.

    ``object`` is an :class:`Entity`, except for ``said`` where it is the :class:`Quote`.
    ``start``/``end`` are character offsets into the article text of the span the rule read;
    they always lie inside the evidence sentence.
    """

    subject: Entity
    predicate: Predicate
    object: Entity | Quote
    source: str
    sentence: int
    start: int
    end: int
    evidence: str
    rule: str
    confidence: float
    character: Entity | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def object_text(self) -> str:
        """The object's canonical name, or for ``said`` the quoted words."""
        return self.object.text if isinstance(self.object, Quote) else self.object.display_name

    def to_json(self) -> dict[str, object]:
        """The fact as ``kg extract --format jsonl`` prints it (a fixed set of keys)."""
        return {
            "subject": self.subject.display_name,
            "predicate": self.predicate.value,
            "object": self.object_text,
            "character": self.character.name if self.character else None,
            "source": self.source,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "evidence": self.evidence,
            "rule": self.rule,
            "confidence": self.confidence,
        }
