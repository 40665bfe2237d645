-- Flows of a school year (招生, 毕业, 转入, 转出, 辍学, 死亡) per school and grade, as the base reports
-- (基础基312) give them: what a cohort indicator such as 九年义务教育巩固率 needs for years before the registry
-- held every pupil. school_year is the start year of the 学年 in which the flows happened (9月1日–8月31日).
CREATE TABLE registry.school_year_flow (
    school_id     bigint NOT NULL,
    county_code   text   NOT NULL,
    school_year   int    NOT NULL,
    grade         text   NOT NULL,  -- dict GRADE
    intake        int    NOT NULL DEFAULT 0 CHECK (intake >= 0),
    graduates     int    NOT NULL DEFAULT 0 CHECK (graduates >= 0),
    transfers_in  int    NOT NULL DEFAULT 0 CHECK (transfers_in >= 0),
    transfers_out int    NOT NULL DEFAULT 0 CHECK (transfers_out >= 0),
    dropouts      int    NOT NULL DEFAULT 0 CHECK (dropouts >= 0),
    deaths        int    NOT NULL DEFAULT 0 CHECK (deaths >= 0),
    PRIMARY KEY (school_id, school_year, grade)
);
CREATE INDEX school_year_flow_county_idx ON registry.school_year_flow (county_code, school_year);

CREATE VIEW registry.v_school_year_flow AS SELECT * FROM registry.school_year_flow;
