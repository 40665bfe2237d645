-- Append-only audit log: every change (who, when, org, action, entity, field old -> new) and every
-- read of unmasked personal data. Rows are written in the same transaction as the change they record.
CREATE TABLE audit.audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id       bigint      NOT NULL,
    actor_name     text        NOT NULL,
    actor_org_path text,
    action         text        NOT NULL,
    entity_type    text        NOT NULL,
    entity_id      text        NOT NULL,
    -- org path of the unit the entity belongs to: scoped audit search filters on it
    org_path       text,
    changes        jsonb       NOT NULL DEFAULT '[]'::jsonb,
    detail         text
);

CREATE INDEX audit_event_org_path_idx ON audit.audit_event (org_path text_pattern_ops, occurred_at DESC);
CREATE INDEX audit_event_occurred_idx ON audit.audit_event (occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit.audit_event (entity_type, entity_id);

-- PostgreSQL itself refuses to rewrite history, whoever connects.
CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_delete
    BEFORE UPDATE OR DELETE ON audit.audit_event
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit.audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_event FROM PUBLIC;
