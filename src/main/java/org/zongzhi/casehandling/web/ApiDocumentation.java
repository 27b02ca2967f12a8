package org.zongzhi.casehandling.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of our /api that springdoc serves at /v3/api-docs and /swagger-ui.html. Both lie
 * outside /api, so {@link ApiSecurity} lets them through without login; the operations themselves
 * still need HTTP basic auth, which the document declares so Swagger UI's 「Authorize」 asks for it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC_AUTH = "basicAuth";

    @Bean
    OpenAPI caseHandlingApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("综治中心案件办理系统 API")
                        .version("v1")
                        .description("""
                                综治中心“一个口子进”的接口：各受理渠道的系统登记事项（信息汇集），\
                                各单位的系统签收或退回交办单，督办员、领导读取督办清单和督办函件。
                                所有 /api 接口均使用 HTTP Basic 认证，账号为综治中心目录中的用户或渠道账号；\
                                演示环境中密码与账号相同（如 channel-hotline-12345 / channel-hotline-12345）。
                                事项类型、乡镇（街道）和村（社区）代码见 GET /api/catalog。"""))
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("综治中心用户或受理渠道账号（HTTP Basic）")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                // The steps of the loop in their order; controllers name their step with @Tag.
                .addTagsItem(new Tag().name("信息汇集").description("各受理渠道登记事项，以及登记所需的渠道、事项类型和地点代码"))
                .addTagsItem(new Tag().name("案件台账").description("案件及其办理轨迹"))
                .addTagsItem(new Tag().name("分流交办").description("承办单位的系统签收或退回交办单"))
                .addTagsItem(new Tag().name("定期督办").description("每日督办清单、督办函件及其模板"))
                .addTagsItem(new Tag().name("工作日历").description("计算办理时限所用的节假日和调休安排"));
    }
}
