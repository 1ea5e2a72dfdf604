"""The ``kg`` command: a thin click layer over the library.

Each command opens what it needs, calls one library function and prints the result. Only this
module imports click; heavy libraries (rdflib, networkx, pyoxigraph, pyshacl) are imported inside
the commands that use them, so ``kg --help`` and ``kg path`` start fast. Every
:class:`~kg.errors.KgError` becomes one line, ``Error: <message>``, on stderr with exit code 1;
usage mistakes exit with 2 (click's convention).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from kg.errors import KgError

__all__ = ["App", "cli"]

EXPORT_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld")  # kg.export.FORMATS; tested equal
QUERY_FORMATS = ("table", "csv", "json")  # kg.query.FORMATS; tested equal


class App:
    """What every command shares: where the store is.

    Attributes:
        store: the store directory (``--store``, else ``$KG_STORE``, else ``./kg-store``).
    """

    def __init__(self, store: Path) -> None:
        self.store = store

    def open(self, *, read_only: bool = True) -> Any:
        """Open the store (read-only unless asked); see :func:`kg.store.open_store`."""
        from kg.store import open_store

        return open_store(self.store, read_only=read_only)


class KgGroup(click.Group):
    """A group that turns film-kg's errors into one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a KgError becomes ``Error: <message>`` and exit code 1."""
        try:
            return super().invoke(ctx)
        except KgError as err:
            raise click.ClickException(str(err)) from err
        except BrokenPipeError:  # `kg export | head`: the reader left; stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)


def _echo_chunks(chunks: Iterable[str]) -> None:
    for chunk in chunks:
        click.echo(chunk, nl=False)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    type=click.Path(path_type=Path, file_okay=True, dir_okay=True),
    envvar="KG_STORE",
    default="kg-store",
    show_default=True,
    help="The store directory (also $KG_STORE).",
)
@click.version_option(package_name="film-kg", prog_name="kg")
@click.pass_context
def cli(ctx: click.Context, store: Path) -> None:
    """film-kg: turn film-news articles into a knowledge graph you can query.

    Build the graph with `kg build`, then ask it: `kg path Trejo Rodriguez`,
    `kg show Rodriguez`, `kg query 'SELECT ...'`, `kg stats`, `kg export`.
    """
    ctx.obj = App(store)


# --- build ----------------------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    help="Keep only facts at least this confident (0-1).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report as text or as one JSON document.",
)
@click.pass_obj
def build(app: App, inputs: Sequence[Path], min_confidence: float | None, fmt: str) -> None:
    """Ingest articles (FILE, or DIR of *.txt, *.html, *.htm) into the store.

    With no arguments, ingests the bundled sample article. Each article becomes one named graph,
    written in one transaction; building an article again replaces its graph. A bad file is
    reported (one line naming it) and skipped, the others go on, and the exit code is 1.


    Example: kg build articles/
    """
    from kg.pipeline import ArticleResult
    from kg.pipeline import build as run_build

    def progress(event: Any) -> None:
        if isinstance(event, ArticleResult):
            if fmt == "text":
                click.echo(event.render())
        else:
            _fail(event.message)

    with app.open(read_only=False) as store:
        report = run_build(list(inputs), store, min_confidence, progress=progress)
    if fmt == "json":
        import json

        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    elif report.articles:
        click.echo(report.render_totals())
    if not report.ok:
        sys.exit(1)


# --- extract --------------------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="One JSON object per fact, or a table for people.",
)
@click.option(
    "--min-confidence", type=click.FloatRange(0, 1), help="Keep only facts this confident."
)
def extract(inputs: Sequence[Path], fmt: str, min_confidence: float | None) -> None:
    """Print the facts found in articles (FILE..., or - for stdin).

    Needs no store. jsonl prints one JSON object per fact with the keys subject, predicate,
    object, character, source, sentence, start, end, evidence, rule, confidence.


    Example: kg extract article.txt --format table
    """
    import json

    from kg.extract import extract as run_extract

    failed = False
    for article in _articles(inputs):
        if isinstance(article, KgError):
            _fail(str(article))
            failed = True
            continue
        facts = run_extract(article)
        if min_confidence is not None:
            facts = [f for f in facts if f.confidence >= min_confidence]
        if fmt == "jsonl":
            for fact in facts:
                click.echo(json.dumps(fact.to_json(), ensure_ascii=False))
        else:
            click.echo(_facts_table(article.name, facts))
    if failed:
        sys.exit(1)


def _articles(inputs: Sequence[Path]) -> Iterable[Any]:
    """Articles in input order; a bad input yields its error instead."""
    from kg.text import article_from_unnamed_bytes, collect_article_paths, load_article

    for item in inputs:
        if str(item) == "-":
            try:
                yield article_from_unnamed_bytes(sys.stdin.buffer.read(), "<stdin>")
            except KgError as err:
                yield err
            continue
        try:
            paths = collect_article_paths([item])
        except KgError as err:
            yield err
            continue
        for path in paths:
            try:
                yield load_article(path)
            except KgError as err:
                yield err


def _facts_table(name: str, facts: Sequence[Any]) -> str:
    header = ["subject", "predicate", "object", "character", "sent", "conf", "rule"]
    rows = [
        [
            f.subject.display_name,
            f.predicate.value,
            f.object_text if len(f.object_text) <= 50 else f.object_text[:49] + "…",
            f.character.name if f.character else "",
            str(f.sentence),
            f"{f.confidence:.2f}",
            f.rule,
        ]
        for f in facts
    ]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = [f"{name}: {len(facts)} fact{'s' if len(facts) != 1 else ''}"]
    for row in [header, ["-" * w for w in widths], *rows]:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


# --- eval -----------------------------------------------------------------------------------


@cli.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Directory of NAME.txt / NAME.gold.json pairs.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def eval_(gold_dir: Path, fmt: str) -> None:
    """Score the extractor against gold facts (P, R, F1 per predicate).

    Lists every miss and false positive with its evidence. Exits with 1 when a gold file is
    malformed.


    Example: kg eval --gold corpus/
    """
    from kg.evaluate import evaluate

    report = evaluate(gold_dir)
    if fmt == "json":
        import json

        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.render())


# --- path -----------------------------------------------------------------------------------


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--all", "all_paths", is_flag=True, help="Every shortest path, not just one.")
@click.option("--max-hops", type=click.IntRange(min=1), help="Give up beyond this many hops.")
@click.option("--via", metavar="REL,...", help="Only these relations, e.g. 'starred in,directed'.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
def path(
    app: App,
    source: str,
    target: str,
    all_paths: bool,
    max_hops: int | None,
    via: str | None,
    fmt: str,
) -> None:
    """Show how two entities are connected, with evidence per step.

    SOURCE and TARGET may be a full name, a surname, any unambiguous part of a name, an IRI, or
    the 'Name (Type)' form listed when a name is ambiguous.


    Example: kg path Trejo Rodriguez
    """
    from kg.paths import find_paths, render_paths

    relations = [v.strip() for v in via.split(",") if v.strip()] if via else None
    with app.open() as store:
        found = find_paths(
            store, source, target, all_paths=all_paths, max_hops=max_hops, via=relations
        )
    click.echo(render_paths(found, fmt))


# --- query ----------------------------------------------------------------------------------


@cli.command()
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the query from a .rq file.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(QUERY_FORMATS),
    default="table",
    show_default=True,
    help="table for people; csv and json are the W3C SPARQL result formats.",
)
@click.pass_obj
def query(app: App, sparql: str | None, query_file: Path | None, fmt: str) -> None:
    """Run a SPARQL query (SPARQL, or -f FILE.rq) over the graph.

    The default graph is the merged graph of all articles; GRAPH ?g reaches each article's
    own graph. Prefixes kg:, rdf:, rdfs:, owl:, xsd:, schema:, wd:, wdt:, prov:, dcterms:,
    skos:, id: and art: are bound. ASK prints true/false; CONSTRUCT prints Turtle (JSON-LD
    with --format json).


    Example: kg query 'SELECT ?film WHERE { ?p rdfs:label "Danny Trejo" ; kg:starredIn ?film }'
    """
    from kg.query import format_result, read_query_file, run_query

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give a SPARQL query or -f FILE.rq (one of them)")
    text = read_query_file(query_file) if query_file is not None else sparql
    assert text is not None
    with app.open() as store:
        _echo_chunks(format_result(run_query(store, text), fmt))


# --- export ---------------------------------------------------------------------------------


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="turtle and nt hold the merged graph; nquads, trig and jsonld one graph per article.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file instead of standard output.",
)
@click.option("--graph", metavar="ARTICLE", help="Only this article (file name or graph IRI).")
@click.pass_obj
def export(app: App, fmt: str, output: Path | None, graph: str | None) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD.

    Example: kg export --format trig -o graph.trig
    """
    from kg.export import export as run_export

    with app.open() as store:
        data = run_export(store, fmt, graph=graph)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as err:
        raise KgError(f"{output}: cannot be written ({err.strerror or err})") from None
    click.echo(f"wrote {output} ({len(data)} bytes, {fmt})", err=True)


# --- show and stats -------------------------------------------------------------------------


@cli.command()
@click.argument("name")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
def show(app: App, name: str, fmt: str) -> None:
    """Everything known about an entity, with evidence and sources.

    Example: kg show Rodriguez
    """
    from kg.inspect import show as run_show

    with app.open() as store:
        report = run_show(store, name)
    click.echo(_as(report, fmt))


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
def stats(app: App, fmt: str) -> None:
    """Count articles, triples, entities, facts and quotes.

    Example: kg stats
    """
    from kg.inspect import stats as run_stats

    with app.open() as store:
        report = run_stats(store)
    click.echo(_as(report, fmt))


def _as(report: Any, fmt: str) -> str:
    if fmt == "json":
        import json

        return json.dumps(report.to_json(), indent=2, ensure_ascii=False)
    return str(report.render())


# --- validate -------------------------------------------------------------------------------


@cli.command()
@click.pass_obj
def validate(app: App) -> None:
    """Check the built graph against the SHACL shapes.

    Prints one line per violation and exits with 1 when there is any.

    Example: kg validate
    """
    import rdflib

    from kg.validate import validate_graph

    with app.open() as store:
        data = store.dump("nt")
    graph = rdflib.Graph().parse(data=data, format="nt")
    report = validate_graph(graph)
    click.echo(report.render())
    if not report.conforms:
        sys.exit(1)
