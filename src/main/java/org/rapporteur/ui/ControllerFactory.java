package org.rapporteur.ui;

import java.util.Map;
import java.util.function.Function;
import javafx.util.Callback;

/**
 * Gives FXMLLoader its controllers, each built by constructor injection from the context. A controller
 * it does not know is a programming error and fails loudly, rather than being made by reflection.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Function<AppContext, Object>> builders;
    private final AppContext context;

    public ControllerFactory(AppContext context, Map<Class<?>, Function<AppContext, Object>> builders) {
        this.context = context;
        this.builders = Map.copyOf(builders);
    }

    @Override
    public Object call(Class<?> type) {
        Function<AppContext, Object> builder = builders.get(type);
        if (builder == null) {
            throw new IllegalStateException("No controller is registered for " + type.getName()
                    + "; add it to the controller factory in RapporteurApp");
        }
        return builder.apply(context);
    }
}
