package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;

import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's {@link WebhookHandler} beans, each with the event type it handles, read from its declared type:
 * a class that implements {@code WebhookHandler<ExpenseApproved>}, or a {@code @Bean} method returning
 * {@code WebhookHandler<ExpenseApproved>}. A handler for a group ({@code ExpenseEvent}, {@code WebhookEvent}) takes
 * every event of it no handler of the event's own type takes.
 */
final class WebhookHandlerBeans {

    private final Map<Class<? extends WebhookEvent>, Named> handlers;

    private WebhookHandlerBeans(Map<Class<? extends WebhookEvent>, Named> handlers) {
        this.handlers = handlers;
    }

    /**
     * The handler beans of {@code beanFactory}, in registration order.
     *
     * @throws PayhawkConfigurationException if a handler's event type cannot be read, or two handle the same type
     */
    static WebhookHandlerBeans of(ConfigurableListableBeanFactory beanFactory) {
        Map<Class<? extends WebhookEvent>, Named> found = new LinkedHashMap<>();
        for (String name : beanFactory.getBeanNamesForType(WebhookHandler.class)) {
            Class<? extends WebhookEvent> eventClass = eventClassOf(beanFactory, name);
            Named earlier = found.get(eventClass);
            if (earlier != null) {
                throw new PayhawkConfigurationException("webhook handler beans", "beans '" + earlier.name
                        + "' and '" + name + "' both handle " + eventClass.getSimpleName(),
                        "Keep one WebhookHandler<" + eventClass.getSimpleName() + "> bean: combine the two into one"
                                + " handler, or have one handle a narrower event type.");
            }
            found.put(eventClass, new Named(name, beanFactory.getBean(name, WebhookHandler.class)));
        }
        return new WebhookHandlerBeans(found);
    }

    /** Registers every handler on {@code builder}. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the bean's declared type says it handles eventClass
    void registerOn(WebhookDispatcher.Builder builder) {
        handlers.forEach((eventClass, named) -> builder.on((Class) eventClass, named.handler));
    }

    /** {@return the known event types some handler takes, for subscribing} */
    List<EventType> handledEventTypes() {
        WebhookEventParser parser = new WebhookEventParser();
        List<EventType> handled = new ArrayList<>();
        for (EventType type : EventType.knownValues()) {
            // The parser decides which event class a type becomes; a sample envelope of that type asks it.
            String sample = "{\"id\":\"sample\",\"accountId\":\"sample\",\"eventType\":\"" + type.value()
                    + "\",\"payload\":{}}";
            WebhookEvent event = parser.parse(sample.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
            if (handlers.keySet().stream().anyMatch(eventClass -> eventClass.isInstance(event))) {
                handled.add(type);
            }
        }
        return handled;
    }

    private static Class<? extends WebhookEvent> eventClassOf(ConfigurableListableBeanFactory beanFactory,
                                                                String name) {
        Class<?> eventClass = declaredEventClass(beanFactory.getMergedBeanDefinition(name).getResolvableType());
        if (eventClass == null) {
            Class<?> beanClass = beanFactory.getType(name);
            eventClass = beanClass == null ? null : declaredEventClass(ResolvableType.forClass(beanClass));
        }
        if (eventClass == null || !WebhookEvent.class.isAssignableFrom(eventClass)) {
            throw new PayhawkConfigurationException("webhook handler beans", "the event type bean '" + name
                    + "' handles cannot be read from its type",
                    "Declare it: implement WebhookHandler<ExpenseApproved> (or another event type), or return"
                            + " WebhookHandler<ExpenseApproved> rather than a raw WebhookHandler from the @Bean method.");
        }
        return eventClass.asSubclass(WebhookEvent.class);
    }

    /** The type argument of {@code WebhookHandler<E>} in {@code type}, or null when it is not declared (a raw type). */
    private static Class<?> declaredEventClass(ResolvableType type) {
        ResolvableType argument = type.as(WebhookHandler.class).getGeneric(0);
        // A raw WebhookHandler leaves the type variable itself, whose bound would silently take every event.
        return argument.getType() instanceof TypeVariable<?> ? null : argument.resolve();
    }

    private record Named(String name, WebhookHandler<?> handler) {
    }
}
