"""Helpers shared by the viewer and player tests (no tests here; offscreen Qt, real files)."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.conftest import CORPUS
from tests.gui.conftest import run_as_worker


class ManualRunner:
    """A runner whose jobs run only when the test says so (to test stale results)."""

    sync = False

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None], Any]] = []

    def submit(
        self,
        fn: Any,
        on_done: Any,
        on_error: Any = None,
        *,
        long: bool = False,
        priority: int = 0,
        owner: Any = None,
    ) -> None:
        self.jobs.append((fn, on_done, on_error))

    def run(self, index: int) -> None:
        fn, done, failed = self.jobs[index]
        try:
            result = run_as_worker(fn)
        except Exception as exc:
            if failed is not None:
                failed(exc)
            return
        done(result)

    def close(self) -> None:
        pass


def copy_into(root: Path, *relative: str) -> list[dict[str, Any]]:
    """Copy corpus files into ``root`` and return item specs for ``add_items``."""
    root.mkdir(parents=True, exist_ok=True)
    specs = []
    for n, rel in enumerate(relative):
        target = root / f"{n:02d}-{Path(rel).name}"
        shutil.copyfile(CORPUS / rel, target)
        specs.append(
            {
                "name": target.name,
                "rel_path": target.name,
                "sha256": hashlib.sha256(rel.encode()).hexdigest(),
            }
        )
    return specs
