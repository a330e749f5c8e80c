#!/usr/bin/env bash
# The load benchmark in one command: installs its Node packages, builds the CoDraft server in Release, and runs
# the sweep against CoDraft, ShareDB and Hocuspocus on 127.0.0.1. Options go to src/main.mjs, e.g.
#   bash bench/load/run.sh --n 10,50 --seconds 5
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
dotnet build -c Release "$root/src/CoDraft.Server" -nologo -v quiet
# A larger young generation: the clients allocate a message or update per edit per editor, and the default one
# makes the generator spend much of its time in scavenges.
exec node --max-semi-space-size=32 "$here/src/main.mjs" "$@"
