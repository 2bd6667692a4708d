create table thing (id text primary key, name text not null);
create table name_count (name text primary key, seen integer not null);
