// Uniqueness of every lookup key; created before any data is loaded.
// @mode schema
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (c:City) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT nation_code IF NOT EXISTS FOR (n:Nation) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (o:Official) REQUIRE o.id IS UNIQUE
