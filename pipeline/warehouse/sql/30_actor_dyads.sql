-- marts.actor_dyads: who did what to whom, per theme (themes unnested, NULL = no mission theme).
CREATE OR REPLACE TABLE marts.actor_dyads AS
WITH per_theme AS (
    SELECT e.*, unnest(CASE WHEN len(e.themes) = 0 THEN [NULL::VARCHAR] ELSE e.themes END) AS theme
    FROM marts.events AS e
)
SELECT
    theme,
    actor1_code,
    actor2_code,
    count(*)                                              AS events,
    count(DISTINCT article_id)                            AS articles,
    min(event_date)                                       AS first_date,
    max(event_date)                                       AS last_date,
    list_sort(list_distinct(list(actor1_name)))           AS actor1_names,
    list_sort(list_distinct(list(actor2_name)))           AS actor2_names,
    list_sort(list_distinct(list(admin1_code)))           AS region_codes,
    list_sort(list_distinct(list(cameo_code)))            AS cameo_codes
FROM per_theme
GROUP BY theme, actor1_code, actor2_code
ORDER BY events DESC, theme NULLS LAST, actor1_code NULLS LAST, actor2_code NULLS LAST;
