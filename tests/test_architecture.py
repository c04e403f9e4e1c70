"""Layering: the core and the CLI never load Qt or libvlc."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["smparchive.core", "smparchive.cli.main"])
def test_core_and_cli_do_not_load_qt_or_vlc(module: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"import {module}\n"
        "import smparchive.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'smparchive.core.'):\n"
        "    if '.migrations' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "import smparchive.cli.main as cli\n"
        "cli.build_parser()\n"
        "banned = ('PySide6', 'vlc', 'shiboken6')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in banned)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} loaded {out.stdout.strip()}"


def test_gui_is_the_only_package_importing_pyside() -> None:
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src" / "smparchive"
    offenders = [
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if "gui" not in p.relative_to(src).parts
        and any(w in p.read_text("utf-8") for w in ("import PySide6", "from PySide6", "import vlc"))
    ]
    assert offenders == []


def test_no_sql_in_gui() -> None:
    from pathlib import Path

    gui = Path(__file__).resolve().parents[1] / "src" / "smparchive" / "gui"
    offenders = [str(p) for p in gui.rglob("*.py") if "sqlalchemy" in p.read_text("utf-8").lower()]
    assert offenders == []
