package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.TestIds;
import org.edugov.TestUsers;
import org.edugov.org.CurrentUser;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class TransferFlowTests {

    @Autowired
    TransferService transfers;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPupilMovesFromOneCountyToAnotherAfterThreeApprovals() {
        long fromSchool = school("419901", 3);
        long toSchool = school("419902", 3);
        String id = pupil("转学甲", fromSchool, "419901", 21);
        CurrentUser receiving = schoolAdmin("to_school_a", toSchool);
        long transfer = transfers.request(receiving, "G" + id, "转学甲", toSchool, "P4", "随父母工作调动");
        assertThat(state(transfer)).isEqualTo("AWAITING_FROM_SCHOOL");

        assertRefused(() -> transfers.decide(users.current("county_admin_1"), transfer, true, null),
                "transfer.notYourStep");
        assertThat(transfers.decide(schoolAdmin("from_school_a", fromSchool), transfer, true, "同意"))
                .isEqualTo(TransferState.AWAITING_FROM_COUNTY);
        assertThat(transfers.decide(users.current("county_admin_1"), transfer, true, null))
                .isEqualTo(TransferState.AWAITING_TO_COUNTY);
        assertRefused(() -> transfers.view(users.current("county_admin_3"), transfer), "transfer.notFound");
        assertThat(transfers.decide(users.current("county_admin_2"), transfer, true, null))
                .isEqualTo(TransferState.COMPLETED);

        assertThat(jdbc.sql("SELECT school_id || ':' || county_code || ':' || grade FROM registry.pupil WHERE id_number = :id")
                .param("id", id).query(String.class).single()).isEqualTo(toSchool + ":419902:P4");
        assertThat(jdbc.sql("""
                SELECT string_agg(kind, ',' ORDER BY e.id) FROM registry.pupil_event e
                  JOIN registry.pupil p ON p.id = e.pupil_id WHERE p.id_number = :id""")
                .param("id", id).query(String.class).single()).isEqualTo("ENROL,TRANSFER_OUT,TRANSFER_IN");
        assertRefused(() -> transfers.decide(users.current("county_admin_2"), transfer, true, null), "transfer.closed");
    }

    @Test
    void withinOneCountyTheCountyDecidesOnce() {
        long fromSchool = school("419903", 4);
        long toSchool = school("419903", 5);
        String id = pupil("转学乙", fromSchool, "419903", 23);
        long transfer = transfers.request(schoolAdmin("to_school_b", toSchool), "G" + id, "转学乙", toSchool, "P4",
                "就近入学");
        transfers.decide(schoolAdmin("from_school_b", fromSchool), transfer, true, null);
        assertThat(transfers.decide(users.current("county_admin_3"), transfer, true, null))
                .isEqualTo(TransferState.COMPLETED);
    }

    @Test
    void whoeverAskedDoesNotDecide() {
        long fromSchool = school("419904", 5);
        long toSchool = school("419904", 6);
        String id = pupil("转学丁", fromSchool, "419904", 27);
        CurrentUser county = users.current("county_admin_4");
        long transfer = transfers.request(county, "G" + id, "转学丁", toSchool, "P4", "调整学区");
        transfers.decide(schoolAdmin("from_school_d", fromSchool), transfer, true, null);
        assertRefused(() -> transfers.decide(county, transfer, true, null), "transfer.notYourStep");
    }

    @Test
    void refusalsAreClearAndNothingChanges() {
        long fromSchool = school("419904", 3);
        long toSchool = school("419905", 3);
        String id = pupil("转学丙", fromSchool, "419904", 25);
        CurrentUser receiving = users.current("county_admin_5");
        assertRefused(() -> transfers.request(receiving, "G" + id, "别人", toSchool, "P4", "x"),
                "transfer.pupil.notFound");
        assertRefused(() -> transfers.request(receiving, "G" + id, "转学丙", fromSchool, "P4", "x"),
                "transfer.toSchool.required");
        assertRefused(() -> transfers.request(receiving, "G" + id, "转学丙", toSchool, "J1", "x"),
                "pupil.import.grade.notOffered");
        long transfer = transfers.request(receiving, "G" + id, "转学丙", toSchool, "P4", "搬家");
        assertRefused(() -> transfers.request(receiving, "G" + id, "转学丙", toSchool, "P4", "再次"),
                "transfer.alreadyOpen");
        assertRefused(() -> transfers.decide(schoolAdmin("from_school_c", fromSchool), transfer, false, " "),
                "transfer.comment.required");
        assertThat(transfers.decide(schoolAdmin("from_school_c", fromSchool), transfer, false, "学位已满"))
                .isEqualTo(TransferState.REJECTED);
        assertThat(jdbc.sql("SELECT school_id FROM registry.pupil WHERE id_number = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(fromSchool);
        assertThat(transfers.view(receiving, transfer).overdue()).isFalse();
    }

    private long school(String county, int index) {
        return jdbc.sql("""
                SELECT id FROM org.unit_scope WHERE county_code = :county AND school_type = '211' AND kind = 'SCHOOL'
                 ORDER BY code OFFSET :index LIMIT 1""").param("county", county).param("index", index)
                .query(Long.class).single();
    }

    private String pupil(String name, long school, String county, int sequence) {
        LocalDate birth = LocalDate.of(2016, 10, sequence);
        String id = TestIds.of(county, birth, sequence);
        long pupil = jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, grade, name, id_type, id_number, student_no, sex,
                                            birth_date, entered_on, created_by)
                VALUES (:county, :school, 'P4', :name, '1', :id, :no, '1', :birth, DATE '2023-09-01', 'test')
                RETURNING id""")
                .param("county", county).param("school", school).param("name", name).param("id", id)
                .param("no", "G" + id).param("birth", birth).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, actor)
                VALUES (:p, :county, :school, 'ENROL', DATE '2023-09-01', 'test')""")
                .param("p", pupil).param("county", county).param("school", school).update();
        return id;
    }

    private CurrentUser schoolAdmin(String username, long school) {
        if (jdbc.sql("SELECT count(*) FROM org.user_account WHERE username = :u").param("u", username)
                .query(Long.class).single() == 0) {
            accounts.create(CurrentUser.system(), new UserCommand(username, "学校管理员", school,
                    accounts.roleByCode("SCHOOL_ADMIN").orElseThrow().id(), null, true, List.of(), "school2026pass"),
                    false);
        }
        return users.current(username);
    }

    private String state(long transfer) {
        return jdbc.sql("SELECT state FROM registry.transfer WHERE id = :id").param("id", transfer)
                .query(String.class).single();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
