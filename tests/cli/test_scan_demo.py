"""smparchive demo: generate (or reuse), catalogue, import the programme, assign, open the app.

The generator is replaced by a small stand-in so the test stays fast; the real generator is
tested by the demo's own tests."""

from __future__ import annotations

import io
import sys
import types
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smparchive.cli.main import main


def _fake_generate(calls: list[Path]) -> Any:
    from smparchive.core.demo import MARKER
    from smparchive.core.demo.programme import schedule_json

    def generate(target: Path, *, seed: int = 2022, progress: Any = None, **_: Any) -> None:
        calls.append(Path(target))
        target = Path(target)
        for n, hour in enumerate((9, 10, 14)):
            exif = Image.Exif()
            exif[0x8769] = {0x9003: f"2022:06:01 {hour:02d}:15:00"}
            path = target / "Photos" / f"IMG_{n}.jpg"
            path.parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (64, 48), (n * 60, 90, 30)).save(path, exif=exif.tobytes())
        (target / "Programme").mkdir(parents=True, exist_ok=True)
        (target / "Programme" / "schedule.json").write_text(schedule_json(), encoding="utf-8")
        (target / MARKER).write_text("{}", encoding="utf-8")

    return generate


@pytest.fixture
def demo_env(monkeypatch: pytest.MonkeyPatch) -> tuple[list[Path], list[list[str]]]:
    import smparchive.core.demo as demo

    calls: list[Path] = []
    monkeypatch.setattr(demo, "generate_demo", _fake_generate(calls))
    opened: list[list[str]] = []
    fake_app = types.ModuleType("smparchive.gui.app")
    fake_app.main = lambda argv: opened.append(list(argv)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "smparchive.gui.app", fake_app)
    return calls, opened


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def test_demo_catalogues_organises_and_is_idempotent(
    tmp_path: Path, demo_env: tuple[list[Path], list[list[str]]]
) -> None:
    from smparchive.core.catalog.catalog import open_catalog

    calls, opened = demo_env
    target = tmp_path / "demo"
    code, text = run("demo", str(target), "--no-gui", "--workers", "0")
    assert code == 0, text
    assert calls == [target] and opened == []
    assert "3 new" in text
    assert "3 thumbnails made" in text  # the scan makes them while hashing: not "0 made"
    # what the import did, not its undo label ('Imported the programme: Import programme …')
    assert "Import programme" not in text
    imported = next(line for line in text.splitlines() if line.startswith("Imported the programme"))
    assert imported.endswith("2 days, 7 sessions.")
    cat = open_catalog(target / "demo.smpcat")
    try:
        assert cat.count() == 3  # the programme files are not catalogued as media
        assert cat.events() and cat.sessions()
        assert all(i.thumb_state == "ok" for i in cat.items(cat.query_ids()))
    finally:
        cat.close()
    code, text = run("demo", str(target), "--workers", "0")
    assert code == 0 and calls == [target]  # files reused, not written again
    assert "Reusing" in text and "0 new, 3 unchanged" in text
    assert opened == [[str((target / "demo.smpcat").absolute())]]


def test_demo_honours_an_explicit_catalogue(
    tmp_path: Path, demo_env: tuple[list[Path], list[list[str]]]
) -> None:
    cat = tmp_path / "elsewhere.smpcat"
    code, _ = run("demo", str(tmp_path / "d"), "--no-gui", "--workers", "0", "-c", str(cat))
    assert code == 0 and cat.is_file() and not (tmp_path / "d" / "demo.smpcat").exists()
