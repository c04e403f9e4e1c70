"""A programme day's name in a reader's language.

A day keeps its name in further languages when the programme gave them (``day_texts``,
0042): a French page, bundle, manifest or sidebar takes the French one. Without one,
importers' and the demo's generic names ("Day 2") read "Jour 2" in French; a real name
("Field visit") is the organiser's and stays as written. :func:`day_name_in` is the one
way every view, export and search names a day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from smparchive.core.catalog.records import in_language

__all__ = ["DAY_NAMES", "GENERIC_DAY", "day_name", "day_name_in"]

DAY_NAMES = {"en": "Day {n}", "fr": "Jour {n}", "nl": "Dag {n}"}
GENERIC_DAY = re.compile(r"^(?:day|jour|dag)\s*(\d+)$", re.IGNORECASE)


def day_name(label: str, language: str, pattern: str | None = None) -> str:
    """``label`` in ``language`` when it is a generic "Day N" (in any of our languages),
    else ``label``. ``pattern``: the "Day {n}" wording to use instead of the built-in one."""
    m = GENERIC_DAY.match(label.strip())
    if not m:
        return label
    wording = pattern or DAY_NAMES.get(language.split("-")[0].lower(), DAY_NAMES["en"])
    return wording.format(n=m.group(1))


def day_name_in(
    label: str | None, names: Mapping[str, str], language: str, pattern: str | None = None
) -> str:
    """A day's name in ``language``: the one kept in that language (``names``: {language:
    text}; "fr" serves "fr-BE", as a session's texts do), else its own ``label`` worded as
    :func:`day_name` does; '' when it has neither."""
    kept = in_language(names, language) if language and names else None
    return kept or day_name(label or "", language or "en", pattern)
