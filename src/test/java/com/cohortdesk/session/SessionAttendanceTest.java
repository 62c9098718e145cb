package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database failures are a second first mark for the same learner and occurrence. */
class SessionAttendanceTest {

    @Test
    void theUniqueMarkConstraintIsRecognisedByNameAsH2AndPostgreSqlReportIt() {
        var h2 = new DataIntegrityViolationException(
                "could not execute statement",
                new ConstraintViolationException(
                        "duplicate",
                        new SQLException("Unique index or primary key violation", "23505"),
                        "PUBLIC.UK_SESSION_ATTENDANCE_INDEX_E ON PUBLIC.SESSION_ATTENDANCE(OCCURRENCE_ID NULLS FIRST, LEARNER_ID NULLS FIRST)"));
        var postgres = new DataIntegrityViolationException(
                "could not execute statement",
                new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"uk_session_attendance\"", "23505"));
        assertThat(SessionAttendance.isDuplicateMark(h2)).isTrue();
        assertThat(SessionAttendance.isDuplicateMark(postgres)).isTrue();
    }

    @Test
    void otherIntegrityFailuresAreNotConflicts() {
        var foreignKey = new DataIntegrityViolationException(
                "could not execute statement",
                new ConstraintViolationException(
                        "fk",
                        new SQLException("Referential integrity constraint violation", "23503"),
                        "FK_SESSION_ATTENDANCE_LEARNER"));
        var check = new DataIntegrityViolationException(
                "could not execute statement",
                new SQLException("new row violates check constraint \"ck_session_attendance_mark\"", "23514"));
        assertThat(SessionAttendance.isDuplicateMark(foreignKey)).isFalse();
        assertThat(SessionAttendance.isDuplicateMark(check)).isFalse();
    }
}
