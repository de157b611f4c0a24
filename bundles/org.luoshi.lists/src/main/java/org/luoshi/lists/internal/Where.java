package org.luoshi.lists.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.Query;

/** Builds a JPQL WHERE clause with numbered parameters; unit filters match a unit and every unit below it. */
final class Where {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params;

    Where() {
        this(new ArrayList<>());
    }

    private Where(List<Object> params) {
        this.params = params;
    }

    /** A condition built by {@code body} whose parameters are numbered after (and bound with) this clause's. */
    String fragment(java.util.function.Consumer<Where> body) {
        Where w = new Where(params);
        body.accept(w);
        return w.sql.length() == 0 ? "1 = 1" : w.sql.substring(" WHERE ".length());
    }

    /** Adds a condition; each {@code ?} in it takes the next value. */
    Where and(String condition, Object... values) {
        StringBuilder c = new StringBuilder();
        int v = 0;
        for (char ch : condition.toCharArray()) {
            if (ch == '?') {
                params.add(values[v++]);
                c.append('?').append(params.size());
            } else {
                c.append(ch);
            }
        }
        sql.append(sql.length() == 0 ? " WHERE " : " AND ").append('(').append(c).append(')');
        return this;
    }

    /** The field is one of the units or lies below one of them. */
    Where within(String field, List<String> units) {
        if (units.isEmpty()) {
            return and("1 = 0");
        }
        StringBuilder c = new StringBuilder();
        Object[] values = new Object[units.size() * 2];
        for (int i = 0; i < units.size(); i++) {
            c.append(i == 0 ? "" : " OR ").append(field).append(" = ? OR ").append(field).append(" LIKE ? ESCAPE '\\'");
            values[2 * i] = units.get(i);
            values[2 * i + 1] = escapeLike(units.get(i)) + ".%";
        }
        return and(c.toString(), values);
    }

    Where contains(String field, String words) {
        return and(field + " LIKE ? ESCAPE '\\'", "%" + escapeLike(words) + "%");
    }

    String sql() {
        return sql.toString();
    }

    <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
