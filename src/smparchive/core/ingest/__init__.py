"""smparchive.core.ingest."""
