"""The persistent graph store: one named graph per article, answered with SPARQL.

A store is a directory film-kg owns::

    kg-store/
      film-kg.json      marker: {"format": "film-kg-store", "version": 1, "engine": "oxigraph"}
      oxigraph/         the Oxigraph (RocksDB) database

The marker lets film-kg refuse, in one line, a path that is something else.

Each article's triples live in its own named graph; the store's default graph holds the merged
graph, the set union of all named graphs, kept up to date in the same transaction that replaces
an article. So a query without ``GRAPH`` sees every fact once, whatever the number of articles
that state it (Oxigraph's ``use_default_graph_as_union`` would repeat a triple once per graph and
multiply joins), and ``GRAPH ?g`` still tells where a triple came from. The engine is
Oxigraph, used directly through pyoxigraph (no rdflib store in between): it loads and answers
SPARQL an order of magnitude faster than rdflib's in-memory store and keeps every update in a
RocksDB transaction, so an interrupted build leaves each article wholly in or wholly out.

:class:`GraphStore` is the small interface the rest of film-kg uses (``query``,
``replace_graph``, ``dump``, ``named_graphs``); :class:`OxigraphStore` implements it. A second
backend (a remote SPARQL 1.1 endpoint) only has to implement the same four methods, returning the
same result types: pyoxigraph terms work for both, since ``pyoxigraph.parse_query_results``
reads the standard SPARQL result formats. Backends are found by engine name in
:data:`BACKENDS` and imported on first use.

pyoxigraph is imported inside functions, so importing this module costs nothing.
"""

from __future__ import annotations

import importlib
import json
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import BadQuery, StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox

    Term = ox.NamedNode | ox.BlankNode | ox.Literal

__all__ = [
    "BACKENDS",
    "DEFAULT_STORE",
    "DUMP_FORMATS",
    "AskResult",
    "GraphResult",
    "GraphStore",
    "OxigraphStore",
    "QueryResult",
    "SelectResult",
    "open_store",
]

DEFAULT_STORE = "kg-store"
MARKER = "film-kg.json"
STORE_FORMAT = "film-kg-store"
STORE_VERSION = 1
DB_DIR = "oxigraph"

#: Engine name (as written in the marker) -> "module:Class" of its :class:`GraphStore`.
BACKENDS: dict[str, str] = {"oxigraph": "kg.store:OxigraphStore"}

#: Export format name -> (pyoxigraph RdfFormat attribute, holds named graphs?).
DUMP_FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("TURTLE", False),
    "nt": ("N_TRIPLES", False),
    "nquads": ("N_QUADS", True),
    "trig": ("TRIG", True),
    "jsonld": ("JSON_LD", True),
}

_MAX_PROBLEM = 100
_SYNTAX_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)


# --- results --------------------------------------------------------------------------------


@dataclass
class SelectResult:
    """Rows of a SELECT query, streamed; read each row by variable name.

    Attributes:
        variables: the projected variable names, in the query's order.
        rows: dicts from variable name to term; an unbound variable is absent from its row.
    """

    variables: list[str]
    rows: Iterable[dict[str, Term]]

    def __iter__(self) -> Iterator[dict[str, Term]]:
        return iter(self.rows)


@dataclass
class AskResult:
    """The answer to an ASK query."""

    value: bool

    def __bool__(self) -> bool:
        return self.value


@dataclass
class GraphResult:
    """The triples a CONSTRUCT or DESCRIBE query built, streamed."""

    triples: Iterable[ox.Triple] = field(default_factory=list)

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self.triples)


QueryResult = SelectResult | AskResult | GraphResult


# --- the interface --------------------------------------------------------------------------


class GraphStore(ABC):
    """What film-kg needs from a quad store.

    The default graph of every query is the merged graph: the set union of all named graphs
    (one per article), each triple once. A query needs no ``GRAPH`` clause unless it asks where
    a triple came from.

    Attributes:
        location: where the store lives (a directory; an endpoint URL for a remote backend).
        read_only: whether writes are refused.
    """

    location: str
    read_only: bool

    @abstractmethod
    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query; its default graph is the merged graph.

        Args:
            sparql: the query text.
            prefixes: prefixes bound before parsing (a query's own ``PREFIX`` lines win).

        Raises:
            BadQuery: when the query does not parse (the message gives line and column).
            StoreError: when the store cannot be read.
        """

    @abstractmethod
    def replace_graph(self, graph: str, triples: Iterable[Any]) -> int:
        """Make the named graph ``graph`` hold exactly ``triples``, in one transaction.

        The merged (default) graph is updated in the same transaction.

        Args:
            graph: the graph IRI.
            triples: pyoxigraph ``Triple``/``Quad`` objects, or an rdflib ``Graph`` (or any
                iterable of rdflib ``(s, p, o)`` term triples).

        Returns:
            The number of distinct triples the graph now holds.

        Raises:
            StoreError: when the store is read-only or the write fails (nothing is changed).
        """

    @abstractmethod
    def remove_graph(self, graph: str) -> bool:
        """Delete a named graph; return whether it existed."""

    @abstractmethod
    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def dump(self, fmt: str = "nquads", *, graph: str | None = None) -> bytes:
        """Serialise the store.

        Triple formats (``turtle``, ``nt``) hold the merged graph: the union of all named
        graphs, each triple once. Quad formats (``nquads``, ``trig``, ``jsonld``) keep every
        named graph. With ``graph``, only that named graph is written.

        Raises:
            StoreError: for an unknown format or graph.
        """

    def close(self) -> None:  # noqa: B027 - optional hook, a no-op by default
        """Release the store (files, connections)."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Conveniences every backend gets from ``query``.

    def select(self, sparql: str, **kwargs: Any) -> list[dict[str, Term]]:
        """Run a SELECT query and return all its rows (see :meth:`query`)."""
        result = self.query(sparql, **kwargs)
        if not isinstance(result, SelectResult):
            raise BadQuery("expected a SELECT query")
        return list(result)

    def has_graph(self, graph: str) -> bool:
        """Whether the named graph ``graph`` exists (holds at least one triple)."""
        return graph in set(self.named_graphs())

    def __len__(self) -> int:
        """The number of quads in the store."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"].value) if rows else 0


# --- Oxigraph -------------------------------------------------------------------------------


class OxigraphStore(GraphStore):
    """An embedded on-disk Oxigraph store, or an in-memory one when ``path`` is ``None``.

    Open on-disk stores with :func:`open_store`, which checks the marker first. A store opened
    for writing creates its directory only on the first write, so a build in which every input
    is bad leaves no store behind.

    >>> store = OxigraphStore(None)
    >>> store.replace_graph("https://example.org/g", [])
    0
    >>> store.named_graphs()
    []
    """

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.location = str(path) if path is not None else ":memory:"
        self.read_only = read_only
        self._db: ox.Store | None = None
        if path is None:
            import pyoxigraph as ox

            self._db = ox.Store()

    # opening

    def _store(self, *, write: bool = False) -> ox.Store | None:
        """The database, opened on first use; ``None`` while a new store is still unwritten."""
        if self._db is not None:
            return self._db
        assert self.path is not None
        db_dir = self.path / DB_DIR
        if not write and not (db_dir / "CURRENT").exists():
            return None
        import pyoxigraph as ox

        try:
            if self.read_only:
                self._db = ox.Store.read_only(str(db_dir))
            else:
                _write_marker(self.path)
                self._db = ox.Store(str(db_dir))
        except OSError as err:
            raise StoreError(f"cannot open store at {self.path}: {_one_line(err)}") from None
        return self._db

    def close(self) -> None:
        """Flush pending writes and release the database lock."""
        if self._db is not None and not self.read_only and self.path is not None:
            self._db.flush()
        self._db = None

    # reading

    def query(self, sparql: str, *, prefixes: Mapping[str, str] | None = None) -> QueryResult:
        """Run a SPARQL query over the merged graph (see :class:`GraphStore`)."""
        import pyoxigraph as ox

        db = self._store()
        if db is None:
            db = ox.Store()  # a store not yet written to answers as an empty one
        try:
            result = db.query(sparql, prefixes=dict(prefixes or {}))
        except SyntaxError as err:
            raise BadQuery(_syntax_message(err)) from None
        except OSError as err:
            raise StoreError(f"cannot read store at {self.location}: {_one_line(err)}") from None
        if isinstance(result, ox.QueryBoolean):
            return AskResult(bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return SelectResult(names, _rows(result, names))
        return GraphResult(result)

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        db = self._store()
        if db is None:
            return []
        return sorted(g.value for g in db.named_graphs() if hasattr(g, "value"))

    def dump(self, fmt: str = "nquads", *, graph: str | None = None) -> bytes:
        """Serialise the store (see :meth:`GraphStore.dump`)."""
        import pyoxigraph as ox

        if fmt not in DUMP_FORMATS:
            raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(DUMP_FORMATS)}")
        attr, has_graphs = DUMP_FORMATS[fmt]
        rdf_format = getattr(ox.RdfFormat, attr)
        prefixes = _prefixes() if fmt in ("turtle", "trig") else None
        db = self._store() or ox.Store()
        if graph is not None and ox.NamedNode(graph) not in set(db.named_graphs()):
            raise StoreError(f"no graph {graph} in store at {self.location}")
        if has_graphs:
            if graph is None:  # every named graph, not the merged copy in the default graph
                quads = (
                    q
                    for q in db.quads_for_pattern(None, None, None, None)
                    if not isinstance(q.graph_name, ox.DefaultGraph)
                )
            else:
                quads = db.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            return ox.serialize(quads, format=rdf_format, prefixes=prefixes)
        source = ox.NamedNode(graph) if graph is not None else ox.DefaultGraph()
        return db.dump(format=rdf_format, from_graph=source, prefixes=prefixes)

    # writing

    def replace_graph(self, graph: str, triples: Iterable[Any]) -> int:
        """Replace one named graph atomically (see :meth:`GraphStore.replace_graph`).

        Un-merging the old graph, dropping it, and inserting the new triples into it and into the
        merged graph are one SPARQL update, which Oxigraph runs as one transaction.
        """
        import pyoxigraph as ox

        self._check_writable()
        name = _named_node(graph)
        body = _ntriples(triples)
        update = (
            f"{_unmerge(name)} ;\n"
            f"DROP SILENT GRAPH {name} ;\n"
            f"INSERT DATA {{\n{body}\nGRAPH {name} {{\n{body}\n}} }}"
        )
        db = self._store(write=True)
        assert db is not None
        try:
            db.update(update)
        except (SyntaxError, OSError, RuntimeError) as err:
            raise StoreError(f"cannot write graph {graph}: {_one_line(err)}") from None
        return sum(1 for _ in db.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def remove_graph(self, graph: str) -> bool:
        """Delete a named graph in one transaction; return whether it existed."""
        self._check_writable()
        name = _named_node(graph)
        db = self._store(write=True)
        assert db is not None
        existed = self.has_graph(graph)
        db.update(f"{_unmerge(name)} ;\nDROP SILENT GRAPH {name}")
        return existed

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store at {self.location} is open read-only")


# --- opening by path ------------------------------------------------------------------------


def open_store(
    location: str | os.PathLike[str] | None = None, *, read_only: bool = True
) -> GraphStore:
    """Open the store at ``location`` (default ``./kg-store``).

    Args:
        location: the store directory.
        read_only: open for reading only (what every command but ``kg build`` wants). A
            read-only open needs an existing store; a writable one creates it on first write.

    Raises:
        StoreError: when ``location`` is not a film-kg store (a file, or a directory with other
            things in it), when there is no store and ``read_only`` is set, or when the
            database cannot be opened.
    """
    if str(location).startswith(("http://", "https://")):
        raise StoreError(f"{location}: remote SPARQL endpoints are not supported yet")
    path = Path(location if location is not None else DEFAULT_STORE)
    marker = path / MARKER
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is not a film-kg store (it is a file); choose another --store")
    if path.is_dir() and not marker.is_file() and any(path.iterdir()):
        raise StoreError(
            f"{path} is not a film-kg store (no {MARKER} in it); choose another --store"
        )
    if not marker.is_file():
        if read_only:
            raise StoreError(f"no store at {path}; run `kg build` first")
        return OxigraphStore(path, read_only=False)
    engine = _read_marker(marker)
    module_name, _, class_name = BACKENDS[engine].partition(":")
    backend = getattr(importlib.import_module(module_name), class_name)
    return backend(path, read_only=read_only)


def _read_marker(marker: Path) -> str:
    try:
        meta = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        meta = None
    if not isinstance(meta, dict) or meta.get("format") != STORE_FORMAT:
        raise StoreError(f"{marker.parent} is not a film-kg store ({MARKER} is not ours)")
    if meta.get("version") != STORE_VERSION:
        raise StoreError(
            f"store at {marker.parent} has format version {meta.get('version')}; "
            f"this film-kg reads version {STORE_VERSION} (rebuild it with `kg build`)"
        )
    engine = meta.get("engine", "oxigraph")
    if engine not in BACKENDS:
        raise StoreError(f"store at {marker.parent} uses unknown engine {engine!r}")
    return engine


def _write_marker(path: Path) -> None:
    """Create the store directory and its marker (atomically) before the database."""
    marker = path / MARKER
    if marker.is_file():
        return
    path.mkdir(parents=True, exist_ok=True)
    meta = {"format": STORE_FORMAT, "version": STORE_VERSION, "engine": "oxigraph"}
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    tmp.replace(marker)


# --- helpers --------------------------------------------------------------------------------


def _rows(solutions: Iterable[Any], names: list[str]) -> Iterator[dict[str, Term]]:
    for solution in solutions:
        row = {}
        for name in names:
            value = solution[name]
            if value is not None:
                row[name] = value
        yield row


def _prefixes() -> dict[str, str]:
    from kg.vocab import PREFIXES

    return {name: str(iri) for name, iri in PREFIXES.items()}


def _named_node(iri: str) -> str:
    import pyoxigraph as ox

    try:
        return str(ox.NamedNode(str(iri)))
    except ValueError as err:
        raise StoreError(f"not a valid graph IRI {iri!r}: {_one_line(err)}") from None


def _unmerge(name: str) -> str:
    """SPARQL update removing from the merged graph what only graph ``name`` states."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {name}) }} }}"
    )


def _ntriples(triples: Iterable[Any]) -> str:
    """N-Triples text for ``triples`` (pyoxigraph or rdflib), safe to embed in INSERT DATA."""
    import pyoxigraph as ox

    lines = []
    for item in triples:
        if isinstance(item, ox.Quad):
            item = item.triple
        if isinstance(item, ox.Triple):
            lines.append(f"{item} .")
        else:
            s, p, o = item[:3]
            lines.append(f"{ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o))} .")
    return "\n".join(lines)


def _ox_term(term: Any) -> Term:
    """Convert an rdflib term (URIRef, Literal, BNode) into a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    kind = type(term).__name__
    try:
        if kind in ("URIRef", "str"):
            return ox.NamedNode(str(term))
        if kind == "BNode":
            return ox.BlankNode(str(term))
        if kind == "Literal":
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
            return ox.Literal(str(term))
    except ValueError as err:
        raise StoreError(f"cannot store term {term!r}: {_one_line(err)}") from None
    raise StoreError(f"cannot store {kind} {term!r} as an RDF term")


def _syntax_message(err: SyntaxError) -> str:
    text = _one_line(err)
    match = _SYNTAX_POSITION.match(text)
    if match:
        line, column, problem = match.groups()
        if len(problem) > _MAX_PROBLEM:  # "expected one of" can list a hundred tokens
            problem = problem[:_MAX_PROBLEM].rsplit(", ", 1)[0] + ", ..."
        return f"invalid SPARQL at line {line}, column {column}: {problem}"
    return f"invalid SPARQL: {text}"


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())
