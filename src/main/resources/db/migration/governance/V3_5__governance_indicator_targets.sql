create table governance_indicator_target (
    municipality_id  bigint        not null references municipality (id),
    indicator_id     bigint        not null references governance_indicator (id),
    target_year      integer       not null,
    target_value     numeric(14,2) not null,
    primary key (indicator_id, target_year)
);
