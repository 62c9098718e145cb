#!/usr/bin/env bash
# Retained heap per signed-in staff UI (issue 15; not part of ./mvnw verify). Starts the packaged jar in the dev
# profile (demo data, the admin sign-in) on a fresh H2 database, then SessionMemory signs in 5 warm-up + N Chromium
# contexts (Playwright) that visit the heaviest pages and compares `jcmd GC.class_histogram` (after a full GC) at 5 and
# N+5 sessions. Usage: scripts/session-memory.sh [N]   (default 50; needs ./mvnw -Pproduction package -DskipTests first)
# SESSION_MEMORY_DB=postgres runs the app on the machine's PostgreSQL (database cohortdesk_memory, recreated) instead of
# the embedded H2, so the database's own cache is not in the measured heap.
# SESSION_MEMORY_DUMP=/path/heap.hprof also writes a heap dump at the end and prints what the sessions retain in it
# (scripts/heap-retained.py, python3); SESSION_MEMORY_JAVA_OPTS adds JVM options.
# Report: target/session-memory/session-memory.txt
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-50}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar=$(ls "$PWD"/target/cohort-desk-*.jar 2>/dev/null | head -1)
[ -f "$jar" ] || { echo "build first: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
scripts/ensure-chromium.sh >/dev/null
out="$PWD/target/session-memory"; rm -rf "$out"; mkdir -p "$out"
./mvnw -q -B ${MAVEN_OFFLINE:+-o} test-compile
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
db=()
if [ "${SESSION_MEMORY_DB:-h2}" = postgres ]; then
  scripts/start-postgres.sh cohortdesk_memory cohortdesk cohortdesk >/dev/null
  db=(SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/cohortdesk_memory SPRING_DATASOURCE_USERNAME=cohortdesk
    SPRING_DATASOURCE_PASSWORD=cohortdesk)
fi
( cd "$out" && exec env "${db[@]}" SPRING_PROFILES_ACTIVE=dev PORT=$port "$JAVA_HOME/bin/java" -Xmx2g ${SESSION_MEMORY_JAVA_OPTS:-} -jar "$jar" \
    --cohortdesk.notices.dev-mail-server=false --cohortdesk.notices.jobs=false ) >"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
echo "session-memory: app pid $pid on port $port (log $out/app.log), waiting for /login"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped; see $out/app.log" >&2; exit 1; }
  sleep 0.5
done
./mvnw -q -B ${MAVEN_OFFLINE:+-o} exec:exec -Dexec.classpathScope=test -Dexec.executable="$JAVA_HOME/bin/java" \
  -Dexec.args="-classpath %classpath com.cohortdesk.benchmark.SessionMemory http://127.0.0.1:$port/ $pid $n $out/session-memory.txt"
# With a heap dump: what the sessions themselves retain (objects reachable only through a signed-in session), which the
# histogram difference cannot separate from what grows with load but belongs to no session (connection buffers, pools).
if [ -n "${SESSION_MEMORY_DUMP:-}" ] && [ -f "$SESSION_MEMORY_DUMP" ]; then
  echo "heap dump $SESSION_MEMORY_DUMP:" | tee -a "$out/session-memory.txt"
  python3 scripts/heap-retained.py "$SESSION_MEMORY_DUMP" | tee -a "$out/session-memory.txt"
fi
