#!/usr/bin/env bash
# Runs the action's source with @github/local-action against the loopback sandbox: starts the sandbox,
# writes .build/local-action.env from .env.example plus the sandbox's endpoints, runs, stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:sandbox --silent
mkdir -p .build
fifo=$(mktemp -u) && mkfifo "$fifo"
node .build/js/sandbox/cli.js --ambient >"$fifo" &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -f "$fifo"' EXIT
env_file=.build/local-action.env
cp .env.example "$env_file"
# The sandbox prints its KEY=value lines, then serves; read just those.
while IFS= read -r line; do
  echo "$line" >>"$env_file"
  [[ $line == SANDBOX_REGION=* ]] && break
done <"$fifo"
# New run id each time, so the default idempotency token starts a new job.
echo "GITHUB_RUN_ID=$(date +%s)" >>"$env_file"
# local-action writes the step summary where GITHUB_STEP_SUMMARY says, but does not show it: this script does.
summary=.build/local-action-summary.md
: >"$summary"
echo "GITHUB_STEP_SUMMARY=$PWD/$summary" >>"$env_file"
status=0
npx local-action run . src/main.ts "$env_file" || status=$?
printf '\n== Step summary (%s, markdown as GitHub receives it)\n\n' "$summary"
cat "$summary"
exit "$status"
