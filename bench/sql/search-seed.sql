-- bench/search.sh: search documents seeded straight into the bench search database (a copy of the search service's
-- schema, migrated by the bench's own search process), as the indexer would write them. psql variables: from, to
-- (the documents' numbers, inclusive). Document g is a task in project g / 100 (100 per project); its title has 4
-- words and its body 12, drawn from bench_vocab (5,000 made-up words) by g, so every word is in about 0.3 % of
-- the documents whatever their number; every fifth is completed.
insert into search_document (type, id, project_id, title, body, labels, project_name, status, priority, updated_at,
                             version, vector)
select 'TASK', d.id, d.project_id, d.title, d.body, '{}', d.project_name, d.status, 'P4', d.updated_at, 1,
       search_vector('TASK', d.title, search_context('{}', null, d.project_name), d.body)
from (
    select lpad(to_hex(g), 32, '0')::uuid as id,
           ('00000000-0000-0000-0000-' || lpad(to_hex(g / 100), 12, '0'))::uuid as project_id,
           'Bench project ' || (g / 100) as project_name,
           case when g % 5 = 0 then 'COMPLETED' else 'OPEN' end as status,
           timestamptz '2026-01-01' + (g % 100000) * interval '1 minute' as updated_at,
           (select string_agg(v.word, ' ' order by k) from generate_series(1, 4) k
                join bench_vocab v on v.id = (g::bigint * 7919 + k * 104729) % 5000) as title,
           (select string_agg(v.word, ' ' order by k) from generate_series(5, 16) k
                join bench_vocab v on v.id = (g::bigint * 6007 + k * 15485863) % 5000) as body
    from generate_series(:from, :to) g
) d;
