-- Issue 7: publication. A paragraph may be marked confidential (sekretess) with its legal ground; the public
-- versions of the minutes, the portal and the OParl API mask it and show the ground (OSL 2009:400, TF 2 kap.).
alter table meeting_paragraph add column confidential boolean not null default false;
alter table meeting_paragraph add column confidentiality_ground varchar(300);
-- When a meeting and a paragraph were created and last changed: OParl 1.1 requires created and modified on
-- every object, and feeds and caching headers need them. Existing rows get the time of this migration.
alter table meeting add column created_at timestamp with time zone default current_timestamp not null;
alter table meeting add column modified_at timestamp with time zone default current_timestamp not null;
alter table meeting_paragraph add column created_at timestamp with time zone default current_timestamp not null;
alter table meeting_paragraph add column modified_at timestamp with time zone default current_timestamp not null;
create index meeting_modified on meeting (municipality_id, modified_at, id);
create index meeting_paragraph_modified on meeting_paragraph (municipality_id, modified_at, id);
