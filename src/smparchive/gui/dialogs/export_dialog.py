"""Export dialog: source, preset, target, names, audience; preflight with overrides; run.

The dialog never writes before the preflight was shown for the current settings. Held-back
items can be published anyway, one check box each, with the name of who decided and why
(both recorded in the export history). The export runs as a job on the task runner.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smparchive.core import problem_rows
from smparchive.core.export import (
    Audience,
    ConsentOverride,
    ExportEntry,
    ExportSettings,
    ImageFormat,
    TargetKind,
    custom_preset,
    preset_by_name,
)
from smparchive.core.export.catalog_bridge import load_entries
from smparchive.core.export.catalog_export import (
    ExportOutcome,
    ExportSource,
    HeldItem,
    Preflight,
    ResolvedSource,
    default_bundle_name,
    preflight,
    run_preflight,
)
from smparchive.core.export.imaging import crop_box
from smparchive.core.export.naming import render_template, template_tokens, token_values
from smparchive.core.export.page_address import page_address, remembered_page_address
from smparchive.core.export.pipeline import bundle_destination, folder_to_make, target_errors
from smparchive.core.export.plan import ExportPlan, written_ext
from smparchive.core.export.platforms import PLATFORMS, platform_by_name
from smparchive.core.export.post import PostKit
from smparchive.core.export.presets import DEFAULT_TEMPLATE as DEEP_TEMPLATE
from smparchive.core.export.presets import FORMER_DEFAULT_TEMPLATE
from smparchive.core.progress import ProgressEvent
from smparchive.core.vocab import CutMode
from smparchive.gui import formatting as fmt
from smparchive.gui import problem_texts, wheel_guard
from smparchive.gui.filedialogs import existing_directory
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, day_label, filled, interface_language
from smparchive.gui.keynames import with_keys
from smparchive.gui.models.list_table import ListTableModel
from smparchive.gui.screen_fit import FittedDialog, available_area, fit_to_screen, frame_extra
from smparchive.gui.settings import Settings
from smparchive.gui.steady import keep_room
from smparchive.gui.tasks import TaskHandle, TaskRunner
from smparchive.gui.views.tables import keyboard
from smparchive.gui.widgets.fields import ElidedLabel, plain_text
from smparchive.gui.widgets.post_text import PostText
from smparchive.gui.widgets.text_scroll import TextScroll

if TYPE_CHECKING:
    from smparchive.core.catalog.catalog import Catalog

Index = QModelIndex | QPersistentModelIndex

PRESETS = (
    ("web", QT_TRANSLATE_NOOP("ExportDialog", "Web (long edge 2048 px)")),
    ("originals", QT_TRANSLATE_NOOP("ExportDialog", "Originals (byte-identical copies)")),
    ("social", QT_TRANSLATE_NOOP("ExportDialog", "Social media crops (1:1, 4:5, 16:9)")),
    ("thumbnails", QT_TRANSLATE_NOOP("ExportDialog", "Thumbnails (long edge 400 px)")),
    ("custom", QT_TRANSLATE_NOOP("ExportDialog", "Custom size, format and quality")),
    ("linkedin", QT_TRANSLATE_NOOP("ExportDialog", "Post for LinkedIn")),
    ("mastodon", QT_TRANSLATE_NOOP("ExportDialog", "Post for Mastodon")),
    ("instagram", QT_TRANSLATE_NOOP("ExportDialog", "Post for Instagram (4:5 crop)")),
    ("x", QT_TRANSLATE_NOOP("ExportDialog", "Post for X (Twitter)")),
    ("facebook", QT_TRANSLATE_NOOP("ExportDialog", "Post for Facebook")),
    ("website", QT_TRANSLATE_NOOP("ExportDialog", "Website (images for a CMS)")),
)
# Languages of the exported texts and the post, named in their own language.
LANGUAGES = (("en", "English"), ("fr", "Français"), ("nl", "Nederlands"))
CROP_PREVIEW = 220  # px, the long edge of the crop preview
TARGETS = (
    (TargetKind.FOLDER, QT_TRANSLATE_NOOP("ExportDialog", "Folder")),
    (TargetKind.ZIP, QT_TRANSLATE_NOOP("ExportDialog", "ZIP file")),
    (TargetKind.BAGIT, QT_TRANSLATE_NOOP("ExportDialog", "BagIt bag (for archives)")),
)
AUDIENCES = (
    (Audience.PUBLIC, QT_TRANSLATE_NOOP("ExportDialog", "Public (publication)")),
    (Audience.INTERNAL, QT_TRANSLATE_NOOP("ExportDialog", "Internal use")),
    (Audience.ARCHIVE, QT_TRANSLATE_NOOP("ExportDialog", "Archive hand-over (no consent check)")),
)


@dataclass(frozen=True, slots=True)
class TargetCheck:
    """Where the export goes, as the preflight found it: the folder typed, whether Export
    makes it, and what the export itself would refuse there (a missing parent, a file, no
    room: said before Export is pressed, with Export off)."""

    folder: str
    make: bool = False
    errors: tuple[str, ...] = ()
    taken: str = ""  # a bundle of the name asked for is already there ...
    renamed: str = ""  # ... so this export is expected under this name

    @classmethod
    def of(cls, folder: str, plan: ExportPlan) -> TargetCheck:
        if not folder:
            return cls(folder)
        # a new folder typed in an existing one is made when the export starts (never one
        # that went away since: an unplugged drive's mount point stays as it is)
        if folder_to_make(Path(folder).expanduser()):
            return cls(folder, make=True)
        errors = tuple(target_errors(plan))
        if errors:
            return cls(folder, errors=errors)
        wanted, goes_to = bundle_destination(plan.settings)
        if goes_to == wanted:
            return cls(folder)
        return cls(folder, taken=wanted.name, renamed=goes_to.name)


class ExampleLabel(QLabel):
    """The file-name example under the template: one line, where a name too long for the
    settings column is elided in the middle (its start and its extension stay seen; the
    whole name is the tooltip). A file name is one word to Qt: wrapped, it was cut at the
    column's edge ('…Partnerships.jp'). A template's error is a sentence: it wraps."""

    def shown_text(self) -> str:
        """What the label shows of its text (elided, or whole when it wraps)."""
        if self.wordWrap():
            return self.text()
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.wordWrap():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())


def _holding(h: HeldItem) -> tuple[tuple[str, str], ...]:
    """Why ``h`` is held back: the catalogue's reasons (naming the person or the session)
    that this export's consent gate acted on, the preset's alt-text reasons and a Rejected
    flag. A reason the gate did not hold it for is left out: the item's own unknown consent
    when unknown consent may go out, internal use only for an internal export."""
    held = set(h.reasons)

    def acted_on(code: str) -> bool:
        kind, _, level = code.partition(":")
        return code in held if kind == "session" else f"consent:{level}" in held

    # a session named in the interface's language, as the sentence around it is
    causes = tuple((c, about) for c, about in h.causes_in(interface_language()) if acted_on(c))
    if not causes:
        return tuple((code, "") for code in h.reasons)
    return causes + tuple((c, "") for c in h.reasons if c.startswith(("alt:", "flag:")))


class HeldBackModel(ListTableModel):
    """Held-back (checkable: publish anyway) and unavailable items of a preflight."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HeldBackModel", "Publish anyway"),
        QT_TRANSLATE_NOOP("HeldBackModel", "Item"),
        QT_TRANSLATE_NOOP("HeldBackModel", "Why it is held back"),
    )

    # export id ('12', or 'segment-7' for a clip: an override names the clip, not its
    # recording), name, why, can override
    rows: list[tuple[str, str, str, bool]]

    def __init__(self) -> None:
        super().__init__()
        self.checked: set[str] = set()

    def set_preflight(self, check: Preflight | None) -> None:
        self.beginResetModel()
        self.rows, self.checked = [], set()
        if check is not None:
            for h in check.held_back:
                causes = _holding(h)
                sep = self.tr("; ", "between the reasons an item is held back")
                why = sep.join(fmt.consent_cause(code, about) for code, about in causes)
                for person in h.unblurred:  # blurring asked for, but no face of theirs
                    why += sep + self.tr("%1: no confirmed face to blur").replace("%1", person)
                self.rows.append((h.entry_id or str(h.item_id), h.name, why, True))
            for p in check.unavailable:
                name = check.names.get(p.item_id, p.item_id)
                self.rows.append((str(p.item_id), name, problem_texts.sentence(p.message), False))
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and index.column() == 0 and self.rows[index.row()][3]:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item_id, name, why, can = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0 and can:
            return Qt.CheckState.Checked if item_id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "" if can else self.tr("Unavailable")
            return name if col == 1 else why
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2):
            return name if col == 1 else why  # both may be shortened in the table
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        item_id, _name, _why, can = self.rows[index.row()]
        if not can:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(item_id)
        else:
            self.checked.discard(item_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


# One flat folder of files named by date and number: what comms staff expect to find
# (core's deep "{day_date} {day}/{session}/..." layout stays available by typing it).
DEFAULT_TEMPLATE = "{date}_{seq}_{original}.{ext}"
PREFLIGHT_DELAY_MS = 400
ALT_SHOWN = 90  # characters of an alt text the post's photo list shows (whole: its tooltip)
COPIED_SHOWN_MS = 1500  # "Copied" on the button, then its own name again


def _long_edge_out(entry: ExportEntry, long_edge: int) -> int:
    """The long edge a photo goes out at under a platform's: never enlarged."""
    size = max(entry.width or 0, entry.height or 0)
    return min(size, long_edge) if size else long_edge


def remembered_folder(preset: str) -> str:
    """The folder the last export with this preset went into ('' if none)."""
    value = QSettings().value(f"export/folder/{preset}", "")
    return value if isinstance(value, str) else ""


def remember_folder(preset: str, folder: str) -> None:
    QSettings().setValue(f"export/folder/{preset}", folder)


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its placeholder text whole."""
    margins = edit.textMargins()
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    # Qt's line edit keeps 2 px each side inside its frame, and 1 px for the cursor
    return text + margins.left() + margins.right() + 2 * frame + 2 * 2 + 1 + 4


OUT_COLUMN = 560  # px for the post and the preflight beside the settings


class ExportDialog(FittedDialog):
    """Choose what and how to export, preflight it, then run it with progress and cancel."""

    def __init__(
        self,
        catalog: Catalog,
        runner: TaskRunner,
        selection: ExportSource | Sequence[int],
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.prefs = settings if settings is not None else Settings()
        self.catalog = catalog
        self.runner = runner
        self.source = (
            selection if isinstance(selection, ExportSource) else ExportSource.items(selection)
        )
        self.resolved: ResolvedSource | None = None
        self.sample: ExportEntry | None = None  # the first item, for the name example
        self.check: Preflight | None = None
        # where the preflight's export goes; the preflight again with the held-back items
        # ticked since in (their ids, it, its target), once planned (_ticks_changed)
        self._target = TargetCheck("")
        self._ticked: tuple[frozenset[str], Preflight, TargetCheck] | None = None
        self._tick_gen = 0
        self._make_folder = False  # the folder typed does not exist yet: Export makes it
        self._target_errors: list[str] = []  # why the export cannot go where it is asked
        self.handle: TaskHandle | None = None
        self.outcome: ExportOutcome | None = None
        # the check was spent by an export: Export waits for a new one (pressed again at
        # once it went out a second time, under a name no preflight had said)
        self._spent = False
        self.template_ok = True
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        # settings changes re-run the preflight by themselves, once typing pauses
        self._preflight_gen = 0
        self._preflight_timer = QTimer(self)
        self._preflight_timer.setSingleShot(True)
        self._preflight_timer.setInterval(PREFLIGHT_DELAY_MS)
        self._preflight_timer.timeout.connect(self._auto_preflight)
        self._build()
        wheel_guard.guard(self)  # scrolling the settings changes none of them
        self._restore_choices()
        self.folder.setText(remembered_folder(self.preset.currentData()))
        self._folder_preset = self.preset.currentData()
        self._connect()
        self._update_custom()
        self._update_example()
        self._resolve()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.source_label = QLabel(self.tr("Reading the selection…"))
        self.source_label.setWordWrap(True)
        self.preset = QComboBox()
        for key, text in PRESETS:
            self.preset.addItem(self.tr(text), key)
        self.long_edge = QSpinBox()
        self.long_edge.setRange(64, 20000)
        self.long_edge.setValue(2048)
        self.long_edge.setSuffix(self.tr(" px"))
        self.image_format = QComboBox()
        for f in ImageFormat:
            self.image_format.addItem(f.value.upper(), f.value)
        self.quality = QSpinBox()
        self.quality.setRange(1, 100)
        self.quality.setValue(85)
        self.custom = QWidget()
        row = QHBoxLayout(self.custom)
        row.setContentsMargins(0, 0, 0, 0)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Long edge"), self.long_edge),
            (self.tr("Format"), self.image_format),
            (self.tr("Quality"), self.quality),
        )
        for label, field in fields:
            row.addWidget(QLabel(label))
            row.addWidget(field)
        self.target = QComboBox()
        for kind, text in TARGETS:
            self.target.addItem(self.tr(text), kind.value)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Choose the folder the export goes into"))
        # its hint in full: beside "Choose…" it was cut to "...the export goes into" at
        # any screen size, the settings column being no wider than its widest row
        self.folder.setMinimumWidth(placeholder_width(self.folder))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAutoDefault(False)  # Enter in a field is never "choose a folder"
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.name = QLineEdit()
        self.template = QLineEdit(DEFAULT_TEMPLATE)
        self.template.setToolTip(
            filled(
                self.tr(
                    "Tokens: %1. %2 and %3 are when the item was taken, %4 and %5 the programme"
                    " day it belongs to (a session after midnight stays on the day it began)."
                    " Slashes make folders, e.g. %6"
                ),
                "{date} {time} {seq} {original} {title} {session} {day} {day_date} {ext}",
                "{date}",
                "{time}",
                "{day}",
                "{day_date}",
                DEEP_TEMPLATE,
            )
        )
        self.example = ExampleLabel()
        self.example.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.audience = QComboBox()
        for aud, text in AUDIENCES:
            self.audience.addItem(self.tr(text), aud.value)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        # the texts in the interface's language unless the person chose another (kept)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self._language_chosen = False
        self.language.activated.connect(self._language_picked)
        self._build_post()
        self.page = QCheckBox(self.tr("Add a publication page (index.html)"))
        self.page.setChecked(True)
        self.page_url = QLineEdit()
        self.page_url.setObjectName("exportPageUrl")
        self.page_url.setPlaceholderText(self.tr("https://… where the page will be published"))
        self.page_url.setToolTip(
            self.tr(
                "Sites that preview a shared link (LinkedIn, Mastodon, Facebook) show the "
                "page's cover picture only when the page names its full address. The last "
                "address given for the event is offered again."
            )
        )
        self.page_url.setText(remembered_page_address(self.catalog))
        self.unknown = QCheckBox(self.tr("Export items whose consent is unknown"))
        self.people = QCheckBox(self.tr("Name the people shown in the metadata"))
        self.blur = QCheckBox(self.tr("Blur the faces of people who may not be shown"))
        self.blur.setObjectName("blurFaces")
        self.blur.setToolTip(
            self.tr(
                "Photos held back only because they show someone whose consent is withdrawn "
                "(or who may not be shown to this audience) go out with that person's "
                "confirmed face blurred. Resized copies only; the originals are not changed."
            )
        )
        self.blur_unknown = QCheckBox(self.tr("Also blur faces nobody has named"))
        self.blur_unknown.setObjectName("blurUnknownFaces")
        self.blur_unknown.setToolTip(
            self.tr("Every face not confirmed as a person is blurred too (bystanders).")
        )
        self.blur_unknown.setStyleSheet("margin-left: 20px;")
        self.blur_unknown.setEnabled(False)
        self.excel = QCheckBox(self.tr("Manifest for Excel (CSV with a byte order mark)"))
        self.excel.setToolTip(
            self.tr("Without it, Excel on Windows shows accented letters in manifest.csv wrongly.")
        )
        self.precise = QCheckBox(self.tr("Cut clips precisely (re-encode each clip)"))
        self.precise.setObjectName("exportPreciseClips")
        self.precise.setToolTip(
            self.tr(
                "Clips always open on the segment's first picture: only the few seconds up "
                "to the next keyframe are re-encoded. Precise re-encodes the whole clip, "
                "sound cut to the sample too: exact, but a full encode (tens of minutes for "
                "an hour of 1080p video on a laptop) instead of seconds."
            )
        )
        self.precise.setVisible(False)  # shown when recording segments go out as clips

        form = QFormLayout()
        form.addRow(self.tr("Preset:"), self.preset)
        form.addRow("", self.custom)
        form.addRow(self.tr("Export as:"), self.target)
        form.addRow(self.tr("Into folder:"), folder_row)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("File names:"), self.template)
        form.addRow("", self.example)
        form.addRow(self.tr("Audience:"), self.audience)
        form.addRow(self.tr("Language of texts:"), self.language)
        form.addRow("", self.page)
        form.addRow(self.tr("Page address:"), self.page_url)
        form.addRow("", self.unknown)
        form.addRow("", self.people)
        form.addRow("", self.blur)
        form.addRow("", self.blur_unknown)
        form.addRow("", self.excel)
        form.addRow("", self.precise)
        self.settings_box = QGroupBox(self.tr("Settings"))
        self.settings_box.setLayout(form)

        self.preflight_label = QLabel()
        self.preflight_label.setWordWrap(True)
        # at the top of its box, not floating in the middle of the room the table leaves
        self.preflight_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.held = HeldBackModel()
        self.table = QTableView()
        self.table.setModel(self.held)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        keyboard(self.table)  # Tab reaches the override's fields
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # its heading whole ("Publier quand même" was cut before the first preflight)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(self.tr("Who decided to publish them"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why publishing them is justified"))
        override_form = QFormLayout()
        override_form.addRow(self.tr("Decided by:"), self.decided_by)
        override_form.addRow(self.tr("Reason:"), self.reason)
        self.override_box = QWidget()
        self.override_box.setLayout(override_form)
        self.override_hint = QLabel()
        self.override_hint.setWordWrap(True)  # a long sentence must not widen the dialog
        self.override_hint.setStyleSheet("color: #b45309;")
        self.override_hint.setText(self.tr("Publishing held-back items needs who decided and why."))
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        box = QVBoxLayout()
        # Once the export has run, its result takes the preflight's place: the preflight
        # then described an export still to come ("the folder does not exist yet: Export
        # makes it" under "Exported 4 items to …/out"), and both together were taller than
        # a 1366x768 screen leaves, so the post's crop note was drawn over its picture.
        # A long preflight (a warning per deck, clip or photo it cannot treat: 40 lines in
        # a large mixed export) made the dialog taller than a 1366x768 screen, its buttons
        # below the bottom edge: the text scrolls inside the box instead.
        text_page = QWidget()
        text_col = QVBoxLayout(text_page)
        text_col.setContentsMargins(0, 0, 0, 0)
        text_col.addWidget(self.preflight_label)
        text_col.addWidget(self.result_label)
        text_col.addStretch(1)
        self.preflight_scroll = TextScroll(text_page)
        self.preflight_scroll.setObjectName("exportPreflightScroll")
        parts = (
            self.preflight_scroll,
            self.table,
            self.override_box,
            self.override_hint,
        )
        for part in parts:  # the held-back table takes the room the text leaves
            box.addWidget(part, 1 if part is self.table else 0)
        self.preflight_box = QGroupBox(self.tr("Preflight"))
        self.preflight_box.setLayout(box)
        self.preflight_label.setText(self.tr("Checking what goes out…"))

        self.bar = QProgressBar()
        self.bar.setFormat(fmt.progress_format())  # "49 %" in French
        self.current = ElidedLabel(Qt.TextElideMode.ElideMiddle)  # a file name: any length
        for status in (self.bar, self.current):
            status.hide()

        self.buttons = QDialogButtonBox()
        self.preflight_btn = self.buttons.addButton(
            self.tr("Preflight"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_btn = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_btn = self.buttons.addButton(
            self.tr("Open Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_btn = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.export_btn.setEnabled(False)
        # Enter in a field checks again (Ctrl+Enter exports): with no default of its own the
        # dialog made the first button in the focus chain one, "Choose…", so Enter typed
        # after a folder or the page's address opened a folder chooser
        self.export_btn.setDefault(False)
        self.preflight_btn.setDefault(True)
        self.open_btn.hide()

        # Two columns: the settings on the left, what goes out (post, preflight, progress) on
        # the right. Stacked, the dialog needed ~1,000 px of height: at 1366x768 the
        # preflight covered the last settings rows and the post pushed the buttons off the
        # screen. The settings scroll if even their column is taller than the screen.
        self.settings_page = QWidget()
        settings_col = QVBoxLayout(self.settings_page)
        settings_col.setContentsMargins(0, 0, 0, 0)
        settings_col.addWidget(self.settings_box)
        settings_col.addStretch(1)
        self.settings_scroll = QScrollArea()
        self.settings_scroll.setObjectName("exportSettingsScroll")
        self.settings_scroll.setWidget(self.settings_page)
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # not a Tab stop of its own: the dialog opened with the focus on it, unseen, and the
        # first Tab or key went nowhere (its fields scroll into view as they take focus)
        self.settings_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        out_col = QVBoxLayout()
        out_col.addWidget(self.post_box)
        out_col.addWidget(self.preflight_box, 1)
        for status in (self.bar, self.current):
            out_col.addWidget(status)
        columns = QHBoxLayout()
        columns.addWidget(self.settings_scroll, 5)
        columns.addLayout(out_col, 6)

        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _build_post(self) -> None:
        """The post for a platform: the text as it will be pasted, its length against the
        platform's limit, a copy button, and how the first photo is cropped."""
        self.write_post = QCheckBox(self.tr("Write post.txt, post.md and alt-text.txt"))
        self.write_post.setChecked(True)
        self.hashtags = QLineEdit()
        self.hashtags.setObjectName("postHashtags")
        self.hashtags.setPlaceholderText(self.tr("#Hashtags (default: the event's acronym)"))
        self.post_text = PostText()
        self.post_text.setObjectName("postPreview")
        self.post_text.setPlaceholderText(self.tr("The post text appears after the check."))
        self.post_text.setMinimumHeight(110)
        self.post_counter = QLabel()
        self.post_counter.setObjectName("postCounter")
        # over the limit it says why in a sentence: one line of it widened the dialog past
        # a 1366 px screen (its buttons cut off), and a dialog never shrinks back
        self.post_counter.setWordWrap(True)
        self.copy_post = QPushButton(self.tr("Copy post text"))
        self.copy_post.setObjectName("copyPostText")
        self.copy_post.setAutoDefault(False)
        self.copy_post.setEnabled(False)
        self.copy_post.clicked.connect(self.copy_post_text)
        # the photos posted with it and their alt texts, as alt-text.txt lists them
        self.post_images = QLabel()
        self.post_images.setObjectName("postImages")
        self.post_images.setWordWrap(True)
        self.post_images.setTextFormat(Qt.TextFormat.PlainText)
        self.post_images.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # a line or two a photo: four of them at 1366x768 were taller than the room left, and
        # the post's counter and copy button were drawn over its last lines: they scroll
        images_page = QWidget()
        images_col = QVBoxLayout(images_page)
        images_col.setContentsMargins(0, 0, 0, 0)
        images_col.addWidget(self.post_images)
        self.post_images_scroll = TextScroll(images_page)
        self.post_images_scroll.setObjectName("postImagesScroll")
        self.crop_view = QLabel()
        self.crop_view.setObjectName("cropPreview")
        self.crop_view.setFixedSize(CROP_PREVIEW, CROP_PREVIEW)
        self.crop_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.crop_note = QLabel()
        self.crop_note.setWordWrap(True)
        self.crop_note.setMaximumWidth(CROP_PREVIEW)
        text_col = QVBoxLayout()
        text_col.addWidget(self.post_text, 1)
        row = QHBoxLayout()
        row.addWidget(self.post_counter, 1)
        row.addWidget(self.copy_post)
        text_col.addLayout(row)
        text_col.addWidget(self.post_images_scroll)
        crop_col = QVBoxLayout()
        crop_col.addWidget(self.crop_view)
        crop_col.addWidget(self.crop_note)
        crop_col.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(text_col, 1)
        body.addLayout(crop_col)
        form = QFormLayout()
        form.addRow("", self.write_post)
        form.addRow(self.tr("Hashtags:"), self.hashtags)
        box = QVBoxLayout()
        box.addLayout(form)
        box.addLayout(body)
        self.post_box = QGroupBox(self.tr("Post"))
        self.post_box.setObjectName("postBox")
        self.post_box.setLayout(box)
        self.post_box.hide()
        self._crop_image: QImage | None = None
        self._crop_for = ""  # the picture key the preview shows (or is loading)
        self.crop_box: tuple[float, float, float, float] | None = None  # kept, in preview px

    def _connect(self) -> None:
        self.preset.currentIndexChanged.connect(self._update_custom)
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_folder())
        self.browse.clicked.connect(self._choose_folder)
        self.template.textChanged.connect(self._update_example)
        for combo in (self.preset, self.image_format, self.target, self.audience, self.language):
            combo.currentIndexChanged.connect(self._invalidate)
        for spin in (self.long_edge, self.quality):
            spin.valueChanged.connect(self._invalidate)
        for edit in (self.folder, self.name, self.template, self.hashtags, self.page_url):
            edit.textChanged.connect(self._invalidate)
        self.page.toggled.connect(self.page_url.setEnabled)
        for box in (
            self.page,
            self.unknown,
            self.people,
            self.blur,
            self.blur_unknown,
            self.excel,
            self.write_post,
        ):
            box.toggled.connect(self._invalidate)
        self.blur.toggled.connect(lambda _on: self._update_blur())
        self.held.dataChanged.connect(self._update_buttons)
        self.held.dataChanged.connect(self._ticks_changed)
        self.decided_by.textChanged.connect(self._update_buttons)
        self.reason.textChanged.connect(self._update_buttons)
        self.preflight_btn.clicked.connect(self.run_preflight)
        self.export_btn.clicked.connect(self.run_export)
        # from the keyboard without ~30 Tabs: Ctrl+Enter, as the caption editor applies
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._export_from_keys)
        self.open_btn.clicked.connect(self._open_folder)
        self.close_btn.clicked.connect(self._close_or_cancel)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_height()
        super().showEvent(event)

    def _fit_height(self, extra: int = 0) -> None:
        """Tall enough for the whole settings column, within the screen (beyond it the
        settings scroll). Word-wrapped labels make Qt work out the dialog's height for their
        width only, and the window kept the height it had before the source and the
        preflight were read: at 1366x768 the settings rows were squeezed until they
        overlapped. ``extra``: px more than its height now, e.g. for the whole post."""
        self.settings_box.setMinimumHeight(self.settings_box.minimumSizeHint().height())
        # the settings column whole, without a horizontal scroll bar
        bar = self.settings_scroll.verticalScrollBar().sizeHint().width()
        self.settings_scroll.setMinimumWidth(self.settings_page.minimumSizeHint().width() + bar)
        area = available_area(self)  # the screen it opens on
        room = area.height() - 60 if not area.isEmpty() else 10_000
        if self.isVisible() and not area.isEmpty():
            # grown, it keeps its place: it grows down to the screen's edge, not up. Moved
            # up as a platform preset showed the post, it put another control under the
            # pointer, and the next click ticked it.
            below = area.bottom() + 1 - self.frameGeometry().top() - frame_extra(self)[1]
            room = min(room, max(below, self.height()))
        # and room beside it for the preflight's table of held-back items and their reasons
        width = min(
            self.settings_scroll.minimumWidth() + OUT_COLUMN,
            area.width() - 40 if not area.isEmpty() else 10_000,
        )
        if self.width() < width:
            self.resize(width, self.height())
        layout = self.main_layout
        margins = layout.contentsMargins()
        around = (
            self.source_label.sizeHint().height()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 2 * layout.spacing()
        )
        # room for the post from the start, so choosing a platform preset need not grow it
        post = self.post_box.sizeHint().height() + self.preflight_box.minimumSizeHint().height()
        whole = around + max(self.settings_page.sizeHint().height(), post + layout.spacing())
        wanted = min(max(self.sizeHint().height(), whole, self.height() + extra), room)
        if self.height() < wanted:
            self.resize(self.width(), wanted)
        if self.isVisible():  # grown after the preflight: its title bar stays on screen
            fit_to_screen(self)

    # -- the last export's choices ---------------------------------------------------------
    def _choices(self) -> dict[str, Any]:
        return {
            "preset": self.preset.currentData(),
            "target": self.target.currentData(),
            "audience": self.audience.currentData(),
            "page": self.page.isChecked(),
            "people": self.people.isChecked(),
            "blur": self.blur.isChecked(),
            "blur_unknown": self.blur_unknown.isChecked(),
            "excel": self.excel.isChecked(),
            "template": self.template.text().strip() or DEFAULT_TEMPLATE,
            "long_edge": self.long_edge.value(),
            "format": self.image_format.currentData(),
            "quality": self.quality.value(),
            "hashtags": self.hashtags.text().strip(),
            "post": self.write_post.isChecked(),
        } | ({"language": self.language.currentData()} if self._language_chosen else {})

    def _language_picked(self, _index: int) -> None:
        """The person chose the texts' language: remembered for the next export (until
        then it follows the interface's language)."""
        self._language_chosen = True

    def _restore_choices(self) -> None:
        """The choices of the last export started from the app (not the consent override:
        publishing items of unknown consent is decided each time)."""
        last = self.prefs.export_choices()
        for combo, key in (
            (self.preset, "preset"),
            (self.target, "target"),
            (self.audience, "audience"),
            (self.image_format, "format"),
            (self.language, "language"),
        ):
            i = combo.findData(last.get(key))
            if i >= 0:
                combo.setCurrentIndex(i)
        for box, key in (
            (self.page, "page"),
            (self.people, "people"),
            (self.blur, "blur"),
            (self.blur_unknown, "blur_unknown"),
            (self.excel, "excel"),
            (self.write_post, "post"),
        ):
            if key in last:
                box.setChecked(bool(last[key]))
        self._language_chosen = self.language.findData(last.get("language")) >= 0
        if last.get("hashtags"):
            self.hashtags.setText(str(last["hashtags"]))
        if last.get("template"):
            saved = str(last["template"])
            # the former day-folder template split a session after midnight in two folders
            self.template.setText(DEEP_TEMPLATE if saved == FORMER_DEFAULT_TEMPLATE else saved)
        if "long_edge" in last:
            self.long_edge.setValue(int(last["long_edge"]))
        if "quality" in last:
            self.quality.setValue(int(last["quality"]))

    # -- source and settings ----------------------------------------------------------------
    def _resolve(self) -> None:
        source, catalog = self.source, self.catalog
        # the bundle's default name in the interface language ("smp2022 sélection")
        words = {"selection": self.tr("selection"), "search": self.tr("search")}
        language = interface_language()  # the event's title in it, where it is not named

        def work(_ctx: Any) -> tuple[ResolvedSource, ExportEntry | None, str]:
            resolved = source.resolve(catalog)
            first = load_entries(catalog, resolved.item_ids[:1]).entries
            label = words.get(resolved.label, self._label(resolved))
            name = default_bundle_name(catalog, label, language)
            return resolved, first[0] if first else None, name

        self.runner.submit(
            work,
            label=self.tr("Reading the selection"),
            on_done=self._resolved,
            on_error=lambda exc: self.source_label.setText(str(exc)),
            owner=self,
        )

    def _label(self, resolved: ResolvedSource) -> str:
        """The source's name as the sidebar shows it: a programme day by its French name,
        or stored as "Day 1" read "Jour 1" in French (i18n.day_label), a session by its
        French title, in the title, the text and the name."""
        if resolved.day:
            return day_label(resolved.label, 0, dict(resolved.titles))
        return resolved.label_in(interface_language())

    def _source_text(self, resolved: ResolvedSource) -> str:
        """What is exported, in the interface's language (the history keeps core's text)."""
        text = self._source_items_text(resolved)
        clips = len(resolved.segment_ids)
        if clips and self.source.kind != "segments":
            # a session or day whose recording is cut into segments: its clips go too
            text += " " + self.tr("+ %Ln clips", None, clips)
        return text

    def _source_items_text(self, resolved: ResolvedSource) -> str:
        n, kind = len(resolved.item_ids), self.source.kind
        if kind == "segments":
            return self.tr("Export %Ln clips", None, len(resolved.segment_ids))
        if kind == "collection":
            text = self.tr("Export the collection “%1” (%Ln items)", None, n)
        elif kind == "session":
            text = self.tr("Export the session “%1” (%Ln items)", None, n)
        elif kind == "day":
            text = self.tr("Export %1 (%Ln items)", None, n)
        elif kind == "query":
            text = self.tr("Export the search “%1” (%Ln items)", None, n)
            return text.replace("%1", self.source.spec)
        elif self.source.within is not None:  # the view of a collection, session or day
            text = self.tr("Export what “%1” shows, as filtered (%Ln items)", None, n)
        elif self.source.name:  # the view of a library or problem row ("Photos")
            text = self.tr("Export what “%1” shows (%Ln items)", None, n)
        else:
            return self.tr("Export the selection (%Ln items)", None, n)
        return text.replace("%1", self._label(resolved))

    def _resolved(self, value: tuple[ResolvedSource, ExportEntry | None, str]) -> None:
        self.resolved, first, name = value
        if first is not None:
            self.sample = first
        self.name.setPlaceholderText(name)
        self.source_label.setText(self._source_text(self.resolved))
        self.precise.setVisible(bool(self.resolved.segment_ids))
        self.setWindowTitle(self._title(self.resolved))
        self._update_example()
        self._fit_height()
        self._auto_preflight()

    def _title(self, resolved: ResolvedSource) -> str:
        """The window names what goes out: the collection, session, day or search."""
        kind = self.source.kind
        if kind in ("collection", "session", "day") or self.source.within or self.source.name:
            return self.tr("Export “%1”").replace("%1", self._label(resolved))
        if kind == "query":
            return self.tr("Export the search “%1”").replace("%1", self.source.spec)
        return self.tr("Export the selection")

    def _preset_folder(self) -> None:
        """Each preset remembers its own last folder (web to the share, originals to a
        drive); a folder typed for this export is kept."""
        old = remembered_folder(self._folder_preset)
        self._folder_preset = self.preset.currentData()
        if self.folder.text().strip() in ("", old):
            self.folder.setText(remembered_folder(self._folder_preset) or old)

    def _auto_preflight(self) -> None:
        busy = self.handle is not None and self.handle.running
        if self.resolved is not None and not busy and self.template_ok:
            self.run_preflight()

    def _update_custom(self) -> None:
        """Size, format and quality are asked for the custom preset only: greyed out under
        another they showed values it does not use (2048 px under LinkedIn's 1920)."""
        self.custom.setVisible(self.preset.currentData() == "custom")
        self.post_box.setVisible(self.preset.currentData() in PLATFORMS)
        self._update_blur()

    def _update_blur(self) -> None:
        """Faces are blurred in resized copies only: not with the originals preset."""
        resized = self.preset.currentData() != "originals"
        self.blur.setEnabled(resized)
        self.blur_unknown.setEnabled(resized and self.blur.isChecked())

    def _choose_folder(self) -> None:
        name = existing_directory(self, self.tr("Export into Folder"), self.folder.text())
        if name:
            self.folder.setText(name)

    def _example_values(self, sample: ExportEntry) -> Mapping[str, str | int]:
        """The template's values for the first item as the export writes it: its
        extension by the preset (a PDF stays .pdf, a photo takes the preset's format), its
        texts in the export's language."""
        try:
            settings = self.settings(need_folder=False)
        except ValueError:  # an incomplete form: the preset alone still names the format
            return token_values(sample, 1, "jpg", "en")
        ext = written_ext(sample, settings, settings.decks_as_pdf)
        return token_values(sample, 1, ext, settings.language)

    def _update_example(self) -> None:
        template = self.template.text().strip() or DEFAULT_TEMPLATE
        try:
            template_tokens(template)
            text = tip = ""
            if self.sample is not None:
                name = render_template(template, self._example_values(self.sample))
                text = self.tr("Example: %1").replace("%1", name)
                tip = name
            self.example.setStyleSheet("")
            self.example.setWordWrap(False)  # one line, elided in the middle
            self.template_ok = True
        except ValueError as exc:
            text, tip = problem_texts.sentence(str(exc)), ""
            self.example.setStyleSheet("color: #b91c1c;")
            self.example.setWordWrap(True)  # a sentence: wrapped, never clipped
            self.template_ok = False
        self.example.setText(text)
        self.example.setToolTip(tip)  # the name whole, as it will be written
        self._update_buttons()

    def settings(self, *, need_folder: bool = True) -> ExportSettings:
        """The export settings the form describes (ValueError when incomplete).

        ``need_folder=False`` (the preflight): with no folder chosen yet the checks of what
        goes out and what is held back still run; only the export itself needs the folder.
        """
        folder = self.folder.text().strip()
        if not folder and need_folder:
            raise ValueError(self.tr("Choose the folder the export goes into."))
        key = self.preset.currentData()
        if key == "custom":
            preset = custom_preset(
                self.long_edge.value(),
                ImageFormat(self.image_format.currentData()),
                self.quality.value(),
            )
        else:
            preset = preset_by_name(key)
        page_url = page_address(self.page_url.text()) if self.page.isChecked() else ""
        return ExportSettings(
            target_dir=Path(folder or ".").expanduser(),  # "." only ever planned, not written
            bundle_name=self.name.text().strip() or self.name.placeholderText(),
            preset=preset,
            target=TargetKind(self.target.currentData()),
            template=self.template.text().strip() or DEFAULT_TEMPLATE,
            audience=Audience(self.audience.currentData()),
            hold_unknown_consent=not self.unknown.isChecked(),
            include_people=self.people.isChecked(),
            blur_faces=self.blur.isEnabled() and self.blur.isChecked(),
            blur_unknown_faces=self.blur_unknown.isEnabled() and self.blur_unknown.isChecked(),
            web_page=self.page.isChecked(),
            page_url=page_url,
            excel_csv=self.excel.isChecked(),
            clip_cut=CutMode.PRECISE if self.precise.isChecked() else CutMode.SMART,
            language=self.language.currentData(),
            post=bool(preset.platform) and self.write_post.isChecked(),
            hashtags=tuple(self.hashtags.text().replace(",", " ").split())
            if preset.platform
            else (),
        )

    def overrides(self) -> list[ConsentOverride]:
        """The override the user ticked, when it names who decided and why."""
        ids = frozenset(self.held.checked)
        by, why = self.decided_by.text().strip(), self.reason.text().strip()
        return [ConsentOverride(ids, by, why)] if ids and by and why else []

    def _invalidate(self) -> None:
        self._spent = False
        self._preflight_gen += 1  # a check still running describes the old settings
        if self.check is not None:
            self.check = None
            self.held.set_preflight(None)
            self._show_preflight_part()
            self.preflight_label.setText(self.tr("Settings changed: checking again…"))
        self._update_buttons()
        self._preflight_timer.start()

    def _update_buttons(self) -> None:
        busy = self.handle is not None and self.handle.running
        checked = bool(self.held.checked)
        incomplete = checked and not (self.decided_by.text().strip() and self.reason.text().strip())
        overridable = any(r[3] for r in self.held.rows)
        self.override_box.setVisible(overridable)
        # its room is kept while the fields show: appearing with the first tick (and going
        # once both were typed) it moved "Decided by" and "Reason" up under the pointer,
        # and a click meant for one landed in the other
        keep_room(self.override_hint, overridable)
        self.override_hint.setVisible(incomplete)
        ready = (
            not self._spent
            and self.check is not None
            and (self.check.exportable > 0 or checked)
            and bool(self.folder.text().strip())
            and not self._target_errors
        )
        self.export_btn.setEnabled(not busy and ready and not incomplete)
        self.export_btn.setToolTip(
            with_keys(self.tr("Export (%1)"), "Ctrl+Enter")
            if self.export_btn.isEnabled()
            else self._why_not(busy)
        )
        self.preflight_btn.setEnabled(not busy and self.template_ok)
        self.settings_box.setEnabled(not busy)

    def _export_from_keys(self) -> None:
        if self.export_btn.isEnabled():
            self.export_btn.click()

    def _why_not(self, busy: bool) -> str:
        """Why Export is greyed, in one sentence (also its tooltip)."""
        if busy:
            return self.tr("An export or a check is running.")
        if self._spent:
            return self.tr("Exported. Change a setting or press Preflight to export again.")
        if not self.template_ok:
            return self.tr("The file name pattern is not valid (see below it).")
        if not self.folder.text().strip():
            return self.tr("Choose the folder the export goes into.")
        if self.check is None:
            return self.tr("Checking what goes out…")
        if self.held.checked:
            return self.tr("Publishing held-back items needs who decided and why.")
        return self.tr("Nothing can go out: every item is held back or unavailable.")

    # -- preflight --------------------------------------------------------------------------
    def run_preflight(self) -> None:
        """Plan the export in the background and show what goes out and what is held back."""
        try:
            settings = self.settings(need_folder=False)
        except ValueError as exc:
            self._show_preflight_text(problem_texts.sentence(str(exc)))
            return
        source, catalog = self.source, self.catalog
        folder = self.folder.text().strip()
        self.preflight_btn.setEnabled(False)
        self._preflight_gen += 1
        gen = self._preflight_gen  # a check for older settings is dropped when it arrives

        def check() -> tuple[Preflight, TargetCheck]:
            # the folder is looked at here too, off the UI thread: a dead network share
            # can block a stat or a free-space query for seconds
            found = preflight(catalog, source, settings)
            return found, TargetCheck.of(folder, found.plan)

        def done(value: tuple[Preflight, TargetCheck]) -> None:
            if gen == self._preflight_gen:
                self._preflighted(*value)

        def failed(exc: BaseException) -> None:
            if gen == self._preflight_gen:
                self._show_preflight_text(problem_texts.sentence(str(exc)))

        self.runner.submit(
            lambda _ctx: check(),
            label=self.tr("Export preflight"),
            on_done=done,
            on_error=failed,
            owner=self,  # the dialog may be gone
        )

    def _show_preflight_part(self) -> None:
        """The box says what a next export would do (again, after an export's result)."""
        self.preflight_box.setTitle(self.tr("Preflight"))
        self.result_label.hide()
        self.preflight_label.show()

    def _show_preflight_text(self, text: str) -> None:
        self.preflight_box.show()
        self._show_preflight_part()
        self.preflight_label.setText(text)
        self._update_buttons()
        if self.isVisible():
            self._fit_height()

    def _preflighted(self, check: Preflight, target: TargetCheck) -> None:
        self.check, self._spent = check, False
        self._target, self._ticked = target, None
        self.held.set_preflight(check)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # the reason is what the user reads: long file names give way (shortened in the
        # middle, whole in their tooltip) and the reason wraps rather than being cut
        room = self.table.viewport().width() - header.sectionSize(0)
        header.resizeSection(1, min(header.sectionSize(1), max(120, room * 2 // 5)))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.held.rows))
        self._show_summary()

    def _shown(self) -> tuple[Preflight, TargetCheck] | None:
        """The preflight of what Export writes with the ticks as they are: the ticked
        items planned in once that plan is back (_replan_ticks), else the preflight's."""
        if self.check is None:
            return None
        if self._ticked is not None and self._ticked[0] == frozenset(self.held.checked):
            return self._ticked[1], self._ticked[2]
        return self.check, self._target

    def _ticks_changed(self) -> None:
        """A held-back item ticked or unticked: the counts at once, then the rest of what
        the dialog says (the post, its photos, the warnings, the room in the folder) from
        the plan with the ticked items in, made off the UI thread (it asks the target)."""
        ids = frozenset(self.held.checked)
        self._tick_gen += 1
        gen = self._tick_gen  # a plan for earlier ticks is dropped when it arrives
        if not ids:
            self._ticked = None
        self._show_summary()
        base = self.check
        if base is None or not ids:
            return
        folder = self.folder.text().strip()

        def work(_ctx: Any) -> tuple[Preflight, TargetCheck]:
            plan = base.plan.published(ids)
            return replace(base, plan=plan), TargetCheck.of(folder, plan)

        def done(value: tuple[Preflight, TargetCheck]) -> None:
            if gen == self._tick_gen and self.check is base:
                self._ticked = (ids, *value)
                self._show_summary()

        self.runner.submit(work, label=self.tr("Export preflight"), on_done=done, owner=self)

    def _show_summary(self) -> None:
        """What the preflight found, for the ticks as they are: what goes out (a ticked
        held-back item too), its post, warnings and blurred faces, and the target."""
        shown = self._shown()
        if shown is None or self.check is None:
            return
        check, target = shown
        plan = check.plan
        lines = [self._to_export_text(check)]
        if plan.sidecars:
            lines.append(
                self.tr(
                    "%Ln originals go with an XMP sidecar holding the catalogue's texts "
                    "(Lightroom, digiKam and exiftool read it).",
                    None,
                    plan.sidecars,
                )
            )
        if self.check.held_back:  # those of the preflight, ticked or not: the table's
            lines.append(self._held_text(len(self.check.held_back)))
        if check.unavailable:
            lines.append(
                self.tr(
                    "%Ln items are unavailable and cannot be exported.",
                    None,
                    len(check.unavailable),
                )
            )
        if check.blurred:
            lines.append(
                self.tr(
                    "%Ln photos go out with faces blurred: %1.", None, len(check.blurred)
                ).replace("%1", self._blurred_whose(check))
            )
        # a warning about one file is a row under a heading: "Warning: IMG_1.CR2: …" read
        # as two openings ("Avertissement : IMG_1.CR2 : …")
        about, others = problem_rows.split_by_file(list(plan.warnings))
        lines += [self._warning(w) for w in others]
        if about:
            files = problem_rows.files_named(about)
            lines.append(self.tr("Warnings about %Ln items:", None, files))
            lines += ["    " + problem_texts.file_row(w) for w in about]
        folder = target.folder
        self._make_folder, self._target_errors = target.make, list(target.errors)
        if not folder:  # checked already; the folder is the next step
            lines.append(self.tr("Choose the folder the export goes into."))
        elif self._make_folder:
            lines.append(
                self.tr("The folder %1 does not exist yet: Export makes it.").replace("%1", folder)
            )
        lines += [problem_texts.sentence(e) for e in self._target_errors]
        if target.renamed:
            lines.append(
                filled(
                    self.tr(
                        "%1 is already in that folder: unless it holds the same files, this "
                        "export will be named %2."
                    ),
                    fmt.quoted(target.taken),
                    fmt.quoted(target.renamed),
                )
            )
        self._show_post(check)
        self._show_preflight_text("\n".join(lines))

    def _to_export_text(self, check: Preflight) -> str:
        """What goes out: the plan's items and the held-back ones ticked to go out as well
        (it said "0 items … about 0 bytes" above "1 item … goes out as well")."""
        plan = check.plan
        items, files, size = plan.with_published(self.held.checked)
        if not items:  # not "0 items as 0 files (about 16.4 kB)": the page's own size
            return self.tr("To export: nothing.")
        # the counts as plurals of their own (French: "1 élément", not "1 éléments"),
        # and no verb to agree with them ("1 item go out" read wrong)
        # the name in the language's quotation marks, as the dialog's title names the
        # source (English had 'smp2022 …' under “LinkedIn 3 June”)
        return filled(
            self.tr("To export: %1 as %2 (about %3), named %4."),
            self.tr("%Ln items", None, items),
            self.tr("%Ln files", None, files),
            fmt.size(size),
            fmt.quoted(plan.settings.bundle_name),
        )

    def _held_text(self, held: int) -> str:
        """The held-back items in one sentence that follows the ticks: "1 item is held
        back; tick it …", "1 of the held-back items is ticked and goes out as well." (it
        read "… tick it to publish it anyway." and "1 ticked item goes out as well." after
        it, and in French "1 élément coché sort aussi" after a count of 3 items)."""
        ticked = min(len(self.held.checked), held)
        if not ticked:
            return self.tr("%Ln items are held back; tick those to publish anyway.", None, held)
        if ticked == held:
            return self.tr("All %Ln held-back items are ticked and go out as well.", None, held)
        return self.tr("%Ln of the held-back items are ticked and go out as well.", None, ticked)

    def _warning(self, text: str) -> str:
        """A warning of the core (coded in core/messages.py) in the interface language."""
        return self.tr("Warning: %1").replace("%1", problem_texts.sentence(text))

    def _blurred_whose(self, check: Preflight) -> str:
        """Whose faces are blurred: 'Joe Biden, 2 faces nobody has named'."""
        people = list(dict.fromkeys(p for b in check.blurred for p in b.people))
        unnamed = sum(b.unidentified for b in check.blurred)
        if unnamed:
            people.append(self.tr("%Ln faces nobody has named", None, unnamed))
        return ", ".join(people)

    # -- the post ---------------------------------------------------------------------------
    def _show_post(self, check: Preflight) -> None:
        """The post text and its counter, and the crop of its first photo."""
        kit = check.plan.post
        if kit is None:
            self.post_text.setPlainText("")
            self.post_counter.setText("")
            self._set_post_images("")
            self.copy_post.setEnabled(False)
            return
        self.post_text.setPlainText(kit.text)
        self._show_post_images(kit)
        n, limit = kit.chars, kit.platform.post_limit
        if limit is None:
            text = self.tr("%Ln characters", None, n)
        else:
            text = filled(self.tr("%1 / %2 characters"), fmt.number(n), fmt.number(limit))
        over = kit.over_limit
        if over:
            text += " · " + self.tr(
                "over %1's limit: shorten the captions or the hashtags"
            ).replace("%1", problem_texts.platform_name(kit.platform.label))
        self.post_counter.setText(text)
        self.post_counter.setStyleSheet("color: #b91c1c; font-weight: 600;" if over else "")
        self.copy_post.setEnabled(bool(kit.text.strip()))
        photos = check.plan.post_images()
        self._show_crop(photos[0][0] if photos else None, kit.platform.name)
        if self.isVisible():  # the whole post where the screen has room for it
            # once its box's size hint is renewed, in a later event-loop pass
            QTimer.singleShot(0, self, self._fit_post)

    def _show_post_images(self, kit: PostKit) -> None:
        """The post's photos by the names they are exported under, each with its alt text
        (shortened here, whole in the tooltip)."""
        rows, whole = [], []
        for image in kit.images:
            alt = image.text or self.tr("no alt text")
            name = image.path or image.name
            row = self.tr("%1: %2", "a photo of the post: its alt text")
            short = alt if len(alt) <= ALT_SHOWN else alt[: ALT_SHOWN - 1].rstrip() + "…"
            rows.append(filled(row, name, short))
            whole.append(filled(row, name, alt))
        head = self.tr("%Ln photos with the post and their alt texts:", None, len(rows))
        self._set_post_images("\n".join([head, *rows]) if rows else "", "\n".join(whole))

    def _set_post_images(self, text: str, tip: str = "") -> None:
        """The list of the post's photos; no empty box where it has none (a clip alone)."""
        self.post_images.setText(text)
        self.post_images.setToolTip(tip)
        self.post_images_scroll.setVisible(bool(text))

    def _fit_post(self) -> None:
        """Taller by what the post text lacks to show whole (the layout's cached hints
        under-ask it), within the screen: once per post, as the window manager resizes."""
        if self.post_box.isVisible():  # and the preflight's text below it, also whole
            lacking = [(self.post_text.sizeHint().height() - self.post_text.height())]
            if self.preflight_scroll.isVisible():
                lacking.append(self.preflight_scroll.sizeHint().height())
                lacking.append(-self.preflight_scroll.height())
            self._fit_height(max(0, lacking[0]) + max(0, sum(lacking[1:])))

    def copy_post_text(self) -> None:
        """Put the post text on the clipboard, to paste into the platform's composer."""
        QGuiApplication.clipboard().setText(plain_text(self.post_text))  # its no-break spaces
        self.copy_post.setText(self.tr("Copied"))

        def restore() -> None:
            self.copy_post.setText(self.tr("Copy post text"))

        QTimer.singleShot(COPIED_SHOWN_MS, self.copy_post, restore)  # not once it is gone

    def _show_crop(self, entry: ExportEntry | None, platform_name: str) -> None:
        platform = platform_by_name(platform_name)
        if entry is None or platform is None:
            self.crop_view.clear()
            self.crop_note.setText("")
            return
        if platform.aspect is None:
            note = self.tr("Not cropped: the whole picture, long edge %1 px").replace(
                "%1", str(_long_edge_out(entry, platform.long_edge))
            )
        else:
            note = filled(
                self.tr("Cropped to %1:%2 around the focus point"),
                str(platform.aspect[0]),
                str(platform.aspect[1]),
            )
        self.crop_note.setText(note)
        key = entry.picture_key or ""  # the picture every view shows of it
        if self._crop_for == key and self._crop_image is not None:
            self._paint_crop(entry, platform.aspect)
            return
        # another photo: never the one before under this one's note while it loads, nor
        # after it when this one has no picture, nor a slower earlier load over it
        self.crop_view.clear()
        self._crop_image, self._crop_for = None, key
        thumbnails = self.catalog.thumbnails

        def work(_ctx: Any) -> bytes | None:
            if thumbnails is None:
                return None
            path = thumbnails.best_path(key)
            return path.read_bytes() if path is not None else None

        def done(data: bytes | None) -> None:
            if data is None or self._crop_for != key:
                return
            image = QImage.fromData(data)
            if image.isNull():
                return
            self._crop_image = image
            self._paint_crop(entry, platform.aspect)

        self.runner.submit(
            work, label=self.tr("Loading the crop preview"), on_done=done, owner=self
        )

    def _paint_crop(self, entry: ExportEntry, aspect: tuple[int, int] | None) -> None:
        """The picture with what the platform keeps outlined and the rest dimmed."""
        assert self._crop_image is not None
        image = self._crop_image.scaled(
            CROP_PREVIEW,
            CROP_PREVIEW,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap = QPixmap.fromImage(image)
        if aspect is not None:
            left, top, right, bottom = crop_box(
                (pixmap.width(), pixmap.height()), aspect, entry.focus
            )
            painter = QPainter(pixmap)
            shade = QColor(0, 0, 0, 150)
            w, h = pixmap.width(), pixmap.height()
            painter.fillRect(0, 0, w, int(top), shade)
            painter.fillRect(0, int(bottom), w, h - int(bottom), shade)
            painter.fillRect(0, int(top), int(left), int(bottom - top), shade)
            painter.fillRect(int(right), int(top), w - int(right), int(bottom - top), shade)
            painter.setPen(QPen(QColor("#ffd33d"), 2))
            painter.drawRect(int(left), int(top), int(right - left) - 1, int(bottom - top) - 1)
            painter.end()
        self.crop_view.setPixmap(pixmap)
        self.crop_box = (
            crop_box((pixmap.width(), pixmap.height()), aspect, entry.focus) if aspect else None
        )

    # -- export -----------------------------------------------------------------------------
    def run_export(self) -> None:
        """Run the preflighted export (with the ticked overrides) as a job."""
        if self.check is None:
            return
        remember_folder(self.preset.currentData(), self.folder.text().strip())
        self.prefs.save_export_choices(self._choices())
        catalog, overrides = self.catalog, self.overrides()
        check = self.check
        # the folder typed in the field, which the preflight said would be made: made by the
        # job (on a share that stopped answering mkdir blocks for the share's timeout)
        make = check.plan.settings.target_dir if self._make_folder else None
        if overrides:
            settings = check.plan.settings
            source = self.source

            def work(ctx: Any) -> ExportOutcome:
                _make_target(make)
                again = preflight(catalog, source, settings, overrides)
                return run_preflight(catalog, again, ctx.progress, ctx.cancel_token)
        else:

            def work(ctx: Any) -> ExportOutcome:
                _make_target(make)
                return run_preflight(catalog, check, ctx.progress, ctx.cancel_token)

        self.bar.setRange(0, 0)
        for w in (self.bar, self.current):
            w.show()
        self.result_label.hide()
        self.close_btn.setText(self.tr("Cancel"))
        self.handle = self.runner.submit(
            work,
            label=self.tr("Export %1").replace("%1", check.plan.settings.bundle_name),
            job=True,
            on_done=self._exported,
            on_error=self._failed,
        )
        # Results reach the UI thread through queued signals, so connecting after submit
        # misses nothing; a synchronous runner has already finished by now.
        if self.handle.running:
            self.handle.progressed.connect(self._progress)
            self.handle.cancelled.connect(self._cancelled)
            self.handle.finished.connect(self._update_buttons)
        elif self.outcome is None and self.result_label.isHidden():
            self._cancelled()
        self._update_buttons()

    def _progress(self, e: ProgressEvent) -> None:
        if e.total:
            self.bar.setRange(0, e.total)
            self.bar.setValue(min(e.done, e.total))
        if e.stage == "finalise":  # core names the step ("manifests"): say it in words
            self.current.setText(self.tr("Writing the manifests and checking the files…"))
        else:
            self.current.setText(e.current)

    def _finish(self, text: str) -> None:
        self.bar.hide()
        self.current.hide()
        self.preflight_box.setTitle(self.tr("Result"))
        self.preflight_label.hide()
        self.result_label.setText(text)
        self.result_label.show()
        self.close_btn.setText(self.tr("Close"))
        self._update_buttons()

    def _exported(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        # decks it converted keep their renditions in the cache: back under its limit
        from smparchive.gui.cache_limit import trim_to_preference

        trim_to_preference(self.catalog, self.runner, self.prefs)
        report = outcome.report
        items = len({f.item_id for f in report.files})
        lines = [
            filled(
                self.tr("Exported %1 (%2, %3) to %4."),
                self.tr("%Ln items", None, items),
                self.tr("%Ln files", None, len(report.files)),
                fmt.size(report.bytes_written),
                str(report.bundle),
            )
        ]
        if report.held_back:
            lines.append(self.tr("%Ln items were held back.", None, len(report.held_back)))
        if report.overrides:
            lines.append(
                self.tr(
                    "%Ln items were published by override (recorded in the history).",
                    None,
                    len(report.overrides),
                )
            )
        if report.blurred:
            lines.append(
                self.tr(
                    "%Ln photos went out with faces blurred (whose: recorded in the history).",
                    None,
                    len(report.blurred),
                )
            )
        for p in report.problems:
            lines.append(
                problem_texts.composed(
                    self.tr("%1 was not exported: %2").replace("%1", p.source),
                    problem_texts.sentence(p.message),
                    "%2",
                )
            )
        lines += [self._warning(w) for w in report.warnings]
        self.open_btn.show()
        self._spent = True
        self._finish("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self._finish(
            problem_texts.composed(
                self.tr("The export failed: %1"), problem_texts.sentence(str(exc))
            )
        )

    def _cancelled(self) -> None:
        self._finish(self.tr("The export was cancelled; nothing was left in the target."))

    def _open_folder(self) -> None:
        if self.outcome is None:
            return
        report = self.outcome.report
        # the export said what it wrote: looking (is_dir) froze the window when the target's
        # share had stopped answering since
        folder = report.bundle.parent if report.target == TargetKind.ZIP else report.bundle
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _close_or_cancel(self) -> None:
        if self.handle is not None and self.handle.running:
            self.handle.cancel()
            self.close_btn.setEnabled(False)
            self.current.setText(self.tr("Cancelling…"))
            # bound, not a lambda holding the dialog: the runner's handle outlives a dialog
            # deleted with its window, and Qt drops a bound slot with its object
            self.handle.finished.connect(self._cancel_over)
            return
        self.reject()

    def _cancel_over(self) -> None:
        self.close_btn.setEnabled(True)

    def reject(self) -> None:
        if self.handle is not None and self.handle.running:
            self.handle.cancel()  # Escape or the window's close button while exporting
        super().reject()


def open_export_dialog(
    parent: QWidget | None,
    catalog: Catalog,
    runner: TaskRunner,
    selection: ExportSource | Sequence[int],
    settings: Settings | None = None,
) -> ExportDialog:
    """Show the export dialog for ``selection`` (an ExportSource or item ids)."""
    dialog = ExportDialog(catalog, runner, selection, parent, settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.open()
    return dialog


def _make_target(folder: Path | None) -> None:
    """Make the export's target folder (a worker's: it may sit on a share)."""
    if folder is None:
        return
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        pass  # the export says why it cannot write there
