package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohortdesk.shared.Countries;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void acceptsCodesInAnyCaseAndEnglishNames() {
        assertThat(Countries.resolve("gb")).contains("GB");
        assertThat(Countries.resolve(" In ")).contains("IN");
        assertThat(Countries.resolve("United Kingdom")).contains("GB");
        assertThat(Countries.resolve("germany")).contains("DE");
        assertThat(Countries.resolve("Côte d’Ivoire")).contains("CI");
    }

    @Test
    void refusesWhatIsNotACountry() {
        assertThat(Countries.resolve("XX")).isEmpty();
        assertThat(Countries.resolve("GBR")).isEmpty();
        assertThat(Countries.resolve("Narnia")).isEmpty();
        assertThat(Countries.resolve("")).isEmpty();
    }
}
