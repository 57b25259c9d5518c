-- A partner reporter's account belongs to one partner organisation (like a department reporter's to a
-- department); the organisation module owns the table.
alter table app_user add column partner_organisation_id bigint;
