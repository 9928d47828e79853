-- Each design's best score on any benchmark, kept on the design so that the default listing
-- reads only the rows it shows. -1 means not evaluated (portable ordering without NULLS LAST).

ALTER TABLE design ADD COLUMN best_score DOUBLE PRECISION DEFAULT -1 NOT NULL;

UPDATE design SET best_score = COALESCE((SELECT MAX(e.score) FROM evaluation e WHERE e.design_id = design.id), -1);

CREATE INDEX design_best_score ON design (best_score DESC, id);
