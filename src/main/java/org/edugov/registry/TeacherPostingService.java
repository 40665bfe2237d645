package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a teacher moves to another school (调动, 交流轮岗): the open posting ends on the effective date, the
 * new one starts on it, and the teacher's school, county and start at the school follow, audited, in one
 * transaction. Both the teacher and the new school must be in the user's scope.
 */
@Service
class TeacherPostingService {

    private final TeacherQueries teachers;
    private final OrgDirectory directory;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    TeacherPostingService(TeacherQueries teachers, OrgDirectory directory, JdbcClient jdbc, AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.teachers = teachers;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    void post(CurrentUser user, long teacherId, Long toSchoolId, LocalDate effective, LocalDate today) {
        // a concurrent posting of the same teacher waits here and then sees this one's result
        jdbc.sql("SELECT id FROM registry.teacher WHERE id = :id FOR UPDATE").param("id", teacherId)
                .query(Long.class).optional();
        TeacherDetail teacher = teachers.find(user.scope(), teacherId)
                .orElseThrow(() -> UserError.notFound("teacher.notFound", teacherId));
        OrgUnit to = toSchoolId == null ? null : directory.find(user.scope(), toSchoolId)
                .filter(u -> u.kind().isSchool() && u.active()).orElse(null);
        if (to == null) {
            throw UserError.invalid("posting.school.required");
        }
        TeacherPosting current = teacher.currentPosting();
        TeacherPostingRules.checkNewPosting(teacher.schoolId(), current == null ? null : current.validFrom(),
                to.id(), effective, today);
        jdbc.sql("UPDATE registry.teacher_posting SET valid_to = :on WHERE teacher_id = :id AND valid_to IS NULL")
                .param("on", effective).param("id", teacherId).update();
        jdbc.sql("INSERT INTO registry.teacher_posting (teacher_id, school_id, valid_from) VALUES (:id, :school, :on)")
                .param("id", teacherId).param("school", to.id()).param("on", effective).update();
        jdbc.sql("""
                UPDATE registry.teacher SET school_id = :school, county_code = :county, at_school_since = :on,
                       updated_at = now(), updated_by = :actor
                 WHERE id = :id""")
                .param("school", to.id()).param("county", to.countyCode()).param("on", effective)
                .param("actor", user.username()).param("id", teacherId).update();
        events.publishEvent(new SchoolRecordsChanged(teacher.schoolId() == null ? List.of(to.id())
                : List.of(teacher.schoolId(), to.id())));
        audit.changed(user.actor(), AuditAction.MOVE, "Teacher", teacherId, to.path(), List.of(
                new FieldChange("school", teacher.schoolName(), to.name()),
                new FieldChange("atSchoolSince", text(teacher.atSchoolSince()), effective.toString())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
