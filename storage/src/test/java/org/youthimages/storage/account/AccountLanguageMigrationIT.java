package org.youthimages.storage.account;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youthimages.storage.testing.StandaloneContext;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database from before V12: accounts already there keep their language as chosen, except the demo
 * accounts still in English, which were created so without anyone choosing and follow the browser from then on.
 */
class AccountLanguageMigrationIT {

    @TempDir Path dataDir;

    @Test
    void onlyTheDemoAccountsStillInEnglishFollowTheBrowserAfterTheUpgrade() throws SQLException {
        try (ApplicationContext before = start("11")) {
            try (Connection db = connect(before)) {
                insert(db, "organiser@youth-images.example", "en");
                insert(db, "juror.fr@youth-images.example", "fr");
                insert(db, "amina@partner.example.org", "en");
                insert(db, "jurado@partner.example.org", "es");
            }
        }

        try (ApplicationContext after = start("latest");
             Connection db = connect(after)) {
            assertThat(chosenByEmail(db)).containsExactly(
                    Map.entry("organiser@youth-images.example", false),
                    Map.entry("juror.fr@youth-images.example", true),
                    Map.entry("amina@partner.example.org", true),
                    Map.entry("jurado@partner.example.org", true));
        }
    }

    private ApplicationContext start(String schemaVersion) {
        return StandaloneContext.start(dataDir, Map.of("flyway.datasources.default.target", schemaVersion));
    }

    private static Connection connect(ApplicationContext context) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class)).getConnection();
    }

    private static void insert(Connection db, String email, String locale) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into account (email, display_name, locale, roles) values (?, ?, ?, '{JUROR}')")) {
            insert.setString(1, email);
            insert.setString(2, email.substring(0, email.indexOf('@')));
            insert.setString(3, locale);
            insert.executeUpdate();
        }
    }

    private static Map<String, Boolean> chosenByEmail(Connection db) throws SQLException {
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("select email, locale_chosen from account order by id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                chosen.put(rows.getString(1), rows.getBoolean(2));
            }
        }
        return chosen;
    }
}
