"""Credits stated by an article's headline, read against the entities its body names.

Headlines are title-cased ("Ferenc Halmágyi, Director of Nightfall, Dies at 86"), so the
capitalised-name finder cannot tell names from words there, and the body's rules skip them.
This step reads only a few unambiguous headline shapes, and only for people and titles the
body has already named in full:

- ``PERSON, Director of T [and T2]`` / ``PERSON, Star of T``;
- ``T Director PERSON`` / ``T Star PERSON``;
- ``PERSON's T`` for a person the body shows to be a director.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.extract.coref import Discourse
from kg.types import Article, Entity, EntityType, Fact, Predicate

_ROLE_PREDICATES = {
    "director": Predicate.DIRECTED,
    "filmmaker": Predicate.DIRECTED,
    "star": Predicate.STARRED_IN,
    "co-star": Predicate.STARRED_IN,
}
_OF_ROLE = re.compile(r",? (?:the )?(?P<role>Director|Filmmaker|Star|Co-Star)s? [Oo]f $")
_ROLE_BEFORE_NAME = re.compile(r"^ (?P<role>Director|Filmmaker|Star|Co-Star) $")
_POSSESSIVE = re.compile(r"^['’]s $")
_JOINER = re.compile(r"^(?:,? and |, )$")
_QUOTE_MARKS = "\"'“”‘’"


def headline_facts(article: Article, discourse: Discourse) -> Iterator[Fact]:
    """Facts from the headline's credit shapes, with the headline as evidence."""
    if not discourse.body:
        return
    for sentence in discourse.sentences:
        if sentence.start >= discourse.body[0].start:
            break
        mentions = _mentions(discourse, sentence.text)
        for predicate, person, film, start, end in _credits(discourse, sentence.text, mentions):
            yield Fact(
                person,
                predicate,
                film,
                article.name,
                sentence.index,
                sentence.start + start,
                sentence.start + end,
                sentence.text,
                "headline-credit",
                0.7,
            )


_Mention = tuple[int, int, Entity]


def _mentions(discourse: Discourse, text: str) -> list[_Mention]:
    """People the body names in full and films it names, where the headline names them."""
    found: list[_Mention] = []
    for person in discourse.people.values():
        name = person.entity.name
        if " " in name and name in text:  # the substring test first: most names are absent
            found += [(m.start(), m.end(), person.entity) for m in _word(name).finditer(text)]
    for film in {f for f in discourse.titles.values() if f.type == EntityType.FILM}:
        if film.name not in text:
            continue
        for m in _word(film.name).finditer(text):
            start, end = m.start(), m.end()
            while start > 0 and text[start - 1] in _QUOTE_MARKS:
                start -= 1
            while end < len(text) and text[end] in _QUOTE_MARKS + ",":
                end += 1
            found.append((start, end, film))
    found.sort(key=lambda mention: (mention[0], -mention[1]))
    kept: list[_Mention] = []
    for mention in found:  # the longest of overlapping mentions ("Nightfall II", not "Nightfall")
        if not kept or mention[0] >= kept[-1][1]:
            kept.append(mention)
    return kept


def _word(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def _credits(
    discourse: Discourse, text: str, mentions: list[_Mention]
) -> Iterable[tuple[Predicate, Entity, Entity, int, int]]:
    """(predicate, person, film, start, end) for each credit shape in the headline."""
    for i, (start, end, entity) in enumerate(mentions):
        if entity.type != EntityType.PERSON:
            continue
        following = _films_after(text, mentions, i)
        between = text[end : following[0][0]] if following else ""
        role = _OF_ROLE.match(between)
        if role:
            for _, film_end, film in following:
                yield _ROLE_PREDICATES[role["role"].lower()], entity, film, start, film_end
        elif following and _POSSESSIVE.match(between) and "director" in discourse.roles_of(entity):
            yield Predicate.DIRECTED, entity, following[0][2], start, following[0][1]
        if i and mentions[i - 1][2].type == EntityType.FILM:
            film_start, _, film = mentions[i - 1]
            role = _ROLE_BEFORE_NAME.match(text[mentions[i - 1][1] : start])
            if role:
                yield _ROLE_PREDICATES[role["role"].lower()], entity, film, film_start, end


def _films_after(text: str, mentions: list[_Mention], index: int) -> list[_Mention]:
    """The run of films after mention ``index``: ``Director of A and B`` gives A and B."""
    films: list[_Mention] = []
    for mention in mentions[index + 1 :]:
        if mention[2].type != EntityType.FILM:
            break
        if films and not _JOINER.match(text[films[-1][1] : mention[0]]):
            break
        films.append(mention)
    return films
