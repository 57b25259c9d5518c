-- Departments owning a goal (ids of the organisation module's departments, checked through its API).
create table governance_goal_owner (
    municipality_id  bigint not null references municipality (id),
    goal_id          bigint not null references governance_goal (id),
    department_id    bigint not null,
    primary key (goal_id, department_id)
);
