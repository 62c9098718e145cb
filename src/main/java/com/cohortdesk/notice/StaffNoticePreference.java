package com.cohortdesk.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of staff's zone for the weekly digest and whether they want it; no row: Europe/London, digest on. */
@Entity
@Table(name = "staff_notice_preference")
public class StaffNoticePreference {

    @Id
    @Column(name = "staff_id")
    private long staffId;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "Europe/London";

    @Column(nullable = false)
    private boolean digest = true;

    @Version
    private long version;

    protected StaffNoticePreference() {}

    StaffNoticePreference(long staffId, String timeZone, boolean digest) {
        this.staffId = staffId;
        this.timeZone = timeZone;
        this.digest = digest;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isDigest() {
        return digest;
    }

    void set(String timeZone, boolean digest) {
        this.timeZone = timeZone;
        this.digest = digest;
    }
}
