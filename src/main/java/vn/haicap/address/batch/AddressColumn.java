package vn.haicap.address.batch;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.haicap.shared.HaicapException;

/** Finds the column holding the addresses: {@code address}, {@code dia_chi} or {@code địa chỉ}, in any case. */
final class AddressColumn {

    static final String NO_ADDRESS_COLUMN = "address.batch-no-address-column";

    private static final Set<String> NAMES = Set.of("address", "diachi");

    private AddressColumn() {}

    static int find(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (NAMES.contains(simplify(header.get(i)))) {
                return i;
            }
        }
        throw HaicapException.invalid(NO_ADDRESS_COLUMN, String.join(", ", shorten(header)));
    }

    /** Lower case without diacritics, spaces, underscores or hyphens: {@code Địa chỉ} → {@code diachi}. */
    static String simplify(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else if (Character.getType(c) != Character.NON_SPACING_MARK
                    && c != ' '
                    && c != '_'
                    && c != '-'
                    && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> shorten(List<String> header) {
        return header.stream()
                .limit(20)
                .map(h -> h.length() > 40 ? h.substring(0, 40) + "…" : h)
                .toList();
    }
}
