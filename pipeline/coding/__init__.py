"""The event coder: article text -> coded events with evidence. Pure Python, no Dagster import.

Public entry point: ``code_article(article) -> list[dict]``; each dict has the columns of
schemas/tables/events.json (except ``published``'s partition column, which the warehouse adds).
"""
from pipeline.coding.coder import CODER_VERSION, code_article

__all__ = ["CODER_VERSION", "code_article"]
