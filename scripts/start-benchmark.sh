#!/usr/bin/env bash
# Cold starts of the production build: the plain jar (java -jar) against the optimised launch
# (target/cohort-desk/bin/cohort-desk: extracted jar + AOT cache), N of each (default 5), alternating.
# Each start: a fresh empty H2 database in a new directory, profile prod, a first administrator from the
# environment; the time is from the launch to the first 200 on /login. Prints median and max side by side.
# Needs: ./mvnw -Pproduction package -DskipTests (the jar and target/cohort-desk). Usage: scripts/start-benchmark.sh [N]
# START_BENCH_DB=postgres: every start on the machine's PostgreSQL database cohortdesk_bench instead (as
# scripts/benchmark.sh --postgres leaves it: 100,000 learners; it must exist), so Flyway only validates.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar=$(ls target/cohort-desk-*.jar | grep -v original | head -1)
launch="$PWD/target/cohort-desk/bin/cohort-desk"
[ -f "$jar" ] && [ -x "$launch" ] || { echo "build first: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
jar="$PWD/$jar"
db_env=()
if [ "${START_BENCH_DB:-h2}" = postgres ]; then
  PGPASSWORD=cohortdesk psql -h localhost -U cohortdesk -d cohortdesk_bench -tAc 'select 1 from learner limit 1' >/dev/null ||
    { echo "no database cohortdesk_bench: run scripts/benchmark.sh --postgres --only=learners first" >&2; exit 1; }
  db_env=(SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/cohortdesk_bench SPRING_DATASOURCE_USERNAME=cohortdesk
    SPRING_DATASOURCE_PASSWORD=cohortdesk)
  echo "database: PostgreSQL cohortdesk_bench, $(PGPASSWORD=cohortdesk psql -h localhost -U cohortdesk -d cohortdesk_bench -tAc 'select count(*) from learner') learners"
fi
out=target/start-bench; rm -rf "$out"; mkdir -p "$out"; out="$PWD/$out"

one() { # kind run -> prints milliseconds to the first 200 on /login
  local kind=$1 run=$2 dir="$out/$1-$2" port pid start code ms
  mkdir -p "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  ( cd "$dir" && export PORT=$port COHORTDESK_ADMIN_USERNAME=office COHORTDESK_ADMIN_EMAIL=office@example.org \
      COHORTDESK_ADMIN_PASSWORD=start-benchmark-password
    if [ "$kind" = plain ]; then exec env "${db_env[@]}" "$JAVA_HOME/bin/java" -jar "$jar"; else exec env "${db_env[@]}" "$launch"; fi ) >"$dir/app.log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the $kind start $run died; see $dir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f %.1f\n", m/1000, a[NR]/1000}'; }

: >"$out/plain.txt"; : >"$out/optimised.txt"
echo "load before: $(uptime)"
for i in $(seq 1 "$n"); do
  p=$(one plain "$i"); o=$(one optimised "$i")
  echo "$p" >>"$out/plain.txt"; echo "$o" >>"$out/optimised.txt"
  printf 'run %d: plain %6d ms   optimised %6d ms\n' "$i" "$p" "$o"
done
echo "load after:  $(uptime)"
read -r pm px < <(stats <"$out/plain.txt")
read -r om ox < <(stats <"$out/optimised.txt")
printf '\n%-34s %10s %10s\n' "launch to first 200 on /login" "median s" "max s"
printf '%-34s %10s %10s\n' "plain: java -jar" "$pm" "$px"
printf '%-34s %10s %10s\n' "optimised: bin/cohort-desk" "$om" "$ox"
grep -h "Started Application" "$out"/optimised-1/app.log "$out"/plain-1/app.log | sed 's/.*: //' || true
