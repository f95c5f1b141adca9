"""Dagster wiring only: thin assets, checks, job, schedule and sensor over the pure modules."""
