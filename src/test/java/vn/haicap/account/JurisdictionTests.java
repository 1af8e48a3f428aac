package vn.haicap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.haicap.shared.Jurisdiction;
import vn.haicap.shared.Role;

class JurisdictionTests {

    @Test
    void ministryAdministratorsAreNational() {
        CurrentUser ministry = new CurrentUser("m", Set.of(Role.MINISTRY_ADMIN), null, null);
        assertThat(ministry.jurisdiction()).isEqualTo(Jurisdiction.NATIONAL);
        assertThat(ministry.jurisdiction().covers("79", "26743")).isTrue();
    }

    @Test
    void aCommuneOfficerCoversOnlyTheirCommune() {
        CurrentUser officer = new CurrentUser("o", Set.of(Role.COUNTER_OFFICER), "00004", "01");
        assertThat(officer.jurisdiction().covers("01", "00004")).isTrue();
        assertThat(officer.jurisdiction().covers("01", "00008")).isFalse();
        assertThat(officer.jurisdiction().covers("01", null)).isFalse();
    }

    @Test
    void aProvinceOfficerCoversEveryCommuneOfTheProvinceAndNoOther() {
        CurrentUser hr = new CurrentUser("h", Set.of(Role.HR_OFFICER), "01", "01");
        assertThat(hr.jurisdiction().covers("01", "00008")).isTrue();
        assertThat(hr.jurisdiction().covers("79", "26743")).isFalse();
    }

    @Test
    void citizensHaveNoJurisdictionOverOthers() {
        CurrentUser citizen = new CurrentUser("c", Set.of(Role.CITIZEN), null, null);
        assertThat(citizen.jurisdiction()).isEqualTo(Jurisdiction.NONE);
        assertThat(citizen.jurisdiction().covers("01", "00004")).isFalse();
    }
}
