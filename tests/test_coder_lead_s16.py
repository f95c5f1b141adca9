"""The lead's rules and review mends of session 16 (new sentences, with near-misses)."""
import pytest

from pipeline.coding import code_article


def _codes(text, date="2024-06-01"):
    return [e["cameo_code"] for e in code_article({"article_id": "t", "published": date, "text": text})]


# --- coder._cancelled_after: a parenthetical that says the act took place (parenthetical_occurrence_words) ------
@pytest.mark.parametrize("text", [
    "Talks between Sudan's army and the RSF, held in Jeddah, were suspended after two days.",
    "Negotiations between Armenia and Azerbaijan, held in Almaty, were suspended on Friday without a deal.",
    "Talks between Hamas and Israel, which began in Cairo on Sunday, were suspended on Tuesday.",
])
def test_talks_held_before_they_were_suspended_keep_their_event(text):
    assert any(c.startswith("04") for c in _codes(text))


@pytest.mark.parametrize("text", [
    "Talks between Sudan's army and the RSF, scheduled for Monday, were postponed.",
    "Talks between Armenia and Azerbaijan, planned for next week in Almaty, have been called off.",
])
def test_talks_put_off_before_they_were_held_are_no_event(text):
    assert not any(c.startswith("04") for c in _codes(text))
