package org.zongzhi.casehandling.web;

/** Something the caller asked for does not exist, or is not theirs to see: the two look alike. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
