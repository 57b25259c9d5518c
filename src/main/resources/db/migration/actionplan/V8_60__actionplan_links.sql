-- An action plan (åtgärdsplan, lag 2023:196 5 §) is a governing document of kind ACTION_PLAN. This row
-- says which lägesbild (4 §) the plan is based on, and carries the version of the plan's links
-- (optimistic locking of the link forms). Other modules' objects (the governing document, the
-- assessment) are referenced by id only, as everywhere between modules.
create table action_plan (
    municipality_id bigint not null references municipality (id),
    plan_id         bigint not null,
    assessment_id   bigint,
    version         bigint not null default 0,
    updated_at      timestamp with time zone not null,
    constraint action_plan_pk primary key (municipality_id, plan_id)
);

-- A measure (a governance activity of the plan) addresses a prioritised problem or one of its causes
-- (assessment ids), and is followed by an indicator (governance indicator id) beyond those of its goals.
create table action_plan_link (
    municipality_id bigint      not null references municipality (id),
    plan_id         bigint      not null,
    activity_id     bigint      not null,
    link_type       varchar(20) not null, -- LinkType: PROBLEM, CAUSE, INDICATOR
    target_id       bigint      not null,
    created_at      timestamp with time zone not null,
    constraint action_plan_link_pk primary key (municipality_id, activity_id, link_type, target_id)
);
create index action_plan_link_plan on action_plan_link (municipality_id, plan_id);
