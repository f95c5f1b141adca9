-- marts.recognition_by_stance_quarter: diplomatic-recognition events by region, quarter and
-- stance (grant | seek | deny), with the actors behind them.
CREATE OR REPLACE TABLE marts.recognition_by_stance_quarter AS
SELECT
    admin1_code                                           AS region_code,
    region_name,
    occupied,
    CAST(date_trunc('quarter', event_date) AS DATE)       AS quarter,
    recognition_stance                                    AS stance,
    count(*)                                              AS events,
    count(DISTINCT article_id)                            AS articles,
    list_sort(list_distinct(list(actor1_code)))           AS actor1_codes
FROM marts.events
WHERE list_contains(themes, 'diplomatic_recognition')
GROUP BY region_code, region_name, occupied, quarter, stance
ORDER BY quarter, region_code NULLS LAST, occupied NULLS LAST, stance NULLS LAST;
