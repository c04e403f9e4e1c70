"""The search language shared by the app and the CLI, parsed into an :class:`ItemFilter`.

    reunion kind:photo day:1 session:"EMN roundtable" rating>=4 -flag:reject sort:rating

Bare words are free text (prefix match, accents folded). ``key:value`` facets narrow the
result; the same facet given twice means either value (``kind:photo kind:video``), except
``tag:`` and ``person:``, which must all be present. A leading ``-`` excludes. Names (days,
sessions, tags, people, collections) are looked up in the catalogue; errors name the token.

The keys are the field registry's facets (``core/fields.py``) and the language's own
(``QUERY_KEYS``). A registry facet with no search of its own below compares its field
(``ItemFilter.field_values``), so a field added to the registry can be searched at once.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.itemfilter import ItemFilter, status_filter
from smparchive.core.catalog.sorts import SORT_NAMES as SORTS
from smparchive.core.catalog.textquery import fold, terms
from smparchive.core.media.kinds import kind_words
from smparchive.core.messages import problem
from smparchive.core.vocab import (
    FILTER_STATUSES,
    ColourLabel,
    Consent,
    Flag,
    Kind,
    TagKind,
    stored_values,
)

KINDS = stored_values(Kind)
FLAGS = {
    **{f.label: int(f) for f in Flag},
    "picked": int(Flag.PICK),
    "rejected": int(Flag.REJECT),
    "unflagged": int(Flag.NONE),
}
COLORS = stored_values(ColourLabel)
CONSENTS = {
    **{c.value: c.value for c in Consent},
    "internal": Consent.INTERNAL_ONLY.value,
    "dnp": Consent.DO_NOT_PUBLISH.value,
}
STATUSES = FILTER_STATUSES
ORIENTATIONS = ("landscape", "portrait", "square")
# Keys of the language itself, not a field's facet.
QUERY_KEYS = ("room", "tag", "person", "orientation", "in", "is", "sort", "faces", "segment")
ALIASES = {"label": "color", "colour": "color", "people": "person", "collection": "in",
           "type": "kind", "stars": "rating", "segments": "segment"}  # fmt: skip
# The keys in the interface's other languages (the app's search field shows them in French
# and Dutch), accepted whatever the language: a search typed in French runs in an English
# app, the command line and a colleague's Dutch one. A saved search stores the keys in their
# canonical (English) form (:func:`canonical_query`). Values in the interface's words
# ("vidéo", "autorisé") come from the labels the app shows: :class:`ValueNames`.
LOCAL_KEYS: dict[str, dict[str, str]] = {
    "fr": {
        "jour": "day", "séance": "session", "seance": "session", "salle": "room",
        "note": "rating", "drapeau": "flag", "couleur": "color", "consentement": "consent",
        "personne": "person", "appareil": "camera", "statut": "status", "tri": "sort",
        "visages": "faces", "type": "kind", "collection": "in", "mot-clé": "tag",
        "mot-cle": "tag", "est": "is",
    },
    "nl": {
        "dag": "day", "sessie": "session", "zaal": "room", "soort": "kind",
        "sterren": "rating", "vlag": "flag", "kleur": "color", "toestemming": "consent",
        "persoon": "person", "collectie": "in", "sorteer": "sort", "gezichten": "faces",
        "datum": "date", "trefwoord": "tag", "oriëntatie": "orientation",
        "orientatie": "orientation",
    },
}  # fmt: skip
for _keys in LOCAL_KEYS.values():
    ALIASES.update(_keys)
MAX_DEPTH = 4
# Keys whose values have words of the interface's language (:class:`ValueNames`): ``is:``
# takes its own words (duplicate, unassigned, segmented), a flag, a status or a kind.
IS_KEYS = ("is", "flag", "status", "kind")
IS_WORDS = ("duplicate", "unassigned", "segmented")


def fold_word(text: str) -> str:
    """How a value is compared with the words for it: case and accents folded, spaces,
    ``_`` and ``-`` alike ("Hors-ligne", "hors ligne" and "hors_ligne" are one word)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(w for w in re.split(r"[\s_\-]+", bare) if w)


def value_word(label: str) -> str:
    """A label as one types it for a value: lower case, quoted when it has spaces."""
    word = label.strip().lower()
    return f'"{word}"' if any(c.isspace() for c in word) else word


Labels = Mapping[str, Mapping[str, str]]  # canonical key -> {stored value as typed: label}


@dataclass(frozen=True)
class ValueNames:
    """The words an interface shows for the values of the query's keys, taken as values:
    ``type:vidéo``, ``consentement:autorisés`` and ``statut:"hors ligne"`` mean
    ``kind:video``, ``consent:cleared`` and ``status:offline``. ``labels`` are the words of
    one language (named in messages and offered as one types), ``also`` those of the
    others, taken too: like the keys, a value typed in French works in every interface and
    on the command line. The words are the labels the app shows (``value_words.py``,
    written from the translations)."""

    labels: Labels
    also: tuple[Labels, ...] = ()
    _lookup: dict[str, dict[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, dict[str, str]] = {}
        for labels in (self.labels, *self.also):
            for key, names in labels.items():
                words = lookup.setdefault(key, {})
                for value, label in names.items():
                    if label:
                        words.setdefault(fold_word(label), value)
        object.__setattr__(self, "_lookup", lookup)

    def value(self, key: str | None, text: str) -> str | None:
        """The value ``text`` names for ``key`` (a plural taken too), or None."""
        words = self._lookup.get(key or "")
        if not words:
            return None
        folded = fold_word(text)
        hit = words.get(folded)
        if hit is None and folded.endswith(("s", "x")):
            hit = words.get(folded[:-1])  # "Vidéos", "autorisés"
        return hit

    def shown(self, key: str | None) -> list[str]:
        """The words for ``key``'s values as one types them ('' if none)."""
        return [value_word(label) for label in self.labels.get(key or "", {}).values() if label]


@functools.cache
def value_names(language: str = "en") -> ValueNames:
    """The words for values of ``language`` ("en", "fr", "nl"), every other language's
    taken too."""
    from smparchive.core.domain.value_words import LABELS

    own = LABELS.get(language, LABELS["en"])
    return ValueNames(own, tuple(labels for labels in LABELS.values() if labels is not own))


class QueryError(CatalogError):
    """A search that cannot be understood; the message names the bad token."""


@dataclass(frozen=True, slots=True)
class Token:
    """One term of a query: a free-text word or a facet with its operator and value."""

    text: str  # as written, for error messages
    key: str | None  # None for free text
    op: str  # ':', '>=', '<=', '>', '<', '='
    value: str
    negated: bool = False


# Keys beyond [A-Za-z_] ("séance", "mot-clé") are spelled out, longest first.
_OTHER_KEYS = "|".join(
    re.escape(k)
    for k in sorted(ALIASES, key=len, reverse=True)
    if not re.fullmatch(r"[A-Za-z_]+", k)
)
_TOKEN = re.compile(
    rf"(?P<neg>-)?(?:(?P<key>(?i:{_OTHER_KEYS})|[A-Za-z_]+)(?P<op>>=|<=|:|=|>|<))?"
    r'(?:"(?P<q>[^"]*)"|(?P<w>[^\s"]+))?'
)
# A word ending in ':' glued to a quote: a key the language does not know ('étiquette:"x"')
_KEYLIKE = re.compile(r"-?(?P<name>[^\W\d][\w-]*):")


def facet_keys() -> tuple[str, ...]:
    """Every ``key:`` a search may use: the registry's field facets, then the language's."""
    from smparchive.core.fields import facets  # here: a search of words alone needs none

    own = facets()
    return (*own, *(k for k in QUERY_KEYS if k not in own))


def search_keys(language: str) -> list[str]:
    """The keys a search field offers as one types: those of ``language`` (LOCAL_KEYS)
    first, then the canonical ones (each accepted in every language)."""
    # the accented spelling offered ("séance", "mot-clé"), the plain one taken too
    plain = ("seance", "mot-cle", "orientatie")
    local = [k for k in LOCAL_KEYS.get(language, {}) if k not in plain]
    return [*local, *(k for k in facet_keys() if k not in local)]


def tokenize(text: str) -> list[Token]:
    """Split a query into tokens; quotes keep spaces (``session:"EMN roundtable"``)."""
    out: list[Token] = []
    pos = 0
    text = text.replace("“", '"').replace("”", '"')
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise QueryError(problem("query.unreadable_at", value=text[pos : pos + 20]))
        raw = m.group(0)
        if text[m.end() : m.end() + 1] == '"':
            unknown = _KEYLIKE.fullmatch(raw) if m.group("key") is None else None
            if unknown is not None:
                raise QueryError(
                    problem(
                        "query.unknown_facet",
                        name=unknown.group("name"),
                        value=raw + _quoted(text[m.end() :]),
                        other=", ".join(facet_keys()),
                    )
                )
            raise QueryError(problem("query.unbalanced_quote", value=text[pos:]))
        value = m.group("q") if m.group("q") is not None else (m.group("w") or "")
        key = m.group("key")
        if key is not None:
            key = key.lower()
            key = ALIASES.get(key, key)
            known = facet_keys()
            if key not in known:
                raise QueryError(
                    problem(
                        "query.unknown_facet",
                        name=m.group("key"),
                        value=raw,
                        other=", ".join(known),
                    )
                )
            if value == "":
                raise QueryError(problem("query.needs_value", value=raw))
        elif value == "" and not m.group("q"):
            raise QueryError(problem("query.unreadable_at", value=raw))
        out.append(Token(raw, key, m.group("op") or "", value, bool(m.group("neg"))))
        pos = m.end()
    return out


def _quoted(rest: str) -> str:
    """The quoted value at the start of ``rest`` ('"x y" tag:a' -> '"x y"'), closing quote
    included when there is one."""
    end = rest.find('"', 1)
    return rest if end < 0 else rest[: end + 1]


def canonical_query(text: str) -> str:
    """``text`` with every key in its canonical form (``jour:1 séance:"EMN"`` ->
    ``day:1 session:"EMN"``) and every value an interface names in its stored form
    (``type:vidéo`` -> ``kind:video``), the rest as written: how a saved
    search is stored, so it reads the same in every language and on the command line.
    Text that does not tokenize is returned as it is."""
    text = text.replace("“", '"').replace("”", '"')
    out: list[str] = []
    pos = 0
    while pos < len(text):
        if text[pos].isspace():
            out.append(text[pos])
            pos += 1
            continue
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            return text
        key = m.group("key")
        canonical = ALIASES.get(key.lower(), key.lower()) if key is not None else None
        written = m.group("q") if m.group("q") is not None else m.group("w")
        value = None
        # a person's name is kept as written: "Inconnue" may be someone (see _facet)
        if canonical not in (None, "person") and written is not None:
            keys = IS_KEYS if canonical == "is" else (canonical,)
            taken = value_names()
            value = next((v for k in keys if (v := taken.value(k, written)) is not None), None)
            if value is not None and value.casefold() == written.casefold():
                value = None  # the stored value itself: kept as written
        if key is not None and (canonical != key or value is not None):
            if value is None:
                value = m.group(0)[m.end("op") - pos :]
            out.append(text[pos : m.start("key")] + f"{canonical}{m.group('op')}{value}")
        else:
            out.append(m.group(0))
        pos = m.end()
    return "".join(out)


class Resolver(Protocol):
    """What the parser looks up in the catalogue (the Catalog facade satisfies it)."""

    def days(self, event_id: int | None = None, *, counts: bool = True) -> Any: ...
    def find_sessions(self, spec: str) -> Any: ...
    def find_tag(self, path: str, kind: str | None = None) -> Any: ...
    def find_collection(self, spec: str) -> Any: ...
    def event_zone(self, event_id: int | None = None) -> Any: ...


@dataclass(frozen=True, slots=True)
class Search:
    """A parsed query: the filter and the sort it asks for."""

    filter: ItemFilter
    sort: str = "time"
    tokens: tuple[Token, ...] = field(default_factory=tuple)


def parse_search(
    text: str, cat: Resolver, *, names: ValueNames | None = None, _depth: int = 0
) -> Search:
    """Parse ``text`` into a :class:`Search` (raises :class:`QueryError`); ``names``: the
    interface's words for values, taken besides the English ones."""
    if _depth > MAX_DEPTH:
        raise QueryError(problem("query.too_deep"))
    tokens = tokenize(text)
    taken = names or value_names()
    acc = ItemFilter()
    words: list[str] = []
    excludes: list[ItemFilter] = []
    sort = "time"
    for tok in tokens:
        if tok.key == "sort":
            tok = _named(tok, taken)  # "tri:taille": the order the interface names
            if tok.value.lower() not in SORTS:
                offered = _offered(SORTS, "sort", taken)
                raise QueryError(problem("query.unknown_sort", value=tok.text, other=offered))
            sort = tok.value.lower()
            continue
        if tok.key is None:
            if not terms(tok.value):
                continue  # punctuation alone ("!!!", "-?"): no word, no condition
            if tok.negated:
                excludes.append(ItemFilter(text=tok.value))
            else:
                words.append(tok.value)
            continue
        part = _facet(_named(tok, taken), cat, _depth, names)
        if tok.negated:
            excludes.append(both(ItemFilter(), part))
        else:
            acc = both(acc, part)
    f = acc.with_(text=" ".join(words), exclude=tuple(excludes))
    return Search(f, sort, tuple(tokens))


def parse_query(text: str, cat: Resolver, *, names: ValueNames | None = None) -> ItemFilter:
    """Parse ``text`` into an :class:`ItemFilter` (the sort, if any, is dropped)."""
    return parse_search(text, cat, names=names).filter


def _named(tok: Token, names: ValueNames) -> Token:
    """``tok`` with a value the interface names ("vidéo") replaced by the stored one."""
    if tok.key is None or tok.key == "person":  # a person's name is kept (see _facet)
        return tok
    keys = IS_KEYS if tok.key == "is" else (tok.key,)
    for key in keys:
        value = names.value(key, tok.value)
        if value is not None:
            return Token(tok.text, tok.key, tok.op, value, tok.negated)
    return tok


# OR-lists whose repeated values mean nothing more (tag_ids and sub are ANDs: kept as given).
_DEDUPED = ("kinds", "day_ids", "session_ids", "rooms", "flags", "color_labels", "consents",
            "cameras", "statuses")  # fmt: skip
# Bounds that only narrow when given twice: the tightest wins.
_TIGHTEST: dict[str, Callable[[Any, Any], Any]] = {
    "rating_min": max,
    "rating_max": min,
    "date_from": max,
    "date_to": min,
}


def both(acc: ItemFilter, part: ItemFilter) -> ItemFilter:
    """``acc`` narrowed by the conditions ``part`` sets: the same facet given twice widens
    (its values are ORed), bounds tighten, anything else set in ``part`` replaces."""
    changes: dict[str, Any] = {}
    for f in fields(ItemFilter):
        new = getattr(part, f.name)
        if new == f.default:
            continue
        old = getattr(acc, f.name)
        if isinstance(new, tuple):
            merged = (old or ()) + new
            changes[f.name] = tuple(dict.fromkeys(merged)) if f.name in _DEDUPED else merged
        elif f.name in _TIGHTEST and old is not None:
            changes[f.name] = _TIGHTEST[f.name](old, new)
        else:
            changes[f.name] = new
    return acc.with_(**changes) if changes else acc


def _facet(tok: Token, cat: Resolver, depth: int, names: ValueNames | None) -> ItemFilter:
    """The condition one ``key:value`` token sets."""
    key, value, low = tok.key, tok.value.strip(), tok.value.strip().lower()
    if key != "rating" and key != "date" and tok.op not in (":", "="):
        raise QueryError(problem("query.use_key_value", value=tok.text, name=key))
    if key == "kind":
        kind = kind_words().get(low, low)
        return ItemFilter(kinds=(_choice(tok, kind, KINDS, names),))
    elif key == "day":
        return ItemFilter(day_ids=_day(tok, cat))
    elif key == "session":
        if low in ("none", "unassigned"):
            return ItemFilter(unassigned=True)
        hits = cat.find_sessions(value)
        if not hits:
            raise QueryError(problem("query.no_session", name=value, value=tok.text))
        return ItemFilter(session_ids=tuple(s.id for s in hits))
    elif key == "room":
        return ItemFilter(rooms=(value,))
    elif (  # a person so named is that person
        key == "person"
        and _means_unknown(value, names)
        and cat.find_tag(value, TagKind.PERSON) is None
    ):
        return ItemFilter(unknown_faces=True)
    elif key == "faces":
        count = {"0": "0", "none": "0", "1": "1", "2+": "2+"}.get(low)
        if count is None:
            raise QueryError(problem("query.faces_count", value=tok.text))
        return ItemFilter(face_counts=(count,))
    elif key in ("tag", "person"):
        found = cat.find_tag(value, TagKind.PERSON if key == "person" else None)
        if found is None:
            code = "query.no_person" if key == "person" else "query.no_tag"
            raise QueryError(problem(code, name=value, value=tok.text))
        return ItemFilter(tag_ids=(found.id,))
    elif key == "rating":
        return _rating(tok)
    elif key == "flag":
        return ItemFilter(flags=(FLAGS[_choice(tok, low, tuple(FLAGS), names)],))
    elif key == "color":
        return ItemFilter(color_labels=(_choice(tok, low, COLORS, names),))
    elif key == "consent":
        return ItemFilter(
            consents=(CONSENTS[_choice(tok, low.replace("-", "_"), tuple(CONSENTS), names)],)
        )
    elif key == "camera":
        return ItemFilter(cameras=(value,))
    elif key == "status":
        if low == "warnings":  # read, but with a problem (the Warnings view)
            low = "warning"
        # error and warning as Problems > Errors and Warnings list them
        return status_filter((_choice(tok, low, (*STATUSES, "warning"), names),))
    elif key == "date":
        return _date(tok, cat)
    elif key == "orientation":
        return ItemFilter(orientation=_choice(tok, low, ORIENTATIONS, names))
    elif key == "in":
        coll = cat.find_collection(value)
        if coll.query is not None:
            sub = parse_search(coll.query, cat, names=names, _depth=depth + 1)
            return ItemFilter(sub=(sub.filter,))
        else:
            return ItemFilter(collection_id=coll.id)
    elif key == "is":
        return _is(tok, low, names)
    elif key == "segment":
        # recordings cut into segments; with a text, those holding a segment that names it
        if low in ("any", "yes", "*"):
            return ItemFilter(segmented=True)
        return ItemFilter(segment_texts=(value,))
    return _field_facet(tok)


def _field_facet(tok: Token) -> ItemFilter:
    """A registry facet with no search of its own: its field equals the value."""
    from smparchive.core.fields import by_facet

    f = by_facet(tok.key or "")
    if f is None or f.derived:
        raise QueryError(problem("query.not_searchable", value=tok.text, name=tok.key))
    try:
        value = f.parse(tok.value)
    except ValueError as exc:
        raise QueryError(problem("query.bad_value", value=tok.text, why=exc)) from None
    return ItemFilter(field_values=((f.name, value),))


def _choice(
    tok: Token, value: str, choices: tuple[str, ...], names: ValueNames | None = None
) -> str:
    if value not in choices:
        # the key as written, its values in the interface's words first
        written = tok.text.lstrip("-").split(tok.op, 1)[0]
        offered = _offered(choices, tok.key, names)
        raise QueryError(problem("query.one_of", value=tok.text, name=written, other=offered))
    return value


def _offered(choices: tuple[str, ...], key: str | None, names: ValueNames | None) -> str:
    """The values of ``key`` for a message: the interface's words first, then the stored
    values they do not already show."""
    local = names.shown(key) if names is not None else []
    return ", ".join([*local, *(c for c in choices if c not in local)])


def _means_unknown(value: str, names: ValueNames | None) -> bool:
    """``person:unknown`` in any language's word ("inconnue", "onbekend")."""
    return (names or value_names()).value("person", value) == "unknown" or (
        value.strip().lower() == "unknown"
    )


def _is(tok: Token, low: str, names: ValueNames | None = None) -> ItemFilter:
    if low in ("duplicate", "duplicates", "dup"):
        return ItemFilter(duplicates=True)
    elif low in ("unassigned",):
        return ItemFilter(unassigned=True)
    elif low in ("segmented", "cut"):
        return ItemFilter(segmented=True)
    elif low in FLAGS:
        return ItemFilter(flags=(FLAGS[low],))
    elif low in ("warning", "warnings"):
        return status_filter(("warning",))
    elif low in STATUSES:
        return status_filter((low,))
    elif low in KINDS:
        return ItemFilter(kinds=(low,))
    # the words in the interface's language first, as for any other closed set
    written = tok.text.lstrip("-").split(tok.op, 1)[0]
    local = [*names.shown("is"), *names.shown("flag")] if names is not None else []
    english = [w for w in (*IS_WORDS, Flag.PICK.label, Flag.REJECT.label) if w not in local]
    offered = ", ".join([*local, *english])
    raise QueryError(problem("query.is_takes", value=tok.text, name=written, other=offered))


def _rating(tok: Token) -> ItemFilter:
    try:
        n = int(tok.value)
    except ValueError:
        raise QueryError(problem("query.rating_number", value=tok.text)) from None
    if not 0 <= n <= 5:
        raise QueryError(problem("query.rating_range", value=tok.text))
    lo, hi = {
        ":": (n, n), "=": (n, n), ">=": (n, None), ">": (n + 1, None), "<=": (None, n),
        "<": (None, n - 1),
    }[tok.op]  # fmt: skip
    return ItemFilter(rating_min=lo, rating_max=hi)


def _day(tok: Token, cat: Resolver) -> tuple[int, ...]:
    """The days a ``day:`` value names: a number, a date, or a name in any language."""
    days = list(cat.days(counts=False))
    value = tok.value.strip()
    if value.isdigit():
        n = int(value)
        if 1 <= n <= len(days):
            return (int(days[n - 1].id),)
        raise QueryError(problem("query.days_count", value=tok.text, n=len(days)))
    try:
        wanted = date.fromisoformat(value)
    except ValueError:
        named = _days_named(value, days)
        if named:
            return named
        raise QueryError(problem("query.day_how", value=tok.text)) from None
    for d in days:
        if d.date == wanted:
            return (int(d.id),)
    raise QueryError(problem("query.no_day_on", value=tok.text, name=value))


def _days_named(value: str, days: list[Any]) -> tuple[int, ...]:
    """Days one of whose names (its own, in a further language, or a "Day N" as French
    and Dutch read it: "Jour 2") is ``value``; else those where each word of ``value``
    begins a word of one name ("roundtable" finds "EMN Roundtable day"), as ``session:``
    finds a session by a part of its title."""
    # here, not at the top: a search naming no day loads no day records (test_reader)
    from smparchive.core.daylabel import DAY_NAMES

    def names(d: Any) -> set[str]:
        return {d.label or "", *d.translations().values(), *map(d.name_in, DAY_NAMES)} - {""}

    exact = tuple(int(d.id) for d in days if fold(value) in {fold(n) for n in names(d)})
    if exact:
        return exact
    words = terms(value)

    def begun(name: str) -> bool:
        said = terms(name)
        return all(any(w.startswith(q) for w in said) for q in words)

    return tuple(int(d.id) for d in days if words and any(begun(n) for n in names(d)))


def _parse_date(tok: Token, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise QueryError(problem("query.not_a_date", value=tok.text, name=text)) from None


def _date(tok: Token, cat: Resolver) -> ItemFilter:
    tz = cat.event_zone()

    def start_of(d: date) -> datetime:
        return datetime.combine(d, time(0), tzinfo=tz).astimezone(UTC)

    value = tok.value.strip()
    if tok.op in (":", "="):
        if ".." in value:
            a, _, b = value.partition("..")
            if not a and not b:
                raise QueryError(problem("query.date_range", value=tok.text))
            return ItemFilter(
                date_from=start_of(_parse_date(tok, a)) if a else None,
                date_to=start_of(_parse_date(tok, b) + timedelta(days=1)) if b else None,
            )
        d = _parse_date(tok, value)
        return ItemFilter(date_from=start_of(d), date_to=start_of(d + timedelta(days=1)))
    d = _parse_date(tok, value)
    if tok.op == ">=":
        return ItemFilter(date_from=start_of(d))
    elif tok.op == ">":
        return ItemFilter(date_from=start_of(d + timedelta(days=1)))
    elif tok.op == "<=":
        return ItemFilter(date_to=start_of(d + timedelta(days=1)))
    else:
        return ItemFilter(date_to=start_of(d))
