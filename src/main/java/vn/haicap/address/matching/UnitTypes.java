package vn.haicap.address.matching;

/** Unit types as small ints, shared by the data (a unit's type) and the text (the type word written before a name). */
final class UnitTypes {

    static final int NONE = 0;
    static final int PHUONG = 1;
    static final int XA = 2;
    static final int THI_TRAN = 3;
    static final int DAC_KHU = 4;
    static final int QUAN = 5;
    static final int HUYEN = 6;
    static final int THI_XA = 7;
    static final int THANH_PHO = 8;
    static final int TINH = 9;

    private UnitTypes() {}

    static boolean communeWord(int type) {
        return type >= PHUONG && type <= DAC_KHU;
    }

    static boolean districtWord(int type) {
        return type >= QUAN && type <= THANH_PHO;
    }

    static boolean provinceWord(int type) {
        return type == THANH_PHO || type == TINH;
    }

    /** The type of a unit from the {@code type} column of the data set. */
    static int ofDataType(String type) {
        return switch (type) {
            case "phuong" -> PHUONG;
            case "xa" -> XA;
            case "thi_tran" -> THI_TRAN;
            case "dac_khu" -> DAC_KHU;
            case "quan" -> QUAN;
            case "huyen" -> HUYEN;
            case "thi_xa" -> THI_XA;
            case "thanh_pho_thuoc_tinh", "thanh_pho_thuoc_tp_tw", "thanh_pho_truc_thuoc_tw" -> THANH_PHO;
            case "tinh" -> TINH;
            default -> throw new IllegalArgumentException("unknown unit type " + type);
        };
    }

    /** The type a full name starts with ({@code Phường Lộc Ninh}, {@code Thành phố Đồng Nai}). */
    static int ofFullName(String fullName) {
        String lower = fullName.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("phường ")) {
            return PHUONG;
        } else if (lower.startsWith("xã ")) {
            return XA;
        } else if (lower.startsWith("thị trấn ")) {
            return THI_TRAN;
        } else if (lower.startsWith("đặc khu ")) {
            return DAC_KHU;
        } else if (lower.startsWith("thành phố ")) {
            return THANH_PHO;
        } else if (lower.startsWith("tỉnh ")) {
            return TINH;
        }
        return NONE;
    }

    /** A full name without its type word: {@code Thị trấn Phố Bảng} gives {@code Phố Bảng}. */
    static String stripTypeWord(String fullName) {
        String lower = fullName.toLowerCase(java.util.Locale.ROOT);
        for (String word : new String[] {"phường ", "xã ", "thị trấn ", "đặc khu ", "thành phố ", "tỉnh "}) {
            if (lower.startsWith(word)) {
                return fullName.substring(word.length()).strip();
            }
        }
        return fullName.strip();
    }
}
