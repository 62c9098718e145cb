package com.cohortdesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingListTest {

    @Test
    void booksUpToTheCapacityThenWaitsInOrder() {
        var list = new BookingList(2, List.of());
        assertThat(list.book(1)).isEqualTo(BookingStatus.BOOKED);
        assertThat(list.book(2)).isEqualTo(BookingStatus.BOOKED);
        assertThat(list.book(3)).isEqualTo(BookingStatus.WAITING);
        assertThat(list.book(4)).isEqualTo(BookingStatus.WAITING);
        assertThat(list.booked()).isEqualTo(2);
        assertThat(list.waiting()).isEqualTo(2);
        assertThat(list.waitingPosition(3)).isEqualTo(1);
        assertThat(list.waitingPosition(4)).isEqualTo(2);
        assertThat(list.waitingPosition(1)).isZero();
    }

    @Test
    void cancellingABookedPlacePromotesTheFirstWaitingLearner() {
        var list = new BookingList(
                2,
                List.of(
                        new BookingList.Place(1, BookingStatus.BOOKED),
                        new BookingList.Place(2, BookingStatus.BOOKED),
                        new BookingList.Place(3, BookingStatus.WAITING),
                        new BookingList.Place(4, BookingStatus.WAITING)));
        assertThat(list.cancel(2)).contains(3L);
        assertThat(list.booked()).isEqualTo(2);
        assertThat(list.waitingPosition(4)).isEqualTo(1);
        // a waiting learner who cancels promotes nobody, and the list closes up
        list.book(5);
        assertThat(list.cancel(4)).isEmpty();
        assertThat(list.waitingPosition(5)).isEqualTo(1);
        assertThat(list.places()).extracting(BookingList.Place::learnerId).containsExactly(1L, 3L, 5L);
    }

    @Test
    void withoutACapacityEveryoneGetsAPlace() {
        var list = new BookingList(null, List.of());
        for (long id = 1; id <= 100; id++) assertThat(list.book(id)).isEqualTo(BookingStatus.BOOKED);
        assertThat(list.cancel(50)).isEmpty();
    }

    @Test
    void refusesDoubleBookingsAndCancellingNothing() {
        var list = new BookingList(1, List.of());
        list.book(1);
        list.book(2);
        assertThatThrownBy(() -> list.book(1)).hasMessage("The learner has a place already.");
        assertThatThrownBy(() -> list.book(2)).hasMessage("The learner is on the waiting list already.");
        assertThatThrownBy(() -> list.cancel(3)).hasMessage("The learner has no booking to cancel.");
        assertThatThrownBy(() -> new BookingList(0, List.of())).hasMessage("The capacity must be at least 1.");
    }

    @Test
    void theGuardClosesBookingShortlyBeforeTheStart() {
        var guard = new BookingGuard(Duration.ofHours(2));
        var start = Instant.parse("2026-12-01T18:00:00Z");
        assertThat(guard.isOpen(start, Instant.parse("2026-12-01T15:59:59Z"))).isTrue();
        assertThat(guard.isOpen(start, Instant.parse("2026-12-01T16:00:00Z"))).isFalse();
        assertThat(guard.isOpen(start, Instant.parse("2026-12-01T19:00:00Z"))).isFalse();
        assertThatThrownBy(() -> guard.check(start, Instant.parse("2026-12-01T17:00:00Z")))
                .hasMessage("Booking and cancelling close 2 hours before the start.");
        assertThat(BookingGuard.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(BookingGuard.describe(Duration.ofHours(1))).isEqualTo("1 hour");
    }
}
