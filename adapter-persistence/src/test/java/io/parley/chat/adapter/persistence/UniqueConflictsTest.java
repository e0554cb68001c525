package io.parley.chat.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Constraint names as H2, PostgreSQL, MariaDB and MySQL 8 report them. */
class UniqueConflictsTest {
    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC.UQ_USER_USERNAME_INDEX_3", "uq_user_username", "user.uq_user_username",
            "`uq_user_username`", "\"PUBLIC\".\"UQ_USER_USERNAME\""})
    void aViolatedUsernameConstraintIsAUsernameConflict(String reported) {
        assertEquals(UniqueConflict.Kind.USERNAME, conflictOf(violation(reported)).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC.UQ_USER_DEVICEFINGERUUID_INDEX_3", "uq_user_devicefingeruuid",
            "user.uq_user_devicefingeruuid"})
    void aViolatedDeviceConstraintIsADeviceConflict(String reported) {
        assertEquals(UniqueConflict.Kind.DEVICE, conflictOf(violation(reported)).kind());
    }

    @Test
    void aConflictFoundDeeperInTheCausesIsStillFound() {
        RuntimeException wrapped = new PersistenceException("commit failed", violation("uq_user_username"));
        assertEquals(UniqueConflict.Kind.USERNAME, conflictOf(wrapped).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"uq_user_uuid", "uq_user_email", "uq_user_usernames", "PUBLIC.PK_USER_INDEX_3", ""})
    void otherConstraintsAreLeftAsTheyAre(String reported) {
        RuntimeException failure = violation(reported);
        assertSame(failure, UniqueConflicts.translate(failure));
    }

    @Test
    void aViolationWithoutAConstraintNameIsLeftAsItIs() {
        RuntimeException failure = violation(null);
        assertSame(failure, UniqueConflicts.translate(failure));
    }

    @Test
    void failuresThatAreNoViolationsAreLeftAsTheyAre() {
        RuntimeException failure = new IllegalStateException("uq_user_username");
        assertSame(failure, UniqueConflicts.translate(failure));
    }

    private static ConstraintViolationException violation(String constraintName) {
        return new ConstraintViolationException("could not execute statement",
                new SQLException("duplicate", "23505"), ConstraintKind.UNIQUE, constraintName);
    }

    private static UniqueConflict conflictOf(RuntimeException failure) {
        return (UniqueConflict) UniqueConflicts.translate(failure);
    }
}
