"""smparchive.core.catalog."""
