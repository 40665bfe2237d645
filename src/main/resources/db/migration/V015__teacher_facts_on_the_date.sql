-- Teachers as they stood on the date, like pupils: at the school of their posting valid on the date. Before,
-- every live teacher was counted at its current school, so a teacher hired after 9月1日 entered that year's
-- pupil–teacher ratios, and one who moved after it was counted at its new school instead of the old one.
-- A teacher without any posting (none is written without one) keeps its current school if it was there by the
-- date. Years at the school count from the start of the posting valid on the date (for the open posting, from
-- at_school_since as before).
CREATE OR REPLACE FUNCTION registry.teacher_facts_on(p_date date)
    RETURNS TABLE (teacher_id bigint, county_code text, school_id bigint, staffing text, full_time boolean,
                   education text, title text, subject text, stage text, backbone_level text,
                   dual_qualified boolean, psychology text, years_at_school int, moved_this_year boolean,
                   years_at_previous int)
    LANGUAGE sql STABLE AS $$
    WITH posted AS (
        SELECT DISTINCT ON (tp.teacher_id) tp.teacher_id, tp.school_id, tp.valid_from, tp.valid_to
          FROM registry.teacher_posting tp
         WHERE tp.valid_from <= p_date AND (tp.valid_to IS NULL OR tp.valid_to > p_date)
         ORDER BY tp.teacher_id, tp.valid_from DESC
    ), ever_posted AS (
        SELECT DISTINCT tp.teacher_id FROM registry.teacher_posting tp
    ), on_date AS (
        SELECT t.*, coalesce(p.school_id, t.school_id) AS school_on,
               CASE WHEN p.teacher_id IS NOT NULL AND p.valid_to IS NOT NULL THEN p.valid_from
                    ELSE t.at_school_since END AS since_on
          FROM registry.teacher t
          LEFT JOIN posted p ON p.teacher_id = t.id
          LEFT JOIN ever_posted e ON e.teacher_id = t.id
         WHERE NOT t.voided
           AND (p.teacher_id IS NOT NULL
                OR (e.teacher_id IS NULL AND (t.at_school_since IS NULL OR t.at_school_since <= p_date)))
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
