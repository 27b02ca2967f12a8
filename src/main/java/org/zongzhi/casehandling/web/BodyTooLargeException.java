package org.zongzhi.casehandling.web;

import java.io.IOException;

/** A request body went past its limit while being read (a body sent without Content-Length). */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
