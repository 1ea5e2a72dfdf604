"""Credits stated by an article's headline, read against the entities its body names.

Headlines are title-cased ("Ferenc Halmágyi, Director of Nightfall, Dies at 86"), so the
capitalised-name finder cannot tell names from words there, and the body's rules skip them.
This step reads only a few unambiguous headline shapes, and only for people and titles the
body has already named in full:

- ``PERSON, Director of T [and T2]`` / ``PERSON, Star of T`` / an obituary's epithet
  (``PERSON, Hangdog Character Actor of T``; ``PERSON, Bandit of T`` for a person the body
  shows acting);
- ``T Director PERSON`` / ``T Star PERSON``;
- ``PERSON's T`` (``PERSON's Lost Portuguese Classic T``) for a person the body shows to be a
  director;
- ``T Review: PERSON's Remake ...`` (a film noun after the possessive), for anyone the body
  does not show to be only an actor;
- ``T Remake ... With PERSON Directing, PERSON2 Starring``;
- ``PERSON Joins T`` / ``PERSON Boards T`` / ``PERSON Back for T``, for anyone the body does not
  show to be only a director.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.extract.coref import FILM_NOUN, Discourse
from kg.types import Article, Entity, EntityType, Fact, Predicate

_ROLE_PREDICATES = {
    "director": Predicate.DIRECTED,
    "filmmaker": Predicate.DIRECTED,
    "star": Predicate.STARRED_IN,
    "co-star": Predicate.STARRED_IN,
    "actor": Predicate.STARRED_IN,
    "actress": Predicate.STARRED_IN,
}
# "PERSON, Hangdog Character Actor of T", "PERSON, Bandit of T": an obituary's epithet; the
# last word names the credit (a crew word that is no credit here gives nothing)
_OF_ROLE = re.compile(r",? (?:the )?(?:[A-Z][\w'’-]* ){0,3}?(?P<role>[A-Z][\w'’-]*?)s? [Oo]f $")
_NO_CREDIT_EPITHET = frozenset(
    "writer screenwriter producer cinematographer editor composer head founder chief president "
    "creator author novelist champion critic programmer".split()
)
_ROLE_BEFORE_NAME = re.compile(r"^ (?P<role>Director|Filmmaker|Star|Co-Star) $")
_POSSESSIVE = re.compile(r"^['’]s (?:[A-Z][\w'’-]* ){0,3}$")  # "'s Lost Portuguese Classic "
_REVIEW_BEFORE = re.compile(r"[\"'“”‘’]?:? [Rr]eview\s*[:–—-]+\s*$")
_FILM_NOUN_AFTER = re.compile(rf"['’]s (?:[\w-]+ ){{0,2}}(?i:{FILM_NOUN}|horror|adaptation)\b")
# "With X Directing, Y Starring"; not "X Directing Reboot", whose film is not the one named
_PARTICIPLE_AFTER = re.compile(r" (?P<role>Directing|Starring)(?=\s*(?:[,;]|$))")
_REMADE = re.compile(r"\b(?:[Rr]emake|[Rr]eboot|[Rr]edo|[Uu]pdate|[Rr]emaking)\b")
_PARTICIPLE_PREDICATES = {"Directing": Predicate.DIRECTED, "Starring": Predicate.STARRED_IN}
_JOINS_BEFORE_FILM = re.compile(
    r"^ (?:Joins|Boards|(?:Is )?Back for|Returns for|Reprises Role in) $"
)
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
        predicate = role and _epithet_credit(discourse, entity, role["role"].lower())
        if predicate:
            for _, film_end, film in following:
                yield predicate, entity, film, start, film_end
        elif following and _POSSESSIVE.match(between) and "director" in discourse.roles_of(entity):
            yield Predicate.DIRECTED, entity, following[0][2], start, following[0][1]
        elif following and _JOINS_BEFORE_FILM.match(between):
            if discourse.roles_of(entity) != {"director"}:
                yield Predicate.STARRED_IN, entity, following[0][2], start, following[0][1]
        yield from _after_an_earlier_film(discourse, text, mentions, i)
        if i and mentions[i - 1][2].type == EntityType.FILM:
            film_start, _, film = mentions[i - 1]
            role = _ROLE_BEFORE_NAME.match(text[mentions[i - 1][1] : start])
            if role:
                yield _ROLE_PREDICATES[role["role"].lower()], entity, film, film_start, end


def _epithet_credit(discourse: Discourse, person: Entity, word: str) -> Predicate | None:
    """The credit an epithet's last word gives (``Director of``, ``Star of``, ``Bandit of``).

    A word that is neither a credit nor a crew job is a part played (``Bandit of T``), so it
    credits acting, but only to a person the body shows acting.
    """
    if word in _ROLE_PREDICATES:
        return _ROLE_PREDICATES[word]
    if word in _NO_CREDIT_EPITHET or "actor" not in discourse.roles_of(person):
        return None
    return Predicate.STARRED_IN


def _after_an_earlier_film(
    discourse: Discourse, text: str, mentions: list[_Mention], index: int
) -> Iterable[tuple[Predicate, Entity, Entity, int, int]]:
    """Credits of a person named after the headline's film: a review's director, a crew line.

    ``'T' Review: PERSON's Remake Keeps ...`` names the reviewed film's director, and
    ``T Remake Lands With PERSON Directing, PERSON2 Starring`` both credits.
    """
    start, end, person = mentions[index]
    films = [m for m in mentions[:index] if m[2].type == EntityType.FILM]
    if not films:
        return
    film_start, film_end, film = films[-1]
    film = _the_film_meant(discourse, text, film)
    if film is None:
        return
    roles = discourse.roles_of(person)
    if (
        _REVIEW_BEFORE.search(text, film_end, start)
        and _FILM_NOUN_AFTER.match(text, end)
        and roles != {"actor"}
    ):
        yield Predicate.DIRECTED, person, film, film_start, end
    participle = _PARTICIPLE_AFTER.match(text, end)
    if participle and ";" not in text[film_end:start]:
        yield _PARTICIPLE_PREDICATES[participle["role"]], person, film, film_start, participle.end()


def _the_film_meant(discourse: Discourse, text: str, film: Entity) -> Entity | None:
    """Of the films sharing ``film``'s title, the one a headline credit is about.

    A headline about a remake names the original's title ("'Nightjar' Remake ... With X
    Directing"): the newest (or the undated) film of that title is the remake. Without such
    a word, a title two films share is left alone. A franchise's new entry ("Third 'Saints'
    Film With X Directing") is the article's own film, when its title holds the franchise's.
    """
    films = {f for f in discourse.titles.values() if f.type == EntityType.FILM}
    if _franchise_entry(text, film.name):  # "Sets Third 'Copper Saints' Film": a new entry
        main = discourse.main_film()
        return main if main and main != film and film.name in main.name else None
    namesakes = [f for f in films if f.name == film.name]
    if not _REMADE.search(text):
        return film if len(namesakes) <= 1 else None
    if len(namesakes) <= 1 and film.year is not None:
        return None  # the body dates only the original: the remake is not this film
    return max(namesakes, key=lambda f: f.year or 9999)  # an undated one is the new film


def _franchise_entry(text: str, title: str) -> bool:
    """Whether the headline names ``title`` as a franchise with a new entry in it."""
    ordinal = r"(?:Second|Third|Fourth|Fifth|Sixth|New|Next|Another|Final|Last)"
    entry = r"(?:Film|Movie|Installment|Instalment|Entry|Chapter|Sequel)\b"
    quoted = rf"[{_QUOTE_MARKS}]?{re.escape(title)}[{_QUOTE_MARKS}]?"
    # "Sets Third 'Copper Saints' Film", "'Copper Saints' Third Film Set at ..."
    return bool(re.search(rf"\b{ordinal} {quoted} {entry}|{quoted} {ordinal} {entry}", text))


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
