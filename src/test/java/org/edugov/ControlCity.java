package org.edugov;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.org.ImportResult;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgImportRow;
import org.edugov.org.OrgTreeImport;
import org.edugov.org.OrgUnit;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.edugov.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A second city beside the demo city, outside the scope of every demo account except the system
 * administrator. Its names carry a marker that must never appear in a response to anyone else.
 */
@Component
public class ControlCity {

    public static final String MARKER = "对照ZQX";
    public static final String CITY = "429900";
    public static final String COUNTY = "429901";
    public static final String TOWN = "429901001000";
    public static final String SCHOOL = "1429901001";
    public static final String USER = "control_admin";
    public static final String PHONE = "13900004321";
    public static final String POPULATION = "4321987";
    public static final String PUPIL_ID_NUMBER = TestIds.of("429901", LocalDate.of(2016, 3, 14), 913);

    private final OrgTreeImport importer;
    private final OrgDirectory directory;
    private final UserAccountService users;
    private final JdbcClient jdbc;

    ControlCity(OrgTreeImport importer, OrgDirectory directory, UserAccountService users, JdbcClient jdbc) {
        this.importer = importer;
        this.directory = directory;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** Creates the control city once per database; later calls find it. */
    public synchronized void ensure() {
        if (directory.findByCode(DataScope.all(0), CITY).isPresent()) {
            return;
        }
        ImportResult result = importer.importRows(CurrentUser.system(), List.of(
                new OrgImportRow(2, "CITY", CITY, MARKER + "市", null, null),
                new OrgImportRow(3, "COUNTY", COUNTY, MARKER + "县", CITY, null),
                new OrgImportRow(4, "TOWN", TOWN, MARKER + "镇", COUNTY, null),
                new OrgImportRow(5, "SCHOOL", SCHOOL, MARKER + "小学", TOWN, "211")), LocalDate.of(2020, 9, 1));
        assertThat(result.errors()).isEmpty();
        long role = users.roleByCode("CITY_ADMIN").orElseThrow().id();
        users.create(CurrentUser.system(), new UserCommand(USER, MARKER + "管理员", unit(CITY).id(), role, PHONE,
                true, List.of(), "control2026secret"), false);
        long school = unit(SCHOOL).id();
        long pupil = jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, grade, name, id_type, id_number, student_no, sex,
                                            birth_date, entered_on, created_by)
                VALUES (:county, :school, 'P4', :name, '1', :id, :studentNo, '1', DATE '2016-03-14', DATE '2022-09-01',
                        'test') RETURNING id""")
                .param("county", COUNTY).param("school", school).param("name", MARKER + "学生")
                .param("id", PUPIL_ID_NUMBER).param("studentNo", "G" + PUPIL_ID_NUMBER).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, actor)
                VALUES (:pupil, :county, :school, 'ENROL', DATE '2022-09-01', 'test')""")
                .param("pupil", pupil).param("county", COUNTY).param("school", school).update();
        jdbc.sql("""
                INSERT INTO registry.teacher (county_code, school_id, name, id_number, sex, birth_date, staffing,
                                              created_by)
                VALUES (:county, :school, :name, :id, '2', DATE '1985-04-02', 'IN', 'test')""")
                .param("county", COUNTY).param("school", school).param("name", MARKER + "教师")
                .param("id", TestIds.of("429901", LocalDate.of(1985, 4, 2), 914)).update();
        jdbc.sql("""
                INSERT INTO registry.population (town_id, county_code, year, basis, age, sex, persons)
                VALUES (:town, :county, 2025, 'RESIDENT', 6, '1', CAST(:persons AS int))""")
                .param("town", unit(TOWN).id()).param("county", COUNTY).param("persons", POPULATION).update();
    }

    public long pupilId() {
        return jdbc.sql("SELECT id FROM registry.pupil WHERE id_number = :id").param("id", PUPIL_ID_NUMBER)
                .query(Long.class).single();
    }

    public OrgUnit unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow();
    }

    public long userId() {
        return jdbc.sql("SELECT id FROM org.user_account WHERE username = :u").param("u", USER).query(Long.class)
                .single();
    }
}
