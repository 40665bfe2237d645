package org.edugov.registry;

import static org.edugov.registry.PupilImportColumns.BIRTH_DATE;
import static org.edugov.registry.PupilImportColumns.CLASS;
import static org.edugov.registry.PupilImportColumns.DISABILITY;
import static org.edugov.registry.PupilImportColumns.DISABILITY_GRADE;
import static org.edugov.registry.PupilImportColumns.ENTERED_ON;
import static org.edugov.registry.PupilImportColumns.ETHNICITY;
import static org.edugov.registry.PupilImportColumns.GRADE;
import static org.edugov.registry.PupilImportColumns.HUKOU_ADDRESS;
import static org.edugov.registry.PupilImportColumns.HUKOU_TYPE;
import static org.edugov.registry.PupilImportColumns.ID_NUMBER;
import static org.edugov.registry.PupilImportColumns.ID_TYPE;
import static org.edugov.registry.PupilImportColumns.LEFT_BEHIND;
import static org.edugov.registry.PupilImportColumns.MIGRANT;
import static org.edugov.registry.PupilImportColumns.NAME;
import static org.edugov.registry.PupilImportColumns.NO_ID_REASON;
import static org.edugov.registry.PupilImportColumns.PLACEMENT;
import static org.edugov.registry.PupilImportColumns.SCHOOL;
import static org.edugov.registry.PupilImportColumns.SEX;
import static org.edugov.registry.PupilImportColumns.STUDENT_NO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.edugov.dict.DictType;
import org.edugov.shared.IdNumber;
import org.edugov.shared.IdNumberException;
import org.edugov.shared.Sex;

/**
 * Every rule of the pupil template, applied to one row: plain Java, no database, so each rule is a unit
 * test. Schools and dictionary codes come through small lookups the import service provides.
 */
final class PupilRowValidator {

    /** A dictionary lookup that accepts a code, a label or "code label". */
    interface Codes {
        Optional<String> code(DictType type, String raw);
    }

    /** The schools the importer may import into, by 学校标识码. */
    interface Schools {
        Optional<SchoolRef> byCode(String code);
    }

    /** A school the importer may write to. */
    record SchoolRef(long id, String countyCode, String schoolType) {
    }

    /** The outcome for one row: a draft when there is no error. */
    record Result(PupilDraft draft, List<RowError> errors) {
    }

    private static final int MAX_NAME = 50;
    private static final int MAX_CLASS = 30;
    private static final int MAX_ADDRESS = 200;
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "");

    private final Codes codes;
    private final Schools schools;
    private final LocalDate today;

    PupilRowValidator(Codes codes, Schools schools, LocalDate today) {
        this.codes = codes;
        this.schools = schools;
        this.today = today;
    }

    Result validate(PupilImportRow row) {
        Cells c = new Cells(row);
        SchoolRef school = c.required(SCHOOL).flatMap(code -> {
            Optional<SchoolRef> found = schools.byCode(code);
            if (found.isEmpty()) {
                c.error(SCHOOL, "pupil.import.school.unknown", code);
            }
            return found;
        }).orElse(null);
        String name = c.text(NAME, true, MAX_NAME);
        String idType = c.code(ID_TYPE, DictType.ID_TYPE, true);
        Identity id = identity(c, idType);
        String sex = c.code(SEX, DictType.GENDER, true);
        LocalDate birth = c.date(BIRTH_DATE, true);
        checkAgainstId(c, id, sex, birth);
        String grade = c.code(GRADE, DictType.GRADE, true);
        if (school != null && grade != null && !SchoolGrades.allows(school.schoolType(), Grade.valueOf(grade))) {
            c.error(GRADE, "pupil.import.grade.notOffered", c.raw(GRADE));
        }
        LocalDate entered = c.date(ENTERED_ON, true);
        if (entered != null && birth != null && !entered.isAfter(birth)) {
            c.error(ENTERED_ON, "pupil.import.enteredBeforeBirth");
        }
        Details details = details(c);
        if (!c.errors.isEmpty()) {
            return new Result(null, c.errors);
        }
        return new Result(new PupilDraft(row.rowNumber(), school.id(), school.countyCode(), name, idType, id.number,
                id.noIdReason, id.studentNo, sex, birth, details.ethnicity, grade, details.className, entered,
                details.hukouAddress, details.hukouType, details.migrant, details.leftBehind, details.disability,
                details.disabilityGrade, details.placement), List.of());
    }

    private record Details(String ethnicity, String className, String hukouAddress, String hukouType,
            boolean migrant, boolean leftBehind, String disability, String disabilityGrade, String placement) {
    }

    /** The optional columns; each still must be valid when filled in. */
    private static Details details(Cells c) {
        String disability = c.code(DISABILITY, DictType.DISABILITY, false);
        String disabilityGrade = c.code(DISABILITY_GRADE, DictType.DISABILITY_GRADE, disability != null);
        String placement = c.code(PLACEMENT, DictType.DISABILITY_PLACEMENT, disability != null);
        if (disability == null && (disabilityGrade != null || placement != null)) {
            c.error(DISABILITY, "pupil.import.disability.missing");
        }
        return new Details(c.code(ETHNICITY, DictType.ETHNICITY, false), c.text(CLASS, false, MAX_CLASS),
                c.text(HUKOU_ADDRESS, false, MAX_ADDRESS), c.code(HUKOU_TYPE, DictType.HUKOU_TYPE, false),
                c.yesNo(MIGRANT), c.yesNo(LEFT_BEHIND), disability, disabilityGrade, placement);
    }

    private record Identity(String number, String noIdReason, String studentNo, IdNumber parsed) {
    }

    private Identity identity(Cells c, String idType) {
        Optional<String> raw = c.optional(ID_NUMBER);
        Optional<String> reason = c.optional(NO_ID_REASON);
        String studentNo = c.required(STUDENT_NO).map(String::toUpperCase).orElse(null);
        if (IdType.NONE.code().equals(idType)) {
            raw.ifPresent(x -> c.error(ID_NUMBER, "pupil.import.id.notExpected"));
            if (reason.isEmpty()) {
                c.error(NO_ID_REASON, "pupil.import.noIdReason.required");
            }
            checkProvisionalNumber(c, studentNo);
            return new Identity(null, reason.orElse(null), studentNo, null);
        }
        if (raw.isEmpty()) {
            if (idType != null) {
                c.error(ID_NUMBER, "pupil.import.required");
            }
            return new Identity(null, null, studentNo, null);
        }
        if (IdType.ID_CARD.code().equals(idType)) {
            try {
                IdNumber parsed = IdNumber.parse(raw.get(), today);
                if (studentNo != null && !studentNo.equals("G" + parsed.value())) {
                    c.error(STUDENT_NO, "pupil.import.studentNo.notG", "G" + parsed.masked());
                }
                return new Identity(parsed.value(), null, studentNo, parsed);
            } catch (IdNumberException e) {
                c.error(ID_NUMBER, "pupil.import.id." + e.reason().name());
                return new Identity(null, null, studentNo, null);
            }
        }
        if (!raw.get().matches("^[A-Za-z0-9()（）-]{5,30}$")) {
            c.error(ID_NUMBER, "pupil.import.id.document");
        }
        checkProvisionalNumber(c, studentNo);
        return new Identity(raw.get().toUpperCase(), null, studentNo, null);
    }

    private static void checkProvisionalNumber(Cells c, String studentNo) {
        if (studentNo != null && !studentNo.matches("^[LJ][A-Z0-9]{10,20}$")) {
            c.error(STUDENT_NO, "pupil.import.studentNo.provisional");
        }
    }

    private static void checkAgainstId(Cells c, Identity id, String sex, LocalDate birth) {
        if (id.parsed == null) {
            return;
        }
        String sexOfId = id.parsed.sex() == Sex.MALE ? "1" : "2";
        if (sex != null && !sex.equals(sexOfId)) {
            c.error(SEX, "pupil.import.sex.mismatch");
        }
        if (birth != null && !birth.equals(id.parsed.birthDate())) {
            c.error(BIRTH_DATE, "pupil.import.birthDate.mismatch", id.parsed.birthDate());
        }
    }

    /** The cells of one row with the error list they feed. */
    private final class Cells {
        final PupilImportRow row;
        final List<RowError> errors = new ArrayList<>();

        Cells(PupilImportRow row) {
            this.row = row;
        }

        String raw(int column) {
            return row.cell(column);
        }

        Optional<String> optional(int column) {
            String v = row.cell(column);
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        Optional<String> required(int column) {
            Optional<String> v = optional(column);
            if (v.isEmpty()) {
                error(column, "pupil.import.required");
            }
            return v;
        }

        String code(int column, DictType type, boolean required) {
            Optional<String> raw = required ? required(column) : optional(column);
            return raw.map(v -> codes.code(type, v).orElseGet(() -> {
                error(column, "pupil.import.code.unknown", v);
                return null;
            })).orElse(null);
        }

        LocalDate date(int column, boolean required) {
            Optional<String> raw = required ? required(column) : optional(column);
            if (raw.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = ImportDates.parse(raw.get());
            if (date.isEmpty()) {
                error(column, "pupil.import.date.malformed", raw.get());
                return null;
            }
            if (date.get().isAfter(today) || date.get().getYear() < 1900) {
                error(column, "pupil.import.date.impossible", raw.get());
                return null;
            }
            return date.get();
        }

        /** 是/否, Y/N, yes/no, true/false, 1/0; empty means 否. */
        boolean yesNo(int column) {
            String v = row.cell(column).toLowerCase(Locale.ROOT);
            if (!YES.contains(v) && !NO.contains(v)) {
                error(column, "pupil.import.yesNo", row.cell(column));
            }
            return YES.contains(v);
        }

        String text(int column, boolean required, int maxLength) {
            Optional<String> v = required ? required(column) : optional(column);
            return v.filter(t -> check(t.length() <= maxLength, column, "pupil.import.tooLong", maxLength))
                    .orElse(null);
        }

        boolean check(boolean ok, int column, String key, Object... args) {
            if (!ok) {
                error(column, key, args);
            }
            return ok;
        }

        void error(int column, String key, Object... args) {
            errors.add(new RowError(row.rowNumber(), PupilImportColumns.KEYS.get(column), key, List.of(args)));
        }
    }
}
