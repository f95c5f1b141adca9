-- marts.evidence: the sentences behind every count. Its key columns are those of
-- marts.events_by_region_month, so any row there is one join away from its evidence:
--   JOIN marts.evidence USING (region_code, occupied, month, theme)   (or IS NOT DISTINCT FROM for NULLs)
CREATE OR REPLACE TABLE marts.evidence AS
SELECT
    admin1_code AS region_code,
    region_name,
    occupied,
    event_month AS month,
    unnest(CASE WHEN len(themes) = 0 THEN [NULL::VARCHAR] ELSE themes END) AS theme,
    event_id,
    event_date,
    date_precision,
    cameo_code,
    recognition_stance,
    actor1_code,
    actor1_name,
    actor2_code,
    actor2_name,
    location_name,
    trigger_text,
    evidence,
    sentence_index,
    char_start,
    char_end,
    rule,
    article_id,
    article_title,
    article_url,
    article_source,
    published
FROM marts.events
ORDER BY month, region_code NULLS LAST, theme NULLS LAST, event_date, event_id;

-- marts.events_by_region_month_evidence: the public mart's rows with their evidence sentences.
CREATE OR REPLACE VIEW marts.events_by_region_month_evidence AS
SELECT m.region_code, m.region_name, m.occupied, m.month, m.theme, m.events, m.articles,
       ev.event_id, ev.event_date, ev.actor1_code, ev.actor2_code, ev.cameo_code,
       ev.recognition_stance, ev.evidence, ev.article_title, ev.article_url
FROM marts.events_by_region_month AS m
JOIN marts.evidence AS ev
  ON  ev.region_code IS NOT DISTINCT FROM m.region_code
  AND ev.region_name IS NOT DISTINCT FROM m.region_name
  AND ev.occupied    IS NOT DISTINCT FROM m.occupied
  AND ev.month       = m.month
  AND ev.theme       IS NOT DISTINCT FROM m.theme;
