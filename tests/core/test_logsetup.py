"""Console logging follows the current stderr, whatever replaced it since."""

from __future__ import annotations

import io
import logging
import sys

import pytest

from smparchive.core import logsetup


@pytest.fixture()
def clean_root() -> logging.Logger:
    root = logging.getLogger()
    saved = list(root.handlers)
    root.handlers = [h for h in saved if not isinstance(h, logsetup.ConsoleHandler)]
    yield root
    root.handlers = saved


def test_a_late_record_goes_to_the_current_stderr_not_a_closed_one(
    clean_root: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    handler = logsetup.ConsoleHandler()
    clean_root.addHandler(handler)
    logging.getLogger("smparchive.test").warning("while the console is open")
    first.close()  # the console that was current when logging started goes away
    second = io.StringIO()
    monkeypatch.setattr(sys, "stderr", second)
    logging.getLogger("smparchive.test").warning("after it closed")
    clean_root.removeHandler(handler)
    assert "after it closed" in second.getvalue()
    assert "Logging error" not in second.getvalue()
