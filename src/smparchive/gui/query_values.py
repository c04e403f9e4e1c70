"""The search language's values in the interface's language: typed as they read.

The labels are formatting's vocabulary tables (one per closed set of ``core/vocab.py``),
the ones the grid, the inspector, the details and the filter bar show: what a French
archivist reads ("Vidéo", "Autorisé", "Hors ligne") is what she types after the key
(``type:vidéo``, ``consentement:autorisé``, ``statut:"hors ligne"``), and what the search
field offers as she types. ``scripts/update_translations.py`` writes them, for every
language, into ``core/domain/value_words.py``, which the Qt-free parser reads: the words
of every language and the English values are taken everywhere (the command line, scripts,
a colleague's Dutch app), and a saved search stores the English ones.
"""

from __future__ import annotations

from smparchive.core import fields
from smparchive.core.domain.query import IS_KEYS, ValueNames, value_word
from smparchive.core.domain.query import value_names as _value_names
from smparchive.core.vocab import FILTER_STATUSES, ColourLabel, Consent, Flag, ItemStatus, Kind
from smparchive.gui import field_views
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import interface_language, translate


def value_labels() -> dict[str, dict[str, str]]:
    """{canonical key: {value as typed in English: label in the interface's language}}:
    what ``value_words.py`` holds for each language (tests/gui/test_query_values.py)."""
    flags = {
        Flag.PICK.label: fmt.flag_name(Flag.PICK),
        Flag.REJECT.label: fmt.flag_name(Flag.REJECT),
        Flag.NONE.label: translate("SearchBar", "Unflagged"),
    }
    statuses = (*FILTER_STATUSES, ItemStatus.WARNING)
    # The orders by the name of their column ("tri:taille", "sorteer:grootte")
    orders = {f.sort: field_views.label(f) for f in fields.FIELDS if f.sort}
    return {
        "kind": {k.value: fmt.kind_name(k) for k in Kind},
        "consent": {c.value: fmt.consent_name(c) for c in Consent},
        "status": {s.value: fmt.status_name(s) for s in statuses},
        "flag": flags,
        "color": {c.value: fmt.label_name(c) for c in ColourLabel},
        "sort": orders,
        # the language's own words: values no column or chip shows
        "is": {
            "duplicate": translate("SearchValue", "duplicate", "is:duplicate"),
            "unassigned": translate("SearchValue", "unassigned", "is:unassigned (no session)"),
            "segmented": translate("SearchValue", "segmented", "is:segmented (a cut recording)"),
        },
        "session": {"none": translate("SearchValue", "none", "session:none (in no session)")},
        "person": {"unknown": translate("SearchValue", "unknown", "person:unknown (a face)")},
        "faces": {"0": translate("SearchValue", "none", "faces:none (no face)")},
        "orientation": {
            "landscape": translate("SearchValue", "landscape"),
            "portrait": translate("SearchValue", "portrait"),
            "square": translate("SearchValue", "square"),
        },
    }


def value_names() -> ValueNames:
    """The values' words, the interface language's first (named in its messages)."""
    return _value_names(interface_language())


def offered_values(key: str) -> list[str]:
    """The values the search field offers after ``key:`` (canonical key): the interface's
    words, then the English ones it does not already show."""
    names = value_names()
    keys = IS_KEYS if key == "is" else (key,)  # is: takes flags, statuses and kinds too
    local = [w for k in keys for w in names.shown(k)]
    english = [value_word(v) for k in keys for v in names.labels.get(k, {})]
    return [*local, *(w for w in english if w not in local)]
