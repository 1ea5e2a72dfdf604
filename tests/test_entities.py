"""IRI minting: slugs, entity and article IRIs, record IRIs."""

import pytest
from rdflib import URIRef

from kg.entities import (
    ENTITY_KINDS,
    article_iri,
    assertion_iri,
    entity_iri,
    performance_iri,
    quote_iri,
    slugify,
)
from kg.types import Entity, EntityType
from kg.vocab import KG

ID = "https://w3id.org/film-kg/id/"
ART = "https://w3id.org/film-kg/article/"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Mara Jiménez", "mara-jimenez"),
        ("MARA   JIMENEZ", "mara-jimenez"),
        ("Ødegård-Lund", "ødegard-lund"),  # Ø has no decomposition: kept, lower-cased
        ("Søren Kiær", "søren-kiær"),
        ("Crème Brûlée: The Return", "creme-brulee-the-return"),
        ("Harbour_Lights 2", "harbour-lights-2"),
        ("--Quiet   Harbour--", "quiet-harbour"),
        ("Night № 9", "night-no-9"),  # NFKD turns № into No
        ("ﬂicker", "flicker"),  # ligature
        ("Ｗｉｄｅ", "wide"),  # full-width letters
        ("黒い海", "黒い海"),  # letters of any script are kept
        ("quiet-harbour-review.txt", "quiet-harbour-review-txt"),
        ("", ""),
        ("!?", ""),
    ],
)
def test_entities_slugify(text, slug):
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("entity", "iri"),
    [
        (Entity("Mara Jiménez", EntityType.PERSON), "person/mara-jimenez"),
        (Entity("Quiet Harbour", EntityType.FILM, year=2011), "film/quiet-harbour"),
        (Entity("The Salt Trilogy", EntityType.FILM_SERIES), "film-series/the-salt-trilogy"),
        (Entity("Lantern Street", EntityType.TV_SERIES), "tv-series/lantern-street"),
        (Entity("Inspector Vey", EntityType.CHARACTER), "character/inspector-vey"),
        (Entity("Kestrel Pictures", EntityType.ORGANIZATION), "organization/kestrel-pictures"),
    ],
)
def test_entities_entity_iri(entity, iri):
    assert entity_iri(entity) == URIRef(ID + iri)


def test_entities_every_type_has_a_kind():
    assert set(ENTITY_KINDS) == set(EntityType)
    assert len(set(ENTITY_KINDS.values())) == len(EntityType)


def test_entities_iri_ignores_year_and_spelling_variants():
    plain = entity_iri(Entity("Quiet Harbour", EntityType.FILM))
    assert entity_iri(Entity("Quiet Harbour", EntityType.FILM, year=2011)) == plain
    assert entity_iri(Entity("QUIET HARBOUR!", EntityType.FILM)) == plain


def test_entities_same_name_different_type_differs():
    person = entity_iri(Entity("Vey", EntityType.PERSON))
    character = entity_iri(Entity("Vey", EntityType.CHARACTER))
    assert person != character


def test_entities_name_without_letters_gets_stable_hash():
    first = entity_iri(Entity("?!", EntityType.FILM))
    assert first == entity_iri(Entity("?!", EntityType.FILM))
    assert first != entity_iri(Entity("...", EntityType.FILM))
    assert first.startswith(ID + "film/_")


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("quiet-harbour-review.txt", "quiet-harbour-review-txt"),
        ("Interview — Mara Jiménez.TXT", "interview-mara-jimenez-txt"),
        ("<stdin>", "stdin"),
    ],
)
def test_entities_article_iri(name, iri):
    assert article_iri(name) == URIRef(ART + iri)


def test_entities_performance_iri_keeps_the_character():
    mara = Entity("Mara Jiménez", EntityType.PERSON)
    film = Entity("Quiet Harbour", EntityType.FILM)
    vey = performance_iri(mara, film, Entity("Inspector Vey", EntityType.CHARACTER))
    twin = performance_iri(mara, film, Entity("Vey's Twin", EntityType.CHARACTER))
    assert vey == URIRef(ID + "performance/mara-jimenez--quiet-harbour--inspector-vey")
    assert vey != twin


def test_entities_quote_iri_depends_on_article_speaker_and_words():
    speaker = URIRef(ID + "person/mara-jimenez")
    other = URIRef(ID + "person/tomas-ridel")
    base = quote_iri("a.txt", speaker, "It was cold.")
    assert base == quote_iri("a.txt", speaker, "It was cold.")
    assert base.startswith(ART + "a-txt/quote/")
    assert len(base.rsplit("/", 1)[1]) == 16
    variants = [
        quote_iri("b.txt", speaker, "It was cold."),
        quote_iri("a.txt", other, "It was cold."),
        quote_iri("a.txt", speaker, "It was warm."),
    ]
    assert len({base, *variants}) == 1 + len(variants)


def test_entities_assertion_iri_depends_on_every_part():
    s = URIRef(ID + "person/mara-jimenez")
    o = URIRef(ID + "film/quiet-harbour")
    char = URIRef(ID + "character/inspector-vey")
    base = assertion_iri("a.txt", (s, KG.starredIn, o), (10, 40), "cast-as")
    variants = [
        assertion_iri("b.txt", (s, KG.starredIn, o), (10, 40), "cast-as"),
        assertion_iri("a.txt", (s, KG.directed, o), (10, 40), "cast-as"),
        assertion_iri("a.txt", (s, KG.starredIn, o), (11, 40), "cast-as"),
        assertion_iri("a.txt", (s, KG.starredIn, o), (10, 41), "cast-as"),
        assertion_iri("a.txt", (s, KG.starredIn, o), (10, 40), "stars-in"),
        assertion_iri("a.txt", (s, KG.starredIn, o), (10, 40), "cast-as", char),
    ]
    assert base == assertion_iri("a.txt", (s, KG.starredIn, o), (10, 40), "cast-as")
    assert base.startswith(ART + "a-txt/fact/")
    assert len({base, *variants}) == 1 + len(variants)
