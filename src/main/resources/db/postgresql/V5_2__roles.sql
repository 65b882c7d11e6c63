-- PostgreSQL only: the three roles of a plenary, enforced by the server whatever program connects
-- (docs/shared-meeting.md). A person's login is a member of one of them:
--   rapporteur_chair        reads everything, changes nothing;
--   rapporteur_secretariat  keeps the speakers list (requests, calling the next speaker, the clock, the rules)
--                           and may write the log;
--   rapporteur_rapporteur   writes the log and the decisions (elections, adoptions, proposals).
-- Both writers may add a speaker or a document the lists do not have yet. Setting the meeting up (facts, parts,
-- agenda) is for the database's owner, who also runs these scripts. The roles are the server's, not the
-- database's: they are made here only when missing, which needs the owner to have CREATEROLE (or an
-- administrator to have made them first, as docs/shared-meeting.md shows).

DO $$
DECLARE
    r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['rapporteur_chair', 'rapporteur_secretariat', 'rapporteur_rapporteur'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA public TO rapporteur_chair, rapporteur_secretariat, rapporteur_rapporteur;
GRANT SELECT ON meeting, delegation, delegation_alias, delegation_name, person, document, report_part, agenda_item,
    entry, entry_document, floor_request, election, election_seconder, adoption, amendment_request, proposal,
    proposal_position, position_seconder, flyway_schema_history
    TO rapporteur_chair, rapporteur_secretariat, rapporteur_rapporteur;

-- The log: both writers.
GRANT INSERT, UPDATE, DELETE ON entry, entry_document TO rapporteur_secretariat, rapporteur_rapporteur;
-- A speaker or a document not in the lists yet: both writers.
GRANT INSERT, UPDATE ON delegation, delegation_alias, delegation_name, person, document
    TO rapporteur_secretariat, rapporteur_rapporteur;
-- The decisions: the rapporteur.
GRANT INSERT, UPDATE, DELETE ON election, election_seconder, adoption, amendment_request, proposal, proposal_position,
    position_seconder TO rapporteur_rapporteur;
-- The speakers list and its rules: the secretariat.
GRANT INSERT, UPDATE, DELETE ON floor_request TO rapporteur_secretariat;
GRANT UPDATE (speaking_limit_seconds, speakers_list_closed) ON agenda_item TO rapporteur_secretariat;

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO rapporteur_secretariat, rapporteur_rapporteur;
