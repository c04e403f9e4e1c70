#!/usr/bin/env bash
# Build the Linux one-folder app with PyInstaller, then smoke-test it in a clean environment.
#
#   scripts/build-bundle.sh                  build venv in build/venv (created on first run)
#   scripts/build-bundle.sh --use-dotvenv    build with .venv (pyinstaller is added to it)
#   scripts/build-bundle.sh --clean          also drop PyInstaller's cache first
#   scripts/build-bundle.sh --smoke-only     test the existing build/dist/smparchive again
#
# Output: build/dist/smparchive/ (the app: smparchive, smparchive-gui, _internal/) and
# build/dist/smparchive-VERSION-linux-ARCH.tar.gz (the app plus install.sh and the desktop files).
# The smoke run starts the bundle with `env -i` and a PATH whose python/python3 only record that
# they were called: the bundle must run on its own interpreter. It checks --version, the native
# libraries (HEIF, video, PDF, Qt plugins, worker processes, libvlc), init / roots add /
# info --json on a new catalogue, a scan and a web export (ZIP) in worker processes,
# install.sh into a throw-away HOME, and the window on the
# offscreen platform (and on Xvfb when xvfb-run exists) for 5 s. Any failure exits non-zero.
# Slow (several minutes): not part of every CI run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

venv="build/venv"
clean=""
smoke_only=0
for arg in "$@"; do
  case "$arg" in
    --use-dotvenv) venv=".venv" ;;
    --clean) clean="--clean" ;;
    --smoke-only) smoke_only=1 ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-bundle.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/smparchive/__init__.py)"
DIST="$ROOT/build/dist"
BUNDLE="$DIST/smparchive"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

if [ "$smoke_only" -eq 0 ]; then
  step "build environment ($venv)"
  PYTHON="${PYTHON:-python3}"
  if [ ! -x "$venv/bin/python" ]; then
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
      || fail "$PYTHON is older than 3.11"
    "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
  fi
  stamp="$venv/.smparchive-deps"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$venv/bin/python" -m pip install -q ".[package]" 2>&1 | grep -v '^WARNING: Location' || true
    "$venv/bin/python" -c "import PyInstaller, smparchive" || fail "pip install .[package] failed"
    touch "$stamp"
  fi
  if [ "$venv" != ".venv" ]; then
    # Always the current source tree, installed as a wheel would be (package data included).
    "$venv/bin/python" -m pip install -q --no-deps --force-reinstall . 2>&1 \
      | grep -v '^WARNING: Location' || true
  fi
  "$venv/bin/python" -m PyInstaller --version | sed 's/^/PyInstaller /'

  step "PyInstaller (log: build/pyinstaller.log)"
  start=$(date +%s)
  if ! "$venv/bin/python" -m PyInstaller --noconfirm $clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/smparchive.spec \
    > build/pyinstaller.log 2>&1; then
    tail -30 build/pyinstaller.log >&2
    fail "PyInstaller failed"
  fi
  echo "built in $(($(date +%s) - start)) s"

  step "release archive"
  arch="$(uname -m)"
  stage="build/stage/smparchive-$VERSION"
  rm -rf build/stage && mkdir -p "$stage"
  cp -a "$BUNDLE" "$stage/smparchive"
  cp packaging/linux/install.sh packaging/linux/org.smparchive.SMPArchive.* "$stage/"
  tar -C build/stage -czf "$DIST/smparchive-$VERSION-linux-$arch.tar.gz" "smparchive-$VERSION"
  rm -rf build/stage
fi

[ -x "$BUNDLE/smparchive" ] || fail "no bundle at $BUNDLE"

step "bundle contents"
internal="$BUNDLE/_internal"
plugins="$internal/PySide6/Qt/plugins"
required=(
  smparchive smparchive-gui
  _internal/smparchive/core/catalog/migrations/env.py
  _internal/smparchive/core/catalog/migrations/script.py.mako
  _internal/smparchive/resources/icons/app/smparchive.svg
  _internal/smparchive/resources/icons/app/smparchive-256.png
  _internal/smparchive/resources/icons/ui/star.svg
  _internal/PySide6/Qt/plugins/platforms/libqxcb.so
  _internal/PySide6/Qt/plugins/platforms/libqoffscreen.so
  _internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so
  _internal/PySide6/Qt/plugins/imageformats/libqsvg.so
  _internal/PySide6/Qt/plugins/imageformats/libqjpeg.so
  _internal/pypdfium2_raw/libpdfium.so
)
for f in "${required[@]}"; do [ -e "$BUNDLE/$f" ] || fail "$f is missing from the bundle"; done
compgen -G "$internal/smparchive/core/catalog/migrations/versions/0001_*.py" >/dev/null \
  || fail "the migration scripts are missing from the bundle"
compgen -G "$plugins/platforms/libqwayland*.so" >/dev/null || fail "no Wayland platform plugin"
compgen -G "$internal/libpython3*.so*" >/dev/null || fail "no libpython in the bundle"
if compgen -G "$internal/libvlc*.so*" >/dev/null; then fail "libvlc was bundled"; fi
echo "required files present; libvlc left to the system"
size_h="$(du -sh "$BUNDLE" | cut -f1)"
files="$(find "$BUNDLE" -type f | wc -l)"
echo "bundle: $BUNDLE: $size_h in $files files"
for t in "$DIST"/smparchive-"$VERSION"-linux-*.tar.gz; do
  [ -f "$t" ] && echo "archive: $t: $(du -sh "$t" | cut -f1)"
done

# A clean environment: no variables from this shell, a throw-away HOME, and a PATH where any
# python is a stub that records the call and fails.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/smparchive-smoke.XXXXXX")"
gui_pid=""
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
mkdir -p "$tmp/stubs" "$tmp/home" "$tmp/media"
for name in python python3 "python${VERSION_PY:-3.11}"; do
  printf '#!/bin/sh\necho "$0 $*" >> "%s/python-called"\nexit 127\n' "$tmp" > "$tmp/stubs/$name"
  chmod +x "$tmp/stubs/$name"
done
CLEAN_ENV=(env -i "PATH=$tmp/stubs:/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8")
run() { "${CLEAN_ENV[@]}" "$@"; }
no_python_called() {
  [ ! -e "$tmp/python-called" ] || fail "the bundle ran a python: $(cat "$tmp/python-called")"
}

step "--version"
out="$(run "$BUNDLE/smparchive" --version)" || fail "--version exited $?"
echo "$out"
[ "$out" = "smparchive $VERSION" ] || fail "--version printed '$out', expected 'smparchive $VERSION'"

step "native libraries (SMPARCHIVE_BUNDLE_CHECK=1)"
run SMPARCHIVE_BUNDLE_CHECK=1 QT_QPA_PLATFORM=offscreen "$BUNDLE/smparchive" \
  | tee "$tmp/check.txt" || fail "the bundle check failed"
if /sbin/ldconfig -p 2>/dev/null | grep -q 'libvlc\.so\.5'; then
  grep -q '^vlc: ok: libvlc' "$tmp/check.txt" || fail "VLC is installed but the bundle missed it"
else
  echo "(VLC is not installed here: playback untested)"
fi

step "command line on a new catalogue"
cat_file="$tmp/Smoke Test.smpcat"
run "$BUNDLE/smparchive" -c "$cat_file" init || fail "init"
run "$BUNDLE/smparchive" -c "$cat_file" roots add "$tmp/media" --label "Smoke media" \
  || fail "roots add"
info="$(run "$BUNDLE/smparchive" -c "$cat_file" info --json)" || fail "info --json"
echo "$info"
echo "$info" | grep -q '"roots": 1' || fail "info --json does not show the added root"
echo "$info" | grep -q '"schema_revision": "[0-9]' || fail "info --json shows no schema revision"
no_python_called

if run "$BUNDLE/smparchive" --help | grep -qE '^ +scan '; then
  step "scan: a photo, a HEIC photo, a PDF and a video, in worker processes"
  # The files are made by the build environment's Python, outside the clean environment.
  "$ROOT/$venv/bin/python" - "$tmp/media" <<'PY' || fail "could not generate sample media"
import sys
from pathlib import Path

import av
import pillow_heif
from PIL import Image

out = Path(sys.argv[1])
pillow_heif.register_heif_opener()
Image.new("RGB", (320, 240), (40, 110, 180)).save(out / "opening.jpg", quality=85)
Image.new("RGB", (320, 240), (200, 120, 40)).save(out / "panel.heic")
Image.new("RGB", (400, 300), "white").save(out / "concept-note.pdf")
with av.open(str(out / "keynote.mp4"), "w") as container:
    stream = container.add_stream("mpeg4", rate=10)
    stream.width, stream.height, stream.pix_fmt = 160, 120, "yuv420p"
    for i in range(20):
        frame = av.VideoFrame.from_image(Image.new("RGB", (160, 120), (i * 10, 60, 90)))
        container.mux(stream.encode(frame))
    container.mux(stream.encode())
PY
  run "$BUNDLE/smparchive" -c "$cat_file" scan --workers 2 || fail "scan exited $?"
  info="$(run "$BUNDLE/smparchive" -c "$cat_file" info --json)" || fail "info --json"
  echo "$info" | grep -q '"items": 4' || { echo "$info"; fail "scan did not catalogue 4 items"; }
  run "$BUNDLE/smparchive" -c "$cat_file" problems || fail "problems were found after the scan"
  run "$BUNDLE/smparchive" -c "$cat_file" ls || fail "ls"
  no_python_called

  step "export: web renditions of the photos in two worker processes, as a ZIP"
  mkdir -p "$tmp/out"
  run "$BUNDLE/smparchive" -c "$cat_file" export --query "kind:photo" --preset web --zip \
    --include-unknown-consent --workers 2 --name smoke --to "$tmp/out" \
    || fail "export exited $?"
  listing="$(unzip -l "$tmp/out/smoke.zip")" || fail "the export wrote no readable ZIP"
  echo "$listing"
  [ "$(echo "$listing" | grep -cE '\.jpg$')" -eq 2 ] || fail "the ZIP does not hold 2 JPEGs"
  echo "$listing" | grep -q 'manifest.csv' || fail "the ZIP has no manifest.csv"
  no_python_called
fi

# The window, opened on that catalogue as a double-click would. It must still be running after
# 5 s; then it gets SIGTERM (timeout's exit 124 is the success case: nothing else counts).
gui_run() {
  local label="$1"
  shift
  local started rc
  started=$(date +%s)
  set +e
  "$@" &
  gui_pid=$!
  sleep 3
  if kill -0 "$gui_pid" 2>/dev/null; then
    # The running interpreter must be the bundle's own libpython.
    local app_pid
    app_pid="$(pgrep -n -P "$gui_pid" || true)"
    [ -n "$app_pid" ] && grep -o '/[^ ]*libpython3[^ ]*' "/proc/$app_pid/maps" | sort -u \
      > "$tmp/libpython.txt"
  fi
  wait "$gui_pid"
  rc=$?
  gui_pid=""
  set -e
  if [ "$rc" -ne 124 ]; then
    fail "$label: the app exited by itself with status $rc after $(($(date +%s) - started)) s"
  fi
  if [ -s "$tmp/libpython.txt" ]; then
    grep -qv "^$internal/" "$tmp/libpython.txt" && fail "$label: a foreign libpython was loaded"
    echo "$label: interpreter: $(head -1 "$tmp/libpython.txt")"
  fi
  echo "$label: the window was still up after 5 s and was stopped cleanly"
}

step "window (offscreen)"
gui_run offscreen timeout -s TERM 5 "${CLEAN_ENV[@]}" QT_QPA_PLATFORM=offscreen \
  "$BUNDLE/smparchive-gui" "$cat_file"
log="$(find "$tmp/home" -name 'smparchive.log' | head -1)"
if [ -n "$log" ]; then
  echo "log ($log):"
  sed 's/^/  /' "$log" | tail -5
  if grep -q 'Traceback' "$log"; then fail "the app logged a traceback"; fi
fi

if command -v xvfb-run >/dev/null 2>&1; then
  step "window (xcb on Xvfb)"
  # xvfb-run sets DISPLAY and XAUTHORITY: the clean environment gets those two as well.
  cat > "$tmp/xcb-run.sh" <<EOF
#!/bin/sh
exec env -i "PATH=$tmp/stubs:/usr/bin:/bin" "HOME=$tmp/home" LANG=C.UTF-8 \\
  DISPLAY="\$DISPLAY" XAUTHORITY="\$XAUTHORITY" QT_QPA_PLATFORM=xcb \\
  "$BUNDLE/smparchive-gui" "$cat_file"
EOF
  gui_run xcb timeout -s TERM 5 xvfb-run -a -s "-screen 0 1280x800x24" sh "$tmp/xcb-run.sh"
fi
no_python_called

step "install.sh (per-user, into a throw-away HOME)"
"${CLEAN_ENV[@]}" bash packaging/linux/install.sh --bundle "$BUNDLE" > "$tmp/install.txt" \
  || { cat "$tmp/install.txt"; fail "install.sh"; }
cat "$tmp/install.txt"
share="$tmp/home/.local/share"
for f in "applications/org.smparchive.SMPArchive.desktop" \
  "icons/hicolor/48x48/apps/org.smparchive.SMPArchive.png" \
  "icons/hicolor/scalable/apps/org.smparchive.SMPArchive.svg" \
  "mime/packages/org.smparchive.SMPArchive.xml" \
  "metainfo/org.smparchive.SMPArchive.metainfo.xml"; do
  [ -f "$share/$f" ] || fail "install.sh did not install $f"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$share/applications/org.smparchive.SMPArchive.desktop" \
    || fail "the installed desktop entry is invalid"
fi
if [ -f "$share/mime/mime.cache" ]; then
  grep -q 'application/x-smparchive-catalogue' "$share/mime/globs2" \
    || fail "the mime database does not know *.smpcat"
fi
out="$(run "$tmp/home/.local/bin/smparchive" --version)" || fail "installed smparchive"
[ "$out" = "smparchive $VERSION" ] || fail "installed smparchive printed '$out'"
"${CLEAN_ENV[@]}" bash packaging/linux/install.sh --uninstall > /dev/null || fail "uninstall"
[ ! -e "$tmp/home/.local/lib/smparchive" ] || fail "uninstall left the app behind"
echo "installed, ran from ~/.local/bin, uninstalled"
no_python_called

step "smoke test passed: $BUNDLE ($size_h)"
