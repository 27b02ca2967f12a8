package org.zongzhi.casehandling.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Sends N synthetic matters to a running server's POST /api/cases, with a county's channel mix,
 * each as its channel's demo login, and prints accepted/s and latency percentiles. The seed of the
 * performance benchmark: it measures and prints, it judges nothing. Loopback servers only; it stops
 * after N requests or the time limit, whichever comes first.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.args="http://localhost:8080 2000 8 [maxSeconds]"</pre>
 */
public final class IntakeLoadGenerator {

    /** A county's intake by channel (percent): the hotline and the grid bring most matters. */
    static final Map<Channel, Integer> CHANNEL_MIX = new EnumMap<>(Map.of(
            Channel.HOTLINE_12345, 35, Channel.GRID, 25, Channel.WALK_IN, 15, Channel.PHONE, 10,
            Channel.POLICE_110, 5, Channel.COURT_REFERRAL, 4, Channel.PETITION, 4, Channel.DEPARTMENT, 2));

    static final int MAX_REQUESTS = 100_000;
    static final int MAX_CONCURRENCY = 256;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            throw new IllegalArgumentException("usage: IntakeLoadGenerator <baseUrl> <requests> <concurrency> "
                    + "[maxSeconds=300], e.g. http://localhost:8080 2000 8");
        }
        URI base = URI.create(args[0].replaceAll("/+$", ""));
        int requests = bounded("requests", Integer.parseInt(args[1]), MAX_REQUESTS);
        int concurrency = bounded("concurrency", Integer.parseInt(args[2]), MAX_CONCURRENCY);
        Duration limit = Duration.ofSeconds(bounded("maxSeconds", args.length > 3 ? Integer.parseInt(args[3]) : 300,
                3600));
        requireLoopback(base);
        new IntakeLoadGenerator(base, demoChannelLogins()).run(requests, concurrency, limit);
    }

    private static int bounded(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + ", got " + value);
        }
        return value;
    }

    /** Load is for one's own machine: a shared or production server is never the target. */
    private static void requireLoopback(URI base) throws IOException {
        String host = base.getHost() == null ? "" : base.getHost().replaceAll("^\\[|]$", "");
        // Names other than localhost are not even resolved; an IP literal is checked without DNS.
        boolean ipLiteral = host.matches("[0-9.]+") || host.contains(":");
        if (!host.equals("localhost") && !(ipLiteral && InetAddress.getByName(host).isLoopbackAddress())) {
            throw new IllegalArgumentException("Only a server on this machine (localhost, 127.0.0.1) may be loaded, not "
                    + base);
        }
    }

    /** The channel logins of the demo directory (password = login id in the demo profile). */
    static Map<Channel, String> demoChannelLogins() throws IOException {
        try (InputStream in = IntakeLoadGenerator.class.getResourceAsStream("/directory/demo-county.yml")) {
            if (in == null) {
                throw new IllegalStateException("directory/demo-county.yml not on the classpath (run with the test scope)");
            }
            Map<Channel, String> logins = new EnumMap<>(Channel.class);
            for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(in).path("channels")) {
                logins.putIfAbsent(Channel.valueOf(entry.get("channel").asText()), entry.get("id").asText());
            }
            for (Channel channel : CHANNEL_MIX.keySet()) {
                if (!logins.containsKey(channel)) {
                    throw new IllegalStateException("demo-county.yml has no channel login for " + channel);
                }
            }
            return logins;
        }
    }

    private final URI base;
    private final Map<Channel, String> logins;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final ExecutorService workers;

    private IntakeLoadGenerator(URI base, Map<Channel, String> logins) {
        this.base = base;
        this.logins = logins;
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "intake-load");
            t.setDaemon(true); // never keeps the JVM (or Maven's) alive after the report
            return t;
        });
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(workers)
                .build();
    }

    private void run(int requests, int concurrency, Duration limit) throws Exception {
        JsonNode catalog = catalog();
        SyntheticIntakes intakes = new SyntheticIntakes(catalog, new Random());
        List<Channel> channels = new ArrayList<>(requests);
        List<String> bodies = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            Channel channel = intakes.channel();
            channels.add(channel);
            bodies.add(json.writeValueAsString(intakes.matter(channel, i)));
        }

        AtomicInteger next = new AtomicInteger();
        AtomicLongArray latencyNanos = new AtomicLongArray(requests);
        AtomicReferenceArray<String> outcome = new AtomicReferenceArray<>(requests);
        Map<String, String> firstError = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "intake-sender");
            t.setDaemon(true);
            return t;
        });
        for (int w = 0; w < concurrency; w++) {
            senders.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    String result;
                    try {
                        HttpResponse<String> response = http.send(post(channels.get(i), bodies.get(i)),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        result = String.valueOf(response.statusCode());
                        if (response.statusCode() != 200 && response.statusCode() != 201) {
                            firstError.putIfAbsent(result, abbreviate(response.body()));
                        }
                    } catch (IOException e) {
                        result = e.getClass().getSimpleName();
                        firstError.putIfAbsent(result, String.valueOf(e.getMessage()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencyNanos.set(i, System.nanoTime() - sent);
                    outcome.set(i, result);
                }
            });
        }
        senders.shutdown();
        boolean finished = senders.awaitTermination(limit.plus(REQUEST_TIMEOUT).toSeconds() + 5, TimeUnit.SECONDS);
        senders.shutdownNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        report(requests, concurrency, channels, latencyNanos, outcome, firstError, seconds,
                finished && next.get() >= requests);
        workers.shutdownNow();
    }

    private JsonNode catalog() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/catalog"))
                .header("Authorization", basic(logins.get(Channel.HOTLINE_12345)))
                .timeout(REQUEST_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + base + "/api/catalog answered " + response.statusCode()
                    + " (is the server running with the demo profile?): " + abbreviate(response.body()));
        }
        return json.readTree(response.body());
    }

    private HttpRequest post(Channel channel, String body) {
        return HttpRequest.newBuilder(base.resolve("/api/cases"))
                .header("Authorization", basic(logins.get(channel)))
                .header("Content-Type", "application/json")
                .timeout(REQUEST_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8));
    }

    private void report(int requests, int concurrency, List<Channel> channels, AtomicLongArray latencyNanos,
                        AtomicReferenceArray<String> outcome, Map<String, String> firstError, double seconds,
                        boolean complete) {
        Map<String, Integer> byOutcome = new TreeMap<>();
        Map<Channel, Integer> sentByChannel = new EnumMap<>(Channel.class);
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String result = outcome.get(i);
            if (result == null) {
                continue;
            }
            byOutcome.merge(result, 1, Integer::sum);
            sentByChannel.merge(channels.get(i), 1, Integer::sum);
            latencies.add(latencyNanos.get(i));
        }
        int created = byOutcome.getOrDefault("201", 0);
        int repeated = byOutcome.getOrDefault("200", 0);
        int accepted = created + repeated;
        int errors = latencies.size() - accepted;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();

        System.out.printf(Locale.ROOT, "intake load: %s/api/cases, %d requests, concurrency %d%n", base, requests,
                concurrency);
        StringBuilder mix = new StringBuilder("channel mix:");
        sentByChannel.forEach((c, n) -> mix.append(' ').append(c.label()).append(' ').append(n));
        System.out.println(mix);
        System.out.printf(Locale.ROOT, "sent %d%s, accepted %d (201 new %d, 200 already registered %d), errors %d%n",
                latencies.size(), complete ? "" : " (stopped by the time limit)", accepted, created, repeated, errors);
        byOutcome.forEach((result, n) -> {
            if (!result.equals("200") && !result.equals("201")) {
                System.out.printf("  error %s x%d, first: %s%n", result, n, firstError.get(result));
            }
        });
        System.out.printf(Locale.ROOT, "wall %.2f s, accepted/s %.1f%n", seconds, accepted / seconds);
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6);
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sortedNanos, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    private static String abbreviate(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Matters as a county's channels hand them over: names, phones, ID numbers, places, stories. */
    static final class SyntheticIntakes {

        private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
                + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤";
        private static final String[] MEN = {"建国", "志强", "伟", "德福", "海涛", "国平", "卫东", "军", "磊", "建军", "小龙",
            "文斌", "永胜", "玉成", "宏伟", "俊杰", "明", "浩", "长江", "保国", "振华", "春生", "家豪", "子轩"};
        private static final String[] WOMEN = {"桂兰", "秀英", "丽娟", "静怡", "红梅", "秀珍", "芳", "敏", "丽", "玉兰",
            "淑芬", "春燕", "晓燕", "雪梅", "婷", "慧", "佳怡", "欣怡", "金凤", "翠花", "雨涵", "梦琪"};
        /** County-level division codes (GB/T 2260) for the first six digits of an ID number. */
        private static final String[] REGIONS = {"411524", "411524", "411524", "411502", "411521", "411522", "410102",
            "420102", "341523", "320106"};
        private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "155", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
            "185", "186", "187", "188", "189", "191", "198", "199"};
        private static final String[] COMPANIES = {"恒达建筑劳务有限公司", "鑫源物业服务有限公司", "惠民超市", "顺通运输有限公司",
            "金色家园房地产开发有限公司", "力美健身会所", "城关镇中心卫生院", "宏发农业专业合作社"};

        private static final Map<String, List<String>> STORIES = Map.ofEntries(
                Map.entry("婚姻家庭纠纷", List.of("夫妻因子女抚养和家庭财产分割发生争执，女方要求村里出面调解。",
                        "老人反映三个子女互相推诿赡养责任，已两个月未给生活费。")),
                Map.entry("邻里纠纷", List.of("邻居新建围墙占用公共通道，双方多次争吵。", "楼上住户装修噪音扰民，夜间仍施工，沟通无果。",
                        "邻居家排水沟堵塞，雨水倒灌进反映人院内。")),
                Map.entry("土地纠纷", List.of("两户因宅基地边界界桩移位发生争执，均称对方多占。", "村集体机动地被个人私自耕种，村民不满。")),
                Map.entry("山林权属纠纷", List.of("两村交界处一片山林权属不清，双方均上山砍伐，矛盾激化。")),
                Map.entry("农村土地承包纠纷", List.of("外出务工回乡后发现承包地被他人耕种，要求返还。", "土地流转租金已拖欠一年，承包户要求支付。")),
                Map.entry("劳动争议", List.of("在工地务工三个月，工资至今未发，包工头失联。", "被公司辞退未获经济补偿，要求按工龄补偿。",
                        "工作中受伤，用人单位不承认劳动关系，拒绝申报工伤。")),
                Map.entry("物业纠纷", List.of("小区电梯长期停运，物业公司拒绝维修。", "物业公司擅自上调物业费，业主拒缴后被停水。")),
                Map.entry("医疗纠纷", List.of("患者家属认为手术后并发症系医院处置不当，要求赔偿。", "诊所误诊延误治疗，家属要求说法。")),
                Map.entry("消费纠纷", List.of("预付卡商家闭店跑路，剩余费用无法退还。", "网购家电存在质量问题，商家拒绝退换。",
                        "装修公司收取定金后拖延开工，要求退还定金。")),
                Map.entry("交通事故纠纷", List.of("电动车与小型货车相撞，伤者住院，双方对赔偿金额分歧较大。", "停车时被倒车剐蹭，对方拒绝赔偿。")),
                Map.entry("征地拆迁纠纷", List.of("公路拓宽征用耕地，青苗补偿款未发放到户。", "旧城改造拆迁安置房迟迟不能交付，群众要求说明。")),
                Map.entry("城市管理纠纷", List.of("沿街商户占道经营影响通行，多次反映未整改。", "夜市油烟噪音扰民，周边居民要求规范。")),
                Map.entry("涉法涉诉", List.of("对法院判决执行进度不满，要求加快执行。", "认为派出所对打架纠纷处理不公，要求复查。")),
                Map.entry("社会救助", List.of("家中老人重病、子女残疾，生活困难，申请临时救助。", "反映低保资格被取消，要求重新核查。")),
                Map.entry("其他", List.of("反映村务公开不及时，要求公开集体收支。", "反映村内道路路灯损坏多时无人维修。")));

        /** What each channel mostly brings; walk-ins and calls bring anything. */
        private static final Map<Channel, List<String>> TYPICAL = Map.of(
                Channel.HOTLINE_12345, List.of("物业纠纷", "消费纠纷", "城市管理纠纷", "劳动争议", "社会救助", "邻里纠纷"),
                Channel.GRID, List.of("邻里纠纷", "土地纠纷", "农村土地承包纠纷", "山林权属纠纷", "婚姻家庭纠纷", "其他"),
                Channel.POLICE_110, List.of("邻里纠纷", "婚姻家庭纠纷", "消费纠纷", "交通事故纠纷"),
                Channel.COURT_REFERRAL, List.of("交通事故纠纷", "劳动争议", "婚姻家庭纠纷", "消费纠纷", "医疗纠纷"),
                Channel.PETITION, List.of("征地拆迁纠纷", "涉法涉诉", "劳动争议", "社会救助", "土地纠纷"),
                Channel.DEPARTMENT, List.of("医疗纠纷", "劳动争议", "消费纠纷", "城市管理纠纷", "物业纠纷"));

        private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

        private final Random random;
        private final List<String> matterTypes = new ArrayList<>();
        private final List<JsonNode> townships = new ArrayList<>();
        /** This run's part of every channel reference (bench/ swaps it for a per-request one). */
        final String run;

        SyntheticIntakes(JsonNode catalog, Random random) {
            this.random = random;
            catalog.path("matterTypes").forEach(t -> matterTypes.add(t.asText()));
            catalog.path("places").forEach(townships::add);
            if (matterTypes.isEmpty() || townships.isEmpty()) {
                throw new IllegalStateException("GET /api/catalog lists no matter types or no places: " + catalog);
            }
            // Each run's references are new, so every matter is registered rather than found again.
            this.run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        }

        Channel channel() {
            int roll = random.nextInt(CHANNEL_MIX.values().stream().mapToInt(Integer::intValue).sum());
            for (Map.Entry<Channel, Integer> share : CHANNEL_MIX.entrySet()) {
                roll -= share.getValue();
                if (roll < 0) {
                    return share.getKey();
                }
            }
            throw new IllegalStateException("channel mix does not add up");
        }

        Map<String, Object> matter(Channel channel, int index) {
            boolean male = random.nextBoolean();
            String reporterName = name(male);
            String reporterPhone = mobile();
            String matterType = matterType(channel);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("channel", channel.name());
            body.put("externalRef", externalRef(channel, index));
            Map<String, Object> reporter = new LinkedHashMap<>();
            reporter.put("name", reporterName);
            reporter.put("phone", reporterPhone);
            if (random.nextInt(100) < 70) {
                reporter.put("idNumber", idNumber(male));
            }
            body.put("reporter", reporter);
            if (random.nextInt(100) < 60) {
                boolean respondentMale = random.nextBoolean();
                List<Map<String, Object>> parties = new ArrayList<>();
                parties.add(Map.of("role", "APPLICANT", "name", reporterName, "phone", reporterPhone));
                parties.add(random.nextInt(100) < 30
                        ? Map.of("role", "RESPONDENT", "name", "示范县" + pick(COMPANIES))
                        : Map.of("role", "RESPONDENT", "name", name(respondentMale), "phone", mobile(),
                                "idNumber", idNumber(respondentMale)));
                body.put("parties", parties);
            }
            body.put("place", place());
            body.put("matterType", matterType);
            List<String> stories = STORIES.getOrDefault(matterType, STORIES.get("其他"));
            body.put("summary", channel.label() + "：" + pick(stories.toArray(String[]::new)));
            if (Arrays.asList("劳动争议", "交通事故纠纷", "消费纠纷", "医疗纠纷", "征地拆迁纠纷", "农村土地承包纠纷", "物业纠纷")
                    .contains(matterType)) {
                body.put("amountAtStake", (500 + random.nextInt(200_000)) + random.nextInt(100) / 100.0);
            }
            boolean group = random.nextInt(100) < 3;
            body.put("peopleInvolved", group ? 10 + random.nextInt(40) : 1 + random.nextInt(3));
            body.put("groupIncident", group);
            body.put("crossArea", random.nextInt(100) < 2);
            body.put("occurredAt", OffsetDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.MINUTES)
                    .minusMinutes(random.nextInt(60 * 24 * 60)).toString());
            if (random.nextInt(100) < 20) {
                byte[] digest = new byte[32];
                random.nextBytes(digest);
                body.put("attachments", List.of(Map.of("name", "现场照片.jpg", "contentType", "image/jpeg",
                        "size", 50_000 + random.nextInt(3_000_000), "sha256", HexFormat.of().formatHex(digest))));
            }
            return body;
        }

        private String matterType(Channel channel) {
            List<String> typical = TYPICAL.getOrDefault(channel, matterTypes).stream()
                    .filter(matterTypes::contains).toList();
            return pick((typical.isEmpty() ? matterTypes : typical).toArray(String[]::new));
        }

        private String externalRef(Channel channel, int index) {
            String day = LocalDate.now().format(DAY);
            String seq = run + "-" + String.format(Locale.ROOT, "%06d", index);
            return switch (channel) {
                case WALK_IN -> "LF-" + day + "-" + seq;
                case PHONE -> "DH-" + day + "-" + seq;
                case HOTLINE_12345 -> "12345-" + day + "-" + seq;
                case POLICE_110 -> "110-JQ-" + day + "-" + seq;
                case GRID -> "WG-" + day + "-" + seq;
                case COURT_REFERRAL -> "（" + LocalDate.now().getYear() + "）示0101民诉前调" + seq + "号";
                case PETITION -> "示信〔" + LocalDate.now().getYear() + "〕" + seq + "号";
                case DEPARTMENT -> "BM-TS-" + day + "-" + seq;
            };
        }

        private Map<String, Object> place() {
            JsonNode township = townships.get(random.nextInt(townships.size()));
            String townshipName = township.path("name").asText().replace("综治中心", "");
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("townshipCode", township.path("code").asText());
            JsonNode villages = township.path("villages");
            if (villages.size() > 0 && random.nextInt(100) < 75) {
                JsonNode village = villages.get(random.nextInt(villages.size()));
                place.put("villageCode", village.path("code").asText());
                String villageName = village.path("name").asText().replace("综治中心", "");
                place.put("address", villageName + (1 + random.nextInt(12))
                        + (villageName.endsWith("社区") ? "号楼" : "组"));
            } else {
                place.put("address", townshipName + pick(new String[] {"人民路", "解放路", "建设街", "新华路", "中山街"})
                        + (1 + random.nextInt(200)) + "号");
            }
            return place;
        }

        private String name(boolean male) {
            return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + pick(male ? MEN : WOMEN);
        }

        private String mobile() {
            return pick(MOBILE_PREFIXES) + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        }

        /** GB 11643: region, birth date, sequence (odd for men), mod-11 check character. */
        String idNumber(boolean male) {
            LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(60 * 365));
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = pick(REGIONS) + birth.format(DAY) + String.format(Locale.ROOT, "%03d", sequence);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return first17 + "10X98765432".charAt(sum % 11);
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
