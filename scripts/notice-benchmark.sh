#!/usr/bin/env bash
# The notice benchmark (issue 13; not part of ./mvnw verify): on a fresh in-memory H2 database, plan the reminders
# of a term for 10,000 learners x 30 deadlines (goal: under 10 s), plan again (nothing new), and dispatch 2,000
# notices to an embedded GreenMail server. Prints the figures.
# Usage: scripts/notice-benchmark.sh [--learners=N] [--dispatch=N]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -q -B ${MAVEN_OFFLINE:+-o} test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/notice-bench-classpath.txt
"$JAVA_HOME/bin/java" -Xmx2g -classpath "target/test-classes:target/classes:$(cat target/notice-bench-classpath.txt)" \
  com.cohortdesk.notice.NoticeBenchmark "$@"
