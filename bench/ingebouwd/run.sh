#!/usr/bin/env bash
# The embedded default (docs/decisions/020), measured: start times, idle memory of the whole process
# tree, lost writes with two processes on one folder, and migrations with three processes at once.
# Runs the production build (build/server.js, build/cli-*.js: npm run build) with plain node.
#   npm run build && bash bench/ingebouwd/run.sh [ROUNDS]     (ROUNDS: lost-write and migration rounds, default 10; 0 = only start and memory)
#   BENCH_NODE=/path/to/node   another node binary (e.g. Node 24: npx -y node@24 -p process.execPath)
set -uo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-10}
PORT=${BENCH_PORT:-3871}
NODE=${BENCH_NODE:-node}
IDLE=${BENCH_IDLE:-20}
BENCH_NODE_OPTIONS=${BENCH_NODE_OPTIONS:-}
root=$(mktemp -d /tmp/rl-bench-ingebouwd-XXXXXX); chmod 711 "$root"
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
tree_rss_mb() { # RSS summed over a process and all its descendants (the database server is one)
  local pids=$1 all=$1 next
  while [ -n "$pids" ]; do
    next=$(for p in $pids; do pgrep -P "$p"; done | tr '\n' ' '); all="$all $next"; pids=$next
  done
  ps -o rss= -p "$(echo $all | tr ' ' ',')" | awk '{s+=$1} END {printf "%.0f", s/1024}'
}
tree_pss_mb() { # proportional set size summed (shared pages counted once over the tree)
  local pids=$1 all=$1 next
  while [ -n "$pids" ]; do
    next=$(for p in $pids; do pgrep -P "$p"; done | tr '\n' ' '); all="$all $next"; pids=$next
  done
  for p in $all; do awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null; done | awk '{s+=$1} END {printf "%.0f", s/1024}'
}
cpu_s() { awk '{printf "%.1f", ($14+$15)/100}' "/proc/$1/stat"; } # CPU seconds of the Node process (user+system)
node_rss_mb() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }
start_portal() { # $1 data dir; prints the pid; waits for the first page
  PORT=$PORT DATA_DIR=$1 LOG_REQUESTS=false "$NODE" $BENCH_NODE_OPTIONS build/server.js >"$1.log" 2>&1 &
  echo $!
}
wait_page() { for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && return 0; sleep 0.05; done; return 1; }
stop_portal() { kill -TERM "$1"; wait "$1" 2>/dev/null; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), node $("$NODE" --version)"
dir=$root/start
t=$(now); pid=$(start_portal "$dir"); wait_page; first=$(since "$t"); first_cpu=$(cpu_s "$pid")
sleep "$IDLE"
echo "first start on an empty folder to the first page: ${first}s (node CPU ${first_cpu} s)"
echo "idle after ${IDLE} s: tree RSS $(tree_rss_mb "$pid") MB, PSS $(tree_pss_mb "$pid") MB (node RSS $(node_rss_mb "$pid") MB); load $(cut -d' ' -f1 /proc/loadavg)"
stop_portal "$pid"
t=$(now); pid=$(start_portal "$dir"); wait_page; later=$(since "$t"); later_cpu=$(cpu_s "$pid")
sleep "$IDLE"
echo "later start to the first page: ${later}s (node CPU ${later_cpu} s)"
echo "idle after ${IDLE} s: tree RSS $(tree_rss_mb "$pid") MB, PSS $(tree_pss_mb "$pid") MB (node RSS $(node_rss_mb "$pid") MB); load $(cut -d' ' -f1 /proc/loadavg)"
stop_portal "$pid"

lost=0
for i in $(seq 1 "$ROUNDS"); do
  pid=$(start_portal "$dir"); wait_page
  link=$(DATA_DIR=$dir PUBLIC_URL=http://127.0.0.1:$PORT "$NODE" build/cli-staff-invite.js --email "ronde$i@bench.example" --role backoffice | grep -o "http://[^ ]*uitnodiging/[A-Za-z0-9_-]*")
  stop_portal "$pid"
  pid=$(start_portal "$dir"); wait_page
  code=$(curl -s -o /dev/null -w "%{http_code}" "$link")
  [ "$code" = 200 ] || lost=$((lost + 1))
  stop_portal "$pid"
done
echo "lost writes (invite beside the portal, restart, look): $lost of $ROUNDS"

failed=0
for i in $(seq 1 "$ROUNDS"); do
  d=$root/migratie-$i
  for j in 1 2 3; do DATA_DIR=$d "$NODE" build/cli-migrate.js >"$d.$j.log" 2>&1 & done
  for j in 1 2 3; do wait -n || failed=$((failed + 1)); done
done
echo "migration failures (three processes at once on an empty folder): $failed of $((ROUNDS * 3)) processes"
rm -rf "$root"
