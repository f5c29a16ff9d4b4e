package academy.web.el;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;

import org.glassfish.expressly.ExpressionFactoryImpl;
import org.junit.jupiter.api.Test;

/** Public, as the record it calls must be reachable: a nested class is only as public as its host. */
public class MethodCallResolverTest {

    public record Cell(String status, int minutes) {
        public String twice(int times) {
            return status.repeat(times);
        }

        public String label(String prefix) {
            return prefix + status;
        }

        public String label(Integer number) {
            return number + status;
        }

        public String fail() {
            throw new IllegalStateException("the method's own failure");
        }
    }

    /** Not public: only the standard resolver may call into it. */
    record Hidden(String name) {
    }

    private final ExpressionFactory factory = new ExpressionFactoryImpl();
    private final MethodCallResolver resolver = new MethodCallResolver();

    private Object eval(String expression, Object cell) {
        StandardELContext context = new StandardELContext(factory);
        context.addELResolver(resolver);
        context.getVariableMapper().setVariable("cell", factory.createValueExpression(cell, Object.class));
        return factory.createValueExpression(context, expression, Object.class).getValue(context);
    }

    private ELContext bare() {
        return new StandardELContext(factory);
    }

    @Test
    void callsARecordsAccessorAndTellsTheChainItAnswered() {
        ELContext context = bare();

        Object status = resolver.invoke(context, new Cell("done", 20), "status", null, new Object[0]);

        assertThat(status).isEqualTo("done");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void convertsArgumentsToTheMethodsParameterTypes() {
        assertThat(eval("#{cell.twice('3')}", new Cell("ab", 1))).isEqualTo("ababab");
        assertThat(eval("#{cell.minutes() + 1}", new Cell("ab", 41))).isEqualTo(42L);
    }

    @Test
    void leavesOverloadedNamesToTheStandardResolver() {
        ELContext context = bare();

        Object answer = resolver.invoke(context, new Cell("done", 1), "label", null, new Object[] {"x"});

        assertThat(answer).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(eval("#{cell.label('to do: ')}", new Cell("done", 1))).isEqualTo("to do: done");
    }

    @Test
    void leavesClassesItCannotReachToTheStandardResolver() {
        ELContext context = bare();

        assertThat(resolver.invoke(context, new Hidden("x"), "name", null, new Object[0])).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void leavesUnknownMethodsAndOtherParameterTypesAlone() {
        ELContext context = bare();
        Cell cell = new Cell("done", 1);

        assertThat(resolver.invoke(context, cell, "nothing", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, cell, "twice", new Class<?>[] {String.class}, new Object[] {"2"})).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.invoke(context, cell, "twice", new Class<?>[] {int.class}, new Object[] {2})).isEqualTo("donedone");
    }

    @Test
    void callsHiddenLibraryClassesThroughThePublicTypeThatDeclaresTheMethod() {
        ELContext context = bare();

        assertThat(resolver.invoke(context, List.of(1, 2, 3), "size", null, new Object[0])).isEqualTo(3);
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(MethodCallResolver.onlyMethod(List.of(1, 2, 3).getClass(), "size", 0).orElseThrow().getDeclaringClass())
                .matches(type -> java.lang.reflect.Modifier.isPublic(type.getModifiers()));
        assertThat(eval("#{cell.orElse('none')}", Optional.empty())).isEqualTo("none");
    }

    @Test
    void passesTheMethodsOwnFailureOnInsideAnElException() {
        assertThatThrownBy(() -> eval("#{cell.fail()}", new Cell("done", 1)))
                .isInstanceOf(ELException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("the method's own failure");
    }

    @Test
    void findsOneMethodPerClassNameAndArity() {
        assertThat(MethodCallResolver.onlyMethod(Cell.class, "twice", 1)).isPresent();
        assertThat(MethodCallResolver.onlyMethod(Cell.class, "twice", 2)).isEmpty();
        assertThat(MethodCallResolver.onlyMethod(Cell.class, "label", 1)).isEmpty();
        assertThat(MethodCallResolver.onlyMethod(String.class, "valueOf", 1)).isEmpty();
    }
}
