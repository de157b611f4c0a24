package org.luoshi.export.internal;

import java.util.List;

/**
 * The layout of one reference form: its title (also the sheet name), its columns in order and, for the forms with two
 * header rows, the groups spanning runs of columns. Column 0 is always 序号; with groups, 序号 spans both header rows
 * and every other column sits under exactly one group.
 */
record Form(String title, List<Column> columns, List<Group> groups) {

    /** How a column's data cells are aligned. */
    enum Align { LEFT, CENTER }

    /** A column: its header text as printed on the form, its width in characters and its alignment. */
    record Column(String header, int width, Align align) {
        static Column text(String header, int width) {
            return new Column(header, width, Align.LEFT);
        }

        static Column center(String header, int width) {
            return new Column(header, width, Align.CENTER);
        }
    }

    /** A group header over the columns {@code first..last} (0-based, inclusive). */
    record Group(String label, int first, int last) {
    }

    Form {
        columns = List.copyOf(columns);
        groups = List.copyOf(groups);
    }

    int width() {
        return columns.size();
    }

    /** Number of header rows: one, or two when there are groups. */
    int headerRows() {
        return groups.isEmpty() ? 1 : 2;
    }

    // --- the three forms of seed 000 (附件1-3) -------------------------------------------------------------------

    /** A period's reporting status: who has reported, when, and who has not (not a form of the seeds). */
    static Form reports(String title) {
        return new Form(title, List.of(
                Column.center("序号", 6),
                Column.text("报送单位", 24),
                Column.center("报送状态", 12),
                Column.center("报送时间", 18),
                Column.center("报送人", 12),
                Column.text("报送内容", 40)), List.of());
    }

    /** 附件1 重点工作任务清单 */
    static final Form TASKS = new Form("重点工作任务清单", List.of(
            Column.center("序号", 6),
            Column.text("主要任务", 24),
            Column.text("具体举措", 40),
            Column.text("责任单位及责任人", 22),
            Column.center("完成时限", 14),
            Column.text("推进落实情况", 40),
            Column.text("跟踪督办情况", 36),
            Column.center("完成时间", 12)), List.of());

    /** 附件2 问题隐患整改清单 */
    static final Form HAZARDS = new Form("问题隐患整改清单", List.of(
            Column.center("序号", 6),
            // 问题隐患情况
            Column.text("检查单位及检查人", 18),
            Column.center("检查时间", 12),
            Column.center("检查方式", 10),
            Column.text("问题隐患描述", 30),
            Column.center("是否为重大事故隐患", 11),
            Column.center("是否挂牌督办", 8),
            // 整改情况
            Column.text("整改措施", 28),
            Column.text("整改单位及责任人", 18),
            Column.center("整改时限", 12),
            Column.text("整改完成情况", 22),
            Column.center("整改完成时间", 12),
            Column.text("防范重复发生的措施", 24),
            // 检查验收情况
            Column.text("复查验收情况", 20),
            Column.text("复查单位及责任人", 18)), List.of(
            new Group("问题隐患情况", 1, 6),
            new Group("整改情况", 7, 12),
            new Group("检查验收情况", 13, 14)));

    /** 附件3 重大事故隐患挂牌督办清单 */
    static final Form LISTINGS = new Form("重大事故隐患挂牌督办清单", List.of(
            Column.center("序号", 6),
            // 重大事故隐患整改情况
            Column.text("重大事故隐患描述", 30),
            Column.text("整改单位及责任人", 18),
            Column.text("整改措施", 28),
            Column.center("整改时限", 12),
            Column.text("整改完成情况", 22),
            Column.center("整改完成时间", 12),
            // 挂牌督办情况
            Column.text("挂牌督办单位及责任人", 18),
            Column.center("挂牌督办时间", 12),
            Column.text("督办过程", 42),
            // 检查验收及摘牌
            Column.text("复查单位及责任人", 18),
            Column.text("复查验收情况", 20),
            Column.center("摘牌销号时间", 12)), List.of(
            new Group("重大事故隐患整改情况", 1, 6),
            new Group("挂牌督办情况", 7, 9),
            new Group("检查验收及摘牌", 10, 12)));
}
