"""The demo's day-1 livestream: two hours in one file, written in seconds; the programme
cuts it at the real changes, and the roundtable's clip exports with chapters."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import av
import pytest

from smparchive.cli.main import main
from smparchive.core.demo import programme as demo
from smparchive.core.demo.generator import _livestream_step, _plan_livestream

TOLERANCE_S = 1.0


@pytest.fixture(scope="module")
def livestream(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    plan = _plan_livestream()
    folder = tmp_path_factory.mktemp("demo")
    path = folder / Path(plan.path).name
    started = time.perf_counter()
    _livestream_step(plan)(path)
    print(f"livestream of {plan.duration_s:.0f} s written in {time.perf_counter() - started:.1f} s")
    return path, plan


def run(capsys: Any, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_livestream_is_a_real_two_hour_recording(
    livestream: tuple[Path, Any], tmp_path: Path
) -> None:
    path, plan = livestream
    again = tmp_path / "again.mp4"
    _livestream_step(plan)(again)
    assert again.read_bytes() == path.read_bytes()  # reproducible, as the whole demo is
    with av.open(str(path)) as c:
        assert float(c.duration) / 1e6 == pytest.approx(plan.duration_s, abs=2)
        assert c.streams.video[0].codec_context.name in ("h264", "mpeg4")
        assert c.streams.audio[0].codec_context.name == "aac"
        assert c.metadata["creation_time"].startswith("2022-06-01T06:58:00")


def test_one_command_cuts_day_one_and_the_roundtable_exports_with_chapters(
    livestream: tuple[Path, Any], tmp_path: Path, capsys: Any
) -> None:
    path, plan = livestream
    cat = str(tmp_path / "c.smpcat")
    schedule = tmp_path / "schedule.json"
    schedule.write_text(demo.schedule_json(), encoding="utf-8")
    assert run(capsys, "-c", cat, "sessions", "import", str(schedule))[0] == 0
    code, out = run(capsys, "-c", cat, "roots", "add", str(path.parent))
    assert code == 0, out
    code, out = run(capsys, "-c", cat, "scan", "--workers", "0")
    assert code == 0, out
    code, out = run(capsys, "-c", cat, "segments", "apply", "--json")
    assert code == 0, out
    code, out = run(capsys, "-c", cat, "segments", "list", "--json")
    segments = json.loads(out)
    starts = dict((k, t) for t, k in plan.changes)
    by_title = {s["title"].split(":")[0]: s for s in segments}
    assert set(by_title) == {"Welcome and opening", "EMN roundtable"}
    opening, roundtable = by_title["Welcome and opening"], by_title["EMN roundtable"]
    assert opening["start_s"] == pytest.approx(starts["opening"], abs=TOLERANCE_S)
    assert opening["end_s"] == pytest.approx(starts["emn-roundtable"], abs=TOLERANCE_S)
    assert roundtable["start_s"] == pytest.approx(starts["emn-roundtable"], abs=TOLERANCE_S)
    # the roundtable ends where its picture goes black (4 s, one keyframe interval, before
    # the holding picture comes back)
    assert roundtable["end_s"] == pytest.approx(starts[None] - 4, abs=TOLERANCE_S)
    assert len(roundtable["chapters"]) == 4  # one per speaker, a draft spread evenly
    assert all(c["draft"] for c in roundtable["chapters"])
    code, out = run(
        capsys, "-c", cat, "export", "--session", "EMN roundtable", "--to", str(tmp_path),
        "--include-unknown-consent", "--page", "--dry-run",
    )  # fmt: skip
    assert "its 4 chapters are an evenly spaced draft" in out and "not published" in out
    # the user accepts the evenly spaced chapters: the export publishes them
    code, out = run(
        capsys, "-c", cat, "segments", "edit", str(roundtable["id"]), "--confirm-chapters"
    )
    assert code == 0, out

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    started = time.perf_counter()
    code, out = run(
        capsys, "-c", cat, "export", "--session", "EMN roundtable", "--to", str(out_dir),
        "--include-unknown-consent", "--page", "--json",
    )  # fmt: skip
    print(f"roundtable clip exported in {time.perf_counter() - started:.1f} s")
    assert code == 0, out
    clips = list(out_dir.rglob("*.mp4"))
    assert len(clips) == 1  # the clip, not the two-hour file
    with av.open(str(clips[0])) as c:
        assert float(c.duration) / 1e6 == pytest.approx(
            roundtable["end_s"] - roundtable["start_s"], abs=5
        )
        assert len(c.chapters()) == 4
    assert list(out_dir.rglob("*.chapters.vtt"))
