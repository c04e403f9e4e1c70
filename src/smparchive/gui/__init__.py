"""smparchive.gui."""
