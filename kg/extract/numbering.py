"""Sequels that a title's number makes plain: "Lockdown 3" follows "Lockdown 2".

A title ending in a sequel number (``2``, ``II``, ``Part Two``, ``Chapter 3``...) follows the
title of the number before it when the same article names that one too; number two also
follows the bare title (``"Sandfall: Part Two"`` follows ``"Sandfall"``). A subtitle after the
number is kept apart (``"Red Harbor IV: Low Water"`` is number four). Episode numbers of
prequel sagas are not sequel numbers, and neither are years.
"""

from __future__ import annotations

import re

__all__ = ["sequel_number", "numbered_predecessor"]

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7}
_NUMBERED = re.compile(
    r"^(?P<base>.+?)[:,]?\s+(?:(?:Part|Chapter|Volume|Vol\.)\s+)?"
    r"(?P<n>[1-7]|[IV]{1,3}|One|Two|Three|Four|Five|Six|Seven)(?::\s+\S.*)?$"
)


def sequel_number(title: str) -> tuple[str, int]:
    """The base title and its number (1 when it has none).

    >>> sequel_number("The Iron Vow: Part Two")
    ('The Iron Vow', 2)
    >>> sequel_number("Red Harbor III")
    ('Red Harbor', 3)
    >>> sequel_number("Red Harbor IV: Low Water")
    ('Red Harbor', 4)
    >>> sequel_number("Apollo 13")
    ('Apollo 13', 1)
    """
    m = _NUMBERED.match(title.strip())
    if not m:
        return title.strip(), 1
    token = m.group("n").lower()
    number = int(token) if token.isdigit() else _WORDS.get(token) or _ROMAN.get(token, 1)
    return m.group("base").strip(), number


def numbered_predecessor(title: str, others: list[str]) -> str | None:
    """The title among ``others`` that ``title``'s number says it follows, if any."""
    base, number = sequel_number(title)
    if number < 2:
        return None
    for other in others:
        other_base, other_number = sequel_number(other)
        if other != title and other_base.casefold() == base.casefold():
            if other_number == number - 1:
                return other
    return None
