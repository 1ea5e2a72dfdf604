"""film-kg: turn film journalism into a knowledge graph.

The public API, imported on first use so that ``import kg`` stays cheap::

    import kg

    store = kg.open_store("kg-store", read_only=False)
    report = kg.build(["articles/"], store)        # text -> facts -> RDF -> store
    for path in kg.find_paths(store, "Trejo", "Rodriguez"):
        print(path.render())
    kg.run_query(store, "SELECT ?film WHERE { ?film a kg:Film }")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> module that defines it.
_LAZY = {
    # reading articles and extracting facts
    "load_article": "kg.text",
    "split_sentences": "kg.text",
    "extract": "kg.extract",
    # RDF
    "article_graph": "kg.rdf",
    "validate_graph": "kg.validate",
    # the store and the build
    "open_store": "kg.store",
    "GraphStore": "kg.store",
    "build": "kg.pipeline",
    "BuildReport": "kg.pipeline",
    # asking the graph
    "EntityGraph": "kg.paths",
    "find_paths": "kg.paths",
    "render_paths": "kg.paths",
    "run_query": "kg.query",
    "format_result": "kg.query",
    "export": "kg.export",
    "show": "kg.inspect",
    "stats": "kg.inspect",
    # scoring
    "evaluate": "kg.evaluate",
    # values and errors
    "Article": "kg.types",
    "Entity": "kg.types",
    "EntityType": "kg.types",
    "Fact": "kg.types",
    "Predicate": "kg.types",
    "Quote": "kg.types",
    "KgError": "kg.errors",
}

__all__ = [
    "__version__",
    "Article",
    "BuildReport",
    "Entity",
    "EntityGraph",
    "EntityType",
    "Fact",
    "GraphStore",
    "KgError",
    "Predicate",
    "Quote",
    "article_graph",
    "build",
    "evaluate",
    "export",
    "extract",
    "find_paths",
    "format_result",
    "load_article",
    "open_store",
    "render_paths",
    "run_query",
    "show",
    "split_sentences",
    "stats",
    "validate_graph",
]

if TYPE_CHECKING:
    from kg.errors import KgError
    from kg.evaluate import evaluate
    from kg.export import export
    from kg.extract import extract
    from kg.inspect import show, stats
    from kg.paths import EntityGraph, find_paths, render_paths
    from kg.pipeline import BuildReport, build
    from kg.query import format_result, run_query
    from kg.rdf import article_graph
    from kg.store import GraphStore, open_store
    from kg.text import load_article, split_sentences
    from kg.types import Article, Entity, EntityType, Fact, Predicate, Quote
    from kg.validate import validate_graph


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
