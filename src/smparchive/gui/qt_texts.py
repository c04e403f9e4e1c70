"""Texts of Qt's own widgets that Qt's catalogues leave in English.

Qt's dialogs (the file dialog, message boxes) speak the interface language through Qt's
own catalogue, qtbase_<lang>.qm, which ``app.install_translations`` loads with ours. Qt 6
moved some texts to contexts its French and Dutch catalogues do not have yet: the file
dialog said "Look in:" and its Type column "Folder" in French. They are marked here
under Qt's own context, so they land in our catalogues (installed after Qt's, so asked
first) and Qt's widgets find them there. Nothing imports this module: lupdate reads it.
"""

from __future__ import annotations

from smparchive.gui.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    # the file dialog's labels: Qt 6 gave them accelerators, its catalogues still have the
    # old texts ("Look in:")
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    # QAbstractFileIconProvider::type(): the file dialog's Type column
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
