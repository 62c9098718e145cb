package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cohortdesk.session.SessionConflictException;
import com.cohortdesk.shared.RuleViolation;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class ErrorHandlingTest {

    private static final Pattern SOMETHING_WENT_WRONG = Pattern.compile(
            "Something went wrong \\(reference ([A-Z2-9]{8})\\)\\. The error has been logged; quote the reference when you report it\\.");

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorHandling.class);

    @BeforeEach
    void captureLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
    }

    @Test
    void aRuleViolationShowsItsMessage() {
        assertThat(ErrorHandling.messageFor(new RuleViolation("The cohort name is too long (at most 80 characters).")))
                .isEqualTo("The cohort name is too long (at most 80 characters).");
        assertThat(ErrorHandling.messageFor(new RuntimeException("wrapped", new RuleViolation("Give a reason."))))
                .isEqualTo("Give a reason.");
        assertThat(ErrorHandling.messageFor(new SessionConflictException(List.of("Dr Ada Lovelace already hosts X."))))
                .isEqualTo("Dr Ada Lovelace already hosts X.");
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void aRefusalThatCarriesATechnicalCauseStillShowsOnlyItsOwnMessage() {
        var refusal = new RuleViolation(
                "Nothing was imported: some of these email addresses were added meanwhile.",
                new DataIntegrityViolationException("Unique index or primary key violation: PUBLIC.LEARNER(EMAIL)"));
        assertThat(ErrorHandling.messageFor(refusal))
                .isEqualTo(refusal.getMessage())
                .doesNotContain("PUBLIC");
    }

    @Test
    void everyOtherExceptionShowsOnlyAReferenceThatTheLogHasAtError() {
        for (var fault : List.of(
                new IllegalArgumentException("Not a roster sort column: l.password_hash"),
                new NumberFormatException("For input string: \"12x\""),
                new IllegalStateException("No transition at 2026-10-25T01:30"),
                new NullPointerException("Cannot invoke \"Learner.getCohort()\" because \"learner\" is null"),
                new RuntimeException(new SQLException("Syntax error in SQL statement \"select * from staff_user\"")))) {
            logged.list.clear();
            var message = ErrorHandling.messageFor(fault);
            var matcher = SOMETHING_WENT_WRONG.matcher(message);
            assertThat(matcher.matches()).as(message).isTrue();
            assertThat(message)
                    .doesNotContain(fault.getClass().getSimpleName())
                    .doesNotContain("Exception")
                    .doesNotContain("at com.")
                    .doesNotContain(String.valueOf(fault.getMessage()));
            var reference = matcher.group(1);
            assertThat(logged.list).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).contains(reference);
                assertThat(event.getThrowableProxy())
                        .as("the stack trace goes to the log")
                        .isNotNull();
                assertThat(event.getThrowableProxy().getClassName())
                        .isEqualTo(fault.getClass().getName());
            });
        }
    }

    @Test
    void referencesDiffer() {
        var first = ErrorHandling.messageFor(new IllegalArgumentException("x"));
        var second = ErrorHandling.messageFor(new IllegalArgumentException("x"));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void conflictsAndDenialsKeepTheirMessages() {
        assertThat(ErrorHandling.messageFor(new ObjectOptimisticLockingFailureException(Object.class, 1L)))
                .isEqualTo(ErrorHandling.CONFLICT);
        assertThat(ErrorHandling.messageFor(
                        new RuntimeException(new ObjectOptimisticLockingFailureException(Object.class, 1L))))
                .isEqualTo(ErrorHandling.CONFLICT);
        assertThat(ErrorHandling.messageFor(new AccessDeniedException("Faculty may read only ...")))
                .isEqualTo(ErrorHandling.DENIED);
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }
}
