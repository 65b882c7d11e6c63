package org.rapporteur.model;

/** The series a document symbol belongs to: working documents ("doc."), information documents ("INF."), … */
public enum DocumentKind {
    WORKING_DOCUMENT, INFORMATION_DOCUMENT, RESOLUTION, OTHER
}
