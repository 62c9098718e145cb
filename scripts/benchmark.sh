#!/usr/bin/env bash
# The roster at scale (not part of ./mvnw verify): fills a fresh database with 100,000 learners and
# times 200 roster pages through LearnerService next to the same pages as raw SQL; then gives the graduated and
# withdrawn learners end days and times the Personal data page's list of those due for erasure; then times a
# 10,000-learner CSV import (rolled back); then adds ~1.2 million
# enrolments and times offering rosters, learners' plans and a 500-learner bulk enrolment; then adds sessions,
# attendance for every past occurrence and assessments of the current terms and times the administrator's dashboard.
# Usage: scripts/benchmark.sh            H2 file database in target/benchmark
#        scripts/benchmark.sh --postgres the machine's PostgreSQL (database cohortdesk_bench, recreated)
# Extra arguments go to the benchmark, e.g. --learners=20000. --only=learners|privacy|import|enrollments|dashboard, --reuse (H2).
# Reports: target/benchmark/roster-benchmark*.txt, privacy-benchmark*.txt, import-benchmark*.txt,
# enrollment-benchmark*.txt and dashboard-benchmark*.txt
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
db=h2
args=()
for arg in "$@"; do
  case "$arg" in
    --postgres) db=postgres ;;
    *) args+=("$arg") ;;
  esac
done
if [ "$db" = postgres ] && [ -z "${COHORTDESK_BENCH_PG_URL:-}" ]; then
  scripts/start-postgres.sh cohortdesk_bench cohortdesk cohortdesk
fi
# Two runs: -Dexec.args would also replace the arguments of the build's own exec step (ensure-node, initialize phase).
./mvnw -q -B ${MAVEN_OFFLINE:+-o} test-compile
./mvnw -q -B ${MAVEN_OFFLINE:+-o} exec:exec -Dexec.classpathScope=test -Dexec.executable="$JAVA_HOME/bin/java" \
  -Dexec.args="-Xmx2g -classpath %classpath com.cohortdesk.benchmark.RosterBenchmark $db ${args[*]:-}"
