package org.luoshi.workbench.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.luoshi.api.Actor;
import org.luoshi.api.LuoshiException;
import org.luoshi.api.link.Lineage;
import org.luoshi.api.link.LineageDTO;
import org.luoshi.api.link.RecordLinkDTO;
import org.luoshi.api.link.RecordLinks;
import org.luoshi.api.link.RecordLinksByType;
import org.luoshi.api.link.RecordRefDTO;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The lineage of a record from every module's {@link RecordLinks} present (whiteboard): the records it came of, and
 * breadth first what came of it, each once, at most {@value #MAX_RECORDS}.
 */
@Component(service = Lineage.class)
public class LineageImpl implements Lineage {
    static final int MAX_RECORDS = 200;
    private final RecordLinksByType byType = new RecordLinksByType();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindLinks(RecordLinks links, Map<String, Object> props) {
        byType.bind(links, props);
    }

    void unbindLinks(RecordLinks links, Map<String, Object> props) {
        byType.unbind(links, props);
    }

    @Override
    public LineageDTO of(Actor actor, String type, long id) {
        RecordLinks owner = type == null ? null : byType.get(type);
        if (owner == null) {
            throw LuoshiException.notFound("未知的记录类型，或其所在模块未启用");
        }
        LineageDTO out = new LineageDTO();
        out.record = owner.describe(actor, id);
        for (RecordLinkDTO l : links(actor, type, id)) {
            if (l.to != null && l.to.is(type, id) && l.from != null) {
                add(out.cameFrom, titled(actor, l.from));
            }
        }
        // what came of it, transitively (hazard → listing → transfer), each record once
        Set<String> seen = new LinkedHashSet<>();
        seen.add(type + "/" + id);
        Deque<RecordRefDTO> queue = new ArrayDeque<>();
        queue.add(out.record);
        while (!queue.isEmpty() && out.cameOf.size() < MAX_RECORDS) {
            RecordRefDTO r = queue.poll();
            for (RecordLinkDTO l : links(actor, r.type, r.id)) {
                if (l.from != null && l.from.is(r.type, r.id) && l.to != null && seen.add(l.to.type + "/" + l.to.id)) {
                    out.cameOf.add(titled(actor, l.to));
                    queue.add(l.to);
                }
            }
        }
        return out;
    }

    private List<RecordLinkDTO> links(Actor actor, String type, long id) {
        List<RecordLinkDTO> out = new ArrayList<>();
        for (RecordLinks l : byType.all()) {
            try {
                out.addAll(l.links(actor, type, id));
            } catch (LuoshiException e) {
                // a record this module may not show the caller: no link from here
            }
        }
        return out;
    }

    /** A link's end as its own module describes it, when the linking module did not know its title. */
    private RecordRefDTO titled(Actor actor, RecordRefDTO r) {
        if (r.title != null && !r.title.isBlank()) {
            return r;
        }
        RecordLinks owner = byType.get(r.type);
        if (owner != null) {
            try {
                return owner.describe(actor, r.id);
            } catch (LuoshiException e) {
                // not visible to the caller: keep the bare reference
            }
        }
        return r;
    }

    private static void add(List<RecordRefDTO> list, RecordRefDTO r) {
        if (list.stream().noneMatch(x -> x.is(r.type, r.id))) {
            list.add(r);
        }
    }
}
