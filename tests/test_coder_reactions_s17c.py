"""Session 17 (branch s17y2): reactions that judge a visit told before them.

- coder._visitor_state_cause: a protest or summons by the state whose occupied territory a foreign party just
  visited, aimed at that party's own country and naming no visit, judges that visit (a denial); near-misses: the
  reaction names a cause of its own, targets another country, comes from a third state, or follows a visit to
  the state's own capital.
- coder._restated_visit: an unthemed visit noun that restates a themed visit just told ("It was the first visit
  to the city by ...") does not hide that visit from an anaphoric reaction ("condemned the minister's trip").
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article

PUB = dt.date(2024, 5, 17)
LUHANSK = ("A delegation of Venezuela's National Assembly visited occupied Luhansk on Monday and met Leonid "
           "Pasechnik, the Russian-installed leader of the region.\n\n")


def _reactions(text):
    return [e for e in code_article({"id": "t", "published": PUB, "text": text}) if e["sentence_index"] > 0
            and e["cameo_root"] in ("11", "12", "13", "16")]


def _denied(text):
    return [e for e in _reactions(text)
            if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == "deny"]


@pytest.mark.parametrize("text", [
    LUHANSK + "On Wednesday Ukraine's foreign ministry handed a protest note to Venezuela's charge d'affaires in "
              "Warsaw.",
    "Nicaraguan lawmakers toured occupied Sukhumi on Friday at the invitation of the Abkhaz parliament.\n\n"
    "Georgia's foreign ministry summoned Nicaragua's ambassador the next day.",
    # the protest names the trip itself after "against": still this visit
    LUHANSK + "Ukraine's foreign ministry lodged a formal protest with Venezuela's embassy against what it called an "
              "illegal trip.",
])
def test_reaction_against_the_visitors_country_denies_the_visit(text):
    got = _denied(text)
    assert got and all(e["admin1_code"] in ("UA-09", "GE-AB") for e in got), _reactions(text)


@pytest.mark.parametrize("text", [
    # a cause of its own
    LUHANSK + "On Wednesday Ukraine's foreign ministry summoned Venezuela's ambassador over the detention of a "
              "Ukrainian sailor in Caracas.",
    # another country than the visitors'
    LUHANSK + "On Wednesday Ukraine's foreign ministry summoned Hungary's ambassador.",
    # not the visited territory's state
    LUHANSK + "On Wednesday Georgia's foreign ministry summoned Venezuela's ambassador.",
    # a visit to the state's own capital is no recognition act
    "A delegation of Venezuela's National Assembly visited Kyiv on Monday and met President Volodymyr Zelensky.\n\n"
    "On Wednesday Ukraine's foreign ministry summoned Venezuela's ambassador.",
])
def test_reaction_near_misses_stay_unthemed(text):
    assert _reactions(text) and not _denied(text), _reactions(text)


@pytest.mark.parametrize("text", [
    "Venezuela's foreign minister visited occupied Melitopol on Monday at the invitation of Yevgeny Balitsky. It "
    "was the first visit to the region by a minister of a Latin American government.\n\nKyiv denounced the "
    "minister's trip the next day.",
    "Burkina Faso's energy minister toured occupied Mariupol on Monday as a guest of Denis Pushilin. It was the "
    "first visit to the city by a minister of an African government.\n\nUkraine's foreign ministry condemned the "
    "minister's trip on Tuesday.",
])
def test_restated_visit_does_not_hide_the_themed_visit(text):
    assert _denied(text), _reactions(text)


@pytest.mark.parametrize("text", [
    "Venezuela's foreign minister met Denis Pushilin in occupied Donetsk on Monday.\n\nUkraine's foreign ministry said "
    "on Tuesday that it regarded the meeting as having no legal force.",
    "Nicaragua's deputy foreign minister held talks with the Abkhaz leader in Sukhumi on Friday.\n\nGeorgia's foreign "
    "ministry said it considered the meeting null and void.",
])
def test_judged_invalid_meeting_denies_the_meeting_told_before(text):
    got = _denied(text)
    assert got and all(e["cameo_root"] == "12" and e["rule"] == "reject.judged_invalid_visit" for e in got), \
        _reactions(text)


def test_judged_invalid_meeting_in_kyiv_is_no_denial():
    text = ("President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Monday.\n\nMoscow said on Tuesday "
            "that it regarded the meeting as having no legal force.")
    got = _reactions(text)
    assert [e["cameo_root"] for e in got] == ["12"] and not _denied(text), got


def test_judged_invalid_shareholders_meeting_is_no_event():
    text = ("The company's shareholders met in Geneva on Monday.\n\nA court in Zurich said it regarded the meeting as "
            "null and void because the board had not been notified.")
    assert not [e for e in code_article({"id": "t", "published": PUB, "text": text})
                if e["rule"] == "reject.judged_invalid_visit"]
