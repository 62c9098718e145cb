package com.cohortdesk.security;

/** Staff roles. Views and services name them through the constants below. */
public enum Role {
    ADMIN, FACULTY;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FACULTY_NAME = "FACULTY";

    public String authority() {
        return "ROLE_" + name();
    }
}
