package org.edugov.registry;

/**
 * The pupil list's search form. All fields optional; {@code orgId} narrows to a subtree inside the scope,
 * {@code unmasked} asks for identity numbers in full (honoured only with registry:pupil:pii, and audited).
 */
record PupilFilter(Long orgId, String name, String studentNo, String idNumber, String grade, String status,
        String sex, Boolean migrant, Boolean leftBehind, Boolean disabled, Boolean unmasked, Integer page) {

    static final int PAGE_SIZE = 50;

    int pageOrZero() {
        return page == null || page < 0 ? 0 : page;
    }

    boolean wantsUnmasked() {
        return Boolean.TRUE.equals(unmasked);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
