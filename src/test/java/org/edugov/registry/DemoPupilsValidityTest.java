package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoPupils;
import org.edugov.demo.DemoScale;
import org.edugov.demo.DemoTeachers;
import org.edugov.org.OrgImportRow;
import org.edugov.shared.IdNumber;
import org.edugov.spreadsheet.SheetRow;
import org.junit.jupiter.api.Test;

/**
 * Every demo pupil passes the import's own rules, so the demo start-up cannot fail on its data, and the
 * generated city has the shape the indicators expect.
 */
class DemoPupilsValidityTest {

    @Test
    void populationCohortsCoverEveryTownAgeSexAndBasisForTwoYears() {
        DemoCity city = DemoCity.generate(DemoScale.CITY, 20260901L);
        long towns = city.units().stream().filter(u -> u.kind().equals("TOWN")).count();
        List<String[]> rows = org.edugov.demo.DemoPopulation.generate(city.units(), 13L, 2026);
        assertThat(rows).hasSize((int) (towns * 2 * 19 * 2 * 2));
        assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r[5])).isPositive());
        assertThat(rows.stream().map(r -> r[0] + r[1] + r[2] + r[3] + r[4]).distinct().count()).isEqualTo(rows.size());
    }

    @Test
    void generatedTeachersHaveValidIdentitiesAndPlausibleShares() {
        DemoCity city = DemoCity.generate(DemoScale.CITY, 20260901L);
        List<String[]> teachers = DemoTeachers.generate(city.units(), DemoPupils.countyCodes(city.units()), 11L,
                LocalDate.of(2026, 11, 27));
        assertThat(teachers).hasSizeBetween(10_000, 25_000);
        Set<String> ids = new HashSet<>();
        long bachelorOrAbove = 0;
        for (String[] t : teachers) {
            assertThat(t).hasSize(13);
            ids.add(IdNumber.parse(t[2]).value());
            bachelorOrAbove += t[5].equals("21") || t[5].equals("14") ? 1 : 0;
        }
        assertThat(ids).hasSameSizeAs(teachers);
        assertThat((double) bachelorOrAbove / teachers.size()).isBetween(0.6, 0.95);
    }

    @Test
    void everyGeneratedPupilIsValidAndUniqueWithPlausibleShares() {
        DemoCity city = DemoCity.generate(DemoScale.CITY, 20260901L);
        Map<String, PupilRowValidator.SchoolRef> schools = new HashMap<>();
        long id = 1;
        for (OrgImportRow u : city.units()) {
            if (u.schoolType() != null) {
                schools.put(u.code(), new PupilRowValidator.SchoolRef(id++, "419901", u.schoolType()));
            }
        }
        PupilRowValidator validator = new PupilRowValidator((type, raw) -> Optional.of(raw),
                code -> Optional.ofNullable(schools.get(code)), LocalDate.of(2026, 11, 27));
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int[] counts = new int[4];
        int total = DemoPupils.generate(city.units(), 7L, 2026, row -> {
            var result = validator.validate(PupilImportRow.of(new SheetRow(2, Arrays.asList(row))));
            if (!result.errors().isEmpty() && problems.size() < 5) {
                problems.add(Arrays.toString(row) + " " + result.errors());
            }
            if (!ids.add(row[3])) {
                problems.add("duplicate " + row[3]);
            }
            int age = IdNumber.parse(row[3]).ageOn(LocalDate.of(2026, 9, 1));
            counts[0] += age > Grade.valueOf(row[9]).typicalAge() ? 1 : 0;
            counts[1] += row[16].isEmpty() ? 0 : 1;
            counts[2] += row[14].equals("是") ? 1 : 0;
            counts[3] += row[6].equals("1") ? 1 : 0;
        });
        assertThat(problems).isEmpty();
        assertThat(total).isBetween(200_000, 260_000);
        assertThat((double) counts[0] / total).as("over-age share").isBetween(0.01, 0.03);
        assertThat((double) counts[1] / total).as("disabled share").isBetween(0.003, 0.012);
        assertThat((double) counts[2] / total).as("migrant share").isBetween(0.06, 0.10);
        assertThat((double) counts[3] / total).as("boys").isBetween(0.50, 0.54);
    }
}
