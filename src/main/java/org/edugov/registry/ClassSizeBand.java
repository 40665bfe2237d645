package org.edugov.registry;

/**
 * The class-size bands of the MOE statistics (班额): up to 45 normal, 46–55 above the standard, 56–65 大班额
 * and from 66 超大班额. Kindergarten classes have smaller standards (25/30/35) that these bands do not express.
 */
public enum ClassSizeBand {
    NORMAL(0, 45),
    ABOVE_STANDARD(46, 55),
    LARGE(56, 65),
    VERY_LARGE(66, Integer.MAX_VALUE);

    private final int min;
    private final int max;

    ClassSizeBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public static ClassSizeBand of(long pupils) {
        for (ClassSizeBand band : values()) {
            if (pupils <= band.max) {
                return band;
            }
        }
        return VERY_LARGE;
    }

    /** Fewest pupils in the band, inclusive. */
    public int min() {
        return min;
    }

    /** Most pupils in the band, inclusive. */
    public int max() {
        return max;
    }

    /** 大班额 in the wide sense used by the targets ("no class of 56 or more"): LARGE and VERY_LARGE. */
    public boolean large() {
        return this == LARGE || this == VERY_LARGE;
    }
}
