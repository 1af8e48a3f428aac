package vn.haicap.dossier.domain;

import org.jspecify.annotations.Nullable;

/**
 * The person or organisation the dossier is for (Form 01 fields).
 *
 * @param username the account that submitted or owns the dossier; null when an officer registered a
 *     paper dossier for someone without an account
 */
public record Applicant(
        @Nullable String username,
        String name,
        @Nullable String idNumber,
        @Nullable String address,
        @Nullable String email,
        @Nullable String phone) {}
