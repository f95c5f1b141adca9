-- marts.acled_events: the events in ACLED's column layout (see schemas/exports/acled_event_columns.csv).
-- No wall-clock values: `timestamp` is the publication date, so reruns give identical exports.
CREATE OR REPLACE TABLE marts.acled_events AS
SELECT
    coalesce(c.iso3, 'XXX') || lpad(CAST(md5_number(e.event_id) % 10000000000 AS VARCHAR), 10, '0')
                                                   AS event_id_cnty,
    e.event_date                                   AS event_date,
    CAST(year(e.event_date) AS INTEGER)            AS year,
    CAST(e.time_precision AS INTEGER)              AS time_precision,
    e.acled_disorder_type                          AS disorder_type,
    e.acled_event_type                             AS event_type,
    e.acled_sub_event_type                         AS sub_event_type,
    e.actor1_name                                  AS actor1,
    CAST(NULL AS VARCHAR)                          AS assoc_actor_1,
    CAST(e.actor1_inter AS INTEGER)                AS inter1,
    e.actor2_name                                  AS actor2,
    CAST(NULL AS VARCHAR)                          AS assoc_actor_2,
    CAST(e.actor2_inter AS INTEGER)                AS inter2,
    CAST(CASE
        WHEN e.actor1_inter IS NULL THEN NULL
        WHEN e.actor2_inter IS NULL THEN e.actor1_inter * 10
        ELSE least(e.actor1_inter, e.actor2_inter) * 10 + greatest(e.actor1_inter, e.actor2_inter)
    END AS INTEGER)                                AS interaction,
    CASE WHEN e.acled_event_type = 'Violence against civilians' AND e.actor2_inter = 7
         THEN 'Civilians targeted' END             AS civilian_targeting,
    CAST(c.iso_numeric AS INTEGER)                 AS iso,
    c.acled_region                                 AS region,
    c.name                                         AS country,
    e.region_name                                  AS admin1,
    CAST(NULL AS VARCHAR)                          AS admin2,
    CAST(NULL AS VARCHAR)                          AS admin3,
    e.location_name                                AS location,
    e.latitude                                     AS latitude,
    e.longitude                                    AS longitude,
    CAST(e.geo_precision AS INTEGER)               AS geo_precision,
    coalesce(e.article_source, e.article_url, e.article_raw_path) AS source,
    CAST(NULL AS VARCHAR)                          AS source_scale,
    e.evidence                                     AS notes,
    CAST(coalesce(e.fatalities, 0) AS INTEGER)     AS fatalities,
    nullif(concat_ws('; ',
        nullif(array_to_string(e.themes, '; '), ''),
        CASE WHEN e.recognition_stance IS NOT NULL THEN 'stance: ' || e.recognition_stance END,
        CASE WHEN e.planned THEN 'planned' END,
        CASE WHEN e.negated THEN 'negated' END), '')
                                                   AS tags,
    CAST(epoch(CAST(e.published AS TIMESTAMP)) AS BIGINT) AS timestamp
FROM marts.events AS e
LEFT JOIN base.countries AS c ON c.iso2 = e.country_code
ORDER BY e.event_date, e.event_id;
