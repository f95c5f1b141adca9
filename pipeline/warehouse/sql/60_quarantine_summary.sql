-- marts.quarantine_summary: what could not be used, by reason.
CREATE OR REPLACE TABLE marts.quarantine_summary AS
SELECT
    reason,
    count(DISTINCT raw_path)   AS files,
    count(*)                   AS records,
    min(message)               AS example_message
FROM base.quarantine
GROUP BY reason
ORDER BY records DESC, reason;
