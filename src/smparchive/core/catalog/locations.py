"""Naming a catalogue's location: file path or database URL, shown without a password.

Apart from ``engine.py`` so that the app's window can title itself before the database
toolkit is imported; a server's URL is parsed by SQLAlchemy (imported then: a server
catalogue is opened by it anyway).
"""

from __future__ import annotations

from pathlib import Path


def is_url(location: str | Path | None) -> bool:
    """True for a database URL (a server catalogue), False for a catalogue file path."""
    return isinstance(location, str) and "://" in location


def mask_url(location: str) -> str:
    """A URL fit to show or log: the password replaced by ***; paths come back unchanged."""
    if not is_url(location):
        return location
    try:
        from sqlalchemy.engine import make_url

        return make_url(location).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy understands: show no part that may be secret
        return location.split("://", 1)[0] + "://***"


def database_and_server(location: str) -> tuple[str, str] | None:
    """A server catalogue's database and server ('smp', 'db.example:5432'), None for a URL
    that does not parse."""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(location)
    except Exception:
        return None
    port = f":{u.port}" if u.port else ""
    return u.database or "", f"{u.host or 'localhost'}{port}"


def describe_location(location: str) -> str:
    """How errors name a server catalogue: 'the catalogue database smp on db.example:5432'."""
    found = database_and_server(location)
    if found is None:
        return "the catalogue database"
    return f"the catalogue database {found[0]} on {found[1]}".replace("  ", " ")


def short_name(location: str | Path) -> str:
    """A catalogue's name for a window title: a file's name without its suffix, a server
    catalogue's database and host ('smp_team @ db.example'), never a password."""
    if not is_url(location):
        return Path(location).stem
    from sqlalchemy.engine import make_url

    try:
        u = make_url(str(location))
    except Exception:
        return str(location).split("://", 1)[0]
    return f"{u.database or ''} @ {u.host or 'localhost'}".strip()
