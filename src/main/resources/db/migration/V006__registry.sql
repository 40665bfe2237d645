-- Registry: schools' profiles and yearly facts, classes, pupils (学籍) with status events and transfers,
-- teachers with postings, and population cohorts. Every large table carries county_code: the key by
-- which it will be distributed (see docs/ARCHITECTURE.md, scale path). Org units are referenced by id;
-- scope filters join the view org.unit_scope that the org module publishes.
CREATE SCHEMA IF NOT EXISTS registry;

-- Dictionary: pupil status events and the grades, kept as data so labels come from one place.
INSERT INTO dict.dict_type (code, name_zh, name_en, standard) VALUES
    ('GRADE',                '年级',         'Grade',                     'internal (学籍 年级 names)'),
    ('ID_TYPE',              '身份证件类型', 'Identity document type',    'internal (学籍 证件类型, simplified)'),
    ('DISABILITY_PLACEMENT', '残疾学生安置方式', 'Disability placement',   'internal (教育统计 残疾学生就读方式)'),
    ('PUPIL_STATUS',         '学籍状态',     'Pupil status',              'internal'),
    ('STAFFING',             '编制情况',     'Staffing',                  'internal');

INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order, parent_code) VALUES
    ('GRADE', 'K1', '幼儿园小班', 'Kindergarten year 1', 10, NULL),
    ('GRADE', 'K2', '幼儿园中班', 'Kindergarten year 2', 11, NULL),
    ('GRADE', 'K3', '幼儿园大班', 'Kindergarten year 3', 12, NULL),
    ('GRADE', 'P1', '一年级', 'Grade 1', 21, NULL),
    ('GRADE', 'P2', '二年级', 'Grade 2', 22, NULL),
    ('GRADE', 'P3', '三年级', 'Grade 3', 23, NULL),
    ('GRADE', 'P4', '四年级', 'Grade 4', 24, NULL),
    ('GRADE', 'P5', '五年级', 'Grade 5', 25, NULL),
    ('GRADE', 'P6', '六年级', 'Grade 6', 26, NULL),
    ('GRADE', 'J1', '七年级', 'Grade 7', 31, NULL),
    ('GRADE', 'J2', '八年级', 'Grade 8', 32, NULL),
    ('GRADE', 'J3', '九年级', 'Grade 9', 33, NULL),
    ('GRADE', 'S1', '高一', 'Senior year 1', 41, NULL),
    ('GRADE', 'S2', '高二', 'Senior year 2', 42, NULL),
    ('GRADE', 'S3', '高三', 'Senior year 3', 43, NULL),
    ('GRADE', 'V1', '中职一年级', 'Vocational year 1', 51, NULL),
    ('GRADE', 'V2', '中职二年级', 'Vocational year 2', 52, NULL),
    ('GRADE', 'V3', '中职三年级', 'Vocational year 3', 53, NULL),
    ('ID_TYPE', '1', '居民身份证', 'Resident identity card', 10, NULL),
    ('ID_TYPE', '2', '护照', 'Passport', 20, NULL),
    ('ID_TYPE', '3', '港澳台居民证件', 'Hong Kong, Macao or Taiwan document', 30, NULL),
    ('ID_TYPE', '9', '无证件', 'No document', 90, NULL),
    ('DISABILITY_PLACEMENT', '1', '随班就读', 'Regular class', 10, NULL),
    ('DISABILITY_PLACEMENT', '2', '特教班', 'Special class', 20, NULL),
    ('DISABILITY_PLACEMENT', '3', '特殊教育学校', 'Special school', 30, NULL),
    ('DISABILITY_PLACEMENT', '4', '送教上门', 'Home-delivered teaching', 40, NULL),
    ('PUPIL_STATUS', 'ENROLLED', '在校', 'Enrolled', 10, NULL),
    ('PUPIL_STATUS', 'SUSPENDED', '休学', 'Suspended', 20, NULL),
    ('PUPIL_STATUS', 'DROPPED_OUT', '辍学', 'Dropped out', 30, NULL),
    ('PUPIL_STATUS', 'GRADUATED', '毕业', 'Graduated', 40, NULL),
    ('PUPIL_STATUS', 'DECEASED', '死亡', 'Deceased', 50, NULL),
    ('STAFFING', 'IN', '在编', 'Established post', 10, NULL),
    ('STAFFING', 'OUT', '非在编', 'Non-established', 20, NULL);

CREATE TABLE registry.school (
    org_unit_id       bigint PRIMARY KEY,
    county_code       text    NOT NULL,
    ownership         text    NOT NULL,               -- dict SCHOOL_OWNERSHIP
    inclusive_private boolean NOT NULL DEFAULT false, -- 普惠性民办 recognition
    inclusive_since   date,
    urban_rural       text,                           -- dict URBAN_RURAL
    stages            text[]  NOT NULL,               -- dict STAGE codes offered
    boarding          boolean NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text    NOT NULL,
    updated_at        timestamptz,
    updated_by        text,
    CHECK (NOT inclusive_private OR ownership = '2')
);
CREATE INDEX school_county_idx ON registry.school (county_code);

-- Facilities and finance per school year (start year of the 学年).
CREATE TABLE registry.school_year_facts (
    org_unit_id            bigint  NOT NULL REFERENCES registry.school (org_unit_id),
    school_year            int     NOT NULL,
    county_code            text    NOT NULL,
    teaching_area_m2       numeric(12, 2),  -- 教学及辅助用房
    building_area_m2       numeric(12, 2),
    sports_ground_m2       numeric(12, 2),
    student_computers      int,
    teacher_computers      int,
    multimedia_classrooms  int,              -- 网络多媒体教室
    bandwidth_mbps         int,
    counseling_room        boolean,          -- 心理辅导室
    resource_room          boolean,          -- 资源教室
    alarm_compliant        boolean,          -- 一键式紧急报警
    video_compliant        boolean,          -- 视频监控
    closed_campus          boolean,          -- 封闭化管理
    equipment_value_yuan   numeric(14, 2),
    public_funds_per_pupil numeric(10, 2),   -- 生均公用经费
    teacher_training_yuan  numeric(14, 2),
    PRIMARY KEY (org_unit_id, school_year)
);

CREATE TABLE registry.class (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    county_code text    NOT NULL,
    school_id   bigint  NOT NULL,
    school_year int     NOT NULL,
    grade       text    NOT NULL,  -- dict GRADE
    name        text    NOT NULL,
    multigrade  boolean NOT NULL DEFAULT false,  -- 复式班
    special     boolean NOT NULL DEFAULT false,  -- 特教班
    UNIQUE (school_id, school_year, name)
);
CREATE INDEX class_county_idx ON registry.class (county_code, school_year);

CREATE TABLE registry.pupil (
    id                   bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    county_code          text    NOT NULL,
    school_id            bigint  NOT NULL,
    class_id             bigint REFERENCES registry.class (id),
    grade                text    NOT NULL,   -- dict GRADE
    name                 text    NOT NULL,
    id_type              text    NOT NULL,   -- dict ID_TYPE
    id_number            text,               -- 18 characters when id_type = 1, checked by IdNumber
    no_id_reason         text,
    student_no           text    NOT NULL,   -- 学籍号: G + ID number, or L/J variants
    sex                  text    NOT NULL,   -- dict GENDER
    birth_date           date    NOT NULL,
    ethnicity            text,               -- dict ETHNICITY
    hukou_address        text,
    hukou_type           text,               -- dict HUKOU_TYPE
    migrant              boolean NOT NULL DEFAULT false,  -- 随迁子女
    left_behind          boolean NOT NULL DEFAULT false,  -- 留守儿童
    disability           text,               -- dict DISABILITY
    disability_grade     text,               -- dict DISABILITY_GRADE
    disability_placement text,               -- dict DISABILITY_PLACEMENT
    status               text    NOT NULL DEFAULT 'ENROLLED',  -- dict PUPIL_STATUS
    entered_on           date    NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text    NOT NULL,
    updated_at           timestamptz,
    updated_by           text,
    voided               boolean NOT NULL DEFAULT false,
    void_reason          text,
    CHECK (id_type <> '1' OR id_number ~ '^\d{17}[\dX]$'),
    CHECK (id_number IS NOT NULL OR no_id_reason IS NOT NULL)
);
-- One person, one record: the database itself rejects a second live record for an ID number.
CREATE UNIQUE INDEX pupil_one_record_per_id ON registry.pupil (id_type, id_number)
    WHERE id_number IS NOT NULL AND NOT voided;
CREATE UNIQUE INDEX pupil_student_no_idx ON registry.pupil (student_no) WHERE NOT voided;
CREATE INDEX pupil_school_idx ON registry.pupil (school_id, grade);
CREATE INDEX pupil_county_idx ON registry.pupil (county_code, status);
CREATE INDEX pupil_name_idx ON registry.pupil (name text_pattern_ops);

-- Status history as events: nothing about a pupil's past is overwritten.
CREATE TABLE registry.pupil_event (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id    bigint NOT NULL REFERENCES registry.pupil (id),
    county_code text   NOT NULL,
    school_id   bigint NOT NULL,
    kind        text   NOT NULL CHECK (kind IN ('ENROL', 'TRANSFER_OUT', 'TRANSFER_IN', 'SUSPEND', 'RESUME',
                                                'DROP_OUT', 'RETURN', 'GRADUATE', 'DECEASE')),
    occurred_on date   NOT NULL,
    reason      text,
    actor       text   NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pupil_event_pupil_idx ON registry.pupil_event (pupil_id, occurred_on);
CREATE INDEX pupil_event_county_idx ON registry.pupil_event (county_code, kind, occurred_on);

-- Transfers (转学): requested by the receiving school, approved by 转出校, 转出县, 转入县.
CREATE TABLE registry.transfer (
    id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    pupil_id        bigint NOT NULL REFERENCES registry.pupil (id),
    from_school_id  bigint NOT NULL,
    to_school_id    bigint NOT NULL,
    from_county     text   NOT NULL,
    to_county       text   NOT NULL,
    to_grade        text   NOT NULL,
    state           text   NOT NULL CHECK (state IN ('AWAITING_FROM_SCHOOL', 'AWAITING_FROM_COUNTY',
                                                     'AWAITING_TO_COUNTY', 'COMPLETED', 'REJECTED', 'CANCELLED')),
    reason          text   NOT NULL,
    requested_on    date   NOT NULL,
    requested_by    text   NOT NULL,
    step_started_on date   NOT NULL,
    completed_on    date,
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- At most one open transfer per pupil.
CREATE UNIQUE INDEX transfer_one_open_idx ON registry.transfer (pupil_id)
    WHERE state LIKE 'AWAITING%';
CREATE INDEX transfer_from_idx ON registry.transfer (from_county, state);
CREATE INDEX transfer_to_idx ON registry.transfer (to_county, state);

CREATE TABLE registry.transfer_decision (
    transfer_id bigint NOT NULL REFERENCES registry.transfer (id),
    step        text   NOT NULL,
    decision    text   NOT NULL CHECK (decision IN ('APPROVED', 'REJECTED')),
    comment     text,
    decided_by  text   NOT NULL,
    decided_on  date   NOT NULL,
    PRIMARY KEY (transfer_id, step)
);

CREATE TABLE registry.teacher (
    id                bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    county_code       text    NOT NULL,
    school_id         bigint,              -- NULL: not posted (a data-quality finding)
    name              text    NOT NULL,
    id_number         text    NOT NULL,
    sex               text    NOT NULL,
    birth_date        date    NOT NULL,
    staffing          text    NOT NULL,    -- dict STAFFING
    full_time         boolean NOT NULL DEFAULT true,  -- 专任教师
    education         text,                -- dict EDUCATION
    title             text,                -- dict TEACHER_TITLE
    subject           text,
    stage             text,                -- dict STAGE taught
    backbone_level    text,                -- 骨干教师 level: 国家/省/市/县
    dual_qualified    boolean NOT NULL DEFAULT false,  -- 双师型 (vocational)
    psychology        text CHECK (psychology IN ('FULL', 'PART')),  -- 心理健康教育 专职/兼职
    at_school_since   date,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text    NOT NULL,
    updated_at        timestamptz,
    updated_by        text,
    voided            boolean NOT NULL DEFAULT false,
    void_reason       text,
    CHECK (id_number ~ '^\d{17}[\dX]$')
);
CREATE UNIQUE INDEX teacher_one_record_per_id ON registry.teacher (id_number) WHERE NOT voided;
CREATE INDEX teacher_school_idx ON registry.teacher (school_id);
CREATE INDEX teacher_county_idx ON registry.teacher (county_code);

CREATE TABLE registry.teacher_posting (
    teacher_id bigint NOT NULL REFERENCES registry.teacher (id),
    school_id  bigint NOT NULL,
    valid_from date   NOT NULL,
    valid_to   date,
    PRIMARY KEY (teacher_id, valid_from)
);

-- Single-year age cohorts per town, 户籍 and 常住 kept apart.
CREATE TABLE registry.population (
    town_id     bigint NOT NULL,
    county_code text   NOT NULL,
    year        int    NOT NULL,
    basis       text   NOT NULL CHECK (basis IN ('HUKOU', 'RESIDENT')),
    age         int    NOT NULL CHECK (age BETWEEN 0 AND 18),
    sex         text   NOT NULL,
    persons     int    NOT NULL CHECK (persons >= 0),
    PRIMARY KEY (town_id, year, basis, age, sex)
);
CREATE INDEX population_county_idx ON registry.population (county_code, year);
