-- Partner reports (issue 6) are incidents of channel PARTNER in the same register, tied to the reporting
-- partner organisation; the coordinator reviews new reports (reviewed_at/reviewed_by).
alter table incident add column partner_organisation_id bigint references partner_organisation(id);
alter table incident add column reviewed_at timestamp with time zone;
alter table incident add column reviewed_by varchar(100);
create index incident_partner on incident (municipality_id, partner_organisation_id, reported_at);
create index incident_review on incident (municipality_id, reviewed_at);
-- Whether an active category is offered as an Open311 service. The graffiti categories stay services;
-- the EST categories are for partners and staff (an app user does not report "threats against staff").
alter table incident_category add column open311 boolean not null default true;
-- The statistics rollup counts partner reports by channel like the others.
alter table incident_stats_month add column channel_partner integer not null default 0;
