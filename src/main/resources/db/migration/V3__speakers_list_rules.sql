-- The chair's rules for an item's speakers list, and a speaker's clock that the chair can pause.
ALTER TABLE agenda_item ADD COLUMN speaking_limit_seconds INT;
ALTER TABLE agenda_item ADD COLUMN speakers_list_closed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE floor_request ADD COLUMN paused_seconds INT DEFAULT 0 NOT NULL;
ALTER TABLE floor_request ADD COLUMN paused_at TIMESTAMP;
