-- search: the index's tables come with the PostgreSQL engine (next migration).
select 1;
