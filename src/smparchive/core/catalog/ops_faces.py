"""Faces found in photos and the people they belong to (issue 18).

Detection results, clusters and suggestions are machine bookkeeping written in bulk (like a
scan's thumbnails: not undoable, not audited). What a person decides is an operation with
undo: naming faces, confirming or rejecting suggestions, a person's consent. A confirmed
face links its photo to the person's tag, so the person's restriction (do not publish,
consent withdrawn) reaches every photo they are confirmed in through the usual consent rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from smparchive.core.catalog.base import CatalogBase, WriteContext
from smparchive.core.catalog.chunks import chunked, ids_in
from smparchive.core.catalog.errors import CatalogError
from smparchive.core.catalog.models import (
    ExportRecord,
    Face,
    FaceScan,
    ItemTag,
    MediaItem,
    Tag,
    table_of,
    utcnow,
)
from smparchive.core.catalog.tagging import ensure_tag_path, link_tags
from smparchive.core.catalog.undo import ChangeSummary, OpResult
from smparchive.core.messages import problem
from smparchive.core.plural import counted
from smparchive.core.thumbcache import picture_key
from smparchive.core.vocab import (
    ExportStatus,
    FaceState,
    ItemStatus,
    Kind,
    Restriction,
    TagKind,
    ThumbState,
)

FACES_ENABLED = "faces.enabled"
# the switch's change labels (English, as stored; the app says them in its language)
FACES_ON_LABEL = "Turn on face detection"
FACES_OFF_LABEL = "Turn off face detection"
FACE_KINDS = (Kind.PHOTO, Kind.VIDEO)  # video: its poster frame


@dataclass(frozen=True, slots=True, kw_only=True)
class FaceRecord:
    """One face as shown in lists and the People view (no embedding)."""

    id: int
    item_id: int
    x: float
    y: float
    w: float
    h: float
    confidence: float
    person_id: int | None
    person: str | None
    state: str
    cluster: int | None
    source: str

    @property
    def unknown(self) -> bool:
        return self.person_id is None or self.state == FaceState.REJECTED


@dataclass(frozen=True, slots=True, kw_only=True)
class FaceStatus:
    enabled: bool
    candidates: int  # photos (and video posters) that can be searched
    scanned: int
    faces: int
    confirmed: int
    suggested: int
    unknown: int
    groups: int  # unknown person groups


@dataclass(frozen=True, slots=True, kw_only=True)
class FaceTarget:
    """An item to search for faces."""

    id: int
    sha256: str
    root_id: int
    rel_path: str
    kind: str
    size: int
    mtime_ns: int
    orientation: int | None = None
    poster_time_s: float | None = None  # a video's chosen poster frame

    @property
    def picture_key(self) -> str:
        """The cache key of the picture searched (:func:`thumbcache.picture_key`)."""
        return str(picture_key(self.sha256, self.poster_time_s))


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentImpact:
    """What a person's consent touches: their photos, and the exports that carried them."""

    person_id: int
    person: str
    item_ids: tuple[int, ...]
    exports: tuple[tuple[int, str, str, tuple[int, ...]], ...]  # id, target, audience, items
    # (export id, titles of the clips it published from the person's recordings)
    clips: tuple[tuple[int, tuple[str, ...]], ...] = ()


def _switched_on(row: Any) -> bool:
    """The stored face switch (a ``Setting`` row, or None: never set, so off)."""
    return bool(row.value.get("v")) if row is not None else False


class FaceOps(CatalogBase):
    """Faces, people from faces, consent by person."""

    # -- privacy switch -----------------------------------------------------------------------
    def faces_enabled(self) -> bool:
        """Whether this catalogue searches photos for faces (off until someone enables it)."""
        with self._read() as s:
            from smparchive.core.catalog.models import Setting

            return _switched_on(s.get(Setting, FACES_ENABLED))

    def set_faces_enabled(self, enabled: bool) -> OpResult[None]:
        """Turn face detection on or off: a change like any other, so the history says who
        turned it on and when (a privacy decision for the whole team) and it can be undone."""
        from smparchive.core.catalog.models import Setting

        table, value = table_of(Setting), {"v": bool(enabled)}

        def op(ctx: WriteContext) -> ChangeSummary:
            if _switched_on(ctx.session.get(Setting, FACES_ENABLED)) == enabled:
                return ChangeSummary()  # already so: nothing to record or undo
            # insert_missing: a teammate may have stored the switch since it was read
            if not ctx.journal.insert_missing(table, [{"key": FACES_ENABLED, "value": value}]):
                ctx.journal.update(table, [{"key": FACES_ENABLED}], {"value": value})
            return ChangeSummary()

        label = FACES_ON_LABEL if enabled else FACES_OFF_LABEL
        return self._write(label, op, text_unchanged=True)

    # -- detection bookkeeping ----------------------------------------------------------------
    def face_targets(self, root_ids: Sequence[int] | None = None) -> list[FaceTarget]:
        """Photos (and videos, by their poster) with a picture, not searched yet."""
        q = (
            select(
                MediaItem.id,
                MediaItem.sha256,
                MediaItem.root_id,
                MediaItem.rel_path,
                MediaItem.kind,
                MediaItem.size,
                MediaItem.mtime_ns,
                MediaItem.orientation,
                MediaItem.poster_time_s,
            )
            .where(
                MediaItem.kind.in_([k.value for k in FACE_KINDS]),
                MediaItem.sha256.is_not(None),
                MediaItem.thumb_state == ThumbState.OK,
                MediaItem.status.in_([ItemStatus.OK, ItemStatus.WARNING]),
                ~select(FaceScan.item_id).where(FaceScan.item_id == MediaItem.id).exists(),
            )
            .order_by(MediaItem.id)
        )
        if root_ids:
            q = q.where(MediaItem.root_id.in_(list(root_ids)))
        with self._read() as s:
            return [
                FaceTarget(
                    id=r.id,
                    sha256=r.sha256,
                    root_id=r.root_id,
                    rel_path=r.rel_path,
                    kind=r.kind,
                    size=r.size,
                    mtime_ns=r.mtime_ns,
                    orientation=r.orientation,
                    poster_time_s=r.poster_time_s,
                )
                for r in s.execute(q)
            ]

    def store_faces(
        self,
        results: Sequence[tuple[int, Sequence[tuple[float, float, float, float, float, bytes]]]],
    ) -> int:
        """Record what a batch of items showed: per item (x, y, w, h, score, embedding)
        tuples. Faces read from the same item before are replaced, except confirmed ones."""
        if not results:
            return 0
        now = utcnow()
        added = 0
        ids = [iid for iid, _ in results]
        with self._write_sessions() as s, s.begin():
            for chunk in chunked(ids):
                s.execute(delete(FaceScan).where(FaceScan.item_id.in_(chunk)))
                s.execute(
                    delete(Face).where(
                        Face.item_id.in_(chunk),
                        Face.source == "detected",
                        Face.state != FaceState.CONFIRMED,
                    )
                )
            rows: list[dict[str, Any]] = []
            for iid, faces in results:
                for x, y, w, h, score, emb in faces:
                    rows.append(
                        {
                            "item_id": iid, "x": x, "y": y, "w": w, "h": h, "embedding": emb,
                            "confidence": score, "person_id": None,
                            "state": FaceState.SUGGESTED, "cluster": None, "source": "detected",
                        }
                    )  # fmt: skip
            if rows:
                s.execute(insert(Face), rows)
                added = len(rows)
            s.execute(
                insert(FaceScan),
                [{"item_id": iid, "faces": len(f), "scanned_at": now} for iid, f in results],
            )
            # windows open elsewhere (while 'smparchive faces scan' runs) show the faces
            audit_id = self._note_for_feed(s, "Faces found", ids)
        self.own_changes.add(audit_id)
        return added

    def apply_file_regions(
        self,
        regions: Sequence[tuple[int, Sequence[tuple[str | None, float, float, float, float]]]],
    ) -> int:
        """Face regions read from the photos' own metadata (MWG: Lightroom, digiKam): a named
        region confirms the detected face it covers as that person (or is kept as a face of
        its own); returns how many regions were taken. Part of the face search, not undone."""
        wanted = [(iid, list(rs)) for iid, rs in regions if rs]
        if not wanted:
            return 0

        def op(ctx: WriteContext) -> ChangeSummary:
            items: set[int] = set()
            t = table_of(Face)
            for iid, rs in wanted:
                ctx.journal.delete(t, (t.c.item_id == iid) & (t.c.source == "file"))
                detected = list(
                    ctx.session.execute(
                        select(Face.id, Face.x, Face.y, Face.w, Face.h).where(
                            Face.item_id == iid, Face.source == "detected"
                        )
                    )
                )
                taken: set[int] = set()
                for name, x, y, w, h in rs:
                    person = None
                    created: set[int] = set()
                    if name:
                        person, created = ensure_tag_path(
                            ctx, name.replace("|", "/"), TagKind.PERSON
                        )
                    best = max(
                        (d for d in detected if d.id not in taken),
                        key=lambda d: _overlap((x, y, w, h), (d.x, d.y, d.w, d.h)),
                        default=None,
                    )
                    if (
                        best is not None
                        and _overlap((x, y, w, h), (best.x, best.y, best.w, best.h)) >= 0.3
                    ):
                        taken.add(best.id)
                        if person is not None:
                            _confirm(ctx, [best.id], person)
                    else:
                        ctx.journal.insert_returning_id(
                            t,
                            {
                                "item_id": iid, "x": x, "y": y, "w": w, "h": h,
                                "embedding": None, "confidence": 1.0, "person_id": person,
                                "state": FaceState.CONFIRMED if person else FaceState.SUGGESTED,
                                "cluster": None, "source": "file",
                            },
                        )  # fmt: skip
                    if person is not None:
                        link_tags(ctx, [iid], [person], created)
                    items.add(iid)
            return ChangeSummary(items=frozenset(items))

        self._write("Read face regions", op, undoable=False)
        return sum(len(rs) for _, rs in wanted)

    def face_status(self) -> FaceStatus:
        with self._read() as s:
            candidates = s.scalar(
                select(func.count())
                .select_from(MediaItem)
                .where(
                    MediaItem.kind.in_([k.value for k in FACE_KINDS]),
                    MediaItem.sha256.is_not(None),
                    MediaItem.thumb_state == ThumbState.OK,
                )
            )
            scanned = s.scalar(select(func.count()).select_from(FaceScan))
            counts: dict[str, int] = {}
            kind = _face_kind()
            for name, n in s.execute(select(kind, func.count()).select_from(Face).group_by(kind)):
                counts[str(name)] = int(n)
            groups = s.scalar(
                select(func.count(func.distinct(Face.cluster))).where(
                    Face.cluster.is_not(None), Face.person_id.is_(None)
                )
            )
        return FaceStatus(
            enabled=self.faces_enabled(),
            candidates=int(candidates or 0),
            scanned=int(scanned or 0),
            faces=sum(int(v) for v in counts.values()),
            confirmed=int(counts.get("confirmed", 0)),
            suggested=int(counts.get("suggested", 0)),
            unknown=int(counts.get("unknown", 0)),
            groups=int(groups or 0),
        )

    def faces(
        self,
        *,
        item_ids: Sequence[int] | None = None,
        person_id: int | None = None,
        cluster: int | None = None,
        state: str | None = None,
        unknown: bool = False,
        face_ids: Sequence[int] | None = None,
    ) -> list[FaceRecord]:
        """Faces, filtered; unknown = no person (or a rejected suggestion)."""
        q = (
            select(Face, Tag.name)
            .outerjoin(Tag, Tag.id == Face.person_id)
            .order_by(Face.cluster.is_(None), Face.cluster, Face.item_id, Face.id)
        )
        if item_ids is not None:
            q = q.where(ids_in(Face.item_id, list(item_ids)))
        if face_ids is not None:
            q = q.where(ids_in(Face.id, list(face_ids)))
        if person_id is not None:
            q = q.where(Face.person_id == person_id, Face.state != FaceState.REJECTED)
        if cluster is not None:
            q = q.where(Face.cluster == cluster)
        if state is not None:
            q = q.where(Face.state == state, Face.person_id.is_not(None))
        if unknown:
            q = q.where((Face.person_id.is_(None)) | (Face.state == FaceState.REJECTED))
        with self._read() as s:
            return [_record(f, name) for f, name in s.execute(q)]

    def face_embeddings(self, face_ids: Sequence[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        with self._read() as s:
            for chunk in chunked(list(face_ids)):
                for fid, emb in s.execute(
                    select(Face.id, Face.embedding).where(Face.id.in_(chunk))
                ):
                    if emb is not None:
                        out[fid] = bytes(emb)
        return out

    # -- people from faces (machine suggestions: bulk, not undoable) -------------------------
    def cluster_faces(self, threshold: float | None = None) -> int:
        """Group the unknown faces into "unknown person N" (N = 1 for the largest group);
        returns how many groups of two or more faces there are. Faces alone stay ungrouped."""
        from smparchive.core.media import faces as detector

        with self._read() as s:
            rows = list(
                s.execute(
                    select(Face.id, Face.item_id, Face.embedding)
                    .where(Face.person_id.is_(None), Face.embedding.is_not(None))
                    .order_by(Face.id)
                )
            )
        labels = detector.cluster(
            [bytes(r.embedding) for r in rows],
            threshold if threshold is not None else detector.CLUSTER_DISTANCE,
        )
        sizes: dict[int, int] = {}
        for lab in labels:
            sizes[lab] = sizes.get(lab, 0) + 1
        values = [
            {"fid": r.id, "c": lab + 1 if sizes[lab] > 1 else None}
            for r, lab in zip(rows, labels, strict=True)
        ]
        with self._write_sessions() as s, s.begin():
            s.execute(update(Face).values(cluster=None))
            if values:
                from sqlalchemy import bindparam

                t = table_of(Face)
                s.execute(
                    update(t).where(t.c.id == bindparam("fid")).values(cluster=bindparam("c")),
                    values,
                )
            # windows open elsewhere show the groups ('smparchive faces cluster')
            grouped = {int(r.item_id) for r in rows}
            audit_id = self._note_for_feed(s, "Faces grouped", grouped) if grouped else None
        if audit_id is not None:
            self.own_changes.add(audit_id)
        return sum(1 for n in sizes.values() if n > 1)

    def suggest_faces(self) -> int:
        """Suggest a person for each unknown face close to a confirmed face of theirs
        (distance under 0.6), with a confidence; returns how many faces got a suggestion."""
        from smparchive.core.media import faces as detector

        with self._read() as s:
            known = [
                (int(r.person_id), bytes(r.embedding))
                for r in s.execute(
                    select(Face.person_id, Face.embedding).where(
                        Face.state == FaceState.CONFIRMED, Face.embedding.is_not(None)
                    )
                )
            ]
            open_faces = list(
                s.execute(
                    select(Face.id, Face.item_id, Face.embedding, Face.person_id, Face.state).where(
                        Face.embedding.is_not(None),
                        Face.state != FaceState.CONFIRMED,
                    )
                )
            )
            rejected = {(r.id, r.person_id) for r in open_faces if r.state == FaceState.REJECTED}
        changes: list[dict[str, Any]] = []
        item_of = {int(r.id): int(r.item_id) for r in open_faces}
        for r in open_faces:
            if r.state == FaceState.SUGGESTED and r.person_id is not None:
                pass  # re-evaluated below, a closer person may have been confirmed since
            pool = [(p, e) for p, e in known if (r.id, p) not in rejected]
            best = detector.nearest(bytes(r.embedding), pool)
            if best is None or best[1] >= detector.MATCH_DISTANCE:
                if r.state == FaceState.SUGGESTED and r.person_id is not None:
                    changes.append({"fid": r.id, "p": None, "s": FaceState.SUGGESTED, "c": 0.0})
                continue
            person, dist = best
            changes.append(
                {
                    "fid": r.id,
                    "p": person,
                    "s": FaceState.SUGGESTED,
                    "c": round(detector.match_confidence(dist), 3),
                }
            )
        if changes:
            from sqlalchemy import bindparam

            with self._write_sessions() as s, s.begin():
                t = table_of(Face)
                s.execute(
                    update(t)
                    .where(t.c.id == bindparam("fid"))
                    .values(
                        person_id=bindparam("p"), state=bindparam("s"), confidence=bindparam("c")
                    ),
                    changes,
                )
                # windows open elsewhere show the suggestions ('smparchive faces suggest')
                audit_id = self._note_for_feed(
                    s, "Faces suggested", {item_of[c["fid"]] for c in changes}
                )
            self.own_changes.add(audit_id)
        return sum(1 for c in changes if c["p"] is not None)

    # -- decisions (undoable) -----------------------------------------------------------------
    def name_faces(self, face_ids: Sequence[int], name: str) -> OpResult[int]:
        """These faces are ``name`` (a person tag, created if new): confirmed, their photos
        tagged with the person. Returns the person's tag id."""
        ids = sorted(set(face_ids))
        if not ids:
            raise CatalogError(problem("faces.none_to_name"))

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            tid, created = ensure_tag_path(ctx, name.replace("|", "/"), TagKind.PERSON)
            items = _confirm(ctx, ids, tid)
            link_tags(ctx, sorted(items), [tid], created)
            return ChangeSummary(items=frozenset(items), tags=frozenset({tid})), tid

        return self._write(f"Name {counted(len(ids), 'face')} {name}", op)

    def name_cluster(self, cluster: int, name: str) -> OpResult[int]:
        """Name every face of "unknown person ``cluster``"."""
        ids = [f.id for f in self.faces(cluster=cluster, unknown=True)]
        if not ids:
            raise CatalogError(problem("faces.no_unknown", value=cluster))
        return self.name_faces(ids, name)

    def confirm_faces(self, face_ids: Sequence[int]) -> OpResult[None]:
        """Accept the suggested person of each face."""
        ids = sorted(set(face_ids))

        def op(ctx: WriteContext) -> ChangeSummary:
            rows = list(
                ctx.session.execute(
                    select(Face.id, Face.person_id).where(
                        ids_in(Face.id, ids), Face.person_id.is_not(None)
                    )
                )
            )
            items: set[int] = set()
            tags: set[int] = set()
            by_person: dict[int, list[int]] = {}
            for fid, pid in rows:
                if pid is not None:
                    by_person.setdefault(int(pid), []).append(int(fid))
            for pid, fids in by_person.items():
                its = _confirm(ctx, fids, pid)
                link_tags(ctx, sorted(its), [pid])
                items |= its
                tags.add(pid)
            return ChangeSummary(items=frozenset(items), tags=frozenset(tags))

        return self._write(f"Confirm {counted(len(ids), 'face')}", op)

    def reject_faces(self, face_ids: Sequence[int]) -> OpResult[None]:
        """Not this person: the suggestion (or confirmation) is withdrawn; a photo keeps the
        person's tag only while another confirmed face of theirs is in it."""
        ids = sorted(set(face_ids))

        def op(ctx: WriteContext) -> ChangeSummary:
            rows = list(
                ctx.session.execute(
                    select(Face.id, Face.item_id, Face.person_id, Face.state).where(
                        ids_in(Face.id, ids)
                    )
                )
            )
            ctx.journal.update(
                table_of(Face), [{"id": r.id} for r in rows], {"state": FaceState.REJECTED}
            )
            items: set[int] = set()
            for r in rows:
                if r.state != FaceState.CONFIRMED or r.person_id is None:
                    continue
                still = ctx.session.scalar(
                    select(func.count()).where(
                        Face.item_id == r.item_id,
                        Face.person_id == r.person_id,
                        Face.state == FaceState.CONFIRMED,
                    )
                )
                if not still:
                    ctx.journal.delete(
                        table_of(ItemTag),
                        (ItemTag.item_id == r.item_id) & (ItemTag.tag_id == r.person_id),
                    )
                    items.add(r.item_id)
            return ChangeSummary(items=frozenset(items | {r.item_id for r in rows}))

        return self._write(f"Reject {counted(len(ids), 'face')}", op)

    # -- consent by person ----------------------------------------------------------------------
    def set_person_consent(
        self,
        name: str,
        restriction: str,
        *,
        withdrawn_on: date | None = None,
    ) -> OpResult[int]:
        """A person's consent: ``none`` (cleared), ``internal_only``, ``do_not_publish``; with
        ``withdrawn_on`` it is withdrawn (do not publish) from that day. Every photo the
        person is tagged in, confirmed faces included, follows. Returns the tag id."""
        if restriction not in {r.value for r in Restriction}:
            raise CatalogError(f"Consent must be one of {', '.join(r.value for r in Restriction)}.")
        if withdrawn_on is not None:
            restriction = Restriction.DO_NOT_PUBLISH
        person = self.find_person(name)

        def op(ctx: WriteContext) -> tuple[ChangeSummary, int]:
            ctx.journal.update(
                table_of(Tag),
                [{"id": person}],
                {"restriction": restriction, "consent_withdrawn_on": withdrawn_on},
            )
            items = set(
                ctx.session.scalars(select(ItemTag.item_id).where(ItemTag.tag_id == person))
            )
            return ChangeSummary(items=frozenset(items), tags=frozenset({person})), person

        label = "Withdraw consent" if withdrawn_on else "Set person's consent"
        return self._write(f"{label}: {name}", op, text_unchanged=True)

    def find_person(self, name: str) -> int:
        """The id of the person tag called ``name`` (case-insensitive); CatalogError if none."""
        want = " ".join(name.split()).casefold()
        with self._read() as s:
            for tid, tname in s.execute(
                select(Tag.id, Tag.name).where(Tag.kind == TagKind.PERSON).order_by(Tag.id)
            ):
                if " ".join(tname.split()).casefold() == want:
                    return int(tid)
        raise CatalogError(problem("faces.no_person", name=name))

    def consent_impact(self, person_id: int) -> ConsentImpact:
        """Every photo of the person (tagged or confirmed face) and each finished export
        that carried one of them (what to take down after a withdrawal)."""
        with self._read() as s:
            name = s.scalar(select(Tag.name).where(Tag.id == person_id))
            if name is None:
                raise CatalogError(problem("missing.person", value=person_id))
            items = set(s.scalars(select(ItemTag.item_id).where(ItemTag.tag_id == person_id)))
            items |= set(
                s.scalars(
                    select(Face.item_id).where(
                        Face.person_id == person_id, Face.state == FaceState.CONFIRMED
                    )
                )
            )
            exports = []
            clips = []
            for r in s.execute(
                select(
                    ExportRecord.id,
                    ExportRecord.target,
                    ExportRecord.settings,
                    ExportRecord.item_ids,
                )
                .where(ExportRecord.status.in_([ExportStatus.OK, ExportStatus.PARTIAL]))
                .order_by(ExportRecord.id)
            ):
                # item_ids hold the recordings behind the clips an export published too
                hit = tuple(sorted(items & {int(i) for i in r.item_ids or ()}))
                if hit:
                    audience = str((r.settings or {}).get("audience", ""))
                    exports.append((int(r.id), str(r.target), audience, hit))
                    titles = _clip_titles((r.settings or {}).get("report", {}), set(hit))
                    if titles:
                        clips.append((int(r.id), titles))
        return ConsentImpact(
            person_id=person_id,
            person=str(name),
            item_ids=tuple(sorted(items)),
            exports=tuple(exports),
            clips=tuple(clips),
        )


def _clip_titles(report: Any, recordings: set[int]) -> tuple[str, ...]:
    """The clips an export's history lists that were cut from ``recordings``."""
    out = []
    for clip in report.get("clips", ()) if isinstance(report, dict) else ():
        if isinstance(clip, dict) and clip.get("recording") in recordings:
            out.append(str(clip.get("title") or clip.get("id", "")))
    return tuple(out)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Intersection over union of two boxes."""
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def _face_kind() -> Any:
    from sqlalchemy import case

    return case(
        (Face.person_id.is_(None), "unknown"),
        (Face.state == FaceState.REJECTED, "unknown"),
        else_=Face.state,
    )


def _confirm(ctx: WriteContext, face_ids: Sequence[int], person_id: int) -> set[int]:
    """Faces confirmed as ``person_id``; returns their items."""
    ctx.journal.update(
        table_of(Face),
        [{"id": i} for i in face_ids],
        {"person_id": person_id, "state": FaceState.CONFIRMED, "cluster": None},
    )
    items: set[int] = set()
    for chunk in chunked(list(face_ids)):
        items |= set(ctx.session.scalars(select(Face.item_id).where(Face.id.in_(chunk))))
    return items


def _record(f: Face, name: str | None) -> FaceRecord:
    return FaceRecord(
        id=f.id,
        item_id=f.item_id,
        x=f.x,
        y=f.y,
        w=f.w,
        h=f.h,
        confidence=f.confidence,
        person_id=f.person_id,
        person=name,
        state=f.state,
        cluster=f.cluster,
        source=f.source,
    )
