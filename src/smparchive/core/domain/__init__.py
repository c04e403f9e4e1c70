"""Pure rules and plain data below the catalogue, shared by it and the tools above it.

Capture-time arithmetic (``time``) and how a person reads a time (``timefmt``), the session
assignment rules (``assign``), the parsed-programme model (``schedule_model``) and the plan
of a programme import (``programme``), the XMP sidecar packets and the data they carry
(``sidecars_xmp``), and the search language (``query``). No database session and no files
of the user's: the catalogue applies their results, and ``organise`` reads programme files
and writes sidecars with them. tests/test_architecture.py keeps the catalogue from importing
``organise`` and this package from importing ``organise``, ``export``, ``ingest`` or a front
end.
"""
