"""Qt item models over catalogue id lists and snapshots."""
