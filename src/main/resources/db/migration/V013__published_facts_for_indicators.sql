-- Read model the indicator engine needs from org and registry, published by their owners so that the
-- engine never reads their tables.

-- Every unit with each of its ancestors (and itself, depth 0) under the hierarchy valid on a date. Sums
-- roll up along these pairs: a town moved to another county keeps adding to its old county for dates
-- before the move.
CREATE FUNCTION org.unit_ancestry_at(p_date date)
    RETURNS TABLE (unit_id bigint, ancestor_id bigint, depth int)
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE m AS (
        SELECT unit_id, parent_id
          FROM org.org_membership
         WHERE valid_from <= p_date AND (valid_to IS NULL OR valid_to > p_date)
    ), up AS (
        SELECT m.unit_id, m.unit_id AS ancestor_id, 0 AS depth FROM m
        UNION ALL
        SELECT up.unit_id, m.parent_id, up.depth + 1
          FROM up JOIN m ON m.unit_id = up.ancestor_id
         WHERE m.parent_id IS NOT NULL AND up.depth < 20
    )
    SELECT unit_id, ancestor_id, depth FROM up
$$;

-- The given units with each of their ancestors (and themselves, depth 0) on a date: the same pairs as
-- unit_ancestry_at for just those units (an incremental recompute walks up from a few schools).
CREATE FUNCTION org.unit_ancestors_at(p_units bigint[], p_date date)
    RETURNS TABLE (unit_id bigint, ancestor_id bigint, depth int)
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up AS (
        SELECT m.unit_id, m.unit_id AS ancestor_id, 0 AS depth
          FROM org.org_membership m
         WHERE m.unit_id = ANY(p_units) AND m.valid_from <= p_date AND (m.valid_to IS NULL OR m.valid_to > p_date)
        UNION ALL
        SELECT up.unit_id, m.parent_id, up.depth + 1
          FROM up JOIN org.org_membership m ON m.unit_id = up.ancestor_id
         WHERE m.valid_from <= p_date AND (m.valid_to IS NULL OR m.valid_to > p_date)
           AND m.parent_id IS NOT NULL AND up.depth < 20
    )
    SELECT unit_id, ancestor_id, depth FROM up
$$;

-- The units directly below a unit under the hierarchy valid on a date (an indicator page's comparison).
CREATE FUNCTION org.children_at(p_unit bigint, p_date date)
    RETURNS TABLE (unit_id bigint)
    LANGUAGE sql STABLE AS $$
    SELECT m.unit_id FROM org.org_membership m
     WHERE m.parent_id = p_unit AND m.valid_from <= p_date AND (m.valid_to IS NULL OR m.valid_to > p_date)
$$;

CREATE INDEX pupil_event_date_idx ON registry.pupil_event (occurred_on);
CREATE INDEX teacher_posting_school_idx ON registry.teacher_posting (school_id, valid_from);

-- Pupils as they stood on a date of the current school year, without personal identifiers: a pupil with no
-- status event after the date is taken as it is now; one with later events is rebuilt from the last event
-- on or before the date (school and status). Pupils who entered after the date are left out. Grades are
-- those of the current school year: the registry does not keep a grade history, so earlier school years
-- are not rebuilt (their indicator values are kept as computed or imported at the time). With p_schools,
-- only the pupils of those schools on the date (an incremental recompute).
CREATE FUNCTION registry.pupil_facts_on(p_date date, p_schools bigint[] DEFAULT NULL)
    RETURNS TABLE (pupil_id bigint, county_code text, school_id bigint, class_id bigint, grade text, sex text,
                   birth_date date, hukou_type text, migrant boolean, left_behind boolean, disability text,
                   disability_placement text, status text)
    LANGUAGE sql STABLE AS $$
    WITH later AS (
        SELECT DISTINCT e.pupil_id FROM registry.pupil_event e
         WHERE e.occurred_on > p_date AND (p_schools IS NULL OR e.school_id = ANY(p_schools))
    ), rebuilt AS (
        SELECT DISTINCT ON (e.pupil_id) e.pupil_id, e.county_code, e.school_id,
               CASE e.kind
                   WHEN 'ENROL' THEN 'ENROLLED' WHEN 'TRANSFER_IN' THEN 'ENROLLED' WHEN 'RESUME' THEN 'ENROLLED'
                   WHEN 'RETURN' THEN 'ENROLLED' WHEN 'TRANSFER_OUT' THEN 'TRANSFERRED_OUT'
                   WHEN 'SUSPEND' THEN 'SUSPENDED' WHEN 'DROP_OUT' THEN 'DROPPED_OUT'
                   WHEN 'GRADUATE' THEN 'GRADUATED' WHEN 'DECEASE' THEN 'DECEASED' END AS status
          FROM registry.pupil_event e
         WHERE e.pupil_id IN (SELECT pupil_id FROM later) AND e.occurred_on <= p_date
         ORDER BY e.pupil_id, e.occurred_on DESC, e.id DESC
    )
    SELECT p.id, p.county_code, p.school_id, p.class_id, p.grade, p.sex, p.birth_date, p.hukou_type, p.migrant,
           p.left_behind, p.disability, p.disability_placement, p.status
      FROM registry.pupil p
     WHERE NOT p.voided AND p.entered_on <= p_date AND NOT EXISTS (SELECT 1 FROM later l WHERE l.pupil_id = p.id)
       AND (p_schools IS NULL OR p.school_id = ANY(p_schools))
    UNION ALL
    SELECT p.id, r.county_code, r.school_id, CASE WHEN r.school_id = p.school_id THEN p.class_id END, p.grade,
           p.sex, p.birth_date, p.hukou_type, p.migrant, p.left_behind, p.disability, p.disability_placement, r.status
      FROM rebuilt r JOIN registry.pupil p ON p.id = r.pupil_id AND NOT p.voided
     WHERE p_schools IS NULL OR r.school_id = ANY(p_schools)
$$;

-- Teachers as they stood on the date, like pupils: at the school of their posting valid on the date, so a
-- teacher hired after 9月1日 does not enter that year's ratios and one who moved after it counts where it taught
-- then. A teacher without any posting keeps its current school if it was there by the date. Years at the school
-- count from the start of the posting valid on the date; for teachers who moved school in the year before the
-- date, the years they had spent at the school they left (交流轮岗 eligibility). With p_schools, only the
-- teachers of those schools on the date.
CREATE FUNCTION registry.teacher_facts_on(p_date date, p_schools bigint[] DEFAULT NULL)
    RETURNS TABLE (teacher_id bigint, county_code text, school_id bigint, staffing text, full_time boolean,
                   education text, title text, subject text, stage text, backbone_level text,
                   dual_qualified boolean, psychology text, years_at_school int, moved_this_year boolean,
                   years_at_previous int)
    LANGUAGE sql STABLE AS $$
    WITH posted AS (
        SELECT DISTINCT ON (tp.teacher_id) tp.teacher_id, tp.school_id, tp.valid_from, tp.valid_to
          FROM registry.teacher_posting tp
         WHERE tp.valid_from <= p_date AND (tp.valid_to IS NULL OR tp.valid_to > p_date)
           AND (p_schools IS NULL OR tp.school_id = ANY(p_schools))
         ORDER BY tp.teacher_id, tp.valid_from DESC
    ), on_date AS (
        SELECT t.*, coalesce(p.school_id, t.school_id) AS school_on,
               CASE WHEN p.teacher_id IS NOT NULL AND p.valid_to IS NOT NULL THEN p.valid_from
                    ELSE t.at_school_since END AS since_on
          FROM registry.teacher t
          LEFT JOIN posted p ON p.teacher_id = t.id
         WHERE NOT t.voided
           AND (p_schools IS NULL OR t.school_id = ANY(p_schools)
                OR t.id IN (SELECT tp.teacher_id FROM registry.teacher_posting tp WHERE tp.school_id = ANY(p_schools)))
           AND (p.teacher_id IS NOT NULL
                OR (NOT EXISTS (SELECT 1 FROM registry.teacher_posting e WHERE e.teacher_id = t.id)
                    AND (t.at_school_since IS NULL OR t.at_school_since <= p_date)
                    AND (p_schools IS NULL OR t.school_id = ANY(p_schools))))
    )
    SELECT t.id, CASE WHEN t.school_on = t.school_id THEN t.county_code ELSE coalesce(u.county_code, t.county_code) END,
           t.school_on, t.staffing, t.full_time, t.education, t.title, t.subject, t.stage,
           t.backbone_level, t.dual_qualified, t.psychology,
           CASE WHEN t.since_on IS NULL OR t.since_on > p_date THEN 0
                ELSE extract(year FROM age(p_date, t.since_on))::int END,
           t.since_on > p_date - interval '1 year' AND t.since_on <= p_date,
           CASE WHEN t.since_on > p_date - interval '1 year' AND t.since_on <= p_date THEN
               (SELECT extract(year FROM age(prev.valid_to, prev.valid_from))::int
                  FROM registry.teacher_posting prev
                 WHERE prev.teacher_id = t.id AND prev.valid_to IS NOT NULL AND prev.valid_to <= p_date
                 ORDER BY prev.valid_to DESC LIMIT 1) END
      FROM on_date t
      LEFT JOIN org.unit_scope u ON u.id = t.school_on
$$;

-- Classes of a school year with their pupils counted on a date (class sizes are counted, never typed).
CREATE FUNCTION registry.class_facts_on(p_date date, p_year int, p_schools bigint[] DEFAULT NULL)
    RETURNS TABLE (class_id bigint, county_code text, school_id bigint, grade text, name text, multigrade boolean,
                   special boolean, pupils int)
    LANGUAGE sql STABLE AS $$
    SELECT c.id, c.county_code, c.school_id, c.grade, c.name, c.multigrade, c.special, coalesce(n.pupils, 0)::int
      FROM registry.class c
      LEFT JOIN (SELECT f.class_id, count(*) AS pupils
                   FROM registry.pupil_facts_on(p_date, p_schools) f
                  WHERE f.status = 'ENROLLED' AND f.class_id IS NOT NULL
                  GROUP BY f.class_id) n ON n.class_id = c.id
     WHERE c.school_year = p_year AND (p_schools IS NULL OR c.school_id = ANY(p_schools))
$$;
