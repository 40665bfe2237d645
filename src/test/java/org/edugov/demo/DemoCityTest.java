package org.edugov.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgUnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCityTest {

    private static final long SEED = 20260901L;
    private static final Set<String> BUILT_IN_ROLES = Set.of("SYS_ADMIN", "CITY_ADMIN", "COUNTY_ADMIN",
            "SCHOOL_ADMIN", "INSPECTOR", "DEPARTMENT", "VIEWER");

    @ParameterizedTest
    @EnumSource(DemoScale.class)
    void sameSeedGivesIdenticalOutput(DemoScale scale) {
        DemoCity first = DemoCity.generate(scale, SEED);
        DemoCity second = DemoCity.generate(scale, SEED);

        assertThat(second.units()).isEqualTo(first.units());
        assertThat(second.accounts()).isEqualTo(first.accounts());
    }

    @Test
    void differentSeedGivesDifferentNames() {
        Set<String> names = names(DemoCity.generate(DemoScale.CITY, SEED));
        Set<String> others = names(DemoCity.generate(DemoScale.CITY, SEED + 1));

        assertThat(others).isNotEqualTo(names);
    }

    @ParameterizedTest
    @ValueSource(longs = {SEED, 0, 1, 42, -7, Long.MAX_VALUE})
    void cityScaleHasOneCityOfRealisticSize(long seed) {
        DemoCity city = DemoCity.generate(DemoScale.CITY, seed);
        Map<OrgUnitKind, Long> counts = countByKind(city.units());

        assertThat(counts.get(OrgUnitKind.CITY)).isEqualTo(1);
        assertThat(counts).doesNotContainKey(OrgUnitKind.PROVINCE);
        assertThat(counts.get(OrgUnitKind.COUNTY)).isEqualTo(6);
        assertThat(counts.get(OrgUnitKind.TOWN)).isBetween(70L, 90L);
        assertThat(counts.get(OrgUnitKind.SCHOOL) + counts.get(OrgUnitKind.TEACHING_POINT)).isBetween(550L, 700L);
        assertThat(counts.get(OrgUnitKind.DEPARTMENT)).isEqualTo(6);
        assertWellFormed(city);
    }

    @Test
    void cityScaleHasEverySchoolTypeOfAnEducationSystem() {
        Set<String> types = DemoCity.generate(DemoScale.CITY, SEED).units().stream()
                .map(OrgImportRow::schoolType).filter(t -> t != null).collect(Collectors.toSet());

        assertThat(types).contains("111", "211", "218", "311", "312", "341", "342");
        assertThat(types).anyMatch(t -> t.startsWith("36"));
        assertThat(types).anyMatch(t -> t.startsWith("51"));
    }

    @Test
    void cityScaleUsesTheFictionalCityCodeAndNamedCounties() {
        List<OrgImportRow> units = DemoCity.generate(DemoScale.CITY, SEED).units();

        assertThat(units.get(0)).extracting(OrgImportRow::code, OrgImportRow::name).containsExactly("419900", "示范市");
        assertThat(units).filteredOn(u -> u.kind().equals("COUNTY")).extracting(OrgImportRow::code)
                .containsExactly("419901", "419902", "419903", "419904", "419905", "419906");
        assertThat(units).filteredOn(u -> u.kind().equals("DEPARTMENT")).extracting(OrgImportRow::code)
                .contains("CZJ-419900", "FGW-419900", "RSJ-419900", "BB-419900", "ZJJ-419900", "ZRZYJ-419900");
    }

    @Test
    void provinceScaleHasAHundredCountiesAndThirtyThousandSchools() {
        DemoCity province = DemoCity.generate(DemoScale.PROVINCE, SEED);
        Map<OrgUnitKind, Long> counts = countByKind(province.units());

        assertThat(province.units().get(0)).extracting(OrgImportRow::kind, OrgImportRow::code)
                .containsExactly("PROVINCE", "980000");
        assertThat(counts.get(OrgUnitKind.PROVINCE)).isEqualTo(1);
        assertThat(counts.get(OrgUnitKind.CITY)).isBetween(12L, 16L);
        assertThat(counts.get(OrgUnitKind.COUNTY)).isBetween(90L, 110L);
        assertThat(counts.get(OrgUnitKind.TOWN)).isBetween(1_100L, 1_500L);
        assertThat(counts.get(OrgUnitKind.SCHOOL) + counts.get(OrgUnitKind.TEACHING_POINT))
                .isBetween(25_000L, 35_000L);
        assertWellFormed(province);
    }

    @Test
    void provinceScaleAddsAProvinceAdminToTheCityAccounts() {
        List<DemoAccount> city = DemoCity.generate(DemoScale.CITY, SEED).accounts();
        List<DemoAccount> province = DemoCity.generate(DemoScale.PROVINCE, SEED).accounts();

        assertThat(province).extracting(DemoAccount::username)
                .containsExactlyInAnyOrderElementsOf(concat(city.stream().map(DemoAccount::username).toList(),
                        "province_admin"));
        assertThat(province).filteredOn(a -> a.username().equals("province_admin"))
                .singleElement().extracting(DemoAccount::roleCode, DemoAccount::orgCode)
                .containsExactly("CITY_ADMIN", "980000");
    }

    @Test
    void accountsCoverEveryRoleAtTheRightUnits() {
        DemoCity city = DemoCity.generate(DemoScale.CITY, SEED);
        Map<String, DemoAccount> byUsername = city.accounts().stream()
                .collect(Collectors.toMap(DemoAccount::username, Function.identity()));
        Map<String, OrgImportRow> units = byCode(city.units());

        assertThat(byUsername).containsOnlyKeys("admin", "city_admin", "city_viewer", "inspector", "finance",
                "county_admin_1", "county_admin_2", "county_admin_3", "county_admin_4", "county_admin_5",
                "county_admin_6", "county_viewer_1", "school_admin_1", "school_admin_2", "school_admin_3");
        assertThat(byUsername.get("admin").orgCode()).isNull();
        assertThat(byUsername.get("finance").orgCode()).isEqualTo("CZJ-419900");
        assertThat(byUsername.get("county_admin_3").displayName()).isEqualTo("东山县教育局管理员");
        assertThat(units.get(byUsername.get("school_admin_1").orgCode()).schoolType()).isEqualTo("211");
        assertThat(units.get(byUsername.get("school_admin_2").orgCode()).schoolType()).isEqualTo("311");
        assertThat(units.get(byUsername.get("school_admin_3").orgCode()).schoolType()).isEqualTo("111");
        assertThat(byUsername.get("inspector").assignedCodes()).hasSize(8).doesNotHaveDuplicates()
                .allMatch(code -> units.get(code).kind().equals("SCHOOL"))
                .extracting(code -> code.substring(1, 7)).containsOnly("419901", "419902");
    }

    /** Structural rules the org import enforces, checked here so a bad generator fails in milliseconds. */
    private static void assertWellFormed(DemoCity city) {
        List<OrgImportRow> units = city.units();
        Map<String, OrgImportRow> seen = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            OrgImportRow row = units.get(i);
            OrgUnitKind kind = OrgUnitKind.valueOf(row.kind());
            assertThat(row.rowNumber()).isEqualTo(i + 1);
            assertThat(kind.acceptsCode(row.code())).as("code %s for %s", row.code(), kind).isTrue();
            assertThat(row.name()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(row.schoolType() != null).as("school type of %s", row.code()).isEqualTo(kind.isSchool());
            if (row.parentCode() == null) {
                assertThat(kind.canBeRoot()).isTrue();
            } else {
                OrgImportRow parent = seen.get(row.parentCode());
                assertThat(parent).as("parent of %s listed earlier", row.code()).isNotNull();
                assertThat(kind.allowedParents()).contains(OrgUnitKind.valueOf(parent.kind()));
            }
            if (kind.isSchool()) {
                assertThat(row.code().substring(1, 7)).as("county part of %s", row.code())
                        .isEqualTo(regionCode(row, seen));
            }
            assertThat(seen.put(row.code(), row)).as("duplicate code %s", row.code()).isNull();
        }
        assertThat(units).filteredOn(u -> u.kind().equals("TEACHING_POINT"))
                .allMatch(u -> "218".equals(u.schoolType()));
        assertThat(units).filteredOn(u -> u.kind().equals("SCHOOL")).extracting(OrgImportRow::name)
                .doesNotHaveDuplicates();
        assertAccountsReferToUnits(city.accounts(), seen);
    }

    /** The county a school lies in, or the city for 市直 schools. */
    private static String regionCode(OrgImportRow row, Map<String, OrgImportRow> seen) {
        OrgImportRow unit = row;
        while (!unit.kind().equals("COUNTY") && !unit.kind().equals("CITY")) {
            unit = seen.get(unit.parentCode());
        }
        return unit.code();
    }

    private static void assertAccountsReferToUnits(List<DemoAccount> accounts, Map<String, OrgImportRow> units) {
        assertThat(accounts).extracting(DemoAccount::username).doesNotHaveDuplicates();
        for (DemoAccount account : accounts) {
            assertThat(BUILT_IN_ROLES).contains(account.roleCode());
            assertThat(account.displayName()).isNotBlank();
            if (account.roleCode().equals("SYS_ADMIN")) {
                assertThat(account.orgCode()).isNull();
            } else {
                assertThat(units).containsKey(account.orgCode());
            }
            assertThat(account.assignedCodes()).allMatch(units::containsKey);
        }
    }

    private static Map<OrgUnitKind, Long> countByKind(List<OrgImportRow> units) {
        return units.stream().collect(Collectors.groupingBy(u -> OrgUnitKind.valueOf(u.kind()), Collectors.counting()));
    }

    private static Map<String, OrgImportRow> byCode(List<OrgImportRow> units) {
        return units.stream().collect(Collectors.toMap(OrgImportRow::code, Function.identity()));
    }

    private static Set<String> names(DemoCity city) {
        return city.units().stream().map(OrgImportRow::name).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<String> concat(List<String> list, String extra) {
        return Stream.concat(list.stream(), Stream.of(extra)).toList();
    }
}
