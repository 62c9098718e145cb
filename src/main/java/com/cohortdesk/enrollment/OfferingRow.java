package com.cohortdesk.enrollment;

/** An offering as lists show it, with its places by status. */
public record OfferingRow(
        long id,
        long cohortId,
        String cohortName,
        int term,
        String moduleCode,
        String moduleTitle,
        int part,
        long enrolled,
        long completed,
        long withdrawn,
        long failed) {

    public OfferingRow(
            long id,
            long cohortId,
            String cohortName,
            int term,
            String moduleCode,
            String moduleTitle,
            int part,
            Long enrolled,
            Long completed,
            Long withdrawn,
            Long failed) {
        this(
                id,
                cohortId,
                cohortName,
                term,
                moduleCode,
                moduleTitle,
                part,
                zero(enrolled),
                zero(completed),
                zero(withdrawn),
                zero(failed));
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }

    public long taken() {
        return enrolled + completed + failed;
    }

    public String moduleLabel() {
        return moduleCode + " " + moduleTitle;
    }
}
