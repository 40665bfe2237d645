package org.edugov.registry;

/** A class with its size counted from enrolled pupils. */
public record ClassSize(long id, String grade, String name, boolean multigrade, boolean special, long pupils) {

    /** 大班额 from 56 pupils, 超大班额 from 66 (教育部 definitions). */
    public boolean large() {
        return pupils >= 56;
    }

    public boolean veryLarge() {
        return pupils >= 66;
    }
}
