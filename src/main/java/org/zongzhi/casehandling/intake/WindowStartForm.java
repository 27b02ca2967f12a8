package org.zongzhi.casehandling.intake;

import static org.zongzhi.casehandling.process.ProcessVariables.ADDRESS;
import static org.zongzhi.casehandling.process.ProcessVariables.AMOUNT_AT_STAKE;
import static org.zongzhi.casehandling.process.ProcessVariables.CHANNEL;
import static org.zongzhi.casehandling.process.ProcessVariables.CROSS_AREA;
import static org.zongzhi.casehandling.process.ProcessVariables.EXTERNAL_REF;
import static org.zongzhi.casehandling.process.ProcessVariables.GROUP_INCIDENT;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.PEOPLE_INVOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_ID_NUMBER;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_PHONE;
import static org.zongzhi.casehandling.process.ProcessVariables.SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.VILLAGE_CODE;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.engineguard.WindowRegistration;

/**
 * 窗口登记: caseHandling's start form in Tasklist, registered by the same code as {@code POST
 * /api/cases} ({@link CaseIntake#accept}): the form's fields become an intake request of the
 * clerk's window channel, checked field by field, and the clerk reads the same Chinese messages.
 */
@Component
public class WindowStartForm implements WindowRegistration {

    /** Where each intake field stands on the form, so a message names what the clerk sees. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(CHANNEL, "来源渠道"), Map.entry(EXTERNAL_REF, "来电记录编号"),
            Map.entry("reporter", "来访人"), Map.entry("reporter.name", "来访人姓名"),
            Map.entry("reporter.phone", "联系电话"), Map.entry("reporter.idNumber", "身份证号码"),
            Map.entry("place", "事发地点"), Map.entry("place.townshipCode", "所属乡镇（街道）"),
            Map.entry("place.villageCode", "村（社区）"), Map.entry("place.address", "详细地址"),
            Map.entry(MATTER_TYPE, "事项类型"), Map.entry(SUMMARY, "事项简述"),
            Map.entry(AMOUNT_AT_STAKE, "涉及金额"), Map.entry(PEOPLE_INVOLVED, "涉及人数"));

    private final CaseIntake intake;
    private final ObjectMapper json;

    WindowStartForm(CaseIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Override
    public Registered register(Map<String, Object> form, String user, List<String> groups) {
        var clerk = new UsernamePasswordAuthenticationToken(user, null,
                groups.stream().map(SimpleGrantedAuthority::new).toList());
        CaseIntake.Receipt receipt;
        try {
            receipt = intake.accept(request(form), clerk);
        } catch (ChannelRefusedException e) {
            throw new Refused(e.getMessage());
        } catch (IntakeRejectedException e) {
            throw new Refused("登记未完成，请修改后再提交：" + e.problems().stream()
                    .map(p -> LABELS.getOrDefault(p.field(), p.field()) + "：" + p.message())
                    .collect(Collectors.joining("；")));
        }
        if (!receipt.created()) {
            throw new Refused("来电记录编号 " + receipt.externalRef() + " 已登记为案件 " + receipt.caseNo() + "，未重复登记");
        }
        return new Registered(receipt.process().getId(), receipt.process().getProcessDefinitionId(), receipt.caseNo());
    }

    private ObjectNode request(Map<String, Object> form) {
        ObjectNode body = json.createObjectNode();
        body.put("channel", text(form, CHANNEL, Channel.WALK_IN.name()));
        body.put("externalRef", text(form, EXTERNAL_REF, null));
        ObjectNode reporter = body.putObject("reporter");
        reporter.put("name", text(form, REPORTER_NAME, null));
        reporter.put("phone", text(form, REPORTER_PHONE, null));
        reporter.put("idNumber", text(form, REPORTER_ID_NUMBER, null));
        ObjectNode place = body.putObject("place");
        place.put("townshipCode", text(form, TOWNSHIP_CODE, null));
        place.put("villageCode", text(form, VILLAGE_CODE, null));
        place.put("address", text(form, ADDRESS, null));
        body.put("matterType", text(form, MATTER_TYPE, null));
        body.put("summary", text(form, SUMMARY, null));
        body.set("amountAtStake", json.valueToTree(form.get(AMOUNT_AT_STAKE)));
        body.set("peopleInvolved", json.valueToTree(form.get(PEOPLE_INVOLVED)));
        body.set("groupIncident", json.valueToTree(form.get(GROUP_INCIDENT)));
        body.set("crossArea", json.valueToTree(form.get(CROSS_AREA)));
        return body;
    }

    private static String text(Map<String, Object> form, String key, String fallback) {
        Object value = form.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
