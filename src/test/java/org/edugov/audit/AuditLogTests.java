package org.edugov.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.edugov.IntegrationTest;
import org.edugov.shared.Actor;
import org.edugov.shared.DataScope;
import org.edugov.shared.OrgPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private final Actor actor = new Actor(42, "auditor-test", OrgPath.of("/1/"));

    @Test
    void postgresRefusesToUpdateDeleteOrTruncateTheLog() {
        long id = tx.execute(s -> {
            audit.changed(actor, AuditAction.UPDATE, "Probe", 1, OrgPath.of("/1/2/"),
                    List.of(new FieldChange("name", "旧", "新")));
            return jdbc.sql("SELECT max(id) FROM audit.audit_event").query(Long.class).single();
        });
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.audit_event SET actor_name = 'x' WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_event WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT actor_name FROM audit.audit_event WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("auditor-test");
    }

    @Test
    void changesMustBeRecordedInsideTheChangingTransaction() {
        assertThatThrownBy(() -> audit.changed(actor, AuditAction.CREATE, "Probe", 2, null, List.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        long before = count("Rollback");
        try {
            tx.executeWithoutResult(s -> {
                audit.changed(actor, AuditAction.CREATE, "Rollback", 3, null, List.of());
                throw new IllegalStateException("business failure");
            });
        } catch (IllegalStateException expected) {
            // the change failed
        }
        assertThat(count("Rollback")).isEqualTo(before);
    }

    @Test
    void searchOnlyReturnsEventsInsideTheScope() {
        tx.executeWithoutResult(s -> {
            audit.changed(actor, AuditAction.UPDATE, "ScopeProbe", 10, OrgPath.of("/900/901/"), List.of());
            audit.changed(actor, AuditAction.UPDATE, "ScopeProbe", 11, OrgPath.of("/900/902/"), List.of());
        });
        AuditQuery query = new AuditQuery(null, null, null, null, "ScopeProbe", null, 0);
        List<AuditEventView> inside = repository.search(query, DataScope.subtree(1, OrgPath.of("/900/901/")));
        assertThat(inside).extracting(AuditEventView::entityId).containsExactly("10");
        assertThat(repository.search(query, DataScope.none())).isEmpty();
        assertThat(repository.search(query, DataScope.all(1))).hasSize(2);
    }

    @Test
    void fieldChangesListOnlyWhatDiffers() {
        List<FieldChange> diff = FieldChange.diff(java.util.Map.of("a", 1, "b", "x"), java.util.Map.of("a", 1, "b", "y"));
        assertThat(diff).containsExactly(new FieldChange("b", "x", "y"));
    }

    private long count(String entityType) {
        return jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE entity_type = :t").param("t", entityType)
                .query(Long.class).single();
    }
}
