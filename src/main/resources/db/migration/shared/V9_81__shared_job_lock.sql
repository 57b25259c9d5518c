-- Scheduled jobs (reminders, the police-feed fetch) run on one instance at a time when several Tryggve
-- instances share the database (issue 8): an instance runs a job only after taking its row here with an
-- atomic UPDATE ... WHERE locked_until <= now (shared.JobLock). A killed instance's lock ends by itself at
-- locked_until. Not tenant data: a job serves every municipality, so the table has no municipality_id.
create table job_lock (
    name         varchar(100)             not null primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(200)             not null
);
