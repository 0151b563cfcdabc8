#!/bin/sh
# run_target.sh TARGET SEEDS SCRATCH RUNS: one deterministic libFuzzer session for ctest. The seeds are only
# read; what libFuzzer adds to its corpus and any crash input go to SCRATCH, emptied first. Exits non-zero on
# any crash, sanitizer report, leak or broken property (the target aborts).
set -eu
target=$1 seeds=$2 scratch=$3 runs=$4
rm -rf "$scratch"
mkdir -p "$scratch/corpus"
exec "$target" -runs="$runs" -seed=1 -timeout=10 -rss_limit_mb=2048 -max_len=2048 -print_final_stats=1 \
    -artifact_prefix="$scratch/" "$scratch/corpus" "$seeds"
