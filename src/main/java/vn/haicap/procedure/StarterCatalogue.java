package vn.haicap.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Records the shipped starter catalogue's procedures that are not in the database yet, each with its
 * default workflow. Procedures already recorded are left as they are (an administrator may have
 * imported a newer version), so a restart costs one query.
 */
@Component
class StarterCatalogue implements ApplicationRunner {

    static final String RESOURCE = "procedure/starter-catalogue.json";
    /** The starter texts are those in force in the two-tier government, which began on this day. */
    static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(StarterCatalogue.class);

    private final ProcedureCatalogue catalogue;

    StarterCatalogue(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (InputStream json = new ClassPathResource(RESOURCE).getInputStream()) {
            ImportReport report = catalogue.importMissing(json, VALID_FROM, "starter", "system");
            if (report.created() > 0 || report.rejected() > 0) {
                log.info(
                        "Starter procedure catalogue: {} recorded, {} already present, {} rejected",
                        report.created(),
                        report.unchanged(),
                        report.rejected());
            }
            report.problems()
                    .forEach(p -> log.warn(
                            "Starter procedure catalogue item {} ({}): {} {}",
                            p.index(),
                            p.code(),
                            p.problem(),
                            p.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
