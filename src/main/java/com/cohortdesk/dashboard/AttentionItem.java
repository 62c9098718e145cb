package com.cohortdesk.dashboard;

/**
 * One line of "Needs attention": what (a sentence), how many, and the address of the page that shows exactly
 * those (filters in the address). {@code kind} is a stable key (tests, element ids).
 */
public record AttentionItem(String kind, String text, long count, String href) {}
