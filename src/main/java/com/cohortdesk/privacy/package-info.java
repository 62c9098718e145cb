/**
 * Personal data of learners and staff (UK GDPR): access exports (a zip of JSON), erasure by
 * pseudonymisation in every table and in the audit trail, legal holds, and the retention job that
 * erases learners a set time after they graduated or withdrew. Each feature's records reach the export
 * and the erasure through a {@link com.cohortdesk.privacy.PersonalDataSource} bean.
 */
@NullMarked
package com.cohortdesk.privacy;

import org.jspecify.annotations.NullMarked;
