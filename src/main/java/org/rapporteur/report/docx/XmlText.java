package org.rapporteur.report.docx;

/**
 * Text made fit for a Word file. XML 1.0 cannot hold most control characters nor a surrogate without its
 * pair, and Word refuses a file that has one; text pasted from elsewhere brings them in. Each such character
 * is dropped and the rest kept. A vertical tab — what Word itself puts on the clipboard for a line break —
 * and a carriage return become line breaks.
 */
final class XmlText {
    private XmlText() {
    }

    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == '\r') {
                boolean pair = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (!pair) {
                    clean.append('\n');
                }
            } else if (c == '\u000b' || c == '\u000c') {
                clean.append('\n');
            } else if (allowed(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** XML 1.0's Char production, less the surrogates (a valid pair is kept above). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    }
}
