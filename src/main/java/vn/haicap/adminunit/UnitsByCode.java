package vn.haicap.adminunit;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The current provinces and communes of the shipped dataset, found by code without scanning the 3,321 communes. */
@Component
public class UnitsByCode {

    private final Map<String, AdminUnitDataset.Province> provinces;
    private final Map<String, AdminUnitDataset.Commune> communes;

    UnitsByCode(AdminUnitDataset units) {
        this.provinces = units.provinces().stream()
                .collect(Collectors.toUnmodifiableMap(AdminUnitDataset.Province::code, Function.identity()));
        this.communes = units.communes().stream()
                .collect(Collectors.toUnmodifiableMap(AdminUnitDataset.Commune::code, Function.identity()));
    }

    public Optional<AdminUnitDataset.Province> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    public Optional<AdminUnitDataset.Commune> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }
}
