package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.FollowPort;
import io.parley.chat.domain.shared.Page;
import io.parley.chat.domain.shared.PageRequest;
import io.parley.chat.domain.user.User;
import io.parley.chat.domain.user.UserId;
import java.time.Clock;
import org.hibernate.SessionFactory;

/** Follows in {@code user_follow}, one row per (follower, followee). */
final class HibernateFollowAdapter implements FollowPort {
    static final String PAIR_CONSTRAINT = "uq_user_follow_pair";

    private final UserRelationTable<FollowEntity> table;

    HibernateFollowAdapter(SessionFactory sessions, Clock clock) {
        this.table = new UserRelationTable<>(sessions, "Follow", "followerId", "followeeId", PAIR_CONSTRAINT,
                (follower, followee) -> new FollowEntity(follower.value(), followee.value(),
                        UserMapper.stored(clock.instant())));
    }

    @Override
    public boolean follows(UserId follower, UserId followee) {
        return table.exists(follower, followee);
    }

    @Override
    public boolean follow(UserId follower, UserId followee) {
        return table.add(follower, followee);
    }

    @Override
    public boolean unfollow(UserId follower, UserId followee) {
        return table.remove(follower, followee);
    }

    @Override
    public Page<User> followees(UserId follower, PageRequest page) {
        return table.targetsOf(follower, page);
    }

    @Override
    public Page<User> followers(UserId followee, PageRequest page) {
        return table.sourcesOf(followee, page);
    }
}
