# Shared by run.sh and test.sh: install what is missing from scripts/packages.txt, then build.
# shellcheck shell=bash

GCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GCA_BUILD=${GCA_BUILD:-$GCA_ROOT/build}

gca_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# gca_install_packages TAG... : installs the packages of scripts/packages.txt with one of the tags.
gca_install_packages() {
    local wanted=() missing=() tag pkg
    for tag in "$@"; do
        while read -r t pkg; do
            [ "$t" = "$tag" ] && wanted+=("$pkg")
        done < <(grep -v '^#' "$GCA_ROOT/scripts/packages.txt")
    done
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing Debian packages: ${missing[*]}"
        gca_as_root apt-get update -qq
        gca_without_service_starts gca_as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# gca_without_service_starts COMMAND... : runs COMMAND while invoke-rc.d and deb-systemd-invoke refuse to
# start services. The maintainer scripts of glance-api, mariadb-server and postgresql start their system
# service on install; the tests never use those (they start scratch servers of their own), and a system
# MariaDB or PostgreSQL left running would only take memory and the default ports. A policy-rc.d that is
# already there (containers ship one) is left as it is. The services stay enabled for the next boot.
gca_without_service_starts() {
    local policy=/usr/sbin/policy-rc.d
    if [ -e "$policy" ]; then
        "$@"
        return
    fi
    # A subshell, so that the trap removes the file however the install ends (failure, Ctrl-C).
    (
        trap 'gca_as_root rm -f "$policy"' EXIT
        trap 'exit 130' INT TERM
        printf '#!/bin/sh\n# Temporary, from Glance Cache Admin scripts/lib.sh: no service starts during apt-get install.\nexit 101\n' |
            gca_as_root tee "$policy" >/dev/null
        gca_as_root chmod 755 "$policy"
        "$@"
    )
}

# gca_build [CMAKE_ARGS...]: configures (with the extra arguments) and builds.
gca_build() {
    cmake -S "$GCA_ROOT" -B "$GCA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGCA_WERROR=ON "$@" >/dev/null
    cmake --build "$GCA_BUILD" -j "$(nproc)"
}
