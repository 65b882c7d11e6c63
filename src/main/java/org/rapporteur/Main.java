package org.rapporteur;

public final class Main {
    public static void main(String[] args) {
    }
}
