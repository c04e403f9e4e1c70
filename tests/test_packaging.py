"""Packaging: icons, desktop integration files, the PyInstaller spec and shipped package data.

Fast checks only; scripts/build-bundle.sh builds and smoke-tests the real bundle.
"""

from __future__ import annotations

import ast
import configparser
import fnmatch
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest
from PIL import Image

import smparchive

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "src" / "smparchive"
APP_ICONS = PKG / "resources" / "icons" / "app"
UI_ICONS = PKG / "resources" / "icons" / "ui"
LINUX = REPO / "packaging" / "linux"
SPEC = REPO / "packaging" / "smparchive.spec"
APP_ID = "org.smparchive.SMPArchive"
MIME_TYPE = "application/x-smparchive-catalogue"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG_NS = "{http://www.w3.org/2000/svg}"


# --- application icon -------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
def test_app_icon_png_has_its_size_and_a_transparent_margin(size: int) -> None:
    path = APP_ICONS / f"smparchive-{size}.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        image.load()
        # The tile has rounded corners: the corner is transparent, the centre opaque.
        assert image.getpixel((0, 0))[3] == 0
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_app_icon_source_is_a_square_svg() -> None:
    root = ET.parse(APP_ICONS / "smparchive.svg").getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 512 512"


def test_windows_ico_holds_every_size_up_to_256() -> None:
    with Image.open(APP_ICONS / "smparchive.ico") as ico:
        assert ico.format == "ICO"
        sizes = ico.info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(sizes)


def test_macos_icns_holds_several_sizes() -> None:
    from PIL.IcnsImagePlugin import IcnsFile

    with open(APP_ICONS / "smparchive.icns", "rb") as fp:
        icns = IcnsFile(fp)
        pixel_sizes = set()
        for width, height, scale in icns.itersizes():
            image = icns.getimage((width, height, scale))  # decodes the embedded PNG
            assert image.size == (width * scale, height * scale)
            pixel_sizes.add(image.width)
    assert {32, 64, 128, 256, 512, 1024} <= pixel_sizes


@pytest.fixture
def offscreen_qapp(monkeypatch: pytest.MonkeyPatch) -> object:
    from PySide6.QtWidgets import QApplication

    from smparchive.gui.application import Application

    if QApplication.instance() is None:  # the app's own class: pytest-qt's qapp wants it
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
        return Application([])
    return QApplication.instance()


def test_rendered_icons_match_the_svg_source(offscreen_qapp: object) -> None:
    """The PNGs were re-rendered after the last edit of smparchive.svg."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "render_icons", REPO / "packaging/render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    assert render_icons.check(render_icons.build()) == []


# --- UI icons ---------------------------------------------------------------------------


def _readme_icon_names() -> set[str]:
    text = (PKG / "resources" / "icons" / "README.md").read_text()
    return set(re.findall(r"`ui/([a-z0-9-]+)\.svg`", text))


def test_ui_icons_are_the_ones_the_readme_lists() -> None:
    on_disk = {p.stem for p in UI_ICONS.glob("*.svg")}
    wanted = {
        "star", "pick", "reject", "label-dot", "video", "slides", "document", "audio",
        "missing", "offline", "error", "consent-cleared", "consent-restricted", "session",
        "person", "tag", "collection",
    }  # fmt: skip
    assert wanted <= on_disk
    assert _readme_icon_names() == on_disk


@pytest.mark.parametrize("path", sorted(UI_ICONS.glob("*.svg")), ids=lambda p: p.stem)
def test_ui_icon_style(path: Path) -> None:
    """24 px grid, stroke 2, one recolourable colour (currentColor), no fixed colours."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert (root.get("width"), root.get("height")) == ("24", "24")
    assert root.get("stroke") == "currentColor"
    assert root.get("stroke-width") == "2"
    for element in root.iter():
        for attr in ("fill", "stroke", "color", "stop-color"):
            value = element.get(attr)
            assert value in (None, "none", "currentColor"), f"{path.name}: {attr}={value}"
        assert "style" not in element.attrib, f"{path.name}: use attributes, not style"


# --- Linux desktop integration ----------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_launches_the_app_with_the_catalogue() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split() == ["smparchive-gui", "%f"]
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].split(";")[:-1] == [MIME_TYPE]
    assert entry["Terminal"] == "false"


def test_shared_mime_info_maps_smpcat_onto_a_sqlite_subclass() -> None:
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    (mime,) = root.findall(f"{ns}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{ns}glob")] == ["*.smpcat"]
    assert mime.find(f"{ns}sub-class-of").get("type") == "application/vnd.sqlite3"  # type: ignore[union-attr]


def test_metainfo_names_the_desktop_entry_and_the_current_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == smparchive.__version__


def _fake_bundle(tmp_path: Path) -> Path:
    """A folder shaped like the PyInstaller output, with shell stubs for the executables."""
    bundle = tmp_path / "bundle" / "smparchive"
    icons = bundle / "_internal" / "smparchive" / "resources" / "icons"
    icons.mkdir(parents=True)
    shutil.copytree(APP_ICONS, icons / "app")
    for name in ("smparchive", "smparchive-gui"):
        exe = bundle / name
        exe.write_text(f'#!/bin/sh\necho "smparchive {smparchive.__version__}"\n')
        exe.chmod(0o755)
    return bundle


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_install_script_installs_and_uninstalls_per_user(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    home = tmp_path / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    script = LINUX / "install.sh"
    run = subprocess.run(
        ["bash", str(script), "--bundle", str(bundle)], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    local = home / ".local"
    app = local / "lib" / "smparchive"
    assert (app / "smparchive-gui").is_file()
    assert (local / "bin" / "smparchive").resolve() == (app / "smparchive").resolve()
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = next(x for x in desktop.read_text().splitlines() if x.startswith("Exec="))
    assert exec_line == f'Exec="{app}/smparchive-gui" %f'
    for size in PNG_SIZES:
        assert (local / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (local / f"share/mime/packages/{APP_ID}.xml").is_file()
    assert (local / f"share/metainfo/{APP_ID}.metainfo.xml").is_file()

    run = subprocess.run(
        ["bash", str(script), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert not app.exists()
    assert not desktop.exists()
    assert not (local / "bin" / "smparchive").exists()


def test_install_script_refuses_without_a_bundle(tmp_path: Path) -> None:
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}
    run = subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--bundle", str(tmp_path / "nothing")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "no built bundle" in run.stderr
    assert not (tmp_path / ".local").exists()


# --- PyInstaller spec and package data --------------------------------------------------


def _spec_tree_function() -> object:
    """The spec's ``tree`` helper, compiled on its own (the rest needs PyInstaller)."""
    module = ast.parse(SPEC.read_text())
    (func,) = [n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "tree"]
    namespace: dict[str, object] = {"Path": Path}
    exec(compile(ast.Module(body=[func], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace["tree"]


def test_spec_ships_migrations_and_resources_as_data_files() -> None:
    text = SPEC.read_text()
    assert 'tree(RESOURCES, "smparchive/resources")' in text
    assert 'tree(MIGRATIONS, "smparchive/core/catalog/migrations", (".py", ".mako"))' in text
    assert 'MIGRATIONS = PKG / "core" / "catalog" / "migrations"' in text
    # ...which is the folder schema.py hands to Alembic, relative to the package.
    from smparchive.core.catalog import schema

    rel = schema.MIGRATIONS_DIR.resolve().relative_to(Path(smparchive.__file__).resolve().parent)
    assert rel.as_posix() == "core/catalog/migrations"

    tree = _spec_tree_function()
    pairs = tree(schema.MIGRATIONS_DIR, "smparchive/core/catalog/migrations", (".py", ".mako"))  # type: ignore[operator]
    shipped = {(Path(src).name, dest) for src, dest in pairs}
    assert ("env.py", "smparchive/core/catalog/migrations") in shipped
    assert ("script.py.mako", "smparchive/core/catalog/migrations") in shipped
    versions = {p.name for p in (schema.MIGRATIONS_DIR / "versions").glob("*.py")}
    assert {(v, "smparchive/core/catalog/migrations/versions") for v in versions} <= shipped
    assert not any("__pycache__" in src for src, _ in pairs)


def test_spec_builds_both_launchers_and_keeps_libvlc_out() -> None:
    text = SPEC.read_text()
    assert 'name="smparchive", console=True' in text
    assert 'name="smparchive-gui"' in text and "console=False" in text
    assert '"libvlc."' in text
    assert 'collect_dynamic_libs("pypdfium2_raw")' in text
    assert "PySide6.QtSvg" in text


def test_importlib_resources_exposes_migrations_and_icons() -> None:
    migrations = files("smparchive.core.catalog") / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert any(
        e.name.endswith(".py") and e.name[0].isdigit() for e in (migrations / "versions").iterdir()
    )
    icons = files("smparchive.resources") / "icons"
    assert (icons / "app" / "smparchive-512.png").is_file()
    assert (icons / "app" / "smparchive.ico").is_file()
    assert (icons / "ui" / "star.svg").is_file()


TRANSLATIONS = ("smparchive_fr.qm", "smparchive_nl.qm", "smparchive_en.qm")


def test_translations_ship_in_the_wheel_and_the_bundle() -> None:
    """The compiled interface translations are package data (wheel) and bundle data files."""
    folder = files("smparchive.resources") / "translations"
    for name in TRANSLATIONS:
        assert (folder / name).is_file(), name
    resources = PKG / "resources"
    matched = _matched(resources, _package_data_globs()["smparchive.resources"])
    assert {resources / "translations" / name for name in TRANSLATIONS} <= matched
    tree = _spec_tree_function()
    pairs = tree(resources, "smparchive/resources")  # type: ignore[operator]
    shipped = {(Path(src).name, dest) for src, dest in pairs}
    for name in TRANSLATIONS:
        assert (name, "smparchive/resources/translations") in shipped
    # app.py looks for them beside the gui package, where both layouts put them
    from smparchive.gui import app

    installed = Path(smparchive.__file__).resolve().parent
    assert app.TRANSLATIONS.resolve() == installed / "resources" / "translations"


def _package_data_globs() -> dict[str, list[str]]:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text())
    return pyproject["tool"]["setuptools"]["package-data"]


def _matched(package_dir: Path, patterns: list[str]) -> set[Path]:
    found: set[Path] = set()
    for pattern in patterns:
        found |= {p for p in package_dir.glob(pattern) if p.is_file()}
    return found


def test_wheel_package_data_covers_every_migration_and_resource() -> None:
    """What setuptools puts in a wheel (package-data globs) includes all these files."""
    globs = _package_data_globs()
    resources = PKG / "resources"
    wanted = {
        p
        for p in resources.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not fnmatch.fnmatch(p.name, "*.py[co]")
    }
    assert wanted - _matched(resources, globs["smparchive.resources"]) == set()

    catalog = PKG / "core" / "catalog"
    migration_files = {
        p
        for p in (catalog / "migrations").rglob("*")
        if p.suffix in (".py", ".mako") and "__pycache__" not in p.parts
    }
    assert migration_files
    assert migration_files - _matched(catalog, globs["smparchive.core.catalog"]) == set()


# --- versioning -------------------------------------------------------------------------


def test_changelog_has_an_unreleased_section() -> None:
    text = (REPO / "CHANGELOG.md").read_text()
    assert "keepachangelog.com" in text
    headings = re.findall(r"^## \[([^\]]+)\]", text, flags=re.MULTILINE)
    assert headings and headings[0] == "Unreleased"
    for heading in headings[1:]:
        assert re.fullmatch(r"\d+\.\d+\.\d+", heading), heading


def test_version_option_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from smparchive.cli.main import build_parser

    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"smparchive {smparchive.__version__}"
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+|rc\d+)?", smparchive.__version__)


def test_macos_info_plist_declares_the_catalogue_type() -> None:
    import plistlib

    text = (REPO / "packaging" / "macos" / "Info.plist").read_text()
    info = plistlib.loads(text.replace("@VERSION@", smparchive.__version__).encode())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == smparchive.__version__
    (exported,) = info["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["smpcat"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    (doc,) = info["CFBundleDocumentTypes"]
    assert doc["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert doc["LSHandlerRank"] == "Owner"
