package vn.haicap.workforce;

import java.util.Locale;
import vn.haicap.shared.HaicapException;

/** An enumerated value written as a lowercase key in files, the API and the database. */
interface KeyedValue {

    String key();

    static <E extends Enum<E> & KeyedValue> E parse(E[] values, String field, String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E value : values) {
            if (value.key().equals(wanted)) {
                return value;
            }
        }
        throw HaicapException.invalid("workforce.value-invalid", field, key);
    }
}
