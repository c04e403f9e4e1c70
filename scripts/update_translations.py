#!/usr/bin/env python3
"""Update the interface translations: extract texts with pyside6-lupdate, compile .qm files.

    .venv/bin/python scripts/update_translations.py           # lupdate + lrelease
    .venv/bin/python scripts/update_translations.py --release # lrelease only

It also writes ``core/domain/value_words.py``: the labels the interface shows for the
search language's values (Vidéo, Autorisé, Hors ligne) in every language, which the
Qt-free query parser takes as values (``type:vidéo``) on the command line too.

New or changed texts come out as type="unfinished" in smparchive_fr.ts / smparchive_nl.ts:
translate them (pyside6-linguist, or any editor), then run this again to compile the .qm
files, and commit both. smparchive_en.ts holds only the English plural forms (%n texts).
tests/gui/test_translations.py fails while a text is untranslated or a .qm is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUI = REPO / "src" / "smparchive" / "gui"
FOLDER = REPO / "src" / "smparchive" / "resources" / "translations"
LANGUAGES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en"}  # file suffix: target language


def tool(name: str) -> str:
    """A Qt tool from the interpreter's own environment, else from PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return [str(p) for p in sorted(GUI.rglob("*.py")) if "__pycache__" not in p.parts]


def lupdate(ts: Path, language: str, *, plural_only: bool = False) -> None:
    args = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "relative"]
    args += ["-source-language", "en", "-target-language", language, "-ts", str(ts)]
    if plural_only:
        args.insert(-2, "-pluralonly")
    subprocess.run(args, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


VALUE_WORDS = REPO / "src" / "smparchive" / "core" / "domain" / "value_words.py"


def value_words_source() -> str:
    """``core/domain/value_words.py`` as the compiled translations make it."""
    import pprint

    from PySide6.QtCore import QCoreApplication, QTranslator

    sys.path.insert(0, str(REPO / "src"))
    from smparchive.gui.query_values import value_labels

    app = QCoreApplication.instance() or QCoreApplication([])
    labels = {"en": value_labels()}
    for suffix in LANGUAGES:
        if suffix == "en":
            continue
        translator = QTranslator()
        if not translator.load(str(FOLDER / f"smparchive_{suffix}.qm")):
            raise SystemExit(f"cannot load smparchive_{suffix}.qm")
        app.installTranslator(translator)
        labels[suffix] = value_labels()
        app.removeTranslator(translator)
    body = pprint.pformat(labels, width=90, sort_dicts=False)
    return (
        '"""The labels the interface shows for the search language\'s values, by language,\n'
        "key and value: taken as values by the query parser (``type:vidéo``).\n\n"
        "Written by scripts/update_translations.py from the translations: do not edit.\n"
        '"""\n\n'
        f"LABELS: dict[str, dict[str, dict[str, str]]] = {body}\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .qm files")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    for suffix, language in LANGUAGES.items():
        ts = FOLDER / f"smparchive_{suffix}.ts"
        if not args.release:
            lupdate(ts, language, plural_only=suffix == "en")
        lrelease(ts, ts.with_suffix(".qm"))
    VALUE_WORDS.write_text(value_words_source(), encoding="utf-8")
    subprocess.run([tool("ruff"), "format", "-q", str(VALUE_WORDS)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
