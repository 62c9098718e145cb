package com.cohortdesk.learner.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void acceptsCodesInAnyCaseAndEnglishNames() {
        assertThat(Countries.code("gb")).contains("GB");
        assertThat(Countries.code(" In ")).contains("IN");
        assertThat(Countries.code("United Kingdom")).contains("GB");
        assertThat(Countries.code("germany")).contains("DE");
        assertThat(Countries.code("Côte d’Ivoire")).contains("CI");
    }

    @Test
    void refusesWhatIsNotACountry() {
        assertThat(Countries.code("XX")).isEmpty();
        assertThat(Countries.code("GBR")).isEmpty();
        assertThat(Countries.code("Narnia")).isEmpty();
        assertThat(Countries.code("")).isEmpty();
    }
}
