"""Languages by their own names, as their speakers look for them ("Français", "Nederlands"):
the publication page's language links and captions menu, and the app's language choices."""

from __future__ import annotations

__all__ = ["LANGUAGE_NAMES", "own_name"]

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "nl": "Nederlands",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
}


def own_name(code: str) -> str | None:
    """``code``'s language in itself ("pt-BR" -> "Português"); None when not known here."""
    return LANGUAGE_NAMES.get(code.lower().split("-")[0])
