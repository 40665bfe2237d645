-- One PostgreSQL schema per module; each module owns its tables and publishes views for others.
CREATE SCHEMA IF NOT EXISTS dict;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE SCHEMA IF NOT EXISTS org;
