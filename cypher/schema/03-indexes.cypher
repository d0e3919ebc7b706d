// Indexes on the sort keys of the paginated lists (name, then id), for both engines.
// @mode schema
CREATE INDEX city_name IF NOT EXISTS FOR (c:City) ON (c.name);
CREATE INDEX nation_name IF NOT EXISTS FOR (n:Nation) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX official_name IF NOT EXISTS FOR (o:Official) ON (o.name)
