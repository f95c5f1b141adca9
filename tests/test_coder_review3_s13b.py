"""Review 3 (s13) findings 2, 9 and 11 (docs/coder.md "Workers leaving", "Observers, twinning nouns, refused
entry"):

- coder._phrase_closed (grammar.yaml departure_place_continuations, departure_place_closers): the place's
  phrase goes on only into a compound name (a capitalised word, a facility, place or body noun); any other
  word ends it, so "left occupied Mariupol because of unpaid wages" is a departure.
- coder._own_side_visitors: a place only called occupied takes its region's occupier, an entity of the
  sentence its territories' occupier and state: the occupier's own observers there recognise nothing.
- coder._next_reading skips the second screening when no other pattern reads the head; _sentence_commas
  works the comma tokens out once per sentence.
Sentences written for this file (the reviewer's, then new variants).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article, coder

PUB = dt.date(2024, 5, 16)


def _code(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


def _leaves(text):
    return [e for e in _code(text) if e["rule"] == "labor.workers_leave"]


# ------------------------------------------------------------------ finding 2: ordinary words end the place's phrase
@pytest.mark.parametrize("text", [
    "Uzbek workers left occupied Mariupol because of unpaid wages, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol due to unpaid wages, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol when their wages stopped, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol without pay, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol two weeks ago, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol yesterday, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol citing unpaid wages, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol following a strike, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol via Crimea, Uzbekistan's labour ministry said.",
    "Uzbek workers left occupied Mariupol once their contracts ended, Uzbekistan's labour ministry said.",
    # variants
    "Hundreds of Tajik builders have fled occupied Melitopol amid the shelling, a Telegram channel reported.",
    "Kazakh welders quit occupied Mariupol after months without wages.",
    "Most doctors have left occupied Nova Kakhovka Tuesday, the regional administration said.",
    "Electricians have left occupied Enerhodar unpaid, Ukraine's energy ministry said.",
    "Teachers have left the city because of threats, the mayor of occupied Berdiansk said.",
])
def test_a_departure_followed_by_an_ordinary_word(text):
    evs = _leaves(text)
    assert evs and all("labor_migration" in e["themes"] for e in evs), evs


@pytest.mark.parametrize("text", [
    # near misses: the name goes on into a building or body
    "Uzbek workers left occupied Mariupol Port after the strike.",
    "Uzbek workers left the occupied Mariupol city council session early.",
    "Tajik builders left occupied Mariupol administration buildings last week.",
    "Doctors left the occupied Melitopol district court after the hearing.",
    "Workers left occupied Mariupol Azovstal plant before the storming.",
    "In occupied Nova Kakhovka, nurses left the city hall meeting in protest.",
])
def test_a_compound_name_is_no_place_left(text):
    assert not _leaves(text)


# ------------------------------------------------------------------ finding 9: own-side observers
@pytest.mark.parametrize("text, themed", [
    ("Russian observers from the Civic Chamber monitored the voting in occupied Zaporizhzhia.", False),
    ("Russian observers monitored the so-called referendum in the DPR.", False),
    ("Russian observers monitored the sham vote in occupied Kherson.", False),
    ("Russian observers monitored the so-called referendum in the Donetsk People's Republic.", False),
    # a third state's observers stay a recognition
    ("Belarusian observers monitored the so-called referendum in the DPR.", True),
    ("Serbian observers monitored the voting in occupied Zaporizhzhia.", True),
])
def test_the_occupiers_own_observers_in_a_place_called_occupied_or_an_entity(text, themed):
    evs = [e for e in _code(text) if e["rule"].startswith("recognition.")]
    assert evs and all(("diplomatic_recognition" in e["themes"]) == themed for e in evs), \
        [(e["actor1_code"], e["themes"]) for e in evs]


# ------------------------------------------------------------------ finding 11: cost
def test_a_departure_with_no_other_reading_is_screened_once(monkeypatch):
    calls = []
    real = coder._screen_matches

    def counting(*a, **k):
        calls.append(1)
        return real(*a, **k)
    monkeypatch.setattr(coder, "_screen_matches", counting)
    assert not _leaves("Uzbek workers left the Zaporizhzhia nuclear power plant yesterday.")
    assert len(calls) == 1


def test_comma_tokens_are_worked_out_once_per_sentence(monkeypatch):
    calls = []
    real = coder._comma_tokens

    def counting(*a, **k):
        calls.append(1)
        return real(*a, **k)
    monkeypatch.setattr(coder, "_comma_tokens", counting)
    evs = _code("Belarusian observers monitored the voting in occupied Kherson, and Serbian observers monitored the "
                "referendum in occupied Melitopol.")
    assert len([e for e in evs if e["rule"] == "recognition.observe_vote"]) == 2
    # once for the first matching pass (before the article's context exists), once for the coder's rules
    assert len(calls) <= 2
