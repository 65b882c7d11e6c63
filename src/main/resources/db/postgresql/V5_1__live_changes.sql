-- PostgreSQL only: every committed change to a meeting is announced on the channel rapporteur_changes, so that
-- the other laptops showing it read it again within a second (LISTEN/NOTIFY). The payload is the meeting's id and
-- the app instance that made the change ("12:3f2a…", from the session setting rapporteur.client that the app
-- sets on its connections), so that an instance can pass over its own. PostgreSQL sends a transaction's
-- notifications when it commits, once per distinct payload. The id is found through the row's owners; when
-- they are already gone (a cascading delete) it is 0, which every listener takes as "read it all again".

CREATE FUNCTION rapporteur_meeting_of_item(item BIGINT) RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT p.meeting_id FROM agenda_item i JOIN report_part p ON p.id = i.part_id WHERE i.id = item
$$;

CREATE FUNCTION rapporteur_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    j jsonb;
    m BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN j := to_jsonb(OLD); ELSE j := to_jsonb(NEW); END IF;
    IF TG_TABLE_NAME = 'meeting' THEN
        m := (j ->> 'id')::BIGINT;
    ELSIF j ? 'meeting_id' THEN
        m := (j ->> 'meeting_id')::BIGINT;
    ELSIF j ? 'part_id' THEN
        SELECT meeting_id INTO m FROM report_part WHERE id = (j ->> 'part_id')::BIGINT;
    ELSIF j ? 'item_id' THEN
        m := rapporteur_meeting_of_item((j ->> 'item_id')::BIGINT);
    ELSIF j ? 'entry_id' THEN
        m := rapporteur_meeting_of_item((SELECT item_id FROM entry WHERE id = (j ->> 'entry_id')::BIGINT));
    ELSIF j ? 'election_id' THEN
        m := rapporteur_meeting_of_item((SELECT item_id FROM election WHERE id = (j ->> 'election_id')::BIGINT));
    ELSIF j ? 'adoption_id' THEN
        m := rapporteur_meeting_of_item((SELECT item_id FROM adoption WHERE id = (j ->> 'adoption_id')::BIGINT));
    ELSIF j ? 'proposal_id' THEN
        m := rapporteur_meeting_of_item((SELECT item_id FROM proposal WHERE id = (j ->> 'proposal_id')::BIGINT));
    ELSIF TG_TABLE_NAME = 'position_seconder' THEN
        m := rapporteur_meeting_of_item((SELECT p.item_id FROM proposal_position pp JOIN proposal p ON p.id = pp.proposal_id
                                         WHERE pp.id = (j ->> 'position_id')::BIGINT));
    ELSIF j ? 'delegation_id' THEN
        SELECT meeting_id INTO m FROM delegation WHERE id = (j ->> 'delegation_id')::BIGINT;
    END IF;
    PERFORM pg_notify('rapporteur_changes', COALESCE(m, 0)::TEXT || ':' || COALESCE(current_setting('rapporteur.client', true), ''));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['meeting', 'delegation', 'delegation_alias', 'delegation_name', 'person', 'document',
            'report_part', 'agenda_item', 'entry', 'entry_document', 'floor_request', 'election', 'election_seconder',
            'adoption', 'amendment_request', 'proposal', 'proposal_position', 'position_seconder'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION rapporteur_changed()',
                t || '_changed', t);
    END LOOP;
END
$$;
