package org.zongzhi.casehandling.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * A year of 示范县's closed cases, written straight into the ledger (no process runs), so that the
 * leaders' dashboard and the figures have something to show: acceptance and closing, 办理结果,
 * return visits (a few not reached, a few 不满意 and reopened), letters for the late ones, merged
 * and screened reports, repeat reporters and places, and the court's monthly counts. Random but
 * seeded, so the same end day gives the same history; loaded once per end month.
 */
@Component
public class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final int BATCH = 500;
    private static final String ENTERED_BY = "demo-history";

    record HistoryCase(String caseNo, String channel, String townshipCode, String villageCode, String matterType,
                       String summary, String grade, String status, String unitCode, OffsetDateTime acceptedAt,
                       OffsetDateTime closedAt, String closedAs, String mergedInto, int reopenCount,
                       String reporterName, String reporterPhoneLookup) {
    }

    record HistoryOutcome(String caseNo, int round, String way, String outcome, OffsetDateTime at) {
    }

    record HistoryVisit(String caseNo, int round, boolean reached, String satisfaction, OffsetDateTime at) {
    }

    record HistoryLetter(String caseNo, String kind, int rung, String letterNo, String centreCode, int year,
                         long sequence, String unitCode, OffsetDateTime at) {
    }

    record HistoryEvent(String caseNo, String kind, String detail, OffsetDateTime at) {
    }

    record CourtMonth(String territory, LocalDate month, int cases) {
    }

    /** Matter types as the window sees them, weighted, and the unit that usually handles them. */
    private static final List<Object[]> TYPES = List.of(
            new Object[] {"邻里纠纷", 18, null}, new Object[] {"婚姻家庭纠纷", 12, "FL"},
            new Object[] {"劳动争议", 14, "RSJ"}, new Object[] {"物业纠纷", 9, "ZJJ"},
            new Object[] {"土地纠纷", 7, "ZRZYJ"}, new Object[] {"农村土地承包纠纷", 6, "NYNCJ"},
            new Object[] {"医疗纠纷", 4, "WJJ"}, new Object[] {"消费纠纷", 8, null},
            new Object[] {"交通事故纠纷", 6, "GAJ"}, new Object[] {"征地拆迁纠纷", 3, "ZJJ"},
            new Object[] {"城市管理纠纷", 5, "CGJ"}, new Object[] {"涉法涉诉", 3, "FY"},
            new Object[] {"社会救助", 3, "MZJ"}, new Object[] {"其他", 2, "SFJ"});
    private static final List<Object[]> CHANNELS = List.of(
            new Object[] {"WALK_IN", 30}, new Object[] {"PHONE", 14}, new Object[] {"HOTLINE_12345", 20},
            new Object[] {"POLICE_110", 8}, new Object[] {"GRID", 12}, new Object[] {"COURT_REFERRAL", 7},
            new Object[] {"PETITION", 6}, new Object[] {"DEPARTMENT", 3});
    private static final String[] WAYS = {"PEOPLE_MEDIATION", "PEOPLE_MEDIATION", "PEOPLE_MEDIATION",
            "ADMIN_MEDIATION", "ADMIN_MEDIATION", "JUDICIAL_MEDIATION", "PROFESSIONAL_MEDIATION", "SELF"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] GIVEN = {"秀英", "建国", "桂兰", "志强", "海燕", "国华", "玉梅", "永红", "春生",
            "丽娟", "德明", "红霞", "文军", "淑珍", "新民", "金凤"};

    private final DemoHistoryMapper mapper;
    private final Directory directory;

    DemoHistory(DemoHistoryMapper mapper, Directory directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    /**
     * Loads about {@code count} cases accepted over the twelve months before {@code end} (China
     * time), all closed by then. Returns how many were written: 0 when this end month was loaded.
     */
    @Transactional
    public int load(LocalDate end, int count, long seed) {
        String prefix = "SFX-LS-" + YearMonth.from(end).toString().replace("-", "") + "-";
        if (mapper.countWithPrefix(prefix + "%") > 0) {
            log.info("Demo history up to {} is already in the ledger", end);
            return 0;
        }
        Random random = new Random(seed);
        List<Centre> villages = directory.centres().stream().filter(c -> "VILLAGE".equals(c.level())).toList();
        List<String> townships = directory.centres().stream().filter(c -> "TOWNSHIP".equals(c.level()))
                .map(Centre::code).toList();
        List<String[]> regulars = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            regulars.add(new String[] {name(random), lookup(prefix + "regular-" + i)});
        }
        List<HistoryCase> cases = new ArrayList<>();
        List<HistoryOutcome> outcomes = new ArrayList<>();
        List<HistoryVisit> visits = new ArrayList<>();
        List<HistoryLetter> letters = new ArrayList<>();
        List<HistoryEvent> events = new ArrayList<>();
        String letterCentre = prefix.substring(0, prefix.length() - 1);
        long[] letterSequence = new long[3];
        ZonedDateTime last = end.atTime(18, 0).atZone(ChinaTime.ZONE);
        ZonedDateTime first = end.minusMonths(12).plusDays(1).atTime(8, 30).atZone(ChinaTime.ZONE);
        long span = last.toEpochSecond() - first.toEpochSecond();
        for (int i = 1; i <= count; i++) {
            String caseNo = prefix + String.format("%05d", i);
            // Spread over the year, a little more around the Spring Festival and the autumn harvest,
            // as the centres' monthly reports show.
            double position = random.nextDouble();
            if (random.nextInt(100) < 15) {
                position = random.nextBoolean() ? 0.05 + random.nextDouble() * 0.12 : 0.70 + random.nextDouble() * 0.12;
            }
            ZonedDateTime accepted = first.plusSeconds((long) (position * span * 0.97));
            accepted = accepted.withHour(8 + random.nextInt(9)).withMinute(random.nextInt(60));
            int handlingDays = 1 + (int) Math.abs(random.nextGaussian() * 9);
            ZonedDateTime closed = accepted.plusDays(handlingDays).withHour(9 + random.nextInt(8));
            if (closed.isAfter(last)) {
                closed = last;
            }
            Object[] type = weighted(TYPES, random);
            String channel = (String) weighted(CHANNELS, random)[0];
            Centre village = pickVillage(villages, random);
            String township = village == null ? townships.get(random.nextInt(townships.size())) : village.parentCode();
            boolean onSpot = random.nextInt(100) < 15 && !"COURT_REFERRAL".equals(channel);
            String unit = onSpot ? null : "COURT_REFERRAL".equals(channel) ? "FY"
                    : type[2] != null ? (String) type[2] : township;
            String grade = random.nextInt(100) < 80 ? "GENERAL" : random.nextInt(100) < 85 ? "MAJOR" : "SIGNIFICANT";
            String[] reporter = random.nextInt(100) < 12 ? regulars.get(random.nextInt(regulars.size()))
                    : new String[] {name(random), lookup(caseNo)};
            OffsetDateTime acceptedAt = accepted.toOffsetDateTime();
            OffsetDateTime closedAt = closed.toOffsetDateTime();
            String summary = type[0] + "，群众请求协调处理（历史演示数据）";
            events.add(new HistoryEvent(caseNo, "REGISTERED", "经受理登记（历史演示数据）", acceptedAt));

            if ("GRID".equals(channel) && random.nextInt(100) < 10) {
                cases.add(new HistoryCase(caseNo, channel, township, villageCode(village), (String) type[0], summary,
                        null, "CLOSED", null, acceptedAt, acceptedAt.plusHours(3), "SCREENED", null, 0,
                        reporter[0], reporter[1]));
                continue;
            }
            if (i > 10 && random.nextInt(100) < 2) {
                String into = prefix + String.format("%05d", i - 1 - random.nextInt(5));
                OffsetDateTime mergedAt = acceptedAt.plusHours(2);
                cases.add(new HistoryCase(caseNo, channel, township, villageCode(village), (String) type[0], summary,
                        grade, "MERGED", unit, acceptedAt, mergedAt, null, into, 0, reporter[0], reporter[1]));
                events.add(new HistoryEvent(caseNo, "MERGED", "并入案件 " + into, mergedAt));
                continue;
            }
            String way = onSpot ? "ON_SPOT_MEDIATION" : WAYS[random.nextInt(WAYS.length)];
            int roll = random.nextInt(100);
            String outcome = roll < 80 ? "AGREEMENT" : roll < 85 ? "JUDICIAL_CONFIRMATION" : roll < 90 ? "LITIGATION"
                    : roll < 93 ? "ARBITRATION" : roll < 95 ? "ADMIN_REVIEW" : "NOT_RESOLVED";
            OffsetDateTime concluded = acceptedAt.plusSeconds((closedAt.toEpochSecond() - acceptedAt.toEpochSecond()) * 2 / 3);
            outcomes.add(new HistoryOutcome(caseNo, 0, way, outcome, concluded));
            int reopenCount = 0;
            String closedAs = "VISITED";
            int visitRoll = random.nextInt(100);
            if (visitRoll < 6) {
                closedAs = "UNREACHABLE";
                for (int v = 2; v >= 0; v--) {
                    visits.add(new HistoryVisit(caseNo, 0, false, null, closedAt.minusDays(v)));
                }
            } else if (visitRoll < 11) {
                OffsetDateTime firstVisit = concluded.plusSeconds((closedAt.toEpochSecond() - concluded.toEpochSecond()) / 3);
                visits.add(new HistoryVisit(caseNo, 0, true, "DISSATISFIED", firstVisit));
                events.add(new HistoryEvent(caseNo, "REOPENED", "群众不满意，第1次重新研判", firstVisit.plusMinutes(5)));
                outcomes.add(new HistoryOutcome(caseNo, 1, way, "AGREEMENT", firstVisit.plusDays(1)));
                visits.add(new HistoryVisit(caseNo, 1, true, random.nextBoolean() ? "SATISFIED" : "BASICALLY_SATISFIED",
                        closedAt.minusMinutes(30)));
                reopenCount = 1;
            } else {
                visits.add(new HistoryVisit(caseNo, 0, true, visitRoll < 82 ? "SATISFIED" : "BASICALLY_SATISFIED",
                        closedAt.minusMinutes(30)));
            }
            if (handlingDays > 12 && unit != null) {
                String[] kinds = {"REMINDER", "SUPERVISION", "LEADER_REMINDER"};
                int rungs = handlingDays > 24 ? 3 : handlingDays > 18 ? 2 : 1;
                for (int rung = 0; rung < rungs; rung++) {
                    OffsetDateTime issued = acceptedAt.plusDays(10 + rung * 4L);
                    long sequence = ++letterSequence[rung];
                    letters.add(new HistoryLetter(caseNo, kinds[rung], rung,
                            letterCentre + "-" + kinds[rung] + "-" + sequence, letterCentre, issued.getYear(), sequence,
                            unit, issued));
                }
            }
            events.add(new HistoryEvent(caseNo, "CLOSED", "回访完毕，案件办结（历史演示数据）", closedAt));
            cases.add(new HistoryCase(caseNo, channel, township, villageCode(village), (String) type[0], summary, grade,
                    "CLOSED", unit, acceptedAt, closedAt, closedAs, null, reopenCount, reporter[0], reporter[1]));
        }
        // Merged cases point at earlier ones: write in number order so every target exists first.
        cases.sort(java.util.Comparator.comparing(HistoryCase::caseNo));
        for (List<HistoryCase> batch : batches(cases)) {
            mapper.insertCases(batch);
        }
        batches(outcomes).forEach(mapper::insertOutcomes);
        batches(visits).forEach(mapper::insertVisits);
        batches(letters).forEach(mapper::insertLetters);
        batches(events).forEach(mapper::insertEvents);
        List<CourtMonth> court = new ArrayList<>();
        for (int m = 11; m >= 0; m--) {
            LocalDate month = YearMonth.from(end).minusMonths(m).atDay(1);
            for (String township : townships) {
                court.add(new CourtMonth(township, month, 3 + random.nextInt(15)));
            }
        }
        if (!court.isEmpty()) {
            mapper.insertCourtMonths(court, ENTERED_BY, OffsetDateTime.now());
        }
        log.info("Demo history: {} cases accepted from {} to {}, {} letters", cases.size(), first.toLocalDate(), end,
                letters.size());
        return cases.size();
    }

    private static String villageCode(Centre village) {
        return village == null ? null : village.code();
    }

    /** A few villages are where the disputes keep coming from. */
    private static Centre pickVillage(List<Centre> villages, Random random) {
        if (villages.isEmpty() || random.nextInt(100) < 10) {
            return null;
        }
        int hot = random.nextInt(100);
        return hot < 30 ? villages.get(0) : hot < 45 ? villages.get(villages.size() - 1)
                : villages.get(random.nextInt(villages.size()));
    }

    private static Object[] weighted(List<Object[]> entries, Random random) {
        int total = entries.stream().mapToInt(e -> (Integer) e[1]).sum();
        int roll = random.nextInt(total);
        for (Object[] entry : entries) {
            roll -= (Integer) entry[1];
            if (roll < 0) {
                return entry;
            }
        }
        return entries.get(entries.size() - 1);
    }

    private static String name(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** Stands in for the keyed hash of a phone: repeat reporters share one; no phone is stored. */
    private static String lookup(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("demo-history:" + seed).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return batches;
    }
}
