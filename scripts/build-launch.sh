#!/usr/bin/env bash
# The production launch layout (run by ./mvnw -Pproduction package, after the jar is repackaged):
#   target/cohort-desk/app/cohort-desk.jar + app/lib/   the jar extracted (java -Djarmode=tools extract)
#   target/cohort-desk/app/cohort-desk.aot              a Java 25 AOT cache from one training run
#   target/cohort-desk/bin/cohort-desk                  the launch script, scripts/cohort-desk (java -XX:AOTCache=...)
# The training run starts the app (profile prod, an empty H2 file database in a temporary directory, as a first start
# has, a throwaway first administrator), asks for /login a few times and stops it with SIGTERM; the JVM writes the
# cache as it exits.
# Usage: scripts/build-launch.sh JAR [OUT_DIR]   (COHORTDESK_SKIP_AOT_TRAINING=1 builds the layout without the cache)
set -euo pipefail
jar="$1"
out="${2:-$(dirname "$jar")/cohort-desk}"
mkdir -p "$out"; out=$(cd "$out" && pwd)
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$java_home/bin/java"

rm -rf "$out"
mkdir -p "$out/bin"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$out/app" --application-filename cohort-desk.jar >/dev/null

cp "$(dirname "$0")/cohort-desk" "$out/bin/cohort-desk"
chmod +x "$out/bin/cohort-desk"

if [ "${COHORTDESK_SKIP_AOT_TRAINING:-}" = "1" ]; then
  echo "build-launch: $out (no AOT cache: COHORTDESK_SKIP_AOT_TRAINING=1)"; exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "build-launch: AOT training run on port $port (log: $out/aot-training.log)"
( cd "$work" && JAVA_HOME="$java_home" COHORTDESK_AOT_TRAINING=1 \
  COHORTDESK_ADMIN_USERNAME=training COHORTDESK_ADMIN_EMAIL=training@example.invalid \
  COHORTDESK_ADMIN_PASSWORD=aot-training-password PORT="$port" \
  exec "$out/bin/cohort-desk" ) >"$out/aot-training.log" 2>&1 &
pid=$!
ok=""
for _ in $(seq 1 3000); do
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = "200" ]; then ok=1; break; fi
  sleep 0.2
done
if [ -z "$ok" ]; then
  kill "$pid" 2>/dev/null || true; wait "$pid" || true
  echo "build-launch: the training run did not serve /login; see $out/aot-training.log" >&2; tail -40 "$out/aot-training.log" >&2; exit 1
fi
# What the first visitor asks for: the sign-in page, its static resources, the health probe.
for _ in 1 2 3; do
  curl -s -o /dev/null "http://127.0.0.1:$port/login"
  curl -s -o /dev/null "http://127.0.0.1:$port/actuator/health"
done
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s "$out/app/cohort-desk.aot" ]; then
  echo "build-launch: no AOT cache was written; see $out/aot-training.log" >&2; tail -40 "$out/aot-training.log" >&2; exit 1
fi
echo "build-launch: $out ($(du -h "$out/app/cohort-desk.aot" | cut -f1) AOT cache)"
