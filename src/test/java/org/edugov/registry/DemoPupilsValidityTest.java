package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.edugov.demo.DemoCity;
import org.edugov.demo.DemoPupilFile;
import org.edugov.demo.DemoRegistry;
import org.edugov.demo.DemoScale;
import org.edugov.dict.Dictionaries;
import org.edugov.org.OrgImportRow;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetRow;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Generated pupils pass the pupil import's own rules and their grades fit their schools' types, so the files
 * the demo writes can be imported and the bulk load never meets a row the import would refuse.
 */
class DemoPupilsValidityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void everyGradeAndClassFitsItsSchoolTypeAndSampledRowsPassTheImportRules() {
        List<OrgImportRow> units = DemoCity.generate(DemoScale.CITY, 20260901L).units();
        DemoRegistry registry = DemoRegistry.of(units, 20260901L, TODAY);
        Map<String, String> types = new HashMap<>();
        Map<String, PupilRowValidator.SchoolRef> schools = new HashMap<>();
        long id = 1;
        for (OrgImportRow u : units) {
            if (u.schoolType() != null) {
                types.put(u.code(), u.schoolType());
                schools.put(u.code(), new PupilRowValidator.SchoolRef(id++, "419901", u.schoolType()));
            }
        }
        PupilRowValidator validator = new PupilRowValidator((type, raw) -> Optional.of(raw),
                code -> Optional.ofNullable(schools.get(code)), TODAY);
        List<String> problems = new ArrayList<>();
        AtomicLong n = new AtomicLong();
        registry.classes().filter(c -> !SchoolGrades.allows(types.get(c.schoolCode()), c.grade()))
                .forEach(c -> problems.add("class " + c));
        registry.pupils().forEach(p -> {
            if (!SchoolGrades.allows(types.get(p.schoolCode()), p.grade())) {
                problems.add("grade " + p.grade() + " in " + p.schoolCode());
            }
            if (n.incrementAndGet() % 5 == 0) {
                String[] row = DemoPupilFile.row(p);
                var result = validator.validate(PupilImportRow.of(new SheetRow(2, Arrays.asList(row))));
                if (!result.errors().isEmpty()) {
                    problems.add(Arrays.toString(row) + " " + result.errors());
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(n.get()).isEqualTo(registry.pupilCount());
    }

    @Test
    void writtenFilesCarryTheTemplateHeadersInOrder() {
        Dictionaries dict = Mockito.mock(Dictionaries.class);
        List<String> template = PupilImportColumns.columns(dict).stream().map(SheetColumn::headerZh).toList();

        assertThat(DemoPupilFile.HEADER).isEqualTo(template);
    }
}
