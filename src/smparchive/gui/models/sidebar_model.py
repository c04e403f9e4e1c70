"""The sidebar: library, programme days and sessions, people, keywords, collections, problems.

A snapshot (plain :class:`Node` tree) is built off the UI thread by :func:`read_sidebar`;
the model only shows it, and accepts drops of items onto sessions, tags and collections.
Its counts are the catalogue's kept facet counts (kinds, days, sessions: a sum over the
few rows the catalogue keeps per combination of values, ``Catalog.facets``) and one
count of tag links; the problem counts that
read every item (:data:`SLOW_COUNTS`) are counted apart by :func:`slow_counts`, after the
first screens, and set in place (:meth:`SidebarModel.set_counts`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, overload
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from smparchive.core.catalog.counts import FacetCounts
from smparchive.core.catalog.itemfilter import PROBLEM_VIEWS, ItemFilter
from smparchive.core.catalog.records import RootRecord, SessionRecord
from smparchive.core.vocab import ItemStatus, Kind, TagKind
from smparchive.gui import formatting as fmt
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, day_label, interface_language, translate
from smparchive.gui.icons import icon
from smparchive.gui.models.item_model import ids_from_mime
from smparchive.gui.models.roles import COUNT_ROLE, ITEM_IDS_MIME, NODE_ROLE

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    """One sidebar row. Section headers have no filter."""

    key: str
    label: str
    icon: str = ""
    count: int | None = None
    filter: ItemFilter | None = None
    drop: tuple[str, int] | None = None  # ("session"|"tag"|"collection", id)
    collection_id: int | None = None  # curated collection: browse in its own order
    tooltip: str = ""
    path: str = ""  # a catalogued folder's path on this computer (Folders rows)
    online: bool = True  # a catalogued folder this computer sees
    # the row as a sentence, a chip or the status bar quotes it, when its label is laid
    # out for the sidebar: a session's "11:30  Debate" (two spaces: a column) is "Debate
    # (11:30)" there
    phrase: str = ""
    # a session's flags set ('do_not_publish', 'do_not_record'): its menu shows them ticked
    flags: tuple[str, ...] = ()
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    @property
    def is_section(self) -> bool:
        return self.parent is None

    @property
    def text(self) -> str:
        """The row's name within a sentence, a chip or a status line."""
        return self.phrase or self.label.strip()


def session_phrase(title: str, start: str) -> str:
    """A session named within a sentence: 'Debate with the audience (11:30)', where the
    sidebar's column, '11:30  Debate with the audience', would read as a double space."""
    return f"{title} ({start})" if start else title


# as `smparchive problems` groups them (an unreadable file on an unplugged card: both an
# error and offline)
ERRORS = PROBLEM_VIEWS[ItemStatus.ERROR]
WARNINGS = PROBLEM_VIEWS[ItemStatus.WARNING]
MISSING = PROBLEM_VIEWS[ItemStatus.MISSING]
OFFLINE = PROBLEM_VIEWS[ItemStatus.OFFLINE]


# The Library's node per kind, in this order; every kind has one (tested).
KIND_NODES: dict[Kind, str] = {
    Kind.PHOTO: QT_TRANSLATE_NOOP("Sidebar", "Photos"),
    Kind.VIDEO: QT_TRANSLATE_NOOP("Sidebar", "Videos"),
    Kind.SLIDES: QT_TRANSLATE_NOOP("Sidebar", "Slides"),
    Kind.DOCUMENT: QT_TRANSLATE_NOOP("Sidebar", "Documents"),
    Kind.AUDIO: QT_TRANSLATE_NOOP("Sidebar", "Audio"),
    # spreadsheets, text notes, archives ...: catalogued (name, size, dates, hash), not read
    Kind.OTHER: QT_TRANSLATE_NOOP("Sidebar", "Other files"),
}
ORGANISATIONS = QT_TRANSLATE_NOOP("Sidebar", "Organisations")
PLACES = QT_TRANSLATE_NOOP("Sidebar", "Places")
# Kinds listed only when the catalogue has some.
SHOWN_WHEN_PRESENT = frozenset({Kind.AUDIO, Kind.OTHER})


def tip(key: str) -> str:
    """What a problem view (or the Library's "Other files") lists, in one sentence."""
    return {
        "status:error": translate(
            "Sidebar", "Files that could not be read: catalogued with the reason"
        ),
        "warnings": translate(
            "Sidebar",
            "Files read with a problem (truncated, no thumbnail possible) that still serve",
        ),
        "status:missing": translate("Sidebar", "Files gone from a folder that is reachable"),
        "status:offline": translate("Sidebar", "Files on a drive or share that is not connected"),
        "dups": translate("Sidebar", "Files with the same content as another catalogued file"),
        "kind:other": translate(
            "Sidebar",
            "Files smparchive does not read inside (spreadsheets, text, archives ...): "
            "catalogued by name, size, dates and content hash",
        ),
    }.get(key, "")


DUPLICATES = ItemFilter(duplicates=True)
# Problem counts that read every item (a full scan each: ~0.7 s of CPU at a million
# items): counted by slow_counts after the rest of the sidebar, not before it shows.
SLOW_COUNTS = {"warnings": WARNINGS, "dups": DUPLICATES}


def slow_counts(catalog: Catalog) -> dict[str, int]:
    """The counts of :data:`SLOW_COUNTS` and each folder's items, by sidebar key (runs in
    a worker thread)."""
    counts = {key: catalog.count(f) for key, f in SLOW_COUNTS.items()}
    counts.update({folder_key(r.id): r.item_count for r in catalog.roots(counts=True)})
    return counts


def folder_key(root_id: int) -> str:
    """The sidebar key of a catalogued folder (a root)."""
    return f"root:{root_id}"


def folder_id(node: Node) -> int | None:
    """The root id of a Folders row, else None."""
    kind, _, rest = node.key.partition(":")
    return int(rest) if kind == "root" and rest.isdigit() else None


@dataclass
class SidebarData:
    """What one background read gives the sidebar and the inspector's pickers."""

    sections: list[Node]
    keywords: list[str]  # tag paths, for completion
    people: list[str]
    sessions: list[SessionRecord]  # with item counts
    zone: ZoneInfo  # the main event's time zone
    days: dict[int, date] = field(default_factory=dict)  # the programme's days: id -> date
    # the catalogued folders as this computer sees them (``online``: reachable here), in
    # the order they were added, without counts
    roots: list[RootRecord] = field(default_factory=list)
    # each event's zone (id -> zone) and each day's event (id -> event id): a second
    # event's sessions and items are shown at its own time
    zones: dict[int, ZoneInfo] = field(default_factory=dict)
    day_events: dict[int, int] = field(default_factory=dict)


def build_sidebar(catalog: Catalog) -> list[Node]:
    """Every section with every count (runs in a worker thread)."""
    return read_sidebar(catalog, slow_counts(catalog)).sections


def read_sidebar(catalog: Catalog, counted: Mapping[str, int | None]) -> SidebarData:
    """The sidebar's sections with their counts, and the tags and sessions (worker thread).

    Kinds, days, sessions and "No session" are counted from the catalogue's facet
    totals (stored while nothing they count changes: a read, not a count, at a million
    items); tags by one count of their links. The counts of :data:`SLOW_COUNTS` are taken
    from ``counted`` (the last ones :func:`slow_counts` gave; a key missing: not counted
    yet, shown without a number).
    """
    facets = catalog.facets()
    zone = catalog.event_zone()
    tags = catalog.tags()  # every kind with what clicking each shows, split below
    # each session by its title and room in the interface's language when the programme
    # has them (the sidebar, chips, status line, inspector and dialogs show these records)
    shown_in = interface_language()
    sessions = [
        replace(
            s,
            title=s.title_in(shown_in),
            room=s.text_in("room", shown_in),
            item_count=facets.session.get(s.id, 0),
        )
        for s in catalog.sessions(counts=False)
    ]
    sections: list[Node] = []

    lib = Node("sec:library", translate("Sidebar", "Library"))
    lib.add(Node("all", translate("Sidebar", "All items"), "library", facets.total, ItemFilter()))
    for kind, label in KIND_NODES.items():
        n = facets.kind.get(kind, 0)
        if n or kind not in SHOWN_WHEN_PRESENT:
            lib.add(
                Node(
                    f"kind:{kind}",
                    translate("Sidebar", label),
                    kind,
                    n,
                    ItemFilter(kinds=(kind,)),
                    tooltip=tip(f"kind:{kind}"),
                )
            )
    sections.append(lib)

    zones = catalog.event_zones()
    prog = _programme(catalog, facets, sessions, zone, zones)
    if prog is not None:
        sections.append(prog)

    people = Node("sec:people", translate("Sidebar", "People"))
    for t in (t for t in tags if t.kind == TagKind.PERSON):
        people.add(
            Node(
                f"tag:{t.id}",
                t.name,
                "person",
                t.item_count,
                ItemFilter(tag_ids=(t.id,)),
                ("tag", t.id),
            )
        )
    sections.append(people)

    keywords = Node("sec:keywords", translate("Sidebar", "Keywords"))
    by_id: dict[int, Node] = {}
    for t in (t for t in tags if t.kind == TagKind.KEYWORD):  # by path: parents first
        node = Node(
            f"tag:{t.id}", t.name, "tag", t.item_count, ItemFilter(tag_ids=(t.id,)), ("tag", t.id)
        )
        by_id[t.id] = node
        parent = by_id.get(t.parent_id) if t.parent_id is not None else None
        (parent or keywords).add(node)
    sections.append(keywords)
    # organisations and places (read from sidecars: IPTC's organisation and location
    # fields) only when the catalogue has some, each to browse, rename or delete
    for tag_kind, key, label, icon_name in (
        (TagKind.ORGANISATION, "sec:organisations", ORGANISATIONS, "tag"),
        (TagKind.PLACE, "sec:places", PLACES, "tag"),
    ):
        named = [t for t in tags if t.kind == tag_kind]
        if not named:
            continue
        section = Node(key, translate("Sidebar", label))
        nodes: dict[int, Node] = {}
        for t in named:  # by path: parents first
            node = Node(
                f"tag:{t.id}",
                t.name,
                icon_name,
                t.item_count,
                ItemFilter(tag_ids=(t.id,)),
                ("tag", t.id),
            )
            nodes[t.id] = node
            above = nodes.get(t.parent_id) if t.parent_id is not None else None
            (above or section).add(node)
        sections.append(section)

    curated = Node("sec:collections", translate("Sidebar", "Collections"))
    smart = Node("sec:smart", translate("Sidebar", "Smart collections"))
    for c in catalog.collections():
        if c.smart:
            try:
                f = catalog.smart_filter(c.query or "")
            except Exception as exc:  # a saved query that no longer parses
                log.warning("smart collection %s: %s", c.name, exc)
                f = ItemFilter(item_ids=())
            smart.add(Node(f"coll:{c.id}", c.name, "smart", c.item_count, f, tooltip=c.query or ""))
        else:
            curated.add(
                Node(
                    f"coll:{c.id}",
                    c.name,
                    "collection",
                    c.item_count,
                    ItemFilter(collection_id=c.id),
                    ("collection", c.id),
                    collection_id=c.id,
                    tooltip=c.description or "",
                )
            )
    sections += [curated, smart]
    roots = _roots_here(catalog)
    sections.append(_folders(roots, counted))

    problems = Node("sec:problems", translate("Sidebar", "Problems"))
    # the same groups and counts as `smparchive problems` (worst first)
    for key, label, icon_name, f in (
        ("status:error", QT_TRANSLATE_NOOP("Sidebar", "Errors"), "ui/error", ERRORS),
        ("warnings", QT_TRANSLATE_NOOP("Sidebar", "Warnings"), "warning", WARNINGS),
        ("status:missing", QT_TRANSLATE_NOOP("Sidebar", "Missing"), "ui/missing", MISSING),
        ("status:offline", QT_TRANSLATE_NOOP("Sidebar", "Offline"), "ui/offline", OFFLINE),
        ("dups", QT_TRANSLATE_NOOP("Sidebar", "Duplicates"), "warning", DUPLICATES),
    ):
        # one status is counted through its index (a few rows); the rest was counted apart
        count = counted.get(key) if key in SLOW_COUNTS else catalog.count(f)
        problems.add(Node(key, translate("Sidebar", label), icon_name, count, f, tooltip=tip(key)))
    sections.append(problems)
    people_names = [t.path for t in tags if t.kind == TagKind.PERSON]
    keyword_names = [t.path for t in tags if t.kind == TagKind.KEYWORD]
    day_records = catalog.days(counts=False)
    days = {d.id: d.date for d in day_records}
    day_events = {d.id: d.event_id for d in day_records}
    return SidebarData(
        sections, keyword_names, people_names, sessions, zone, days, roots, zones, day_events
    )


def _programme(
    catalog: Catalog,
    facets: FacetCounts,
    sessions: list[SessionRecord],
    zone: ZoneInfo,
    zones: Mapping[int, ZoneInfo],
) -> Node | None:
    event = catalog.event()
    # the event's name, not a programme file's slug ('smp2022' headed the demo's programme
    # and its breadcrumb)
    title = (
        event.name(interface_language()) if event is not None else translate("Sidebar", "Programme")
    )
    prog = Node("sec:programme", title or translate("Sidebar", "Programme"))
    for n, day in enumerate(catalog.days(counts=False), start=1):
        label = day_label(day.label, n, day.translations())
        date_text = fmt.day(day.date, "ddd d MMM")
        d = prog.add(
            Node(
                f"day:{day.id}",
                f"{label} · {date_text}",
                "calendar",
                facets.day.get(day.id, 0),
                ItemFilter(day_ids=(day.id,)),
            )
        )
        for s in (s for s in sessions if s.day_id == day.id):
            times = fmt.zoned_clock(s.start, zones.get(s.event_id, zone), zone)
            flags = tuple(f for f in fmt.SESSION_FLAGS if getattr(s, f))
            tip = "\n".join(
                x
                for x in (
                    s.title,
                    s.room or "",
                    ", ".join(s.speakers),
                    *(fmt.session_flag_tip(f) for f in flags),
                )
                if x
            )
            mark = fmt.session_mark(s)  # a closed session says so on its row
            d.add(
                Node(
                    f"session:{s.id}",
                    f"{times}  {s.title}" + (f" ({mark})" if mark else ""),
                    "session",
                    s.item_count,
                    ItemFilter(session_ids=(s.id,)),
                    ("session", s.id),
                    tooltip=tip,
                    phrase=session_phrase(s.title, times),
                    flags=flags,
                )
            )
    prog.add(
        Node(
            "unassigned",
            translate("Sidebar", "No session"),
            "session",
            facets.session.get(None, 0),
            ItemFilter(unassigned=True),
        )
    )
    return prog


def _roots_here(catalog: Catalog) -> list[RootRecord]:
    """The catalogued folders in the order they were added, each ``online`` when this
    computer sees it. A team catalogue's flag is the team's (one computer without the share
    does not take it offline for all): whether this computer sees the folder is asked here,
    and its items are then offline here in every view (``roots_offline_here``)."""
    away = catalog.roots_offline_here(fresh=True)
    roots = sorted(catalog.roots(counts=False), key=lambda r: (r.added_at, r.id))
    return [replace(r, online=False) if r.id in away else r for r in roots]


def _folders(roots: list[RootRecord], counted: Mapping[str, int | None]) -> Node:
    """The catalogued folders (roots) by name, each with its path and whether this
    computer sees it; their counts read every item, so they come with the slow ones."""
    section = Node("sec:folders", translate("Sidebar", "Folders"))
    names = _distinct_names(roots)
    for r in sorted(roots, key=lambda r: (names[r.id].casefold(), r.id)):
        tooltip = r.path
        online = r.online
        if not online:
            tooltip += "\n" + translate(
                "Sidebar", "Not connected: its items stay in the catalogue."
            )
            tooltip += "\n" + translate(
                "Sidebar",
                "Connect the drive or share, or right-click to say where the folder is now.",
            )
        section.add(
            Node(
                folder_key(r.id),
                names[r.id],
                "folder" if online else "ui/offline",
                counted.get(folder_key(r.id)),
                ItemFilter(root_id=r.id),
                tooltip=tooltip,
                path=r.path,
                online=online,
            )
        )
    return section


def _distinct_names(roots: list[Any]) -> dict[int, str]:
    """Each folder's name, with the end of its path beside it where two share a label
    ("SMP demo (pgdemo)", "SMP demo (demo)"): two rows read the same otherwise."""
    names = {r.id: folder_name(r) for r in roots}
    seen: dict[str, int] = {}
    for name in names.values():
        seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
    for r in roots:
        name = names[r.id]
        if seen[name.casefold()] > 1:
            where = PurePath(r.path)
            tail = where.name if where.name.casefold() != name.casefold() else str(where.parent)
            names[r.id] = f"{name} ({tail})"
    return names


def folder_name(root: Any) -> str:
    """How a catalogued folder is named: its label, else its last path component."""
    return str(root.label or PurePath(root.path).name or root.path)


def _walk(nodes: list[Node]) -> list[Node]:
    """Every node, depth first, in display order."""
    out: list[Node] = []
    for n in nodes:
        out.append(n)
        out.extend(_walk(n.children))
    return out


def _shape(nodes: list[Node]) -> list[tuple[str, int]]:
    """The rows' keys and child counts: equal shapes can be updated in place."""
    return [(n.key, len(n.children)) for n in _walk(nodes)]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
# a row's flags made once (asked for each row at each paint)
_CHOOSABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DROP_TARGET = _CHOOSABLE | Qt.ItemFlag.ItemIsDropEnabled
_ROLES_ANSWERED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FONT, COUNT_ROLE, NODE_ROLE})


@functools.cache
def _section_font() -> QFont:
    """A section head's font: bold, a little smaller."""
    f = QFont()
    f.setBold(True)
    f.setPointSizeF(f.pointSizeF() * 0.85)
    return f


class SidebarModel(QAbstractItemModel):
    """Tree model over a sidebar snapshot; item drops become ``items_dropped`` requests."""

    items_dropped = Signal(object, str, int)  # ids, "session"|"tag"|"collection", target id

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[Node] = []
        self.by_key: dict[str, Node] = {}

    def set_sections(self, sections: list[Node]) -> None:
        """Show a new snapshot: in place (counts, labels) when the rows are the same ones,
        so the selection, the expanded days and the scroll position stay; else a reset."""
        if self.sections and _shape(sections) == _shape(self.sections):
            self._update(sections)
            return
        self.beginResetModel()
        self.sections = sections
        self.by_key = {}
        stack = list(sections)
        while stack:
            n = stack.pop()
            self.by_key[n.key] = n
            stack.extend(n.children)
        self.endResetModel()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """New counts for some rows (by key), in place."""
        for key, count in counts.items():
            node = self.by_key.get(key)
            if node is not None and node.count != count:
                node.count = count
                idx = self.index_of(key)
                self.dataChanged.emit(idx, idx)

    def _update(self, sections: list[Node]) -> None:
        pairs = list(zip(_walk(self.sections), _walk(sections), strict=True))
        for old, new in pairs:
            same = (old.label, old.count, old.tooltip, old.icon) == (
                new.label,
                new.count,
                new.tooltip,
                new.icon,
            )
            old.filter, old.drop, old.collection_id = new.filter, new.drop, new.collection_id
            old.path, old.online, old.phrase = new.path, new.online, new.phrase
            old.flags = new.flags
            if not same:
                old.label, old.count, old.tooltip, old.icon = (
                    new.label,
                    new.count,
                    new.tooltip,
                    new.icon,
                )
                idx = self.index_of(old.key)
                self.dataChanged.emit(idx, idx)

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        n: Node = index.internalPointer()
        return n

    def children_of(self, parent: Index) -> list[Node]:
        """The nodes under ``parent`` (the sections under the invisible root)."""
        n = self.node(parent)
        return n.children if n is not None else self.sections

    def index_of(self, key: str) -> QModelIndex:
        n = self.by_key.get(key)
        if n is None:
            return QModelIndex()
        siblings = n.parent.children if n.parent else self.sections
        return self.createIndex(siblings.index(n), 0, n)

    # -- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        children = self.children_of(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        """The tree parent of ``child``; without one, the model's QObject parent (Qt's two
        methods of the name)."""
        if child is None:
            return super().parent()
        n = self.node(child)
        if n is None or n.parent is None:
            return QModelIndex()
        p = n.parent
        siblings = p.parent.children if p.parent else self.sections
        return self.createIndex(siblings.index(p), 0, p)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self.children_of(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # roles compared as plain numbers (an enum member per comparison was most of this
        # call, asked ~13 times a row at each paint of the sidebar)
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        n: Node = index.internalPointer()
        if role == _DISPLAY:
            return n.label.upper() if n.is_section else n.label
        if role == _DECORATION:
            return icon(n.icon) if n.icon else None
        if role == COUNT_ROLE:
            return n.count
        if role == NODE_ROLE:
            return n
        if role == _TOOLTIP:
            return n.tooltip or None
        return _section_font() if n.is_section else None  # the font role

    def flags(self, index: Index) -> Qt.ItemFlag:
        n = self.node(index)
        if n is None:
            return Qt.ItemFlag.NoItemFlags
        if n.is_section:
            return Qt.ItemFlag.ItemIsEnabled
        return _CHOOSABLE if n.drop is None else _DROP_TARGET

    # -- drops ------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [ITEM_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        n = self.node(parent)
        return n is not None and n.drop is not None and data.hasFormat(ITEM_IDS_MIME) and row == -1

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        n = self.node(parent)
        ids = ids_from_mime(data)
        if n is None or n.drop is None or not ids:
            return False
        self.items_dropped.emit(ids, n.drop[0], n.drop[1])
        return True
