#!/usr/bin/env bash
# Load test of the cluster (issue #16): Gatling (loadtest/, its own Maven project) drives Vaadin's client-server
# protocol as virtual staff: 90 % administrators, 10 % faculty. Needs scripts/cluster.sh up (demo data;
# CLUSTER_DATA=scale adds the 100,000-learner data set).
#
# Usage: scripts/load-test.sh [users] [minutes]          e.g. scripts/load-test.sh 500 10 (default 20 users, 1 minute)
# Environment: LOAD_FAILOVER=TERM|KILL  stops node 1 with that signal halfway through the run (failover test);
#              LOAD_THINK_MIN / LOAD_THINK_MAX (3 / 10 s); CLUSTER_PROXY_PORT (18000); CLUSTER_DB (cohortdesk_cluster).
# Report: target/gatling/<run>/index.html; summary: target/loadtest/summary.txt
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
users=${1:-20}
minutes=${2:-1}
seconds=$(awk "BEGIN { printf \"%d\", $minutes * 60 }")
db=${CLUSTER_DB:-cohortdesk_cluster}
out="$root/target/loadtest"
mkdir -p "$out"
rm -f "$out/marks.csv" "$out/gatling.log" "$out/failover.log"
psql_q() { PGPASSWORD=cohortdesk psql -h localhost -U cohortdesk "$db" -AtF, -c "$1"; }

if ! scripts/cluster.sh status >/dev/null; then
  echo "load-test: the cluster is not up (scripts/cluster.sh up)"; scripts/cluster.sh status || true; exit 1
fi

# Feeders from the database: past, scheduled occurrences (attendance can be marked on them) with their offering;
# administrators use the demo administrator, faculty the leads of the occurrence's offering.
markable="o.status = 'SCHEDULED' and o.starts_at < now() and o.starts_at > now() - interval '120 days'"
{
  echo "username,password,offering,occurrence"
  psql_q "select 'admin', 'admin-demo-password', s.offering_id, o.id from session_occurrence o
          join live_session s on s.id = o.session_id where $markable and s.offering_id is not null order by o.id"
} >"$out/admins.csv"
{
  echo "username,password,offering,occurrence"
  psql_q "select u.username, 'faculty-demo-password', s.offering_id, o.id from session_occurrence o
          join live_session s on s.id = o.session_id join offering_lead l on l.offering_id = s.offering_id
          join staff_user u on u.id = l.staff_user_id where $markable and u.enabled order by o.id, u.username"
} >"$out/faculty.csv"
echo "load-test: $(($(wc -l <"$out/admins.csv") - 1)) occurrences for administrators, $(($(wc -l <"$out/faculty.csv") - 1)) for faculty"
if [ "$(wc -l <"$out/admins.csv")" -lt 2 ] || [ "$(wc -l <"$out/faculty.csv")" -lt 2 ]; then
  echo "load-test: no markable occurrences in $db (the cluster needs the demo data: CLUSTER_DATA=demo or scale)"; exit 1
fi

started=$(psql_q "select now()")
failover_pid=""
if [ -n "${LOAD_FAILOVER:-}" ]; then
  (
    # Halfway through the steady part of the run: after Gatling's first request (Maven and the compilation
    # come first) and its ramp (a quarter of the run, at most 60 s).
    until grep -q "Requests ----" "$out/gatling.log" 2>/dev/null; do sleep 1; done
    ramp=$(( seconds / 4 < 60 ? seconds / 4 : 60 ))
    sleep $(( ramp + (seconds - ramp) / 2 ))
    echo "load-test: stopping node1 with SIG$LOAD_FAILOVER at $(date -u +%H:%M:%S)"
    scripts/cluster.sh stop-node 1 "$LOAD_FAILOVER" | sed 's/^/load-test: /'
  ) > >(tee "$out/failover.log") &
  failover_pid=$!
fi

set +e
/usr/bin/time -f "%U %S %e" -o "$out/gatling.time" ./mvnw -q -B ${MAVEN_OFFLINE:+-o} -f loadtest/pom.xml gatling:test \
  -Dusers="$users" -Dseconds="$seconds" -DbaseUrl="http://127.0.0.1:${CLUSTER_PROXY_PORT:-18000}" \
  -Dfeeders="$out" -Dmarks.file="$out/marks.csv" -DthinkMin="${LOAD_THINK_MIN:-3}" -DthinkMax="${LOAD_THINK_MAX:-10}" \
  2>&1 | tee "$out/gatling.log" | grep -v "^WARNING\|^\s*$" | tail -60
rc=${PIPESTATUS[0]}
set -e
if [ -n "$failover_pid" ]; then
  # The failover happens while Gatling runs; a run that ended first (e.g. it failed to start) has none.
  kill -0 "$failover_pid" 2>/dev/null && ! grep -q "stopping node1" "$out/failover.log" 2>/dev/null && kill "$failover_pid" 2>/dev/null
  wait "$failover_pid" || true
fi

# What was sent against what is in the database. Every mark sent and answered is a change by that user; each
# learner's mark on the occurrence must be one that was sent for them (several users may mark the same learner:
# the last to save wins, and a mark equal to the one already saved changes nothing, so rows can be fewer than marks).
sent=$(grep -c ',sent,' "$out/marks.csv" 2>/dev/null || true)
conflicts=$(grep -c ',conflict,' "$out/marks.csv" 2>/dev/null || true)
unconfirmed=$(grep -c ',unconfirmed,' "$out/marks.csv" 2>/dev/null || true)
audited=$(psql_q "select count(*) from audit_entry where entity_type = 'SessionAttendance' and action in ('CREATE', 'UPDATE')
                  and occurred_at >= '$started' and actor in ('admin', 'ada', 'ben', 'chen', 'divya', 'elena', 'farid')")
by_node=$(psql_q "select coalesce(node_id, '-') || ': ' || count(*) from audit_entry where entity_type = 'SessionAttendance'
                  and occurred_at >= '$started' group by node_id order by node_id" | paste -sd' ')
missing=0
if [ "${sent:-0}" -gt 0 ]; then
  values=$(awk -F, '$6 == "sent" { name = substr($0, index($0, ",\"") + 2); sub(/"$/, "", name); gsub(/\x27/, "\x27\x27", name);
           gsub(/""/, "\"", name); printf "%s(%s, \x27%s\x27, \x27%s\x27)", (n++ ? ", " : ""), $4, name, toupper($5) }' "$out/marks.csv")
  missing=$(psql_q "with sent(occurrence, learner, mark) as (values $values),
                    pairs as (select distinct occurrence, learner from sent)
                    select count(*) from pairs p where not exists (select 1 from session_attendance a join learner l on l.id = a.learner_id
                      where a.occurrence_id = p.occurrence and l.full_name = p.learner
                        and a.mark in (select s.mark from sent s where s.occurrence = p.occurrence and s.learner = p.learner))")
fi
report=$(ls -td target/gatling/*/ 2>/dev/null | head -1)
read -r user_s sys_s wall_s < <(tail -1 "$out/gatling.time") || true
relogins=$(grep -c '^UIDL .*: lost' "$out/gatling.log" || true)
refused=$(grep -c '^SIGN-IN ' "$out/gatling.log" || true)
{
  echo "users=$users minutes=$minutes failover=${LOAD_FAILOVER:-none} gatling_exit=$rc"
  echo "sessions lost (user sent to the login page, signed in again): ${relogins:-0}; sign-in tries repeated: ${refused:-0}"
  echo "attendance marks sent and answered: ${sent:-0} (plus ${conflicts:-0} answered 'Someone else saved first', ${unconfirmed:-0} without the mark shown)"
  echo "attendance changes in the audit trail since the start: $audited (by node: $by_node)"
  echo "learners marked: $(awk -F, '$6 == "sent" { print $4 "|" $7 }' "$out/marks.csv" 2>/dev/null | sort -u | wc -l), whose saved mark is not one that was sent: $missing"
  echo "load generator CPU: user ${user_s:-?} s + system ${sys_s:-?} s over ${wall_s:-?} s wall ($(awk "BEGIN { if (${wall_s:-0} > 0) printf \"%.0f\", 100 * (${user_s:-0} + ${sys_s:-0}) / ${wall_s:-1}; else print \"?\" }") % of one core, Maven and the Gatling JVM)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "report: ${report}index.html"
} | tee "$out/summary.txt"
if [ "$missing" != 0 ]; then echo "load-test: LOST CHANGES: $missing learners' marks sent are not in the database"; exit 1; fi
exit "$rc"
