# Shared by scripts/demo and scripts/test: the Debian/Ubuntu packages the console needs, and an
# incremental configure + build. Source it; do not run it.

PM_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Build and test dependencies (Debian 12 / Ubuntu 22.04+ names). Charts' CMake package needs
# libqt6opengl6-dev; HttpServer's needs qt6-websockets-dev.
PM_PACKAGES=(
    cmake ninja-build g++ pkg-config git clang-format
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libgl-dev libxkbcommon-dev libssl-dev libpq-dev
    postgresql
    xvfb xauth gnome-keyring dbus-x11 imagemagick
)

pm_missing_packages() {
    local missing=() p
    for p in "${PM_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    echo "${missing[@]:-}"
}

# Installs what is missing: directly as root, through sudo otherwise; without either, it prints
# the command to run and stops.
pm_ensure_packages() {
    if ! command -v dpkg-query >/dev/null; then
        echo "This script installs Debian/Ubuntu packages; on other systems install Qt 6.4+ (Widgets, Network," >&2
        echo "Sql with the PostgreSQL plugin, Charts, Test, LinguistTools), QtKeychain, OpenSSL 3, libpq," >&2
        echo "PostgreSQL and CMake, then run: cmake -S . -B build && cmake --build build" >&2
        return 1
    fi
    local missing
    missing=$(pm_missing_packages)
    [ -z "$missing" ] && return 0
    echo "==> installing: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
            sudo=(sudo)
        else
            echo "Missing packages and no root or sudo. Ask an administrator to run:" >&2
            echo "  apt-get install -y $missing" >&2
            return 1
        fi
    fi
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# pm_configure BUILD_DIR [cmake -D options…]: the first time a full configure, later a quick refresh.
pm_configure() {
    local dir=$1
    shift
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$PM_ROOT" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    else
        cmake -S "$PM_ROOT" -B "$dir" "$@" >/dev/null
    fi
}

# pm_build BUILD_DIR [cmake -D options…]: configure, then build everything incrementally.
pm_build() {
    pm_configure "$@"
    cmake --build "$1" --parallel "$(nproc)"
}
