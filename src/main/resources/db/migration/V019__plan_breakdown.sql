-- 分解到县: a county plan that breaks down a city plan, and the city target or task each of its targets and tasks
-- breaks down. Only a COUNTY plan of a county directly under the CITY plan's unit may have a parent; the service
-- (PlanBreakdown) enforces that, as the rule spans the org tree of another module. Deleting a city target or task
-- in the editor leaves the county's own copy in place, no longer linked.
ALTER TABLE plan.plan ADD COLUMN parent_id bigint REFERENCES plan.plan (id);
CREATE INDEX plan_parent_idx ON plan.plan (parent_id);

ALTER TABLE plan.target ADD COLUMN parent_target_id bigint REFERENCES plan.target (id) ON DELETE SET NULL;
CREATE INDEX target_parent_idx ON plan.target (parent_target_id);

ALTER TABLE plan.task ADD COLUMN parent_task_id bigint REFERENCES plan.task (id) ON DELETE SET NULL;
CREATE INDEX task_parent_idx ON plan.task (parent_task_id);
