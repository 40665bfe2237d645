package org.edugov.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.edugov.ControlCity;
import org.edugov.IntegrationTest;
import org.edugov.TestUsers;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OrgUnitServiceTests {

    @Autowired
    OrgUnitService service;

    @Autowired
    OrgDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    ControlCity control;

    @Autowired
    JdbcClient jdbc;

    private final CurrentUser system = CurrentUser.system();

    @BeforeEach
    void controlCity() {
        control.ensure();
    }

    @Test
    void createsAUnitWithPathCountyCodeMembershipAndAuditRow() {
        OrgUnit town = unit("419903001000");
        OrgUnit school = service.create(system, new OrgUnitCommand(OrgUnitKind.SCHOOL, "1419903900", "测试新建小学",
                "211", town.id()), LocalDate.of(2024, 9, 1));
        assertThat(school.path()).isEqualTo(town.path().child(school.id()));
        assertThat(school.countyCode()).isEqualTo("419903");
        assertThat(directory.pathAt(school.id(), LocalDate.of(2024, 9, 1))).contains(school.path());
        assertThat(directory.pathAt(school.id(), LocalDate.of(2024, 8, 31))).isEmpty();
        assertThat(auditCount("CREATE", school.id())).isEqualTo(1);
    }

    @Test
    void refusesMalformedAndDuplicateCodesAndWrongPlacement() {
        OrgUnit town = unit("419903001000");
        OrgUnit school = unit(firstSchoolUnder(town));
        assertRefused(() -> create(OrgUnitKind.SCHOOL, "12345", "坏代码学校", "211", town.id()),
                "org.unit.code.malformed.SCHOOL");
        assertRefused(() -> create(OrgUnitKind.SCHOOL, school.code(), "重复代码学校", "211", town.id()),
                "org.unit.code.duplicate");
        assertRefused(() -> create(OrgUnitKind.SCHOOL, "1419903901", "校中校", "211", school.id()),
                "org.unit.parent.kind");
        assertRefused(() -> create(OrgUnitKind.TOWN, "419903999", "县下无名", null, school.id()),
                "org.unit.parent.kind");
        assertRefused(() -> create(OrgUnitKind.SCHOOL, "1419903902", "无类别学校", "", town.id()),
                "org.unit.schoolType.required");
        assertThat(jdbc.sql("SELECT count(*) FROM org.org_unit WHERE code IN ('1419903901', '1419903902')")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aMovedTownKeepsItsOldCountyForEarlierDates() {
        OrgUnit town = unit("419904002000");
        OrgUnit oldCounty = unit("419904");
        OrgUnit newCounty = unit("419905");
        OrgUnit aSchool = unit(firstSchoolUnder(town));
        LocalDate effective = LocalDate.now().minusDays(30);
        service.move(system, town.id(), newCounty.id(), effective);

        OrgUnit moved = unit(town.code());
        assertThat(moved.path()).isEqualTo(newCounty.path().child(town.id()));
        assertThat(unit(aSchool.code()).path().value()).startsWith(moved.path().value());
        assertThat(unit(aSchool.code()).countyCode()).isEqualTo("419905");
        assertThat(directory.pathAt(aSchool.id(), effective.minusDays(1)).orElseThrow().value())
                .startsWith(oldCounty.path().value());
        assertThat(directory.pathAt(aSchool.id(), effective).orElseThrow().value())
                .startsWith(newCounty.path().value());
        assertThat(auditCount("MOVE", town.id())).isEqualTo(1);
    }

    @Test
    void refusesCyclesFutureDatesAndMovesOutsideTheScope() {
        OrgUnit county = unit("419902");
        OrgUnit town = unit("419902001000");
        assertRefused(() -> service.move(system, county.id(), town.id(), LocalDate.now()), "org.unit.move.cycle");
        assertRefused(() -> service.move(system, town.id(), unit("419901").id(), LocalDate.now().plusDays(3)),
                "org.unit.move.future");
        CurrentUser countyAdmin = as("county_admin_2");
        assertRefused(() -> service.move(countyAdmin, town.id(), unit(ControlCity.COUNTY).id(), LocalDate.now()),
                "org.unit.notFound");
        assertThat(unit(town.code()).path()).isEqualTo(town.path());
    }

    @Test
    void aUnitCannotMoveBelowItsOwnDescendant() {
        OrgUnit unit = new OrgUnit(5, OrgUnitKind.TOWN, "419901001000", "甲", null, 2L, OrgPath.of("/1/2/5/"),
                "419901", true, null, null);
        OrgUnit child = new OrgUnit(9, OrgUnitKind.SCHOOL, "1419901001", "乙", "211", 5L, OrgPath.of("/1/2/5/9/"),
                "419901", true, null, null);
        assertThatThrownBy(() -> OrgUnitRules.checkNoCycle(unit, child)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("org.unit.move.cycle");
    }

    @Test
    void deactivationNeedsAReasonAndNoActiveChildren() {
        OrgUnit town = unit("419906001000");
        assertRefused(() -> service.deactivate(system, town.id(), null, "撤并"), "org.unit.deactivate.hasChildren");
        OrgUnit school = unit(firstSchoolUnder(town));
        assertRefused(() -> service.deactivate(system, school.id(), null, " "), "org.unit.deactivate.reasonRequired");
        OrgUnit closed = service.deactivate(system, school.id(), LocalDate.now(), "撤并到中心校");
        assertThat(closed.active()).isFalse();
        assertThat(closed.deactivationReason()).isEqualTo("撤并到中心校");
        assertRefused(() -> service.deactivate(system, school.id(), null, "again"), "org.unit.alreadyInactive");
    }

    @Test
    void countyAdminSeesOnlyItsSubtree() {
        CurrentUser admin = as("county_admin_1");
        assertThat(service.scopeRoots(admin)).extracting(OrgUnit::code).containsExactly("419901");
        assertThat(service.search(admin, "419902", List.of(), 50)).isEmpty();
        assertRefused(() -> service.visible(admin, unit("419902").id()), "org.unit.notFound");
        assertThat(directory.find(admin.scope(), unit("419901001000").id())).isPresent();
    }

    private OrgUnit create(OrgUnitKind kind, String code, String name, String schoolType, long parentId) {
        return service.create(system, new OrgUnitCommand(kind, code, name, schoolType, parentId), LocalDate.now());
    }

    private CurrentUser as(String username) {
        return users.current(username);
    }

    private OrgUnit unit(String code) {
        return directory.findByCode(DataScope.all(0), code).orElseThrow();
    }

    private String firstSchoolUnder(OrgUnit town) {
        return jdbc.sql("""
                SELECT code FROM org.org_unit u WHERE parent_id = :id AND kind = 'SCHOOL'
                   AND NOT EXISTS (SELECT 1 FROM org.org_unit c WHERE c.parent_id = u.id) ORDER BY code LIMIT 1""")
                .param("id", town.id()).query(String.class).single();
    }

    private long auditCount(String action, long id) {
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'OrgUnit' AND action = :a "
                        + "AND entity_id = :id").param("a", action).param("id", String.valueOf(id))
                .query(Long.class).single();
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
