-- Class sizes are counted from pupils per class (registry.v_class_size); the classes list counts them for
-- every class of a school year in the caller's scope, which needs the pupils of one class by index.
CREATE INDEX pupil_class_idx ON registry.pupil (class_id) WHERE class_id IS NOT NULL;

-- A teacher holds one posting at a time: recording a new posting closes the open one on the day the new
-- one starts, so postings never overlap and a posting ends after it begins.
CREATE UNIQUE INDEX teacher_posting_one_open_idx ON registry.teacher_posting (teacher_id) WHERE valid_to IS NULL;
ALTER TABLE registry.teacher_posting
    ADD CONSTRAINT teacher_posting_period_check CHECK (valid_to IS NULL OR valid_to > valid_from);
