-- Code lists (字典) owned by the dict module. Codes are the official national codes wherever a
-- national list exists, so that registry data can be exchanged with 教育统计 / 学籍 / 教师管理 systems
-- without translation tables. Where no official list exists, or it could not be confirmed, the
-- comment above the type says so and the codes are internal.

CREATE TABLE dict.dict_type (
    code     text PRIMARY KEY,
    name_zh  text NOT NULL,
    name_en  text NOT NULL,
    standard text NOT NULL
);
COMMENT ON COLUMN dict.dict_type.code IS 'UPPER_SNAKE type code, equal to DictType.name() in Java';
COMMENT ON COLUMN dict.dict_type.standard IS 'Source of the codes, e.g. GB/T 2261.1-2003, or "internal"';

CREATE TABLE dict.dict_item (
    type_code   text    NOT NULL REFERENCES dict.dict_type (code),
    code        text    NOT NULL,
    label_zh    text    NOT NULL,
    label_en    text    NOT NULL,
    sort_order  int     NOT NULL,
    parent_code text    NULL,
    active      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (type_code, code),
    UNIQUE (type_code, label_zh),
    -- Codes are matched verbatim against Excel input, so stray blanks would make them unmatchable.
    CHECK (code <> '' AND code = btrim(code)),
    -- A parent must be an item of the same type; NULL parent_code is not checked (MATCH SIMPLE).
    FOREIGN KEY (type_code, parent_code) REFERENCES dict.dict_item (type_code, code)
);
COMMENT ON COLUMN dict.dict_item.active IS
    'false = withdrawn code: still labelled for historical records, no longer offered or accepted as input';

INSERT INTO dict.dict_type (code, name_zh, name_en, standard) VALUES
    ('GENDER',           '性别',               'Gender',                       'GB/T 2261.1-2003'),
    ('ETHNICITY',        '民族',               'Ethnic group',                 'GB/T 3304-1991'),
    ('SCHOOL_OWNERSHIP', '办别',               'School ownership',             'internal (simplified 教育统计 办别)'),
    ('SCHOOL_TYPE',      '学校(机构)类别',     'School (institution) type',    'GB/T 33782-2017 表4 办学类型代码 (教育事业统计)'),
    ('STAGE',            '学段',               'Education stage',              'internal (no national code list)'),
    ('HUKOU_TYPE',       '户口性质',           'Household registration type',  '全国中小学生学籍信息管理系统 户口性质 (3 internal)'),
    ('DISABILITY',       '残疾类别',           'Disability category',          'GB/T 26341-2010'),
    ('DISABILITY_GRADE', '残疾等级',           'Disability grade',             'GB/T 26341-2010'),
    ('EDUCATION',        '学历',               'Educational attainment',       'GB/T 4658-2006'),
    ('TEACHER_TITLE',    '中小学教师职称',     'Primary/secondary teacher title', 'internal (人社部发〔2015〕79号 title names)'),
    ('URBAN_RURAL',      '城乡分类',           'Urban-rural classification',   '国家统计局 统计用城乡划分代码 (GB/T 33782-2017 表5)');

-- GB/T 2261.1-2003 人的性别代码.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('GENDER', '1', '男',           'Male',          10),
    ('GENDER', '2', '女',           'Female',        20),
    ('GENDER', '0', '未知的性别',   'Unknown',       30),
    ('GENDER', '9', '未说明的性别', 'Not stated',    40);

-- GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码: the 56 nationalities plus 97 其他 and
-- 98 外国血统中国籍人士. Codes 57-59 seen in some third-party systems (e.g. 穿青人) are not part of
-- the standard and are deliberately absent. 36 is 毛南族 and 46 德昂族 (renamed from 毛难/崩龙).
-- English labels are the common English names, not the standard's romanisation column.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('ETHNICITY', '01', '汉族',       'Han',        1),
    ('ETHNICITY', '02', '蒙古族',     'Mongol',     2),
    ('ETHNICITY', '03', '回族',       'Hui',        3),
    ('ETHNICITY', '04', '藏族',       'Tibetan',    4),
    ('ETHNICITY', '05', '维吾尔族',   'Uyghur',     5),
    ('ETHNICITY', '06', '苗族',       'Miao',       6),
    ('ETHNICITY', '07', '彝族',       'Yi',         7),
    ('ETHNICITY', '08', '壮族',       'Zhuang',     8),
    ('ETHNICITY', '09', '布依族',     'Bouyei',     9),
    ('ETHNICITY', '10', '朝鲜族',     'Korean',    10),
    ('ETHNICITY', '11', '满族',       'Manchu',    11),
    ('ETHNICITY', '12', '侗族',       'Dong',      12),
    ('ETHNICITY', '13', '瑶族',       'Yao',       13),
    ('ETHNICITY', '14', '白族',       'Bai',       14),
    ('ETHNICITY', '15', '土家族',     'Tujia',     15),
    ('ETHNICITY', '16', '哈尼族',     'Hani',      16),
    ('ETHNICITY', '17', '哈萨克族',   'Kazakh',    17),
    ('ETHNICITY', '18', '傣族',       'Dai',       18),
    ('ETHNICITY', '19', '黎族',       'Li',        19),
    ('ETHNICITY', '20', '傈僳族',     'Lisu',      20),
    ('ETHNICITY', '21', '佤族',       'Va',        21),
    ('ETHNICITY', '22', '畲族',       'She',       22),
    ('ETHNICITY', '23', '高山族',     'Gaoshan',   23),
    ('ETHNICITY', '24', '拉祜族',     'Lahu',      24),
    ('ETHNICITY', '25', '水族',       'Shui',      25),
    ('ETHNICITY', '26', '东乡族',     'Dongxiang', 26),
    ('ETHNICITY', '27', '纳西族',     'Naxi',      27),
    ('ETHNICITY', '28', '景颇族',     'Jingpo',    28),
    ('ETHNICITY', '29', '柯尔克孜族', 'Kyrgyz',    29),
    ('ETHNICITY', '30', '土族',       'Tu',        30),
    ('ETHNICITY', '31', '达斡尔族',   'Daur',      31),
    ('ETHNICITY', '32', '仫佬族',     'Mulao',     32),
    ('ETHNICITY', '33', '羌族',       'Qiang',     33),
    ('ETHNICITY', '34', '布朗族',     'Blang',     34),
    ('ETHNICITY', '35', '撒拉族',     'Salar',     35),
    ('ETHNICITY', '36', '毛南族',     'Maonan',    36),
    ('ETHNICITY', '37', '仡佬族',     'Gelao',     37),
    ('ETHNICITY', '38', '锡伯族',     'Xibe',      38),
    ('ETHNICITY', '39', '阿昌族',     'Achang',    39),
    ('ETHNICITY', '40', '普米族',     'Pumi',      40),
    ('ETHNICITY', '41', '塔吉克族',   'Tajik',     41),
    ('ETHNICITY', '42', '怒族',       'Nu',        42),
    ('ETHNICITY', '43', '乌孜别克族', 'Uzbek',     43),
    ('ETHNICITY', '44', '俄罗斯族',   'Russian',   44),
    ('ETHNICITY', '45', '鄂温克族',   'Evenki',    45),
    ('ETHNICITY', '46', '德昂族',     'De''ang',   46),
    ('ETHNICITY', '47', '保安族',     'Bonan',     47),
    ('ETHNICITY', '48', '裕固族',     'Yugur',     48),
    ('ETHNICITY', '49', '京族',       'Gin',       49),
    ('ETHNICITY', '50', '塔塔尔族',   'Tatar',     50),
    ('ETHNICITY', '51', '独龙族',     'Derung',    51),
    ('ETHNICITY', '52', '鄂伦春族',   'Oroqen',    52),
    ('ETHNICITY', '53', '赫哲族',     'Hezhen',    53),
    ('ETHNICITY', '54', '门巴族',     'Monba',     54),
    ('ETHNICITY', '55', '珞巴族',     'Lhoba',     55),
    ('ETHNICITY', '56', '基诺族',     'Jino',      56),
    ('ETHNICITY', '97', '其他',       'Other',     97),
    ('ETHNICITY', '98', '外国血统中国籍人士', 'Chinese citizen of foreign origin', 98);

-- 办别, simplified to what the bureaus report: 1 公办 / 2 民办. These are internal codes: the full
-- 教育统计 学校办别 list (11 教育部门和集体办, 12 社会力量办, 19 其他部门办, 21 公办, 22 民办,
-- 23 民办公助, 29 其他) reuses "21" for 公办, so a child "21 普惠性民办" would collide in meaning with
-- the statistics code. 普惠性 is also not an ownership form but a time-limited recognition by the
-- education authority (认定 / 撤销) that public kindergartens have by default; it therefore
-- belongs in a separate flag (with its own validity period) on the kindergarten, not in this list.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('SCHOOL_OWNERSHIP', '1', '公办', 'Public',               10),
    ('SCHOOL_OWNERSHIP', '2', '民办', 'Private (non-state)',  20);

-- 办学类型代码 as used in 教育事业统计 (GB/T 33782-2017 表4). Only school/institution codes in the
-- bureaus' remit (学前, 义务教育, 高中, 中职, 工读, 特教) are seeded. Deliberately omitted:
--   * 附设班 codes (119 附设幼儿班, 219 附设小学班, 319 附设普通初中班, 329 附设职业初中班,
--     349 附设普通高中班, 368 附设中职班, 519 附设特教班): they describe classes hosted by another
--     school, which the registry will model on the host school, not as a school type;
--   * adult education (22x, 33x, 35x), higher education (4xx) and other institutions (9xx).
-- 513 is listed as 弱智学校 in older code tables; current statistics use the name 培智学校.
-- 369 is "其他机构" under the 中职 group in the code tables; named 其他中职机构 here to be unambiguous.
-- 371 工读学校 has been called 专门学校 since the 2020 revision of the juvenile delinquency law; the
-- code is unchanged.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('SCHOOL_TYPE', '111', '幼儿园',             'Kindergarten',                              10),
    ('SCHOOL_TYPE', '211', '小学',               'Primary school',                            20),
    ('SCHOOL_TYPE', '218', '小学教学点',         'Primary teaching point',                    30),
    ('SCHOOL_TYPE', '311', '初级中学',           'Junior secondary school',                   40),
    ('SCHOOL_TYPE', '312', '九年一贯制学校',     'Nine-year integrated school',               50),
    ('SCHOOL_TYPE', '321', '职业初中',           'Vocational junior secondary school',        60),
    ('SCHOOL_TYPE', '341', '完全中学',           'Complete secondary school',                 70),
    ('SCHOOL_TYPE', '342', '高级中学',           'Senior secondary school',                   80),
    ('SCHOOL_TYPE', '345', '十二年一贯制学校',   'Twelve-year integrated school',             90),
    ('SCHOOL_TYPE', '361', '调整后中等职业学校', 'Restructured secondary vocational school', 100),
    ('SCHOOL_TYPE', '362', '中等技术学校',       'Secondary technical school',               110),
    ('SCHOOL_TYPE', '363', '中等师范学校',       'Secondary normal school',                  120),
    ('SCHOOL_TYPE', '364', '成人中等专业学校',   'Adult secondary specialised school',       130),
    ('SCHOOL_TYPE', '365', '职业高中学校',       'Vocational senior secondary school',       140),
    ('SCHOOL_TYPE', '366', '技工学校',           'Skilled workers school',                   150),
    ('SCHOOL_TYPE', '369', '其他中职机构',       'Other secondary vocational institution',   160),
    ('SCHOOL_TYPE', '371', '工读学校',           'Work-study (specialised) school',          170),
    ('SCHOOL_TYPE', '511', '盲人学校',           'School for the blind',                     180),
    ('SCHOOL_TYPE', '512', '聋人学校',           'School for the deaf',                      190),
    ('SCHOOL_TYPE', '513', '培智学校',           'School for students with intellectual disabilities', 200),
    ('SCHOOL_TYPE', '514', '其他特殊教育学校',   'Other special education school',           210);

-- There is no national code list for 学段; these internal codes are stable identifiers used by
-- other modules (indicators, plans), so they are readable words rather than numbers.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('STAGE', 'PRESCHOOL',  '学前教育',     'Preschool education',           10),
    ('STAGE', 'PRIMARY',    '小学',         'Primary education',             20),
    ('STAGE', 'JUNIOR',     '初中',         'Junior secondary education',    30),
    ('STAGE', 'SENIOR',     '普通高中',     'General senior secondary',      40),
    ('STAGE', 'VOCATIONAL', '中等职业教育', 'Secondary vocational education', 50),
    ('STAGE', 'SPECIAL',    '特殊教育',     'Special education',             60);

-- 户口性质: the 全国中小学生学籍信息管理系统 填表说明 defines 1-农业户口 and 2-非农业户口. Since the
-- 2014 户籍制度改革 most provinces register a unified 居民户口; its code 3 is internal and could not be
-- confirmed against the current 学籍 system. Check before exchanging data with 学籍.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('HUKOU_TYPE', '1', '农业户口',   'Agricultural hukou',      10),
    ('HUKOU_TYPE', '2', '非农业户口', 'Non-agricultural hukou',  20),
    ('HUKOU_TYPE', '3', '居民户口',   'Resident hukou (unified)', 30);

-- GB/T 26341-2010 残疾人残疾分类和分级. The digits are those of the 残疾人证 number (18-digit ID +
-- category digit + grade digit), which are also used by 学籍 and 特教 statistics.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('DISABILITY', '1', '视力残疾', 'Visual impairment',       10),
    ('DISABILITY', '2', '听力残疾', 'Hearing impairment',      20),
    ('DISABILITY', '3', '言语残疾', 'Speech impairment',       30),
    ('DISABILITY', '4', '肢体残疾', 'Physical disability',     40),
    ('DISABILITY', '5', '智力残疾', 'Intellectual disability', 50),
    ('DISABILITY', '6', '精神残疾', 'Psychosocial disability', 60),
    ('DISABILITY', '7', '多重残疾', 'Multiple disabilities',   70);

-- 一级 is the most severe (极重度), 四级 the mildest (轻度).
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('DISABILITY_GRADE', '1', '一级', 'Grade 1 (extremely severe)', 10),
    ('DISABILITY_GRADE', '2', '二级', 'Grade 2 (severe)',           20),
    ('DISABILITY_GRADE', '3', '三级', 'Grade 3 (moderate)',         30),
    ('DISABILITY_GRADE', '4', '四级', 'Grade 4 (mild)',             40);

-- GB/T 4658-2006 学历代码: the x0 rows are the categories, the others their detailed codes
-- (毕业 graduated / 结业 completed without diploma / 肄业 left without completing). The whole list is
-- seeded because teacher and staff imports contain all of them; 90 其他 has no children.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order, parent_code) VALUES
    ('EDUCATION', '10', '研究生教育',       'Postgraduate education',                    100, NULL),
    ('EDUCATION', '20', '大学本科教育',     'Undergraduate (bachelor) education',        200, NULL),
    ('EDUCATION', '30', '大学专科教育',     'Junior college education',                  300, NULL),
    ('EDUCATION', '40', '中等职业教育',     'Secondary vocational education',            400, NULL),
    ('EDUCATION', '60', '普通高级中学教育', 'General senior secondary education',        600, NULL),
    ('EDUCATION', '70', '初级中学教育',     'Junior secondary education',                700, NULL),
    ('EDUCATION', '80', '小学教育',         'Primary education',                         800, NULL),
    ('EDUCATION', '90', '其他',             'Other',                                     900, NULL),
    ('EDUCATION', '11', '博士研究生毕业',   'Doctoral programme, graduated',             110, '10'),
    ('EDUCATION', '12', '博士研究生结业',   'Doctoral programme, completed without diploma', 120, '10'),
    ('EDUCATION', '13', '博士研究生肄业',   'Doctoral programme, not completed',         130, '10'),
    ('EDUCATION', '14', '硕士研究生毕业',   'Master''s programme, graduated',            140, '10'),
    ('EDUCATION', '15', '硕士研究生结业',   'Master''s programme, completed without diploma', 150, '10'),
    ('EDUCATION', '16', '硕士研究生肄业',   'Master''s programme, not completed',        160, '10'),
    ('EDUCATION', '17', '研究生班毕业',     'Postgraduate class, graduated',             170, '10'),
    ('EDUCATION', '18', '研究生班结业',     'Postgraduate class, completed without diploma', 180, '10'),
    ('EDUCATION', '19', '研究生班肄业',     'Postgraduate class, not completed',         190, '10'),
    ('EDUCATION', '21', '大学本科毕业',     'Bachelor programme, graduated',             210, '20'),
    ('EDUCATION', '22', '大学本科结业',     'Bachelor programme, completed without diploma', 220, '20'),
    ('EDUCATION', '23', '大学本科肄业',     'Bachelor programme, not completed',         230, '20'),
    ('EDUCATION', '28', '大学普通班毕业',   'University general class, graduated',       280, '20'),
    ('EDUCATION', '31', '大学专科毕业',     'Junior college, graduated',                 310, '30'),
    ('EDUCATION', '32', '大学专科结业',     'Junior college, completed without diploma', 320, '30'),
    ('EDUCATION', '33', '大学专科肄业',     'Junior college, not completed',             330, '30'),
    ('EDUCATION', '41', '中等专科毕业',     'Secondary specialised school, graduated',   410, '40'),
    ('EDUCATION', '42', '中等专科结业',     'Secondary specialised school, completed without diploma', 420, '40'),
    ('EDUCATION', '43', '中等专科肄业',     'Secondary specialised school, not completed', 430, '40'),
    ('EDUCATION', '44', '职业高中毕业',     'Vocational senior secondary, graduated',    440, '40'),
    ('EDUCATION', '45', '职业高中结业',     'Vocational senior secondary, completed without diploma', 450, '40'),
    ('EDUCATION', '46', '职业高中肄业',     'Vocational senior secondary, not completed', 460, '40'),
    ('EDUCATION', '47', '技工学校毕业',     'Skilled workers school, graduated',         470, '40'),
    ('EDUCATION', '48', '技工学校结业',     'Skilled workers school, completed without diploma', 480, '40'),
    ('EDUCATION', '49', '技工学校肄业',     'Skilled workers school, not completed',     490, '40'),
    ('EDUCATION', '61', '普通高中毕业',     'General senior secondary, graduated',       610, '60'),
    ('EDUCATION', '62', '普通高中结业',     'General senior secondary, completed without diploma', 620, '60'),
    ('EDUCATION', '63', '普通高中肄业',     'General senior secondary, not completed',   630, '60'),
    ('EDUCATION', '71', '初中毕业',         'Junior secondary, graduated',               710, '70'),
    ('EDUCATION', '73', '初中肄业',         'Junior secondary, not completed',           730, '70'),
    ('EDUCATION', '81', '小学毕业',         'Primary, graduated',                        810, '80'),
    ('EDUCATION', '83', '小学肄业',         'Primary, not completed',                    830, '80');

-- Title names follow the 2015 reform (人社部发〔2015〕79号 关于深化中小学教师职称制度改革的指导意见).
-- The codes used by the 全国教师管理信息系统 could not be confirmed, so these codes are internal
-- words; map them when the national codes are confirmed. 未定职级 (not yet ranked) is ours too.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('TEACHER_TITLE', 'SENIOR_FULL', '正高级教师', 'Senior teacher (full professorial rank)', 10),
    ('TEACHER_TITLE', 'SENIOR',      '高级教师',   'Senior teacher',                          20),
    ('TEACHER_TITLE', 'FIRST',       '一级教师',   'First-grade teacher',                     30),
    ('TEACHER_TITLE', 'SECOND',      '二级教师',   'Second-grade teacher',                    40),
    ('TEACHER_TITLE', 'THIRD',       '三级教师',   'Third-grade teacher',                     50),
    ('TEACHER_TITLE', 'UNRANKED',    '未定职级',   'Not yet ranked',                          60);

-- 城乡分类代码 of the 统计用区划和城乡划分代码 (also GB/T 33782-2017 表5 所在地城乡类型). Only the
-- leaf codes are seeded because a school is always classified at leaf level; the 城区 / 镇区 / 乡村
-- roll-up used in statistics is the code prefix 11 / 12 / 2.
INSERT INTO dict.dict_item (type_code, code, label_zh, label_en, sort_order) VALUES
    ('URBAN_RURAL', '111', '主城区',     'Main urban area',     10),
    ('URBAN_RURAL', '112', '城乡结合区', 'Urban-rural fringe',  20),
    ('URBAN_RURAL', '121', '镇中心区',   'Town centre',         30),
    ('URBAN_RURAL', '122', '镇乡结合区', 'Town-rural fringe',   40),
    ('URBAN_RURAL', '123', '特殊区域',   'Special area',        50),
    ('URBAN_RURAL', '210', '乡中心区',   'Township centre',     60),
    ('URBAN_RURAL', '220', '村庄',       'Village',             70);
