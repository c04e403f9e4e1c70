"""smparchive.core.media."""
