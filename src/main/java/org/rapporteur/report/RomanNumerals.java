package org.rapporteur.report;

/** Session numbers as reports write them: I, II, … XIV. */
final class RomanNumerals {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    static String of(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("No Roman numeral for " + number);
        }
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                roman.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return roman.toString();
    }
}
