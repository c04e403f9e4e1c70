"""smparchive.core."""
