#!/bin/sh
# Benchmark `glance-cachectl fetch` against curl on a real local glance-api. See tests/bench/README.md.
#
#   tests/bench/run_fetch.sh [BUILD_DIR] [more fetch_bench.py options]
#
# BUILD_DIR defaults to ./build; it must already hold app/glance-cachectl (this script builds nothing).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=build
case "${1:-}" in
    -h|--help) exec /usr/bin/python3 "$here/fetch_bench.py" --help ;;
    -*|'') ;;
    *) build=$1; shift ;;
esac
[ -x /usr/bin/python3 ] || { echo "run_fetch.sh: /usr/bin/python3 (with python3-glance) is required" >&2; exit 2; }
exec /usr/bin/python3 "$here/fetch_bench.py" --build-dir "$build" "$@"
