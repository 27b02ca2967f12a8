package org.zongzhi.casehandling.numbering;

/**
 * A number of a gapless series taken for one case or letter: the year and sequence it is written
 * with, and the token that proves the holder when it is claimed ({@link GaplessNumbers#claim}).
 */
public record NumberReservation(String series, int year, long sequence, String token) {
}
