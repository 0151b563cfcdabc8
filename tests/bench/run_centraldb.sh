#!/bin/sh
# list --json on a 100k-row centralized_db cache (scratch MariaDB) against the mariadb client.
# See tests/bench/README.md.
#
#   tests/bench/run_centraldb.sh [BUILD_DIR] [centraldb_bench.py options]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=build
case "${1:-}" in
    -h|--help) exec /usr/bin/python3 "$here/centraldb_bench.py" --help ;;
    -*|"") ;;
    *) build=$1; shift ;;
esac
exec /usr/bin/python3 "$here/centraldb_bench.py" --build-dir "$build" "$@"
