"""Export curated sets for publication: plan (pure) and run (safe writers).

Typical use::

    plan = plan_export(entries, ExportSettings(target_dir, "conf-2024-web", preset=WEB), event)
    print(plan.preflight_report())
    report = run_export(plan, progress=sink, cancel=token)

The names below load on first use (PEP 562): a render worker that imports
``smparchive.core.export.imaging`` (to run ``render_photo``) does not load the pipeline,
the writers, the page and the video code with it, which were 0.17 s of every worker
server's start before its first photo.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smparchive.core.export.consent import ConsentDecision, HoldReason
    from smparchive.core.export.model import ConsentStatus, EventInfo, ExportEntry, Kind
    from smparchive.core.export.pipeline import ExportedFile, ExportReport, ItemProblem, run_export
    from smparchive.core.export.plan import ExportPlan, plan_export
    from smparchive.core.export.presets import (
        ORIGINALS,
        SOCIAL,
        THUMBNAILS,
        WEB,
        Audience,
        ConsentOverride,
        ExistingPolicy,
        ExportSettings,
        ImageFormat,
        ImageVariant,
        MetadataPolicy,
        Preset,
        TargetKind,
        custom_preset,
        preset_by_name,
    )
    from smparchive.core.export.writers import ExportError

_WHERE = {
    "Audience": "smparchive.core.export.presets",
    "ConsentDecision": "smparchive.core.export.consent",
    "ConsentOverride": "smparchive.core.export.presets",
    "ConsentStatus": "smparchive.core.export.model",
    "EventInfo": "smparchive.core.export.model",
    "ExistingPolicy": "smparchive.core.export.presets",
    "ExportEntry": "smparchive.core.export.model",
    "ExportError": "smparchive.core.export.writers",
    "ExportPlan": "smparchive.core.export.plan",
    "ExportReport": "smparchive.core.export.pipeline",
    "ExportSettings": "smparchive.core.export.presets",
    "ExportedFile": "smparchive.core.export.pipeline",
    "HoldReason": "smparchive.core.export.consent",
    "ImageFormat": "smparchive.core.export.presets",
    "ImageVariant": "smparchive.core.export.presets",
    "ItemProblem": "smparchive.core.export.pipeline",
    "Kind": "smparchive.core.export.model",
    "MetadataPolicy": "smparchive.core.export.presets",
    "ORIGINALS": "smparchive.core.export.presets",
    "Preset": "smparchive.core.export.presets",
    "SOCIAL": "smparchive.core.export.presets",
    "THUMBNAILS": "smparchive.core.export.presets",
    "TargetKind": "smparchive.core.export.presets",
    "WEB": "smparchive.core.export.presets",
    "custom_preset": "smparchive.core.export.presets",
    "plan_export": "smparchive.core.export.plan",
    "preset_by_name": "smparchive.core.export.presets",
    "run_export": "smparchive.core.export.pipeline",
}

__all__ = [
    "ORIGINALS",
    "SOCIAL",
    "THUMBNAILS",
    "WEB",
    "Audience",
    "ConsentDecision",
    "ConsentOverride",
    "ConsentStatus",
    "EventInfo",
    "ExistingPolicy",
    "ExportEntry",
    "ExportError",
    "ExportPlan",
    "ExportReport",
    "ExportSettings",
    "ExportedFile",
    "HoldReason",
    "ImageFormat",
    "ImageVariant",
    "ItemProblem",
    "Kind",
    "MetadataPolicy",
    "Preset",
    "TargetKind",
    "custom_preset",
    "plan_export",
    "preset_by_name",
    "run_export",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later uses are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
