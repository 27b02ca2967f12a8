package org.zongzhi.casehandling.documents;

import static org.zongzhi.casehandling.process.ProcessVariables.AGREEMENT_SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_OUTCOME;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_WAY;
import static org.zongzhi.casehandling.process.ProcessVariables.ON_SPOT_RESOLVED;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.StepValue;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.pdf.ChinesePdf;
import org.zongzhi.casehandling.process.TaskKeys;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.workflow.StepCompleted;

/**
 * The papers of a successful mediation, as PDFs kept on the case: the 调解协议书 when the mediator
 * records 调解成功 (at 办理 or 当场调解), and the 司法确认申请书 when the parties apply for judicial
 * confirmation. Written after the step commits, in the background, from the ledger's trail (what the
 * mediator entered), so a failed rendering never undoes or delays the step; a paper missing after a
 * crash or a failure is written again on demand.
 */
@Component
class MediationPapers {

    private static final Logger log = LoggerFactory.getLogger(MediationPapers.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final CaseLedger ledger;
    private final CaseDocuments documents;
    private final Directory directory;
    private final ChinesePdf pdf;
    private final Settings settings;
    private final TransactionTemplate newTransaction;
    /** One writer: papers come seldom, and two renderings at once would only compete for the CPU. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mediation-papers");
        thread.setDaemon(true);
        return thread;
    });

    MediationPapers(CaseLedger ledger, CaseDocuments documents, Directory directory, ChinesePdf pdf, Settings settings,
                    PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.documents = documents;
        this.directory = directory;
        this.pdf = pdf;
        this.settings = settings;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * 调解成功 recorded: the agreement, and with 申请司法确认 the application too. Written on a thread of
     * its own once the step has committed: the mediator's completion (and the demo's start) does not
     * wait for a PDF to render.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void stepCompleted(StepCompleted step) {
        boolean handled = TaskKeys.HANDLE.equals(step.taskKey());
        String outcome = step.text(HANDLING_OUTCOME);
        boolean agreement = handled && ("AGREEMENT".equals(outcome) || "JUDICIAL_CONFIRMATION".equals(outcome))
                || TaskKeys.MEDIATE_ON_SPOT.equals(step.taskKey()) && "YES".equals(step.text(ON_SPOT_RESOLVED));
        if (!agreement) {
            return;
        }
        boolean application = handled && "JUDICIAL_CONFIRMATION".equals(outcome);
        try {
            writer.execute(() -> writeAfterStep(step, application));
        } catch (RejectedExecutionException e) {
            log.warn("The server is stopping: the mediation papers of case {} are left to be written on demand",
                    step.caseNo());
        }
    }

    private void writeAfterStep(StepCompleted step, boolean application) {
        try {
            newTransaction.executeWithoutResult(s -> {
                write(step.caseNo(), DocumentKind.MEDIATION_AGREEMENT, ProcessActor.SYSTEM);
                if (application) {
                    write(step.caseNo(), DocumentKind.JUDICIAL_CONFIRMATION_APPLICATION, ProcessActor.SYSTEM);
                }
            });
        } catch (RuntimeException e) {
            // The step stands; the mediator writes the papers from the case's documents page.
            log.error("The mediation papers of case {} could not be written after {}: they can be written on demand",
                    step.caseNo(), step.taskKey(), e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(20, TimeUnit.SECONDS)) {
            log.warn("Mediation papers still being written at shutdown are left to be written on demand");
            writer.shutdownNow();
        }
    }

    /** Writes one paper from the case's trail and keeps it on the case. */
    CaseDocument write(String caseNo, DocumentKind kind, String actor) {
        CaseRecord record = ledger.find(caseNo).orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND,
                "未找到", "案件 " + caseNo + " 不存在"));
        Mediation mediation = mediation(caseNo).orElseThrow(() -> new DocumentRefusedException(HttpStatus.CONFLICT,
                "尚无调解协议", "案件 " + caseNo + " 尚未记录调解成功及调解协议要点，不能生成" + kind.label()));
        String html = switch (kind) {
            case MEDIATION_AGREEMENT -> agreement(record, mediation);
            case JUDICIAL_CONFIRMATION_APPLICATION -> {
                if (!mediation.confirmationApplied()) {
                    throw new DocumentRefusedException(HttpStatus.CONFLICT, "未申请司法确认",
                            "案件 " + caseNo + " 的办理结果不是“调解成功并申请司法确认”，不能生成司法确认申请书");
                }
                yield application(record, mediation);
            }
            case UPLOADED -> throw new IllegalArgumentException("Uploaded documents are not written by the system");
        };
        byte[] rendered;
        try {
            rendered = pdf.render(html);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Rendering the " + kind + " of case " + caseNo + " failed", e);
        }
        return documents.keepGenerated(caseNo, kind, kind.label() + "-" + caseNo + ".pdf", rendered, actor);
    }

    /** What the mediator recorded: the last completion that carried the agreement's terms. */
    record Mediation(CaseEvent step, String terms, String way, boolean confirmationApplied) {
    }

    Optional<Mediation> mediation(String caseNo) {
        List<CaseEvent> trail = ledger.trail(caseNo);
        for (int i = trail.size() - 1; i >= 0; i--) {
            CaseEvent event = trail.get(i);
            Optional<String> terms = value(event, AGREEMENT_SUMMARY);
            if (TrailEvent.TASK_COMPLETED.is(event) && terms.isPresent()) {
                boolean applied = value(event, HANDLING_OUTCOME)
                        .filter(CaseTerms.CONCLUDING_OUTCOMES.get("JUDICIAL_CONFIRMATION")::equals).isPresent();
                return Optional.of(new Mediation(event, terms.get(), value(event, HANDLING_WAY).orElse(null), applied));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(CaseEvent event, String key) {
        return event.values().stream().filter(v -> key.equals(v.key())).map(StepValue::value)
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private String agreement(CaseRecord record, Mediation mediation) {
        String org = organisation(mediation);
        String title = "人民调解".equals(mediation.way()) ? "人民调解协议书" : "调解协议书";
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"no\">编号：").append(e(record.caseNo())).append("</div>");
        body.append("<h2>当事人</h2>");
        for (Party party : parties(record)) {
            body.append("<p class=\"party\">").append(e(roleLabel(party.role()))).append("：").append(e(party.name()))
                    .append("</p>");
        }
        body.append("<h2>纠纷主要事实、争议事项</h2>");
        body.append("<p>").append(e(record.matterType())).append("。").append(paragraphs(record.summary())).append("</p>");
        body.append("<h2>经调解，当事人自愿达成如下协议</h2>");
        body.append("<p>").append(paragraphs(mediation.terms())).append("</p>");
        body.append("<p>本协议自各方当事人签名（盖章）、调解员签名并加盖调解组织印章之日起生效。本协议一式三份，"
                + "当事人各执一份，调解组织留存一份。</p>");
        body.append("<table class=\"sign\">");
        for (Party party : parties(record)) {
            body.append("<tr><td>").append(e(roleLabel(party.role()))).append("（签名）：</td><td class=\"line\">")
                    .append(e(party.name())).append("</td></tr>");
        }
        body.append("<tr><td>调解员（签名）：</td><td class=\"line\">").append(e(mediator(mediation))).append("</td></tr>");
        body.append("</table>");
        body.append("<p class=\"right\">").append(e(org)).append("（印章）</p>");
        body.append("<p class=\"right\">").append(e(date(mediation))).append("</p>");
        return page(title, body.toString());
    }

    private String application(CaseRecord record, Mediation mediation) {
        String court = settings.courtUnit() == null || settings.courtUnit().isBlank() ? "人民法院"
                : directory.unitName(settings.courtUnit().strip());
        List<Party> parties = parties(record);
        String names = parties.stream().map(Party::name).collect(Collectors.joining("、"));
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"no\">案件编号：").append(e(record.caseNo())).append("</div>");
        for (Party party : parties) {
            body.append("<p class=\"party\">申请人：").append(e(party.name())).append("</p>");
        }
        body.append("<h2>请求事项</h2>");
        body.append("<p>请求依法确认申请人").append(e(names)).append("于").append(e(date(mediation))).append("经")
                .append(e(organisation(mediation))).append("主持调解达成的调解协议有效。</p>");
        body.append("<h2>事实和理由</h2>");
        body.append("<p>申请人之间发生").append(e(record.matterType())).append("：").append(paragraphs(record.summary()))
                .append("</p>");
        body.append("<p>经").append(e(organisation(mediation))).append("调解员").append(e(mediator(mediation)))
                .append("主持调解，申请人自愿达成如下协议：</p>");
        body.append("<p>").append(paragraphs(mediation.terms())).append("</p>");
        body.append("<p>上述协议系申请人真实意思表示，不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人"
                + "合法权益。根据《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》的有关规定，"
                + "申请人于调解协议生效之日起三十日内共同向贵院申请司法确认。</p>");
        body.append("<p class=\"flush\">此致</p><p class=\"flush\">").append(e(court)).append("</p>");
        body.append("<table class=\"sign\">");
        for (Party party : parties) {
            body.append("<tr><td>申请人（签名）：</td><td class=\"line\">").append(e(party.name())).append("</td></tr>");
        }
        body.append("</table>");
        body.append("<p class=\"right\">").append(e(date(mediation))).append("</p>");
        body.append("<p class=\"flush small\">附：调解协议书一份</p>");
        return page("司法确认申请书", body.toString());
    }

    /** The case's parties; a matter registered without them has the reporter as its one party. */
    private List<Party> parties(CaseRecord record) {
        List<Party> parties = ledger.parties(record.caseNo());
        return parties.isEmpty() ? List.of(new Party("APPLICANT", record.reporterName(), null, null)) : parties;
    }

    private String mediator(Mediation mediation) {
        return directory.person(mediation.step().actor()).map(Person::name).orElse(mediation.step().actor());
    }

    /** The mediator's unit, else the centre the server runs. */
    private String organisation(Mediation mediation) {
        Optional<Person> mediator = directory.person(mediation.step().actor());
        if (mediator.isPresent() && mediator.get().unitCode() != null) {
            return directory.unitName(mediator.get().unitCode());
        }
        return directory.centres().stream().filter(c -> c.code().equals(settings.centreCode())).map(Centre::name)
                .findFirst().orElse(settings.centreShortName());
    }

    private static String date(Mediation mediation) {
        return mediation.step().occurredAt().atZoneSameInstant(ChinaTime.ZONE).format(DATE);
    }

    private static String roleLabel(String role) {
        return switch (role == null ? "" : role) {
            case "APPLICANT" -> "申请人";
            case "RESPONDENT" -> "被申请人";
            default -> "当事人";
        };
    }

    private static String e(String text) {
        return text == null ? "" : ChinesePdf.escape(text);
    }

    private static String paragraphs(String text) {
        return e(text == null ? "" : text.strip()).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
                <head>
                <meta charset="UTF-8"/>
                <title>%s</title>
                <style>
                  @page { size: A4; margin: 28mm 26mm 26mm 28mm;
                          @bottom-center { content: "— " counter(page) " —"; font-family: '%s'; font-size: 11pt; } }
                  body { font-family: '%s'; font-size: 14pt; line-height: 1.8; color: #000; margin: 0; }
                  h1 { text-align: center; font-size: 22pt; font-weight: bold; margin: 0 0 6pt 0; letter-spacing: 2pt; }
                  h2 { font-size: 14pt; font-weight: bold; margin: 14pt 0 4pt 0; }
                  .no { text-align: right; font-size: 12pt; margin-bottom: 12pt; }
                  p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
                  p.party, p.flush { text-indent: 0; }
                  p.right { text-indent: 0; text-align: right; padding-right: 2em; }
                  p.small { font-size: 11pt; }
                  table.sign { margin: 24pt 0 18pt 0; border-collapse: collapse; }
                  table.sign td { padding: 6pt 4pt; font-size: 13pt; }
                  table.sign td.line { border-bottom: 1pt solid #000; min-width: 120pt; color: #666; }
                </style>
                </head>
                <body>
                <h1>%s</h1>
                %s
                </body>
                </html>
                """.formatted(e(title), ChinesePdf.FONT_FAMILY, ChinesePdf.FONT_FAMILY, e(title), body);
    }
}
