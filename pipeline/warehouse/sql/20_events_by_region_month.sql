-- marts.events_by_region_month (public contract): one row per
-- (region_code, region_name, occupied, month, theme); themes unnested, so an event with two
-- themes counts once under each. Events with no mission theme appear under theme NULL.
-- `events` counts every coded event, planned ones included: subtract planned_events to count
-- only what happened.
CREATE OR REPLACE TABLE marts.events_by_region_month AS
WITH per_theme AS (
    SELECT e.*, unnest(CASE WHEN len(e.themes) = 0 THEN [NULL::VARCHAR] ELSE e.themes END) AS theme
    FROM marts.events AS e
)
SELECT
    admin1_code                              AS region_code,
    region_name,
    occupied,
    event_month                              AS month,
    theme,
    count(*)                                 AS events,
    count(DISTINCT article_id)               AS articles,
    count(*) FILTER (WHERE planned)          AS planned_events,
    count(*) FILTER (WHERE negated)          AS negated_events,
    min(event_date)                          AS first_event_date,
    max(event_date)                          AS last_event_date
FROM per_theme
GROUP BY region_code, region_name, occupied, month, theme
ORDER BY month, region_code NULLS LAST, occupied NULLS LAST, theme NULLS LAST;
