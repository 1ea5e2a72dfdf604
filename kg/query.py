"""Run SPARQL against the store with the project's prefixes bound, and format the answer.

Prefixes are handed to the engine, not pasted in front of the query, so the line and column of a
syntax error point into the query as written. Rows are read by variable name (engines differ in
the column order of ``SELECT *``).

Output formats:

- ``table`` (default): aligned columns for people, IRIs shortened with the prefixes; an ASK
  answer prints ``true``/``false``; a CONSTRUCT or DESCRIBE graph prints as Turtle.
- ``csv``: the W3C SPARQL 1.1 CSV results format (full IRIs, plain literal values); a graph
  prints as ``subject,predicate,object`` rows.
- ``json``: the W3C SPARQL 1.1 JSON results format (``head``/``results``/``boolean``); a graph
  prints as JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import BadQuery
from kg.store import AskResult, GraphResult, QueryResult, SelectResult

if TYPE_CHECKING:
    from kg.store import GraphStore

__all__ = ["FORMATS", "format_result", "prefixes", "read_query_file", "run_query"]

FORMATS = ("table", "csv", "json")
_MAX_CELL = 80


def prefixes() -> dict[str, str]:
    """The prefixes bound in every query: :data:`kg.vocab.PREFIXES` plus ``id:`` and ``art:``."""
    from kg.vocab import ART, ID, PREFIXES

    bound = {name: str(iri) for name, iri in PREFIXES.items()}
    bound.setdefault("id", str(ID))
    bound.setdefault("art", str(ART))
    return bound


def run_query(store: GraphStore, sparql: str) -> QueryResult:
    """Run ``sparql`` on ``store`` with :func:`prefixes` bound.

    Raises:
        BadQuery: when the query is empty or does not parse (with line and column).
    """
    if not sparql.strip():
        raise BadQuery("empty SPARQL query")
    return store.query(sparql, prefixes=prefixes())


def read_query_file(path: str | Path) -> str:
    """Read a ``.rq`` file.

    Raises:
        BadQuery: when the file is missing, unreadable or not UTF-8.
    """
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadQuery(f"{path}: no such query file") from None
    except IsADirectoryError:
        raise BadQuery(f"{path}: is a directory, not a query file") from None
    except UnicodeDecodeError:
        raise BadQuery(f"{path}: query file is not UTF-8 text") from None
    except OSError as err:
        raise BadQuery(f"{path}: cannot be read ({err.strerror or err})") from None


def format_result(result: QueryResult, fmt: str = "table") -> Iterator[str]:
    """The answer as text, in chunks (each ends with a newline) so big answers stream.

    Raises:
        BadQuery: for an unknown format.
    """
    if fmt not in FORMATS:
        raise BadQuery(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(result, AskResult):
        yield from _ask(result.value, fmt)
    elif isinstance(result, SelectResult):
        yield from {"table": _table, "csv": _csv, "json": _json}[fmt](result)
    else:
        yield from _graph(result, fmt)


# --- SELECT ---------------------------------------------------------------------------------


def _table(result: SelectResult) -> Iterator[str]:
    names = _compact_names(prefixes())
    rows = [[_cell(row.get(var), names) for var in result.variables] for row in result]
    header = [f"?{var}" for var in result.variables]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip() + "\n"

    yield line(header)
    yield line(["-" * w for w in widths])
    for row in rows:
        yield line(row)
    yield f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def _csv(result: SelectResult) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    yield _drain(buffer)
    for row in result:
        writer.writerow([_plain(row.get(var)) for var in result.variables])
        yield _drain(buffer)


def _json(result: SelectResult) -> Iterator[str]:
    head = json.dumps({"vars": result.variables})
    yield f'{{"head": {head}, "results": {{"bindings": [\n'
    first = True
    for row in result:
        binding = {var: _json_term(term) for var, term in row.items()}
        yield ("" if first else ",\n") + json.dumps(binding, ensure_ascii=False)
        first = False
    yield "\n]}}\n"


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


# --- ASK and CONSTRUCT ----------------------------------------------------------------------


def _ask(value: bool, fmt: str) -> Iterator[str]:
    if fmt == "json":
        yield json.dumps({"head": {}, "boolean": value}) + "\n"
    else:
        yield ("true" if value else "false") + "\n"


def _graph(result: GraphResult, fmt: str) -> Iterator[str]:
    import pyoxigraph as ox

    triples = list(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(["subject", "predicate", "object"])
        for t in triples:
            writer.writerow([_plain(t.subject), _plain(t.predicate), _plain(t.object)])
        yield buffer.getvalue()
        return
    if fmt == "json":
        yield ox.serialize(triples, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
        return
    used = _used_prefixes(triples, prefixes())
    yield ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used).decode("utf-8")


def _used_prefixes(triples: Iterable[Any], bound: Mapping[str, str]) -> dict[str, str]:
    iris = {
        term.value
        for t in triples
        for term in (t.subject, t.predicate, t.object)
        if type(term).__name__ == "NamedNode"
    }
    return {name: ns for name, ns in bound.items() if any(i.startswith(ns) for i in iris)}


# --- terms ----------------------------------------------------------------------------------


def _compact_names(bound: Mapping[str, str]) -> list[tuple[str, str]]:
    """(namespace, prefix) pairs, longest namespace first, for shortening IRIs."""
    return sorted(((ns, name) for name, ns in bound.items()), key=lambda p: -len(p[0]))


def _cell(term: Any, names: list[tuple[str, str]]) -> str:
    if term is None:
        return ""
    kind = type(term).__name__
    if kind == "NamedNode":
        text = term.value
        for ns, name in names:
            local = text[len(ns) :]
            if text.startswith(ns) and local and all(c.isalnum() or c in "-_./" for c in local):
                text = f"{name}:{local}"
                break
        else:
            text = f"<{text}>"
    elif kind == "BlankNode":
        text = f"_:{term.value}"
    else:
        text = term.value
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _plain(term: Any) -> str:
    if term is None:
        return ""
    if type(term).__name__ == "BlankNode":
        return f"_:{term.value}"
    return term.value


def _json_term(term: Any) -> dict[str, str]:
    kind = type(term).__name__
    if kind == "NamedNode":
        return {"type": "uri", "value": term.value}
    if kind == "BlankNode":
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out
