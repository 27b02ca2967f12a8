package org.zongzhi.casehandling.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * Camunda's FEEL engine for the decision tables, parsing each expression once instead of on every
 * evaluation. Camunda 7.24's {@link ScalaFeelEngine} hands the expression text to feel-scala for
 * every input entry of every rule each time a table is evaluated (camunda/feel-scala#1149), and
 * parsing was most of the FEEL time in the intake profile (41 % of the CPU of an intake load went
 * to DMN: 建议定级, 建议交办单位). Evaluation is unchanged: the same engine, value mappers and
 * function providers, on the parsed expression.
 */
class ParsedFeelCache extends ScalaFeelEngine {

    /** Expressions come from deployed tables; more than this means something generates them. */
    private static final int MAX_EXPRESSIONS = 20_000;

    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();

    ParsedFeelCache(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    /**
     * Puts {@link ParsedFeelCache} into the engine's DMN configuration before the engine builds it;
     * the custom FEEL functions are read when the DMN engine asks for its FEEL engine.
     */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
            if (dmn == null) {
                dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
                configuration.setDmnEngineConfiguration(dmn);
            }
            DefaultDmnEngineConfiguration built = dmn;
            FeelEngineFactory factory = () -> new ParsedFeelCache(built.getFeelCustomFunctionProviders());
            dmn.setFeelEngineFactory(factory);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return (T) value(feelEngine.eval(parsed, context));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
        StaticVariableProvider input = new StaticVariableProvider(new Map1<>(INPUT_VARIABLE_NAME, inputVariable));
        ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new CompositeVariableProvider(toScalaList(input, variables));
            }
        };
        return BoxesRunTime.unboxToBoolean(value(feelEngine.eval(parsed, context)));
    }

    private static ParsedExpression parsed(Map<String, ParsedExpression> cache, String expression,
                                           Function<String, Either<Failure, ParsedExpression>> parser) {
        ParsedExpression known = cache.get(expression);
        if (known != null) {
            return known;
        }
        // A failure is not kept: it is thrown as the engine throws it, each time.
        ParsedExpression parsed = (ParsedExpression) value(parser.apply(expression));
        if (cache.size() >= MAX_EXPRESSIONS) {
            cache.clear();
        }
        cache.put(expression, parsed);
        return parsed;
    }

    private static Object value(Either<Failure, ?> either) {
        if (either instanceof Left<Failure, ?> left) {
            throw LOGGER.evaluationException(left.value().message());
        }
        return either.toOption().get();
    }
}
