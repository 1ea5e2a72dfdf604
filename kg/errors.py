"""One error tree for film-kg. The CLI translates these into one-line messages, once.

Every message names the input at fault (a file, a name, a query) and, where it can, a fix.
This module imports no other kg module.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousEntity",
    "BadArticle",
    "BadQuery",
    "KgError",
    "NoPath",
    "NoArticles",
    "StoreError",
    "UnknownEntity",
]


class KgError(Exception):
    """Root of every error film-kg raises on purpose; ``str(err)`` is a one-line message."""


class BadArticle(KgError):
    """An input file that is not a readable article (missing, empty, binary, not UTF-8)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class NoArticles(KgError):
    """A directory or argument list that holds no article files."""


class StoreError(KgError):
    """A store that cannot be opened, read or written (not a store, locked, corrupt)."""


class BadQuery(KgError):
    """A SPARQL query that does not parse or cannot run; the message gives the position."""


class UnknownEntity(KgError):
    """A name that matches no entity in the graph; ``candidates`` are the nearest labels."""

    def __init__(self, name: str, candidates: list[str] | None = None) -> None:
        self.name = name
        self.candidates = candidates or []
        hint = f"; did you mean: {', '.join(self.candidates)}?" if self.candidates else ""
        super().__init__(f"no entity matches {name!r}{hint}")


class AmbiguousEntity(KgError):
    """A name that matches more than one entity; ``candidates`` are all the matches."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(
            f"{name!r} is ambiguous; it matches: {', '.join(candidates)} "
            "(use one of these as written, or a fuller name)"
        )


class NoPath(KgError):
    """Two entities with no connection (within the hop limit and relations asked for)."""
