"""Problems about one file are rows under a heading sentence, "IMG_9.CR2 — why", in the app
and the CLI alike: a warning that opened with a file's name read "Warning: IMG_9.CR2: …"
(French "Avertissement : IMG_9.CR2 : …"), two openings in one line."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.gui.test_export_dialog import _no_last_choices, preflighted

pytestmark = pytest.mark.gui
__all__ = ["_no_last_choices"]  # each test starts from the dialog's defaults


@pytest.fixture
def photos(catalog: Any, add_items: Any, tmp_path: Path) -> list[int]:
    """A JPEG and two camera RAW files (they cannot be resized): all cleared."""
    media = tmp_path / "media"
    media.mkdir()
    buf = io.BytesIO()
    Image.effect_noise((64, 48), 20).convert("RGB").save(buf, "JPEG")
    files = {"IMG_1.jpg": buf.getvalue(), "IMG_8.CR2": b"raw8", "IMG_9.CR2": b"raw9"}
    specs = []
    for name, data in files.items():
        (media / name).write_bytes(data)
        specs.append(
            {
                "name": name,
                "mime": "image/jpeg" if name.endswith(".jpg") else "image/x-canon-cr2",
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "width": 64,
                "height": 48,
                "consent": "cleared",
            }
        )
    return add_items(specs, media)


EXPECTED = {
    "english": ("Warnings about 2 items:", "IMG_9.CR2 — image/x-canon-cr2 cannot be resized"),
    "french": (
        "Avertissements concernant 2 éléments\u00a0:",
        "IMG_9.CR2 — image/x-canon-cr2 ne peut pas être redimensionné",
    ),
}


@pytest.mark.parametrize("language", ["english", "french"])
def test_the_preflight_lists_warnings_about_files_as_rows(
    request: pytest.FixtureRequest,
    language: str,
    qtbot: Any,
    catalog: Any,
    sync_runner: Any,
    photos: list[int],
    tmp_path: Path,
) -> None:
    request.getfixturevalue(language)
    dlg = preflighted(qtbot, catalog, sync_runner, photos, tmp_path)
    lines = dlg.preflight_label.text().split("\n")
    heading, row = EXPECTED[language]
    assert heading in lines, lines
    at = lines.index(heading)
    rows = [line.strip() for line in lines[at + 1 : at + 3]]
    assert [r.split(" — ")[0] for r in rows] == ["IMG_8.CR2", "IMG_9.CR2"], lines
    assert rows[1].startswith(row), rows
    # no line opens with a warning's word and then a file's name
    assert not [line for line in lines if "CR2" in line and line.count(":") > 1], lines


def test_the_cli_lists_them_the_same_way(catalog: Any, photos: list[int], tmp_path: Path) -> None:
    from smparchive.core.export import ExportSettings
    from smparchive.core.export.catalog_export import ExportSource, preflight
    from smparchive.core.export.presets import preset_by_name

    source = ExportSource("items", "items", tuple(photos))
    settings = ExportSettings(
        target_dir=tmp_path / "out", bundle_name="pics", preset=preset_by_name("thumbnails")
    )
    text = preflight(catalog, source, settings).report_text().split("\n")
    at = text.index("Warnings about 2 items:")
    assert text[at + 1].startswith("  IMG_8.CR2 — image/x-canon-cr2 cannot be resized"), text
    assert not [line for line in text if line.startswith("Warning: IMG_")], text
