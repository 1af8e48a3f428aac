package vn.haicap.address.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.haicap.address.AddressConverter;
import vn.haicap.address.matching.AddressMatcher;
import vn.haicap.adminunit.AdminUnitDataset;

/** The real matcher and addresses written from the reference data, as people wrote them before July 2025. */
final class AddressSamples {

    static final AdminUnitDataset DATASET = AdminUnitDataset.loadFromClasspath();
    static final AddressConverter MATCHER = AddressMatcher.from(DATASET);

    private AddressSamples() {}

    /** {@code count} addresses "Số n, <old commune>, <old district>, <old province>", cycling through the old communes. */
    static List<String> oldAddresses(int count) {
        Map<String, AdminUnitDataset.OldDistrict> districts = DATASET.oldDistricts().stream()
                .collect(Collectors.toMap(AdminUnitDataset.OldDistrict::code, Function.identity()));
        Map<String, AdminUnitDataset.OldProvince> provinces = DATASET.oldProvinces().stream()
                .collect(Collectors.toMap(AdminUnitDataset.OldProvince::code, Function.identity()));
        List<AdminUnitDataset.OldCommune> communes = DATASET.oldCommunes();
        List<String> addresses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AdminUnitDataset.OldCommune commune = communes.get((i * 7919) % communes.size());
            addresses.add("Số " + (i % 300 + 1) + ", " + commune.fullName() + ", "
                    + districts.get(commune.districtCode()).fullName() + ", "
                    + provinces.get(commune.provinceCode()).fullName());
        }
        return addresses;
    }
}
