package org.rapporteur.report;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Document symbols in the order a reader looks them up: INF.2/10 before INF.10/10, numbers compared as numbers. */
final class SymbolOrder implements Comparator<String> {
    private static final Pattern PIECE = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        List<String> x = pieces(a);
        List<String> y = pieces(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean numbers = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0));
            int order = numbers ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareTo(q);
            if (order != 0) {
                return order;
            }
        }
        int shorterFirst = Integer.compare(x.size(), y.size());
        return shorterFirst != 0 ? shorterFirst : a.compareTo(b);
    }

    /** Runs of digits and of the rest, spaces and case ignored ("doc. 2" and "doc.2" sort together). */
    private static List<String> pieces(String symbol) {
        String plain = symbol.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return PIECE.matcher(plain).results().map(MatchResult::group).toList();
    }
}
