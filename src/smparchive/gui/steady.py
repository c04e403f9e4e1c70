"""Rows that stay put: a widget a tick shows or hides keeps its room in the layout.

A dialog whose rows move when a checkbox shows a hint or a field makes the next click
land in the wrong place (the export dialog's "Decided by" and "Reason" moved up the moment
"Publish anyway" was ticked). :func:`keep_room` makes a hidden widget still take its space.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def keep_room(widget: QWidget, keep: bool = True) -> None:
    """While ``keep``, ``widget`` takes its room in its layout even when hidden."""
    policy = widget.sizePolicy()
    if policy.retainSizeWhenHidden() != keep:
        policy.setRetainSizeWhenHidden(keep)
        widget.setSizePolicy(policy)
