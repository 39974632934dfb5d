package cymru.llais.platform;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web application is distributable: a session (and every Faces view kept in it) is copied into Payara's data grid
 * and continues on another instance of the cluster. So every session-, view- and conversation-scoped bean is
 * Serializable, and everything it holds is too: its fields' declared types (and the element types of its lists, sets,
 * maps) are primitives, Serializable classes, or transient. Injected beans are not checked here: Weld refuses at
 * deployment to inject a non-passivation-capable bean into one of these scopes, and injects normal-scoped beans as
 * serializable proxies. {@code platform.ClusterResilienceIT} moves a real session from one instance to another.
 */
class SessionStateSerializableTest {

    @Test
    void everySessionViewAndConversationScopedBeanHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = scopedBeans();
        assertTrue(beans.size() >= 20, "the scan found the scoped beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class) || f.isSynthetic()) {
                        continue;
                    }
                    String problem = check(f.getGenericType());
                    if (problem != null) {
                        problems.add(c.getName() + "." + f.getName() + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static final java.util.Set<Class<?>> CHECKING = new java.util.HashSet<>();

    /** Null when every instance field of one of our own classes is serialisable, else why not. */
    private static String fields(Class<?> type) {
        if (!CHECKING.add(type)) {
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                String problem = check(f.getGenericType());
                if (problem != null) {
                    return problem + " (in " + c.getName() + "." + f.getName() + ")";
                }
            }
        }
        return null;
    }

    /** Null when values of this declared type are serializable, else why not. */
    private static String check(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || (c.isArray() && check(c.getComponentType()) == null)) {
                return null;
            }
            if (c.isEnum()) {
                return null;
            }
            if (Serializable.class.isAssignableFrom(c) && !c.getName().startsWith("java.util.Optional")) {
                // our own types (records of a page's state): what they hold is serialised too
                return c.getName().startsWith("cymru.llais.") ? fields(c) : null;
            }
            return c.getName() + " is not Serializable";
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : p.getActualTypeArguments()) {
                    String problem = check(argument instanceof WildcardType w ? w.getUpperBounds()[0] : argument);
                    if (problem != null) {
                        return problem + " (in " + p.getTypeName() + ")";
                    }
                }
                // the usual implementations (ArrayList, HashMap, LinkedHashMap, TreeMap ...) are Serializable;
                // List.of/Map.of copies are too
                return null;
            }
            return check(raw);
        }
        return type.getTypeName() + " cannot be checked";
    }

    private static List<Class<?>> scopedBeans() throws Exception {
        Path classes = Path.of("target", "classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                } catch (LinkageError | ClassNotFoundException e) {
                    continue;
                }
                if (c.isAnnotationPresent(SessionScoped.class) || c.isAnnotationPresent(ViewScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
