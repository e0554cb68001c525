package io.parley.chat.adapter.persistence;

import io.parley.chat.application.port.out.SaveUserPort.UniqueConflict;

/** Tells a taken username or device apart from any other failure of a write, by the name of the violated constraint. */
final class UniqueConflicts {
    static final String USERNAME_CONSTRAINT = "uq_user_username";
    static final String DEVICE_CONSTRAINT = "uq_user_devicefingeruuid";

    private UniqueConflicts() {
    }

    /** The conflict the failure stands for, else the failure itself. */
    static RuntimeException translate(RuntimeException failure) {
        if (Constraints.violated(failure, USERNAME_CONSTRAINT)) {
            return new UniqueConflict(UniqueConflict.Kind.USERNAME, failure);
        }
        if (Constraints.violated(failure, DEVICE_CONSTRAINT)) {
            return new UniqueConflict(UniqueConflict.Kind.DEVICE, failure);
        }
        return failure;
    }
}
