-- The project's name (from project.created / updated): what a notification or a mail calls the project an
-- invitation is to. Null for a project whose events came before this column (until its next change).
alter table project_replica add column if not exists name text;
