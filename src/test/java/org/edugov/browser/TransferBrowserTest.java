package org.edugov.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.edugov.TestIds;
import org.edugov.org.CurrentUser;
import org.edugov.org.UserAccountService;
import org.edugov.org.UserCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A receiving school finds a pupil of another county, asks for it, and the three levels approve in turn. */
class TransferBrowserTest extends BrowserSupport {

    @Autowired
    UserAccountService accounts;

    @Test
    void aTransferBetweenCountiesIsRequestedApprovedThreeTimesAndTheRecordMoves() {
        long fromSchool = school("419901", 6);
        long toSchool = school("419902", 6);
        String toName = jdbc.sql("SELECT name FROM org.unit_scope WHERE id = :id").param("id", toSchool)
                .query(String.class).single();
        String id = TestIds.of("419901", LocalDate.of(2016, 11, 3), 27);
        long pupil = jdbc.sql("""
                INSERT INTO registry.pupil (county_code, school_id, grade, name, id_type, id_number, student_no, sex,
                                            birth_date, entered_on, created_by)
                VALUES ('419901', :school, 'P4', '浏览器转学生', '1', :id, :no, '1', DATE '2016-11-03',
                        DATE '2023-09-01', 'test') RETURNING id""")
                .param("school", fromSchool).param("id", id).param("no", "G" + id).query(Long.class).single();
        schoolAdmin("browser_to_school", toSchool);
        schoolAdmin("browser_from_school", fromSchool);

        login(page, "browser_to_school", "school2026pass");
        page.navigate(url("/registry/transfers/new"));
        page.locator("#lookup-no").fill("G" + id);
        page.locator("#lookup-name").fill("浏览器转学生");
        page.locator("#lookup").click();
        assertThat(page.locator("#match")).containsText("浏览器转学生");
        assertThat(page.locator("#match")).not().containsText(id);
        page.locator("#toSchoolId").selectOption(String.valueOf(toSchool));
        page.locator("#reason").fill("随父母工作调动");
        page.locator("#submit-transfer").click();
        assertThat(page.locator("#transfer-state")).hasText("待转出学校审核");
        String transferUrl = page.url();
        screenshot(page, "transfer-requested");

        approveAs("browser_from_school", "school2026pass", transferUrl, "待转出县审核");
        approveAs("county_admin_1", DEMO_PASSWORD, transferUrl, "待转入县审核");
        Page last = approveAs("county_admin_2", DEMO_PASSWORD, transferUrl, "已完成");
        assertThat(last.locator("#transfer-steps li")).hasCount(3);
        assertThat(last.locator("#transfer-steps li").first()).containsText("转出学校");
        assertThat(last.locator("#transfer-steps li").last()).containsText("转入县");
        screenshot(last, "transfer-completed");

        last.navigate(url("/registry/pupils/" + pupil));
        assertThat(last.locator("#pupil-facts")).containsText(toName);
        assertThat(last.locator("#pupil-timeline")).containsText("转出");
        assertThat(last.locator("#pupil-timeline")).containsText("转入");
    }

    private Page approveAs(String user, String password, String transferUrl, String stateAfter) {
        Page p = newPage("zh-CN");
        login(p, user, password);
        p.navigate(url("/registry/transfers"));
        assertThat(p.locator("#my-decisions")).containsText("浏览器转学生");
        p.navigate(transferUrl);
        p.locator("#approve").click();
        assertThat(p.locator("#transfer-state")).hasText(stateAfter);
        return p;
    }

    private long school(String county, int index) {
        return jdbc.sql("""
                SELECT id FROM org.unit_scope WHERE county_code = :county AND school_type = '211' AND kind = 'SCHOOL'
                 ORDER BY code OFFSET :index LIMIT 1""").param("county", county).param("index", index)
                .query(Long.class).single();
    }

    private void schoolAdmin(String username, long school) {
        accounts.create(CurrentUser.system(), new UserCommand(username, "学校管理员", school,
                accounts.roleByCode("SCHOOL_ADMIN").orElseThrow().id(), null, true, List.of(), "school2026pass"), false);
    }
}
