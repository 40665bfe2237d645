package org.edugov.registry;

import org.edugov.spreadsheet.SheetRow;

/**
 * One row of the pupil import template exactly as uploaded (trimmed text, nothing interpreted yet), with
 * its row number as Excel shows it. The validator turns it into a {@link PupilDraft} or into errors.
 */
record PupilImportRow(int rowNumber, String schoolCode, String name, String idType, String idNumber,
        String noIdReason, String studentNo, String sex, String birthDate, String ethnicity, String grade,
        String className, String enteredOn, String hukouAddress, String hukouType, String migrant,
        String leftBehind, String disability, String disabilityGrade, String placement) {

    static PupilImportRow of(SheetRow row) {
        return new PupilImportRow(row.rowNumber(), row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4),
                row.cell(5), row.cell(6), row.cell(7), row.cell(8), row.cell(9), row.cell(10), row.cell(11),
                row.cell(12), row.cell(13), row.cell(14), row.cell(15), row.cell(16), row.cell(17), row.cell(18));
    }

    /** The cell of a column by its position in the template ({@link PupilImportColumns}); never null. */
    String cell(int column) {
        String value = switch (column) {
            case PupilImportColumns.SCHOOL -> schoolCode;
            case PupilImportColumns.NAME -> name;
            case PupilImportColumns.ID_TYPE -> idType;
            case PupilImportColumns.ID_NUMBER -> idNumber;
            case PupilImportColumns.NO_ID_REASON -> noIdReason;
            case PupilImportColumns.STUDENT_NO -> studentNo;
            case PupilImportColumns.SEX -> sex;
            case PupilImportColumns.BIRTH_DATE -> birthDate;
            case PupilImportColumns.ETHNICITY -> ethnicity;
            case PupilImportColumns.GRADE -> grade;
            case PupilImportColumns.CLASS -> className;
            case PupilImportColumns.ENTERED_ON -> enteredOn;
            case PupilImportColumns.HUKOU_ADDRESS -> hukouAddress;
            case PupilImportColumns.HUKOU_TYPE -> hukouType;
            case PupilImportColumns.MIGRANT -> migrant;
            case PupilImportColumns.LEFT_BEHIND -> leftBehind;
            case PupilImportColumns.DISABILITY -> disability;
            case PupilImportColumns.DISABILITY_GRADE -> disabilityGrade;
            case PupilImportColumns.PLACEMENT -> placement;
            default -> throw new IllegalArgumentException("no column " + column);
        };
        return value == null ? "" : value;
    }
}
