package org.edugov.audit;

import java.util.List;
import org.edugov.shared.Actor;
import org.edugov.shared.OrgPath;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for writing the audit log. Changes must be recorded inside the transaction that
 * makes them, so that a rolled-back change leaves no audit row and a committed one always has one.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Actor actor, AuditAction action, String entityType, Object entityId, OrgPath orgPath,
            List<FieldChange> changes) {
        repository.insert(new AuditRecord(actor, action, entityType, String.valueOf(entityId), orgPath, changes, null));
    }

    /** One entity's change within a bulk operation. */
    public record Change(Object entityId, OrgPath orgPath, List<FieldChange> changes) {
    }

    /** Audits a bulk change (an import) with one row per entity, written in batches. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changedAll(Actor actor, AuditAction action, String entityType, List<Change> changes) {
        repository.insertAll(changes.stream().map(c -> new AuditRecord(actor, action, entityType,
                String.valueOf(c.entityId()), c.orgPath(), c.changes(), null)).toList());
    }

    /** Records that personal data was shown unmasked, and which fields. */
    @Transactional
    public void personalDataRead(Actor actor, String entityType, Object entityId, OrgPath orgPath, String fields) {
        repository.insert(new AuditRecord(actor, AuditAction.READ_PII, entityType, String.valueOf(entityId), orgPath,
                List.of(), fields));
    }

    /** Records that a stored file was downloaded; {@code detail} names the file. */
    @Transactional
    public void fileRead(Actor actor, String entityType, Object entityId, OrgPath orgPath, String detail) {
        repository.insert(new AuditRecord(actor, AuditAction.DOWNLOAD, entityType, String.valueOf(entityId), orgPath,
                List.of(), detail));
    }

    /** Sign-in events have no surrounding business transaction. */
    @Transactional
    public void securityEvent(Actor actor, AuditAction action, String detail) {
        repository.insert(new AuditRecord(actor, action, "UserAccount", String.valueOf(actor.userId()),
                actor.orgPath(), List.of(), detail));
    }
}
