#!/usr/bin/env bash
# Installs what is missing, builds, and starts Glance Cache Admin on the default cache.
# Arguments are passed to the app (for example --config-file /etc/glance/glance-api.conf).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
gca_install_packages build
gca_build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open."
    echo "Here is 'glance-cachectl status' of the same cache instead:"
    echo
    exec "$GCA_BUILD/app/glance-cachectl" status "$@"
fi
exec "$GCA_BUILD/app/glance-cache-admin" "$@"
