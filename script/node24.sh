#!/usr/bin/env bash
# Runs the pinned Node 24 (the action's runtime, installed once by ensure-node24.sh into .build/node24) with the
# given arguments, whatever node is on the PATH: npm test, npm start, npm run sandbox and npm run bench use it.
set -euo pipefail
node24="$("$(dirname "$0")/ensure-node24.sh")"
exec "$node24" "$@"
