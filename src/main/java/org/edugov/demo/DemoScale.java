package org.edugov.demo;

/**
 * How large the synthetic region is. Totals are fixed per scale and only their split is random, so
 * every seed yields the same order of magnitude.
 */
public enum DemoScale {
    /** One city: 6 counties/districts, ~80 towns, ~600 schools. */
    CITY(false, 1, 6, 12, 14, 1, 1),
    /** One province: 14 cities, 100 counties, ~1,300 towns, ~30,000 schools and teaching points. */
    PROVINCE(true, 14, 100, 12, 14, 4, 3);

    final boolean withProvince;
    final int cities;
    final int counties;
    final int minTownsPerCounty;
    final int maxTownsPerCounty;
    /** Multiplies village schools and kindergartens per town: rural provinces run ~300 schools a county. */
    final int villageDensity;
    /** Upper bound of teaching points under one rural primary school. */
    final int maxPointsPerSchool;

    DemoScale(boolean withProvince, int cities, int counties, int minTownsPerCounty, int maxTownsPerCounty,
            int villageDensity, int maxPointsPerSchool) {
        this.withProvince = withProvince;
        this.cities = cities;
        this.counties = counties;
        this.minTownsPerCounty = minTownsPerCounty;
        this.maxTownsPerCounty = maxTownsPerCounty;
        this.villageDensity = villageDensity;
        this.maxPointsPerSchool = maxPointsPerSchool;
    }
}
