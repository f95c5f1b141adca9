-- marts.events: the flat events table (one row per coded event, themes as a list), with the
-- article's url/title/source beside each event and the event month for grouping.
CREATE OR REPLACE TABLE marts.events AS
SELECT
    e.*,
    CAST(date_trunc('month', e.event_date) AS DATE) AS event_month,
    a.url    AS article_url,
    a.title  AS article_title,
    a.source AS article_source,
    a.raw_path AS article_raw_path
FROM base.events AS e
LEFT JOIN base.articles AS a ON a.article_id = e.article_id
ORDER BY e.event_date, e.event_id;

-- marts.articles / marts.quarantine: the Parquet tables as they were at build time.
CREATE OR REPLACE TABLE marts.articles AS
SELECT * FROM base.articles ORDER BY published, article_id;

CREATE OR REPLACE TABLE marts.quarantine AS
SELECT * FROM base.quarantine;
