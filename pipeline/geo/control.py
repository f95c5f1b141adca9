"""Territorial control: was a place occupied on a date? (interface; implementation fills it in)"""
from __future__ import annotations

import datetime as dt


def occupation_status(place, on: dt.date) -> tuple[bool | None, str | None]:
    """(occupied, occupier ISO-3) for a PlaceMatch at a date; (None, None) when unknown."""
    return None, None
