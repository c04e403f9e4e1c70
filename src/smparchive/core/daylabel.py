"""A programme day's name in an export's language.

Importers and the demo store generic names ("Day 2"); an export in French says "Jour 2" in
its folder names and on its page, as the app's sidebar does. A real name ("Field visit")
is the organiser's and stays as written.
"""

from __future__ import annotations

import re

__all__ = ["DAY_NAMES", "GENERIC_DAY", "day_name"]

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
