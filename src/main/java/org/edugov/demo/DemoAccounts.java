package org.edugov.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgUnitKind;

/**
 * One sign-in per built-in role, all in the first city, so that a demo can show each role's view.
 * Units are looked up in the generated rows rather than remembered while generating, which keeps the
 * generators free of account concerns.
 */
final class DemoAccounts {

    private static final int INSPECTED_PER_COUNTY = 4;

    private final List<OrgImportRow> units;
    private final Map<String, String> namesByCode;

    private DemoAccounts(List<OrgImportRow> units) {
        this.units = units;
        this.namesByCode = units.stream().collect(Collectors.toMap(OrgImportRow::code, OrgImportRow::name));
    }

    static List<DemoAccount> of(List<OrgImportRow> units) {
        return new DemoAccounts(units).build();
    }

    private List<DemoAccount> build() {
        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(new DemoAccount("admin", "系统管理员", "SYS_ADMIN", null, List.of()));
        units.stream().filter(u -> kind(u) == OrgUnitKind.PROVINCE).findFirst()
                .ifPresent(province -> accounts.add(new DemoAccount("province_admin", province.name() + "教育厅管理员",
                        "CITY_ADMIN", province.code(), List.of())));
        OrgImportRow city = units.stream().filter(u -> kind(u) == OrgUnitKind.CITY).findFirst().orElseThrow();
        List<String> counties = units.stream()
                .filter(u -> kind(u) == OrgUnitKind.COUNTY && city.code().equals(u.parentCode()))
                .map(OrgImportRow::code).toList();
        accounts.add(account("city_admin", "教育局管理员", "CITY_ADMIN", city.code()));
        accounts.add(account("city_viewer", "教育局查询员", "VIEWER", city.code()));
        List<String> inspected = new ArrayList<>(spread(schoolsOf(counties.get(0))));
        inspected.addAll(spread(schoolsOf(counties.get(1))));
        accounts.add(new DemoAccount("inspector", city.name() + "督学", "INSPECTOR", city.code(), inspected));
        accounts.add(account("finance", "联络员", "DEPARTMENT", DemoRegions.departmentCode("CZJ", city.code())));
        for (int i = 0; i < counties.size(); i++) {
            accounts.add(account("county_admin_" + (i + 1), "教育局管理员", "COUNTY_ADMIN", counties.get(i)));
        }
        accounts.add(account("county_viewer_1", "教育局查询员", "VIEWER", counties.get(0)));
        List<OrgImportRow> firstCounty = schoolsOf(counties.get(0));
        accounts.add(account("school_admin_1", "管理员", "SCHOOL_ADMIN", firstOfType(firstCounty, "211")));
        accounts.add(account("school_admin_2", "管理员", "SCHOOL_ADMIN", firstOfType(firstCounty, "311")));
        accounts.add(account("school_admin_3", "管理员", "SCHOOL_ADMIN", firstOfType(firstCounty, "111")));
        return List.copyOf(accounts);
    }

    /** Display names read as "{unit}{role}", e.g. 东山县教育局管理员. */
    private DemoAccount account(String username, String roleLabel, String roleCode, String orgCode) {
        return new DemoAccount(username, namesByCode.get(orgCode) + roleLabel, roleCode, orgCode, List.of());
    }

    /** Schools (not teaching points) of a county in row order; their codes carry the county code. */
    private List<OrgImportRow> schoolsOf(String countyCode) {
        return units.stream()
                .filter(u -> kind(u) == OrgUnitKind.SCHOOL && u.code().substring(1, 7).equals(countyCode))
                .toList();
    }

    /** Evenly spaced picks, so the inspector sees town schools as well as county flagships. */
    private static List<String> spread(List<OrgImportRow> schools) {
        int step = schools.size() / INSPECTED_PER_COUNTY;
        return IntStream.range(0, INSPECTED_PER_COUNTY)
                .mapToObj(i -> schools.get(i * step + step / 2).code()).toList();
    }

    private static String firstOfType(List<OrgImportRow> schools, String schoolType) {
        return schools.stream().filter(s -> schoolType.equals(s.schoolType())).findFirst().orElseThrow().code();
    }

    private static OrgUnitKind kind(OrgImportRow row) {
        return OrgUnitKind.valueOf(row.kind());
    }
}
