package org.zongzhi.casehandling.login;

/**
 * Why a login was refused, as the door answers it: HTTP status, a Chinese message and, for a
 * throttled address, the seconds until it may try again (0 = no Retry-After).
 */
record LoginRefusal(int status, String message, long retryAfterSeconds) {

    LoginRefusal(int status, String message) {
        this(status, message, 0);
    }

    static final int TOO_MANY_REQUESTS = 429;
    static final int UNAUTHORIZED = 401;

    static LoginRefusal wrongPassword() {
        return new LoginRefusal(UNAUTHORIZED, "用户名或密码错误");
    }
}
