package org.rapporteur.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collector's pauses while something is measured, as the JVM announces them: a stall of the FX thread
 * that lines up with one was the collector's, not the application's code.
 */
final class GcPauses {
    private final List<Double> millis = new CopyOnWriteArrayList<>();
    private final List<Runnable> stops = new ArrayList<>();

    private GcPauses() {
    }

    static GcPauses listen() {
        GcPauses pauses = new GcPauses();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        // Concurrent cycles run beside the application; only the stop-the-world pauses stall it.
                        if (!info.getGcName().contains("Concurrent")) {
                            pauses.millis.add((double) info.getGcInfo().getDuration());
                        }
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                pauses.stops.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // gone already
                    }
                });
            }
        }
        return pauses;
    }

    /** Stops listening; answers every pause heard, in milliseconds. */
    List<Double> stop() {
        stops.forEach(Runnable::run);
        return List.copyOf(millis);
    }
}
