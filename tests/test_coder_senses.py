"""Word senses the coder must tell apart: worker arrivals vs visits, attack vs protest 'strike',
entity date bounds. Sentences are our own."""
import pytest

from pipeline.coding import code_article


def _codes(text, published="2023-06-14"):
    return [(e["cameo_code"], e["rule"], tuple(e["themes"])) for e in
            code_article({"article_id": "t", "text": text, "published": published})]


def test_worker_arrival_is_labor_not_visit():
    for text in ("About three hundred welders from Kyrgyzstan arrived in occupied Berdiansk on Monday.",
                 "A brigade of builders from Bashkortostan arrived in occupied Lysychansk in April.",
                 "The laborers arrived in Novosibirsk from Tajikistan."):
        evs = _codes(text)
        assert evs, text
        assert all(c == "061" and "labor_migration" in th for c, _, th in evs), (text, evs)


def test_official_arrival_stays_visit():
    evs = _codes("A delegation of Belarusian officials arrived in occupied Melitopol.")
    assert any(c == "042" for c, _, _ in evs), evs
    assert not any("labor_migration" in th for _, _, th in evs), evs
    # non-labor workers are no labor migration
    evs = _codes("Red Cross staff arrived in occupied Nova Kakhovka.")
    assert not any("labor_migration" in th for _, _, th in evs), evs


def test_strike_attack_sense():
    for text in ("Russian jets struck a fuel depot near Pavlohrad on Sunday.",
                 "Overnight strikes on the power grid of Kharkiv left thousands without heat.",
                 "The strike destroyed a warehouse in Bilhorod-Dnistrovskyi.",
                 "Ukrainian troops struck an ammunition depot in occupied Tokmak."):
        evs = _codes(text)
        assert any(c.startswith("19") for c, _, _ in evs), (text, evs)
        assert not any(c.startswith("14") for c, _, _ in evs), (text, evs)


def test_strike_protest_sense():
    for text in ("Bus drivers in Lviv went on strike over unpaid salaries.",
                 "Port employees struck for higher pay in Izmail.",
                 "A strike by teachers closed schools in Chisinau.",
                 "The dockers' strike entered its second week."):
        evs = _codes(text)
        assert any(c.startswith("14") for c, _, _ in evs), (text, evs)
        assert not any(c.startswith("19") for c, _, _ in evs), (text, evs)


def test_attack_cue_past_the_clause_comma_does_not_count():
    # the cue after the comma belongs to the attribution clause, not to the strike
    for text in ("Teachers in Kherson began a strike, military officials said on Monday.",
                 "Nurses at the city hospital started a strike, army spokesmen confirmed."):
        evs = _codes(text)
        assert any(c.startswith("14") for c, _, _ in evs), (text, evs)
        assert not any(c.startswith("19") for c, _, _ in evs), (text, evs)


def test_outcome_clause_after_the_comma_shows_the_attack_sense():
    for text in ("Russia launched a strike, killing two civilians in Kherson.",
                 "The enemy carried out a strike, wounding four residents of Nikopol."):
        evs = _codes(text)
        assert any(c.startswith("19") for c, _, _ in evs), (text, evs)
        assert not any(c.startswith("14") for c, _, _ in evs), (text, evs)


def test_kill_idioms_are_not_violence():
    for text in ("Miners in Donetsk began a strike, killing time in the square, officials said.",
                 "Grain traders made a killing on exports from Berdiansk."):
        assert not any(c.startswith("18") for c, _, _ in _codes(text)), text


def test_missile_cue_keeps_shelling_subtype():
    evs = code_article({"article_id": "t", "published": "2024-03-02",
                        "text": "A Russian missile struck a grain terminal in Izmail."})
    assert [e["cameo_code"] for e in evs] == ["194"], evs
    assert evs[0]["acled_event_type"] == "Explosions/Remote violence"


def test_entity_descriptions_respect_valid_to():
    text = ("Azerbaijan held talks on the future of Stepanakert. "
            "The de facto authorities signed an agreement with Baku.")
    def actors(published):
        return {c for e in code_article({"article_id": "t", "text": text, "published": published})
                for c in (e["actor1_code"], e["actor2_code"]) if c}
    assert "NKRGOV" in actors("2023-06-01")          # the republic still existed
    assert "NKRGOV" not in actors("2024-05-01")      # dissolved on 2024-01-01


def test_dpr_descriptions_kept_after_annexation_claim():
    text = ("Officials in Donetsk met Russian envoys. "
            "The self-proclaimed authorities signed an agreement with Moscow.")
    evs = code_article({"article_id": "t", "text": text, "published": "2024-05-01"})
    assert any("DPRGOV" in (e["actor1_code"], e["actor2_code"]) for e in evs), evs


def test_labour_acts_elsewhere_are_coded_without_the_theme():
    # the act is coded, but nothing ties it to the occupied territories or the occupier
    for text in ("Germany plans to attract more skilled workers from India to ease labour shortages.",
                 "Kazakhstan hired 2,000 Uzbek builders for a new railway.",
                 "Japan will issue more work visas to nurses from the Philippines."):
        evs = _codes(text)
        assert any(c.startswith("06") for c, _, _ in evs), (text, evs)
        assert not any("labor_migration" in th for _, _, th in evs), (text, evs)


def test_labour_acts_tied_to_the_occupier_or_unlocated_keep_the_theme():
    for text in ("North Korea sent several hundred labourers to Russia's Far East this year.",
                 "Uzbek builders were brought in to rebuild the theatre.",  # the workers' origin locates nothing
                 "Hundreds of workers from Central Asia were brought to occupied Mariupol."):
        evs = _codes(text)
        assert any("labor_migration" in th for _, _, th in evs), (text, evs)


def _themed(text):
    return [(c, th) for c, _, th in _codes(text) if "diplomatic_recognition" in th]


def test_recognition_of_states_outside_the_mission_is_coded_without_the_theme():
    for text in ("The United States recognized the independence of Kosovo in 2008.",
                 "Taiwan signed a trade agreement with Paraguay.",
                 "Israel and the Palestinians met in Cairo for talks on water resources."):
        assert not _themed(text), (text, _codes(text))
    assert any(c == "054" for c, _, _ in _codes("The United States recognized the independence of Kosovo."))


@pytest.mark.parametrize("text", [
    # themes.yaml diplomatic_recognition mission_link parties are the entities: Russia's word on Kosovo, or a
    # Russian consulate in Minsk, is no recognition of an occupied territory
    "Russia said it would never recognise the independence of Kosovo.",
    "Russia opened a consulate in Minsk.",
    # mission_link vote_words: a vote is placed by its places and by the state whose vote it is
    "The EU does not recognise the results of the presidential election in Belarus.",
    "The United States said it would not recognize the outcome of Venezuela's election.",
    "Several countries refused to recognise the results of the vote in Georgia.",
    "Japan recognized the elections in Thailand.",
    # non_party_roles on either side: a company's contract is no state's recognition
    "The occupation administration in Mariupol signed a contract with an Iranian construction company.",
    "The DPR signed a contract with a Chinese company to supply buses.",
])
def test_coded_without_the_recognition_theme(text):
    evs = _codes(text)
    assert evs and not _themed(text), (text, evs)


@pytest.mark.parametrize("text", [
    "Russia opened a consulate in occupied Melitopol.",
    "Kazakhstan said it would not recognise the votes.",  # nothing elsewhere: the story's votes
    "North Korea recognized the results of Russia's referendums.",
    "Moldova said it does not recognise the so-called elections held in Transnistria.",
    "Most members voted on Wednesday against the referendums.",
    "Syria signed a cooperation agreement with the Russian-installed authorities of the Zaporizhzhia region.",
])
def test_tied_to_the_mission_keeps_the_recognition_theme(text):
    assert _themed(text), (text, _codes(text))


def test_recognition_tied_to_the_mission_keeps_the_theme():
    for text in ("Nicaragua recognized the independence of Abkhazia and South Ossetia.",
                 "North Korea recognized Russia's annexation of the four regions.",
                 "Syria established diplomatic relations with the DPR.",
                 "The Kremlin said it would establish diplomatic relations with the self-proclaimed republics."):
        assert _themed(text), (text, _codes(text))


def test_diplomatic_relations_between_other_states_are_054_without_the_theme():
    assert [(c, th) for c, _, th in _codes("Chile established diplomatic relations with Vietnam on Monday.")] \
        == [("054", ())]
    evs = _codes("Estonia refused to establish diplomatic relations with Iran.")
    assert [c for c, _, _ in evs] == ["120"] and not any(th for _, _, th in evs), evs


def test_conscription_of_citizens_is_no_labour_recruitment():
    # recruit_migrants needs a recruiting word AND a migrant word (sentence_terms_also)
    for text in ("Russian police handed draft notices to men in Moscow.",
                 "Military enlistment officers served summonses to students in Kazan."):
        assert not any("labor_migration" in th for _, _, th in _codes(text)), (text, _codes(text))
    for text in ("Russian police handed draft notices to migrants at a Moscow market.",
                 "Migrants from Central Asia were handed draft notices in Moscow."):
        assert any(c == "154" and "labor_migration" in th for c, _, th in _codes(text)), (text, _codes(text))


def test_refusing_to_recognise_a_judged_vote_in_the_occupied_territories_is_a_denial():
    for text in ("The EU said it would never recognise the sham elections held in occupied Ukraine.",
                 "Nobody will recognise the pseudo-elections in occupied Crimea, Zelensky said."):
        evs = code_article({"article_id": "t", "text": text, "published": "2024-03-14"})
        assert any(e["recognition_stance"] == "deny" and "diplomatic_recognition" in e["themes"] for e in evs), \
            (text, [(e["cameo_code"], e["rule"], e["themes"]) for e in evs])
    # a judged vote elsewhere is not the mission's
    assert not _themed("The opposition refused to recognise the sham election in Belarus.")
