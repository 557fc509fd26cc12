package dev.gradio4j;

import dev.gradio4j.internal.files.FileNames;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FlaggingCallback} that writes each flag as a row of a database table, through JDBC
 * alone: a column per component, named by its label as {@link CsvLogger}'s header is, then
 * {@code flag}, {@code username} and {@code timestamp}. The table is made when missing; files
 * are copied into the flagging folder as {@link CsvLogger} copies them, and the row holds their
 * paths. Bring the database's driver:
 *
 * {@snippet class="dev.gradio4j.examples.snippets.FlaggingSnippets" region="jdbc"}
 */
public final class JdbcLogger implements FlaggingCallback {
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource connections;
    private final String table;
    private List<String> columns = List.of();
    private Path folder = Path.of(".gradio", "flagged");

    private JdbcLogger(DataSource connections, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("The table name '" + table + "' must be letters, digits and _ (not first), at most 63 of them.");
        }
        this.connections = connections;
        this.table = table;
    }

    /** Flags into {@code table} of the database {@code dataSource} connects to. */
    public static JdbcLogger of(DataSource dataSource, String table) {
        return new JdbcLogger(dataSource, table);
    }

    /** Flags into {@code table} of the database at the JDBC URL {@code url} (its driver on the class path). */
    public static JdbcLogger of(String url, String table) {
        return new JdbcLogger(new UrlDataSource(url), table);
    }

    /**
     * Makes the table when it is missing, and checks that it has this app's columns.
     *
     * @throws IOException when the database cannot be reached, or the table has other columns
     */
    @Override
    public void setup(List<Component<?, ?>> components, Path flaggingDir) throws IOException {
        this.folder = flaggingDir;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            names.add(FlaggedValue.columnName(components.get(i), i));
        }
        names.addAll(List.of("flag", "username", "timestamp"));
        this.columns = List.copyOf(names);
        String columnList = columns.stream().map(JdbcLogger::quoted).collect(Collectors.joining(", "));
        try (Connection connection = connections.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                    + columns.stream().map(c -> quoted(c) + " VARCHAR").collect(Collectors.joining(", ")) + ")");
            try {
                statement.executeQuery("SELECT " + columnList + " FROM " + table + " WHERE 1 = 0").close();
            } catch (SQLException e) {
                throw new IOException("The table " + table + " exists without the columns this app flags (" + columnList
                        + "); drop it, or give another table name. The database said: " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot make the flagging table " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int flag(List<FlaggedValue> values, @Nullable String option, @Nullable String username) throws IOException {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            row.add(values.get(i).save(folder.resolve(FileNames.sanitize(FlaggedValue.columnName(values.get(i).component(), i)))));
        }
        String insert = "INSERT INTO " + table + " (" + columns.stream().map(JdbcLogger::quoted).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (Connection connection = connections.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                int position = 1;
                for (String value : row) {
                    statement.setString(position++, value);
                }
                statement.setString(position++, option);
                statement.setString(position++, username);
                statement.setString(position, CsvLogger.timestamp(LocalDateTime.now()));
                statement.executeUpdate();
            }
            try (Statement count = connection.createStatement(); ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IOException("Could not write the flag into the table " + table + ": " + e.getMessage(), e);
        }
    }

    /** A column name as an SQL delimited identifier, so that any label is one. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Connections from {@link DriverManager}, for {@link #of(String, String)}. */
    private record UrlDataSource(String url) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return DriverManager.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            DriverManager.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger("dev.gradio4j.flagging");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
