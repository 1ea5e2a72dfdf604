"""Entity names and paths: the networkx mirror of the entity graph.

The mirror holds entities (people, films, series, characters, organisations) and the relations
between them, nothing else: no article, quote, assertion or performance node (a shared article
node would put everything two hops apart) and no ``rdf:type`` edge. It is a
:class:`networkx.MultiDiGraph` with the predicate IRI as edge key, as in rdflib's
``extras/external_graph_libs``; each edge keeps its relation name (the property's ``rdfs:label``
in the ontology) and the evidence sentences of the facts behind it.

Names are resolved in Python against the entity list read from the store, never pasted into
SPARQL, so a name can hold any characters. networkx is imported only when a mirror is built.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.errors import AmbiguousEntity, KgError, NoPath, UnknownEntity

if TYPE_CHECKING:
    import networkx as nx

    from kg.store import GraphStore

__all__ = [
    "ENTITY_CLASSES",
    "LIGHT_PREFIXES",
    "Edge",
    "EntityGraph",
    "EntityNode",
    "Evidence",
    "Path",
    "Resolver",
    "find_paths",
    "load_entities",
    "relation_labels",
    "render_paths",
    "resolve",
]

#: Local names of the ontology classes whose instances are nodes of the entity graph.
ENTITY_CLASSES = ("Person", "Film", "FilmSeries", "TVSeries", "Character", "Organization")

_MAX_PATHS = 50


# --- values ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityNode:
    """An entity of the graph: its IRI, label and class local name (``Person``, ``Film``...)."""

    iri: str
    label: str
    type: str

    @property
    def display(self) -> str:
        """``Label (Type)``, the form candidates are listed in (and accepted back)."""
        return f"{self.label} ({self.type})"

    def to_json(self) -> dict[str, str]:
        """The entity as a JSON object."""
        return {"iri": self.iri, "label": self.label, "type": self.type}


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact was read from, and where."""

    sentence: str
    source: str
    article: str = ""
    sentence_index: int | None = None
    rule: str | None = None
    confidence: float | None = None

    def cite(self) -> str:
        """Where the sentence is: ``file.txt, sentence 3``."""
        where = f", sentence {self.sentence_index}" if self.sentence_index is not None else ""
        return f"{self.source}{where}"

    def to_json(self) -> dict[str, Any]:
        """The evidence as a JSON object."""
        return {
            "sentence": self.sentence,
            "source": self.source,
            "article": self.article,
            "sentence_index": self.sentence_index,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Edge:
    """One relation between two entities, as stated (subject -> object)."""

    subject: str
    predicate: str
    object: str
    relation: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Hop:
    """A step of a path from ``nodes[i]`` to ``nodes[i+1]``: the edges joining them."""

    edges: tuple[Edge, ...]
    forward: bool  # whether the first edge points along the path


@dataclass(frozen=True)
class Path:
    """A chain of entities joined by relations, e.g. Trejo -> Desperado <- Rodriguez."""

    nodes: tuple[EntityNode, ...]
    hops: tuple[Hop, ...] = field(default=())

    def chain(self) -> str:
        """``Danny Trejo -[starred in]-> Desperado <-[directed]- Robert Rodriguez``."""
        parts = [self.nodes[0].label]
        for hop, node in zip(self.hops, self.nodes[1:], strict=True):
            along = [e for e in hop.edges if e.object == node.iri]
            against = [e for e in hop.edges if e.object != node.iri]
            if along:
                parts.append(f"-[{_relations(along)}]-> {node.label}")
            else:
                parts.append(f"<-[{_relations(against)}]- {node.label}")
        return " ".join(parts)

    def render(self, labels: dict[str, str] | None = None) -> str:
        """The chain, then each edge with its evidence sentences."""
        labels = labels or {n.iri: n.label for n in self.nodes}
        lines = [self.chain()]
        for hop in self.hops:
            for edge in hop.edges:
                subject = labels.get(edge.subject, edge.subject)
                obj = labels.get(edge.object, edge.object)
                lines.append(f"  {subject} -[{edge.relation}]-> {obj}")
                lines.extend(f"    {ev.cite()}: {ev.sentence}" for ev in edge.evidence)
                if not edge.evidence:
                    lines.append("    (no evidence recorded)")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The path as a JSON object (nodes, then hops with their edges and evidence)."""
        hops = []
        for i, hop in enumerate(self.hops):
            hops.append(
                {
                    "from": self.nodes[i].iri,
                    "to": self.nodes[i + 1].iri,
                    "edges": [
                        {
                            "subject": e.subject,
                            "predicate": e.predicate,
                            "object": e.object,
                            "relation": e.relation,
                            "direction": "forward"
                            if e.subject == self.nodes[i].iri
                            else "backward",
                            "evidence": [ev.to_json() for ev in e.evidence],
                        }
                        for e in hop.edges
                    ],
                }
            )
        return {
            "text": self.chain(),
            "length": len(self.hops),
            "nodes": [n.to_json() for n in self.nodes],
            "hops": hops,
        }


def _direction(edge: Edge, start: str) -> str:
    return "forward" if edge.subject == start else "backward"


def _relations(edges: Sequence[Edge]) -> str:
    return ", ".join(dict.fromkeys(e.relation for e in edges))


# --- reading the store ----------------------------------------------------------------------


def _values(names: Iterable[str]) -> str:
    return " ".join(f"kg:{name}" for name in names)


_ENTITIES = f"""
SELECT ?e ?type ?label WHERE {{
  VALUES ?type {{ {_values(ENTITY_CLASSES)} }}
  ?e a ?type .
  OPTIONAL {{ ?e rdfs:label ?label }}
}}"""

_PREDICATES = "SELECT DISTINCT ?p WHERE { ?s ?p ?o }"

_EDGES = """
SELECT ?s ?p ?o WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
  FILTER (isIRI(?o) && ?s != ?o)
}"""

# The provenance of an assertion ?a, as kg/rdf.py writes it; shared with kg/inspect.py.
ASSERTION_FIELDS = """
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?a kg:evidence ?ev }
  OPTIONAL { ?a kg:character ?c }
  OPTIONAL { ?a kg:sentenceIndex ?idx }
  OPTIONAL { ?a kg:rule ?rule }
  OPTIONAL { ?a kg:confidence ?conf }
  OPTIONAL { ?a prov:wasDerivedFrom ?art OPTIONAL { ?art kg:fileName ?file } }"""

_EVIDENCE = (
    "SELECT ?s ?p ?o ?c ?ev ?art ?file ?idx ?rule ?conf WHERE {\n  %s" + ASSERTION_FIELDS + "\n}"
)

# Assertions that mention both entities of a pair (?x, ?y): as subject and object, or with the
# character of a cast fact (the evidence of the derived portrayed / characterIn edges).
_PAIRS = """VALUES (?x ?y) { %s }
  { ?a rdf:subject ?x ; rdf:object ?y } UNION { ?a rdf:subject ?x ; kg:character ?y }
  UNION { ?a kg:character ?x ; rdf:object ?y }"""

#: Namespaces whose properties never link two entities (types, labels, provenance, reification).
_NOT_RELATIONS = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/ns/prov#",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/2004/02/skos/core#",
)

#: The namespaces the path and show queries use, as plain strings: importing kg.vocab would
#: import rdflib (~0.15 s) into `kg path`, which needs only these. tests/test_paths.py checks
#: them against :data:`kg.vocab.PREFIXES`.
LIGHT_PREFIXES = {
    "kg": "https://w3id.org/film-kg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "prov": "http://www.w3.org/ns/prov#",
}


def _prefixes() -> dict[str, str]:
    return LIGHT_PREFIXES


def _kg(local: str) -> str:
    return LIGHT_PREFIXES["kg"] + local


def load_entities(store: GraphStore) -> list[EntityNode]:
    """Every entity in ``store``, sorted by label then IRI.

    An entity typed with several entity classes keeps the first in :data:`ENTITY_CLASSES`
    order; one without a label is named after the end of its IRI.
    """
    kg_ns = _kg("")
    found: dict[str, EntityNode] = {}
    for row in store.select(_ENTITIES, prefixes=_prefixes()):
        iri = row["e"].value
        kind = row["type"].value.removeprefix(kg_ns)
        label = row["label"].value if "label" in row else iri.rstrip("/").rsplit("/", 1)[-1]
        old = found.get(iri)
        if old is None or ENTITY_CLASSES.index(kind) < ENTITY_CLASSES.index(old.type):
            found[iri] = EntityNode(iri, label, kind)
        elif old.type == kind and label < old.label:
            found[iri] = EntityNode(iri, label, kind)
    return sorted(found.values(), key=lambda n: (n.label.casefold(), n.iri))


def load_evidence(
    store: GraphStore, pairs: Iterable[tuple[str, str]] | None = None
) -> dict[tuple[str, ...], list[Evidence]]:
    """Evidence of facts, keyed by ``(s, p, o)`` and by each unordered entity pair.

    The pair keys (sorted 2-tuples) cover the derived edges a fact adds beside itself
    (``portrayed``, ``characterIn``), which have no assertion of their own.

    Args:
        store: the store.
        pairs: only facts involving both entities of one of these pairs (fast); ``None`` reads
            the evidence of every fact in the store.
    """
    if pairs is None:
        where = ""
    else:
        import pyoxigraph as ox

        values = {
            f"({ox.NamedNode(x)} {ox.NamedNode(y)})" for a, b in pairs for x, y in ((a, b), (b, a))
        }
        if not values:
            return {}
        where = _PAIRS % " ".join(sorted(values))
    index: dict[tuple[str, ...], list[Evidence]] = defaultdict(list)
    for row in store.select(_EVIDENCE % where, prefixes=_prefixes()):
        if "ev" not in row:
            continue
        article = row["art"].value if "art" in row else ""
        ev = Evidence(
            sentence=row["ev"].value,
            source=row["file"].value if "file" in row else article.rsplit("/", 1)[-1],
            article=article,
            sentence_index=_int(row.get("idx")),
            rule=row["rule"].value if "rule" in row else None,
            confidence=_float(row.get("conf")),
        )
        s, p, o = row["s"].value, row["p"].value, row["o"].value
        _add_unique(index[(s, p, o)], ev)
        members = [s, o] + ([row["c"].value] if "c" in row else [])
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a != b:
                    _add_unique(index[tuple(sorted((a, b)))], ev)
    return index


def relation_predicates(store: GraphStore) -> list[str]:
    """The predicates in ``store`` that may link two entities.

    Every predicate in the store except those of standard vocabularies (rdf, rdfs, owl, prov,
    dcterms, skos) and the ontology's properties that do not point from an entity to an
    entity (``said``, ``speaker``, ``evidence``...). Reading only these triples keeps the mirror
    fast on large stores; a predicate the ontology does not know is kept.
    """
    skip = _non_entity_properties()
    found = []
    for row in store.select(_PREDICATES):
        p = row["p"].value
        if not p.startswith(_NOT_RELATIONS) and p not in skip:
            found.append(p)
    return sorted(found)


@cache
def _non_entity_properties() -> frozenset[str]:
    """Ontology properties whose domain or range is not an entity class (or that have none)."""
    kg_ns = LIGHT_PREFIXES["kg"]
    entity = {kg_ns + c for c in (*ENTITY_CLASSES, "Entity", "Work")}
    props = _ontology()
    return frozenset(
        p
        for p, (kind, domains, ranges) in props.items()
        if kind != "ObjectProperty" or not (domains and ranges) or not domains | ranges <= entity
    )


def _add_unique(items: list[Evidence], ev: Evidence) -> None:
    if all((e.sentence, e.article) != (ev.sentence, ev.article) for e in items):
        items.append(ev)


def _int(term: Any) -> int | None:
    try:
        return int(term.value) if term is not None else None
    except ValueError:
        return None


def _float(term: Any) -> float | None:
    try:
        return float(term.value) if term is not None else None
    except ValueError:
        return None


@cache
def _ontology_triples() -> tuple[Any, ...]:
    """The bundled ontology's triples, parsed with pyoxigraph (no rdflib needed)."""
    from importlib import resources

    import pyoxigraph as ox

    source = resources.files("kg.ontology") / "kg.ttl"
    try:
        data = source.read_bytes()
    except OSError:
        return ()
    return tuple(ox.parse(data, format=ox.RdfFormat.TURTLE))


def _ontology() -> dict[str, tuple[str, set[str], set[str]]]:
    """Property IRI -> (OWL kind local name, domains, ranges), from the ontology."""
    rdf_type = LIGHT_PREFIXES["rdf"] + "type"
    owl = "http://www.w3.org/2002/07/owl#"
    kinds = {owl + k: k for k in ("ObjectProperty", "DatatypeProperty", "AnnotationProperty")}
    domain, range_ = LIGHT_PREFIXES["rdfs"] + "domain", LIGHT_PREFIXES["rdfs"] + "range"
    props: dict[str, tuple[str, set[str], set[str]]] = {}
    for t in _ontology_triples():
        key = t.subject.value
        if t.predicate.value == rdf_type and t.object.value in kinds:
            old = props.get(key, ("", set(), set()))
            kind = old[0] or kinds[t.object.value]
            props[key] = (kind, old[1], old[2])
    for t in _ontology_triples():
        if t.subject.value in props and t.predicate.value in (domain, range_):
            props[t.subject.value][1 if t.predicate.value == domain else 2].add(t.object.value)
    return props


@cache
def relation_labels() -> dict[str, str]:
    """Property IRI -> English ``rdfs:label`` from the bundled ontology."""
    import pyoxigraph as ox

    rdfs_label = LIGHT_PREFIXES["rdfs"] + "label"
    labels: dict[str, str] = {}
    for triple in _ontology_triples():
        if triple.predicate.value != rdfs_label or not isinstance(triple.object, ox.Literal):
            continue
        key = triple.subject.value
        if triple.object.language in (None, "en") or key not in labels:
            labels[key] = triple.object.value
    return labels


@cache
def relation_name(predicate: str) -> str:
    """The relation's name: its ontology label, else its local name split into words.

    >>> relation_name("https://example.org/ns#showrunnerOf")
    'showrunner of'
    """
    label = relation_labels().get(predicate)
    if label:
        return label
    local = re.split(r"[#/]", predicate)[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").lower()


# --- name resolution ------------------------------------------------------------------------


def _norm(text: str) -> str:
    """A name ignoring case, accents and punctuation.

    >>> _norm("Spy Kids: Armágeddon")
    'spy kids armageddon'
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text.casefold()))


_WORD = re.compile(r"[^\W_]+")


class Resolver:
    """Names -> entities, with the indexes built once for many look-ups.

    Tried in order, the first step with any match decides: the IRI (bare or in ``<>``); the
    listed form ``Label (Type)``; the exact label (ignoring case, accents and punctuation); a
    surname (last word of a person's name); any run of whole words of a label.
    """

    def __init__(self, entities: Iterable[EntityNode]) -> None:
        self.entities = list(entities)
        self._iri: dict[str, EntityNode] = {}
        self._display: dict[str, list[EntityNode]] = defaultdict(list)
        self._label: dict[str, list[EntityNode]] = defaultdict(list)
        self._surname: dict[str, list[EntityNode]] = defaultdict(list)
        self._words: list[tuple[list[str], EntityNode]] = []
        for e in self.entities:
            words = _norm(e.label).split()
            self._iri[e.iri] = e
            self._display[e.display.casefold()].append(e)
            self._label[" ".join(words)].append(e)
            if e.type == "Person" and words:
                self._surname[words[-1]].append(e)
            self._words.append((words, e))

    def resolve(self, name: str) -> EntityNode:
        """Find the one entity ``name`` refers to.

        Raises:
            AmbiguousEntity: when the deciding step matches several entities (all are listed).
            UnknownEntity: when nothing matches (the nearest labels are suggested).
        """
        text = name.strip()
        iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
        query = _norm(text)
        words = query.split()
        if text:
            steps = [
                lambda: [self._iri[iri]] if iri in self._iri else [],
                lambda: self._display.get(text.casefold(), []),
                lambda: self._label.get(query, []) if query else [],
                lambda: self._surname.get(query, []) if len(words) == 1 else [],
                lambda: [e for w, e in self._words if _contains_run(w, words)],
            ]
            for step in steps:
                matches = step()
                if len(matches) == 1:
                    return matches[0]
                if matches:
                    raise AmbiguousEntity(name, sorted(e.display for e in matches))
        raise UnknownEntity(name, self._suggestions(query))

    def _suggestions(self, query: str) -> list[str]:
        if not query:
            return []
        by_key: dict[str, set[str]] = defaultdict(set)
        for words, e in self._words:
            by_key[" ".join(words)].add(e.label)
            for word in words:
                by_key[word].add(e.label)
        close = difflib.get_close_matches(query, list(by_key), n=5, cutoff=0.7)
        return list(dict.fromkeys(label for key in close for label in sorted(by_key[key])))[:5]


def resolve(name: str, entities: Sequence[EntityNode]) -> EntityNode:
    """Find the one entity ``name`` refers to (see :class:`Resolver` for the rules).

    Raises:
        AmbiguousEntity: when the deciding step matches several entities (all are listed).
        UnknownEntity: when nothing matches (the nearest labels are suggested).

    >>> people = [EntityNode("urn:x:1", "Robert Rodriguez", "Person"),
    ...           EntityNode("urn:x:2", "Danny Trejo", "Person")]
    >>> resolve("trejo", people).label
    'Danny Trejo'
    """
    return Resolver(entities).resolve(name)


def _contains_run(words: list[str], run: list[str]) -> bool:
    n = len(run)
    if n == 0 or n > len(words):
        return False
    if n == 1:
        return run[0] in words
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


# --- the mirror -----------------------------------------------------------------------------


class EntityGraph:
    """The networkx mirror of a store's entity graph.

    Attributes:
        graph: a ``MultiDiGraph``; nodes are entity IRIs (attributes ``label``, ``type``), edges
            point from subject to object, keyed by predicate IRI, with attributes
            ``predicate``, ``relation`` and ``evidence`` (a tuple of :class:`Evidence`).
        entities: IRI -> :class:`EntityNode`.
    """

    def __init__(self, entities: Sequence[EntityNode], edges: Iterable[Edge]) -> None:
        import networkx as nx

        self.entities = {e.iri: e for e in entities}
        self._resolver: Resolver | None = None
        self._plain: nx.Graph | None = None
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()
        for e in sorted(entities, key=lambda e: e.iri):
            self.graph.add_node(e.iri, label=e.label, type=e.type)
        for edge in sorted(edges, key=lambda e: (e.subject, e.predicate, e.object)):
            if edge.subject in self.entities and edge.object in self.entities:
                self.graph.add_edge(
                    edge.subject,
                    edge.object,
                    key=edge.predicate,
                    predicate=edge.predicate,
                    relation=edge.relation,
                    evidence=edge.evidence,
                )

    @classmethod
    def from_store(cls, store: GraphStore, *, evidence: bool = True) -> EntityGraph:
        """Read entities and entity-to-entity triples from ``store``.

        Args:
            store: the store.
            evidence: also read every fact's evidence onto its edges. Without it, edges carry
                no evidence until :meth:`with_evidence` fills in those of the paths found (much
                faster on a big store: this is what :func:`find_paths` does).
        """
        entities = load_entities(store)
        known = {e.iri for e in entities}
        index = load_evidence(store) if evidence else {}
        edges = []
        predicates = relation_predicates(store)
        if predicates:
            import pyoxigraph as ox

            values = " ".join(str(ox.NamedNode(p)) for p in predicates)
            for row in store.select(_EDGES % values):
                s, p, o = row["s"].value, row["p"].value, row["o"].value
                if s in known and o in known:
                    found = index.get((s, p, o)) or index.get(tuple(sorted((s, o)))) or []
                    edges.append(Edge(s, p, o, relation_name(p), tuple(found)))
        return cls(entities, edges)

    def with_evidence(self, store: GraphStore, paths: Sequence[Path]) -> list[Path]:
        """The same paths with the evidence of each of their edges read from ``store``."""
        pairs = {(e.subject, e.object) for p in paths for h in p.hops for e in h.edges}
        index = load_evidence(store, pairs)

        def fill(edge: Edge) -> Edge:
            found = index.get((edge.subject, edge.predicate, edge.object)) or index.get(
                tuple(sorted((edge.subject, edge.object)))
            )
            return Edge(
                edge.subject, edge.predicate, edge.object, edge.relation, tuple(found or ())
            )

        return [
            Path(p.nodes, tuple(Hop(tuple(map(fill, h.edges)), h.forward) for h in p.hops))
            for p in paths
        ]

    def resolve(self, name: str) -> EntityNode:
        """Resolve a name against this graph's entities (see :class:`Resolver`)."""
        if self._resolver is None:
            self._resolver = Resolver(self.entities.values())
        return self._resolver.resolve(name)

    def relations(self) -> list[str]:
        """The relation names used by the graph's edges, sorted."""
        return sorted({d["relation"] for _, _, d in self.graph.edges(data=True)})

    def paths(
        self,
        source: EntityNode,
        target: EntityNode,
        *,
        all_paths: bool = False,
        max_hops: int | None = None,
        via: Sequence[str] | None = None,
    ) -> list[Path]:
        """Shortest connections from ``source`` to ``target``, edges taken in either direction.

        Args:
            source: where the path starts.
            target: where it ends.
            all_paths: every shortest path (at most 50) instead of one.
            max_hops: refuse paths longer than this.
            via: only use relations with these names (``starred in`` or ``starredIn``).

        Raises:
            NoPath: when no path (within ``max_hops``, over ``via``) joins them.
            KgError: when ``via`` names a relation the graph does not have.
        """
        import networkx as nx

        if max_hops is not None and max_hops < 1:
            raise KgError(f"--max-hops must be at least 1, not {max_hops}")
        keep = self._relation_filter(via)
        view = self._undirected(keep)
        if source.iri == target.iri:
            return [Path((source,))]
        try:
            if all_paths:
                found = []
                for nodes in nx.all_shortest_paths(view, source.iri, target.iri):
                    found.append(nodes)
                    if len(found) >= _MAX_PATHS:
                        break
                found.sort()
            else:
                found = [nx.shortest_path(view, source.iri, target.iri)]
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            raise NoPath(_no_path(source, target, max_hops, via)) from None
        if max_hops is not None and len(found[0]) - 1 > max_hops:
            raise NoPath(_no_path(source, target, max_hops, via))
        return [self._path(nodes, keep) for nodes in found]

    def _relation_filter(self, via: Sequence[str] | None) -> set[str] | None:
        """The wanted relation keys of ``--via`` (``None``: all relations)."""
        if not via:
            return None
        wanted = {_rel_key(v) for v in via if v.strip()}
        have = {
            _rel_key(x)
            for _, _, k, d in self.graph.edges(keys=True, data=True)
            for x in (k, d["relation"])
        }
        unknown = [v for v in via if _rel_key(v) not in have]
        if unknown:
            raise KgError(
                f"no relation {unknown[0]!r} in the graph; --via takes: "
                + ", ".join(self.relations())
            )
        return wanted

    def _undirected(self, keep: set[str] | None) -> nx.Graph:
        """A simple undirected graph of the kept edges, built in a fixed order.

        Built, not a networkx view: views iterate neighbours through sets, whose order changes
        with Python's hash seed, and so would the path chosen among equally short ones.
        """
        import networkx as nx

        if keep is None and self._plain is not None:
            return self._plain
        view = nx.Graph()
        view.add_nodes_from(self.graph)
        view.add_edges_from(
            (u, v)
            for u, v, k, d in self.graph.edges(keys=True, data=True)
            if keep is None or _rel_key(k) in keep or _rel_key(d["relation"]) in keep
        )
        if keep is None:
            self._plain = view
        return view

    def _path(self, nodes: Sequence[str], keep: set[str] | None) -> Path:
        hops = []
        for a, b in zip(nodes, nodes[1:], strict=False):
            edges = []
            for u, v in ((a, b), (b, a)):
                for key, data in (self.graph.get_edge_data(u, v) or {}).items():
                    if keep is None or _rel_key(key) in keep or _rel_key(data["relation"]) in keep:
                        edges.append(Edge(u, key, v, data["relation"], data["evidence"]))
            edges.sort(key=lambda e: (e.relation, e.subject, e.object))
            hops.append(Hop(tuple(edges), forward=any(e.subject == a for e in edges)))
        return Path(tuple(self.entities[n] for n in nodes), tuple(hops))


@cache
def _rel_key(name: str) -> str:
    """``starred in``, ``starredIn``, ``starred_in`` and the IRI all give ``starredin``."""
    local = re.split(r"[#/]", name.strip())[-1]
    return re.sub(r"[\s_-]+", "", local).casefold()


def _no_path(
    source: EntityNode, target: EntityNode, max_hops: int | None, via: Sequence[str] | None
) -> str:
    limits = []
    if max_hops is not None:
        limits.append(f"within {max_hops} hop{'s' if max_hops != 1 else ''}")
    if via:
        limits.append(f"via {', '.join(via)}")
    tail = f" {' '.join(limits)}" if limits else ""
    return f"no connection between {source.label} and {target.label}{tail}"


# --- the whole job --------------------------------------------------------------------------


def find_paths(
    store: GraphStore,
    source: str,
    target: str,
    *,
    all_paths: bool = False,
    max_hops: int | None = None,
    via: Sequence[str] | None = None,
) -> list[Path]:
    """Resolve two names and return the shortest path(s) between them.

    See :meth:`EntityGraph.paths` for the options.

    Raises:
        UnknownEntity, AmbiguousEntity: when a name does not pick out one entity.
        NoPath: when the entities are not connected.
    """
    mirror = EntityGraph.from_store(store, evidence=False)
    a = mirror.resolve(source)
    b = mirror.resolve(target)
    found = mirror.paths(a, b, all_paths=all_paths, max_hops=max_hops, via=via)
    return mirror.with_evidence(store, found)


def render_paths(paths: Sequence[Path], fmt: str = "text") -> str:
    """Paths as text (chain plus evidence, blank line between paths) or as a JSON document."""
    if fmt == "json":
        import json

        doc = {
            "source": paths[0].nodes[0].to_json() if paths else None,
            "target": paths[0].nodes[-1].to_json() if paths else None,
            "paths": [p.to_json() for p in paths],
        }
        return json.dumps(doc, indent=2, ensure_ascii=False)
    if fmt != "text":
        raise KgError(f"unknown path format {fmt!r}; choose text or json")
    return "\n\n".join(p.render() for p in paths)
