package org.edugov.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.edugov.org.OrgImportRow;

/**
 * A synthetic region and its demo accounts, the same for the same scale and seed: a single random
 * stream drives every choice in a fixed order. Plain Java, so it is tested without a database and can
 * feed benchmarks as well as the demo loader.
 */
public final class DemoCity {

    private final List<OrgImportRow> units;
    private final List<DemoAccount> accounts;

    private DemoCity(List<OrgImportRow> units, List<DemoAccount> accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    public static DemoCity generate(DemoScale scale, long seed) {
        DemoRows rows = new DemoRows();
        new DemoRegions(rows, new SplittableRandom(seed), scale).build();
        List<OrgImportRow> units = rows.toList();
        return new DemoCity(units, DemoAccounts.of(units));
    }

    /** Import rows, parents before children, numbered 1.. in that order. */
    public List<OrgImportRow> units() {
        return units;
    }

    public List<DemoAccount> accounts() {
        return accounts;
    }
}
