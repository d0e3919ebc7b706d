// Indexes on the lookup keys of the report's labels for the embedded engine, whose uniqueness constraints create
// none (see 02-indexes.embedded.cypher).
// @mode schema
// @engine embedded
CREATE INDEX policy_project_id_index IF NOT EXISTS FOR (p:PolicyProject) ON (p.id);
CREATE INDEX ranking_id_index IF NOT EXISTS FOR (r:Ranking) ON (r.id);
CREATE INDEX event_id_index IF NOT EXISTS FOR (e:Event) ON (e.id);
CREATE INDEX stated_figure_id_index IF NOT EXISTS FOR (f:StatedFigure) ON (f.id)
