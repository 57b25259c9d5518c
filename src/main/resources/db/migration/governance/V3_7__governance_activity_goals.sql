-- The goals an activity contributes to (at least one, all in the activity's document).
create table governance_activity_goal (
    municipality_id  bigint not null references municipality (id),
    activity_id      bigint not null references governance_activity (id),
    goal_id          bigint not null references governance_goal (id),
    primary key (activity_id, goal_id)
);
create index governance_activity_goal_goal on governance_activity_goal (goal_id);
