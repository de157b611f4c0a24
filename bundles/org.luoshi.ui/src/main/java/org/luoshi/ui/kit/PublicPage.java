package org.luoshi.ui.kit;

/**
 * A view anyone may open without logging in (the 曝光台); the shell's login guard lets it through, as it lets through
 * every view contributed with {@link UiView#publicView()}. It must show nothing internal: no unit ids, no names of
 * staff, no identities, no internal notes — only what the services hand out for the public.
 */
public interface PublicPage {
}
