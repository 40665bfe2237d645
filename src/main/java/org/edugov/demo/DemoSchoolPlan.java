package org.edugov.demo;

import java.time.LocalDate;
import java.util.List;
import org.edugov.org.OrgImportRow;
import org.edugov.registry.Grade;
import org.edugov.shared.Stage;

/**
 * Everything decided about one school before any person is generated: where it lies, who runs it, and its
 * classes with their sizes. Pupils, teachers, facilities and population are all derived from these plans,
 * so each can be generated on its own and still agree with the others.
 *
 * @param county the registry's county code (the city's code for 市直 schools)
 * @param homeCounty the county whose people attend (a county of the city for 市直 schools): hukou addresses
 *     and the region prefix of identity numbers come from it
 * @param townCode null for schools run by a city or county
 * @param index position among all schools, for per-school random streams
 * @param inclusiveSince recognition as 普惠性民办 kindergarten, null for all others
 */
record DemoSchoolPlan(OrgImportRow unit, int index, String county, String countyName, String homeCounty,
        String townCode, String townName, Location location, boolean village, boolean districtCounty,
        String ownership, LocalDate inclusiveSince, String urbanRural, boolean boarding, List<Stage> stages, List<PlannedClass> classes) {

    /** Who runs the school and where: 市直, 县直, or a school of a 街道, 镇 or 乡. */
    enum Location {
        CITY, COUNTY, STREET, TOWN, TOWNSHIP;

        boolean rural() {
            return this == TOWN || this == TOWNSHIP;
        }
    }

    /** A class and how many pupils of each grade it has; a 复式班 has more than one grade. */
    record PlannedClass(String name, List<Grade> grades, List<Integer> counts, boolean special) {

        Grade grade() {
            return grades.getFirst();
        }

        boolean multigrade() {
            return grades.size() > 1;
        }

        int size() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    String code() {
        return unit.code();
    }

    String schoolType() {
        return unit.schoolType();
    }

    int pupils() {
        return classes.stream().mapToInt(PlannedClass::size).sum();
    }

    int pupils(Stage stage) {
        int n = 0;
        for (PlannedClass c : classes) {
            for (int i = 0; i < c.grades().size(); i++) {
                n += c.grades().get(i).stage() == stage ? c.counts().get(i) : 0;
            }
        }
        return n;
    }

    boolean compulsory() {
        return stages.contains(Stage.PRIMARY) || stages.contains(Stage.JUNIOR) || stages.contains(Stage.SPECIAL);
    }

    boolean special() {
        return stages.contains(Stage.SPECIAL);
    }
}
