-- What the report needs to read right in Spanish, French and Portuguese as well as English.
-- A person's grammatical gender, for the words that agree with them ("Presidenta", "élue"); enums by name.
ALTER TABLE person ADD COLUMN gender VARCHAR(16) DEFAULT 'UNSPECIFIED' NOT NULL;

-- A delegation's own name in a report language, where the roster's (or its name as typed) will not do:
-- the name as a list gives it, and the form inside a sentence, with its article ("la Santa Sede").
CREATE TABLE delegation_name (
    delegation_id  BIGINT NOT NULL REFERENCES delegation (id) ON DELETE CASCADE,
    language       VARCHAR(8) NOT NULL,
    name           VARCHAR(500) NOT NULL,
    prose_name     VARCHAR(500),
    PRIMARY KEY (delegation_id, language)
);
