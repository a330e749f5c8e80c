#!/usr/bin/env bash
# The public-read benchmark in one command (issue 22): builds the CoDraft server in Release, starts it on a fresh
# SQLite store, seeds a published statement with N later signatories through the real API, and measures with wrk
# at 64 connections, in the same run, CoDraft against Debian's nginx serving the very same bytes as static files:
# the public page, the page again as conditional GETs (If-None-Match, 304), and the Atom feed.
# Usage: bash bench/public/run.sh [--signatories 500] [--seconds 10] [--connections 64]
set -euo pipefail
signatories=500 seconds=10 connections=64
while [ $# -gt 0 ]; do
  case "$1" in
    --signatories) signatories="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "Installing Debian's wrk and nginx…" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk nginx-light >/dev/null; else sudo apt-get install -y -q wrk nginx-light >/dev/null; fi
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

source "$(dirname "$0")/server.sh"
start_codraft --Publication:SignOnsPerAddressPerHour=1000000

echo "Seeding a published statement with $signatories signatories through the API…" >&2
slug="$(node "$root/bench/public/seed.mjs" "$codraft" "$work/codraft.log" "$signatories" | tail -n 1)"

# nginx serves the bytes CoDraft answers with, as files, with its defaults for static files (ETag on).
mkdir -p "$work/www/p" "$work/nginx"
# nginx's workers run as an unprivileged user when started as root: they must be able to read the files.
chmod 755 "$work" "$work/www" "$work/www/p"
curl -fs "$codraft/p/$slug" -o "$work/www/p/$slug.html"
curl -fs "$codraft/p/feed.atom" -o "$work/www/p/feed.atom"
nginx_port="$(free_port)"
nginx="http://127.0.0.1:$nginx_port"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; application/atom+xml atom; }
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
wait_for "$nginx/p/$slug.html" || { cat "$work/nginx/error.log" >&2; exit 1; }

etag_of() { curl -fs -D - -o /dev/null "$1" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }

# One wrk run: "<requests/s> <p99 in ms> <answers that were not the expected status>".
measure() {
  local url="$1" header="${2:-}"
  local out
  if [ -n "$header" ]; then
    out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$header" "$url")"
  else
    out="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$url")"
  fi
  echo "$out" >>"$work/wrk.log"
  echo "$out" | awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); p = v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); p = v } else { sub(/s$/, "", v); p = v * 1000 } }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    END { printf "%s %.2f %d\n", rps, p, bad }'
}

compare() {
  local name="$1" codraft_url="$2" nginx_url="$3" codraft_header="${4:-}" nginx_header="${5:-}"
  echo "Measuring $name (${seconds}s each, $connections connections)…" >&2
  read -r c_rps c_p99 c_bad <<<"$(measure "$codraft_url" "$codraft_header")"
  read -r n_rps n_p99 n_bad <<<"$(measure "$nginx_url" "$nginx_header")"
  local ratio
  ratio="$(awk -v a="$c_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')"
  echo "public $name codraft_rps=$c_rps codraft_p99_ms=$c_p99 nginx_rps=$n_rps nginx_p99_ms=$n_p99 ratio=$ratio errors=$((c_bad + n_bad))"
}

page_bytes="$(wc -c <"$work/www/p/$slug.html")"
feed_bytes="$(wc -c <"$work/www/p/feed.atom")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc); page $page_bytes bytes, feed $feed_bytes bytes; $signatories signatories" >&2
compare page "$codraft/p/$slug" "$nginx/p/$slug.html"
codraft_tag="$(etag_of "$codraft/p/$slug")"
nginx_tag="$(etag_of "$nginx/p/$slug.html")"
for check in "$codraft/p/$slug|$codraft_tag" "$nginx/p/$slug.html|$nginx_tag"; do
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: ${check#*|}" "${check%%|*}")"
  [ "$status" = 304 ] || { echo "${check%%|*} answered $status, not 304, to its own ETag" >&2; exit 1; }
done
compare page-304 "$codraft/p/$slug" "$nginx/p/$slug.html" "If-None-Match: $codraft_tag" "If-None-Match: $nginx_tag"
compare feed "$codraft/p/feed.atom" "$nginx/p/feed.atom"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
