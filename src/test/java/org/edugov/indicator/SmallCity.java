package org.edugov.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.edugov.org.OrgImportRow;
import org.edugov.shared.SchoolYear;
import org.springframework.stereotype.Component;

/**
 * A small city built by hand (codes 4598xx, outside the demo city), computed once per test database.
 *
 * <pre>
 * city 459800
 *   county A 459801: town A1 — S1 primary (公办): P1 56 pupils (大班额), P2 40; 4 teachers (3 本科, 1 专科); 480 m²
 *                    town A2 — S2 primary (公办): P1 30 pupils; 2 teachers (本科); 120 m²
 *   county B 459802: town B1 — S3 primary: P3 66 pupils (超大班额); 5 teachers (2 本科)
 *                               S5 teaching point of S3: multi-grade P1 class of 10 (not an ordinary class)
 *                               S4 kindergarten (民办 普惠): 20 children aged 3, no teacher; 25 residents aged 3–5
 * </pre>
 */
@Component
public class SmallCity {

    public static final String CITY = "459800";
    public static final String COUNTY_A = "459801";
    public static final String COUNTY_B = "459802";
    public static final String TOWN_A1 = "459801001000";
    public static final String TOWN_A2 = "459801002000";
    public static final String TOWN_B1 = "459802001000";
    public static final String S1 = "1459801001";
    public static final String S2 = "1459801002";
    public static final String S3 = "1459802001";
    public static final String S4 = "1459802002";
    public static final String S5 = "1459802003";

    private final RegistryFixture fixture;
    private final IndicatorRuns runs;
    final int year;
    final LocalDate ref;

    SmallCity(RegistryFixture fixture, IndicatorRuns runs) {
        this.fixture = fixture;
        this.runs = runs;
        SchoolYear current = SchoolYear.containing(LocalDate.now());
        this.year = current.startYear();
        this.ref = current.referenceDate();
    }

    /** Builds and computes the city unless it exists. */
    public synchronized void ensure() {
        if (!fixture.tree(List.of(
                new OrgImportRow(2, "CITY", CITY, "引擎测试市", null, null),
                new OrgImportRow(3, "COUNTY", COUNTY_A, "甲县", CITY, null),
                new OrgImportRow(4, "COUNTY", COUNTY_B, "乙县", CITY, null),
                new OrgImportRow(5, "TOWN", TOWN_A1, "甲一镇", COUNTY_A, null),
                new OrgImportRow(6, "TOWN", TOWN_A2, "甲二镇", COUNTY_A, null),
                new OrgImportRow(7, "TOWN", TOWN_B1, "乙一镇", COUNTY_B, null),
                new OrgImportRow(8, "SCHOOL", S1, "甲一小学", TOWN_A1, "211"),
                new OrgImportRow(9, "SCHOOL", S2, "甲二小学", TOWN_A2, "211"),
                new OrgImportRow(10, "SCHOOL", S3, "乙一小学", TOWN_B1, "211"),
                new OrgImportRow(11, "SCHOOL", S4, "乙一幼儿园", TOWN_B1, "111"),
                new OrgImportRow(12, "TEACHING_POINT", S5, "乙一小学教学点", S3, "218")))) {
            return;
        }
        fixture.school(S1, "1", false, "111", "PRIMARY");
        fixture.school(S2, "1", false, "220", "PRIMARY");
        fixture.school(S3, "1", false, "220", "PRIMARY");
        fixture.school(S4, "2", true, "220", "PRESCHOOL");
        fixture.school(S5, "1", false, "220", "PRIMARY");
        LocalDate age6 = ref.minusYears(6);
        fixture.pupils(56, S1, fixture.classOf(S1, year, "P1", "一年级(1)班", false, false), "P1", age6);
        fixture.pupils(40, S1, fixture.classOf(S1, year, "P2", "二年级(1)班", false, false), "P2", age6.minusYears(1));
        fixture.pupils(30, S2, fixture.classOf(S2, year, "P1", "一年级(1)班", false, false), "P1", age6);
        fixture.pupils(66, S3, fixture.classOf(S3, year, "P3", "三年级(1)班", false, false), "P3", age6.minusYears(2));
        fixture.pupils(10, S5, fixture.classOf(S5, year, "P1", "复式班", true, false), "P1", age6);
        fixture.pupils(20, S4, null, "K1", ref.minusYears(3));
        for (int i = 0; i < 4; i++) {
            fixture.teacher(RegistryFixture.Teacher.of(S1, "PRIMARY").education(i < 3 ? "21" : "31"));
        }
        fixture.teacher(RegistryFixture.Teacher.of(S2, "PRIMARY"));
        fixture.teacher(RegistryFixture.Teacher.of(S2, "PRIMARY"));
        for (int i = 0; i < 5; i++) {
            fixture.teacher(RegistryFixture.Teacher.of(S3, "PRIMARY").education(i < 2 ? "21" : "31"));
        }
        fixture.facilities(S1, year, new RegistryFixture.Facilities(new BigDecimal("480"), BigDecimal.ZERO, 0, 0,
                BigDecimal.ZERO));
        fixture.facilities(S2, year, new RegistryFixture.Facilities(new BigDecimal("120"), BigDecimal.ZERO, 0, 0,
                BigDecimal.ZERO));
        for (int age = 3; age <= 5; age++) {
            fixture.population(TOWN_B1, year, "RESIDENT", age, age == 3 ? 9 : 8);
        }
        runs.computeNow("test", year, ref);
    }
}
