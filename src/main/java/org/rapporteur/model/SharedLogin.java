package org.rapporteur.model;

import java.net.URI;
import java.util.Objects;

/**
 * Where a shared meeting lives and who logs in to it: a PostgreSQL JDBC URL ({@code jdbc:postgresql://HOST/DB},
 * with {@code ?sslmode=verify-full} for TLS), a user and a password. The password is never written anywhere by
 * the app and never shown: {@link #toString()} leaves it out.
 */
public record SharedLogin(String url, String user, String password) {
    private static final String PREFIX = "jdbc:postgresql://";

    public SharedLogin {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** Whether {@code url} is one a shared store can be opened at (a PostgreSQL server's). */
    public static boolean isServerUrl(String url) {
        return url != null && url.startsWith(PREFIX) && url.length() > PREFIX.length();
    }

    /** "HOST/DB", for telling a person where: no parameters, no password. */
    public String where() {
        String rest = url.startsWith(PREFIX) ? url.substring(PREFIX.length()) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** The server's host name, as in the URL. */
    public String host() {
        try {
            String host = URI.create("postgresql://" + where()).getHost();
            return host == null ? where() : host;
        } catch (IllegalArgumentException e) {
            return where();
        }
    }

    /** A key naming this meeting's server and login, for edits kept while it cannot be reached. */
    public String key() {
        return user + "@" + where();
    }

    @Override
    public String toString() {
        return key();
    }
}
