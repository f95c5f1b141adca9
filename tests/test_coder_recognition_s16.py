"""Recognition acts in other wordings, session 16 first round (classes of the mission_phrasings dev21 recognition rows,
tested on new sentences with near-misses): signing told as "inked" or "put their names to" (triggers.yaml
support.sign), a bank's or firm's branch is no mission (recognition.open_office_in_occupied objects), a signing put
off with a parenthetical after the noun's complement (coder._cancelled_after; grammar.yaml
cancelled_complement_max)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["themes"], e["recognition_stance"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


# --- triggers.yaml support.sign: "ink", "put their names to" ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Belarus's Mogilev region and the Moscow-installed administration of Zaporizhzhia region have inked a memorandum "
    "on cooperation in agriculture, the regional governor wrote on Telegram.",
    "The Russian-installed head of Crimea and a visiting Syrian governor inked an agreement on tourism in Yalta.",
    "Officials of Abkhazia and the DPR inked a protocol on trade in Sukhumi on Monday.",
    "The speakers of the LPR's People's Council and of South Ossetia's parliament put their names to a protocol "
    "on inter-parliamentary cooperation in Tskhinvali.",
])
def test_signing_wordings_are_recognition(text):
    assert any(c == "057" and "diplomatic_recognition" in th and st == "grant" for c, th, st in _events(text))


@pytest.mark.parametrize("text", [
    "Russia and Iran inked a 20-year strategic partnership treaty in Moscow.",
    "Speakers of the two parliaments put their names to a joint declaration in Minsk.",
])
def test_signing_wordings_elsewhere_are_057_without_theme(text):
    got = _events(text)
    assert any(c == "057" for c, _, _ in got)
    assert not any("diplomatic_recognition" in th for _, th, _ in got)


@pytest.mark.parametrize("text", [
    "The artist inked a tattoo on his arm in Donetsk.",
    "Hundreds of scientists put their names to an open letter against the war.",
    "The newspaper's cartoonist inked a caricature of the Russian-installed governor of Kherson.",
])
def test_signing_words_in_other_senses_code_nothing(text):
    assert not any(c == "057" for c, _, _ in _events(text))


# --- recognition.open_office_in_occupied: no "branch" ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sberbank opened its first branches in Sevastopol and Simferopol on Monday.",
    "Russian bank VTB opened a branch in occupied Donetsk on Tuesday.",
    "A Moscow retail chain has opened three branches in occupied Mariupol.",
])
def test_a_firms_branch_is_no_mission(text):
    assert not any("diplomatic_recognition" in th for _, th, _ in _events(text))


@pytest.mark.parametrize("text", [
    "Abkhazia opened a representative office in occupied Sevastopol on Tuesday.",
    "The DPR's foreign ministry opened an office in Damascus, separatist media said.",
])
def test_offices_of_the_entities_stay_missions(text):
    assert any(c == "054" and "diplomatic_recognition" in th for c, th, _ in _events(text))


# --- coder._cancelled_after: parenthetical after the complement-------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The signing of a memorandum between Sukhumi and Belarus's Brest region, planned for Thursday, has been "
    "postponed, Abkhaz media said.",
    "The signing of an agreement between the LPR and South Ossetia, scheduled for next week, was called off, the "
    "LPR foreign ministry said.",
    "The signing of a cooperation treaty with Abkhazia, set for Monday, has been delayed until the autumn.",
])
def test_signing_put_off_after_a_late_parenthetical_is_no_event(text):
    assert not any(c == "057" for c, _, _ in _events(text))


@pytest.mark.parametrize("text", [
    # held after all
    "The signing of a memorandum between Tiraspol and Vitebsk region, planned for Friday, took place as scheduled.",
    # another act is put off, after the speech clause
    "The signing of a memorandum between Tiraspol and Vitebsk region went ahead on Friday, officials said, and a "
    "visit was postponed.",
    # the complement holds a verb: the noun is no subject of the put-off
    "The signing of a memorandum between Tiraspol and Vitebsk region was celebrated in Minsk, with a concert that "
    "was postponed.",
])
def test_signing_not_put_off_keeps_its_event(text):
    assert any(c == "057" for c, _, _ in _events(text))
