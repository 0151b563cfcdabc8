#!/bin/sh
# Benchmark glance-cachectl against Glance Zed's own cache code. See tests/bench/README.md.
#
#   tests/bench/run.sh [--quick] [BUILD_DIR] [more bench.py options]
#
# BUILD_DIR defaults to ./build; it must already hold app/glance-cachectl (this script builds nothing).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=build
quick=
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=--quick; shift ;;
        -h|--help) exec /usr/bin/python3 "$here/bench.py" --help ;;
        -*) break ;;
        *) build=$1; shift; break ;;
    esac
done
[ -x /usr/bin/python3 ] || { echo "run.sh: /usr/bin/python3 (with python3-glance) is required" >&2; exit 2; }
exec /usr/bin/python3 "$here/bench.py" --build-dir "$build" $quick "$@"
