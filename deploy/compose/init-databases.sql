-- One database per service (architecture: no service reads another's database).
create database ordo_identity;
create database ordo_projects;
create database ordo_tasks;
create database ordo_audit;
