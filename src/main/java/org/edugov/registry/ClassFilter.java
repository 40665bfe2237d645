package org.edugov.registry;

/**
 * The class list's filters, all optional: {@code orgId} narrows to a subtree inside the scope, {@code year} is the
 * start year of the school year (the current one when empty), {@code grade} a GRADE code, {@code band} a class-size
 * band.
 */
record ClassFilter(Long orgId, Integer year, String grade, ClassSizeBand band, Integer page) {

    static final int PAGE_SIZE = 50;

    int pageOrZero() {
        return page == null || page < 0 ? 0 : page;
    }

    String gradeOrNull() {
        return grade == null || grade.isBlank() ? null : grade.strip();
    }
}
