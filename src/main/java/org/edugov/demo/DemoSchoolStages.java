package org.edugov.demo;

import java.util.List;

/** Stages a demo school offers by its type, and the pupil template header the demo file carries. */
final class DemoSchoolStages {

    static final List<String> HEADER = List.of("学校标识码", "姓名", "证件类型", "证件号码", "无证件原因", "学籍号", "性别",
            "出生日期", "民族", "年级", "班级", "入学日期", "户籍地址", "户口性质", "随迁子女", "留守儿童", "残疾类别", "残疾等级",
            "安置方式");

    private DemoSchoolStages() {
    }

    static List<String> of(String schoolType) {
        return switch (schoolType) {
            case "111" -> List.of("PRESCHOOL");
            case "211", "218" -> List.of("PRIMARY");
            case "311" -> List.of("JUNIOR");
            case "312" -> List.of("PRIMARY", "JUNIOR");
            case "341" -> List.of("JUNIOR", "SENIOR");
            case "342" -> List.of("SENIOR");
            case "345" -> List.of("PRIMARY", "JUNIOR", "SENIOR");
            case "511", "512", "513", "514" -> List.of("SPECIAL");
            default -> List.of("VOCATIONAL");
        };
    }
}
