"""Layering: the core and the CLI never load Qt or libvlc."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("module", ["smparchive.core", "smparchive.cli.main"])
def test_core_and_cli_do_not_load_qt_or_vlc(module: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"import {module}\n"
        "import smparchive.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'smparchive.core.'):\n"
        "    if '.migrations' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "import smparchive.cli.main as cli\n"
        "cli.build_parser()\n"
        "banned = ('PySide6', 'vlc', 'shiboken6')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in banned)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"{module} loaded {out.stdout.strip()}"


def test_gui_is_the_only_package_importing_pyside() -> None:
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src" / "smparchive"
    offenders = [
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if "gui" not in p.relative_to(src).parts
        and any(w in p.read_text("utf-8") for w in ("import PySide6", "from PySide6", "import vlc"))
    ]
    assert offenders == []


def test_no_sql_in_gui() -> None:
    from pathlib import Path

    gui = Path(__file__).resolve().parents[1] / "src" / "smparchive" / "gui"
    offenders = [str(p) for p in gui.rglob("*.py") if "sqlalchemy" in p.read_text("utf-8").lower()]
    assert offenders == []


# -- import rules read from the source (run-time imports; `if TYPE_CHECKING:` ones are types) --

SRC = Path(__file__).resolve().parents[1] / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, at module level) for every run-time import in ``path``."""
    tree = ast.parse(path.read_text("utf-8"))
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for sub in child.orelse:
                    visit(sub, top)
                continue
            if isinstance(child, ast.Import):
                out.extend((a.name, top) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                out.append((base, top))
                out.extend((f"{base}.{a.name}", top) for a in child.names)
            nested = top and not isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            visit(child, nested)

    visit(tree, True)
    return out


def _modules(package: str) -> dict[str, list[tuple[str, bool]]]:
    root = SRC.joinpath(*package.split("."))
    return {
        _module_name(p): _imports(p)
        for p in sorted(root.rglob("*.py"))
        if "migrations" not in p.parts
    }


def _known(names: set[str], name: str) -> str | None:
    """The module ``name`` refers to (``pkg.mod.Class`` -> ``pkg.mod``), if it is ours."""
    while name:
        if name in names:
            return name
        name = name.rpartition(".")[0]
    return None


def test_cli_imports_gui_only_to_launch_the_app() -> None:
    bad = [
        (mod, name)
        for mod, imports in _modules("smparchive.cli").items()
        for name, top in imports
        if name.startswith("smparchive.gui") and (top or not name.startswith("smparchive.gui.app"))
    ]
    assert bad == []  # only a lazy `from smparchive.gui.app import main` (demo --gui)


# Stand-alone helpers media may use: they import nothing of smparchive themselves (checked).
# (cache_records: the cache's file records and its sharded-folder walk, which the page
# store shares with the thumbnail cache and the cache folder's trim)
MEDIA_MAY_USE = {"smparchive.core.messages", "smparchive.core.cache_records"}


def test_media_imports_nothing_of_smparchive_outside_media() -> None:
    bad = [
        (mod, name)
        for mod, imports in _modules("smparchive.core.media").items()
        for name, _ in imports
        if name.startswith("smparchive")
        and not name.startswith("smparchive.core.media")
        and name.rpartition(".")[0] not in MEDIA_MAY_USE
        and name not in MEDIA_MAY_USE
    ]
    assert bad == []
    for helper in MEDIA_MAY_USE:
        path = SRC.joinpath(*helper.split(".")).with_suffix(".py")
        assert not [n for n, _ in _imports(path) if n.startswith("smparchive")], helper


def test_catalog_imports_nothing_of_organise_export_ingest_or_front_ends() -> None:
    # The catalogue receives parsed data: the rules and types it shares with organise
    # (capture times, assignment, the parsed programme, sidecar data, the search language)
    # live below it in core/domain.
    catalog = _modules("smparchive.core.catalog")
    banned = (
        "smparchive.core.organise",
        "smparchive.core.export",
        "smparchive.core.ingest",
        "smparchive.gui",
        "smparchive.cli",
    )
    bad = [(m, n) for m, imports in catalog.items() for n, _ in imports if n.startswith(banned)]
    assert bad == []


def test_domain_imports_nothing_above_the_catalogue() -> None:
    domain = _modules("smparchive.core.domain")
    assert domain  # the package exists and is scanned
    banned = (
        "smparchive.core.organise",
        "smparchive.core.export",
        "smparchive.core.ingest",
        "smparchive.gui",
        "smparchive.cli",
    )
    bad = [(m, n) for m, imports in domain.items() for n, _ in imports if n.startswith(banned)]
    assert bad == []


def test_no_import_cycles_in_core() -> None:
    graph = _modules("smparchive.core")
    names = set(graph)
    edges = {
        m: {k for n, top in imports if top and (k := _known(names, n)) and k != m}
        for m, imports in graph.items()
    }
    # A package's __init__ is imported with any of its modules: not an edge of its own.
    edges = {m: {k for k in ks if not m.startswith(k + ".")} for m, ks in edges.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def strongconnect(v: str) -> None:  # Tarjan
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            strongconnect(v)
    assert cycles == []
