package org.edugov.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.edugov.org.OrgUnitKind;

/**
 * Schools and teaching points at each level, in proportions close to a county of central China:
 * per town a 中心小学 and 中心幼儿园, village schools with 教学点, one 初中 or 九年一贯制; the county
 * runs the 高中, 中职 and 特教 schools; the city a few flagship schools.
 */
final class DemoSchools {

    private final DemoRows rows;
    private final DemoNames names;
    private final SplittableRandom random;
    private final DemoScale scale;
    /** Next 3-digit sequence of 学校标识码 per county (or city, for 市直 schools). */
    private final Map<String, Integer> nextNumber = new HashMap<>();

    DemoSchools(DemoRows rows, DemoNames names, SplittableRandom random, DemoScale scale) {
        this.rows = rows;
        this.names = names;
        this.random = random;
        this.scale = scale;
    }

    /** 市直 schools, numbered within the city code. */
    void cityLevel(String cityCode, String cityName) {
        school(cityCode, cityCode, cityName + "第一中学", "342");
        school(cityCode, cityCode, cityName + "第二中学", "342");
        school(cityCode, cityCode, cityName + "外国语中学", "341");
        school(cityCode, cityCode, cityName + "实验小学", "211");
        school(cityCode, cityCode, cityName + "实验幼儿园", "111");
        school(cityCode, cityCode, cityName + "职业技术学校", "361");
        school(cityCode, cityCode, cityName + "高级技工学校", "366");
        school(cityCode, cityCode, cityName + "特殊教育学校", "514");
    }

    /** 县直 schools: the county's senior secondary, vocational and special schools plus flagships. */
    void countyLevel(String countyCode, String countyName) {
        school(countyCode, countyCode, countyName + "第一高级中学", "342");
        school(countyCode, countyCode, countyName + "第二高级中学", "342");
        if (random.nextBoolean()) {
            school(countyCode, countyCode, countyName + "第三高级中学", "342");
        }
        school(countyCode, countyCode, countyName + "第一中学", "341");
        school(countyCode, countyCode, countyName + "实验中学", "311");
        school(countyCode, countyCode, countyName + "第二实验中学", "311");
        school(countyCode, countyCode, countyName + "实验小学", "211");
        school(countyCode, countyCode, countyName + "第二实验小学", "211");
        school(countyCode, countyCode, countyName + "第三实验小学", "211");
        school(countyCode, countyCode, countyName + "实验幼儿园", "111");
        school(countyCode, countyCode, countyName + "第二实验幼儿园", "111");
        school(countyCode, countyCode, countyName + "机关幼儿园", "111");
        school(countyCode, countyCode, countyName + "职业教育中心", random.nextBoolean() ? "365" : "361");
        if (random.nextInt(5) < 2) {
            school(countyCode, countyCode, countyName + "技工学校", "366");
        }
        boolean mentalOnly = random.nextInt(4) == 0;
        school(countyCode, countyCode, countyName + (mentalOnly ? "培智学校" : "特殊教育学校"),
                mentalOnly ? "513" : "514");
    }

    /** Urban 街道: larger primary schools, private kindergartens, no teaching points. */
    void street(String countyCode, String townCode, String prefix) {
        Set<String> used = new HashSet<>();
        school(countyCode, townCode, prefix + "小学", "211");
        for (int i = random.nextInt(0, scale.villageDensity + 1); i > 0; i--) {
            school(countyCode, townCode, prefix + DemoNames.ordinal(i + 1) + "小学", "211");
        }
        school(countyCode, townCode, prefix + "幼儿园", "111");
        for (int i = scale.villageDensity * random.nextInt(1, 3); i > 0; i--) {
            school(countyCode, townCode, prefix + DemoNames.unique(used, names::kindergartenBrand) + "幼儿园", "111");
        }
        juniorSecondary(countyCode, townCode, prefix, null);
    }

    /** 镇 or 乡: a central school of each kind, village schools, 教学点 under primary schools. */
    void rural(String countyCode, String townCode, String prefix, boolean withCompleteSecondary) {
        Set<String> used = new HashSet<>();
        primaryWithPoints(countyCode, townCode, prefix, "中心小学", used);
        for (int i = scale.villageDensity * random.nextInt(1, 3); i > 0; i--) {
            primaryWithPoints(countyCode, townCode, prefix, DemoNames.unique(used, names::village) + "小学", used);
        }
        school(countyCode, townCode, prefix + "中心幼儿园", "111");
        for (int i = scale.villageDensity * random.nextInt(1, 3); i > 0; i--) {
            String name = random.nextBoolean() ? DemoNames.unique(used, names::village)
                    : DemoNames.unique(used, names::kindergartenBrand);
            school(countyCode, townCode, prefix + name + "幼儿园", "111");
        }
        juniorSecondary(countyCode, townCode, prefix, used);
        if (withCompleteSecondary) {
            school(countyCode, townCode, prefix + "中学", "341");
        }
    }

    /**
     * One 初级中学 or 九年一贯制学校, more where villages are dense. Rural nine-year schools are named
     * after their village, urban ones after the street; {@code villagesUsed} is null in a street.
     */
    private void juniorSecondary(String countyCode, String townCode, String prefix, Set<String> villagesUsed) {
        int count = 1 + random.nextInt(0, scale.villageDensity / 2 + 1);
        for (int i = 1; i <= count; i++) {
            String ordinal = i == 1 ? "" : DemoNames.ordinal(i);
            if (random.nextInt(5) < 3) {
                school(countyCode, townCode, prefix + ordinal + "初级中学", "311");
            } else {
                String base = villagesUsed == null ? ordinal : DemoNames.unique(villagesUsed, names::village);
                school(countyCode, townCode, prefix + base + "学校", "312");
            }
        }
    }

    private void primaryWithPoints(String countyCode, String townCode, String prefix, String name, Set<String> used) {
        String schoolCode = school(countyCode, townCode, prefix + name, "211");
        for (int i = random.nextInt(0, scale.maxPointsPerSchool + 1); i > 0; i--) {
            String point = prefix + DemoNames.unique(used, names::village) + "教学点";
            rows.add(OrgUnitKind.TEACHING_POINT, nextCode(countyCode), point, schoolCode, "218");
        }
    }

    private String school(String regionCode, String parentCode, String name, String schoolType) {
        return rows.add(OrgUnitKind.SCHOOL, nextCode(regionCode), name, parentCode, schoolType);
    }

    /** 学校标识码: "1", the 6-digit county code, a 3-digit sequence within the county. */
    private String nextCode(String regionCode) {
        int number = nextNumber.merge(regionCode, 1, Integer::sum);
        if (number > 999) {
            throw new IllegalStateException("more than 999 schools in " + regionCode);
        }
        return "1" + regionCode + "%03d".formatted(number);
    }
}
