package org.luoshi.ui.kit;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Paging of a counted list, worded the same in every list: 上一页 · 第 x / y 页 · 下一页 · 跳至 [n] 页 · 每页 [20] 条 ·
 * 共 N 条. The list reads {@link #offset()} and {@link #size()}, then reports its total with {@link #show(long)}; a
 * change of page or size calls the list's reload. Ids: {@code <prefix>prev-page}, {@code <prefix>next-page},
 * {@code <prefix>page-info}, {@code <prefix>page-jump}, {@code <prefix>page-size}, {@code <prefix>total}.
 */
public final class PageBar extends HorizontalLayout {
    private static final long serialVersionUID = 1L;
    /** The page sizes offered; the first is the default. */
    public static final List<Integer> SIZES = List.of(20, 50, 100);

    private final Button previous = new Button("上一页");
    private final Button next = new Button("下一页");
    private final Span info = new Span();
    private final IntegerField jump = new IntegerField();
    private final Select<Integer> size = new Select<>();
    private final Span total = new Span();
    private final Runnable reload;
    private int page;
    private long count;

    public PageBar(String prefix, Runnable reload) {
        this.reload = reload;
        previous.setId(prefix + "prev-page");
        previous.addClickListener(e -> go(page - 1));
        next.setId(prefix + "next-page");
        next.addClickListener(e -> go(page + 1));
        info.setId(prefix + "page-info");
        jump.setId(prefix + "page-jump");
        jump.setPlaceholder("页码");
        jump.setWidth("6em");
        jump.setMin(1);
        jump.setStepButtonsVisible(false);
        jump.setAriaLabel("跳至第几页");
        jump.setPrefixComponent(new Span("跳至"));
        jump.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue() - 1);
                jump.clear();
            }
        });
        size.setId(prefix + "page-size");
        size.setItems(SIZES);
        size.setItemLabelGenerator(n -> "每页 " + n + " 条");
        size.setValue(SIZES.get(0));
        size.setWidth("9em");
        size.setAriaLabel("每页条数");
        size.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                page = 0;
                reload.run();
            }
        });
        total.setId(prefix + "total");
        add(previous, info, next, jump, size, total);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        previous.setEnabled(false);
        next.setEnabled(false);
    }

    /** Rows per page. */
    public int size() {
        return size.getValue() == null ? SIZES.get(0) : size.getValue();
    }

    /** The first row of the current page. */
    public int offset() {
        return page * size();
    }

    /** Back to the first page (the filters changed); the list reloads itself. */
    public void first() {
        page = 0;
    }

    /**
     * The list's total under its filters. Answers false when the current page lies beyond it (records left the
     * filter): the bar has moved to the last page, and the list should read again.
     */
    public boolean show(long total) {
        count = total;
        long pages = Math.max(1, (total + size() - 1) / size());
        if (page > 0 && page >= pages) {
            page = (int) pages - 1;
            return false;
        }
        info.setText("第 " + (page + 1) + " / " + pages + " 页");
        this.total.setText("共 " + String.format("%,d", total) + " 条");
        previous.setEnabled(page > 0);
        next.setEnabled((long) (page + 1) * size() < total);
        jump.setMax((int) Math.min(Integer.MAX_VALUE, pages));
        jump.setEnabled(pages > 1);
        return true;
    }

    /**
     * Shows the current page: asks for the total under the filters first, then for the rows of the page (a page that
     * lies beyond the total moves to the last one). A total that could not be read (null) shows an empty list.
     */
    public <T> void fill(java.util.function.Consumer<List<T>> sink, java.util.function.Supplier<Long> count,
            java.util.function.BiFunction<Integer, Integer, List<T>> rows) {
        Long total = count.get();
        if (total == null) {
            sink.accept(List.of());
            show(0);
            return;
        }
        if (!show(total)) {
            show(total);
        }
        List<T> page = total == 0 ? List.of() : rows.apply(offset(), size());
        sink.accept(page == null ? List.of() : page);
    }

    /**
     * The comparator of a column the service sorts: it keeps a page's rows in the order they came (the grid's own sort
     * would redo it on the page alone). The column's key is the service's sort key.
     */
    public static <T> com.vaadin.flow.function.SerializableComparator<T> serviceOrder() {
        return (a, b) -> 0;
    }

    /**
     * The sort key a grid's sort order stands for, as the services take it: the column's key ({@code deadline}), with a
     * leading {@code -} when descending; null when the grid is not sorted.
     */
    public static String sortKey(
            List<? extends com.vaadin.flow.data.provider.SortOrder<? extends com.vaadin.flow.component.grid.Grid.Column<?>>> order) {
        if (order == null || order.isEmpty() || order.get(0).getSorted() == null) {
            return null;
        }
        String key = order.get(0).getSorted().getKey();
        return (order.get(0).getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING ? "-" : "") + key;
    }

    private void go(int wanted) {
        long pages = Math.max(1, (count + size() - 1) / size());
        int target = (int) Math.max(0, Math.min(wanted, pages - 1));
        if (target != page || wanted != target) {
            page = target;
            reload.run();
        }
    }
}
