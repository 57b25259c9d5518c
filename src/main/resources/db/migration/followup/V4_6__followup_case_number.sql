-- The number of the case the approved follow-up became (set by the cases module), shown on the
-- report's title page.
alter table follow_up add column case_number varchar(60);
