"""Alembic migrations of the catalogue schema, shipped inside the package."""
