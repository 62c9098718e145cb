/**
 * Staff accounts, sign-in and access rules: users from the database with BCrypt, roles ADMIN and
 * FACULTY, Vaadin view security and method security on services. Outside the dev profile the first
 * administrator comes from the environment ({@link com.cohortdesk.security.AdminBootstrap}).
 */
@NullMarked
package com.cohortdesk.security;

import org.jspecify.annotations.NullMarked;
