#!/usr/bin/env bash
# One database per service (no service reads another's), each reached only by the service's own role,
# named like the database. audit's tables belong to ordo_audit_owner, which runs its migrations: the
# service's role may only read the trail and append to it. Every role has the password ORDO_DB_PASSWORD.
# One line per row of services.table with a database, in its order (DeploymentAgreesWithTheTableTest checks).
set -euo pipefail

psql=(psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v password="$ORDO_DB_PASSWORD")

database() { # database NAME OWNER
  "${psql[@]}" <<SQL
create role "$1" login password :'password';
$( [[ $2 == "$1" ]] || printf 'create role "%s" login password :'"'"'password'"'"';' "$2" )
create database "$1" owner "$2";
revoke connect, temporary on database "$1" from public;
grant connect on database "$1" to "$1";
SQL
}

database ordo_identity ordo_identity
database ordo_projects ordo_projects
database ordo_tasks ordo_tasks
database ordo_comments ordo_comments
database ordo_notifications ordo_notifications
database ordo_search ordo_search
database ordo_calendar ordo_calendar
database ordo_audit ordo_audit_owner
