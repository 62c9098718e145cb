-- The administrator's dashboard at scale (100,000 learners, 1.2 M places, attendance for every past occurrence):
-- figures kept up to date by the writing transaction instead of counted from the raw rows on every page view.
-- Each table can be rebuilt from the raw rows (LearnerStatusCounts.recount, AttendanceCounts.recount); the tests
-- compare them with that recomputation. Portable: H2 and PostgreSQL.

-- Learners per cohort and status (the chart "learners per cohort by status"), kept by the learner feature's writes:
-- new learners (form, CSV import's JDBC batches) and status changes (a deferral moves the learner to another cohort).
create table learner_status_count (
    cohort_id bigint      not null references cohort (id) on delete cascade,
    status    varchar(20) not null,
    learners  bigint      not null,
    primary key (cohort_id, status)
);
insert into learner_status_count (cohort_id, status, learners)
select cohort_id, status, count(*) from learner group by cohort_id, status;

-- Marks per occurrence (the chart "attendance per module and week"), kept by attendance marking.
create table occurrence_mark_count (
    occurrence_id bigint not null primary key references session_occurrence (id) on delete cascade,
    present       int    not null,
    late          int    not null,
    excused       int    not null,
    absent        int    not null
);
insert into occurrence_mark_count (occurrence_id, present, late, excused, absent)
select occurrence_id, sum(case when mark = 'PRESENT' then 1 else 0 end), sum(case when mark = 'LATE' then 1 else 0 end),
       sum(case when mark = 'EXCUSED' then 1 else 0 end), sum(case when mark = 'ABSENT' then 1 else 0 end)
from session_attendance group by occurrence_id;

-- Each learner's last window_size sessions they were expected at (marks other than excused, latest start first):
-- how many they attended (present or late) of how many (Needs attention, "low attendance"), kept by attendance
-- marking. window_size is cohortdesk.dashboard.attendance.sessions; rows of another size are rebuilt at start-up.
-- The index serves "attended * 100 < percent * counted" as one small range per value of counted.
create table learner_recent_attendance (
    learner_id  bigint not null primary key references learner (id) on delete cascade,
    window_size int    not null,
    attended    int    not null,
    counted     int    not null
);
create index ix_learner_recent_attendance on learner_recent_attendance (window_size, counted, attended, learner_id);
create index ix_session_attendance_learner_mark on session_attendance (learner_id, mark, occurrence_id);
