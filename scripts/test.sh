#!/usr/bin/env bash
# Installs what is missing (including real Glance as the test oracle), builds with warnings as errors,
# and runs every test with ctest.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
gca_install_packages build test
gca_build
cd "$GCA_BUILD"
ctest --output-on-failure -j "$(nproc)" "$@"
