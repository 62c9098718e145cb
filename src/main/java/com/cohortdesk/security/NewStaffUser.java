package com.cohortdesk.security;

import java.util.Set;

/** What it takes to create a staff account. The password is hashed before it is stored. */
public record NewStaffUser(String username, String displayName, String email, String password, Set<Role> roles) {}
