package org.edugov.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.shared.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records 休学, 复学, 辍学, 返学, 毕业 and 死亡 as events, updates the status, audits and announces it. */
@Service
class PupilStatusService {

    private final JdbcClient jdbc;
    private final PupilQueries pupils;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PupilStatusService(JdbcClient jdbc, PupilQueries pupils, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.pupils = pupils;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    PupilStatus record(CurrentUser user, long pupilId, PupilEventKind kind, LocalDate on, String reason) {
        PupilDetail pupil = pupils.find(user.scope(), pupilId)
                .orElseThrow(() -> UserError.notFound("pupil.notFound", pupilId));
        jdbc.sql("SELECT id FROM registry.pupil WHERE id = :id FOR UPDATE").param("id", pupilId).query(Long.class)
                .single();
        PupilStatus from = PupilStatus.valueOf(pupil.status());
        LocalDate last = pupil.events().isEmpty() ? null : pupil.events().getLast().occurredOn();
        PupilStatus to = PupilStatusRules.apply(from, kind, on, last, LocalDate.now(clock), reason);
        String countyCode = jdbc.sql("SELECT county_code FROM registry.pupil WHERE id = :id").param("id", pupilId)
                .query(String.class).single();
        jdbc.sql("""
                INSERT INTO registry.pupil_event (pupil_id, county_code, school_id, kind, occurred_on, reason, actor)
                VALUES (:pupil, :county, :school, :kind, :on, :reason, :actor)""")
                .param("pupil", pupilId).param("county", countyCode).param("school", pupil.schoolId())
                .param("kind", kind.name()).param("on", on).param("reason", blankToNull(reason))
                .param("actor", user.username()).update();
        jdbc.sql("UPDATE registry.pupil SET status = :status, updated_at = now(), updated_by = :actor WHERE id = :id")
                .param("status", to.name()).param("actor", user.username()).param("id", pupilId).update();
        audit.changed(user.actor(), AuditAction.UPDATE, "Pupil", pupilId, pupil.schoolPath(), List.of(
                new FieldChange("status", from.name(), to.name()), new FieldChange("event", null, kind.name()),
                new FieldChange("date", null, on.toString())));
        events.publishEvent(new PupilStatusChanged(pupilId, pupil.schoolId(), countyCode, from, to, on));
        return to;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
