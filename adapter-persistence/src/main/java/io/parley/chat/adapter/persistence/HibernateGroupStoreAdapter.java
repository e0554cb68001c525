package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.GroupStorePort;
import io.parley.chat.domain.group.Group;
import io.parley.chat.domain.group.GroupId;
import io.parley.chat.domain.group.GroupMember;
import io.parley.chat.domain.group.GroupStatus;
import io.parley.chat.domain.group.MemberStatus;
import io.parley.chat.domain.shared.DomainException;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.shared.ReasonCode;
import io.parley.chat.domain.user.UserId;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Groups in {@code group} and their members in {@code group_user}. Adding a member locks the group's row for the rest
 * of its transaction, so joins to one group take their turns: each counts the members the previous one committed,
 * which keeps the group within its limit; the unique (group, user) constraint keeps one row per user even for a row
 * written without that lock.
 */
final class HibernateGroupStoreAdapter implements GroupStorePort {
    static final String MEMBER_CONSTRAINT = "uq_group_user_member";
    /**
     * What the member limit counts: every row — active and pending as j.9 says, and the muted, who are members still
     * (muting someone must not make room for one more).
     */
    private static final List<Short> COUNTED = codes(MemberStatus.ACTIVE, MemberStatus.PENDING, MemberStatus.MUTED);
    /** Who lists a group among theirs (#23): members, not those still waiting. */
    private static final List<Short> MEMBERS_PROPER = codes(MemberStatus.ACTIVE, MemberStatus.MUTED);
    private static final String MEMBER = "from GroupUser where groupId = :group and userId = :user";
    private static final String MEMBERS = "select m, u, i from GroupUser m"
            + " join User u on u.id = m.userId"
            + " left join UserInfo i on i.userId = u.id"
            + " where m.groupId = :group order by m.joinTime, m.id";
    private static final String COUNT = "select count(m) from GroupUser m where m.groupId = :group"
            + " and m.status in (:counted)";
    private static final String MY_GROUPS_WHERE = " from GroupUser m join ChatGroup g on g.id = m.groupId"
            + " where m.userId = :user and m.status in (:members) and g.status <> :dissolved";
    private static final String MY_GROUPS = "select g, m" + MY_GROUPS_WHERE + " order by g.createTime desc, g.id desc";
    private static final String MY_GROUP_COUNT = "select count(m)" + MY_GROUPS_WHERE;
    private static final String REMOVE = "delete from GroupUser where groupId = :group and userId = :user";

    private final SessionFactory sessions;
    private final Clock clock;

    HibernateGroupStoreAdapter(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The owner's row first, then one row per other user in the order given (the owner and repeats skipped). */
    @Override
    public Group create(NewGroup group, List<UserId> members) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(members, "members");
        Set<UserId> everyone = new LinkedHashSet<>();
        everyone.add(group.owner());
        everyone.addAll(members);
        return sessions.fromTransaction(session -> {
            GroupEntity row = GroupMapper.newGroup(group);
            session.persist(row);
            session.flush();
            GroupId id = GroupId.of(row.id);
            for (UserId user : everyone) {
                session.persist(GroupMapper.newMember(new GroupMember(id, user, "", "", MemberStatus.ACTIVE,
                        group.at())));
            }
            session.flush();
            return GroupMapper.toDomain(row);
        });
    }

    @Override
    public Optional<Group> byId(GroupId id) {
        Objects.requireNonNull(id, "id");
        return read(session -> Optional.ofNullable(session.find(GroupEntity.class, id.value()))
                .map(GroupMapper::toDomain));
    }

    /**
     * @throws IllegalArgumentException when there is no such group: groups are never deleted by Parley, so the
     *     caller's group came from somewhere else
     */
    @Override
    public void update(Group group) {
        Objects.requireNonNull(group, "group");
        sessions.inTransaction(session -> {
            GroupEntity row = session.find(GroupEntity.class, group.id().value());
            if (row == null) {
                throw new IllegalArgumentException("there is no group " + group.id());
            }
            GroupMapper.write(group, row, clock.instant());
        });
    }

    @Override
    public Optional<GroupMember> membership(GroupId group, UserId user) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(user, "user");
        return read(session -> memberRow(session, group, user).map(GroupMapper::toDomain));
    }

    @Override
    public List<Member> members(GroupId group) {
        Objects.requireNonNull(group, "group");
        return read(session -> session.createSelectionQuery(MEMBERS, Object[].class)
                .setParameter("group", group.value())
                .getResultList()
                .stream()
                .map(columns -> new Member(GroupMapper.toDomain((GroupMemberEntity) columns[0]),
                        UserMapper.toDomain((UserEntity) columns[1], (UserInfoEntity) columns[2])))
                .toList());
    }

    @Override
    public int countMembers(GroupId group) {
        Objects.requireNonNull(group, "group");
        return read(session -> count(session, group));
    }

    @Override
    public Page<Listing> groupsOf(UserId user, PageRequest page) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(page, "page");
        return read(session -> {
            long count = session.createSelectionQuery(MY_GROUP_COUNT, Long.class)
                    .setParameter("user", user.value())
                    .setParameter("members", MEMBERS_PROPER)
                    .setParameter("dissolved", (short) GroupStatus.DISSOLVED.code())
                    .getSingleResult();
            List<Listing> rows = count == 0 ? List.of() : session.createSelectionQuery(MY_GROUPS, Object[].class)
                    .setParameter("user", user.value())
                    .setParameter("members", MEMBERS_PROPER)
                    .setParameter("dissolved", (short) GroupStatus.DISSOLVED.code())
                    .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
                    .setMaxResults(page.limit())
                    .getResultList()
                    .stream()
                    .map(columns -> new Listing(GroupMapper.toDomain((GroupEntity) columns[0]),
                            GroupMapper.toDomain((GroupMemberEntity) columns[1])))
                    .toList();
            return new Page<>(count, rows);
        });
    }

    /**
     * Under the group's row lock: the user's row, if any, refuses; then the count decides. A unique violation can
     * only come from a row written without the lock; it refuses the same way, by the row that won.
     *
     * @throws DomainException {@code GROUP_NOT_FOUND} when there is no such group
     */
    @Override
    public GroupMember addMember(GroupMember member, int maxMembers) {
        Objects.requireNonNull(member, "member");
        try {
            return ContendedWrites.retried("add a group member",
                    () -> sessions.fromTransaction(session -> addUnderLock(session, member, maxMembers)));
        } catch (RuntimeException failed) {
            if (!Constraints.violated(failed, MEMBER_CONSTRAINT)) {
                throw failed;
            }
            GroupMember winner = membership(member.group(), member.user()).orElseThrow(() -> failed);
            throw alreadyIn(winner);
        }
    }

    @Override
    public boolean updateMember(GroupMember member) {
        Objects.requireNonNull(member, "member");
        return sessions.fromTransaction(session -> memberRow(session, member.group(), member.user())
                .map(row -> {
                    row.status = (short) member.status().code();
                    row.nickname = member.nickname();
                    row.updateTime = UserMapper.stored(clock.instant());
                    return true;
                })
                .orElse(false));
    }

    @Override
    public boolean removeMember(GroupId group, UserId user) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(user, "user");
        return sessions.fromTransaction(session -> session.createMutationQuery(REMOVE)
                .setParameter("group", group.value())
                .setParameter("user", user.value())
                .executeUpdate() > 0);
    }

    private static GroupMember addUnderLock(Session session, GroupMember member, int maxMembers) {
        GroupEntity group = session.find(GroupEntity.class, member.group().value(), LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            throw new DomainException(ReasonCode.GROUP_NOT_FOUND);
        }
        Optional<GroupMemberEntity> existing = memberRow(session, member.group(), member.user());
        if (existing.isPresent()) {
            throw alreadyIn(GroupMapper.toDomain(existing.get()));
        }
        boolean counts = COUNTED.contains((short) member.status().code());
        if (counts && count(session, member.group()) + 1 > maxMembers) {
            throw new DomainException(ReasonCode.GROUP_FULL);
        }
        GroupMemberEntity row = GroupMapper.newMember(member);
        session.persist(row);
        session.flush();
        return GroupMapper.toDomain(row);
    }

    private static DomainException alreadyIn(GroupMember existing) {
        return new DomainException(existing.status() == MemberStatus.PENDING ? ReasonCode.JOIN_PENDING
                : ReasonCode.ALREADY_MEMBER);
    }

    private static int count(Session session, GroupId group) {
        return Math.toIntExact(session.createSelectionQuery(COUNT, Long.class)
                .setParameter("group", group.value())
                .setParameter("counted", COUNTED)
                .getSingleResult());
    }

    private static Optional<GroupMemberEntity> memberRow(Session session, GroupId group, UserId user) {
        return session.createSelectionQuery(MEMBER, GroupMemberEntity.class)
                .setParameter("group", group.value())
                .setParameter("user", user.value())
                .uniqueResultOptional();
    }

    private <T> T read(Function<Session, T> query) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return query.apply(session);
        });
    }

    private static List<Short> codes(MemberStatus... statuses) {
        return Arrays.stream(statuses).map(status -> (short) status.code()).toList();
    }
}
