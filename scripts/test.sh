#!/usr/bin/env bash
# Installs what is missing (including real Glance as the test oracle), builds with warnings as errors,
# and runs every test with ctest (the fuzz targets for a fixed number of runs; scripts/fuzz.sh runs them long).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
gca_install_packages build test
gca_build -DGCA_FUZZ=ON # the fuzz targets need clang and libFuzzer (tag test): never skipped here
cd "$GCA_BUILD"
ctest --output-on-failure -j "$(nproc)" "$@"
