"""Link a new article's entities to the ones the store already holds.

The step between extraction and RDF: text -> facts -> *linked facts* -> RDF -> store. The
extractor reads one article alone, so a later article that says only "Hayek" yields a person
named "Hayek"; here that name meets the graph:

* a person named by a lone surname or first name becomes the one stored person that name fits
  ("Hayek" -> "Salma Hayek"); with several candidates it stays as written, a separate entity
  that ``kg stats`` counts as ambiguous;
* a film whose title the store already holds: an undated mention joins the one stored film of
  that title; a dated one joins the stored film of its year, and when the store holds the title
  only with other years it becomes a new film, qualified by its year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.types import Entity, EntityType, Fact

if TYPE_CHECKING:
    from kg.store import GraphStore

__all__ = ["KnownEntities", "ambiguous_names", "link_facts", "name_parts"]

_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

_KNOWN_QUERY = """
SELECT ?e ?type ?label ?year WHERE {
  VALUES ?type { kg:Person kg:Film }
  ?e a ?type ; rdfs:label ?label .
  OPTIONAL { ?e kg:year ?year }
}"""


def name_parts(full: str) -> set[str]:
    """The single words a person may be called by alone: first name and surname.

    >>> sorted(name_parts("Robert Downey Jr."))
    ['Downey', 'Robert']
    """
    words = [w for w in full.split() if w.lower() not in _SUFFIXES]
    return {words[0], words[-1]} if len(words) >= 2 else set()


@dataclass
class KnownEntities:
    """The people and films a store holds, indexed for linking."""

    people_by_part: dict[str, set[str]] = field(default_factory=dict)
    films_by_title: dict[str, set[Entity]] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: GraphStore) -> KnownEntities:
        """Read every stored person and film (one SPARQL query)."""
        from kg.entities import entity_iri
        from kg.vocab import PREFIXES

        known = cls()
        for row in store.select(_KNOWN_QUERY, prefixes=PREFIXES):
            label = row["label"].value
            if row["type"].value.endswith("#Person"):
                known.add_person(label)
                continue
            year = int(row["year"].value[:4]) if row.get("year") is not None else None
            film = Entity(label, EntityType.FILM, year)
            qualified = replace(film, qualifier=str(year)) if year else None
            if qualified and str(entity_iri(qualified)) == row["e"].value:
                film = qualified
            known.add_film(film)
        return known

    def add_person(self, full: str) -> None:
        """Index a person's full name under its first name and surname."""
        for part in name_parts(full):
            self.people_by_part.setdefault(part, set()).add(full)

    def add_film(self, film: Entity) -> None:
        """Index a film under its title."""
        self.films_by_title.setdefault(film.name.casefold(), set()).add(film)

    def add_facts(self, facts: Iterable[Fact]) -> None:
        """Remember the people and films of facts just stored."""
        for fact in facts:
            for entity in _entities(fact):
                if entity.type == EntityType.PERSON and " " in entity.name:
                    self.add_person(entity.name)
                elif entity.type == EntityType.FILM:
                    self.add_film(entity)

    def person(self, name: str) -> Entity | None:
        """The one stored person a lone name fits, or None (no match, or several)."""
        candidates = self.people_by_part.get(name, set())
        if len(candidates) == 1:
            return Entity(next(iter(candidates)), EntityType.PERSON)
        return None

    def film(self, film: Entity) -> Entity:
        """The stored film this mention names, or the mention (qualified when it must be)."""
        stored = self.films_by_title.get(film.name.casefold(), set())
        if not stored:
            return film
        if film.year is not None:
            same_year = [f for f in stored if f.year == film.year]
            if same_year:
                return same_year[0]
            if all(f.year is not None for f in stored):
                return replace(film, qualifier=str(film.year))
            return replace(film, qualifier=None)
        return next(iter(stored)) if len(stored) == 1 else film


def link_facts(facts: Sequence[Fact], known: KnownEntities) -> list[Fact]:
    """The facts with lone surnames and film titles linked to what the store holds."""
    return [_link_fact(fact, known) for fact in facts]


def _link_fact(fact: Fact, known: KnownEntities) -> Fact:
    subject = _link(fact.subject, known)
    obj = _link(fact.object, known) if isinstance(fact.object, Entity) else fact.object
    if subject is fact.subject and obj is fact.object:
        return fact
    return replace(fact, subject=subject, object=obj)


def _link(entity: Entity, known: KnownEntities) -> Entity:
    if entity.type == EntityType.PERSON and " " not in entity.name:
        return known.person(entity.name) or entity
    if entity.type == EntityType.FILM:
        linked = known.film(entity)
        return entity if linked == entity else linked
    return entity


def _entities(fact: Fact) -> list[Entity]:
    out = [fact.subject]
    if isinstance(fact.object, Entity):
        out.append(fact.object)
    return out


def ambiguous_names(labels: Iterable[str]) -> list[str]:
    """Lone person names that fit several full names among ``labels`` (kept apart, counted).

    >>> ambiguous_names(["Ana Ruiz", "Leo Ruiz", "Ruiz", "Kai Dorn", "Dorn"])
    ['Ruiz']
    """
    labels = list(labels)
    known = KnownEntities()
    for label in labels:
        if " " in label:
            known.add_person(label)
    return sorted(
        label
        for label in set(labels)
        if " " not in label and len(known.people_by_part.get(label, ())) > 1
    )
