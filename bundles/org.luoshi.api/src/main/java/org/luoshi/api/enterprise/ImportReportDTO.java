package org.luoshi.api.enterprise;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: all rows or none. With any error nothing is imported and every error is listed, by row (as the
 * spreadsheet numbers it) and column.
 */
public class ImportReportDTO {
    public int rows;
    public int imported;
    public List<RowError> errors = new ArrayList<>();

    /** One problem of one row. */
    public static class RowError {
        public int row;
        public String column;
        public String message;

        public RowError() {
        }

        public RowError(int row, String column, String message) {
            this.row = row;
            this.column = column;
            this.message = message;
        }
    }
}
