"""smparchive.core.organise."""
