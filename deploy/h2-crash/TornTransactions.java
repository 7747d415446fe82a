import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether H2 keeps a transaction whole across a SIGKILL. {@code write DB THREADS [checkpoint]} commits transactions
 * without end from several threads, each inserting five rows into table {@code a} and then the same five keys into
 * table {@code b} (with {@code checkpoint}, one more thread asks H2 to write out what is committed every 5 ms, as the
 * service does when it acknowledges a command). The caller kills it. {@code check DB} then reads both tables whole
 * and through their primary keys: a transaction kept whole leaves every key in both tables and in both indexes.
 * Run by {@code h2-crash.sh}.
 */
public class TornTransactions {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + args[1];
        if (args[0].equals("write")) {
            write(url, Integer.parseInt(args[2]), args.length > 3 && args[3].equals("checkpoint"));
        } else {
            System.out.println(check(url));
        }
    }

    private static void write(String url, int threads, boolean checkpoints) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS a (k VARCHAR(40) PRIMARY KEY, v VARCHAR(200))");
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS b (k VARCHAR(40) PRIMARY KEY, v VARCHAR(200))");
        }
        AtomicLong next = new AtomicLong(System.nanoTime());
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    PreparedStatement a = c.prepareStatement("INSERT INTO a VALUES (?, ?)");
                    PreparedStatement b = c.prepareStatement("INSERT INTO b VALUES (?, ?)");
                    String value = "x".repeat(150);
                    while (true) {
                        String key = Long.toString(next.incrementAndGet());
                        for (PreparedStatement insert : List.of(a, b)) {
                            for (int row = 0; row < 5; row++) {
                                insert.setString(1, key + "-" + row);
                                insert.setString(2, value);
                                insert.executeUpdate();
                            }
                        }
                        c.commit();
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                }
            }).start();
        }
        if (checkpoints) {
            new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    while (true) {
                        c.createStatement().execute("CHECKPOINT");
                        Thread.sleep(5);
                    }
                } catch (SQLException | InterruptedException e) {
                    e.printStackTrace();
                }
            }).start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /** One line: for each table, rows read whole, rows missing from its own key index, keys missing from the other. */
    private static String check(String url) throws SQLException {
        StringBuilder out = new StringBuilder();
        boolean whole = true;
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")) {
            for (String[] tables : new String[][]{{"a", "b"}, {"b", "a"}}) {
                List<String> keys = new ArrayList<>();
                try (ResultSet rows = c.createStatement().executeQuery("SELECT k FROM " + tables[0] + " USE INDEX ()")) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
                int notInOwnIndex = missing(c, tables[0], keys);
                int notInOther = missing(c, tables[1], keys);
                whole &= notInOwnIndex == 0 && notInOther == 0;
                out.append(String.format("%s: %d rows, %d not found by its key, %d keys not in %s; ", tables[0],
                        keys.size(), notInOwnIndex, notInOther, tables[1]));
            }
        }
        return (whole ? "whole    " : "TORN     ") + out;
    }

    private static int missing(Connection c, String table, List<String> keys) throws SQLException {
        int missing = 0;
        try (PreparedStatement find = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE k = ?")) {
            for (String key : keys) {
                find.setString(1, key);
                try (ResultSet found = find.executeQuery()) {
                    found.next();
                    missing += found.getLong(1) == 1 ? 0 : 1;
                }
            }
        }
        return missing;
    }
}
