#!/usr/bin/env bash
# Sets up what is missing, then writes the release build to dist/ (the hostable folder and
# dist/readiness-check.html, the single file). Pass --no-setup when the caller already ran it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-setup" ] || scripts/setup.sh --app
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
. scripts/release-env.sh
trunk build --release --offline
