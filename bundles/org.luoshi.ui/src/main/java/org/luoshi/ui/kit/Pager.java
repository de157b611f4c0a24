package org.luoshi.ui.kit;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Paging over a service that reads a page by offset and limit but does not count: it asks for one row more than a page
 * to know whether a next page exists. Ids: {@code <prefix>-prev-page}, {@code <prefix>-next-page},
 * {@code <prefix>-page-info}.
 */
public final class Pager<T> extends HorizontalLayout {
    private static final long serialVersionUID = 1L;

    private final int size;
    private final Consumer<List<T>> sink;
    private final Button previous = new Button("上一页");
    private final Button next = new Button("下一页");
    private final Span info = new Span();
    private BiFunction<Integer, Integer, List<T>> source = (offset, limit) -> List.of();
    private int page;

    public Pager(String prefix, int size, Consumer<List<T>> sink) {
        this.size = size;
        this.sink = sink;
        previous.setId(prefix + "-prev-page");
        previous.addClickListener(e -> goTo(page - 1));
        next.setId(prefix + "-next-page");
        next.addClickListener(e -> goTo(page + 1));
        info.setId(prefix + "-page-info");
        add(previous, info, next);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        previous.setEnabled(false);
        next.setEnabled(false);
    }

    /** Where the rows come from: (offset, limit) to rows; a failed read should answer an empty list. */
    public void source(BiFunction<Integer, Integer, List<T>> rows) {
        this.source = rows == null ? (offset, limit) -> List.of() : rows;
    }

    /** Back to the first page (after a filter changed). */
    public void first() {
        goTo(0);
    }

    /** The current page afresh (after a change); a page left empty falls back to the one before. */
    public void reload() {
        goTo(page);
    }

    /** Rows per page. */
    public int size() {
        return size;
    }

    private void goTo(int wanted) {
        page = Math.max(0, wanted);
        List<T> rows = read(page);
        while (rows.isEmpty() && page > 0) {
            page--;
            rows = read(page);
        }
        boolean more = rows.size() > size;
        sink.accept(more ? rows.subList(0, size) : rows);
        info.setText("第 " + (page + 1) + " 页" + (rows.isEmpty() ? "（无记录）" : ""));
        previous.setEnabled(page > 0);
        next.setEnabled(more);
    }

    private List<T> read(int p) {
        List<T> rows = source.apply(p * size, size + 1);
        return rows == null ? List.of() : rows;
    }
}
