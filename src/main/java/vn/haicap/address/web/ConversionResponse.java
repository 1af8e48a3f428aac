package vn.haicap.address.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.haicap.address.AddressConversion;

/** The JSON answer of the conversion API; unknown units are {@code null}. */
@Schema(name = "AddressConversion")
public record ConversionResponse(
        @Schema(allowableValues = {"converted", "ambiguous", "already_new", "not_found"})
        String status,

        @Nullable Unit oldCommune,
        @Nullable Unit oldDistrict,
        @Nullable Unit oldProvince,

        @Schema(description = "null when ambiguous: see candidates") @Nullable
        Unit newCommune,

        @Nullable Unit newProvince,

        @Schema(description = "every new commune the address may now belong to")
        List<Candidate> candidates,

        @Schema(minimum = "0", maximum = "1") double confidence,

        @Schema(description = "what is left of the address once the units are taken out (house, street, hamlet)")
        String streetPart) {

    public record Unit(String code, String name) {}

    public record Candidate(
            String code,
            String name,

            @Schema(description = "whole, partial, unchanged or renamed (official conversion table)")
            String relation) {}

    static ConversionResponse of(AddressConversion conversion) {
        return new ConversionResponse(
                conversion.status().key(),
                unit(conversion.oldCommune()),
                unit(conversion.oldDistrict()),
                unit(conversion.oldProvince()),
                unit(conversion.newCommune()),
                unit(conversion.newProvince()),
                conversion.candidates().stream()
                        .map(c -> new Candidate(c.code(), c.name(), c.relation()))
                        .toList(),
                conversion.confidence(),
                conversion.streetPart());
    }

    private static @Nullable Unit unit(AddressConversion.@Nullable UnitRef ref) {
        return ref == null ? null : new Unit(ref.code(), ref.name());
    }
}
