package vn.haicap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every message exists in Vietnamese, English and French. */
class MessagesTests {

    private static final List<String> BUNDLES = List.of(
            "messages",
            "i18n/adminunit",
            "i18n/address",
            "i18n/calendar",
            "i18n/procedure",
            "i18n/dossier",
            "i18n/payment",
            "i18n/submission",
            "i18n/document",
            "i18n/workforce",
            "i18n/report");

    @Test
    void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> vietnamese = keys(bundle + ".properties");
            assertThat(vietnamese).as(bundle).isNotEmpty();
            assertThat(keys(bundle + "_en.properties")).as(bundle + " en").isEqualTo(vietnamese);
            assertThat(keys(bundle + "_fr.properties")).as(bundle + " fr").isEqualTo(vietnamese);
        }
    }

    private static Set<String> keys(String path) throws IOException {
        ClassPathResource resource = new ClassPathResource(path);
        assertThat(resource.exists()).as(path).isTrue();
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
