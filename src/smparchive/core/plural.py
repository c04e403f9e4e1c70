"""English counts that agree with their number ("1 file", "2 files"): the sentences the core
writes for the CLI, logs and manifests (the app says its own through Qt's plural forms)."""

from __future__ import annotations


def plural(n: int, singular: str, many: str = "") -> str:
    """``singular`` for one, else ``many`` (``singular`` + "s" when not given)."""
    return singular if n == 1 else many or singular + "s"


def counted(n: int, singular: str, many: str = "") -> str:
    """'1 group', '2 groups', '0 entries' (``many`` when adding an s is not it)."""
    return f"{n} {plural(n, singular, many)}"
