package org.zongzhi.casehandling.intake;

import java.io.IOException;

/** The intake body went past its limit while being read (a body sent without Content-Length). */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("Intake request body exceeds " + limit + " bytes");
    }
}
