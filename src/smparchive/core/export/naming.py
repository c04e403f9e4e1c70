"""Target names from a template, safe on Windows, macOS and Linux.

Every path component is sanitised on its own (forbidden characters, control characters,
reserved device names, trailing dots and spaces, byte length), so no name can climb out of
the bundle. Collisions are compared the way case-insensitive, normalisation-insensitive file
systems (NTFS, APFS) compare them, and resolved with ``-2``, ``-3`` ... suffixes in input order.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Mapping

from smparchive.core.export.model import ExportEntry, pick_text
from smparchive.core.fields import Field, export_tokens, token_fields
from smparchive.core.messages import PHRASES, problem

__all__ = [
    "EXPORT_ONLY_TOKENS",
    "NameAllocator",
    "collision_key",
    "render_template",
    "safe_component",
    "safe_relpath",
    "template_tokens",
    "token_values",
    "tokens",
]

# Tokens that show no item field: the event, the clock time, the programme day's date, the
# session's room, the running number and the output's extension. Every other token is a
# field's ``token`` in the registry (core/fields.py: date, day, session, title, creator,
# original ...). ``{date}`` and ``{time}`` are when the item was taken (local date and clock
# time in the event's zone: a 00:30 photo of a dinner that began at 22:00 is dated the next
# day); ``{day}`` and ``{day_date}`` are the programme day it belongs to (a session's items
# all on its day), for folders that group by day.
EXPORT_ONLY_TOKENS = ("event", "time", "day_date", "room", "seq", "ext")
MAX_COMPONENT_BYTES = 255
# Leaves room for a collision suffix and for tools that append ".part" or similar.
DEFAULT_COMPONENT_BYTES = 180
DIR_COMPONENT_BYTES = 100

# Windows' forbidden set, plus "%" so names need no escaping in URLs and BagIt manifests
_FORBIDDEN = re.compile(r'[<>:"/\\|?*%\x00-\x1f\x7f]')
_SPACES = re.compile(r"\s+")
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]]
)


def tokens() -> frozenset[str]:
    """Every ``{token}`` a name template may use."""
    return frozenset((*EXPORT_ONLY_TOKENS, *export_tokens()))


def template_tokens(template: str) -> list[str]:
    """The token names a template uses; raises ValueError for unknown or malformed tokens."""
    known = tokens()
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise ValueError(_malformed(template, exc)) from None
    unknown = sorted({f for f in fields if f not in known})
    if unknown:
        raise ValueError(
            problem(
                "export.template_unknown_tokens",
                value=", ".join("{" + u + "}" for u in unknown),
                n=len(unknown),
                other=", ".join(sorted("{" + t + "}" for t in known)),
            )
        )
    sample: dict[str, str | int] = {t: "x" for t in known} | {"seq": 1}
    try:
        _format_parts(template, sample, "")
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise ValueError(_malformed(template, exc)) from None
    return fields


def _malformed(template: str, exc: BaseException) -> str:
    """Why Python's formatter refused a template, in a user's words (its own message is
    English jargon: "Single '}' encountered in format string")."""
    said = str(exc)
    if "expected '}'" in said or "Single '{'" in said or "unmatched '{'" in said:
        why = PHRASES["template_unclosed"]
    elif "Single '}'" in said:
        why = PHRASES["template_unopened"]
    else:  # a format or conversion after ':' or '!' that the token's value cannot take
        why = PHRASES["template_format"]
    return problem("export.template_malformed", value=repr(template), why=why)


def _truncate_utf8(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes without splitting a character."""
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return text
    cut = raw[:limit].decode("utf-8", errors="ignore")
    # do not leave a dangling combining mark without its base
    while cut and unicodedata.combining(cut[-1]):
        cut = cut[:-1]
    return cut


_WORD_ENDS = " -_."


def _word_cut(cut: str, whole: str) -> str:
    """``cut``, a shortened start of ``whole``, back to the end of its last whole word when
    it stops inside one ("… des compétence" -> "… des") and that keeps two thirds of it: a
    long title reads as cut short, not misspelt. A single long word stays cut."""
    if not cut or len(cut) >= len(whole) or whole[len(cut)] in _WORD_ENDS:
        return cut
    end = max(cut.rfind(c) for c in _WORD_ENDS)
    return cut[:end] if end >= len(cut) * 2 // 3 else cut


# What a forbidden character becomes, so a name reads as its text did: a separator (":"
# "/" "\\" "|" "<" ">") a dash, spaced as it was ("EMN roundtable: policy debate" ->
# "EMN roundtable - policy debate", "what/why" -> "what-why"); a double quote a single
# one; "?", "*" and "%" nothing; control characters a space; a clock's colon a dot
# ("10:30" -> "10.30").
_CLOCK = re.compile(r"(?<=\d):(?=\d)")
_SEPARATORS = re.compile(r"\s*[:|/\\<>]+\s*")
_DROPPED = re.compile(r"[?*%]")
_DASH_RUNS = re.compile(r"\s+-(?:\s*-)+\s+|(?<=\S)-(?:\s*-)+(?=\S)")
_REPEATED = re.compile(r"([-_])\1+")
_EDGES = " .-_"  # a name neither starts nor ends with a separator


def _separator(m: re.Match[str]) -> str:
    return " - " if m.group(0) != m.group(0).strip() else "-"


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") else c for c in text)
    text = _CLOCK.sub(".", text)  # "10:30" -> "10.30"
    text = _SEPARATORS.sub(_separator, text)
    text = _DROPPED.sub("", text).replace('"', "'")
    text = _FORBIDDEN.sub("_", text)  # nothing left of it; kept as the guarantee
    text = _SPACES.sub(" ", text)
    text = _DASH_RUNS.sub(lambda m: " - " if m.group(0)[0].isspace() else "-", text)
    return _REPEATED.sub(r"\1", text)


def _finish(stem: str, ext: str, limit: int) -> str:
    ext = ext.strip(" .")
    room = limit - (len(ext.encode("utf-8")) + 1 if ext else 0)
    if room < 16:  # absurd extension: fold it into the stem
        stem, ext, room = f"{stem}_{ext}", "", limit
    stem = _word_cut(_truncate_utf8(stem, room), stem).strip(_EDGES)
    # no hidden files, no "." or "..", no dangling separator ("0007_" of an empty title)
    stem = stem or "_"
    base = stem.split(".")[0].rstrip(" ")
    if base.upper() in _RESERVED:
        stem = f"_{stem}"
    name = f"{stem}.{ext}" if ext else stem
    return name.rstrip(" .") or "_"


def safe_component(text: str, ext: str = "", limit: int = DEFAULT_COMPONENT_BYTES) -> str:
    """One safe file or folder name from free text (``ext`` kept whole when given)."""
    if not 16 <= limit <= MAX_COMPONENT_BYTES:
        raise ValueError("component limit must be within 16..255 bytes")
    return _finish(_clean(text).strip(), _clean(ext), limit)


def safe_relpath(parts: Iterable[str], ext: str = "", max_chars: int = 200) -> str:
    """A safe relative POSIX path; the last part gets ``ext``; empty parts are dropped.

    Folders are capped at ``DIR_COMPONENT_BYTES``; when the whole path is longer than
    ``max_chars`` (Windows' MAX_PATH leaves little room) the longest parts are shortened.
    """
    raw = [p for p in (_clean(p).strip() for p in parts) if p.strip(" .")] or ["_"]
    ext = _clean(ext)
    caps: list[int | None] = [None] * len(raw)

    def build() -> list[str]:
        out = []
        for i, (text, cap) in enumerate(zip(raw, caps, strict=True)):
            last = i == len(raw) - 1
            limit = DEFAULT_COMPONENT_BYTES if last else DIR_COMPONENT_BYTES
            shortened = text if cap is None else _word_cut(text[:cap], text)
            out.append(_finish(shortened, ext if last else "", limit))
        return out

    out = build()
    for _ in range(64):
        path = "/".join(out)
        if len(path) <= max_chars:
            break
        lengths = [len(o) for o in out]
        i = max(range(len(out)), key=lambda k: lengths[k])
        if lengths[i] <= 12:
            break
        cap = caps[i]
        current = min(len(raw[i]), cap if cap is not None else len(raw[i]))
        caps[i] = max(8, current - (len(path) - max_chars) - 1)
        out = build()
    return "/".join(out)


def collision_key(relpath: str) -> str:
    """How NTFS/APFS would compare two paths: case- and normalisation-insensitive."""
    return unicodedata.normalize("NFC", relpath).casefold()


class NameAllocator:
    """Hands out unique relative paths, deterministically in call order.

    A later name that collides (case-insensitively, or with a folder already used) gets
    ``-2``, ``-3`` ... before its extension; nothing is ever overwritten.
    """

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._files: set[str] = set()
        self._dirs: set[str] = set()
        for path in reserved:
            self._claim(path)

    def _parents(self, relpath: str) -> list[str]:
        parts = relpath.split("/")
        return ["/".join(parts[: i + 1]) for i in range(len(parts) - 1)]

    def _claim(self, relpath: str) -> None:
        self._files.add(collision_key(relpath))
        self._dirs.update(collision_key(p) for p in self._parents(relpath))

    def allocate(self, relpath: str) -> str:
        """``relpath`` itself when free, else the first free ``stem-N.ext``.

        A folder whose name is taken by a file becomes ``folder-N`` the same way.
        """
        *dirs, name = relpath.split("/")
        resolved: list[str] = []
        for part in dirs:
            candidate, n = part, 1
            while collision_key("/".join([*resolved, candidate])) in self._files:
                n += 1
                candidate = _suffixed(part, "", n)
            resolved.append(candidate)
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext = name, ""
        candidate, n = name, 1
        while True:
            key = collision_key("/".join([*resolved, candidate]))
            if key not in self._files and key not in self._dirs:
                break
            n += 1
            candidate = _suffixed(stem, ext, n)
        path = "/".join([*resolved, candidate])
        self._claim(path)
        return path


def _suffixed(stem: str, ext: str, n: int) -> str:
    suffix = f"-{n}"
    room = MAX_COMPONENT_BYTES - len(suffix) - (len(ext.encode()) + 1 if ext else 0)
    new_stem = _truncate_utf8(stem, room).rstrip(" .") or "_"
    return f"{new_stem}{suffix}" + (f".{ext}" if ext else "")


def _stem(entry: ExportEntry) -> str:
    return entry.original_name.rsplit(".", 1)[0]


def _date(entry: ExportEntry) -> str:
    """The local date the item was taken (the date beside ``{time}``)."""
    when = entry.capture  # aware: its own offset gives the local wall clock
    return when.date().isoformat() if when else "undated"


def _day_date(entry: ExportEntry) -> str:
    """The programme day's date (else the capture's local date): ``{day_date}``."""
    return entry.day_date.isoformat() if entry.day_date else _date(entry)


# Fields whose token is not the record's value as stored: the name without its extension,
# the capture's local date, the session and day by their names in the export's language,
# the title in the export's language (else the file's name).
_FIELD_TOKENS: dict[str, Callable[[ExportEntry, str], str]] = {
    "name": lambda e, _lang: _stem(e),
    "capture_utc": lambda e, _lang: _date(e),
    "session_id": lambda e, lang: e.session_title_in(lang),
    "day_id": lambda e, lang: e.day_label_in(lang),  # "Jour 1" in French
    "title": lambda e, lang: pick_text(e.title, lang) or _stem(e),
}


def _field_token(entry: ExportEntry, f: Field, language: str) -> str:
    """A field's token: its own rule above, else the entry's value (a text per language: the
    export's language), else the record's value the entry carries."""
    special = _FIELD_TOKENS.get(f.name)
    if special is not None:
        return special(entry, language)
    value = getattr(entry, f.name, entry.field_values.get(f.name))
    if isinstance(value, Mapping):
        return pick_text(value, language)
    return "" if value is None else str(value)


def token_values(entry: ExportEntry, seq: int, ext: str, language: str) -> Mapping[str, str | int]:
    """The raw (unsanitised) value of every token for one entry."""
    when = entry.capture  # aware: its own offset gives the local wall clock
    values: dict[str, str | int] = {
        "event": entry.event_acronym or entry.event_title_in(language),
        "time": when.strftime("%H%M%S") if when else "",
        "day_date": _day_date(entry),
        "room": entry.session_room_in(language),
        "seq": seq,
        "ext": ext,
    }
    for f in token_fields():
        values[f.token or f.name] = _field_token(entry, f, language)
    return values


class _Seq(int):
    """Sequence numbers format as four digits unless the template says otherwise."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or "04d")


def _format_parts(template: str, values: Mapping[str, str | int], suffix: str) -> list[str]:
    # a value's slash is not a folder: it reads as a dash ("Q&A: what/why?" -> "Q&A -
    # what-why")
    safe_values = {
        k: (_Seq(v) if k == "seq" else _SEPARATORS.sub(_separator, str(v)))
        for k, v in values.items()
    }
    parts = template.replace("\\", "/").split("/")
    last = parts[-1]
    if last.endswith(".{ext}"):
        last = last[: -len(".{ext}")]
    parts[-1] = last
    rendered = [part.format_map(safe_values) for part in parts]
    rendered[-1] += suffix
    return rendered


def render_template(
    template: str, values: Mapping[str, str | int], suffix: str = "", max_chars: int = 200
) -> str:
    """The safe relative path for one output.

    The output's extension (``values["ext"]``) always ends the name, whether or not the
    template ends in ``.{ext}``; ``suffix`` (a variant such as ``-1x1``) goes before it.
    """
    template_tokens(template)
    rendered = _format_parts(template, values, suffix)
    return safe_relpath(rendered, str(values.get("ext", "")), max_chars)
