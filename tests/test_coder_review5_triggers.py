"""Review 5 mends of the dev13/dev14 patterns (docs/coder.md "Review 5 trigger mends"): exclusions on the act's own
participants, not the whole sentence, and a warning is never a grant. Sentences written for this file."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2023-09-17", "text": text})


def _rules(text):
    return {e["rule"] for e in _code(text)}


@pytest.mark.parametrize("text", [
    "Georgia warned Nicaragua that recognising Abkhazia would have no legal effect.",
    "Moldova cautioned Moscow that recognizing Transnistria would have no legal force.",
    "Georgia warned Nicaragua that any recognition of Abkhazia would be a grave mistake.",
    "Tbilisi warned Minsk that recognition of Abkhazia would have no place in relations with Georgia but would lead "
    "to a break in ties.",
    "Ukraine warned that any recognition of the annexation would bring no peace but sanctions.",
])
def test_warning_is_no_grant(text):
    assert not [e for e in _code(text) if e["recognition_stance"] == "grant" or e["cameo_code"].startswith("05")]


def test_warning_complement_is_threat():
    ev = [e for e in _code("Georgia warned Nicaragua that recognising Abkhazia would have no legal effect.")
          if e["rule"] == "recognition.recognize"]
    assert [(e["cameo_code"], e["recognition_stance"]) for e in ev] == [("130", "deny")]


def test_warn_against_other_no_is_reprisal():
    assert "recognition.warn_against" in _rules(
        "Tbilisi warned Minsk that recognition of Abkhazia would have no place in relations with Georgia but would "
        "lead to a break in ties.")


def test_reported_grant_after_warning_stays():
    # the grant is reported, not the warning's content: the head does not open the complement clause
    ev = _code("Georgia warned Nicaragua that it had recognised Abkhazia illegally.")
    assert any(e["recognition_stance"] == "grant" for e in ev)


@pytest.mark.parametrize("text, rule", [
    # 170 obliged_to_work: a military orderer or source does not make the ordered people an army
    ("The occupation commander in Enerhodar ordered residents to dig trenches around the town.",
     "labor.obliged_to_work"),
    ("Russian-installed authorities in occupied Kherson region ordered local men to dig trenches, a Ukrainian "
     "brigade spokesman said.", "labor.obliged_to_work"),
    ("Russian-installed authorities in occupied Zaporizhzhia region ordered civilians to work on fortifications "
     "near Tokmak, the military unit's commander said.", "labor.obliged_to_work"),
    ("Russian troops in occupied Vasylivka ordered local men to dig trenches.", "labor.obliged_to_work"),
    # 154 migrants_to_front: troops after the sent act are not the sent
    ("Police detained dozens of Uzbek migrants in occupied Simferopol and sent them to the front to reinforce "
     "Russian troops.", "labor.migrants_to_front"),
    ("At least 20 Tajik migrants who received Russian passports were sent to the front alongside regular soldiers, "
     "Mediazona reported.", "labor.migrants_to_front"),
    ("Kyrgyz nationals detained in raids in occupied Donetsk were sent to the front, a Ukrainian military unit said, "
     "citing captured servicemen.", "labor.migrants_to_front"),
    # 154 army_contract_offer: a promised uniform or supply shortages are no supply business
    ("Recruiters offered residents of occupied Melitopol contracts with the Russian army, promising a uniform and "
     "200,000 roubles.", "labor.army_contract_offer"),
    ("Recruiters offered residents of Nova Kakhovka contracts with the Russian army, despite supply shortages.",
     "labor.army_contract_offer"),
    # 111 judged_uncoordinated: heads of state, governors, church leaders are visitors too
    ("Ukraine's foreign ministry said the visit of Russian President Vladimir Putin to occupied Mariupol was "
     "illegal.", "recognition.judged_uncoordinated"),
    ("Georgia's foreign ministry said the visit of a Russian governor to occupied Tskhinvali was a provocation.",
     "recognition.judged_uncoordinated"),
    ("Ukraine's foreign ministry said the visit of Russian Patriarch Kirill to occupied Crimea had not been "
     "coordinated.", "recognition.judged_uncoordinated"),
    ("Moldova said the trip of the speaker of the Russian Duma to Tiraspol had not been agreed with Chisinau.",
     "recognition.judged_uncoordinated"),
    # 061 jobs_for_incomers: "the city of Omsk" is another city
    ("The occupation administration advertised jobs for specialists from the city of Omsk at the port of occupied "
     "Berdyansk.", "labor.jobs_for_incomers"),
    ("A job centre in occupied Mariupol posted vacancies for builders from the region of Tyumen.",
     "labor.jobs_for_incomers"),
])
def test_kept(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text, rule", [
    ("The Russian commander ordered men of the battalion to dig trenches near occupied Tokmak.",
     "labor.obliged_to_work"),
    ("The occupation command ordered reservists of the local brigade to dig trenches near occupied Tokmak.",
     "labor.obliged_to_work"),
    ("The Uzbek migrants were deported from occupied Simferopol, while soldiers were sent to the front.",
     "labor.migrants_to_front"),
    ("Pyongyang sent North Korean troops and Uzbek migrants to the front in occupied Donetsk.",
     "labor.migrants_to_front"),
    ("The bank offered young entrepreneurs in occupied Crimea contracts with the Russian army for uniforms.",
     "labor.army_contract_offer"),
    ("A job centre in occupied Melitopol advertised jobs for teachers from the city who had stayed.",
     "labor.jobs_for_incomers"),
])
def test_still_excluded(text, rule):
    assert rule not in _rules(text)
