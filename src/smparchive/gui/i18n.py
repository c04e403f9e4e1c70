"""Interface languages: which translations exist and which one to load.

Translatable texts go through ``self.tr("…")`` in QObject classes and through
``translate("Context", "…")`` elsewhere (``translate`` is ``QCoreApplication.translate``);
texts kept in tables are marked with ``QT_TRANSLATE_NOOP("Context", "…")`` where they are
defined (imported from here: PySide6's stub types its result as ``object``). Those are the
call forms ``pyside6-lupdate`` extracts, so no other helper may hide a text from it
(tests/gui/test_translations.py checks this).
Update the catalogues with ``scripts/update_translations.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar, cast

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from smparchive.core.daylabel import day_name_in
from smparchive.core.language_names import named_in, own_name

translate = QCoreApplication.translate

_Q = TypeVar("_Q", bound=QObject)
_ONE: dict[type[QObject], QObject] = {}


def texts_of(cls: type[_Q]) -> _Q:
    """The one instance of ``cls``: a QObject saying texts with a count through
    ``self.tr`` (pyside6-lupdate reads plural forms only there), made at first use (after
    the translators are installed), not once per text."""
    one = _ONE.get(cls)
    if one is None:
        one = _ONE[cls] = cls()
    return cast(_Q, one)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it untranslated (as Qt's
    macro does), typed as the ``str`` it is."""
    return source


def interface_language() -> str:
    """The code of the interface's language: "fr" or "nl" when that translation is loaded,
    else "en" (each translation says its own code for this text)."""
    return translate("Language", "en")


def day_label(label: str | None, n: int, names: Mapping[str, str] | None = None) -> str:
    """A programme day's name in the interface language (``daylabel.day_name_in``): the
    one the programme gave in it (``names``: {language: name}), else "Day 2" as importers
    and the demo store it reads "Jour 2" in French, a real name ("Field visit") the
    organiser's; a day without a name is "Day ``n``"."""
    pattern = translate("Sidebar", "Day %1").replace("%1", "{n}")
    return day_name_in(label or f"Day {n}", names or {}, interface_language(), pattern)


# French elides "de" and "que" before a vowel sound: "d’IMG_0006.JPG", "d’Amara". An h or
# a y may or may not be one ("de Hollande", "de Yasmine"): left as written.
_FR_VOWEL = re.compile(r"[aeiouàâäéèêëîïôöùûüœæ]", re.IGNORECASE)


def filled(text: str, *values: str) -> str:
    """``text`` with %1, %2 ... replaced by ``values`` in one pass: a '%2' typed in the
    first value stays as typed (replacing one marker after the other changed it). A marker
    with no value (a translation's stray "%9") stays as it is rather than fail."""
    return re.sub(
        r"%(\d)",
        lambda m: values[n - 1] if 0 < (n := int(m.group(1))) <= len(values) else m.group(0),
        text,
    )


def name_in(text: str, marker: str, name: str) -> str:
    """``text`` with ``marker`` ("%1") replaced by ``name`` (a person's, a file's, a
    segment's), and in French "de %1" / "que %1" elided before a vowel ("de Amara" read
    as a mistake); the translators elide their own words, not the names put in."""
    return elided(text, marker, name).replace(marker, name)


def elided(text: str, marker: str, name: str) -> str:
    """``text`` with French "de ``marker``" / "que ``marker``" elided when ``name``, which
    will take the marker's place, starts with a vowel (see :func:`name_in`)."""
    if name and _FR_VOWEL.match(name) and interface_language() == "fr":
        for word in ("de", "De", "que", "Que"):
            text = text.replace(f"{word} {marker}", f"{word[:-1]}’{marker}")
    return text


def language_in_interface(code: str) -> str:
    """A language code's name in the interface's language ("French", "français", "Frans"),
    with the code when it says more (a region: "Portuguese (pt-BR)"); a code not known
    here as it is."""
    name = named_in(code, interface_language())
    if name is None:
        return code
    return f"{name} ({code})" if "-" in code else name


def language_name(code: str) -> str:
    """A language code's name in that language ("Français"; Qt's for languages the core's
    table lacks, whose "American English" for en it avoids; else the code itself)."""
    return own_name(code) or QLocale(code).nativeLanguageName() or code
