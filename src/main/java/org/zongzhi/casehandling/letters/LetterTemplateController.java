package org.zongzhi.casehandling.letters;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xml.sax.InputSource;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/**
 * The wording of the three letters, edited by an administrator without a release. A change applies
 * to letters issued afterwards; a letter already issued keeps its own wording.
 */
@RestController
@RequestMapping("/api/letter-templates")
@Tag(name = "定期督办")
class LetterTemplateController {

    private final LetterMapper mapper;

    LetterTemplateController(LetterMapper mapper) {
        this.mapper = mapper;
    }

    record Wording(String title, String heading, String body) {
    }

    @GetMapping
    @Operation(summary = "查询督办函件模板")
    List<LetterTemplate> all() {
        return mapper.findTemplates();
    }

    @PutMapping("/{kind}")
    @Operation(summary = "修改督办函件模板（系统管理员）", description = "只影响此后签发的函件；已签发的函件保留原措辞")
    @Transactional
    LetterTemplate change(@PathVariable String kind, @RequestBody Wording wording, Authentication user) {
        if (!EngineIdentity.groups(user).contains(Role.ADMIN.groupId())) {
            throw new AuthorizationException(user.getName(), "UPDATE", "letter template", kind);
        }
        LetterKind letterKind;
        try {
            letterKind = LetterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("没有 " + kind + " 这种函件（可选 REMINDER、SUPERVISION、LEADER_REMINDER）");
        }
        List<String> problems = new ArrayList<>();
        check(problems, "title（标题）", wording.title(), 200);
        check(problems, "heading（版头）", wording.heading(), 100);
        check(problems, "body（正文）", wording.body(), 20_000);
        if (wording.body() != null && !wellFormed(wording.body())) {
            problems.add("body（正文）不是格式正确的 XHTML 片段（标签须成对闭合，如 <p>…</p>、<br/>）");
        }
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("函件模板未保存：" + String.join("；", problems));
        }
        LetterTemplate template = new LetterTemplate(letterKind, wording.title(), wording.heading(), wording.body());
        mapper.updateTemplate(template);
        return template;
    }

    private static void check(List<String> problems, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(field + "不能为空");
            return;
        }
        if (text.length() > max) {
            problems.add(field + "不能超过" + max + "个字符");
        }
        List<String> unknown = LetterPdf.unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            problems.add(field + "含有未知的占位符 {{" + String.join("}}、{{", unknown) + "}}，可用："
                    + String.join("、", LetterPdf.PLACEHOLDERS.stream().sorted().toList()));
        }
    }

    private static boolean wellFormed(String fragment) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader("<div>" + fragment + "</div>")));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
