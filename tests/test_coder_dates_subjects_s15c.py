"""Session 15, third dev round (dev17 classes): a relative clause after a subject's owner or origin phrase before
its passive verb (triggers._without_phrase_relative), and the date of a reporting clause with a medium and an
adverb before its date, or a fronted date after a live blog's time stamp (dates.choose_expression)."""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.dates import choose_expression, find_temporal_expressions


def _rules(text):
    return [(e["rule"], e["themes"]) for e in code_article(
        {"id": "t", "published": dt.date(2024, 10, 3), "text": text})]


@pytest.mark.parametrize("text", [
    "Citizens of Tajikistan who worked without patents were expelled from occupied Melitopol.",
    pytest.param("Eight nationals of Uzbekistan who had been working illegally on a building site in Mariupol were deported "
                 "from the occupied city.", marks=pytest.mark.xfail(strict=True, reason=(
                     "review mend: subject_relative_max_words back at 9 (13 made long relative clauses leak their verb "
                     "into the main event), so this 11-word clause is not skipped"))),
    "Foreigners from Kyrgyzstan who had no patents and worked illegally were expelled from occupied Simferopol.",
])
def test_relative_after_owner_phrase_keeps_passive_subject(text):
    assert ("labor.expel_illegal_workers", ["labor_migration"]) in _rules(text)


@pytest.mark.parametrize("text", [
    # no passive verb after the clause: the subject's own act, no expulsion
    "Citizens of Tajikistan who worked without patents in occupied Melitopol said they had not been paid.",
    # the clause names a spy case (the rule's exclusions still apply)
    "Citizens of Tajikistan who worked without permits for a foreign intelligence service were expelled from occupied Melitopol.",
])
def test_relative_after_owner_phrase_near_misses(text):
    assert "labor.expel_illegal_workers" not in [r for r, _ in _rules(text)]


def _chosen(sentence, trigger, pub=dt.date(2024, 10, 3)):
    i = sentence.index(trigger)
    e = choose_expression(find_temporal_expressions(sentence, pub), i, i + len(trigger), sentence)
    return e.date.isoformat() if e else None


@pytest.mark.parametrize("sentence,trigger,want", [
    ("Last Friday, the Russian-installed head of the region, Yevgeny Balitsky, met a delegation in Melitopol, "
     "his office said on Telegram only on Wednesday.", "met", "2024-09-27"),
    ("Last Friday, the head of the republic, Denis Pushilin, received the guests in Donetsk, his press service "
     "said in a statement on Wednesday.", "received", "2024-09-27"),
    ("09:45 — Last Friday, the Russian-installed head of occupied Zaporizhzhia Oblast, Yevgeny Balitsky, met a "
     "delegation in Melitopol, his office said on Wednesday.", "met", "2024-09-27"),
    # near-misses: the act dated in its own clause; a time stamp with no fronted date
    ("The governor, Yevgeny Balitsky, met a delegation in Melitopol on Wednesday, his office said on Telegram "
     "only on Thursday.", "met", "2024-10-02"),
    ("09:45 — The governor, Yevgeny Balitsky, said on Telegram the delegation met officials in Melitopol on "
     "Monday.", "met", "2024-09-30"),
])
def test_report_and_timestamp_dates(sentence, trigger, want):
    assert _chosen(sentence, trigger) == want
