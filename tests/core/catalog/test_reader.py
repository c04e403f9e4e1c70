"""The sqlite3 read path of the command line (core/catalog/reader.py) answers exactly as the
full catalogue does, and read commands start without importing SQLAlchemy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from smparchive.core.catalog.itemfilter import ItemFilter
from smparchive.core.catalog.reader import ORDER_BY, open_reader

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def filled(catalog: Any, add_items: Any, tmp_path: Path) -> Any:
    """Items with every kind of value a record carries: texts, hierarchical tags, people,
    ratings, flags, labels, undated items, an event zone, a second root seen elsewhere."""
    catalog.create_event("Summit", time_zone="Europe/Brussels")
    specs: list[dict[str, Any]] = []
    for n in range(40):
        specs.append(
            {
                "kind": ("photo", "video", "slides")[n % 3],
                "rating": n % 6,
                "flag": (-1, 0, 1)[n % 3],
                "color_label": (None, "red", "blue")[n % 3 - 1 if n % 5 else 0],
                "status": "ok" if n % 7 else "missing",
                "capture_utc": None if n % 11 == 0 else datetime(2022, 6, 1, 9, n % 17, tzinfo=UTC),
                "capture_local": None if n % 11 == 0 else datetime(2022, 6, 1, 11, n % 17),
                "has_embedded_thumb": n % 2 == 0,
                "size": 5000 - (n % 9) * 10,
                "duration_s": 12.5 if n % 3 == 1 else None,
                "camera_make": "Canon" if n % 2 else None,
            }
        )
    ids = add_items(specs)
    ids += add_items([{"name": "other.jpg"}], root=tmp_path / "other")
    catalog.set_text(ids[:10], "title", "en", "Réunion opening panel")
    catalog.set_text(ids[5:15], "caption", "fr", "Séance plénière")
    catalog.tag_items(ids[::2], ["Topics|Migration"])
    catalog.tag_items(ids[::3], ["Jane Doe"], kind="person")
    return catalog, ids


FILTERS = [
    ItemFilter(),
    ItemFilter(text="reunion"),
    ItemFilter(text="reun pan"),
    ItemFilter(text="séance"),
    ItemFilter(text="nothingmatches"),
    ItemFilter(text="  "),
    ItemFilter(kinds=("video", "slides")),
    ItemFilter(rating_min=3),
    ItemFilter(rating_min=2, rating_max=4, flags=(1,)),
    ItemFilter(color_labels=("red",), consents=("unknown",)),
    ItemFilter(statuses=("missing",)),
    ItemFilter(text="migration", kinds=("photo",)),
    ItemFilter(statuses=("missing",), kinds=("photo",)),
    ItemFilter(statuses=("missing",), flags=(1,), rating_min=1),
]


def test_reader_answers_as_the_full_catalogue(filled: Any, catalog_path: Path) -> None:
    from smparchive.core.catalog.filters import SORTS

    cat, ids = filled
    assert set(ORDER_BY) == set(SORTS)
    reader = open_reader(str(catalog_path))
    assert reader is not None
    try:
        assert reader.items(ids) == cat.items(ids)
        assert reader.items([ids[3], 999999, ids[1]]) == cat.items([ids[3], ids[1]])
        assert reader.known_ids([ids[0], 999999]) == {ids[0]}
        assert reader.event_zone() == cat.event_zone()
        assert reader.tag_paths() == cat.tag_paths()
        assert reader.info() == cat.info()
        for f in FILTERS:
            assert reader.count(f) == cat.count(f), f
            for sort in SORTS:
                assert reader.query_ids(f, sort=sort) == cat.query_ids(f, sort=sort), (f, sort)
                # a reversed order (the app's grid, a sort the user turned round)
                for limit in (None, 5):
                    back = {"sort": sort, "descending": True, "limit": limit}
                    assert reader.query_ids(f, **back) == cat.query_ids(f, **back), (f, back)
            page = {"limit": 5, "offset": 3}
            assert reader.query_ids(f, **page) == cat.query_ids(f, **page)
        assert reader.query_ids(ItemFilter(), offset=30) == cat.query_ids(offset=30)
        assert not reader.loaded  # all of the above read through sqlite3
        # What the reader does not compile itself goes to the full catalogue, same answer.
        tag = cat.find_tag("Topics")
        f = ItemFilter(tag_ids=(tag.id,), rating_min=1)
        assert reader.query_ids(f) == cat.query_ids(f) != []
        assert reader.count(f) == cat.count(f)
        assert [d.id for d in reader.days()] == [d.id for d in cat.days()]
    finally:
        reader.close()


def test_reader_plans_match_the_full_catalogue(filled: Any, catalog_path: Path) -> None:
    """Same SQL shape, same plan: the reader's queries use the indexes filters.py's do."""
    from smparchive.core.catalog.filters import ids_query

    cat, _ids = filled
    reader = open_reader(str(catalog_path))
    assert reader is not None
    try:
        for f in (ItemFilter(), ItemFilter(kinds=("video",)), ItemFilter(flags=(1,))):
            for sort in ORDER_BY:
                with cat._read() as s:
                    q = ids_query(s, f, "sqlite", sort).limit(10)
                    sql = str(q.compile(cat.engine, compile_kwargs={"literal_binds": True}))
                    full_plan = [
                        r[-1] for r in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
                    ]
                where, params = reader._where(f)
                mine = "SELECT items.id FROM items" + (
                    " WHERE " + " AND ".join(where) if where else ""
                )
                mine += f" ORDER BY {ORDER_BY[sort]} LIMIT 10"
                plan = [r[-1] for r in reader._conn.execute("EXPLAIN QUERY PLAN " + mine, params)]
                assert plan == full_plan, (f, sort)
    finally:
        reader.close()


@pytest.mark.parametrize(
    "f",
    [
        ItemFilter(statuses=("missing",), kinds=("photo",)),
        ItemFilter(statuses=("missing",), flags=(1,)),
        ItemFilter(statuses=("missing",), kinds=("photo", "video"), flags=(-1,)),
    ],
)
def test_a_rare_status_with_a_common_facet_leads_on_both_read_paths(
    filled: Any, catalog_path: Path, f: ItemFilter
) -> None:
    """`status:missing kind:photo`: without statistics SQLite walked every photo in time
    order through the kind's index, reading each row for its status (`smparchive ls` and
    the grid: ~1 s at a million items with no file missing). The condition keeping the
    fewest items (kept counts per facet value) leads, on the reader as in the catalogue."""
    from tests.conftest import recorded_statements

    cat, _ids = filled
    reader = open_reader(str(catalog_path))
    assert reader is not None
    seen: list[str] = []
    reader._conn.set_trace_callback(seen.append)
    try:
        with recorded_statements(cat) as statements:
            expected = cat.query_ids(f, limit=600)
        assert reader.query_ids(f, limit=600) == expected
        assert 0 < len(expected) < 10
        [(full_sql, params)] = [st for st in statements if st[0].startswith("SELECT items.id")]
        [mine] = [sql for sql in seen if sql.startswith("SELECT items.id")]
        reader._conn.set_trace_callback(None)
        with cat._read() as s:
            steps = s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + full_sql, params)
            full_plan = " | ".join(str(r[-1]) for r in steps)
        plan = " | ".join(str(r[-1]) for r in reader._conn.execute("EXPLAIN QUERY PLAN " + mine))
        assert "ix_items_status" in full_plan, full_plan
        assert "ix_items_status" in plan, plan
    finally:
        reader.close()


def test_no_reader_for_an_old_schema_or_a_url(tmp_path: Path) -> None:
    old = tmp_path / "old.smpcat"
    shutil.copyfile(REPO / "tests/fixtures/catalogues/schema-0001.smpcat", old)
    assert open_reader(str(old)) is None  # the full open migrates it first
    assert open_reader("postgresql+psycopg://u@h/db") is None
    assert open_reader(str(tmp_path / "absent.smpcat")) is None


def test_cli_read_commands_on_an_old_schema_migrate_and_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from smparchive.cli.main import main

    old = tmp_path / "old.smpcat"
    shutil.copyfile(REPO / "tests/fixtures/catalogues/schema-0001.smpcat", old)
    assert main(["-c", str(old), "info"]) == 0
    assert "Schema:" in capsys.readouterr().out
    assert open_reader(str(old)) is not None  # up to date now


@pytest.mark.parametrize(
    "command",
    [
        ["ls", "--limit", "5"],
        ["ls", "--kind", "video", "--json"],
        ["show", "1"],
        ["search", "reunion kind:photo rating>=1"],
        ["info"],
    ],
)
def test_read_commands_do_not_import_sqlalchemy(
    filled: Any, catalog_path: Path, command: list[str]
) -> None:
    """Importing SQLAlchemy and mapping the models costs several times the whole command."""
    code = (
        "import sys; from smparchive.cli.main import main; "
        f"rc = main(['-c', {str(catalog_path)!r}, *{command!r}]); "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')); "
        "print('LOADED', loaded[:3], file=sys.stderr); sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED []" in proc.stderr
    assert proc.stdout.strip()


# What a read command never needs: the log file's handlers (socket, pickle), shutil (and its
# compressors) for argparse's terminal width, logging itself (set up only when something
# logs, core/lazylog.py), JSON for a table, the records of sessions,
# collections ... and the parsers of the other commands. Each is a few ms of a ~100 ms budget.
NOT_FOR_READS = (
    "json",
    "logging",
    "logging.handlers",
    "socket",
    "shutil",
    "smparchive.core.catalog.records",
    "smparchive.core.media.info",
    "smparchive.core.media.registry",  # the format table: a search's kind words are apart
)


@pytest.mark.parametrize(
    "command",
    [
        ["ls", "--limit", "5"],
        ["show", "1"],
        ["search", "reunion kind:photo rating>=1"],
        ["search", "reunion"],
        ["info"],
    ],
)
def test_read_commands_load_only_what_they_use(
    filled: Any, catalog_path: Path, command: list[str]
) -> None:
    # info prints the log folder: platformdirs finds it, and imports tempfile (so shutil).
    unused = tuple(m for m in NOT_FOR_READS if not (command == ["info"] and m == "shutil"))
    if command == ["info"]:  # a summary: no item record, no filter is built
        unused += ("smparchive.core.catalog.item_records", "smparchive.core.catalog.itemfilter")
    if command[0] in ("ls", "show", "info") or command == ["search", "reunion"]:
        unused += ("smparchive.core.fields",)  # the field registry: for a search's key: only
    if command != ["info"]:  # the summary's record; the capture time rules (only the zone)
        unused += ("smparchive.core.catalog.info_record", "smparchive.core.domain.time")
    code = (
        "import sys, os; os.environ.setdefault('USER', 'someone'); "
        "from smparchive.cli.main import main; "
        f"rc = main(['-c', {str(catalog_path)!r}, *{command!r}]); "
        f"loaded = sorted(m for m in {unused!r} if m in sys.modules); "
        "print('LOADED', loaded, file=sys.stderr); sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED []" in proc.stderr
    assert proc.stdout.strip()


def test_a_command_builds_only_its_own_parser() -> None:
    from smparchive.cli.main import build_parser

    sub = next(a for a in build_parser(["ls"])._actions if a.dest == "command")
    assert list(sub.choices) == ["ls"]  # type: ignore[attr-defined]
    every = next(a for a in build_parser()._actions if a.dest == "command")
    # The top-level help lists every command with its help, and fills in none of them.
    listed = next(a for a in build_parser(["--help"])._actions if a.dest == "command")
    assert list(listed.choices) == list(every.choices)  # type: ignore[attr-defined]
    assert build_parser(["--help"]).format_help() == build_parser().format_help()
    helps = [(c.dest, c.help) for c in listed._choices_actions]  # type: ignore[attr-defined]
    assert helps == [(c.dest, c.help) for c in every._choices_actions]  # type: ignore[attr-defined]
    assert len(listed.choices["set"]._actions) < len(every.choices["set"]._actions)  # type: ignore[attr-defined]
    assert {"ls", "show", "set", "tag", "search", "info"} <= set(every.choices)  # type: ignore[attr-defined]


def test_read_commands_print_what_the_full_catalogue_gives(
    filled: Any, catalog_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from smparchive.cli import main as cli
    from smparchive.core.catalog import reader

    _cat, ids = filled
    commands = [
        ["ls"],
        ["ls", "--json", "--sort", "rating", "--limit", "7", "--offset", "2"],
        ["ls", "--kind", "video", "--min-rating", "2", "--paths"],
        ["ls", "--tag", "Topics", "--utc"],
        ["show", str(ids[0]), str(ids[12])],
        ["show", "--json", str(ids[5])],
        ["search", "reunion"],
        ["search", "--json", "--facets", "pan flag:pick"],
        ["search", "--ids", "tag:Topics rating>=2"],
        ["info", "--json"],
    ]
    fast = []
    for command in commands:
        assert cli.main(["-c", str(catalog_path), *command]) == 0
        fast.append(capsys.readouterr().out)
    monkeypatch.setattr(reader, "open_reader", lambda _location: None)
    for command, expected in zip(commands, fast, strict=True):
        assert cli.main(["-c", str(catalog_path), *command]) == 0
        assert capsys.readouterr().out == expected, command


def test_command_modules_name_every_command() -> None:
    import argparse
    import importlib

    from smparchive.cli.main import command_modules

    found = command_modules()
    for module in set(found.values()):
        p = argparse.ArgumentParser()
        sub = p.add_subparsers()
        importlib.import_module(f"smparchive.cli.commands.{module}").register(sub)
        assert {c for c, m in found.items() if m == module} == set(sub.choices), module
    from smparchive.cli.main import build_parser

    everything = build_parser()
    choices = next(a for a in everything._actions if isinstance(a, argparse._SubParsersAction))
    assert set(choices.choices) == set(found)


def test_the_command_index_is_up_to_date() -> None:
    """``smparchive --help`` lists the commands from cli/command_index.py: after adding or
    renaming a command, run ``python -m smparchive.cli.command_index`` (then ruff format)."""
    from smparchive.cli.command_index import COMMANDS, generate

    assert generate() == COMMANDS


def _run(args: list[str], env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    import os

    env = dict(os.environ, **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "smparchive", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_help_imports_no_command_module(tmp_path: Path) -> None:
    code = (
        "import sys; from smparchive.cli.main import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('smparchive.cli.commands.')"
        " or m == 'logging'), file=sys.stderr)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "LOADED []" in proc.stderr
    assert "list items, with filters" in proc.stdout


def test_read_commands_end_the_process_with_everything_said(
    filled: Any, catalog_path: Path, tmp_path: Path
) -> None:
    """A read command ends its process without Python's module clean-up (smparchive's
    __main__): the output is still complete, exit codes are kept, and a record logged on
    the way (a damaged catalogue) still reaches the log file."""
    import json

    env = {"XDG_STATE_HOME": str(tmp_path / "state"), "XDG_DATA_HOME": str(tmp_path / "data")}
    _cat, ids = filled
    proc = _run(["-c", str(catalog_path), "ls", "--json"], env)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == len(ids)
    proc = _run(["--help"], env)
    assert proc.returncode == 0 and "list items, with filters" in proc.stdout
    proc = _run(["-c", str(catalog_path), "ls", "--no-such-option"], env)
    assert proc.returncode == 2 and "unrecognized arguments" in proc.stderr
    damaged = tmp_path / "damaged.smpcat"
    data = bytearray(catalog_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header is fine, the schema page is not
    damaged.write_bytes(bytes(data))
    proc = _run(["-c", str(damaged), "ls"], env)
    assert proc.returncode == 2
    assert "damaged" in proc.stderr.lower()
    logs = list((tmp_path / "state").rglob("smparchive.log"))
    assert logs and "damaged catalogue" in logs[0].read_text(encoding="utf-8")


def test_the_first_page_of_a_broad_search_is_walked_as_the_catalogue_does(
    filled: Any, catalog_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'IMG_0' at a million items: the command line read every match from FTS5 and sorted
    them (1.02 s for `smparchive search IMG_0`); it now walks the browse order testing each
    item's text, as the catalogue's first page does (0.08 s), with the same answer."""
    from smparchive.core.catalog import textwalk
    from smparchive.core.catalog.filters import SORTS

    cat, _ids = filled
    walked: list[Any] = []
    real = textwalk.first_of

    def spy(*args: Any) -> Any:
        out = real(*args)
        walked.append(out)
        return out

    monkeypatch.setattr(textwalk, "first_of", spy)
    reader = open_reader(str(catalog_path))
    assert reader is not None
    try:
        for f in (ItemFilter(text="IMG"), ItemFilter(text="img 00"), *FILTERS):
            for sort in SORTS:
                for limit in (5, 600):
                    expected = cat.query_ids(f, sort=sort, limit=limit)
                    walked.clear()
                    assert reader.query_ids(f, sort=sort, limit=limit) == expected, (f, sort)
                    if f.text == "IMG" and sort == "time":
                        assert walked and walked[-1] is not None  # found by walking
    finally:
        reader.close()
