-- Which node of a cluster served each change (cohortdesk.node-id, default host name:port; issue #16).
-- Entries written before this column existed have none.
alter table audit_entry add column node_id varchar(64);
