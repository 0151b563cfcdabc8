#!/usr/bin/env bash
# Runs every fuzz target of tests/fuzz for a long time: scripts/fuzz.sh [SECONDS_PER_TARGET] (default 600).
# Each target starts from a scratch corpus (build/fuzz-long/<target>/corpus) merged with its committed seeds,
# runs nice'd for the given time, and the script prints executions, corpus and findings per target. Findings
# (crash-*, leak-*, timeout-*, oom-* inputs) stay in build/fuzz-long/<target>/: fix the code, then add the
# input to tests/fuzz/corpus/<target>/ as a regression seed. GCA_FUZZ_JOBS=N runs N targets at once (default 1).
# Exits non-zero when any target found something.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
seconds=${1:-600}
jobs=${GCA_FUZZ_JOBS:-1}
targets=(oslo_ini clouds_yaml glance_json keystone_token sqlalchemy_url image_id)

if [ ! -f "$GCA_BUILD/CMakeCache.txt" ]; then
    cmake -S "$GCA_ROOT" -B "$GCA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGCA_WERROR=ON -DGCA_FUZZ=ON >/dev/null
fi
cmake --build "$GCA_BUILD" --target gca_fuzz
bin=$GCA_BUILD/tests/fuzz
out=$GCA_BUILD/fuzz-long

run_one() {
    local name=$1 dir=$out/$1
    mkdir -p "$dir/corpus"
    # Seeds merged into what earlier long runs found (kept between runs), only inputs that add coverage.
    "$bin/fuzz_$name" -merge=1 "$dir/corpus" "$GCA_ROOT/tests/fuzz/corpus/$name" >"$dir/merge.log" 2>&1
    nice -n 19 "$bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$dir/" "$dir/corpus" >"$dir/fuzz.log" 2>&1 || true
}
export -f run_one
export bin out seconds GCA_ROOT
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'

printf '\n%-16s %12s %8s %8s %s\n' target executions exec/s corpus findings
found=0
for name in "${targets[@]}"; do
    dir=$out/$name
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/fuzz.log")
    corpus=$(find "$dir/corpus" -type f | wc -l)
    findings=$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \
        -o -name 'oom-*' -o -name 'slow-unit-*' \) -printf '%f ')
    printf '%-16s %12s %8s %8s %s\n' "$name" "${execs:-?}" "${rate:-?}" "$corpus" "${findings:-none}"
    [ -z "$findings" ] || found=1
done
[ "$found" -eq 0 ] || echo "Findings: see $out/<target>/fuzz.log and the inputs named above."
exit "$found"
