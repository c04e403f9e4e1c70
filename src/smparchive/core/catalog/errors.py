"""The catalogue's error type, shared by every layer that reports catalogue problems."""

from __future__ import annotations

__all__ = ["SERVER_AWAY", "CatalogError", "server_away"]


class CatalogError(Exception):
    """A catalogue cannot be opened or used; the message is one clear sentence for users."""


# the catalogue's server does not answer (stopped, restarting, frozen, out of reach): every
# write fails alike until it is back
SERVER_AWAY = frozenset({"db.no_server", "db.connection_lost", "db.unreachable", "db.stalled"})


def server_away(exc: BaseException) -> bool:
    """True when ``exc`` says the catalogue's server did not answer (its coded sentence)."""
    from smparchive.core.messages import identify  # the CLI imports this module at start

    said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    found = identify(said)
    return found is not None and found[0] in SERVER_AWAY
