package org.luoshi.api.accident;

import java.util.List;

import org.luoshi.api.Actor;
import org.luoshi.api.PageDTO;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accidents and the region rules that act on them. Recording an accident evaluates the rules of its jurisdiction for
 * its territory (and a daily pass evaluates them all): a firing drafts, never sends.
 */
@ProviderType
public interface AccidentService {
    /** Records an accident; the level follows from the figures (a contradicting level is refused naming {@code level}). */
    AccidentDTO record(Actor actor, AccidentDTO accident);

    AccidentDTO get(Actor actor, long id);

    /** Accidents of the caller's units, newest first, with the total. */
    PageDTO<AccidentDTO> list(Actor actor, AccidentQuery query);

    /** Adds a follow-up step (调查组, 调查报告, 责任追究) by the accident's unit or above. */
    AccidentDTO addStep(Actor actor, long id, AccidentStepDTO step);

    /** The sectors (行业领域) accidents are recorded under in a jurisdiction: the region's list, or the default list. */
    List<String> sectors(String jurisdiction);

    /** Rule firings the caller may see (its territory or the unit that acts on them), newest first. */
    PageDTO<AccidentFiringDTO> firings(Actor actor, String jurisdiction, int offset, int limit);

    AccidentFiringDTO firing(Actor actor, long id);

    /**
     * A person's decision on a proposed action (index in {@link AccidentFiringDTO#actions}): confirmed or dismissed with a
     * note, by the unit the action names (or above).
     */
    AccidentFiringDTO decide(Actor actor, long firingId, int action, boolean confirm, String note);

    /** Evaluates the rules of every installed jurisdiction now (the daily pass; administrators only); answers the new firings. */
    List<AccidentFiringDTO> evaluate(Actor actor);
}
