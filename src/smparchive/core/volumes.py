"""Which volume a folder is on, and where a catalogued folder is on this computer.

A team's share is mounted at /media/me/share on one computer and at /mnt/share on another.
A catalogued folder (root) is recognised here without writing anything into it:

- by its volume's identity: a local filesystem's UUID (``/dev/disk/by-uuid``) or a network
  share's source (``//server/share``, ``server:/export``), read from
  ``/proc/self/mountinfo``, plus the folder's place inside that volume;
- else by its content: a sample of the catalogued files found, with their sizes, under a
  common mount point (``/media/USER/*``, ``/run/media/USER/*``, ``/mnt/*``, ``/Volumes/*``,
  every mounted filesystem).

Nothing is mapped without the person's confirmation: callers propose, people decide.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ENV_MOUNT_PARENTS = "SMPARCHIVE_MOUNT_PARENTS"  # os.pathsep-separated (tests, odd setups)
_PSEUDO = {
    "proc", "sysfs", "devtmpfs", "devpts", "tmpfs", "cgroup", "cgroup2", "overlay",
    "securityfs", "pstore", "bpf", "debugfs", "tracefs", "mqueue", "hugetlbfs", "fusectl",
    "configfs", "autofs", "binfmt_misc", "nsfs", "rpc_pipefs", "squashfs", "ramfs",
}  # fmt: skip
_NETWORK = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p", "afpfs", "davfs"}


def folder_gone(path: str) -> bool:
    """The folder cannot be listed, or is empty like a mount point without its drive: not
    a catalogued folder seen here, whatever ``isdir`` says (a scan, a check of the files
    and the search for a folder seen elsewhere agree on this)."""
    try:
        with os.scandir(path) as it:
            return next(it, None) is None
    except OSError:
        return True


@dataclass(frozen=True)
class Mount:
    """One mounted filesystem: where, what type, from which device or server."""

    point: str
    fstype: str
    source: str


def _unescape(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as octal (\040 ...)
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and len(field[i + 1 : i + 4]) == 3 and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of a ``/proc/self/mountinfo`` text."""
    mounts = []
    for line in text.splitlines():
        if " - " not in line:
            continue
        left, right = line.split(" - ", 1)
        fields, tail = left.split(), right.split()
        if len(fields) < 5 or len(tail) < 2:
            continue
        mounts.append(Mount(_unescape(fields[4]), tail[0], _unescape(tail[1])))
    return mounts


def current_mounts() -> list[Mount]:
    """This computer's mounts (empty where /proc is absent: macOS, Windows)."""
    try:
        return parse_mountinfo(Path("/proc/self/mountinfo").read_text("utf-8", "replace"))
    except OSError:
        return []


def _uuid_of(device: str, by_uuid: Path = Path("/dev/disk/by-uuid")) -> str | None:
    try:
        target = os.path.realpath(device)
        for link in by_uuid.iterdir():
            if os.path.realpath(link) == target:
                return link.name
    except OSError:
        return None
    return None


def identity(mount: Mount, by_uuid: Path = Path("/dev/disk/by-uuid")) -> str | None:
    """A name of the volume that is the same on every computer (None: not recognisable)."""
    if mount.fstype in _PSEUDO:
        return None
    if mount.fstype in _NETWORK or mount.fstype.startswith("fuse."):
        return f"{mount.fstype.removeprefix('fuse.')}:{mount.source.rstrip('/').lower()}"
    if mount.source.startswith("/dev/"):
        uuid = _uuid_of(mount.source, by_uuid)
        return f"uuid:{uuid}" if uuid else None
    return None


def mount_of(path: str, mounts: Sequence[Mount]) -> Mount | None:
    """The mount a path lies on (the longest mount point that contains it)."""
    best: Mount | None = None
    for m in mounts:
        point = m.point.rstrip("/") or "/"
        inside = path == point or path.startswith(point if point == "/" else point + "/")
        if inside and (best is None or len(point) > len(best.point.rstrip("/") or "/")):
            best = m
    return best


@dataclass(frozen=True)
class VolumePlace:
    """Where a folder is, independent of mount points: its volume and the path inside."""

    volume: str
    inside: str  # relative to the mount point, '/'-separated ('' for the volume's top)


def place_of(
    path: str, mounts: Sequence[Mount] | None = None, by_uuid: Path = Path("/dev/disk/by-uuid")
) -> VolumePlace | None:
    """The volume and in-volume path of a folder (None when its volume is not recognisable)."""
    mounts = current_mounts() if mounts is None else mounts
    m = mount_of(path, mounts)
    if m is None:
        return None
    ident = identity(m, by_uuid)
    if ident is None:
        return None
    inside = os.path.relpath(path, m.point) if path != m.point else ""
    return VolumePlace(ident, "" if inside == "." else inside.replace(os.sep, "/"))


def places_here(
    place: VolumePlace,
    mounts: Sequence[Mount] | None = None,
    by_uuid: Path = Path("/dev/disk/by-uuid"),
) -> list[str]:
    """Where this computer sees a volume place (one folder per mount of that volume)."""
    mounts = current_mounts() if mounts is None else mounts
    out = []
    for m in mounts:
        if identity(m, by_uuid) == place.volume:
            out.append(os.path.join(m.point, *place.inside.split("/")) if place.inside else m.point)
    return out


def mount_parents() -> list[Path]:
    """Folders whose children are where drives and shares usually appear."""
    env = os.environ.get(ENV_MOUNT_PARENTS, "").strip()
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    return [Path(p) for p in (f"/media/{user}", f"/run/media/{user}", "/media", "/mnt",
                              "/Volumes")]  # fmt: skip


def candidate_folders(root_path: str, mounts: Sequence[Mount] | None = None) -> Iterable[str]:
    """Folders that may be ``root_path`` seen from this computer: each mount point or child
    of a usual mount parent, joined with the root path's last 1-3 components."""
    tail = [p for p in Path(root_path).parts if p not in ("/", "\\")]
    suffixes = [tail[-k:] for k in range(1, min(3, len(tail)) + 1)] + [[]]
    bases: list[str] = []
    for parent in mount_parents():
        try:
            bases.extend(str(child) for child in sorted(parent.iterdir()) if child.is_dir())
        except OSError:
            continue
    mounts = current_mounts() if mounts is None else mounts
    bases.extend(m.point for m in mounts if m.fstype not in _PSEUDO and m.point != "/")
    seen: set[str] = set()
    for base in bases:
        for suffix in suffixes:
            folder = os.path.join(base, *suffix)
            if folder not in seen and folder != root_path:
                seen.add(folder)
                yield folder
