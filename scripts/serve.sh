#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the app at http://127.0.0.1:${PORT:-8080}/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --app
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo "Serving the readiness check at http://127.0.0.1:$port/ (Ctrl+C stops)"
. scripts/release-env.sh
# As scripts/build.sh: without the standard library rebuild when that cannot run.
if ! trunk build --release --offline; then
  echo "WARNING: the release build with the rebuilt standard library failed; serving a plain release build." >&2
  release_env_off
fi
exec trunk serve --release --offline --port "$port"
