package vn.haicap.address;

/** Converts one address as people write it. Thread-safe; never throws for any input text. */
public interface AddressConverter {

    AddressConversion convert(String address);
}
