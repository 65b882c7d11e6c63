package org.rapporteur.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Listeners of one kind of news, told on whatever thread the news comes on; adding answers how to stop. */
final class Hearing<T> implements Consumer<T> {
    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();

    Runnable add(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void accept(T news) {
        listeners.forEach(l -> l.accept(news));
    }
}
