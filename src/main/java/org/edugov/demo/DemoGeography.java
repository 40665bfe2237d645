package org.edugov.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.demo.DemoSchoolPlan.Location;
import org.edugov.org.OrgImportRow;

/** Where each generated school lies: its county, town and kind of place, read from the org tree rows. */
final class DemoGeography {

    private final Map<String, OrgImportRow> byCode = new HashMap<>();
    private final Map<String, String> countyOf;
    private final List<OrgImportRow> schools = new ArrayList<>();
    private final Map<String, List<String>> townsOf = new HashMap<>();
    private final Map<String, List<String>> countiesOfCity = new HashMap<>();
    private final boolean province;

    DemoGeography(List<OrgImportRow> units) {
        units.forEach(u -> byCode.put(u.code(), u));
        countyOf = countyCodes();
        for (OrgImportRow u : units) {
            switch (u.kind()) {
                case "SCHOOL", "TEACHING_POINT" -> schools.add(u);
                case "TOWN" -> townsOf.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
                case "COUNTY" -> countiesOfCity.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.code());
                default -> { }
            }
        }
        province = units.stream().anyMatch(u -> u.kind().equals("PROVINCE"));
    }

    /** 学校 → its county: the county in its ancestry, or the city's code for 市直 schools. */
    private Map<String, String> countyCodes() {
        Map<String, String> county = new HashMap<>();
        for (OrgImportRow u : byCode.values()) {
            OrgImportRow at = u;
            while (at != null && !at.kind().equals("COUNTY") && !at.kind().equals("CITY")) {
                at = at.parentCode() == null ? null : byCode.get(at.parentCode());
            }
            county.put(u.code(), at == null ? null : at.code());
        }
        return county;
    }

    boolean isProvince() {
        return province;
    }

    /** Schools and teaching points in the order of the org rows. */
    List<OrgImportRow> schools() {
        return schools;
    }

    String name(String code) {
        return byCode.get(code).name();
    }

    /** The registry's county code: the county above, or the city's code for 市直 schools. */
    String countyOf(String code) {
        return countyOf.get(code);
    }

    /** The city of a county, or the city itself for a city's code. */
    String cityOf(String county) {
        return isCity(county) ? county : byCode.get(county).parentCode();
    }

    String countyOfTown(String town) {
        return byCode.get(town).parentCode();
    }

    boolean isCity(String county) {
        return byCode.get(county).kind().equals("CITY");
    }

    boolean isDistrict(String county) {
        return isCity(county) || name(county).endsWith("区");
    }

    /** Counties a 市直 school's pupils come from; a county's own code otherwise. */
    List<String> homeCounties(String county) {
        return isCity(county) ? countiesOfCity.get(county) : List.of(county);
    }

    /** The county a school's pupils and teachers are registered in: a county of the city for 市直 schools. */
    String homeCounty(String county, int index) {
        List<String> homes = homeCounties(county);
        return homes.get(index % homes.size());
    }

    /**
     * The region prefix of identity numbers for a county. The demo province's codes (98…) name no province, which
     * identity numbers must, so its people carry 41 (河南) with city numbers 51–64, which 河南 does not use.
     */
    static String idPrefix(String county) {
        if (!county.startsWith(DemoRegions.PROVINCE_CODE.substring(0, 2))) {
            return county;
        }
        return "41" + (50 + Integer.parseInt(county.substring(2, 4))) + county.substring(4, 6);
    }

    /** Every county of the region (not the cities), in row order. */
    List<String> counties() {
        return countiesOfCity.values().stream().flatMap(List::stream).toList();
    }

    List<String> towns(String county) {
        return townsOf.getOrDefault(county, List.of());
    }

    /** The town a school lies in (a teaching point: its school's town), null above towns. */
    String townOf(OrgImportRow school) {
        OrgImportRow parent = byCode.get(school.parentCode());
        if (parent.kind().equals("SCHOOL")) {
            parent = byCode.get(parent.parentCode());
        }
        return parent.kind().equals("TOWN") ? parent.code() : null;
    }

    Location location(OrgImportRow school) {
        String town = townOf(school);
        if (town == null) {
            return byCode.get(school.parentCode()).kind().equals("CITY") ? Location.CITY : Location.COUNTY;
        }
        String name = name(town);
        return name.endsWith("街道") ? Location.STREET : name.endsWith("镇") ? Location.TOWN : Location.TOWNSHIP;
    }

    /** Village schools of rural towns: every one but the 中心 school and the 初中, and all 教学点. */
    boolean isVillage(OrgImportRow school) {
        if (!location(school).rural()) {
            return false;
        }
        String type = school.schoolType();
        return type.equals("218") || (type.equals("211") || type.equals("111")) && !school.name().contains("中心");
    }
}
