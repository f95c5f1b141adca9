-- marts.gdelt_events: the events in the GDELT 2.0 Events layout, 61 columns in GDELT's order
-- (see schemas/exports/gdelt2_event_columns.csv). GDELT uses FIPS 10-4 country codes
-- (Ukraine = UP), mapped from our ISO codes by base.countries. No wall clock: DATEADDED is the
-- publication date at 00:00:00.
CREATE OR REPLACE TABLE marts.gdelt_events AS
WITH e AS (
    SELECT
        ev.*,
        c.fips,
        c.name AS country_name,
        regexp_extract(a1.geonames_code, '([^.]+)$', 1) AS geonames_admin1,
        count(*) OVER (PARTITION BY ev.article_id, ev.cameo_code) AS mentions
    FROM marts.events AS ev
    LEFT JOIN base.countries AS c ON c.iso2 = ev.country_code
    LEFT JOIN base.admin1 AS a1 ON a1.iso_code = ev.admin1_code
), g AS (
    SELECT
        e.*,
        CASE
            WHEN e.fips IS NULL THEN NULL
            WHEN e.admin1_code IS NOT NULL AND coalesce(e.geonames_admin1, '') <> '' THEN e.fips || e.geonames_admin1
            ELSE e.fips
        END AS adm1,
        CASE
            WHEN e.country_code IS NULL THEN NULL
            WHEN e.admin1_code IS NULL THEN 1
            WHEN e.geo_precision = 3 THEN 5
            ELSE 4
        END AS geo_type
    FROM e
)
SELECT
    CAST(md5_number(event_id) % 1000000000000000 AS BIGINT)             AS GLOBALEVENTID,
    CAST(strftime(event_date, '%Y%m%d') AS INTEGER)                      AS SQLDATE,
    CAST(strftime(event_date, '%Y%m') AS INTEGER)                        AS MonthYear,
    CAST(year(event_date) AS INTEGER)                                    AS Year,
    round(year(event_date) + (month(event_date) * 30 + day(event_date)) / 365.0, 4) AS FractionDate,
    actor1_code                                                          AS Actor1Code,
    upper(actor1_name)                                                   AS Actor1Name,
    actor1_country                                                       AS Actor1CountryCode,
    CASE WHEN actor1_country = 'IGO' THEN actor1_country END             AS Actor1KnownGroupCode,
    CAST(NULL AS VARCHAR)                                                AS Actor1EthnicCode,
    CAST(NULL AS VARCHAR)                                                AS Actor1Religion1Code,
    CAST(NULL AS VARCHAR)                                                AS Actor1Religion2Code,
    nullif(substr(actor1_code, 4, 3), '')                                AS Actor1Type1Code,
    nullif(substr(actor1_code, 7, 3), '')                                AS Actor1Type2Code,
    nullif(substr(actor1_code, 10, 3), '')                               AS Actor1Type3Code,
    actor2_code                                                          AS Actor2Code,
    upper(actor2_name)                                                   AS Actor2Name,
    actor2_country                                                       AS Actor2CountryCode,
    CASE WHEN actor2_country = 'IGO' THEN actor2_country END             AS Actor2KnownGroupCode,
    CAST(NULL AS VARCHAR)                                                AS Actor2EthnicCode,
    CAST(NULL AS VARCHAR)                                                AS Actor2Religion1Code,
    CAST(NULL AS VARCHAR)                                                AS Actor2Religion2Code,
    nullif(substr(actor2_code, 4, 3), '')                                AS Actor2Type1Code,
    nullif(substr(actor2_code, 7, 3), '')                                AS Actor2Type2Code,
    nullif(substr(actor2_code, 10, 3), '')                               AS Actor2Type3Code,
    CAST(CASE WHEN sentence_index < 3 THEN 1 ELSE 0 END AS INTEGER)      AS IsRootEvent,
    cameo_code                                                           AS EventCode,
    substr(cameo_code, 1, 3)                                             AS EventBaseCode,
    cameo_root                                                           AS EventRootCode,
    CAST(quad_class AS INTEGER)                                          AS QuadClass,
    goldstein                                                            AS GoldsteinScale,
    CAST(mentions AS INTEGER)                                            AS NumMentions,
    1                                                                    AS NumSources,
    1                                                                    AS NumArticles,
    CAST(NULL AS DOUBLE)                                                 AS AvgTone,
    CAST(NULL AS INTEGER)                                                AS Actor1Geo_Type,
    CAST(NULL AS VARCHAR)                                                AS Actor1Geo_FullName,
    CAST(NULL AS VARCHAR)                                                AS Actor1Geo_CountryCode,
    CAST(NULL AS VARCHAR)                                                AS Actor1Geo_ADM1Code,
    CAST(NULL AS VARCHAR)                                                AS Actor1Geo_ADM2Code,
    CAST(NULL AS DOUBLE)                                                 AS Actor1Geo_Lat,
    CAST(NULL AS DOUBLE)                                                 AS Actor1Geo_Long,
    CAST(NULL AS VARCHAR)                                                AS Actor1Geo_FeatureID,
    CAST(NULL AS INTEGER)                                                AS Actor2Geo_Type,
    CAST(NULL AS VARCHAR)                                                AS Actor2Geo_FullName,
    CAST(NULL AS VARCHAR)                                                AS Actor2Geo_CountryCode,
    CAST(NULL AS VARCHAR)                                                AS Actor2Geo_ADM1Code,
    CAST(NULL AS VARCHAR)                                                AS Actor2Geo_ADM2Code,
    CAST(NULL AS DOUBLE)                                                 AS Actor2Geo_Lat,
    CAST(NULL AS DOUBLE)                                                 AS Actor2Geo_Long,
    CAST(NULL AS VARCHAR)                                                AS Actor2Geo_FeatureID,
    CAST(geo_type AS INTEGER)                                            AS ActionGeo_Type,
    nullif(concat_ws(', ',
        location_name,
        CASE WHEN region_name IS DISTINCT FROM location_name THEN region_name END,
        CASE WHEN country_name IS DISTINCT FROM location_name THEN country_name END), '')
                                                                         AS ActionGeo_FullName,
    fips                                                                 AS ActionGeo_CountryCode,
    adm1                                                                 AS ActionGeo_ADM1Code,
    CAST(NULL AS VARCHAR)                                                AS ActionGeo_ADM2Code,
    latitude                                                             AS ActionGeo_Lat,
    longitude                                                            AS ActionGeo_Long,
    CASE
        WHEN geo_type = 4 AND geonameid IS NOT NULL THEN CAST(geonameid AS VARCHAR)
        WHEN geo_type = 5 THEN adm1
        WHEN geo_type = 1 THEN fips
    END                                                                  AS ActionGeo_FeatureID,
    CAST(strftime(published, '%Y%m%d') || '000000' AS BIGINT)            AS DATEADDED,
    coalesce(article_url, article_raw_path)                              AS SOURCEURL
FROM g
ORDER BY event_date, event_id;
