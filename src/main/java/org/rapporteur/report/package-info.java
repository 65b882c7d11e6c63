/**
 * The report's generated prose: the sentences that say what the meeting decided (elections, adoptions,
 * positions on proposals), rendered in the report's language from {@code prose*.properties}. No word of any
 * language is written in this package's code; it only chooses a template and fills it.
 */
package org.rapporteur.report;
