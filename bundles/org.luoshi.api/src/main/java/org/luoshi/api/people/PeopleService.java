package org.luoshi.api.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The people's profiles. Everyone may read and change their own name, title and telephone; an administrator keeps
 * everyone's, including the unit; the others see the profiles of the units they see. Every change is audited.
 */
@ProviderType
public interface PeopleService {
    /** The caller's own profile (a blank one, not stored, when none was kept yet). */
    PersonDTO me(Actor actor);

    /** A profile the caller may see (its own, one of a unit it sees, or any for an administrator); NOT_FOUND otherwise. */
    PersonDTO get(Actor actor, String login);

    /** The profiles of people in {@code unit} and below it (null: every unit the caller sees), by unit then login. */
    List<PersonDTO> list(Actor actor, String unit);

    /**
     * Keeps a profile: the person's own (name, title, phone) or, for an administrator, anyone's, unit included.
     * INVALID with field errors for a missing name or a malformed value; CONFLICT when {@code version} is outdated.
     */
    PersonDTO save(Actor actor, String login, PersonDTO person);

    /**
     * How each login is shown to people: "姓名（职务）", "姓名" without a title, or the login itself when no profile names
     * it. For rendering records the reader may see already; answers every login asked for.
     */
    Map<String, String> displayNames(Collection<String> logins);

    /** {@link #displayNames} of one login (empty text for null). */
    default String displayName(String login) {
        return login == null ? "" : displayNames(List.of(login)).getOrDefault(login, login);
    }
}
