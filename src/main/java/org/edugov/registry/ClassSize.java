package org.edugov.registry;

/** A class of a school year with its size counted from enrolled pupils, never typed. */
public record ClassSize(long id, long schoolId, String schoolName, String schoolCode, int schoolYear, String grade,
        String name, boolean multigrade, boolean special, long pupils) {

    public ClassSizeBand band() {
        return ClassSizeBand.of(pupils);
    }

    /** 大班额: 56 pupils or more. */
    public boolean large() {
        return band().large();
    }

    /** 超大班额: 66 pupils or more. */
    public boolean veryLarge() {
        return band() == ClassSizeBand.VERY_LARGE;
    }
}
