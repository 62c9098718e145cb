/**
 * Learner CSV files: reading and checking an import file (plain rules, no Spring or database), and
 * writing the roster export safely for spreadsheets.
 */
@NullMarked
package com.cohortdesk.learner.csv;

import org.jspecify.annotations.NullMarked;
