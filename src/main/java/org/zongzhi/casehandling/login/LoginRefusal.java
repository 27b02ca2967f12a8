package org.zongzhi.casehandling.login;

/** Why a login was refused, as the door answers it: HTTP status and a Chinese message. */
record LoginRefusal(int status, String message) {

    static final int TOO_MANY_REQUESTS = 429;
    static final int UNAUTHORIZED = 401;

    static LoginRefusal wrongPassword() {
        return new LoginRefusal(UNAUTHORIZED, "用户名或密码错误");
    }
}
