"""Parquet tables and DuckDB marts (pure: no Dagster import)."""
