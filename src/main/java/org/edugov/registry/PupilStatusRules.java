package org.edugov.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.edugov.shared.UserError;

/**
 * Which status event may follow which status, and what it leads to. Transfers and enrolment have their
 * own workflows (transfer approvals, imports) and are not recorded here.
 */
final class PupilStatusRules {

    private static final Map<PupilStatus, Set<PupilEventKind>> ALLOWED = Map.of(
            PupilStatus.ENROLLED, EnumSet.of(PupilEventKind.SUSPEND, PupilEventKind.DROP_OUT, PupilEventKind.GRADUATE,
                    PupilEventKind.DECEASE),
            PupilStatus.SUSPENDED, EnumSet.of(PupilEventKind.RESUME, PupilEventKind.DROP_OUT, PupilEventKind.DECEASE),
            PupilStatus.DROPPED_OUT, EnumSet.of(PupilEventKind.RETURN, PupilEventKind.DECEASE),
            PupilStatus.GRADUATED, EnumSet.of(PupilEventKind.DECEASE),
            PupilStatus.DECEASED, EnumSet.noneOf(PupilEventKind.class));

    private static final Set<PupilEventKind> NEED_REASON = EnumSet.of(PupilEventKind.SUSPEND, PupilEventKind.DROP_OUT,
            PupilEventKind.DECEASE);

    private PupilStatusRules() {
    }

    static Set<PupilEventKind> allowed(PupilStatus status) {
        return ALLOWED.get(status);
    }

    /** The status after the event, or a refusal naming the rule that was broken. */
    static PupilStatus apply(PupilStatus current, PupilEventKind kind, LocalDate on, LocalDate lastEvent,
            LocalDate today, String reason) {
        if (kind == null || !ALLOWED.get(current).contains(kind)) {
            throw UserError.invalid("pupil.event.notAllowed");
        }
        if (on == null || on.isAfter(today)) {
            throw UserError.invalid("pupil.event.dateInvalid");
        }
        if (lastEvent != null && on.isBefore(lastEvent)) {
            throw UserError.invalid("pupil.event.beforeLast", lastEvent);
        }
        if (NEED_REASON.contains(kind) && (reason == null || reason.isBlank())) {
            throw UserError.invalid("pupil.event.reasonRequired");
        }
        return switch (kind) {
            case SUSPEND -> PupilStatus.SUSPENDED;
            case DROP_OUT -> PupilStatus.DROPPED_OUT;
            case GRADUATE -> PupilStatus.GRADUATED;
            case DECEASE -> PupilStatus.DECEASED;
            case RESUME, RETURN -> PupilStatus.ENROLLED;
            default -> throw UserError.invalid("pupil.event.notAllowed");
        };
    }
}
