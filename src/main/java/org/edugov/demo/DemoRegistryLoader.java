package org.edugov.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgUnit;
import org.edugov.registry.PopulationImports;
import org.edugov.registry.PupilImports;
import org.edugov.registry.RowError;
import org.edugov.registry.TeacherImports;
import org.edugov.registry.SchoolProfiles;
import org.edugov.shared.DataScope;
import org.edugov.shared.SchoolYear;
import org.springframework.stereotype.Component;

/**
 * Fills the demo city's registry: a profile per school, then the generated pupils written to a CSV file in
 * the import template's format and imported through the registry's own import, so demo data passes the
 * same checks as a bureau's file.
 */
@Component
class DemoRegistryLoader {

    private final PupilImports pupils;
    private final SchoolProfiles profiles;
    private final OrgDirectory directory;
    private final Clock clock;
    private final TeacherImports teachers;
    private final PopulationImports population;

    DemoRegistryLoader(PupilImports pupils, SchoolProfiles profiles, OrgDirectory directory, Clock clock,
            TeacherImports teachers, PopulationImports population) {
        this.clock = clock;
        this.teachers = teachers;
        this.population = population;
        this.pupils = pupils;
        this.profiles = profiles;
        this.directory = directory;
    }

    int load(DemoCity city) {
        Map<String, OrgImportRow> byCode = new HashMap<>();
        city.units().forEach(u -> byCode.put(u.code(), u));
        for (OrgImportRow unit : city.units()) {
            if (unit.schoolType() != null) {
                OrgUnit school = directory.findByCode(DataScope.all(0), unit.code()).orElseThrow();
                profiles.save(school.id(), school.countyCode(), ownership(unit), false, null,
                        urbanRural(unit, byCode), DemoSchoolStages.of(unit.schoolType()),
                        unit.schoolType().equals("311") && unit.name().contains("镇"), "demo");
            }
        }
        List<RowError> teacherErrors = teachers.importRows(CurrentUser.system(), DemoTeachers.generate(city.units(),
                DemoPupils.countyCodes(city.units()), 11L, LocalDate.now(clock)));
        if (!teacherErrors.isEmpty()) {
            throw new IllegalStateException("Demo teacher import failed: " + teacherErrors.stream().limit(5).toList());
        }
        List<RowError> populationErrors = population.importRows(CurrentUser.system(),
                DemoPopulation.generate(city.units(), 13L, LocalDate.now(clock).getYear()));
        if (!populationErrors.isEmpty()) {
            throw new IllegalStateException("Demo population import failed: "
                    + populationErrors.stream().limit(5).toList());
        }
        Path file = writeCsv(city);
        try {
            PupilImports.Result result = pupils.importFile(CurrentUser.system(), file);
            if (!result.ok()) {
                throw new IllegalStateException("Demo pupil import failed: " + result.failureKey() + " "
                        + result.errors().stream().limit(5).toList());
            }
            return result.created();
        } finally {
            delete(file);
        }
    }

    private static String ownership(OrgImportRow school) {
        return school.schoolType().equals("111") && school.name().contains("民办") ? "2" : "1";
    }

    /** 街道 → 主城区, 镇 → 镇中心区, 乡 → 乡中心区 by the school's town; schools above towns count as urban. */
    private static String urbanRural(OrgImportRow school, Map<String, OrgImportRow> byCode) {
        OrgImportRow parent = byCode.get(school.parentCode());
        while (parent != null && parent.kind().equals("SCHOOL")) {
            parent = byCode.get(parent.parentCode());
        }
        if (parent == null || !parent.kind().equals("TOWN")) {
            return "111";
        }
        return parent.name().endsWith("街道") ? "111" : parent.name().endsWith("镇") ? "121" : "210";
    }

    private Path writeCsv(DemoCity city) {
        try {
            Path file = Files.createTempFile("edugov-demo-pupils", ".csv");
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(String.join(",", DemoSchoolStages.HEADER));
                w.write('\n');
                DemoPupils.generate(city.units(), 7L, SchoolYear.containing(LocalDate.now(clock)).startYear(), row -> {
                    try {
                        w.write(String.join(",", row));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
