"""The labels of changes, in words: the undo stack's, the history's and the CLI's.

A change's label is stored in English with its audit entry ("Set rating", "Correct clock
of FUJIFILM X-T4 (C9012) by +1h"); the CLI shows it as it is and the app translates it.
Earlier versions wrote column names ("Set in point s") and a camera's key
("FUJIFILM|X-T4|C9012"): :func:`readable` says those as today's labels do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from smparchive.core.domain import timefmt

# a field's words where its column name does not read as one ("in_point_s") or the app
# calls it otherwise (its inspector's Label, Credit, Alt text): one vocabulary for both
FIELD_WORDS = {
    "color_label": "label",
    "credit_line": "credit",
    "alt": "alt text",
    "in_point_s": "in point",
    "out_point_s": "out point",
    "poster_time_s": "poster frame",
    "focus_x": "focus point",
    "focus_y": "focus point",
}
# what labels written by earlier versions called a field (they stay in the log as written)
EARLIER_WORDS = {"colour label": "color_label", "credit line": "credit_line"}
CLOCK_RESET = "Remove clock correction of "  # a correction set back to none
_CLOCK = re.compile(r"^Correct clock of (?P<key>[^|]*\|[^|]*\|.*?) by (?P<offset>[+-].*)$")
TAG = "Tag "  # a tagging's label: "Tag “Panel”, “Keynote”"
UNTAG = "Remove tags "  # keywords taken off items: "Remove tags “Panel”"
_QUOTED = re.compile(r"“(.*?)”(?:, |$)")
# a recording cut at its sessions' bounds: the player's step, the History and the log say
# it in these words (earlier versions' label: "Cut recording into segments")
CUT_INTO_SESSIONS = "Cut into sessions"
_RENAMED = {"Cut recording into segments": CUT_INTO_SESSIONS}


def quoted(value: str) -> str:
    """A value the person typed or chose (a keyword, a name) as every label quotes it, in
    the labels' language (English): 'Panel' -> '“Panel”'. The app quotes in its own
    language (``gui.edit_names``), the CLI shows the stored label."""
    return f"“{value}”"


def tag_label(paths: Iterable[str]) -> str:
    """The label of tagging items with keywords: 'Tag “Panel”, “People|Alice”'."""
    return TAG + ", ".join(quoted(p) for p in paths)


def untag_label(paths: Iterable[str]) -> str:
    """The label of taking keywords off items: 'Remove tags “Panel”'."""
    return UNTAG + ", ".join(quoted(p) for p in paths)


def tag_values(label: str, start: str = TAG) -> list[str] | None:
    """The keywords a tagging's label names (None: not a tagging's label); earlier versions
    wrote them unquoted ('Tag Panel, Keynote'). ``start=UNTAG``: of a removal's label (an
    earlier one named none: 'Remove tags')."""
    if not label.startswith(start) or len(label) == len(start):
        return None
    rest = label[len(start) :]
    if rest.startswith("“") and rest.endswith("”"):
        found = _QUOTED.findall(rest)
        if ", ".join(quoted(v) for v in found) == rest:
            return found
    return rest.split(", ") if start == TAG else None


def field_words(key: str) -> str:
    """'in_point_s' -> 'in point'; 'credit_line' -> 'credit'; 'caption.fr' -> 'caption
    (fr)' (a text's key, as the audit's values name it)."""
    base, dot, lang = key.partition(".")
    if dot and base in TEXT_WORDS:
        return f"{field_words(base)} ({lang})"
    return FIELD_WORDS.get(key, key.replace("_", " "))


TEXT_WORDS = ("title", "caption", "alt")  # an item's texts, each in languages


# what a tag of each kind is called where the app lists them (the inspector's Keywords
# and People); organisations and places are keywords there too
TAG_KIND_WORDS = {"person": "people"}


def field_noun(field: str, tag_kind: str | None = None) -> str:
    """A field as the audit log names it, in the words of a sentence ('the … of a.jpg'):
    'text.caption.fr' -> 'caption (fr)', 'items.color_label' -> 'label', 'tag.12'
    -> 'keywords', or 'people' for a person's tag (``tag_kind``), as the app says them."""
    parts = field.split(".")
    if parts[0] == "items" and len(parts) == 2:
        return field_words(parts[1])
    if parts[0] == "text" and len(parts) == 3:
        return f"{field_words(parts[1])} ({parts[2]})"
    if parts[0] == "tag":
        return TAG_KIND_WORDS.get(tag_kind or "", "keywords")
    if parts[0] == "collection":
        return "collections"
    return field_words(parts[0])


def set_label(keys: Iterable[str]) -> str:
    """The label of setting fields: 'Set in point, out point' (a field said once)."""
    return "Set " + ", ".join(dict.fromkeys(field_words(k) for k in keys))


def field_of_words(words: str) -> str:
    """The key of a field's words in a label, today's or an earlier one's ('in point',
    'in point s' -> 'in_point_s'); other words with underscores ('credit line')."""
    for key, said in FIELD_WORDS.items():
        if words == said:
            return key
    return EARLIER_WORDS.get(words, words.replace(" ", "_"))


def clock_label(camera_key: str, offset: str) -> str:
    """'Correct clock of FUJIFILM X-T4 (C9012) by +1 h' (earlier versions: '+1h00m');
    'Remove clock correction of FUJIFILM X-T4 (C9012)' for none (not 'by +0 s')."""
    # here, not at the top: `ls` and `show` read field words from this module and start
    # without the capture-time rules (test_reader's read-command budget)
    from smparchive.core.domain.time import camera_name

    if timefmt.parse_correction(offset) == 0:
        return f"{CLOCK_RESET}{camera_name(camera_key)}"
    return f"Correct clock of {camera_name(camera_key)} by {offset}"


def readable(label: str) -> str:
    """A stored label as today's are written: a camera by its name, fields in words."""
    if label.startswith(("Undo ", "Redo ")):
        return label[:5] + readable(label[5:])
    m = _CLOCK.match(label)
    if m is not None:
        return clock_label(m["key"], m["offset"])
    values = tag_values(label)
    if values is not None:
        return tag_label(values)  # the keywords quoted, as today's labels say them
    if label.startswith("Set "):
        return "Set " + ", ".join(dict.fromkeys(_said(w) for w in label[4:].split(", ")))
    return _RENAMED.get(label, label)


def _said(words: str) -> str:
    """A field's words in a stored label as today's say them: 'colour label' -> 'label',
    'alt (fr)' -> 'alt text (fr)'."""
    name, _, lang = words.partition(" (")
    key = field_of_words(name)
    return field_words(f"{key}.{lang.removesuffix(')')}" if lang else key)


TEXT_CUT = 40  # a typed text in a step's name, as the app's Edit menu cuts it
# a flag's step, as the app's Edit menu names it
FLAG_STEPS = {1: "Pick", -1: "Reject", 0: "Unflag"}


def step_name(label: str, values: Mapping[str, Any]) -> str:
    """A change as its undo step is named, in English (the CLI's log and undo): 'Set
    rating' with a rating of 4 -> 'Rate 4', 'Pick', 'Label red', 'Set in point'; other
    changes by their label (:func:`readable`)."""
    keys = set(values)
    if keys == {"rating"} and isinstance(values["rating"], int):
        return f"Rate {values['rating']}"
    if keys == {"flag"} and values["flag"] in FLAG_STEPS:
        return FLAG_STEPS[values["flag"]]
    if keys == {"color_label"}:
        return f"Label {values['color_label']}" if values["color_label"] else "Remove label"
    points = [values.get("in_point_s"), values.get("out_point_s")]
    if keys and keys <= {"in_point_s", "out_point_s"} and None in points:
        # one step each: setting one may clear the other, which lies past it
        if values.get("in_point_s") is not None:
            return "Set in point"
        return "Set out point" if values.get("out_point_s") is not None else "Clear in/out points"
    if keys == {"poster_time_s"}:
        return "Set poster frame"
    texts = [k for k in keys if not k.endswith(".x-default")]  # a default text sets both
    if (
        len(texts) == 1
        and texts[0].partition(".")[0] in ("title", "caption", "alt")
        and not programme_change(label)  # a session's title is not an item's
    ):
        field, _, lang = texts[0].partition(".")
        text = str(values[texts[0]] or "").replace("\n", " ")
        said = f"{field_words(field)} ({lang.upper()})"
        if not text:
            return f"Clear {said}"
        return f"Set {said} to {typed(text)}"
    return readable(label)


def typed(text: str) -> str:
    """A text the person typed, in a step's name: on one line, quoted, cut at
    ``TEXT_CUT`` characters."""
    text = text.replace("\n", " ")
    return quoted(text if len(text) <= TEXT_CUT else text[: TEXT_CUT - 1] + "…")


def programme_change(label: str) -> bool:
    """The change is to the programme (a session's, day's or the event's fields and texts), not
    to items: 'Change session title (fr)'."""
    return label.removeprefix("Undo ").startswith(("Change session", "Change event", "Change day"))


FLAG_WORDS = {1: "picked", -1: "rejected", 0: "unflagged"}
TYPED_TEXTS = ("title", "caption", "alt")  # an item's texts in a language


def was(name: str, key: str, old: object) -> str:
    """A step's name with the value of ``key`` it replaced: 'Rate 4 (was 0)', 'Pick (was
    rejected)'."""
    shown = FLAG_WORDS.get(old, old) if key == "flag" and isinstance(old, int) else old
    if key.partition(".")[0] in TYPED_TEXTS:
        # a caption it replaced, as the new one is said; none: its first ('was empty')
        shown = typed(old) if isinstance(old, str) and old else "empty"
    return f"{name} (was {shown})"
