-- When an account's sessions were last ended (disabled, roles changed, password reset, "End sessions", or its own
-- password changed). Every node ends a session of that account signed in before this time at its next request,
-- so ending sessions works across a cluster (the session registry only knows the node's own sessions).
alter table staff_user add column sessions_ended_at timestamp with time zone;
