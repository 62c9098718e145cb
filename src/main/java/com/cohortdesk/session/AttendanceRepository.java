package com.cohortdesk.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<SessionAttendance, Long> {

    List<SessionAttendance> findByOccurrenceId(long occurrenceId);

    Optional<SessionAttendance> findByOccurrenceIdAndLearnerId(long occurrenceId, long learnerId);
}
