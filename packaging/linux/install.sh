#!/usr/bin/env bash
# Install the smparchive bundle with its menu entry, icons, file type and AppStream metadata.
#
#   ./install.sh                 for the current user: ~/.local/lib/smparchive, ~/.local/bin,
#                                ~/.local/share/{applications,icons,mime,metainfo}
#   sudo ./install.sh --system   for everyone: /opt/smparchive, /usr/local/bin,
#                                /usr/local/share/...
#   ./install.sh --uninstall     remove what the same options installed (add --system for that)
#
# Options: --prefix DIR (share/ and bin/ go below it), --app-dir DIR (where the bundle goes),
#          --bundle DIR (the built one-folder app; default: ./smparchive beside this script, else
#          build/dist/smparchive in the source tree).
# Video playback uses the system's VLC (libvlc.so.5 and its plugins); install it with the
# package manager, e.g. `sudo apt install vlc` on Debian/Ubuntu or `sudo dnf install vlc`.
set -euo pipefail

APP_ID=org.smparchive.SMPArchive
MIME_TYPE=application/x-smparchive-catalogue
MIME_ICON=${MIME_TYPE//\//-}
SIZES=(16 24 32 48 64 128 256 512)
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

mode=user
action=install
prefix=""
app_dir=""
bundle=""
usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --system) mode=system ;;
    --user) mode=user ;;
    --uninstall) action=uninstall ;;
    --prefix) prefix="$2"; shift ;;
    --app-dir) app_dir="$2"; shift ;;
    --bundle) bundle="$2"; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ "$mode" = system ]; then
  prefix="${prefix:-/usr/local}"
  app_dir="${app_dir:-/opt/smparchive}"
  share="$prefix/share"
else
  if [ -n "$prefix" ]; then
    share="$prefix/share"
  else
    prefix="$HOME/.local"
    share="${XDG_DATA_HOME:-$prefix/share}"
  fi
  app_dir="${app_dir:-$prefix/lib/smparchive}"
fi
bin_dir="$prefix/bin"
icons="$share/icons/hicolor"

installed_files() {
  echo "$bin_dir/smparchive"
  echo "$bin_dir/smparchive-gui"
  echo "$share/applications/$APP_ID.desktop"
  echo "$share/metainfo/$APP_ID.metainfo.xml"
  echo "$share/mime/packages/$APP_ID.xml"
  echo "$icons/scalable/apps/$APP_ID.svg"
  for n in "${SIZES[@]}"; do
    echo "$icons/${n}x${n}/apps/$APP_ID.png"
    echo "$icons/${n}x${n}/mimetypes/$MIME_ICON.png"
  done
}

refresh_caches() {
  # Each cache is optional: without the tool the desktop rescans on its own, more slowly.
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$share/mime/packages" ]; then
    update-mime-database "$share/mime" || echo "warning: update-mime-database failed" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$share/applications" ]; then
    update-desktop-database -q "$share/applications" || echo "warning: update-desktop-database failed" >&2
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$icons" ]; then
    gtk-update-icon-cache -q -f -t "$icons" || echo "warning: gtk-update-icon-cache failed" >&2
  fi
}

if [ "$action" = uninstall ]; then
  while IFS= read -r f; do rm -f "$f"; done < <(installed_files)
  rm -rf "$app_dir"
  refresh_caches
  echo "smparchive removed from $app_dir and $share"
  exit 0
fi

if [ -z "$bundle" ]; then
  for candidate in "$HERE/smparchive" "$HERE/../../build/dist/smparchive"; do
    if [ -x "$candidate/smparchive" ]; then bundle="$candidate"; break; fi
  done
fi
if [ -z "$bundle" ] || [ ! -x "$bundle/smparchive" ] || [ ! -x "$bundle/smparchive-gui" ]; then
  echo "install.sh: no built bundle found (run scripts/build-bundle.sh, or pass --bundle DIR)" >&2
  exit 2
fi
bundle="$(cd "$bundle" && pwd)"
app_icons="$bundle/_internal/smparchive/resources/icons/app"
for f in "$HERE/$APP_ID.desktop" "$HERE/$APP_ID.metainfo.xml" "$HERE/$APP_ID.mime.xml" \
  "$app_icons/smparchive.svg"; do
  [ -f "$f" ] || { echo "install.sh: $f is missing" >&2; exit 2; }
done

# The bundle: copied beside the old one, then swapped in, so a failed copy breaks nothing.
mkdir -p "$(dirname "$app_dir")"
if [ "$bundle" != "$(cd "$app_dir" 2>/dev/null && pwd)" ]; then
  rm -rf "$app_dir.new"
  cp -a "$bundle" "$app_dir.new"
  rm -rf "$app_dir"
  mv "$app_dir.new" "$app_dir"
fi

mkdir -p "$bin_dir" "$share/applications" "$share/metainfo" "$share/mime/packages" \
  "$icons/scalable/apps"
ln -sfn "$app_dir/smparchive" "$bin_dir/smparchive"
ln -sfn "$app_dir/smparchive-gui" "$bin_dir/smparchive-gui"

# Menus may not have ~/.local/bin on their PATH: the entry names the launcher by full path.
sed -e "s|^Exec=smparchive-gui |Exec=\"$app_dir/smparchive-gui\" |" \
  -e "s|^TryExec=smparchive-gui\$|TryExec=$app_dir/smparchive-gui|" \
  "$HERE/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
chmod 644 "$share/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/$APP_ID.mime.xml" "$share/mime/packages/$APP_ID.xml"
install -m 644 "$app_icons/smparchive.svg" "$icons/scalable/apps/$APP_ID.svg"
for n in "${SIZES[@]}"; do
  mkdir -p "$icons/${n}x${n}/apps" "$icons/${n}x${n}/mimetypes"
  install -m 644 "$app_icons/smparchive-$n.png" "$icons/${n}x${n}/apps/$APP_ID.png"
  install -m 644 "$app_icons/smparchive-$n.png" "$icons/${n}x${n}/mimetypes/$MIME_ICON.png"
done
refresh_caches

echo "smparchive $("$app_dir/smparchive" --version | sed 's/^smparchive //') installed:"
echo "  app        $app_dir"
echo "  commands   $bin_dir/smparchive, $bin_dir/smparchive-gui"
echo "  menu entry $share/applications/$APP_ID.desktop (opens *.smpcat catalogues)"
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "note: $bin_dir is not on your PATH; the menu entry works regardless." ;;
esac
if ! { /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q 'libvlc\.so\.5'; then
  echo "note: VLC was not found; photos and slides work, but video playback needs VLC"
  echo "      (Debian/Ubuntu: sudo apt install vlc; Fedora: sudo dnf install vlc)."
fi
