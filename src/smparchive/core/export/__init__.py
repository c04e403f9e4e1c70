"""Export curated sets for publication: plan (pure) and run (safe writers).

Typical use::

    plan = plan_export(entries, ExportSettings(target_dir, "conf-2024-web", preset=WEB), event)
    print(plan.preflight_report())
    report = run_export(plan, progress=sink, cancel=token)
"""

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
