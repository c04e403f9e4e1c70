"""smparchive.cli."""
