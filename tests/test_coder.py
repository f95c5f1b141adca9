"""The coder engine with stand-in actor and place finders, so each behaviour is tested on its own.

The real dictionaries (actors, gazetteer) are exercised by tests/test_seed.py and `oep eval`.
"""
import datetime as dt
import re
from dataclasses import dataclass, field

import pytest

from pipeline.coding import coder
from pipeline.coding.text import normalize, split_sentences, tokenize
from pipeline.warehouse.tables import column_names


@dataclass(frozen=True)
class FakeActor:
    start: int
    end: int
    text: str
    name: str
    code: str
    country: str
    role: str
    kind: str
    entry: str
    inter: int | None = 1
    partially_recognized: bool = False


@dataclass(frozen=True)
class FakePlace:
    start: int
    end: int
    text: str
    name: str
    kind: str
    country_code: str
    admin1_code: str | None
    region_name: str | None
    latitude: float
    longitude: float
    geo_precision: int
    geonameid: int | None = None
    population: int = 0
    qualifier: str | None = None
    admin1_codes: tuple = field(default_factory=tuple)


ACTORS = {
    "North Korea": ("PRKGOV", "PRK", "country"), "Russia": ("RUSGOV", "RUS", "country"),
    "Kazakhstan": ("KAZGOV", "KAZ", "country"), "Syria": ("SYRGOV", "SYR", "country"),
    "Ukraine": ("UKRGOV", "UKR", "country"), "Putin": ("RUSGOV", "RUS", "person"),
    "Kim Jong Un": ("PRKGOV", "PRK", "person"), "DPR": ("DPRGOV", "DPR", "entity"),
    "Russian forces": ("RUSMIL", "RUS", "agent"), "civilians": ("UKRCVL", "UKR", "agent"),
}
PLACES = {
    "Donetsk": ("UA-14", "Donetsk Oblast", True), "Luhansk": ("UA-09", "Luhansk Oblast", True),
    "Kherson": ("UA-65", "Kherson Oblast", False), "Kyiv": ("UA-30", "Kyiv", False),
}


def fake_actors(text, on_date):
    out = []
    for name, (code, country, kind) in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(FakeActor(m.start(), m.end(), m.group(), name, code, country, code[3:], kind,
                                 name, 1, country == "DPR"))
    return sorted(out, key=lambda a: a.start)


def fake_places(text, context_countries=()):
    out = []
    for name, (code, region, _) in PLACES.items():
        for m in re.finditer(rf"\b{name}\b", text):
            before = text[max(0, m.start() - 4):m.start()].strip().lower()
            q = before if before in {"in", "near", "at"} else None
            out.append(FakePlace(m.start(), m.end(), name, name, "admin1", "UA", code, region, 48.0, 37.8, 3,
                                 qualifier=q))
    for m in re.finditer(r"\bDonbas\b", text):
        out.append(FakePlace(m.start(), m.end(), "Donbas", "Donbas", "area", "UA", None, None, 48.2, 38.5, 3,
                             admin1_codes=("UA-14", "UA-09")))
    return sorted(out, key=lambda p: p.start)


def fake_occupation(place, on):
    code = getattr(place, "admin1_code", None)
    occupied = {"UA-14": True, "UA-09": True}.get(code, False)
    return occupied, ("RUS" if occupied else None)


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch):
    monkeypatch.setattr(coder, "find_actors_fn", fake_actors)
    monkeypatch.setattr(coder, "find_places_fn", fake_places)
    monkeypatch.setattr(coder, "occupation_fn", fake_occupation)


def code(text, published="2024-03-15"):
    return coder.code_article({"article_id": "t1", "text": text, "published": published})


# ------------------------------------------------------------------ text
def test_sentence_split_keeps_abbreviations_and_offsets():
    text = ('On Sept. 13 the U.S. State Department spoke. Dr. J. R. Smith agreed. "We will go," he said. '
            "Then it ended!\n\nNew paragraph without stop\nNext line.")
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "On Sept. 13 the U.S. State Department spoke.", "Dr. J. R. Smith agreed.", '"We will go," he said.',
        "Then it ended!", "New paragraph without stop", "Next line."]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_normalize_keeps_length_and_tokens_split_negation():
    text = "Kazakhstan won\u2019t recognise \u201cthe DPR\u201d \u2014 officials"
    norm = normalize(text)
    assert len(norm) == len(text)
    words = [t for t, _, _ in tokenize(norm.lower())]
    assert words[:4] == ["kazakhstan", "wo", "n't", "recognise"]


# ------------------------------------------------------------------ events
def test_every_event_has_exactly_the_table_columns():
    events = code("North Korea opened a consulate in Donetsk on Friday.")
    assert events
    assert list(events[0].keys()) == column_names("events")


def test_grant_recognition_with_actor_place_and_evidence():
    text = "North Korea opened a consulate in Donetsk on Friday."
    (ev,) = code(text)
    assert (ev["cameo_code"], ev["recognition_stance"], ev["negated"]) == ("054", "grant", False)
    assert ev["themes"] == ["diplomatic_recognition"]
    assert ev["actor1_code"] == "PRKGOV" and ev["admin1_code"] == "UA-14" and ev["occupied"] is True
    assert text[ev["char_start"]:ev["char_end"]] == ev["trigger_text"] == "opened a consulate"
    assert ev["evidence"] == text and ev["rule"] == "recognition.open_mission"
    assert ev["quad_class"] == 1 and ev["goldstein"] == 6.0 and ev["plover_type"] == "SUPPORT"
    assert any(e.startswith("actor:") for e in ev["dictionary_entries"])


@pytest.mark.parametrize("text", [
    "Kazakhstan will not recognize the DPR.",
    "Kazakhstan refused to recognize the independence of the DPR.",
    "Kazakhstan does not recognize the DPR as a state.",
])
def test_negated_recognition_is_a_denial(text):
    (ev,) = code(text)
    assert ev["cameo_root"] == "12" and ev["negated"] is True
    assert ev["recognition_stance"] == "deny" and "diplomatic_recognition" in ev["themes"]
    assert ev["actor1_country"] == "KAZ"


def test_condemned_opening_is_a_denial_not_a_grant():
    (ev,) = code("Ukraine condemned the opening of a consulate in Donetsk.")
    assert ev["cameo_code"] == "111" and ev["recognition_stance"] == "deny" and ev["actor1_country"] == "UKR"


def test_appeal_to_recognize_is_seek():
    (ev,) = code("The DPR urged Syria to recognize its independence.")
    assert ev["cameo_root"] == "02" and ev["recognition_stance"] == "seek"
    assert (ev["actor1_country"], ev["actor2_country"]) == ("DPR", "SYR")


def test_passive_voice_agent_is_the_source():
    events = code("Hundreds of workers were brought to Donetsk by Russia last month.")
    assert events and all("labor_migration" in e["themes"] for e in events)
    assert events[0]["actor1_country"] == "RUS"


def test_compound_actors_sign_in_both_directions():
    events = code("Russia and North Korea signed an agreement on Wednesday.")
    dyads = sorted((e["actor1_country"], e["actor2_country"]) for e in events)
    assert dyads == [("PRK", "RUS"), ("RUS", "PRK")]
    assert {e["cameo_code"] for e in events} == {"057"}
    assert len({e["event_id"] for e in events}) == 2


def test_pronoun_resolves_to_last_compatible_actor():
    events = code("Syria backed the move in March. It then opened an embassy in Donetsk.")
    (ev,) = [e for e in events if e["cameo_code"] == "054"]
    assert ev["actor1_country"] == "SYR" and ev["sentence_index"] == 1


def test_reported_speech_codes_the_reported_act():
    (ev,) = code("Russia opened a consulate in Luhansk, Ukraine said.")
    assert ev["cameo_code"] == "054" and ev["actor1_country"] == "RUS" and ev["actor2_country"] is None


def test_coordinated_places_give_one_event_per_region():
    events = code("Putin persuaded Kim Jong Un to open \"diplomatic missions\" of North Korea in Donetsk and Luhansk.")
    assert sorted(e["admin1_code"] for e in events) == ["UA-09", "UA-14"]
    assert len({e["event_id"] for e in events}) == 2
    assert {e["actor1_country"] for e in events} == {"PRK"} and {e["actor2_country"] for e in events} == {"RUS"}
    assert all(e["planned"] for e in events)


def test_area_expands_to_its_regions():
    events = code("Russia recruited construction workers in Donbas.")
    assert sorted(e["admin1_code"] for e in events) == ["UA-09", "UA-14"]


def test_sentence_without_place_uses_main_occupied_place():
    events = code("Donetsk saw new offices. Luhansk too. Donetsk again. The importation of workers began.")
    ev = [e for e in events if e["rule"] == "labor.bring_workers"]
    assert ev and ev[0]["admin1_code"] == "UA-14"


def test_shelling_with_fatalities_and_acled_type():
    (ev,) = code("Russian forces shelled Kherson, killing two civilians.")
    assert ev["cameo_code"] == "194" and ev["fatalities"] == 2
    assert ev["acled_event_type"] == "Explosions/Remote violence"
    assert ev["acled_sub_event_type"] == "Shelling/artillery/missile attack"
    assert ev["actor1_code"] == "RUSMIL" and ev["actor2_code"] == "UKRCVL"


@pytest.mark.parametrize("text", [
    "It remains an open question whether the talks will resume.",
    "Analysts saw it as a sign of weakness.",
    "The ministry said it recognized the need for more dialogue.",
    "Officials hope to work out the details soon.",
    "The weather in Kyiv was mild and sunny on Sunday.",
    "Ukraine did not attack the bridge.",
])
def test_no_event_for_idioms_negatives_and_denied_acts(text):
    assert code(text) == []


def test_quotes_and_so_called_still_count():
    events = code('The so-called "DPR" opened pseudo-diplomatic "representative offices" in Luhansk.')
    assert [e["cameo_code"] for e in events] == ["054"]


def test_deterministic_output():
    text = ("Russia and North Korea signed an agreement. Russian forces shelled Kherson. "
            "Kazakhstan will not recognize the DPR.")
    assert code(text) == code(text)


def test_date_falls_back_to_publication():
    (ev,) = code("North Korea opened a consulate in Donetsk.", published="2024-02-10")
    if ev["date_source"] == "publication":
        assert ev["event_date"] == dt.date(2024, 2, 10) and ev["date_precision"] == "day"
        assert ev["date_text"] is None and ev["time_precision"] == 1
