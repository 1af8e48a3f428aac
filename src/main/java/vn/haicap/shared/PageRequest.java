package vn.haicap.shared;

/** A validated page request: page from 0, size from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw HaicapException.invalid("common.page-invalid", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw HaicapException.invalid("common.size-invalid", size, MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
