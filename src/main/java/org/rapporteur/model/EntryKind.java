package org.rapporteur.model;

/** What kind of intervention an entry records; it decides how the report introduces it. */
public enum EntryKind {
    SPEECH, PRESENTATION, STATEMENT, QUESTION, REPLY, POINT_OF_ORDER, TOOK_FLOOR_AGAIN
}
