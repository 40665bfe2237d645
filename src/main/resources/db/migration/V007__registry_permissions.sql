-- Registry permissions for the built-in roles. registry:pupil:pii shows identity numbers, addresses
-- and phone numbers unmasked (every such read is audited).
INSERT INTO org.role_permission (role_id, permission)
SELECT r.id, p.permission
  FROM org.role r
  JOIN (VALUES ('SYS_ADMIN'), ('CITY_ADMIN'), ('COUNTY_ADMIN')) AS admins (role_code) ON admins.role_code = r.code
 CROSS JOIN (VALUES
    ('registry:school:read'), ('registry:school:write'),
    ('registry:pupil:read'), ('registry:pupil:write'), ('registry:pupil:import'), ('registry:pupil:pii'),
    ('registry:transfer:request'), ('registry:transfer:approve'),
    ('registry:teacher:read'), ('registry:teacher:write'),
    ('registry:population:read'), ('registry:population:import')
  ) AS p (permission);

INSERT INTO org.role_permission (role_id, permission)
SELECT r.id, p.permission
  FROM org.role r
  JOIN (VALUES
    ('SCHOOL_ADMIN', 'registry:school:read'), ('SCHOOL_ADMIN', 'registry:school:write'),
    ('SCHOOL_ADMIN', 'registry:pupil:read'), ('SCHOOL_ADMIN', 'registry:pupil:write'),
    ('SCHOOL_ADMIN', 'registry:pupil:import'), ('SCHOOL_ADMIN', 'registry:pupil:pii'),
    ('SCHOOL_ADMIN', 'registry:transfer:request'), ('SCHOOL_ADMIN', 'registry:transfer:approve'),
    ('SCHOOL_ADMIN', 'registry:teacher:read'), ('SCHOOL_ADMIN', 'registry:teacher:write'),
    ('INSPECTOR', 'registry:school:read'), ('INSPECTOR', 'registry:pupil:read'),
    ('INSPECTOR', 'registry:teacher:read'),
    ('VIEWER', 'registry:school:read'), ('VIEWER', 'registry:pupil:read'), ('VIEWER', 'registry:teacher:read'),
    ('VIEWER', 'registry:population:read')
  ) AS p (role_code, permission) ON p.role_code = r.code;
