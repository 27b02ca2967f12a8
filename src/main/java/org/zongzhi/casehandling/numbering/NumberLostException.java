package org.zongzhi.casehandling.numbering;

/**
 * The number a transaction took was given to another one meanwhile: the transaction took longer
 * than {@link GaplessNumbers#ABANDONED_AFTER} to claim it. It must not write the number; it may
 * take a new one and try again.
 */
public class NumberLostException extends RuntimeException {

    NumberLostException(NumberReservation number) {
        super("Number " + number.year() + "/" + number.sequence() + " of series " + number.series()
                + " was given to another taker before this one claimed it");
    }
}
