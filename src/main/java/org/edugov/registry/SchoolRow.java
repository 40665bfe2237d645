package org.edugov.registry;

/** A school in the list: org data, its registry profile if it has one, and counts from the records. */
record SchoolRow(long id, String code, String name, String schoolType, String countyCode, String ownership,
        boolean inclusivePrivate, String urbanRural, long pupils, long teachers) {
}
