"""Session 19, behaviour-changing mends from the final read of coder.py (session 18's note, "Read of the change").

1. coder._next_reading skipped the screen when no place_objects head stood near the failed match's head, though the
   screen also adds leader_objects matches: a hosting whose guest is a leader named by name ("received Vladimir
   Putin") was lost when a context_required labour reading of the same head ("received ... migrant workers") failed.
   It now checks the union (coder._may_have_place_object), as a title does already ("received President Putin
   and migrant workers").
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article

PUB = dt.date(2024, 3, 14)


def _code(text):
    return code_article({"id": "t", "published": PUB, "text": text})


def _events(text):
    return {(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _code(text)}


# --- 1. a next reading found only by a leader head ------------------------------------------------------------------
@pytest.mark.parametrize("text, host, guest", [
    ("Kazakh President Kassym-Jomart Tokayev received Vladimir Putin and migrant workers from Uzbekistan in Astana.",
     "KAZGOV", "RUSGOV"),
    ("Recep Tayyip Erdogan received Ilham Aliyev and migrant workers at the palace on Monday.", "TURGOV", "AZEGOV"),
    ("Shavkat Mirziyoyev receives Kassym-Jomart Tokayev and foreign workers in Tashkent.", "UZBGOV", "KAZGOV"),
    # (as the title reading did already)
    ("Kazakh President Kassym-Jomart Tokayev received President Putin and migrant workers from Uzbekistan in Astana.",
     "KAZGOV", "RUSGOV"),
])
def test_a_leader_guest_is_hosted_when_the_labour_reading_of_the_head_fails(text, host, guest):
    assert ("043", host, guest) in _events(text)


@pytest.mark.parametrize("text", [
    "Tokayev received migrant workers from Uzbekistan in Astana.",  # no leader: the labour reading lacks its context
    "Tokayev received Vladimir Putin's letter and migrant workers in Astana.",  # the leader owns the next noun
])
def test_no_hosting_without_a_leader_right_after_the_head(text):
    assert not any(code == "043" for code, _, _ in _events(text))
