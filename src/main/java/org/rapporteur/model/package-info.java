/**
 * The meeting record as plain, immutable Java: what a rapporteur logs and what the report is made of.
 *
 * <p>Nothing here knows about JavaFX, jOOQ or files. Identifiers are {@code Long}s: the store's keys
 * once stored, and any unique numbers before (an import numbers its objects itself; the store maps them
 * to its own keys when it inserts the meeting). References between objects are by id, so a record can be
 * passed anywhere without dragging a graph along.
 */
package org.rapporteur.model;
