-- The org module publishes this view for other modules' scope filters and joins: they read it,
-- never org.org_unit itself, so the table can change shape behind it.
CREATE VIEW org.unit_scope AS
SELECT id, kind, code, name, school_type, parent_id, path, county_code, active FROM org.org_unit;
