"""Monthly partitions by publication date.

Monthly, not daily: the marts count per month, and news corpora are sparse per day, so daily
partitions would make thousands of tiny Parquet files and runs. Keys are 'YYYY-MM', the same
string as the hive directory pub_month=YYYY-MM. The start (2000-01) is early enough for archive
articles on the 2008 and 2014 occupations; end_offset=1 makes the current, unfinished month a
valid partition (the daily schedule refreshes it).
"""

import dagster as dg

MONTHLY_START = "2000-01"
PARTITION_FORMAT = "%Y-%m"

monthly_partitions = dg.MonthlyPartitionsDefinition(
    start_date=MONTHLY_START, fmt=PARTITION_FORMAT, end_offset=1
)

# Run tags that make one run cover a contiguous range of partitions (assets use
# BackfillPolicy.single_run(), so context.partition_keys is the whole range).
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"


def range_tags(first: str, last: str) -> dict[str, str]:
    return {RANGE_START_TAG: first, RANGE_END_TAG: last}
