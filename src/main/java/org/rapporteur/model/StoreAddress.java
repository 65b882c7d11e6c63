package org.rapporteur.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a window or a command finds its meetings: this laptop's own store in a folder, or a shared meeting's
 * database on a PostgreSQL server — which still uses the folder, for the edits kept while the server is away, the
 * settings and the log.
 *
 * @param folder the laptop's own store folder
 * @param shared the shared meeting's server and login; null for the folder's own meetings
 */
public record StoreAddress(Path folder, SharedLogin shared) {
    public StoreAddress {
        Objects.requireNonNull(folder, "folder");
    }

    public static StoreAddress local(Path folder) {
        return new StoreAddress(folder, null);
    }

    public static StoreAddress shared(Path folder, SharedLogin login) {
        return new StoreAddress(folder, Objects.requireNonNull(login, "login"));
    }

    public boolean isShared() {
        return shared != null;
    }
}
