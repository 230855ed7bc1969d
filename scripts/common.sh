# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, then configure
# and build a CMake preset. Sourced, not run.

NC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# ccache keys on paths relative to the checkout, so a fresh clone elsewhere reuses earlier builds.
export CCACHE_BASEDIR="$NC_ROOT"
export CCACHE_NOHASHDIR=1

# Debian 12 packages the build, the tests, the screenshots and the .deb (icons, checks) need.
NC_PACKAGES=(
    cmake ninja-build g++ clang clang-format ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
    libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-qpa-plugins libqt6printsupport6
    sqlite3 poppler-utils unicode-data xvfb xauth fonts-dejavu-core fonts-noto-core fonts-noto-cjk
    libclang-rt-14-dev qt6-translations-l10n
    librsvg2-bin dpkg-dev fakeroot file lintian appstream desktop-file-utils
    dbus dbus-daemon
    qtkeychain-qt6-dev
)
# What only the tests add (scripts/test): the throwaway PostgreSQL 15 of the server suites and Qt's
# driver for it. scripts/run needs none of it: the app's default database is its SQLite file.
# The home link's tests keep passwords in a real Secret Service (gnome-keyring-daemon). The
# screen-reader walk reads the app over AT-SPI (at-spi2-core) with the system's python3-pyatspi.
NC_TEST_PACKAGES=(postgresql postgresql-common libqt6sql6-psql gnome-keyring at-spi2-core python3-pyatspi)

# nc_install_packages [EXTRA…] — NC_PACKAGES and any extra ones, only those missing.
nc_install_packages() {
    local missing=()
    local pkg
    for pkg in "${NC_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# nc_build PRESET — configure once, then build incrementally.
nc_build() {
    local preset="$1"
    cd "$NC_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset" -j"$(nproc)"
}

# nc_with_postgres COMMAND… — runs the command with a throwaway PostgreSQL 15 (pg_virtualenv from
# postgresql-common: a cluster in a temporary folder, PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE
# set, the cluster removed when the command ends, pass or fail). The server keeps Auckland time, the
# tests their own (UTC on CI): times must agree to the millisecond across the two.
# pg_virtualenv's own two lines (cluster created, dropped) are left out, so a run still ends with the
# command's last line (CTest's summary); its exit code is the command's.
nc_with_postgres() {
    pg_virtualenv -t -v 15 -o "timezone=Pacific/Auckland" "$@" \
        | sed -u -e '/^Creating new PostgreSQL cluster 15\/regress/d' -e '/^Dropping cluster 15\/regress/d'
}

# The tests the last ctest run of a preset failed, on one line.
nc_failed_tests() {
    local log="$NC_ROOT/build/$1/Testing/Temporary/LastTestsFailed.log"
    if [ -f "$log" ]; then cut -d: -f2 "$log" | tr '\n' ' '; fi
}
