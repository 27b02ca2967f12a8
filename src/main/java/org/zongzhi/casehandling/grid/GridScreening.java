package org.zongzhi.casehandling.grid;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.documents.CaseDocuments;
import org.zongzhi.casehandling.documents.CaseDocuments.CheckedFile;
import org.zongzhi.casehandling.intake.GridHandOver;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.web.PrintableText;

/**
 * 网格员排查: a matter a grid worker found on patrol, with its photos. Resolved on the spot (就地化解)
 * it is recorded and counted here and never becomes a case; handed to the centre it becomes a case
 * of the GRID channel through intake, with the photos as the case's documents. Either way all of it
 * is written in one transaction, or, refused, nothing.
 */
@Service
class GridScreening {

    static final int MAX_PHOTOS = 5;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_RESOLUTION = 1000;
    static final int MAX_ADDRESS = 300;

    private final ScreeningMapper mapper;
    private final GridHandOver intake;
    private final CaseDocuments documents;
    private final Directory directory;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GridScreening(ScreeningMapper mapper, GridHandOver intake, CaseDocuments documents, Directory directory,
                  ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.mapper = mapper;
        this.intake = intake;
        this.documents = documents;
        this.directory = directory;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    record Photo(String fileName, byte[] content) {
    }

    record StoredPhoto(String fileName, String sha256) {
    }

    record Recorded(long id, Screening.Disposition disposition, String dispositionLabel, String caseNo,
                    List<StoredPhoto> photos) {
    }

    /** Refused: the wrong fields (JSON path and Chinese message), nothing written. */
    static final class RefusedException extends RuntimeException {

        private final transient List<GridHandOver.Problem> problems;

        RefusedException(List<GridHandOver.Problem> problems) {
            super("提交的排查事项有 " + problems.size() + " 处错误");
            this.problems = List.copyOf(problems);
        }

        List<GridHandOver.Problem> problems() {
            return problems;
        }
    }

    Recorded report(JsonNode report, List<Photo> photos, Authentication worker) {
        List<GridHandOver.Problem> problems = new ArrayList<>();
        Screening.Disposition disposition = disposition(report, problems);
        String matterType = text(report, "matterType", 100, true, problems);
        if (matterType != null && !intake.knownMatterType(matterType)) {
            problems.add(new GridHandOver.Problem("matterType", "未知的事项类型“" + matterType + "”，应为事项目录中的一项"));
        }
        String township = text(report, "townshipCode", 32, true, problems);
        String village = text(report, "villageCode", 32, false, problems);
        checkPlace(township, village, problems);
        String address = text(report, "address", MAX_ADDRESS, false, problems);
        String summary = text(report, "summary", MAX_SUMMARY, true, problems);
        int people = people(report, problems);
        String resolution = text(report, "resolution", MAX_RESOLUTION,
                disposition == Screening.Disposition.RESOLVED_ON_SPOT, problems);
        if (photos.size() > MAX_PHOTOS) {
            problems.add(new GridHandOver.Problem("photos", "照片不能超过" + MAX_PHOTOS + "张，收到" + photos.size() + "张"));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        // Every photo is checked before anything is written (type by content, size): one bad photo refuses all.
        List<CheckedFile> checked = photos.stream().map(p -> documents.check(p.fileName(), p.content())).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transaction.execute(status -> {
            long id = mapper.nextId();
            String caseNo = null;
            if (disposition == Screening.Disposition.HANDED_OVER) {
                caseNo = intake.handOver(intakeBody(id, report, checked, now), worker).caseNo();
                for (int i = 0; i < photos.size(); i++) {
                    documents.upload(caseNo, photos.get(i).fileName(), "网格员随手拍（排查 #" + id + "）",
                            photos.get(i).content(), worker.getName());
                }
            }
            mapper.insert(new Screening(id, worker.getName(), township, village, address, matterType, summary, people,
                    disposition, disposition == Screening.Disposition.RESOLVED_ON_SPOT ? resolution : null, caseNo,
                    now));
            if (disposition == Screening.Disposition.RESOLVED_ON_SPOT) {
                for (int i = 0; i < photos.size(); i++) {
                    mapper.insertPhoto(id, checked.get(i).fileName(), checked.get(i).mediaType(),
                            checked.get(i).sha256(), photos.get(i).content());
                }
            }
            return new Recorded(id, disposition, disposition.label(), caseNo,
                    checked.stream().map(c -> new StoredPhoto(c.fileName(), c.sha256())).toList());
        });
    }

    /** The matter as intake takes it from the GRID channel, referenced by this screening's number. */
    private JsonNode intakeBody(long id, JsonNode report, List<CheckedFile> photos, OffsetDateTime now) {
        ObjectNode body = json.createObjectNode();
        body.put("channel", "GRID");
        body.put("externalRef", "网格排查-" + id);
        body.set("reporter", report.path("reporter").isMissingNode() ? null : report.get("reporter"));
        if (report.has("parties")) {
            body.set("parties", report.get("parties"));
        }
        ObjectNode place = body.putObject("place");
        place.set("townshipCode", report.get("townshipCode"));
        if (report.hasNonNull("villageCode") && !report.get("villageCode").asText().isBlank()) {
            place.set("villageCode", report.get("villageCode"));
        }
        if (report.hasNonNull("address")) {
            place.set("address", report.get("address"));
        }
        body.set("matterType", report.get("matterType"));
        body.set("summary", report.get("summary"));
        body.set("peopleInvolved", report.get("peopleInvolved"));
        body.put("occurredAt", now.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime().toString());
        ArrayNode attachments = body.putArray("attachments");
        for (CheckedFile photo : photos) {
            attachments.addObject().put("name", photo.fileName()).put("contentType", photo.mediaType())
                    .put("size", photo.size()).put("sha256", photo.sha256());
        }
        return body;
    }

    private static Screening.Disposition disposition(JsonNode report, List<GridHandOver.Problem> problems) {
        String value = report.path("disposition").asText("");
        for (Screening.Disposition d : Screening.Disposition.values()) {
            if (d.name().equals(value)) {
                return d;
            }
        }
        problems.add(new GridHandOver.Problem("disposition", value.isEmpty()
                ? "必填：RESOLVED_ON_SPOT（就地化解）或 HANDED_OVER（移交中心）"
                : "必须是 RESOLVED_ON_SPOT（就地化解）或 HANDED_OVER（移交中心），收到：" + value));
        return null;
    }

    private static String text(JsonNode report, String field, int max, boolean required,
                               List<GridHandOver.Problem> problems) {
        JsonNode node = report.get(field);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            if (required) {
                problems.add(new GridHandOver.Problem(field, "必填"));
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new GridHandOver.Problem(field, "必须是文字"));
            return null;
        }
        String value = node.asText().strip();
        String problem = PrintableText.problem(value);
        if (problem != null) {
            problems.add(new GridHandOver.Problem(field, problem));
            return null;
        }
        if (value.length() > max) {
            problems.add(new GridHandOver.Problem(field, "不能超过" + max + "个字符"));
            return null;
        }
        return value;
    }

    private static int people(JsonNode report, List<GridHandOver.Problem> problems) {
        JsonNode node = report.get("peopleInvolved");
        if (node == null || node.isNull()) {
            problems.add(new GridHandOver.Problem("peopleInvolved", "必填"));
            return 0;
        }
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > 100_000) {
            problems.add(new GridHandOver.Problem("peopleInvolved", "必须是 1 到 100000 之间的整数"));
            return 0;
        }
        return node.asInt();
    }

    private void checkPlace(String township, String village, List<GridHandOver.Problem> problems) {
        if (township == null) {
            return;
        }
        Optional<Centre> t = centre(township).filter(c -> "TOWNSHIP".equals(c.level()));
        if (t.isEmpty()) {
            problems.add(new GridHandOver.Problem("townshipCode", "不是本中心的乡镇（街道）：" + township));
            return;
        }
        if (village != null && centre(village).filter(c -> township.equals(c.parentCode())).isEmpty()) {
            problems.add(new GridHandOver.Problem("villageCode", "不是" + t.get().name() + "下辖的村（社区）：" + village));
        }
    }

    private Optional<Centre> centre(String code) {
        return directory.centres().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    List<Screening> latest(String reportedBy, int limit) {
        return mapper.latest(reportedBy, limit);
    }

    List<ScreeningMapper.ScreeningCount> counts(OffsetDateTime from, OffsetDateTime to) {
        return mapper.counts(from, to);
    }

    /** The worker's own place: a village centre and its township, or a township. */
    Optional<Centre> placeOf(String centreCode) {
        return centre(centreCode);
    }

    String placeName(String code) {
        return code == null ? "" : centre(code).map(Centre::name).orElse(code);
    }
}
