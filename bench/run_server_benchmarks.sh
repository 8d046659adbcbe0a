#!/usr/bin/env bash
# Shared-server benchmarks (issue 9), as ratios against baselines measured in
# the same run on a throwaway PostgreSQL cluster this script starts (initdb in
# a temporary folder, run as the postgres user when root, Unix socket only,
# removed on exit):
#   import: `scorecard import --db postgresql://…` of the ~700k-row per-contact
#           export vs `psql \copy` of the same CSV into a plain table of its
#           columns (target: at most 1.0x);
#   score:  `scorecard score` for one month of an 800-agent, 12-month store
#           over the Unix socket vs the same on the SQLite file (target:
#           within 2x), after checking both print the same bytes.
# Each timing is the best of RUNS runs (default 3), wall clock and CPU time of
# the client process (bench/measure.py). The server's own CPU is not in the
# client's CPU time: compare wall times.
#
# Usage: bench/run_server_benchmarks.sh [BUILD_DIR]
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
BUILD=$(cd "$BUILD" && pwd)
SCORECARD="$BUILD/src/scorecard"
BENCH_DATA="$BUILD/bench/bench_data"
RUNS=${RUNS:-3}
MONTH=2026-10
for exe in "$SCORECARD" "$BENCH_DATA"; do
  [[ -x "$exe" ]] || { echo "missing $exe: build the scorecard and bench_data targets first" >&2; exit 1; }
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$PGBIN/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scorecard-server-bench.XXXXXX")
chmod 755 "$WORK"
AS=()
if [[ $(id -u) == 0 ]]; then
  chown postgres "$WORK"
  AS=(runuser -u postgres --)
fi
cleanup() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-p $PORT -k $WORK -c listen_addresses='' -c shared_buffers=256MB -c max_wal_size=4GB" start >/dev/null
SU="postgresql:///postgres?host=$WORK&port=$PORT&user=postgres"
psql() { command "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
uri() { echo "postgresql:///$1?host=$WORK&port=$PORT&user=$2"; }

measure() {
  local runs=$1 setup=$2; shift 2
  if [[ -n "$setup" ]]; then
    python3 "$SRC/bench/measure.py" --runs "$runs" --setup "$setup" -- "$@"
  else
    python3 "$SRC/bench/measure.py" --runs "$runs" -- "$@"
  fi
}
field() { echo "$1" | cut -d' ' -f"$2"; }

# A database set up by `server init` with an admin login "bench" (trust on
# the socket: no password needed here).
new_db() {
  psql "$SU" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  "$SCORECARD" server init --db "$(uri "$1" postgres)" >/dev/null
  psql "$SU" -c "DROP ROLE IF EXISTS bench_$1" >/dev/null 2>&1 || true
  printf 'bench pw\n' | "$SCORECARD" user add --db "$(uri "$1" postgres)" --login "bench_$1" --role admin >/dev/null
}

echo "Scorecard server benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'))"
echo

# ---------------------------------------------------------------- import
"$BENCH_DATA" contacts "$WORK/imp" --agents 800 --rows 700000 --month "$MONTH" >/dev/null
CONTACTS="$WORK/imp/contacts.csv"
ROWS=$(($(wc -l <"$CONTACTS") - 1))
COLUMNS=$(head -1 "$CONTACTS" | tr -d '\r' | sed 's/,/ text, /g; s/$/ text/')
psql "$SU" -c "CREATE DATABASE raw" >/dev/null
M_COPY=$(measure "$RUNS" "$PGBIN/psql -X -q '$(uri raw postgres)' -c 'DROP TABLE IF EXISTS raw' -c 'CREATE TABLE raw ($COLUMNS)'" \
  "$PGBIN/psql" -X -q "$(uri raw postgres)" -c "\\copy raw FROM '$CONTACTS' WITH (FORMAT csv, HEADER true)")
RAW_COUNT=$(psql -At "$(uri raw postgres)" -c "SELECT count(*) FROM raw")
# Before each run: a fresh server database with the agents imported (untimed).
{
  echo "set -e"
  printf '%q ' "$PGBIN/psql" -X -q "$SU" -c "DROP DATABASE IF EXISTS imp WITH (FORCE)" -c "CREATE DATABASE imp"; echo
  printf '%q ' "$SCORECARD" server init --db "$(uri imp postgres)"; echo
  printf '%q ' "$PGBIN/psql" -X -q "$SU" -c "DROP ROLE IF EXISTS bench_imp"; echo
  printf 'printf %q | ' 'bench pw\n'; printf '%q ' "$SCORECARD" user add --db "$(uri imp postgres)" --login bench_imp --role admin; echo
  printf '%q ' "$SCORECARD" import --db "$(uri imp bench_imp)" --kind agents "$WORK/imp/agents.csv"; echo
} >"$WORK/setup_imp.sh"
M_OURS=$(measure "$RUNS" "bash '$WORK/setup_imp.sh' >/dev/null" \
  "$SCORECARD" import --db "$(uri imp bench_imp)" --kind contacts "$CONTACTS")
OURS_SUM=$(psql -At "$(uri imp postgres)" -c "SELECT sum(contacts) FROM scorecard.contacts")
[[ "$RAW_COUNT" == "$ROWS" && "$OURS_SUM" == "$ROWS" ]] || {
  echo "row counts disagree: file $ROWS, psql $RAW_COUNT, scorecard $OURS_SUM contacts" >&2; exit 1; }
echo "Import into the server: per-contact export, $ROWS rows, 800 agents, one month (best of $RUNS)"
printf "  %-52s %8s s wall %8s s CPU\n" "psql \\copy into a plain table (baseline)" "$(field "$M_COPY" 1)" "$(field "$M_COPY" 2)"
printf "  %-52s %8s s wall %8s s CPU\n" "scorecard import --kind contacts --db postgresql://" "$(field "$M_OURS" 1)" "$(field "$M_OURS" 2)"
awk -v a="$(field "$M_COPY" 1)" -v b="$(field "$M_OURS" 1)" \
  'BEGIN { printf "  ratio: scorecard import takes %.2fx the time of psql \\copy (wall) -- target <= 1.0x\n", b / a }'
echo

# ---------------------------------------------------------------- score
LOCAL="$WORK/score.sqlite"
"$SCORECARD" demo --db "$LOCAL" --agents 800 --months 12 --end-month "$MONTH" >/dev/null
new_db score
"$SCORECARD" server push --from "$LOCAL" --db "$(uri score bench_score)" >/dev/null
"$SCORECARD" score --db "$LOCAL" --month "$MONTH" >"$WORK/a.json"
"$SCORECARD" score --db "$(uri score bench_score)" --month "$MONTH" >"$WORK/b.json"
cmp -s "$WORK/a.json" "$WORK/b.json" || { echo "score output differs between the stores" >&2; exit 1; }
M_SQLITE=$(measure "$RUNS" "" "$SCORECARD" score --db "$LOCAL" --month "$MONTH" --format json)
M_PG=$(measure "$RUNS" "" "$SCORECARD" score --db "$(uri score bench_score)" --month "$MONTH" --format json)
echo "Score: one month ($MONTH) of an 800-agent, 12-month store (best of $RUNS; identical output checked)"
printf "  %-52s %8s s wall %8s s CPU\n" "scorecard score --db FILE.sqlite (baseline)" "$(field "$M_SQLITE" 1)" "$(field "$M_SQLITE" 2)"
printf "  %-52s %8s s wall %8s s CPU\n" "scorecard score --db postgresql:// (Unix socket)" "$(field "$M_PG" 1)" "$(field "$M_PG" 2)"
awk -v a="$(field "$M_SQLITE" 1)" -v b="$(field "$M_PG" 1)" \
  'BEGIN { printf "  ratio: the server store takes %.2fx the SQLite time (wall) -- target <= 2x\n", b / a }'
