"""Export the store in a standard RDF format.

========  ==========================================================================
format    holds
========  ==========================================================================
turtle    the merged graph (all articles' triples, each once), with the prefixes
nt        the merged graph as N-Triples
nquads    every article's named graph
trig      every article's named graph, with the prefixes
jsonld    every article's named graph (JSON-LD ``@graph`` per article)
========  ==========================================================================

With ``graph`` (an article's file name or graph IRI) only that article's graph is written. The
store serialises (Oxigraph's writers are an order of magnitude faster than rdflib's); the output
parses back, with rdflib, into an isomorphic graph or dataset (tests/test_export.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.store import DUMP_FORMATS

if TYPE_CHECKING:
    from kg.store import GraphStore

__all__ = ["FORMATS", "QUAD_FORMATS", "export", "find_graph"]

FORMATS = tuple(DUMP_FORMATS)
QUAD_FORMATS = tuple(name for name, (_, quads) in DUMP_FORMATS.items() if quads)
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


def export(store: GraphStore, fmt: str = "turtle", *, graph: str | None = None) -> bytes:
    """Serialise ``store`` (or one article's graph) in ``fmt``.

    Raises:
        KgError: for an unknown format or article.
    """
    if fmt not in FORMATS:
        raise KgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    iri = find_graph(store, graph) if graph is not None else None
    return store.dump(fmt, graph=iri)


def find_graph(store: GraphStore, name: str) -> str:
    """The graph IRI of an article, given its IRI or its file name.

    Raises:
        KgError: when no article graph matches (the article names are listed).
    """
    graphs = store.named_graphs()
    if name in graphs:
        return name
    from kg.vocab import KG

    query = f"SELECT ?g ?file WHERE {{ GRAPH ?g {{ ?g <{KG.fileName}> ?file }} }}"
    rows = store.select(query)
    files = {row["file"].value: row["g"].value for row in rows}
    if name in files:
        return files[name]
    known = ", ".join(sorted(files)) or "none"
    raise KgError(f"no article {name!r} in the store; articles: {known}")
