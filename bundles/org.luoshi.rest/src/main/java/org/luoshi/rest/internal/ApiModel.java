package org.luoshi.rest.internal;

import java.util.List;

/** What the REST shell serves right now: the resource objects of the current generation, for OpenAPI and admin. */
public interface ApiModel {
    /** The resources at {@code /api} now, with the bundle that contributed each. */
    List<Contribution> resources();

    /** Whether the resources served are the ones registered now (no rebuild pending). */
    boolean settled();

    /** Calls {@code listener} (on the shell's thread) after each change of the resources served; remove it when done. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);

    /** A resource object and the symbolic name of its bundle. */
    record Contribution(Object resource, String bundle) {
    }
}
