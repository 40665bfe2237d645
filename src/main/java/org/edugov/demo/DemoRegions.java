package org.edugov.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.edugov.org.OrgUnitKind;

/**
 * The administrative levels: province, cities with their cooperating departments, counties and towns,
 * written depth-first so that every parent precedes its children.
 * <p>
 * Codes are fictional on purpose: the standalone city is 419900 (河南's prefix with a city number that
 * GB/T 2260 leaves unused), the province is 980000, which no province uses.
 */
final class DemoRegions {

    static final String STANDALONE_CITY_CODE = "419900";
    static final String PROVINCE_CODE = "980000";
    static final String FIRST_CITY_NAME = "示范市";

    private static final int MIN_COUNTIES_PER_CITY = 5;
    private static final int MAX_COUNTIES_PER_CITY = 9;
    /** Code prefixes are pinyin initials, the way bureaus abbreviate themselves. */
    private static final List<Department> DEPARTMENTS = List.of(new Department("CZJ", "财政局"),
            new Department("FGW", "发展和改革委员会"), new Department("RSJ", "人力资源和社会保障局"),
            new Department("BB", "机构编制委员会办公室"), new Department("ZJJ", "住房和城乡建设局"),
            new Department("ZRZYJ", "自然资源局"));

    private final DemoRows rows;
    private final DemoNames names;
    private final DemoSchools schools;
    private final SplittableRandom random;
    private final DemoScale scale;
    /** County and city names must not repeat anywhere in the region. */
    private final Set<String> usedRegionNames = new HashSet<>(DemoNames.FIRST_CITY_COUNTIES);

    private record Department(String codePrefix, String name) {
    }

    DemoRegions(DemoRows rows, SplittableRandom random, DemoScale scale) {
        this.rows = rows;
        this.random = random;
        this.scale = scale;
        this.names = new DemoNames(random);
        this.schools = new DemoSchools(rows, names, random, scale);
        usedRegionNames.add(FIRST_CITY_NAME);
    }

    static String departmentCode(String prefix, String cityCode) {
        return prefix + "-" + cityCode;
    }

    void build() {
        if (!scale.withProvince) {
            city(STANDALONE_CITY_CODE, FIRST_CITY_NAME, null, DemoNames.FIRST_CITY_COUNTIES.size(), true);
            return;
        }
        rows.add(OrgUnitKind.PROVINCE, PROVINCE_CODE, "示范省", null, null);
        List<Integer> counties = countiesPerCity();
        for (int i = 0; i < scale.cities; i++) {
            String code = PROVINCE_CODE.substring(0, 2) + "%02d00".formatted(i + 1);
            String name = i == 0 ? FIRST_CITY_NAME : DemoNames.unique(usedRegionNames, () -> names.place() + "市");
            city(code, name, PROVINCE_CODE, counties.get(i), i == 0);
        }
    }

    /** The first city always has the six named counties; the rest share the remaining total at random. */
    private List<Integer> countiesPerCity() {
        List<Integer> counts = new ArrayList<>(Collections.nCopies(scale.cities, MIN_COUNTIES_PER_CITY));
        counts.set(0, DemoNames.FIRST_CITY_COUNTIES.size());
        int left = scale.counties - counts.stream().mapToInt(Integer::intValue).sum();
        while (left > 0) {
            int city = random.nextInt(1, scale.cities);
            if (counts.get(city) < MAX_COUNTIES_PER_CITY) {
                counts.set(city, counts.get(city) + 1);
                left--;
            }
        }
        return counts;
    }

    private void city(String code, String name, String parentCode, int countyCount, boolean first) {
        rows.add(OrgUnitKind.CITY, code, name, parentCode, null);
        for (Department department : DEPARTMENTS) {
            rows.add(OrgUnitKind.DEPARTMENT, departmentCode(department.codePrefix(), code), name + department.name(),
                    code, null);
        }
        schools.cityLevel(code, name);
        int districts = first ? 2 : random.nextInt(1, 4);
        for (int i = 0; i < countyCount; i++) {
            boolean district = i < districts;
            String countyName = first ? DemoNames.FIRST_CITY_COUNTIES.get(i)
                    : DemoNames.unique(usedRegionNames, () -> names.place() + (district ? "区" : "县"));
            county(code.substring(0, 4) + "%02d".formatted(i + 1), countyName, code, district);
        }
    }

    private void county(String code, String name, String cityCode, boolean district) {
        rows.add(OrgUnitKind.COUNTY, code, name, cityCode, null);
        schools.countyLevel(code, name);
        int total = random.nextInt(scale.minTownsPerCounty, scale.maxTownsPerCounty + 1);
        int streets = district ? random.nextInt(6, 10) : random.nextInt(1, 4);
        int townships = district ? 0 : random.nextInt(2, 5);
        int completeSecondaryAt = random.nextInt(5) < 2 ? random.nextInt(streets, total) : -1;
        Set<String> used = new HashSet<>();
        for (int i = 0; i < total; i++) {
            if (i < streets) {
                String base = DemoNames.unique(used, names::street);
                String townCode = town(code, i + 1, base + "街道");
                schools.street(code, townCode, name + base);
            } else {
                boolean township = i >= total - townships;
                int number = township ? 200 + i - (total - townships) : 100 + i - streets;
                String townName = DemoNames.unique(used, names::place) + (township ? "乡" : "镇");
                String townCode = town(code, number, townName);
                schools.rural(code, townCode, name + townName, i == completeSecondaryAt);
            }
        }
    }

    /** 统计用区划代码: county code, 3-digit town number (街道 0xx, 镇 1xx, 乡 2xx), "000". */
    private String town(String countyCode, int number, String name) {
        return rows.add(OrgUnitKind.TOWN, countyCode + "%03d".formatted(number) + "000", name, countyCode, null);
    }
}
