"""Limits are checked on what is read, not on what is claimed; legal long names work."""

from __future__ import annotations

import io
import os
import threading
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PIL import Image

from smparchive.cli.main import main
from smparchive.core.media.safety import InputRefused, read_capped
from smparchive.core.media.xmp import find_sidecar


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_programme_import_of_a_device_is_refused_at_once(tmp_path: Path) -> None:
    code, _out, err = run("sessions", "import", "/dev/zero", "-c", str(tmp_path / "c.smpcat"))
    assert code == 2 and err.count("\n") == 1
    assert "not a regular file" in err and "Traceback" not in err


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "schedule.json"
    os.mkfifo(fifo)
    result: list[str] = []
    t = threading.Thread(target=lambda: result.append(_refusal(fifo, 100)), daemon=True)
    t.start()
    t.join(10)
    assert result and "not a regular file" in result[0]


def _refusal(path: Path, limit: int) -> str:
    try:
        read_capped(path, limit, "The programme file")
    except InputRefused as exc:
        return str(exc)
    return "read"


def test_size_is_counted_while_reading(tmp_path: Path) -> None:
    f = tmp_path / "p.csv"
    f.write_bytes(b"x" * 1001)
    assert _refusal(f, 1000) == "The programme file is larger than 1000 bytes, so it was not read."
    assert read_capped(f, 1001, "x") == b"x" * 1001
    code, _out, err = run("sessions", "import", str(f), "-c", str(tmp_path / "c.smpcat"))
    assert code == 2 and "Traceback" not in err


def _long_names(folder: Path) -> list[Path]:
    folder.mkdir(parents=True)
    names = ["a" * (n - 4) + ".jpg" for n in (252, 253, 254, 255)] + ["é" * 125 + "b.jpg"]
    for n, name in enumerate(names):
        assert len(name.encode()) <= 255
        Image.new("RGB", (40, 30), (n * 40, 0, 0)).save(folder / name)
    return [folder / n for n in names]


def test_names_of_252_to_255_bytes_are_catalogued_and_get_sidecars(tmp_path: Path) -> None:
    files = _long_names(tmp_path / "m")
    cat = str(tmp_path / "c.smpcat")
    code, out, err = run("scan", str(tmp_path / "m"), "--workers", "0", "-c", cat)
    assert code == 0, out + err
    assert "5 new" in out and "error" not in out
    code, out, err = run("set", "1", "2", "3", "4", "5", "--rating", "4", "-c", cat)
    code, out, err = run("sidecars", "write", "1", "2", "3", "4", "5", "-c", cat)
    assert code == 0 and "5 created; 0 problems." in out, out + err
    # A sidecar named by the base name (the only one that fits) is found by the reader.
    longest = files[-1]
    (longest.parent / (longest.stem + ".xmp")).write_text("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
    assert find_sidecar(longest) == longest.parent / (longest.stem + ".xmp")
    assert find_sidecar(files[0]) is None
