package com.cohortdesk;

import org.springframework.test.context.ActiveProfilesResolver;

/** Integration tests run on the dev profile's demo data, on H2 or (with -Dtest.db=postgres) on PostgreSQL. */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("test.db"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] {"dev", "test", "pgtest"} : new String[] {"dev", "test"};
    }
}
