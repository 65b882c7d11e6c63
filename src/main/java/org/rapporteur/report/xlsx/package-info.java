/** The speaking statistics as an Excel workbook; with report.docx, the only part of the report that knows POI. */
package org.rapporteur.report.xlsx;
