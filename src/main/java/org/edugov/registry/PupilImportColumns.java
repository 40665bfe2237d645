package org.edugov.registry;

import java.util.List;
import org.edugov.dict.DictType;
import org.edugov.dict.Dictionaries;
import org.edugov.spreadsheet.SheetColumn;

/** The pupil import template: column order, headers in both languages, notes and drop-downs. */
final class PupilImportColumns {

    static final int SCHOOL = 0;
    static final int NAME = 1;
    static final int ID_TYPE = 2;
    static final int ID_NUMBER = 3;
    static final int NO_ID_REASON = 4;
    static final int STUDENT_NO = 5;
    static final int SEX = 6;
    static final int BIRTH_DATE = 7;
    static final int ETHNICITY = 8;
    static final int GRADE = 9;
    static final int CLASS = 10;
    static final int ENTERED_ON = 11;
    static final int HUKOU_ADDRESS = 12;
    static final int HUKOU_TYPE = 13;
    static final int MIGRANT = 14;
    static final int LEFT_BEHIND = 15;
    static final int DISABILITY = 16;
    static final int DISABILITY_GRADE = 17;
    static final int PLACEMENT = 18;

    /** Message-key suffixes of the columns, for error descriptions ("import.column.pupil.*"). */
    static final List<String> KEYS = List.of("schoolCode", "name", "idType", "idNumber", "noIdReason", "studentNo",
            "sex", "birthDate", "ethnicity", "grade", "className", "enteredOn", "hukouAddress", "hukouType", "migrant",
            "leftBehind", "disability", "disabilityGrade", "placement");

    private PupilImportColumns() {
    }

    static List<SheetColumn> columns(Dictionaries dict) {
        List<String> yesNo = List.of("是", "否");
        return List.of(
                col(0, "学校标识码", "School code", "必填，10 位学校标识码", true, List.of()),
                col(1, "姓名", "Name", "必填", true, List.of()),
                col(2, "证件类型", "ID type", "必填", true, dict.dropDownValues(DictType.ID_TYPE)),
                col(3, "证件号码", "ID number", "证件类型为无证件时可空；身份证须 18 位（15 位自动升级）", false, List.of()),
                col(4, "无证件原因", "Reason for no ID", "证件类型为无证件时必填", false, List.of()),
                col(5, "学籍号", "Student number", "必填；身份证学生为 G+身份证号", true, List.of()),
                col(6, "性别", "Sex", "必填，须与身份证一致", true, dict.dropDownValues(DictType.GENDER)),
                col(7, "出生日期", "Birth date", "必填，yyyy-MM-dd，须与身份证一致", true, List.of()),
                col(8, "民族", "Ethnicity", null, false, dict.dropDownValues(DictType.ETHNICITY)),
                col(9, "年级", "Grade", "必填，须为学校开设的年级", true, dict.dropDownValues(DictType.GRADE)),
                col(10, "班级", "Class", "本学年班级名称，不存在时自动创建", false, List.of()),
                col(11, "入学日期", "Enrolment date", "必填，yyyy-MM-dd", true, List.of()),
                col(12, "户籍地址", "Hukou address", null, false, List.of()),
                col(13, "户口性质", "Hukou type", null, false, dict.dropDownValues(DictType.HUKOU_TYPE)),
                col(14, "随迁子女", "Migrant child", "是/否", false, yesNo),
                col(15, "留守儿童", "Left-behind child", "是/否", false, yesNo),
                col(16, "残疾类别", "Disability", null, false, dict.dropDownValues(DictType.DISABILITY)),
                col(17, "残疾等级", "Disability grade", "填写残疾类别时必填", false,
                        dict.dropDownValues(DictType.DISABILITY_GRADE)),
                col(18, "安置方式", "Disability placement", "填写残疾类别时必填", false,
                        dict.dropDownValues(DictType.DISABILITY_PLACEMENT)));
    }

    private static SheetColumn col(int index, String zh, String en, String note, boolean required, List<String> choices) {
        return new SheetColumn(KEYS.get(index), zh, en, note, required, choices);
    }
}
