package academy.web.el;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

/**
 * Calls methods named in expressions ({@code #{row.membership().person().displayName()}},
 * {@code #{row.cell(module.slug())}}) through a method found once per class, name and number of
 * arguments. The pages read records through their accessors, and the standard bean resolver looks
 * each call's method up afresh, copying every public method of the class: in the benchmarks'
 * profiles that was a quarter of rendering the training matrix. Properties are left to the
 * standard resolvers, as is any call this one cannot answer for certain: an overloaded or variable
 * arity name, a method the application cannot reach (in a class that is not public, unless a public
 * type it extends declares it), or parameter types asked for that differ from the method's.
 */
public class MethodCallResolver extends ELResolver {

    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        String name = method.toString();
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(name + "/" + arity, key -> onlyMethod(base.getClass(), name, arity));
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        if (paramTypes != null && !Arrays.equals(paramTypes, target.getParameterTypes())) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[arity];
        for (int i = 0; i < arity; i++) {
            arguments[i] = context.convertToType(params[i], types[i]);
        }
        try {
            Object result = target.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException thrown) {
            // As the standard resolver does: the method's own exception, inside an ELException.
            throw new ELException(thrown.getCause());
        } catch (IllegalAccessException refused) {
            // Found accessible, so this is not expected; the standard resolver gets its chance.
            return null;
        }
    }

    /** The one public instance method of that name and arity, callable from here; empty when there is not exactly one. */
    static Optional<Method> onlyMethod(Class<?> type, String name, int arity) {
        Method only = null;
        for (Method candidate : type.getMethods()) {
            if (!candidate.getName().equals(name) || candidate.getParameterCount() != arity) {
                continue;
            }
            if (only != null && !sameSignature(only, candidate)) {
                return Optional.empty();
            }
            if (only == null || only.isBridge() && !candidate.isBridge()) {
                only = candidate;
            }
        }
        if (only == null || only.isVarArgs() || Modifier.isStatic(only.getModifiers())) {
            return Optional.empty();
        }
        return reachable(only) ? Optional.of(only) : publicDeclaration(type, only);
    }

    /** A library's hidden class (an immutable list, say) is called through the public type that declares the method. */
    private static Optional<Method> publicDeclaration(Class<?> type, Method method) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            List<Class<?>> candidates = new ArrayList<>(List.of(current));
            for (int i = 0; i < candidates.size(); i++) {
                Class<?> candidate = candidates.get(i);
                try {
                    Method declared = candidate.getMethod(method.getName(), method.getParameterTypes());
                    if (reachable(declared)) {
                        return Optional.of(declared);
                    }
                } catch (NoSuchMethodException notHere) {
                    // Look further up.
                }
                candidates.addAll(List.of(candidate.getInterfaces()));
            }
        }
        return Optional.empty();
    }

    /** A method redeclared with a narrower return type shows twice (the bridge and the method): one call. */
    private static boolean sameSignature(Method a, Method b) {
        return Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
    }

    /** Public all the way out: a method of a public class, nested only in public classes. */
    private static boolean reachable(Method method) {
        for (Class<?> type = method.getDeclaringClass(); type != null; type = type.getEnclosingClass()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the standard resolvers' business.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
