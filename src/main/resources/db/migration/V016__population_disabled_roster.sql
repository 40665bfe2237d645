-- A third population basis: the 残联 roster of disabled children (实名制 data) by town, age and sex, the
-- denominator of 适龄残疾儿童少年义务教育入学率. Kept apart from 户籍 and 常住 like they are from each other.
ALTER TABLE registry.population DROP CONSTRAINT population_basis_check;
ALTER TABLE registry.population ADD CONSTRAINT population_basis_check
    CHECK (basis IN ('HUKOU', 'RESIDENT', 'DISABLED'));
