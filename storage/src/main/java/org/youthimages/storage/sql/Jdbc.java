package org.youthimages.storage.sql;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL for the reads and writes that repositories express badly (window functions, upserts, conditional
 * updates, reads of many rows without an object per column).
 */
@Singleton
public final class Jdbc {

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface Statement<R> {
        R run(PreparedStatement statement) throws SQLException;
    }

    private final ConnectionOperations<Connection> connections;

    Jdbc(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return run(sql, params, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(row.map(rs));
                }
                return result;
            }
        });
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("Expected at most one row, got " + rows.size());
        }
        return rows.stream().findFirst();
    }

    /** Reads row after row without collecting them (for reads of many rows into columns of primitives). */
    @FunctionalInterface
    public interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    public void each(String sql, RowAction action, Object... params) {
        run(sql, params, statement -> {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
            return null;
        });
    }

    public int update(String sql, Object... params) {
        return run(sql, params, PreparedStatement::executeUpdate);
    }

    /** On the transaction's connection if there is one, else on a connection of its own. */
    private <R> R run(String sql, Object[] params, Statement<R> work) {
        return connections.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                bind(statement, params);
                return work.run(statement);
            } catch (SQLException e) {
                throw new io.micronaut.data.exceptions.DataAccessException(e.getMessage(), e);
            }
        });
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
