package com.cohortdesk.security;

/** Staff roles. Views and services name them through the constants below. */
public enum Role {
    ADMIN,
    FACULTY;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FACULTY_NAME = "FACULTY";
    /** For {@code @Secured} on service methods (method security does not use JSR-250, so views are not proxied). */
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    public static final String FACULTY_AUTHORITY = "ROLE_FACULTY";

    public String authority() {
        return "ROLE_" + name();
    }
}
