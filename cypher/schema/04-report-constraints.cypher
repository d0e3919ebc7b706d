// Uniqueness of the lookup keys of the report's labels (policy projects, rankings, events, stated figures).
// @mode schema
CREATE CONSTRAINT policy_project_id IF NOT EXISTS FOR (p:PolicyProject) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT ranking_id IF NOT EXISTS FOR (r:Ranking) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT stated_figure_id IF NOT EXISTS FOR (f:StatedFigure) REQUIRE f.id IS UNIQUE
