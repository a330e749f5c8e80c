#!/usr/bin/env bash
# The sign-on burst in one command (issue 22): builds the server in Release, starts it behind "a trusted proxy"
# (loopback listed in Proxy:KnownProxies, so X-Forwarded-For names each client and the per-address limit of
# Publication:SignOnsPerAddressPerHour — default 10 — applies per client), publishes a statement, and sends N sign-on
# requests evenly over S seconds from distinct clients (plus one busy client and a few forms without consent).
# Prints stored / refused (by code) / lost / doubled and the latency percentiles; exits 1 if any request was lost,
# doubled or answered without a code.
# Usage: bash bench/public/signon-burst.sh [--requests 1000] [--seconds 20]
set -euo pipefail
requests=1000 seconds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) requests="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

source "$(dirname "$0")/server.sh"
start_codraft --Proxy:KnownProxies:0=127.0.0.1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)" >&2
node "$root/bench/public/signon-burst.mjs" "$codraft" "$work/codraft.log" "$requests" "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
