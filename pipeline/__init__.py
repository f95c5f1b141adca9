"""Occupation Event Pipeline: news articles -> coded events -> Parquet -> DuckDB marts."""
__version__ = "0.1.0"
