package vn.haicap.procedure.web;

import java.text.NumberFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.haicap.procedure.Channel;
import vn.haicap.procedure.Fee;
import vn.haicap.procedure.TimeLimit;

/** Time limits and fees as pages show them, in the reader's language ({@code @procedureText} in templates). */
@Component("procedureText")
class ProcedureText {

    private final MessageSource messages;

    ProcedureText(MessageSource messages) {
        this.messages = messages;
    }

    public String limit(Channel channel) {
        TimeLimit limit = channel.timeLimit();
        if (limit == null) {
            return message("procedure.limit.unknown")
                    + (channel.timeLimitText().isBlank() ? "" : " (" + channel.timeLimitText() + ")");
        }
        if (limit.unit() == TimeLimit.Unit.SAME_DAY) {
            return limit.cutOff() == null
                    ? message("procedure.limit.same_day")
                    : message("procedure.limit.same_day_cut_off", limit.cutOff().toString());
        }
        return message("procedure.limit." + limit.unit().key(), number(limit.amount()));
    }

    public String fee(Fee fee) {
        if (fee.isFree()) {
            return message("procedure.fee.free");
        }
        if (fee.amount() == null) {
            return fee.description().isBlank() ? message("procedure.fee.see") : fee.description();
        }
        return message(
                "procedure.fee.amount",
                NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(fee.amount()));
    }

    private static String number(java.math.BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
