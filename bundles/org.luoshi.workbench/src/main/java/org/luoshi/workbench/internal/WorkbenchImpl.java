package org.luoshi.workbench.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.luoshi.api.Actor;
import org.luoshi.api.workbench.ChartDTO;
import org.luoshi.api.workbench.WorkCountDTO;
import org.luoshi.api.workbench.WorkItemDTO;
import org.luoshi.api.workbench.Workbench;
import org.luoshi.api.workbench.WorkbenchDTO;
import org.luoshi.api.workbench.WorkbenchSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench from the sources present right now (whiteboard): to-dos ordered overdue first, then by the nearest due
 * day, then those without a deadline; counts and charts by their order. A source that fails is left out and logged
 * (by its module key and the error's class only: no record text in the log), so one module cannot blank the page.
 */
@Component(service = Workbench.class)
public class WorkbenchImpl implements Workbench {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchImpl.class);

    /** Overdue first (most overdue first), then the nearest deadline, then those without one; then by module. */
    static final Comparator<WorkItemDTO> URGENCY = Comparator
            .comparing((WorkItemDTO i) -> i.daysLeft == null ? Long.MAX_VALUE : i.daysLeft)
            .thenComparing(i -> i.module == null ? "" : i.module)
            .thenComparing(i -> i.recordId == null ? "" : i.recordId);

    private final List<WorkbenchSource> sources = new CopyOnWriteArrayList<>();

    public WorkbenchImpl() {
    }

    /** For tests outside OSGi: the sources given. */
    WorkbenchImpl(List<WorkbenchSource> sources) {
        this.sources.addAll(sources);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(WorkbenchSource source) {
        sources.add(source);
    }

    void removeSource(WorkbenchSource source) {
        sources.remove(source);
    }

    @Override
    public WorkbenchDTO of(Actor actor, LocalDate today) {
        WorkbenchDTO out = new WorkbenchDTO();
        out.today = today.toString();
        for (WorkbenchSource source : sources) {
            for (WorkbenchDTO part : ask(source, "contribution", s -> List.of(s.contribution(actor, today)))) {
                out.items.addAll(part.items);
                out.counts.addAll(part.counts);
                out.charts.addAll(part.charts);
            }
        }
        out.items.sort(URGENCY);
        out.counts.sort(Comparator.comparingInt((WorkCountDTO c) -> c.order).thenComparing(c -> c.key == null ? "" : c.key));
        out.charts.sort(Comparator.comparingInt((ChartDTO c) -> c.order).thenComparing(c -> c.key == null ? "" : c.key));
        return out;
    }

    @Override
    public List<WorkItemDTO> items(Actor actor, LocalDate today) {
        List<WorkItemDTO> items = new ArrayList<>();
        for (WorkbenchSource source : sources) {
            items.addAll(ask(source, "items", s -> s.items(actor, today)));
        }
        items.sort(URGENCY);
        return items;
    }

    @Override
    public List<String> modules() {
        return sources.stream().map(WorkbenchSource::module).distinct().sorted().toList();
    }


    private static <T> List<T> ask(WorkbenchSource source, String what, Function<WorkbenchSource, List<T>> question) {
        try {
            List<T> answer = question.apply(source);
            return answer == null ? List.of() : new ArrayList<>(answer);
        } catch (RuntimeException e) {
            LOG.warn("Workbench: the {} of module {} failed ({}); left out", what, safe(source), e.getClass().getSimpleName());
            return List.of();
        }
    }

    private static String safe(WorkbenchSource source) {
        try {
            return source.module();
        } catch (RuntimeException e) {
            return source.getClass().getName();
        }
    }
}
