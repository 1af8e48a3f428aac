package vn.haicap.address.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** An address to convert, as people write it. */
record ConvertRequest(
        @Schema(example = "Số 12 Lý Thường Kiệt, Phường Hàng Bài, Quận Hoàn Kiếm, Hà Nội", maxLength = 10240) @Nullable
        String address) {}
