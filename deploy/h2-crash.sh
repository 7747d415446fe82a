#!/usr/bin/env bash
# Does H2 keep a transaction whole across a SIGKILL? Runs h2-crash/TornTransactions.java: a writer process commits
# two-table transactions from several threads and is killed three times at random moments (1.5-3.5 s in), then both
# tables are checked. Prints one line per run and a count of torn runs.
#
#   deploy/h2-crash.sh [runs=20] [h2-version=the one the service uses] [threads=4] [checkpoint|background]
#
# "checkpoint" also asks H2 to write out what is committed every 5 ms, as the service does when it acknowledges a
# change; "background" leaves every write to H2's own thread.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
runs="${1:-20}"
version="${2:-$("$here/../mvnw" -q -f "$here/../pom.xml" help:evaluate -Dexpression=h2.version -DforceStdout 2>/dev/null)}"
threads="${3:-4}"
writes="${4:-checkpoint}"
jar="$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar"
[ -f "$jar" ] || "$here/../mvnw" -q dependency:get -Dartifact="com.h2database:h2:$version" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
javac -d "$work" "$here/h2-crash/TornTransactions.java"
torn=0
broken=0
for run in $(seq 1 "$runs"); do
  rm -rf "$work/db"
  line=""
  for kill in 1 2 3; do
    java -cp "$jar:$work" TornTransactions write "$work/db/x" "$threads" "$writes" >"$work/writer.log" 2>&1 &
    writer=$!
    sleep "$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.2f", 1.5 + 2 * rand() }')"
    if ! kill -9 "$writer" 2>/dev/null; then
      line="BROKEN   the writer stopped by itself after kill $((kill - 1)): $(grep -m1 -E 'Exception|Error' "$work/writer.log" | cut -c1-300)"
    fi
    wait "$writer" 2>/dev/null || true
    [ -z "$line" ] || break
  done
  if [ -z "$line" ]; then
    line="$(java -cp "$jar:$work" TornTransactions check "$work/db/x" 2>&1 | grep -m1 -E '^(whole|TORN)|Exception' | cut -c1-300)"
  fi
  echo "run $run: $line"
  case "$line" in
    whole*) ;;
    TORN*) torn=$((torn + 1)) ;;
    *) broken=$((broken + 1)) ;;
  esac
done
echo "H2 $version, $threads threads, $writes writes: $torn of $runs runs (three kills each) kept a transaction in part;" \
  "$broken could not be opened or written again"
