"""smparchive.gui.controllers."""
