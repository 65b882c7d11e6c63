package org.rapporteur.exchange;

import org.rapporteur.model.DocumentKind;

/**
 * One document read from a list.
 *
 * @param line  the spreadsheet's row number (the header is 1), or the line of a pasted list
 * @param title null when the list gives only the symbol
 * @param kind  guessed from the symbol ({@link DocumentsImport#kindOf(String)}); the person may correct it
 */
public record DocumentRow(int line, String symbol, String title, DocumentKind kind) {
}
