package vn.haicap.workforce;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.workforce.store.WorkforceStore;

/**
 * Redeployment suggestions for a commune short of a specialism: who, in other units of the same province
 * with more people than quota in their specialism, could fill the gap. Every point of a candidate's score
 * comes with its reason (see {@link #score}); the weights are constants here and in docs/adr/0009.
 * Candidates are named, so only HR officers of the province (or the ministry) ask, and each answer is
 * audited as {@code workforce.redeployment-read}.
 */
@Service
public class WorkforceRedeployment {

    static final int SAME_SPECIALISM = 40;
    static final int RANK_MATCHES = 20;
    static final int RANK_HIGHER = 10;
    static final int RANK_ONE_BELOW = 5;
    static final int QUALIFICATION_MATCHES = 10;
    static final int SAME_FORMER_DISTRICT = 10;
    static final int AGE_UNDER_50 = 10;
    static final int AGE_50_54 = 5;
    static final int POINTS_PER_SURPLUS = 4;
    static final int MAX_SURPLUS_COUNTED = 5;

    /** Candidates read from the database before scoring, and shown. */
    static final int CANDIDATES_READ = 2000;

    static final int CANDIDATES_SHOWN = 50;

    private final WorkforceStore store;
    private final Units units;
    private final ApplicationEventPublisher events;

    WorkforceRedeployment(WorkforceStore store, Units units, ApplicationEventPublisher events) {
        this.store = store;
        this.units = units;
        this.events = events;
    }

    @Transactional
    public Redeployment suggest(CurrentUser user, String commune, String specialism, LocalDate asOf) {
        Access.requireHr(user);
        Units.Unit target = units.current(commune.strip());
        if (!target.isCommune()) {
            throw HaicapException.invalid("workforce.commune-expected", target.code());
        }
        // candidates come from the whole province: a province-wide jurisdiction is needed
        Access.requireCovers(user, target.provinceCode(), target.provinceCode());
        String wanted = specialism.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > 60) {
            throw HaicapException.invalid("workforce.value-invalid", "specialism", specialism);
        }
        List<WorkforceStore.PositionHeld> positions = store.positionsHeld(target.code(), wanted, asOf);
        long required = positions.stream().mapToLong(p -> p.position().quota()).sum();
        long filled =
                positions.stream().mapToLong(WorkforceStore.PositionHeld::held).sum();
        JobPosition open = positions.stream()
                .filter(p -> p.held() < p.position().quota())
                .map(WorkforceStore.PositionHeld::position)
                .findFirst()
                .orElse(positions.isEmpty() ? null : positions.get(0).position());
        Rank requiredRank = open == null ? null : open.requiredRank();
        String qualification = open == null ? null : open.requiredQualification();
        List<Redeployment.Candidate> candidates = new ArrayList<>();
        if (required > filled) {
            Set<String> targetDistricts = units.formerDistricts(target.code());
            List<Scored> scored = new ArrayList<>();
            for (WorkforceStore.SurplusCandidate c :
                    store.surplusCandidates(target.provinceCode(), target.code(), wanted, asOf, CANDIDATES_READ)) {
                scored.add(score(c, wanted, requiredRank, qualification, targetDistricts, asOf));
            }
            scored.sort(Comparator.comparingInt(Scored::score)
                    .reversed()
                    .thenComparing(s -> -s.candidate.surplus())
                    .thenComparing(s -> s.candidate.person().fullName())
                    .thenComparing(s -> s.candidate.person().id()));
            int rank = 0;
            for (Scored s : scored.subList(0, Math.min(CANDIDATES_SHOWN, scored.size()))) {
                Person p = s.candidate.person();
                candidates.add(new Redeployment.Candidate(
                        ++rank,
                        p.id(),
                        p.fullName(),
                        p.sex().key(),
                        s.age,
                        p.category().key(),
                        p.rank() == null ? null : p.rank().key(),
                        p.education(),
                        s.candidate.unitCode(),
                        units.name(s.candidate.unitCode()),
                        s.candidate.agencyCode(),
                        s.candidate.positionCode(),
                        s.candidate.specialism(),
                        s.candidate.surplus(),
                        s.score,
                        s.reasons));
            }
        }
        events.publishEvent(AuditEvent.of(
                user.username(),
                "workforce.redeployment-read",
                "unit",
                target.code(),
                Map.of("specialism", wanted, "candidates", String.valueOf(candidates.size()))));
        return new Redeployment(
                target.code(),
                target.name(),
                wanted,
                asOf,
                required,
                filled,
                required - filled,
                requiredRank == null ? null : requiredRank.key(),
                qualification,
                candidates);
    }

    record Scored(WorkforceStore.SurplusCandidate candidate, int age, int score, List<Redeployment.Reason> reasons) {}

    /** The points of one candidate, each with its reason. */
    Scored score(
            WorkforceStore.SurplusCandidate c,
            String wanted,
            @Nullable Rank requiredRank,
            @Nullable String qualification,
            Set<String> targetDistricts,
            LocalDate asOf) {
        List<Redeployment.Reason> reasons = new ArrayList<>();
        Person p = c.person();
        if (c.specialism().equals(wanted)) {
            reasons.add(reason("workforce.reason.same-specialism", SAME_SPECIALISM, wanted));
        } else {
            reasons.add(reason("workforce.reason.other-specialism", 0, c.specialism()));
        }
        if (requiredRank != null) {
            if (p.rank() == null) {
                reasons.add(reason("workforce.reason.rank-unknown", 0, requiredRank.key()));
            } else {
                int below = p.rank().ordinal() - requiredRank.ordinal();
                if (below == 0) {
                    reasons.add(reason(
                            "workforce.reason.rank-matches",
                            RANK_MATCHES,
                            p.rank().key()));
                } else if (below < 0) {
                    reasons.add(reason(
                            "workforce.reason.rank-higher",
                            RANK_HIGHER,
                            p.rank().key(),
                            requiredRank.key()));
                } else if (below == 1) {
                    reasons.add(reason(
                            "workforce.reason.rank-one-below",
                            RANK_ONE_BELOW,
                            p.rank().key(),
                            requiredRank.key()));
                } else {
                    reasons.add(
                            reason("workforce.reason.rank-below", 0, p.rank().key(), requiredRank.key()));
                }
            }
        }
        if (qualification != null) {
            if (p.education() != null && p.education().equalsIgnoreCase(qualification)) {
                reasons.add(reason("workforce.reason.qualification-matches", QUALIFICATION_MATCHES, qualification));
            } else {
                reasons.add(reason(
                        "workforce.reason.qualification-differs",
                        0,
                        p.education() == null ? "—" : p.education(),
                        qualification));
            }
        }
        Set<String> sourceDistricts = units.formerDistricts(c.unitCode());
        String shared = sourceDistricts.stream()
                .filter(targetDistricts::contains)
                .findFirst()
                .orElse(null);
        if (shared != null) {
            reasons.add(
                    reason("workforce.reason.same-former-district", SAME_FORMER_DISTRICT, units.districtName(shared)));
        }
        int age = Period.between(p.birthDate(), asOf).getYears();
        if (age < 50) {
            reasons.add(reason("workforce.reason.age-under-50", AGE_UNDER_50, String.valueOf(age)));
        } else if (age < 55) {
            reasons.add(reason("workforce.reason.age-50-54", AGE_50_54, String.valueOf(age)));
        } else {
            reasons.add(reason("workforce.reason.age-near-retirement", 0, String.valueOf(age)));
        }
        int surplusPoints = (int) Math.min(c.surplus(), MAX_SURPLUS_COUNTED) * POINTS_PER_SURPLUS;
        reasons.add(
                reason("workforce.reason.source-surplus", surplusPoints, String.valueOf(c.surplus()), c.specialism()));
        int score = reasons.stream().mapToInt(Redeployment.Reason::points).sum();
        return new Scored(c, age, score, List.copyOf(reasons));
    }

    private static Redeployment.Reason reason(String code, int points, String... arguments) {
        return new Redeployment.Reason(code, points, List.of(arguments));
    }
}
