"""Server catalogues fail fast and in one sentence, and never show a password (issue 16)."""

from __future__ import annotations

import socket
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.catalog import open_catalog
from smparchive.core.catalog.dberrors import describe
from smparchive.core.catalog.engine import mask_url
from smparchive.core.catalog.errors import CatalogError

PG_URL = __import__("os").environ.get("SMPARCHIVE_TEST_PG_URL")
needs_pg = pytest.mark.skipif(not PG_URL, reason="set SMPARCHIVE_TEST_PG_URL to test PostgreSQL")


@pytest.fixture
def frozen_server() -> Iterator[int]:
    """A host that accepts TCP connections and then never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def _one_sentence(text: str) -> None:
    assert "\n" not in text and text.endswith(".") and "Traceback" not in text


def test_frozen_server_gives_one_sentence_within_the_timeout(
    frozen_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMPARCHIVE_CONNECT_TIMEOUT", "1")
    start = time.monotonic()
    with pytest.raises(CatalogError) as err:
        open_catalog(f"postgresql+psycopg://team:s3cret@127.0.0.1:{frozen_server}/smp")
    # 1 s to connect; a hang would last the OS TCP timeout (minutes). The margin is for a
    # loaded machine, where starting to connect alone can take seconds.
    assert time.monotonic() - start < 15
    assert "did not answer in time" in str(err.value)
    assert "s3cret" not in str(err.value)
    _one_sentence(str(err.value))


def test_cli_on_a_frozen_server_exits_2(
    frozen_server: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from smparchive.cli.main import main
    from smparchive.core.logsetup import log_file

    monkeypatch.setenv("SMPARCHIVE_CONNECT_TIMEOUT", "1")
    url = f"postgresql+psycopg://team:s3cret@127.0.0.1:{frozen_server}/smp"
    start = time.monotonic()
    assert main(["-c", url, "info"]) == 2
    # 1 s to connect; a hang would last the OS TCP timeout (minutes). The margin is for a
    # loaded machine, where starting to connect alone can take seconds.
    assert time.monotonic() - start < 15
    err = capsys.readouterr().err.strip()
    assert err.startswith("smparchive: Cannot reach the catalogue database: the server did not")
    assert f"The database is smp on 127.0.0.1:{frozen_server}." in err
    _one_sentence(err)
    logged = log_file().read_text("utf-8") if log_file().exists() else ""
    assert "s3cret" not in err + logged


def test_no_server_at_that_address(monkeypatch: pytest.MonkeyPatch) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    with pytest.raises(CatalogError, match="no server answers at that address"):
        open_catalog(f"postgresql+psycopg://team@127.0.0.1:{port}/smp")


def test_url_in_the_environment_is_a_url_not_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_server: int
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SMPARCHIVE_CONNECT_TIMEOUT", "1")
    monkeypatch.setenv(
        "SMPARCHIVE_CATALOGUE", f"postgresql+psycopg://team:s3cret@127.0.0.1:{frozen_server}/smp"
    )
    with pytest.raises(CatalogError, match="did not answer in time"):
        open_catalog()
    assert list(tmp_path.iterdir()) == []  # no SQLite file named after the URL


def test_catalogue_option_alone_opens_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from smparchive.__main__ import main

    opened: list[list[str]] = []
    fake = types.ModuleType("smparchive.gui.app")
    fake.main = lambda argv: opened.append(list(argv)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "smparchive.gui.app", fake)
    url = "postgresql+psycopg://team@db.example/smp"
    assert main(["-c", url]) == 0
    assert main([f"--catalogue={url}"]) == 0
    assert opened == [["-c", url], [f"--catalogue={url}"]]


def test_messages_name_the_cause() -> None:
    import psycopg
    from sqlalchemy.exc import OperationalError

    def said(message: str) -> str:
        return describe(OperationalError("connect", {}, psycopg.OperationalError(message)))

    assert "password was refused" in said(
        'connection failed: FATAL:  password authentication failed for user "team"'
    )
    assert "wants a password" in said("fe_sendauth: no password supplied")
    assert "lost during the command" in said(
        "consuming input failed: server closed the connection unexpectedly\n\tThis probably..."
    )
    assert mask_url("postgresql+psycopg://team:s3cret@db/smp") == (
        "postgresql+psycopg://team:***@db/smp"
    )
    assert mask_url("/home/me/conf.smpcat") == "/home/me/conf.smpcat"


@pytest.fixture
def pg_admin() -> Iterator[Any]:
    from sqlalchemy import create_engine

    assert PG_URL is not None
    engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@needs_pg
@pytest.mark.postgres
def test_missing_database_and_role_on_a_real_server(pg_admin: Any) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL or "")
    with pytest.raises(CatalogError, match="that database does not exist"):
        open_catalog(url.set(database="smparchive_team_absent").render_as_string(False))
    with pytest.raises(CatalogError, match="does not know this user"):
        open_catalog(url.set(username="smparchive_team_nobody").render_as_string(False))


@needs_pg
@pytest.mark.postgres
def test_user_without_privileges(pg_admin: Any) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    open_catalog(PG_URL).close()  # the schema exists
    with pg_admin.connect() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname='smparchive_team_noperm'"))
        if not exists:
            conn.execute(text("CREATE ROLE smparchive_team_noperm LOGIN"))
    url = make_url(PG_URL or "").set(username="smparchive_team_noperm")
    with pytest.raises(CatalogError) as err:
        open_catalog(url.render_as_string(False))
    assert "lacks the privileges needed" in str(err.value)
    _one_sentence(str(err.value))
    with pg_admin.connect() as conn:  # the schema, but not its tables
        conn.execute(text("GRANT USAGE ON SCHEMA public TO smparchive_team_noperm"))
    with pytest.raises(CatalogError) as err:
        open_catalog(url.render_as_string(False))
    assert "lacks the privileges needed (permission denied for table" in str(err.value)
    _one_sentence(str(err.value))


@needs_pg
@pytest.mark.postgres
def test_server_gone_in_the_middle_of_a_command(pg_admin: Any) -> None:
    from sqlalchemy import text

    cat = open_catalog(PG_URL)
    try:

        def slow(ctx: Any) -> Any:
            ctx.session.execute(text("SELECT pg_sleep(20)"))

        def cut() -> None:
            time.sleep(0.5)
            with pg_admin.connect() as conn:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE query LIKE 'SELECT pg_sleep(20)%'"
                    )
                )

        killer = threading.Thread(target=cut)
        killer.start()
        start = time.monotonic()
        with pytest.raises(CatalogError) as err:
            cat._write("Slow", slow)
        killer.join()
        assert time.monotonic() - start < 10
        assert "was lost during the command" in str(err.value)
        _one_sentence(str(err.value))
    finally:
        cat.close()


PASSWORD_GROUP = "smparchive_password_users"  # scripts/start-test-postgres.sh: scram-sha-256


@pytest.fixture
def password_role(pg_admin: Any) -> Iterator[tuple[str, str]]:
    """A login role (of this test database only) that the server asks a password of."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    open_catalog(PG_URL).close()  # the schema exists
    database = make_url(PG_URL or "").database or "smparchive"
    role, password = f"{database}_pw"[:60], "c0rrect-h0rse"

    def run(sql: str) -> None:
        with pg_admin.connect() as conn:
            try:
                conn.execute(text(sql))
            except DBAPIError as exc:  # another run of this test made it first
                if "already exists" not in str(exc) and "already a member" not in str(exc):
                    raise

    run(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
    run(f"CREATE ROLE {role} LOGIN")
    run(f"ALTER ROLE {role} PASSWORD '{password}'")
    run(f"GRANT {PASSWORD_GROUP}, pg_read_all_data, pg_write_all_data TO {role}")
    with pg_admin.connect() as conn:
        rules = conn.execute(text("SELECT user_name, auth_method FROM pg_hba_file_rules")).all()
    if not any(PASSWORD_GROUP in "".join(r[0] or []) for r in rules):
        pytest.skip("this server trusts every login (scripts/start-test-postgres.sh asks "
                    f"a password of the {PASSWORD_GROUP} group)")  # fmt: skip
    yield role, password


@needs_pg
@pytest.mark.postgres
def test_wrong_password_is_one_sentence(
    password_role: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.engine import make_url

    from smparchive.cli.main import main

    role, _password = password_role
    url = make_url(PG_URL or "").set(username=role, password="wr0ng-guess")
    with pytest.raises(CatalogError) as err:
        open_catalog(url.render_as_string(False))
    message = str(err.value)
    assert "the password was refused" in message
    assert "wr0ng-guess" not in message
    _one_sentence(message)
    assert main(["-c", url.render_as_string(False), "info"]) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith("smparchive: Cannot connect to the catalogue database")
    assert "the password was refused" in said and "wr0ng-guess" not in said
    _one_sentence(said)


@needs_pg
@pytest.mark.postgres
def test_no_password_names_pgpass(password_role: tuple[str, str], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from sqlalchemy.engine import make_url

    role, _password = password_role
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "absent"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = make_url(PG_URL or "").set(username=role, password=None)
    with pytest.raises(CatalogError) as err:
        open_catalog(url.render_as_string(False))
    assert "wants a password" in str(err.value) and "PGPASSFILE" in str(err.value)
    _one_sentence(str(err.value))


@needs_pg
@pytest.mark.postgres
def test_pgpass_supplies_the_password(
    password_role: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine import make_url

    role, password = password_role
    url = make_url(PG_URL or "").set(username=role, password=None)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port or 5432}:*:{role}:{password}\n", "utf-8")
    pgpass.chmod(0o600)  # libpq ignores a file others can read
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    cat = open_catalog(url.render_as_string(False))  # no password in the URL
    try:
        assert cat.user_name == role  # and changes are recorded under that role
        assert password not in cat.location
    finally:
        cat.close()


def test_window_titles_name_the_database_and_server_never_the_password() -> None:
    """A team catalogue's window said 'smparchive — smparchive' (the URL's last part)."""
    from smparchive.core.catalog.engine import short_name

    url = "postgresql+psycopg://ana:s3cret@db.example:5432/smp_team"
    assert short_name(url) == "smp_team @ db.example"
    assert "s3cret" not in short_name(url)
    assert short_name(Path("/archives/SMP 2022.smpcat")) == "SMP 2022"
    assert short_name("/archives/demo.smpcat") == "demo"


@needs_pg
def test_first_change_while_the_server_is_away_says_so_in_one_sentence(
    tmp_path: Path, item_inserter: Any
) -> None:
    """The app was opened, then the server went away before the person's first change
    (who makes it is asked of the server then): one sentence, not a driver's traceback."""
    from sqlalchemy import create_engine
    from tests.conftest import empty_pg_url

    cat = open_catalog(empty_pg_url(), create=True)
    try:
        ids = item_inserter(cat, tmp_path / "share", [{}])
        real = cat.engine
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()  # nothing listens there now: the server is away
        cat.engine = create_engine(f"postgresql+psycopg://team@127.0.0.1:{port}/smp")
        cat._user_name = None  # not asked yet in this session
        for change in (
            lambda: cat.set_fields(ids, rating=3),
            lambda: cat.set_text(ids, "caption", "en", "Typed while it was away"),
        ):
            with pytest.raises(CatalogError, match="no server answers at that address") as err:
                change()
            _one_sentence(str(err.value))
        cat.engine.dispose()
        cat.engine = real
    finally:
        cat.close()
