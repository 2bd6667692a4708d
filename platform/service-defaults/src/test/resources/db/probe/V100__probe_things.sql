create table probe_thing (
    id   uuid primary key,
    name text not null
);
