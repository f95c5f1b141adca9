"""Coder orchestration (placeholder interface: the real coder replaces this module's body).

code_article(article) takes a mapping with at least ``article_id``, ``text`` and ``published``
(datetime.date or ISO string) and optional ``title``; it returns a list of event dicts whose keys
are the columns of schemas/tables/events.json.
"""
from __future__ import annotations

from typing import Any, Mapping

CODER_VERSION = "0.0.0-skeleton"


def code_article(article: Mapping[str, Any]) -> list[dict]:
    return []
