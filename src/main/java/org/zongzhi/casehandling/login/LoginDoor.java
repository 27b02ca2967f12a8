package org.zongzhi.casehandling.login;

/**
 * What the password check needs from the HTTP request it runs in, and what it leaves for the door
 * to answer: the client's address in, the refusal out. Camunda's checkPassword has no parameter for
 * either, so they travel with the request's thread, set by {@link LoginDoorFilter}.
 */
final class LoginDoor {

    private static final ThreadLocal<LoginDoor> CURRENT = new ThreadLocal<>();

    private final String source;
    private LoginRefusal refusal;

    private LoginDoor(String source) {
        this.source = source;
    }

    static void open(String source) {
        CURRENT.set(new LoginDoor(source));
    }

    static void close() {
        CURRENT.remove();
    }

    /** The client's address, or null when the check runs outside an HTTP request. */
    static String source() {
        LoginDoor door = CURRENT.get();
        return door == null ? null : door.source;
    }

    static void refused(LoginRefusal refusal) {
        LoginDoor door = CURRENT.get();
        if (door != null) {
            door.refusal = refusal;
        }
    }

    static LoginRefusal refusal() {
        LoginDoor door = CURRENT.get();
        return door == null ? null : door.refusal;
    }
}
