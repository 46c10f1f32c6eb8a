#!/usr/bin/env bash
# Installs what the app and its tests need, from the package registries only.
# Idempotent: every step is skipped when its tool is already there at the right version.
#   scripts/setup.sh          everything (build + tests)
#   scripts/setup.sh --app    only what building and serving the app needs
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
want_tests=1
[ "${1:-}" = "--app" ] && want_tests=0

step() { printf '\n== setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The pinned compiler (rust-toolchain.toml). Where the machine's stable one is that very version,
# it serves under the pinned name too (nothing to download); otherwise rustup fetches it.
pinned=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$pinned-"; then
  step "rust $pinned (rust-toolchain.toml)"
  stable_dir=$(rustup run stable rustc --print sysroot 2>/dev/null || true)
  if [ -n "$stable_dir" ] && "$stable_dir/bin/rustc" --version | grep -q "^rustc $pinned "; then
    ln -s "$stable_dir" "$(dirname "$stable_dir")/$pinned-$(basename "$stable_dir" | sed 's/^stable-//')"
  else
    rustup toolchain install "$pinned" --profile minimal -c clippy,rustfmt,rust-src -t wasm32-unknown-unknown
  fi
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed | grep -q '^clippy'; then
  rustup component add clippy rustfmt
fi
# The release build rebuilds the standard library from source (scripts/release-env.sh).
if ! rustup component list --installed | grep -q '^rust-src'; then
  step "rust-src (the standard library's source, for the release build)"
  rustup component add rust-src
fi
# Trunk builds offline (so it never downloads tools of its own), so the crates of the app and of
# the rebuilt standard library (its own Cargo.lock in rust-src) must be in cargo's cache first.
std_manifest="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
fetch_crates() { cargo fetch --locked "$@" && RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$std_manifest" "$@"; }
if ! fetch_crates --offline -q >/dev/null 2>&1; then
  step "crates of the app and of the standard library (crates.io)"
  fetch_crates
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  step "trunk $TRUNK_VERSION (compiles for ~20 minutes the first time)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must be exactly the wasm-bindgen version in Cargo.lock.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  step "wasm-bindgen-cli $bindgen_version (compiles for ~9 minutes the first time)"
  # Without --locked: the CLI's own lock file pins a crate release the registry does not serve.
  cargo install wasm-bindgen-cli --version "=$bindgen_version"
fi

# wasm-opt (npm binaryen), and for the tests playwright-core, axe-core, puppeteer-core and
# selenium-webdriver: all pinned in package-lock.json. None of them downloads a browser or driver
# (puppeteer-core has no install script; selenium-webdriver only talks to a running driver here).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages (package-lock.json)"
  npm ci --no-audit --no-fund
fi

# The browsers of the tests (Debian), each installed only when its program is missing:
# Chromium and chromedriver; Firefox ESR (the cross-browser flows drive it over WebDriver BiDi);
# WebKitGTK's WebDriver with its MiniBrowser, and the virtual display it runs on.
if [ "$want_tests" = 1 ]; then
  browsers=()
  [ -x /usr/bin/chromium ] || browsers+=(chromium)
  [ -x /usr/bin/chromedriver ] || browsers+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || browsers+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || browsers+=(webkit2gtk-driver)
  [ -x /usr/bin/Xvfb ] || browsers+=(xvfb)
  if [ "${#browsers[@]}" -gt 0 ]; then
    step "browsers for the tests (Debian): ${browsers[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${browsers[@]}"
  fi
fi

echo "setup: ok (trunk $(trunk --version | cut -d' ' -f2), wasm-bindgen $bindgen_version, wasm-opt $(wasm-opt --version | cut -d' ' -f3))"
