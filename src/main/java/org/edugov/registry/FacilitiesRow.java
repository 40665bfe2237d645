package org.edugov.registry;

/** A school in the facilities list with its facts of the chosen year, or null facts when it did not report. */
record FacilitiesRow(long schoolId, String code, String name, String schoolType, boolean hasProfile,
        SchoolYearFacts facts) {

    public boolean reported() {
        return facts != null;
    }
}
