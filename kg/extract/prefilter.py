r"""Cheap necessary conditions for costly regular expressions: words every match must contain.

A pattern such as ``\b(?:sequel|remake) (?:to|of)\s+...$`` is tried by the regex engine at
every offset of the text. When no word it cannot match without is there (a test in C), the
search is skipped, and its answer is the same: no match.

>>> may_match(re.compile(r"\b(?:sequel|remake) to\b", re.IGNORECASE), "The REMAKE to come")
True
>>> may_match(re.compile(r"\b(?:sequel|remake) to\b", re.IGNORECASE), "A new film")
False
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["may_match", "required_words"]

# the characters besides ``I``/``K``/``S`` that match ``i``, ``k`` or ``s`` in any case and that
# str.lower() does not lower to them (``İ``, dotless ``ı``, long ``ſ``): no shortcut there
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")


@cache
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or ``None`` if none is found.

    Read from the pattern's syntax tree, conservatively: a run of literal characters outside
    any optional part, or one such run from each branch of an alternative. Of several
    candidates, the one whose shortest word is longest. Lower-cased when the pattern ignores
    case (then :func:`may_match` compares them with the lower-cased text).
    """
    from re import _parser  # noqa: PLC0415  (private, but stable across 3.11-3.13)

    words = _words_of(list(_parser.parse(pattern.pattern, pattern.flags)))
    if not words:
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(w.isascii() for w in words):
            return None  # non-ASCII case rules differ between str.lower() and the engine
        words = {w.lower() for w in words}
    return tuple(sorted(words))


def _words_of(items: list) -> set[str] | None:
    """Candidates of one sequence of the parsed pattern: the best set, or ``None``."""
    from re import _constants as c  # noqa: PLC0415  (private, but stable across 3.11-3.13)

    candidates: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        if run:
            candidates.append({run})
            run = ""
        found: set[str] | None = None
        if op is c.SUBPATTERN:
            if arg[1] or arg[2]:  # scoped flags ("(?i:...)"): do not guess
                return None
            found = _words_of(list(arg[-1]))
        elif op is c.BRANCH:
            branches = [_words_of(list(branch)) for branch in arg[1]]
            if all(branches):
                found = set().union(*branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            found = _words_of(list(arg[2]))
        if found:
            candidates.append(found)
    if run:
        candidates.append({run})
    return max(candidates, key=_shortest, default=None)


def _shortest(words: set[str]) -> int:
    """How telling a candidate is: the length of its shortest word, spaces aside (" the ")."""
    return min(len(word.strip()) for word in words)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``."""
    words = required_words(pattern)
    if words is None:
        return True
    if pattern.flags & re.IGNORECASE:
        if any(trap in text for trap in _CASE_TRAPS):
            return True
        text = text.lower()
    return any(word in text for word in words)
