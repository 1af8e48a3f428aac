package vn.haicap.dossier.payment;

import java.nio.charset.StandardCharsets;

/**
 * The VietQR payload (NAPAS QR Switching specification v1.5.2, an EMVCo merchant-presented QR profile)
 * for a transfer to a bank account (service QRIBFTTA) with a fixed amount in VND and a purpose. The
 * amount makes it a dynamic code (point of initiation 12). Any Vietnamese banking app reads it.
 */
final class VietQr {

    /** NAPAS's globally unique identifier in the merchant account information (ID 38). */
    static final String NAPAS_GUID = "A000000727";
    /** Inter-bank fund transfer to an account (QRIBFTTC would be to a card). */
    static final String TO_ACCOUNT = "QRIBFTTA";

    private static final int PURPOSE_MAX = 25;

    private VietQr() {}

    /**
     * @param bin the beneficiary bank's 6-digit NAPAS BIN
     * @param account the beneficiary account number (up to 19 characters)
     * @param amount in VND, greater than zero
     * @param purpose the transfer description shown to the payer (ID 62/08): plain ASCII, up to 25 characters
     */
    static String payload(String bin, String account, long amount, String purpose) {
        if (!bin.matches("\\d{6}")) {
            throw new IllegalArgumentException("A NAPAS BIN has 6 digits: " + bin);
        }
        if (!account.matches("[0-9A-Za-z]{1,19}")) {
            throw new IllegalArgumentException("Not a bank account number: " + account);
        }
        if (amount <= 0 || amount > 9_999_999_999_999L) {
            throw new IllegalArgumentException("Amount out of range: " + amount);
        }
        if (purpose.isEmpty() || purpose.length() > PURPOSE_MAX || !purpose.matches("[\\x20-\\x7E]+")) {
            throw new IllegalArgumentException("The purpose must be 1 to 25 ASCII characters: " + purpose);
        }
        String beneficiary = field("00", bin) + field("01", account);
        String merchant = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TO_ACCOUNT);
        String data = field("00", "01")
                + field("01", "12")
                + field("38", merchant)
                + field("53", "704")
                + field("54", Long.toString(amount))
                + field("58", "VN")
                + field("62", field("08", purpose))
                + "6304";
        return data + crc(data);
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) of the payload up to and including "6304". */
    static String crc(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format("%04X", crc);
    }

    private static String field(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("A QR data object holds at most 99 characters: " + id);
        }
        return id + String.format("%02d", value.length()) + value;
    }
}
