-- OParl 1.1 (issue 7): every object the OParl API has shown carries `created` and `modified`
-- (OParl 1.1, "Objekte": mandatory on every object), and a deleted object keeps answering at its id
-- with `deleted: true` ("Gelöschte Objekte"). The registers of the other modules keep neither, so the
-- oparl module records them here from the StateChanged events the use cases publish (and, for objects
-- older than this table, the first time the API shows them). A row is never removed: it is the
-- tombstone of a deleted object.
create table oparl_object (
    municipality_id bigint not null references municipality(id),
    -- the OParl type without its URL prefix, e.g. 'Person', 'Organization', 'Consultation'
    object_type varchar(30) not null,
    -- the last part of the object's id URL, e.g. '12' or 'g3' (bodies) / 'f5' (parties) for organizations
    object_key varchar(60) not null,
    created timestamp with time zone not null,
    modified timestamp with time zone not null,
    deleted boolean not null default false,
    constraint oparl_object_pk primary key (municipality_id, object_type, object_key)
);

create index oparl_object_modified on oparl_object (municipality_id, object_type, modified);
