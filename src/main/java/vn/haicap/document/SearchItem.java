package vn.haicap.document;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something searchable, put into the shared index by the module that owns it (kind {@code document} by
 * this module, {@code dossier} by the dossier module, ...).
 *
 * @param kind what it is; with {@code id}, the key
 * @param id its identifier in its module (a UUID, a dossier code)
 * @param title shown in results
 * @param text everything searchable: codes, people's names, units, dates, extracted text
 * @param owner the username who may always see it (the applicant), or null
 * @param provinceCode officers of this province see it
 * @param communeCode officers of this commune see it
 * @param date its date (submission, issue), shown and searchable
 */
public record SearchItem(
        String kind,
        String id,
        String title,
        String text,
        @Nullable String owner,
        @Nullable String provinceCode,
        @Nullable String communeCode,
        @Nullable LocalDate date) {}
