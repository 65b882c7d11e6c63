/**
 * Sentences for people, independent of any screen: problems reported by the store, the meeting file and
 * the use cases, rendered in the reader's language from {@code sentences*.properties}.
 */
package org.rapporteur.text;
