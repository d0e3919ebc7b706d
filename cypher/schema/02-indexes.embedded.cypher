// Indexes on the lookup keys for the embedded engine, whose uniqueness constraints create none (Neo4j's do,
// and there a second index on a constrained property is an error, so this file is embedded-only).
// @mode schema
// @engine embedded
CREATE INDEX city_id_index IF NOT EXISTS FOR (c:City) ON (c.id);
CREATE INDEX nation_code_index IF NOT EXISTS FOR (n:Nation) ON (n.code);
CREATE INDEX organization_id_index IF NOT EXISTS FOR (o:Organization) ON (o.id);
CREATE INDEX official_id_index IF NOT EXISTS FOR (o:Official) ON (o.id)
