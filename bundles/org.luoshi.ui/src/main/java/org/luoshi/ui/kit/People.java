package org.luoshi.ui.kit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.luoshi.api.people.PeopleService;

import com.vaadin.flow.server.VaadinSession;

/**
 * How the UI shows a person: "姓名（职务）" from the people module ({@link PeopleService#displayName}), or the login
 * itself while the module is not installed or keeps no profile for it. Names are kept in the session for
 * {@value #TTL_SECONDS} seconds, so a grid asks the module once per login, not once per row.
 */
public final class People {
    static final int TTL_SECONDS = 60;

    private record Cache(long at, Map<String, String> names) {
    }

    private People() {
    }

    /** The person behind a login as people read it; empty text for none. */
    public static String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return login;
        }
        Cache cache = session.getAttribute(Cache.class);
        long now = System.nanoTime();
        if (cache == null || now - cache.at() > TTL_SECONDS * 1_000_000_000L) {
            cache = new Cache(now, new ConcurrentHashMap<>());
            session.setAttribute(Cache.class, cache);
        }
        return cache.names().computeIfAbsent(login, l -> {
            try {
                return Services.current().find(PeopleService.class).map(p -> p.displayName(l)).orElse(l);
            } catch (RuntimeException e) {
                return l;
            }
        });
    }

    /** Forgets the names kept (a profile was just changed). */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(Cache.class, null);
        }
    }
}
