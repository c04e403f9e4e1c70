"""smparchive: a desktop media archive manager for conference media."""

__version__ = "0.1.0"
