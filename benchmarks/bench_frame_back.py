"""',' one frame back in the player on the real libvlc: which frame is shown, and the time.

    python benchmarks/bench_frame_back.py [--rounds 20] [--x264 bframes=0] [--lead 0.5]

Writes a 3 s 25 fps H.264 clip whose frames show their index as 8 black/white blocks, plays
it with the app's ``VlcEngine`` into a picture buffer (libvlc's vmem: the frames libvlc
shows, read back), pauses after 0.3 s, steps 10 frames with '.' (``next_frame``) and one
back with ',' (``previous_frame``). Per round: the frame shown at the pause, after the 10
steps and after ','; ``engine.time()`` after ','. With ``--lead S`` ',' is done the other
way (the lead's proposal): a paused seek S seconds before the target, then ``next_frame``
until the count reaches it.

Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import av
import vlc
from PIL import Image, ImageDraw
from PySide6.QtCore import QCoreApplication

from smparchive.gui.player.engine import VlcEngine

W, H, FPS = 320, 240, 25


def write_clip(path: Path, x264: str | None, seconds: float = 3.0) -> None:
    """Frame i shows i in binary: block b (40 px wide, left first) white when bit b is set."""
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", FPS)
        stream.width, stream.height, stream.pix_fmt = W, H, "yuv420p"
        if x264:
            stream.options = {"x264-params": x264}
        for i in range(int(seconds * FPS)):
            image = Image.new("RGB", (W, H), (128, 64, 64))
            draw = ImageDraw.Draw(image)
            for b in range(8):
                white = (255, 255, 255) if i >> b & 1 else (0, 0, 0)
                draw.rectangle([b * 40, 100, b * 40 + 39, 140], fill=white)
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)


class Shown:
    """libvlc renders into ``buf``; ``frames`` lists the index of each picture shown."""

    def __init__(self, player: Any) -> None:
        self.buf = (ctypes.c_ubyte * (W * H * 4))()
        self.frames: list[int] = []
        # the callbacks are kept on self: libvlc calls them as long as the player lives
        self._lock = vlc.CallbackDecorators.VideoLockCb(self._on_lock)
        self._unlock = vlc.CallbackDecorators.VideoUnlockCb(lambda *_: None)
        self._display = vlc.CallbackDecorators.VideoDisplayCb(self._on_display)
        player.video_set_callbacks(self._lock, self._unlock, self._display, None)
        player.video_set_format("RV32", W, H, W * 4)

    def _on_lock(self, _opaque: Any, planes: Any) -> None:
        planes[0] = ctypes.cast(self.buf, ctypes.c_void_p).value

    def _on_display(self, _opaque: Any, _picture: Any) -> None:
        bits = ((self.buf[(120 * W + b * 40 + 20) * 4 + 1] > 128) << b for b in range(8))
        self.frames.append(sum(bits))


def wait(app: QCoreApplication, ms: float) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def back_with_lead(engine: VlcEngine, app: QCoreApplication, lead: float) -> None:
    """The proposal: a paused seek ``lead`` s before the target, then steps up to it."""
    target = max(0.0, engine.time() - 1 / FPS)
    start = max(0.0, target - lead)
    engine.seek(start)
    wait(app, 100)
    for _ in range(round((target - start) * FPS)):
        engine.next_frame(FPS)
        wait(app, 30)


def one_round(app: QCoreApplication, clip: Path, lead: float | None) -> dict[str, Any]:
    engine = VlcEngine(["--aout=dummy", "--quiet", "--no-xlib"])
    shown = Shown(engine.player)
    engine.load(str(clip))
    engine.play()
    while not (engine.state == "playing" and engine.time() > 0.3):
        wait(app, 10)
    engine.toggle()
    while engine.state != "paused":
        wait(app, 10)
    wait(app, 200)
    paused = shown.frames[-1]
    for _ in range(10):
        engine.next_frame(FPS)
        wait(app, 50)
    wait(app, 200)
    stepped, counted = shown.frames[-1], engine.time()
    if lead is None:
        engine.previous_frame(FPS)
    else:
        back_with_lead(engine, app, lead)
    wait(app, 1000)
    back, said = shown.frames[-1], engine.time()
    engine.release()
    return {
        "paused": paused,
        "stepped": stepped,
        "back": back,
        "frame_ok": back == stepped - 1,
        "time_s": round(said, 3),
        "time_ok": abs(said - (counted - 1 / FPS)) <= 0.02,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--x264", help="x264 parameters of the clip (e.g. bframes=0)")
    parser.add_argument("--lead", type=float, help="step back by a seek this early + steps")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        clip = Path(tmp) / "frames.mp4"
        write_clip(clip, args.x264)
        rounds = [one_round(app, clip, args.lead) for _ in range(args.rounds)]
    for n, r in enumerate(rounds):
        print(n, r)
    frames = sum(r["frame_ok"] for r in rounds)
    times = sum(r["time_ok"] for r in rounds)
    method = "previous_frame" if args.lead is None else f"seek {args.lead} s early + steps"
    print(
        f"{method}, clip x264 {args.x264 or 'defaults'}: the frame before shown "
        f"{frames}/{len(rounds)}, its time said {times}/{len(rounds)}; shown after ',' "
        f"{dict(Counter(r['back'] - r['stepped'] for r in rounds))} frames from the stepped "
        f"one (load {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
