package org.luoshi.api.form;

/**
 * One value of a form: a numbered item of a block, or one part of it where the form splits an item (县/镇/部门,
 * 停产/关闭, 次/万元). A field with a {@link #figure} is computed from the records; the others are typed.
 */
public class FormFieldDTO {
    /** Stable key within the form, e.g. "A1" or "D1.county". */
    public String key;
    /** The block's printed name, e.g. "总体情况". */
    public String block;
    /** The item's printed number within its block. */
    public int no;
    /** The item's printed text, e.g. "企业自查发现的重大事故隐患". */
    public String label;
    /** The part's printed name where the item is split (e.g. "县"), else null. */
    public String part;
    /** The unit of measure as printed, e.g. "个", "家", "万元"; null for yes/no. */
    public String measure;
    /** {@link #COUNT}, {@link #AMOUNT}, {@link #YESNO}, {@link #TEXT} or {@link #FILE}. */
    public String type;
    /**
     * For a computed field: "source?filters", e.g. "hazards?source=SELF_REPORT&amp;major=true&amp;rectified=true",
     * counted by the {@link FigureSource} of that name over the period's figure window and the table's scope unit.
     */
    public String figure;

    /** A whole number ≥ 0. */
    public static final String COUNT = "COUNT";
    /** A decimal ≥ 0 with at most 4 decimals (万元). */
    public static final String AMOUNT = "AMOUNT";
    /** 是 / 否 */
    public static final String YESNO = "YESNO";
    /** Free text, at most 2000 characters. */
    public static final String TEXT = "TEXT";
    /**
     * An attachment (附件): the id of a file the reporting unit uploaded for this field ({@link FormService#attach}),
     * kept by the file service ({@code org.luoshi.api.file.FileService}); for material whose layout the form does not
     * give (e.g. a 报表 or a 清单 sent as a document).
     */
    public static final String FILE = "FILE";

    public boolean computed() {
        return figure != null && !figure.isBlank();
    }
}
