-- The search service's own data: the PostgreSQL engine's index (ordo.search.engine=postgres, ADR 0033) and what the
-- indexer keeps of other services' data to build documents from their events. Projects and memberships (who sees
-- what) are the platform's replica: platform/memberships migrates project_replica, membership and their tombstones
-- after these (ADR 0030).

-- Extensions: all three are "trusted", so the database's owner (the service's role under ./ordo and compose)
-- creates them; no superuser needed.
create extension if not exists unaccent;   -- accents ignored: café = cafe
create extension if not exists pg_trgm;    -- typo candidates: words with trigrams in common
create extension if not exists fuzzystrmatch; -- typo candidates: at most two edits away (levenshtein)

-- Two text search configurations, both folding accents: ordo_search stems English (groceries = grocery), so words
-- match whatever their ending; ordo_prefix keeps words whole, so a prefix typed ("meetin") matches the word as
-- written ("meeting") and not only its stem ("meet").
create text search configuration ordo_search (copy = english);
alter text search configuration ordo_search
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration ordo_prefix (copy = simple);
alter text search configuration ordo_prefix
    alter mapping for hword, hword_part, word with unaccent, simple;

-- Text as the parser should read it: plain, never markup. PostgreSQL's parser takes <...> for an HTML tag and
-- skips what is inside <script> or <style>, so '<' becomes a private-use character it reads as a separator;
-- snippets turn it back into '&lt;' (Snippets.LESS_THAN).
create function search_plain(t text) returns text
    language sql immutable parallel safe as $$
    select replace(t, '<', chr(57346))
$$;

-- The words a document's fields are searched by, weighted: A title, B context (labels, section and project
-- names), C body (a task's or event's description), D a comment's text; each field twice, stemmed and whole.
create function search_vector(kind text, title text, context text, body text) returns tsvector
    language sql immutable parallel safe as $$
    select setweight(to_tsvector('ordo_search'::regconfig, search_plain(title)), 'A')
        || setweight(to_tsvector('ordo_prefix'::regconfig, search_plain(title)), 'A')
        || setweight(to_tsvector('ordo_search'::regconfig, search_plain(context)), 'B')
        || setweight(to_tsvector('ordo_prefix'::regconfig, search_plain(context)), 'B')
        || setweight(to_tsvector('ordo_search'::regconfig, search_plain(body)), case when kind = 'COMMENT' then 'D' else 'C' end::"char")
        || setweight(to_tsvector('ordo_prefix'::regconfig, search_plain(body)), case when kind = 'COMMENT' then 'D' else 'C' end::"char")
$$;

-- A document's context text, as SearchDocument.context() writes it.
create function search_context(labels text[], section_name text, project_name text) returns text
    language sql immutable parallel safe as $$
    select array_to_string(labels || array[section_name, project_name], ' ')
$$;

-- The live index. A rebuild fills search_document_shadow (created like this table) and swaps the two in one
-- statement. A deleted document stays as a row without words (deleted, vector null) holding the version it was
-- deleted at, so an older event arriving later does not bring it back.
create table search_document (
    type         text        not null,
    id           uuid        not null,
    project_id   uuid,
    owner_id     uuid,
    task_id      uuid,
    section_id   uuid,
    title        text        not null default '',
    body         text        not null default '',
    labels       text[]      not null default '{}',
    section_name text,
    project_name text,
    status       text,
    priority     text,
    due          date,
    assignee_id  uuid,
    updated_at   timestamptz not null,
    version      bigint      not null,
    deleted      boolean     not null default false,
    vector       tsvector,
    constraint search_document_pkey primary key (type, id)
);
create index search_document_vector_idx on search_document using gin (vector);
create index search_document_project_id_idx on search_document (project_id);
create index search_document_owner_id_idx on search_document (owner_id) where project_id is null;
create index search_document_task_id_idx on search_document (task_id) where task_id is not null;
create index search_document_section_id_idx on search_document (section_id) where section_id is not null;

-- The lexicon: every word (folded, whole, 4 to 64 letters) any document ever had, where a query's misspelt word
-- finds the words it may have meant. Only grows; a word no document has any more finds nothing, which is harmless.
create table search_word (
    word text primary key
);
create index search_word_trigram_idx on search_word using gin (word gin_trgm_ops);

-- What the indexer keeps of other services' data -------------------------------------------------------------

-- Tasks, from ordo.tasks.task: a comment's hit is titled by its task, and a deleted task's late comments are not
-- indexed (deleted: the row stays as a tombstone at the deleting event's version).
create table indexed_task (
    id         uuid primary key,
    project_id uuid    not null,
    title      text    not null,
    version    bigint  not null,
    deleted    boolean not null default false
);

-- Sections, from ordo.tasks.section: a task's section name is searched with it, and follows a rename.
create table indexed_section (
    id         uuid primary key,
    project_id uuid    not null,
    name       text    not null,
    version    bigint  not null,
    deleted    boolean not null default false
);

-- The rebuild under way, if any (./ordo replay search): started_at, and the end offsets its consumer groups must
-- reach (the first offset after the last event present when it began) before the shadow generation is swapped in.
create table search_rebuild (
    singleton  boolean     primary key default true check (singleton),
    started_at timestamptz not null
);
create table search_rebuild_target (
    consumer_group text   not null,
    topic          text   not null,
    partition      int    not null,
    end_offset     bigint not null,
    primary key (consumer_group, topic, partition)
);
