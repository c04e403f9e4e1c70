"""Where smparchive keeps its files by default (platformdirs), and recent catalogues."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from smparchive.core import lazylog

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP = "smparchive"
CATALOGUE_SUFFIX = ".smpcat"
ENV_CATALOGUE = "SMPARCHIVE_CATALOGUE"
RECENT_KEPT = 10


def dirs() -> PlatformDirs:
    """Platform folders for data, config, cache and logs."""
    from platformdirs import PlatformDirs  # here: a command naming its catalogue never needs it

    return PlatformDirs(APP, appauthor=False)


def default_catalogue() -> Path:
    """The catalogue used when none is named: $SMPARCHIVE_CATALOGUE or the user data folder."""
    env = os.environ.get(ENV_CATALOGUE)
    if env and "://" not in env:
        return Path(env).expanduser()
    return Path(dirs().user_data_dir) / f"catalogue{CATALOGUE_SUFFIX}"


def default_location() -> str | Path:
    """What opens when no catalogue is named: $SMPARCHIVE_CATALOGUE (a file path or a
    database URL such as postgresql+psycopg://...) or the default file."""
    env = os.environ.get(ENV_CATALOGUE, "").strip()
    if "://" in env:
        return env  # a URL, never a local file named after it
    return default_catalogue()


def cache_dir_for(catalogue: Path) -> Path:
    """The thumbnail/preview cache folder that sits beside a catalogue file."""
    return catalogue.with_name(catalogue.stem + ".cache")


def _server_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    name = f"{u.host or 'localhost'}-{u.port or 5432}-{u.database or 'catalogue'}"
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def os_user() -> str | None:
    """The operating-system user as ``getpass.getuser()`` finds it ($LOGNAME, $USER,
    $LNAME, $USERNAME, else the user database), without importing getpass; None when
    there is no answer (a container without a user entry)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        if hasattr(os, "getuid"):
            import pwd

            return pwd.getpwuid(os.getuid()).pw_name
        import getpass

        return getpass.getuser()
    except (OSError, KeyError):
        return None


def sqlite_user() -> str:
    """Who makes changes on a SQLite catalogue unless the app names someone: $SMPARCHIVE_USER
    or the operating-system user ("unknown" in a container without a user entry)."""
    name = os.environ.get("SMPARCHIVE_USER", "").strip()  # audit.ENV_USER
    return name or os_user() or "unknown"


def machine_id() -> str:
    """This computer and user, as root mounts are keyed: 'user@host' ($SMPARCHIVE_MACHINE)."""
    env = os.environ.get("SMPARCHIVE_MACHINE", "").strip()
    if env:
        return env
    # socket.gethostname() without importing socket where the answer is at hand (socket
    # alone costs a tenth of a quick command's start-up).
    user = os_user() or "user"
    if hasattr(os, "uname"):
        host = os.uname().nodename  # what gethostname() returns on POSIX
    else:
        import socket

        host = socket.gethostname()
    return f"{user}@{host}"[:200]


def server_cache_dir(url: str) -> Path:
    """This user's local thumbnail cache for a server catalogue, named after its database."""
    return Path(dirs().user_cache_dir) / "servers" / f"{_server_name(url)}.cache"


def server_data_dir(url: str) -> Path:
    """This user's folder for a server catalogue's local files (e.g. its sidecar mirror)."""
    return Path(dirs().user_data_dir) / "servers" / _server_name(url)


def log_dir() -> Path:
    """Folder of the rotating log files."""
    return Path(dirs().user_log_dir)


def _recent_file() -> Path:
    return Path(dirs().user_config_dir) / "recent.json"


def recent_catalogues() -> list[Path]:
    """Recently opened catalogues, newest first (missing files are kept: drives come back)."""
    try:
        import json  # here: a command naming its catalogue never reads the recent list

        data = json.loads(_recent_file().read_text("utf-8"))
        return [Path(p) for p in data if isinstance(p, str)][:RECENT_KEPT]
    except (OSError, ValueError):
        return []


def remember_catalogue(path: Path) -> None:
    """Put ``path`` first in the recent list (best effort: a read-only config is not fatal)."""
    path = path.resolve()
    items = [path] + [p for p in recent_catalogues() if p != path]
    target = _recent_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        import json

        tmp.write_text(json.dumps([str(p) for p in items[:RECENT_KEPT]], indent=1), "utf-8")
        tmp.replace(target)
    except OSError as exc:
        lazylog.logger(__name__).warning("cannot save recent catalogues: %s", exc)


def last_catalogue() -> Path | str:
    """The catalogue the app opens with no arguments: env (a path or a URL), else last
    used, else default."""
    if os.environ.get(ENV_CATALOGUE):
        return default_location()
    recent = recent_catalogues()
    return recent[0] if recent else default_catalogue()
