"""Mends of review A (world rules of s17a/s17b/s17c/s17w3): the reviewer's regression sentences and new variants of
each class, beside the rules' intended positives (which must keep working)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2025-03-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _pairs(text, root, date="2025-03-01"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date) if e["cameo_root"] == root]


def _rules(text):
    return [e["rule"] for e in _events(text)]


# --- finding 1: appeal.military_aid took its target from a later clause (triggers.yaml addressee_target,
# coder._addressee_targets; object_noncomplements "to be") -------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Zelensky asked for more air defence to protect against Russian attacks.", ("UKRGOV", None)),
    ("Zelensky asked allies for more Patriot systems on Monday, a day after Russian missiles killed 20 people in Kyiv.",
     ("UKRGOV", None)),
    ("Kyiv asked its partners for more weapons to defend against Russian attacks.", ("UKRGOV", None)),
    ("Zelensky asked allies for air defence as Russia pounded cities.", ("UKRGOV", None)),
    ("Zelensky asked allies for long-range missiles to strike targets inside Russia.", ("UKRGOV", None)),
    ("Taiwan asked for more fighter jets to deter China.", ("TWN", None)),
    # the intended positives: the addressee between verb and "for", or a giver after the weapons
    ("Ukraine asked Germany for Taurus missiles.", ("UKR", "DEU")),
    ("Zelensky asked Donald Trump for more Patriot air defence systems.", ("UKRGOV", "USAGOV")),  # (Trump in office at the 2025 date)
    ("Ukraine asked for more tanks from Germany.", ("UKR", "DEU")),
    ("The rebels asked the government for arms to fight the jihadists.", ("REB", "GOV")),
])
def test_military_aid_addressee_only(text, pair):
    assert _pairs(text, "02") == [pair], _pairs(text, "02")


def test_military_aid_surrendered_weapons():
    assert not _pairs("Police asked residents for weapons to be handed in.", "02")
    assert not _pairs("The mayor asked residents for guns and weapons to be surrendered at police stations.", "02")


# --- finding 2: relations cut by a compound subject over a third state (coder._roles) -----------------------------
@pytest.mark.parametrize("text, pairs", [
    ("Mali and Niger cut diplomatic ties over Ukraine's support for rebels.", {("MLI", "UKR"), ("NER", "UKR")}),
    ("Burkina Faso and Mali cut ties in protest at Ukraine's comments.", {("BFA", "UKR"), ("MLI", "UKR")}),
    ("Mali and Burkina Faso froze relations because of Ukraine's remarks.", {("MLI", "UKR"), ("BFA", "UKR")}),
    ("Mali and Niger broke off relations in protest against France.", {("MLI", "FRA"), ("NER", "FRA")}),
    # the intended mutual reading: no third state
    ("Georgia and Russia severed relations in 2008.", {("GEO", "RUS"), ("RUS", "GEO")}),
    ("Morocco and Iran cut diplomatic ties.", {("MAR", "IRN"), ("IRN", "MAR")}),
    ("Serbia and Kosovo cut ties after clashes in the north.", {("SRB", "XKX"), ("XKX", "SRB")}),
])
def test_relations_cut_partner(text, pairs):
    assert set(_pairs(text, "16")) == pairs, _pairs(text, "16")


# --- finding 3: a state's own diplomats ordered out are withdrawn, not expelled (order_diplomats_out gap_exclusions)
@pytest.mark.parametrize("text", [
    "The State Department ordered non-emergency diplomats out of Kyiv as Russian troops massed on the border.",
    "Britain ordered its diplomats out of Khartoum as fighting raged.",
    "The US ordered its ambassador out of Niger after the coup.",
    "Britain ordered its diplomats to leave Khartoum.",
    "Washington ordered non-essential diplomats to leave Haiti.",
    "Germany ordered their envoys out of Tripoli as clashes spread.",
])
def test_own_diplomats_withdrawn(text):
    assert "sanction.order_diplomats_out" not in _rules(text), _events(text)


@pytest.mark.parametrize("text, pair", [
    ("Burkina Faso ordered three French diplomats out of the country.", ("BFA", "FRAGOV")),
    ("Kyiv ordered the Russian envoy out of Ukraine.", ("UKRGOV", "RUSGOV")),
    ("Niger's junta ordered the French ambassador to leave the country.", ("NERGOV", "FRAGOV")),
])
def test_diplomats_expelled(text, pair):
    assert pair in _pairs(text, "16"), _pairs(text, "16")


# --- finding 4: approving a resolution that asks for a truce is no truce (yield.ceasefire gap/noncomplements) -------
@pytest.mark.parametrize("text", [
    "The UN Security Council approved a resolution demanding a ceasefire.",
    "The UN General Assembly approved a resolution urging a ceasefire in Gaza.",
    "The Security Council approved a ceasefire monitoring mission.",
    "Parliament approved a ceasefire resolution.",
    "The Security Council approved a resolution seeking a truce in Sudan.",
])
def test_approved_resolution_no_ceasefire(text):
    assert "yield.ceasefire" not in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "Israel's security cabinet approved a ceasefire with Hezbollah.",
    "The Israeli government approved a ceasefire in Gaza.",
    "The rebels announced a three-day ceasefire.",
])
def test_approved_ceasefire_kept(text):
    assert "yield.ceasefire" in _rules(text), _events(text)


# --- finding 5: a diplomat summoned (home) for consultations is recalled, no summons (disapprove.summon) ---------------
@pytest.mark.parametrize("text", [
    "France's ambassador to Italy was summoned home for consultations.",
    "Poland's ambassador to Israel was summoned to Warsaw for consultations after the strike.",
    "The ambassador to Belgium was summoned to Paris for consultations.",
    "Germany summoned its ambassador to Turkey back to Berlin for consultations.",
])
def test_summoned_for_consultations(text):
    assert not _pairs(text, "11"), _pairs(text, "11")


@pytest.mark.parametrize("text, pair", [
    ("Moscow's ambassador to Chisinau was summoned by the Moldovan foreign ministry.", ("MDAGOV", "RUSGOV")),
    ("Moldova summoned the Russian ambassador over the drone incursion.", ("MDA", "RUSGOV")),
])
def test_summons_kept(text, pair):
    assert pair in _pairs(text, "11"), _pairs(text, "11")


# --- finding 6: the gunmen's own act is kept when the other violent act is in another clause (_attacker_act,
# grammar attacker_act_window, attacker_act_breaks) -----------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Gunmen killed a police officer in Karachi, while a bomb exploded in Quetta.", (None, "PAKCOP")),
    ("Gunmen killed five soldiers in an ambush in Niger.", (None, "NER")),
    ("Gunmen killed a police officer in Lagos after a bomb exploded near the market.", (None, "NGACOP")),
])
def test_gunmen_act_kept(text, pair):
    assert pair in [(e["actor1_code"], e["actor2_code"]) for e in _events(text) if e["rule"] == "fight.open_fire"], \
        _events(text)


@pytest.mark.parametrize("text", [
    "Gunmen on motorcycles shot dead a cleric in Peshawar.",
    "Unidentified gunmen attacked a police station in Balochistan.",
    "Gunmen stormed a school in Kaduna.",
])
def test_gunmen_name_the_doers(text):
    assert "fight.open_fire" not in _rules(text), _events(text)


# --- finding 7: workplace rules are no threat (threaten.warn_not_tolerate sentence_exclusions) ---------------------
@pytest.mark.parametrize("text", [
    "The company warned staff that it would not tolerate harassment.",
    "The school warned parents it would not tolerate bullying.",
    "The club warned fans it would not tolerate racism in the stands.",
])
def test_not_tolerate_workplace(text):
    assert not _pairs(text, "13"), _pairs(text, "13")


@pytest.mark.parametrize("text, pair", [
    ("Hezbollah warned it would not tolerate Israeli strikes on Lebanon.", ("LBNREB", "ISR")),
    ("China warned it would not tolerate foreign interference in Taiwan.", ("CHN", "TWN")),
])
def test_not_tolerate_kept(text, pair):
    assert pair in _pairs(text, "13"), _pairs(text, "13")


# --- finding 8: a bid to host is no membership bid; "bid to join" is (reject.block_adoption(_of)) --------------------
@pytest.mark.parametrize("text", [
    "The IOC blocked approval of India's bid to host the 2036 Olympics.",
    "FIFA blocked approval of Morocco's bid to stage the World Cup.",
    "Regulators blocked approval of the takeover bid.",
])
def test_bid_not_membership(text):
    assert not _pairs(text, "12"), _pairs(text, "12")


@pytest.mark.parametrize("text, pair", [
    ("Turkey blocked Sweden's bid to join NATO.", ("TUR", "SWE")),
    ("Hungary blocked Ukraine's bid to join the EU.", ("HUN", "UKR")),
    ("Greece blocked North Macedonia's application to join the EU.", ("GRC", "MKD")),
    ("Hungary blocked approval of Sweden's NATO bid.", ("HUN", "SWE")),
    ("Austria blocked approval of Romania's membership application.", ("AUT", "ROU")),
])
def test_membership_bid_blocked(text, pair):
    assert pair in _pairs(text, "12"), _pairs(text, "12")


# --- finding 9: a party's, union's or crowd's show of force (mobilize.show_of_force sentence_exclusions) -----------
@pytest.mark.parametrize("text", [
    "The ruling party's show of force in the capital drew thousands of supporters as police stood by.",
    "The union's strike was a show of force that the army could not ignore.",
    "Opposition supporters staged a show of force in Caracas as riot police watched.",
])
def test_show_of_force_political(text):
    assert "mobilize.show_of_force" not in _rules(text), _events(text)


@pytest.mark.parametrize("text", [
    "China sent 45 warplanes and 14 warships around Taiwan in a show of force.",
    "Russian troops staged a show of force near the border.",
])
def test_show_of_force_kept(text):
    assert "mobilize.show_of_force" in _rules(text), _events(text)


# --- finding 10: smaller classes ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # aid.relief_personnel: an outbreak of war is no disaster; a firm's doctors are no state relief
    "Cuba sent doctors to Angola after the outbreak of war.",
    "The company sent its doctors to the flood-hit province to protect its employees.",
    # disapprove.criticize: the noun "rebuke" (cues.yaml discard)
    "The State Department issued a sharp rebuke to Beijing.",
    # consult.play_host: a standing presence hosted
    "Dubai played host to Russian oligarchs fleeing sanctions.",
    "Qatar has played host to Hamas's political office since 2012.",
    # sanction.suspend_cooperation: sports bodies and firms
    "FIFA suspended cooperation with the Russian football union.",
    "Google suspended cooperation with Huawei.",
])
def test_smaller_near_misses(text):
    rules = _rules(text)
    assert not {"aid.relief_personnel", "disapprove.criticize", "consult.play_host",
                "sanction.suspend_cooperation"} & set(rules), _events(text)


def test_rare_rebuke_is_one_criticism():
    assert _rules("In a rare rebuke, the Pope criticised Israel's strikes.").count("disapprove.criticize") == 0


@pytest.mark.parametrize("text, rule", [
    ("Cuba sent 40 doctors to Jamaica after Hurricane Melissa.", "aid.relief_personnel"),
    ("The United States rebuked Spain for refusing to let the warships dock.", "disapprove.criticize"),
    ("Tokayev played host to Vladimir Putin in Astana.", "consult.play_host"),
    ("Tehran suspended its cooperation with the IAEA.", "sanction.suspend_cooperation"),
    ("Mali froze all military cooperation with France.", "sanction.suspend_cooperation"),
])
def test_smaller_positives(text, rule):
    assert rule in _rules(text), _events(text)
