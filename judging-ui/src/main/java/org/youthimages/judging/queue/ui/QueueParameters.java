package org.youthimages.judging.queue.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.youthimages.storage.judging.QueueFilter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A queue's filter in the address ({@code ?category=12&unscored=1}), so that previous / next on the film screen
 * follow the same list, and in the session, so that the queue looks as the juror left it.
 */
public final class QueueParameters {

    static final String CATEGORY = "category";
    static final String UNSCORED = "unscored";

    private QueueParameters() {
    }

    public static QueueFilter filter(QueryParameters parameters) {
        Long category = parameters.getSingleParameter(CATEGORY).flatMap(QueueParameters::number).orElse(null);
        boolean unscored = parameters.getSingleParameter(UNSCORED).map("1"::equals).orElse(false);
        return new QueueFilter(category, unscored);
    }

    public static QueryParameters of(QueueFilter filter) {
        Map<String, String> values = new HashMap<>();
        if (filter.ageCategoryId() != null) {
            values.put(CATEGORY, filter.ageCategoryId().toString());
        }
        if (filter.onlyUnscored()) {
            values.put(UNSCORED, "1");
        }
        return QueryParameters.simple(values);
    }

    static void remember(long roundId, QueueFilter filter) {
        VaadinSession.getCurrent().setAttribute(key(roundId), filter);
    }

    static Optional<QueueFilter> remembered(long roundId) {
        return Optional.ofNullable((QueueFilter) VaadinSession.getCurrent().getAttribute(key(roundId)));
    }

    private static String key(long roundId) {
        return "yi.queue-filter." + roundId;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
