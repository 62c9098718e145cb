package com.cohortdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohortdesk.shared.RuleViolation;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The UI kit's pieces with logic, without Spring or a UI. */
class UiKitTest {

    record Cohort(long id, String name) {}

    static final List<String> TERMS = List.of(
            "Year 1, term 1", "Year 1, term 2", "Year 1, term 3", "Year 2, term 1", "Year 2, term 2", "Year 2, term 3");

    // TimeZoneField

    @Test
    void theZoneListIsUtcThenEveryRegionSortedWithoutFixedOffsetsOrAliases() {
        var zones = TimeZoneField.ZONES;
        assertThat(zones.getFirst()).isEqualTo("UTC");
        var regions = zones.subList(1, zones.size());
        assertThat(regions)
                .isSorted()
                .doesNotHaveDuplicates()
                .contains("Europe/London", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati")
                .allMatch(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"));
        assertThat(zones).doesNotContain("GMT", "EST", "Etc/GMT+5");
        assertThat(zones).allSatisfy(ZoneId::of);
    }

    @Test
    void aTimeZoneFieldOffersTheOneListAndReadsItsZone() {
        var field = new TimeZoneField("Time zone");
        assertThat(field.getLabel()).isEqualTo("Time zone");
        assertThat(field.getListDataView().getItems().toList()).isEqualTo(TimeZoneField.ZONES);
        assertThat(field.isAllowCustomValue()).isFalse();
        assertThat(field.zone()).isEmpty();
        field.setValue("Asia/Kolkata");
        assertThat(field.zone()).contains(ZoneId.of("Asia/Kolkata"));
        assertThat(TimeZoneField.parse("Mars/Olympus")).isEmpty();
        assertThat(TimeZoneField.parse(" ")).isEmpty();
    }

    @Test
    void anEntryFieldStartsInTheGivenZoneAndSaysTimesAreEnteredInIt() {
        var field = TimeZoneField.forEntry("Time zone", ZoneId.of("Europe/London"));
        assertThat(field.getValue()).isEqualTo("Europe/London");
        assertThat(field.getHelperText()).isEqualTo("Times are entered in this zone");
    }

    // CountryField

    @Test
    void countriesAreOrderedAndShownByName() {
        var field = new CountryField("Country");
        var codes = field.getListDataView().getItems().toList();
        assertThat(codes).contains("GB", "IN", "KI").doesNotHaveDuplicates();
        assertThat(CountryField.label("GB")).isEqualTo("United Kingdom (GB)");
        var names = codes.stream().map(CountryField::label).toList();
        assertThat(names.indexOf("India (IN)")).isLessThan(names.indexOf("United Kingdom (GB)"));
        assertThat(field.getItemLabelGenerator().apply("IN")).isEqualTo("India (IN)");
    }

    // Badge

    @Test
    void aBadgeCarriesItsVariantAsAStyleClassAndChangesIt() {
        var badge = new Badge("In progress", "IN_PROGRESS");
        assertThat(badge.getText()).isEqualTo("In progress");
        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("badge", "badge-in-progress");
        badge.show("Withdrawn", "withdrawn");
        assertThat(badge.getText()).isEqualTo("Withdrawn");
        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("badge", "badge-withdrawn");
        assertThat(badge.getVariant()).isEqualTo("withdrawn");
    }

    @Test
    void aBadgeVariantMustBeACssName() {
        assertThatThrownBy(() -> new Badge("x", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Badge("x", "a\" onclick=\"b")).isInstanceOf(IllegalArgumentException.class);
    }

    // DetailRoute

    @Test
    void aDetailRouteLoadsWhatTheIdNames() {
        var asked = new ArrayList<Long>();
        var loaded = DetailRoute.load(new RouteParameters("learnerId", "42"), "learnerId", "learner", id -> {
            asked.add(id);
            return "learner " + id;
        });
        assertThat(loaded).isEqualTo("learner 42");
        assertThat(asked).containsExactly(42L);
    }

    @Test
    void aBadIdAnUnknownOneAndOneTheUserMayNotReadAllGiveNotFound() {
        assertThatThrownBy(() ->
                        DetailRoute.load(new RouteParameters("learnerId", "abc"), "learnerId", "learner", id -> "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> DetailRoute.load(new RouteParameters(Map.of()), "learnerId", "learner", id -> "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> DetailRoute.load(new RouteParameters("learnerId", "7"), "learnerId", "learner", id -> {
                    throw new RuleViolation("There is no learner 7.");
                }))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No learner 7 for this user");
        assertThatThrownBy(
                        () -> DetailRoute.load(new RouteParameters("offeringId", "8"), "offeringId", "offering", id -> {
                            throw new AccessDeniedException("not yours");
                        }))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("No offering 8 for this user");
    }

    @Test
    void aFaultIsNotTurnedIntoNotFound() {
        assertThatThrownBy(() -> DetailRoute.load(new RouteParameters("learnerId", "7"), "learnerId", "learner", id -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTitleIsTheLoadedThingsOrTheFallback() {
        assertThat(DetailRoute.title(null, "Learner", (String s) -> s)).isEqualTo("Learner");
        assertThat(DetailRoute.title("Ada Lovelace", "Learner", s -> s)).isEqualTo("Ada Lovelace");
    }

    // CohortTermFilter

    @Test
    void theAddressIsReadWithoutTrustingIt() {
        assertThat(CohortTermFilter.cohortId(QueryParameters.fromString("cohort=3&term=1")))
                .contains(3L);
        assertThat(CohortTermFilter.cohortId(QueryParameters.fromString("cohort=three")))
                .isEmpty();
        assertThat(CohortTermFilter.term(QueryParameters.fromString("term=6"), 6))
                .contains(6);
        assertThat(CohortTermFilter.term(QueryParameters.fromString("term=0"), 6))
                .isEmpty();
        assertThat(CohortTermFilter.term(QueryParameters.fromString("term=7"), 6))
                .isEmpty();
        assertThat(CohortTermFilter.term(QueryParameters.fromString("term=99999999999999999999"), 6))
                .isEmpty();
        assertThat(CohortTermFilter.term(QueryParameters.fromString(""), 6)).isEmpty();
    }

    @Test
    void theFilterSelectsTheListedCohortAndTermTheAddressNames() {
        var cohorts = List.of(new Cohort(3, "Fall 2025"), new Cohort(5, "Fall 2026"));
        var filter = new CohortTermFilter<>("offering", cohorts, Cohort::name, Cohort::id, TERMS);
        assertThat(filter.cohortField().getId()).contains("offering-cohort");
        assertThat(filter.termField().getId()).contains("offering-term");
        assertThat(filter.termField().getItemLabelGenerator().apply(4)).isEqualTo("Year 2, term 1");
        assertThat(filter.termField().getItemLabelGenerator().apply(null)).isEqualTo("Every term");

        filter.read(QueryParameters.fromString("cohort=5&term=2"));
        assertThat(filter.cohort()).isEqualTo(cohorts.get(1));
        assertThat(filter.cohortId()).isEqualTo(5L);
        assertThat(filter.term()).isEqualTo(2);

        // a cohort that is not listed (another's, or none) and a term out of range leave the choice as it was
        filter.read(QueryParameters.fromString("cohort=4&term=9"));
        assertThat(filter.cohortId()).isEqualTo(5L);
        assertThat(filter.term()).isEqualTo(2);
        assertThat(filter.cohortIn(QueryParameters.fromString("cohort=3"))).contains(cohorts.getFirst());
    }
}
