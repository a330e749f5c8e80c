#!/usr/bin/env bash
# Runs every test suite of CoDraft after its own set-up, and ends with one line
# "N passed, N failed, N skipped" summing every suite it ran.
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=artifacts/test-logs
mkdir -p "$log_dir"

# The web client's packages first: the server's build runs the client's Vite build into wwwroot.
echo "== client packages (npm ci)"
(cd client && npm ci --no-audit --no-fund) >"$log_dir/client-npm-ci.log" 2>&1 || { tail -40 "$log_dir/client-npm-ci.log"; exit 1; }

echo "== restore"
dotnet restore CoDraft.sln --nologo -v quiet || exit 1
dotnet build CoDraft.sln --nologo --no-restore -v quiet -c Debug || exit 1

passed=0 failed=0 skipped=0 status=0

# --- infra: Debian packages the checks below need (no Docker engine runs here; redis-server is a plain process;
# caddy terminates TLS in front of a Production server in the browser test client/e2e/tlsProxy.e2e.ts).
need=()
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v caddy >/dev/null 2>&1 || need+=(caddy)
if [ "${#need[@]}" -gt 0 ]; then
  echo "== installing ${need[*]} (Debian packages)"
  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}") >"$log_dir/infra-install.log" 2>&1 \
    || tail -20 "$log_dir/infra-install.log"
fi

# --- infra: the compose file must validate (with and without the test profile), and so must the Caddyfile its
# proxy service runs (Caddy's state in a scratch folder); one check, passed or failed.
echo "== docker-compose config"
caddy_home=$(mktemp -d)
if docker-compose -f docker-compose.yml config -q >"$log_dir/compose.log" 2>&1 \
  && docker-compose -f docker-compose.yml --profile test config -q >>"$log_dir/compose.log" 2>&1 \
  && HOME="$caddy_home" XDG_DATA_HOME="$caddy_home" XDG_CONFIG_HOME="$caddy_home" \
     caddy validate --config deploy/Caddyfile --adapter caddyfile >>"$log_dir/compose.log" 2>&1; then
  echo "docker-compose.yml and deploy/Caddyfile: valid ($(docker-compose version --short 2>/dev/null), caddy $(caddy version 2>/dev/null | cut -d' ' -f1))"
  passed=$((passed + 1))
else
  echo "docker-compose.yml or deploy/Caddyfile: INVALID"
  cat "$log_dir/compose.log"
  failed=$((failed + 1)) status=1
fi
rm -rf "$caddy_home"

# --- word: Debian's LibreOffice, headless, is the independent reader of the exported .docx files
# (tests/CoDraft.Core.Tests/Word/LibreOfficeTests.cs; that test reports itself skipped when soffice is absent).
# Its Python bridge (python3-uno) edits an export with Track Changes on in client/e2e/wordUpload.e2e.ts.
if ! command -v soffice >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import uno' >/dev/null 2>&1; then
  echo "== installing libreoffice-writer-nogui and python3-uno (Debian packages)"
  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno) \
    >"$log_dir/libreoffice-install.log" 2>&1 || tail -20 "$log_dir/libreoffice-install.log"
fi

# The .NET suites: one `dotnet test` per test project, so a crash in one still reports the others.
for project in tests/*/*.csproj; do
  grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --nologo --no-build -c Debug \
    --logger "console;verbosity=normal" >"$log_dir/$name.log" 2>&1
  rc=$?
  # Failures in full; skips once per distinct reason (e.g. the MongoDB suite without a server).
  grep -E '^\s+Failed \S.* \[[^]]*\]\s*$|^\s+Error Message:' -A3 "$log_dir/$name.log" | head -200
  grep -E '^\[xUnit.net [0-9:.]+\] +[^ ]' "$log_dir/$name.log" | grep -iE 'skipped' | sed -E 's/^\[xUnit.net [0-9:.]+\] +//' | sort | uniq -c
  # The runner's closing block: "Total tests: N", then "Passed: N", "Failed: N", "Skipped: N" (zeros omitted).
  if ! grep -qE '^Total tests: [0-9]+' "$log_dir/$name.log"; then
    echo "no summary: the test host did not finish (see $log_dir/$name.log)"
    tail -40 "$log_dir/$name.log"
    status=1
    failed=$((failed + 1))
    continue
  fi
  count() { grep -E "^ +$1: [0-9]+\$" "$log_dir/$name.log" | tail -1 | grep -oE '[0-9]+' || echo 0; }
  p=$(count Passed) f=$(count Failed) s=$(count Skipped)
  echo "$name: $p passed, $f failed, $s skipped"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  [ "$rc" -eq 0 ] || status=1
done

# The client's Vitest suites; each writes a JSON report whose totals are added to the others.
run_vitest() {
  local name=$1 script=$2 report="$log_dir/$1.json"
  echo "== $name"
  rm -f "$report"
  (cd client && npm run --silent "$script" -- --reporter=default --reporter=json --outputFile.json="../$report") \
    >"$log_dir/$name.log" 2>&1
  local rc=$?
  # A test file that failed before its tests ran (e.g. the server did not start) counts as one failure.
  grep -E '(FAIL|×) ' "$log_dir/$name.log" | head -100
  if [ ! -s "$report" ]; then
    echo "no report: Vitest did not finish (see $log_dir/$name.log)"
    tail -40 "$log_dir/$name.log"
    status=1
    failed=$((failed + 1))
    return
  fi
  read -r p f s < <(node -e 'const r = require(process.argv[1]); const broken = r.testResults.filter(t => t.status === "failed" && !t.assertionResults.some(a => a.status === "failed")).length; console.log(r.numPassedTests, r.numFailedTests + broken, r.numPendingTests + r.numTodoTests)' "$PWD/$report")
  echo "$name: $p passed, $f failed, $s skipped"
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  [ "$rc" -eq 0 ] || status=1
}

run_vitest client-unit test

# The browser tests drive Debian's Chromium (never a downloaded browser) against the real server built above.
if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Chromium (Debian package)"
  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) >"$log_dir/chromium-install.log" 2>&1 \
    || tail -20 "$log_dir/chromium-install.log"
fi
run_vitest client-e2e e2e

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
