package vn.haicap.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.haicap.shared.Role;

/**
 * Evaluation mode only (the embedded database): creates the accounts listed in
 * {@code evaluation/demo-accounts.csv}, the same file as {@code docs/demo-accounts.csv}. With an
 * external database this bean does not exist, so demo accounts are never created there.
 */
@Component
@ConditionalOnExpression("${haicap.db.embedded:true} and ${haicap.evaluation.enabled:true}")
@Order(100)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccounts accounts;

    DemoAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("evaluation/demo-accounts.csv").getInputStream(), StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                String username = row.get("username");
                if (accounts.exists(username)) {
                    continue;
                }
                Set<Role> roles = Arrays.stream(row.get("roles").split(";"))
                        .map(Role::fromKey)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                String jurisdiction = row.get("jurisdiction").isBlank() ? null : row.get("jurisdiction");
                accounts.create(username, row.get("password"), username, roles, jurisdiction);
                created++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (created > 0) {
            log.info("Evaluation mode: created {} demo accounts (see docs/demo-accounts.csv)", created);
        }
    }
}
