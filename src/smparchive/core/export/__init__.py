"""smparchive.core.export."""
