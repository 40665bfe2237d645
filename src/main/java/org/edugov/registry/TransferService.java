package org.edugov.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.org.OrgUnitKind;
import org.edugov.shared.DataScope;
import org.edugov.shared.Masked;
import org.edugov.shared.Permissions;
import org.edugov.shared.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers between schools. The receiving school asks; the sending school, the sending county and the
 * receiving county approve in turn; on the last approval the record moves with the pupil. Every step is
 * audited in its own transaction with the change.
 */
@Service
class TransferService {

    private static final String ENTITY = "Transfer";

    private final TransferRepository transfers;
    private final JdbcClient jdbc;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransferWorkflow workflow;
    private final Clock clock;

    TransferService(TransferRepository transfers, JdbcClient jdbc, OrgDirectory directory, AuditLog audit,
            CalendarProperties calendar, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.transfers = transfers;
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.workflow = new TransferWorkflow(calendar.workingDays());
        this.clock = clock;
    }

    /** A pupil found by exact 学籍号 and name, wherever it studies; shows no more than the request needs. */
    record PupilMatch(long pupilId, String name, String maskedId, long schoolId, String schoolName, String countyCode,
            String grade, String status) {
    }

    Optional<PupilMatch> lookup(String studentNo, String name) {
        if (studentNo == null || studentNo.isBlank() || name == null || name.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT p.id, p.name, p.id_number, p.school_id, u.name AS school_name, p.county_code, p.grade, p.status
                  FROM registry.pupil p JOIN org.unit_scope u ON u.id = p.school_id
                 WHERE p.student_no = :no AND p.name = :name AND NOT p.voided""")
                .param("no", studentNo.strip().toUpperCase()).param("name", name.strip())
                .query((rs, i) -> new PupilMatch(rs.getLong("id"), rs.getString("name"),
                        Masked.idNumber(rs.getString("id_number")), rs.getLong("school_id"),
                        rs.getString("school_name"), rs.getString("county_code"), rs.getString("grade"),
                        rs.getString("status")))
                .optional();
    }

    @Transactional
    long request(CurrentUser user, String studentNo, String name, Long toSchoolId, String toGrade, String reason) {
        PupilMatch pupil = lookup(studentNo, name).orElseThrow(() -> UserError.invalid("transfer.pupil.notFound"));
        OrgUnit to = toSchoolId == null ? null : directory.find(user.scope(), toSchoolId)
                .filter(u -> u.kind().isSchool()).orElse(null);
        if (to == null) {
            throw UserError.invalid("transfer.toSchool.required");
        }
        if (!"ENROLLED".equals(pupil.status())) {
            throw UserError.invalid("transfer.pupil.notEnrolled");
        }
        if (pupil.schoolId() == to.id()) {
            throw UserError.invalid("transfer.sameSchool");
        }
        Grade grade = parseGrade(toGrade);
        if (!SchoolGrades.allows(to.schoolType(), grade)) {
            throw UserError.invalid("pupil.import.grade.notOffered", toGrade);
        }
        if (reason == null || reason.isBlank()) {
            throw UserError.invalid("transfer.reason.required");
        }
        LocalDate today = LocalDate.now(clock);
        long id;
        try {
            id = transfers.insert(pupil.pupilId(), pupil.schoolId(), to.id(), pupil.countyCode(), to.countyCode(),
                    grade.name(), reason.strip(), today, user.username());
        } catch (DuplicateKeyException open) {
            throw UserError.conflict("transfer.alreadyOpen");
        }
        audit.changed(user.actor(), AuditAction.CREATE, ENTITY, id, to.path(), List.of(
                new FieldChange("pupil", null, String.valueOf(pupil.pupilId())),
                new FieldChange("toSchool", null, to.code()), new FieldChange("toGrade", null, grade.name())));
        return id;
    }

    TransferView view(CurrentUser user, long id) {
        TransferRepository.Row t = visible(user, id);
        return view(t);
    }

    List<TransferView> list(CurrentUser user, String state, int limit, int offset) {
        return transfers.visible(user.scope(), state, limit, offset).stream().map(this::view).toList();
    }

    boolean canDecide(CurrentUser user, TransferView t) {
        if (!user.has(Permissions.REGISTRY_TRANSFER_APPROVE) || user.orgUnit() == null || !t.state().open()) {
            return false;
        }
        // segregation of duties: whoever asked, or already decided a step, does not decide another
        if (t.requestedBy().equals(user.username())
                || t.decisions().stream().anyMatch(d -> d.decidedBy().equals(user.username()))) {
            return false;
        }
        OrgUnit org = user.orgUnit();
        boolean bureau = org.kind() == OrgUnitKind.COUNTY || org.kind() == OrgUnitKind.CITY;
        return switch (t.state()) {
            case AWAITING_FROM_SCHOOL -> org.kind().isSchool() && org.path().contains(t.fromPath());
            case AWAITING_FROM_COUNTY -> bureau && org.code().equals(t.fromCounty());
            case AWAITING_TO_COUNTY -> bureau && org.code().equals(t.toCounty());
            default -> false;
        };
    }

    @Transactional
    TransferState decide(CurrentUser user, long id, boolean approve, String comment) {
        TransferView t = view(user, id);
        lock(id);
        if (!t.state().open()) {
            throw UserError.conflict("transfer.closed");
        }
        if (!canDecide(user, t)) {
            throw UserError.forbidden("transfer.notYourStep");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw UserError.invalid("transfer.comment.required");
        }
        LocalDate today = LocalDate.now(clock);
        TransferState next = approve ? TransferWorkflow.approve(t.state(), t.sameCounty())
                : TransferWorkflow.reject(t.state());
        transfers.decide(id, t.state(), next, approve, comment == null ? null : comment.strip(), today,
                user.username());
        if (next == TransferState.COMPLETED) {
            TransferRepository.Row moved = transfers.find(id).orElseThrow();
            transfers.movePupil(moved, today, user.username());
            events.publishEvent(new SchoolRecordsChanged(List.of(moved.fromSchoolId(), moved.toSchoolId())));
        }
        audit.changed(user.actor(), AuditAction.UPDATE, ENTITY, id, t.toPath(), List.of(
                new FieldChange("state", t.state().name(), next.name())));
        return next;
    }

    @Transactional
    void cancel(CurrentUser user, long id) {
        TransferView t = view(user, id);
        lock(id);
        if (!t.requestedBy().equals(user.username())) {
            throw UserError.forbidden("transfer.notYourRequest");
        }
        TransferState next = TransferWorkflow.cancel(t.state());
        transfers.setState(id, next, LocalDate.now(clock));
        audit.changed(user.actor(), AuditAction.UPDATE, ENTITY, id, t.toPath(), List.of(
                new FieldChange("state", t.state().name(), next.name())));
    }

    private void lock(long id) {
        jdbc.sql("SELECT id FROM registry.transfer WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
                .single();
    }

    private TransferRepository.Row visible(CurrentUser user, long id) {
        DataScope scope = user.scope();
        return transfers.find(id).filter(t -> scope.permits(t.fromPath()) || scope.permits(t.toPath()))
                .orElseThrow(() -> UserError.notFound("transfer.notFound", id));
    }

    private TransferView view(TransferRepository.Row t) {
        LocalDate today = LocalDate.now(clock);
        return new TransferView(t.id(), t.pupilId(), t.pupilName(), t.maskedId(), t.fromName(), t.fromPath(),
                t.toName(), t.toPath(), t.fromCounty(), t.toCounty(), t.toGrade(), t.state(), t.reason(),
                t.requestedOn(), t.requestedBy(), t.stepStartedOn(), workflow.dueOn(t.stepStartedOn()),
                workflow.overdue(t.state(), t.stepStartedOn(), today), transfers.decisions(t.id()));
    }

    private static Grade parseGrade(String raw) {
        try {
            return Grade.valueOf(raw == null ? "" : raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw UserError.invalid("transfer.grade.required");
        }
    }
}
