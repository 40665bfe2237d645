-- The registry's published read model. Other modules (indicators, plans, supervision) read these views
-- and functions only, never the registry tables. No view exposes names, ID numbers or addresses.

-- Live pupil records as facts: one row per pupil, without personal identifiers.
CREATE VIEW registry.v_pupil AS
SELECT p.id AS pupil_id, p.county_code, p.school_id, p.class_id, p.grade, p.sex, p.birth_date, p.ethnicity,
       p.hukou_type, p.migrant, p.left_behind, p.disability, p.disability_placement, p.status, p.entered_on
  FROM registry.pupil p
 WHERE NOT p.voided;

-- Where each pupil was, and in what status, on a date (统计时点 9月1日 by default in callers), rebuilt
-- from the status events: the last event on or before the date decides.
CREATE FUNCTION registry.pupil_status_on(p_date date)
    RETURNS TABLE (pupil_id bigint, county_code text, school_id bigint, status text)
    LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ON (e.pupil_id) e.pupil_id, e.county_code, e.school_id,
           CASE e.kind
               WHEN 'ENROL' THEN 'ENROLLED' WHEN 'TRANSFER_IN' THEN 'ENROLLED' WHEN 'RESUME' THEN 'ENROLLED'
               WHEN 'RETURN' THEN 'ENROLLED' WHEN 'TRANSFER_OUT' THEN 'TRANSFERRED_OUT'
               WHEN 'SUSPEND' THEN 'SUSPENDED' WHEN 'DROP_OUT' THEN 'DROPPED_OUT'
               WHEN 'GRADUATE' THEN 'GRADUATED' WHEN 'DECEASE' THEN 'DECEASED' END
      FROM registry.pupil_event e
      JOIN registry.pupil p ON p.id = e.pupil_id AND NOT p.voided
     WHERE e.occurred_on <= p_date
     ORDER BY e.pupil_id, e.occurred_on DESC, e.id DESC
$$;

-- Class sizes are counted from enrolled pupils, never typed.
CREATE VIEW registry.v_class_size AS
SELECT c.id AS class_id, c.county_code, c.school_id, c.school_year, c.grade, c.name, c.multigrade, c.special,
       count(p.id) FILTER (WHERE p.status = 'ENROLLED' AND NOT p.voided) AS pupils
  FROM registry.class c
  LEFT JOIN registry.pupil p ON p.class_id = c.id
 GROUP BY c.id;

CREATE VIEW registry.v_teacher AS
SELECT t.id AS teacher_id, t.county_code, t.school_id, t.sex, t.birth_date, t.staffing, t.full_time, t.education,
       t.title, t.subject, t.stage, t.backbone_level, t.dual_qualified, t.psychology, t.at_school_since
  FROM registry.teacher t
 WHERE NOT t.voided;

CREATE VIEW registry.v_school AS
SELECT s.org_unit_id AS school_id, s.county_code, s.ownership, s.inclusive_private, s.inclusive_since,
       s.urban_rural, s.stages, s.boarding
  FROM registry.school s;

CREATE VIEW registry.v_school_year_facts AS SELECT * FROM registry.school_year_facts;

CREATE VIEW registry.v_population AS SELECT * FROM registry.population;
