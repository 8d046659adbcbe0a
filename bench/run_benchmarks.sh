#!/usr/bin/env bash
# End-to-end benchmarks, reported as ratios against baselines measured in the
# same run on the same machine (absolute seconds depend on the machine):
#   import: `scorecard import` of a ~700k-row per-contact export vs sqlite3's
#           own `.import --csv` of the same file into a fresh database;
#   score:  `scorecard score --format json` for one month of a 12-month,
#           800-agent store vs a plain Python script reading the CSV exports.
# Each timing is the best of RUNS runs (default 5; PY_RUNS=3 for Python), wall
# clock and CPU time (user+sys) of the whole process (bench/measure.py).
#
# Usage: bench/run_benchmarks.sh [BUILD_DIR] [--micro]
#   BUILD_DIR  a build with the scorecard and bench_data targets (default: build)
#   --micro    also run the Google Benchmark binaries bench_import and bench_score
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$SRC/build"
MICRO=0
for arg in "$@"; do
  case "$arg" in
    --micro) MICRO=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) BUILD=$(cd "$arg" && pwd) ;;
  esac
done
SCORECARD="$BUILD/src/scorecard"
BENCH_DATA="$BUILD/bench/bench_data"
RUNS=${RUNS:-5}
PY_RUNS=${PY_RUNS:-3}
MONTH=2026-10

for exe in "$SCORECARD" "$BENCH_DATA"; do
  [[ -x "$exe" ]] || { echo "missing $exe: build the scorecard and bench_data targets first" >&2; exit 1; }
done
if ! command -v sqlite3 >/dev/null; then
  echo "sqlite3 not found; installing it" >&2
  apt-get install -y sqlite3 >/dev/null
fi
command -v python3 >/dev/null || { echo "python3 is needed for the score baseline" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/scorecard-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# measure RUNS 'SETUP' CMD...: "best-wall best-cpu peak-rss-kb" (see measure.py).
measure() {
  local runs=$1 setup=$2; shift 2
  if [[ -n "$setup" ]]; then
    python3 "$SRC/bench/measure.py" --runs "$runs" --setup "$setup" -- "$@"
  else
    python3 "$SRC/bench/measure.py" --runs "$runs" -- "$@"
  fi
}
field() { echo "$1" | cut -d' ' -f"$2"; }

echo "Scorecard benchmarks ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo

# ---------------------------------------------------------------- import
"$BENCH_DATA" contacts "$WORK/imp" --agents 800 --rows 700000 --month "$MONTH" >/dev/null
CONTACTS="$WORK/imp/contacts.csv"
ROWS=$(($(wc -l <"$CONTACTS") - 1))
MB=$(awk -v b="$(stat -c %s "$CONTACTS")" 'BEGIN { printf "%.1f", b / 1e6 }')

M_SQLITE=$(measure "$RUNS" "rm -f '$WORK/raw.db'*" sqlite3 "$WORK/raw.db" ".import --csv $CONTACTS raw")
M_OURS=$(measure "$RUNS" "rm -f '$WORK/ours.db'* && '$SCORECARD' import --db '$WORK/ours.db' --kind agents '$WORK/imp/agents.csv'" \
  "$SCORECARD" import --db "$WORK/ours.db" --kind contacts "$CONTACTS")
# Both really loaded the file.
RAW_COUNT=$(sqlite3 "$WORK/raw.db" "SELECT COUNT(*) FROM raw")
OURS_SUM=$(sqlite3 "$WORK/ours.db" "SELECT SUM(contacts) FROM contacts")
[[ "$RAW_COUNT" == "$ROWS" && "$OURS_SUM" == "$ROWS" ]] || {
  echo "row counts disagree: file $ROWS, sqlite3 $RAW_COUNT, scorecard $OURS_SUM contacts" >&2; exit 1; }

echo "Import: per-contact export, $ROWS rows ($MB MB), 800 agents, one month (best of $RUNS)"
printf "  %-46s %8s s wall %8s s CPU\n" "sqlite3 .import --csv (baseline)" "$(field "$M_SQLITE" 1)" "$(field "$M_SQLITE" 2)"
printf "  %-46s %8s s wall %8s s CPU\n" "scorecard import --kind contacts" "$(field "$M_OURS" 1)" "$(field "$M_OURS" 2)"
awk -v a="$(field "$M_SQLITE" 1)" -v b="$(field "$M_OURS" 1)" -v c="$(field "$M_SQLITE" 2)" -v d="$(field "$M_OURS" 2)" \
  'BEGIN { printf "  ratio: scorecard import is %.2fx faster than sqlite3 .import (wall; %.2fx on CPU time) -- target >= 3x\n", a / b, c / d }'
echo

# ---------------------------------------------------------------- score
"$BENCH_DATA" exports "$WORK/exp" --agents 800 --months 12 --end-month "$MONTH" >/dev/null
EXP="$WORK/exp"
EXP_ROWS=$(cat "$EXP"/*.csv | wc -l)
EXP_MB=$(du -cb "$EXP"/*.csv | tail -1 | awk '{ printf "%.1f", $1 / 1e6 }')
t0=$(date +%s%N)
"$SCORECARD" import --db "$WORK/score.db" "$EXP/agents.csv" "$EXP/time.csv" "$EXP/contacts.csv" "$EXP/qa.csv" \
  "$EXP/survey.csv" "$EXP/kcs.csv" "$EXP/service_level.csv" >/dev/null
t1=$(date +%s%N)
T_LOAD=$(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')

M_PY=$(measure "$PY_RUNS" "" python3 "$SRC/bench/score_month.py" "$EXP" "$MONTH")
M_SCORE=$(measure "$RUNS" "" "$SCORECARD" score --db "$WORK/score.db" --month "$MONTH" --format json)
if [[ -x /usr/bin/time ]]; then
  RSS_KB=$(/usr/bin/time -v "$SCORECARD" score --db "$WORK/score.db" --month "$MONTH" --format json 2>&1 >/dev/null |
    awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')
else
  RSS_KB=$(field "$(measure 1 "" "$SCORECARD" score --db "$WORK/score.db" --month "$MONTH" --format json)" 3)
fi

# Fairness: both compute the same numbers.
"$SCORECARD" score --db "$WORK/score.db" --month "$MONTH" --format json >"$WORK/ours.json"
python3 "$SRC/bench/score_month.py" "$EXP" "$MONTH" >"$WORK/py.json"
AGREE=$(python3 - "$WORK/ours.json" "$WORK/py.json" <<'EOF'
import json, sys
ours = {a["agent_id"]: a for a in json.load(open(sys.argv[1]))["agents"]}
py = {a["agent_id"]: a for a in json.load(open(sys.argv[2]))["agents"]}
def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
bad = [] if set(ours) == set(py) else ["agent sets differ"]
checked = 0
for aid, o in ours.items():
    p = py.get(aid)
    if p is None:
        continue
    if not same(o["overall"], p["overall"]) or o["rating"] != p["rating"] or not same(o["coverage"], p["coverage"]):
        bad.append(aid + " overall")
    for m in o["metrics"]:
        q = p["metrics"][m["key"]]
        checked += 1
        for f in ("value", "numerator", "denominator", "team_value", "score"):
            if not same(m[f], q[f]):
                bad.append("%s %s %s: %r vs %r" % (aid, m["key"], f, m[f], q[f]))
        if m["status"] != q["status"]:
            bad.append("%s %s status" % (aid, m["key"]))
if bad:
    print("DISAGREE: " + "; ".join(bad[:5]))
else:
    print("agree on %d agents, %d agent-metrics (value, numerator, denominator, team_value, score, status, overall)" % (len(ours), checked))
EOF
)

echo "Score: one month of a 12-month store, 800 agents ($EXP_ROWS CSV rows, $EXP_MB MB of exports; loaded in $T_LOAD s; best of $RUNS, Python $PY_RUNS)"
printf "  %-46s %8s s wall %8s s CPU\n" "python3 score_month.py on the CSVs (baseline)" "$(field "$M_PY" 1)" "$(field "$M_PY" 2)"
printf "  %-46s %8s s wall %8s s CPU\n" "scorecard score --format json" "$(field "$M_SCORE" 1)" "$(field "$M_SCORE" 2)"
awk -v a="$(field "$M_PY" 1)" -v b="$(field "$M_SCORE" 1)" -v c="$(field "$M_PY" 2)" -v d="$(field "$M_SCORE" 2)" \
  'BEGIN { printf "  ratio: scorecard takes 1/%.1f of Python'"'"'s time (wall; 1/%.1f on CPU time) -- target: less than 1/50\n", a / b, c / d }'
awk -v kb="$RSS_KB" 'BEGIN { printf "  peak RSS of scorecard score: %.1f MB (target < 100 MB)\n", kb / 1024 }'
echo "  check: $AGREE"
[[ "$AGREE" != DISAGREE* ]] || exit 1

if [[ $MICRO == 1 ]]; then
  echo
  echo "Micro-benchmarks (Google Benchmark)"
  for b in bench_import bench_score; do
    [[ -x "$BUILD/bench/$b" ]] && (cd "$WORK" && "$BUILD/bench/$b" --benchmark_min_time=0.5)
  done
fi
