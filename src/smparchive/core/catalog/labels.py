"""The labels of changes, in words: the undo stack's, the history's and the CLI's.

A change's label is stored in English with its audit entry ("Set rating", "Correct clock
of FUJIFILM X-T4 (C9012) by +1h"); the CLI shows it as it is and the app translates it.
Earlier versions wrote column names ("Set in point s") and a camera's key
("FUJIFILM|X-T4|C9012"): :func:`readable` says those as today's labels do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from smparchive.core.domain.time import camera_name

# a field's words where its column name does not read as one ("in_point_s")
FIELD_WORDS = {
    "color_label": "colour label",
    "in_point_s": "in point",
    "out_point_s": "out point",
    "poster_time_s": "poster frame",
    "focus_x": "focus point",
    "focus_y": "focus point",
}
_CLOCK = re.compile(r"^Correct clock of (?P<key>[^|]*\|[^|]*\|.*?) by (?P<offset>[+-].*)$")
TAG = "Tag "  # a tagging's label: "Tag “Panel”, “Keynote”"
UNTAG = "Remove tags "  # keywords taken off items: "Remove tags “Panel”"
_QUOTED = re.compile(r"“(.*?)”(?:, |$)")


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
    """'in_point_s' -> 'in point'; 'credit_line' -> 'credit line'."""
    return FIELD_WORDS.get(key, key.replace("_", " "))


def set_label(keys: Iterable[str]) -> str:
    """The label of setting fields: 'Set in point, out point' (a field said once)."""
    return "Set " + ", ".join(dict.fromkeys(field_words(k) for k in keys))


def field_of_words(words: str) -> str:
    """The key of a field's words in a label, today's or an earlier one's ('in point',
    'in point s' -> 'in_point_s'); other words with underscores ('credit line')."""
    for key, said in FIELD_WORDS.items():
        if words == said:
            return key
    return words.replace(" ", "_")


def clock_label(camera_key: str, offset: str) -> str:
    """'Correct clock of FUJIFILM X-T4 (C9012) by +1 h' (earlier versions: '+1h00m')."""
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
    if label.startswith("Set ") and "(" not in label:  # "Set caption (fr)" is a text's
        return set_label(field_of_words(w) for w in label[4:].split(", "))
    return label
