-- The rapporteur's own sentence for one decision, used by the report instead of the generated one.
-- Null means the generated sentence stands; it is regenerated from the record each time.
ALTER TABLE election ADD COLUMN prose_override VARCHAR(1000000);
ALTER TABLE adoption ADD COLUMN prose_override VARCHAR(1000000);
ALTER TABLE proposal ADD COLUMN prose_override VARCHAR(1000000);
ALTER TABLE proposal_position ADD COLUMN prose_override VARCHAR(1000000);
