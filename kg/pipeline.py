"""The build: article files -> facts -> one RDF graph per article -> the store.

For each file: :func:`kg.text.load_article` -> :func:`kg.extract.extract` ->
:func:`kg.link.link_facts` (lone surnames and titles meet the stored graph) ->
:func:`kg.rdf.article_graph` -> :meth:`kg.store.GraphStore.replace_graph`. The last step is one
transaction, so an interrupted build leaves every article wholly in or wholly out, and
re-ingesting an article replaces its graph instead of adding a second copy.

A bad input (missing, empty, binary, not UTF-8, a directory without articles) is reported in
the :class:`BuildReport` with its problem and skipped; the other files go on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.types import Predicate

if TYPE_CHECKING:
    from kg.link import KnownEntities
    from kg.store import GraphStore
    from kg.types import Article, Fact

__all__ = ["ArticleResult", "BuildReport", "Problem", "build"]


@dataclass(frozen=True)
class ArticleResult:
    """What one article added to the store."""

    path: str
    name: str
    graph: str
    facts: int
    triples: int
    predicates: dict[str, int]
    replaced: bool

    def render(self) -> str:
        """``added x.txt: 27 facts, 409 triples``."""
        verb = "replaced" if self.replaced else "added"
        return f"{verb} {self.name}: {_n(self.facts, 'fact')}, {_n(self.triples, 'triple')}"

    def to_json(self) -> dict[str, Any]:
        """The result as a JSON object."""
        return {
            "path": self.path,
            "name": self.name,
            "graph": self.graph,
            "facts": self.facts,
            "triples": self.triples,
            "predicates": self.predicates,
            "replaced": self.replaced,
        }


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, and why (``message`` names the file)."""

    path: str
    message: str


@dataclass
class BuildReport:
    """What a build did: the articles stored and the inputs skipped."""

    articles: list[ArticleResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    store: str = ""

    @property
    def ok(self) -> bool:
        """Whether every input was stored."""
        return not self.problems

    @property
    def facts(self) -> int:
        """Facts stored, over all articles."""
        return sum(a.facts for a in self.articles)

    @property
    def triples(self) -> int:
        """Triples written, over all article graphs."""
        return sum(a.triples for a in self.articles)

    def predicates(self) -> dict[str, int]:
        """Facts per predicate, over all articles, in the order of :class:`Predicate`."""
        total: Counter[str] = Counter()
        for article in self.articles:
            total.update(article.predicates)
        return {p.value: total[p.value] for p in Predicate if total[p.value]}

    def render(self) -> str:
        """Lines for people: one per article, then the totals (problems are not included)."""
        return "\n".join([*(a.render() for a in self.articles), self.render_totals()]).strip()

    def render_totals(self) -> str:
        """Articles, facts and triples stored, then facts per predicate."""
        if not self.articles:
            return ""
        where = f" in {self.store}" if self.store else ""
        lines = [
            f"stored {_n(len(self.articles), 'article')}{where}: "
            f"{_n(self.facts, 'fact')}, {_n(self.triples, 'triple')}"
        ]
        counts = self.predicates()
        width = max((len(p) for p in counts), default=0)
        lines.extend(f"  {p.ljust(width)}  {n:>5}" for p, n in counts.items())
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The report as a JSON object."""
        return {
            "store": self.store,
            "articles": [a.to_json() for a in self.articles],
            "facts": self.facts,
            "triples": self.triples,
            "predicates": self.predicates(),
            "problems": [{"path": p.path, "message": p.message} for p in self.problems],
        }


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def build(
    paths: Sequence[str | Path] | None,
    store: GraphStore,
    min_confidence: float | None = None,
    *,
    progress: Callable[[ArticleResult | Problem], None] | None = None,
) -> BuildReport:
    """Ingest article files (and directories of them) into ``store``.

    Args:
        paths: files and directories; empty or ``None`` means the bundled sample article.
        store: a writable store.
        min_confidence: keep only facts at least this confident.
        progress: called with each :class:`ArticleResult` or :class:`Problem` as it happens.

    Returns:
        The report; ``report.ok`` is false when any input was skipped.
    """
    from kg.text import sample_article_path

    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise KgError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    from kg.link import KnownEntities

    report = BuildReport(store=store.location)
    seen: dict[str, str] = {}
    known = KnownEntities.from_store(store)
    for path in _expand(paths or [sample_article_path()], report, progress):
        try:
            result = _ingest(path, store, min_confidence, seen, known)
        except KgError as err:
            _problem(report, progress, str(path), str(err))
            continue
        report.articles.append(result)
        if progress:
            progress(result)
    return report


def _expand(
    inputs: Sequence[str | Path],
    report: BuildReport,
    progress: Callable[[ArticleResult | Problem], None] | None,
) -> list[Path]:
    """Files to read, each directory expanded; an empty directory is a problem, not an end."""
    from kg.text import collect_article_paths

    found: list[Path] = []
    for item in inputs:
        try:
            found.extend(collect_article_paths([item]))
        except KgError as err:
            _problem(report, progress, str(item), str(err))
    return list(dict.fromkeys(found))


def _problem(
    report: BuildReport,
    progress: Callable[[ArticleResult | Problem], None] | None,
    path: str,
    message: str,
) -> None:
    problem = Problem(path, message)
    report.problems.append(problem)
    if progress:
        progress(problem)


def _ingest(
    path: Path,
    store: GraphStore,
    min_confidence: float | None,
    seen: dict[str, str],
    known: KnownEntities,
) -> ArticleResult:
    from kg.link import link_facts
    from kg.text import load_article

    article = load_article(path)
    facts = link_facts(_extract(article, path), known)
    if min_confidence is not None:
        facts = [f for f in facts if f.confidence >= min_confidence]
    graph = _graph(article, facts, path)
    iri = str(graph.identifier)
    if iri in seen:
        raise KgError(
            f"{path}: has the same file name as {seen[iri]}, whose graph it would replace; "
            "rename one of them"
        )
    seen[iri] = str(path)
    replaced = store.has_graph(iri)
    triples = store.replace_graph(iri, graph)
    known.add_facts(facts)
    return ArticleResult(
        path=str(path),
        name=article.name,
        graph=iri,
        facts=len(facts),
        triples=triples,
        predicates=dict(Counter(f.predicate.value for f in facts)),
        replaced=replaced,
    )


def _extract(article: Article, path: Path) -> list[Fact]:
    from kg.extract import extract

    try:
        return extract(article)
    except KgError:
        raise
    except Exception as err:  # an extractor bug must not sink the other articles
        raise KgError(f"{path}: extractor failed ({type(err).__name__}: {err})") from err


def _graph(article: Article, facts: list[Fact], path: Path) -> Any:
    from kg.rdf import article_graph

    try:
        return article_graph(article, facts)
    except ValueError as err:
        raise KgError(f"{path}: cannot be written as RDF ({err})") from err
