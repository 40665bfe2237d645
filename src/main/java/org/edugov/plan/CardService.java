package org.edugov.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes a plan's 红黄牌 rules and records 约谈 on red cards, each checked, scoped and audited in one transaction. */
@Service
class CardService {

    static final int MAX_NOTE_LENGTH = 2000;

    private final PlanQueries plans;
    private final CardQueries cards;
    private final OrgDirectory directory;
    private final AuditLog audit;

    CardService(PlanQueries plans, CardQueries cards, OrgDirectory directory, AuditLog audit) {
        this.plans = plans;
        this.cards = cards;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    void saveRules(CurrentUser user, long planId, CardRules rules) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), planId);
        OrgUnit org = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", planId));
        CardRules before = cards.rules(planId);
        cards.saveRules(planId, rules);
        List<FieldChange> changes = FieldChange.diff(fields(before), fields(rules));
        if (!changes.isEmpty()) {
            audit.changed(user.actor(), AuditAction.UPDATE, "PlanRules", planId, org.path(), changes);
        }
    }

    /**
     * Records the 约谈 held about a red card: on a day not before the card and not after {@code today}, with a note.
     * A recorded 约谈 stays as written.
     */
    @Transactional
    void recordInterview(CurrentUser user, long cardId, LocalDate on, String note, LocalDate today) {
        CardQueries.InterviewTarget card = cards.interviewTarget(user.scope(), cardId)
                .orElseThrow(() -> UserError.notFound("plan.card.notFound", cardId));
        if (card.recorded()) {
            throw UserError.conflict("plan.interview.recorded");
        }
        if (on == null) {
            throw UserError.invalid("plan.interview.date.required");
        }
        if (on.isAfter(today)) {
            throw UserError.invalid("plan.interview.date.future");
        }
        if (on.isBefore(card.issuedOn())) {
            throw UserError.invalid("plan.interview.date.beforeCard", card.issuedOn().toString());
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw UserError.invalid("plan.interview.note.required");
        }
        if (text.length() > MAX_NOTE_LENGTH) {
            throw UserError.invalid("plan.interview.note.long", String.valueOf(MAX_NOTE_LENGTH));
        }
        cards.recordInterview(cardId, on, user.username(), text);
        audit.changed(user.actor(), AuditAction.UPDATE, "PlanCard", cardId, card.planPath(), List.of(
                new FieldChange("interviewOn", null, on.toString()), new FieldChange("interviewNote", null, text)));
    }

    private static Map<String, Object> fields(CardRules r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reportEvery", r.reportEvery());
        out.put("reportGraceDays", r.reportGraceDays());
        out.put("warningDays", r.warningDays());
        out.put("warningPercent", r.warningPercent());
        out.put("yellowOnAtRisk", r.yellowOnAtRisk());
        out.put("yellowOnLateReport", r.yellowOnLateReport());
        out.put("redOnOverdue", r.redOnOverdue());
        out.put("redAfterYellows", r.redAfterYellows());
        return out;
    }
}
