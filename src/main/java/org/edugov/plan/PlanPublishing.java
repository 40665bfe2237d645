package org.edugov.plan;

import java.util.List;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan makes its public report (targets, tasks, accepted public progress text) readable without
 * signing in; unpublishing withdraws it. Only a plan in the user's scope, audited.
 */
@Service
class PlanPublishing {

    private final PlanQueries plans;
    private final OrgDirectory directory;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlanPublishing(PlanQueries plans, OrgDirectory directory, JdbcClient jdbc, AuditLog audit) {
        this.plans = plans;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Sets the plan's published state; asking for the state it already has changes nothing. */
    @Transactional
    void publish(CurrentUser user, long id, boolean published) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        OrgUnit org = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", id));
        int changed = jdbc.sql("""
                UPDATE plan.plan SET published = :published, published_at = CASE WHEN :published THEN now() END
                 WHERE id = :id AND published <> :published""")
                .param("id", id).param("published", published).update();
        if (changed == 1) {
            audit.changed(user.actor(), AuditAction.UPDATE, "Plan", id, org.path(),
                    List.of(new FieldChange("published", String.valueOf(!published), String.valueOf(published))));
        }
    }
}
