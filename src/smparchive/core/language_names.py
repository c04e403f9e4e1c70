"""Languages by their own names, as their speakers look for them ("Français", "Nederlands"):
the publication page's language links and captions menu, and the app's language choices;
and by their names in the interface's languages ("French", "français", "Frans"), where a
language is named in a sentence of the interface (the schedule editor's header)."""

from __future__ import annotations

__all__ = ["LANGUAGE_NAMES", "NAMES_IN", "named_in", "own_name"]

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


# The languages above named in each interface language (French and Dutch write them as
# words in a sentence: "français", "Frans").
NAMES_IN = {
    "en": {
        "en": "English",
        "fr": "French",
        "nl": "Dutch",
        "de": "German",
        "es": "Spanish",
        "it": "Italian",
        "pt": "Portuguese",
    },
    "fr": {
        "en": "anglais",
        "fr": "français",
        "nl": "néerlandais",
        "de": "allemand",
        "es": "espagnol",
        "it": "italien",
        "pt": "portugais",
    },
    "nl": {
        "en": "Engels",
        "fr": "Frans",
        "nl": "Nederlands",
        "de": "Duits",
        "es": "Spaans",
        "it": "Italiaans",
        "pt": "Portugees",
    },
}


def named_in(code: str, language: str) -> str | None:
    """``code``'s language named in ``language`` ("fr" in "nl" -> "Frans"; "pt-BR" in "en"
    -> "Portuguese"); None when either is not known here."""
    return NAMES_IN.get(language, {}).get(code.lower().split("-")[0])
