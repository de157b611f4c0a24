package org.luoshi.api.ranking;

import java.util.List;

import org.luoshi.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * 考评排队. The evaluating office (and the units above it) computes, enters typed values, publishes and reads every
 * month; the evaluated units read published months. Who may is decided here.
 */
@ProviderType
public interface RankingService {
    /** The rules of the installed regions the caller evaluates or is evaluated by. */
    List<EvaluationDTO> evaluations(Actor actor);

    EvaluationDTO evaluation(Actor actor, String evaluation);

    /**
     * A month's ranking: the published figures once published; before that, for the evaluating side, the figures as
     * they stand now ({@code LIVE}), with what changed since the kept draft.
     */
    RankingDTO ranking(Actor actor, String evaluation, String month);

    /** Computes the month now and keeps it as the draft to publish; answers it with what changed since the last one. */
    RankingDTO compute(Actor actor, String evaluation, String month);

    /** Sets (or, with a null value, clears) a typed indicator's value of a unit for a month not yet published. */
    TypedValueDTO enter(Actor actor, String evaluation, String month, TypedValueDTO value);

    /** Publishes the kept draft: its figures are frozen from now on. */
    RankingDTO publish(Actor actor, String evaluation, String month);

    /** Each unit's ranks over the published months (all units, or one). */
    List<RankHistoryDTO> history(Actor actor, String evaluation, String unit);

    /** The bulletin (简报) of a month as .docx: a published month's, or the draft's marked 征求意见稿. */
    byte[] bulletin(Actor actor, String evaluation, String month);
}
