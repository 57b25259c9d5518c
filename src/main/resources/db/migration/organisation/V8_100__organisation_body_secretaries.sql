-- The secretaries of a body (nämndsekreterare): persons of the register whose linked user account keeps
-- that body's minutes. A body with none named is served by the municipality's secretariat as a whole
-- (every account with the secretary role), which is how a small kansli works.
create table body_secretary (
    municipality_id  bigint not null references municipality (id),
    body_id          bigint not null references body (id),
    person_id        bigint not null references person (id),
    created_at       timestamp with time zone not null default current_timestamp,
    primary key (body_id, person_id)
);
create index body_secretary_m on body_secretary (municipality_id, body_id);
