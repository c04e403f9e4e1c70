"""User preferences kept in QSettings (per user, not per catalogue)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("en", "fr", "nl")
UI_LANGUAGES = ("system", "en", "fr", "nl")  # interface: the system's or a chosen one
THEMES = ("system", "light", "dark")
# The export dialog's choices kept from one export to the next, with their types. Whether
# to publish items of unknown consent is not one of them: that is decided each time.
EXPORT_CHOICES: dict[str, type] = {
    "preset": str,
    "target": str,
    "audience": str,
    "page": bool,
    "people": bool,
    "excel": bool,
    "template": str,
    "long_edge": int,
    "format": str,
    "quality": int,
    "language": str,  # of the exported texts and the post
    "hashtags": str,  # a platform post's hashtags
    "post": bool,  # write the post files with a platform preset
}

T = TypeVar("T")


class Settings:
    """Typed access to the app's QSettings; pass a QSettings to use another store (tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def _get(self, key: str, default: T, kind: Callable[[Any], T]) -> T:
        value = self.store.value(key, default)
        if value is None:
            return default
        try:
            if kind is bool and isinstance(value, str):
                return cast(T, value.lower() in ("1", "true", "yes"))
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def thumb_size(self) -> int:
        return max(96, min(320, self._get("view/thumb_size", 180, int)))

    @thumb_size.setter
    def thumb_size(self, value: int) -> None:
        self.store.setValue("view/thumb_size", int(value))

    @property
    def view_mode(self) -> str:
        mode = self._get("view/mode", "grid", str)
        return mode if mode in ("grid", "details") else "grid"

    @view_mode.setter
    def view_mode(self, value: str) -> None:
        self.store.setValue("view/mode", value)

    @property
    def deck_text(self) -> bool | None:
        """The deck viewer's text pane as the user last set it: shown, hidden, or None (not
        set: shown where the viewer is wide enough for it beside the page)."""
        return {"shown": True, "hidden": False}.get(self._get("viewer/deck_text", "", str))

    @deck_text.setter
    def deck_text(self, value: bool | None) -> None:
        text = "" if value is None else ("shown" if value else "hidden")
        self.store.setValue("viewer/deck_text", text)

    @property
    def auto_advance(self) -> bool:
        return bool(self._get("culling/auto_advance", False, bool))

    @auto_advance.setter
    def auto_advance(self, value: bool) -> None:
        self.store.setValue("culling/auto_advance", bool(value))

    @property
    def theme(self) -> str:
        theme = self._get("appearance/theme", "system", str)
        return theme if theme in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue("appearance/theme", value)

    @property
    def ui_language(self) -> str:
        """Interface language: 'system' (the system locale's) or 'en', 'fr', 'nl'."""
        value = self._get("appearance/language", "system", str)
        return value if value in UI_LANGUAGES else "system"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self.store.setValue("appearance/language", value)

    @property
    def user_name(self) -> str:
        """The name recorded with this person's changes on catalogue files ('' = the
        system's user name); server catalogues record the login role instead."""
        return self._get("general/user_name", "", str)

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.store.setValue("general/user_name", value)

    @property
    def cache_location(self) -> str:
        """A folder for thumbnail caches ('' = beside each catalogue)."""
        return self._get("cache/location", "", str)

    @cache_location.setter
    def cache_location(self, value: str) -> None:
        self.store.setValue("cache/location", value)

    @property
    def cache_limit_mb(self) -> int:
        return max(0, self._get("cache/limit_mb", 2048, int))

    @cache_limit_mb.setter
    def cache_limit_mb(self, value: int) -> None:
        self.store.setValue("cache/limit_mb", int(value))

    @property
    def caption_languages(self) -> list[str]:
        raw = self._get("metadata/languages", ",".join(LANGUAGES), str)
        langs = [x.strip().lower() for x in raw.split(",") if x.strip()]
        return langs or list(LANGUAGES)

    @caption_languages.setter
    def caption_languages(self, value: list[str]) -> None:
        self.store.setValue("metadata/languages", ",".join(value))

    @property
    def caption_language(self) -> str:
        """The language tab the texts were last written in ("" before any choice)."""
        return self._get("metadata/caption_language", "", str).strip().lower()

    @caption_language.setter
    def caption_language(self, value: str) -> None:
        self.store.setValue("metadata/caption_language", value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geo = self.store.value("window/geometry")
        state = self.store.value("window/state")
        return (
            geo if isinstance(geo, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def export_choices(self) -> dict[str, Any]:
        """The export dialog's last choices (preset, target, audience, page, people, Excel
        manifest, file names, custom size/format/quality); {} before the first export."""
        out: dict[str, Any] = {}
        for key, kind in EXPORT_CHOICES.items():
            value = self.store.value(f"export/last/{key}")
            if value is None:
                continue
            try:
                if kind is bool and isinstance(value, str):
                    out[key] = value.lower() in ("1", "true", "yes")
                else:
                    out[key] = kind(value)
            except (TypeError, ValueError):
                continue
        return out

    def save_export_choices(self, choices: dict[str, Any]) -> None:
        for key, value in choices.items():
            if key in EXPORT_CHOICES:
                self.store.setValue(f"export/last/{key}", value)

    def panels_state(self) -> QByteArray | None:
        """The widths of the sidebar, results and inspector (a QSplitter state)."""
        value = self.store.value("window/panels")
        return value if isinstance(value, QByteArray) else None

    def save_panels_state(self, state: QByteArray) -> None:
        self.store.setValue("window/panels", state)
