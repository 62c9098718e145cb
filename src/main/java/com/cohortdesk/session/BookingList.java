package com.cohortdesk.session;

import com.cohortdesk.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The active bookings of one occurrence in the order they were made: booked places up to the capacity
 * (none: unlimited), then a waiting list. Cancelling a booked place promotes the first waiting learner.
 */
public final class BookingList {

    /** One active booking. */
    public record Place(long learnerId, BookingStatus status) {}

    private final @Nullable Integer capacity;
    private final List<Place> places;

    public BookingList(@Nullable Integer capacity, List<Place> activeInOrder) {
        if (capacity != null && capacity < 1) throw new RuleViolation("The capacity must be at least 1.");
        this.capacity = capacity;
        this.places = new ArrayList<>(activeInOrder);
    }

    /** Books a place or, when the session is full, a place on the waiting list; says which. */
    public BookingStatus book(long learnerId) {
        find(learnerId).ifPresent(p -> {
            throw new RuleViolation(
                    p.status() == BookingStatus.BOOKED
                            ? "The learner has a place already."
                            : "The learner is on the waiting list already.");
        });
        var status = hasFreePlace() ? BookingStatus.BOOKED : BookingStatus.WAITING;
        places.add(new Place(learnerId, status));
        return status;
    }

    /** Cancels a learner's booking or waiting place; returns the learner promoted from the waiting list, if any. */
    public Optional<Long> cancel(long learnerId) {
        var place = find(learnerId).orElseThrow(() -> new RuleViolation("The learner has no booking to cancel."));
        places.remove(place);
        if (place.status() != BookingStatus.BOOKED || !hasFreePlace()) return Optional.empty();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).status() == BookingStatus.WAITING) {
                var promoted = places.get(i).learnerId();
                places.set(i, new Place(promoted, BookingStatus.BOOKED));
                return Optional.of(promoted);
            }
        }
        return Optional.empty();
    }

    public long booked() {
        return places.stream().filter(p -> p.status() == BookingStatus.BOOKED).count();
    }

    public long waiting() {
        return places.stream().filter(p -> p.status() == BookingStatus.WAITING).count();
    }

    /** 1 for the first on the waiting list; 0 when the learner is not waiting. */
    public int waitingPosition(long learnerId) {
        int position = 0;
        for (var place : places) {
            if (place.status() == BookingStatus.WAITING) {
                position++;
                if (place.learnerId() == learnerId) return position;
            }
        }
        return 0;
    }

    public List<Place> places() {
        return List.copyOf(places);
    }

    private boolean hasFreePlace() {
        return capacity == null || booked() < capacity;
    }

    private Optional<Place> find(long learnerId) {
        return places.stream().filter(p -> p.learnerId() == learnerId).findFirst();
    }
}
