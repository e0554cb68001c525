package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.FriendRequestPort;
import io.parley.chat.domain.relation.FriendRequest;
import io.parley.chat.domain.relation.FriendRequestStatus;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Friend requests in {@code goodfriendapply}. A pending request holds its pair's key in {@code pending_pair}, whose
 * unique constraint refuses a second pending request between the same two users whichever of them asks, even when both
 * ask at once; handling a request clears the key, so the two may ask again later. Handling locks the request's row, so
 * of two handlers at once the second finds it handled. An agreed request and its friendship are one transaction.
 */
final class HibernateFriendRequestAdapter implements FriendRequestPort {
    static final String PENDING_PAIR_CONSTRAINT = "uq_goodfriendapply_pending_pair";
    private static final String PENDING = FriendRequestStatus.PENDING.wire();
    private static final String PENDING_FROM = "from FriendRequest where applicantId = :applicant"
            + " and targetId = :target and status = :pending order by id desc";
    // by status rather than pending_pair, so that a pending row inserted by hand without the key counts too
    private static final String PENDING_BETWEEN = "select count(r) from FriendRequest r where r.status = :pending"
            + " and ((r.applicantId = :a and r.targetId = :b) or (r.applicantId = :b and r.targetId = :a))";
    private static final String ADDRESSED_COUNT = "select count(r) from FriendRequest r where r.targetId = :target";
    private static final String ADDRESSED = "select r, u, i from FriendRequest r"
            + " join User u on u.id = r.applicantId"
            + " left join UserInfo i on i.userId = u.id"
            + " where r.targetId = :target order by r.id desc";
    private static final String PENDING_COUNT = "select count(r) from FriendRequest r where r.targetId = :target"
            + " and r.status = :pending";

    private final SessionFactory sessions;
    private final Clock clock;

    HibernateFriendRequestAdapter(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<FriendRequest> byId(long id) {
        return read(session -> Optional.ofNullable(session.find(FriendRequestEntity.class, id))
                .map(HibernateFriendRequestAdapter::toDomain));
    }

    @Override
    public Optional<FriendRequest> pendingFrom(UserId applicant, UserId target) {
        return read(session -> session.createSelectionQuery(PENDING_FROM, FriendRequestEntity.class)
                .setParameter("applicant", applicant.value())
                .setParameter("target", target.value())
                .setParameter("pending", PENDING)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(HibernateFriendRequestAdapter::toDomain));
    }

    @Override
    public boolean pendingBetween(UserId a, UserId b) {
        return read(session -> pendingBetween(session, a, b));
    }

    @Override
    public FriendRequest createPending(UserId applicant, UserId target, String text, Instant at) {
        requireTwoUsers(applicant, target);
        Objects.requireNonNull(at, "at");
        try {
            return ContendedWrites.retried("ask to be friends", () -> sessions.fromTransaction(session -> {
                if (pendingBetween(session, applicant, target)) {
                    throw new DomainException(ReasonCode.REQUEST_PENDING);
                }
                FriendRequestEntity row = newRow(applicant, target, text, FriendRequestStatus.PENDING, at);
                row.pendingPair = FriendRequestEntity.pendingPair(applicant.value(), target.value());
                session.persist(row);
                session.flush();
                return toDomain(row);
            }));
        } catch (RuntimeException failed) {
            if (Constraints.violated(failed, PENDING_PAIR_CONSTRAINT)) {
                throw new DomainException(ReasonCode.REQUEST_PENDING);
            }
            throw failed;
        }
    }

    @Override
    public FriendRequest createAgreed(UserId applicant, UserId target, String text, Instant at, Remarks remarks) {
        requireTwoUsers(applicant, target);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(remarks, "remarks");
        return ContendedWrites.retried("make friends at once", () -> sessions.fromTransaction(session -> {
            FriendRequestEntity row = newRow(applicant, target, text, FriendRequestStatus.AGREE, at);
            session.persist(row);
            befriend(session, row, remarks, row.updateTime);
            return toDomain(row);
        }), FriendshipEntries.PAIR_CONSTRAINT);
    }

    @Override
    public FriendRequest decide(long id, UnaryOperator<FriendRequest> decide, Remarks remarksOnAgree) {
        Objects.requireNonNull(decide, "decide");
        Objects.requireNonNull(remarksOnAgree, "remarksOnAgree");
        // a retry (a lost race on the friendship's entries, a deadlock) starts over: it locks and decides afresh
        return ContendedWrites.retried("handle a friend request", () -> sessions.fromTransaction(session -> {
            FriendRequestEntity row = session.find(FriendRequestEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                throw new DomainException(ReasonCode.REQUEST_NOT_FOUND);
            }
            FriendRequest decided = Objects.requireNonNull(decide.apply(toDomain(row)), "the decided request");
            row.status = decided.status().wire();
            if (!decided.isPending()) {
                row.pendingPair = null;
            }
            row.updateTime = UserMapper.stored(clock.instant());
            if (decided.status() == FriendRequestStatus.AGREE) {
                befriend(session, row, remarksOnAgree, row.updateTime);
            }
            session.flush();
            return toDomain(row);
        }), FriendshipEntries.PAIR_CONSTRAINT);
    }

    @Override
    public Page<Received> addressedTo(UserId target, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return read(session -> {
            long count = session.createSelectionQuery(ADDRESSED_COUNT, Long.class)
                    .setParameter("target", target.value())
                    .getSingleResult();
            if (page.offset() >= count) {
                return new Page<>(count, List.of());
            }
            List<Received> rows = session.createSelectionQuery(ADDRESSED, Object[].class)
                    .setParameter("target", target.value())
                    .setFirstResult((int) page.offset())
                    .setMaxResults(page.limit())
                    .getResultList()
                    .stream()
                    .map(columns -> new Received(toDomain((FriendRequestEntity) columns[0]),
                            UserMapper.toDomain((UserEntity) columns[1], (UserInfoEntity) columns[2])))
                    .toList();
            return new Page<>(count, rows);
        });
    }

    @Override
    public long pendingCountFor(UserId target) {
        return read(session -> session.createSelectionQuery(PENDING_COUNT, Long.class)
                .setParameter("target", target.value())
                .setParameter("pending", PENDING)
                .getSingleResult());
    }

    private <T> T read(Function<Session, T> query) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return query.apply(session);
        });
    }

    private static boolean pendingBetween(Session session, UserId a, UserId b) {
        return session.createSelectionQuery(PENDING_BETWEEN, Long.class)
                .setParameter("pending", PENDING)
                .setParameter("a", a.value())
                .setParameter("b", b.value())
                .getSingleResult() > 0;
    }

    /** The applicant's entry gets the applicant's remark for the target, the target's entry the other. */
    private static void befriend(Session session, FriendRequestEntity row, Remarks remarks, Instant at) {
        FriendshipEntries.addBoth(session, UserId.of(row.applicantId), remarks.applicantForTarget(),
                UserId.of(row.targetId), remarks.targetForApplicant(), at);
    }

    private static FriendRequestEntity newRow(UserId applicant, UserId target, String text,
            FriendRequestStatus status, Instant at) {
        FriendRequestEntity row = new FriendRequestEntity();
        row.applicantId = applicant.value();
        row.targetId = target.value();
        row.text = text == null ? "" : text;
        row.status = status.wire();
        row.createTime = UserMapper.stored(at);
        row.updateTime = row.createTime;
        return row;
    }

    private static void requireTwoUsers(UserId applicant, UserId target) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(target, "target");
        if (applicant.equals(target)) {
            throw new IllegalArgumentException("a user does not ask themselves to be friends: " + applicant);
        }
    }

    static FriendRequest toDomain(FriendRequestEntity row) {
        return new FriendRequest(row.id, UserId.of(row.applicantId), UserId.of(row.targetId), row.text,
                FriendRequestStatus.valueOf(row.status.toUpperCase(Locale.ROOT)), row.createTime);
    }
}
