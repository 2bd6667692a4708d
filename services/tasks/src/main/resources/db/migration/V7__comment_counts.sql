-- Comment counts (issue 13): every task view shows how many comments the task has, from the comments
-- service's events. task.comment_count is read with the row (no query per task); task_comment says which
-- comments were counted, so a redelivered comment.created counts once and a comment.deleted subtracts only
-- what was added. A deletion that arrives before its creation leaves its row as a tombstone (deleted =
-- true), so the late creation is not counted. Rows are kept after a deletion for the same reason.
alter table task add column comment_count integer not null default 0;

create table task_comment (
    comment_id uuid primary key,
    task_id    uuid    not null,
    deleted    boolean not null default false
);
