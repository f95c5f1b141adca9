"""Fast construction of frozen dataclass records on hot paths (sentences, actor and place matches)."""
from __future__ import annotations

_new_object = object.__new__
_set_attr = object.__setattr__


def frozen_record(cls, fields: dict):
    """An instance of the frozen dataclass cls whose fields are the dict `fields` (which it keeps), made
    without cls.__init__: a frozen __init__ sets each field through object.__setattr__, several times
    the cost of one dict assignment, and records are built dozens of times per article. The caller
    passes every field of cls, as the __init__ would have required."""
    record = _new_object(cls)
    _set_attr(record, "__dict__", fields)
    return record
