package org.edugov.registry;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.org.CurrentUser;
import org.edugov.shared.CopyFormat;
import org.edugov.shared.IdNumber;
import org.edugov.shared.IdNumberException;
import org.edugov.shared.Sex;
import org.edugov.shared.SqlCondition;
import org.edugov.spreadsheet.SheetColumn;
import org.edugov.spreadsheet.SheetRow;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teacher import: every row checked (identity number, sex and birth date against it, school in scope,
 * dictionary codes), one record per identity number in the file and in the registry; on no error the
 * teachers and their current postings are written with COPY in one transaction.
 */
@Service
class TeacherImport {

    static final int MAX_ROWS = 700_000;
    static final List<String> KEYS = List.of("schoolCode", "name", "idNumber", "staffing", "fullTime", "education",
            "title", "subject", "stage", "backbone", "dualQualified", "psychology", "atSchoolSince");
    static final List<SheetColumn> COLUMNS = List.of(
            new SheetColumn(KEYS.get(0), "学校标识码", "School code", "必填", true, List.of()),
            new SheetColumn(KEYS.get(1), "姓名", "Name", "必填", true, List.of()),
            new SheetColumn(KEYS.get(2), "身份证号", "ID number", "必填，18 位", true, List.of()),
            new SheetColumn(KEYS.get(3), "编制", "Staffing", "在编 或 非在编", true, List.of("在编", "非在编")),
            new SheetColumn(KEYS.get(4), "专任教师", "Full-time teacher", "是/否，空为是", false, List.of("是", "否")),
            new SheetColumn(KEYS.get(5), "最高学历", "Education", null, false, List.of()),
            new SheetColumn(KEYS.get(6), "职称", "Title", null, false, List.of()),
            new SheetColumn(KEYS.get(7), "任教学科", "Subject", null, false, List.of()),
            new SheetColumn(KEYS.get(8), "任教学段", "Stage", null, false, List.of()),
            new SheetColumn(KEYS.get(9), "骨干级别", "Backbone level", "国家/省/市/县", false, List.of("国家", "省", "市", "县")),
            new SheetColumn(KEYS.get(10), "双师型", "Dual-qualified", "中职专业课教师：是/否", false, List.of("是", "否")),
            new SheetColumn(KEYS.get(11), "心理健康教师", "Psychology teacher", "专职/兼职", false, List.of("专职", "兼职")),
            new SheetColumn(KEYS.get(12), "本校任职起始日期", "At this school since", "yyyy-MM-dd", false, List.of()));
    static final InlineImport INLINE = new InlineImport("teacher", COLUMNS, MAX_ROWS, "import.column.teacher.",
            "nav.teachers");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Dictionaries dictionaries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TeacherImport(JdbcClient jdbc, DataSource dataSource, Dictionaries dictionaries, AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.dictionaries = dictionaries;
        this.audit = audit;
    }

    private record Teacher(long schoolId, String county, String name, IdNumber id, String staffing, boolean fullTime,
            String education, String title, String subject, String stage, String backbone, boolean dual,
            String psychology, LocalDate since) {
    }

    @Transactional
    List<RowError> importRows(CurrentUser user, List<SheetRow> rows, LocalDate today) {
        Map<String, School> schools = schools(user);
        List<RowError> errors = new ArrayList<>();
        List<Teacher> teachers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow r : rows) {
            parse(r, schools, today, errors).ifPresent(t -> {
                Integer twin = seen.putIfAbsent(t.id().value(), r.rowNumber());
                if (twin != null) {
                    errors.add(new RowError(r.rowNumber(), "idNumber", "pupil.import.id.duplicateInFile",
                            List.of(twin)));
                } else {
                    teachers.add(t);
                }
            });
        }
        for (String id : existing(teachers)) {
            errors.add(new RowError(seen.get(id), "idNumber", "teacher.import.exists", List.of()));
        }
        errors.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        if (errors.isEmpty() && teachers.isEmpty()) {
            errors.add(new RowError(0, "idNumber", "import.empty", List.of()));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        copy(teachers, user.username());
        events.publishEvent(new SchoolRecordsChanged(teachers.stream().map(Teacher::schoolId).distinct().toList()));
        audit.changed(user.actor(), AuditAction.IMPORT, "TeacherImport", teachers.size() + " teachers",
                user.orgUnit() == null ? null : user.orgUnit().path(),
                FieldChange.created(Map.of("teachers", teachers.size())));
        return List.of();
    }

    private Optional<Teacher> parse(SheetRow r, Map<String, School> schools, LocalDate today, List<RowError> errors) {
        int before = errors.size();
        School school = schools.get(r.cell(0));
        if (school == null) {
            errors.add(err(r, 0, "pupil.import.school.unknown", r.cell(0)));
        }
        if (r.cell(1).isEmpty()) {
            errors.add(err(r, 1, "pupil.import.required"));
        }
        IdNumber id = null;
        try {
            id = IdNumber.parse(r.cell(2), today);
        } catch (IdNumberException e) {
            errors.add(err(r, 2, "pupil.import.id." + e.reason().name()));
        }
        String staffing = switch (r.cell(3)) {
            case "在编", "IN" -> "IN";
            case "非在编", "OUT" -> "OUT";
            default -> null;
        };
        if (staffing == null) {
            errors.add(err(r, 3, "teacher.import.staffing", r.cell(3)));
        }
        String education = code(r, 5, DictType.EDUCATION, errors);
        String title = code(r, 6, DictType.TEACHER_TITLE, errors);
        String stage = code(r, 8, DictType.STAGE, errors);
        String psychology = switch (r.cell(11)) {
            case "" -> null;
            case "专职", "FULL" -> "FULL";
            case "兼职", "PART" -> "PART";
            default -> {
                errors.add(err(r, 11, "teacher.import.psychology", r.cell(11)));
                yield null;
            }
        };
        LocalDate since = null;
        if (!r.cell(12).isEmpty()) {
            since = ImportDates.parse(r.cell(12)).filter(d -> !d.isAfter(today)).orElse(null);
            if (since == null) {
                errors.add(err(r, 12, "pupil.import.date.malformed", r.cell(12)));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Teacher(school.id(), school.county(), r.cell(1), id, staffing, !r.cell(4).equals("否"),
                education, title, blankToNull(r.cell(7)), stage, blankToNull(r.cell(9)), r.cell(10).equals("是"),
                psychology, since));
    }

    private String code(SheetRow r, int column, DictType type, List<RowError> errors) {
        if (r.cell(column).isEmpty()) {
            return null;
        }
        return dictionaries.codeForLabel(type, r.cell(column)).orElseGet(() -> {
            errors.add(err(r, column, "pupil.import.code.unknown", r.cell(column)));
            return null;
        });
    }

    private record School(long id, String county) {
    }

    private Map<String, School> schools(CurrentUser user) {
        SqlCondition inScope = user.scope().condition("u.path");
        Map<String, School> schools = new HashMap<>();
        jdbc.sql("SELECT id, code, county_code FROM org.unit_scope u WHERE u.kind IN ('SCHOOL', 'TEACHING_POINT') "
                        + "AND u.active AND " + inScope.sql())
                .params(inScope.params())
                .query((rs, i) -> schools.put(rs.getString("code"),
                        new School(rs.getLong("id"), rs.getString("county_code"))))
                .list();
        return schools;
    }

    private Set<String> existing(List<Teacher> teachers) {
        Set<String> found = new HashSet<>();
        List<String> ids = teachers.stream().map(t -> t.id().value()).toList();
        for (int from = 0; from < ids.size(); from += 10_000) {
            found.addAll(jdbc.sql("SELECT id_number FROM registry.teacher WHERE NOT voided AND id_number IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 10_000))).query(String.class).list());
        }
        return found;
    }

    private void copy(List<Teacher> teachers, String actor) {
        List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('registry.teacher', 'id')) "
                + "FROM generate_series(1, :n)").param("n", teachers.size()).query(Long.class).list();
        StringBuilder rows = new StringBuilder();
        StringBuilder postings = new StringBuilder();
        for (int i = 0; i < teachers.size(); i++) {
            Teacher t = teachers.get(i);
            Object[] v = {ids.get(i), t.county(), t.schoolId(), t.name(), t.id().value(),
                t.id().sex() == Sex.MALE ? "1" : "2", t.id().birthDate(), t.staffing(), t.fullTime(), t.education(),
                t.title(), t.subject(), t.stage(), t.backbone(), t.dual(), t.psychology(), t.since(), actor};
            line(rows, v);
            line(postings, new Object[] {ids.get(i), t.schoolId(), t.since() == null
                ? TeacherPostingRules.UNKNOWN_START : t.since()});
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            var api = c.unwrap(PGConnection.class).getCopyAPI();
            api.copyIn("COPY registry.teacher (id, county_code, school_id, name, id_number, sex, birth_date, staffing, "
                    + "full_time, education, title, subject, stage, backbone_level, dual_qualified, psychology, "
                    + "at_school_since, created_by) FROM STDIN", new StringReader(rows.toString()));
            api.copyIn("COPY registry.teacher_posting (teacher_id, school_id, valid_from) FROM STDIN",
                    new StringReader(postings.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of teachers failed", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static void line(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : "\t").append(CopyFormat.field(values[i]));
        }
        out.append('\n');
    }

    private static RowError err(SheetRow r, int column, String key, Object... args) {
        return new RowError(r.rowNumber(), KEYS.get(column), key, List.of(args));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
