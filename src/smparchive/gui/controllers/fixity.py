"""File > Verify Files: hash every catalogued file again (in the background, with progress
and Cancel) and say which no longer has the bytes it had when catalogued."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from smparchive.gui.i18n import translate

if TYPE_CHECKING:
    from smparchive.core.ingest.verify_report import VerifyReport
    from smparchive.gui.deps import Deps
    from smparchive.gui.tasks import TaskContext, TaskHandle


def verify_files(
    w: Deps,
    root_ids: list[int] | None,
    show: Callable[[list[int]], None],
    after: Callable[[], None],
) -> TaskHandle:
    """Check the files of ``root_ids`` (every folder when None); ``show`` lists the files
    it could not confirm in the grid, ``after`` reads the catalogue again (damaged files
    became errors)."""
    catalog = w.catalog

    def work(ctx: TaskContext) -> VerifyReport:
        from smparchive.core.ingest.fixity import verify

        return verify(catalog, root_ids, ctx.progress, ctx.cancel_token)

    def done(report: Any) -> None:
        from smparchive.core.catalog.undo import ChangeSummary
        from smparchive.gui.dialogs.verify_summary import VerifySummaryDialog

        # damaged files became errors, vanished ones missing: the views read them again
        w.ops.announce(ChangeSummary(items=frozenset(e.item_id for e in report.failures)))
        after()
        VerifySummaryDialog(report, show, w.parent).show()

    return w.runner.submit(
        work,
        label=translate("Fixity", "Verifying files"),
        job=True,
        on_done=done,
        on_error=lambda exc: w.show_failure(exc, translate("Fixity", "Verifying failed: %1")),
    )
