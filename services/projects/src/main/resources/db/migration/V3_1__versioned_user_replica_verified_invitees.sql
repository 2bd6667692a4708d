-- Issue 9: the user replica applies an event only if it is newer (the aggregate version every event carries;
-- 0 = written before versions existed), and knows whether the user proved they own their email.
alter table known_user add column version bigint not null default 0;
alter table known_user add column email_verified boolean not null default false;

-- Invitations attach to a verified address when the invitee acts, not to whoever registered it first: a
-- pending invitation names no invitee (and an inviter cannot learn whether the address has an account).
update invitation set invitee_id = null where status = 'pending';
