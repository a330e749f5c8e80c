# Sourced by the public benchmarks: builds the CoDraft server in Release and starts it on a fresh SQLite store in a
# scratch folder that is removed on exit. After `start_codraft [setting…]`: $work (the folder), $codraft (its base
# URL) and $pids (processes to stop) are set; further processes the caller starts go into $pids too.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; echo "$1 did not answer" >&2; return 1; }

start_codraft() {
  echo "Building the server in Release…" >&2
  dotnet build -c Release "$root/src/CoDraft.Server" -p:SkipClientBuild=true -nologo -v quiet >&2
  local port
  port="$(free_port)"
  codraft="http://127.0.0.1:$port"
  dotnet "$root/src/CoDraft.Server/bin/Release/net10.0/CoDraft.Server.dll" \
    --urls "$codraft" --Storage:SqlitePath="$work/codraft.db" \
    --Logging:LogLevel:Default=Warning --Auth:CookieSecurePolicy=SameAsRequest "$@" >"$work/codraft.log" 2>&1 &
  pids+=($!)
  wait_for "$codraft/health/ready"
}
