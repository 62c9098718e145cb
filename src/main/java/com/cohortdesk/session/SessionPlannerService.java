package com.cohortdesk.session;

import com.cohortdesk.enrollment.OfferingAccess;
import com.cohortdesk.enrollment.OfferingService;
import com.cohortdesk.security.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The time-zone planner: how a weekly slot falls for an offering's learners, and the best slots ({@link TimeZonePlanner}). */
@Service
public class SessionPlannerService {

    private final OfferingService offerings;
    private final OfferingAccess access;
    private final SessionLearners learners;

    SessionPlannerService(OfferingService offerings, OfferingAccess access, SessionLearners learners) {
        this.offerings = offerings;
        this.access = access;
        this.learners = learners;
    }

    /**
     * The time-zone planner for an offering: how a weekly slot (weekday and UK time) falls for each
     * enrolled learner over every week of the offering's term, and the three best slots.
     */
    @Secured({Role.ADMIN_AUTHORITY, Role.FACULTY_AUTHORITY})
    @Transactional(readOnly = true)
    public PlannerReport plan(long offeringId, DayOfWeek day, LocalTime time, Duration duration) {
        if (!access.mayRead(offeringId))
            throw new AccessDeniedException("Faculty may plan only for the offerings they lead.");
        var offering = offerings.get(offeringId);
        var term = offering.dates();
        var expected = learners.expected(offeringId);
        long started = System.nanoTime();
        var byZone = new TreeMap<ZoneId, Integer>(Comparator.comparing(ZoneId::getId));
        expected.forEach(l -> byZone.merge(ZoneId.of(l.timeZone()), 1, Integer::sum));
        var proposed = TimeZonePlanner.evaluate(new TimeZonePlanner.Slot(day, time, duration), byZone, term);
        var best = TimeZonePlanner.best(byZone, term, duration, 3);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var fits = new HashMap<String, TimeZonePlanner.ZoneFit>();
        proposed.zones().forEach(f -> fits.put(f.zone().getId(), f));
        var perLearner = expected.stream()
                .map(l -> {
                    var fit = fits.get(ZoneId.of(l.timeZone()).getId());
                    return new PlannerReport.LearnerFit(
                            l.fullName(), l.timeZone(), fit.describe(), fit.suitableWeeks(), fit.weeks());
                })
                .toList();
        return new PlannerReport(
                offering.moduleCode() + " " + offering.moduleTitle() + " · " + offering.cohortName() + ", term "
                        + offering.term(),
                "term " + term.term() + ": " + term.startsOn() + " to " + term.endsOn(),
                expected.size(),
                proposed,
                perLearner,
                best,
                millis);
    }
}
