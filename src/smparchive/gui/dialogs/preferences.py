"""Preferences: thumbnails, cache, caption languages, sidecar policy per folder, theme.

What the dialog shows of the catalogue (its folders, whether it finds faces, the name it
records) is read on a worker when it opens: on a team catalogue each read was a server round
trip on the UI thread, the server's timeout when it was away, before the dialog appeared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smparchive.core.language_names import LANGUAGE_NAMES
from smparchive.core.vocab import SidecarPolicy
from smparchive.gui import edit_names, formatting, problem_texts, wheel_guard
from smparchive.gui.i18n import QT_TRANSLATE_NOOP, filled, translate
from smparchive.gui.ops import OpRunner
from smparchive.gui.screen_fit import FittedDialog
from smparchive.gui.settings import THEMES, UI_LANGUAGES, Settings
from smparchive.gui.tasks import TaskScope
from smparchive.gui.theme import apply_theme, quiet

if TYPE_CHECKING:
    from smparchive.core.cache_records import CacheStats
    from smparchive.core.catalog.catalog import Catalog
    from smparchive.core.catalog.records import RootRecord


def _set_policy(root_id: int, policy: str, catalog: Catalog) -> Any:
    return catalog.set_root_options(root_id, sidecar_policy=policy)


def _set_faces(enabled: bool, catalog: Catalog) -> Any:
    return catalog.set_faces_enabled(enabled)


@dataclass(frozen=True)
class CatalogueSettings:
    """What the dialog shows of the catalogue, read on a worker when it opens."""

    roots: list[RootRecord]
    faces_enabled: bool
    user_name: str  # who changes are recorded by unless a name is set here

    @classmethod
    def read(cls, catalog: Catalog) -> CatalogueSettings:
        return cls(catalog.roots(), catalog.faces_enabled(), catalog.user_name)


POLICIES = (
    (
        SidecarPolicy.MIRROR,
        QT_TRANSLATE_NOOP("PreferencesDialog", "Mirror folder beside the catalogue"),
    ),
    (SidecarPolicy.BESIDE, QT_TRANSLATE_NOOP("PreferencesDialog", "Next to each file (.xmp)")),
)


def system_language_name() -> str:
    """The system's language by its own name; English for the C/POSIX locale (what the
    interface then shows), never "C"."""
    system = QLocale.system()
    code = system.name().split("_")[0]
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    if system.language() == QLocale.Language.C or code in ("C", "POSIX", ""):
        return LANGUAGE_NAMES["en"]
    return system.nativeLanguageName() or QLocale.languageToString(system.language())


# Theme names: self.tr(key.capitalize()).
_THEME_TEXTS = (
    QT_TRANSLATE_NOOP("PreferencesDialog", "System"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
)


class PreferencesDialog(FittedDialog):
    """Edits :class:`Settings`; per-folder sidecar policy is stored in the catalogue."""

    def __init__(
        self, settings: Settings, catalog: Catalog, edits: OpRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.catalog = catalog
        self.edits = edits
        self.tasks = TaskScope(edits.runner, self)
        # None until read: OK then applies this computer's settings only
        self.stored: CatalogueSettings | None = None
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        tabs = QTabWidget()
        tabs.addTab(self._general(), self.tr("General"))
        tabs.addTab(self._cache(), self.tr("Thumbnails and cache"))
        tabs.addTab(self._folders(), self.tr("Folders"))
        tabs.addTab(self._faces(), self.tr("Faces"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(tabs)
        col.addWidget(buttons)
        wheel_guard.guard(self)  # the wheel changes a setting only once it is chosen
        self.tasks.submit(
            partial(CatalogueSettings.read, catalog), self._catalogue_read, self._not_read
        )

    def _catalogue_read(self, read: CatalogueSettings) -> None:
        self.stored = read
        self.user_name.setPlaceholderText(read.user_name)
        self._show_folders(read.roots)
        self.faces.setChecked(read.faces_enabled)
        self.faces.setEnabled(True)

    def _not_read(self, exc: BaseException) -> None:
        """Said where the catalogue's settings would be; this computer's still apply."""
        why = problem_texts.error_text(exc)
        self.folders_note.setText(why)
        self.faces.setToolTip(why)

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        for key in THEMES:
            self.theme.addItem(self.tr(key.capitalize()), key)
        self.theme.setCurrentIndex(self.theme.findData(self.settings.theme))
        form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        for key in UI_LANGUAGES:
            name = LANGUAGE_NAMES.get(key) or self.tr("System (%1)").replace(
                "%1", system_language_name()
            )
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.ui_language)))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(
            self.tr("A new language applies when smparchive starts again (it offers to now).")
        )
        quiet(note)
        note.setWordWrap(True)
        form.addRow("", note)
        self.languages = QLineEdit(", ".join(self.settings.caption_languages))
        self.languages.setToolTip(
            self.tr("Languages of titles, captions and alt texts, e.g. en, fr, nl")
        )
        form.addRow(self.tr("Caption languages"), self.languages)
        self.user_name = QLineEdit(self.settings.user_name)  # its placeholder once read
        self.user_name.setToolTip(
            self.tr("Recorded with your changes; a team catalogue records your login instead")
        )
        form.addRow(self.tr("Your name"), self.user_name)
        return page

    def _cache(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.thumb = QSpinBox()
        self.thumb.setRange(96, 320)
        self.thumb.setSingleStep(24)
        self.thumb.setSuffix(" px")
        self.thumb.setValue(self.settings.thumb_size)
        form.addRow(self.tr("Thumbnail size in the grid"), self.thumb)
        self.location = QLineEdit(self.settings.cache_location)
        self.location.setPlaceholderText(self.tr("Beside each catalogue (default)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Cache location"), row)
        self.limit = QSpinBox()
        self.limit.setRange(0, 1_000_000)
        self.limit.setSingleStep(256)
        self.limit.setSuffix(" MB")
        self.limit.setSpecialValueText(self.tr("No limit"))
        self.limit.setValue(self.settings.cache_limit_mb)
        form.addRow(self.tr("Cache size limit"), self.limit)
        cache = self.catalog.cache_dir
        self.cache_info = QLabel(
            self.tr("Current cache: %1").replace("%1", str(cache) if cache else "—")
        )
        self.cache_info.setWordWrap(True)
        form.addRow("", self.cache_info)
        if cache is not None:  # its size, every file counted as the limit counts it: a walk
            from smparchive.core.cache_folder import folder_stats

            self.tasks.submit(partial(folder_stats, cache), self._cache_counted, lambda _e: None)
        note = QLabel(self.tr("A new cache location applies the next time a catalogue is opened."))
        quiet(note)
        form.addRow("", note)
        return page

    def _cache_counted(self, stats: CacheStats) -> None:
        self.cache_info.setText(
            filled(
                self.tr("Current cache: %1 (%2)"),
                str(stats.root),
                formatting.size(stats.total_bytes),
            )
        )

    def _folders(self) -> QWidget:
        page = QWidget()
        self.folders_form = QFormLayout(page)
        self.policies: dict[int, QComboBox] = {}
        self.folders_note = QLabel(translate("viewers", "Loading…"))
        self.folders_note.setWordWrap(True)
        self.folders_form.addRow(self.folders_note)
        return page

    def _show_folders(self, roots: list[RootRecord]) -> None:
        form = self.folders_form
        if roots:
            form.removeRow(self.folders_note)
        else:
            self.folders_note.setText(self.tr("No folders catalogued yet."))
        for root in roots:
            combo = QComboBox()
            for key, label in POLICIES:
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(root.sidecar_policy)))
            self.policies[root.id] = combo
            items = self.tr("%Ln items", None, root.item_count)
            name = QLabel(f"{root.label or root.path}\n{items}")
            name.setToolTip(root.path)
            form.addRow(name, combo)
        wheel_guard.guard(self)

    def _faces(self) -> QWidget:
        from smparchive.core.media.faces import faces_unavailable

        page = QWidget()
        form = QFormLayout(page)
        self.faces = QCheckBox(self.tr("Find faces in this catalogue's photos"))
        self.faces.setEnabled(False)  # until the catalogue's setting is read
        form.addRow(self.faces)
        note = QLabel(
            self.tr(
                "Off unless you turn it on, for each catalogue. Faces are found on this "
                "computer only: nothing is downloaded or sent anywhere. Found faces are "
                "grouped in View > People, where you name people; a person's consent then "
                "applies to every photo they are confirmed in."
            )
        )
        note.setWordWrap(True)
        quiet(note)
        form.addRow(note)
        if faces_unavailable() is not None:
            missing = QLabel(
                self.tr("Face detection is not installed: pip install 'smparchive[faces]'")
            )
            missing.setWordWrap(True)
            form.addRow(missing)
        return page

    def _browse(self) -> None:
        from smparchive.gui.filedialogs import existing_directory

        name = existing_directory(self, self.tr("Cache Location"), self.location.text())
        if name:
            self.location.setText(name)

    def accept(self) -> None:
        s = self.settings
        s.thumb_size = self.thumb.value()
        s.cache_location = self.location.text().strip()
        s.cache_limit_mb = self.limit.value()
        langs = [
            x.strip().lower()
            for x in self.languages.text().replace(";", ",").split(",")
            if x.strip()
        ]
        s.caption_languages = langs or ["en"]
        s.user_name = self.user_name.text().strip()
        self.catalog.set_user_name(s.user_name or None)
        language_changed = s.ui_language != self.language.currentData()
        s.ui_language = self.language.currentData()
        theme = self.theme.currentData()
        if theme != s.theme:
            s.theme = theme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        read = self.stored
        if read is not None and self.faces.isChecked() != read.faces_enabled:
            # a change like the others: undoable, in the history, said if it is not saved
            enabled = self.faces.isChecked()
            step = edit_names.Step.FACES_ON if enabled else edit_names.Step.FACES_OFF
            self.edits.run(edit_names.named(step), partial(_set_faces, enabled))
        current = {r.id: r.sidecar_policy for r in read.roots} if read is not None else {}
        for root_id, combo in self.policies.items():
            policy = combo.currentData()
            if current.get(root_id) != policy:
                self.edits.run(
                    edit_names.named(edit_names.Step.SIDECAR_POLICY),
                    partial(_set_policy, root_id, policy),
                )
        super().accept()
        if language_changed:
            self.restart_box = offer_restart(self.parentWidget() or self)


def offer_restart(parent: QWidget) -> QMessageBox:
    """Ask (without blocking) whether to restart now so the new language applies."""
    box = QMessageBox(parent)
    box.setObjectName("restartBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PreferencesDialog", "Language"))
    box.setText(
        translate(
            "PreferencesDialog",
            "The new language applies when smparchive starts again. Restart now? "
            "Your work is saved; the catalogue opens again.",
        )
    )
    now = box.addButton(
        translate("PreferencesDialog", "Restart Now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("PreferencesDialog", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)

    def chosen(button: object) -> None:
        if button is now:
            from smparchive.gui.restart import restart_app

            restart_app()

    box.buttonClicked.connect(chosen)
    box.open()
    return box
