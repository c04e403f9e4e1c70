"""A failure the app explains (our own errors) is logged in one line; a bug keeps its traceback."""

from __future__ import annotations

import logging

import pytest


def test_an_expected_task_failure_logs_one_line(
    caplog: pytest.LogCaptureFixture, qapp: object
) -> None:
    from smparchive.core.media.pages import PageError
    from smparchive.gui.tasks import SyncTaskRunner

    runner = SyncTaskRunner()

    def no_picture(_ctx: object) -> None:
        raise PageError("No picture of this slide.")

    def bug(_ctx: object) -> None:
        raise ZeroDivisionError("a bug")

    with caplog.at_level(logging.INFO):
        runner.submit(no_picture, label="slide")
        runner.submit(bug, label="broken")
    expected = [r for r in caplog.records if "'slide'" in r.getMessage()]
    broken = [r for r in caplog.records if "'broken'" in r.getMessage()]
    assert expected and expected[0].levelno == logging.INFO
    assert "Traceback" not in expected[0].getMessage()
    assert "No picture of this slide." in expected[0].getMessage()
    assert broken and broken[0].levelno == logging.ERROR
    assert "Traceback" in broken[0].getMessage()
