-- The report is dated with the day the follow-up was approved (null while open).
alter table follow_up add column approved_on date;
