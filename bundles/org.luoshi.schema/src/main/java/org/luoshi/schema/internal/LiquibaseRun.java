package org.luoshi.schema.internal;

import java.sql.Connection;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** One Liquibase update; its classes are loaded only when a change log has something Liquibase must decide. */
final class LiquibaseRun {
    private LiquibaseRun() {
    }

    /** Applies {@code changelog}, read through {@code resources}, on {@code connection}. */
    static void update(Connection connection, String changelog, ClassLoader resources) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), database);
            // what Liquibase would print on the console goes to the log
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> liquibase.update(new Contexts(), new LabelExpression()));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
