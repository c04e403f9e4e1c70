#!/usr/bin/env bash
# Set up smparchive on a fresh Debian/Ubuntu machine: system libraries (libvlc, Qt's xcb/EGL
# libraries, fonts, Xvfb) when missing, then a virtual environment in .venv with the app.
#   scripts/setup.sh          app only
#   scripts/setup.sh --test   app + test tools
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRA=""
[ "${1:-}" = "--test" ] && EXTRA="[test]"

DEB_PACKAGES=(
  libvlc5 vlc-plugin-base vlc-plugin-video-output            # python-vlc playback
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb-xfixes0 libx11-xcb1                       # Qt's xcb platform
  fonts-dejavu-core                                            # readable UI text
  xvfb xauth                                                   # headless runs and screenshots
)
# Test tools: exiftool reads back what exports and sidecars say, as other programs would.
[ -n "$EXTRA" ] && DEB_PACKAGES+=(libimage-exiftool-perl)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "smparchive needs Python 3.11 or newer ($PYTHON is $("$PYTHON" --version))." >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q -e ".${EXTRA}" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import smparchive, PySide6, sqlalchemy, av, pypdfium2, pikepdf" \
  || { echo "Python packages failed to install; see the messages above." >&2; exit 2; }
# The publication page's checks (tests/core/export/test_export_gallery_page.py): headless
# Chromium, the Nu Html Checker (vnu.jar, needs Java) and axe-core. Best effort: without them
# those tests fall back to html5lib or are skipped, and say so.
if [ -n "$EXTRA" ]; then
  if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      chromium default-jre-headless >/dev/null 2>&1 \
      || echo "Chromium could not be installed: the page's browser checks will be skipped."
  fi
  if command -v npm >/dev/null 2>&1 && [ ! -f .node/node_modules/axe-core/axe.min.js ]; then
    mkdir -p .node
    npm install --silent --no-audit --no-fund --prefix .node axe-core vnu-jar >/dev/null 2>&1 \
      || echo "axe-core and vnu-jar could not be installed (npm): those checks will be skipped."
  fi
fi
echo "smparchive is set up in $(pwd)/.venv"
