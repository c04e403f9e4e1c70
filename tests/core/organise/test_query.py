"""The query language: tokens, facets, errors naming the token, and results on a catalogue."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from smparchive.core.domain.query import QueryError, parse_query, parse_search, tokenize

BXL = ZoneInfo("Europe/Brussels")


def test_tokenize_quotes_operators_and_negation() -> None:
    toks = tokenize('reunion session:"EMN roundtable" rating>=4 -flag:reject “Jane”')
    assert [(t.key, t.op, t.value, t.negated) for t in toks] == [
        (None, "", "reunion", False),
        ("session", ":", "EMN roundtable", False),
        ("rating", ">=", "4", False),
        ("flag", ":", "reject", True),
        (None, "", "Jane", False),
    ]
    with pytest.raises(QueryError, match="Unknown search facet 'colr'"):
        tokenize("colr:red")
    with pytest.raises(QueryError, match="Unbalanced quote"):
        tokenize('session:"EMN')
    with pytest.raises(QueryError, match="'kind:' needs a value"):
        tokenize("kind:")


@pytest.fixture
def world(catalog, add_items):
    catalog.create_event("SMP", time_zone="Europe/Brussels")
    emn = catalog.add_session(
        "EMN roundtable", datetime(2022, 6, 1, 9, 30, tzinfo=BXL),
        datetime(2022, 6, 1, 11, tzinfo=BXL), room="Roundtable Room",
    ).value  # fmt: skip
    catalog.add_day(datetime(2022, 6, 2).date())
    day1, day2 = (d.id for d in catalog.days())
    ids = add_items(
        [
            {"name": "reunion_1.jpg", "rating": 5, "flag": 1, "color_label": "red",
             "session_id": emn, "day_id": day1, "camera_make": "NIKON",
             "capture_utc": datetime(2022, 6, 1, 8, tzinfo=UTC), "width": 400, "height": 600,
             "consent": "cleared"},
            {"name": "IMG_2.jpg", "rating": 3, "day_id": day1, "camera_make": "Canon",
             "capture_utc": datetime(2022, 6, 1, 12, tzinfo=UTC), "width": 600, "height": 400},
            {"name": "talk.mp4", "kind": "video", "rating": 4, "day_id": day2,
             "status": "missing", "capture_utc": datetime(2022, 6, 2, 8, tzinfo=UTC),
             "sha256": "f" * 64},
            {"name": "copy.mp4", "kind": "video", "day_id": day2, "sha256": "f" * 64,
             "capture_utc": datetime(2022, 6, 2, 9, tzinfo=UTC)},
        ]
    )  # fmt: skip
    catalog.set_text([ids[1]], "caption", "fr", "Réunion du matin")
    catalog.tag_items(ids[:2], ["Policy|Skills"])
    catalog.tag_items([ids[0]], ["Jane Doe"], kind="person")
    return catalog, ids, emn, day1


def q(cat, text: str) -> list[int]:
    s = parse_search(text, cat)
    return cat.query_ids(s.filter, sort=s.sort)


def test_facets_and_free_text(world) -> None:
    cat, ids, *_ = world
    assert q(cat, "reunion") == ids[:2]  # accent folding; file name and caption
    assert q(cat, "reu") == ids[:2]  # prefix
    assert q(cat, "kind:photo") == ids[:2]
    assert q(cat, "kind:video kind:photo") == ids
    assert q(cat, "day:1") == ids[:2] and q(cat, "day:2022-06-02") == ids[2:]
    assert q(cat, 'session:"EMN roundtable"') == [ids[0]]
    assert q(cat, "session:none kind:photo") == [ids[1]]
    assert q(cat, "room:Roundtable Room") == []  # unquoted: 'Room' is free text
    assert q(cat, 'room:"roundtable room"') == [ids[0]]
    assert q(cat, "tag:Policy") == ids[:2]  # children count
    assert q(cat, 'person:"Jane Doe"') == [ids[0]]
    assert q(cat, "rating>=4") == [ids[0], ids[2]]
    assert q(cat, "rating>4") == [ids[0]] and q(cat, "rating:3") == [ids[1]]
    assert q(cat, "rating<3") == [ids[3]]
    assert q(cat, "flag:pick") == [ids[0]] and q(cat, "color:red") == [ids[0]]
    assert q(cat, "consent:cleared") == [ids[0]] and q(cat, "camera:nikon") == [ids[0]]
    assert q(cat, "status:missing") == [ids[2]]
    assert q(cat, "date:2022-06-01") == ids[:2]
    assert q(cat, "date:2022-06-01..2022-06-02") == ids
    assert q(cat, "date>=2022-06-02") == ids[2:]
    assert q(cat, "orientation:portrait") == [ids[0]]
    assert q(cat, "is:duplicate") == ids[2:]
    assert q(cat, "reunion kind:photo day:1 rating>=3 tag:Policy") == ids[:2]


def test_negation_and_sort(world) -> None:
    cat, ids, *_ = world
    assert q(cat, "-kind:video") == ids[:2]
    assert q(cat, "-color:red") == ids[1:]  # items without a colour label stay
    assert q(cat, "-reunion") == ids[2:]
    # A free word with an excluded word (two full-text matches in one statement).
    assert q(cat, "reunion -zzz") == ids[:2]
    assert q(cat, "reunion -matin") == [ids[0]]
    assert q(cat, "sort:rating") == [ids[0], ids[2], ids[1], ids[3]]
    assert parse_search("x sort:name", cat).sort == "name"


def test_an_order_is_named_as_its_column_in_any_language(world) -> None:
    """``tri:taille`` (the French column "Taille"), ``sorteer:grootte``: the orders are
    typed in the words the grid's columns show, in every language, and a saved search
    stores the English order."""
    from smparchive.core.domain.query import canonical_query

    cat, ids, *_ = world
    for text, order in (
        ("tri:taille", "size"),
        ('tri:"prise de vue"', "time"),
        ("tri:note", "rating"),
        ("sorteer:grootte", "size"),
        ("sorteer:beoordeling", "rating"),
        ("sort:captured", "time"),
    ):
        assert parse_search(f"reunion {text}", cat).sort == order, text
    assert q(cat, "tri:note") == q(cat, "sort:rating") == [ids[0], ids[2], ids[1], ids[3]]
    assert canonical_query("type:vidéo tri:taille") == "kind:video sort:size"
    with pytest.raises(Exception, match="name, captured, size, added, rating"):
        parse_search("sort:colour", cat)


def test_in_collection_curated_and_smart(world) -> None:
    cat, ids, *_ = world
    cat.create_collection("Best of", item_ids=[ids[2], ids[0]])
    cat.create_collection("Videos", query="kind:video")
    assert q(cat, 'in:"best of"') == [ids[0], ids[2]]
    assert q(cat, "in:Videos rating>=4") == [ids[2]]


def test_errors_name_the_token(world) -> None:
    cat, *_ = world
    for text, msg in (
        ("kind:photograph", "'kind:photograph'"),
        ("day:9", "'day:9'"),
        ("day:2023-01-01", "no programme day"),
        ('session:"Nothing like it"', "No session matches 'Nothing like it'"),
        ("tag:Nope", "No tag 'Nope'"),
        ("rating>=9", "'rating>=9'"),
        ("rating:high", "'rating:high'"),
        ("date:yesterday", "'date:yesterday'"),
        ("in:Nowhere", "No collection named 'Nowhere'"),
        ("sort:colour", "'sort:colour'"),
        ("kind>photo", "'kind>photo'"),
    ):
        with pytest.raises(Exception, match=msg):
            parse_query(text, cat)


def test_repeated_facets_widen_and_bounds_tighten(world) -> None:
    cat, ids, *_ = world
    f = parse_search("kind:photo kind:video kind:photo rating>=2 rating>=4 rating<=5", cat).filter
    assert f.kinds == ("photo", "video")  # a facet given twice means either value, once each
    assert (f.rating_min, f.rating_max) == (4, 5)  # the tightest bound wins
    assert q(cat, "rating>=2 rating>=4 kind:video") == [ids[2]]
    excluded = parse_search("-kind:video -kind:video", cat).filter.exclude
    assert [e.kinds for e in excluded] == [("video",), ("video",)]
    assert q(cat, "date>=2022-06-01 date<=2022-06-01") == ids[:2]


@pytest.mark.parametrize(
    ("local", "english"),
    [
        ('jour:1 séance:"EMN roundtable" type:photo note>=3 -drapeau:rejeté',
         'day:1 session:"EMN roundtable" kind:photo rating>=3 -flag:reject'),
        ("dag:1 sessie:EMN soort:photo sterren>=3 -vlag:afgewezen vlag:gekozen",
         "day:1 session:EMN kind:photo rating>=3 -flag:reject flag:pick"),
        ("Séance:EMN salle:Roundtable couleur:red", "session:EMN room:Roundtable color:red"),
        # the values as the app shows them (value_words.py, from the translations)
        ('type:vidéos consentement:"ne pas publier" statut:hors-ligne couleur:Rouge',
         "kind:video consent:do_not_publish status:offline color:red"),
        ("soort:presentaties toestemming:vrijgegeven -vlag:afgewezen",
         "kind:slides consent:cleared -flag:reject"),
        # keywords, as the inspector calls them ("Mots-clés", "Trefwoorden")
        ("mot-clé:Policy reunion", "tag:Policy reunion"),
        ("-mot-cle:Policy", "-tag:Policy"),
        ("Trefwoord:Policy", "tag:Policy"),
        # the language's own words (is:, session:none, orientation:, faces:none)
        ("est:doublon séance:aucune orientation:paysage",
         "is:duplicate session:none orientation:landscape"),
        ('-est:"sans séance" est:retenus visages:aucun', "-is:unassigned is:pick faces:0"),
        ("oriëntatie:staand is:dubbel -sessie:geen",
         "orientation:portrait is:duplicate -session:none"),
    ],
)  # fmt: skip
def test_the_keys_of_the_interface_languages_find_the_same(world, local, english) -> None:
    """The app's search field shows its keys in French and Dutch (jour:, séance:, type:):
    the language accepts them whatever the interface's language, finds what the English
    keys find, and a saved search stores the English form (it reads the same in every
    language, and older smparchive versions read it)."""
    from smparchive.core.domain.query import canonical_query

    cat, _ids, _emn, _day1 = world
    found, expected = parse_search(local, cat), parse_search(english, cat)
    assert (found.filter, found.sort) == (expected.filter, expected.sort)
    assert canonical_query(local) == english
    saved = cat.create_collection("Saved", query=local).value
    assert next(c for c in cat.collections() if c.id == saved).query == english
    cat.update_collection(saved, query=local + " reunion")
    assert next(c for c in cat.collections() if c.id == saved).query == english + " reunion"


def test_a_key_the_language_does_not_know_is_named(world) -> None:
    """A key spelled with letters the plain keys do not use ('étiquette', a typo in
    'mot-clé') before a quoted value is named as an unknown key, not as a quote left
    open; the French field offers 'mot-clé:' (the spelling without accent is taken too)."""
    from smparchive.core.domain.query import search_keys

    cat, *_ = world
    for text, name in (('étiquette:"EMN roundtable"', "étiquette"), ('-mot-cl:"A b"', "mot-cl")):
        with pytest.raises(QueryError, match=f"Unknown search facet '{name}'"):
            parse_query(text, cat)
    with pytest.raises(QueryError, match="Unbalanced quote"):
        parse_query('reunion"s', cat)
    assert "mot-clé" in search_keys("fr") and "mot-cle" not in search_keys("fr")
    assert "trefwoord" in search_keys("nl")


def test_the_words_for_closed_values_are_the_interfaces(world) -> None:
    """``personne:inconnue`` (``persoon:onbekend``) is ``person:unknown``, unless someone is
    called that; a wrong ``est:`` value is explained with the interface's words, English
    after them."""
    from smparchive.core.domain.query import value_names

    cat, ids, *_ = world
    unknown = parse_query("person:unknown", cat)
    assert unknown.unknown_faces
    assert parse_query("personne:Inconnue", cat) == parse_query("persoon:onbekend", cat) == unknown
    cat.tag_items([ids[1]], ["Inconnue"], kind="person")
    assert q(cat, "personne:inconnue") == [ids[1]]  # a person so named is that person
    assert q(cat, "-est:doublon orientation:portrait") == [ids[0]]
    with pytest.raises(QueryError) as err:
        parse_query("-est:doublons2", cat, names=value_names("fr"))
    message = str(err.value)
    assert 'est takes doublon, "sans séance", découpé, retenu' in message, message
    assert message.index("retenu") < message.index("duplicate"), message
    with pytest.raises(QueryError, match="is takes duplicate, unassigned, segmented, pick"):
        parse_query("is:dupe", cat)
