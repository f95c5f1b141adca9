"""The coder's function-word lists (schemas/codebook/grammar.yaml), read field by field into Grammar
and compiled once per process. Both the coder and the trigger matcher use them."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

import yaml

from pipeline.paths import schemas_dir

# The coder's word split: lower-case words, digits and apostrophes ("self-proclaimed" is two words).
WORD = re.compile(r"[a-z0-9']+")

# How a Grammar field is read from grammar.yaml, by the name of its annotation: a word set, word
# sequences as written, phrases split on spaces (longest first), phrases in the coder's word split, word
# beginnings (a tuple for str.startswith).
Words = frozenset
Seqs = Phrases = WordSeqs = Stems = tuple
_GRAMMAR_LOADERS = {
    # (a nested list is a shared YAML anchor, flattened: grammar.yaml nonagent_rally_subjects)
    "Words": lambda v: frozenset(str(w).lower() for item in v or ()
                                 for w in (item if isinstance(item, list) else (item,))),
    "Stems": lambda v: tuple(sorted({str(w).lower() for w in v or ()})),
    "Seqs": lambda v: tuple(tuple(str(w).lower() for w in ph) for ph in v or ()),
    "Phrases": lambda v: tuple(sorted((tuple(str(ph).lower().split()) for ph in v or ()), key=len, reverse=True)),
    "WordSeqs": lambda v: word_seqs(v),
    "int": int,
    "str": str,
}
# fields whose grammar.yaml key differs from their name
_GRAMMAR_KEYS = {"participle_openers": "attributive_participle_openers",
                 "participle_adverbs": "attributive_participle_adverbs",
                 "participle_verb_prefixes": "attributive_participle_verb_prefixes",
                 "participle_non_verbs": "attributive_participle_non_verbs"}


@dataclass(frozen=True)
class Grammar:
    """Function-word lists of schemas/codebook/grammar.yaml, compiled once per process."""
    determiners: Words = frozenset()
    split_particles: Words = frozenset()
    split_particle_pronouns: Words = frozenset()
    split_particle_numbers: Words = frozenset()
    split_particle_quantifiers: Words = frozenset()
    split_particle_max_gap: int = 0
    function_words: Words = frozenset()
    prepositions: Words = frozenset()
    subject_phrase_prepositions: Words = frozenset()
    business_appositive_heads: Words = frozenset()
    subject_phrase_max_phrases: int = 1
    subject_relative_captive_participles: Words = frozenset()
    subject_phrase_max_words: int = 0
    participial_adjectives: Words = frozenset()
    place_participles: Words = frozenset()
    departure_place_fillers: Words = frozenset()
    departure_place_nouns: Words = frozenset()
    departure_place_modifiers: Words = frozenset()
    departure_place_continuations: Words = frozenset()
    departure_place_closers: Words = frozenset()
    departure_facility_nouns: Words = frozenset()
    departure_destination_prepositions: Words = frozenset()
    negative_subjects: Seqs = ()
    negative_subject_inclusions: Seqs = ()
    negative_subject_exceptions: Seqs = ()
    negative_subject_window: int = 12
    hedges: Seqs = ()
    denial_verbs: Words = frozenset()
    denial_objects: Words = frozenset()
    denial_window: int = 14
    denial_scope_breaks: Words = frozenset()
    denial_dropped_themes: Words = frozenset()
    fronted_participle_subject_fillers: Words = frozenset()
    fronted_participle_max_gap: int = 4
    fronted_participle_status_verbs: Words = frozenset()
    fronted_participle_nonmodifiers: Words = frozenset()
    fronted_participle_companion_verbs: Words = frozenset()
    conditionals: Words = frozenset()
    conditional_verb_window: int = 6
    question_auxiliaries: Words = frozenset()
    question_words: Words = frozenset()
    question_modal_auxiliaries: Words = frozenset()
    question_reporting_verbs: Words = frozenset()
    question_reporting_window: int = 5
    question_opener_exclusions: Words = frozenset()
    conditional_inversions: Words = frozenset()
    question_presupposing_links: Words = frozenset()
    question_occurrence_verbs: Phrases = ()
    agent_place_nouns: Words = frozenset()
    noncombatant_fight_opponents: Words = frozenset()
    noncombatant_fight_partners: Words = frozenset()
    scenario_judging_auxiliaries: Words = frozenset()
    called_off_run_units: Words = frozenset()
    called_off_run_acts: Words = frozenset()
    scenario_determiners: Words = frozenset()
    one_country_fill_visitors: Words = frozenset()
    partitive_count_words: Words = frozenset()
    military_government_nouns: Words = frozenset()
    agent_report_nouns: Words = frozenset()
    agent_report_verbs: Words = frozenset()
    agent_report_modifiers: int = 4
    place_nouns: Words = frozenset()
    location_prepositions: Words = frozenset()
    act_destination_prepositions: Words = frozenset()
    labor_non_worker_roles: Words = frozenset()
    commemorated_nouns: Words = frozenset()
    commemoration_verbs: Words = frozenset()
    memory_verbs: Words = frozenset()
    dated_back_units: Words = frozenset()
    dated_back_words: Words = frozenset()
    dated_back_participle_window: int = 4
    memory_retrospect_markers: Seqs = ()
    memory_object_max_words: int = 3
    state_protest_roles: Words = frozenset()
    leader_rally_heads: Words = frozenset()
    leader_rally_roles: Words = frozenset()
    leader_rally_modifiers: Words = frozenset()
    leader_rally_modifier_window: int = 0
    leader_rally_own_modifiers: Words = frozenset()
    leader_rally_cause_words: WordSeqs = ()
    leader_rally_cause_window: int = 0
    audience_praise_patterns: Words = frozenset()
    audience_praise_objects: Words = frozenset()
    audience_praise_window: int = 3
    polity_roles: Words = frozenset()
    state_party_roles: Words = frozenset()
    perfect_auxiliaries: Words = frozenset()
    tally_markers: Seqs = ()
    tally_day_words: Words = frozenset()
    tally_speech_words: Words = frozenset()
    status_markers: Words = frozenset()
    seek_aim_frames: Words = frozenset()
    causative_infinitives: Words = frozenset()
    split_particle_time_nouns: Words = frozenset()
    seek_aim_window: int = 3
    hired_agent_heads: Words = frozenset()
    reflexive_possessives: Words = frozenset()
    nominal_participant_markers: Words = frozenset()
    adjunct_event_roots: Words = frozenset()
    adjunct_event_prepositions: Words = frozenset()
    adjunct_event_passive_prepositions: Words = frozenset()
    victim_intransitive_verbs: Words = frozenset()
    adjunct_event_max_gap: int = 0
    adjunct_event_target_markers: Words = frozenset()
    adjunct_contact_roots: Words = frozenset()
    adjunct_contact_prepositions: Words = frozenset()
    purpose_verbs: Words = frozenset()
    purpose_verb_window: int = 0
    speech_source_nouns: Words = frozenset()
    modified_subject_max_words: int = 0
    imposed_order_roots: Words = frozenset()
    imposed_order_verbs: Words = frozenset()
    imposed_order_window: int = 0
    imposed_order_patient_roles: Words = frozenset()
    own_subject_relatives: Words = frozenset()
    speech_clause_verbs: Words = frozenset()
    one_country_fill_army_nouns: Words = frozenset()
    nominal_goal_markers: Words = frozenset()
    event_onset_verbs: Phrases = ()
    nominal_speaker_cues: Words = frozenset()
    voiced_cue_nouns: Words = frozenset()
    voiced_cue_verbs: Words = frozenset()
    authority_by_region: dict = None
    occupier_recognised_entities: Words = frozenset()
    occupier_diplomat_agents: Words = frozenset()
    light_verbs: Words = frozenset()
    person_plurals: Words = frozenset()
    target_clause_breaks: Words = frozenset()
    attribution_speech_words: Words = frozenset()
    attribution_tail_max_words: int = 10
    attribution_tail_after: int = 3
    follow_suit_phrases: Phrases = ()
    follow_suit_sentences: int = 2
    follow_suit_negations: Words = frozenset()
    territory_anaphors_plural: Phrases = ()
    territory_anaphors_singular: Phrases = ()
    whole_territory_phrases: Phrases = ()
    story_break_openers: Phrases = ()
    territory_adjectives: dict = None
    verb_coordinators: Words = frozenset()
    person_title_heads: Words = frozenset()
    expletive_it_links: Words = frozenset()
    expletive_it_predicates: Words = frozenset()
    expletive_it_past: Words = frozenset()
    advocate_acting_roles: Words = frozenset()
    advocate_role_addressees: Words = frozenset()
    past_act_blockers: Words = frozenset()
    entity_anaphors_plural: WordSeqs = ()
    entity_anaphors_singular: WordSeqs = ()
    entity_anaphor_nouns: frozenset = frozenset()  # last words of those phrases: a cheap pre-check
    entity_anaphor_rival_words: WordSeqs = ()
    # noun_adjunct_exclusions with the function words, prepositions, determiners and irregular pasts
    adjunct_exclusions: frozenset = frozenset()
    companion_regions: dict = None
    nested_place_links: Words = frozenset()
    nested_place_max_modifiers: int = 3
    appositive_place_nouns: Words = frozenset()
    locative_anaphors: Phrases = ()
    existential_there_verbs: Phrases = ()
    locative_anaphor_sentences_back: int = 2
    settlement_anaphor_nouns: Words = frozenset()
    facility_anaphor_nouns: Words = frozenset()
    facility_anaphor_general: Words = frozenset()
    site_name_max_words: int = 2
    site_name_breaks: Words = frozenset()
    origin_region_of_nouns: Words = frozenset()
    possessive_markers: Words = frozenset()
    status_at_range_end_codes: Words = frozenset()
    after_event_date_rules: Words = frozenset()
    unofficial_visitor_nouns: Words = frozenset()
    guest_meeting_codes: Words = frozenset()
    visit_signing_codes: Words = frozenset()
    signing_place_qualifiers: Words = frozenset()
    negative_subject_openers: Words = frozenset()
    negative_subject_exclusions: Words = frozenset()
    object_negators: Words = frozenset()
    object_negator_window: int = 3
    negating_prepositions: Words = frozenset()
    commemoration_nouns: Words = frozenset()
    commemoration_window: int = 6
    document_title_nouns: Words = frozenset()
    state_protest_rule: str = ""
    seek_frames: Phrases = ()
    scheduled_visit_frames: Phrases = ()
    scheduled_visit_markers: Phrases = ()
    seek_frame_window: int = 14
    entity_description_cues: WordSeqs = ()
    entity_description_occupation_cues: WordSeqs = ()
    entity_description_heads: Words = frozenset()
    entity_description_objects: WordSeqs = ()
    plural_pronouns: Words = frozenset()
    singular_pronouns: Words = frozenset()
    personal_subject_pronouns: Words = frozenset()
    list_and_links: Words = frozenset()
    list_comma_links: Words = frozenset()
    fronted_subordinators: Words = frozenset()
    relative_pronouns: Words = frozenset()
    personal_relative_pronouns: Words = frozenset()
    response_verb_stems: Stems = ()
    personal_antecedent_words: int = 1
    subject_relative_max_words: int = 0
    relative_owner_prepositions: Words = frozenset()
    clause_openers: Words = frozenset()
    object_agent_prepositions: Words = frozenset()
    object_agent_max_words: int = 8
    copulas: Words = frozenset()
    relative_copula_window: int = 8
    appositive_openers: Words = frozenset()
    appositive_max_words: int = 14
    appositive_relative_max_words: int = 24
    coordinated_verb_fillers: Words = frozenset()
    passive_share_roots: Words = frozenset()
    partitive_heads: Words = frozenset()
    # a long origin subject owned by a head noun ("the bodies of | workers from the Azovstal plant had been brought"):
    # the noun after one of these prepositions is no subject unless a partitive or collective head owns it
    owned_object_prepositions: Words = frozenset()
    collective_heads: Words = frozenset()
    occupied_end_fillers: Words = frozenset()
    venue_place_prepositions: Words = frozenset()
    venue_place_window: int = 0
    venue_topic_stops: Words = frozenset()
    venue_held_words: Words = frozenset()
    local_origin_nouns: Words = frozenset()
    departure_facility_modifiers: Words = frozenset()
    joint_cues: Phrases = ()
    joint_object_cues: Words = frozenset()
    joint_object_cue_window: int = 0
    reciprocal_plural_objects: Phrases = ()
    joint_partner_prepositions: Words = frozenset()
    relation_nouns: Words = frozenset()
    relation_partner_prepositions: Words = frozenset()
    domestic_opponent_roles: Words = frozenset()
    one_country_fill_roles: Words = frozenset()
    one_country_fill_singular_roles: Words = frozenset()
    one_country_fill_home_doers: Words = frozenset()
    subject_pronouns: Words = frozenset()
    military_position_roots: Words = frozenset()
    military_position_nouns: Words = frozenset()
    military_position_unmodified_nouns: Words = frozenset()
    reciprocal_plural_exempt_roots: Words = frozenset()
    one_country_fill_foreign_front: Words = frozenset()
    one_country_fill_resistance_nouns: Words = frozenset()
    one_country_fill_army_roots: Words = frozenset()
    home_doer_fill_people_adjectives: Words = frozenset()
    home_doer_fill_unplaced_people: Words = frozenset()
    own_country_target_roots: Words = frozenset()
    own_country_target_singular_roles: Words = frozenset()
    own_people_demoted_roots: Words = frozenset()
    protest_target_roots: Words = frozenset()
    protest_target_prepositions: Words = frozenset()
    employer_worker_roots: Words = frozenset()
    employer_roles: Words = frozenset()
    employer_worker_roles: Words = frozenset()
    labour_migrant_words: Words = frozenset()
    labour_migrant_flight_words: Words = frozenset()
    labour_migrant_flight_window: int = 0
    labour_sender_verbs: Words = frozenset()
    worker_taking_rules: Words = frozenset()
    nationality_worker_rules: Words = frozenset()
    labour_sender_origin_words: Words = frozenset()
    participle_patient_roles: Words = frozenset()
    participle_agent_max_gap: int = 0
    labour_causer_phrases: Phrases = ()
    agent_markers: Words = frozenset()
    agent_blocking_prepositions: Words = frozenset()
    fallback_clause_breaks: Words = frozenset()
    clause_comma_coordinators: Words = frozenset()
    clause_weapon_subjects: Words = frozenset()
    clause_weapon_verbs: Words = frozenset()
    clause_comma_contrast: Words = frozenset()
    reaction_back_roots: Words = frozenset()
    reaction_back_violent_roots: Words = frozenset()
    anaphoric_object_determiners: Words = frozenset()
    anaphoric_object_nouns: Words = frozenset()
    foreign_modifiers: Words = frozenset()
    noun_adjunct_exclusions: Words = frozenset()
    capital_recipient_heads: Words = frozenset()
    adjectival_agent_words: Words = frozenset()
    adjectival_agent_acts: Words = frozenset()
    adjectival_agent_verb_objects: Words = frozenset()
    adjectival_agent_verb_articles: Words = frozenset()
    seat_heads: Words = frozenset()
    party_government_heads: Words = frozenset()
    party_government_owner_roles: Words = frozenset()
    host_heads: Words = frozenset()
    passive_host_heads: Words = frozenset()
    own_forces_object_roots: Words = frozenset()
    passive_host_roles: Words = frozenset()
    host_phrase_prepositions: Words = frozenset()
    host_phrase_non_places: Words = frozenset()
    own_envoy_recall_patterns: Words = frozenset()
    coordinated_shared_country_roles: Words = frozenset()
    own_envoy_recall_verbs: Words = frozenset()
    delegation_heads: Words = frozenset()
    definite_role_anaphors: Words = frozenset()
    hosted_guest_nouns: Words = frozenset()
    hosted_guest_counts: Words = frozenset()
    hosted_guest_complements: Words = frozenset()
    pair_anaphor_act_roots: Words = frozenset()
    visitor_act_codes: Words = frozenset()
    host_act_codes: Words = frozenset()
    visitor_noun_anaphor_sentences: int = 1
    visitor_noun_sports_words: Words = frozenset()
    mission_occupier_codes: Words = frozenset()
    judged_visit_destination_prepositions: Words = frozenset()
    judged_visit_tour_nouns: Words = frozenset()
    visit_purpose_prepositions: Words = frozenset()
    visit_purpose_gap_max: int = 4
    reaction_cause_links: Phrases = ()
    reaction_cause_window: int = 0
    reaction_cause_complements: Words = frozenset()
    reaction_cause_roots: Words = frozenset()
    comment_meeting_roots: Words = frozenset()
    comment_meeting_comment_roots: Words = frozenset()
    comment_meeting_time_words: Words = frozenset()
    concession_cause_roots: Words = frozenset()
    concession_roots: Words = frozenset()
    concession_cause_free_roots: Words = frozenset()
    concession_cause_time_words: Words = frozenset()
    occasion_prepositions: Words = frozenset()
    occasion_complement_words: Words = frozenset()
    reaction_cause_possessives: Words = frozenset()
    reaction_cause_party_words: Words = frozenset()
    reaction_cause_party_window: int = 0
    presence_cause_relatives: Words = frozenset()
    presence_cause_auxiliaries: Words = frozenset()
    presence_cause_verbs: Phrases = ()
    presence_cause_links: Phrases = ()
    presence_cause_nouns: Words = frozenset()
    presence_cause_mission_nouns: Words = frozenset()
    presence_cause_object_window: int = 0
    presence_cause_link_window: int = 0
    presence_cause_noun_gap: int = 0
    presence_cause_place_window: int = 0
    presence_cause_place_prepositions: Words = frozenset()
    presence_cause_place_fillers: Words = frozenset()
    presence_cause_stops: Words = frozenset()
    judged_visit_nouns: Words = frozenset()
    meeting_anaphor_nouns: Words = frozenset()
    meeting_anaphor_codes: Words = frozenset()
    visit_destination_gap: int = 0
    origin_person_nouns: Words = frozenset()
    origin_resident_nouns: Words = frozenset()
    origin_source_verbs: Words = frozenset()
    capital_actor_unplaced_roots: Words = frozenset()
    capital_addressee_words: Words = frozenset()
    capital_subject_openers: Words = frozenset()
    capital_object_followers: Words = frozenset()
    partner_excluded_roles: Words = frozenset()
    visitor_state_reaction_object_words: Words = frozenset()
    visitor_state_reaction_purpose_phrases: Phrases = ()
    visitor_state_reaction_coordinated_roots: Words = frozenset()
    visitor_state_reaction_coordinated_words: Words = frozenset()
    visitor_state_reaction_visit_words: Words = frozenset()
    visitor_state_reaction_unlinking_words: Words = frozenset()
    visitor_state_reaction_cause_openers: Phrases = ()
    visitor_state_reaction_break_codes: Words = frozenset()
    leader_appositive_markers: Words = frozenset()
    place_modifiers: Words = frozenset()
    entity_locator_nouns: Words = frozenset()
    refuse_cue_clause_coordinators: Words = frozenset()
    cue_inserted_adverbials: Phrases = ()
    cue_scope_auxiliaries: Words = frozenset()
    infinitive_scope_breaks: Words = frozenset()
    exclusion_scope_coordinators: Words = frozenset()
    exclusion_scope_subjects: Words = frozenset()
    exclusion_owner_prepositions: Words = frozenset()
    exclusion_owner_max_words: int = 0
    infinitive_scope_role_markers: Words = frozenset()
    irregular_past: Words = frozenset()
    igo_member_phrases: WordSeqs = ()
    worker_arrival: dict = None
    strike_sense: dict = None
    figurative_objects: Words = frozenset()
    contest_objects: Words = frozenset()
    figurative_contest_nouns: Words = frozenset()
    figurative_contest_modifiers: Words = frozenset()
    criticism_objects: Words = frozenset()
    criticism_heads: Words = frozenset()
    criticism_rule: str = ""
    figurative_object_window: int = 6
    noun_homograph_heads: Words = frozenset()
    natural_force_subjects: Words = frozenset()
    natural_force_modifier_window: int = 3
    nonagent_subjects: Words = frozenset()
    nonagent_subject_names: Words = frozenset()
    nonagent_subject_heads: Words = frozenset()
    nonagent_subject_weapons: Words = frozenset()
    nonagent_rally_subjects: Words = frozenset()
    rally_word_forms: Words = frozenset()
    market_demand_verbs: Words = frozenset()
    market_demand_nouns: Words = frozenset()
    market_demand_followers: Words = frozenset()
    talk_topic_verbs: Words = frozenset()
    talk_topic_fillers: Words = frozenset()
    talk_topic_max_fillers: int = 0
    call_noun_heads: Words = frozenset()
    call_noun_modifiers: Words = frozenset()
    under_attack_verbs: Words = frozenset()
    market_session_heads: Words = frozenset()
    market_session_modifiers: Words = frozenset()
    market_session_max_modifiers: int = 3
    reference_point_phrases: Phrases = ()
    reference_point_phrase_participles: Words = frozenset()
    any_act_cues: Words = frozenset()
    concession_cause_security_roles: Words = frozenset()
    second_office_titles: Words = frozenset()
    second_office_modifiers: Words = frozenset()
    characterisation_verbs: Words = frozenset()
    characterisation_window: int = 3
    fiction_game_nouns: Words = frozenset()
    fiction_permission_verbs: Words = frozenset()
    fiction_player_nouns: Words = frozenset()
    natural_force_participle_breaks: Words = frozenset()
    natural_force_clause_coordinators: Words = frozenset()
    barrage_heads: Words = frozenset()
    barrage_munitions: Words = frozenset()
    barrage_complement_window: int = 4
    modifier_nouns: Words = frozenset()
    modifier_compounds: WordSeqs = ()
    reference_point_prepositions: Words = frozenset()
    reference_point_window: int = 6
    hyphen_noun_particles: Words = frozenset()
    list_member_modifiers: Phrases = ()
    reference_point_span_units: Words = frozenset()
    statistic_trend_verbs: Words = frozenset()
    statistic_trend_window: int = 8
    statistic_subject_lead: int = 0
    statistic_subject_stops: Words = frozenset()
    statistic_trend_locatives: Words = frozenset()
    statistic_trend_complements: Words = frozenset()
    statistic_trend_intensifiers: Words = frozenset()
    statistic_level_verbs: Phrases = ()
    statistic_level_terms: Words = frozenset()
    statistic_level_fillers: Words = frozenset()
    statistic_level_followers: Words = frozenset()
    statistic_act_participles: Words = frozenset()
    statistic_clause_stops: Words = frozenset()
    historical_noun_days: int = 0
    historical_year_window: int = 3
    hypothetical_modals: Words = frozenset()
    postponed_act_verbs: Phrases = ()
    plan_cancel_verbs: Phrases = ()
    plan_cancel_negators: Words = frozenset()
    scenario_modals: Words = frozenset()
    scenario_going_ahead: Phrases = ()
    scenario_subject_lead: int = 0
    scenario_complement_max: int = 0
    cause_prepositions: Words = frozenset()
    nominal_cause_prepositions: Words = frozenset()
    background_cause_phrases: Phrases = ()
    background_cause_roots: Words = frozenset()
    background_cause_quantities: Words = frozenset()
    background_cause_window: int = 6
    background_cause_inquiry_roots: Words = frozenset()
    proposal_nouns: Words = frozenset()
    proposal_content_window: int = 8
    rejected_proposal_nouns: Words = frozenset()
    rejected_proposal_modifiers: int = 3
    rejected_request_nouns: Words = frozenset()
    request_refusal_verbs: Words = frozenset()
    verbal_clash_heads: Words = frozenset()
    verbal_clash_subjects: Words = frozenset()
    work_title_nouns: Words = frozenset()
    work_topic_nouns: Words = frozenset()
    work_topic_prepositions: Words = frozenset()
    work_topic_modifiers: int = 2
    work_narration_verbs: Words = frozenset()
    work_narration_window: int = 8
    work_narration_stops: Words = frozenset()
    work_narration_coordinators: Words = frozenset()
    work_narration_complementizers: Words = frozenset()
    work_title_verbs: Words = frozenset()
    scare_quoted_institutions: Words = frozenset()
    scare_quote_owner_markers: Words = frozenset()
    scare_quote_skip_words: Words = frozenset()
    figurative_object_modifiers: int = 3
    untargeted_launch_phrases: WordSeqs = ()
    rioter_nouns: Words = frozenset()
    verbal_clash_physical_opponents: Words = frozenset()
    riot_rule: str = ""
    riot_codes: Words = frozenset()
    riot_window: int = 8
    raid_heads: Words = frozenset()
    raid_arrest_codes: Words = frozenset()
    raid_violence_terms: Words = frozenset()
    sports_terms: Words = frozenset()
    sports_pair_terms: Words = frozenset()
    sports_pair_exclusions: Words = frozenset()
    sports_score_max: int = 0
    team_attack_heads: Words = frozenset()
    sports_phrases: WordSeqs = ()
    sports_protest_subjects: Words = frozenset()
    sports_protest_rally_followers: Words = frozenset()
    sports_protest_window: int = 8
    fiction_frame_nouns: Words = frozenset()
    fiction_depiction_verbs: Words = frozenset()
    fiction_frame_window: int = 5
    fiction_setting_phrases: Phrases = ()
    simulation_modifiers: Words = frozenset()
    simulation_verbs: Words = frozenset()
    simulation_window: int = 4
    noncombatant_fighters: Words = frozenset()
    noncombatant_fight_heads: Words = frozenset()
    noncombatant_fight_window: int = 4
    attacker_nouns: Words = frozenset()
    attacker_act_window: int = 6
    attacker_act_breaks: Words = frozenset()
    superlative_ranks: Words = frozenset()
    team_attack_target_words: Words = frozenset()
    sports_security_terms: Words = frozenset()
    allegation_participles: Words = frozenset()
    allegation_phrase_window: int = 4
    accusation_heads: Words = frozenset()
    accusation_window: int = 6
    blame_heads: Words = frozenset()
    blame_charge_prepositions: Words = frozenset()
    blame_charge_window: int = 8
    blame_charge_stops: Words = frozenset()
    mutual_accusation_patterns: Words = frozenset()
    forecaster_nouns: Words = frozenset()
    forecast_verbs: Words = frozenset()
    forecast_subject_gap: int = 8
    forecast_act_markers: Words = frozenset()
    forecast_own_subjects: Words = frozenset()
    forecast_marker_window: int = 5
    circumstance_event_roots: Words = frozenset()
    circumstance_event_prepositions: Words = frozenset()
    circumstance_event_harm_participles: Words = frozenset()
    circumstance_event_passive_prepositions: Words = frozenset()
    circumstance_event_max_words: int = 4
    circumstance_event_duration_nouns: Words = frozenset()
    mutual_accusation_charge_prepositions: Words = frozenset()
    investigated_act_roots: Words = frozenset()
    investigated_act_fillers: Words = frozenset()
    investigated_act_window: int = 0
    investigated_act_agent_window: int = 8
    investigated_act_hedges: Words = frozenset()
    allegation_gap_words: Words = frozenset()
    participle_openers: Words = frozenset()
    participle_adverbs: Words = frozenset()
    participle_verb_prefixes: Words = frozenset()
    participle_non_verbs: Words = frozenset()
    attributive_participle_month_words: Words = frozenset()
    addressee_participle_cues: Words = frozenset()
    addressee_kept_cues: Words = frozenset()
    appeal_unnamed_addressees: Phrases = ()
    appeal_unnamed_addressee_max_words: int = 0
    appeal_unnamed_addressee_stops: Words = frozenset()
    participial_clause_non_verbs: Words = frozenset()
    quoted_first_person: Words = frozenset()
    reduced_relative_participles: Words = frozenset()
    reduced_relative_non_infinitives: Words = frozenset()
    reduced_relative_max_gap: int = 0
    background_participle_prepositions: Words = frozenset()
    background_participle_np_max: int = 3
    background_participle_tail_max: int = 6
    background_participle_clause_verbs: Words = frozenset()
    pending_clause_openers: Words = frozenset()
    pending_clause_be_forms: Words = frozenset()
    pending_clause_max_words: int = 6
    subject_relative_prepositions: Words = frozenset()
    finite_be_forms: Words = frozenset()
    partitive_pronouns: Words = frozenset()
    partitive_gap_words: Words = frozenset()
    partitive_head_prepositions: Words = frozenset()
    army_goal_prepositions: Words = frozenset()
    giver_prepositions: Words = frozenset()
    addressee_people_nouns: Words = frozenset()
    purpose_contact_verbs: Words = frozenset()
    verb_month_names: Words = frozenset()
    protest_reaction_nouns: Words = frozenset()
    official_giver_roles: Words = frozenset()
    halt_verbs: Words = frozenset()
    protest_cancel_verbs: Phrases = ()
    protest_cancel_window: int = 0
    cancelled_after_window: int = 0
    cancelled_complement_max: int = 0
    parenthetical_occurrence_words: Words = frozenset()
    cancelled_then_held: WordSeqs = ()
    hedged_predicate_copulas: Words = frozenset()
    hedged_predicate_adverbs: Words = frozenset()
    hedged_noun_predicates: Phrases = ()
    likely_noun_predicates: Phrases = ()
    hedged_predicate_occurrences: Phrases = ()
    infinitive_attached_openers: Words = frozenset()
    predicate_adjective_heads: Words = frozenset()
    predicate_adjective_verb_markers: Words = frozenset()
    incomer_local_modifiers: Words = frozenset()
    advert_openers: Words = frozenset()
    advert_fragment_tail: int = 0
    head_object_stops: Words = frozenset()
    head_object_shift_prepositions: Words = frozenset()
    head_object_max_words: int = 0
    head_object_modifier_heads: Words = frozenset()
    halt_kept_cues: Words = frozenset()
    background_nouns: Words = frozenset()
    agentless_passive_heads: Words = frozenset()
    passive_reception_heads: Words = frozenset()
    background_markers: Phrases = ()
    background_marker_window: int = 12
    background_marker_exclusions_after: Words = frozenset()
    background_marker_exclusions_before: Words = frozenset()
    background_adverbs_before_head: Words = frozenset()
    background_era_markers: Phrases = ()
    background_era_lead_words: Words = frozenset()
    background_era_scope_coordinators: Words = frozenset()
    warning_verbs: Words = frozenset()
    warning_prepositions: Words = frozenset()
    warning_complementizers: Words = frozenset()
    warning_window: int = 5
    ultimatum_conjunctions: Words = frozenset()
    ultimatum_negative_conditionals: Words = frozenset()
    ultimatum_condition_negations: Words = frozenset()
    ultimatum_condition_window: int = 6
    raising_predicates: Words = frozenset()
    passive_subject_complements: Words = frozenset()
    passive_subject_complement_max_phrases: int = 1
    passive_subject_pair_prepositions: Words = frozenset()
    passive_subject_pair_one_sided_codes: Words = frozenset()
    passive_subject_pair_max_words: int = 0
    passive_subject_pair_nouns: Words = frozenset()
    passive_subject_pair_document_nouns: Words = frozenset()
    passive_subject_pair_private_heads: Words = frozenset()
    object_clause_verbs: Words = frozenset()

    def past_form(self, word: str) -> bool:
        """A past tense or past participle: an irregular past ("sent", "laid") or an -ed word of more than four
        letters ("recognised"; "shed" and "need" are too short to count)."""
        return word in self.irregular_past or (word.endswith("ed") and len(word) > 4)

    def participle_form(self, word: str) -> bool:
        """A past form or an -en participle that opens a reduced relative ("taken", "driven":
        reduced_relative_participles)."""
        return self.past_form(word) or word in self.reduced_relative_participles


def word_seqs(items) -> tuple:
    """Phrases as word tuples in the coder's word split ("self-proclaimed" -> ("self", "proclaimed")),
    longest first, then alphabetical (a set's order changes with the process's hash seed)."""
    out = {tuple(WORD.findall(str(ph).lower())) for ph in items or ()}
    return tuple(sorted((ph for ph in out if ph), key=lambda ph: (-len(ph), ph)))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    path = schemas_dir() / "codebook" / "grammar.yaml"
    with open(path, encoding="utf-8") as fh:
        g = yaml.load(fh, Loader=loader) or {}
    fs = _GRAMMAR_LOADERS["Words"]
    values, used = {}, set()
    for f in fields(Grammar):
        load = _GRAMMAR_LOADERS.get(f.type)
        key = _GRAMMAR_KEYS.get(f.name, f.name)
        if load is not None and key in g:
            values[f.name] = load(g[key])
            used.add(key)
    bundles = {  # grouped keys read into one dict field each
        "worker_arrival": ("worker_arrival_codes", "worker_arrival_rule", "worker_arrival_heads", "worker_arrival_roles",
                           "worker_arrival_nouns", "worker_arrival_officials", "worker_arrival_window",
                           "worker_arrival_destination_prepositions", "worker_arrival_demonym_lookback",
                           "worker_origin_local_words", "worker_origin_window"),
        "strike_sense": ("strike_protest_rules", "strike_heads", "strike_attack_rule", "strike_attack_rule_by_cue",
                         "strike_attack_cues", "strike_attack_window_before", "strike_attack_window_after",
                         "strike_target_prepositions", "strike_attack_followers", "strike_target_nouns",
                         "strike_protest_cues", "strike_outcome_participles", "strike_victim_objects",
                         "strike_protest_subject_roles",
                         "strike_force_subject_gap", "strike_force_subject_gap_max", "strike_force_subject_roles",
                         "strike_nonagent_subjects"),
    }
    used.update(k for keys in bundles.values() for k in keys)
    used.update(("authority_by_region", "companion_regions", "territory_adjectives"))
    unknown = sorted(set(g) - used)
    if unknown:  # a misspelt key would silently switch its rule off
        raise ValueError(f"{path}: unknown keys {unknown} (no Grammar field reads them)")
    values["worker_arrival"] = {
        "codes": frozenset(str(c) for c in g.get("worker_arrival_codes") or ()),
        "rule": g.get("worker_arrival_rule"), "heads": fs(g.get("worker_arrival_heads")),
        "roles": frozenset(str(r).upper() for r in g.get("worker_arrival_roles") or ()),
        "nouns": fs(g.get("worker_arrival_nouns")), "officials": fs(g.get("worker_arrival_officials")),
        "window": int(g.get("worker_arrival_window", 10)),
        "destination": fs(g.get("worker_arrival_destination_prepositions")),
        "demonym_lookback": int(g.get("worker_arrival_demonym_lookback", 0)),
        "origin_local": fs(g.get("worker_origin_local_words")),
        "origin_window": int(g.get("worker_origin_window", 5))}
    values["strike_sense"] = {
        "rules": frozenset(g.get("strike_protest_rules") or ()), "heads": fs(g.get("strike_heads")),
        "attack_rule": g.get("strike_attack_rule"),
        "rule_by_cue": {str(k).lower(): str(v) for k, v in (g.get("strike_attack_rule_by_cue") or {}).items()},
        "cues": fs(g.get("strike_attack_cues")), "before": int(g.get("strike_attack_window_before", 3)),
        "after": int(g.get("strike_attack_window_after", 4)),
        "prepositions": fs(g.get("strike_target_prepositions")), "followers": fs(g.get("strike_attack_followers")),
        "targets": fs(g.get("strike_target_nouns")), "protest": fs(g.get("strike_protest_cues")),
        "outcomes": fs(g.get("strike_outcome_participles")), "victim": fs(g.get("strike_victim_objects")),
        "protest_roles": frozenset(str(r).upper() for r in g.get("strike_protest_subject_roles") or ()),
        "subject_gap": fs(g.get("strike_force_subject_gap")),
        "subject_gap_max": int(g.get("strike_force_subject_gap_max", 3)),
        "subject_roles": frozenset(str(r).upper() for r in g.get("strike_force_subject_roles") or ()),
        "nonagent": fs(g.get("strike_nonagent_subjects"))}
    values["authority_by_region"] = {str(k): str(v) for k, v in (g.get("authority_by_region") or {}).items()}
    values["territory_adjectives"] = {str(k).lower(): str(v) for k, v in (g.get("territory_adjectives") or {}).items()}
    values["companion_regions"] = {str(k): tuple(str(c) for c in v) for k, v in (g.get("companion_regions") or {}).items()}
    # last words of the entity anaphors: a cheap pre-check before the phrase search
    values["entity_anaphor_nouns"] = frozenset(
        ph[-1] for ph in values.get("entity_anaphors_plural", ()) + values.get("entity_anaphors_singular", ()))
    values["adjunct_exclusions"] = frozenset().union(*(values.get(k, frozenset()) for k in (
        "noun_adjunct_exclusions", "function_words", "prepositions", "determiners", "irregular_past")))
    return Grammar(**values)
