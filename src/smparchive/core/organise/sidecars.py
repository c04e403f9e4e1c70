"""XMP sidecars out and back in: where they go, atomic writing, and per-item reports.

Nothing is written unless asked. Where a sidecar goes depends on the root's policy:

* ``beside`` (the user allowed writing next to the originals): ``name.ext.xmp``. The one
  exception is a ``name.xmp`` that already exists (Lightroom, Photo Mechanic, Capture One)
  while no other file in the folder shares the base name: it is updated in place, so the
  program that reads it sees our fields. With a sibling (``IMG_1.JPG`` + ``IMG_1.CR2``) a
  ``name.xmp`` is ambiguous and never touched. Reading uses the same rule.
* ``mirror`` (default): ``<catalogue stem>.sidecars/<root id>-<root label>/<rel_path>.xmp``
  next to the catalogue; it works for offline drives too.

Writing is atomic (temporary file + rename) and never opens the original media file. An
existing sidecar is merged (see :mod:`sidecars_xmp`) or, with ``foreign="refuse"``, a sidecar
written by another program is left alone. Reading applies what sidecars say to the catalogue
as one undoable operation; fields a sidecar does not hold are left as they are.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Literal

from smparchive.core.catalog.undo import UndoRecord
from smparchive.core.domain.sidecars_xmp import (
    SidecarItem,
    SidecarMetadata,
    is_ours,
    merge_sidecar,
    read_sidecar,
)
from smparchive.core.media.xmp import DEFAULT_TEXT_LANG, XmpError
from smparchive.core.messages import plain, problem
from smparchive.core.vocab import ItemStatus, SidecarPolicy

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

MAX_SIDECAR = 4 * 1024 * 1024
MIRROR_SUFFIX = ".sidecars"
Foreign = Literal["merge", "refuse"]
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class SidecarOutcome:
    """What happened to one item: action, the sidecar file, and why."""

    item_id: int
    path: str
    action: str  # created|updated|merged|unchanged|read|skipped
    sidecar: str | None = None
    reason: str | None = None
    problem: bool = False
    fields: tuple[str, ...] = ()


@dataclass
class SidecarReport:
    """Outcomes of one ``write`` or ``read`` run."""

    mode: str
    dry_run: bool
    outcomes: list[SidecarOutcome] = field(default_factory=list)
    undo: UndoRecord | None = None

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for o in self.outcomes:
            out[o.action] = out.get(o.action, 0) + 1
        return out

    @property
    def problems(self) -> list[SidecarOutcome]:
        return [o for o in self.outcomes if o.problem]


def mirror_dir_for(location: str) -> Path | None:
    """``<stem>.sidecars`` next to a catalogue file; for a team catalogue (a database URL)
    a folder of this user's (``paths.server_data_dir``)."""
    if "://" in location:
        from smparchive.core import paths

        return paths.server_data_dir(location) / "sidecars"
    path = Path(location)
    return path.with_name(path.stem + MIRROR_SUFFIX)


def root_folder_name(root_id: int, label: str | None) -> str:
    """``<id>-<label>`` made safe for every file system."""
    safe = _UNSAFE.sub("_", label or "").strip(" .") or "root"
    return f"{root_id}-{safe}"


def mirror_path(mirror: Path, item: SidecarItem, *, existing_only: bool = False) -> Path | None:
    """The mirrored sidecar of ``item``; when reading, a folder with the root's label also
    matches (a rebuilt catalogue may number its roots differently)."""
    folder = mirror / root_folder_name(item.root_id, item.root_label)
    if existing_only and not folder.is_dir():
        label = root_folder_name(0, item.root_label).split("-", 1)[1]
        matches = (
            [p for p in mirror.iterdir() if p.is_dir() and p.name.split("-", 1)[-1] == label]
            if mirror.is_dir()
            else []
        )
        if len(matches) != 1:
            return None
        folder = matches[0]
    rel = PurePosixPath(item.rel_path)
    path = folder.joinpath(*rel.parent.parts, xmp_name(rel.name, rel.stem))
    return path if not existing_only or path.is_file() else None


class _Folders:
    """Folder listings, read once per run (sidecar names depend on siblings)."""

    def __init__(self) -> None:
        self._names: dict[Path, list[str]] = {}

    def names(self, folder: Path) -> list[str]:
        if folder not in self._names:
            try:
                self._names[folder] = os.listdir(folder)
            except OSError:
                self._names[folder] = []
        return self._names[folder]

    def remember(self, path: Path) -> None:
        names = self.names(path.parent)
        if path.name not in names:
            names.append(path.name)


def beside_path(original: Path, folders: _Folders, *, existing_only: bool = False) -> Path | None:
    """The sidecar beside ``original`` by the naming rule in the module docstring."""
    names = folders.names(original.parent)
    lower = {n.lower(): n for n in names}
    own = lower.get((original.name + ".xmp").lower())
    if own is not None:
        return original.with_name(own)
    stem = original.stem.lower()
    short = lower.get(stem + ".xmp")
    if short is not None:
        siblings = [
            n
            for n in names
            if n != original.name
            and not n.lower().endswith(".xmp")
            and Path(n).stem.lower() == stem
        ]
        if not siblings:
            return original.with_name(short)
    return None if existing_only else original.with_name(xmp_name(original.name, original.stem))


NAME_MAX = 255  # bytes in one file name on every file system smparchive writes to


def xmp_name(name: str, stem: str) -> str:
    """``name.ext.xmp``, or ``name.xmp`` when that would pass the file-name limit (a legal
    252-255-byte name cannot take four more bytes; its base name can)."""
    full = name + ".xmp"
    return full if len(os.fsencode(full)) <= NAME_MAX else stem + ".xmp"


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # A short temporary name: the target's may already be at the 255-byte limit.
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_limited(path: Path) -> bytes:
    from smparchive.core.media.safety import InputRefused, read_capped

    try:
        return read_capped(path, MAX_SIDECAR, "it")
    except InputRefused as exc:
        raise XmpError(str(exc).removeprefix("it ").rstrip(".")) from exc


def _write_target(
    item: SidecarItem, mirror: Path | None, folders: _Folders
) -> tuple[Path | None, str | None]:
    """Where ``item``'s sidecar goes, or why it cannot be written."""
    if item.policy == SidecarPolicy.BESIDE:
        if not item.root_online or item.status == ItemStatus.OFFLINE:
            return None, problem("sidecar.original_offline")
        if item.status == ItemStatus.MISSING or not item.original.is_file():
            return None, problem("sidecar.original_missing")
        return beside_path(item.original, folders), None
    if mirror is None:
        return None, problem("sidecar.no_mirror")
    return mirror_path(mirror, item), None


def write_sidecars(
    catalog: Catalog,
    item_ids: Sequence[int],
    *,
    dry_run: bool = False,
    foreign: Foreign = "merge",
    mirror_dir: Path | None = None,
    default_lang: str = DEFAULT_TEXT_LANG,
) -> SidecarReport:
    """Write (or with ``dry_run`` plan) the sidecars of ``item_ids``; one outcome per item."""
    report = SidecarReport("write", dry_run)
    mirror = mirror_dir or mirror_dir_for(str(catalog.location))
    folders = _Folders()
    for item in catalog.sidecar_items(item_ids):
        path = str(item.original)
        target, why = _write_target(item, mirror, folders)
        if target is None:
            report.outcomes.append(SidecarOutcome(item.id, path, "skipped", None, why, True))
            continue
        out = _write_one(item, target, dry_run=dry_run, foreign=foreign, lang=default_lang)
        if out.action in ("created", "updated", "merged") and not dry_run:
            folders.remember(target)
        report.outcomes.append(out)
    return report


def _write_one(
    item: SidecarItem, target: Path, *, dry_run: bool, foreign: Foreign, lang: str
) -> SidecarOutcome:
    path, side = str(item.original), str(target)
    existing: bytes | None = None
    try:
        if target.is_file():
            existing = _read_limited(target)
    except (OSError, XmpError) as exc:
        why = problem("sidecar.cannot_read", why=plain(exc))
        return SidecarOutcome(item.id, path, "skipped", side, why, True)
    present = item.metadata.present()
    if existing is None and not _worth_writing(item.metadata):
        return SidecarOutcome(item.id, path, "skipped", side, problem("sidecar.nothing_to_write"))
    if existing is not None and foreign == "refuse" and not is_ours(existing):
        why = problem("sidecar.foreign_refused")
        return SidecarOutcome(item.id, path, "skipped", side, why, True)
    try:
        merged = merge_sidecar(existing, item.metadata, lang)
    except XmpError as exc:
        why = problem("sidecar.not_xmp", why=plain(exc))
        return SidecarOutcome(item.id, path, "skipped", side, why, True)
    if existing == merged.data:
        return SidecarOutcome(item.id, path, "unchanged", side, None, False, present)
    notes = []
    if merged.foreign:
        notes.append(
            f"kept {merged.kept} propert{'y' if merged.kept == 1 else 'ies'} of another program"
        )
    if merged.replaced:
        notes.append("replaced " + ", ".join(merged.replaced))
    action = "merged" if merged.foreign else "updated" if merged.existed else "created"
    if not dry_run:
        try:
            write_atomic(target, merged.data)
        except OSError as exc:
            why = problem("sidecar.cannot_write", why=plain(exc))
            return SidecarOutcome(item.id, path, "skipped", side, why, True)
    return SidecarOutcome(item.id, path, action, side, "; ".join(notes) or None, False, present)


def _worth_writing(meta: SidecarMetadata) -> bool:
    """True when ``meta`` says more than "unrated, not flagged"."""
    return any(
        not (name in ("rating", "flag") and getattr(meta, name) == 0) for name in meta.present()
    )


def find_sidecar_for(
    item: SidecarItem, mirror: Path | None, folders: _Folders
) -> tuple[Path | None, str | None]:
    """The sidecar to read for ``item`` (policy location first, then the other), or why not."""
    mirrored = mirror_path(mirror, item, existing_only=True) if mirror is not None else None
    beside: Path | None = None
    offline = not item.root_online or item.status == ItemStatus.OFFLINE
    if not offline:
        beside = beside_path(item.original, folders, existing_only=True)
    order = [beside, mirrored] if item.policy == SidecarPolicy.BESIDE else [mirrored, beside]
    found = next((p for p in order if p is not None), None)
    if found is not None:
        return found, None
    if offline:
        return None, problem("sidecar.none_offline")
    return None, problem("sidecar.none_found")


def read_sidecars(
    catalog: Catalog,
    item_ids: Sequence[int],
    *,
    dry_run: bool = False,
    mirror_dir: Path | None = None,
    default_lang: str = DEFAULT_TEXT_LANG,
) -> SidecarReport:
    """Apply what the sidecars of ``item_ids`` say to the catalogue, as one undoable step.

    An x-default that another program edited becomes the ``default_lang`` text.
    """
    report = SidecarReport("read", dry_run)
    mirror = mirror_dir or mirror_dir_for(str(catalog.location))
    folders = _Folders()
    updates: list[tuple[int, SidecarMetadata]] = []
    for item in catalog.sidecar_items(item_ids):
        path = str(item.original)
        found, why = find_sidecar_for(item, mirror, folders)
        if found is None:
            offline = why is not None and "offline" in why
            report.outcomes.append(SidecarOutcome(item.id, path, "skipped", None, why, offline))
            continue
        try:
            meta = read_sidecar(_read_limited(found), default_lang)
        except (OSError, XmpError) as exc:
            why = problem("sidecar.unreadable", why=plain(exc))
            report.outcomes.append(SidecarOutcome(item.id, path, "skipped", str(found), why, True))
            continue
        changed = diff_metadata(item.metadata, meta)
        if not changed:
            report.outcomes.append(SidecarOutcome(item.id, path, "unchanged", str(found)))
            continue
        updates.append((item.id, meta))
        report.outcomes.append(
            SidecarOutcome(item.id, path, "read", str(found), None, False, changed)
        )
    if updates and not dry_run:
        report.undo = catalog.apply_sidecar_metadata(updates).undo
    return report


def diff_metadata(current: SidecarMetadata, read: SidecarMetadata) -> tuple[str, ...]:
    """Fields where applying ``read`` would change ``current`` (tags compare case-blind)."""
    out = []
    for name in read.present():
        new, old = getattr(read, name), getattr(current, name)
        if name == "event":
            continue
        if name == "flag":
            if (new == -1) != (old == -1) or (new == 1 and old != 1):
                out.append(name)
        elif isinstance(new, tuple):
            if {v.lower() for v in new} != {v.lower() for v in old or ()}:
                out.append(name)
        elif new != (old if old is not None else ({} if isinstance(new, dict) else None)):
            out.append(name)
    return tuple(out)
