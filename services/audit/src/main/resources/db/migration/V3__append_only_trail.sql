-- The trail is append-only for the service: its role (${app_role}) reads events and adds them, but can
-- neither change nor delete one, nor empty the table. These migrations run as the role owning the
-- tables; only expire_audit_events below, which runs with the owner's rights, deletes.

do $$
begin
    if current_user = '${app_role}' then
        raise exception 'the audit migrations must run as the role owning the tables (spring.flyway.user), not as the service''s role ${app_role}';
    end if;
end
$$;

-- Everything else (db-scheduler's table now; the platform's outbox and processed-event tables, which are
-- migrated after this by the same owner) the service may use in full.
grant select, insert, update, delete on all tables in schema public to "${app_role}";
grant usage, select on all sequences in schema public to "${app_role}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${app_role}";
alter default privileges in schema public grant usage, select on sequences to "${app_role}";

revoke all on audit_event from public, "${app_role}";
grant select, insert on audit_event to "${app_role}";

-- The retention job's one way to delete: in batches, and never an event younger than a day, so that
-- even the service's own credentials cannot empty the trail through it.
create function expire_audit_events(cutoff timestamptz, batch_size integer) returns integer
    language plpgsql
    security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    deleted integer;
begin
    if cutoff > now() - interval '1 day' then
        raise exception 'audit events younger than a day are never deleted (cutoff %)', cutoff
            using errcode = 'invalid_parameter_value';
    end if;
    delete from public.audit_event
    where id in (select id from public.audit_event where occurred_at < cutoff limit batch_size);
    get diagnostics deleted = row_count;
    return deleted;
end
$$;

revoke all on function expire_audit_events(timestamptz, integer) from public;
grant execute on function expire_audit_events(timestamptz, integer) to "${app_role}";
