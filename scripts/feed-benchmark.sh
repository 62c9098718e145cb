#!/usr/bin/env bash
# The calendar feeds under load (issue 12; not part of ./mvnw verify). Starts the app (profile prod) on the
# 100,000-learner H2 file database of scripts/benchmark.sh (target/benchmark), fills what is missing (learners,
# ≈1.2 million places, then a 150-learner cohort with weekly sessions, deadlines, bookings and an extension),
# issues a learner feed (12 offerings) and a cohort feed, copies each feed's bytes into a static file served
# by the same app, and measures with wrk (HTTP/1.1, 16 connections, time-bounded runs, 127.0.0.1 only):
# the static file, the feed's 200 (full body) and its 304 (If-None-Match with the ETag). Prints requests/s,
# latency percentiles, the ratio 200/static against the goals, and where one request's time goes.
# Usage: scripts/feed-benchmark.sh                 fresh database (fill: a few minutes)
#        scripts/feed-benchmark.sh --reuse         reuse the database of the last run (of this or benchmark.sh)
#        scripts/feed-benchmark.sh --learners=20000   a smaller data set (fresh database), for a slow machine
# More: --duration=S (about how long each measured run lasts, default 20), --warm-up=S (default 5), --connections=N (default 16).
# Report: target/feed-bench/feed-benchmark.txt; the feed URLs: target/feed-bench/feed-urls.txt
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package wrk)..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get install -y wrk >/dev/null || { $sudo apt-get update >/dev/null && $sudo apt-get install -y wrk >/dev/null; }
fi
wrk --version 2>&1 | head -1 || true
./mvnw -q -B ${MAVEN_OFFLINE:+-o} test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable="$JAVA_HOME/bin/java" \
  -Dexec.args="-Xmx2g -classpath %classpath com.cohortdesk.benchmark.FeedBenchmark $*"
