"""Which button Enter presses in a dialog: one of its button box, never a button in a row.

A QDialog with no default button makes one of the first push button after the focus in
its tab order. In the export dialog that was "Choose…": Enter, after typing the folder,
opened a folder chooser; in the programme editor "Add Day…", in the people window "Yes,
it is them" (Enter confirmed faces). :func:`settle_default` runs as a dialog is shown,
before Qt picks: the first enabled button of a button box that does something (accept or
an action: "Preflight", "Apply"), else its Close or Cancel. A dialog with no button box
gets none: its buttons no longer take Enter from elsewhere (a button with the focus still
takes Space).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

_Role = QDialogButtonBox.ButtonRole
# the order Enter looks in: what the dialog is for first, leaving it last
_ROLES = (
    (_Role.AcceptRole, _Role.YesRole, _Role.ApplyRole),
    (_Role.ActionRole,),
    (_Role.RejectRole, _Role.NoRole),
)


def _box_buttons(dialog: QDialog) -> list[tuple[QPushButton, QDialogButtonBox.ButtonRole]]:
    found = []
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog:
            continue  # a box of another window (a dialog opened from this one)
        for b in box.buttons():
            if isinstance(b, QPushButton):
                found.append((b, box.buttonRole(b)))
    return found


def settle_default(dialog: QDialog) -> None:
    """Give ``dialog`` a default button of its button box when it has none (see above)."""
    buttons = [b for b in dialog.findChildren(QPushButton) if b.window() is dialog]
    if any(b.isDefault() for b in buttons):
        return  # chosen by the dialog itself (or by its button box: its Accept button)
    in_box = _box_buttons(dialog)
    for roles in _ROLES:
        for b, role in in_box:
            if role in roles and b.isEnabled() and not b.isHidden() and b.autoDefault():
                b.setDefault(True)
                return
    boxed = {b for b, _role in in_box}
    for b in buttons:
        if b not in boxed:
            b.setAutoDefault(False)
