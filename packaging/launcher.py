"""Entry script of the PyInstaller bundle (both executables run this file).

``smparchive`` behaves like the installed console script (no arguments: the app; otherwise a
terminal command). ``smparchive-gui`` always opens the app, with an optional catalogue path, so
desktop entries, file associations and Finder can pass a double-clicked ``*.smpcat`` file.

With ``SMPARCHIVE_BUNDLE_CHECK=1`` in the environment the launcher instead exercises the native
parts of the bundle (HEIF, video, PDF, Qt plugins, worker processes, libvlc) and exits 0 only
if they all work; ``scripts/build-bundle.sh`` runs this on every build.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

CHECK_ENV = "SMPARCHIVE_BUNDLE_CHECK"


def _check_heif() -> str:
    import io

    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), "teal").save(buf, "HEIF")
    buf.seek(0)
    with Image.open(buf) as image:
        image.load()
        assert (image.format, image.size) == ("HEIF", (32, 24)), (image.format, image.size)
    return f"pillow-heif {pillow_heif.__version__}, libheif {pillow_heif.libheif_version()}"


def _check_video() -> str:
    import io

    import av
    from PIL import Image

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for i in range(10):
            frame = av.VideoFrame.from_image(Image.new("RGB", (64, 48), (i * 20, 0, 0)))
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    buf.seek(0)
    with av.open(buf) as inp:
        frames = sum(1 for _ in inp.decode(video=0))
    assert frames == 10, frames
    return f"PyAV {av.__version__}, FFmpeg {av.ffmpeg_version_info}"


def _check_pdf() -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument.new()
    page = doc.new_page(200, 100)
    image = page.render(scale=1).to_pil()
    assert image.size == (200, 100), image.size
    return f"pypdfium2 {pypdfium2.PYPDFIUM_INFO}, pdfium {pypdfium2.PDFIUM_INFO}"


def _check_qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from importlib.resources import files

    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "gif", "svg", "webp", "ico", "tiff"} - formats
    assert not missing, f"image format plugins missing: {sorted(missing)}"
    svg = files("smparchive.resources") / "icons" / "ui" / "star.svg"
    assert not QIcon(str(svg)).pixmap(32, 32).isNull(), "the svg icon engine is missing"
    return f"Qt {app.platformName()} platform, image formats {', '.join(sorted(formats))}"


def _check_workers() -> str:
    from concurrent.futures import ProcessPoolExecutor

    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        pids = {future.result(timeout=60) for future in [pool.submit(os.getpid) for _ in range(4)]}
    assert pids and os.getpid() not in pids, pids
    return f"{method} worker processes ran"


def _check_vlc() -> str:
    try:
        import vlc
    except (ImportError, OSError, NotImplementedError) as exc:
        return f"not found ({exc.__class__.__name__}: {exc})"
    return f"libvlc {vlc.libvlc_get_version().decode()}"


def bundle_check() -> int:
    """Print one line per native component; 0 when every required one works."""
    checks = {
        "heif": _check_heif,
        "video": _check_video,
        "pdf": _check_pdf,
        "qt": _check_qt,
        "workers": _check_workers,
        "vlc": _check_vlc,
        "children": _check_child_environment,
    }
    failed = 0
    print(f"bundle: {sys.executable} (frozen={getattr(sys, 'frozen', False)})")
    for name, check in checks.items():
        try:
            print(f"{name}: ok: {check()}")
        except Exception as exc:  # a report, not a crash: every check runs
            failed += 1
            print(f"{name}: FAILED: {exc.__class__.__name__}: {exc}")
    return 1 if failed else 0


def _restore_library_path() -> None:
    """Give programs started from the app the user's LD_LIBRARY_PATH, not the bundle's.

    PyInstaller's bootloader points LD_LIBRARY_PATH at ``_internal`` (keeping any earlier value
    in LD_LIBRARY_PATH_ORIG). This process has already read it, but LibreOffice, xdg-open and
    file managers started from the app would otherwise load the bundle's copies of system
    libraries and may crash. The bundle's own helper processes set it again when they start.
    """
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


def _check_child_environment() -> str:
    import subprocess

    if not sys.platform.startswith("linux"):
        return "not applicable"
    out = subprocess.run(
        ["/bin/sh", "-c", 'printf %s "$LD_LIBRARY_PATH"'],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bundle = str(Path(sys.executable).resolve().parent)
    assert bundle not in out, f"child processes get LD_LIBRARY_PATH={out}"
    return f"child processes get LD_LIBRARY_PATH={out!r}"


def _vlc_environment() -> None:
    """Point python-vlc at the libvlc this bundle should use, unless the user already did.

    Windows: a libvlc copied beside the app at build time (smparchive.iss /DVlcDir) brings its
    plugins in ``_internal/plugins``; without it python-vlc finds an installed VLC through the
    registry. macOS: python-vlc only looks in /Applications/VLC.app; also try ~/Applications.
    Linux: the system's libvlc.so.5 and its plugins, found by the dynamic loader.
    """
    if "PYTHON_VLC_LIB_PATH" in os.environ:
        return
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))
    if sys.platform == "win32" and (base / "libvlc.dll").is_file():
        os.environ.setdefault("VLC_PLUGIN_PATH", str(base / "plugins"))
    elif sys.platform == "darwin" and not Path("/Applications/VLC.app").is_dir():
        app = Path.home() / "Applications" / "VLC.app" / "Contents" / "MacOS"
        if (app / "lib" / "libvlc.dylib").is_file():
            os.environ["PYTHON_VLC_LIB_PATH"] = str(app / "lib" / "libvlc.dylib")
            os.environ.setdefault("PYTHON_VLC_MODULE_PATH", str(app / "plugins"))


def _run() -> int:
    # The ingest and export pools use forkserver/spawn, which start helper processes by
    # running this executable again; freeze_support() diverts those runs before the app starts.
    multiprocessing.freeze_support()
    _restore_library_path()
    _vlc_environment()
    if os.environ.get(CHECK_ENV) == "1":
        return bundle_check()
    if Path(sys.executable).stem.lower() == "smparchive-gui":
        from smparchive.gui.app import main as gui_main

        return gui_main(sys.argv[1:])
    from smparchive.__main__ import main

    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_run())
