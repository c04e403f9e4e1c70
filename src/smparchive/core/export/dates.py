"""Dates and counts written in an export's language (its page, its post kit): "1er juin
2022", "1 000" in French; "1 June 2022", "1,000" in English; "1 juni 2022", "1.000" in Dutch.
"""

from __future__ import annotations

from datetime import date

__all__ = ["FIRST", "MONTHS", "count", "long_date"]

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}  # fmt: skip
FIRST = {"fr": "1er"}  # the first of the month, where it is not written "1"
_GROUP = {"en": ",", "fr": "\u202f", "nl": "."}  # thousands (French: narrow no-break space)


def _language(language: str) -> str:
    code = language.split("-")[0].lower()
    return code if code in MONTHS else "en"


def long_date(day: date, language: str, year: bool = True) -> str:
    """'1er juin 2022' (without the year: '1er juin')."""
    lang = _language(language)
    number = FIRST.get(lang, "1") if day.day == 1 else str(day.day)
    text = f"{number} {MONTHS[lang][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def count(n: int, language: str) -> str:
    """A count with the language's thousands separator: '1 500', '1,500', '1.500'."""
    return f"{n:,}".replace(",", _GROUP[_language(language)])
