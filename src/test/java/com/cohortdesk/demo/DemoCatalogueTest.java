package com.cohortdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.programme.ProgrammeRules;
import com.cohortdesk.shared.ProgrammeTime;
import org.junit.jupiter.api.Test;

class DemoCatalogueTest {

    @Test
    void demoCatalogueFollowsTheProgrammeRules() {
        assertThat(DemoCatalogue.modules()).hasSize(12);
        assertThat(ProgrammeRules.check(DemoCatalogue.modules())).isEmpty();
    }

    @Test
    void everyDemoModuleHasFacultyAndEveryPlaceAValidZone() {
        var taught = DemoStaff.accounts().stream()
                .flatMap(a -> a.modules().stream())
                .distinct()
                .toList();
        assertThat(taught)
                .containsExactlyInAnyOrderElementsOf(
                        DemoCatalogue.modules().stream().map(m -> m.code()).toList());
        assertThat(DemoPlaces.PLACES)
                .allSatisfy(p -> assertThat(ProgrammeTime.parseZone(p.zone())).isPresent());
    }
}
