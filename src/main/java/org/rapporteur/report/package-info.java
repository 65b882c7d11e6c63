/**
 * The rapporteur's report, composed from the meeting record in one language: {@link
 * org.rapporteur.report.ReportComposer} turns a meeting into a {@link org.rapporteur.report.Report} — the
 * first page's masthead and a list of {@link org.rapporteur.report.Block}s, each a style, finished text and the
 * place in the record it comes from — which the Word writer ({@code report.docx}) and a preview in the window
 * both render. {@link org.rapporteur.report.DecisionProse} words what the meeting decided; {@link
 * org.rapporteur.report.DraftCheck} finds what a reader would trip over before the report goes out.
 *
 * <p>Every generated word comes from {@code prose*.properties} (the check's sentences from the text bundle); no
 * word of any language is written in this package's code, which only chooses a template and fills it. Nothing
 * here knows POI or JavaFX.
 */
package org.rapporteur.report;
