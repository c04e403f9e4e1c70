"""The catalogue's error type, shared by every layer that reports catalogue problems."""

from __future__ import annotations

__all__ = ["CatalogError"]


class CatalogError(Exception):
    """A catalogue cannot be opened or used; the message is one clear sentence for users."""
