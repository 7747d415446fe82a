package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.web.LedgerQueries;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The statements of one read see one snapshot of the read models, whatever is committed while they run. */
class SnapshotReadsTest extends ApiTest {

    @Autowired
    LedgerQueries queries;
    @Autowired
    DataSource dataSource;

    @Test
    void aReadDoesNotSeeWhatIsCommittedBetweenItsStatements() {
        String id = newPartnership();
        String count = "SELECT COUNT(*) FROM rm_theme WHERE partnership_id = ?";
        try {
            long[] seen = queries.inOneSnapshot(() -> {
                long before = jdbc.sql(count).param(id).query(Long.class).single();
                commitThemeElsewhere(id);
                long after = jdbc.sql(count).param(id).query(Long.class).single();
                return new long[]{before, after};
            });
            assertThat(seen[1]).as("a row inserted by another transaction meanwhile").isEqualTo(seen[0]);
            assertThat(jdbc.sql(count).param(id).query(Long.class).single()).isEqualTo(seen[0] + 1);
        } finally {
            jdbc.sql("DELETE FROM rm_theme WHERE partnership_id = ? AND theme_id = 'meanwhile'").param(id).update();
        }
    }

    private void commitThemeElsewhere(String partnershipId) {
        try (Connection other = dataSource.getConnection();
             PreparedStatement insert = other.prepareStatement("INSERT INTO rm_theme (partnership_id, theme_id, name,"
                     + " retired, position) VALUES (?, 'meanwhile', 'Meanwhile', FALSE, 999)")) {
            other.setAutoCommit(true);
            insert.setString(1, partnershipId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
