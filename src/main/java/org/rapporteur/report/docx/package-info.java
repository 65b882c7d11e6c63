/**
 * The report as a Word document: {@link org.rapporteur.report.docx.DocxReportWriter} writes a composed report
 * into the template shipped beside it ({@code report-template.docx}), one styled paragraph per block and no
 * formatting of its own. The only part of the report that knows Apache POI.
 */
package org.rapporteur.report.docx;
