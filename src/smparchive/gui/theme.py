"""Light and dark palettes (Fusion) or the platform's own look."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

_DEFAULT_STYLE: str | None = None


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    if dark:
        colours = {
            R.Window: "#26282c",
            R.WindowText: "#e6e6e6",
            R.Base: "#1c1d20",
            R.AlternateBase: "#2e3035",
            R.ToolTipBase: "#2e3035",
            R.ToolTipText: "#e6e6e6",
            R.Text: "#e6e6e6",
            R.Button: "#303237",
            R.ButtonText: "#e6e6e6",
            R.BrightText: "#ff6b6b",
            R.Highlight: "#3d7be0",
            R.HighlightedText: "#ffffff",
            R.Link: "#6ea8ff",
            R.PlaceholderText: "#8a8f98",
            R.Mid: "#3a3d43",
            R.Dark: "#151618",
            R.Light: "#3f4248",
        }
    else:
        colours = {
            R.Window: "#f3f3f5",
            R.WindowText: "#1d1f23",
            R.Base: "#ffffff",
            R.AlternateBase: "#eceef1",
            R.ToolTipBase: "#ffffff",
            R.ToolTipText: "#1d1f23",
            R.Text: "#1d1f23",
            R.Button: "#f7f7f9",
            R.ButtonText: "#1d1f23",
            R.BrightText: "#c62828",
            R.Highlight: "#2f6fdf",
            R.HighlightedText: "#ffffff",
            R.Link: "#2f6fdf",
            R.PlaceholderText: "#6b6f77",  # 4.5:1 on the window (WCAG AA)
            R.Mid: "#c9ccd2",
            R.Dark: "#a0a4ab",
            R.Light: "#ffffff",
        }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8188"))
    # a disabled field is filled like the window, not white (black) as if it took typing
    p.setColor(QPalette.ColorGroup.Disabled, R.Base, QColor(colours[R.Window]))
    return p


def _grey_disabled_placeholders(p: QPalette) -> QPalette:
    """A disabled field's placeholder ("Consent note" in an inspector with nothing
    selected) in the disabled text's colour: every palette (Fusion's own too) kept the
    enabled placeholder colour, darker than the disabled text, so the field looked
    editable."""
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    p.setColor(G.Disabled, R.PlaceholderText, p.color(G.Disabled, R.Text))
    return p


def dark_palette() -> QPalette:
    """The dark palette (the viewers use it whatever the theme)."""
    return _grey_disabled_placeholders(_palette(True))


def apply_theme(app: QApplication, theme: str) -> None:
    """'light' or 'dark' use Fusion with our palette; 'system' restores the platform look."""
    global _DEFAULT_STYLE
    if _DEFAULT_STYLE is None:
        _DEFAULT_STYLE = app.style().name()
    if theme in ("light", "dark"):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_grey_disabled_placeholders(_palette(theme == "dark")))
    else:
        app.setStyle(QStyleFactory.create(_DEFAULT_STYLE) or QStyleFactory.create("Fusion"))
        app.setPalette(_grey_disabled_placeholders(app.style().standardPalette()))


def quiet(widget: QWidget) -> QWidget:
    """Secondary text (a note, a legend, a count): drawn in the palette's placeholder
    colour, which follows the theme. Not disabled: a disabled label's grey was unreadable
    in the default look (about 1.6:1 on the window) and reads as "unavailable"."""
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
