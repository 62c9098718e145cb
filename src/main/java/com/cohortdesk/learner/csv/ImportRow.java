package com.cohortdesk.learner.csv;

import java.time.ZoneId;

/** A checked learner of an import file: trimmed, email lower-case, country an upper-case ISO code. */
public record ImportRow(int row, String name, String email, String country, ZoneId timeZone) {}
