package vn.haicap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class HaicapExceptionTests {

    @Test
    void aClientsErrorCarriesNoStackTrace() {
        HaicapException refused = HaicapException.conflict("dossier.transition-not-allowed", "receive", "returned");

        assertThat(refused.getStackTrace()).isEmpty();
        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("dossier.transition-not-allowed [receive, returned]");
    }

    @Test
    void aServersErrorKeepsWhereItWasThrown() {
        HaicapException failed = new HaicapException(HttpStatus.SERVICE_UNAVAILABLE, "document.store-unavailable");

        assertThat(failed.getStackTrace()).isNotEmpty();
        assertThat(failed.getStackTrace()[0].getMethodName()).isEqualTo("aServersErrorKeepsWhereItWasThrown");
    }
}
