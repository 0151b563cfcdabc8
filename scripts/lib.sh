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
        # glance-api's maintainer scripts must not ask questions or start the service.
        gca_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

gca_build() {
    cmake -S "$GCA_ROOT" -B "$GCA_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGCA_WERROR=ON >/dev/null
    cmake --build "$GCA_BUILD" -j "$(nproc)"
}
