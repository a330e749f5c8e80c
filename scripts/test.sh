#!/usr/bin/env bash
# Runs every test suite of CoDraft after its own set-up, and ends with one line
# "N passed, N failed, N skipped" summing every suite it ran.
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=artifacts/test-logs
mkdir -p "$log_dir"

echo "== restore"
dotnet restore CoDraft.sln --nologo -v quiet || exit 1
dotnet build CoDraft.sln --nologo --no-restore -v quiet -c Debug || exit 1

passed=0 failed=0 skipped=0 status=0

# The .NET suites: one `dotnet test` per test project, so a crash in one still reports the others.
for project in tests/*/*.csproj; do
  grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --nologo --no-build -c Debug \
    --logger "console;verbosity=normal" >"$log_dir/$name.log" 2>&1
  rc=$?
  # Failures in full; skips once per distinct reason (e.g. the MongoDB suite without a server).
  grep -E '^\s+Failed |Error Message' -A3 "$log_dir/$name.log" | head -200
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

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
