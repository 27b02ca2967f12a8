package org.zongzhi.casehandling.intake;

/** The logged-in user may not submit matters of this channel (403). */
class ChannelRefusedException extends RuntimeException {

    ChannelRefusedException(String message) {
        super(message);
    }
}
