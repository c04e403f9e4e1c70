"""File > New Catalogue: a file that exists, a folder read-only, gone or unreachable."""

from __future__ import annotations

import errno
import pathlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from smparchive.gui import filedialogs

pytestmark = pytest.mark.gui


def _dialog(monkeypatch: pytest.MonkeyPatch, answers: list[Any]) -> list[str]:
    """The file dialog answers ``answers`` one after the other (a callable is run first,
    as what happens while the dialog is shown), then is cancelled; the folders it opened
    in."""
    opened: list[str] = []

    def save_name(_parent: Any, _title: str, start: str, *_a: Any, **k: Any) -> str:
        assert k.get("confirm_overwrite") is False  # the app checks, and never replaces
        opened.append(start)
        if not answers:
            return ""
        answer = answers.pop(0)
        if callable(answer):
            answer = answer()
        return str(answer)

    monkeypatch.setattr(filedialogs, "save_file_name", save_name)
    return opened


def _requests(window: Any) -> list[tuple[str, bool]]:
    asked: list[tuple[str, bool]] = []
    window.catalogue_requested.connect(lambda path, create: asked.append((path, create)))
    return asked


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    return said


def test_an_existing_catalogue_is_never_replaced(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog does not ask about replacing (the app checks): a name typed without its
    suffix, of a catalogue that exists, is said so; the user picks another name or opens it."""
    existing = Path(window.catalog.location)
    before = existing.read_bytes()
    asked: list[str] = []
    picks = ["Choose Another Name…", "Open It"]

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        pick = picks.pop(0)
        chosen.append(next(b for b in box.buttons() if b.text() == pick))
        return 0

    chosen: list[Any] = []
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda _box: chosen[-1])
    typed = existing.with_suffix("")  # the suffix is added
    opened = _dialog(monkeypatch, [typed, typed])
    requests = _requests(window)
    window.new_catalogue()
    assert len(asked) == 2 and str(existing) in asked[0] and "never replaces it" in asked[0]
    assert len(opened) == 2 and opened[1] == str(existing)  # asked again, where it was
    assert requests == [(str(existing), False)]  # opened, not created
    assert existing.read_bytes() == before


@pytest.mark.parametrize("case", ["read_only", "gone", "unreachable"])
def test_a_folder_that_cannot_hold_it_is_said_and_the_dialog_comes_back(
    qtbot: Any,
    window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
) -> None:
    """A read-only folder, a share unplugged while the dialog was shown (its folder was
    made again on the local disk, the catalogue in it) and a share that stopped answering
    (exists() raised out of the menu command): a clear sentence each, the dialog again,
    nothing created and the open catalogue kept."""
    share = tmp_path / "share"
    share.mkdir()
    target = share / "team.smpcat"
    real_stat = pathlib.Path.stat
    if case == "read_only":
        import smparchive.core.catalog.schema as schema

        real_access = schema.os.access
        monkeypatch.setattr(
            schema.os, "access", lambda p, mode: False if Path(p) == share else real_access(p, mode)
        )
        answers: list[Any] = [target]
    elif case == "gone":
        answers = [lambda: (share.rmdir(), target)[1]]
    else:

        def stat(self: Path, **kw: Any) -> Any:
            if self == target:
                raise OSError(errno.ESTALE, "Stale file handle", str(self))
            return real_stat(self, **kw)

        monkeypatch.setattr(pathlib.Path, "stat", stat)
        answers = [target]
    said = _warnings(monkeypatch)
    opened = _dialog(monkeypatch, answers)
    requests = _requests(window)
    window.new_catalogue()
    assert len(said) == 1 and str(share) in said[0]
    expected = {
        "read_only": "the folder is read-only",
        "gone": "the folder is no longer there",
        "unreachable": "the network share holding it stopped answering",
    }[case]
    assert expected in said[0]
    assert len(opened) == 2  # the dialog again, to choose another place
    assert requests == []
    monkeypatch.setattr(pathlib.Path, "stat", real_stat)  # the share answers again
    assert not target.exists() and share.exists() == (case != "gone")
