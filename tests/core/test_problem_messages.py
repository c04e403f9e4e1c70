"""Every problem sentence the probes and the scan write has a code (core/messages.py), so
the app can say it in the interface's language; the phrases inside parentheses too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from smparchive.core import messages
from smparchive.core.ingest.transient import unavailable
from smparchive.core.ingest.walk import misleading_name

SRC = Path(messages.__file__).resolve().parent
FOLDERS = (SRC / "media", SRC / "ingest")
# calls whose string arguments are problem sentences (positional or keyword "problem")
SENTENCE_CALLS = {"fail", "warn", "ThumbnailUnavailable", "TaskFailed", "append"}


def _render(node: ast.expr) -> str | None:
    """A string literal or an f-string with each value as "X"; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            else:
                out.append("X")
        return "".join(out)
    return None


def _sentences() -> list[tuple[str, str]]:
    found = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                args: list[ast.expr] = []
                if isinstance(node, ast.Call):
                    f = node.func
                    name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                    if name == "append":
                        owner = f.value if isinstance(f, ast.Attribute) else None
                        if not (
                            isinstance(owner, ast.Name | ast.Attribute)
                            and "problems"
                            in (getattr(owner, "id", "") or getattr(owner, "attr", ""))
                        ):
                            continue
                    if name in SENTENCE_CALLS:
                        args = list(node.args)
                    args += [k.value for k in node.keywords if k.arg == "problem"]
                elif isinstance(node, ast.Assign):
                    target = node.targets[0]
                    if getattr(target, "attr", "") == "thumbnail_problem" or getattr(
                        target, "id", ""
                    ) in ("BOMB_REFUSED", "NOT_A_PICTURE"):
                        args = [node.value]
                for arg in args:
                    text = _render(arg)
                    if text and text[0].isupper() and len(text) > 12:
                        found.append((f"{path.name}:{node.lineno}", text))
    return found


def test_the_scan_writes_sentences_the_app_can_translate() -> None:
    found = _sentences()
    assert len(found) > 50  # the walk finds the sentences
    unknown = [f"{where}: {text!r}" for where, text in found if messages.identify(text) is None]
    assert unknown == []


@pytest.mark.parametrize("name", ["photo.jpg.exe", "report\u202egnp.exe"])
def test_misleading_names_are_coded(name: str) -> None:
    text = misleading_name(name)
    assert text is not None and messages.identify(text) is not None


def test_transient_reasons_are_coded(tmp_path: Path) -> None:
    text = unavailable(tmp_path / "gone.jpg")
    assert text is not None
    assert messages.identify(text) == ("file.transient_gone", {})


def test_identify_gives_the_values_and_the_phrase_code() -> None:
    exc = OSError(2, "No such file or directory")
    sentence = f"The file cannot be read ({messages.plain(exc)})."
    code, values = messages.identify(sentence) or ("", {})
    assert code == "file.unreadable"
    assert messages.phrase_code(values["why"]) == "gone"
    assert messages.problem(code, why=values["why"]) == sentence
    assert messages.identify("Something nobody wrote.") is None
    for phrase in (messages.plain(EOFError("x")), messages.plain(RuntimeError("?"))):
        assert messages.phrase_code(phrase) is not None
