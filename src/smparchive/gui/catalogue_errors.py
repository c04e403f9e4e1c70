"""Why a catalogue cannot be opened, in the interface language.

The core says it in one English sentence (the CLI prints it as is); the app recognises the
sentences it knows and says them in French or Dutch too. An unknown sentence is shown as
the core wrote it.
"""

from __future__ import annotations

import re

from smparchive.gui.i18n import QT_TRANSLATE_NOOP, translate

# (pattern over the core's sentence, the same sentence to translate with %1 for the path)
_KNOWN: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^(?P<path>.+) is a folder, not a catalogue file\.$"),
        QT_TRANSLATE_NOOP("CatalogueErrors", "%1 is a folder, not a catalogue file."),
    ),
    (
        re.compile(r"^No catalogue at (?P<path>.+); create one with 'smparchive init'\.$"),
        QT_TRANSLATE_NOOP("CatalogueErrors", "There is no catalogue at %1."),
    ),
    (
        re.compile(r"^(?P<path>.+) is an empty file, not an smparchive catalogue\.$"),
        QT_TRANSLATE_NOOP("CatalogueErrors", "%1 is an empty file, not an smparchive catalogue."),
    ),
    (
        re.compile(r"^(?P<path>.+) is not an smparchive catalogue \(not a SQLite database\)\.$"),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors", "%1 is not an smparchive catalogue (not a SQLite database)."
        ),
    ),
    (
        re.compile(r"^(?P<path>.+) is not an smparchive catalogue \(a different database\)\.$"),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors", "%1 is not an smparchive catalogue (a different database)."
        ),
    ),
    (
        re.compile(r"^(?P<path>.+) is read-only \(the file or its folder\).*$"),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors",
            "%1 is read-only (the file or its folder): smparchive needs write access to keep "
            "its catalogue.",
        ),
    ),
    (
        re.compile(r"^(?P<path>.+) is damaged: its SQLite header is (incomplete|not valid)\.$"),
        QT_TRANSLATE_NOOP("CatalogueErrors", "%1 is damaged: its SQLite header is not valid."),
    ),
    (
        re.compile(r"^(?P<path>.+) is damaged and cannot be read; restore it from a backup.*$"),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors",
            "%1 is damaged and cannot be read; restore it from a backup (a folder beside it "
            "ending in .backups may hold recent copies).",
        ),
    ),
    (
        re.compile(r"^(?P<path>.+) is locked by another program; close it there and try again\.$"),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors", "%1 is locked by another program; close it there and try again."
        ),
    ),
    (
        re.compile(
            r"^Upgrading (?P<path>.+) from schema (?P<rev>\S+) failed \((?P<reason>.*)\); "
            r"the catalogue was left as it was\.$"
        ),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors",
            "Upgrading %1 from schema %2 failed (%3); the catalogue was left as it was.",
        ),
    ),
    (
        re.compile(r"^(?P<path>.+) was made by a newer smparchive \(schema .*$"),
        QT_TRANSLATE_NOOP(
            "CatalogueErrors", "%1 was made by a newer smparchive; update smparchive to open it."
        ),
    ),
]


def explain(error: BaseException) -> str:
    """The error's sentence in the interface language when it is a known one."""
    text = str(error).strip()
    for pattern, sentence in _KNOWN:
        m = pattern.match(text)
        if m is not None:
            groups = m.groupdict()
            return (
                translate("CatalogueErrors", sentence)
                .replace("%1", groups["path"])
                .replace("%2", groups.get("rev") or "")
                .replace("%3", groups.get("reason") or "")
            )
    return text
