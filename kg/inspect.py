"""Look inside the store: everything known about one entity (``kg show``) and counts (``kg stats``).

Both read the store with SPARQL only (no networkx). Names are resolved in Python by
:func:`kg.paths.resolve`; the resolved IRI, which came from the store, is the only term written
into a query, as an escaped N-Triples IRI.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.link import ambiguous_names
from kg.paths import (
    ASSERTION_FIELDS,
    ENTITY_CLASSES,
    LIGHT_PREFIXES,
    EntityNode,
    Evidence,
    load_entities,
    relation_name,
    resolve,
)

if TYPE_CHECKING:
    from kg.store import GraphStore

__all__ = ["EntityReport", "Fact", "Stats", "show", "stats"]


# --- show -----------------------------------------------------------------------------------


@dataclass
class Fact:
    """One fact the entity takes part in, as ``subject relation object`` with its evidence."""

    subject: EntityNode
    predicate: str
    relation: str
    object: EntityNode | None
    quote: str | None = None
    outlet: str | None = None
    character: EntityNode | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def sentence(self) -> str:
        """``Danny Trejo starred in Desperado as Navajas`` / ``X said "..." (to The Wrap)``."""
        if self.quote is not None:
            to = f" (to {self.outlet})" if self.outlet else ""
            return f'{self.subject.label} {self.relation} "{self.quote}"{to}'
        obj = self.object.label if self.object else "?"
        role = f" as {self.character.label}" if self.character else ""
        return f"{self.subject.label} {self.relation} {obj}{role}"

    def to_json(self) -> dict[str, Any]:
        """The fact as a JSON object."""
        return {
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "relation": self.relation,
            "object": self.object.to_json() if self.object else None,
            "quote": self.quote,
            "outlet": self.outlet,
            "character": self.character.to_json() if self.character else None,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass
class EntityReport:
    """Everything the store knows about one entity."""

    entity: EntityNode
    attributes: dict[str, list[str]]
    articles: list[str]
    facts: list[Fact]
    relations: list[tuple[EntityNode, str, EntityNode]]

    def render(self) -> str:
        """Readable text: the entity, its attributes, sources, facts with evidence."""
        e = self.entity
        lines = [f"{e.label} ({e.type})", f"  {e.iri}"]
        for name, values in self.attributes.items():
            lines.append(f"  {name}: {', '.join(values)}")
        lines.append(f"  mentioned in: {', '.join(self.articles) or '-'}")
        lines.append("")
        lines.append(f"Facts ({len(self.facts)}):")
        for fact in self.facts:
            lines.append(f"  {fact.sentence()}")
            for ev in fact.evidence:
                lines.append(f"    {ev.cite()}: {ev.sentence}")
        if not self.facts:
            lines.append("  (none)")
        if self.relations:
            lines.append("")
            lines.append("Other relations (no evidence recorded):")
            for s, rel, o in self.relations:
                lines.append(f"  {s.label} {rel} {o.label}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON object."""
        return {
            "entity": self.entity.to_json(),
            "attributes": self.attributes,
            "articles": self.articles,
            "facts": [f.to_json() for f in self.facts],
            "relations": [
                {"subject": s.to_json(), "relation": r, "object": o.to_json()}
                for s, r, o in self.relations
            ],
        }


def _prefixes() -> dict[str, str]:
    return LIGHT_PREFIXES


_FACTS = (
    """
SELECT ?a ?s ?p ?o ?c ?ev ?art ?file ?idx ?rule ?conf ?text ?outlet WHERE {
  VALUES ?e { %s }
  { ?a rdf:subject ?e } UNION { ?a rdf:object ?e } UNION { ?a kg:character ?e }"""
    + ASSERTION_FIELDS
    + """
  OPTIONAL { ?o kg:text ?text OPTIONAL { ?o kg:outlet/rdfs:label ?outlet } }
}
ORDER BY ?file ?idx ?p"""
)

_ARTICLES = """
SELECT DISTINCT ?g ?file WHERE {
  GRAPH ?g { %s rdfs:label ?label }
  OPTIONAL { GRAPH ?g { ?g kg:fileName ?file } }
}"""

_ATTRIBUTES = """
SELECT DISTINCT ?p ?v WHERE {
  %s ?p ?v .
  FILTER (isLiteral(?v) && ?p != rdfs:label)
}"""

_RELATIONS = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?e { %s }
  { ?e ?p ?o . BIND (?e AS ?s) } UNION { ?s ?p ?e . BIND (?e AS ?o) }
  FILTER (?p != rdf:type && isIRI(?s) && isIRI(?o))
}"""


def show(store: GraphStore, name: str) -> EntityReport:
    """Everything known about the entity ``name`` (resolved as by ``kg path``).

    Raises:
        UnknownEntity, AmbiguousEntity: when the name does not pick out one entity.
    """
    import pyoxigraph as ox

    entities = load_entities(store)
    entity = resolve(name, entities)
    by_iri = _distinct_names(entities)
    term = str(ox.NamedNode(entity.iri))
    prefixes = _prefixes()

    facts: dict[tuple[str, ...], Fact] = {}
    covered: set[tuple[str, str]] = set()
    for row in store.select(_FACTS % term, prefixes=prefixes):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        c = row["c"].value if "c" in row else None
        if s not in by_iri:
            continue
        key = (s, p, o, c or "")
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = Fact(
                subject=by_iri[s],
                predicate=p,
                relation=relation_name(p),
                object=by_iri.get(o),
                quote=row["text"].value if "text" in row else None,
                outlet=row["outlet"].value if "outlet" in row else None,
                character=by_iri.get(c) if c else None,
            )
        members = [s, o] + ([c] if c else [])
        covered.update((a, b) for a in members for b in members)
        if "ev" in row:
            _add_evidence(fact.evidence, row)

    relations = []
    for row in store.select(_RELATIONS % term, prefixes=prefixes):
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        if s in by_iri and o in by_iri and (s, o) not in covered:
            relations.append((by_iri[s], relation_name(p), by_iri[o]))

    attributes: dict[str, list[str]] = defaultdict(list)
    for row in store.select(_ATTRIBUTES % term, prefixes=prefixes):
        attributes[relation_name(row["p"].value)].append(row["v"].value)

    articles = sorted(
        row["file"].value if "file" in row else row["g"].value
        for row in store.select(_ARTICLES % term, prefixes=prefixes)
    )
    return EntityReport(entity, dict(attributes), articles, list(facts.values()), relations)


def _distinct_names(entities: list[EntityNode]) -> dict[str, EntityNode]:
    """IRI -> entity, labels shared by several entities made distinct: ``Desperado (Film)``."""
    counts: dict[str, int] = defaultdict(int)
    for e in entities:
        counts[e.label] += 1
    return {
        e.iri: EntityNode(e.iri, e.display, e.type) if counts[e.label] > 1 else e for e in entities
    }


def _add_evidence(items: list[Evidence], row: dict[str, Any]) -> None:
    article = row["art"].value if "art" in row else ""
    ev = Evidence(
        sentence=row["ev"].value,
        source=row["file"].value if "file" in row else article.rsplit("/", 1)[-1],
        article=article,
        sentence_index=int(row["idx"].value) if "idx" in row else None,
        rule=row["rule"].value if "rule" in row else None,
        confidence=float(row["conf"].value) if "conf" in row else None,
    )
    if ev not in items:
        items.append(ev)


# --- stats ----------------------------------------------------------------------------------


@dataclass
class Stats:
    """Counts over the whole store."""

    articles: int
    graphs: int
    quads: int
    triples: int
    entities: dict[str, int]
    facts: dict[str, int]
    quotes: int
    ambiguous: list[str] = field(default_factory=list)

    def render(self) -> str:
        """Readable text, one count a line."""
        width = max(len(k) for k in [*self.entities, *self.facts, "entities"]) + 2
        lines = [
            f"articles  {self.articles}",
            f"triples   {self.triples} in the merged graph "
            f"({self.quads} in {self.graphs} article graph{'s' if self.graphs != 1 else ''})",
            f"entities  {sum(self.entities.values())}",
        ]
        lines.extend(f"  {k.ljust(width)}{v:>6}" for k, v in self.entities.items())
        lines.append(f"facts     {sum(self.facts.values())}")
        lines.extend(f"  {k.ljust(width)}{v:>6}" for k, v in self.facts.items())
        lines.append(f"quotes    {self.quotes}")
        if self.ambiguous:
            lines.append(
                f"ambiguous {len(self.ambiguous)} lone name(s) fitting several people, kept "
                f"apart: {', '.join(self.ambiguous)}"
            )
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The counts as a JSON object."""
        return {
            "articles": self.articles,
            "graphs": self.graphs,
            "quads": self.quads,
            "triples": self.triples,
            "entities": self.entities,
            "facts": self.facts,
            "quotes": self.quotes,
            "ambiguous": self.ambiguous,
        }


def stats(store: GraphStore) -> Stats:
    """Count articles, triples, entities per type, facts per predicate and quotes."""
    prefixes = _prefixes()

    def count(query: str) -> int:
        rows = store.select(query, prefixes=prefixes)
        return int(rows[0]["n"].value) if rows else 0

    types = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
    entity_rows = store.select(
        f"SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?t {{ {types} }} ?e a ?t }} "
        "GROUP BY ?t",
        prefixes=prefixes,
    )
    per_type = {row["t"].value.rsplit("#", 1)[-1]: int(row["n"].value) for row in entity_rows}
    fact_rows = store.select(
        "SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Assertion ; rdf:predicate ?p } "
        "GROUP BY ?p",
        prefixes=prefixes,
    )
    per_predicate = {relation_name(row["p"].value): int(row["n"].value) for row in fact_rows}
    return Stats(
        articles=count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }"),
        graphs=len(store.named_graphs()),
        quads=count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
        triples=count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        entities={c: per_type[c] for c in ENTITY_CLASSES if per_type.get(c)},
        facts=dict(sorted(per_predicate.items(), key=lambda kv: (-kv[1], kv[0]))),
        quotes=count("SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q a kg:Quote }"),
        ambiguous=ambiguous_names(
            row["l"].value
            for row in store.select(
                "SELECT DISTINCT ?l WHERE { ?e a kg:Person ; rdfs:label ?l }", prefixes=prefixes
            )
        ),
    )
