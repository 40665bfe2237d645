package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.edugov.shared.UserError;
import org.junit.jupiter.api.Test;

class SchoolProfileRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void acceptsAValidProfileAndDropsTheDateOfANonInclusiveSchool() {
        SchoolProfile p = check(new SchoolProfileForm("1", false, TODAY, "121", List.of("PRIMARY", "JUNIOR"), true));
        assertThat(p.inclusiveSince()).isNull();
        assertThat(p.stages()).containsExactly("PRIMARY", "JUNIOR");
        assertThat(p.boarding()).isTrue();
    }

    @Test
    void refusesInconsistentProfiles() {
        assertRefused(new SchoolProfileForm("7", false, null, null, List.of("PRIMARY"), false),
                "school.ownership.required");
        assertRefused(new SchoolProfileForm("1", true, TODAY, null, List.of("PRESCHOOL"), false),
                "school.inclusive.privateOnly");
        assertRefused(new SchoolProfileForm("2", true, TODAY.plusDays(1), null, List.of("PRESCHOOL"), false),
                "school.inclusive.date");
        assertRefused(new SchoolProfileForm("2", true, null, null, List.of("PRESCHOOL"), false),
                "school.inclusive.date");
        assertRefused(new SchoolProfileForm("1", false, null, "999", List.of("PRIMARY"), false),
                "school.urbanRural.unknown");
        assertRefused(new SchoolProfileForm("1", false, null, null, List.of("UNIVERSITY"), false),
                "school.stage.unknown");
        assertRefused(new SchoolProfileForm("1", false, null, null, List.of(), false), "school.stage.required");
    }

    private static SchoolProfile check(SchoolProfileForm form) {
        return SchoolProfileRules.check(form, TODAY, Set.of("1", "2")::contains, Set.of("111", "121", "220")::contains);
    }

    private static void assertRefused(SchoolProfileForm form, String key) {
        assertThatThrownBy(() -> check(form)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo(key);
    }
}
