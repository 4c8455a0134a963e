#!/usr/bin/env bash
# Installs what building and testing suhbat needs, idempotently; sourced by the other scripts.
#
# Two routes to a Rust→WebAssembly toolchain:
#  - normal: rustup's wasm32 target and cargo-installed trunk and wasm-bindgen-cli;
#  - offline (machines that reach only package registries; see docs/toolchain.md): Debian's
#    rustc-web with its std built for wasm32, linked into rustup as `suhbat-web`, and wasm-opt
#    from npm's binaryen (used on both routes: Trunk's own download needs GitHub).
# The normal route is tried first with a short timeout; nothing here waits forever.
# SUHBAT_ROUTE=offline forces the offline route.
# After `ensure_wasm_toolchain`, `wasm_cargo ...` runs cargo with the compiler that targets wasm32.

set -euo pipefail

SUHBAT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUHBAT_TOOLS="${SUHBAT_TOOLS:-$HOME/.cache/suhbat}"
TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"
OFFLINE_TOOLCHAIN="suhbat-web"
WASM_TARGET="wasm32-unknown-unknown"
RUSTUP_TARGET_TIMEOUT="${RUSTUP_TARGET_TIMEOUT:-45}"

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=""
# Installs Debian packages that are missing; refreshes the (possibly stale) lists first.
ensure_apt_packages() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ -z "$APT_UPDATED" ]; then
        step "Refreshing Debian package lists (apt-get update)"
        as_root apt-get update -q >&2
        APT_UPDATED=1
    fi
    step "Installing Debian packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}" >&2
}

ensure_native_rust() {
    command -v cargo >/dev/null || fail "cargo not found: install Rust from https://rustup.rs"
    ensure_apt_packages pkg-config libssl-dev
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' \
        || { step "Adding rustfmt and clippy"; timeout 120 rustup component add rustfmt clippy >&2 || true; }
}

wasm_std_installed() {
    local sysroot
    sysroot="$(RUSTUP_TOOLCHAIN="$1" rustc --print sysroot 2>/dev/null)" || return 1
    compgen -G "$sysroot/lib/rustlib/$WASM_TARGET/lib/libstd-*.rlib" >/dev/null
}

# Builds Debian's std source for wasm32 once and installs it beside Debian's rustc.
build_offline_wasm_std() {
    local scratch="$SUHBAT_TOOLS/wasm-std-build"
    step "Building the Rust standard library for $WASM_TARGET (about a minute, once)"
    rm -rf "$scratch" && mkdir -p "$scratch/src"
    cat >"$scratch/Cargo.toml" <<'EOF'
[package]
name = "suhbat_std_builder"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["cdylib"]
path = "src/lib.rs"
[profile.release]
panic = "abort"
EOF
    : >"$scratch/src/lib.rs"
    (cd "$scratch" && RUSTUP_TOOLCHAIN="$OFFLINE_TOOLCHAIN" RUSTFLAGS="-C embed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
        cargo build -q --release --target "$WASM_TARGET" -Zbuild-std=std,panic_abort,test >&2)
    local dest="/usr/lib/rustlib/$WASM_TARGET/lib"
    as_root mkdir -p "$dest"
    find "$scratch/target/$WASM_TARGET/release/deps" -name 'lib*.rlib' ! -name 'libsuhbat_std_builder*' \
        -exec cp {} "$dest/" \;
    # Cargo's fingerprints do not see a new std: drop wasm builds made against an older one.
    rm -rf "$SUHBAT_ROOT/target/$WASM_TARGET"
}

use_offline_route() {
    step "Using the offline route: Debian's rustc-web toolchain for $WASM_TARGET"
    ensure_apt_packages rustc-web cargo-web rust-web-src rust-web-llvm rust-web-clippy lld-22
    /usr/bin/rustc --version | grep -qE '^rustc 1\.(9[6-9]|[1-9][0-9]{2})' \
        || fail "Debian's rustc-web is $(/usr/bin/rustc --version); 1.96 or newer is needed (apt-get update?)"
    rustup toolchain list | grep -q "^$OFFLINE_TOOLCHAIN" || rustup toolchain link "$OFFLINE_TOOLCHAIN" /usr
    wasm_std_installed "$OFFLINE_TOOLCHAIN" || build_offline_wasm_std
    export SUHBAT_WASM_TOOLCHAIN="$OFFLINE_TOOLCHAIN"
}

ensure_wasm_toolchain() {
    [ -n "${SUHBAT_WASM_ROUTE_READY:-}" ] && return 0
    ensure_native_rust
    local default_toolchain
    default_toolchain="$(rustup show active-toolchain 2>/dev/null | cut -d' ' -f1)"
    if [ "${SUHBAT_ROUTE:-}" = offline ]; then
        use_offline_route
    elif wasm_std_installed "$default_toolchain"; then
        step "Using rustup's $WASM_TARGET target ($default_toolchain)"
        export SUHBAT_WASM_TOOLCHAIN="$default_toolchain"
    elif rustup toolchain list | grep -q "^$OFFLINE_TOOLCHAIN" && wasm_std_installed "$OFFLINE_TOOLCHAIN"; then
        use_offline_route
    else
        step "Trying: rustup target add $WASM_TARGET (up to ${RUSTUP_TARGET_TIMEOUT}s)"
        if timeout "$RUSTUP_TARGET_TIMEOUT" rustup target add "$WASM_TARGET" >&2 2>&1; then
            export SUHBAT_WASM_TOOLCHAIN="$default_toolchain"
        else
            step "rustup could not fetch the target (offline?)"
            use_offline_route
        fi
    fi
    export SUHBAT_WASM_ROUTE_READY=1
}

wasm_cargo() {
    RUSTUP_TOOLCHAIN="$SUHBAT_WASM_TOOLCHAIN" cargo "$@"
}

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
locked_wasm_bindgen_version() {
    awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$SUHBAT_ROOT/Cargo.lock"
}

ensure_cargo_tool() {
    local binary="$1" crate="$2" version="$3"
    shift 3
    if "$binary" --version 2>/dev/null | grep -qF " $version"; then return 0; fi
    step "Installing $crate $version with cargo (several minutes, once)"
    cargo install -q "$crate" --version "$version" --force "$@" >&2
}

# Installs an npm package (name@version) into its own folder under $SUHBAT_TOOLS, once; prints
# the folder. `check` is a file whose presence means the package is there.
npm_package() {
    local package="$1" check="$2"
    local prefix="$SUHBAT_TOOLS/npm/$package"
    if [ ! -e "$prefix/node_modules/$check" ]; then
        command -v npm >/dev/null || ensure_apt_packages nodejs npm
        step "Installing $package from npm"
        mkdir -p "$prefix"
        (cd "$prefix" && npm install --silent --no-save --prefix "$prefix" "$package" >&2)
    fi
    printf '%s\n' "$prefix/node_modules"
}

ensure_npm_wasm_opt() {
    local modules
    modules="$(npm_package "binaryen@$WASM_OPT_VERSION" .bin/wasm-opt)"
    "$modules/.bin/wasm-opt" --version | grep -q "version $WASM_OPT_VERSION" \
        || fail "npm's binaryen@$WASM_OPT_VERSION gave $("$modules/.bin/wasm-opt" --version)"
    export PATH="$modules/.bin:$PATH"
}

ensure_web_tools() {
    ensure_wasm_toolchain
    (cd "$SUHBAT_ROOT" && cargo metadata -q --format-version 1 >/dev/null) # writes Cargo.lock if absent
    ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
    local bindgen
    bindgen="$(locked_wasm_bindgen_version)"
    [ -n "$bindgen" ] || fail "no wasm-bindgen in Cargo.lock"
    # `--locked` fails on registry mirrors that lack one pinned transitive crate; unlocked builds.
    ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$bindgen"
    # Trunk would download wasm-opt from GitHub; npm's registry is reachable on more machines.
    ensure_npm_wasm_opt
}

ensure_browser() {
    ensure_apt_packages chromium chromium-driver
    export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
}

# Firefox ESR from Debian, and its WebDriver (geckodriver) from crates.io.
GECKODRIVER_VERSION=0.37.1
ensure_firefox() {
    ensure_apt_packages firefox-esr
    ensure_cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
    export GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"
}

# WebKitGTK (Safari's engine): Debian's WebKitWebDriver driving MiniBrowser, which needs a
# display, so Xvfb (`xvfb-run`) too.
ensure_webkit() {
    ensure_apt_packages webkit2gtk-driver xvfb xauth
    export WEBKITDRIVER="${WEBKITDRIVER:-/usr/bin/WebKitWebDriver}"
}

# Builds the release site (pre-rendered HTML + WASM) with Trunk into dist/, or into the folder
# given as the first argument. For an archive, the home's own app (archive.html) is built first
# into target/archive-app/, and the site step takes it in; an interview's page never loads it.
build_dist() {
    local dist="${1:-dist}"
    ensure_web_tools
    local kind
    kind="$(cd "$SUHBAT_ROOT" && cargo run --quiet --profile prerender --bin suhbat -- source-kind)"
    if [ "$kind" = archive ]; then
        # archive.html is index.html building the home's binary: made from it, so that the two
        # pages cannot drift apart (git ignores it).
        sed 's/data-bin="viewer"/data-bin="archive"/' "$SUHBAT_ROOT/index.html" >"$SUHBAT_ROOT/archive.html"
        grep -q 'data-bin="archive"' "$SUHBAT_ROOT/archive.html" \
            || fail "index.html has no data-bin=\"viewer\" to make archive.html from"
        step "Building the archive home's app into target/archive-app/ (trunk build archive.html --release)"
        (cd "$SUHBAT_ROOT" && RUSTUP_TOOLCHAIN="$SUHBAT_WASM_TOOLCHAIN" \
            trunk build archive.html --release --dist target/archive-app >&2)
    fi
    step "Building the viewer into $dist/ (trunk build --release)"
    (cd "$SUHBAT_ROOT" && RUSTUP_TOOLCHAIN="$SUHBAT_WASM_TOOLCHAIN" \
        SUHBAT_ARCHIVE_APP="$SUHBAT_ROOT/target/archive-app" trunk build --release --dist "$dist" >&2)
}
