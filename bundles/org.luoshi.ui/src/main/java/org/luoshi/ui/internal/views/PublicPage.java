package org.luoshi.ui.internal.views;

/**
 * A view anyone may open without logging in (the 曝光台). {@link Session#guard} lets it through; it must show nothing
 * internal: no unit ids, no names of staff, no identities, no internal notes — only what the services hand out for the
 * public.
 */
public interface PublicPage {
}
