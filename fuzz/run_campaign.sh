#!/bin/sh
# The long campaign, in the background (not part of `make test`):  nohup fuzz/run_campaign.sh &
# Ingestion for INGEST_S seconds, then ingestion + the full analysis for ANALYSIS_S seconds. Logs and counts
# land in fuzz/work/ (campaign-*.log, stats-*.json, crashes/).
set -u
cd "$(dirname "$0")/.."
INGEST_S=${INGEST_S:-720}
ANALYSIS_S=${ANALYSIS_S:-900}
.venv/bin/python -m fuzz.campaign seed
.venv/bin/python -m fuzz.campaign ingest -max_total_time="$INGEST_S" -print_final_stats=1 \
    > fuzz/work/campaign-ingest.log 2>&1
.venv/bin/python -m fuzz.campaign analysis -max_total_time="$ANALYSIS_S" -print_final_stats=1 \
    > fuzz/work/campaign-analysis.log 2>&1
echo "campaign done $(date -u +%FT%TZ)" >> fuzz/work/campaign-ingest.log
